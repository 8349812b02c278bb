// Configuration from the environment, read in one place.
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
  };
}
