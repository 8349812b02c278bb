// Pieces shared by the fte-impact pages: the outcome block (totals against the targets, the band
// figure, the cluster table), measure codes with their AZWA code, the flag list.
import type { VNode } from 'preact';
import { DOEL_AZWA, DOEL_TD1, invullingTekst, type Berekening, type ImpactModel, type Signalering } from '../../domein/impact.js';
import { getal, procent } from '../../platform/formaat.js';
import { DataTabel } from '../../platform/web/grafiekfiguur.js';
import { ZICHTBAARHEDEN, ZICHTBAARHEID_TEKST, type Codekoppeling } from '../store.js';

export const heel = (n: number) => getal(Math.round(n), 0);

/** KPMG code with the final AZWA code it maps to (marked when not verified). */
export function CodeLabel({ code, koppelingen }: { code: string; koppelingen: readonly Codekoppeling[] }): VNode {
  const k = koppelingen.find((x) => x.code_van === code && x.versie_naar === 'AZWA');
  return (
    <span class="am-nowrap">
      {code}
      {k ? (
        <span class="am-code">
          {' '}
          → AZWA {k.code_naar}
          {k.geverifieerd ? '' : '*'}
        </span>
      ) : null}
    </span>
  );
}

export function NietGeverifieerdNoot(): VNode {
  return (
    <p class="am-code">
      * Koppeling van de KPMG-code (conceptafspraken versie 0.6) aan de definitieve AZWA-code: niet geverifieerd, op titel gemaakt.
      KPMG „E4” is niet AZWA E4.
    </p>
  );
}

/** `lees`: the page's rule for readable text (source keys become the numbers of its list of sources). */
export function Signaleringen({ lijst, titel, lees }: { lijst: readonly Signalering[]; titel: string; lees: (t: string) => string }): VNode | null {
  if (lijst.length === 0) return null;
  return (
    <div class="utrecht-alert utrecht-alert--warning am-signaleringen" role="note">
      <div class="utrecht-alert__content">
        <h2 class="utrecht-heading-3">{titel}</h2>
        <ul>
          {lijst.map((s) => (
            <li id={`signalering-${s.code}`}>
              <strong>
                {s.code}
                {s.scenario ? ` (${s.scenario})` : ''}
              </strong>
              : {lees(s.reden)}
            </li>
          ))}
        </ul>
        <p>De cijfers zijn niet aangepast: ze staan zoals KPMG ze publiceerde.</p>
      </div>
    </div>
  );
}

/** A horizontal scale 0–100.000 persons: the model band, the AZWA target and the outcome. */
export function BandFiguur({ b }: { b: Berekening }): VNode {
  const max = DOEL_TD1;
  const x = (n: number) => `${Math.min(100, (n / max) * 100).toFixed(2)}%`;
  const w = b.band.werknemers;
  return (
    <figure class="am-band">
      <figcaption>
        Verwachte besparing {heel(b.totaal.werknemers)} werknemers, in de band van {heel(w.laag)} (alles laag) tot {heel(w.hoog)} (alles hoog),
        tegen het AZWA-doel van {getal(DOEL_AZWA)} en transitiedoel 1 van {getal(DOEL_TD1)} personen.
      </figcaption>
      <div class="am-band__schaal" aria-hidden="true">
        <span class="am-band__band" style={`left:${x(w.laag)};width:calc(${x(w.hoog)} - ${x(w.laag)})`} />
        <span class="am-band__doel" style={`left:${x(DOEL_AZWA)}`}>
          <span>AZWA {getal(DOEL_AZWA)}</span>
        </span>
        <span class="am-band__waarde" data-band-waarde style={`left:${x(b.totaal.werknemers)}`} />
      </div>
      <div class="am-band__as" aria-hidden="true">
        <span>0</span>
        <span>{getal(DOEL_TD1 / 2)}</span>
        <span>{getal(DOEL_TD1)}</span>
      </div>
    </figure>
  );
}

