// The command line as a user runs it: `npm run cli` as a real process on an embedded data directory.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_MAP } from '../../src/platform/config.js';

const run = promisify(execFile);
const TSX = path.join(PROJECT_MAP, 'node_modules', '.bin', 'tsx');

/** Runs src/cli.ts on `dataDir` (no seed, never a PostgreSQL server); a failing run gives its exit code. */
export async function cli(dataDir: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, AKKOORDMONITOR_DATA_DIR: dataDir, AKKOORDMONITOR_SEED: 'none' };
  delete env.DATABASE_URL;
  try {
    const r = await run(TSX, [path.join(PROJECT_MAP, 'src', 'cli.ts'), ...args], { env, cwd: PROJECT_MAP });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}
