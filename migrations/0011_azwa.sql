-- AZWA monitoring (issue 15): transition goals and other quantified targets (doelen), the beweging
-- and doelgroepen monitors (monitoren), the BO meetings (bo_overleggen) and the event log of BO
-- decisions and AZWA commitments without agreement code (toezeggingen_log). Contract descriptions in
-- docs/contract/*.md; columns as kern/contract/bestandstypen.ts describes them.

CREATE TABLE doelen (
  code               text PRIMARY KEY,
  titel              text NOT NULL,
  transitiedoel      text CHECK (transitiedoel IN ('TD1', 'TD2')),
  bovenliggend       text,
  eenheid            text NOT NULL,
  streefwaarde_soort text CHECK (streefwaarde_soort IN ('minimaal', 'maximaal', 'circa')),
  basis_waarde       numeric,
  basis_datum        date,
  streefwaarde       numeric NOT NULL,
  streef_datum       date NOT NULL,
  indicatoren        text[],
  afspraken          text[],
  bron_document      text,
  bron_regels        text,
  toelichting        text,
  import_id          bigint REFERENCES imports (id),
  door               text NOT NULL,
  geregistreerd_op   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE monitoren (
  code             text PRIMARY KEY,
  soort            text NOT NULL CHECK (soort IN ('beweging', 'doelgroep')),
  naam             text NOT NULL,
  instituut        text,
  nulmeting        text,
  eenmeting        text,
  link             text,
  indicatoren      text[],
  bron             text,
  toelichting      text,
  import_id        bigint REFERENCES imports (id),
  door             text NOT NULL,
  geregistreerd_op timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE bo_overleggen (
  id               text PRIMARY KEY,
  datum            date NOT NULL,
  soort            text NOT NULL CHECK (soort IN ('BO IZA', 'BO AZWA', 'BO IZA/AZWA')),
  titel            text NOT NULL,
  agendapunten     text[],
  documenten       text[],
  bron             text,
  toelichting      text,
  import_id        bigint REFERENCES imports (id),
  door             text NOT NULL,
  geregistreerd_op timestamptz NOT NULL DEFAULT now()
);

-- Event log like acties_log (contract §1): one row per status report; status_sleutel = coalesce(status, '').
CREATE TABLE toezeggingen_log (
  volgnr          bigserial PRIMARY KEY,
  id              text NOT NULL,
  soort           text CHECK (soort IN ('toezegging', 'besluit')),
  bo_id           text,
  titel           text,
  eigenaar        text,
  betrokken       text[],
  deadline        text,
  status          text CHECK (status IN ('Afgerond', 'Loopt voor', 'Loopt op schema', 'Loopt achter', 'Nog niet gestart')),
  status_sleutel  text NOT NULL,
  status_datum    date NOT NULL,
  afspraken       text[],
  doelen          text[],
  ronde           date,
  bron            text,
  toelichting     text,
  import_id       bigint REFERENCES imports (id),
  door            text NOT NULL,
  geregistreerd_op timestamptz NOT NULL DEFAULT now(),
  UNIQUE (id, status_datum, status_sleutel)
);

-- The folded state of the event log, exactly as migrations/0008_toestand.sql does it for the others
-- (text generated with the functions of kern/toestand.ts).
ALTER TABLE toezeggingen_log ADD COLUMN geldig_tot date, ADD COLUMN t_eerste_datum date, ADD COLUMN t_soort text, ADD COLUMN t_bo_id text, ADD COLUMN t_titel text, ADD COLUMN t_eigenaar text, ADD COLUMN t_betrokken text[], ADD COLUMN t_deadline text, ADD COLUMN t_afspraken text[], ADD COLUMN t_doelen text[], ADD COLUMN t_ronde date, ADD COLUMN t_bron text, ADD COLUMN t_toelichting text;
CREATE FUNCTION toezeggingen_log_vouw() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- the refresh below updates the table itself: do not recurse
  IF pg_trigger_depth() > 1 THEN RETURN NULL; END IF;
  -- a bulk import folds its rows set-wise itself (kern/contract/importeren.ts) and switches this off
  IF current_setting('akkoordmonitor.vouw', true) = 'uit' THEN RETURN NULL; END IF;
  UPDATE toezeggingen_log AS t SET geldig_tot = x.geldig_tot, t_eerste_datum = x.t_eerste_datum, t_soort = x.t_soort, t_bo_id = x.t_bo_id, t_titel = x.t_titel, t_eigenaar = x.t_eigenaar, t_betrokken = x.t_betrokken, t_deadline = x.t_deadline, t_afspraken = x.t_afspraken, t_doelen = x.t_doelen, t_ronde = x.t_ronde, t_bron = x.t_bron, t_toelichting = x.t_toelichting
    FROM (SELECT volgnr, lead(status_datum) OVER w AS geldig_tot, first_value(status_datum) OVER w AS t_eerste_datum, (array_agg(soort) FILTER (WHERE soort IS NOT NULL) OVER w)[count(soort) OVER w] AS t_soort, (array_agg(bo_id) FILTER (WHERE bo_id IS NOT NULL) OVER w)[count(bo_id) OVER w] AS t_bo_id, (array_agg(titel) FILTER (WHERE titel IS NOT NULL) OVER w)[count(titel) OVER w] AS t_titel, (array_agg(eigenaar) FILTER (WHERE eigenaar IS NOT NULL) OVER w)[count(eigenaar) OVER w] AS t_eigenaar, string_to_array((array_agg(array_to_string(betrokken, chr(31))) FILTER (WHERE betrokken IS NOT NULL) OVER w)[count(betrokken) OVER w], chr(31)) AS t_betrokken, (array_agg(deadline) FILTER (WHERE deadline IS NOT NULL) OVER w)[count(deadline) OVER w] AS t_deadline, string_to_array((array_agg(array_to_string(afspraken, chr(31))) FILTER (WHERE afspraken IS NOT NULL) OVER w)[count(afspraken) OVER w], chr(31)) AS t_afspraken, string_to_array((array_agg(array_to_string(doelen, chr(31))) FILTER (WHERE doelen IS NOT NULL) OVER w)[count(doelen) OVER w], chr(31)) AS t_doelen, (array_agg(ronde) FILTER (WHERE ronde IS NOT NULL) OVER w)[count(ronde) OVER w] AS t_ronde, (array_agg(bron) FILTER (WHERE bron IS NOT NULL) OVER w)[count(bron) OVER w] AS t_bron, (array_agg(toelichting) FILTER (WHERE toelichting IS NOT NULL) OVER w)[count(toelichting) OVER w] AS t_toelichting
            FROM toezeggingen_log WHERE (id) IN (SELECT id FROM nieuw)
          WINDOW w AS (PARTITION BY id ORDER BY status_datum, volgnr)) x
   WHERE t.volgnr = x.volgnr
     AND (t.geldig_tot, t.t_eerste_datum, t.t_soort, t.t_bo_id, t.t_titel, t.t_eigenaar, t.t_betrokken, t.t_deadline, t.t_afspraken, t.t_doelen, t.t_ronde, t.t_bron, t.t_toelichting) IS DISTINCT FROM (x.geldig_tot, x.t_eerste_datum, x.t_soort, x.t_bo_id, x.t_titel, x.t_eigenaar, x.t_betrokken, x.t_deadline, x.t_afspraken, x.t_doelen, x.t_ronde, x.t_bron, x.t_toelichting);
  RETURN NULL;
END
$$;
CREATE TRIGGER toezeggingen_log_vouw_na_invoegen AFTER INSERT ON toezeggingen_log REFERENCING NEW TABLE AS nieuw FOR EACH STATEMENT EXECUTE FUNCTION toezeggingen_log_vouw();
CREATE TRIGGER toezeggingen_log_vouw_na_wijzigen AFTER UPDATE ON toezeggingen_log REFERENCING NEW TABLE AS nieuw FOR EACH STATEMENT EXECUTE FUNCTION toezeggingen_log_vouw();
CREATE INDEX toezeggingen_log_geldig ON toezeggingen_log (status_datum, geldig_tot);

-- The role azwa-trekker (domein/beleid.ts): reports the status of the sub-agreements of its own AZWA
-- agreement codes (gebruikers.onderdelen).
ALTER TABLE gebruikers DROP CONSTRAINT gebruikers_rollen_check;
ALTER TABLE gebruikers ADD CONSTRAINT gebruikers_rollen_check CHECK (rollen <@ ARRAY['beheerder', 'vws-redactie', 'bo-lid', 'thematafel-secretaris', 'azwa-trekker', 'indiener', 'coordinerend-verzekeraar', 'verzekeraar', 'nza', 'lezer']::text[]);
