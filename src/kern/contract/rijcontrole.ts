// The checks of one imported row beyond its cells (contract §2): required values per record kind,
// plausible years, area codes, and the rules of the newer file types. Called by importeren.ts.
import { type Probleem } from '../probleem.js';
import { normaliseerIzaOnderdeel, type Bestandstype } from './bestandstypen.js';
import { type Waarde } from './cellen.js';
import { Gebiedscontrole } from './gebieden.js';
import { controleerRondeTekst } from '../../domein/rondeteksten.js';
import { nakijkenAzwaFinancien } from './controles-azwa.js';
import { parsePeriode } from '../../domein/perioden.js';
import { GRENZEN } from './grenzen.js';
import { controleerReeksRij } from '../../domein/gepubliceerde-reeksen.js';
import { nakijkenPlanImpactRij } from './plan-impact-controle.js';

type Rij = Record<string, Waarde>;

const MET_JAARCONTROLE = new Set(['financiele_kaders', 'kaderopbouw', 'begrotingsrealisatie', 'enveloppe_gebruik']);

/** Checks within one row that go beyond a single cell. */
export function nakijkenRij(type: Bestandstype, rij: Rij, bestand: string, regel: number, problemen: Probleem[], waarschuwingen: Probleem[], gebieden: Gebiedscontrole): boolean {
  if (type.naam === 'regio_indelingen') {
    rij.regio_code = String(rij.regio_code).trim().toUpperCase();
    if (rij.gemeente_code) rij.gemeente_code = String(rij.gemeente_code).trim().toUpperCase();
  }
  if (type.naam === 'snelle_toetsen' && !gebieden.toetsRegios(rij, bestand, regel, problemen, waarschuwingen)) return false;
  if (type.naam === 'regioplannen' && !gebieden.regioplan(rij, bestand, regel, problemen, waarschuwingen)) return false;
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
    // NL, a code of any classification or a region name (docs/contract/regio_indelingen.md)
    if (!gebieden.indicatorGebied(rij, bestand, regel, problemen, waarschuwingen)) goed = false;
    if (rij.dimensie !== null && rij.dimensie !== undefined) {
      rij.dimensie = String(rij.dimensie).split('|').map((d) => d.trim()).join('|');
    }
    if (!goed) return false;
  }
  if (type.naam === 'rondeteksten') {
    const fout = controleerRondeTekst({ sectie: String(rij.sectie), subsectie: String(rij.subsectie ?? ''), tekst: String(rij.tekst ?? '') });
    for (const f of fout) problemen.push({ bestand, regel, kolom: f.kolom, waarde: f.waarde, reden: f.reden });
    if (fout.length) return false;
  }
  if (type.naam === 'gepubliceerde_reeksen') {
    const tekstOf = (k: string) => (rij[k] === null || rij[k] === undefined ? '' : String(rij[k]));
    const fout = controleerReeksRij({
      peildatum: tekstOf('peildatum'),
      reeks: tekstOf('reeks'),
      volgorde: Number(rij.volgorde),
      categorie: tekstOf('categorie'),
      serie: tekstOf('serie'),
      periode: tekstOf('periode'),
      waarde: rij.waarde === null || rij.waarde === undefined ? null : Number(rij.waarde),
      eenheid: tekstOf('eenheid'),
      aard: tekstOf('aard'),
      bron: tekstOf('bron'),
      opmerking: tekstOf('opmerking'),
    });
    for (const f of fout) problemen.push({ bestand, regel, kolom: f.kolom, waarde: f.waarde, reden: f.reden });
    if (fout.length) return false;
  }
  if (type.naam === 'bronnen' && Number(rij.tot_regel) < Number(rij.van_regel)) {
    problemen.push({ bestand, regel, kolom: 'tot_regel', waarde: String(rij.tot_regel), reden: 'tot_regel ligt voor van_regel' });
    return false;
  }
  if (type.naam === 'kpis' && rij.resultaat && rij.resultaat !== 'open' && rij.bedrag_definitief_eur === null) {
    // allowed: a later row may bring the amount; the ledger reports it
  }
  if (type.naam === 'impact_maatregelen' && !nakijkenImpactRij(rij, bestand, regel, problemen)) return false;
  if (type.naam === 'plan_impact' && !nakijkenPlanImpactRij(rij, bestand, regel, problemen)) return false;
  if (MET_JAARCONTROLE.has(type.naam) && rij.jaar !== null && rij.jaar !== undefined && ((rij.jaar as number) < 2000 || (rij.jaar as number) > 2100)) {
    problemen.push({ bestand, regel, kolom: 'jaar', waarde: String(rij.jaar), reden: 'onwaarschijnlijk jaar' });
    return false;
  }
  return nakijkenAzwaFinancien(type, rij, bestand, regel, problemen);
}

/** What each kind of impact record needs beyond the always-required columns (docs/contract/impact_maatregelen.md). */
function nakijkenImpactRij(rij: Rij, bestand: string, regel: number, problemen: Probleem[]): boolean {
  const nodig: string[] =
    rij.soort === 'maatregel'
      ? ['cluster', 'werknemers_laag', 'werknemers_gemiddeld', 'werknemers_hoog', 'fte_laag', 'fte_gemiddeld', 'fte_hoog']
      : rij.soort === 'deeltijdfactor'
        ? ['deeltijdfactor']
        : [];
  const leeg = nodig.filter((k) => rij[k] === null || rij[k] === undefined);
  for (const k of leeg) problemen.push({ bestand, regel, kolom: k, waarde: '', reden: `verplicht bij soort "${String(rij.soort)}"` });
  const f = rij.deeltijdfactor as number | null;
  if (f !== null && f !== undefined && (f <= 0 || f > 1)) {
    problemen.push({ bestand, regel, kolom: 'deeltijdfactor', waarde: String(f).replace('.', ','), reden: 'deeltijdfactor moet groter dan 0 en hoogstens 1 zijn' });
    return false;
  }
  return leeg.length === 0;
}

/** Where the same name stands twice in the header (case and spaces ignored): the file is ambiguous. */
export function dubbeleKoppen(kop: string[], naam: string, problemen: Probleem[]): boolean {
  const eerst = new Map<string, number>();
  let dubbel = false;
  kop.forEach((k, i) => {
    if (k === '') return;
    const j = eerst.get(k);
    if (j === undefined) return void eerst.set(k, i);
    dubbel = true;
    problemen.push({ bestand: naam, regel: 1, kolom: k, waarde: null, reden: `kolom staat twee keer in de kopregel (veld ${j + 1} en ${i + 1}); laat er één staan` });
  });
  return dubbel;
}

/** A text cell the database or a page cannot take: too long, or with a NUL character. */
export function celTeLangOfNul(cel: unknown): string | null {
  if (typeof cel !== 'string') return null;
  if (cel.length > GRENZEN.celTekens) return `cel is te lang (${cel.length.toLocaleString('nl-NL')} tekens; hoogstens ${GRENZEN.celTekens.toLocaleString('nl-NL')})`;
  if (cel.includes('\0')) return 'cel bevat een NUL-teken (0x00): geen gewone tekst; sla het bestand op als CSV UTF-8';
  return null;
}
