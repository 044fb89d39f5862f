import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  authorizationRequest,
  Browser,
  type Citizen,
  enrolCitizen,
  type OidcTestApp,
  registerRp,
  signInWithPin,
  startOidcTestApp,
} from './test-support.ts';

/**
 * Incorrect and hostile OpenID requests, each refused with a clear, correct error and nothing
 * else changed. Real HTTP against a listening Pratu; openid-client v6 plays the relying party
 * where a well-behaved library can be made to send the bad request, raw fetch where it cannot.
 */
let t: OidcTestApp;
let citizen: Citizen;
let good: Awaited<ReturnType<typeof registerRp>>;
beforeAll(async () => {
  t = await startOidcTestApp();
  citizen = await enrolCitizen(t);
  good = await registerRp(t);
});
afterAll(() => t?.stop());

const callback = () => `${t.url}/rp-callback`;
const s256 = (v: string) => createHash('sha256').update(v).digest('base64url');

function authorizeUrl(params: Record<string, string | undefined>) {
  const url = new URL(`${t.url}/oidc/auth`);
  for (const [k, v] of Object.entries(params)) if (v !== undefined) url.searchParams.set(k, v);
  return url;
}

function validParams(overrides: Record<string, string | undefined> = {}) {
  const verifier = randomBytes(32).toString('base64url');
  return {
    client_id: good.rp.client_id,
    response_type: 'code',
    scope: 'openid pid',
    redirect_uri: callback(),
    state: 'st4te',
    nonce: 'n0nce',
    code_challenge: s256(verifier),
    code_challenge_method: 'S256',
    ...overrides,
  };
}

async function accessLogCount() {
  return (await t.identity.accessLog.list(citizen.accountId, { limit: 1000, offset: 0 })).length;
}

/** A real sign-in, to get codes and tokens to misuse. */
async function codeFor(config: client.Configuration, scope = 'openid pid offline_access') {
  const extra: Record<string, string> = scope.includes('offline_access')
    ? { prompt: 'consent' }
    : {};
  const req = await authorizationRequest(config, callback(), scope, extra);
  const back = await signInWithPin(new Browser(t.url), req.url, citizen);
  return { req, back };
}

