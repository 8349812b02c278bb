// Every list of the actions register as a plain table (kop + rijen): the same table feeds the CSV and
// XLSX downloads, so a download holds exactly what the page lists.
import { ACTIE_STATUSSEN } from '../domein/begrippen.js';
import type { DeadlineInterpretatie } from '../domein/deadline-datum.js';
import { datum } from '../platform/formaat.js';
import { naarCsv, type Cel } from '../platform/web/grafiek.js';
import type { ActieStand, HistorieRij, Onderdeel } from './store.js';
import { TERMIJN_LABELS } from './store.js';

// exceljs is loaded on first use: it costs over a second of start-up time (issue 19)
const excel = async () => (await import('exceljs')).default;

export interface Tabel {
  titel: string;
  kop: string[];
  rijen: Cel[][];
}

export const ZONDER_STATUS = 'Zonder status';

/** "1 juli 2025 – 30 september 2025", "uiterlijk 30 september 2025", "vanaf 1 januari 2027", of de uitleg. */
export function termijnBereik(t: DeadlineInterpretatie): string {
  if (t.van && t.tot) return t.van === t.tot ? datum(t.tot) : `${datum(t.van)} – ${datum(t.tot)}`;
  if (t.tot) return `uiterlijk ${datum(t.tot)}`;
  if (t.van) return `vanaf ${datum(t.van)}`;
  if (!t.tekst.trim()) return 'geen termijn';
  return t.omschrijving || 'geen datum';
}

export function actieTabel(lijst: readonly ActieStand[], titel: string): Tabel {
  return {
    titel,
    kop: ['Code', 'Akkoord', 'Onderdeel', 'Titel', 'Trekker', 'Betrokken', 'Termijn', 'Termijn van', 'Termijn tot', 'Soort termijn', 'Stand termijn', 'Status', 'Statusdatum', 'Toelichting'],
    rijen: lijst.map((a) => [
      a.code,
      a.akkoord,
      a.onderdeel,
      a.titel,
      a.trekker,
      (a.betrokken ?? []).join('|') || null,
      a.deadline,
      a.termijn.van,
      a.termijn.tot,
      a.termijn.soort,
      TERMIJN_LABELS[a.termijnStatus],
      a.status ?? ZONDER_STATUS,
      a.status_datum,
      a.toelichting,
    ]),
  };
}

export function historieTabel(rijen: readonly HistorieRij[], titel: string): Tabel {
  return {
    titel,
    kop: ['Volgnummer', 'Code', 'Onderdeel', 'Statusdatum', 'Status', 'Toelichting', 'Door', 'Via import', 'Geregistreerd op'],
    rijen: rijen.map((r) => [
      r.volgnr,
      r.code,
      r.onderdeel,
      r.status_datum,
      r.status ?? ZONDER_STATUS,
      r.toelichting,
      r.door,
      r.import_id ? `import ${r.import_id}` : null,
      r.geregistreerd_op.slice(0, 19),
    ]),
  };
}

export interface OnderdeelTelling {
  totaal: number;
  per_status: Record<string, number>;
}

/** De telling per onderdeel zoals de kerncijfers haar geven (per_onderdeel), met "zonder status" erbij. */
export function voortgangTabel(onderdelen: readonly Pick<Onderdeel, 'code' | 'naam'>[], perOnderdeel: Record<string, OnderdeelTelling>, titel: string): Tabel {
  return {
    titel,
    kop: ['Onderdeel', 'Naam', ...ACTIE_STATUSSEN, ZONDER_STATUS, 'Totaal'],
    rijen: onderdelen.map((o) => {
      const t = perOnderdeel[o.code] ?? { totaal: 0, per_status: {} };
      const met = ACTIE_STATUSSEN.map((s) => t.per_status[s] ?? 0);
      return [o.code, o.naam, ...met, t.totaal - met.reduce((a, b) => a + b, 0), t.totaal];
    }),
  };
}

export function tabelNaarCsv(t: Tabel): string {
  return naarCsv({ kop: t.kop, rijen: t.rijen }, { bom: true });
}

export async function tabelNaarXlsx(t: Tabel, blad = 'acties'): Promise<Buffer> {
  const wb = new (await excel()).Workbook();
  wb.creator = 'Akkoordmonitor';
  const ws = wb.addWorksheet(blad.slice(0, 31));
  ws.addRow(t.kop).font = { bold: true };
  for (const r of t.rijen) ws.addRow(r.map((c) => (c === null ? null : c)));
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.columns.forEach((k, i) => {
    const langste = Math.max(t.kop[i].length, ...t.rijen.slice(0, 300).map((r) => String(r[i] ?? '').length));
    k.width = Math.min(60, Math.max(8, langste + 2));
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
