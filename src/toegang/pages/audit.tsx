// Beheer: the audit log with its filter.
import type { ComponentChildren } from 'preact';
import { DataTabel } from '../../platform/web/grafiekfiguur.js';
import { FoutSamenvatting, Veld, type Fouten } from '../../platform/web/formulier.js';
import { type AuditRij, type AuditFilter, AUDIT_PAGINA } from '../audit.js';
import { tijdstip } from './onderdelen.js';

function kortJson(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 300 ? `${s.slice(0, 300)}…` : s;
}

export function AuditPagina(p: { f: AuditFilter; rijen: AuditRij[]; meer: boolean; pagina: number; acties: string[]; fouten: Fouten }) {
  const q = (extra: Record<string, string>) =>
    '?' + new URLSearchParams(Object.entries({ ...p.f, ...extra }).filter(([, v]) => v) as [string, string][]).toString();
  return (
    <>
      <h1 class="utrecht-heading-1">Auditlog</h1>
      <p class="utrecht-paragraph">
        Elke wijziging in de Akkoordmonitor staat hier: wie, wanneer, wat ervoor en erna. Regels kunnen niet worden gewijzigd of
        verwijderd.
      </p>
      <FoutSamenvatting fouten={p.fouten} />
      <form method="get" action="/beheer/audit" class="am-filter" role="search" aria-label="Auditlog doorzoeken">
        <Veld naam="door" label="Door (e-mailadres)" waarde={p.f.door} fouten={p.fouten} />
        <div class="utrecht-form-field">
          <div class="utrecht-form-field__label">
            <label class="utrecht-form-label" for="veld-actie">
              Actie
            </label>
          </div>
          <div class="utrecht-form-field__input">
            <select class="utrecht-select utrecht-select--html-select" id="veld-actie" name="actie">
              <option value="">Alle acties</option>
              {p.acties.map((a) => (
                <option value={a} selected={p.f.actie === a}>
                  {a}
                </option>
              ))}
            </select>
          </div>
        </div>
        <Veld naam="object" label="Object" waarde={p.f.object} fouten={p.fouten} hint="Soort of soort:id, bijv. gebruiker:3" />
        <Veld naam="van" label="Vanaf datum" type="date" waarde={p.f.van} fouten={p.fouten} />
        <Veld naam="tot" label="Tot en met datum" type="date" waarde={p.f.tot} fouten={p.fouten} />
        <button type="submit" class="utrecht-button utrecht-button--secondary-action">
          Zoeken
        </button>
      </form>
      <DataTabel<ComponentChildren>
        caption={p.rijen.length === 0 ? 'Geen regels gevonden' : `Regels ${p.pagina * AUDIT_PAGINA + 1} tot en met ${p.pagina * AUDIT_PAGINA + p.rijen.length}, nieuwste eerst`}
        kop={['Tijdstip', 'Door', 'Actie', 'Object', 'Voor', 'Na / details']}
        klasse="am-audit"
        rijen={p.rijen.map((r) => [
          <span class="am-nowrap">{tijdstip(r.op)}</span>,
          r.door,
          r.actie,
          r.object_soort ? `${r.object_soort}${r.object_id ? `:${r.object_id}` : ''}` : '–',
          kortJson(r.voor),
          kortJson(r.na ?? r.details),
        ])}
        tekst={(c) => c}
        celKlasse={(_, i) => `utrecht-table__cell${i >= 4 ? ' am-json' : ''}`}
      />
      <nav class="am-paginering" aria-label="Paginering auditlog">
        {p.pagina > 0 ? (
          <a class="utrecht-link" href={`/beheer/audit${q({ pagina: String(p.pagina - 1) })}`}>
            Nieuwere regels
          </a>
        ) : null}{' '}
        {p.meer ? (
          <a class="utrecht-link" href={`/beheer/audit${q({ pagina: String(p.pagina + 1) })}`}>
            Oudere regels
          </a>
        ) : null}
      </nav>
    </>
  );
}
