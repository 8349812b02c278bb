// Configuration from the environment, read in one place.
import net from 'node:net';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project root: the nearest directory above this file with the project's package.json. The same
 * from src/ (tsx, tests) and from the compiled dist/ (npm start), so assets, migrations and data are
 * found from either.
 */
function projectMap(): string {
  let map = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (fs.existsSync(path.join(map, 'package.json')) && fs.existsSync(path.join(map, 'migrations'))) return map;
    const boven = path.dirname(map);
    if (boven === map) throw new Error(`Geen projectmap gevonden boven ${fileURLToPath(import.meta.url)}`);
    map = boven;
  }
}

export const PROJECT_MAP = projectMap();

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  /** 'none' starts with reference data only; otherwise the directory of seed files. */
  seed: 'none' | string;
  /** Behind TLS (HTTPS): cookies get Secure and HSTS is sent. */
  achterTls: boolean;
  /**
   * The reverse proxies whose X-Forwarded-* headers are trusted (AKKOORDMONITOR_TRUSTED_PROXY: IP
   * addresses or CIDR ranges, comma-separated). Required with AKKOORDMONITOR_TLS=1.
   */
  vertrouwdeProxy?: string[] | null;
}

export function leesConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const seed = env.AKKOORDMONITOR_SEED?.trim();
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '127.0.0.1',
    dataDir: path.resolve(env.AKKOORDMONITOR_DATA_DIR ?? path.join(PROJECT_MAP, 'data')),
    databaseUrl: env.DATABASE_URL?.trim() || null,
    seed: seed === 'none' ? 'none' : seed ? path.resolve(seed) : path.join(PROJECT_MAP, 'data', 'seed'),
    achterTls: env.AKKOORDMONITOR_TLS === '1' || env.AKKOORDMONITOR_TLS === 'true',
    vertrouwdeProxy: env.AKKOORDMONITOR_TRUSTED_PROXY?.trim() ? env.AKKOORDMONITOR_TRUSTED_PROXY.split(',').map((x) => x.trim()) : null,
  };
}

const JA_NEE = new Set(['', '0', '1', 'true', 'false']);

/** An IPv4/IPv6 address, optionally with a /prefix. */
function isAdresOfBereik(w: string): boolean {
  const [adres, prefix, ...rest] = w.split('/');
  if (rest.length > 0 || net.isIP(adres) === 0) return false;
  if (prefix === undefined) return true;
  const max = net.isIP(adres) === 4 ? 32 : 128;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= max;
}

/**
 * Checks the settings before the server starts; every problem as one Dutch sentence naming the
 * variable and its value (empty list: all fine). Passwords in DATABASE_URL are never repeated.
 */
export function controleerConfig(env: NodeJS.ProcessEnv = process.env): string[] {
  const fouten: string[] = [];
  const poort = env.PORT;
  if (poort !== undefined && !(/^\d+$/.test(poort) && Number(poort) >= 1 && Number(poort) <= 65535)) {
    fouten.push(`PORT="${poort}" is geen geldig poortnummer; gebruik een geheel getal van 1 tot en met 65535.`);
  }
  if (env.HOST !== undefined && env.HOST.trim() === '') fouten.push('HOST is leeg; laat hem weg (standaard 127.0.0.1) of geef een adres, bijv. 0.0.0.0.');
  const tls = env.AKKOORDMONITOR_TLS;
  if (tls !== undefined && !JA_NEE.has(tls)) fouten.push(`AKKOORDMONITOR_TLS="${tls}" wordt niet begrepen; gebruik 1 (achter HTTPS) of 0.`);
  const proxy = env.AKKOORDMONITOR_TRUSTED_PROXY?.trim();
  if ((tls === '1' || tls === 'true') && !proxy) {
    fouten.push(
      'AKKOORDMONITOR_TLS=1 zonder AKKOORDMONITOR_TRUSTED_PROXY: achter HTTPS draait de app achter een proxy, en zonder te weten welke proxy ' +
        'vertrouwd is kan iedereen X-Forwarded-headers vervalsen. Zet AKKOORDMONITOR_TRUSTED_PROXY op het adres of bereik van de proxy, bijv. 10.0.0.0/8.',
    );
  }
  if (proxy) {
    for (const p of proxy.split(',').map((x) => x.trim())) {
      if (!isAdresOfBereik(p)) fouten.push(`AKKOORDMONITOR_TRUSTED_PROXY bevat "${p}": dat is geen IP-adres of bereik (bijv. 10.0.0.5 of 10.0.0.0/8).`);
    }
  }
  const url = env.DATABASE_URL?.trim();
  if (url) {
    let u: URL | null = null;
    try {
      u = new URL(url);
    } catch {
      u = null;
    }
    if (!u || !['postgres:', 'postgresql:'].includes(u.protocol) || !u.hostname) {
      fouten.push('DATABASE_URL is geen geldige PostgreSQL-verbinding; gebruik de vorm postgres://gebruiker:wachtwoord@server:5432/database.');
    }
  }
  return fouten;
}

/** The database as the start-up line names it: the data directory, or the URL without its password. */
export function databaseOmschrijving(config: Pick<Config, 'databaseUrl' | 'dataDir'>): string {
  if (!config.databaseUrl) return config.dataDir;
  try {
    const u = new URL(config.databaseUrl);
    u.password = '';
    return u.toString();
  } catch {
    return 'postgres (ongeldige URL)';
  }
}
