// Import of indicator observations from CBS OData (contract §2.6): a saved v3 `TypedDataSet` or v4
// `Observations` response (or a live URL) plus a mapping file. The response is mapped with
// `cbsNaarIndicatoren` and then written as a contract file `indicatoren.csv` through the contract
// importer: the same checks, the same upsert, the same all-or-nothing transaction and audit entry
// as a delivered CSV. One extra audit entry ties that import to the CBS source (file, sha256, mapping).
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Db } from '../platform/db.js';
import { hernoem, type GeuploadBestand } from '../platform/web/upload.js';
import { importeer, type ImportOpties } from '../kern/contract/importeren.js';
import { ImportFout, type ImportResultaat, type Probleem } from '../kern/probleem.js';
import { schrijfAudit } from '../kern/audit.js';
import { CbsImportFout, cbsNaarIndicatoren, haalCbsOp, leesCbsKoppeling, type FetchLike, type IndicatorRij } from './cbs.js';

export interface CbsImportOpties {
  door: string;
  /** bron_datum of every row (YYYY-MM-DD); else the mapping's `bronDatum`, else none. */
  bronDatum?: string;
  /** For a live URL (tests pass a fake). */
  fetch?: FetchLike;
}

export interface CbsImportResultaat extends ImportResultaat {
  /** Non-fatal notes of the CBS mapping (e.g. rows without a value). */
  cbsWaarschuwingen: string[];
  rijen: number;
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);

function cbsProblemen(bestand: string, fout: CbsImportFout): Probleem[] {
  return fout.problemen.map((p) => {
    const m = /^Rij (\d+)/.exec(p);
    return { bestand, regel: m ? Number(m[1]) : null, kolom: null, waarde: null, reden: p };
  });
}

