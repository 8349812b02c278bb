// One goal: its target and source lines, the path from baseline to target against the measured
// values (time axis to scale), the latest value, its place in the cluster split, the contributing
// agreements with their status, and the commitments about it. "Nog geen meting" where there is none.
import type { VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import type { Gebruiker } from '../../domein/beleid.js';
import { ACTIE_STATUSSEN } from '../../domein/begrippen.js';
import type { ClusterSom, Meting, Voortgang } from '../../domein/doelen.js';
import { datum, getal } from '../../platform/formaat.js';
import { KLEUREN, tijdasOptie, tijdasTabel, type TijdasInvoer } from '../../platform/web/grafiek.js';
import { GrafiekBlok, GRAFIEK_SCRIPTS } from '../../platform/web/grafiekblok.js';
import type { Definitie, DoelRij, Toezegging } from '../store.js';
import { AfspraakKop, AzwaMenu, Bron, Cijfer, StatusLabel, streefTekst, waardeTekst, ZONDER_STATUS } from '../weergave.js';
import type { Bron as BronDocument } from '../../domein/bronnen.js';
import { BronnenSectie, bronnenVanPagina } from '../../platform/web/bronnen.js';

export interface AfspraakStand {
  code: string;
  naam: string;
  /** Status counts of its sub-agreements at P; null when the reader may not see statuses. */
  per_status: Record<string, number> | null;
  zonder_status: number;
  totaal: number;
}

export interface DoelProps {
  /** The source list: the AZWA lines a target cites become "[n]" and the list "Bronnen". */
  bronnen: readonly BronDocument[];
  gebruiker: Gebruiker | null;
  csrf?: string;
  peildatum: string;
  doel: DoelRij;
  ouder: DoelRij | null;
  kinderen: DoelRij[];
  som: ClusterSom | null;
  metingen: Meting[];
  laatste: Meting | null;
  voortgang: Voortgang;
  /** Value of the path at the latest measurement's date (null: no path). */
  padBijLaatste: number | null;
  meetDefinities: Definitie[];
  verwant: (Definitie & { laatste: Meting | null })[];
  afspraken: AfspraakStand[];
  toezeggingen: Toezegging[];
}

const VOORTGANG_TEKST: Record<Voortgang, string> = {
  'geen-meting': 'Nog geen meting',
  'geen-pad': 'Geen nulmeting: alleen de streefwaarde is bekend',
  'op-pad': 'Op of voor het pad naar de streefwaarde',
  achter: 'Achter op het pad naar de streefwaarde',
  gehaald: 'Streefwaarde gehaald',
};

/** The chart input: the straight path (baseline → target) and one series per measuring indicator. */
export function padGrafiek(p: Pick<DoelProps, 'doel' | 'metingen' | 'meetDefinities' | 'peildatum'>): TijdasInvoer {
  const d = p.doel;
  const reeksen: TijdasInvoer['reeksen'] = [];
  if (d.basis_waarde !== null && d.basis_datum) {
    reeksen.push({
      naam: 'Pad naar de streefwaarde',
      stippel: true,
      kleur: KLEUREN.grijs,
      punten: [
        { datum: d.basis_datum, y: d.basis_waarde },
        { datum: d.streef_datum, y: d.streefwaarde },
      ],
    });
  } else {
    reeksen.push({ naam: 'Streefwaarde', stippel: true, kleur: KLEUREN.grijs, punten: [{ datum: d.streef_datum, y: d.streefwaarde }] });
  }
  for (const def of p.meetDefinities) {
    const punten = p.metingen.filter((m) => m.indicator === def.code).map((m) => ({ datum: m.datum, y: m.waarde }));
    if (punten.length) reeksen.push({ naam: `Gemeten: ${def.naam}`, punten });
  }
  const datums = reeksen.flatMap((r) => r.punten.map((x) => x.datum)).sort();
  return {
    titel: `${d.code}: pad naar ${streefTekst(d)}`,
    eenheid: d.eenheid,
    reeksen,
    van: `${datums[0].slice(0, 4)}-01-01`,
    tot: `${datums[datums.length - 1].slice(0, 4)}-12-31`,
    markering: p.peildatum >= datums[0] && p.peildatum <= datums[datums.length - 1] ? { datum: p.peildatum, label: 'Peildatum' } : undefined,
  };
}

function AfsprakenTabel({ afspraken }: { afspraken: AfspraakStand[] }): VNode {
  const statussen = afspraken.some((a) => a.per_status !== null);
  return (
    <div class="am-tabel-scroll" tabIndex={0} role="region" aria-label="Scrollbare tabel">
      <table class="utrecht-table" id="afspraken">
        <caption class="utrecht-table__caption">Bijdragende AZWA-afspraken en de status van hun deelafspraken</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th scope="col" class="utrecht-table__header-cell">
              Afspraak
            </th>
            {statussen
              ? [...ACTIE_STATUSSEN, ZONDER_STATUS].map((s) => (
                  <th scope="col" class="utrecht-table__header-cell am-getal">
                    <StatusLabel status={s === ZONDER_STATUS ? null : s} />
                  </th>
                ))
              : null}
            <th scope="col" class="utrecht-table__header-cell am-getal">
              Deelafspraken
            </th>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {afspraken.map((a) => (
            <tr class="utrecht-table__row">
<AfspraakKop code={a.code} naam={a.naam} />
              {statussen
                ? [...ACTIE_STATUSSEN.map((s) => a.per_status?.[s] ?? 0), a.zonder_status].map((n) => <td class="utrecht-table__cell am-getal">{getal(n)}</td>)
                : null}
              <td class="utrecht-table__cell am-getal">{getal(a.totaal)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Where the AZWA asks for a working agreement on monitoring the transition goals. */
const WERKAFSPRAAK = '002 r. 7650-7656';

export function DoelPagina(p: DoelProps): VNode {
  const d = p.doel;
  const invoer = padGrafiek(p);
  const meetNamen = new Map(p.meetDefinities.map((x) => [x.code, x.naam]));
  const sleutel = (doc: string | null, regels: string | null) => (doc && regels ? `${doc} r. ${regels}` : doc);
  const { lees, genummerd } = bronnenVanPagina([sleutel(d.bron_document, d.bron_regels), d.toelichting, WERKAFSPRAAK, ...p.kinderen.map((k) => sleutel(k.bron_document, k.bron_regels))], p.bronnen);
  return (
    <Pagina
      titel={`${d.code}: ${d.titel}`}
      actief="azwa"
      gebruiker={p.gebruiker}
      csrf={p.csrf}
      scripts={GRAFIEK_SCRIPTS}
      kruimels={[{ label: 'Home', href: '/' }, { label: 'AZWA-monitoring', href: '/azwa' }, { label: 'Transitiedoelen', href: '/azwa/doelen' }, { label: d.code }]}
    >
      <h1 class="utrecht-heading-1">
        {d.code}: {d.titel}
      </h1>
      <AzwaMenu actief="doelen" peildatum={p.peildatum} />
      <ul class="am-cijfers">
        <Cijfer label="Streefwaarde" waarde={waardeTekst(d.streefwaarde, d.eenheid)} bron={`${d.streefwaarde_soort ?? 'zonder voorbehoud'}, op ${datum(d.streef_datum)}`} />
        <Cijfer
          label="Nulmeting"
          waarde={d.basis_waarde === null ? 'geen' : waardeTekst(d.basis_waarde, d.eenheid)}
          bron={d.basis_datum ? `op ${datum(d.basis_datum)}` : 'de bron geeft geen nulmeting'}
        />
        <Cijfer
          label="Laatste meting"
          waarde={p.laatste ? waardeTekst(p.laatste.waarde, d.eenheid) : 'nog geen meting'}
          bron={
            p.laatste
              ? `${meetNamen.get(p.laatste.indicator) ?? p.laatste.indicator}, periode ${p.laatste.periode}${p.laatste.bron_datum ? `, geleverd ${datum(p.laatste.bron_datum)}` : ''}`
              : 'er is nog geen cijfer in het platform'
          }
        />
      </ul>
      <p class="utrecht-paragraph" id="voortgang">
        <strong>{VOORTGANG_TEKST[p.voortgang]}</strong>
        {p.padBijLaatste !== null && p.laatste ? ` (het pad geeft op ${datum(p.laatste.datum)} ${waardeTekst(Math.round(p.padBijLaatste * 10) / 10, d.eenheid)}).` : '.'}
      </p>
      <Bron tekst={lees(sleutel(d.bron_document, d.bron_regels)) || null}>
        {d.toelichting ? <p>{lees(d.toelichting)}</p> : null}
      </Bron>
      {p.ouder ? (
        <p class="utrecht-paragraph">
          Deel van{' '}
          <a class="utrecht-link" href={`/azwa/doelen/${encodeURIComponent(p.ouder.code)}`}>
            {p.ouder.code}: {p.ouder.titel}
          </a>{' '}
          ({streefTekst(p.ouder)}).
        </p>
      ) : null}
      <GrafiekBlok
        id="pad"
        titel={invoer.titel}
        optie={tijdasOptie(invoer)}
        tabel={tijdasTabel(invoer, datum)}
        csvHref={`/azwa/doelen/${encodeURIComponent(d.code)}.csv`}
        leeg="–"
        toelichting={
          p.metingen.length === 0
            ? 'Nog geen meting: de grafiek toont alleen het afgesproken pad. Zodra een meetindicator waarden heeft (indicatorimport), staan ze hier op hun datum.'
            : 'De tijdas loopt op schaal; een meting staat op de laatste dag van haar periode.'
        }
      />
      {p.kinderen.length > 0 ? (
        <section aria-labelledby="verdeling">
          <h2 class="utrecht-heading-2" id="verdeling">
            Verdeling
          </h2>
          <div class="am-tabel-scroll" tabIndex={0} role="region" aria-label="Scrollbare tabel">
          <table class="utrecht-table" id="clusters">
            <caption class="utrecht-table__caption">Onderdelen van {d.code}</caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th scope="col" class="utrecht-table__header-cell">
                  Doel
                </th>
                <th scope="col" class="utrecht-table__header-cell am-getal">
                  Streefwaarde
                </th>
                <th scope="col" class="utrecht-table__header-cell">
                  Bron
                </th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {p.kinderen.map((k) => (
                <tr class="utrecht-table__row">
                  <th scope="row" class="utrecht-table__header-cell">
                    <a class="utrecht-link" href={`/azwa/doelen/${encodeURIComponent(k.code)}`}>
                      {k.code}
                    </a>{' '}
                    {k.titel}
                  </th>
                  <td class="utrecht-table__cell am-getal">
                    {k.streefwaarde_soort ? `${k.streefwaarde_soort} ` : ''}
                    {waardeTekst(k.streefwaarde, k.eenheid)}
                  </td>
                  <td class="utrecht-table__cell">{lees(sleutel(k.bron_document, k.bron_regels)) || '–'}</td>
                </tr>
              ))}
            </tbody>
            {p.som ? (
              <tfoot>
                <tr class="utrecht-table__row">
                  <th scope="row" class="utrecht-table__header-cell">
                    Som (in {d.eenheid})
                  </th>
                  <td class="utrecht-table__cell am-getal">{getal(p.som.som)}</td>
                  <td class="utrecht-table__cell">
                    {p.som.klopt ? `gelijk aan de streefwaarde van ${d.code}` : `de streefwaarde van ${d.code} is ${getal(p.som.streefwaarde)}: verschil ${getal(p.som.streefwaarde - p.som.som)}`}
                  </td>
                </tr>
              </tfoot>
            ) : null}
          </table>
          </div>
        </section>
      ) : null}
      <h2 class="utrecht-heading-2">Indicatoren</h2>
      {p.meetDefinities.length === 0 ? (
        <p class="utrecht-paragraph">
          Geen meetindicator in de eenheid van dit doel. De werkafspraak over de monitoring van de transitiedoelen (vóór eind 2025,{' '}
          {lees(WERKAFSPRAAK)}) moet vastleggen hoe dit doel gemeten wordt.
        </p>
      ) : (
        <ul>
          {p.meetDefinities.map((m) => (
            <li>
              <a class="utrecht-link" href={`/indicatoren/${encodeURIComponent(m.code)}`}>
                {m.naam}
              </a>{' '}
              (meet dit doel)
            </li>
          ))}
        </ul>
      )}
      {p.verwant.length > 0 ? (
        <>
          <p class="utrecht-paragraph">Verwante indicatoren in een andere eenheid (ze meten het doel niet rechtstreeks):</p>
          <ul>
            {p.verwant.map((v) => (
              <li>
                <a class="utrecht-link" href={`/indicatoren/${encodeURIComponent(v.code)}`}>
                  {v.naam}
                </a>
                : {v.laatste ? `laatste landelijke waarde ${waardeTekst(v.laatste.waarde, v.eenheid ?? '')} (${v.laatste.periode})` : 'nog geen landelijke waarde'}
                {v.norm !== null ? `; norm ${waardeTekst(v.norm, v.eenheid ?? '')}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2 class="utrecht-heading-2">Bijdragende afspraken</h2>
      {p.afspraken.length === 0 ? (
        <p class="utrecht-paragraph">De bron koppelt geen afspraken rechtstreeks aan dit doel{p.kinderen.length ? '; zie de onderdelen hierboven' : ''}.</p>
      ) : (
        <AfsprakenTabel afspraken={p.afspraken} />
      )}
      {p.toezeggingen.length > 0 ? (
        <>
          <h2 class="utrecht-heading-2">Toezeggingen over dit doel</h2>
          <ul>
            {p.toezeggingen.map((t) => (
              <li>
                <a class="utrecht-link" href={`/azwa/toezeggingen/${encodeURIComponent(t.id)}`}>
                  {t.titel}
                </a>{' '}
                — {t.deadline ?? 'geen termijn'} — <StatusLabel status={t.status} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <BronnenSectie genummerd={genummerd} />
    </Pagina>
  );
}
