// Import of the AZWA financial file types (kaderopbouw, begrotingsafspraken, begrotingsrealisatie,
// enveloppen, enveloppe_gebruik): choose the type, upload a CSV or XLSX, get every problem in Dutch.
import type { VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import { ImportProblemen } from '../../platform/web/importproblemen.js';
import type { Gebruiker } from '../../domein/beleid.js';
import type { Probleem } from '../../kern/probleem.js';
import { Bestandsveld, Csrf, Keuzerondjes, Melding } from '../../platform/web/formulier.js';

export const AZWA_TYPEN: { naam: string; label: string }[] = [
  { naam: 'kaderopbouw', label: 'Opbouw van de kaders (Bijlage 1)' },
  { naam: 'begrotingsafspraken', label: 'Afspraken via de VWS-begroting (Bijlage 2)' },
  { naam: 'begrotingsrealisatie', label: 'Realisatie per afspraak en jaar' },
  { naam: 'enveloppen', label: 'Enveloppen met een plafond' },
  { naam: 'enveloppe_gebruik', label: 'Gebruik van de enveloppen' },
];

export interface AzwaInvoerProps {
  gebruiker: Gebruiker | null;
  csrf: string;
  resultaat?: string;
  problemen?: { bestand: string; problemen: Probleem[] };
  type?: string;
  /** A problem with the chosen file itself (none chosen, wrong kind): shown at the file field. */
  bestandFout?: string;
  /** No or an unknown file type chosen: shown at the choice of type. */
  typeFout?: string;
}

export function AzwaInvoerPagina(p: AzwaInvoerProps): VNode {
  return (
    <Pagina
      titel="AZWA-financiën importeren"
      actief="financien"
      gebruiker={p.gebruiker}
      csrf={p.csrf}
      kruimels={[{ label: 'Dashboard', href: '/' }, { label: 'Financiën', href: '/financien' }, { label: 'AZWA-financiën importeren' }]}
    >
      <h1 class="utrecht-heading-1">AZWA-financiën importeren</h1>
      <p class="utrecht-paragraph">
        Eén bestand per keer, CSV (<code>;</code> of <code>,</code>) of Excel met een werkblad met de naam van het bestandstype. De kolommen staan in{' '}
        <code>docs/contract/</code>. Een import gaat helemaal of helemaal niet door.
      </p>
      {p.resultaat ? (
        <Melding soort="ok">
          <p class="utrecht-paragraph">{p.resultaat}</p>
        </Melding>
      ) : null}
      {p.problemen ? <ImportProblemen bestand={p.problemen.bestand} problemen={p.problemen.problemen} /> : null}
      <form method="post" action={`/financien/azwa/import?_csrf=${encodeURIComponent(p.csrf)}`} enctype="multipart/form-data" class="am-formulier">
        <Csrf token={p.csrf} />
        <Keuzerondjes
          naam="bestandstype"
          label="Bestandstype"
          opties={AZWA_TYPEN.map((t) => ({ waarde: t.naam, label: <>{t.label} (<code>{t.naam}</code>)</> }))}
          gekozen={p.type ?? AZWA_TYPEN[0].naam}
          fout={p.typeFout}
        />
        <Bestandsveld naam="bestand" label="Bestand (.csv of .xlsx, hooguit 10 MB)" accept=".csv,.xlsx" fout={p.bestandFout} verplicht />
        <button class="utrecht-button utrecht-button--primary-action" type="submit">
          Importeren
        </button>
      </form>
    </Pagina>
  );
}
