// Area values on import (docs/contract/regio_indelingen.md): `indicatoren.gebied` and
// `snelle_toetsen.regios` are checked against the region classifications stored in the database plus
// the `regio_indelingen` rows of the same import. A merged gemeente's code is converted with a warning;
// an unknown value is a problem naming the closest known names; a name that several classifications
// carry is settled per indicator by the classification its other values use (domein/regios herkenGroep).
import type { Queryable } from '../../platform/db.js';
import type { Probleem } from '../probleem.js';
import { herkenGebied, herkenGroep, maakRegioboek, type GebiedUitkomst, type Indeling, type Regioboek } from '../../domein/regios.js';
import { leesAliassen, leesHerindelingen, leesRegioIndelingenUitDb } from '../regios.js';
import type { Waarde } from './cellen.js';

type Rij = Record<string, Waarde>;

/** IZA regions are the zorgkantoorregio's (002 L10962–10988). */
export const IZA_REGIO = { indelingen: ['zorgkantoorregio'] } as const;

interface Uitgesteld {
  bestand: string;
  regel: number;
  groep: string;
  waarde: string;
}

export class Gebiedscontrole {
  private boek: Regioboek | null = null;
  /** Ambiguous names, settled per group (indicator) when the file is read. */
  private uitgesteld: Uitgesteld[] = [];
  /** The distinct values per group: a set, so a million rows cost a million set lookups, not copies. */
  private groepen = new Map<string, Set<string>>();
  /** herkenGebied per distinct value: a CBS table repeats its few hundred areas on every row. */
  private herkend = new Map<string, GebiedUitkomst>();
  /** One warning per file and value (a conversion on 500 rows is one message). */
  private gemeld = new Set<string>();

  /** Loads the classifications: stored rows plus the staged `regio_indelingen` tables of this import. */
  async laad(tx: Queryable, staging: string[]): Promise<void> {
    const rijen = await leesRegioIndelingenUitDb(tx, staging);
    this.boek = maakRegioboek(rijen, leesHerindelingen(), leesAliassen());
    this.herkend.clear();
  }

  get geladen(): boolean {
    return this.boek !== null;
  }

  private meld(bestand: string, regel: number, kolom: string, waarde: string, u: GebiedUitkomst, waarschuwingen: Probleem[], problemen: Probleem[]): boolean {
    if (u.ok) {
      const sleutel = `${bestand}|${waarde}`;
      if (u.waarschuwing && !this.gemeld.has(sleutel)) {
        this.gemeld.add(sleutel);
        waarschuwingen.push({ bestand, regel, kolom, waarde, reden: u.waarschuwing });
      }
      return true;
    }
    problemen.push({ bestand, regel, kolom, waarde, reden: u.reden });
    return false;
  }

  /** Checks and normalises `gebied` of an indicator row; codes are stored upper case, converted ones as the new code. */
  indicatorGebied(rij: Rij, bestand: string, regel: number, problemen: Probleem[], waarschuwingen: Probleem[]): boolean {
    const waarde = String(rij.gebied ?? '').trim();
    const legacyNl = /^NL0[01]$/i.test(waarde) ? 'NL' : waarde;
    let u = this.herkend.get(legacyNl);
    if (!u) this.herkend.set(legacyNl, (u = herkenGebied(this.boek!, legacyNl)));
    const groep = String(rij.indicator);
    if (!u.ok && u.kandidaten.length > 1 && !/^[A-Za-z]{2,4}\d+$/.test(waarde)) {
      // ambiguous name: decided when the whole file is known
      this.uitgesteld.push({ bestand, regel, groep, waarde });
      this.inGroep(groep, waarde);
      rij.gebied = waarde;
      return true;
    }
    if (!this.meld(bestand, regel, 'gebied', waarde, u, waarschuwingen, problemen)) return false;
    if (u.ok) {
      this.inGroep(groep, waarde);
      // a code (also a converted one) is stored as the code; a name or alias as given
      const isCode = u.gebied.code === legacyNl.toUpperCase() || u.waarschuwing !== null;
      rij.gebied = isCode ? u.gebied.code : waarde;
    }
    return true;
  }

  private inGroep(groep: string, waarde: string): void {
    const waarden = this.groepen.get(groep);
    if (waarden) waarden.add(waarde);
    else this.groepen.set(groep, new Set([waarde]));
  }

  /** Checks `regios` of a snelle toets: IZA regions (zorgkantoorregio name or code). */
  toetsRegios(rij: Rij, bestand: string, regel: number, problemen: Probleem[], waarschuwingen: Probleem[]): boolean {
    const regios = (rij.regios as string[] | null) ?? [];
    let goed = true;
    const uit: string[] = [];
    for (const r of regios) {
      const u = herkenGebied(this.boek!, r, IZA_REGIO);
      if (this.meld(bestand, regel, 'regios', r, u, waarschuwingen, problemen)) uit.push(u.ok && u.gebied.code === r.trim().toUpperCase() ? u.gebied.naam : r.trim());
      else goed = false;
    }
    if (regios.length > 0) rij.regios = uit;
    return goed;
  }

  /**
   * Checks a regioplannen row: the region must exist in its classification (code or name, stored as the
   * code); a mandaatgemeente must be a gemeente (stored as its code).
   */
  regioplan(rij: Rij, bestand: string, regel: number, problemen: Probleem[], waarschuwingen: Probleem[]): boolean {
    const indeling = String(rij.indeling) as Indeling;
    const regio = String(rij.regio_code ?? '').trim();
    const u = herkenGebied(this.boek!, regio, { indelingen: [indeling] });
    let goed = this.meld(bestand, regel, 'regio_code', regio, u, waarschuwingen, problemen);
    if (u.ok) rij.regio_code = u.gebied.code;
    if (rij.mandaatgemeente) {
      const m = String(rij.mandaatgemeente).trim();
      const g = herkenGebied(this.boek!, m, { indelingen: ['gemeente'] });
      if (this.meld(bestand, regel, 'mandaatgemeente', m, g, waarschuwingen, problemen)) {
        if (g.ok) rij.mandaatgemeente = g.gebied.code;
      } else goed = false;
    }
    return goed;
  }

  /** Settles the ambiguous names with the other values of their group; what stays ambiguous is a problem. */
  afronden(problemen: Probleem[]): void {
    const perGroep = new Map<string, Map<string, GebiedUitkomst>>();
    for (const u of this.uitgesteld) {
      if (!perGroep.has(u.groep)) perGroep.set(u.groep, herkenGroep(this.boek!, [...(this.groepen.get(u.groep) ?? [])]));
      const uitkomst = perGroep.get(u.groep)!.get(u.waarde);
      if (uitkomst && !uitkomst.ok) problemen.push({ bestand: u.bestand, regel: u.regel, kolom: 'gebied', waarde: u.waarde, reden: uitkomst.reden });
    }
    this.uitgesteld = [];
    this.groepen.clear();
    this.herkend.clear();
  }
}
