// Load benchmark over loopback (issue 19): a keep-alive HTTP client on node's http module (no extra
// dependency), C connections for a fixed time, against the compiled server (dist/akkoordmonitor.js) on one
// or two instances; every public URL beside a static file of the same server in the same run.
// Prints req/s, p50 and p99 and the ratio to the static file; asserts nothing.
import http from 'node:http';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_MAP } from '../src/platform/config.js';
import { datum } from '../src/platform/formaat.js';
import { maakTienvoud } from './tienvoud.js';

export interface Meting { url: string; rps: number; p50: number; p99: number; fouten: number; aantal?: number; cpuMs?: number | null }

/** CPU time (user + system, ms) the server processes used so far, from /proc (Linux); null elsewhere. */
function cpuVan(pids: (number | undefined)[]): number | null {
  try {
    return pids.reduce<number>((som, pid) => {
      const velden = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return som + ((Number(velden[11]) + Number(velden[12])) * 1000) / 100;
    }, 0);
  } catch {
    return null;
  }
}

/**
 * A measurement with the servers' CPU time per request beside it: on a shared, busy machine the wall clock
 * (req/s, p50) swings with the neighbours, the CPU a request costs the server much less.
 */
async function metCpu(pids: (number | undefined)[], meet: () => Promise<Meting>): Promise<Meting> {
  const voor = cpuVan(pids);
  const m = await meet();
  const na = cpuVan(pids);
  return { ...m, cpuMs: voor !== null && na !== null && m.aantal ? (na - voor) / m.aantal : null };
}

interface Antwoord { status: number; body: string; cookies: string[] }

/** One request over the keep-alive agent; the body is kept only when asked (form pages). */
function vraag(agent: http.Agent, poort: number, pad: string, o: { methode?: string; cookie?: string; form?: Record<string, string>; body?: boolean } = {}): Promise<Antwoord> {
  return new Promise((klaar, fout) => {
    const data = o.form ? new URLSearchParams(o.form).toString() : undefined;
    const headers: Record<string, string> = { accept: 'text/html' };
    if (o.cookie) headers.cookie = o.cookie;
    if (data) Object.assign(headers, { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(Buffer.byteLength(data)) });
    const req = http.request({ host: '127.0.0.1', port: poort, path: pad, method: o.methode ?? 'GET', agent, headers }, (res) => {
      const delen: Buffer[] = [];
      res.on('data', (d: Buffer) => void (o.body && delen.push(d)));
      res.on('end', () => klaar({ status: res.statusCode ?? 0, body: Buffer.concat(delen).toString('utf8'), cookies: ([] as string[]).concat(res.headers['set-cookie'] ?? []) }));
    });
    req.on('error', fout);
    req.end(data);
  });
}

/** `doe` is one timed unit of work on one connection (i = connection number); it returns success. */
export async function belastMet(poorten: number[], naam: string, doe: (agent: http.Agent, poort: number, i: number) => Promise<boolean>, verbindingen = 10, ms = 3000): Promise<Meting> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: verbindingen });
  const tijden: number[] = [];
  let fouten = 0;
  const eind = Date.now() + ms;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: verbindingen }, async (_, i) => {
      while (Date.now() < eind) {
        const t = performance.now();
        const ok = await doe(agent, poorten[i % poorten.length], i).catch(() => false);
        if (!ok) fouten++;
        tijden.push(performance.now() - t);
      }
    }),
  );
  const duur = (performance.now() - start) / 1000;
  agent.destroy();
  tijden.sort((a, b) => a - b);
  const q = (p: number) => tijden[Math.min(tijden.length - 1, Math.floor(p * tijden.length))] ?? NaN;
  return { url: naam, rps: tijden.length / duur, p50: q(0.5), p99: q(0.99), fouten, aantal: tijden.length };
}

export function belast(poorten: number[], url: string, verbindingen = 10, ms = 3000, cookie?: string): Promise<Meting> {
  return belastMet(poorten, url, async (agent, poort) => (await vraag(agent, poort, url, { cookie })).status === 200, verbindingen, ms);
}

const BENCH_EMAIL = 'bench@example.nl';
const BENCH_WACHTWOORD = 'bench-wachtwoord-lang-genoeg';
const koekjes = (a: Antwoord, eerder = '') =>
  [...new Map([...eerder.split('; ').filter(Boolean), ...a.cookies.map((c) => c.split(';')[0])].map((c) => [c.split('=')[0], c] as const)).values()].join('; ');
