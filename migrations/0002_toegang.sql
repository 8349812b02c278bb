-- Toegang: organisaties, gebruikers met rollen, sessies, persoonlijke API-tokens, blokkade na mislukte
-- inlogpogingen en embargo op budgetcijfers. Geheimen (sessietokens, API-tokens) staan alleen gehasht
-- (sha256) in de database; wachtwoorden als argon2id-hash. Er is geen standaardwachtwoord: de eerste
-- beheerder maakt men met de CLI (`gebruiker`).

CREATE TABLE organisaties (
  id            bigserial PRIMARY KEY,
  naam          text NOT NULL UNIQUE,
  afkorting     text,
  soort         text NOT NULL CHECK (soort IN ('ministerie', 'koepel', 'verzekeraar', 'toezichthouder', 'secretariaat', 'indiener', 'overig')),
  aangemaakt_op timestamptz NOT NULL DEFAULT now()
);

INSERT INTO organisaties (naam, afkorting, soort) VALUES
  ('Ministerie van Volksgezondheid, Welzijn en Sport', 'VWS', 'ministerie'),
  ('Zorgverzekeraars Nederland', 'ZN', 'koepel'),
  ('Nederlandse Zorgautoriteit', 'NZa', 'toezichthouder'),
  ('Achmea (Zilveren Kruis)', 'Achmea', 'verzekeraar'),
  ('CZ', 'CZ', 'verzekeraar'),
  ('Menzis', 'Menzis', 'verzekeraar'),
  ('VGZ', 'VGZ', 'verzekeraar'),
  ('DSW Zorgverzekeraar', 'DSW', 'verzekeraar'),
  ('ONVZ', 'ONVZ', 'verzekeraar'),
  ('Zorg en Zekerheid', 'Z&Z', 'verzekeraar'),
  ('Eno (Salland)', 'Eno', 'verzekeraar'),
  ('Secretariaten thematafels IZA', 'Thematafels', 'secretariaat'),
  ('Secretariaat AZWA', 'AZWA', 'secretariaat');

CREATE TABLE gebruikers (
  id              bigserial PRIMARY KEY,
  email           text NOT NULL UNIQUE CHECK (email = lower(email) AND position('@' IN email) > 1),
  naam            text NOT NULL CHECK (length(naam) > 0),
  organisatie_id  bigint NOT NULL REFERENCES organisaties (id),
  wachtwoord_hash text,
  rollen          text[] NOT NULL DEFAULT '{}' CHECK (rollen <@ ARRAY['beheerder', 'vws-redactie', 'bo-lid', 'thematafel-secretaris', 'indiener', 'coordinerend-verzekeraar', 'verzekeraar', 'nza', 'lezer']::text[]),
  onderdelen      text[] NOT NULL DEFAULT '{}',
  actief          boolean NOT NULL DEFAULT true,
  versie          integer NOT NULL DEFAULT 1,
  aangemaakt_op   timestamptz NOT NULL DEFAULT now(),
  gewijzigd_op    timestamptz NOT NULL DEFAULT now()
);

-- Mislukte inlogpogingen per e-mailadres (ook onbekende adressen, zodat de blokkade niets verraadt).
CREATE TABLE inlogpogingen (
  email            text PRIMARY KEY,
  mislukt          integer NOT NULL DEFAULT 0,
  laatste_poging   timestamptz NOT NULL DEFAULT now(),
  geblokkeerd_tot  timestamptz
);

-- Sessies: het token staat alleen in de cookie; hier de sha256 ervan. csrf_hash bindt het
-- CSRF-geheim aan de sessie.
CREATE TABLE sessies (
  id_hash          text PRIMARY KEY,
  gebruiker_id     bigint NOT NULL REFERENCES gebruikers (id),
  csrf_hash        text,
  aangemaakt_op    timestamptz NOT NULL DEFAULT now(),
  laatst_actief_op timestamptz NOT NULL DEFAULT now(),
  verloopt_op      timestamptz NOT NULL,
  beeindigd_op     timestamptz
);
CREATE INDEX sessies_gebruiker ON sessies (gebruiker_id);

-- Persoonlijke API-tokens (Authorization: Bearer am_…) voor machines, beperkt tot handelingen.
CREATE TABLE api_tokens (
  id                 bigserial PRIMARY KEY,
  gebruiker_id       bigint NOT NULL REFERENCES gebruikers (id),
  naam               text NOT NULL CHECK (length(naam) > 0),
  prefix             text NOT NULL,
  hash               text NOT NULL UNIQUE,
  scopes             text[] NOT NULL CHECK (cardinality(scopes) > 0),
  aangemaakt_op      timestamptz NOT NULL DEFAULT now(),
  laatst_gebruikt_op timestamptz,
  verloopt_op        date,
  ingetrokken_op     timestamptz
);
CREATE INDEX api_tokens_gebruiker ON api_tokens (gebruiker_id);

-- Embargo op budgetcijfers: per stand van de financiële kaders of per rapportageronde (peildatum).
-- Tot en met de dag vóór embargo_tot zien alleen rollen met 'embargo.lezen' de cijfers.
CREATE TABLE embargo (
  soort        text NOT NULL CHECK (soort IN ('kader_stand', 'ronde')),
  sleutel      date NOT NULL,
  embargo_tot  date NOT NULL,
  toelichting  text,
  versie       integer NOT NULL DEFAULT 1,
  door         text NOT NULL,
  gewijzigd_op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (soort, sleutel)
);

-- Het auditlog kan ook niet in één keer worden geleegd.
CREATE TRIGGER audit_log_niet_legen BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_alleen_toevoegen();
CREATE INDEX audit_log_door ON audit_log (door);
CREATE INDEX audit_log_actie ON audit_log (actie);
