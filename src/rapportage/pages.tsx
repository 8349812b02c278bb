// Pages of the reporting rounds: list, round page with the report inline, text editor, comparison.
// Server-rendered, no JavaScript needed; forms post and show errors next to the field.
import type { VNode } from 'preact';
import { Pagina } from '../platform/web/pagina.js';
import type { Gebruiker } from '../domein/beleid.js';
import { mag } from '../domein/beleid.js';
import { datum, getal } from '../platform/formaat.js';
import { RAPPORT_CSS, RapportInhoud, VergelijkingInhoud } from './rapport.js';
import type { RapportGegevens, Onderdeel } from './gegevens.js';
import { magTekst, onderdeelSleutel, sectieSleutel, SECTIES_MET_TOELICHTING, TEKST_SOORTEN, type Ronde, type TekstStand } from './rondes.js';

const STATUS_TEKST: Record<string, string> = { open: 'Open (concept)', vastgesteld: 'Vastgesteld', gepubliceerd: 'Gepubliceerd' };

function Veld(p: { id: string; label: string; fout?: string; hint?: string; children: VNode }): VNode {
  return (
    <div class={`utrecht-form-field${p.fout ? ' utrecht-form-field--invalid' : ''}`}>
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={p.id}>
          {p.label}
        </label>
      </div>
      {p.hint ? (
        <div class="utrecht-form-field__description" id={`${p.id}-hint`}>
          {p.hint}
        </div>
      ) : null}
      {p.fout ? (
        <p class="utrecht-form-field-error-message" id={`${p.id}-fout`} role="alert">
          {p.fout}
        </p>
      ) : null}
      <div class="utrecht-form-field__input">{p.children}</div>
    </div>
  );
}

