// Testgebruikers voor de transformatietests: één per rol in de keten. Zolang de toegangsmodule
// (src/toegang/gebruikers.ts) nog geen gebruikers aanmaakt, zijn dit gewone objecten van het type
// Gebruiker; de store en de routes lezen alleen die velden.
import type { Gebruiker, Rol } from '../../src/domein/beleid.js';

function gebruiker(id: number, naam: string, organisatie_id: number, organisatie_naam: string, rollen: Rol[]): Gebruiker {
  return { id, email: `${naam.toLowerCase().replace(/\s+/g, '.')}@voorbeeld.nl`, naam, organisatie_id, organisatie_naam, rollen, onderdelen: [] };
}

export const INDIENER = gebruiker(1, 'Ineke Indiener', 101, 'Zorggroep Noord', ['indiener']);
export const ANDERE_INDIENER = gebruiker(2, 'Arno Anders', 102, 'Ziekenhuis Zuid', ['indiener']);
export const COORDINEREND = gebruiker(3, 'Cor Coördinator', 201, 'Menzis', ['coordinerend-verzekeraar']);
export const COORDINEREND_COLLEGA = gebruiker(4, 'Carla Collega', 201, 'Menzis', ['coordinerend-verzekeraar']);
export const VERZEKERAAR = gebruiker(5, 'Vera Verzekeraar', 202, 'VGZ', ['verzekeraar']);
export const NZA = gebruiker(6, 'Nico NZa', 301, 'NZa', ['nza']);
export const VWS = gebruiker(7, 'Vincent VWS', 401, 'VWS', ['vws-redactie']);
export const BEHEERDER = gebruiker(8, 'Bea Beheer', 401, 'VWS', ['beheerder']);
export const LEZER = gebruiker(9, 'Lex Lezer', 501, 'Tweede Kamer', ['lezer']);

export const ALLE = [INDIENER, ANDERE_INDIENER, COORDINEREND, COORDINEREND_COLLEGA, VERZEKERAAR, NZA, VWS, BEHEERDER, LEZER];
