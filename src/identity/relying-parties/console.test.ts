import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getForm, newPerson, startTestApp, type TestApp } from '../../../test/support/app.ts';
import type { Command, CommandContext } from '../../platform/module.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.stop());

async function post(
  url: string,
  cookie: string,
  fields: Record<string, string | string[]>,
  formUrl = url,
) {
  const form = await getForm(t, formUrl, cookie);
  const body = new URLSearchParams({ _csrf: form.csrf });
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) body.append(k, one);
  return t.server.inject({
    method: 'POST',
    url,
    headers: {
      cookie: form.cookie,
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'text/html',
    },
    payload: body.toString(),
  });
}

const registration = (organizationId: string) => ({
  organization_id: organizationId,
  name_th: 'ระบบจองคิวออนไลน์',
  name_en: 'Online queue booking',
  purpose_th: 'ยืนยันตัวตนผู้จองคิวรับบริการ',
  purpose_en: 'Confirm who books the appointment',
  redirect_uris: 'http://localhost:8080/callback',
  scopes: ['pid', 'name'],
  client_credentials: 'on',
  token_endpoint_auth_method: 'client_secret_basic',
  min_aal: '2',
});

async function clientCredentials(clientId: string, secret: string) {
  return t.server.inject({
    method: 'POST',
    url: '/oidc/token',
    headers: {
      host: new URL(t.app.config.publicUrl).host,
      authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    payload: 'grant_type=client_credentials',
  });
}

describe('relying-party console', () => {
  it('lets an rp_admin register a sandbox app and shows the secret once', async () => {
    const admin = await newPerson(t, ['rp_admin']);
    const res = await post(
      '/relying-parties',
      admin.cookie,
      registration(admin.organizationId!),
      '/relying-parties/new',
    );
    expect(res.statusCode, res.body.slice(0, 500)).toBe(201);
    const clientId = /<code>(rp_[\w-]+)<\/code>/.exec(res.body)?.[1];
    const secret = /<p><code>([\w-]{40,})<\/code><\/p>/.exec(res.body)?.[1];
    expect(clientId).toBeTruthy();
    expect(secret).toBeTruthy();
    expect((await clientCredentials(clientId!, secret!)).statusCode).toBe(200);
    expect((await clientCredentials(clientId!, `${secret}x`)).statusCode).toBe(401);
    const row = await t.app.identity.relyingParties.findByClientId(clientId!);
    expect(row?.environment).toBe('sandbox');
    expect(row?.client_secret_sealed).not.toContain(secret!);
    // The page never shows the secret again.
    const again = await t.server.inject({
      url: `/relying-parties/${row!.id}`,
      headers: { cookie: admin.cookie },
    });
    expect(again.body).not.toContain(secret!);
  });

  it('re-renders a bad registration with every problem and stores nothing', async () => {
    const admin = await newPerson(t, ['rp_admin']);
    // Counted within the admin's own organization: other test files share the database.
    const ours = { organizationIds: [admin.organizationId!] };
    const before = (await t.app.identity.relyingParties.list(ours)).length;
    const res = await post(
      '/relying-parties',
      admin.cookie,
      {
        ...registration(admin.organizationId!),
        name_th: '',
        redirect_uris: 'http://evil.example/callback',
        scopes: ['pid', 'everything'],
      },
      '/relying-parties/new',
    );
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('error-summary');
    expect(res.body).toContain('กรุณากรอกชื่อแอปพลิเคชันภาษาไทย');
    expect(res.body).toContain('https://');
    expect(res.body).toContain('ไม่รู้จักขอบเขตข้อมูล');
    expect(res.body).toContain('Online queue booking');
    expect((await t.app.identity.relyingParties.list(ours)).length).toBe(before);
  });

  it('refuses people without the role, and other organizations’ apps', async () => {
    const citizen = await newPerson(t);
    expect(
      (await t.server.inject({ url: '/relying-parties', headers: { cookie: citizen.cookie } }))
        .statusCode,
    ).toBe(403);
    const signedOut = await t.server.inject({
      url: '/relying-parties',
      headers: { accept: 'text/html' },
    });
    expect(signedOut.statusCode).toBe(303);
    expect(signedOut.headers.location).toMatch(/^\/sign-in\?next=/);
    const owner = await newPerson(t, ['rp_admin']);
    const { rp } = await t.app.identity.relyingParties.register(
      'test',
      {
        name_th: 'ก',
        name_en: 'A',
        purpose_th: 'ก',
        purpose_en: 'A',
        redirect_uris: ['https://a.example/cb'],
        post_logout_redirect_uris: [],
        scopes: ['openid'],
        client_credentials: false,
        token_endpoint_auth_method: 'client_secret_basic',
        jwks: '',
        logo_url: '',
        min_aal: '2',
      },
      { organizationId: owner.organizationId!, environment: 'sandbox' },
    );
    const stranger = await newPerson(t, ['rp_admin']);
    expect(
      (
        await t.server.inject({
          url: `/relying-parties/${rp.id}`,
          headers: { cookie: stranger.cookie },
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await t.server.inject({
          url: `/relying-parties/${rp.id}`,
          headers: { cookie: owner.cookie },
        })
      ).statusCode,
    ).toBe(200);
    // An rp_admin may not register for an organization they do not administer.
    const res = await post(
      '/relying-parties',
      stranger.cookie,
      registration(owner.organizationId!),
      '/relying-parties/new',
    );
    expect(res.statusCode).toBe(400);
  });

  it('goes live only with https everywhere and a platform administrator’s approval', async () => {
    const admin = await newPerson(t, ['rp_admin']);
    const created = await post(
      '/relying-parties',
      admin.cookie,
      registration(admin.organizationId!),
      '/relying-parties/new',
    );
    const clientId = /<code>(rp_[\w-]+)<\/code>/.exec(created.body)![1]!;
    const rp = (await t.app.identity.relyingParties.findByClientId(clientId))!;
    const early = await post(
      `/relying-parties/${rp.id}/request-production`,
      admin.cookie,
      {},
      `/relying-parties/${rp.id}`,
    );
    expect(early.statusCode).toBe(400);
    expect(early.body).toContain('http://localhost:8080/callback');
    const edited = await post(
      `/relying-parties/${rp.id}/edit`,
      admin.cookie,
      {
        ...registration(admin.organizationId!),
        redirect_uris: 'https://queue.example.go.th/callback',
      },
      `/relying-parties/${rp.id}/edit`,
    );
    expect(edited.statusCode).toBe(200);
    expect(
      (
        await post(
          `/relying-parties/${rp.id}/request-production`,
          admin.cookie,
          {},
          `/relying-parties/${rp.id}`,
        )
      ).statusCode,
    ).toBe(200);
    // The rp_admin cannot approve their own app.
    expect(
      (
        await post(
          `/relying-parties/${rp.id}/approve`,
          admin.cookie,
          {},
          `/relying-parties/${rp.id}`,
        )
      ).statusCode,
    ).toBe(403);
    const platform = await newPerson(t, ['platform_admin']);
    const list = await t.server.inject({
      url: '/relying-parties',
      headers: { cookie: platform.cookie },
    });
    expect(list.body).toContain('รออนุมัติใช้งานจริง');
    const approved = await post(
      `/relying-parties/${rp.id}/approve`,
      platform.cookie,
      {},
      `/relying-parties/${rp.id}`,
    );
    expect(approved.statusCode).toBe(200);
    expect((await t.app.identity.relyingParties.find(rp.id))?.environment).toBe('production');
  });
});

describe('commands', () => {
  function find(name: string): Command {
    const command = t.app.commands().find((c) => c.name === name);
    if (!command) throw new Error(`no command ${name}`);
    return command;
  }
  async function run(name: string, args: string[]) {
    const out: string[] = [];
    const ctx: CommandContext = {
      config: t.app.config,
      database: t.app.database,
      out: (l) => out.push(l),
      progress: () => {},
    };
    const code = await find(name).run(args, ctx);
    return { code, out };
  }

  it('pratu rp add --json prints the client id and secret, which work at once', async () => {
    const { code, out } = await run('rp add', [
      '--name',
      'ระบบทดสอบอัตโนมัติ',
      '--redirect-uri',
      'http://localhost:9000/cb',
      '--redirect-uri',
      'http://localhost:9000/cb2',
      '--scopes',
      'openid pid name',
      '--sandbox',
      '--client-credentials',
      '--json',
    ]);
    expect(code).toBe(0);
    const printed = JSON.parse(out.join('\n')) as { client_id: string; client_secret: string };
    expect(Object.keys(printed).sort()).toEqual(['client_id', 'client_secret']);
    const rp = await t.app.identity.relyingParties.findByClientId(printed.client_id);
    expect(rp?.redirect_uris).toEqual(['http://localhost:9000/cb', 'http://localhost:9000/cb2']);
    expect(rp?.scopes).toEqual(['openid', 'pid', 'name']);
    expect((await clientCredentials(printed.client_id, printed.client_secret)).statusCode).toBe(
      200,
    );
  });

  it('refuses http redirect URIs for a live app and bad flags, registering nothing', async () => {
    // Only this test uses the name: other test files share the database.
    const named = async () =>
      (await t.app.identity.relyingParties.list()).filter((rp) =>
        rp.redirect_uris.includes('http://localhost/cb-refused'),
      ).length;
    const live = await run('rp add', [
      '--name',
      'X',
      '--redirect-uri',
      'http://localhost/cb-refused',
      '--scopes',
      'openid',
      '--json',
    ]);
    expect(live.code).toBe(2);
    expect(live.out.join('\n')).toMatch(/https/);
    const bad = await run('rp add', ['--name']);
    expect(bad.code).toBe(2);
    expect(await named()).toBe(0);
  });

  it('pratu keys rotate starts a new signing key and keeps the old one published', async () => {
    const before = (await t.app.identity.oidc.publicJwks()).keys.map((k) => k.kid);
    const { code, out } = await run('keys rotate', ['--json']);
    expect(code).toBe(0);
    const { kid } = JSON.parse(out[0]!) as { kid: string };
    await t.app.identity.oidc.reload();
    const after = (await t.app.identity.oidc.publicJwks()).keys.map((k) => k.kid);
    expect(after[0]).toBe(kid);
    expect(after).toEqual(expect.arrayContaining(before));
    const listed = await run('keys list', []);
    expect(listed.out.find((l) => l.startsWith(kid))).toContain('signing');
  });
});
