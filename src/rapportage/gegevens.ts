// Everything the quarterly report needs, gathered from the data as ONE plain JSON object
// (RapportGegevens). The report (rapport.tsx) renders only from this object, so a fixed round stores
// it (ronde_bevriezingen) and its report is rebuilt from that alone, byte for byte in content.
import type { Queryable } from '../platform/db.js';
import { toestandSql } from '../kern/toestand.js';
import { ACTIES, KPIS, SNELLE_TOETSEN, TRANSFORMATIEPLANNEN } from '../kern/contract/bestandstypen.js';
import { TOETS_SECTOREN } from '../domein/begrippen.js';
import { fondsGrootboek, telNzaEnVentiel, type KpiStand, type PlanStand } from '../domein/transformatiemiddelen.js';
import { ingediendOp } from '../domein/indiening.js';
import { berekenKader, type KaderRij } from '../domein/kaders.js';
import { vergelijkMetGepubliceerd, type GepubliceerdKader } from '../domein/kaders-vergelijking.js';
import { probeerPeriode, vergelijkPerioden } from '../domein/perioden.js';
import { berekenKerncijfers, kaderRijenOp } from '../kern/kerncijfers.js';
import { snapshotOp, type KerncijfersBestand, type Snapshot } from '../kern/snapshots.js';
import {
  planVerdeling,
  toetsVerdeling,
  vergelijkCijfers,
  vergelijkItems,
  type CijferVerschil,
  type ItemStand,
  type ItemWijzigingen,
  type PlanVerdeling,
  type ToetsStand,
  type ToetsVerdeling,
} from './verdeling.js';
import { vandaag } from '../platform/tijd.js';
import { datum } from '../platform/formaat.js';
import { alleBronnen, reeksenOp, rondetekstenOp } from '../kern/publicatie.js';
import type { Publicatie } from './publicatie.js';
import { azwaDeel1, mtrDossier, type AzwaDeel1, type MtrDossier } from '../azwa/index.js';
import { metMtr } from '../domein/azwa.js';
import { izaRegioNamen } from '../domein/regios.js';
import { regioboekUitDb } from '../kern/regios.js';


export const GEGEVENS_FORMAAT = 1;

export type RapportSoort = 'concept' | 'vastgesteld' | 'gepubliceerd' | 'gepubliceerde-cijfers' | 'berekend';

export interface Onderdeel {
  code: string;
  naam: string;
  akkoord: 'IZA' | 'AZWA';
  blok: string | null;
}

export interface IndicatorDefinitie {
  code: string;
  naam: string;
  eenheid: string | null;
  definitie: string | null;
  bron: string | null;
  norm: number | null;
  norm_omschrijving: string | null;
}
export interface IndicatorWaarde {
  indicator: string;
  periode: string;
  gebied: string;
  dimensie: string;
  waarde: number | null;
  bron_datum: string | null;
}

export interface Vergelijking {
  vorige: { peildatum: string; titel: string; soort: 'ronde' | 'publicatie' };
  cijfers: CijferVerschil[];
  /** Null when there are no action records on either peildatum (published totals only). */
  acties: ItemWijzigingen | null;
  toetsen: ItemWijzigingen | null;
  plannen: ItemWijzigingen | null;
}

export interface RapportGegevens {
  formaat: typeof GEGEVENS_FORMAAT;
  peildatum: string;
  bo_datum: string | null;
  titel: string;
  soort: RapportSoort;
  /** Date the round was fixed (YYYY-MM-DD), for the colophon. */
  vastgesteld_op: string | null;
  /** Kerncijfers in the shape of the API (contract §4), possibly partial for published snapshots. */
  cijfers: KerncijfersBestand;
  cijfers_herkomst: { soort: 'snapshot' | 'berekend'; publicatie: string | null; snapshot_id: number | null; herkomst: 'import' | 'ronde' | null };
  /** True when the report rests on published totals without the records behind them. */
  alleen_totalen: boolean;
  onderdelen: Onderdeel[];
  teksten: Record<string, string>;
  toetsen: ToetsVerdeling | null;
  plannen: PlanVerdeling | null;
  /** Plans approved at P with an NZa beschikking / through the ventiel, computed from records. */
  nza: { beschikkingen: number; beschikt_bedrag: number; ventiel: number; ventiel_bedrag: number } | null;
  kaders: KaderRij[];
  indicatoren: { definities: IndicatorDefinitie[]; waarden: IndicatorWaarde[]; kennisdatum: string };
  vergelijking: Vergelijking | null;
  /** Status of every action / submitted toets / submitted plan at P: what this round knew (for the next comparison). */
  standen: { acties: ItemStand[]; toetsen: ItemStand[]; plannen: ItemStand[] };
  /** Data-quality notes: those of the snapshot plus what the monitor flags itself. */
  opmerkingen: string[];
  /** Texts, published chart series and source list of the round (issue 13); absent in rounds fixed before. */
  publicatie?: Publicatie;
  /** Part 1 for the AZWA term (rounds after the AZWA was signed on 3 July 2025); absent in rounds fixed before. */
  azwa?: AzwaDeel1;
  /** The mid-term review dossier (rounds whose peildatum falls in 2027). */
  mtr?: MtrDossier;
}

