import { createServer } from 'node:http';
import { type Benchmark, percentile } from './harness.ts';

/**
 * "My entitlements" with one agency hanging: the page must still answer within a second
 * (issue 4). Measures the page's latency over HTTP with the demo sources plus a source that never
 * answers in time.
 */
export const servicesEntitlements: Benchmark = {
  name: 'services-entitlements',
  async run({ startApp }) {
    const hanging = createServer((_req, res) => {
      setTimeout(() => res.end('{"entitlements":[]}'), 10_000).unref();
    });
    await new Promise<void>((r) => hanging.listen(0, '127.0.0.1', r));
    const address = hanging.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const { app, url } = await startApp({ seed: true });
    try {
      const ent = app.services.entitlements;
      await ent.setSourceEndpoint('sso', `${url}/demo/agency-api/sso`);
      await ent.setSourceEndpoint('nhso', `http://127.0.0.1:${port}/`);
      const { demoCitizens } = await import('../src/registry/index.ts');
      const account = await app.identity.findAccountByCitizenId(demoCitizens[0]!.citizenId);
      const token = await app.sessions.create(account!.id);
      const times: number[] = [];
      for (let i = 0; i < 30; i++) {
        ent.connector.clearCache();
        const started = performance.now();
        const res = await fetch(`${url}/services/entitlements`, {
          headers: { cookie: `pratu_sid=${token}` },
        });
        await res.text();
        times.push(performance.now() - started);
      }
      return [
        {
          benchmark: 'services-entitlements',
          metric: 'my entitlements page p95, one agency hanging',
          value: percentile(times, 95),
          unit: 'ms',
          goal: '<= 1000',
          peer: { name: 'the 1 s limit', value: 1000 },
        },
      ];
    } finally {
      hanging.close();
      await app.stop();
    }
  },
};
