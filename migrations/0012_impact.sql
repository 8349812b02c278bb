-- The fte-impact layer (issue 16): the KPMG model as data (contract type impact_maatregelen), the mapping of
-- its concept-v0.6 codes to the final AZWA codes (impact_codekoppelingen), and the calculator's named scenarios.

CREATE TABLE impact_maatregelen (
  versie                 text NOT NULL,
  soort                  text NOT NULL CHECK (soort IN ('deeltijdfactor', 'cluster', 'maatregel', 'kwalitatief', 'zonder_analyse')),
  code                   text NOT NULL,
  titel                  text NOT NULL,
  cluster                text,
  werknemers_laag        integer,
  werknemers_gemiddeld   integer,
  werknemers_hoog        integer,
  fte_laag               integer,
  fte_gemiddeld          integer,
  fte_hoog               integer,
  deeltijdfactor         numeric,
  betrouwbaarheid        text CHECK (betrouwbaarheid IN ('laag', 'gemiddeld', 'hoog')),
  randvoorwaarden        text[],
  neveneffecten_positief text[],
  neveneffecten_negatief text[],
  aantal                 integer,
  azwa_codes             text[],
  toelichting            text,
  bron                   text NOT NULL,
  import_id              bigint REFERENCES imports (id),
  door                   text NOT NULL,
  geregistreerd_op       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (versie, soort, code)
);

CREATE TABLE impact_codekoppelingen (
  versie_van       text NOT NULL,
  code_van         text NOT NULL,
  titel_van        text,
  versie_naar      text NOT NULL,
  code_naar        text NOT NULL,
  titel_naar       text,
  geverifieerd     boolean NOT NULL,
  bron             text NOT NULL,
  toelichting      text,
  import_id        bigint REFERENCES imports (id),
  door             text NOT NULL,
  geregistreerd_op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (versie_van, code_van, versie_naar)
);

-- Named calculator scenarios: versioned (every save is a new versie), owned by an organisation.
-- zichtbaarheid: 'eigen' (the owner only), 'organisatie' (the owner's organisation), 'iedereen' (all logged-in users).
CREATE TABLE impact_scenarios (
  id              bigserial PRIMARY KEY,
  naam            text NOT NULL,
  model_versie    text NOT NULL,
  organisatie_id  bigint NOT NULL REFERENCES organisaties (id),
  eigenaar_id     bigint NOT NULL REFERENCES gebruikers (id),
  zichtbaarheid   text NOT NULL CHECK (zichtbaarheid IN ('eigen', 'organisatie', 'iedereen')),
  aangemaakt_op   timestamptz NOT NULL DEFAULT now(),
  UNIQUE (organisatie_id, naam)
);

CREATE TABLE impact_scenario_versies (
  scenario_id   bigint NOT NULL REFERENCES impact_scenarios (id),
  versie        integer NOT NULL,
  -- measure code → 'laag' | 'gemiddeld' | 'hoog' | percentage 0–100
  invullingen   jsonb NOT NULL,
  toelichting   text,
  door          text NOT NULL,
  opgeslagen_op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (scenario_id, versie)
);
