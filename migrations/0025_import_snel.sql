-- Imports at CBS scale (issue 19): every index on an event log is kept up to date for every imported
-- row. The single-column indexes on status_datum below are the leading column of the (status_datum,
-- geldig_tot) indexes of migration 0008, which serve every query they served; dropping them saves one
-- index insert per imported row without slowing a read.
DROP INDEX IF EXISTS snelle_toetsen_log_datum;
DROP INDEX IF EXISTS transformatieplannen_log_datum;
DROP INDEX IF EXISTS kpis_log_datum;
