// Shared pieces of the beheer pages: breadcrumbs, time stamps, role names and choice, the page frame.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { Pagina, stuurPagina, type Kruimel } from '../../platform/web/pagina.js';
import { ROL_NAMEN, ROLLEN } from '../../domein/beleid.js';
import { type Fouten } from '../../platform/web/formulier.js';
import { paginaContext } from '../../platform/web/verzoek.js';

export const KRUIMEL_BEHEER: Kruimel[] = [
  { label: 'Home', href: '/' },
  { label: 'Beheer', href: '/beheer' },
];

export function tijdstip(d: Date | string | null): string {
  if (!d) return '–';
  return new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long', timeStyle: 'short' }).format(new Date(d));
}

export function Rollen({ rollen }: { rollen: string[] }) {
  return <>{rollen.map((r) => ROL_NAMEN[r as keyof typeof ROL_NAMEN] ?? r).join(', ')}</>;
}

export async function toon(req: FastifyRequest, reply: FastifyReply, titel: string, kruimels: Kruimel[], inhoud: (csrf: string) => VNode, status = 200) {
  const ctx = await paginaContext(req, reply);
  return stuurPagina(
    reply,
    <Pagina titel={titel} actief="beheer" kruimels={kruimels} gebruiker={ctx.gebruiker} csrf={ctx.csrf}>
      {inhoud(ctx.csrf)}
    </Pagina>,
    status,
  );
}

export function RolKeuze({ gekozen, fouten }: { gekozen: string[]; fouten: Fouten }) {
  return (
    <fieldset class={`utrecht-form-fieldset am-keuzes${fouten.rollen ? ' utrecht-form-fieldset--invalid' : ''}`} id="veld-rollen" aria-describedby={fouten.rollen ? 'veld-rollen-fout' : undefined}>
      <legend class="utrecht-form-fieldset__legend">Rollen</legend>
      {fouten.rollen ? (
        <div class="utrecht-form-field-error-message" id="veld-rollen-fout">
          {fouten.rollen}
        </div>
      ) : null}
      {ROLLEN.map((r) => (
        <div class="utrecht-form-field utrecht-form-field--checkbox">
          <input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id={`rol-${r}`} name="rollen" value={r} checked={gekozen.includes(r)} />{' '}
          <label class="utrecht-form-label utrecht-form-label--checkbox" for={`rol-${r}`}>
            {ROL_NAMEN[r]} <span class="am-code">({r})</span>
          </label>
        </div>
      ))}
    </fieldset>
  );
}
