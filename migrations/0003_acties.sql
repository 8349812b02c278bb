-- Acties (issue 5). The report texts per onderdeel per round (mijlpalen, aandachtspunten) live in the
-- reporting part's table ronde_teksten (0007, sleutel 'onderdeel:<code>:<soort>'); no second table here.

-- Actions are listed per onderdeel on every page of the register.
CREATE INDEX acties_log_onderdeel ON acties_log (onderdeel);

-- Anchor for relative AZWA deadlines ("binnen 6 maanden"): the negotiators' agreement of 3 July 2025
-- (002 r. 1173). Configurable by a beheerder; the IZA anchor (iza_anker) is unset until someone sets it.
INSERT INTO instellingen (sleutel, waarde) VALUES ('azwa_anker', '"2025-07-03"') ON CONFLICT (sleutel) DO NOTHING;
