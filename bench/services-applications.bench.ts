import { randomInt } from 'node:crypto';
import { demoDefinitions } from '../src/services/eservices/demo.ts';
import { withEServices } from '../src/services/eservices/testing.ts';
import { pageWeight } from './foundation.bench.ts';
import { type Benchmark, type Figure, percentile } from './harness.ts';

/**
 * Application submissions per second through HTTP, as browsers send them: each submission is a
 * real POST /applications/:id/submit with the session cookie, the CSRF cookie and token, and a
 * single-use submission token, answered 303 after the transaction (tracking number, event,
 * inbox notification, outbox mail, audit row) commits. Drafts are prepared beforehand, each by
 * its own citizen; the timed part is only the submits, at most CONCURRENCY in flight.
 * Also the compressed weight of the e-service form pages (the heaviest page of the old-age
 * allowance form, with the province list) against the 50 KB budget.
 *
 * Size: PRATU_BENCH_SUBMISSIONS (default 2000) submissions, PRATU_BENCH_CONCURRENCY (32).
 */
const SUBMISSIONS = Number(process.env.PRATU_BENCH_SUBMISSIONS ?? 2000);
const CONCURRENCY = Number(process.env.PRATU_BENCH_CONCURRENCY ?? 32);

function citizenId(): string {
  let body = String(randomInt(1, 9));
  while (body.length < 12) body += String(randomInt(0, 10));
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body[i]) * (13 - i);
  return body + String((11 - (sum % 11)) % 10);
}

async function pool<T>(items: T[], limit: number, run: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await run(items[next++]!);
    }),
  );
}

