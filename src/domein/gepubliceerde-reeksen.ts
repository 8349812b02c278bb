// Published aggregates (contract type `gepubliceerde_reeksen`, docs/contract/gepubliceerde_reeksen.md):
// the series a published report printed in its charts, for rounds of which the platform holds no
// records (only published totals). Every value is marked "gepubliceerd aggregaat": it is shown as
// published, never recomputed. A value that cannot be read in the source is a row without `waarde`
// and with an `opmerking` saying why; the chart prints that note instead of a made-up bar.

export const AARDEN = ['gepubliceerd aggregaat'] as const;
export type Aard = (typeof AARDEN)[number];

export interface ReeksDefinitie {
  reeks: string;
  titel: string;
  /** Chart kind the report draws (a category bar chart, a status stack per category, a time line, a map legend). */
  vorm: 'staaf' | 'stapel' | 'lijn' | 'kaart';
}

/** The series of the June 2025 report (000), in its order. */
export const REEKSEN: readonly ReeksDefinitie[] = [
  { reeks: 'acties_per_thematafel', titel: 'Voortgang afspraken per thematafel', vorm: 'stapel' },
  { reeks: 'acties_per_thematafel_labels', titel: 'Labels van de grafiek "Voortgang afspraken per thematafel" zoals gedrukt', vorm: 'stapel' },
  { reeks: 'snelle_toetsen_per_kwartaal', titel: 'Snelle toetsen per kwartaal', vorm: 'staaf' },
  { reeks: 'snelle_toetsen_per_sector', titel: 'Goed- of afgekeurde snelle toetsen per sector (kan overlap bevatten)', vorm: 'staaf' },
  { reeks: 'snelle_toetsen_per_thema', titel: "Goed- of afgekeurde snelle toetsen per thema (kan overlap bevatten)", vorm: 'staaf' },
  { reeks: 'snelle_toetsen_per_regio', titel: "Goed- of afgekeurde snelle toetsen per regio (kan overlap bevatten)", vorm: 'staaf' },
  { reeks: 'transformatieplannen_per_kwartaal', titel: 'Transformatieplannen per kwartaal', vorm: 'staaf' },
  { reeks: 'transformatiemiddelen_per_status', titel: 'Bedragen van goedgekeurde transformatieplannen per status', vorm: 'staaf' },
  { reeks: 'arbeidsmarkt_vacaturegraad', titel: 'Vacaturegraad', vorm: 'lijn' },
  { reeks: 'arbeidsmarkt_ziekteverzuim', titel: 'Ziekteverzuim', vorm: 'lijn' },
  { reeks: 'arbeidsmarkt_deeltijdfactor', titel: 'Deeltijdfactor', vorm: 'lijn' },
  { reeks: 'arbeidsmarkt_aandeel_werknemers', titel: 'Verhouding werknemers in Zorg en Welzijn', vorm: 'lijn' },
  { reeks: 'arbeidsmarkt_regeldruk', titel: 'Regeldruk', vorm: 'lijn' },
  { reeks: 'huisartsen_wachtlijst_gemeenten', titel: 'Wachtlijst huisartsenzorg per gemeente, kwartaal 1 2025', vorm: 'kaart' },
  { reeks: 'msz_wachttijden', titel: 'Wachttijden msz per regio', vorm: 'staaf' },
  { reeks: 'wlz_wachtenden', titel: 'Wachtenden langdurige zorg', vorm: 'lijn' },
  { reeks: 'ggz_wachttijden', titel: 'Wachttijden ggz per hoofddiagnosegroep', vorm: 'lijn' },
];

export interface ReeksRij {
  peildatum: string;
  reeks: string;
  volgorde: number;
  categorie: string;
  serie: string;
  periode: string;
  waarde: number | null;
  eenheid: string;
  aard: string;
  bron: string;
  opmerking: string;
}

export interface ReeksProbleem {
  kolom: keyof ReeksRij;
  waarde: string;
  reden: string;
}