async function tokenRequest(body: Record<string, string>, auth?: { id: string; secret: string }) {
  const headers: Record<string, string> = {
    'content-type': 'application/x-www-form-urlencoded',
    accept: 'application/json',
  };
  if (auth) {
    headers.authorization = `Basic ${Buffer.from(`${auth.id}:${auth.secret}`).toString('base64')}`;
  }
  const res = await fetch(`${t.url}/oidc/token`, {
    method: 'POST',
    headers,
    body: new URLSearchParams(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, string> };
}

describe('authorization endpoint', () => {
  it('shows an error page, never a redirect, for an unregistered redirect_uri', async () => {
    const res = await fetch(
      authorizeUrl(validParams({ redirect_uri: 'https://attacker.example/steal' })),
      { redirect: 'manual', headers: { accept: 'text/html' } },
    );
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
    const page = await res.text();
    expect(page).toContain('invalid_redirect_uri');
    expect(page).toContain('ไม่สามารถเข้าสู่ระบบได้');
    expect(page).not.toContain('attacker.example/steal?');
  });

  it('refuses an omitted redirect_uri even when only one is registered', async () => {
    const res = await fetch(authorizeUrl(validParams({ redirect_uri: undefined })), {
      redirect: 'manual',
      headers: { accept: 'text/html' },
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
  });

  it('shows an error page for an unknown client', async () => {
    const res = await fetch(authorizeUrl(validParams({ client_id: 'rp_nobody' })), {
      redirect: 'manual',
      headers: { accept: 'text/html' },
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
    expect(await res.text()).toContain('invalid_client');
  });

  it.each([
    ['no code_challenge', { code_challenge: undefined, code_challenge_method: undefined }],
    ['the plain method', { code_challenge_method: 'plain' }],
    ['a too short challenge', { code_challenge: 'abc' }],
  ])('requires PKCE with S256: refuses %s', async (_name, overrides) => {
    const res = await fetch(authorizeUrl(validParams(overrides)), { redirect: 'manual' });
    expect(res.status).toBe(303);
    const to = new URL(res.headers.get('location')!);
    expect(to.origin + to.pathname).toBe(callback());
    expect(to.searchParams.get('error')).toBe('invalid_request');
    expect(to.searchParams.get('state')).toBe('st4te');
    expect(to.searchParams.get('code')).toBeNull();
  });

  it('refuses an unknown scope with invalid_scope', async () => {
    const res = await fetch(authorizeUrl(validParams({ scope: 'openid pid bank_balance' })), {
      redirect: 'manual',
    });
    const to = new URL(res.headers.get('location')!);
    expect(to.searchParams.get('error')).toBe('invalid_scope');
    expect(to.searchParams.get('error_description')).toMatch(/bank_balance|not supported/);
  });

  it('refuses a known scope the relying party was not registered for', async () => {
    const res = await fetch(authorizeUrl(validParams({ scope: 'openid address' })), {
      redirect: 'manual',
    });
    const to = new URL(res.headers.get('location')!);
    expect(to.searchParams.get('error')).toBe('invalid_scope');
  });

  it('refuses the implicit flow (response_type=token)', async () => {
    const res = await fetch(authorizeUrl(validParams({ response_type: 'token' })), {
      redirect: 'manual',
    });
    const to = new URL(res.headers.get('location')!);
    // An implicit request's default response mode is the fragment (OAuth 2.0 Multiple Response
    // Types 2.1), so the error travels there.
    expect(new URLSearchParams(to.hash.slice(1)).get('error')).toBe('unsupported_response_type');
    expect(to.hash).not.toContain('access_token');
  });

  it('answers prompt=none without a session with login_required', async () => {
    const res = await fetch(authorizeUrl(validParams({ prompt: 'none' })), { redirect: 'manual' });
    const to = new URL(res.headers.get('location')!);
    expect(to.searchParams.get('error')).toBe('login_required');
  });
});

describe('token endpoint', () => {
  it('refuses a wrong code_verifier and leaves the code usable by its rightful owner', async () => {
    const { req, back } = await codeFor(good.config);
    const code = back.searchParams.get('code')!;
    const wrong = await tokenRequest(
      {
        grant_type: 'authorization_code',
        code,
        redirect_uri: callback(),
        code_verifier: randomBytes(32).toString('base64url'),
      },
      { id: good.rp.client_id, secret: good.clientSecret },
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toBe('invalid_grant');
    const right = await client.authorizationCodeGrant(good.config, back, {
      pkceCodeVerifier: req.verifier,
      expectedState: req.state,
      expectedNonce: req.nonce,
    });
    expect(right.access_token).toBeTruthy();
  });

  it('refuses a missing code_verifier', async () => {
    const { back } = await codeFor(good.config);
    const res = await tokenRequest(
      {
        grant_type: 'authorization_code',
        code: back.searchParams.get('code')!,
        redirect_uri: callback(),
      },
      { id: good.rp.client_id, secret: good.clientSecret },
    );
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('invalid_grant');
  });

  it('refuses a reused authorization code and revokes the tokens issued from it', async () => {
    const { req, back } = await codeFor(good.config);
    const tokens = await client.authorizationCodeGrant(good.config, back, {
      pkceCodeVerifier: req.verifier,
      expectedState: req.state,
      expectedNonce: req.nonce,
    });
    expect((await client.tokenIntrospection(good.config, tokens.access_token)).active).toBe(true);
    const replay = await tokenRequest(
      {
        grant_type: 'authorization_code',
        code: back.searchParams.get('code')!,
        redirect_uri: callback(),
        code_verifier: req.verifier,
      },
      { id: good.rp.client_id, secret: good.clientSecret },
    );
    expect(replay.status).toBe(400);
    expect(replay.body.error).toBe('invalid_grant');
    // RFC 6749 4.1.2 / OAuth 2.0 Security BCP 4.5: the tokens from the first use are revoked.
    expect((await client.tokenIntrospection(good.config, tokens.access_token)).active).toBe(false);
    await expect(client.refreshTokenGrant(good.config, tokens.refresh_token!)).rejects.toThrow();
  });

  it('refuses a code presented by another relying party', async () => {
    const other = await registerRp(t);
    const { req, back } = await codeFor(good.config);
    const res = await tokenRequest(
      {
        grant_type: 'authorization_code',
        code: back.searchParams.get('code')!,
        redirect_uri: callback(),
        code_verifier: req.verifier,
      },
      { id: other.rp.client_id, secret: other.clientSecret },
    );
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('invalid_grant');
  });

  it('refuses a wrong client secret with invalid_client and issues nothing', async () => {
    const before = await sql<{
      n: number;
    }>`select count(*)::int as n from identity.oidc_model_instances
      where model_name = 'ClientCredentials'`.execute(t.app.db);
    const res = await tokenRequest(
      { grant_type: 'client_credentials' },
      { id: good.rp.client_id, secret: 'not-the-secret' },
    );
    expect(res.status).toBe(401);
    expect(res.body.error).toBe('invalid_client');
    const after = await sql<{
      n: number;
    }>`select count(*)::int as n from identity.oidc_model_instances
      where model_name = 'ClientCredentials'`.execute(t.app.db);
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n);
  });

  it('refuses client_secret_post when the relying party registered client_secret_basic', async () => {
    const res = await fetch(`${t.url}/oidc/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: good.rp.client_id,
        client_secret: good.clientSecret,
      }),
    });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: string }).error).toBe('invalid_client');
  });

  it('refuses a forged refresh token', async () => {
    const res = await tokenRequest(
      { grant_type: 'refresh_token', refresh_token: randomBytes(32).toString('base64url') },
      { id: good.rp.client_id, secret: good.clientSecret },
    );
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('invalid_grant');
  });

  it('refuses a private_key_jwt assertion signed with a key the relying party never registered', async () => {
    const registered = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const stranger = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const jwk = registered.publicKey.export({ format: 'jwk' });
    const { rp } = await t.identity.relyingParties.register(
      'test',
      {
        name_th: 'แอปกุญแจ',
        name_en: 'Key app',
        purpose_th: 'ทดสอบ',
        purpose_en: 'Test',
        redirect_uris: [callback()],
        post_logout_redirect_uris: [],
        scopes: ['openid'],
        client_credentials: true,
        token_endpoint_auth_method: 'private_key_jwt',
        jwks: JSON.stringify({ keys: [{ ...jwk, alg: 'ES256', use: 'sig', kid: 'k1' }] }),
        logo_url: '',
        min_aal: '2',
      },
      { organizationId: null, environment: 'sandbox' },
    );
    const asCryptoKey = (key: typeof stranger.privateKey) =>
      crypto.subtle.importKey(
        'jwk',
        key.export({ format: 'jwk' }),
        { name: 'ECDSA', namedCurve: 'P-256' },
        false,
        ['sign'],
      );
    const forged = await client.discovery(
      new URL(`${t.url}/oidc`),
      rp.client_id,
      undefined,
      client.PrivateKeyJwt({ key: await asCryptoKey(stranger.privateKey), kid: 'k1' }),
      { execute: [client.allowInsecureRequests] },
    );
    await expect(client.clientCredentialsGrant(forged)).rejects.toMatchObject({
      error: 'invalid_client',
    });
    const genuine = await client.discovery(
      new URL(`${t.url}/oidc`),
      rp.client_id,
      undefined,
      client.PrivateKeyJwt({ key: await asCryptoKey(registered.privateKey), kid: 'k1' }),
      { execute: [client.allowInsecureRequests] },
    );
    expect((await client.clientCredentialsGrant(genuine)).access_token).toBeTruthy();
  });
});

describe('tokens', () => {
  it('refuses a forged access token at userinfo with invalid_token', async () => {
    const res = await fetch(`${t.url}/oidc/me`, {
      headers: { authorization: `Bearer ${randomBytes(32).toString('base64url')}` },
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/invalid_token/);
  });

  it('refuses an expired access token, and releases nothing', async () => {
    const { req, back } = await codeFor(good.config);
    const tokens = await client.authorizationCodeGrant(good.config, back, {
      pkceCodeVerifier: req.verifier,
      expectedState: req.state,
      expectedNonce: req.nonce,
    });
    // Time travel: the stored token's own expiry (exp) moves into the past. An opaque access
    // token is its own row id; picking "the newest token" instead found another test's token
    // on a shared PostgreSQL database, where several are issued within the same second.
    await sql`update identity.oidc_model_instances
      set payload = jsonb_set(payload, '{exp}', to_jsonb(extract(epoch from now())::int - 60))
      where model_name = 'AccessToken' and id = ${tokens.access_token}`.execute(t.app.db);
    const logged = await accessLogCount();
    const res = await fetch(`${t.url}/oidc/me`, {
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    expect(res.status).toBe(401);
    expect(await accessLogCount()).toBe(logged);
  });

  it('does not let one relying party introspect or revoke another one’s token', async () => {
    const other = await registerRp(t);
    const { req, back } = await codeFor(good.config);
    const tokens = await client.authorizationCodeGrant(good.config, back, {
      pkceCodeVerifier: req.verifier,
      expectedState: req.state,
      expectedNonce: req.nonce,
    });
    const logged = await accessLogCount();
    expect((await client.tokenIntrospection(other.config, tokens.access_token)).active).toBe(false);
    expect(await accessLogCount()).toBe(logged);
    await expect(client.tokenRevocation(other.config, tokens.access_token)).rejects.toThrow();
    expect((await client.tokenIntrospection(good.config, tokens.access_token)).active).toBe(true);
  });

  it('refuses an ID token whose signature was tampered with as id_token_hint', async () => {
    const { req, back } = await codeFor(good.config, 'openid');
    const tokens = await client.authorizationCodeGrant(good.config, back, {
      pkceCodeVerifier: req.verifier,
      expectedState: req.state,
      expectedNonce: req.nonce,
    });
    const [h, p] = tokens.id_token!.split('.');
    const forged = `${h}.${p}.${randomBytes(64).toString('base64url')}`;
    const res = await fetch(
      `${t.url}/oidc/session/end?id_token_hint=${forged}&post_logout_redirect_uri=${encodeURIComponent(callback())}`,
      { redirect: 'manual', headers: { accept: 'text/html' } },
    );
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
  });
});

describe('interactions', () => {
  it('does not let a real citizen into a sandbox app, and shares nothing', async () => {
    const real = await enrolCitizen(t, { demo: false });
    const logged = (await t.identity.accessLog.list(real.accountId)).length;
    const req = await authorizationRequest(good.config, callback(), 'openid pid');
    const browser = new Browser(t.url);
    const start = await browser.follow(req.url.href);
    const page = await start.response.text();
    const res = await browser.submit(page, `${start.url}/pin`, {
      citizen_id: real.citizenId,
      pin: real.pin,
    });
    expect(res.response.status).toBe(403);
    expect(await res.response.text()).toContain('ใช้ได้เฉพาะผู้ใช้ตัวอย่าง');
    expect((await t.identity.accessLog.list(real.accountId)).length).toBe(logged);
    expect(await t.identity.consents.list(real.accountId)).toEqual([]);
  });

  it('does not offer or accept a PIN where the relying party needs a passkey', async () => {
    const strict = await registerRp(t, { min_aal: '2' });
    const req = await authorizationRequest(strict.config, callback(), 'openid');
    const browser = new Browser(t.url);
    const start = await browser.follow(req.url.href);
    const page = await start.response.text();
    expect(page).not.toContain('name="pin"');
    const res = await browser.submit(page, `${start.url}/pin`, {
      citizen_id: citizen.citizenId,
      pin: citizen.pin,
    });
    expect(res.response.status).toBe(403);
    expect(res.leftTo).toBeNull();
  });

  it('refuses a wrong PIN without saying which part was wrong', async () => {
    const req = await authorizationRequest(good.config, callback(), 'openid');
    const browser = new Browser(t.url);
    const start = await browser.follow(req.url.href);
    const res = await browser.submit(await start.response.text(), `${start.url}/pin`, {
      citizen_id: citizen.citizenId,
      pin: '000000',
    });
    expect(res.response.status).toBe(401);
    expect(res.leftTo).toBeNull();
  });

  it('handles a finished or unknown interaction with a clear page (SessionNotFound)', async () => {
    const browser = new Browser(t.url);
    const res = await browser.request('/interaction/not-a-real-uid');
    expect(res.status).toBe(400);
    expect(res.headers.get('cache-control')).toContain('no-store');
    expect(await res.text()).toContain('หมดเวลา');
  });

  it('refuses a consent form without its CSRF token', async () => {
    const req = await authorizationRequest(good.config, callback(), 'openid pid');
    const browser = new Browser(t.url);
    const start = await browser.follow(req.url.href);
    const afterLogin = await browser.submit(await start.response.text(), `${start.url}/pin`, {
      citizen_id: citizen.citizenId,
      pin: citizen.pin,
    });
    const uid = afterLogin.url.split('/').pop();
    const res = await browser.request(`/interaction/${uid}/consent`, {
      form: { decision: 'allow' },
    });
    expect(res.status).toBe(403);
  });

  it('returns access_denied and shares nothing when the citizen declines', async () => {
    const rp = await registerRp(t);
    const logged = await accessLogCount();
    const req = await authorizationRequest(rp.config, callback(), 'openid pid');
    const browser = new Browser(t.url);
    const start = await browser.follow(req.url.href);
    const afterLogin = await browser.submit(await start.response.text(), `${start.url}/pin`, {
      citizen_id: citizen.citizenId,
      pin: citizen.pin,
    });
    // The consent page answers the sign-in; its form posts to the interaction.
    const done = await browser.submit(await afterLogin.response.text(), `${start.url}/consent`, {
      decision: 'deny',
    });
    expect(done.leftTo?.searchParams.get('error')).toBe('access_denied');
    expect(done.leftTo?.searchParams.get('code')).toBeNull();
    expect(await accessLogCount()).toBe(logged);
    const consents = await t.identity.consents.list(citizen.accountId);
    expect(consents.some((c) => c.client_id === rp.rp.client_id)).toBe(false);
  });

  it('keeps interaction pages out of every cache', async () => {
    const req = await authorizationRequest(good.config, callback(), 'openid');
    const start = await new Browser(t.url).follow(req.url.href);
    expect(start.response.headers.get('cache-control')).toContain('no-store');
  });
});

describe('logout and relying-party state', () => {
  it('refuses an unregistered post_logout_redirect_uri without redirecting', async () => {
    const { req, back } = await codeFor(good.config, 'openid');
    const tokens = await client.authorizationCodeGrant(good.config, back, {
      pkceCodeVerifier: req.verifier,
      expectedState: req.state,
      expectedNonce: req.nonce,
    });
    const res = await fetch(
      `${t.url}/oidc/session/end?id_token_hint=${tokens.id_token}&post_logout_redirect_uri=${encodeURIComponent('https://attacker.example/')}`,
      { redirect: 'manual', headers: { accept: 'text/html' } },
    );
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
  });

  it('treats a suspended relying party as unknown', async () => {
    const rp = await registerRp(t);
    const row = await t.identity.relyingParties.find(rp.rp.id);
    await t.identity.relyingParties.setSuspended('test', row!, true);
    await new Promise((r) => setTimeout(r, 2100)); // the client cache lives two seconds
    const res = await tokenRequest(
      { grant_type: 'client_credentials' },
      { id: rp.rp.client_id, secret: rp.clientSecret },
    );
    expect(res.status).toBe(401);
    expect(res.body.error).toBe('invalid_client');
  });
});
