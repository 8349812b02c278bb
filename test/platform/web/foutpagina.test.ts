// Errors reach a browser as a page in the frame of the app with a way forward; the API keeps
// answering application/problem+json (issue 14, item 4).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { testApp } from '../../toegang/hulp.js';

let app: FastifyInstance;
let sluit: () => Promise<void>;

beforeAll(async () => {
  ({ app, sluit } = await testApp());
});
afterAll(async () => {
  await sluit?.();
});

const BROWSER = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

describe('foutpagina', () => {
  test('een onbekende pagina geeft in de browser een HTML-pagina met de huisstijl en een weg terug', async () => {
    const r = await app.inject({ url: '/bestaat-niet', headers: BROWSER });
    expect(r.statusCode).toBe(404);
    expect(r.headers['content-type']).toMatch(/^text\/html/);
    expect(r.body).toContain('<html lang="nl">');
    expect(r.body).toContain('Pagina niet gevonden');
    expect(r.body).toContain('href="/rapportages"');
    expect(r.body).toContain('/assets/rijkshuisstijl.css');
  });

  test('een ongeldige peildatum op de rapportpagina geeft in de browser een pagina, geen JSON', async () => {
    const r = await app.inject({ url: '/rapportages/2025-13-45', headers: BROWSER });
    expect(r.statusCode).toBe(400);
    expect(r.headers['content-type']).toMatch(/^text\/html/);
    expect(r.body).not.toContain('"status":');
  });

  test('een peildatum die niet bestaat op /financien geeft een pagina in de huisstijl met een weg terug', async () => {
    const r = await app.inject({ url: '/financien?peildatum=2025-02-30', headers: BROWSER });
    expect(r.statusCode).toBe(400);
    expect(r.headers['content-type']).toMatch(/^text\/html/);
    expect(r.body).toContain('/assets/rijkshuisstijl.css');
    expect(r.body).toContain('De peildatum &quot;2025-02-30&quot; is geen bestaande datum');
    expect(r.body).toContain('href="/rapportages"');
  });

  test('de API blijft application/problem+json geven, ook als de client HTML accepteert', async () => {
    const r = await app.inject({ url: '/api/v1/kerncijfers?peildatum=gisteren', headers: BROWSER });
    expect(r.statusCode).toBe(400);
    expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(r.body)).toMatchObject({ status: 400 });
  });
});
