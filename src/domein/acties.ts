// Regels voor het wijzigen van de status van een actie (IZA-actie of AZWA-deelafspraak). Puur: geen
// klok, geen I/O; "vandaag" en het ankermoment komen van de aanroeper.
//
// Besluit (rangorde van statussen, van best naar slechtst):
//   Afgerond > Loopt voor > Loopt op schema > Loopt achter > Nog niet gestart
// - Een wijziging naar een lagere rang is "slechter" en vraagt een toelichting. Dus ook een afgeronde
//   actie die weer open gaat (Afgerond → Loopt op schema) en Loopt achter → Nog niet gestart.
// - "Zonder status" (geregistreerd, nog niet gerapporteerd) geldt als het uitgangspunt "Loopt op
//   schema": wie een nieuwe actie voor het eerst als "Loopt achter" of "Nog niet gestart" meldt,
//   licht dat toe; een eerste melding "Loopt op schema", "Loopt voor" of "Afgerond" niet.
// - Een gemiste termijn vraagt ook een toelichting: de termijn is een deadline met een einddatum
//   vóór de statusdatum en de nieuwe status is niet "Afgerond" (deadlineStatus = 'verlopen').
// - De statusdatum ligt niet in de toekomst en niet vóór de laatste melding van de actie (anders
//   zou de nieuwe melding niet de stand worden; een correctie van het verleden gaat via een import).
import { ACTIE_STATUSSEN, type ActieStatus, type Datum } from './begrippen.js';
import { deadlineStatus, formatteerDatum as nlDatum, interpreteerDeadline } from './deadline.js';
import type { DeadlineOpties } from './deadline-datum.js';
import { isIsoDatum } from './kalender.js';

/** Rang per status: hoger is beter. */
export const STATUS_RANG: Record<ActieStatus, number> = {
  Afgerond: 4,
  'Loopt voor': 3,
  'Loopt op schema': 2,
  'Loopt achter': 1,
  'Nog niet gestart': 0,
};

/** Het uitgangspunt voor een actie zonder status. */
export const RANG_ZONDER_STATUS = STATUS_RANG['Loopt op schema'];

export function isActieStatus(s: unknown): s is ActieStatus {
  return typeof s === 'string' && (ACTIE_STATUSSEN as readonly string[]).includes(s);
}

/** Is `naar` slechter dan `van`? `van` null = zonder status (uitgangspunt "Loopt op schema"). */
export function isSlechter(van: ActieStatus | null, naar: ActieStatus): boolean {
  const vanRang = van ? STATUS_RANG[van] : RANG_ZONDER_STATUS;
  return STATUS_RANG[naar] < vanRang;
}

export interface StatusWijziging {
  /** De stand vóór de wijziging: de laatste melding van de actie. */
  vorigeStatus: ActieStatus | null;
  vorigeDatum: Datum | null;
  deadline: string | null;
  /** Ingevoerde waarden (ongecontroleerd). */
  status: string;
  statusDatum: string;
  toelichting: string;
  vandaag: Datum;
  anker?: Datum | null;
}

export type VeldFouten = Partial<Record<'status' | 'status_datum' | 'toelichting', string>>;

export interface Beoordeling {
  fouten: VeldFouten;
  /** Waarom een toelichting nodig is (leeg: niet nodig). */
  redenen: ('slechter' | 'termijn-verlopen')[];
}


/**
 * Controleert een statuswijziging en zegt per veld wat er mis is (Nederlands, voor naast het veld).
 * Geen fouten = de wijziging mag worden vastgelegd.
 */
export function beoordeelStatusWijziging(w: StatusWijziging): Beoordeling {
  const fouten: VeldFouten = {};
  const redenen: Beoordeling['redenen'] = [];
  if (!isActieStatus(w.status)) {
    fouten.status = `Kies een status: ${ACTIE_STATUSSEN.join(', ')}.`;
  }
  const datum = w.statusDatum.trim();
  if (!isIsoDatum(datum)) {
    fouten.status_datum = 'Vul een bestaande datum in (JJJJ-MM-DD), bijvoorbeeld 2025-09-30.';
  } else if (datum > w.vandaag) {
    fouten.status_datum = `De statusdatum kan niet in de toekomst liggen (vandaag is ${nlDatum(w.vandaag)}).`;
  } else if (w.vorigeDatum && datum < w.vorigeDatum) {
    fouten.status_datum = `De statusdatum kan niet vóór de laatste melding van ${nlDatum(w.vorigeDatum)} liggen.`;
  }
  if (fouten.status || fouten.status_datum) return { fouten, redenen };

  const nieuw = w.status as ActieStatus;
  if (isSlechter(w.vorigeStatus, nieuw)) redenen.push('slechter');
  if (w.deadline) {
    const d = interpreteerDeadline(w.deadline, { anker: w.anker ?? null, vandaag: datum });
    if (deadlineStatus(d, datum, nieuw === 'Afgerond') === 'verlopen') redenen.push('termijn-verlopen');
  }
  if (redenen.length > 0 && w.toelichting.trim().length === 0) {
    const waarom = redenen
      .map((r) =>
        r === 'slechter'
          ? `de status gaat van "${w.vorigeStatus ?? 'zonder status'}" naar "${nieuw}"`
          : `de termijn "${w.deadline}" is op ${nlDatum(datum)} verstreken`,
      )
      .join(' en ');
    fouten.toelichting = `Een toelichting is verplicht: ${waarom}.`;
  }
  return { fouten, redenen };
}

/** Opties voor het lezen van termijnen van een actie: het anker hoort bij het akkoord. */
export function deadlineOpties(akkoord: string, ankers: { azwa: Datum | null; iza: Datum | null }, vandaag: Datum): DeadlineOpties {
  return { anker: akkoord === 'AZWA' ? ankers.azwa : ankers.iza, vandaag };
}
