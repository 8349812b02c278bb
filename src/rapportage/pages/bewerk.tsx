// The text editor of a round: the free texts per section and per onderdeel.
import type { VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import type { Gebruiker } from '../../domein/beleid.js';
import { datum, getal } from '../../platform/formaat.js';
import type { Onderdeel } from '../gegevens.js';
import { magTekst, onderdeelSleutel, sectieSleutel, SECTIES_MET_TOELICHTING, TEKST_SOORTEN, type Ronde, type TekstStand } from '../rondes.js';
import { Veld, Csrf } from './onderdelen.js';

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
