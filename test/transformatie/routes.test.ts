// Route-niveau: één snelle toets van indiening tot betaalde KPI, via de echte app (inloggen, CSRF,
// formulieren) met elke betrokken rol. De klok is instelbaar, zodat de vragentermijn van twee weken
// zonder wachten verstrijkt. Bij elke stap bewegen de kerncijfers (API) en tonen de pagina's hetzelfde.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/platform/db.js';
import { bouwApp } from '../../src/app.js';
import { leesConfig } from '../../src/platform/config.js';
import { zetTransformatieKlok } from '../../src/transformatie/klok.js';
import { nieuweTestDb } from '../helpers/db.js';
import { maakTestgebruiker, Sessie } from './sessie.js';
import { leesToken } from '../helpers/toegang.js';

let db: Db;
let app: FastifyInstance;
let vandaag = '2025-03-03';

beforeAll(async () => {
  db = await nieuweTestDb();
  app = await bouwApp({ db, config: leesConfig({ ...process.env, AKKOORDMONITOR_SEED: 'none' }) });
  zetTransformatieKlok(() => vandaag);
  await maakTestgebruiker(db, 'ineke@zorggroep-noord.nl', 'Ineke Indiener', 'Zorggroep Noord', 'indiener', ['indiener']);
  await maakTestgebruiker(db, 'cor@menzis.nl', 'Cor Coördinator', 'Menzis', 'verzekeraar', ['coordinerend-verzekeraar']);
  await maakTestgebruiker(db, 'vera@vgz.nl', 'Vera Verzekeraar', 'VGZ', 'verzekeraar', ['verzekeraar']);
  await maakTestgebruiker(db, 'nico@nza.nl', 'Nico NZa', 'NZa', 'toezichthouder', ['nza']);
  await maakTestgebruiker(db, 'lex@tweedekamer.nl', 'Lex Lezer', 'Tweede Kamer', 'overig', ['lezer']);
});

afterAll(async () => {
  zetTransformatieKlok(null);
  await app.close();
  await db.close();
});

let token: { authorization: string } | undefined;
async function kerncijfers(p: string) {
  const r = await app.inject({ method: 'GET', url: `/api/v1/kerncijfers?peildatum=${p}&bron=berekend`, headers: (token ??= await leesToken(db)) });
  expect(r.statusCode).toBe(200);
  return r.json();
}

