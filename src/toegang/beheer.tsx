// Beheer pages: users and roles, the audit log, personal API tokens, embargo dates.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import type { Db } from '../platform/db.js';
import type { Config } from '../platform/config.js';
import { Pagina, stuurPagina, type Kruimel } from '../platform/web/pagina.js';
import { datum } from '../platform/formaat.js';
import { isIsoDatum } from '../domein/getallen.js';
import { HANDELING_OMSCHRIJVING, mag, ROL_NAMEN, ROLLEN, type Gebruiker, type Handeling } from '../domein/beleid.js';
import { vereist } from '../platform/web/toegangscontrole.js';
import { Csrf, FoutSamenvatting, Melding, Veld, type Fouten } from '../platform/web/formulier.js';
import { paginaContext, veld, velden } from '../platform/web/verzoek.js';
import { alleGebruikers, alleOrganisaties, gebruikerRij, maakGebruiker, wijzigRollen, type GebruikerRij, ORGANISATIE_SOORTEN, type OrganisatieSoort } from './gebruikers.js';
import { ToegangFout } from '../kern/probleem.js';
import { maakToken, tokensVan, toegestaneScopes, trekTokenIn } from './tokens.js';
import { alleEmbargos, zetEmbargo, type EmbargoSoort } from '../kern/embargo.js';

const KRUIMEL_BEHEER: Kruimel[] = [
  { label: 'Home', href: '/' },
  { label: 'Beheer', href: '/beheer' },
];

export function tijdstip(d: Date | string | null): string {
  if (!d) return '–';
  return new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long', timeStyle: 'short' }).format(new Date(d));
}

function Rollen({ rollen }: { rollen: string[] }) {
  return <>{rollen.map((r) => ROL_NAMEN[r as keyof typeof ROL_NAMEN] ?? r).join(', ')}</>;
}

function fouten(err: unknown): Fouten {
  if (err instanceof ToegangFout) return { [err.veld ?? 'algemeen']: err.message };
  throw err;
}

async function toon(req: FastifyRequest, reply: FastifyReply, titel: string, kruimels: Kruimel[], inhoud: (csrf: string) => VNode, status = 200) {
  const ctx = await paginaContext(req, reply);
  return stuurPagina(
    reply,
    <Pagina titel={titel} actief="beheer" kruimels={kruimels} gebruiker={ctx.gebruiker} csrf={ctx.csrf}>
      {inhoud(ctx.csrf)}
    </Pagina>,
    status,
  );
}

// ─── Gebruikers ───────────────────────────────────────────────────────────────────────────────

interface NieuwFormulier {
  email: string;
  naam: string;
  organisatie: string;
  organisatie_soort: string;
  rollen: string[];
  onderdelen: string;
}

