// The actions overview: progress per thematafel and AZWA block, overdue and upcoming actions.
import type { VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import { ACTIE_STATUSSEN } from '../../domein/begrippen.js';
import { datum, getal } from '../../platform/formaat.js';
import { GrafiekFiguur } from '../../platform/web/grafiekfiguur.js';
import { type ActieStand } from '../store.js';
import { type OnderdeelTelling } from '../lijsten.js';
import { type Basis, qs, Kop, P, Termijn, PeildatumKiezer, Downloads, voortgangInvoer, voortgangOptie, ActieTabel, onderdeelHref, kruimelsBasis } from './onderdelen.js';

export interface OverzichtProps extends Basis {
  iza: { rijen: { label: string; code: string; telling: OnderdeelTelling }[]; totaal: number };
  azwa: { blokken: { label: string; code: string; telling: OnderdeelTelling }[]; totaal: number };
  totaal: { totaal: number; per_status: Record<string, number>; zonder_status: number; afgerond_sinds_vorige: number | null };
  sinds: string | null;
  verlopen: ActieStand[];
  binnenkort: ActieStand[];
  gepubliceerd: { bron: string; totaal: number | null; per_status: Record<string, number> | null; afgerond_sinds_vorige: number | null } | null;
  magNieuw: boolean;
}

export function OverzichtPagina(p: OverzichtProps): VNode {
  const P_ = p.peildatum;
  const izaInvoer = voortgangInvoer('Voortgang afspraken per thematafel', p.iza.rijen);
  const azwaInvoer = voortgangInvoer('Voortgang AZWA-afspraken per blok', p.azwa.blokken);
  return (
    <Pagina titel="Acties: voortgang per thematafel" actief="acties" kruimels={[kruimelsBasis[0], { label: 'Acties' }]} gebruiker={p.gebruiker} csrf={p.csrf}>
      <Kop niveau={1}>Voortgang afspraken per thematafel</Kop>
      <PeildatumKiezer basis={p} actie="/acties" />
      {P_ === null ? null : (
        <>
          <div class="am-callout" role="note">
            <p class="utrecht-paragraph">
              <strong>
                {p.totaal.afgerond_sinds_vorige === null
                  ? 'Geen vorige peildatum'
                  : `${getal(p.totaal.afgerond_sinds_vorige)} ${p.totaal.afgerond_sinds_vorige === 1 ? 'actie' : 'acties'} afgerond sinds vorige peildatum`}
              </strong>
              {p.sinds ? ` (${datum(p.sinds)})` : ': er is geen vastgestelde rapportageronde vóór deze peildatum.'}
            </p>
            <p class="utrecht-paragraph">
              In totaal {getal(p.totaal.totaal)} acties: {ACTIE_STATUSSEN.map((s) => `${getal(p.totaal.per_status[s] ?? 0)} ${s.toLowerCase()}`).join(', ')} en{' '}
              {getal(p.totaal.zonder_status)} zonder status. Deze cijfers zijn gelijk aan{' '}
              <a class="utrecht-link" href={`/api/v1/kerncijfers${qs({ peildatum: P_, bron: 'berekend', sinds: p.sinds ?? undefined })}`}>
                de kerncijfers-API
              </a>{' '}
              voor dezelfde peildatum.
            </p>
          </div>
          {p.gepubliceerd ? (
            <div class="am-melding" role="note">
              <p class="utrecht-paragraph">
                Voor deze peildatum zijn vastgestelde kerncijfers gepubliceerd ({p.gepubliceerd.bron}):{' '}
                {p.gepubliceerd.totaal !== null ? `${getal(p.gepubliceerd.totaal)} acties` : 'geen totaal'}
                {p.gepubliceerd.per_status ? ` (${ACTIE_STATUSSEN.map((s) => `${getal(p.gepubliceerd!.per_status![s] ?? 0)} ${s.toLowerCase()}`).join(', ')})` : ''}
                {p.gepubliceerd.afgerond_sinds_vorige !== null ? `, waarvan ${getal(p.gepubliceerd.afgerond_sinds_vorige)} afgerond sinds de vorige peildatum` : ''}. De
                grafieken hieronder tellen de acties die in het register staan.
              </p>
            </div>
          ) : null}
          <section aria-labelledby="iza-kop">
            <Kop id="iza-kop">IZA: {getal(p.iza.totaal)} acties in 10 thematafels</Kop>
            {p.iza.totaal === 0 ? <P>Er staan op deze peildatum nog geen IZA-acties in het register. Ze komen binnen via een import of het formulier voor een nieuwe actie.</P> : null}
            <GrafiekFiguur id="grafiek-iza" invoer={izaInvoer} optie={voortgangOptie(izaInvoer)} csv={`/acties/voortgang.csv${qs({ peildatum: P_, akkoord: 'IZA' })}`} breedte={960} hoogte={460} />
            <ul class="utrecht-unordered-list am-kolommen">
              {p.iza.rijen.map((r) => (
                <li>
                  <a class="utrecht-link" href={onderdeelHref('IZA', r.code, P_)}>
                    {r.label}
                  </a>{' '}
                  ({getal(r.telling.totaal)})
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="azwa-kop">
            <Kop id="azwa-kop">AZWA: {getal(p.azwa.totaal)} deelafspraken in 5 blokken</Kop>
            <GrafiekFiguur id="grafiek-azwa" invoer={azwaInvoer} optie={voortgangOptie(azwaInvoer)} csv={`/acties/voortgang.csv${qs({ peildatum: P_, akkoord: 'AZWA' })}`} breedte={960} hoogte={320} />
            <P>
              <a class="utrecht-link" href={`/acties/azwa${qs({ peildatum: P_ })}`}>
                Alle AZWA-afspraken (A1 tot en met E6)
              </a>
            </P>
          </section>
          <section aria-labelledby="termijnen-kop">
            <Kop id="termijnen-kop">Termijnen</Kop>
            <Kop niveau={3}>Termijn verstreken, niet afgerond ({getal(p.verlopen.length)})</Kop>
            <ActieTabel lijst={p.verlopen.slice(0, 15)} caption="Acties met een verstreken termijn (eerste 15)" toonOnderdeel peildatum={P_} />
            <P>
              <a class="utrecht-link" href={`/acties/zoeken${qs({ peildatum: P_, termijn: 'verlopen' })}`}>
                Alle {getal(p.verlopen.length)} acties met een verstreken termijn
              </a>
            </P>
            <Kop niveau={3}>Termijn binnen 30 dagen ({getal(p.binnenkort.length)})</Kop>
            <ActieTabel lijst={p.binnenkort.slice(0, 15)} caption="Acties waarvan de termijn binnen 30 dagen verstrijkt (eerste 15)" toonOnderdeel peildatum={P_} />
            <P>
              <a class="utrecht-link" href={`/acties/zoeken${qs({ peildatum: P_, termijn: 'binnenkort' })}`}>
                Alle acties met een termijn binnen 30 dagen
              </a>
            </P>
          </section>
          <section aria-labelledby="meer-kop">
            <Kop id="meer-kop">Zoeken en downloaden</Kop>
            <form method="get" action="/acties/zoeken" role="search">
              <input type="hidden" name="peildatum" value={P_} />
              <div class="utrecht-form-field">
                <label class="utrecht-form-label" for="zoek-q">
                  Zoek een actie
                </label>
                <input class="utrecht-textbox" type="search" id="zoek-q" name="q" />{' '}
                <button class="utrecht-button utrecht-button--primary-action" type="submit">
                  Zoeken
                </button>
              </div>
            </form>
            <Downloads href="/acties/export" query={{ peildatum: P_ }} />
            <P>
              Telling per onderdeel:{' '}
              <a class="utrecht-link" href={`/acties/voortgang.csv${qs({ peildatum: P_ })}`} download>
                CSV
              </a>{' '}
              ·{' '}
              <a class="utrecht-link" href={`/acties/voortgang.xlsx${qs({ peildatum: P_ })}`} download>
                Excel (XLSX)
              </a>
            </P>
            {p.magNieuw ? (
              <P>
                <a class="utrecht-link" href="/acties/nieuw">
                  Nieuwe actie registreren
                </a>{' '}
                ·{' '}
                <a class="utrecht-link" href="/acties/instellingen">
                  Ankermoment voor termijnen
                </a>
              </P>
            ) : null}
          </section>
        </>
      )}
    </Pagina>
  );
}