const csrfVan = (html: string) => /name="_csrf" value="([^"]*)"/.exec(html)?.[1] ?? '';

/** Logs the bench user in through the login form; returns the session's cookies. */
export async function logIn(poort: number): Promise<string> {
  const agent = new http.Agent({ keepAlive: false });
  const formulier = await vraag(agent, poort, '/inloggen', { body: true });
  const r = await vraag(agent, poort, '/inloggen', { methode: 'POST', cookie: koekjes(formulier), form: { _csrf: csrfVan(formulier.body), email: BENCH_EMAIL, wachtwoord: BENCH_WACHTWOORD } });
  if (r.status !== 303) throw new Error(`inloggen voor de bench mislukt (${r.status})`);
  return koekjes(r, koekjes(formulier));
}

/** Internal pages measured logged in (issue 19: p50 ≤ 50 ms at 10 connections on 10× today's data). */
export const INTERNE_PAGINAS = ['/acties', '/acties/azwa', '/acties/onderdeel/A', '/acties/zoeken', '/transformatie'];

/**
 * A status update as a secretary makes it: the action's page (for the form's volgnr and CSRF token),
 * then the POST of a status that is valid there; timed as one unit. Each connection walks through its own
 * actions (IZA and AZWA alternately), so there are no conflicts. A status reported today already for
 * that action cannot be reported again today (the register refuses the double report with 422), so the
 * bench picks a status the action's history does not show for today, as a user would, and always writes a
 * toelichting (needed when the status gets worse or the termijn has passed).
 */
export let eersteFout: string | undefined;

const STATUSSEN = ['Loopt op schema', 'Loopt voor', 'Afgerond', 'Loopt achter', 'Nog niet gestart'];

function statusmelding(cookie: string, codes: string[]) {
  const volgende = new Map<number, number>();
  return async (agent: http.Agent, poort: number, i: number): Promise<boolean> => {
    const n = volgende.get(i) ?? 0;
    volgende.set(i, n + 1);
    const code = codes[(i + 10 * n) % codes.length];
    const pagina = await vraag(agent, poort, `/acties/actie/${encodeURIComponent(code)}`, { cookie, body: true });
    const volgnr = /name="volgnr" value="(\d+)"/.exec(pagina.body)?.[1];
    if (pagina.status !== 200 || !volgnr) {
      eersteFout ??= `${code}: formulier ${pagina.status}`;
      return false;
    }
    const vandaag = new Date().toISOString().slice(0, 10);
    // the history's rows of today (newest first, so they lead the table)
    const historie = pagina.body.slice(pagina.body.indexOf('id="historie-kop"'));
    const vandaagGemeld = [...historie.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => m[1]).filter((r) => r.includes(datum(vandaag)));
    const status = STATUSSEN.find((s) => !vandaagGemeld.some((r) => r.includes(`>${s}<`)));
    if (!status) return true; // five reports today already: nothing left that a user could report
    const r = await vraag(agent, poort, `/acties/actie/${encodeURIComponent(code)}/status`, {
      methode: 'POST',
      cookie,
      body: true,
      form: { _csrf: csrfVan(pagina.body), volgnr, status, status_datum: vandaag, toelichting: 'Bench: statusmelding' },
    });
    if (r.status !== 303) eersteFout ??= `${code}: ${r.status} ${/<div[^>]*role="alert"[\s\S]*?<\/div>/.exec(r.body)?.[0].replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').slice(0, 300) ?? ''}`;
    return r.status === 303;
  };
}

