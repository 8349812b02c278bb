// Everything one regiobeeld page shows, gathered from the store and the rules of domein/regios.ts:
// the area, its gemeenten, the map, the toetsen and plans that touch it, and its indicators (own
// observations, and counts summed over its gemeenten; rates are never summed).
import type { Queryable } from '../platform/db.js';
import { kaartklassen, renderKaartSvg, type KaartLaag } from '../platform/web/kaart.js';
import { kaartGrenzen, type RegioKaartWaarden } from '../domein/regiokaart.js';
import { getal } from '../platform/formaat.js';
import { PLAN_STATUSSEN, TOETS_STATUSSEN } from '../domein/begrippen.js';
import {
  INDELING_NAMEN,
  gemeentenVanGebied,
  herkenGroep,
  raaktGebied,
  somVanGemeenten,
  telPerStatus,
  type Gebied,
  type GemeenteSom,
  type Indeling,
  type Regioboek,
} from '../domein/regios.js';
import { gebiedenPerIndicator, plannenOp, regioplannenVan, toetsenOp, waarnemingenVoor, type PlanRij, type RegioplanRegel, type ToetsRij, type Waarneming } from './store.js';
import { REGIOPLAN_INDELINGEN, regioplanStand } from '../domein/regioplannen.js';

export interface Regiobeeld {
  gebied: Gebied;
  gemeenten: { code: string; naam: string }[];
  /** SVG of the map, or null when the region has no known gemeenten (ROAZ without membership). */
  kaart: string | null;
  toetsen: ToetsRij[];
  toetsenPerStatus: [string, number][];
  plannen: PlanRij[];
  plannenPerStatus: [string, number][];
  aangevraagdEur: number;
  beschikbaarGesteldEur: number;
  /** Observations delivered for this area itself. */
  eigen: Waarneming[];
  /** Counts (eenheid `aantal`) summed over the gemeenten of the region, per indicator. */
  sommen: { indicator: string; naam: string; perPeriode: GemeenteSom[] }[];
  /** The plan register at P (IZA and ROAZ regions only; null for other classifications). */
  regioplannen: RegioplanRegel[] | null;
  /** Gemeente code → name (for the mandaatgemeente). */
  gemeenteNamen: Map<string, string>;
}

const MET_GRENZEN: Partial<Record<Indeling, KaartLaag>> = {
  gemeente: 'gemeente',
  provincie: 'provincie',
  ggdregio: 'ggdregio',
  zorgkantoorregio: 'zorgkantoorregio',
  veiligheidsregio: 'veiligheidsregio',
  arbeidsmarktregio: 'arbeidsmarktregio',
};

/** The region highlighted on its own boundary layer, or its gemeenten on the gemeente layer (ROAZ). */
function kaartVan(boek: Regioboek, g: Gebied, gemeenten: string[]): string | null {
  if (g.indeling === 'land') return null;
  const eigenLaag = MET_GRENZEN[g.indeling];
  const laag: KaartLaag = eigenLaag ?? 'gemeente';
  if (!eigenLaag && gemeenten.length === 0) return null;
  const codes = eigenLaag ? [...boek.gebieden.values()].filter((x) => x.indeling === g.indeling).map((x) => x.code) : [...gemeentenVanGebied(boek, { indeling: 'land', code: 'NL', naam: '' })];
  const binnen = new Set(eigenLaag ? [g.code] : gemeenten);
  return renderKaartSvg({
    laag,
    waarden: new Map(codes.map((c) => [c, binnen.has(c) ? 1 : 0])),
    klassen: [
      { van: 0, tot: 0, label: 'Andere gebieden', kleur: '#e3eff6' },
      { van: 1, tot: 1, label: g.naam, kleur: '#01689b' },
    ],
    formatteer: (w) => (w === 1 ? 'deze regio' : 'andere regio'),
    titel: `${g.naam} op de kaart`,
    breedte: 420,
    hoogte: 500,
    id: 'regiokaart',
  }).svg;
}

