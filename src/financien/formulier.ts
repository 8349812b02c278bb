// Controle van het invoerformulier "nieuwe stand": dezelfde kolomregels als de import
// (invoer/bestandstypen.ts, contract §1–2.5), met Nederlandse meldingen per veld.
import { FINANCIELE_KADERS } from '../kern/contract/bestandstypen.js';
import { leesCel } from '../kern/contract/cellen.js';
import { ontleedDatum } from '../domein/getallen.js';
import { STANDAARD_DREMPEL_DURE_GENEESMIDDELEN_PCT, formatPct, type KaderRij } from '../domein/kaders.js';

export const VELDEN = FINANCIELE_KADERS.kolommen.map((k) => k.naam);

export type Formulierwaarden = Record<string, string>;
import type { Fouten } from '../platform/web/formulier.js';
export type { Fouten };

export const LABELS: Record<string, string> = {
  jaar: 'Jaar',
  sector: 'Sector',
  stand: 'Datum van de stand',
  stand_omschrijving: 'Omschrijving van de stand',
  kwartalen_declaraties: 'Aantal kwartalen declaraties',
  kader_soort: 'Soort kader',
  uitgaven_mln: 'Uitgaven (€ mln)',
  kader_mln: 'Kader (€ mln)',
  aanspraak_buiten_zvw_mln: 'Aanspraak buiten Zvw (€ mln)',
  covid_prestaties_mln: 'Covid prestaties in de uitgaven (€ mln)',
  groei_dure_geneesmiddelen_pct: 'Groei dure geneesmiddelen (%)',
  basis_dure_geneesmiddelen_mln: 'Basis dure geneesmiddelen (€ mln)',
  balanspost_pct: 'Balanspost (%)',
  embargo_tot: 'Embargo tot',
};

function bedragReden(reden: string, veld: string): string {
  if (reden.includes('één decimaal')) return veld.endsWith('_pct') ? 'Vul een percentage in met hooguit één decimaal, bijvoorbeeld 3,2.' : 'Vul een bedrag in miljoenen in met hooguit één decimaal, bijvoorbeeld 5.563 of 259,5.';
  if (reden.includes('geen geldig getal')) return veld.endsWith('_pct') ? 'Vul een getal in, bijvoorbeeld 3,2.' : 'Vul een bedrag in miljoenen euro’s in, bijvoorbeeld 30.157 of 259,5.';
  return reden.charAt(0).toUpperCase() + reden.slice(1) + '.';
}

