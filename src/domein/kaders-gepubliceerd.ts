// A published round prints the kader table as it was published (e.g. GGZ 2024 € 259, Huisartsenzorg
// € 109), not as recomputed from its rows (€ 260 / € 110). Where the two differ, the cell shows the
// published figure and a note says what the computation from the rows above gives.
import type { KaderTabel, KaderTabelRijSoort } from './kaders-tabel.js';
import type { GepubliceerdKader } from './kaders-vergelijking.js';

const VELD: Partial<Record<KaderTabelRijSoort, keyof GepubliceerdKader>> = {
  uitgaven: 'uitgaven',
  kader: 'kader',
  aanspraak_buiten_zvw: 'aanspraak_buiten_zvw',
  verschil: 'verschil_excl_covid',
  verschil_incl_covid: 'verschil_incl_covid',
  covid_prestaties: 'covid_prestaties',
  verschil_excl_covid: 'verschil_excl_covid',
  correctie_dure_geneesmiddelen: 'correctie_dure_geneesmiddelen',
  resterend_verschil: 'resterend_verschil',
  balanspost: 'balanspost_pct',
};

export interface GedrukteKaderTabel {
  tabel: KaderTabel;
  /** Per differing cell: sector, row, published and computed value (whole millions or percent). */
  verschillen: { sector: string; nummer: number; label: string; gepubliceerd: number; berekend: number; eenheid: 'mln' | 'pct' }[];
}

/** The table with the published figures in its cells; `opmaak` writes a number as the table prints it. */
export function alsGepubliceerd(
  tabel: KaderTabel,
  gepubliceerd: readonly GepubliceerdKader[],
  opmaak: (n: number, eenheid: 'mln' | 'pct') => string,
): GedrukteKaderTabel {
  const verschillen: GedrukteKaderTabel['verschillen'] = [];
  const rijen = tabel.rijen.map((r) => {
    const veld = VELD[r.soort];
    if (!veld) return r;
    const tekst = { ...r.tekst };
    const afgerond = { ...r.afgerond };
    for (const s of tabel.kolommen) {
      const p = gepubliceerd.find((g) => g.jaar === tabel.jaar && g.sector === s)?.[veld];
      const berekend = r.afgerond[s];
      if (typeof p !== 'number' || berekend === null || p === berekend) continue;
      // an empty published cell (0) where the computation also gives nothing is not a difference
      if (p === 0 && r.tekst[s] === '') continue;
      verschillen.push({ sector: s, nummer: r.nummer, label: r.label, gepubliceerd: p, berekend, eenheid: r.eenheid });
      tekst[s] = opmaak(p, r.eenheid);
      afgerond[s] = p;
    }
    return { ...r, tekst, afgerond };
  });
  return { tabel: { ...tabel, rijen }, verschillen };
}
