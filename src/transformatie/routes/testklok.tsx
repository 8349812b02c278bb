// Testklok voor de transformatieworkflow (docs/testklok.md). Bestaat ALLEEN als de server draait met
// AKKOORDMONITOR_TESTKLOK=1 — nooit in productie: met NODE_ENV=production of achter TLS weigert de
// server dan te starten. Een beheerder zet op /beheer/testklok de datum die transformatieVandaag()
// teruggeeft (instellingen.testklok), zodat een browsertest een vragentermijn van twee weken kan laten
// verstrijken zonder te wachten. Elk verzoek aan de transformatieroutes leest de datum uit de database
// (dus ook na een herstart of met meer serverprocessen dezelfde klok). Zetten: CSRF, één transactie,
// één auditregel, en een formulier op een verouderde stand verandert niets.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db, Queryable } from '../../platform/db.js';
import type { Config } from '../../platform/config.js';
import { Pagina, stuurPagina } from '../../platform/web/pagina.js';
import { datum } from '../../platform/formaat.js';
import { vandaag as echteVandaag } from '../../platform/tijd.js';
import { isIsoDatum } from '../../domein/getallen.js';
import { schrijfAudit } from '../../kern/audit.js';
import { type Gebruiker } from '../../domein/beleid.js';
import { vereist } from '../../platform/web/toegangscontrole.js';
import { testklokAan, zetTestklok } from '../klok.js';
import { Melding, Tekstveld } from '../pages/onderdelen.js';
import { Csrf } from '../../platform/web/formulier.js';
import { csrfToken } from '../../platform/web/verzoek.js';

export const TESTKLOK_SLEUTEL = 'testklok';

/** De datum in instellingen.testklok, of null als er geen (geldige) staat. */
export async function leesTestklok(db: Queryable): Promise<string | null> {
  const r = await db.query<{ waarde: unknown }>(`SELECT waarde FROM instellingen WHERE sleutel = $1`, [TESTKLOK_SLEUTEL]);
  const w = r[0]?.waarde;
  return typeof w === 'string' && isIsoDatum(w) ? w : null;
}

function TestklokPagina(p: { gebruiker: Gebruiker | null; csrf: string; huidig: string | null; fout?: string; waarde?: string; melding?: { soort: 'ok' | 'fout'; tekst: string } }) {
  return (
    <Pagina titel="Testklok" actief="beheer" kruimels={[{ label: 'Beheer', href: '/beheer' }, { label: 'Testklok' }]} gebruiker={p.gebruiker} csrf={p.csrf}>
      <h1 class="utrecht-heading-1">Testklok transformatie</h1>
      <Melding soort="waarschuwing">
        Deze server draait met AKKOORDMONITOR_TESTKLOK=1: een test- of demonstratieomgeving. In productie bestaat deze pagina niet.
      </Melding>
      {p.melding ? <Melding soort={p.melding.soort}>{p.melding.tekst}</Melding> : null}
      <p class="utrecht-paragraph">
        {p.huidig
          ? `De transformatieworkflow rekent nu met ${datum(p.huidig)} als vandaag (echte datum: ${datum(echteVandaag())}).`
          : `Er is geen testklok gezet: de transformatieworkflow rekent met de echte datum, ${datum(echteVandaag())}.`}
      </p>
      <form method="post" action="/beheer/testklok" class="am-formulier" novalidate>
        <Csrf token={p.csrf} />
        <input type="hidden" name="huidig" value={p.huidig ?? ''} />
        <Tekstveld naam="datum" label="Datum van vandaag voor de workflow" type="date" beschrijving="Als JJJJ-MM-DD. Leeg laten en opslaan: terug naar de echte datum." waarde={p.waarde ?? p.huidig ?? ''} fout={p.fout} />
        <div>
          <button type="submit" class="utrecht-button utrecht-button--primary-action">
            Testklok opslaan
          </button>
        </div>
      </form>
    </Pagina>
  );
}

/**
 * Registreert de testklok als AKKOORDMONITOR_TESTKLOK=1; anders gebeurt er niets (de route bestaat dan niet).
 * Aanroepen vóór de transformatieroutes, zodat de hook hun 'vandaag' zet.
 */