const SLUG = /^[a-z0-9]+(?:_[a-z0-9]+)*$/;

/** Checks one row; empty when valid. */
export function controleerReeksRij(rij: ReeksRij): ReeksProbleem[] {
  const p: ReeksProbleem[] = [];
  if (!SLUG.test(rij.reeks)) p.push({ kolom: 'reeks', waarde: rij.reeks, reden: 'alleen kleine letters, cijfers en _ (bijv. snelle_toetsen_per_sector)' });
  if (!(AARDEN as readonly string[]).includes(rij.aard))
    p.push({ kolom: 'aard', waarde: rij.aard, reden: `verwacht ${AARDEN.map((a) => `"${a}"`).join(' of ')}` });
  if (rij.bron.trim() === '') p.push({ kolom: 'bron', waarde: '', reden: 'de bron ontbreekt (waar is dit gepubliceerd?)' });
  if (rij.waarde === null && rij.opmerking.trim() === '')
    p.push({ kolom: 'opmerking', waarde: '', reden: 'een ontbrekende waarde vraagt een opmerking die zegt waarom' });
  if (rij.waarde === null && rij.categorie === '' && rij.serie === '' && rij.periode === '' && rij.opmerking.trim() === '')
    p.push({ kolom: 'categorie', waarde: '', reden: 'een rij zonder categorie, serie, periode en waarde zegt niets' });
  return p;
}

export interface Reeks {
  reeks: string;
  titel: string;
  vorm: ReeksDefinitie['vorm'];
  eenheid: string;
  /** Rows in `volgorde`; rows without a value are kept (their category is part of the published chart). */
  rijen: ReeksRij[];
  /** True when no row of the series has a value: the chart cannot be drawn, only its note. */
  nietLeesbaar: boolean;
  /** Distinct notes of the series, for the chart's note. */
  opmerkingen: string[];
  bronnen: string[];
}

/** Groups the rows of one round into series, in the order of REEKSEN (unknown series after them). */
export function groepeerReeksen(rijen: readonly ReeksRij[]): Reeks[] {
  const perReeks = new Map<string, ReeksRij[]>();
  for (const r of rijen) perReeks.set(r.reeks, [...(perReeks.get(r.reeks) ?? []), r]);
  const rang = (r: string) => {
    const i = REEKSEN.findIndex((d) => d.reeks === r);
    return i < 0 ? REEKSEN.length : i;
  };
  return [...perReeks.keys()]
    .sort((a, b) => rang(a) - rang(b) || a.localeCompare(b))
    .map((reeks) => {
      const def = REEKSEN.find((d) => d.reeks === reeks);
      const rs = [...perReeks.get(reeks)!].sort((a, b) => a.volgorde - b.volgorde);
      return {
        reeks,
        titel: def?.titel ?? reeks,
        vorm: def?.vorm ?? 'staaf',
        eenheid: rs.find((r) => r.eenheid)?.eenheid ?? '',
        rijen: rs,
        nietLeesbaar: rs.every((r) => r.waarde === null),
        opmerkingen: [...new Set(rs.map((r) => r.opmerking.trim()).filter(Boolean))],
        bronnen: [...new Set(rs.map((r) => r.bron.trim()).filter(Boolean))],
      };
    });
}

/** The categories of a series in order, and per serie the value per category (null = not readable). */
export function reeksTabel(reeks: Reeks): { categorieen: string[]; series: { serie: string; waarden: (number | null)[] }[] } {
  const categorieen = [...new Set(reeks.rijen.map((r) => r.categorie || r.periode))];
  const namen = [...new Set(reeks.rijen.map((r) => r.serie))];
  return {
    categorieen,
    series: namen.map((serie) => ({
      serie,
      waarden: categorieen.map((c) => reeks.rijen.find((r) => r.serie === serie && (r.categorie || r.periode) === c)?.waarde ?? null),
    })),
  };
}