/** Leest en controleert het formulier. Geeft de rij en het embargo, of de fouten per veld. */
export function controleerFormulier(w: Formulierwaarden):
  | { ok: true; rij: KaderRij; embargo_tot: string | null }
  | { ok: false; fouten: Fouten } {
  const fouten: Fouten = {};
  const waarden: Record<string, unknown> = {};
  for (const kolom of FINANCIELE_KADERS.kolommen) {
    const ruw = (w[kolom.naam] ?? '').trim();
    const r = leesCel(kolom, ruw);
    if (!r.ok) {
      fouten[kolom.naam] =
        kolom.soort === 'mln' || kolom.soort === 'pct'
          ? bedragReden(r.reden, kolom.naam)
          : kolom.soort === 'datum'
            ? 'Vul een bestaande datum in (JJJJ-MM-DD), bijvoorbeeld 2025-03-31.'
            : kolom.soort === 'keuze'
              ? `Kies een van: ${kolom.keuzes?.join(', ')}.`
              : kolom.soort === 'geheel'
                ? 'Vul een geheel getal in.'
                : bedragReden(r.reden, kolom.naam);
      continue;
    }
    if (kolom.verplicht && r.waarde === null) {
      fouten[kolom.naam] = `Vul ${LABELS[kolom.naam]?.toLowerCase().replace(/ \(.*\)$/, '') ?? kolom.naam} in.`;
      continue;
    }
    waarden[kolom.naam] = r.waarde;
  }
  if (!fouten.jaar && typeof waarden.jaar === 'number' && (waarden.jaar < 2000 || waarden.jaar > 2100)) fouten.jaar = 'Vul een jaar tussen 2000 en 2100 in.';
  if (!fouten.kwartalen_declaraties && typeof waarden.kwartalen_declaraties === 'number' && (waarden.kwartalen_declaraties < 0 || waarden.kwartalen_declaraties > 40)) {
    fouten.kwartalen_declaraties = 'Vul een aantal kwartalen tussen 0 en 40 in.';
  }
  for (const veld of ['uitgaven_mln', 'kader_mln', 'aanspraak_buiten_zvw_mln', 'covid_prestaties_mln', 'basis_dure_geneesmiddelen_mln']) {
    if (!fouten[veld] && typeof waarden[veld] === 'number' && (waarden[veld] as number) < 0) fouten[veld] = 'Een bedrag kan hier niet negatief zijn.';
  }
  const groei = waarden.groei_dure_geneesmiddelen_pct;
  if (!fouten.groei_dure_geneesmiddelen_pct && typeof groei === 'number' && groei > STANDAARD_DREMPEL_DURE_GENEESMIDDELEN_PCT && waarden.basis_dure_geneesmiddelen_mln == null && !fouten.basis_dure_geneesmiddelen_mln) {
    fouten.basis_dure_geneesmiddelen_mln = `Bij een groei boven ${formatPct(STANDAARD_DREMPEL_DURE_GENEESMIDDELEN_PCT)} is het basisbedrag nodig om de correctie te berekenen.`;
  }
  if (!fouten.covid_prestaties_mln && waarden.covid_prestaties_mln != null && waarden.uitgaven_mln == null && !fouten.uitgaven_mln) {
    fouten.covid_prestaties_mln = 'Covid prestaties horen bij de uitgaven; vul eerst de uitgaven in.';
  }
  let embargo: string | null = null;
  const ruwEmbargo = (w.embargo_tot ?? '').trim();
  if (ruwEmbargo !== '') {
    const e = ontleedDatum(ruwEmbargo);
    if (!e.ok || e.waarde === null) fouten.embargo_tot = 'Vul een bestaande datum in (JJJJ-MM-DD), bijvoorbeeld 2025-06-01, of laat het veld leeg.';
    else embargo = e.waarde;
  }
  if (Object.keys(fouten).length > 0) return { ok: false, fouten };
  const n = (k: string) => (waarden[k] ?? null) as number | null;
  return {
    ok: true,
    embargo_tot: embargo,
    rij: {
      jaar: waarden.jaar as number,
      sector: waarden.sector as KaderRij['sector'],
      stand: waarden.stand as string,
      stand_omschrijving: (waarden.stand_omschrijving as string | null) ?? null,
      kwartalen_declaraties: n('kwartalen_declaraties'),
      kader_soort: waarden.kader_soort as KaderRij['kader_soort'],
      uitgaven_mln: n('uitgaven_mln'),
      kader_mln: waarden.kader_mln as number,
      aanspraak_buiten_zvw_mln: n('aanspraak_buiten_zvw_mln'),
      covid_prestaties_mln: n('covid_prestaties_mln'),
      groei_dure_geneesmiddelen_pct: n('groei_dure_geneesmiddelen_pct'),
      basis_dure_geneesmiddelen_mln: n('basis_dure_geneesmiddelen_mln'),
      balanspost_pct: n('balanspost_pct'),
    },
  };
}

/** Een bestaande rij als formulierwaarden (om een nieuwe stand op de vorige te baseren). */
export function formulierVan(rij: KaderRij): Formulierwaarden {
  const t = (v: number | string | null) => (v === null ? '' : String(v).replace('.', ','));
  return {
    jaar: String(rij.jaar),
    sector: rij.sector,
    stand: '',
    stand_omschrijving: '',
    kwartalen_declaraties: t(rij.kwartalen_declaraties),
    kader_soort: rij.kader_soort,
    uitgaven_mln: t(rij.uitgaven_mln),
    kader_mln: t(rij.kader_mln),
    aanspraak_buiten_zvw_mln: t(rij.aanspraak_buiten_zvw_mln),
    covid_prestaties_mln: t(rij.covid_prestaties_mln),
    groei_dure_geneesmiddelen_pct: t(rij.groei_dure_geneesmiddelen_pct),
    basis_dure_geneesmiddelen_mln: t(rij.basis_dure_geneesmiddelen_mln),
    balanspost_pct: t(rij.balanspost_pct),
    embargo_tot: '',
  };
}
