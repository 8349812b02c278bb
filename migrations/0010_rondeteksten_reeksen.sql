-- Round texts, published chart series and the source list as data (issue 13; docs/contract/rondeteksten.md,
-- docs/contract/gepubliceerde_reeksen.md). Empty key columns are stored as '' so the key is a plain
-- primary key. These are not event logs: a newer import of the same key replaces the row.

CREATE TABLE rondeteksten (
  peildatum        date NOT NULL,
  sectie           text NOT NULL,
  subsectie        text NOT NULL DEFAULT '',
  volgorde         integer NOT NULL,
  kop              text,
  tekst            text NOT NULL,
  bron             text,
  import_id        bigint REFERENCES imports (id),
  door             text NOT NULL,
  geregistreerd_op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (peildatum, sectie, subsectie)
);

CREATE TABLE gepubliceerde_reeksen (
  peildatum        date NOT NULL,
  reeks            text NOT NULL,
  volgorde         integer NOT NULL,
  categorie        text NOT NULL DEFAULT '',
  serie            text NOT NULL DEFAULT '',
  periode          text NOT NULL DEFAULT '',
  waarde           numeric,
  eenheid          text,
  aard             text NOT NULL CHECK (aard = 'gepubliceerd aggregaat'),
  bron             text NOT NULL,
  opmerking        text,
  import_id        bigint REFERENCES imports (id),
  door             text NOT NULL,
  geregistreerd_op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (peildatum, reeks, categorie, serie, periode),
  CHECK (waarde IS NOT NULL OR opmerking IS NOT NULL)
);

-- The documents behind the source keys ("002 r. 253-257"), per part of a document.
CREATE TABLE bronnen (
  document         text NOT NULL,
  bestand          text,
  van_regel        integer NOT NULL,
  tot_regel        integer NOT NULL,
  titel            text NOT NULL,
  uitgever         text,
  datum            date,
  datum_tekst      text,
  import_id        bigint REFERENCES imports (id),
  door             text NOT NULL,
  geregistreerd_op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (document, van_regel),
  CHECK (tot_regel >= van_regel)
);
