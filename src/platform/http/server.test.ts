import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getForm, newPerson, startTestApp, type TestApp } from '../../../test/support/app.ts';

describe('http foundation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seed: true });
  });
  afterAll(() => t.stop());

  it('serves the home page in Thai by default with strict security headers', async () => {
    const res = await t.server.inject({ url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<html lang="th">');
    expect(res.body).toContain('ประตูสู่บริการภาครัฐ');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toMatch(/script-src 'self' 'nonce-[0-9a-f]+'/);
    expect(csp).toContain("object-src 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-request-id']).toBeTruthy();
    const nonce = /'nonce-([0-9a-f]+)'/.exec(csp)?.[1];
    expect(res.body).toContain(`nonce="${nonce}"`);
  });

  it('gives every response a nonce of its own, 16 random bytes', async () => {
    // Past the 256 nonces the pool holds, so that it is refilled on the way.
    const nonces = new Set<string>();
    for (let i = 0; i < 300; i++) {
      const res = await t.server.inject({ url: '/healthz' });
      const nonce = /'nonce-([0-9a-f]+)'/.exec(String(res.headers['content-security-policy']));
      expect(nonce?.[1]).toMatch(/^[0-9a-f]{32}$/);
      nonces.add(nonce![1]!);
    }
    expect(nonces.size).toBe(300);
  });

  it('switches language with a cookie and refuses open redirects', async () => {
    const res = await t.server.inject({ url: '/lang/en?next=/' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/');
    expect(String(res.headers['set-cookie'])).toMatch(/lang=en;.*HttpOnly.*Secure.*SameSite=Lax/);
    const page = await t.server.inject({ url: '/', headers: { cookie: 'lang=en' } });
    expect(page.body).toContain('<html lang="en">');
    expect(page.body).toContain('Your gateway to government services');
    const evil = await t.server.inject({ url: '/lang/en?next=//evil.example/' });
    expect(evil.headers.location).toBe('/');
  });

  it('reports health and metrics', async () => {
    const health = await t.server.inject({ url: '/healthz' });
    expect(health.json()).toEqual({ status: 'ok', database: 'ok' });
    await t.server.inject({ url: '/' });
    const metrics = await t.server.inject({ url: '/metrics' });
    expect(metrics.body).toContain('pratu_http_request_duration_seconds_bucket');
  });

  it('answers unknown routes with a page for browsers and JSON for programs', async () => {
    const page = await t.server.inject({ url: '/no/such/page', headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(404);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('ไม่พบหน้าที่คุณต้องการ');
    const api = await t.server.inject({ url: '/api/nothing' });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toMatchObject({ error: { code: 'request.not_found' } });
  });

  it('refuses a form post without a CSRF token and changes nothing', async () => {
    const admin = await newPerson(t, ['platform_admin']);
    const before = await t.app.orgs.countOrganizations();
    const res = await t.server.inject({
      method: 'POST',
      url: '/admin/organizations',
      headers: { cookie: admin.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'code=forged&kind=department&name_th=ปลอม&name_en=Forged',
    });
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('ไม่มีข้อมูลใดถูกเปลี่ยนแปลง');
    expect(await t.app.orgs.countOrganizations()).toBe(before);
  });

  it('maps malformed, oversized and wrongly typed bodies to clear errors', async () => {
    const admin = await newPerson(t, ['platform_admin']);
    const form = await getForm(t, '/admin/organizations', admin.cookie);
    const headers = { cookie: form.cookie, 'x-csrf-token': form.csrf, accept: 'application/json' };
    const bad = await t.server.inject({
      method: 'POST',
      url: '/admin/organizations',
      headers: { ...headers, 'content-type': 'application/json' },
      payload: '{"code": ',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('request.malformed_body');
    const huge = await t.server.inject({
      method: 'POST',
      url: '/admin/organizations',
      headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
      payload: `code=${'x'.repeat(2_000_000)}`,
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('request.body_too_large');
    const odd = await t.server.inject({
      method: 'POST',
      url: '/admin/organizations',
      headers: { ...headers, 'content-type': 'application/x-strange' },
      payload: 'whatever',
    });
    expect(odd.statusCode).toBe(415);
    expect(odd.json().error.code).toBe('request.unsupported_media_type');
  });

  it('asks anonymous visitors to sign in and forbids the wrong role', async () => {
    const anon = await t.server.inject({
      url: '/admin/organizations',
      headers: { accept: 'text/html' },
    });
    expect(anon.statusCode).toBe(303);
    // Browsers are sent to the Digital ID sign-in, which comes back to the page they asked for.
    expect(anon.headers.location).toContain('/sign-in?next=%2Fadmin%2Forganizations');
    const citizen = await newPerson(t);
    const res = await t.server.inject({
      url: '/admin/organizations',
      headers: { cookie: citizen.cookie },
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('database outage', () => {
  it('gives 503 on /healthz and a friendly page, without crashing', async () => {
    // Nothing listens on port 1: every query fails to connect, as when the server is down.
    const { createApp } = await import('../../app.ts');
    const { loadConfig } = await import('../config.ts');
    const { openDatabase } = await import('../db/database.ts');
    const database = await openDatabase({ databaseUrl: 'postgres://postgres@127.0.0.1:1/none' });
    const app = await createApp(
      loadConfig({ PRATU_ENV: 'test', PRATU_RATE_LIMIT_PER_MINUTE: '0' }),
      {
        database,
      },
    );
    const server = await app.buildServer();
    try {
      const health = await server.inject({ url: '/healthz' });
      expect(health.statusCode).toBe(503);
      const page = await server.inject({
        url: '/account',
        headers: { cookie: `pratu_sid=${'a'.repeat(43)}`, accept: 'text/html' },
      });
      expect(page.statusCode).toBe(503);
      expect(page.body).toContain('ระบบขัดข้องชั่วคราว');
    } finally {
      await app.stop();
    }
  });
});
