import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getForm, newPerson, startTestApp, type TestApp } from '../../../test/support/app.ts';
import { FormError } from '../../platform/forms.ts';
import { demoCitizens } from '../../registry/index.ts';
import { parseEntitlementCsv } from './csv-upload.ts';
import { createHttpConnector, signRequest, verifySignature } from './http-connector.ts';

function serve(
  handler: (body: string, headers: Record<string, unknown>) => Promise<[number, unknown]>,
) {
  return new Promise<{ server: Server; url: string }>((resolve) => {
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => {
        body += c;
      });
      req.on('end', async () => {
        const [status, json] = await handler(body, req.headers);
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
      });
    });
    server.listen(0, '127.0.0.1', () => {
      const a = server.address();
      resolve({ server, url: `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}/` });
    });
  });
}

const answer = {
  entitlements: [{ code: 'x', title: { th: 'สิทธิ', en: 'Right' }, status: 'active' }],
};

describe('entitlement connectors', () => {
  it('signs requests that the agency can verify, and refuses tampering and replays', () => {
    const body = '{"citizen_id":"1101700123456"}';
    const { timestamp, signature } = signRequest('s3cret', body);
    expect(verifySignature('s3cret', body, timestamp, signature)).toBe(true);
    expect(verifySignature('s3cret', body.replace('6', '7'), timestamp, signature)).toBe(false);
    expect(verifySignature('other', body, timestamp, signature)).toBe(false);
    const old = signRequest('s3cret', body, Date.now() - 3_600_000);
    expect(verifySignature('s3cret', body, old.timestamp, old.signature)).toBe(false);
  });

  it('times out a slow source, retries a flaky one, opens the circuit on a broken one', async () => {
    let calls = 0;
    const slow = await serve(async () => {
      await new Promise((r) => setTimeout(r, 2000));
      return [200, answer];
    });
    const flaky = await serve(async () => (++calls % 2 === 1 ? [503, {}] : [200, answer]));
    const broken = await serve(async () => [500, {}]);
    const connector = createHttpConnector();
    // Generous budgets for the sources that do answer, so a loaded machine cannot turn a retry
    // into a time-out; only the hanging source gets a short one.
    const cfg = (code: string, endpoint: string, timeoutMs = 5000) => ({
      code,
      endpoint,
      signingSecret: 'k',
      timeoutMs,
      cacheSeconds: 0,
    });
    try {
      const started = Date.now();
      expect(await connector.fetch(cfg('slow', slow.url, 300), '1101700123456')).toMatchObject({
        ok: false,
        reason: 'timeout',
      });
      expect(Date.now() - started).toBeLessThan(1000);
      expect(await connector.fetch(cfg('flaky', flaky.url), '1101700123456')).toMatchObject({
        ok: true,
      });
      for (let i = 0; i < 5; i++) await connector.fetch(cfg('broken', broken.url), '1101700123456');
      expect(connector.breakerState('broken')).toBe('open');
      expect(await connector.fetch(cfg('broken', broken.url), '1101700123456')).toMatchObject({
        reason: 'circuit_open',
      });
    } finally {
      for (const s of [slow, flaky, broken]) s.server.close();
    }
  });

  it('does not retry an answer that would only repeat: a 4xx, a non-JSON or an oversized body', async () => {
    const calls = { notFound: 0, html: 0, huge: 0 };
    const notFound = await serve(async () => {
      calls.notFound++;
      return [404, { error: 'no such person' }];
    });
    const html = createServer((_req, res) => {
      calls.html++;
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html>maintenance</html>');
    });
    const huge = createServer((_req, res) => {
      calls.huge++;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          entitlements: Array.from({ length: 20_000 }, () => answer.entitlements[0]),
        }),
      );
    });
    const urlOf = (server: Server) =>
      new Promise<string>((resolve) =>
        server.listen(0, '127.0.0.1', () => {
          const a = server.address();
          resolve(`http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}/`);
        }),
      );
    const connector = createHttpConnector();
    const cfg = (code: string, endpoint: string) => ({
      code,
      endpoint,
      signingSecret: 'k',
      timeoutMs: 5000,
      cacheSeconds: 0,
    });
    try {
      for (const [code, url] of [
        ['notFound', notFound.url],
        ['html', await urlOf(html)],
        ['huge', await urlOf(huge)],
      ] as const) {
        expect(await connector.fetch(cfg(code, url), '1101700123456'), code).toMatchObject({
          ok: false,
          reason: 'error',
        });
        expect(calls[code], code).toBe(1);
      }
    } finally {
      notFound.server.close();
      html.close();
      huge.close();
    }
  });

  it('lets one trial call through after the open period, and closes again when it succeeds', async () => {
    let clock = Date.now();
    let healthy = false;
    let calls = 0;
    const src = await serve(async () => {
      calls++;
      // Slow enough that a second caller arrives while the trial is still out.
      await new Promise((r) => setTimeout(r, 100));
      return healthy ? [200, answer] : [500, {}];
    });
    const connector = createHttpConnector({ now: () => clock });
    const cfg = {
      code: 'b',
      endpoint: src.url,
      signingSecret: 'k',
      timeoutMs: 5000,
      cacheSeconds: 0,
    };
    try {
      for (let i = 0; i < 5; i++) await connector.fetch(cfg, '1101700123456');
      expect(connector.breakerState('b')).toBe('open');
      const before = calls;
      expect(await connector.fetch(cfg, '1101700123456')).toMatchObject({ reason: 'circuit_open' });
      expect(calls).toBe(before);

      clock += 31_000;
      healthy = true;
      const [trial, meanwhile] = await Promise.all([
        connector.fetch(cfg, '1101700123456'),
        new Promise((r) => setTimeout(r, 20)).then(() => connector.fetch(cfg, '1101700123456')),
      ]);
      expect(trial).toMatchObject({ ok: true });
      expect(meanwhile).toMatchObject({ ok: false, reason: 'circuit_open' });
      expect(calls).toBe(before + 1);
      expect(connector.breakerState('b')).toBe('closed');
    } finally {
      src.server.close();
    }
  });

  it('keeps a bounded number of cached answers, dropping the oldest', async () => {
    let calls = 0;
    const src = await serve(async () => {
      calls++;
      return [200, answer];
    });
    const connector = createHttpConnector({ cacheEntries: 3 });
    const cfg = {
      code: 'c',
      endpoint: src.url,
      signingSecret: 'k',
      timeoutMs: 5000,
      cacheSeconds: 60,
    };
    const people = ['1101700123456', '1101700123457', '1101700123458', '1101700123459'];
    try {
      for (const p of people) await connector.fetch(cfg, p);
      expect(connector.cacheSize()).toBe(3);
      expect(calls).toBe(4);
      expect(await connector.fetch(cfg, people[3]!)).toMatchObject({ cached: true });
      expect(await connector.fetch(cfg, people[0]!)).toMatchObject({ cached: false });
      expect(calls).toBe(5);
      expect(connector.cacheSize()).toBe(3);
    } finally {
      src.server.close();
    }
  });

  it('caches an answer briefly and ignores malformed entitlements', async () => {
    let calls = 0;
    const src = await serve(async () => {
      calls++;
      return [200, { entitlements: [...answer.entitlements, { code: 'bad', status: 'weird' }] }];
    });
    const connector = createHttpConnector();
    const cfg = {
      code: 'c',
      endpoint: src.url,
      signingSecret: 'k',
      timeoutMs: 500,
      cacheSeconds: 60,
    };
    const first = await connector.fetch(cfg, '1101700123456');
    const second = await connector.fetch(cfg, '1101700123456');
    src.server.close();
    expect(first).toMatchObject({ ok: true, cached: false, entitlements: [{ code: 'x' }] });
    expect(second).toMatchObject({ ok: true, cached: true });
    expect(calls).toBe(1);
  });
});

