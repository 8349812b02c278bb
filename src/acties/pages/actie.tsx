// One action: its state at the peildatum, history and the status form.
import type { VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import { ACTIE_STATUSSEN } from '../../domein/begrippen.js';
import { datum } from '../../platform/formaat.js';
import type { VeldFouten } from '../../domein/acties.js';
import { type ActieStand, type HistorieRij, type Onderdeel } from '../store.js';
import { termijnBereik } from '../lijsten.js';
import { type Basis, Kop, P, StatusLabel, TermijnLabel, Termijn, PeildatumKiezer, Downloads, onderdeelHref, Historie, Veld, beschreven, Foutsamenvatting, Csrf, kruimelsBasis } from './onderdelen.js';

export interface StatusFormulierWaarden {
  status: string;
  status_datum: string;
  toelichting: string;
  volgnr: number;
}

export interface ActieProps extends Basis {
  actie: ActieStand;
  onderdeel: Onderdeel | null;
  historie: HistorieRij[];
  laterAantal: number;
  formulier: { waarden: StatusFormulierWaarden; fouten: VeldFouten; melding?: string } | null;
  gemeld?: boolean;
}

export function ActiePagina(p: ActieProps): VNode {
  const a = p.actie;
  const P_ = p.peildatum!;
  const t = a.termijn;
  return (
    <Pagina
      titel={`Actie ${a.code}`}
      actief="acties"
      kruimels={[
        ...kruimelsBasis,
        { label: a.akkoord === 'AZWA' ? `AZWA ${a.onderdeel}` : `Onderdeel ${a.onderdeel}`, href: onderdeelHref(a.akkoord, a.onderdeel, P_) },
        { label: a.code },
      ]}
      gebruiker={p.gebruiker}
      csrf={p.csrf}
    >
      {p.formulier ? (
        <Foutsamenvatting
          melding={p.formulier.melding}
          fouten={Object.entries(p.formulier.fouten).map(([veld, tekst]) => ({ id: veld === 'status_datum' ? 'status_datum' : veld, tekst: tekst! }))}
        />
      ) : null}
      {p.gemeld ? (
        <div class="utrecht-alert utrecht-alert--ok am-melding" role="status">
          <P>De statusmelding is opgeslagen.</P>
        </div>
      ) : null}
      <Kop niveau={1}>
        {a.code}. {a.titel}
      </Kop>
      <PeildatumKiezer basis={p} actie={`/acties/actie/${encodeURIComponent(a.code)}`} />
      <dl class="am-eigenschappen">
        <dt>Akkoord en onderdeel</dt>
        <dd>
          {a.akkoord},{' '}
          <a class="utrecht-link" href={onderdeelHref(a.akkoord, a.onderdeel, P_)}>
            {a.onderdeel}
            {p.onderdeel ? `. ${p.onderdeel.naam}` : ''}
          </a>
        </dd>
        <dt>Status op {datum(P_)}</dt>
        <dd>
          <StatusLabel status={a.status} /> (gemeld per {datum(a.status_datum)})
        </dd>
        <dt>Trekker</dt>
        <dd>{a.trekker ?? '–'}</dd>
        <dt>Betrokken</dt>
        <dd>{a.betrokken?.length ? a.betrokken.join(', ') : '–'}</dd>
        <dt>Termijn</dt>
        <dd>
          {a.deadline ?? 'geen termijn'} <TermijnLabel a={a} />
          {a.deadline ? (
            <ul class="utrecht-unordered-list">
              <li>Bereik: {termijnBereik(t)}</li>
              <li>Uitleg: {t.omschrijving}</li>
              <li>Precisie: {t.precisie}; soort: {t.soort}</li>
              {t.tegenstrijdig ? <li><strong>Let op: de tekst noemt elkaar tegensprekende termijnen.</strong></li> : null}
              {t.mijlpalen.length > 1
                ? t.mijlpalen.map((m) => (
                    <li>
                      Mijlpaal "{m.tekst}": {termijnBereik(m)}
                    </li>
                  ))
                : null}
            </ul>
          ) : null}
        </dd>
        <dt>Geregistreerd</dt>
        <dd>{datum(a.eerste_datum)}</dd>
        {a.toelichting ? (
          <>
            <dt>Toelichting</dt>
            <dd>{a.toelichting}</dd>
          </>
        ) : null}
      </dl>
      {p.formulier ? <StatusFormulier code={a.code} csrf={p.csrf} f={p.formulier} /> : null}
      <section aria-labelledby="historie-kop">
        <Kop id="historie-kop">Historie</Kop>
        <Historie rijen={p.historie} caption={`Alle meldingen van ${a.code} tot en met ${datum(P_)}, nieuwste eerst`} peildatum={P_} />
        {p.laterAantal > 0 ? (
          <P>
            Na deze peildatum {p.laterAantal === 1 ? 'is nog 1 melding' : `zijn nog ${p.laterAantal} meldingen`} gedaan;{' '}
            <a class="utrecht-link" href={`/acties/actie/${encodeURIComponent(a.code)}`}>
              bekijk de stand van vandaag
            </a>
            .
          </P>
        ) : null}
        <Downloads href="/acties/historie" query={{ peildatum: P_, code: a.code }} />
      </section>
    </Pagina>
  );
}

function StatusFormulier(p: { code: string; csrf?: string; f: NonNullable<ActieProps['formulier']> }): VNode {
  const { waarden: w, fouten } = p.f;
  return (
    <section aria-labelledby="status-kop">
      <Kop id="status-kop">Status melden</Kop>
      <P>
        Een slechtere status (volgorde: Afgerond, Loopt voor, Loopt op schema, Loopt achter, Nog niet gestart) of een verstreken termijn vraagt een
        toelichting. Een actie zonder status geldt als "Loopt op schema".
      </P>
      <form method="post" action={`/acties/actie/${encodeURIComponent(p.code)}/status`} novalidate>
        <Csrf csrf={p.csrf} />
        <input type="hidden" name="volgnr" value={String(w.volgnr)} />
        <Veld id="status" label="Nieuwe status" fout={fouten.status}>
          <select class="utrecht-select" id="status" name="status" {...beschreven('status', fouten.status)}>
            <option value="">Kies een status</option>
            {ACTIE_STATUSSEN.map((s) => (
              <option value={s} selected={w.status === s}>
                {s}
              </option>
            ))}
          </select>
        </Veld>
        <Veld id="status_datum" label="Statusdatum" fout={fouten.status_datum} hint="De dag waarop deze status geldt; standaard vandaag.">
          <input class="utrecht-textbox" type="date" id="status_datum" name="status_datum" value={w.status_datum} {...beschreven('status_datum', fouten.status_datum, 'x')} />
        </Veld>
        <Veld id="toelichting" label="Toelichting" fout={fouten.toelichting} hint="Verplicht bij een slechtere status of een verstreken termijn.">
          <textarea class="utrecht-textarea" id="toelichting" name="toelichting" rows={4} {...beschreven('toelichting', fouten.toelichting, 'x')}>
            {w.toelichting}
          </textarea>
        </Veld>
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          Status opslaan
        </button>
      </form>
    </section>
  );
}
