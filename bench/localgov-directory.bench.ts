import type { LocalgovDirectory } from '../src/localgov/directory/index.ts';
import { baseNames } from '../src/localgov/directory/search.ts';
import { generateLocalAdministrations } from '../src/localgov/directory-data.ts';
import { pageWeight } from './foundation.bench.ts';
import { type Benchmark, type Figure, percentile } from './harness.ts';

/**
 * Directory search over the 7,850 seeded administrations, the figure: p95 ≤ 20 ms.
 *
 * The queries are drawn deterministically from the directory itself, in the proportions people
 * search it: Thai base names, English names, full Thai names with the type title, short forms
 * (อบต.…), names with a typo (one letter changed, so the trigram fallback runs), a name plus its
 * province, broad words that match thousands (เทศบาล), and province/type filters without text.
 * Each is timed PRATU_BENCH_ROUNDS times (default 3), sequentially, so the figure is latency:
 * once in-process through the directory API (search and official e-mail, what the JSON route
 * calls) and once over HTTP through /api/localgov/administrations.
 */
const ROUNDS = Number(process.env.PRATU_BENCH_ROUNDS ?? 3);
const QUERIES = Number(process.env.PRATU_BENCH_QUERIES ?? 120);
const GOAL_MS = 20;

interface Query {
  kind: string;
  params: Record<string, string>;
}