describe('transformatie via de routes', () => {
  it('neemt een snelle toets van indiening tot betaalde KPI door elke rol, en de kerncijfers bewegen mee', async () => {
    const indiener = new Sessie(app);
    const coordinator = new Sessie(app);
    const verzekeraar = new Sessie(app);
    const nza = new Sessie(app);
    const lezer = new Sessie(app);
    await indiener.login('ineke@zorggroep-noord.nl');
    await coordinator.login('cor@menzis.nl');
    await verzekeraar.login('vera@vgz.nl');
    await nza.login('nico@nza.nl');
    await lezer.login('lex@tweedekamer.nl');

    // niet ingelogd: de gepubliceerde cijfers (issue 14), het register alleen na inloggen
    const anoniem = await app.inject({ method: 'GET', url: '/transformatie', headers: { accept: 'text/html' } });
    expect(anoniem.statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/transformatie/toetsen', headers: { accept: 'text/html' } })).statusCode).toBe(303);

    // een lezer mag lezen maar niet indienen
    expect((await lezer.get('/transformatie')).statusCode).toBe(200);
    expect((await lezer.get('/transformatie/toetsen/nieuw')).statusCode).toBe(403);

    // 1. indienen, eerst met een fout: de melding staat bij het veld en de invoer blijft staan
    vandaag = '2025-03-03';
    let r = await indiener.verstuur('/transformatie/toetsen/nieuw', '/transformatie/toetsen', {
      titel: 'Hybride huisartsenzorg Noord',
      omschrijving: '',
      coordinerend_verzekeraar: 'Menzis',
      sectoren: ['Huisartsenzorg', 'Wijkverpleging'],
      regios: 'Groningen, Drenthe',
      themas: 'Digitale zorg, Ouderen',
      gevraagd_bedrag_eur: '2.500.000',
    });
    expect(r.statusCode).toBe(422);
    expect(r.body).toContain('Beschrijf kort wat de transformatie inhoudt.');
    expect(r.body).toContain('value="Hybride huisartsenzorg Noord"');
    r = await indiener.verstuur('/transformatie/toetsen/nieuw', '/transformatie/toetsen', {
      titel: 'Hybride huisartsenzorg Noord',
      omschrijving: 'Digitale triage en thuismonitoring.',
      coordinerend_verzekeraar: 'Menzis',
      sectoren: ['Huisartsenzorg', 'Wijkverpleging'],
      regios: 'Groningen, Drenthe',
      themas: 'Digitale zorg, Ouderen',
      gevraagd_bedrag_eur: '2.500.000',
    });
    expect(r.statusCode).toBe(303);
    const toetsUrl = r.headers.location!.split('?')[0];
    expect(toetsUrl).toBe('/transformatie/toetsen/ST-0001');
    let k = await kerncijfers('2025-03-03');
    expect(k.snelle_toetsen.totaal).toBe(1);
    expect(k.snelle_toetsen.per_status.Ingediend).toBe(1);
    // de overzichtspagina toont hetzelfde getal als de API
    expect((await lezer.get('/transformatie')).body).toMatch(/Aanvragen snelle toets in het register \(totaal\)<\/span><span class="am-cijfer__waarde">1</);

    // de indiener ziet geen beoordelingsknoppen; de coördinerend verzekeraar wel
    expect((await indiener.get(toetsUrl)).body).not.toContain('Beoordeling starten');
    expect((await coordinator.get(toetsUrl)).body).toContain('Beoordeling starten');
    // een andere verzekeraar die toch post, krijgt een weigering en er verandert niets
    r = await verzekeraar.post(`${toetsUrl}/beoordeling`, { actie: 'beoordeling_starten' });
    expect(r.statusCode).toBe(403);

    // 2. beoordelen en goedkeuren
    vandaag = '2025-03-04';
    r = await coordinator.verstuur(toetsUrl, `${toetsUrl}/beoordeling`, {}, 'beoordeling_starten');
    expect(r.statusCode).toBe(303);
    vandaag = '2025-03-10';
    r = await coordinator.verstuur(toetsUrl, `${toetsUrl}/beoordeling`, {}, 'goedkeuren');
    expect(r.statusCode).toBe(303);
    k = await kerncijfers('2025-03-10');
    expect(k.snelle_toetsen.per_status.Goedgekeurd).toBe(1);
    expect(k.transformatieplannen.in_uitwerking).toBe(1);

    // 3. de indiener dient het plan in
    vandaag = '2025-03-17';
    expect((await indiener.get(toetsUrl)).body).toContain('Transformatieplan indienen');
    r = await indiener.verstuur('/transformatie/plannen/nieuw?toets=ST-0001', '/transformatie/plannen', {
      titel: 'Transformatieplan hybride huisartsenzorg Noord',
      omschrijving: 'Uitrol in twee regio’s.',
      betrokkenheid_patienten: 'ja',
      bedrag_aangevraagd_eur: '1.000.000',
    });
    expect(r.statusCode).toBe(303);
    const planUrl = r.headers.location!.split('?')[0];
    expect(planUrl).toBe('/transformatie/plannen/TP-001');
    k = await kerncijfers('2025-03-17');
    expect(k.transformatieplannen).toMatchObject({ in_uitwerking: 0, ingediend: 1 });

    // 4. beoordeling → voorgenomen besluit
    vandaag = '2025-03-18';
    expect((await coordinator.verstuur(planUrl, `${planUrl}/beoordeling`, {}, 'beoordeling_starten')).statusCode).toBe(303);
    vandaag = '2025-03-20';
    r = await coordinator.verstuur(planUrl, `${planUrl}/beoordeling`, { tweede_verzekeraar: 'VGZ', akkoord_tweede_verzekeraar: 'ja' }, 'besluit_voornemen');
    expect(r.statusCode).toBe(303);
    k = await kerncijfers('2025-03-20');
    expect(k.transformatieplannen.per_status['Voorgenomen besluit']).toBe(1);
    expect((await coordinator.get(planUrl)).body).toContain('De vragentermijn voor de overige verzekeraars loopt tot en met 3 april 2025.');

    // een andere verzekeraar stelt een vraag in de termijn
    vandaag = '2025-03-25';
    r = await verzekeraar.verstuur(planUrl, `${planUrl}/vragen`, { toelichting: 'Hoe meet u de impact op fte?' }, 'vraag_stellen');
    expect(r.statusCode).toBe(303);
    expect((await coordinator.get(planUrl)).body).toContain('Hoe meet u de impact op fte?');

    // 5. goedkeuren kan niet zolang de termijn loopt (knop ontbreekt, een oude post wordt geweigerd)
    vandaag = '2025-04-03';
    expect((await coordinator.get(planUrl)).body).not.toContain('value="goedkeuren"');
    r = await coordinator.verstuur(planUrl, `${planUrl}/beoordeling`, {}, 'afkeuren'); // afkeuren kan wel, maar zonder reden niet
    expect(r.statusCode).toBe(422);
    expect(r.body).toContain('Geef een reden voor het afkeuren.');
    // de termijn sluit vanzelf: een dag later is goedkeuren mogelijk
    vandaag = '2025-04-04';
    const pagina = (await coordinator.get(planUrl)).body;
    expect(pagina).toContain('De vragentermijn is gesloten sinds 3 april 2025');
    r = await coordinator.verstuur(planUrl, `${planUrl}/beoordeling`, { bedrag: '900.000' }, 'goedkeuren');
    expect(r.statusCode).toBe(303);
    k = await kerncijfers('2025-04-04');
    expect(k.transformatieplannen.per_status.Goedgekeurd).toBe(1);
    expect(k.transformatiemiddelen.beschikbaar_gesteld).toBe(900_000);

    // 6. NZa-beschikking
    vandaag = '2025-04-10';
    expect((await coordinator.get(planUrl)).body).not.toContain('NZa-beschikking vastleggen');
    r = await nza.verstuur(planUrl, `${planUrl}/nza`, { nza_beschikking_datum: '2025-04-10', nza_bedrag_eur: '900000' });
    expect(r.statusCode).toBe(303);
    expect((await lezer.get('/transformatie')).body).toMatch(/Plannen met NZa-beschikking<\/span><span class="am-cijfer__waarde">1</);

    // 7. KPI's: toevoegen, behaald, betaalbaar gesteld, betaald
    vandaag = '2025-04-11';
    expect((await coordinator.verstuur(planUrl, `${planUrl}/kpis`, { omschrijving: 'Triage in 10 praktijken', jaar: '2025', bedrag_eur: '600.000' })).statusCode).toBe(303);
    expect((await coordinator.verstuur(planUrl, `${planUrl}/kpis`, { omschrijving: 'Thuismonitoring', jaar: '2026', bedrag_eur: '300000' })).statusCode).toBe(303);
    k = await kerncijfers('2025-04-11');
    expect(k.transformatiemiddelen).toMatchObject({ verwacht: 900_000, raming: 900_000, mogelijk_nog_vrij_te_geven: 0 });

    vandaag = '2025-06-02';
    expect((await coordinator.verstuur(planUrl, `${planUrl}/kpis/K1`, { resultaat: 'behaald' }, 'resultaat_vastleggen')).statusCode).toBe(303);
    expect((await coordinator.verstuur(planUrl, `${planUrl}/kpis/K1`, {}, 'betaalbaar_stellen')).statusCode).toBe(303);
    k = await kerncijfers('2025-06-02');
    expect(k.transformatiemiddelen).toMatchObject({ verwacht: 300_000, betaalbaar_en_betaald: 600_000, raming: 900_000 });
    vandaag = '2025-06-16';
    expect((await coordinator.verstuur(planUrl, `${planUrl}/kpis/K1`, {}, 'betalen')).statusCode).toBe(303);
    const kpiCsv = await lezer.get(`/transformatie/middelen?peildatum=2025-06-16&formaat=csv`);
    expect(kpiCsv.headers['content-type']).toContain('text/csv');
    expect(kpiCsv.body).toContain('TP-001;900000;300000;600000;900000;0;0;0');

    // de pagina op een oudere peildatum toont de stand van toen, zonder knoppen
    const toen = (await coordinator.get(`${planUrl}?peildatum=2025-03-21`)).body;
    expect(toen).toContain('Voorgenomen besluit');
    expect(toen).toContain('U bekijkt de stand op 21 maart 2025');
    expect(toen).not.toContain('value="goedkeuren"');
  });

  it('een formulier op een oude versie krijgt een Nederlandse conflictmelding en verandert niets', async () => {
    vandaag = '2025-04-20';
    const indiener = new Sessie(app);
    const a = new Sessie(app);
    await indiener.login('ineke@zorggroep-noord.nl');
    await a.login('cor@menzis.nl');
    let r = await indiener.verstuur('/transformatie/toetsen/nieuw', '/transformatie/toetsen', {
      titel: 'Tweede toets',
      omschrijving: 'x',
      coordinerend_verzekeraar: 'Menzis',
      sectoren: ['GGZ'],
      regios: 'Twente',
      themas: 'Mentale gezondheid',
    });
    const url = r.headers.location!.split('?')[0];
    const pagina = (await a.get(url)).body;
    const { verborgenVelden } = await import('./sessie.js');
    const oud = verborgenVelden(pagina, `${url}/beoordeling`, 'beoordeling_starten')!;
    expect((await a.post(`${url}/beoordeling`, oud)).statusCode).toBe(303);
    // hetzelfde (nu verouderde) formulier nog eens, met een nieuw CSRF-token
    const vers = verborgenVelden((await a.get(url)).body, `${url}/beoordeling`, 'goedkeuren')!;
    r = await a.post(`${url}/beoordeling`, { ...oud, _csrf: vers._csrf, actie: 'goedkeuren', toelichting: 'Mijn toelichting' });
    expect(r.statusCode).toBe(409);
    expect(r.body).toContain('Iemand anders heeft deze snelle toets gewijzigd nadat u de pagina opende');
    const k = await kerncijfers('2025-04-20');
    expect(k.snelle_toetsen.per_status['Beoordeling gestart']).toBe(1);
  });

  it('lijsten en grafieken zijn als CSV te downloaden, en ?peildatum= werkt overal', async () => {
    const lezer = new Sessie(app);
    await lezer.login('lex@tweedekamer.nl');
    const csv = await lezer.get('/transformatie/toetsen?formaat=csv&peildatum=2025-03-05');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('ST-0001;Hybride huisartsenzorg Noord;Beoordeling gestart;2025-03-04;2025-03-03;Groningen|Drenthe');
    const g = await lezer.get('/transformatie/grafieken/toetsen-per-regio.csv?peildatum=2025-06-30');
    expect(g.body).toContain('Regio;Goedgekeurd (aantal);Afgekeurd (aantal)');
    expect(g.body).toContain('Groningen;1;0');
    for (const pad of ['/transformatie', '/transformatie/toetsen', '/transformatie/plannen', '/transformatie/middelen', '/transformatie/plannen/TP-001', '/transformatie/toetsen/ST-0001']) {
      const r = await lezer.get(`${pad}?peildatum=2025-03-18`);
      expect(r.statusCode, pad).toBe(200);
    }
    expect((await lezer.get('/transformatie?peildatum=2025-02-30')).statusCode).toBe(400);
  });
});
