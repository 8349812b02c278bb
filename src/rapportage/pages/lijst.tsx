// The list of reporting rounds and published figures, with the form for a new round.
import type { ComponentChildren, VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import type { Gebruiker } from '../../domein/beleid.js';
import { mag } from '../../domein/beleid.js';
import { datum } from '../../platform/formaat.js';
import { STATUS_TEKST, Veld, Csrf } from './onderdelen.js';
import { DataTabel } from '../../platform/web/grafiekfiguur.js';

export interface LijstItem {
  peildatum: string;
  titel: string;
  status: string;
  bo_datum: string | null;
  soort: 'ronde' | 'publicatie';
}

export function RondesLijstPagina(p: {
  gebruiker: Gebruiker | null;
  csrf: string;
  items: LijstItem[];
  fouten?: Record<string, string>;
  invoer?: Record<string, string>;
}): VNode {
  const magMaken = mag(p.gebruiker, 'rondes.vaststellen');
  const f = p.fouten ?? {};
  const i = p.invoer ?? {};
  return (
    <Pagina titel="Rapportages" actief="rapportages" gebruiker={p.gebruiker} csrf={p.csrf} kruimels={[{ label: 'Dashboard', href: '/' }, { label: 'Rapportages' }]}>
      <h1 class="utrecht-heading-1">Rapportages</h1>
      <p>
        De voortgangsrapportages per peildatum: de rapportagerondes van de monitor en eerder gepubliceerde cijfers. Elke rapportage is te lezen als webpagina en
        te downloaden als PDF; de kerncijfers ook als JSON en CSV.
      </p>
      {magMaken ? (
        <p>
          <a href="/rapportages/importeren">Teksten, grafiekreeksen en brondocumenten importeren</a>
        </p>
      ) : null}
      {p.items.length === 0 ? (
        <p>Er zijn nog geen rapportages.</p>
      ) : (
        <DataTabel<ComponentChildren>
          caption="Rapportages, nieuwste eerst"
          kop={['Peildatum', 'Titel', 'Status', 'Bestuurlijk overleg', 'Downloads']}
          rijen={p.items.map((r) => [
            <a href={`/rapportages/${r.peildatum}`}>{datum(r.peildatum)}</a>,
            r.titel,
            r.soort === 'publicatie' ? 'Gepubliceerde cijfers' : STATUS_TEKST[r.status],
            r.bo_datum ? datum(r.bo_datum) : '–',
            <>
              <a href={`/rapportages/${r.peildatum}/rapport.pdf`}>PDF</a> · <a href={`/rapportages/${r.peildatum}/kerncijfers.json`}>JSON</a> ·{' '}
              <a href={`/rapportages/${r.peildatum}/kerncijfers.csv`}>CSV</a>
            </>,
          ])}
          tekst={(c) => c}
        />
      )}
      {magMaken ? (
        <section aria-labelledby="nieuw-kop">
          <h2 class="utrecht-heading-2" id="nieuw-kop">
            Nieuwe rapportageronde
          </h2>
          <form method="post" action="/rapportages" novalidate>
            <Csrf csrf={p.csrf} />
            <Veld id="peildatum" label="Peildatum" fout={f.peildatum} hint="JJJJ-MM-DD; de datum waarop de kerncijfers worden gemeten.">
              <input class="utrecht-textbox" id="peildatum" name="peildatum" type="date" value={i.peildatum ?? ''} required aria-invalid={f.peildatum ? 'true' : undefined} aria-describedby={f.peildatum ? 'peildatum-fout' : 'peildatum-hint'} />
            </Veld>
            <Veld id="bo_datum" label="Datum Bestuurlijk overleg (optioneel)" fout={f.bo_datum}>
              <input class="utrecht-textbox" id="bo_datum" name="bo_datum" type="date" value={i.bo_datum ?? ''} aria-invalid={f.bo_datum ? 'true' : undefined} aria-describedby={f.bo_datum ? 'bo_datum-fout' : undefined} />
            </Veld>
            <Veld id="titel" label="Titel" fout={f.titel} hint='Bijvoorbeeld "Q3 2025".'>
              <input class="utrecht-textbox" id="titel" name="titel" type="text" value={i.titel ?? ''} required aria-invalid={f.titel ? 'true' : undefined} aria-describedby={f.titel ? 'titel-fout' : 'titel-hint'} />
            </Veld>
            <button type="submit" class="utrecht-button utrecht-button--primary-action">
              Ronde aanmaken
            </button>
          </form>
        </section>
      ) : null}
    </Pagina>
  );
}
