import { brotliCompressSync, gzipSync } from 'node:zlib';
import { type Benchmark, load } from './harness.ts';

/** The foundation's figures: raw HTTP speed and the weight of the home page. */
export const foundation: Benchmark = {
  name: 'foundation',
  async run({ startApp, seconds }) {
    const { app, url } = await startApp({ seed: true });
    try {
      const health = await load(`${url}/healthz`, seconds);
      const home = await load(`${url}/`, seconds);
      const weight = await pageWeight(url, '/');
      return [
        {
          benchmark: 'foundation',
          metric: '/healthz requests/s',
          value: health.rps,
          unit: 'req/s',
        },
        { benchmark: 'foundation', metric: '/healthz p99', value: health.p99, unit: 'ms' },
        { benchmark: 'foundation', metric: 'home page requests/s', value: home.rps, unit: 'req/s' },
        { benchmark: 'foundation', metric: 'home page p99', value: home.p99, unit: 'ms' },
        {
          benchmark: 'foundation',
          metric: 'home page weight (HTML+CSS+JS, gzip)',
          value: weight.gzip / 1024,
          unit: 'KB',
          goal: '<= 50',
          peer: { name: 'the 50 KB limit', value: 50 },
        },
        {
          benchmark: 'foundation',
          metric: 'home page weight (brotli)',
          value: weight.brotli / 1024,
          unit: 'KB',
        },
      ];
    } finally {
      await app.stop();
    }
  },
};

/** Compressed bytes of a page plus the stylesheets and scripts it loads. */
export async function pageWeight(base: string, path: string) {
  const html = await (await fetch(`${base}${path}`)).text();
  const assets = [...html.matchAll(/(?:href|src)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!);
  const bodies = [Buffer.from(html)];
  for (const a of assets)
    bodies.push(Buffer.from(await (await fetch(`${base}${a}`)).arrayBuffer()));
  return {
    gzip: bodies.reduce((n, b) => n + gzipSync(b).length, 0),
    brotli: bodies.reduce((n, b) => n + brotliCompressSync(b).length, 0),
  };
}
