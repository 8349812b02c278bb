// Configuration from the environment, read in one place.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_MAP = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

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