describe('entitlement CSV', () => {
  const header =
    'citizen_id,entitlement_code,title_th,title_en,status,amount_baht,detail_th,detail_en,valid_from,valid_until';
  it('reads a good file', () => {
    const rows = parseEntitlementCsv(
      `\uFEFF${header}\n1101700123456,elderly,เบี้ยผู้สูงอายุ,Elderly allowance,active,600,,,2024-10-01,\n`,
    );
    expect(rows).toEqual([
      expect.objectContaining({
        citizen_id: '1101700123456',
        amount_baht: '600',
        valid_until: null,
      }),
    ]);
  });
  it('names every bad line and takes nothing', () => {
    try {
      parseEntitlementCsv(
        `${header}\n1101700123457,x,ก,A,active,,,,,\n1101700123456,y,ข,B,maybe,,,,,\n1101700123456,z,ค,C,active,1e9,,,,\n`,
      );
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(FormError);
      expect((e as FormError).messages('en').file).toMatch(
        /3 rows are invalid.*2 \(citizen_id\).*3 \(status\).*4 \(amount_baht\)/,
      );
    }
    expect(() => parseEntitlementCsv('a,b\n1,2\n')).toThrow(FormError);
  });
});

describe('my entitlements page', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ listen: true, seed: true });
  });
  afterAll(() => t.stop());

  it('gathers every source and marks a hanging one unavailable', async () => {
    const slow = await serve(async () => {
      await new Promise((r) => setTimeout(r, 3000));
      return [200, answer];
    });
    try {
      await t.app.services.entitlements.setSourceEndpoint('sso', `${t.url}/demo/agency-api/sso`);
      await t.app.services.entitlements.setSourceEndpoint('nhso', slow.url);
      const account = await t.app.identity.findAccountByCitizenId(demoCitizens[0]!.citizenId);
      const { sessionCookie } = await import('../../../test/support/app.ts');
      const cookie = await sessionCookie(t, account!.id);
      const started = Date.now();
      const res = await t.server.inject({ url: '/services/entitlements', headers: { cookie } });
      // The slow agency takes 3 s; the page must not wait for it (issue: within a second).
      expect(Date.now() - started).toBeLessThan(1000);
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('ผู้ประกันตนมาตรา');
      expect(res.body).toContain('ขณะนี้ยังไม่สามารถดึงข้อมูลจากหน่วยงานนี้ได้');
      expect(res.body).toContain('บัตรสวัสดิการแห่งรัฐ');
    } finally {
      slow.server.close();
    }
  });

  it('lets an agency replace its table by CSV, and refuses another agency', async () => {
    const welfare = (await t.app.services.entitlements.listSources()).find(
      (s) => s.code === 'welfare-card',
    )!;
    const officer = await newPerson(t, ['agency_officer'], welfare.organizationId);
    const form = await getForm(t, '/services/entitlements/sources', officer.cookie);
    const boundary = '----pratu';
    const csv =
      'citizen_id,entitlement_code,title_th,title_en,status,amount_baht,detail_th,detail_en,valid_from,valid_until\n1101700123456,card,บัตร,Card,active,300,,,,\n';
    const body = (code: string) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${form.csrf}\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="rows.csv"\r\nContent-Type: text/csv\r\n\r\n${code}\r\n--${boundary}--\r\n`;
    const res = await t.server.inject({
      method: 'POST',
      url: '/services/entitlements/sources/welfare-card/upload',
      headers: { cookie: form.cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: body(csv),
    });
    expect(res.statusCode).toBe(200);
    expect(await t.app.services.entitlements.countRecords('welfare-card')).toBe(1);
    const bad = await t.server.inject({
      method: 'POST',
      url: '/services/entitlements/sources/welfare-card/upload',
      headers: { cookie: form.cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: body(csv.replace('1101700123456', '1101700123457')),
    });
    expect(bad.statusCode).toBe(400);
    expect(await t.app.services.entitlements.countRecords('welfare-card')).toBe(1);
    const other = await newPerson(t, ['agency_officer']);
    const otherForm = await getForm(t, '/services/entitlements/sources', other.cookie);
    const refused = await t.server.inject({
      method: 'POST',
      url: '/services/entitlements/sources/welfare-card/upload',
      headers: {
        cookie: otherForm.cookie,
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      payload: body(csv).replace(form.csrf, otherForm.csrf),
    });
    expect(refused.statusCode).toBe(403);
  });
});
