-- The AZWA financial framework (issue 17): the build-up of the sector kaders (Bijlage 1), money per
-- agreement through the VWS budget (Bijlage 2) with its realisation, and envelopes with their own cap.
-- Contract: docs/contract/kaderopbouw.md, begrotingsafspraken.md, begrotingsrealisatie.md,
-- enveloppen.md, enveloppe_gebruik.md. Amounts in millions; Bijlage 2 prints two decimals.

CREATE TABLE kaderopbouw (
  stand              date NOT NULL,
  stand_omschrijving text,
  sector             text NOT NULL CHECK (sector IN ('MSZ', 'GGZ', 'Wijkverpleging', 'Huisartsenzorg', 'MDZ')),
  jaar               integer NOT NULL,
  volgorde           integer NOT NULL,
  regelnummer        text,
  omschrijving       text NOT NULL,
  soort              text NOT NULL CHECK (soort IN ('post', 'waarvan', 'subtotaal', 'iza_kader', 'kader')),
  bedrag_mln         numeric(12, 1) NOT NULL,
  bron               text,
  import_id          bigint REFERENCES imports (id),
  door               text NOT NULL,
  geregistreerd_op   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (stand, sector, jaar, volgorde)
);

CREATE TABLE begrotingsafspraken (
  stand              date NOT NULL,
  stand_omschrijving text,
  afspraak           text,
  volgorde           integer NOT NULL,
  niveau             text NOT NULL CHECK (niveau IN ('afspraak', 'deelpost', 'totaal')),
  omschrijving       text NOT NULL,
  periode            text NOT NULL CHECK (periode ~ '^\d{4}$' OR periode = 'structureel'),
  bedrag_mln         numeric(12, 2) NOT NULL,
  bron               text,
  import_id          bigint REFERENCES imports (id),
  door               text NOT NULL,
  geregistreerd_op   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (stand, volgorde, periode)
);

CREATE TABLE begrotingsrealisatie (
  afspraak           text,
  omschrijving       text NOT NULL,
  jaar               integer NOT NULL,
  stand              date NOT NULL,
  realisatie_mln     numeric(12, 2) NOT NULL,
  toelichting        text,
  import_id          bigint REFERENCES imports (id),
  door               text NOT NULL,
  geregistreerd_op   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (omschrijving, jaar, stand)
);

CREATE TABLE enveloppen (
  enveloppe          text NOT NULL,
  omschrijving       text NOT NULL,
  periode            text NOT NULL CHECK (periode ~ '^\d{4}(-\d{4})?$' OR periode IN ('structureel', 'totaal')),
  plafond_mln        numeric(12, 2) NOT NULL,
  binnen             text,
  afspraken          text[],
  bron               text,
  import_id          bigint REFERENCES imports (id),
  door               text NOT NULL,
  geregistreerd_op   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (enveloppe, periode)
);

CREATE TABLE enveloppe_gebruik (
  enveloppe          text NOT NULL,
  jaar               integer NOT NULL,
  stand              date NOT NULL,
  bedrag_mln         numeric(12, 2) NOT NULL,
  toelichting        text,
  import_id          bigint REFERENCES imports (id),
  door               text NOT NULL,
  geregistreerd_op   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (enveloppe, jaar, stand)
);