function Csrf({ csrf }: { csrf: string }): VNode | null {
  return csrf ? <input type="hidden" name="_csrf" value={csrf} /> : null;
}

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
      {p.items.length === 0 ? (
        <p>Er zijn nog geen rapportages.</p>
      ) : (
        <table class="utrecht-table">
          <caption class="utrecht-table__caption">Rapportages, nieuwste eerst</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th scope="col" class="utrecht-table__header-cell">
                Peildatum
              </th>
              <th scope="col" class="utrecht-table__header-cell">
                Titel
              </th>
              <th scope="col" class="utrecht-table__header-cell">
                Status
              </th>
              <th scope="col" class="utrecht-table__header-cell">
                Bestuurlijk overleg
              </th>
              <th scope="col" class="utrecht-table__header-cell">
                Downloads
              </th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {p.items.map((r) => (
              <tr class="utrecht-table__row">
                <th scope="row" class="utrecht-table__header-cell">
                  <a href={`/rapportages/${r.peildatum}`}>{datum(r.peildatum)}</a>
                </th>
                <td class="utrecht-table__cell">{r.titel}</td>
                <td class="utrecht-table__cell">{r.soort === 'publicatie' ? 'Gepubliceerde cijfers' : STATUS_TEKST[r.status]}</td>
                <td class="utrecht-table__cell">{r.bo_datum ? datum(r.bo_datum) : '–'}</td>
                <td class="utrecht-table__cell">
                  <a href={`/rapportages/${r.peildatum}/rapport.pdf`}>PDF</a> · <a href={`/rapportages/${r.peildatum}/kerncijfers.json`}>JSON</a> ·{' '}
                  <a href={`/rapportages/${r.peildatum}/kerncijfers.csv`}>CSV</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
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

export function RondePagina(p: {
  gebruiker: Gebruiker | null;
  csrf: string;
  gegevens: RapportGegevens;
  ronde: Ronde | null;
  heeftPublicatie: boolean;
  melding?: string;
  fout?: string;
}): VNode {
  const { ronde, gegevens: g } = p;
  const kanRedigeren = ronde?.status === 'open' && mag(p.gebruiker, 'rondes.redigeren');
  const kanVaststellen = ronde?.status === 'open' && mag(p.gebruiker, 'rondes.vaststellen');
  const kanPubliceren = ronde?.status === 'vastgesteld' && mag(p.gebruiker, 'rondes.vaststellen');
  const basis = `/rapportages/${g.peildatum}`;
  return (
    <Pagina
      titel={`${g.titel}, peildatum ${datum(g.peildatum)}`}
      actief="rapportages"
      gebruiker={p.gebruiker}
      csrf={p.csrf}
      kruimels={[{ label: 'Dashboard', href: '/' }, { label: 'Rapportages', href: '/rapportages' }, { label: datum(g.peildatum) }]}
    >
      <style dangerouslySetInnerHTML={{ __html: RAPPORT_CSS }} />
      <div class="am-rondekop">
        <p>
          {ronde ? (
            <>
              Rapportageronde <strong>{ronde.titel}</strong>: {STATUS_TEKST[ronde.status]}
              {ronde.status === 'open' ? ' (de rapportage hieronder is een voorbeeld met de concepten)' : ''}.
            </>
          ) : (
            <>Er is geen rapportageronde voor deze peildatum; de rapportage rust op {g.cijfers_herkomst.soort === 'snapshot' ? 'de gepubliceerde cijfers' : 'de cijfers berekend uit de gegevens'}.</>
          )}
        </p>
        {p.melding ? (
          <p class="utrecht-alert utrecht-alert--ok" role="status">
            {p.melding}
          </p>
        ) : null}
        {p.fout ? (
          <p class="utrecht-alert utrecht-alert--error" role="alert">
            {p.fout}
          </p>
        ) : null}
        <ul class="am-acties">
          <li>
            <a href={`${basis}/rapport.pdf`}>Download als PDF</a>
          </li>
          <li>
            <a href={`${basis}/rapport.html`}>Losse HTML-versie</a>
          </li>
          <li>
            <a href={`${basis}/kerncijfers.json`}>Kerncijfers (JSON)</a>
          </li>
          <li>
            <a href={`${basis}/kerncijfers.csv`}>Kerncijfers (CSV)</a>
          </li>
          <li>
            <a href={`${basis}/vergelijking`}>Wat is er veranderd</a>
          </li>
          {kanRedigeren ? (
            <li>
              <a href={`${basis}/bewerken`}>Teksten schrijven</a>
            </li>
          ) : null}
        </ul>
        {kanVaststellen && ronde ? (
          <form method="post" action={`${basis}/vaststellen`} class="am-formulier">
            <Csrf csrf={p.csrf} />
            <input type="hidden" name="versie" value={String(ronde.versie)} />
            <fieldset class="utrecht-form-fieldset">
              <legend class="utrecht-form-fieldset__legend">Ronde vaststellen</legend>
              <p>
                Vaststellen bevriest de kerncijfers (als snapshot) en de teksten. Latere wijzigingen in de gegevens veranderen deze rapportage daarna niet meer.
              </p>
              {p.heeftPublicatie ? (
                <div class="utrecht-form-field">
                  <p class="utrecht-form-label">Welke kerncijfers?</p>
                  <label>
                    <input type="radio" name="cijfers" value="gepubliceerd" checked /> De gepubliceerde cijfers van deze peildatum overnemen
                  </label>
                  <br />
                  <label>
                    <input type="radio" name="cijfers" value="berekend" /> Berekenen uit de gegevens op de peildatum (wordt een correctie op de publicatie)
                  </label>
                </div>
              ) : (
                <input type="hidden" name="cijfers" value="berekend" />
              )}
              <button type="submit" class="utrecht-button utrecht-button--primary-action">
                Vaststellen
              </button>
            </fieldset>
          </form>
        ) : null}
        {kanPubliceren && ronde ? (
          <form method="post" action={`${basis}/publiceren`} class="am-formulier">
            <Csrf csrf={p.csrf} />
            <input type="hidden" name="versie" value={String(ronde.versie)} />
            <p>Publiceren maakt de vastgestelde rapportage openbaar (ook voor bezoekers die niet zijn ingelogd).</p>
            <button type="submit" class="utrecht-button utrecht-button--primary-action">
              Publiceren
            </button>
          </form>
        ) : null}
      </div>
      <RapportInhoud g={g} modus="html" />
    </Pagina>
  );
}

export function VergelijkingPagina(p: { gebruiker: Gebruiker | null; csrf: string; gegevens: RapportGegevens }): VNode {
  const g = p.gegevens;
  return (
    <Pagina
      titel={`Wat is er veranderd, peildatum ${datum(g.peildatum)}`}
      actief="rapportages"
      gebruiker={p.gebruiker}
      csrf={p.csrf}
      kruimels={[{ label: 'Dashboard', href: '/' }, { label: 'Rapportages', href: '/rapportages' }, { label: datum(g.peildatum), href: `/rapportages/${g.peildatum}` }, { label: 'Wat is er veranderd' }]}
    >
      <style dangerouslySetInnerHTML={{ __html: RAPPORT_CSS }} />
      <div class="rapport">
        <h1 class="utrecht-heading-1">Wat is er veranderd sinds de vorige rapportage</h1>
        <p>
          {g.titel}, peildatum {datum(g.peildatum)}.
        </p>
        <VergelijkingInhoud g={g} />
      </div>
    </Pagina>
  );
}

export interface TekstVeld {
  sleutel: string;
  label: string;
  hint: string;
}

/** The text fields of a round a user may see in the editor (filtered to one onderdeel with ?onderdeel=). */
export function tekstVelden(onderdelen: Onderdeel[], gebruiker: Gebruiker | null, onderdeel?: string): { groep: string; velden: TekstVeld[] }[] {
  const groepen: { groep: string; velden: TekstVeld[] }[] = [];
  const HINT_LIJST = 'Eén punt per regel.';
  if (!onderdeel) {
    groepen.push({ groep: 'Noemenswaardig', velden: [{ sleutel: 'noemenswaardig', label: 'Noemenswaardige punten van deze ronde', hint: HINT_LIJST }] });
    groepen.push({
      groep: 'Toelichting per hoofdstuk',
      velden: SECTIES_MET_TOELICHTING.map((s) => ({ sleutel: sectieSleutel(s), label: `Toelichting bij ${s.replace(/_/g, ' ')}`, hint: 'Alinea’s scheiden met een lege regel.' })),
    });
  }
  const lijst = onderdelen.filter((o) => (onderdeel ? o.code === onderdeel : o.akkoord === 'IZA' || gebruiker?.onderdelen.includes(o.code)));
  for (const o of lijst) {
    groepen.push({
      groep: `Onderdeel ${o.code}. ${o.naam}`,
      velden: TEKST_SOORTEN.map((s) => ({
        sleutel: onderdeelSleutel(o.code, s),
        label: s === 'voortgang' ? 'Voortgang (vrije tekst)' : s === 'mijlpalen' ? 'Behaalde mijlpalen' : 'Aandachtspunten voor de komende tijd',
        hint: s === 'voortgang' ? 'Alinea’s scheiden met een lege regel.' : HINT_LIJST,
      })),
    });
  }
  return groepen
    .map((g) => ({ ...g, velden: g.velden.filter((v) => magTekst(gebruiker, v.sleutel)) }))
    .filter((g) => g.velden.length > 0);
}

const veldId = (s: string) => `t-${s.replace(/[^A-Za-z0-9]/g, '-')}`;

export function BewerkPagina(p: {
  gebruiker: Gebruiker | null;
  csrf: string;
  ronde: Ronde;
  onderdelen: Onderdeel[];
  teksten: Map<string, TekstStand>;
  onderdeel?: string;
  /** Values from a refused post (shown again), with their versions. */
  invoer?: Record<string, { tekst: string; versie: number }>;
  fouten?: Record<string, string>;
  melding?: string;
}): VNode {
  const groepen = tekstVelden(p.onderdelen, p.gebruiker, p.onderdeel);
  const basis = `/rapportages/${p.ronde.peildatum}`;
  const azwa = p.onderdelen.filter((o) => o.akkoord === 'AZWA' && !p.gebruiker?.onderdelen.includes(o.code));
  const redactie = !!p.gebruiker && (p.gebruiker.rollen.includes('vws-redactie') || p.gebruiker.rollen.includes('beheerder'));
  const fouten = p.fouten ?? {};
  return (
    <Pagina
      titel={`Teksten ${p.ronde.titel}`}
      actief="rapportages"
      gebruiker={p.gebruiker}
      csrf={p.csrf}
      kruimels={[{ label: 'Dashboard', href: '/' }, { label: 'Rapportages', href: '/rapportages' }, { label: datum(p.ronde.peildatum), href: basis }, { label: 'Teksten' }]}
    >
      <h1 class="utrecht-heading-1">Teksten van rapportageronde {p.ronde.titel}</h1>
      <p>
        Peildatum {datum(p.ronde.peildatum)}. Zolang de ronde open is, zijn dit concepten: elke opslag bewaart een nieuwe versie. Bekijk het resultaat op de{' '}
        <a href={basis}>pagina van de ronde</a>.
      </p>
      {p.melding ? (
        <p class="utrecht-alert utrecht-alert--ok" role="status">
          {p.melding}
        </p>
      ) : null}
      {Object.keys(fouten).length > 0 ? (
        <div class="utrecht-alert utrecht-alert--error" role="alert">
          <p>Er is niets opgeslagen:</p>
          <ul>
            {Object.entries(fouten).map(([s, m]) => (
              <li>
                <a href={`#${veldId(s)}`}>{m}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {groepen.length === 0 ? <p>U heeft geen teksten in deze ronde om te schrijven.</p> : null}
      <form method="post" action={`${basis}/teksten${p.onderdeel ? `?onderdeel=${encodeURIComponent(p.onderdeel)}` : ''}`}>
        <Csrf csrf={p.csrf} />
        {groepen.map((g) => (
          <fieldset class="utrecht-form-fieldset am-tekstgroep">
            <legend class="utrecht-form-fieldset__legend">{g.groep}</legend>
            {g.velden.map((v) => {
              const h = p.teksten.get(v.sleutel);
              const ingevuld = p.invoer?.[v.sleutel];
              const id = veldId(v.sleutel);
              const fout = fouten[v.sleutel];
              return (
                <Veld id={id} label={v.label} fout={fout} hint={`${v.hint}${h ? ` Versie ${getal(h.versie)}, laatst gewijzigd door ${h.gewijzigd_door}.` : ''}`}>
                  <>
                    <textarea class="utrecht-textarea" id={id} name={`tekst:${v.sleutel}`} rows={v.sleutel.endsWith(':voortgang') || v.sleutel.startsWith('sectie:') ? 6 : 4} cols={100} aria-invalid={fout ? 'true' : undefined} aria-describedby={fout ? `${id}-fout` : `${id}-hint`}>
                      {ingevuld?.tekst ?? h?.tekst ?? ''}
                    </textarea>
                    <input type="hidden" name={`versie:${v.sleutel}`} value={String(ingevuld?.versie ?? h?.versie ?? 0)} />
                  </>
                </Veld>
              );
            })}
          </fieldset>
        ))}
        {groepen.length > 0 ? (
          <button type="submit" class="utrecht-button utrecht-button--primary-action">
            Concept opslaan
          </button>
        ) : null}
      </form>
      {redactie && !p.onderdeel && azwa.length > 0 ? (
        <nav aria-labelledby="azwa-kop">
          <h2 class="utrecht-heading-2" id="azwa-kop">
            Teksten per AZWA-afspraak
          </h2>
          <ul class="am-kolommen">
            {azwa.map((o) => (
              <li>
                <a href={`${basis}/bewerken?onderdeel=${encodeURIComponent(o.code)}`}>
                  {o.code}. {o.naam}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </Pagina>
  );
}
