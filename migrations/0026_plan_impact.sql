-- The expected fte impact of a transformatieplan (contract type plan_impact, docs/contract/plan_impact.md):
-- one row per plan. The basis is a KPMG measure and scenario (the figure is computed from the model,
-- never stored twice) or the plan's own estimate with its source. `versie` counts every change, so a
-- form that was opened before someone else's change is refused (409) instead of overwriting it.
CREATE TABLE plan_impact (
  plan_id           text PRIMARY KEY,
  basis             text NOT NULL CHECK (basis IN ('kpmg', 'eigen_raming')),
  maatregel_versie  text,
  maatregel         text,
  scenario          text CHECK (scenario IN ('laag', 'gemiddeld', 'hoog')),
  aandeel_pct       numeric,
  cluster           text,
  fte               numeric,
  werknemers        numeric,
  bron              text,
  toelichting       text,
  versie            integer NOT NULL DEFAULT 1,
  import_id         bigint REFERENCES imports (id),
  door              text NOT NULL,
  geregistreerd_op  timestamptz NOT NULL DEFAULT now()
);

-- every update (form or import) is a new version
CREATE FUNCTION plan_impact_versie() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.versie := OLD.versie + 1;
  NEW.geregistreerd_op := now();
  RETURN NEW;
END $$;
CREATE TRIGGER plan_impact_versie_bij_wijzigen BEFORE UPDATE ON plan_impact FOR EACH ROW EXECUTE FUNCTION plan_impact_versie();