/** mulberry32, as in directory-data.ts: the same queries on every run and machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

function misspell(word: string, next: () => number): string {
  const chars = [...word];
  const at = 1 + Math.floor(next() * Math.max(1, chars.length - 2));
  const thai = /[\u0E00-\u0E7F]/.test(word);
  chars[at] = thai ? (chars[at] === 'น' ? 'ร' : 'น') : chars[at] === 'a' ? 'e' : 'a';
  return chars.join('');
}

export function directoryQueries(total: number): Query[] {
  const rows = generateLocalAdministrations();
  const next = random(7850);
  const pick = () => rows[Math.floor(next() * rows.length)]!;
  const kinds: Array<[string, () => Record<string, string>]> = [
    ['thai name', () => ({ q: baseNames(pick()).th })],
    ['english name', () => ({ q: baseNames(pick()).en.toLowerCase() })],
    ['full thai name', () => ({ q: pick().nameTh })],
    [
      'short form',
      () => {
        const r = pick();
        const abbr = { sao: 'อบต.', subdistrict_municipality: 'ทต.', town_municipality: 'ทม.' }[
          r.type as 'sao'
        ];
        return { q: `${abbr ?? ''}${baseNames(r).th}` };
      },
    ],
    ['typo (thai)', () => ({ q: misspell(baseNames(pick()).th, next) })],
    ['typo (english)', () => ({ q: misspell(baseNames(pick()).en.toLowerCase(), next) })],
    [
      'name + province filter',
      () => {
        const r = pick();
        return { q: baseNames(r).th, province: r.provinceCode };
      },
    ],
    ['broad word', () => ({ q: next() < 0.5 ? 'เทศบาล' : 'หนอง' })],
    [
      'province + type, no text',
      () => {
        const r = pick();
        return { province: r.provinceCode, type: r.type };
      },
    ],
    ['type, page 5', () => ({ type: 'sao', offset: '80' })],
  ];
  const queries: Query[] = [];
  for (let i = 0; i < total; i += 1) {
    const [kind, make] = kinds[i % kinds.length]!;
    queries.push({ kind, params: make() });
  }
  return queries;
}

export const localgovDirectory: Benchmark = {
  name: 'localgov-directory',
  async run({ startApp, log }) {
    const started = performance.now();
    const { app, url } = await startApp({ seed: true });
    const seedSeconds = (performance.now() - started) / 1000;
    try {
      const directory = (app.localgov as unknown as { directory: LocalgovDirectory }).directory;
      const count = (await directory.listAdministrations({ limit: 1 })).total;
      log(`${count} administrations; app started and seeded in ${seedSeconds.toFixed(1)} s`);
      const queries = directoryQueries(QUERIES);

      // In-process: exactly what the JSON route does, minus HTTP.
      const direct = async (params: Record<string, string>) => {
        const result = await directory.listAdministrations({
          q: params.q,
          provinceCode: params.province,
          type: params.type as never,
          limit: 20,
          offset: Number(params.offset ?? 0),
        });
        await directory.email.officialFor(result.rows.map((r) => r.id));
        return result;
      };
      for (const q of queries.slice(0, 20)) await direct(q.params);
      const inProcess: number[] = [];
      const byKind = new Map<string, number[]>();
      let empty = 0;
      const emptyExamples: string[] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        for (const q of queries) {
          const begin = performance.now();
          const result = await direct(q.params);
          const ms = performance.now() - begin;
          inProcess.push(ms);
          byKind.set(q.kind, [...(byKind.get(q.kind) ?? []), ms]);
          if (round === 0 && result.total === 0) {
            empty += 1;
            emptyExamples.push(`${q.kind}: ${JSON.stringify(q.params)}`);
          }
        }
      }
      for (const example of emptyExamples.slice(0, 5)) log(`found nothing: ${example}`);
      for (const [kind, times] of byKind) {
        log(
          `${kind.padEnd(26)} p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms`,
        );
      }

      // The floor under every figure on this machine at this moment: one look-up by code.
      const floor: number[] = [];
      for (let i = 0; i < 200; i += 1) {
        const begin = performance.now();
        await directory.findAdministration('4420006');
        floor.push(performance.now() - begin);
      }
      log(`one look-up by code (the floor): p50 ${percentile(floor, 50).toFixed(2)} ms`);

      const base = url.replace('localhost', '127.0.0.1');
      const api = (params: Record<string, string>) =>
        `${base}/api/localgov/administrations?${new URLSearchParams({ ...params, limit: '20' })}`;
      for (const q of queries.slice(0, 20)) await (await fetch(api(q.params))).arrayBuffer();
      const http: number[] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        for (const q of queries) {
          const begin = performance.now();
          const response = await fetch(api(q.params));
          await response.arrayBuffer();
          http.push(performance.now() - begin);
          if (response.status !== 200) throw new Error(`${api(q.params)}: HTTP ${response.status}`);
        }
      }
      const pageTimes: number[] = [];
      for (const q of queries.slice(0, 40)) {
        const begin = performance.now();
        const response = await fetch(`${base}/localgov/directory?${new URLSearchParams(q.params)}`);
        await response.arrayBuffer();
        pageTimes.push(performance.now() - begin);
      }
      const weight = await pageWeight(
        base,
        `/localgov/directory?q=${encodeURIComponent('เทศบาล')}`,
      );
      log(
        `in-process p50 ${percentile(inProcess, 50).toFixed(1)} ms, p95 ${percentile(inProcess, 95).toFixed(1)} ms; ` +
          `HTTP p50 ${percentile(http, 50).toFixed(1)} ms, p95 ${percentile(http, 95).toFixed(1)} ms; ` +
          `${empty} of ${queries.length} queries found nothing`,
      );
      const figure = (metric: string, value: number, unit: string, extra: Partial<Figure> = {}) =>
        ({ benchmark: 'localgov-directory', metric, value, unit, ...extra }) satisfies Figure;
      const goal = {
        goal: `<= ${GOAL_MS}`,
        peer: { name: `the ${GOAL_MS} ms goal`, value: GOAL_MS },
      };
      return [
        figure(
          `search p95 over ${count} administrations (in-process)`,
          percentile(inProcess, 95),
          'ms',
          goal,
        ),
        figure(
          `search p95 over ${count} administrations (HTTP JSON API)`,
          percentile(http, 95),
          'ms',
          goal,
        ),
        figure('search p50 (HTTP JSON API)', percentile(http, 50), 'ms'),
        figure('one look-up by code p50 (the floor)', percentile(floor, 50), 'ms'),
        figure('directory results page p95 (HTML)', percentile(pageTimes, 95), 'ms'),
        figure('results page weight (HTML+CSS+JS, gzip)', weight.gzip / 1024, 'KB', {
          goal: '<= 50',
          peer: { name: 'the 50 KB limit', value: 50 },
        }),
        figure('queries that found nothing', empty, `of ${queries.length}`),
      ];
    } finally {
      await app.stop();
    }
  },
};
