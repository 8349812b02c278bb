// Level 2 and 3 of the monitoring (002 r. 7588-7610): the four beweging themes and the five
// doelgroepen, each a grouping of indicators with its institute, measurement moments and link, and a
// plain statement where the platform has no figures yet.
import type { VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import type { Gebruiker } from '../../domein/beleid.js';
import type { DeadlineInterpretatie } from '../../domein/deadline-datum.js';
import { datum, getal } from '../../platform/formaat.js';
import type { Monitor } from '../store.js';
import { AzwaMenu } from '../weergave.js';
import type { Bron as BronDocument } from '../../domein/bronnen.js';
import { BronnenSectie, bronnenVanPagina } from '../../platform/web/bronnen.js';

export interface MonitorRegel extends Monitor {
  nul: DeadlineInterpretatie | null;
  een: DeadlineInterpretatie | null;
  /** Per grouped indicator: its name and number of observations in the platform. */
  cijfers: { code: string; naam: string; aantal: number }[];
}

export interface MonitorenProps {
  gebruiker: Gebruiker | null;
  csrf?: string;
  monitoren: MonitorRegel[];
  /** The source list: sources cited by key become "[n]" and the list "Bronnen". */
  bronnen: readonly BronDocument[];
}

function Moment({ tekst, d, lees }: { tekst: string | null; d: DeadlineInterpretatie | null; lees: (t: string) => string }): VNode {
  if (!tekst) return <>niet in de bron</>;
  const bereik = d && d.van && d.tot ? ` (${datum(d.van)} – ${datum(d.tot)})` : '';
  return (
    <>
      {lees(tekst)}
      {bereik}
    </>
  );
}

function MonitorKaart({ m, lees }: { m: MonitorRegel; lees: (t: string | null | undefined) => string }): VNode {
  const metCijfers = m.cijfers.filter((c) => c.aantal > 0);
  return (
    <section class="am-monitor" aria-labelledby={`monitor-${m.code}`} id={m.code}>
      <h3 class="utrecht-heading-3" id={`monitor-${m.code}`}>
        {m.naam}
      </h3>
      <dl class="am-gegevens">
        <dt>Instituut</dt>
        <dd>{m.instituut ?? '–'}</dd>
        {m.soort === 'beweging' ? (
          <>
            <dt>0-meting</dt>
            <dd>
              <Moment tekst={m.nulmeting} d={m.nul} lees={lees} />
            </dd>
          </>
        ) : null}
        <dt>1-meting</dt>
        <dd>
          <Moment tekst={m.eenmeting} d={m.een} lees={lees} />
        </dd>
        <dt>Gepubliceerde monitor</dt>
        <dd>
          {m.link ? (
            <a class="utrecht-link" href={m.link} rel="noopener">
              {m.link}
            </a>
          ) : (
            'de bron noemt geen adres'
          )}
        </dd>
        <dt>Bron</dt>
        <dd>{m.bron ? lees(m.bron) : '–'}</dd>
      </dl>
      {metCijfers.length === 0 ? (
        <p class="utrecht-paragraph am-geen-cijfers">
          <strong>Nog geen cijfers van deze monitor in het platform.</strong>{' '}
          {m.cijfers.length === 0
            ? 'Er zijn nog geen indicatoren aan gekoppeld.'
            : `Gekoppelde indicatoren zonder waarden: ${m.cijfers.map((c) => c.naam).join(', ')}.`}{' '}
          Cijfers komen binnen via de indicatorimport (definities en waarnemingen) en de koppeling in het bestand monitoren.
        </p>
      ) : (
        <ul>
          {m.cijfers.map((c) => (
            <li>
              <a class="utrecht-link" href={`/indicatoren/${encodeURIComponent(c.code)}`}>
                {c.naam}
              </a>
              : {c.aantal > 0 ? `${getal(c.aantal)} waarnemingen` : 'nog geen waarnemingen'}
            </li>
          ))}
        </ul>
      )}
      {m.toelichting ? <p class="utrecht-paragraph">{lees(m.toelichting)}</p> : null}
    </section>
  );
}

export function MonitorenPagina(p: MonitorenProps): VNode {
  const beweging = p.monitoren.filter((m) => m.soort === 'beweging');
  const doelgroepen = p.monitoren.filter((m) => m.soort === 'doelgroep');
  const { lees, genummerd } = bronnenVanPagina([...beweging, ...doelgroepen].flatMap((m) => [m.nulmeting, m.eenmeting, m.bron, m.toelichting]), p.bronnen);
  return (
    <Pagina
      titel="Beweging en doelgroepen"
      actief="azwa"
      gebruiker={p.gebruiker}
      csrf={p.csrf}
      kruimels={[{ label: 'Home', href: '/' }, { label: 'AZWA-monitoring', href: '/azwa' }, { label: 'Beweging en doelgroepen' }]}
    >
      <h1 class="utrecht-heading-1">Monitoring van de beweging en de doelgroepen</h1>
      <AzwaMenu actief="monitoren" />
      <p class="utrecht-paragraph">
        Naast de kwartaalrapportage (proces, input) volgt het akkoord de beweging in de zorg (output) en de effecten voor vijf
        doelgroepen (outcome). De onderzoeksinstituten houden de regie over hun monitor; hier staat wat ze meten, wanneer, en of het
        platform hun cijfers al heeft.
      </p>
      <h2 class="utrecht-heading-2">Monitor van de beweging ({getal(beweging.length)} thema's)</h2>
      <p class="utrecht-paragraph">
        Het vijfde thema, concentratie en spreiding, is voorlopig geen onderdeel meer van de bewegingsmonitor (002 voetnoot 55).
      </p>
      {beweging.map((m) => (
        <MonitorKaart m={m} lees={lees} />
      ))}
      <h2 class="utrecht-heading-2">Monitor doelgroepen ({getal(doelgroepen.length)} doelgroepen)</h2>
      {doelgroepen.map((m) => (
        <MonitorKaart m={m} lees={lees} />
      ))}
      <BronnenSectie genummerd={genummerd} />
    </Pagina>
  );
}
