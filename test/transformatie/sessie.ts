// Een ingelogde browser zonder browser: cookies bijhouden, inloggen via /inloggen, het CSRF-token uit
// een formulierpagina halen en formulieren posten met app.inject().
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/platform/db.js';
import { maakGebruiker } from '../../src/toegang/gebruikers.js';
import type { OrganisatieSoort } from '../../src/toegang/gebruikers.js';

export const WACHTWOORD = 'een-lang-genoeg-testwachtwoord-2025';

export async function maakTestgebruiker(db: Db, email: string, naam: string, organisatie: string, soort: OrganisatieSoort, rollen: string[]): Promise<void> {
  await maakGebruiker(db, { email, naam, organisatie, organisatieSoort: soort, rollen, wachtwoord: WACHTWOORD, door: 'test' });
}

export class Sessie {
  private cookies = new Map<string, string>();
  constructor(private readonly app: FastifyInstance) {}

  private bewaar(setCookie: string | string[] | undefined): void {
    for (const c of Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []) {
      const [paar] = c.split(';');
      const i = paar.indexOf('=');
      const naam = paar.slice(0, i).trim();
      const waarde = paar.slice(i + 1).trim();
      if (waarde === '' || /expires=Thu, 01 Jan 1970/i.test(c)) this.cookies.delete(naam);
      else this.cookies.set(naam, waarde);
    }
  }

  private cookieKop(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async get(url: string) {
    const r = await this.app.inject({ method: 'GET', url, headers: { cookie: this.cookieKop(), accept: 'text/html' } });
    this.bewaar(r.headers['set-cookie']);
    return r;
  }

  async post(url: string, velden: Record<string, string | string[]>) {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(velden)) for (const w of Array.isArray(v) ? v : [v]) body.append(k, w);
    const r = await this.app.inject({
      method: 'POST',
      url,
      headers: { cookie: this.cookieKop(), accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
      payload: body.toString(),
    });
    this.bewaar(r.headers['set-cookie']);
    return r;
  }

  /** Haalt de pagina op en post het formulier met die action, met zijn verborgen velden (CSRF, versie, status) plus `velden`. */
  async verstuur(pagina: string, action: string, velden: Record<string, string | string[]> = {}, actie?: string) {
    const r = await this.get(pagina);
    if (r.statusCode !== 200) throw new Error(`GET ${pagina} gaf ${r.statusCode}`);
    const verborgen = verborgenVelden(r.body, action, actie);
    if (!verborgen) throw new Error(`Geen formulier naar ${action}${actie ? ` (${actie})` : ''} op ${pagina}`);
    return this.post(action, { ...verborgen, ...velden });
  }

  async login(email: string): Promise<void> {
    const r = await this.verstuur('/inloggen', '/inloggen', { email, wachtwoord: WACHTWOORD });
    if (r.statusCode !== 303) throw new Error(`Inloggen als ${email} mislukte: ${r.statusCode}`);
  }
}

/** De verborgen velden van het formulier met deze action (en eventueel deze actie). */
export function verborgenVelden(html: string, action: string, actie?: string): Record<string, string> | null {
  const formulieren = html.split('<form').slice(1);
  for (const f of formulieren) {
    const kop = f.slice(0, f.indexOf('>'));
    if (!kop.includes(`action="${action}"`)) continue;
    const inhoud = f.slice(0, f.indexOf('</form>'));
    const velden: Record<string, string> = {};
    for (const m of inhoud.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)) velden[m[1]] = m[2].replace(/&amp;/g, '&').replace(/&quot;/g, '"');
    if (actie && velden.actie !== actie) continue;
    return velden;
  }
  return null;
}
