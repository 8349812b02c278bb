// Regels voor de KPI's (betaalmijlpalen) van een transformatieplan: resultaat vastleggen, betaalbaar
// stellen, betalen en vrijgeven (contract §2.4; domain.md §4). Puur: stand in, wijziging of
// Nederlandse melding uit. De bedragen en het grootboek zelf komen uit domein/transformatiemiddelen.ts.
import type { Betaalstatus, KpiResultaat, Vrijgave } from '../domein/begrippen.js';

export const KPI_ACTIES = ['resultaat_vastleggen', 'betaalbaar_stellen', 'betalen', 'vrijgeven'] as const;
export type KpiActie = (typeof KPI_ACTIES)[number];

export const KPI_ACTIE_LABELS: Record<KpiActie, string> = {
  resultaat_vastleggen: 'Resultaat vastleggen',
  betaalbaar_stellen: 'Betaalbaar stellen',
  betalen: 'Betaald melden',
  vrijgeven: 'Definitief vrijgeven',
};

export interface KpiToestand {
  bedrag_eur: number | null;
  resultaat: KpiResultaat | null;
  bedrag_definitief_eur: number | null;
  betaalstatus: Betaalstatus | null;
  vrijgave: Vrijgave | null;
}

export interface KpiActieInvoer {
  resultaat?: string | null;
  bedrag_definitief_eur?: number | null;
}

export type KpiWijziging = Partial<Pick<KpiToestand, 'resultaat' | 'bedrag_definitief_eur' | 'betaalstatus' | 'vrijgave'>>;
export type KpiUitkomst = { ok: true; wijziging: KpiWijziging } | { ok: false; fout: string; veld?: string };

function nee(fout: string, veld?: string): KpiUitkomst {
  return { ok: false, fout, veld };
}

/** Past een actie toe op de stand van een KPI. Het plan moet goedgekeurd zijn; dat controleert de aanroeper. */
export function kpiOvergang(stand: KpiToestand, actie: KpiActie, invoer: KpiActieInvoer = {}): KpiUitkomst {
  const resultaat = stand.resultaat ?? 'open';
  const betaalstatus = stand.betaalstatus ?? 'open';
  switch (actie) {
    case 'resultaat_vastleggen': {
      if (resultaat !== 'open') return nee(`Het resultaat is al vastgelegd ('${resultaat}').`);
      const bedrag = stand.bedrag_eur;
      if (bedrag === null) return nee('Deze KPI heeft geen bedrag; leg eerst het KPI-bedrag vast.');
      const nieuw = invoer.resultaat;
      if (nieuw === 'behaald') {
        if (invoer.bedrag_definitief_eur != null && invoer.bedrag_definitief_eur !== bedrag) {
          return nee('Bij een behaalde KPI is het definitieve bedrag gelijk aan het KPI-bedrag; kies anders "deels behaald".', 'bedrag_definitief_eur');
        }
        return { ok: true, wijziging: { resultaat: 'behaald', bedrag_definitief_eur: bedrag } };
      }
      if (nieuw === 'deels behaald') {
        const d = invoer.bedrag_definitief_eur;
        if (d == null || !Number.isSafeInteger(d) || d <= 0 || d >= bedrag) {
          return nee(`Vul bij "deels behaald" het definitieve bedrag in: hele euro's, meer dan € 0 en minder dan het KPI-bedrag.`, 'bedrag_definitief_eur');
        }
        // het niet uitgekeerde deel wacht op vrijgave (contract §3, nog_vrij_te_geven)
        return { ok: true, wijziging: { resultaat: 'deels behaald', bedrag_definitief_eur: d, vrijgave: 'nog vrij te geven' } };
      }
      if (nieuw === 'niet behaald') {
        return { ok: true, wijziging: { resultaat: 'niet behaald', bedrag_definitief_eur: 0, vrijgave: 'nog vrij te geven' } };
      }
      return nee('Kies het resultaat: behaald, deels behaald of niet behaald.', 'resultaat');
    }
    case 'betaalbaar_stellen':
      if (resultaat !== 'behaald' && resultaat !== 'deels behaald') {
        return nee('Alleen een behaalde of deels behaalde KPI kan betaalbaar worden gesteld.');
      }
      if (betaalstatus !== 'open') return nee(`Deze KPI is al ${betaalstatus}.`);
      return { ok: true, wijziging: { betaalstatus: 'betaalbaar gesteld' } };
    case 'betalen':
      if (betaalstatus !== 'betaalbaar gesteld') return nee('Alleen een betaalbaar gestelde KPI kan als betaald worden gemeld.');
      return { ok: true, wijziging: { betaalstatus: 'betaald' } };
    case 'vrijgeven':
      if (stand.vrijgave !== 'nog vrij te geven') return nee('Er is bij deze KPI geen bedrag dat nog vrij te geven is.');
      return { ok: true, wijziging: { vrijgave: 'definitief vrijgegeven' } };
  }
}

/** Acties die bij deze stand kunnen (voor knoppen); wat in het formulier komt, telt niet mee. */
export function toegestaneKpiActies(stand: KpiToestand): KpiActie[] {
  return KPI_ACTIES.filter((a) => {
    if (a === 'resultaat_vastleggen') return (stand.resultaat ?? 'open') === 'open' && stand.bedrag_eur !== null;
    return kpiOvergang(stand, a).ok;
  });
}