function leesJson(bestand: string): unknown {
  if (!fs.existsSync(bestand)) throw new ImportFout([{ bestand, regel: null, kolom: null, waarde: null, reden: 'bestand bestaat niet' }]);
  try {
    return JSON.parse(fs.readFileSync(bestand, 'utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ImportFout([{ bestand: path.basename(bestand), regel: null, kolom: null, waarde: null, reden: `geen geldige JSON: ${(e as Error).message}` }]);
  }
}

/**
 * Reads the saved response: one file, or several pages of one v4/v3 response in order. Every page
 * but the last must point to a next page and the last must not: an incomplete download is refused.
 */
function leesRespons(bestanden: string[]): { json: { value: unknown[] } & Record<string, unknown>; sha256: string } {
  const hash = crypto.createHash('sha256');
  const rijen: unknown[] = [];
  let eerste: Record<string, unknown> | null = null;
  bestanden.forEach((b, i) => {
    hash.update(fs.existsSync(b) ? fs.readFileSync(b) : Buffer.alloc(0));
    const pagina = leesJson(b);
    const naam = path.basename(b);
    if (typeof pagina !== 'object' || pagina === null || !Array.isArray((pagina as { value?: unknown }).value)) {
      throw new ImportFout([{ bestand: naam, regel: null, kolom: null, waarde: null, reden: 'geen CBS OData-antwoord: het veld "value" met de rijen ontbreekt' }]);
    }
    const p = pagina as Record<string, unknown> & { value: unknown[] };
    const volgende = p['@odata.nextLink'] ?? p['odata.nextLink'];
    if (volgende && i === bestanden.length - 1) {
      throw new ImportFout([
        { bestand: naam, regel: null, kolom: 'nextLink', waarde: String(volgende), reden: 'het antwoord is niet compleet: deze pagina verwijst naar een volgende pagina; geef alle pagina’s mee (in volgorde)' },
      ]);
    }
    eerste ??= p;
    rijen.push(...p.value);
  });
  const { ['@odata.nextLink']: _a, ['odata.nextLink']: _b, ...rest } = eerste!;
  return { json: { ...rest, value: rijen }, sha256: hash.digest('hex') };
}

/** Writes rows in the contract format of `indicatoren` (§2.6): `;`, decimal comma, UTF-8. */
export function indicatorenCsv(rijen: (Omit<IndicatorRij, 'waarde'> & { waarde: number | null })[]): string {
  const cel = (s: string) => (/[";\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const regels = ['indicator;periode;gebied;dimensie;waarde;bron_datum'];
  for (const r of rijen) {
    regels.push([cel(r.indicator), r.periode, cel(r.gebied), cel(r.dimensie ?? ''), waardeTekst(r.waarde), r.bron_datum ?? ''].join(';'));
  }
  return `${regels.join('\n')}\n`;
}

/** A number as the contract reads it: decimal comma, no grouping, no exponent (1e-7 → 0,0000001). */
function waardeTekst(n: number | null): string {
  if (n === null || !Number.isFinite(n)) return '';
  return n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 }).replace('.', ',');
}

/**
 * Imports a CBS OData response (saved file(s) or a live URL) with a mapping file into the indicator
 * store. All or nothing: any problem throws ImportFout naming the row, and nothing changes.
 */
export async function importeerCbs(
  db: Db,
  respons: string | string[],
  koppelingBestand: string,
  opties: CbsImportOpties,
): Promise<CbsImportResultaat> {
  const koppelingJson = leesJson(koppelingBestand);
  const koppelingNaam = path.basename(koppelingBestand);
  let koppeling;
  try {
    koppeling = leesCbsKoppeling(koppelingJson);
  } catch (e) {
    if (e instanceof CbsImportFout) throw new ImportFout(cbsProblemen(koppelingNaam, e));
    throw e;
  }
  const bronDatum = opties.bronDatum ?? (typeof (koppelingJson as { bronDatum?: unknown }).bronDatum === 'string' ? (koppelingJson as { bronDatum: string }).bronDatum : undefined);
  if (bronDatum !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(bronDatum)) {
    throw new ImportFout([{ bestand: koppelingNaam, regel: null, kolom: 'bronDatum', waarde: bronDatum, reden: 'bronDatum moet JJJJ-MM-DD zijn' }]);
  }

  const bestanden = Array.isArray(respons) ? respons : [respons];
  let json: unknown;
  let sha256: string;
  let bronNaam: string;
  if (bestanden.length === 1 && isUrl(bestanden[0])) {
    json = await haalCbsOp(bestanden[0], opties.fetch);
    sha256 = crypto.createHash('sha256').update(JSON.stringify(json)).digest('hex');
    bronNaam = bestanden[0];
  } else {
    const r = leesRespons(bestanden);
    json = r.json;
    sha256 = r.sha256;
    bronNaam = bestanden.map((b) => path.basename(b)).join(' + ');
  }

  let omgezet;
  try {
    omgezet = cbsNaarIndicatoren(json, koppeling, { bronDatum });
  } catch (e) {
    if (e instanceof CbsImportFout) throw new ImportFout(cbsProblemen(bronNaam, e));
    throw e;
  }
  if (omgezet.rijen.length === 0) {
    throw new ImportFout([{ bestand: bronNaam, regel: null, kolom: null, waarde: null, reden: 'geen enkele rij paste bij de koppeling (controleer measure, waardeKolom en filter); er is niets geïmporteerd' }]);
  }

  const map = fs.mkdtempSync(path.join(os.tmpdir(), 'cbs-import-'));
  try {
    const csv = path.join(map, 'indicatoren.csv');
    fs.writeFileSync(csv, indicatorenCsv(omgezet.rijen));
    const resultaat = await importeer(db, csv, { door: opties.door });
    await db.transaction((tx) =>
      schrijfAudit(tx, {
        door: opties.door,
        actie: 'cbs-import',
        object_soort: 'indicatoren',
        object_id: koppeling.indicator,
        na: { bron: bronNaam, sha256, koppeling: koppelingNaam, formaat: koppeling.formaat, rijen: omgezet.rijen.length, bestanden: resultaat.bestanden },
        details: omgezet.waarschuwingen.length ? { waarschuwingen: omgezet.waarschuwingen } : undefined,
      }),
    );
    return { ...resultaat, cbsWaarschuwingen: omgezet.waarschuwingen, rijen: omgezet.rijen.length };
  } finally {
    fs.rmSync(map, { recursive: true, force: true });
  }
}

/** Contract files this upload page takes: the indicators, and the regioplan register of the regions. */
export const UPLOAD_SOORTEN = ['indicatoren', 'indicator_definities', 'regioplannen'] as const;
export type UploadSoort = (typeof UPLOAD_SOORTEN)[number];

/**
 * Imports an uploaded contract file (CSV or XLSX, recognised by its content) of the given type via the
 * contract importer. The upload is saved under the type's name so the importer recognises it.
 */
export async function importeerUpload(
  db: Db,
  soort: UploadSoort,
  upload: GeuploadBestand,
  map: string,
  door: string,
  onVoortgang?: ImportOpties['onVoortgang'],
): Promise<ImportResultaat> {
  const fd = await fs.promises.open(upload.pad, 'r');
  const begin = Buffer.alloc(2);
  await fd.read(begin, 0, 2, 0).finally(() => fd.close());
  const isXlsx = begin.toString('latin1') === 'PK';
  return importeer(db, await hernoem(upload, map, `${soort}.${isXlsx ? 'xlsx' : 'csv'}`), { door, onVoortgang });
}
