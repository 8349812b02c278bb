-- Rate limits in the database (issue 20): counted per key (route + client address) in one row, so
-- the limit holds across every app instance on the same PostgreSQL and across restarts.
CREATE TABLE verzoeklimieten (
  sleutel text PRIMARY KEY,
  aantal integer NOT NULL,
  verloopt_op timestamptz NOT NULL
);
CREATE INDEX verzoeklimieten_verloopt ON verzoeklimieten (verloopt_op);

-- Like sessions and login attempts these counts never show on a public page: keep them out of the
-- data version (0018), or every login would empty the public page cache.
CREATE OR REPLACE FUNCTION data_versie_volgen() RETURNS void LANGUAGE plpgsql AS $$
DECLARE t text;
BEGIN
  FOR t IN
    SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
      AND c.relname NOT IN ('data_versie', 'schema_migraties', 'sessies', 'inlogpogingen', 'api_tokens', 'audit_log', 'verzoeklimieten')
      AND NOT EXISTS (SELECT 1 FROM pg_trigger tg WHERE tg.tgrelid = c.oid AND tg.tgname = 'data_versie')
  LOOP
    EXECUTE format('CREATE TRIGGER data_versie AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION data_versie_ophogen()', t);
  END LOOP;
END $$;
