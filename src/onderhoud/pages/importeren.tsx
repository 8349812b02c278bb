// The shared import page (issue 14 item 5): the register files a user's role may import, each with its
// title and contract; one upload form; the result or every problem; links to the other upload pages.
import type { VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import { ImportProblemen } from '../../platform/web/importproblemen.js';
import { Bestandsveld, Csrf, FormulierFouten, Melding, Vinkjes } from '../../platform/web/formulier.js';
import type { Gebruiker } from '../../domein/beleid.js';
import type { ImportRecht } from '../../domein/importrechten.js';
import type { Probleem } from '../../kern/probleem.js';
import { getal } from '../../platform/formaat.js';

export interface ImportUitkomst {
  bestand: string;
  recht: ImportRecht;
  rijen: number;
  nieuw: number;
  gewijzigd: number;
  ongewijzigd: number;
}

export interface ImporterenProps {
  gebruiker: Gebruiker | null;
  csrf: string;
  /** The register files this user may import. */
  typen: ImportRecht[];
  /** The other upload pages this user may use. */
  andere: { titel: string; href: string }[];
  soort?: string;
  /** When the header told no single type: the types to choose from (the file is to be chosen again). */
  keuze?: ImportRecht[];
  fouten?: { soort?: string; bestand?: string };
  /** A file of a type with its own upload page: where it goes. */
  elders?: { titel: string; href: string };
  uitkomst?: { bestanden: ImportUitkomst[]; waarschuwingen: string[] };
  problemen?: { bestand: string; problemen: Probleem[]; totaal?: number };
}

const aantal = (n: number, een: string, meer: string) => `${getal(n)} ${n === 1 ? een : meer}`;

function Uitkomst({ u }: { u: NonNullable<ImporterenProps['uitkomst']> }): VNode {
  return (
    <Melding soort="ok">
      <p class="utrecht-paragraph">
        <strong>Import geslaagd.</strong>
      </p>
      <ul class="utrecht-unordered-list">
        {u.bestanden.map((b) => (
          <li class="utrecht-unordered-list__item">
            {b.bestand} ({b.recht.titel}): {aantal(b.rijen, 'regel', 'regels')} gelezen, {getal(b.nieuw)} toegevoegd, {getal(b.gewijzigd)} gewijzigd,{' '}
            {getal(b.ongewijzigd)} ongewijzigd.{' '}
            <a class="utrecht-link" href={b.recht.register.href}>
              Bekijk {b.recht.register.label.toLowerCase()}
            </a>
          </li>
        ))}
      </ul>
      {u.waarschuwingen.length ? (
        <p class="utrecht-paragraph">
          {aantal(u.waarschuwingen.length, 'waarschuwing', 'waarschuwingen')}: {u.waarschuwingen.join('; ')}.
        </p>
      ) : null}
    </Melding>
  );
}

export function ImporterenPagina(p: ImporterenProps): VNode {
  const fouten = Object.fromEntries(Object.entries(p.fouten ?? {}).filter(([, v]) => v)) as Record<string, string>;
  const opties = p.keuze
    ? p.keuze.map((t) => ({ waarde: t.type, label: t.titel }))
    : [{ waarde: '', label: 'Herkennen aan de kolommen' }, ...p.typen.map((t) => ({ waarde: t.type, label: t.titel }))];
  return (
    <Pagina
      titel="Bestanden importeren"
      actief="beheer"
      gebruiker={p.gebruiker}
      csrf={p.csrf}
      kruimels={[{ label: 'Beheer', href: '/beheer' }, { label: 'Bestanden importeren' }]}
    >
      <h1 class="utrecht-heading-1">Bestanden importeren</h1>
      <p class="utrecht-paragraph">
        Vul een register met een CSV- of Excel-bestand (XLSX) volgens het datacontract. Een import gaat in zijn geheel door of helemaal niet: bij één fout
        wordt niets gewijzigd en ziet u alle problemen tegelijk, met bestand, regel en kolom. Een regel die al bestaat wordt bijgewerkt; opnieuw hetzelfde
        bestand importeren verandert niets. Op de server kan hetzelfde met <code>npm run cli -- import &lt;bestand&gt;</code>.
      </p>
      {p.uitkomst ? <Uitkomst u={p.uitkomst} /> : null}
      {p.problemen ? <ImportProblemen bestand={p.problemen.bestand} problemen={p.problemen.problemen} totaal={p.problemen.totaal} /> : null}
      {p.elders ? (
        <Melding soort="info">
          <p class="utrecht-paragraph">
            Dit bestand hoort op een andere pagina:{' '}
            <a class="utrecht-link" href={p.elders.href}>
              {p.elders.titel}
            </a>
            .
          </p>
        </Melding>
      ) : null}
      {p.typen.length === 0 ? (
        <p class="utrecht-paragraph">Met uw rol kunt u hier geen registers importeren.</p>
      ) : (
        <>
          {Object.keys(fouten).length ? <FormulierFouten melding="Het bestand is niet geïmporteerd." velden={fouten} /> : null}
          <form method="post" action={`/importeren?_csrf=${encodeURIComponent(p.csrf)}`} enctype="multipart/form-data" class="am-formulier">
            <Csrf token={p.csrf} />
            <Vinkjes
              een
              naam="soort"
              label="Soort bestand"
              opties={opties}
              gekozen={[p.soort ?? '']}
              fout={p.fouten?.soort}
              beschrijving={p.keuze ? 'Kies de soort en kies daarna het bestand opnieuw; de browser stuurt het niet nog eens mee.' : undefined}
            />
            <Bestandsveld
              naam="bestand"
              label="Bestand (CSV of XLSX, hoogstens 20 MB)"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              fout={p.fouten?.bestand}
              beschrijving="Bij een XLSX-bestand telt de naam van elk werkblad als soort (bijvoorbeeld acties)."
              verplicht
            />
            <button type="submit" class="utrecht-button utrecht-button--primary-action">
              Importeren
            </button>
          </form>
          <h2 class="utrecht-heading-2">Wat u hier kunt importeren</h2>
          <ul class="am-kaartlijst">
            {p.typen.map((t) => (
              <li class="am-kaart">
                <h3 class="utrecht-heading-3">{t.titel}</h3>
                <p class="utrecht-paragraph">{t.omschrijving}</p>
                <p class="utrecht-paragraph">
                  <a class="utrecht-link" href={`/importeren/bestanden/${t.type}`}>
                    Kolommen en regels van het bestand
                  </a>{' '}
                  · <a class="utrecht-link" href={t.register.href}>{t.register.label}</a>
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
      {p.andere.length ? (
        <>
          <h2 class="utrecht-heading-2">Andere bestanden</h2>
          <p class="utrecht-paragraph">Deze bestanden hebben hun eigen importpagina:</p>
          <ul class="utrecht-unordered-list">
            {p.andere.map((a) => (
              <li class="utrecht-unordered-list__item">
                <a class="utrecht-link" href={a.href}>
                  {a.titel}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Pagina>
  );
}
