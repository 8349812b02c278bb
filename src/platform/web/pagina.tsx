// The page layout of every screen: Rijkshuisstijl header with the parts, breadcrumbs, skip link.
// Server-rendered with Preact; pages work without JavaScript.
import type { ComponentChildren, VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { FastifyReply } from 'fastify';
import type { Gebruiker } from '../../domein/beleid.js';

export interface Kruimel {
  label: string;
  href?: string;
}

export const ONDERDELEN_MENU: { label: string; href: string; sleutel: string }[] = [
  { label: 'Dashboard', href: '/', sleutel: 'dashboard' },
  { label: 'Acties', href: '/acties', sleutel: 'acties' },
  { label: 'AZWA', href: '/azwa', sleutel: 'azwa' },
  { label: 'Transformatie', href: '/transformatie', sleutel: 'transformatie' },
  { label: 'Financiën', href: '/financien', sleutel: 'financien' },
  { label: 'Arbeidsmarkt', href: '/arbeidsmarkt', sleutel: 'arbeidsmarkt' },
  { label: 'Toegankelijkheid', href: '/toegankelijkheid', sleutel: 'toegankelijkheid' },
  { label: 'Fte-impact', href: '/impact', sleutel: 'impact' },
  { label: 'Regio’s', href: '/regios', sleutel: 'regios' },
  { label: 'Rapportages', href: '/rapportages', sleutel: 'rapportages' },
  { label: 'Beheer', href: '/beheer', sleutel: 'beheer' },
];

export interface PaginaProps {
  titel: string;
  /** Menu key of the part this page belongs to (highlights it in the header). */
  actief?: string;
  kruimels?: Kruimel[];
  gebruiker: Gebruiker | null;
  /** CSRF token for the logout form in the header. */
  csrf?: string;
  /** Extra client scripts (islands), paths under /assets. */
  scripts?: string[];
  children: ComponentChildren;
}

export function Pagina(p: PaginaProps): VNode {
  const menu = ONDERDELEN_MENU.filter((m) => m.sleutel !== 'beheer' || p.gebruiker);
  const huidig = menu.find((m) => m.sleutel === p.actief);
  const links = menu.map((m) => (
    <li>
      <a href={m.href} aria-current={p.actief === m.sleutel ? 'page' : undefined}>
        {m.label}
      </a>
    </li>
  ));
  return (
    <html lang="nl">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${p.titel} | Akkoordmonitor`}</title>
        <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/assets/rijkshuisstijl.css" />
        <link rel="stylesheet" href="/assets/app.css" />
        {/* classic scripts with defer: run in order after parsing (echarts before the island) */}
        {(p.scripts ?? []).map((s) => (
          <script src={s} defer />
        ))}
      </head>
      <body class="rhc-theme utrecht-document am-body">
        <a class="am-skiplink" href="#inhoud">
          Direct naar de inhoud
        </a>
        <header class="am-header">
          <div class="am-header__boven">
            <a class="am-logo" href="/">
              <span class="am-logo__lint" aria-hidden="true" />
              <span class="am-logo__tekst">
                Rijksoverheid
                <br />
                <strong>Akkoordmonitor IZA en AZWA</strong>
              </span>
            </a>
            <div class="am-gebruiker">
              {p.gebruiker ? (
                <form method="post" action="/uitloggen">
                  <span class="am-gebruiker__naam">
                    {p.gebruiker.naam} ({p.gebruiker.organisatie_naam})
                  </span>{' '}
                  {p.csrf ? (
                    <>
                      <input type="hidden" name="_csrf" value={p.csrf} />
                      <button type="submit" class="utrecht-button utrecht-button--secondary-action">
                        Uitloggen
                      </button>
                    </>
                  ) : (
                    <a href="/uitloggen">Uitloggen</a>
                  )}
                </form>
              ) : (
                <a href="/inloggen">Inloggen</a>
              )}
            </div>
          </div>
          <nav class="am-nav" aria-label="Hoofdmenu">
            {/* wide screens: every part in a row; phones: a disclosure menu (works without JavaScript)
                that names the current part. CSS shows one of the two. */}
            <ul class="am-nav__breed">{links}</ul>
            <details class="am-nav__menu">
              <summary>
                Menu{huidig ? <span class="am-nav__huidig">: {huidig.label}</span> : null}
              </summary>
              <ul>{links}</ul>
            </details>
          </nav>
        </header>
        {p.kruimels && p.kruimels.length > 0 ? (
          <nav class="am-kruimels" aria-label="Kruimelpad">
            <ol>
              {p.kruimels.map((k, i) => (
                <li>{k.href && i < p.kruimels!.length - 1 ? <a href={k.href}>{k.label}</a> : <span aria-current="page">{k.label}</span>}</li>
              ))}
            </ol>
          </nav>
        ) : null}
        <main id="inhoud" class="am-main" tabIndex={-1}>
          {p.children}
        </main>
        <footer class="am-footer">
          <div class="am-footer__binnen">
            <p>
              Akkoordmonitor: monitoring van het Integraal Zorgakkoord (IZA) en het Aanvullend Zorg- en Welzijnsakkoord (AZWA), in
              opdracht van het Bestuurlijk Overleg.
            </p>
            <ul>
              <li>
                <a href="/">Dashboard</a>
              </li>
              <li>
                <a href="/api/v1/openapi.json">API (OpenAPI)</a>
              </li>
            </ul>
          </div>
        </footer>
      </body>
    </html>
  );
}

export function renderPagina(vnode: VNode): string {
  return `<!doctype html>${renderToString(vnode)}`;
}

export function stuurPagina(reply: FastifyReply, vnode: VNode, status = 200): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(renderPagina(vnode));
}
