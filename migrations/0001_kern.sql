-- Akkoordmonitor kernschema: every entity of the data contract (shared/docs/data-contract.md).
-- PostgreSQL 15 subset: runs on PGlite and on a PostgreSQL server alike.

-- Reference data: IZA thematafels A–J and the AZWA agreements (with their blocks).
CREATE TABLE onderdelen (
  akkoord          text NOT NULL CHECK (akkoord IN ('IZA', 'AZWA')),
  code             text NOT NULL,
  naam             text NOT NULL,
  blok             text,
  regeldrukeffect  text,
  financiering     text[] NOT NULL DEFAULT '{}',
  bron             text,
  PRIMARY KEY (akkoord, code)
);

-- Every import: who, when, which file, its sha256 and what it did.
CREATE TABLE imports (
  id           bigserial PRIMARY KEY,
  bestand      text NOT NULL,
  bestandstype text NOT NULL,
  sha256       text NOT NULL,
  rijen        integer NOT NULL,
  nieuw        integer NOT NULL,
  gewijzigd    integer NOT NULL,
  ongewijzigd  integer NOT NULL,
  door         text NOT NULL,
  op           timestamptz NOT NULL DEFAULT now()
);

-- Audit log: append-only. The trigger refuses UPDATE and DELETE, so nothing in the app can edit it.
CREATE TABLE audit_log (
  id           bigserial PRIMARY KEY,
  op           timestamptz NOT NULL DEFAULT now(),
  door         text NOT NULL,
  actie        text NOT NULL,
  object_soort text,
  object_id    text,
  voor         jsonb,
  na           jsonb,
  details      jsonb
);
CREATE INDEX audit_log_op ON audit_log (op DESC);
CREATE INDEX audit_log_object ON audit_log (object_soort, object_id);
CREATE FUNCTION audit_log_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Het auditlog kan niet worden gewijzigd of verwijderd';
END
$$;
CREATE TRIGGER audit_log_onveranderlijk BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_alleen_toevoegen();

-- Event logs (contract §1): one row per change; volgnr keeps the order of registration.
-- status_sleutel = coalesce(status, '') so that the row key (item + status_datum + status) is unique.
CREATE TABLE acties_log (
  volgnr          bigserial PRIMARY KEY,
  code            text NOT NULL,
  akkoord         text NOT NULL CHECK (akkoord IN ('IZA', 'AZWA')),
  onderdeel       text NOT NULL,
  titel           text,
  trekker         text,
  betrokken       text[],
  deadline        text,
  status          text CHECK (status IN ('Afgerond', 'Loopt voor', 'Loopt op schema', 'Loopt achter', 'Nog niet gestart')),
  status_sleutel  text NOT NULL,
  status_datum    date NOT NULL,
  toelichting     text,
  import_id       bigint REFERENCES imports (id),
  door            text NOT NULL,
  geregistreerd_op timestamptz NOT NULL DEFAULT now(),
  UNIQUE (code, status_datum, status_sleutel)
);

CREATE TABLE snelle_toetsen_log (
  volgnr          bigserial PRIMARY KEY,
  id              text NOT NULL,
  titel           text,
  regios          text[],
  sectoren        text[],
  themas          text[],
  ingediend_op    date,
  status          text CHECK (status IN ('Ingediend', 'Beoordeling gestart', 'Extra informatie opvragen', 'Goedgekeurd', 'Afgekeurd')),
  status_sleutel  text NOT NULL,
  status_datum    date NOT NULL,
  coordinerend_verzekeraar text,
  import_id       bigint REFERENCES imports (id),
  door            text NOT NULL,
  geregistreerd_op timestamptz NOT NULL DEFAULT now(),
  UNIQUE (id, status_datum, status_sleutel)
);
CREATE INDEX snelle_toetsen_log_datum ON snelle_toetsen_log (status_datum);

CREATE TABLE transformatieplannen_log (
  volgnr          bigserial PRIMARY KEY,
  id              text NOT NULL,
  snelle_toets_id text,
  titel           text,
  ingediend_op    date,
  status          text CHECK (status IN ('Ingediend', 'Beoordeling gestart', 'Extra informatie opvragen', 'Voorgenomen besluit', 'Goedgekeurd', 'Afgekeurd')),
  status_sleutel  text NOT NULL,
  status_datum    date NOT NULL,
  betrokkenheid_patienten text CHECK (betrokkenheid_patienten IN ('ja', 'nee')),
  bedrag_aangevraagd_eur bigint,
  bedrag_beschikbaar_gesteld_eur bigint,
  nza_beschikking_datum date,
  nza_bedrag_eur  bigint,
  ventiel         boolean,
  import_id       bigint REFERENCES imports (id),
  door            text NOT NULL,
  geregistreerd_op timestamptz NOT NULL DEFAULT now(),
  UNIQUE (id, status_datum, status_sleutel)
);
CREATE INDEX transformatieplannen_log_datum ON transformatieplannen_log (status_datum);

