// The shared import page /importeren (issue 14 item 5): the register files that only the CLI could
// import. A beheerder imports the seed's acties CSV (recognised by its header) and sees the actions;
// a bad file changes nothing and names every problem; a header that tells no type offers a choice; a
// chosen type that disagrees with the header is refused; roles are checked per file type, and a
// coordinating insurer imports only its own toetsen.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/platform/db.js';
import { maakGebruiker } from '../../src/toegang/gebruikers.js';
import { testApp, gebruikerMetRol, sessie, anoniem, WACHTWOORD } from '../toegang/hulp.js';
import { SEED_MAP } from '../helpers/seedcsv.js';

let app: FastifyInstance;
let db: Db;
let sluit: () => Promise<void>;
type Wie = { cookie: string; csrf: string };
let beheerder: Wie;
let redactie: Wie;
let lezer: Wie;
let verzekeraar: Wie;
let coordinerend: Wie;

const ACTIES = fs.readFileSync(`${SEED_MAP}acties.csv`, 'utf8');
const ACTIES_REGELS = ACTIES.trim().split('\n').length - 1;

beforeAll(async () => {
  // a database with only the reference data: the registers are empty, as on a fresh installation
  ({ app, db, sluit } = await testApp({}, { seed: 'none' }));
  beheerder = await sessie(app, db, (await gebruikerMetRol(db, 'beheerder')).id);
  redactie = await sessie(app, db, (await gebruikerMetRol(db, 'vws-redactie')).id);
  lezer = await sessie(app, db, (await gebruikerMetRol(db, 'lezer')).id);
  verzekeraar = await sessie(app, db, (await gebruikerMetRol(db, 'verzekeraar')).id);
  const cz = await maakGebruiker(db, { email: 'cz@test.nl', naam: 'Test CZ', organisatie: 'CZ', rollen: ['coordinerend-verzekeraar'], onderdelen: [], wachtwoord: WACHTWOORD, door: 'test' });
  coordinerend = await sessie(app, db, cz.id);
});
afterAll(async () => {
  await sluit();
});

function upload(wie: Wie, naam: string, inhoud: string | Buffer, soort = '') {
  const grens = '----importgrens';
  const body = Buffer.concat([
    Buffer.from(
      [`--${grens}`, 'Content-Disposition: form-data; name="soort"', '', soort, `--${grens}`, `Content-Disposition: form-data; name="bestand"; filename="${naam}"`, 'Content-Type: text/csv', '', ''].join(
        '\r\n',
      ),
    ),
    Buffer.isBuffer(inhoud) ? inhoud : Buffer.from(inhoud),
    Buffer.from(`\r\n--${grens}--\r\n`),
  ]);
  return app.inject({
    method: 'POST',
    url: `/importeren?_csrf=${encodeURIComponent(wie.csrf)}`,
    headers: { accept: 'text/html', 'content-type': `multipart/form-data; boundary=${grens}`, cookie: wie.cookie },
    body,
  });
}

