// De datum van 'vandaag' voor de transformatieworkflow. Standaard de kalenderdag in Europe/Amsterdam;
// tests zetten een eigen klok, zodat een vragentermijn van twee weken zonder wachten verloopt.
//
// Testklok (docs/testklok.md): alleen als de server draait met AKKOORDMONITOR_TESTKLOK=1 — NOOIT in
// productie — geldt de datum uit instellingen.testklok. src/transformatie/testklok.tsx leest die per
// verzoek uit de database en geeft hem door met zetTestklok(); zonder de omgevingsvariabele telt die
// waarde niet, ook niet als hij er per ongeluk staat.
import { vandaag as echteVandaag } from '../platform/tijd.js';

let klok: (() => string) | null = null;
let testklok: string | null = null;

export function testklokAan(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.AKKOORDMONITOR_TESTKLOK === '1';
}

export function transformatieVandaag(): string {
  if (klok) return klok();
  return testklok !== null && testklokAan() ? testklok : echteVandaag();
}

/** Alleen voor tests: zet (of met null: herstel) de klok. */
export function zetTransformatieKlok(nieuw: (() => string) | null): void {
  klok = nieuw;
}

/** De testklok (JJJJ-MM-DD uit instellingen.testklok, of null: de echte datum). Alleen werkzaam met AKKOORDMONITOR_TESTKLOK=1. */
export function zetTestklok(datum: string | null): void {
  testklok = datum;
}