async function wachtOp(poort: number): Promise<void> {
  for (let i = 0; i < 6000; i++) {
    try {
      const r = await fetch(`http://127.0.0.1:${poort}/assets/app.css`);
      await r.arrayBuffer();
      if (r.ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`server op poort ${poort} start niet`);
}

export async function benchLast(opties: { instanties: number; databaseUrl?: string; ms?: number }): Promise<Meting[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'am-last-'));
  // BENCH_POORT: the first port (a second instance takes the next), so benches beside each other do not clash
  const poorten = Array.from({ length: opties.instanties }, (_, i) => Number(process.env.BENCH_POORT ?? 3931) + i);
  const processen: ChildProcess[] = [];
  const basisEnv = { ...process.env, AKKOORDMONITOR_DATA_DIR: dataDir, ...(opties.databaseUrl ? { DATABASE_URL: opties.databaseUrl } : {}) };
  try {
    // the bench user (a beheerder may update any action's status), made with the CLI before the servers start
    const maakGebruiker = () => execFileSync(process.execPath, [path.join(PROJECT_MAP, 'dist', 'cli.js'), 'gebruiker', '--email', BENCH_EMAIL, '--naam', 'Bench', '--organisatie', 'VWS', '--rol', 'beheerder', '--wachtwoord-stdin'], {
      env: basisEnv,
      input: BENCH_WACHTWOORD,
      stdio: ['pipe', 'ignore', 'ignore'],
    });
    try {
      maakGebruiker();
    } catch {
      /* already there (a PostgreSQL bench database is reused) */
    }
    // 10× today's register (bench/tienvoud.ts), imported with the CLI as a secretary would; rows already
    // there (a reused PostgreSQL database) come back unchanged
    const tien = maakTienvoud();
    execFileSync(process.execPath, [path.join(PROJECT_MAP, 'dist', 'cli.js'), 'import', tien.bestand, '--door', 'bench'], { env: basisEnv, stdio: ['ignore', 'ignore', 'inherit'] });
    fs.rmSync(path.dirname(tien.bestand), { recursive: true, force: true });
    for (const poort of poorten) {
      const env = { ...basisEnv, PORT: String(poort) };
      processen.push(spawn(process.execPath, [path.join(PROJECT_MAP, 'dist', 'akkoordmonitor.js')], { env, stdio: 'ignore' }));
      await wachtOp(poort); // one after the other: the first migrates and seeds
    }
    const pids = processen.map((p) => p.pid);
    const urls = ['/assets/app.css', '/', '/financien', '/api/v1/kerncijfers?peildatum=2025-05-20'];
    const uit: Meting[] = [];
    for (const u of urls) {
      await belast(poorten, u, 2, 300); // warm up
      uit.push(await metCpu(pids, () => belast(poorten, u, 10, opties.ms ?? 3000)));
    }
    const cookie = await logIn(poorten[0]);
    // internal pages, logged in, on the 10× register
    for (const u of INTERNE_PAGINAS) {
      await belast(poorten, u, 2, 300, cookie);
      uit.push({ ...(await metCpu(pids, () => belast(poorten, u, 10, opties.ms ?? 3000, cookie))), url: `${u} (ingelogd)` });
    }
    // every connection updates its own actions, IZA and AZWA alternately (codes of the 10× register)
    const codes = tien.codes;
    uit.push(await metCpu(pids, () => belastMet(poorten, 'statusmelding (GET formulier + POST met CSRF)', statusmelding(cookie, codes), 10, opties.ms ?? 3000)));
    if (eersteFout) console.log(`eerste fout van de statusmelding: ${eersteFout}`);
    return uit;
  } finally {
    for (const p of processen) p.kill('SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export function drukAf(titel: string, m: Meting[]): void {
  const statisch = m[0].rps;
  console.log(`\n${titel}`);
  const cpuStatisch = m[0].cpuMs;
  console.log('| url | req/s | p50 ms | p99 ms | t.o.v. statisch | fouten | server-CPU ms/verzoek | CPU × statisch |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const x of m) {
    const cpu = x.cpuMs == null ? '–' : x.cpuMs.toFixed(1);
    const maal = x.cpuMs == null || !cpuStatisch ? '–' : (x.cpuMs / cpuStatisch).toFixed(0);
    console.log(`| ${x.url} | ${x.rps.toFixed(0)} | ${x.p50.toFixed(1)} | ${x.p99.toFixed(1)} | ${((100 * x.rps) / statisch).toFixed(0)}% | ${x.fouten} | ${cpu} | ${maal} |`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith('last.ts')) {
  const pg = process.env.BENCH_DATABASE_URL;
  drukAf('PGlite, 1 instantie', await benchLast({ instanties: 1 }));
  if (pg) {
    drukAf('PostgreSQL, 1 instantie', await benchLast({ instanties: 1, databaseUrl: pg }));
    drukAf('PostgreSQL, 2 instanties', await benchLast({ instanties: 2, databaseUrl: pg }));
  }
}
