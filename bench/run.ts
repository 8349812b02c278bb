// npm run bench: prints numbers and ratios; asserts nothing.
import { benchKern } from './kern.js';

const engines: ('pglite' | 'postgres')[] = process.env.BENCH_ENGINES
  ? (process.env.BENCH_ENGINES.split(',') as ('pglite' | 'postgres')[])
  : ['pglite', 'postgres'];
console.log(`Akkoordmonitor benchmarks (${new Date().toISOString()}, node ${process.version})`);
await benchKern(engines);
try {
  const { benchRapport } = await import('./rapport.js');
  const r = await benchRapport();
  console.log(`(doel PDF < 10 s: ${r.pdf_ms < 10_000 ? 'gehaald' : 'niet gehaald'})`);
} catch (err) {
  console.log(`\nrapport: niet gemeten (${(err as Error).message})`);
}