export async function testklokRoutes(app: FastifyInstance, { db, config, env = process.env }: { db: Db; config: Config; env?: NodeJS.ProcessEnv }): Promise<void> {
  if (!testklokAan(env)) {
    zetTestklok(null);
    return;
  }
  if (env.NODE_ENV === 'production' || config.achterTls) {
    throw new Error('AKKOORDMONITOR_TESTKLOK=1 is alleen voor tests en demo’s: niet met NODE_ENV=production of AKKOORDMONITOR_TLS. Verwijder de variabele.');
  }
  app.log.warn('Testklok actief (AKKOORDMONITOR_TESTKLOK=1): de transformatieworkflow gebruikt instellingen.testklok als datum. Niet voor productie.');

  // Per verzoek de klok uit de database: transformatieVandaag() is synchroon, de hook zet hem vooraf.
  app.addHook('onRequest', async () => {
    zetTestklok(await leesTestklok(db));
  });

  const pagina = async (req: FastifyRequest, reply: FastifyReply, extra: Partial<Parameters<typeof TestklokPagina>[0]> = {}, status = 200) =>
    stuurPagina(reply, <TestklokPagina gebruiker={req.gebruiker} csrf={await csrfToken(reply)} huidig={await leesTestklok(db)} {...extra} />, status);

  app.get('/beheer/testklok', { preHandler: vereist('gebruikers.beheren') }, async (req, reply) => {
    const gezet = (req.query as Record<string, string | undefined>).gezet;
    return pagina(req, reply, gezet !== undefined ? { melding: { soort: 'ok', tekst: gezet ? `De testklok staat op ${datum(gezet)}.` : 'De testklok is uit: de echte datum geldt weer.' } } : {});
  });

  app.post('/beheer/testklok', { preHandler: vereist('gebruikers.beheren'), onRequest: app.csrfProtection }, async (req, reply) => {
    const body = (req.body ?? {}) as Record<string, string | undefined>;
    const nieuw = (body.datum ?? '').trim();
    const gelezen = (body.huidig ?? '').trim() || null;
    if (nieuw !== '' && !isIsoDatum(nieuw)) {
      return pagina(req, reply, { fout: 'Vul een bestaande datum in als JJJJ-MM-DD, bijvoorbeeld 2025-04-04.', waarde: nieuw }, 422);
    }
    const uitkomst = await db.transaction(async (tx) => {
      const rij = await tx.query<{ waarde: unknown }>(`SELECT waarde FROM instellingen WHERE sleutel = $1 FOR UPDATE`, [TESTKLOK_SLEUTEL]);
      const voor = typeof rij[0]?.waarde === 'string' ? (rij[0].waarde as string) : null;
      if (voor !== gelezen) return { ok: false as const, voor };
      if (nieuw === '') await tx.query(`DELETE FROM instellingen WHERE sleutel = $1`, [TESTKLOK_SLEUTEL]);
      else {
        await tx.query(`INSERT INTO instellingen (sleutel, waarde) VALUES ($1, $2) ON CONFLICT (sleutel) DO UPDATE SET waarde = EXCLUDED.waarde`, [TESTKLOK_SLEUTEL, JSON.stringify(nieuw)]);
      }
      await schrijfAudit(tx, { door: req.gebruiker!.email, actie: 'testklok.zetten', object_soort: 'instellingen', object_id: TESTKLOK_SLEUTEL, voor, na: nieuw || null });
      return { ok: true as const };
    });
    if (!uitkomst.ok) {
      return pagina(
        req,
        reply,
        { melding: { soort: 'fout', tekst: `Iemand anders heeft de testklok gewijzigd nadat u de pagina opende (nu: ${uitkomst.voor ? datum(uitkomst.voor) : 'uit'}). Er is niets opgeslagen; kijk en probeer opnieuw.` }, waarde: nieuw },
        409,
      );
    }
    zetTestklok(nieuw || null);
    return reply.redirect(`/beheer/testklok?gezet=${nieuw}`, 303);
  });
}
