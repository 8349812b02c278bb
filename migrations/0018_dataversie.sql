-- Data version (issue 19): one row whose number goes up with every statement that changes data a
-- page can show. Caches of public pages (platform/web/publiekecache.ts) key on it, so every app
-- instance on the same database sees a new stand, an import, a publication or an embargo change at
-- the next request. Sessions, login attempts, API tokens and the audit log are left out: they change
-- on every login and never show on a public page.
CREATE TABLE data_versie (
  id int PRIMARY KEY CHECK (id = 1),
  versie bigint NOT NULL
);
INSERT INTO data_versie (id, versie) VALUES (1, 1);

CREATE FUNCTION data_versie_ophogen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE data_versie SET versie = versie + 1 WHERE id = 1;
  RETURN NULL;
END $$;

-- Puts the statement trigger on every table that lacks it; migreer() calls it again after later
-- migrations, so a table added by them is followed without a line of its own.
CREATE FUNCTION data_versie_volgen() RETURNS void LANGUAGE plpgsql AS $$
DECLARE t text;
BEGIN
  FOR t IN
    SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
      AND c.relname NOT IN ('data_versie', 'schema_migraties', 'sessies', 'inlogpogingen', 'api_tokens', 'audit_log')
      AND NOT EXISTS (SELECT 1 FROM pg_trigger tg WHERE tg.tgrelid = c.oid AND tg.tgname = 'data_versie')
  LOOP
    EXECUTE format('CREATE TRIGGER data_versie AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION data_versie_ophogen()', t);
  END LOOP;
END $$;

SELECT data_versie_volgen();
