// How the expected fte impact of transformatieplannen shows: the sum over granted plans per KPMG cluster
// beside the band (on /transformatie and the MTR dossier), and one plan's impact with its form (plan page).
// Plain forms: they work without JavaScript; errors stand next to their field.
import type { VNode } from 'preact';
import { getal, LEEG } from '../platform/formaat.js';
import { Csrf, FormulierFouten, Keuzelijst, Tekstvak, Tekstveld } from '../platform/web/formulier.js';
import { SCENARIOS } from '../domein/impact.js';
import { BASIS_TEKST, type ImpactVanPlannen } from '../domein/plan-impact.js';
import { MODEL_VERSIE } from './store.js';
import type { PlanImpactBeeld } from './plannen.js';

const heel = (n: number) => getal(Math.round(n), 0);
const band = (r: { laag: number; hoog: number }) => `${heel(r.laag)}–${heel(r.hoog)}`;
const cel = (x: string, getalKolom = true) => <td class={`utrecht-table__cell${getalKolom ? ' am-getal' : ''}`}>{x}</td>;

/** The expected impact of granted plans per KPMG cluster, beside the KPMG band laag–hoog; an empty state when none has one. */
export function ImpactVanPlannenTabel({ d, id, kopNiveau = 2 }: { d: ImpactVanPlannen; id: string; kopNiveau?: 2 | 3 }): VNode {
  const Kop = kopNiveau === 2 ? 'h2' : 'h3';
  const kopId = `${id}-kop`;
  return (
    <section aria-labelledby={kopId} id={id}>
      <Kop class={`utrecht-heading-${kopNiveau}`} id={kopId}>
        Verwachte fte-impact van toegekende transformatieplannen
      </Kop>
      {d.metImpact === 0 ? (
        <p class="utrecht-paragraph" data-leeg>
          {d.toegekend === 0
            ? 'Op deze peildatum is geen transformatieplan toegekend (goedgekeurd), dus er is geen verwachte fte-impact om naast de KPMG-band te zetten.'
            : `Geen van de ${getal(d.toegekend)} toegekende transformatieplannen heeft een verwachte fte-impact vastgelegd, dus er is nog niets om naast de KPMG-band te zetten. De coördinerend verzekeraar of VWS legt die vast op de pagina van het plan, of levert het bestand plan_impact aan.`}
        </p>
      ) : (
        <>
          <p class="utrecht-paragraph">
            {getal(d.metImpact)} van de {getal(d.toegekend)} toegekende plannen hebben een verwachte fte-impact; samen {heel(d.totaal.fte)} fte.
          </p>
          <div class="am-tabel-scroll" tabIndex={0} role="region" aria-label="Scrollbare tabel: verwachte fte-impact per cluster">
            <table class="utrecht-table">
              <caption class="utrecht-table__caption">Verwachte besparing per KPMG-cluster, naast de KPMG-band</caption>
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  {['Cluster (KPMG)', 'Plannen', 'Verwacht fte', 'KPMG-band fte (laag–hoog)', 'Verwacht werknemers', 'KPMG-band werknemers (laag–hoog)'].map((k) => (
                    <th scope="col" class="utrecht-table__header-cell">
                      {k}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                {d.clusters.map((c) => (
                  <tr class="utrecht-table__row" data-cluster={c.code}>
                    <th scope="row" class="utrecht-table__header-cell">
                      {c.titel}
                    </th>
                    {cel(c.plannen.length ? c.plannen.map((p) => p.plan_id).join(', ') : LEEG, false)}
                    {cel(c.plannen.length ? heel(c.fte) : LEEG)}
                    {cel(band(c.band.fte))}
                    {cel(c.plannen.length ? `${heel(c.werknemers)}${c.zonderWerknemers ? ` (${c.zonderWerknemers} zonder opgave)` : ''}` : LEEG)}
                    {cel(band(c.band.werknemers))}
                  </tr>
                ))}
                <tr class="utrecht-table__row" data-cluster="totaal">
                  <th scope="row" class="utrecht-table__header-cell">
                    Totaal
                  </th>
                  {cel(getal(d.metImpact), false)}
                  {cel(heel(d.totaal.fte))}
                  {cel(band(d.totaal.band.fte))}
                  {cel(heel(d.totaal.werknemers))}
                  {cel(band(d.totaal.band.werknemers))}
                </tr>
              </tbody>
            </table>
          </div>
          <p class="utrecht-paragraph">
            Verwacht: per plan de KPMG-maatregel in het gekozen scenario (maal het aandeel van het plan), of de eigen raming van het plan met
            haar bron. Band: de som van de KPMG-maatregelen van het cluster, scenario laag tot hoog (versie {MODEL_VERSIE}, berekend). Alleen plannen
            met status Goedgekeurd op de peildatum tellen mee.
          </p>
        </>
      )}
      {d.onbekend.length ? (
        <p class="utrecht-paragraph">Niet meegeteld, want de maatregel of het cluster staat niet (meer) in het model: {d.onbekend.join(', ')}.</p>
      ) : null}
    </section>
  );
}

export interface PlanImpactFormulierfout {
  melding: string;
  velden?: Record<string, string>;
  waarden?: Record<string, string | string[]>;
}

/** One plan's expected impact, and (when allowed and current) the form to record it. */
export function PlanImpactSectie(p: { planId: string; href: string; csrf: string; beeld: PlanImpactBeeld; magWijzigen: boolean; fout?: PlanImpactFormulierfout }): VNode {
  const { opgeslagen: o, verwacht: v, model } = p.beeld;
  const fv = p.fout?.velden ?? {};
  const w = (naam: string, anders: string | number | null | undefined) => {
    const x = p.fout?.waarden?.[naam];
    return x !== undefined ? String(Array.isArray(x) ? x[x.length - 1] : x) : anders === null || anders === undefined ? '' : String(anders).replace('.', ',');
  };
  const cluster = (code: string) => p.beeld.clusterTitels[code] ?? code;
  return (
    <section aria-labelledby="impact-kop" id="fte-impact">
      <h2 class="utrecht-heading-2" id="impact-kop">
        Verwachte fte-impact
      </h2>
      {o && v ? (
        <dl class="am-eigenschappen" data-plan-impact>
          <dt>
            <strong>Verwachte besparing</strong>
          </dt>
          <dd>
            {heel(v.fte)} fte{v.werknemers === null ? '' : ` (${heel(v.werknemers)} werknemers)`}
          </dd>
          <dt>
            <strong>Cluster (KPMG)</strong>
          </dt>
          <dd>{cluster(v.cluster)}</dd>
          <dt>
            <strong>Basis</strong>
          </dt>
          <dd>{v.herkomst}</dd>
          {o.toelichting ? (
            <>
              <dt>
            <strong>Toelichting</strong>
          </dt>
              <dd>{o.toelichting}</dd>
            </>
          ) : null}
          <dt>
            <strong>Vastgelegd</strong>
          </dt>
          <dd>
            door {o.door}, versie {o.versie}
          </dd>
        </dl>
      ) : o ? (
        <p class="utrecht-paragraph">De vastgelegde impact verwijst naar maatregel {o.maatregel} ({o.maatregel_versie}), die niet in het KPMG-model staat; er is geen cijfer.</p>
      ) : (
        <p class="utrecht-paragraph">Voor dit plan is nog geen verwachte fte-impact vastgelegd.</p>
      )}
      {p.fout && !p.magWijzigen ? <FormulierFouten melding={p.fout.melding} /> : null}
      {p.magWijzigen ? (
        <form method="post" action={`${p.href}/impact`} class="am-formulier" aria-labelledby="impact-form-kop" novalidate>
          <h3 class="utrecht-heading-3" id="impact-form-kop">
            {o ? 'Verwachte fte-impact wijzigen' : 'Verwachte fte-impact vastleggen'}
          </h3>
          {p.fout ? <FormulierFouten melding={p.fout.melding} velden={p.fout.velden} voorvoegsel="impact" /> : null}
          <Csrf token={p.csrf} />
          <input type="hidden" name="versie" value={String(o?.versie ?? 0)} />
          <input type="hidden" name="maatregel_versie" value={MODEL_VERSIE} />
          <Keuzelijst
            voorvoegsel="impact"
            naam="basis"
            label="Basis van de raming"
            opties={(['kpmg', 'eigen_raming'] as const).map((b) => ({ waarde: b, label: BASIS_TEKST[b] }))}
            waarde={w('basis', o?.basis ?? 'kpmg')}
            fout={fv.basis}
            beschrijving="Bij een KPMG-maatregel volgt het cijfer uit de maatregel en het scenario; bij een eigen raming vult u het cijfer en de bron in."
          />
          <fieldset class="utrecht-form-fieldset am-keuzes">
            <legend class="utrecht-form-fieldset__legend">Bij een KPMG-maatregel</legend>
            <Keuzelijst
              voorvoegsel="impact"
              naam="maatregel"
              label="KPMG-maatregel"
              opties={[{ waarde: '', label: '— kies —' }, ...model.maatregelen.map((m) => ({ waarde: m.code, label: `${m.code}: ${m.titel} (${heel(m.fte.laag)}–${heel(m.fte.hoog)} fte)` }))]}
              waarde={w('maatregel', o?.maatregel)}
              fout={fv.maatregel}
            />
            <Keuzelijst
              voorvoegsel="impact"
              naam="scenario"
              label="Scenario (invulling van de randvoorwaarden)"
              opties={[{ waarde: '', label: '— kies —' }, ...SCENARIOS.map((s) => ({ waarde: s, label: s }))]}
              waarde={w('scenario', o?.scenario ?? 'gemiddeld')}
              fout={fv.scenario}
            />
            <Tekstveld
              voorvoegsel="impact"
              naam="aandeel_pct"
              label="Aandeel van het plan in de maatregel (%)"
              beschrijving="Leeg is 100%: het plan draagt de hele landelijke besparing van de maatregel. Bijvoorbeeld 25 voor een kwart."
              waarde={w('aandeel_pct', o?.aandeel_pct)}
              fout={fv.aandeel_pct}
              inputmode="decimal"
            />
          </fieldset>
          <fieldset class="utrecht-form-fieldset am-keuzes">
            <legend class="utrecht-form-fieldset__legend">Bij een eigen raming</legend>
            <Keuzelijst
              voorvoegsel="impact"
              naam="cluster"
              label="Cluster (KPMG)"
              opties={[{ waarde: '', label: '— kies —' }, ...model.clusters.map((c) => ({ waarde: c.code, label: c.titel }))]}
              waarde={w('cluster', o?.cluster)}
              fout={fv.cluster}
            />
            <Tekstveld voorvoegsel="impact" naam="fte" label="Verwachte besparing (fte)" waarde={w('fte', o?.fte)} fout={fv.fte} inputmode="decimal" />
            <Tekstveld voorvoegsel="impact" naam="werknemers" label="Verwachte besparing (werknemers, optioneel)" waarde={w('werknemers', o?.werknemers)} fout={fv.werknemers} inputmode="decimal" />
            <Tekstveld voorvoegsel="impact" naam="bron" label="Bron van de raming" beschrijving="Bijvoorbeeld het hoofdstuk van het plan of een rapport." waarde={w('bron', o?.bron)} fout={fv.bron} />
          </fieldset>
          <Tekstvak voorvoegsel="impact" naam="toelichting" label="Toelichting (optioneel)" waarde={w('toelichting', o?.toelichting)} fout={fv.toelichting} rijen={3} />
          <div>
            <button type="submit" class="utrecht-button utrecht-button--primary-action">
              Impact opslaan
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
