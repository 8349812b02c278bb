// The status form for all actions of one onderdeel at once. Server-rendered, works without JavaScript.
import type { VNode } from 'preact';
import { Pagina } from '../../platform/web/pagina.js';
import { ACTIE_STATUSSEN } from '../../domein/begrippen.js';
import type { VeldFouten } from '../../domein/acties.js';
import { type ActieStand, type Onderdeel } from '../store.js';
import { type Basis, Kop, P, StatusLabel, Termijn, Veld, beschreven, Foutsamenvatting, Csrf, kruimelsBasis } from './onderdelen.js';

export interface BulkProps extends Basis {
  onderdeel: Onderdeel;
  acties: ActieStand[];
  volgnrs: Map<string, number>;
  waarden: { status_datum: string; per: Record<string, { status: string; toelichting: string }> };
  fouten: Record<string, VeldFouten>;
  melding?: string;
}

export function veldId(code: string, veld: string): string {
  return `${veld}-${code.replace(/[^A-Za-z0-9-]/g, '_')}`;
}

export function BulkPagina(p: BulkProps): VNode {
  const o = p.onderdeel;
  const pad = `/acties/${o.akkoord === 'AZWA' ? 'azwa' : 'onderdeel'}/${encodeURIComponent(o.code)}`;
  const samenvatting: { id: string; tekst: string }[] = [];
  for (const [code, f] of Object.entries(p.fouten)) {
    for (const [veld, tekst] of Object.entries(f)) {
      samenvatting.push({ id: veld === 'status_datum' ? 'status_datum' : veldId(code, veld), tekst: `${code}: ${tekst}` });
    }
  }
  const datumFout = Object.values(p.fouten).map((f) => f.status_datum).find(Boolean);
  return (
    <Pagina
      titel={`Status melden: ${o.code}`}
      actief="acties"
      kruimels={[...kruimelsBasis, { label: `${o.code}. ${o.naam}`, href: pad }, { label: 'Status melden' }]}
      gebruiker={p.gebruiker}
      csrf={p.csrf}
    >
      <Foutsamenvatting fouten={samenvatting} melding={p.melding} />
      <Kop niveau={1}>
        Status melden voor {o.code}. {o.naam}
      </Kop>
      <P>
        Kies alleen bij de acties waarvan u de status meldt een nieuwe status; de andere blijven ongewijzigd. Alles wordt in één keer opgeslagen, of niets
        als er iets niet klopt. Een slechtere status of een verstreken termijn vraagt een toelichting.
      </P>
      <form method="post" action={`${pad}/status`} novalidate>
        <Csrf csrf={p.csrf} />
        <Veld id="status_datum" label="Statusdatum van deze melding" fout={datumFout} hint="Standaard vandaag.">
          <input class="utrecht-textbox" type="date" id="status_datum" name="status_datum" value={p.waarden.status_datum} {...beschreven('status_datum', datumFout, 'x')} />
        </Veld>
        <div class="am-tabel-scroll" tabIndex={0} role="region" aria-label="Tabel, schuift zijwaarts op een smal scherm">
          <table class="utrecht-table">
            <caption class="utrecht-table__caption">Acties van {o.code}</caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th scope="col" class="utrecht-table__header-cell">Actie</th>
                <th scope="col" class="utrecht-table__header-cell">Huidige status en termijn</th>
                <th scope="col" class="utrecht-table__header-cell">Nieuwe status</th>
                <th scope="col" class="utrecht-table__header-cell">Toelichting</th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {p.acties.map((a) => {
                const f = p.fouten[a.code] ?? {};
                const w = p.waarden.per[a.code] ?? { status: '', toelichting: '' };
                const sId = veldId(a.code, 'status');
                const tId = veldId(a.code, 'toelichting');
                return (
                  <tr class="utrecht-table__row">
                    <th scope="row" class="utrecht-table__header-cell">
                      {a.code}
                      <br />
                      <small>{a.titel}</small>
                      <input type="hidden" name={`volgnr__${a.code}`} value={String(p.volgnrs.get(a.code) ?? '')} />
                    </th>
                    <td class="utrecht-table__cell">
                      <StatusLabel status={a.status} />
                      <br />
                      <Termijn a={a} />
                    </td>
                    <td class="utrecht-table__cell">
                      <div class={`utrecht-form-field${f.status ? ' utrecht-form-field--invalid' : ''}`}>
                        <label class="utrecht-form-label am-visueel-verborgen" for={sId}>
                          Nieuwe status van {a.code}
                        </label>
                        {f.status ? (
                          <p class="utrecht-form-field-error-message" id={`${sId}-fout`}>
                            {f.status}
                          </p>
                        ) : null}
                        <select class="utrecht-select" id={sId} name={`status__${a.code}`} {...beschreven(sId, f.status)}>
                          <option value="">Ongewijzigd</option>
                          {ACTIE_STATUSSEN.map((s) => (
                            <option value={s} selected={w.status === s}>
                              {s}
                            </option>
                          ))}
                        </select>
                      </div>
                    </td>
                    <td class="utrecht-table__cell">
                      <div class={`utrecht-form-field${f.toelichting ? ' utrecht-form-field--invalid' : ''}`}>
                        <label class="utrecht-form-label am-visueel-verborgen" for={tId}>
                          Toelichting bij {a.code}
                        </label>
                        {f.toelichting ? (
                          <p class="utrecht-form-field-error-message" id={`${tId}-fout`}>
                            {f.toelichting}
                          </p>
                        ) : null}
                        <textarea class="utrecht-textarea" id={tId} name={`toelichting__${a.code}`} rows={2} {...beschreven(tId, f.toelichting)}>
                          {w.toelichting}
                        </textarea>
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          Meldingen opslaan
        </button>
      </form>
    </Pagina>
  );
}
