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
  console.log(`\nrapport 20 mei 2025: HTML ${r.html_ms.toFixed(0)} ms, PDF ${r.pdf_ms.toFixed(0)} ms (doel PDF < 10 s)`);
} catch (err) {
  console.log(`\nrapport: niet gemeten (${(err as Error).message})`);
}
