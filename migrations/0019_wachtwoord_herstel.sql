-- Issue 14 item 6: a beheerder gives a user a one-time link to set a new password. Only the sha256 of
-- the link's secret is stored; a link works once and for a limited time.
CREATE TABLE wachtwoord_herstel (
  id            bigserial PRIMARY KEY,
  gebruiker_id  bigint NOT NULL REFERENCES gebruikers (id),
  hash          text NOT NULL UNIQUE,
  verloopt_op   timestamptz NOT NULL,
  gebruikt_op   timestamptz,
  door          text NOT NULL,
  aangemaakt_op timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX wachtwoord_herstel_gebruiker ON wachtwoord_herstel (gebruiker_id);
