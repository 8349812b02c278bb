-- Rapportage: the texts of a reporting round and what a fixed round freezes (contract §6).
--
-- Texts are keyed per round by a sleutel:
--   'noemenswaardig'                      one highlight per line
--   'onderdeel:<code>:voortgang'          free text (paragraphs) of a thematafel / AZWA agreement
--   'onderdeel:<code>:mijlpalen'          behaalde mijlpalen, one per line
--   'onderdeel:<code>:aandachtspunten'    aandachtspunten voor de komende tijd, one per line
--   'sectie:<naam>:toelichting'           explanation under a section of the report
-- While a round is open the texts are drafts: each save makes a new version (ronde_tekst_versies),
-- with optimistic concurrency on ronde_teksten.versie.
CREATE TABLE ronde_teksten (
  ronde_id       bigint NOT NULL REFERENCES rapportagerondes (id),
  sleutel        text NOT NULL CHECK (sleutel ~ '^(noemenswaardig|onderdeel:[A-Za-z0-9.]+:(voortgang|mijlpalen|aandachtspunten)|sectie:[a-z_]+:toelichting)$'),
  tekst          text NOT NULL DEFAULT '',
  versie         integer NOT NULL DEFAULT 1,
  gewijzigd_door text NOT NULL,
  gewijzigd_op   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (ronde_id, sleutel)
);

-- Every saved version of a text (the history of the drafts); append-only.
CREATE TABLE ronde_tekst_versies (
  id         bigserial PRIMARY KEY,
  ronde_id   bigint NOT NULL REFERENCES rapportagerondes (id),
  sleutel    text NOT NULL,
  versie     integer NOT NULL,
  tekst      text NOT NULL,
  door       text NOT NULL,
  op         timestamptz NOT NULL DEFAULT now(),
  UNIQUE (ronde_id, sleutel, versie)
);

-- What a fixed round freezes: every input of its report (kerncijfers of the snapshot, frozen texts,
-- kader rows, indicator rows, distributions, comparison) as one JSON text. The report of a fixed round
-- is rendered from this alone. Stored as text (not jsonb) so it comes back byte for byte.
CREATE TABLE ronde_bevriezingen (
  ronde_id     bigint PRIMARY KEY REFERENCES rapportagerondes (id),
  snapshot_id  bigint NOT NULL REFERENCES kerncijfers_snapshots (id),
  gegevens     text NOT NULL,
  sha256       text NOT NULL,
  door         text NOT NULL,
  op           timestamptz NOT NULL DEFAULT now()
);
CREATE FUNCTION ronde_bevriezing_onveranderlijk() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'De bevroren inhoud van een vastgestelde rapportageronde wordt nooit gewijzigd';
END
$$;
CREATE TRIGGER ronde_bevriezingen_onveranderlijk BEFORE UPDATE OR DELETE ON ronde_bevriezingen
  FOR EACH ROW EXECUTE FUNCTION ronde_bevriezing_onveranderlijk();
CREATE FUNCTION ronde_tekst_versie_onveranderlijk() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Een opgeslagen versie van een rapporttekst wordt nooit gewijzigd';
END
$$;
CREATE TRIGGER ronde_tekst_versies_onveranderlijk BEFORE UPDATE OR DELETE ON ronde_tekst_versies
  FOR EACH ROW EXECUTE FUNCTION ronde_tekst_versie_onveranderlijk();
