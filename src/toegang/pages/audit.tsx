// Beheer: the audit log with its filter.
import { datum } from '../../platform/formaat.js';
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
      <div class="am-tabel-scroll">
        <table class="utrecht-table am-audit">
          <caption class="utrecht-table__caption">
            {p.rijen.length === 0 ? 'Geen regels gevonden' : `Regels ${p.pagina * AUDIT_PAGINA + 1} tot en met ${p.pagina * AUDIT_PAGINA + p.rijen.length}, nieuwste eerst`}
          </caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th scope="col" class="utrecht-table__header-cell">Tijdstip</th>
              <th scope="col" class="utrecht-table__header-cell">Door</th>
              <th scope="col" class="utrecht-table__header-cell">Actie</th>
              <th scope="col" class="utrecht-table__header-cell">Object</th>
              <th scope="col" class="utrecht-table__header-cell">Voor</th>
              <th scope="col" class="utrecht-table__header-cell">Na / details</th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {p.rijen.map((r) => (
              <tr class="utrecht-table__row">
                <td class="utrecht-table__cell am-nowrap">{tijdstip(r.op)}</td>
                <td class="utrecht-table__cell">{r.door}</td>
                <td class="utrecht-table__cell">{r.actie}</td>
                <td class="utrecht-table__cell">{r.object_soort ? `${r.object_soort}${r.object_id ? `:${r.object_id}` : ''}` : '–'}</td>
                <td class="utrecht-table__cell am-json">{kortJson(r.voor)}</td>
                <td class="utrecht-table__cell am-json">{kortJson(r.na ?? r.details)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
