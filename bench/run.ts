// npm run bench: prints numbers and ratios; asserts nothing.
import { benchKern } from './kern.js';

const engines: ('pglite' | 'postgres')[] = process.env.BENCH_ENGINES
  ? (process.env.BENCH_ENGINES.split(',') as ('pglite' | 'postgres')[])
  : ['pglite', 'postgres'];
// BENCH_SNEL=1: quick mode (100,000 instead of 1,000,000 observations, 1.5 s per URL instead of 3 s)
const snel = Boolean(process.env.BENCH_SNEL);
const ms = snel ? 1500 : 3000;
const { loadavg, cpus } = await import('node:os');
console.log(`Akkoordmonitor benchmarks (${new Date().toISOString()}, node ${process.version}, ${cpus().length} cores, load average ${loadavg().map((x) => x.toFixed(1)).join(' / ')}${snel ? ', snelle modus' : ''})`);
await benchKern(engines);
try {
  const { benchRapport } = await import('./rapport.js');
  const r = await benchRapport();
  console.log(`(doel PDF < 10 s: ${r.pdf_ms < 10_000 ? 'gehaald' : 'niet gehaald'})`);
} catch (err) {
  console.log(`\nrapport: niet gemeten (${(err as Error).message})`);
}

// issue 19: load over loopback against the compiled server (npm run build first), and the cold start
try {
  const { benchLast, drukAf } = await import('./last.js');
  const { koudeStart, beschrijf } = await import('./koudestart.js');
  drukAf('last: PGlite, 1 instantie', await benchLast({ instanties: 1, ms }));
  if (engines.includes('postgres') && process.env.BENCH_DATABASE_URL) {
    drukAf('last: PostgreSQL, 1 instantie', await benchLast({ instanties: 1, ms, databaseUrl: process.env.BENCH_DATABASE_URL }));
    drukAf('last: PostgreSQL, 2 instanties', await benchLast({ instanties: 2, ms, databaseUrl: process.env.BENCH_DATABASE_URL }));
  }
  console.log(`\nkoude start (npm start, PGlite, gezaaide database): ${beschrijf(await koudeStart({ keer: 3 }))}`);
} catch (err) {
  console.log(`\nlast: niet gemeten (${(err as Error).message})`);
}
console.log(`\nload average aan het eind: ${loadavg().map((x) => x.toFixed(1)).join(' / ')}`);