export interface BouwOpties {
  bo_datum?: string | null;
  titel?: string;
  soort?: RapportSoort;
  teksten?: Record<string, string>;
  /** Use this snapshot for the figures (a fixed round) instead of looking one up / computing. */
  snapshot?: Snapshot | null;
  /** 'vastgesteld': the snapshot of P where one exists (default); 'berekend': compute always. */
  bron?: 'vastgesteld' | 'berekend';
  vastgesteld_op?: string | null;
  /** Date of knowledge for indicator observations (bron_datum ≤ this); default today. */
  kennisdatum?: string;
}

interface ActieRij {
  code: string;
  titel: string | null;
  onderdeel: string;
  status: string | null;
}

async function actieStanden(db: Queryable, p: string): Promise<ItemStand[]> {
  const r = await db.query<ActieRij>(toestandSql(ACTIES, ['titel', 'onderdeel', 'status']), [p]);
  return r.map((a) => ({ id: a.code, titel: a.titel, status: a.status, onderdeel: a.onderdeel }));
}
async function toetsStanden(db: Queryable, p: string): Promise<(ToetsStand & { titel: string | null })[]> {
  return db.query<ToetsStand & { titel: string | null }>(toestandSql(SNELLE_TOETSEN, ['titel', 'status', 'ingediend_op', 'sectoren', 'themas', 'regios']), [p]);
}
interface PlanRij {
  id: string;
  titel: string | null;
  status: string | null;
  ingediend_op: string | null;
  betrokkenheid_patienten: string | null;
  bedrag_beschikbaar_gesteld_eur: number | null;
  nza_beschikking_datum: string | null;
  nza_bedrag_eur: number | null;
  ventiel: boolean | null;
}
async function planStanden(db: Queryable, p: string): Promise<PlanRij[]> {
  return db.query<PlanRij>(
    toestandSql(TRANSFORMATIEPLANNEN, [
      'titel',
      'status',
      'ingediend_op',
      'betrokkenheid_patienten',
      'bedrag_beschikbaar_gesteld_eur',
      'nza_beschikking_datum',
      'nza_bedrag_eur',
      'ventiel',
    ]),
    [p],
  );
}

/** Newest fixed round before P, else the newest published snapshot before P. */
interface Basis {
  peildatum: string;
  titel: string;
  soort: 'ronde' | 'publicatie';
  cijfers: KerncijfersBestand | undefined;
  /** The item states the previous round froze (absent for rounds frozen before this field existed). */
  standen?: RapportGegevens['standen'];
}

async function vorigeVergelijkingsbasis(db: Queryable, p: string): Promise<Basis | null> {
  const ronde = await db.query<{ peildatum: string; titel: string; gegevens: string | null; snapshot_id: number | null }>(
    `SELECT r.peildatum, r.titel, b.gegevens, r.snapshot_id FROM rapportagerondes r LEFT JOIN ronde_bevriezingen b ON b.ronde_id = r.id
      WHERE r.status IN ('vastgesteld', 'gepubliceerd') AND r.peildatum < $1 ORDER BY r.peildatum DESC LIMIT 1`,
    [p],
  );
  const snap = await db.query<{ peildatum: string; bron: string; inhoud: KerncijfersBestand }>(
    `SELECT peildatum, bron, inhoud FROM kerncijfers_snapshots WHERE peildatum < $1 ORDER BY peildatum DESC, id DESC LIMIT 1`,
    [p],
  );
  const r = ronde[0];
  if (r && (!snap[0] || snap[0].peildatum <= r.peildatum)) {
    const bevroren = r.gegevens ? (JSON.parse(r.gegevens) as RapportGegevens) : null;
    const cijfers = bevroren ? bevroren.cijfers : (await snapshotOp(db, r.peildatum))?.inhoud;
    return { peildatum: r.peildatum, titel: r.titel, soort: 'ronde', cijfers, standen: bevroren?.standen };
  }
  if (snap[0]) return { peildatum: snap[0].peildatum, titel: snap[0].bron, soort: 'publicatie', cijfers: snap[0].inhoud };
  return null;
}

const alsItem = (x: { id: string; titel: string | null; status: string | null }): ItemStand => ({ id: x.id, titel: x.titel, status: x.status });

