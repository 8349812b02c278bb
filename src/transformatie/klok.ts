// De datum van 'vandaag' voor de transformatieworkflow. Standaard de kalenderdag in Europe/Amsterdam;
// tests zetten een eigen klok, zodat een vragentermijn van twee weken zonder wachten verloopt.
import { vandaag as echteVandaag } from '../platform/tijd.js';

let klok: (() => string) | null = null;

export function transformatieVandaag(): string {
  return klok ? klok() : echteVandaag();
}

/** Alleen voor tests: zet (of met null: herstel) de klok. */
export function zetTransformatieKlok(nieuw: (() => string) | null): void {
  klok = nieuw;
}
