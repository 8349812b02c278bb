// Export van de kadertabellen zoals gedrukt: CSV (Nederlandse Excel: `;`, decimale komma) en XLSX
// (één werkblad per jaar, met de toelichting eronder).
import type { KaderTabel } from '../domein/kaders-tabel.js';
import { naarCsv, type Cel, type GrafiekTabel } from '../platform/web/grafiek.js';

// exceljs is loaded on first use: it costs over a second of start-up time (issue 19)
const excel = async () => (await import('exceljs')).default;

/** Alle tabellen onder elkaar als één tabel: jaar, regelnummer, omschrijving, een kolom per sector. */
export function tabellenAlsTabel(tabellen: readonly KaderTabel[]): GrafiekTabel {
  const sectoren = [...new Set(tabellen.flatMap((t) => t.kolommen))];
  const rijen: Cel[][] = [];
  for (const t of tabellen) {
    for (const r of t.rijen) {
      rijen.push([t.jaar, r.nummer, r.label, r.eenheid === 'pct' ? '%' : '€ mln', ...sectoren.map((s) => (t.kolommen.includes(s) ? r.afgerond[s] : null))]);
    }
  }
  return { titel: 'Financiële kaders', kop: ['Jaar', 'Regel', 'Omschrijving', 'Eenheid', ...sectoren], rijen };
}

export function tabellenCsv(tabellen: readonly KaderTabel[]): string {
  return naarCsv(tabellenAlsTabel(tabellen), { bom: true });
}

export async function tabellenXlsx(tabellen: readonly KaderTabel[], omschrijving: string): Promise<Buffer> {
  const wb = new (await excel()).Workbook();
  wb.creator = 'Akkoordmonitor';
  wb.title = 'Financiële kaders';
  wb.description = omschrijving;
  for (const t of tabellen) {
    const ws = wb.addWorksheet(t.titel.slice(0, 31));
    ws.addRow([`Financiële kaders – ${t.titel}`]).font = { bold: true, size: 14 };
    if (t.inleiding) ws.addRow([t.inleiding]);
    ws.addRow([omschrijving]);
    ws.addRow([]);
    const kop = ws.addRow(['Regel', 'Omschrijving', ...t.kolommen]);
    kop.font = { bold: true };
    for (const r of t.rijen) {
      const rij = ws.addRow([r.nummer, r.label, ...t.kolommen.map((s) => r.afgerond[s])]);
      for (let i = 0; i < t.kolommen.length; i++) {
        rij.getCell(3 + i).numFmt = r.eenheid === 'pct' ? '0"%"' : '"€" #,##0;"€" -#,##0';
      }
    }
    ws.addRow([]);
    ws.addRow(['Toelichting tabel']).font = { bold: true };
    for (const v of t.voetnoten) ws.addRow([v.nummer, v.tekst]);
    ws.getColumn(1).width = 8;
    ws.getColumn(2).width = 48;
    for (let i = 0; i < t.kolommen.length; i++) ws.getColumn(3 + i).width = 16;
  }
  if (tabellen.length === 0) wb.addWorksheet('Geen gegevens').addRow(['Er zijn geen financiële kaders op deze peildatum.']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
