-- Region classifications (docs/contract/regio_indelingen.md): per classification and geldig_vanaf,
-- which gemeente lies in which region. A region without known membership (ROAZ) has one row with an
-- empty gemeente (gemeente_code NULL, gemeente_sleutel '').
CREATE TABLE regio_indelingen (
  volgnr           bigserial PRIMARY KEY,
  indeling         text NOT NULL CHECK (indeling IN ('gemeente', 'provincie', 'ggdregio', 'zorgkantoorregio', 'veiligheidsregio', 'arbeidsmarktregio', 'roaz')),
  regio_code       text NOT NULL,
  regio_naam       text NOT NULL,
  gemeente_code    text,
  gemeente_sleutel text NOT NULL,
  geldig_vanaf     date NOT NULL,
  import_id        bigint REFERENCES imports (id),
  door             text NOT NULL,
  geregistreerd_op timestamptz NOT NULL DEFAULT now(),
  UNIQUE (indeling, regio_code, gemeente_sleutel, geldig_vanaf)
);
CREATE INDEX regio_indelingen_gemeente ON regio_indelingen (gemeente_sleutel, indeling);