function RolKeuze({ gekozen, fouten }: { gekozen: string[]; fouten: Fouten }) {
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

function GebruikersPagina(p: { csrf: string; gebruikers: GebruikerRij[]; organisaties: string[]; form: NieuwFormulier; fouten: Fouten; gemaakt?: string }) {
  return (
    <>
      <h1 class="utrecht-heading-1">Gebruikers</h1>
      {p.gemaakt ? <Melding soort="ok">Gebruiker {p.gemaakt} is aangemaakt.</Melding> : null}
      <div class="am-tabel-scroll">
        <table class="utrecht-table">
          <caption class="utrecht-table__caption">Alle gebruikers ({p.gebruikers.length})</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th scope="col" class="utrecht-table__header-cell">Naam</th>
              <th scope="col" class="utrecht-table__header-cell">E-mailadres</th>
              <th scope="col" class="utrecht-table__header-cell">Organisatie</th>
              <th scope="col" class="utrecht-table__header-cell">Rollen</th>
              <th scope="col" class="utrecht-table__header-cell">Onderdelen</th>
              <th scope="col" class="utrecht-table__header-cell">Actief</th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {p.gebruikers.map((g) => (
              <tr class="utrecht-table__row">
                <th scope="row" class="utrecht-table__header-cell">
                  <a class="utrecht-link" href={`/beheer/gebruikers/${g.id}`}>
                    {g.naam}
                  </a>
                </th>
                <td class="utrecht-table__cell">{g.email}</td>
                <td class="utrecht-table__cell">{g.organisatie_naam}</td>
                <td class="utrecht-table__cell">
                  <Rollen rollen={g.rollen} />
                </td>
                <td class="utrecht-table__cell">{g.onderdelen.join(', ') || '–'}</td>
                <td class="utrecht-table__cell">{g.actief ? 'ja' : 'nee'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 class="utrecht-heading-2" id="nieuw">
        Nieuwe gebruiker
      </h2>
      <FoutSamenvatting fouten={p.fouten} />
      <form method="post" action="/beheer/gebruikers#nieuw" class="am-formulier" novalidate>
        <Csrf token={p.csrf} />
        <Veld naam="naam" label="Naam" waarde={p.form.naam} fouten={p.fouten} autocomplete="off" />
        <Veld naam="email" label="E-mailadres" type="email" waarde={p.form.email} fouten={p.fouten} autocomplete="off" />
        <Veld
          naam="organisatie"
          label="Organisatie"
          waarde={p.form.organisatie}
          fouten={p.fouten}
          hint={`Naam of afkorting van een bestaande organisatie (bijv. ${p.organisaties.slice(0, 3).join(', ')}); een nieuwe naam maakt de organisatie aan.`}
        />
        <div class="utrecht-form-field">
          <div class="utrecht-form-field__label">
            <label class="utrecht-form-label" for="veld-organisatie_soort">
              Soort organisatie (alleen bij een nieuwe organisatie)
            </label>
          </div>
          <div class="utrecht-form-field__input">
            <select class="utrecht-select utrecht-select--html-select" id="veld-organisatie_soort" name="organisatie_soort">
              {ORGANISATIE_SOORTEN.map((s) => (
                <option value={s} selected={p.form.organisatie_soort === s}>
                  {s}
                </option>
              ))}
            </select>
          </div>
        </div>
        <RolKeuze gekozen={p.form.rollen} fouten={p.fouten} />
        <Veld
          naam="onderdelen"
          label="Onderdelen (secretaris thematafel)"
          waarde={p.form.onderdelen}
          fouten={p.fouten}
          hint="Thematafelletters of AZWA-codes, gescheiden door komma's, bijv. A, G. Alleen voor de rol secretaris thematafel."
        />
        <Veld
          naam="wachtwoord"
          label="Eerste wachtwoord"
          type="password"
          fouten={p.fouten}
          autocomplete="new-password"
          hint="Minstens 12 tekens. Geef het via een ander kanaal door."
        />
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          Gebruiker aanmaken
        </button>
      </form>
    </>
  );
}

function GebruikerPagina(p: { csrf: string; g: GebruikerRij; rollen: string[]; onderdelen: string; actief: boolean; versie: number; fouten: Fouten; opgeslagen?: boolean }) {
  return (
    <>
      <h1 class="utrecht-heading-1">{p.g.naam}</h1>
      {p.opgeslagen ? <Melding soort="ok">De wijziging is opgeslagen.</Melding> : null}
      <dl class="utrecht-data-list am-gegevens">
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key">E-mailadres</dt>
          <dd class="utrecht-data-list__item-value">{p.g.email}</dd>
        </div>
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key">Organisatie</dt>
          <dd class="utrecht-data-list__item-value">{p.g.organisatie_naam}</dd>
        </div>
        <div class="utrecht-data-list__item">
          <dt class="utrecht-data-list__item-key">Aangemaakt</dt>
          <dd class="utrecht-data-list__item-value">{tijdstip(p.g.aangemaakt_op)}</dd>
        </div>
      </dl>
      <h2 class="utrecht-heading-2">Rollen wijzigen</h2>
      <FoutSamenvatting fouten={p.fouten} titel={p.fouten.versie ? 'Niet opgeslagen: de gebruiker is intussen gewijzigd' : undefined} />
      <form method="post" action={`/beheer/gebruikers/${p.g.id}`} class="am-formulier" novalidate>
        <Csrf token={p.csrf} />
        <input type="hidden" name="versie" value={String(p.versie)} />
        <RolKeuze gekozen={p.rollen} fouten={p.fouten} />
        <Veld naam="onderdelen" label="Onderdelen (secretaris thematafel)" waarde={p.onderdelen} fouten={p.fouten} hint="Gescheiden door komma's, bijv. A, G." />
        <div class="utrecht-form-field utrecht-form-field--checkbox">
          <input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id="veld-actief" name="actief" value="ja" checked={p.actief} />{' '}
          <label class="utrecht-form-label utrecht-form-label--checkbox" for="veld-actief">
            Account actief (uitzetten beëindigt alle sessies)
          </label>
        </div>
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          Opslaan
        </button>
      </form>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/beheer/audit?object=gebruiker:${p.g.id}`}>
          Wijzigingen van deze gebruiker in het auditlog
        </a>
      </p>
    </>
  );
}

// ─── Audit ────────────────────────────────────────────────────────────────────────────────────

interface AuditRij {
  id: number;
  op: Date;
  door: string;
  actie: string;
  object_soort: string | null;
  object_id: string | null;
  voor: unknown;
  na: unknown;
  details: unknown;
}

export interface AuditFilter {
  door?: string;
  actie?: string;
  /** `soort` or `soort:id` */
  object?: string;
  van?: string;
  tot?: string;
}

export const AUDIT_PAGINA = 100;

export async function zoekAudit(db: Db, f: AuditFilter, pagina = 0): Promise<{ rijen: AuditRij[]; meer: boolean }> {
  const waar: string[] = [];
  const p: unknown[] = [];
  const voeg = (sql: string, v: unknown) => {
    p.push(v);
    waar.push(sql.replace('?', `$${p.length}`));
  };
  if (f.door) voeg(`door ILIKE ?`, `%${f.door.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  if (f.actie) voeg(`actie LIKE ?`, `${f.actie.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  if (f.object) {
    const [soort, ...rest] = f.object.split(':');
    voeg('object_soort = ?', soort);
    if (rest.length) voeg('object_id = ?', rest.join(':'));
  }
  if (f.van && isIsoDatum(f.van)) voeg(`(op AT TIME ZONE 'Europe/Amsterdam')::date >= ?::date`, f.van);
  if (f.tot && isIsoDatum(f.tot)) voeg(`(op AT TIME ZONE 'Europe/Amsterdam')::date <= ?::date`, f.tot);
  p.push(AUDIT_PAGINA + 1, pagina * AUDIT_PAGINA);
  const rijen = await db.query<AuditRij>(
    `SELECT id, op, door, actie, object_soort, object_id, voor, na, details FROM audit_log
      ${waar.length ? `WHERE ${waar.join(' AND ')}` : ''} ORDER BY id DESC LIMIT $${p.length - 1} OFFSET $${p.length}`,
    p,
  );
  return { rijen: rijen.slice(0, AUDIT_PAGINA), meer: rijen.length > AUDIT_PAGINA };
}

function kortJson(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 300 ? `${s.slice(0, 300)}…` : s;
}

function AuditPagina(p: { f: AuditFilter; rijen: AuditRij[]; meer: boolean; pagina: number; acties: string[]; fouten: Fouten }) {
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

// ─── Tokens ───────────────────────────────────────────────────────────────────────────────────

async function TokensPagina(db: Db, g: Gebruiker, csrf: string, p: { fouten: Fouten; naam?: string; scopes?: string[]; nieuwToken?: string; melding?: string }) {
  const tokens = await tokensVan(db, g.id);
  const mogelijk = toegestaneScopes({ ...g, tokenScopes: undefined });
  return (
    <>
      <h1 class="utrecht-heading-1">Mijn API-tokens</h1>
      <p class="utrecht-paragraph">
        Met een persoonlijk API-token kan een systeem namens u de API gebruiken, met de kop <code>Authorization: Bearer am_…</code>.
        Een token mag nooit meer dan uw rollen, en alleen de handelingen die u kiest. U ziet het token één keer; bewaar het veilig.
      </p>
      {p.nieuwToken ? (
        <div class="utrecht-alert utrecht-alert--ok" role="status">
          <div class="utrecht-alert__content">
            <p class="utrecht-paragraph">Het token is aangemaakt. Kopieer het nu, het wordt niet opnieuw getoond:</p>
            <p class="utrecht-paragraph">
              <code class="am-token" data-testid="nieuw-token">
                {p.nieuwToken}
              </code>
            </p>
          </div>
        </div>
      ) : null}
      {p.melding ? <Melding soort="ok">{p.melding}</Melding> : null}
      <div class="am-tabel-scroll">
        <table class="utrecht-table">
          <caption class="utrecht-table__caption">Uw tokens</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th scope="col" class="utrecht-table__header-cell">Naam</th>
              <th scope="col" class="utrecht-table__header-cell">Begint met</th>
              <th scope="col" class="utrecht-table__header-cell">Handelingen</th>
              <th scope="col" class="utrecht-table__header-cell">Aangemaakt</th>
              <th scope="col" class="utrecht-table__header-cell">Laatst gebruikt</th>
              <th scope="col" class="utrecht-table__header-cell">Status</th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {tokens.length === 0 ? (
              <tr class="utrecht-table__row">
                <td class="utrecht-table__cell" colSpan={6}>
                  U heeft nog geen tokens.
                </td>
              </tr>
            ) : null}
            {tokens.map((t) => (
              <tr class="utrecht-table__row">
                <th scope="row" class="utrecht-table__header-cell">
                  {t.naam}
                </th>
                <td class="utrecht-table__cell">
                  <code>{t.prefix}…</code>
                </td>
                <td class="utrecht-table__cell">{t.scopes.join(', ')}</td>
                <td class="utrecht-table__cell">{tijdstip(t.aangemaakt_op)}</td>
                <td class="utrecht-table__cell">{tijdstip(t.laatst_gebruikt_op)}</td>
                <td class="utrecht-table__cell">
                  {t.ingetrokken_op ? (
                    `ingetrokken ${tijdstip(t.ingetrokken_op)}`
                  ) : (
                    <form method="post" action={`/beheer/tokens/${t.id}/intrekken`}>
                      <Csrf token={csrf} />
                      <button type="submit" class="utrecht-button utrecht-button--secondary-action" aria-label={`Token ${t.naam} intrekken`}>
                        Intrekken
                      </button>
                    </form>
                  )}
                  {t.verloopt_op && !t.ingetrokken_op ? ` (verloopt ${datum(t.verloopt_op)})` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 class="utrecht-heading-2" id="nieuw">
        Nieuw token
      </h2>
      <FoutSamenvatting fouten={p.fouten} />
      <form method="post" action="/beheer/tokens" class="am-formulier" novalidate>
        <Csrf token={csrf} />
        <Veld naam="naam" label="Naam" waarde={p.naam} fouten={p.fouten} hint="Waarvoor is het token? Bijv. 'ZN-levering snelle toetsen'." />
        <fieldset class="utrecht-form-fieldset am-keuzes" id="veld-scopes">
          <legend class="utrecht-form-fieldset__legend">Handelingen</legend>
          {p.fouten.scopes ? <div class="utrecht-form-field-error-message">{p.fouten.scopes}</div> : null}
          {mogelijk.map((h) => (
            <div class="utrecht-form-field utrecht-form-field--checkbox">
              <input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id={`scope-${h}`} name="scopes" value={h} checked={p.scopes?.includes(h)} />{' '}
              <label class="utrecht-form-label utrecht-form-label--checkbox" for={`scope-${h}`}>
                {HANDELING_OMSCHRIJVING[h]} <span class="am-code">({h})</span>
              </label>
            </div>
          ))}
        </fieldset>
        <Veld naam="verloopt_op" label="Vervaldatum (optioneel)" type="date" fouten={p.fouten} />
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          Token aanmaken
        </button>
      </form>
    </>
  );
}

// ─── Embargo ──────────────────────────────────────────────────────────────────────────────────

async function EmbargoPagina(db: Db, csrf: string, p: { fouten: Fouten; form?: Record<string, string>; melding?: string }) {
  const rijen = await alleEmbargos(db);
  const standen = await db.query<{ stand: string }>('SELECT DISTINCT stand FROM financiele_kaders ORDER BY stand DESC');
  const f = p.form ?? {};
  return (
    <>
      <h1 class="utrecht-heading-1">Embargo op budgetcijfers</h1>
      <p class="utrecht-paragraph">
        Budgetcijfers blijven onder embargo tot de Tweede Kamer ze heeft. Tot de embargodatum zien alleen beheerders, VWS-redactie
        en leden van het Bestuurlijk Overleg ze; daarna iedereen die de pagina mag zien.
      </p>
      {p.melding ? <Melding soort="ok">{p.melding}</Melding> : null}
      <table class="utrecht-table">
        <caption class="utrecht-table__caption">Ingestelde embargo's</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th scope="col" class="utrecht-table__header-cell">Geldt voor</th>
            <th scope="col" class="utrecht-table__header-cell">Onder embargo tot</th>
            <th scope="col" class="utrecht-table__header-cell">Toelichting</th>
            <th scope="col" class="utrecht-table__header-cell">Laatst gewijzigd</th>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {rijen.length === 0 ? (
            <tr class="utrecht-table__row">
              <td class="utrecht-table__cell" colSpan={4}>
                Er is geen embargo ingesteld.
              </td>
            </tr>
          ) : null}
          {rijen.map((r) => (
            <tr class="utrecht-table__row">
              <th scope="row" class="utrecht-table__header-cell">
                {r.soort === 'kader_stand' ? `Financiële kaders, stand ${datum(r.sleutel)}` : `Rapportageronde peildatum ${datum(r.sleutel)}`}
              </th>
              <td class="utrecht-table__cell">{datum(r.embargo_tot)}</td>
              <td class="utrecht-table__cell">{r.toelichting ?? '–'}</td>
              <td class="utrecht-table__cell">
                {tijdstip(r.gewijzigd_op)} door {r.door}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 class="utrecht-heading-2">Embargo instellen of wijzigen</h2>
      <FoutSamenvatting fouten={p.fouten} />
      <form method="post" action="/beheer/embargo" class="am-formulier" novalidate>
        <Csrf token={csrf} />
        <div class="utrecht-form-field">
          <div class="utrecht-form-field__label">
            <label class="utrecht-form-label" for="veld-soort">
              Geldt voor
            </label>
          </div>
          <div class="utrecht-form-field__input">
            <select class="utrecht-select utrecht-select--html-select" id="veld-soort" name="soort">
              <option value="kader_stand" selected={f.soort !== 'ronde'}>
                Stand van de financiële kaders
              </option>
              <option value="ronde" selected={f.soort === 'ronde'}>
                Rapportageronde (peildatum)
              </option>
            </select>
          </div>
        </div>
        <Veld
          naam="sleutel"
          label="Stand of peildatum"
          type="date"
          waarde={f.sleutel}
          fouten={p.fouten}
          hint={standen.length ? `Standen in de database: ${standen.map((s) => datum(s.stand)).join(', ')}` : undefined}
        />
        <Veld naam="embargo_tot" label="Onder embargo tot (de dag dat de Kamer de cijfers heeft)" type="date" waarde={f.embargo_tot} fouten={p.fouten} />
        <Veld naam="toelichting" label="Toelichting (optioneel)" waarde={f.toelichting} fouten={p.fouten} />
        <input type="hidden" name="versie" value={f.versie ?? ''} />
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          Opslaan
        </button>
      </form>
    </>
  );
}

// ─── Routes ───────────────────────────────────────────────────────────────────────────────────

export async function beheerRoutes(app: FastifyInstance, { db }: { db: Db; config: Config }): Promise<void> {
  app.get('/beheer', { preHandler: vereist('intern.lezen') }, async (req, reply) => {
    const g = req.gebruiker!;
    const links: { href: string; label: string; uitleg: string; handeling: Handeling }[] = [
      { href: '/beheer/gebruikers', label: 'Gebruikers en rollen', uitleg: 'Accounts aanmaken, rollen en onderdelen toekennen, accounts uitzetten.', handeling: 'gebruikers.beheren' },
      { href: '/beheer/audit', label: 'Auditlog', uitleg: 'Zoeken in alle wijzigingen: wie, wat, wanneer.', handeling: 'audit.lezen' },
      { href: '/beheer/embargo', label: 'Embargo op budgetcijfers', uitleg: 'Tot wanneer budgetcijfers alleen intern zichtbaar zijn.', handeling: 'embargo.beheren' },
      { href: '/beheer/tokens', label: 'Mijn API-tokens', uitleg: 'Tokens voor systemen die de API namens u gebruiken.', handeling: 'tokens.beheren' },
    ];
    return toon(req, reply, 'Beheer', [{ label: 'Home', href: '/' }, { label: 'Beheer' }], () => (
      <>
        <h1 class="utrecht-heading-1">Beheer</h1>
        <p class="utrecht-paragraph">
          U bent ingelogd als {g.naam} ({g.organisatie_naam}) met de rol{g.rollen.length > 1 ? 'len' : ''} <Rollen rollen={g.rollen} />.
        </p>
        <ul class="am-kaartlijst">
          {links
            .filter((l) => mag(g, l.handeling))
            .map((l) => (
              <li class="am-kaart">
                <h2 class="utrecht-heading-3">
                  <a class="utrecht-link" href={l.href}>
                    {l.label}
                  </a>
                </h2>
                <p class="utrecht-paragraph">{l.uitleg}</p>
              </li>
            ))}
        </ul>
      </>
    ));
  });

  // gebruikers
  const kruimelsGebruikers = [...KRUIMEL_BEHEER, { label: 'Gebruikers' }];
  const leegNieuw: NieuwFormulier = { email: '', naam: '', organisatie: '', organisatie_soort: 'overig', rollen: [], onderdelen: '' };
  const orgNamen = async () => (await alleOrganisaties(db)).map((o) => o.afkorting ?? o.naam);

  app.get('/beheer/gebruikers', { preHandler: vereist('gebruikers.beheren') }, async (req, reply) => {
    const gemaakt = (req.query as Record<string, string | undefined>).gemaakt;
    const [gebruikers, organisaties] = await Promise.all([alleGebruikers(db), orgNamen()]);
    return toon(req, reply, 'Gebruikers', kruimelsGebruikers, (csrf) => (
      <GebruikersPagina csrf={csrf} gebruikers={gebruikers} organisaties={organisaties} form={leegNieuw} fouten={{}} gemaakt={gemaakt} />
    ));
  });

  app.post('/beheer/gebruikers', { preHandler: vereist('gebruikers.beheren'), onRequest: app.csrfProtection }, async (req, reply) => {
    const form: NieuwFormulier = {
      email: veld(req.body, 'email'),
      naam: veld(req.body, 'naam'),
      organisatie: veld(req.body, 'organisatie'),
      organisatie_soort: veld(req.body, 'organisatie_soort') || 'overig',
      rollen: velden(req.body, 'rollen'),
      onderdelen: veld(req.body, 'onderdelen'),
    };
    let f: Fouten;
    try {
      const soort = (ORGANISATIE_SOORTEN as readonly string[]).includes(form.organisatie_soort) ? (form.organisatie_soort as OrganisatieSoort) : 'overig';
      const g = await maakGebruiker(db, {
        ...form,
        organisatieSoort: soort,
        onderdelen: form.onderdelen.split(/[,\s]+/).filter(Boolean),
        wachtwoord: veld(req.body, 'wachtwoord'),
        door: req.gebruiker!.email,
      });
      return reply.redirect(`/beheer/gebruikers?gemaakt=${encodeURIComponent(g.email)}`, 303);
    } catch (err) {
      f = fouten(err);
    }
    const [gebruikers, organisaties] = await Promise.all([alleGebruikers(db), orgNamen()]);
    return toon(req, reply, 'Gebruikers', kruimelsGebruikers, (csrf) => <GebruikersPagina csrf={csrf} gebruikers={gebruikers} organisaties={organisaties} form={form} fouten={f} />, 400);
  });

  const kruimelsGebruiker = (g: GebruikerRij) => [...KRUIMEL_BEHEER, { label: 'Gebruikers', href: '/beheer/gebruikers' }, { label: g.naam }];

  app.get('/beheer/gebruikers/:id', { preHandler: vereist('gebruikers.beheren') }, async (req, reply) => {
    const id = Number((req.params as { id: string }).id);
    const g = Number.isSafeInteger(id) ? await gebruikerRij(db, id) : null;
    if (!g) return reply.callNotFound();
    const opgeslagen = (req.query as Record<string, string | undefined>).opgeslagen !== undefined;
    return toon(req, reply, g.naam, kruimelsGebruiker(g), (csrf) => (
      <GebruikerPagina csrf={csrf} g={g} rollen={g.rollen} onderdelen={g.onderdelen.join(', ')} actief={g.actief} versie={g.versie} fouten={{}} opgeslagen={opgeslagen} />
    ));
  });

  app.post('/beheer/gebruikers/:id', { preHandler: vereist('gebruikers.beheren'), onRequest: app.csrfProtection }, async (req, reply) => {
    const id = Number((req.params as { id: string }).id);
    const huidig = Number.isSafeInteger(id) ? await gebruikerRij(db, id) : null;
    if (!huidig) return reply.callNotFound();
    const rollen = velden(req.body, 'rollen');
    const onderdelen = veld(req.body, 'onderdelen');
    const actief = veld(req.body, 'actief') === 'ja';
    const versie = Number(veld(req.body, 'versie'));
    let f: Fouten;
    try {
      await wijzigRollen(db, id, { rollen, onderdelen: onderdelen.split(/[,\s]+/).filter(Boolean), actief, versie, door: req.gebruiker!.email }, req.gebruiker!.id);
      return reply.redirect(`/beheer/gebruikers/${id}?opgeslagen`, 303);
    } catch (err) {
      f = fouten(err);
    }
    const nu = (await gebruikerRij(db, id))!;
    // on a conflict show the current state (and a fresh versie); otherwise what was entered
    const conflict = Boolean(f.versie);
    return toon(
      req,
      reply,
      nu.naam,
      kruimelsGebruiker(nu),
      (csrf) => (
        <GebruikerPagina
          csrf={csrf}
          g={nu}
          rollen={conflict ? nu.rollen : rollen}
          onderdelen={conflict ? nu.onderdelen.join(', ') : onderdelen}
          actief={conflict ? nu.actief : actief}
          versie={conflict ? nu.versie : versie}
          fouten={f}
        />
      ),
      conflict ? 409 : 400,
    );
  });

  // audit
  app.get('/beheer/audit', { preHandler: vereist('audit.lezen') }, async (req, reply) => {
    const q = req.query as Record<string, string | undefined>;
    const f: AuditFilter = { door: q.door?.trim() || undefined, actie: q.actie?.trim() || undefined, object: q.object?.trim() || undefined, van: q.van || undefined, tot: q.tot || undefined };
    const fout: Fouten = {};
    if (f.van && !isIsoDatum(f.van)) fout.van = 'Vul de datum in als JJJJ-MM-DD.';
    if (f.tot && !isIsoDatum(f.tot)) fout.tot = 'Vul de datum in als JJJJ-MM-DD.';
    const pagina = Math.max(0, Math.min(10_000, Number(q.pagina) || 0));
    const { rijen, meer } = await zoekAudit(db, f, pagina);
    const acties = (await db.query<{ actie: string }>('SELECT DISTINCT actie FROM audit_log ORDER BY actie')).map((r) => r.actie);
    return toon(req, reply, 'Auditlog', [...KRUIMEL_BEHEER, { label: 'Auditlog' }], () => <AuditPagina f={f} rijen={rijen} meer={meer} pagina={pagina} acties={acties} fouten={fout} />);
  });

  // tokens
  const kruimelsTokens = [...KRUIMEL_BEHEER, { label: 'API-tokens' }];
  app.get('/beheer/tokens', { preHandler: vereist('tokens.beheren') }, async (req, reply) => {
    const ingetrokken = (req.query as Record<string, string | undefined>).ingetrokken !== undefined;
    const ctx = await paginaContext(req, reply);
    const inhoud = await TokensPagina(db, req.gebruiker!, ctx.csrf, { fouten: {}, melding: ingetrokken ? 'Het token is ingetrokken.' : undefined });
    return stuurPagina(reply, <Pagina titel="API-tokens" actief="beheer" kruimels={kruimelsTokens} gebruiker={ctx.gebruiker} csrf={ctx.csrf}>{inhoud}</Pagina>);
  });

  app.post('/beheer/tokens', { preHandler: vereist('tokens.beheren'), onRequest: app.csrfProtection }, async (req, reply) => {
    const naam = veld(req.body, 'naam');
    const scopes = velden(req.body, 'scopes');
    let f: Fouten = {};
    let nieuw: string | undefined;
    try {
      nieuw = (await maakToken(db, req.gebruiker!, { naam, scopes, verloopt_op: veld(req.body, 'verloopt_op') })).token;
    } catch (err) {
      f = fouten(err);
    }
    // the token is shown once, in this response (no redirect: it must not end up in a URL)
    reply.header('cache-control', 'no-store');
    const ctx = await paginaContext(req, reply);
    const inhoud = await TokensPagina(db, req.gebruiker!, ctx.csrf, nieuw ? { fouten: {}, nieuwToken: nieuw } : { fouten: f, naam, scopes });
    return stuurPagina(reply, <Pagina titel="API-tokens" actief="beheer" kruimels={kruimelsTokens} gebruiker={ctx.gebruiker} csrf={ctx.csrf}>{inhoud}</Pagina>, nieuw ? 201 : 400);
  });

  app.post('/beheer/tokens/:id/intrekken', { preHandler: vereist('tokens.beheren'), onRequest: app.csrfProtection }, async (req, reply) => {
    const id = Number((req.params as { id: string }).id);
    const ok = Number.isSafeInteger(id) && (await trekTokenIn(db, req.gebruiker!, id));
    if (!ok) return reply.callNotFound();
    return reply.redirect('/beheer/tokens?ingetrokken', 303);
  });

  // embargo
  const kruimelsEmbargo = [...KRUIMEL_BEHEER, { label: 'Embargo' }];
  app.get('/beheer/embargo', { preHandler: vereist('embargo.beheren') }, async (req, reply) => {
    const ctx = await paginaContext(req, reply);
    const inhoud = await EmbargoPagina(db, ctx.csrf, { fouten: {} });
    return stuurPagina(reply, <Pagina titel="Embargo" actief="beheer" kruimels={kruimelsEmbargo} gebruiker={ctx.gebruiker} csrf={ctx.csrf}>{inhoud}</Pagina>);
  });

  app.post('/beheer/embargo', { preHandler: vereist('embargo.beheren'), onRequest: app.csrfProtection }, async (req, reply) => {
    const form = {
      soort: veld(req.body, 'soort'),
      sleutel: veld(req.body, 'sleutel'),
      embargo_tot: veld(req.body, 'embargo_tot'),
      toelichting: veld(req.body, 'toelichting'),
      versie: veld(req.body, 'versie'),
    };
    let f: Fouten = {};
    let melding: string | undefined;
    try {
      // an empty versie means "the form did not know this embargo": take the stored one only when there is none
      let versie = Number(form.versie || 0);
      if (!form.versie) {
        const r = await db.query<{ versie: number }>('SELECT versie FROM embargo WHERE soort = $1 AND sleutel = $2::date', [form.soort, isIsoDatum(form.sleutel) ? form.sleutel : '1900-01-01']);
        versie = r[0]?.versie ?? 0;
      }
      await zetEmbargo(db, { soort: form.soort as EmbargoSoort, sleutel: form.sleutel, embargo_tot: form.embargo_tot, toelichting: form.toelichting, versie }, req.gebruiker!.email);
      melding = 'Het embargo is opgeslagen.';
    } catch (err) {
      f = fouten(err);
    }
    const ctx = await paginaContext(req, reply);
    const inhoud = await EmbargoPagina(db, ctx.csrf, { fouten: f, form: melding ? undefined : form, melding });
    return stuurPagina(reply, <Pagina titel="Embargo" actief="beheer" kruimels={kruimelsEmbargo} gebruiker={ctx.gebruiker} csrf={ctx.csrf}>{inhoud}</Pagina>, melding ? 200 : f.versie ? 409 : 400);
  });
}