function getal(v: unknown): number | null {
  return v === null || v === undefined ? null : Number(v);
}

/** Stable key order (so a JSON round trip through any store gives the same text). */
function sorteerSleutels<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]])) as T;
}

/**
 * Gathers the report of peildatum P from the data: the kerncijfers (the snapshot of P where one exists,
 * else computed with berekenKerncijfers), the distributions from the records, the kader rows, the
 * indicator observations and the comparison with the previous round.
 */
export async function bouwRapportGegevens(db: Queryable, peildatum: string, o: BouwOpties = {}): Promise<RapportGegevens> {
  const snapshot = o.snapshot !== undefined ? o.snapshot : o.bron === 'berekend' ? null : await snapshotOp(db, peildatum);
  // the kader rows of P are read once: for the computed figures and for the report's tables
  const kaders = await kaderRijenOp(db, peildatum);
  const cijfers: KerncijfersBestand = snapshot ? { ...snapshot.inhoud, peildatum } : { ...(await berekenKerncijfers(db, peildatum, { kaderRijen: kaders })) };
  delete cijfers.vervangt;

  // sequential, not Promise.all: inside a transaction the queries share one connection
  const acties = await actieStanden(db, peildatum);
  const toetsen = await toetsStanden(db, peildatum);
  const plannen = await planStanden(db, peildatum);
  const ingediendeToetsen = ingediendOp(toetsen, peildatum);
  const ingediendePlannen = ingediendOp(plannen, peildatum);
  const opmerkingen: string[] = [...(cijfers.opmerkingen ?? [])];

  // Money: the same counting as the kerncijfers, plus the ledger's warnings for the colophon.
  let nza: RapportGegevens['nza'] = null;
  const goedgekeurd = plannen.filter((p) => p.status === 'Goedgekeurd');
  if (goedgekeurd.length > 0) {
    const kpis = await db.query<KpiStand>(
      toestandSql(KPIS, ['bedrag_eur', 'bedrag_definitief_eur', 'resultaat', 'betaalstatus', 'vrijgave'], 'AND plan_id = ANY($2::text[])'),
      [peildatum, goedgekeurd.map((p) => p.id)],
    );
    const grootboek = fondsGrootboek(plannen as unknown as PlanStand[], kpis);
    for (const w of grootboek.waarschuwingen) opmerkingen.push(`Transformatiemiddelen: ${w.melding}`);
    nza = telNzaEnVentiel(plannen, peildatum);
  }

  // Kaders: the rows behind the tables, and a flag where the snapshot printed something else.
  const gepubliceerdeKaders = (cijfers.financiele_kaders ?? []) as GepubliceerdKader[];
  if (snapshot && gepubliceerdeKaders.length > 0) {
    for (const a of vergelijkMetGepubliceerd(kaders.map((k) => berekenKader(k)), gepubliceerdeKaders)) opmerkingen.push(`Financiële kaders: ${a.melding}`);
  }

  const onderdelen = await db.query<Onderdeel>(`SELECT code, naam, akkoord, blok FROM onderdelen ORDER BY akkoord DESC, code`);
  // AZWA codes sort naturally (A1, A2 … C3a, C3b … E6)
  onderdelen.sort((a, b) => (a.akkoord === b.akkoord ? a.code.localeCompare(b.code, 'nl', { numeric: true }) : a.akkoord === 'IZA' ? -1 : 1));

  const kennisdatum = o.kennisdatum ?? vandaag();
  const definities = (
    await db.query<Record<string, unknown>>(`SELECT code, naam, eenheid, definitie, bron, norm, norm_omschrijving FROM indicator_definities ORDER BY code`)
  ).map((d) => ({ ...(d as unknown as IndicatorDefinitie), norm: getal(d.norm) }));
  const waarden = (
    await db.query<Record<string, unknown>>(
      `SELECT DISTINCT ON (indicator, periode, gebied, dimensie) indicator, periode, gebied, dimensie, waarde, bron_datum
         FROM indicatoren WHERE bron_datum IS NULL OR bron_datum <= $1
        ORDER BY indicator, periode, gebied, dimensie, bron_datum_sleutel DESC`,
      [kennisdatum],
    )
  ).map((w) => ({ ...(w as unknown as IndicatorWaarde), waarde: getal(w.waarde) }));
  // Only the newest period of the GP waiting list per gemeente goes on the map.
  const haPerioden = waarden.filter((w) => w.indicator === 'ha_wachtlijst').map((w) => w.periode);
  const haLaatste = haPerioden.sort((a, b) => vergelijk(a, b)).at(-1);
  const gekozen = waarden
    .filter((w) => w.indicator !== 'ha_wachtlijst' || w.periode === haLaatste)
    .sort((a, b) => a.indicator.localeCompare(b.indicator) || vergelijk(a.periode, b.periode) || a.gebied.localeCompare(b.gebied) || a.dimensie.localeCompare(b.dimensie));

  // Comparison with the previous round (or the previous publication).
  let vergelijking: Vergelijking | null = null;
  const vorige = await vorigeVergelijkingsbasis(db, peildatum);
  if (vorige) {
    // what the previous round knew (its frozen states); else the records as they stand for its peildatum
    const aToen = vorige.standen?.acties ?? (await actieStanden(db, vorige.peildatum));
    const tToen = vorige.standen?.toetsen ?? ingediendOp(await toetsStanden(db, vorige.peildatum), vorige.peildatum).map(alsItem);
    const pToen = vorige.standen?.plannen ?? ingediendOp(await planStanden(db, vorige.peildatum), vorige.peildatum).map(alsItem);
    vergelijking = {
      vorige: { peildatum: vorige.peildatum, titel: vorige.titel, soort: vorige.soort },
      cijfers: vergelijkCijfers(vorige.cijfers, cijfers),
      acties: acties.length + aToen.length > 0 ? vergelijkItems(aToen, acties, ['Afgerond']) : null,
      toetsen: ingediendeToetsen.length + tToen.length > 0 ? vergelijkItems(tToen, ingediendeToetsen.map(alsItem), ['Goedgekeurd', 'Afgekeurd']) : null,
      plannen: ingediendePlannen.length + pToen.length > 0 ? vergelijkItems(pToen, ingediendePlannen.map(alsItem), ['Goedgekeurd', 'Afgekeurd']) : null,
    };
  }

  const alleenTotalen = snapshot !== null && snapshot.herkomst === 'import' && ingediendeToetsen.length === 0 && acties.length === 0;
  if (snapshot && snapshot.herkomst === 'import' && ingediendeToetsen.length > 0) {
    opmerkingen.push(
      'De totalen in dit rapport zijn de gepubliceerde cijfers; de verdelingen per kwartaal, sector, thema en regio zijn berekend uit de records op de peildatum.',
    );
  }

  return {
    formaat: GEGEVENS_FORMAAT,
    peildatum,
    bo_datum: o.bo_datum ?? null,
    titel: o.titel ?? `Rapportage peildatum ${datum(peildatum)}`,
    soort: o.soort ?? (snapshot ? 'gepubliceerde-cijfers' : 'berekend'),
    vastgesteld_op: o.vastgesteld_op ?? null,
    cijfers: sorteerSleutels(cijfers),
    cijfers_herkomst: snapshot
      ? { soort: 'snapshot', publicatie: snapshot.bron, snapshot_id: snapshot.id, herkomst: snapshot.herkomst }
      : { soort: 'berekend', publicatie: null, snapshot_id: null, herkomst: null },
    alleen_totalen: alleenTotalen,
    onderdelen,
    teksten: sorteerSleutels({ ...(o.teksten ?? {}) }),
    toetsen: ingediendeToetsen.length > 0 ? toetsVerdeling(await metIzaRegios(db, ingediendeToetsen, peildatum), peildatum, TOETS_SECTOREN) : null,
    plannen: ingediendePlannen.length > 0 ? planVerdeling(ingediendePlannen, peildatum) : null,
    nza,
    kaders,
    indicatoren: { definities, waarden: gekozen, kennisdatum },
    vergelijking,
    standen: { acties, toetsen: ingediendeToetsen.map(alsItem), plannen: ingediendePlannen.map(alsItem) },
    opmerkingen,
    publicatie: {
      rondeteksten: await rondetekstenOp(db, peildatum),
      reeksen: await reeksenOp(db, peildatum),
      bronnen: await alleBronnen(db),
    },
    ...(peildatum >= AZWA_ONDERTEKEND ? { azwa: await azwaDeel1(db, peildatum) } : {}),
    ...(metMtr(peildatum) ? { mtr: await mtrDossier(db, peildatum) } : {}),
  };
}

/** The toetsen with their regions named as in the IZA-region (zorgkantoorregio) list of P. */
async function metIzaRegios<T extends { regios: string[] | null }>(db: Queryable, toetsen: T[], peildatum: string): Promise<T[]> {
  const boek = await regioboekUitDb(db, peildatum);
  return toetsen.map((t) => ({ ...t, regios: izaRegioNamen(boek, t.regios) }));
}

/** The AZWA was signed on 3 July 2025: from then on part 1 of the report covers its agreements. */
export const AZWA_ONDERTEKEND = '2025-07-03';

function vergelijk(a: string, b: string): number {
  const pa = probeerPeriode(a);
  const pb = probeerPeriode(b);
  if (pa && pb) return vergelijkPerioden(pa, pb);
  return a < b ? -1 : a > b ? 1 : 0;
}
