// Upload of a round's texts, published chart series and source documents (issue 13): the contract
// file types that until now only the CLI could import.
import type { VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import type { Gebruiker } from '../../domein/beleid.js';
import type { Probleem } from '../../kern/probleem.js';
import { ImportProblemen } from '../../platform/web/importproblemen.js';
import { Bestandsveld, Csrf, Keuzelijst, Melding } from '../../platform/web/formulier.js';

/** The file types this page imports, with the words the form uses for them. */
export const RONDE_BESTANDSTYPEN = [
  { waarde: 'rondeteksten', label: 'Teksten van een ronde' },
  { waarde: 'gepubliceerde_reeksen', label: 'Gepubliceerde reeksen (grafieken)' },
  { waarde: 'bronnen', label: 'Brondocumenten' },
] as const;

export interface ImporterenProps {
  gebruiker: Gebruiker | null;
  csrf: string;
  soort?: string;
  bestandFout?: string;
  soortFout?: string;
  resultaat?: string;
  problemen?: { bestand: string; problemen: Probleem[]; totaal?: number };
}

export function ImporterenPagina(p: ImporterenProps): VNode {
  return (
    <Pagina
      titel="Teksten en reeksen importeren"
      actief="rapportages"
      gebruiker={p.gebruiker}
      csrf={p.csrf}
      kruimels={[{ label: 'Dashboard', href: '/' }, { label: 'Rapportages', href: '/rapportages' }, { label: 'Importeren' }]}
    >
      <h1 class="utrecht-heading-1">Teksten en reeksen importeren</h1>
      <p>
        Lever de teksten van een rapportageronde, de reeksen achter de grafieken van een gepubliceerde rapportage of de lijst met brondocumenten aan als
        CSV-bestand. De import gaat in zijn geheel door of helemaal niet: bij één fout wordt niets gewijzigd. Een tekst of reeks met dezelfde ronde, sectie
        en subsectie wordt vervangen. Het rapport van een vastgestelde ronde verandert niet meer.
      </p>
      {p.resultaat ? <Melding soort="ok">{p.resultaat}</Melding> : null}
      {p.problemen ? <ImportProblemen bestand={p.problemen.bestand} problemen={p.problemen.problemen} totaal={p.problemen.totaal} /> : null}
      <form method="post" action={`/rapportages/importeren?_csrf=${encodeURIComponent(p.csrf)}`} enctype="multipart/form-data">
        <Csrf token={p.csrf} />
        <Keuzelijst
          naam="soort"
          label="Soort bestand"
          waarde={p.soort ?? ''}
          fout={p.soortFout}
          opties={[{ waarde: '', label: 'Herkennen aan de kolommen' }, ...RONDE_BESTANDSTYPEN]}
        />
        <Bestandsveld naam="bestand" label="Bestand (CSV)" accept=".csv,text/csv" fout={p.bestandFout} verplicht />
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          Importeren
        </button>
      </form>
    </Pagina>
  );
}