/** The choropleth of one indicator over a classification with boundaries; null for ROAZ (no boundaries). */
export function regioKaart(indicator: { code: string; naam: string; eenheid: string | null }, indeling: Indeling, w: RegioKaartWaarden): string | null {
  const laag = MET_GRENZEN[indeling];
  if (!laag) return null;
  const metWaarde = w.regios.map((r) => r.waarde).filter((x): x is number => x !== null);
  const eenheid = indicator.eenheid && indicator.eenheid !== 'aantal' ? ` ${indicator.eenheid}` : '';
  return renderKaartSvg({
    laag,
    waarden: new Map(w.regios.map((r) => [r.code, r.waarde])),
    onvolledig: new Map(w.regios.filter((r) => r.waarde !== null && r.van !== undefined && (r.metWaarde ?? 0) < r.van).map((r) => [r.code, `som van ${r.metWaarde} van ${r.van} gemeenten`])),
    klassen: kaartklassen(kaartGrenzen(indicator.code, indeling, metWaarde)),
    formatteer: (x) => `${getal(x)}${eenheid}`,
    legendaTitel: indicator.eenheid === 'aantal' ? 'Aantal' : (indicator.eenheid ?? 'Waarde'),
    titel: `${INDELING_NAMEN[indeling]}, ${w.periode}`,
    breedte: 520,
    hoogte: 620,
    id: 'indicatorkaart',
  }).svg;
}

export async function maakRegiobeeld(db: Queryable, boek: Regioboek, g: Gebied, peildatum: string, metIntern: boolean): Promise<Regiobeeld> {
  const gemeenten = gemeentenVanGebied(boek, g);
  const toetsen = metIntern ? (await toetsenOp(db, peildatum)).filter((t) => raaktGebied(boek, g, t.regios ?? [])) : [];
  const ids = new Set(toetsen.map((t) => t.id));
  const plannen = metIntern ? (await plannenOp(db, peildatum)).filter((p) => p.snelle_toets_id !== null && ids.has(p.snelle_toets_id)) : [];

  // the gebied values that mean this area, per indicator (names settled per indicator, as on import)
  const perIndicator = await gebiedenPerIndicator(db);
  const eigenWaarden = new Set<string>();
  for (const waarden of perIndicator.values()) {
    for (const [w, u] of herkenGroep(boek, waarden)) if (u.ok && u.gebied.code === g.code) eigenWaarden.add(w);
  }
  const eigen = (await waarnemingenVoor(db, [...eigenWaarden], peildatum)).filter((w) => eigenWaarden.has(w.gebied));
  const sommen: Regiobeeld['sommen'] = [];
  if (g.indeling !== 'gemeente' && gemeenten.length > 0) {
    const rijen = (await waarnemingenVoor(db, gemeenten, peildatum)).filter((w) => w.eenheid === 'aantal');
    for (const code of [...new Set(rijen.map((r) => r.indicator))].sort()) {
      const van = rijen.filter((r) => r.indicator === code);
      sommen.push({ indicator: code, naam: van[0].naam, perPeriode: somVanGemeenten(van, gemeenten) });
    }
  }
  return {
    gebied: g,
    gemeenten: gemeenten.map((c) => ({ code: c, naam: boek.gebieden.get(c)?.naam ?? c })).sort((a, b) => a.naam.localeCompare(b.naam, 'nl')),
    kaart: kaartVan(boek, g, gemeenten),
    toetsen,
    toetsenPerStatus: telPerStatus(toetsen, TOETS_STATUSSEN),
    plannen,
    plannenPerStatus: telPerStatus(plannen, PLAN_STATUSSEN),
    aangevraagdEur: plannen.reduce((s, p) => s + (p.bedrag_aangevraagd_eur ?? 0), 0),
    beschikbaarGesteldEur: plannen.reduce((s, p) => s + (p.bedrag_beschikbaar_gesteld_eur ?? 0), 0),
    eigen,
    sommen,
    regioplannen: (REGIOPLAN_INDELINGEN as readonly string[]).includes(g.indeling) ? regioplanStand(await regioplannenVan(db, g.indeling, g.code), peildatum) : null,
    gemeenteNamen: new Map([...boek.gebieden.values()].filter((x) => x.indeling === 'gemeente').map((x) => [x.code, x.naam])),
  };
}
