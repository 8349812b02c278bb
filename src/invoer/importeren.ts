// Import of data-contract files (§1–2): validate everything first, then write everything in one
// transaction. A bad file changes nothing and gets a Dutch report of every problem.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { naarCopyCsv, type Db, type Queryable } from '../platform/db.js';
import { BESTANDSTYPEN, bestandstype, normaliseerIzaOnderdeel, type Bestandstype } from './bestandstypen.js';
import { leesCel, type Waarde } from './cellen.js';
import { leesCsv, leesXlsx, werkbladen, type Tabelbron } from './lezen.js';
import { controleerKerncijfersBestand, schrijfSnapshot, type KerncijfersBestand } from '../rapportage/snapshots.js';
import { toestandOp } from '../domein/gebeurtenissen.js';
import { parseGebied, parsePeriode } from '../domein/perioden.js';
import { schrijfAudit } from '../toegang/audit.js';
import { gevouwenKolommen, vouwExpressies } from '../platform/toestand.js';

export interface Probleem {
  bestand: string;
  regel: number | null;
  kolom: string | null;
  waarde: string | null;
  reden: string;
}

export class ImportFout extends Error {
  constructor(public readonly problemen: Probleem[]) {
    super(`Import geweigerd: ${problemen.length} ${problemen.length === 1 ? 'probleem' : 'problemen'} gevonden; er is niets gewijzigd.`);
    this.name = 'ImportFout';
  }
}

export interface BestandResultaat {
  bestand: string;
  bestandstype: string;
  sha256: string;
  rijen: number;
  nieuw: number;
  gewijzigd: number;
  ongewijzigd: number;
}

export interface ImportResultaat {
  bestanden: BestandResultaat[];
  waarschuwingen: Probleem[];
}

export interface ImportOpties {
  door: string;
  /** Called every few thousand rows with the rows read so far (progress on long imports). */
  onVoortgang?: (fase: 'controle' | 'schrijven', bestand: string, rijen: number) => void;
}

type Bron =
  | { soort: 'tabel'; type: Bestandstype; bestand: string; open: () => Promise<Tabelbron> }
  | { soort: 'kerncijfers'; bestand: string };

type Rij = Record<string, Waarde>;

// rows per COPY chunk into the staging table: memory stays flat with file size
const BATCH = 10_000;
const VOORTGANG_ELKE = 10_000;

