// The actions overview: progress per thematafel and AZWA block, overdue and upcoming actions.
import type { VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import { ACTIE_STATUSSEN } from '../../domein/begrippen.js';
import { datum, getal } from '../../platform/formaat.js';
import { GrafiekFiguur } from '../../platform/web/grafiekfiguur.js';
import { GepubliceerdeCijfersBlok } from '../../platform/web/bronnen.js';
import type { Bron } from '../../domein/bronnen.js';
import { mag } from '../../domein/beleid.js';
import { type ActieStand } from '../store.js';
import { type OnderdeelTelling } from '../lijsten.js';
import { type Basis, qs, Kop, P, Termijn, PeildatumKiezer, Downloads, voortgangInvoer, voortgangOptie, ActieTabel, onderdeelHref, kruimelsBasis } from './onderdelen.js';

export interface OverzichtProps extends Basis {
  iza: { rijen: { label: string; code: string; telling: OnderdeelTelling }[]; totaal: number };
  azwa: { blokken: { label: string; code: string; telling: OnderdeelTelling }[]; totaal: number };
  totaal: { totaal: number; per_status: Record<string, number>; zonder_status: number; afgerond_sinds_vorige: number | null };
  sinds: string | null;
  /** How many actions are overdue / due within 30 days, and the first 15 of each in code order. */
  verlopen: { aantal: number; eerste: ActieStand[] };
  binnenkort: { aantal: number; eerste: ActieStand[] };
  /** The latest published figures on or before the peildatum (readable source), or null. */
  gepubliceerd: { peildatum: string; bron: string; genummerd: Bron[]; totaal: number | null; per_status: Record<string, number> | null; afgerond_sinds_vorige: number | null } | null;
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
          {p.gepubliceerd ? (
            <GepubliceerdeCijfersBlok
              id="gepubliceerd"
              titel="IZA-acties volgens de laatste publicatie"
              peildatum={p.gepubliceerd.peildatum}
              bron={p.gepubliceerd.bron}
              genummerd={p.gepubliceerd.genummerd}
              leegRegister={p.iza.totaal === 0 ? <LeegRegister intern={mag(p.gebruiker, 'intern.lezen')} magNieuw={p.magNieuw} /> : undefined}
            >
              <p class="utrecht-paragraph">
                <strong>{p.gepubliceerd.totaal !== null ? `${getal(p.gepubliceerd.totaal)} IZA-acties` : 'Geen totaal gepubliceerd'}</strong>
                {p.gepubliceerd.per_status ? `: ${ACTIE_STATUSSEN.map((s) => `${getal(p.gepubliceerd!.per_status![s] ?? 0)} ${s.toLowerCase()}`).join(', ')}` : ''}.
                {p.gepubliceerd.afgerond_sinds_vorige !== null ? (
                  <>
                    {' '}
                    <strong>
                      {getal(p.gepubliceerd.afgerond_sinds_vorige)} {p.gepubliceerd.afgerond_sinds_vorige === 1 ? 'actie' : 'acties'} afgerond sinds de vorige rapportage.
                    </strong>
                  </>
                ) : null}
              </p>
            </GepubliceerdeCijfersBlok>
          ) : null}
          <div class="am-callout" role="note">
            <p class="utrecht-paragraph">
              <strong>In het register op {datum(P_)}:</strong> {getal(p.totaal.totaal)} acties (IZA en AZWA):{' '}
              {ACTIE_STATUSSEN.map((s) => `${getal(p.totaal.per_status[s] ?? 0)} ${s.toLowerCase()}`).join(', ')} en {getal(p.totaal.zonder_status)} nog zonder status.{' '}
              {p.totaal.afgerond_sinds_vorige === null
                ? 'Er is geen vastgestelde rapportageronde vóór deze peildatum om mee te vergelijken.'
                : `${getal(p.totaal.afgerond_sinds_vorige)} ${p.totaal.afgerond_sinds_vorige === 1 ? 'actie' : 'acties'} in het register afgerond sinds de vorige peildatum${p.sinds ? ` (${datum(p.sinds)})` : ''}.`}{' '}
              Deze telling is gelijk aan{' '}
              <a class="utrecht-link" href={`/api/v1/kerncijfers${qs({ peildatum: P_, bron: 'berekend', sinds: p.sinds ?? undefined })}`}>
                de kerncijfers-API
              </a>{' '}
              voor dezelfde peildatum.
            </p>
          </div>
          <section aria-labelledby="iza-kop">
            <Kop id="iza-kop">IZA: {getal(p.iza.totaal)} acties in het register, in 10 thematafels</Kop>
            <GrafiekFiguur
              leegZin={`Het register bevat op ${datum(P_)} nog geen IZA-acties, dus er is geen voortgang per thematafel te tekenen.${p.gepubliceerd?.totaal ? ` De laatst gepubliceerde stand (${getal(p.gepubliceerd.totaal)} acties) staat hierboven.` : ''}`} id="grafiek-iza" invoer={izaInvoer} optie={voortgangOptie(izaInvoer)} csv={`/acties/voortgang.csv${qs({ peildatum: P_, akkoord: 'IZA' })}`} breedte={960} hoogte={460} />
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
            <Kop id="azwa-kop">AZWA: {getal(p.azwa.totaal)} deelafspraken in het register, in 5 blokken</Kop>
            <GrafiekFiguur id="grafiek-azwa" invoer={azwaInvoer} optie={voortgangOptie(azwaInvoer)} csv={`/acties/voortgang.csv${qs({ peildatum: P_, akkoord: 'AZWA' })}`} breedte={960} hoogte={320} />
            <P>
              <a class="utrecht-link" href={`/acties/azwa${qs({ peildatum: P_ })}`}>
                Alle AZWA-afspraken (A1 tot en met E6)
              </a>
            </P>
          </section>
          <section aria-labelledby="termijnen-kop">
            <Kop id="termijnen-kop">Termijnen</Kop>
            <Kop niveau={3}>Termijn verstreken, niet afgerond ({getal(p.verlopen.aantal)})</Kop>
            <ActieTabel lijst={p.verlopen.eerste} caption="Acties met een verstreken termijn (eerste 15)" toonOnderdeel peildatum={P_} />
            <P>
              <a class="utrecht-link" href={`/acties/zoeken${qs({ peildatum: P_, termijn: 'verlopen' })}`}>
                Alle {getal(p.verlopen.aantal)} acties met een verstreken termijn
              </a>
            </P>
            <Kop niveau={3}>Termijn binnen 30 dagen ({getal(p.binnenkort.aantal)})</Kop>
            <ActieTabel lijst={p.binnenkort.eerste} caption="Acties waarvan de termijn binnen 30 dagen verstrijkt (eerste 15)" toonOnderdeel peildatum={P_} />
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

/** The register holds no IZA actions: say so, and (for those who can) how to fill it. */
function LeegRegister({ intern, magNieuw }: { intern: boolean; magNieuw: boolean }): VNode {
  if (!intern) return <P>Het register bevat voor deze peildatum nog geen IZA-acties per thematafel. Daarom staan hier de gepubliceerde totalen.</P>;
  return (
    <>
      <P>
        <strong>Het register bevat nog geen IZA-acties.</strong> De telling en de grafiek per thematafel hieronder zijn daarom leeg; de cijfers hierboven zijn
        de laatst gepubliceerde.
      </P>
      <P>
        Vul het register met een bestand met acties (bestandstype acties, zie de handleiding bij de contractbestanden)
        {magNieuw ? (
          <>
            {' '}
            op de pagina{' '}
            <a class="utrecht-link" href="/importeren">
              Bestanden importeren
            </a>
            , of op de server met <code>npm run cli -- import acties.csv</code>, of registreer acties één voor één met{' '}
            <a class="utrecht-link" href="/acties/nieuw">
              het formulier voor een nieuwe actie
            </a>
          </>
        ) : (
          <>
            : een beheerder doet dat op de pagina Bestanden importeren of op de server met <code>npm run cli -- import acties.csv</code>
          </>
        )}
        .
      </P>
    </>
  );
}
