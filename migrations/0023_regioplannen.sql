-- The regioplan / ROAZ-plan register (docs/contract/regioplannen.md): per IZA region (zorgkantoorregio)
-- or ROAZ region, dated states of its regiobeeld, regioplan, AZWA addendum 2026 and D5 plan. Shipped
-- empty: the sources give no state per region.
CREATE TABLE regioplannen (
  indeling           text NOT NULL CHECK (indeling IN ('zorgkantoorregio', 'roaz')),
  regio_code         text NOT NULL,
  soort              text NOT NULL CHECK (soort IN ('regiobeeld', 'regioplan', 'azwa_addendum_2026', 'd5_basisfunctionaliteiten')),
  status             text NOT NULL CHECK (status IN ('in_voorbereiding', 'opgeleverd', 'vastgesteld')),
  datum              date NOT NULL,
  mandaatgemeente    text,
  bron               text NOT NULL,
  toelichting        text,
  import_id          bigint REFERENCES imports (id),
  door               text NOT NULL,
  geregistreerd_op   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (indeling, regio_code, soort, datum)
);
