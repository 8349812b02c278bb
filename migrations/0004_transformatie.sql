-- Transformatie: what the application keeps next to the contract event logs of migration 0001
-- (snelle_toetsen_log, transformatieplannen_log, kpis_log). The contract logs stay the source of the
-- figures; these tables hold the application's own fields, the lock/version row per item, the full
-- timeline of actions with their texts, questions in the voorgenomen-besluit window, budgets per year
-- and doorbraakmiddelen claims. PostgreSQL 15 subset (PGlite and server alike).

-- One row per item (and per id counter): the row that is locked with SELECT … FOR UPDATE inside the
-- transaction of every change, and whose versie the form carries (optimistic concurrency).
-- soort: 'toets' | 'plan' | 'kpi' (id = plan_id || '/' || kpi_id) | 'teller' (id counters).
CREATE TABLE transformatie_items (
  soort   text NOT NULL CHECK (soort IN ('toets', 'plan', 'kpi', 'teller')),
  id      text NOT NULL,
  versie  integer NOT NULL DEFAULT 0,
  PRIMARY KEY (soort, id)
);

-- Fields of a snelle toets that the contract file does not carry.
CREATE TABLE snelle_toetsen_app (
  id                        text PRIMARY KEY,
  indiener_organisatie_id   integer,
  indiener_organisatie_naam text,
  omschrijving              text,
  gevraagd_bedrag_eur       bigint CHECK (gevraagd_bedrag_eur IS NULL OR gevraagd_bedrag_eur >= 0),
  -- submitted after the cut-off under the exception of 002 r. 309-316, with its explanation
  uitzondering_toelichting  text,
  aangemaakt_op             timestamptz NOT NULL DEFAULT now()
);

-- Fields of a transformatieplan that the contract file does not carry.
CREATE TABLE transformatieplannen_app (
  id                        text PRIMARY KEY,
  indiener_organisatie_id   integer,
  indiener_organisatie_naam text,
  omschrijving              text,
  -- the second insurer (market leader of the region) that agreed to the voorgenomen besluit
  tweede_verzekeraar        text,
  aangemaakt_op             timestamptz NOT NULL DEFAULT now()
);

-- The timeline: every action on a toets, plan or KPI, with the text the user gave (reason, note,
-- question) and the state before and after. The contract logs hold one row per item × date × status;
-- this table keeps every step, also two on one day.
CREATE TABLE transformatie_handelingen (
  volgnr           bigserial PRIMARY KEY,
  soort            text NOT NULL CHECK (soort IN ('toets', 'plan', 'kpi')),
  item_id          text NOT NULL,
  actie            text NOT NULL,
  van_status       text,
  naar_status      text,
  datum            date NOT NULL,
  door             text NOT NULL,
  door_naam        text,
  door_organisatie text,
  tekst            text,
  details          jsonb,
  geregistreerd_op timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX transformatie_handelingen_item ON transformatie_handelingen (soort, item_id, volgnr);

-- Questions of the other insurers during the voorgenomen-besluit window.
CREATE TABLE transformatie_vragen (
  id               bigserial PRIMARY KEY,
  plan_id          text NOT NULL,
  gesteld_op       date NOT NULL,
  door             text NOT NULL,
  door_organisatie text,
  vraag            text NOT NULL,
  antwoord         text,
  beantwoord_op    date,
  beantwoord_door  text,
  geregistreerd_op timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX transformatie_vragen_plan ON transformatie_vragen (plan_id, id);

-- Budget of the transformatiemiddelen per year (use it or lose it; the fund runs to 2028).
CREATE TABLE transformatie_budgetten (
  jaar         integer PRIMARY KEY CHECK (jaar BETWEEN 2022 AND 2028),
  bedrag_eur   bigint NOT NULL CHECK (bedrag_eur >= 0),
  door         text NOT NULL,
  gewijzigd_op timestamptz NOT NULL DEFAULT now()
);

-- Claims on the AZWA doorbraakmiddelen (2027-2028), via their separate prestatie.
CREATE TABLE doorbraakclaims (
  id               bigserial PRIMARY KEY,
  jaar             integer NOT NULL CHECK (jaar BETWEEN 2025 AND 2035),
  plan_id          text,
  omschrijving     text NOT NULL,
  bedrag_eur       bigint NOT NULL CHECK (bedrag_eur > 0),
  sociaal_domein   boolean NOT NULL DEFAULT false,
  door             text NOT NULL,
  geregistreerd_op timestamptz NOT NULL DEFAULT now()
);