CREATE TABLE kpis_log (
  volgnr          bigserial PRIMARY KEY,
  plan_id         text NOT NULL,
  kpi_id          text NOT NULL,
  status_datum    date NOT NULL,
  omschrijving    text,
  jaar            integer,
  bedrag_eur      bigint,
  resultaat       text CHECK (resultaat IN ('open', 'behaald', 'deels behaald', 'niet behaald')),
  bedrag_definitief_eur bigint,
  betaalstatus    text CHECK (betaalstatus IN ('open', 'betaalbaar gesteld', 'betaald')),
  vrijgave        text CHECK (vrijgave IN ('nog vrij te geven', 'definitief vrijgegeven')),
  import_id       bigint REFERENCES imports (id),
  door            text NOT NULL,
  geregistreerd_op timestamptz NOT NULL DEFAULT now(),
  UNIQUE (plan_id, kpi_id, status_datum)
);
CREATE INDEX kpis_log_datum ON kpis_log (status_datum);

-- Financiële kaders: one row per jaar × sector × stand; every stand is kept.
CREATE TABLE financiele_kaders (
  jaar                 integer NOT NULL,
  sector               text NOT NULL CHECK (sector IN ('MSZ', 'GGZ', 'Wijkverpleging', 'Huisartsenzorg', 'MDZ')),
  stand                date NOT NULL,
  stand_omschrijving   text,
  kwartalen_declaraties integer,
  kader_soort          text NOT NULL CHECK (kader_soort IN ('HLA', 'IZA', 'AZWA')),
  uitgaven_mln         numeric(12, 1),
  kader_mln            numeric(12, 1) NOT NULL,
  aanspraak_buiten_zvw_mln numeric(12, 1),
  covid_prestaties_mln numeric(12, 1),
  groei_dure_geneesmiddelen_pct numeric(6, 1),
  basis_dure_geneesmiddelen_mln numeric(12, 1),
  balanspost_pct       numeric(6, 1),
  import_id            bigint REFERENCES imports (id),
  door                 text NOT NULL,
  geregistreerd_op     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (jaar, sector, stand)
);

-- Indicators: data plus metadata (Open SDG). Observations keep every delivery (bron_datum).
CREATE TABLE indicator_definities (
  code              text PRIMARY KEY,
  naam              text NOT NULL,
  eenheid           text,
  definitie         text,
  bron              text,
  norm              numeric,
  norm_omschrijving text,
  hoger_is_beter    boolean,
  import_id         bigint REFERENCES imports (id),
  door              text NOT NULL,
  geregistreerd_op  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE indicatoren (
  volgnr      bigserial PRIMARY KEY,
  indicator   text NOT NULL REFERENCES indicator_definities (code),
  periode     text NOT NULL,
  gebied      text NOT NULL,
  dimensie    text NOT NULL DEFAULT '',
  waarde      numeric,
  bron_datum  date,
  bron_datum_sleutel date NOT NULL,
  import_id   bigint REFERENCES imports (id),
  door        text NOT NULL,
  geregistreerd_op timestamptz NOT NULL DEFAULT now(),
  UNIQUE (indicator, periode, gebied, dimensie, bron_datum_sleutel)
);

-- Frozen kerncijfers (contract §2.7): published snapshots and those a reporting round freezes.
-- Never changed afterwards: a correction is a new row that names the one it replaces.
CREATE TABLE kerncijfers_snapshots (
  id          bigserial PRIMARY KEY,
  peildatum   date NOT NULL,
  bron        text NOT NULL,
  inhoud      jsonb NOT NULL,
  sha256      text NOT NULL,
  vervangt    bigint REFERENCES kerncijfers_snapshots (id),
  herkomst    text NOT NULL CHECK (herkomst IN ('import', 'ronde')),
  import_id   bigint REFERENCES imports (id),
  door        text NOT NULL,
  geregistreerd_op timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX kerncijfers_snapshots_peildatum ON kerncijfers_snapshots (peildatum);
CREATE FUNCTION kerncijfers_snapshot_onveranderlijk() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Een vastgestelde snapshot van kerncijfers wordt nooit gewijzigd; leg een correctie vast als nieuwe snapshot';
END
$$;
CREATE TRIGGER kerncijfers_snapshots_onveranderlijk BEFORE UPDATE OR DELETE ON kerncijfers_snapshots
  FOR EACH ROW EXECUTE FUNCTION kerncijfers_snapshot_onveranderlijk();

-- Reporting rounds (contract §6): open → vastgesteld → gepubliceerd. A fixed round points at the
-- snapshot it froze. The report texts live with the reporting part (later migrations).
CREATE TABLE rapportagerondes (
  id             bigserial PRIMARY KEY,
  peildatum      date NOT NULL UNIQUE,
  bo_datum       date,
  titel          text NOT NULL,
  status         text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'vastgesteld', 'gepubliceerd')),
  snapshot_id    bigint REFERENCES kerncijfers_snapshots (id),
  vastgesteld_op timestamptz,
  gepubliceerd_op timestamptz,
  versie         integer NOT NULL DEFAULT 1,
  aangemaakt_door text NOT NULL,
  aangemaakt_op  timestamptz NOT NULL DEFAULT now()
);

-- Small key/value settings of the installation (e.g. whether the seed was loaded).
CREATE TABLE instellingen (
  sleutel text PRIMARY KEY,
  waarde  jsonb NOT NULL
);