/** Finds the sources in a file or directory (contract §1: a directory reads the files named after a type). */
export async function vindBronnen(pad: string): Promise<{ bronnen: Bron[]; problemen: Probleem[] }> {
  const problemen: Probleem[] = [];
  const bronnen: Bron[] = [];
  if (!fs.existsSync(pad)) {
    problemen.push({ bestand: pad, regel: null, kolom: null, waarde: null, reden: 'bestand of map bestaat niet' });
    return { bronnen, problemen };
  }
  const isMap = fs.statSync(pad).isDirectory();
  const bestanden = isMap
    ? fs
        .readdirSync(pad, { withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => path.join(pad, e.name))
        .sort()
    : [pad];
  for (const bestand of bestanden) {
    const ext = path.extname(bestand).toLowerCase();
    const basis = path.basename(bestand, path.extname(bestand)).toLowerCase();
    if (ext === '.json' && /^kerncijfers([-_.].*)?$/.test(basis)) {
      bronnen.push({ soort: 'kerncijfers', bestand });
      continue;
    }
    const type = bestandstype(basis);
    if (ext === '.csv' && type) {
      bronnen.push({ soort: 'tabel', type, bestand, open: () => leesCsv(bestand) });
    } else if (ext === '.xlsx') {
      // the sheet name is the file type (contract §1)
      const bladen = await werkbladen(bestand);
      const bekend = bladen.filter((b) => bestandstype(b));
      if (isMap && !type && bekend.length === 0) continue;
      if (bekend.length === 0) {
        problemen.push({
          bestand,
          regel: null,
          kolom: null,
          waarde: bladen.join(', '),
          reden: `geen werkblad met de naam van een bestandstype (${BESTANDSTYPEN.map((b) => b.naam).join(', ')})`,
        });
      }
      for (const blad of bekend) {
        const t = bestandstype(blad)!;
        bronnen.push({ soort: 'tabel', type: t, bestand: `${bestand}#${blad}`, open: () => leesXlsx(bestand, blad) });
      }
    } else if (!isMap) {
      problemen.push({
        bestand,
        regel: null,
        kolom: null,
        waarde: path.basename(bestand),
        reden: `onbekend bestandstype; de naam moet een bestandstype zijn (${BESTANDSTYPEN.map((b) => b.naam).join(', ')}) met .csv of .xlsx, of kerncijfers*.json`,
      });
    }
  }
  bronnen.sort((a, b) => volgorde(a) - volgorde(b));
  return { bronnen, problemen };
}

function volgorde(b: Bron): number {
  return b.soort === 'kerncijfers' ? 100 : b.type.volgorde;
}

function sleutelVan(type: Bestandstype, rij: Rij): string {
  return type.sleutel.map((k) => String(rij[k] ?? '')).join('\u0000');
}
function itemVan(type: Bestandstype, rij: Rij): string {
  return type.item.map((k) => String(rij[k] ?? '')).join('\u0000');
}

async function sha256(bestand: string): Promise<string> {
  const echt = bestand.split('#')[0];
  const hash = crypto.createHash('sha256');
  for await (const chunk of fs.createReadStream(echt)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** What pass 1 learns about references, to check them across files and against the database. */
interface Verwijzingen {
  toetsGebeurtenissen: Map<string, { status: string | null; status_datum: string; volgnr: number }[]>;
  planToetsen: Map<string, { regel: number; bestand: string; snelle_toets_id: string | null; ingediend_op: string | null; status_datum: string; volgnr: number }[]>;
  kpiPlannen: Map<string, { bestand: string; regel: number }>;
  indicatorCodes: Map<string, { bestand: string; regel: number }>;
  definitieCodes: Set<string>;
  azwaOnderdelen: Map<string, { bestand: string; regel: number }>;
  itemsZonder: Map<string, Map<string, { bestand: string; regel: number; type: Bestandstype }>>; // kolom → items missing it so far
  itemsMet: Map<string, Set<string>>;
}

/** Pass 1: reads and checks every row of one source; keeps only what cross-checks need. */
async function controleer(
  bron: Extract<Bron, { soort: 'tabel' }>,
  problemen: Probleem[],
  waarschuwingen: Probleem[],
  v: Verwijzingen,
  opties: ImportOpties,
): Promise<number> {
  const { type, bestand } = bron;
  const naam = path.basename(bestand);
  const { kop, rijen } = await bron.open();
  if (kop.length === 0) {
    problemen.push({ bestand: naam, regel: 1, kolom: null, waarde: null, reden: 'bestand is leeg: de kopregel ontbreekt' });
    return 0;
  }
  const index = new Map<string, number>();
  kop.forEach((k, i) => {
    if (type.kolommen.some((c) => c.naam === k)) index.set(k, i);
    else if (k !== '') waarschuwingen.push({ bestand: naam, regel: 1, kolom: k, waarde: null, reden: 'onbekende kolom; genegeerd' });
  });
  const ontbrekend = type.kolommen.filter((c) => (c.verplicht || c.verplichtPerItem) && !index.has(c.naam));
  for (const c of ontbrekend) {
    problemen.push({ bestand: naam, regel: 1, kolom: c.naam, waarde: null, reden: 'verplichte kolom ontbreekt' });
  }
  if (ontbrekend.length > 0) return 0;

  const gezien = new Map<string, number>();
  let aantal = 0;
  let volgnr = 0;
  for await (const { regel, cellen } of rijen) {
    aantal++;
    volgnr++;
    if (aantal % VOORTGANG_ELKE === 0) opties.onVoortgang?.('controle', naam, aantal);
    if (cellen.length > kop.length) {
      problemen.push({ bestand: naam, regel, kolom: null, waarde: null, reden: `rij heeft ${cellen.length} velden, de kopregel ${kop.length}` });
      continue;
    }
    const rij: Rij = {};
    let goed = true;
    for (const kolom of type.kolommen) {
      const i = index.get(kolom.naam);
      const cel = i === undefined ? null : (cellen[i] ?? null);
      const r = leesCel(kolom, cel);
      if (!r.ok) {
        problemen.push({ bestand: naam, regel, kolom: kolom.naam, waarde: cel === null ? '' : String(cel), reden: r.reden });
        goed = false;
        continue;
      }
      if (kolom.verplicht && r.waarde === null) {
        problemen.push({ bestand: naam, regel, kolom: kolom.naam, waarde: '', reden: 'verplicht veld is leeg' });
        goed = false;
        continue;
      }
      rij[kolom.naam] = r.waarde;
    }
    if (!goed) continue;
    if (!nakijkenRij(type, rij, naam, regel, problemen)) continue;
    const sleutel = sleutelVan(type, rij);
    const eerder = gezien.get(sleutel);
    if (eerder !== undefined) {
      problemen.push({
        bestand: naam,
        regel,
        kolom: null,
        waarde: type.sleutel.map((k) => rij[k] ?? '').join(' / '),
        reden: `dubbele rij: dezelfde sleutel (${type.sleutel.join(', ')}) staat al op regel ${eerder}`,
      });
      continue;
    }
    gezien.set(sleutel, regel);
    onthoudVerwijzingen(type, rij, naam, regel, volgnr, v);
  }
  return aantal;
}

/** Checks within one row that go beyond a single cell. */
function nakijkenRij(type: Bestandstype, rij: Rij, bestand: string, regel: number, problemen: Probleem[]): boolean {
  if (type.naam === 'acties') {
    if (rij.akkoord === 'IZA') {
      const o = normaliseerIzaOnderdeel(String(rij.onderdeel));
      if (!o) {
        problemen.push({ bestand, regel, kolom: 'onderdeel', waarde: String(rij.onderdeel), reden: 'onbekende thematafel; verwacht A–J of de naam van de tafel' });
        return false;
      }
      rij.onderdeel = o;
    }
  }
  if (type.naam === 'indicatoren') {
    // contract §2.6: periode and gebied are checked and stored in their contract form
    // (`2024KW01` → `2024Q1`, `NL01` → `NL`, `gm0363` → `GM0363`), so every route in gives the same key
    let goed = true;
    try {
      rij.periode = parsePeriode(String(rij.periode)).code;
    } catch {
      problemen.push({ bestand, regel, kolom: 'periode', waarde: String(rij.periode), reden: 'onbekende periode; verwacht bijv. 2025, 2025Q1, 2025-03 of een datum (ook CBS-codes als 2025KW01)' });
      goed = false;
    }
    try {
      rij.gebied = parseGebied(String(rij.gebied)).code;
    } catch {
      problemen.push({ bestand, regel, kolom: 'gebied', waarde: String(rij.gebied), reden: 'onbekend gebied; verwacht NL, een CBS-code (GM0363, PV27, …) of een regionaam' });
      goed = false;
    }
    if (rij.dimensie !== null && rij.dimensie !== undefined) {
      rij.dimensie = String(rij.dimensie).split('|').map((d) => d.trim()).join('|');
    }
    if (!goed) return false;
  }
  if (type.naam === 'kpis' && rij.resultaat && rij.resultaat !== 'open' && rij.bedrag_definitief_eur === null) {
    // allowed: a later row may bring the amount; the ledger reports it
  }
  if (type.naam === 'financiele_kaders' && rij.jaar !== null && ((rij.jaar as number) < 2000 || (rij.jaar as number) > 2100)) {
    problemen.push({ bestand, regel, kolom: 'jaar', waarde: String(rij.jaar), reden: 'onwaarschijnlijk jaar' });
    return false;
  }
  return true;
}

function onthoudVerwijzingen(type: Bestandstype, rij: Rij, bestand: string, regel: number, volgnr: number, v: Verwijzingen): void {
  for (const kolom of type.kolommen.filter((k) => k.verplichtPerItem)) {
    const item = `${type.naam}\u0001${itemVan(type, rij)}`;
    const sleutel = `${type.naam}.${kolom.naam}`;
    if (!v.itemsMet.has(sleutel)) v.itemsMet.set(sleutel, new Set());
    if (!v.itemsZonder.has(sleutel)) v.itemsZonder.set(sleutel, new Map());
    if (rij[kolom.naam] !== null) {
      v.itemsMet.get(sleutel)!.add(item);
      v.itemsZonder.get(sleutel)!.delete(item);
    } else if (!v.itemsMet.get(sleutel)!.has(item) && !v.itemsZonder.get(sleutel)!.has(item)) {
      v.itemsZonder.get(sleutel)!.set(item, { bestand, regel, type });
    }
  }
  switch (type.naam) {
    case 'snelle_toetsen': {
      const lijst = v.toetsGebeurtenissen.get(rij.id as string) ?? [];
      lijst.push({ status: rij.status as string | null, status_datum: rij.status_datum as string, volgnr });
      v.toetsGebeurtenissen.set(rij.id as string, lijst);
      break;
    }
    case 'transformatieplannen': {
      const lijst = v.planToetsen.get(rij.id as string) ?? [];
      lijst.push({
        regel,
        bestand,
        snelle_toets_id: rij.snelle_toets_id as string | null,
        ingediend_op: rij.ingediend_op as string | null,
        status_datum: rij.status_datum as string,
        volgnr,
      });
      v.planToetsen.set(rij.id as string, lijst);
      break;
    }
    case 'kpis':
      if (!v.kpiPlannen.has(rij.plan_id as string)) v.kpiPlannen.set(rij.plan_id as string, { bestand, regel });
      break;
    case 'indicator_definities':
      v.definitieCodes.add(rij.code as string);
      break;
    case 'indicatoren':
      if (!v.indicatorCodes.has(rij.indicator as string)) v.indicatorCodes.set(rij.indicator as string, { bestand, regel });
      break;
    case 'acties':
      if (rij.akkoord === 'AZWA' && !v.azwaOnderdelen.has(rij.onderdeel as string)) {
        v.azwaOnderdelen.set(rij.onderdeel as string, { bestand, regel });
      }
      break;
  }
}

/** Cross-file and database checks: references resolve within the import or to what is stored. */
async function controleerVerwijzingen(db: Queryable, v: Verwijzingen, problemen: Probleem[]): Promise<void> {
  // a column required on at least one row of an item: in this import or already stored
  for (const [sleutel, zonder] of v.itemsZonder) {
    if (zonder.size === 0) continue;
    const [, kolom] = sleutel.split('.');
    const eerste = [...zonder.values()][0];
    const type = eerste.type;
    const items = [...zonder.keys()].map((k) => k.split('\u0001')[1]);
    const opgeslagen = await db.query<{ item: string }>(
      `SELECT DISTINCT concat_ws(chr(0), ${type.item.join(', ')}) AS item FROM ${type.tabel}
        WHERE ${kolom} IS NOT NULL AND concat_ws(chr(0), ${type.item.join(', ')}) = ANY($1::text[])`,
      [items],
    );
    const bekend = new Set(opgeslagen.map((r) => r.item));
    for (const [item, plek] of zonder) {
      const sleutelWaarde = item.split('\u0001')[1];
      if (bekend.has(sleutelWaarde)) continue;
      problemen.push({
        bestand: plek.bestand,
        regel: plek.regel,
        kolom,
        waarde: sleutelWaarde.replace(/\u0000/g, ' / '),
        reden: `${kolom} ontbreekt: verplicht op minstens één rij van ${type.item.join(' + ')} "${sleutelWaarde.replace(/\u0000/g, ' / ')}"`,
      });
    }
  }

  // plan → its snelle toets: must exist and be Goedgekeurd at the plan's ingediend_op
  if (v.planToetsen.size > 0) {
    const planIds = [...v.planToetsen.keys()];
    const opgeslagenPlannen = await db.query<{ id: string; snelle_toets_id: string | null; ingediend_op: string | null; status_datum: string; volgnr: number }>(
      `SELECT id, snelle_toets_id, ingediend_op, status_datum, volgnr FROM transformatieplannen_log WHERE id = ANY($1::text[])`,
      [planIds],
    );
    const perPlan = new Map<string, { snelle_toets_id: string | null; ingediend_op: string | null; status_datum: string; volgnr: number }[]>();
    for (const r of opgeslagenPlannen) perPlan.set(r.id, [...(perPlan.get(r.id) ?? []), { ...r, volgnr: r.volgnr - 1e12 }]);
    const toetsIds = new Set<string>();
    const planInfo = new Map<string, { toets: string | null; ingediend: string | null; regel: number; bestand: string }>();
    for (const [id, rijen] of v.planToetsen) {
      const alle = [...(perPlan.get(id) ?? []), ...rijen];
      const t = toestandOp(alle, '9999-12-31', null);
      const plek = rijen[0];
      planInfo.set(id, { toets: (t?.snelle_toets_id as string) ?? null, ingediend: (t?.ingediend_op as string) ?? null, regel: plek.regel, bestand: plek.bestand });
      if (t?.snelle_toets_id) toetsIds.add(t.snelle_toets_id as string);
    }
    const opgeslagenToetsen = await db.query<{ id: string; status: string | null; status_datum: string; volgnr: number }>(
      `SELECT id, status, status_datum, volgnr FROM snelle_toetsen_log WHERE id = ANY($1::text[])`,
      [[...toetsIds]],
    );
    const perToets = new Map<string, { status: string | null; status_datum: string; volgnr: number }[]>();
    for (const r of opgeslagenToetsen) perToets.set(r.id, [...(perToets.get(r.id) ?? []), { ...r, volgnr: r.volgnr - 1e12 }]);
    for (const [id, rijen] of v.toetsGebeurtenissen) perToets.set(id, [...(perToets.get(id) ?? []), ...rijen]);
    for (const [id, info] of planInfo) {
      if (!info.toets || !info.ingediend) continue; // reported as missing required-per-item
      const historie = perToets.get(info.toets);
      if (!historie) {
        problemen.push({ bestand: info.bestand, regel: info.regel, kolom: 'snelle_toets_id', waarde: info.toets, reden: `snelle toets "${info.toets}" bestaat niet (plan ${id})` });
        continue;
      }
      const t = toestandOp(historie, info.ingediend);
      if (t?.status !== 'Goedgekeurd') {
        problemen.push({
          bestand: info.bestand,
          regel: info.regel,
          kolom: 'snelle_toets_id',
          waarde: info.toets,
          reden: `snelle toets "${info.toets}" is op ${info.ingediend} (ingediend_op van plan ${id}) niet Goedgekeurd maar ${t?.status ? `"${t.status}"` : 'nog niet ingediend'}`,
        });
      }
    }
  }

  // kpi → plan
  if (v.kpiPlannen.size > 0) {
    const ids = [...v.kpiPlannen.keys()].filter((id) => !v.planToetsen.has(id));
    const bestaand = new Set(
      (await db.query<{ id: string }>(`SELECT DISTINCT id FROM transformatieplannen_log WHERE id = ANY($1::text[])`, [ids])).map((r) => r.id),
    );
    for (const id of ids) {
      if (bestaand.has(id)) continue;
      const plek = v.kpiPlannen.get(id)!;
      problemen.push({ bestand: plek.bestand, regel: plek.regel, kolom: 'plan_id', waarde: id, reden: `transformatieplan "${id}" bestaat niet` });
    }
  }

  // observation → indicator definition
  if (v.indicatorCodes.size > 0) {
    const codes = [...v.indicatorCodes.keys()].filter((c) => !v.definitieCodes.has(c));
    const bestaand = new Set(
      (await db.query<{ code: string }>(`SELECT code FROM indicator_definities WHERE code = ANY($1::text[])`, [codes])).map((r) => r.code),
    );
    for (const c of codes) {
      if (bestaand.has(c)) continue;
      const plek = v.indicatorCodes.get(c)!;
      problemen.push({ bestand: plek.bestand, regel: plek.regel, kolom: 'indicator', waarde: c, reden: `onbekende indicator "${c}"; leg eerst de definitie vast (indicator_definities)` });
    }
  }

  // AZWA action → agreement code from the reference data
  if (v.azwaOnderdelen.size > 0) {
    const bestaand = new Set(
      (await db.query<{ code: string }>(`SELECT code FROM onderdelen WHERE akkoord = 'AZWA'`)).map((r) => r.code),
    );
    for (const [code, plek] of v.azwaOnderdelen) {
      if (bestaand.has(code)) continue;
      problemen.push({ bestand: plek.bestand, regel: plek.regel, kolom: 'onderdeel', waarde: code, reden: `onbekende AZWA-afspraak "${code}"; verwacht A1 … E6` });
    }
  }
}

/** The columns of a type as stored (plus the derived key columns of the table). */
function dbKolommen(type: Bestandstype): string[] {
  const k = type.kolommen.map((c) => c.naam);
  if (type.statusKolom) k.push('status_sleutel');
  if (type.naam === 'indicatoren') k.push('bron_datum_sleutel');
  return k;
}

function conflictDoel(type: Bestandstype): string[] {
  if (type.statusKolom) return type.sleutel.map((k) => (k === type.statusKolom ? 'status_sleutel' : k));
  if (type.naam === 'indicatoren') return ['indicator', 'periode', 'gebied', 'dimensie', 'bron_datum_sleutel'];
  return type.sleutel;
}

function dbWaarden(type: Bestandstype, rij: Rij): unknown[] {
  const w: unknown[] = type.kolommen.map((c) => {
    const x = rij[c.naam];
    if (type.naam === 'indicatoren' && c.naam === 'dimensie') return x ?? '';
    return x;
  });
  if (type.statusKolom) w.push(rij[type.statusKolom] ?? '');
  if (type.naam === 'indicatoren') w.push(rij.bron_datum ?? '0001-01-01');
  return w;
}

const SQL_TYPEN: Record<string, string> = {
  tekst: 'text',
  lijst: 'text[]',
  datum: 'date',
  eur: 'bigint',
  mln: 'numeric',
  pct: 'numeric',
  geheel: 'integer',
  getal: 'numeric',
  keuze: 'text',
  janee: 'boolean',
};

/** Staging columns: the type's columns plus the derived key columns, with their SQL types. */
function stagingKolommen(type: Bestandstype): [string, string][] {
  const k: [string, string][] = type.kolommen.map((c) => [c.naam, SQL_TYPEN[c.soort]]);
  if (type.statusKolom) k.push(['status_sleutel', 'text']);
  if (type.naam === 'indicatoren') k.push(['bron_datum_sleutel', 'date']);
  return k;
}

/**
 * Pass 2: streams the (already checked) source again into a staging table, then merges it into the
 * target with ONE statement, so the event-log trigger folds each item once and the whole file lands
 * in the caller's transaction or not at all.
 */
async function schrijf(tx: Queryable, bron: Extract<Bron, { soort: 'tabel' }>, hash: string, opties: ImportOpties): Promise<BestandResultaat> {
  const { type, bestand } = bron;
  const naam = path.basename(bestand);
  const [{ id: importId }] = await tx.query<{ id: number }>(
    `INSERT INTO imports (bestand, bestandstype, sha256, rijen, nieuw, gewijzigd, ongewijzigd, door) VALUES ($1, $2, $3, 0, 0, 0, 0, $4) RETURNING id`,
    [naam, type.naam, hash, opties.door],
  );
  const kolommen = stagingKolommen(type);
  await tx.exec(`DROP TABLE IF EXISTS import_staging; CREATE TEMP TABLE import_staging (seq integer, ${kolommen.map(([k, t]) => `${k} ${t}`).join(', ')}) ON COMMIT DROP`);
  const { kop, rijen } = await bron.open();
  const index = new Map(kop.map((k, i) => [k, i] as const));
  let batch: unknown[][] = [];
  let aantal = 0;
  const spoel = async () => {
    if (batch.length === 0) return;
    await tx.copyIn('import_staging', ['seq', ...kolommen.map(([k]) => k)], naarCopyCsv(batch));
    batch = [];
  };
  for await (const { cellen } of rijen) {
    const rij: Rij = {};
    for (const kolom of type.kolommen) {
      const i = index.get(kolom.naam);
      const r = leesCel(kolom, i === undefined ? null : (cellen[i] ?? null));
      if (!r.ok) throw new Error(`Bestand ${naam} is tijdens de import gewijzigd`);
      rij[kolom.naam] = r.waarde;
    }
    // the same normalisation as in pass 1 (IZA onderdeel, indicator periode/gebied); pass 1 found no problems
    nakijkenRij(type, rij, naam, 0, []);
    aantal++;
    batch.push([aantal, ...dbWaarden(type, rij)]);
    if (batch.length >= BATCH) await spoel();
    if (aantal % VOORTGANG_ELKE === 0) opties.onVoortgang?.('schrijven', naam, aantal);
  }
  await spoel();

  const doel = conflictDoel(type);
  const namen = dbKolommen(type);
  const teWijzigen = namen.filter((k) => !doel.includes(k));
  const update =
    teWijzigen.length === 0
      ? 'DO NOTHING'
      : `DO UPDATE SET ${[...teWijzigen, 'import_id', 'door'].map((k) => `${k} = EXCLUDED.${k}`).join(', ')}
         WHERE (${teWijzigen.map((k) => `t.${k}`).join(', ')}) IS DISTINCT FROM (${teWijzigen.map((k) => `EXCLUDED.${k}`).join(', ')})`;
  let nieuw: number;
  let geraakt: number;
  if (type.eventlog) {
    // Fold set-wise: rows of items new to the table get their folded state computed from the file in
    // the same INSERT; items that already had rows are folded again afterwards by the trigger.
    const item = type.item.join(', ');
    const v = vouwExpressies(type, 'seq');
    const gevouwen = gevouwenKolommen(type).map((k) => `t_${k.naam}`);
    await tx.query(`SELECT set_config('akkoordmonitor.vouw', 'uit', true)`);
    await tx.exec(`CREATE TEMP TABLE import_bestaand ON COMMIT DROP AS
                     SELECT DISTINCT ${item} FROM import_staging s WHERE EXISTS (SELECT 1 FROM ${type.tabel} t WHERE ${type.item.map((k) => `t.${k} = s.${k}`).join(' AND ')});
                   CREATE TEMP TABLE import_geraakt (${stagingKolommen(type).filter(([k]) => type.item.includes(k)).map(([k, t]) => `${k} ${t}`).join(', ')}) ON COMMIT DROP`);
    [{ nieuw, geraakt }] = await tx.query<{ nieuw: number; geraakt: number }>(
      `WITH r AS (
         INSERT INTO ${type.tabel} AS t (${namen.join(', ')}, import_id, door, geldig_tot, t_eerste_datum${gevouwen.map((k) => `, ${k}`).join('')})
         SELECT ${namen.join(', ')}, $1, $2, geldig_tot, t_eerste_datum${gevouwen.map((k) => `, ${k}`).join('')}
           FROM (SELECT *, ${v.waarden} FROM import_staging WINDOW ${v.venster}) x
          ORDER BY seq
         ON CONFLICT (${doel.join(', ')}) ${update}
         RETURNING (xmax = 0) AS nieuw, ${type.item.map((k) => `t.${k}`).join(', ')}),
       g AS (INSERT INTO import_geraakt SELECT DISTINCT ${item} FROM r)
       SELECT count(*) FILTER (WHERE nieuw)::int AS nieuw, count(*)::int AS geraakt FROM r`,
      [importId, opties.door],
    );
    await tx.query(`SELECT set_config('akkoordmonitor.vouw', 'aan', true)`);
    // touching the rows of items that had history before makes the trigger fold them again
    await tx.exec(`UPDATE ${type.tabel} SET status_datum = status_datum
                    WHERE (${item}) IN (SELECT ${item} FROM import_geraakt INTERSECT SELECT ${item} FROM import_bestaand);
                   DROP TABLE import_bestaand; DROP TABLE import_geraakt`);
  } else {
    [{ nieuw, geraakt }] = await tx.query<{ nieuw: number; geraakt: number }>(
      `WITH r AS (
         INSERT INTO ${type.tabel} AS t (${namen.join(', ')}, import_id, door)
         SELECT ${namen.join(', ')}, $1, $2 FROM import_staging ORDER BY seq
         ON CONFLICT (${doel.join(', ')}) ${update}
         RETURNING (xmax = 0) AS nieuw)
       SELECT count(*) FILTER (WHERE nieuw)::int AS nieuw, count(*)::int AS geraakt FROM r`,
      [importId, opties.door],
    );
  }
  await tx.exec('DROP TABLE import_staging');
  const gewijzigd = geraakt - nieuw;
  const resultaat: BestandResultaat = { bestand: naam, bestandstype: type.naam, sha256: hash, rijen: aantal, nieuw, gewijzigd, ongewijzigd: aantal - geraakt };
  await tx.query(`UPDATE imports SET rijen = $2, nieuw = $3, gewijzigd = $4, ongewijzigd = $5 WHERE id = $1`, [
    importId,
    aantal,
    nieuw,
    gewijzigd,
    resultaat.ongewijzigd,
  ]);
  await schrijfAudit(tx, { door: opties.door, actie: 'import', object_soort: type.naam, object_id: String(importId), na: resultaat });
  return resultaat;
}

/** Imports a file or a directory: all or nothing. Throws ImportFout with every problem found. */
export async function importeer(db: Db, pad: string, opties: ImportOpties): Promise<ImportResultaat> {
  const { bronnen, problemen } = await vindBronnen(pad);
  const waarschuwingen: Probleem[] = [];
  if (bronnen.length === 0 && problemen.length === 0) {
    problemen.push({ bestand: pad, regel: null, kolom: null, waarde: null, reden: 'geen bestanden met een bekend bestandstype gevonden' });
  }
  const v: Verwijzingen = {
    toetsGebeurtenissen: new Map(),
    planToetsen: new Map(),
    kpiPlannen: new Map(),
    indicatorCodes: new Map(),
    definitieCodes: new Set(),
    azwaOnderdelen: new Map(),
    itemsZonder: new Map(),
    itemsMet: new Map(),
  };
  const kerncijfers = new Map<string, KerncijfersBestand>();
  const hashes = new Map<string, string>();
  for (const bron of bronnen) {
    hashes.set(bron.bestand, await sha256(bron.bestand));
    if (bron.soort === 'kerncijfers') {
      const r = controleerKerncijfersBestand(bron.bestand);
      if (r.ok) kerncijfers.set(bron.bestand, r.bestand);
      else problemen.push(...r.problemen);
    } else {
      await controleer(bron, problemen, waarschuwingen, v, opties);
    }
  }
  if (problemen.length === 0) await controleerVerwijzingen(db, v, problemen);
  if (problemen.length > 0) throw new ImportFout(problemen);

  const bestanden = await db.transaction(async (tx) => {
    const uit: BestandResultaat[] = [];
    for (const bron of bronnen) {
      const hash = hashes.get(bron.bestand)!;
      if (bron.soort === 'kerncijfers') {
        uit.push(await schrijfSnapshot(tx, kerncijfers.get(bron.bestand)!, { bestand: path.basename(bron.bestand), sha256: hash, door: opties.door }));
      } else {
        uit.push(await schrijf(tx, bron, hash, opties));
      }
    }
    return uit;
  });
  return { bestanden, waarschuwingen };
}

/** The problem report as Dutch text lines (CLI, logs). */
export function probleemRapport(problemen: Probleem[]): string {
  return problemen
    .map((p) => {
      const plek = [p.bestand, p.regel !== null ? `regel ${p.regel}` : null, p.kolom ? `kolom ${p.kolom}` : null].filter(Boolean).join(', ');
      const waarde = p.waarde !== null && p.waarde !== '' ? ` (waarde "${p.waarde}")` : '';
      return `${plek}${waarde}: ${p.reden}`;
    })
    .join('\n');
}
