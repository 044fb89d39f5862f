import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Benchmark, type Figure, ratio, startBenchApp } from './harness.ts';

/**
 * `npm run bench [-- name ...]` runs the benchmarks and prints one table. Figures are medians or
 * averages of a run on this machine: compare ratios between runs, not absolute numbers.
 */
// Every `bench/*.bench.ts` exports one or more Benchmarks; adding a file adds it to the table.
const here = fileURLToPath(new URL('.', import.meta.url));
const all: Benchmark[] = [];
for (const file of readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort()) {
  const mod = (await import(`./${file}`)) as Record<string, unknown>;
  for (const value of Object.values(mod)) {
    if (value && typeof value === 'object' && 'name' in value && 'run' in value) {
      all.push(value as Benchmark);
    }
  }
}

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const chosen = wanted.length ? all.filter((b) => wanted.includes(b.name)) : all;
const seconds = Number(process.env.PRATU_BENCH_SECONDS ?? 5);
const figures: Figure[] = [];

console.log(
  `Pratu benchmarks on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'the embedded database (PGlite)'}; ` +
    `${seconds} s per load run`,
);
for (const b of chosen) {
  console.log(`running ${b.name}...`);
  try {
    figures.push(
      ...(await b.run({ startApp: startBenchApp, seconds, log: (l) => console.log(`  ${l}`) })),
    );
  } catch (error) {
    console.log(`  ${b.name} failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}

const rows = figures.map((f) => [
  f.benchmark,
  f.metric,
  `${f.value >= 100 ? Math.round(f.value) : f.value.toFixed(2)} ${f.unit}`,
  f.goal ? `${f.goal} ${f.unit}` : '',
  ratio(f),
]);
const head = ['benchmark', 'metric', 'value', 'goal', 'ratio'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
console.log(`\n${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('-|-')}`);
for (const r of rows) console.log(line(r));
process.exit();
