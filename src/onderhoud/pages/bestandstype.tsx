// The contract of one register file, read from its descriptor (kern/contract/bestandstypen.ts), so the
// page the import links to always says what the importer checks: columns, kinds, required, values, key.
import type { VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import type { Gebruiker } from '../../domein/beleid.js';
import type { ImportRecht } from '../../domein/importrechten.js';
import type { Bestandstype, Kolom, KolomSoort } from '../../kern/contract/bestandstypen.js';

const SOORT: Record<KolomSoort, string> = {
  tekst: 'tekst',
  lijst: 'lijst, waarden gescheiden door |',
  datum: 'datum (JJJJ-MM-DD of DD-MM-JJJJ)',
  eur: 'bedrag in euro',
  mln: 'bedrag in miljoenen euro',
  pct: 'percentage',
  geheel: 'geheel getal',
  getal: 'getal (komma als decimaalteken)',
  keuze: 'één waarde uit de lijst',
  janee: 'ja of nee',
};

function verplicht(k: Kolom): string {
  if (k.verplicht) return 'verplicht op elke regel';
  if (k.verplichtPerItem) return 'verplicht op minstens één regel per item';
  return 'niet verplicht';
}

export function BestandstypePagina(p: { gebruiker: Gebruiker | null; csrf: string; recht: ImportRecht; type: Bestandstype }): VNode {
  const { recht, type } = p;
  return (
    <Pagina
      titel={recht.titel}
      actief="beheer"
      gebruiker={p.gebruiker}
      csrf={p.csrf}
      kruimels={[{ label: 'Beheer', href: '/beheer' }, { label: 'Bestanden importeren', href: '/importeren' }, { label: recht.titel }]}
    >
      <h1 class="utrecht-heading-1">{recht.titel}</h1>
      <p class="utrecht-paragraph">{recht.omschrijving}</p>
      <p class="utrecht-paragraph">
        Bestandstype <code>{type.naam}</code>: een CSV-bestand (scheidingsteken <code>;</code> of <code>,</code>, UTF-8) met deze kolommen, of een
        Excel-werkmap (XLSX) met een werkblad <code>{type.naam}</code>. Hoofdletters in de kopregel maken niet uit; een onbekende kolom wordt overgeslagen
        met een waarschuwing. De volledige beschrijving staat in het {recht.contract}.
      </p>
      <p class="utrecht-paragraph">
        {type.eventlog
          ? `Elke regel is een gebeurtenis: een nieuwe status of wijziging op status_datum. Een regel met dezelfde ${type.sleutel.join(', ')} vervangt de eerdere; de nieuwste regel per ${type.item.join(' en ')} is de stand.`
          : `Eén regel per ${type.sleutel.join(' + ')}; een nieuwe import met dezelfde sleutel vervangt de vorige waarden.`}
      </p>
      {/* a list, not a table: it reads the same on a phone */}
      <h2 class="utrecht-heading-2">Kolommen</h2>
      <dl class="am-kolommen">
        {type.kolommen.map((k) => (
          <>
            <dt>
              <code>{k.naam}</code>
            </dt>
            <dd>
              {SOORT[k.soort]}; {verplicht(k)}
              {(k.keuzes ?? k.lijstKeuzes)?.length ? `; toegestaan: ${(k.keuzes ?? k.lijstKeuzes)!.join(', ')}` : ''}.
            </dd>
          </>
        ))}
      </dl>
      <h2 class="utrecht-heading-2">Kopregel</h2>
      <p class="utrecht-paragraph">
        <code class="am-token">{type.kolommen.map((k) => k.naam).join(';')}</code>
      </p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/importeren">
          Naar bestanden importeren
        </a>
      </p>
    </Pagina>
  );
}