export const servicesApplications: Benchmark = {
  name: 'services-applications',
  async run({ startApp, log }) {
    const { app } = await startApp({ listen: false });
    const eservices = withEServices(app);
    await app.migrate();
    const server = await app.buildServer();
    await server.listen({ port: 0, host: '127.0.0.1' });
    const address = server.server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    try {
      const suffix = Date.now().toString(36);
      const org = await app.orgs.ensureOrganization({
        code: `bench-${suffix}`,
        kind: 'local_administration',
        name_th: 'เทศบาลทดสอบความเร็ว',
        name_en: 'Benchmark municipality',
      });
      // The municipality's complaint form: two pages, typed and validated fields, a workflow.
      const complaint = structuredClone(demoDefinitions.find((d) => d.code === 'complaint-local')!);
      const elderly = structuredClone(
        demoDefinitions.find((d) => d.code === 'elderly-allowance-application')!,
      );
      const published: Record<string, string> = {};
      for (const def of [complaint, elderly]) {
        const code = `${def.code}-${suffix}`;
        const row = await eservices.importDefinition(
          null,
          JSON.stringify({ ...def, code, organization: org.code }),
          { actor: 'bench' },
        );
        await eservices.publishRow('bench', row);
        published[def.code] = code;
      }

      log(`preparing ${SUBMISSIONS} drafts, one citizen each...`);
      const prepared: Array<{ id: string; cookie: string; body: string }> = [];
      const people = Array.from({ length: SUBMISSIONS }, (_, i) => i);
      await pool(people, 8, async (i) => {
        const account = await app.identity.ensureAccount({
          citizen_id: citizenId(),
          display_name_th: `ผู้ทดสอบ ${i}`,
          display_name_en: `Bench ${i}`,
          email: i % 2 === 0 ? `bench${i}-${suffix}@example.test` : null,
          phone: null,
          demo: false,
        });
        const { id } = await eservices.startApplication(account.id, published['complaint-local']!);
        await eservices.savePage(
          account.id,
          id,
          'problem',
          {
            topic: 'lighting',
            details: 'ไฟถนนดับหน้าซอย ทำให้มืดมากตอนกลางคืน',
            seen_on: '2025-01-10',
            place: 'ปากซอย 18',
          },
          [],
          { kind: 'save' },
        );
        await eservices.savePage(
          account.id,
          id,
          'contact',
          { full_name: `ผู้ทดสอบ ${i}`, phone: '0812345678' },
          [],
          { kind: 'save' },
        );
        const session = `pratu_sid=${await app.sessions.create(account.id, { method: 'bench' })}`;
        // What the browser holds after showing the check page: cookies, CSRF token, form token.
        const check = await fetch(`${url}/applications/${id}/check`, {
          headers: { cookie: session },
        });
        const html = await check.text();
        const csrf = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
        const token = /name="_token" value="([^"]+)"/.exec(html)?.[1];
        if (!csrf || !token) throw new Error(`check page without a form (${check.status})`);
        const csrfCookie = check.headers
          .getSetCookie()
          .map((c) => c.split(';')[0])
          .join('; ');
        prepared.push({
          id,
          cookie: `${session}; ${csrfCookie}`,
          body: new URLSearchParams({ _csrf: csrf, _token: token, declaration: 'on' }).toString(),
        });
      });

      log(`submitting ${prepared.length} applications, ${CONCURRENCY} at a time...`);
      const latencies: number[] = [];
      let failures = 0;
      const cpu0 = process.cpuUsage();
      const started = performance.now();
      await pool(prepared, CONCURRENCY, async (p) => {
        const t0 = performance.now();
        const r = await fetch(`${url}/applications/${p.id}/submit`, {
          method: 'POST',
          redirect: 'manual',
          headers: {
            cookie: p.cookie,
            'content-type': 'application/x-www-form-urlencoded',
            accept: 'text/html',
          },
          body: p.body,
        });
        await r.arrayBuffer();
        latencies.push(performance.now() - t0);
        if (r.status !== 303) failures++;
      });
      const seconds = (performance.now() - started) / 1000;
      const cpu = process.cpuUsage(cpu0);
      // CPU time of this process per submission (server and the load client together): unlike
      // the rate, it does not depend on what else the machine is doing at the time.
      const cpuMs = (cpu.user + cpu.system) / 1000 / prepared.length;
      if (failures > 0) throw new Error(`${failures} submissions were not accepted`);
      const submitted = await app.db
        .selectFrom('services.application_records')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where(
          'definition_id',
          '=',
          (await eservices.findDefinitionByCode(published['complaint-local']!))!.id,
        )
        .where('tracking_no', 'is not', null)
        .executeTakeFirstOrThrow();
      if (Number(submitted.n) !== prepared.length) {
        throw new Error(
          `${submitted.n} applications have tracking numbers, expected ${prepared.length}`,
        );
      }

      // Page weight: the form pages of the old-age allowance, as a signed-in citizen sees them.
      const reader = await app.identity.ensureAccount({
        citizen_id: citizenId(),
        display_name_th: 'ผู้อ่าน',
        display_name_en: 'Reader',
        email: null,
        phone: null,
        demo: false,
      });
      const { id: draft } = await eservices.startApplication(
        reader.id,
        published['elderly-allowance-application']!,
      );
      const cookie = `pratu_sid=${await app.sessions.create(reader.id, {})}`;
      const plainFetch = globalThis.fetch;
      // pageWeight fetches without cookies; the form needs the session, so lend it one.
      globalThis.fetch = (input, init = {}) =>
        plainFetch(input, {
          ...init,
          headers: {
            ...(init.headers as Record<string, string>),
            cookie,
            'accept-encoding': 'identity',
          },
        });
      const weights: Array<{ page: string; gzip: number; brotli: number }> = [];
      try {
        for (const page of elderly.pages.map((p) => p.id)) {
          weights.push({
            page,
            ...(await pageWeight(url, `/applications/${draft}/pages/${page}`)),
          });
        }
      } finally {
        globalThis.fetch = plainFetch;
      }
      const heaviest = weights.reduce((a, b) => (b.gzip > a.gzip ? b : a));
      log(
        `page weights (gzip KB): ${weights.map((w) => `${w.page} ${(w.gzip / 1024).toFixed(1)}`).join(', ')}`,
      );

      const figures: Figure[] = [
        {
          benchmark: 'services-applications',
          metric: `application submissions/s (HTTP, ${CONCURRENCY} concurrent, ${prepared.length} submits)`,
          value: prepared.length / seconds,
          unit: 'req/s',
          goal: '>= 300',
          peer: { name: 'the 300/s goal', value: 300 },
        },
        {
          benchmark: 'services-applications',
          metric: 'Node CPU per submission (server + load client)',
          value: cpuMs,
          unit: 'ms',
        },
        {
          benchmark: 'services-applications',
          metric: 'submission p50',
          value: percentile(latencies, 50),
          unit: 'ms',
        },
        {
          benchmark: 'services-applications',
          metric: 'submission p99',
          value: percentile(latencies, 99),
          unit: 'ms',
        },
        {
          benchmark: 'services-applications',
          metric: `e-service form page weight, heaviest page "${heaviest.page}" (HTML+CSS+JS, gzip)`,
          value: heaviest.gzip / 1024,
          unit: 'KB',
          goal: '<= 50',
          peer: { name: 'the 50 KB limit', value: 50 },
        },
        {
          benchmark: 'services-applications',
          metric: 'same page (brotli)',
          value: heaviest.brotli / 1024,
          unit: 'KB',
        },
      ];
      return figures;
    } finally {
      await app.stop();
    }
  },
};