const tel = async (tabel: string) => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${tabel}`))[0].n;
const tekst = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').replace(/ ([.,:;)])/g, '$1').trim();
const veldFout = (html: string, veld: string) => tekst(new RegExp(`id="${veld}-fout"[^>]*>([\\s\\S]*?)</div>`).exec(html)?.[1] ?? '');

describe('bestanden importeren via de website', () => {
  it('lists the register files the role may import, with their titles and contract pages', async () => {
    const b = (await app.inject({ url: '/importeren', headers: { accept: 'text/html', cookie: beheerder.cookie } })).body;
    expect(b).toContain('Acties en hun status (IZA en AZWA)');
    expect(b).toContain('Snelle toetsen');
    expect(b).toContain('href="/importeren/bestanden/acties"');
    // types with an upload page of their own are links, not a second form
    expect(b).toContain('href="/financien/invoer"');
    expect(b).not.toContain('value="financiele_kaders"');
    const contract = await app.inject({ url: '/importeren/bestanden/acties', headers: { accept: 'text/html', cookie: beheerder.cookie } });
    expect(contract.statusCode).toBe(200);
    expect(tekst(contract.body)).toContain('status_datum datum (JJJJ-MM-DD of DD-MM-JJJJ); verplicht op elke regel.');
    expect(tekst(contract.body)).toContain('akkoord één waarde uit de lijst; verplicht op elke regel; toegestaan: IZA, AZWA.');
    // the redactie manages BO files but not the actions register
    const r = tekst((await app.inject({ url: '/importeren', headers: { accept: 'text/html', cookie: redactie.cookie } })).body);
    expect(r).toContain('Bestuurlijke overleggen IZA/AZWA');
    expect(r).not.toContain('Acties en hun status');
  });

  it('a missing file is named at the file field', async () => {
    const r = await upload(beheerder, '', '');
    expect(r.statusCode).toBe(400);
    expect(veldFout(r.body, 'bestand')).toContain('Kies een bestand (CSV of XLSX) om te importeren.');
  });

  it('a file with bad rows is refused with every problem, and nothing changes', async () => {
    const voor = await tel('acties_log');
    const regels = ACTIES.trim().split('\n');
    const fout = [regels[0], regels[1].replace(';2025-07-03;', ';2025-13-03;'), regels[2], regels[3].replace(';AZWA;', ';IZZA;')].join('\n');
    const r = await upload(beheerder, 'acties mei.csv', fout);
    expect(r.statusCode).toBe(400);
    const melding = tekst(/id="importproblemen">([\s\S]*?)<\/ul>/.exec(r.body)![1]);
    expect(melding).toContain('Import geweigerd; er is niets gewijzigd. 2 problemen in acties mei.csv');
    expect(melding).toMatch(/acties mei\.csv, regel 2, kolom status_datum/);
    expect(melding).toMatch(/acties mei\.csv, regel 4, kolom akkoord/);
    expect(await tel('acties_log')).toBe(voor);
  });

  it('a header that fits no file type offers a choice of type and asks for the file again', async () => {
    const r = await upload(beheerder, 'lijst.csv', 'nummer;omschrijving\n1;Iets');
    expect(r.statusCode).toBe(400);
    expect(veldFout(r.body, 'soort')).toContain('De kolommen van lijst.csv passen bij geen enkel soort bestand. Kies de soort.');
    expect(veldFout(r.body, 'bestand')).toContain('Kies het bestand opnieuw');
    expect(r.body).toMatch(/type="radio"[^>]*name="soort"[^>]*value="acties"/);
    expect(r.body).not.toMatch(/name="soort" value=""/);
    // choosing a type then imports under it: the importer names what the file lacks
    const gekozen = await upload(beheerder, 'lijst.csv', 'nummer;omschrijving\n1;Iets', 'acties');
    expect(gekozen.statusCode).toBe(400);
    expect(tekst(gekozen.body)).toMatch(/lijst\.csv, regel 1, kolom code: verplichte kolom ontbreekt/);
  });

  it('a chosen type that disagrees with the header is refused in Dutch', async () => {
    const voor = await tel('acties_log');
    const r = await upload(beheerder, 'acties.csv', ACTIES, 'snelle_toetsen');
    expect(r.statusCode).toBe(400);
    expect(veldFout(r.body, 'soort')).toBe('De kolommen van acties.csv zijn die van acties en hun status (iza en azwa), niet van snelle toetsen. Kies acties en hun status (iza en azwa) of een ander bestand.');
    expect(await tel('acties_log')).toBe(voor);
  });

  it('a beheerder imports the seed acties (recognised by the header) and sees them in /acties; audited', async () => {
    const pagina = async (url: string) => tekst((await app.inject({ url, headers: { accept: 'text/html', cookie: beheerder.cookie } })).body);
    const voorPagina = await pagina('/acties/azwa/A1');
    expect(voorPagina).not.toContain('Opschalen succesvolle doorbraakprojecten regeldruk');
    expect(await pagina('/acties')).not.toContain(`AZWA: ${ACTIES_REGELS} deelafspraken`);
    const auditVoor = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE door = 'beheerder@test.nl' AND actie = 'import' AND object_soort = 'acties'`))[0].n;
    const r = await upload(beheerder, 'acties uit excel.csv', ACTIES);
    expect(r.statusCode).toBe(200);
    expect(tekst(r.body)).toContain(`acties uit excel.csv (Acties en hun status (IZA en AZWA)): ${ACTIES_REGELS} regels gelezen, ${ACTIES_REGELS} toegevoegd, 0 gewijzigd, 0 ongewijzigd.`);
    expect(r.body).toContain('href="/acties"');
    expect(await tel('acties_log')).toBe(ACTIES_REGELS);
    const na = await pagina('/acties/azwa/A1');
    expect(await pagina('/acties')).toMatch(new RegExp(`: ${ACTIES_REGELS} acties \\(IZA en AZWA\\)`));
    expect(await pagina('/acties')).toContain(`AZWA: ${ACTIES_REGELS} deelafspraken in het register`);
    expect(na).toContain('Opschalen succesvolle doorbraakprojecten regeldruk');
    const auditNa = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE door = 'beheerder@test.nl' AND actie = 'import' AND object_soort = 'acties'`))[0].n;
    expect(auditNa).toBe(auditVoor + 1);
    // the same file again changes nothing
    const opnieuw = await upload(beheerder, 'acties.csv', ACTIES, 'acties');
    expect(tekst(opnieuw.body)).toContain(`0 toegevoegd, 0 gewijzigd, ${ACTIES_REGELS} ongewijzigd`);
  });

  it('roles: no import right gets 403, a file of another register is refused, the public is sent to login', async () => {
    expect((await app.inject({ url: '/importeren', headers: { accept: 'text/html', cookie: lezer.cookie } })).statusCode).toBe(403);
    expect((await upload(lezer, 'acties.csv', ACTIES)).statusCode).toBe(403);
    const publiek = await app.inject({ url: '/importeren', headers: { accept: 'text/html' } });
    expect(publiek.statusCode).toBe(303);
    expect(publiek.headers.location).toMatch(/^\/inloggen\?terug=/);
    expect((await upload(await anoniem(app), 'acties.csv', ACTIES)).statusCode).toBe(303);
    // the redactie may import, but not the actions register
    const voor = await tel('acties_log');
    const r = await upload(redactie, 'acties.csv', ACTIES.replace('Opschalen succesvolle', 'Anders'));
    expect(r.statusCode).toBe(403);
    expect(veldFout(r.body, 'bestand')).toContain('die mag u met uw rol niet importeren');
    expect(await tel('acties_log')).toBe(voor);
    // a verzekeraar has the import right but no register file of its own here
    expect(tekst((await app.inject({ url: '/importeren', headers: { accept: 'text/html', cookie: verzekeraar.cookie } })).body)).toContain('Met uw rol kunt u hier geen registers importeren.');
    expect((await upload(verzekeraar, 'acties.csv', ACTIES)).statusCode).toBe(403);
  });

  it('an XLSX imports its sheets named after a register file; a sheet of another upload page is sent there', async () => {
    const werkmap = async (bladen: Record<string, string[][]>) => {
      const wb = new ExcelJS.Workbook();
      for (const [naam, rijen] of Object.entries(bladen)) wb.addWorksheet(naam).addRows(rijen);
      return Buffer.from(await wb.xlsx.writeBuffer());
    };
    const [kop, een, twee] = ACTIES.trim().split('\n').slice(0, 3).map((r) => r.split(';'));
    const gewijzigd = twee.map((c, i) => (i === kop.indexOf('toelichting') ? `${c} Bijgewerkt.` : c));
    const r = await upload(beheerder, 'acties mei.xlsx', await werkmap({ acties: [kop, een, gewijzigd] }));
    expect(r.statusCode).toBe(200);
    expect(tekst(r.body)).toContain('acties mei.xlsx#acties (Acties en hun status (IZA en AZWA)): 2 regels gelezen, 0 toegevoegd, 1 gewijzigd, 1 ongewijzigd.');
    const kaders = await upload(beheerder, 'alles.xlsx', await werkmap({ acties: [kop, een], financiele_kaders: [['jaar', 'sector', 'stand', 'kader_soort', 'kader_mln']] }));
    expect(kaders.statusCode).toBe(400);
    expect(veldFout(kaders.body, 'bestand')).toContain('alles.xlsx heeft een werkblad financiele_kaders; dat bestand importeert u op een andere pagina.');
    expect(kaders.body).toMatch(/Dit bestand hoort op een andere pagina:\s*<a class="utrecht-link" href="\/financien\/invoer"/);
  });

  it('a coordinating insurer imports only its own snelle toetsen and the plans of those', async () => {
    const kop = 'id;titel;regios;sectoren;themas;ingediend_op;status;status_datum;coordinerend_verzekeraar';
    const eigen = 'ST-900;Samen sterker in de regio;;;;2025-03-01;Goedgekeurd;2025-03-01;CZ';
    const ander = 'ST-901;Zorg dichtbij;;;;2025-03-02;Goedgekeurd;2025-03-02;Zilveren Kruis';
    const geweigerd = await upload(coordinerend, 'toetsen.csv', `${kop}\n${eigen}\n${ander}`);
    expect(geweigerd.statusCode).toBe(400);
    expect(tekst(geweigerd.body)).toMatch(/toetsen\.csv, regel 3, kolom coordinerend_verzekeraar \(waarde .{1,8}Zilveren Kruis.{1,8}\): u importeert alleen snelle toetsen van uw eigen organisatie \(CZ\)/);
    expect(await tel('snelle_toetsen_log')).toBe(0);
    const goed = await upload(coordinerend, 'toetsen.csv', `${kop}\n${eigen}`);
    expect(goed.statusCode).toBe(200);
    expect(tekst(goed.body)).toContain('1 toegevoegd');
    expect(await tel('snelle_toetsen_log')).toBe(1);
    // the actions register is not theirs
    expect((await upload(coordinerend, 'acties.csv', ACTIES)).statusCode).toBe(403);
    // plans: only those of a toets they coordinate (the other insurer's toets comes from a beheerder)
    expect((await upload(beheerder, 'toetsen.csv', `${kop}\n${ander}`)).statusCode).toBe(200);
    const plannen = 'id;snelle_toets_id;titel;ingediend_op;status;status_datum\nTP-900;ST-900;Plan CZ;2025-04-01;Ingediend;2025-04-01\nTP-901;ST-901;Plan ZK;2025-04-02;Ingediend;2025-04-02';
    const p = await upload(coordinerend, 'plannen.csv', plannen);
    expect(p.statusCode).toBe(400);
    expect(tekst(p.body)).toContain('1 probleem in plannen.csv');
    expect(tekst(p.body)).toMatch(/plannen\.csv, regel 3, kolom id \(waarde .{1,8}TP-901.{1,8}\): plan TP-901 hoort bij snelle toets ST-901 met als coördinerend verzekeraar Zilveren Kruis, niet uw organisatie/);
    expect(await tel('transformatieplannen_log')).toBe(0);
    // the expected fte impact of a plan: likewise only for the plans of their own toetsen
    const [kopPlannen, planCz, planZk] = plannen.split('\n');
    expect((await upload(coordinerend, 'plannen.csv', `${kopPlannen}\n${planCz}`)).statusCode).toBe(200);
    expect((await upload(beheerder, 'plannen.csv', `${kopPlannen}\n${planZk}`)).statusCode).toBe(200);
    const impactKop = 'plan_id;basis;maatregel_versie;maatregel;scenario;aandeel_pct;cluster;fte;werknemers;bron;toelichting';
    const impactCz = 'TP-900;eigen_raming;;;;;passende-zorg;12,5;18;Plan CZ, hoofdstuk 4;';
    const impactZk = 'TP-901;eigen_raming;;;;;passende-zorg;3;;Plan ZK, bijlage;';
    const i = await upload(coordinerend, 'plan_impact.csv', `${impactKop}\n${impactCz}\n${impactZk}`);
    expect(i.statusCode).toBe(400);
    expect(tekst(i.body)).toMatch(/plan_impact\.csv, regel 3, kolom plan_id \(waarde .{1,8}TP-901.{1,8}\): plan TP-901 hoort bij snelle toets ST-901 met als coördinerend verzekeraar Zilveren Kruis, niet uw organisatie/);
    expect(await tel('plan_impact')).toBe(0);
    const ok = await upload(coordinerend, 'plan_impact.csv', `${impactKop}\n${impactCz}`);
    expect(ok.statusCode).toBe(200);
    expect(await tel('plan_impact')).toBe(1);
  });
});

describe('the empty-register notices on the real seed (published totals, empty registers)', () => {
  it('link to the import page for who may import, and keep naming the CLI', async () => {
    const seed = await testApp();
    try {
      const beh = await sessie(seed.app, seed.db, (await gebruikerMetRol(seed.db, 'beheerder')).id);
      const lez = await sessie(seed.app, seed.db, (await gebruikerMetRol(seed.db, 'lezer')).id);
      const html = async (url: string, wie: Wie) => (await seed.app.inject({ url, headers: { accept: 'text/html', cookie: wie.cookie } })).body;
      for (const url of ['/acties', '/transformatie']) {
        const b = await html(url, beh);
        expect(b).toMatch(/href="\/importeren"[^>]*>\s*Bestanden importeren/);
        expect(tekst(b)).toContain('npm run cli -- import');
        // a reader cannot import: no link to a page that would refuse, but who can and how
        const l = await html(url, lez);
        expect(l).not.toContain('href="/importeren"');
        expect(tekst(l)).toContain('npm run cli -- import');
      }
    } finally {
      await seed.sluit();
    }
  });
});