export function Uitkomst({ b, model }: { b: Berekening; model: ImpactModel }): VNode {
  return (
    <section id="uitkomst" aria-labelledby="uitkomst-kop" aria-live="polite">
      <h2 class="utrecht-heading-2" id="uitkomst-kop">
        Verwachte besparing
      </h2>
      <ul class="am-cijfers">
        <li class="am-cijfer">
          <span class="am-cijfer__label">Werknemers (personen)</span>
          <span class="am-cijfer__waarde" data-uitkomst="werknemers">
            {heel(b.totaal.werknemers)}
          </span>
          <span class="am-cijfer__bron">band {heel(b.band.werknemers.laag)} – {heel(b.band.werknemers.hoog)}</span>
        </li>
        <li class="am-cijfer">
          <span class="am-cijfer__label">Fte</span>
          <span class="am-cijfer__waarde" data-uitkomst="fte">
            {heel(b.totaal.fte)}
          </span>
          <span class="am-cijfer__bron">band {heel(b.band.fte.laag)} – {heel(b.band.fte.hoog)}</span>
        </li>
        <li class="am-cijfer">
          <span class="am-cijfer__label">Van het AZWA-doel ({getal(DOEL_AZWA)} personen)</span>
          <span class="am-cijfer__waarde" data-uitkomst="azwa">
            {procent(b.aandeelAzwa * 100, 0)}
          </span>
        </li>
        <li class="am-cijfer">
          <span class="am-cijfer__label">Van transitiedoel 1 ({getal(DOEL_TD1)} personen)</span>
          <span class="am-cijfer__waarde" data-uitkomst="td1">
            {procent(b.aandeelTd1 * 100, 0)}
          </span>
        </li>
      </ul>
      <BandFiguur b={b} />
      <DataTabel
        caption="Verwachte besparing per cluster"
        kop={['Cluster', 'Werknemers', 'Fte', 'Band werknemers (laag – hoog)']}
        omhulsel={{ klasse: 'am-tabel-scroll' }}
        rijen={b.clusters.map((c) => {
          const m = model.maatregelen.filter((x) => x.cluster === c.code);
          const laag = m.reduce((s, x) => s + x.werknemers.laag, 0);
          const hoog = m.reduce((s, x) => s + x.werknemers.hoog, 0);
          return [c.titel, heel(c.werknemers), heel(c.fte), `${heel(laag)} – ${heel(hoog)}`];
        })}
        celKlasse={(_, i) => `utrecht-table__cell${i > 0 ? ' am-getal' : ''}`}
        voet={
          <tr class="utrecht-table__row">
            <th scope="row" class="utrecht-table__header-cell">
              Totaal (berekend)
            </th>
            <td class="utrecht-table__cell am-getal">{heel(b.totaal.werknemers)}</td>
            <td class="utrecht-table__cell am-getal">{heel(b.totaal.fte)}</td>
            <td class="utrecht-table__cell am-getal">
              {heel(b.band.werknemers.laag)} – {heel(b.band.werknemers.hoog)}
            </td>
          </tr>
        }
      />
      <p class="am-code">
        Bruto, structurele besparing ten opzichte van het basispad (Prognosemodel Zorg en Welzijn); niet één op één te verzilveren (KPMG, 002 r.
        8963–8989). Niet ingestelde maatregelen tellen als gemiddeld.
      </p>
    </section>
  );
}

/** The invullingen of a scenario as a short text list (for the scenario and compare pages). */
export function invullingenTekst(b: Berekening): string {
  const afwijkend = b.maatregelen.filter((m) => m.invulling !== 'gemiddeld');
  return afwijkend.length === 0 ? 'alles gemiddeld' : afwijkend.map((m) => `${m.code} ${invullingTekst(m.invulling)}`).join(', ');
}

/** Who sees a scenario: the owner's choice (save form and scenario page). */
export function ZichtbaarheidVeld({ waarde }: { waarde: string }): VNode {
  return (
    <div class="utrecht-form-field">
      <label class="utrecht-form-label" for="veld-zichtbaarheid">
        Zichtbaar voor
      </label>
      <select class="utrecht-select" id="veld-zichtbaarheid" name="zichtbaarheid">
        {ZICHTBAARHEDEN.map((z) => (
          <option value={z} selected={waarde === z}>
            {ZICHTBAARHEID_TEKST[z]}
          </option>
        ))}
      </select>
    </div>
  );
}
