import { sql } from 'kysely';
import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passkeyOptionsOnPage } from '../enrolment/testing.ts';
import {
  authorizationRequest,
  Browser,
  type Citizen,
  enrolCitizen,
  type OidcTestApp,
  registerRp,
  signInWithPasskey,
  signInWithPin,
  startOidcTestApp,
} from './test-support.ts';

let t: OidcTestApp;
let citizen: Citizen;
beforeAll(async () => {
  t = await startOidcTestApp();
  citizen = await enrolCitizen(t);
});
afterAll(() => t?.stop());

const callback = () => `${t.url}/rp-callback`;

async function signIn(
  config: client.Configuration,
  scope: string,
  how: 'pin' | 'passkey' = 'pin',
  browser = new Browser(t.url),
) {
  // OpenID Connect Core 11: offline_access is honoured only with prompt=consent.
  const extra: Record<string, string> = scope.includes('offline_access')
    ? { prompt: 'consent' }
    : {};
  const req = await authorizationRequest(config, callback(), scope, extra);
  const back =
    how === 'pin'
      ? await signInWithPin(browser, req.url, citizen)
      : await signInWithPasskey(browser, req.url, citizen);
  const tokens = await client.authorizationCodeGrant(config, back!, {
    pkceCodeVerifier: req.verifier,
    expectedState: req.state,
    expectedNonce: req.nonce,
  });
  return { tokens, browser };
}

/** A passkey sign-in in a new browser, consenting when asked: the requests it made to Pratu. */
async function requestsOfPasskeySignIn(config: client.Configuration, scope: string) {
  const browser = new Browser(t.url);
  const req = await authorizationRequest(config, callback(), scope);
  const back = await signInWithPasskey(browser, req.url, citizen);
  expect(back?.searchParams.get('code')).toBeTruthy();
  return browser.visited;
}

describe('the sign-in and consent steps', () => {
  it('answers the sign-in with the consent page and passes the provider’s endpoint once', async () => {
    const { config } = await registerRp(t);
    expect(await requestsOfPasskeySignIn(config, 'openid pid')).toEqual([
      'GET /oidc/auth',
      'GET /interaction/:uid',
      'POST /interaction/:uid/passkey',
      'POST /interaction/:uid/consent',
      'GET /oidc/auth/:uid',
    ]);
  });

  it('skips the consent page when the remembered consent covers the request', async () => {
    const { config } = await registerRp(t);
    await signIn(config, 'openid pid', 'passkey');
    // A new browser (no single sign-on): the sign-in goes straight back to the app.
    expect(await requestsOfPasskeySignIn(config, 'openid pid')).toEqual([
      'GET /oidc/auth',
      'GET /interaction/:uid',
      'POST /interaction/:uid/passkey',
      'GET /oidc/auth/:uid',
    ]);
    // Asking for more than was consented shows the consent page again.
    const more = await authorizationRequest(config, callback(), 'openid pid birthdate');
    expect(await signInWithPasskey(new Browser(t.url), more.url, citizen, { consent: false })).toBe(
      null,
    );
  });

  it('keeps one grant per citizen and app when consent is asked again, so withdrawing ends all', async () => {
    const { rp, config } = await registerRp(t);
    const first = await signIn(config, 'openid pid offline_access', 'passkey');
    const grant = (await t.identity.consents.find(citizen.accountId, rp.client_id))?.grant_id;
    expect(grant).toBeTruthy();
    const second = await signIn(config, 'openid pid offline_access', 'passkey');
    expect((await t.identity.consents.find(citizen.accountId, rp.client_id))?.grant_id).toBe(grant);
    expect(await t.identity.consents.revoke(citizen.accountId, rp.client_id)).toBe(true);
    for (const { tokens } of [first, second]) {
      await expect(client.refreshTokenGrant(config, tokens.refresh_token!)).rejects.toThrow();
    }
  });

  it('refuses a re-sent sign-in (a reload of the consent page) and keeps the sign-in', async () => {
    const { config } = await registerRp(t);
    const browser = new Browser(t.url);
    const req = await authorizationRequest(config, callback(), 'openid name');
    const start = await browser.follow(req.url.href);
    const loginPage = await start.response.text();
    const { challengeId, options } = passkeyOptionsOnPage(loginPage);
    const form = {
      credential: JSON.stringify(citizen.authenticator.getAssertion(options)),
      challenge_id: challengeId,
    };
    const first = await browser.submit(loginPage, `${start.url}/passkey`, form);
    expect(await first.response.text()).toContain(`/consent"`);
    const again = await browser.submit(loginPage, `${start.url}/passkey`, form);
    expect(again.response.status).toBe(400);
    expect(await again.response.text()).toContain('data-passkey="authenticate"');
    // The interaction's own address still shows the consent page, and consenting completes.
    const page = await browser.follow(start.url);
    const consentPage = await page.response.text();
    expect(consentPage).toContain(`/consent"`);
    const done = await browser.submit(consentPage, `${start.url}/consent`, { decision: 'allow' });
    expect(done.leftTo?.searchParams.get('code')).toBeTruthy();
  });

  it('gives a fresh challenge for a second try (after a cancelled passkey prompt)', async () => {
    const { config } = await registerRp(t);
    const browser = new Browser(t.url);
    const req = await authorizationRequest(config, callback(), 'openid');
    const start = await browser.follow(req.url.href);
    const loginPage = await start.response.text();
    const fresh = (await (
      await browser.request(`${start.url}/passkey/options`, { accept: 'application/json' })
    ).json()) as { challengeId: string; options: never };
    expect(fresh.challengeId).not.toBe(passkeyOptionsOnPage(loginPage).challengeId);
    const answer = await browser.submit(loginPage, `${start.url}/passkey`, {
      credential: JSON.stringify(citizen.authenticator.getAssertion(fresh.options)),
      challenge_id: fresh.challengeId,
    });
    expect(await answer.response.text()).toContain(`/consent"`);
  });
});

describe('authorization code flow with PKCE, as an agency app sees it', () => {
  it('signs a citizen in with a PIN, releases consented claims and logs each release', async () => {
    const { rp, config } = await registerRp(t);
    const { tokens } = await signIn(config, 'openid pid name birthdate');
    const claims = tokens.claims()!;
    expect(claims.pid).toBe(citizen.citizenId);
    expect(claims.name).toMatch(/^นางสาวทดสอบ /);
    expect(claims.birthdate).toBe('1990-05-14');
    expect(claims.acr).toBe('urn:pratu:acr:aal1');
    expect(claims.amr).toEqual(['pin']);
    // Pairwise: neither the account id nor the citizen ID is the subject.
    expect(claims.sub).not.toBe(citizen.accountId);
    expect(claims.sub).not.toContain(citizen.citizenId);
    const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
    expect(info.pid).toBe(citizen.citizenId);
    expect(info.given_name).toBeUndefined();

    const log = await t.identity.accessLog.list(citizen.accountId);
    const mine = log.filter((r) => r.client_id === rp.client_id);
    expect(mine.map((r) => r.event).sort()).toEqual(['id_token', 'userinfo']);
    expect(mine[0]!.claims).toEqual(['birthdate', 'name', 'pid']);
    expect(mine[0]!.purpose_th).toBe(rp.purpose_th);
  });

  it('gives each relying party its own stable sub', async () => {
    const a = await registerRp(t);
    const b = await registerRp(t);
    const browser = new Browser(t.url);
    const first = (await signIn(a.config, 'openid', 'pin', browser)).tokens.claims()!.sub;
    const again = (await signIn(a.config, 'openid', 'pin', browser)).tokens.claims()!.sub;
    const other = (await signIn(b.config, 'openid', 'pin', browser)).tokens.claims()!.sub;
    expect(again).toBe(first);
    expect(other).not.toBe(first);
  });

  it('signs in with a passkey at AAL2 for a relying party that requires it', async () => {
    const { config } = await registerRp(t, { min_aal: '2' });
    const { tokens } = await signIn(config, 'openid given_name', 'passkey');
    const claims = tokens.claims()!;
    expect(claims.acr).toBe('urn:pratu:acr:aal2');
    expect(claims.amr).toContain('mfa');
    expect(claims.given_name).toBe('ทดสอบ');
  });

  it('asks a PIN session to step up to a passkey when acr_values asks for AAL2', async () => {
    const { config } = await registerRp(t);
    const browser = new Browser(t.url);
    await signIn(config, 'openid', 'pin', browser);
    const req = await authorizationRequest(config, callback(), 'openid', {
      acr_values: 'urn:pratu:acr:aal2',
    });
    const start = await browser.follow(req.url.href);
    expect(start.leftTo).toBeNull();
    const page = await start.response.text();
    expect(page).toContain('data-passkey="authenticate"');
    expect(page).not.toContain('name="pin"');
  });

  it('remembers consent per relying party and lets the citizen withdraw it', async () => {
    const { rp, config } = await registerRp(t);
    const browser = new Browser(t.url);
    const first = await signIn(config, 'openid pid offline_access', 'pin', browser);
    expect(first.tokens.refresh_token).toBeTruthy();
    // Same browser, same scopes: straight back to the app, no login or consent page.
    const req = await authorizationRequest(config, callback(), 'openid pid');
    const again = await browser.follow(req.url.href);
    expect(again.leftTo?.searchParams.get('code')).toBeTruthy();

    const consents = await t.identity.consents.list(citizen.accountId);
    expect(consents.find((c) => c.client_id === rp.client_id)?.scopes).toContain('pid');
    expect(await t.identity.consents.revoke(citizen.accountId, rp.client_id)).toBe(true);
    // Every token of the withdrawn consent stops working at once.
    await expect(
      client.fetchUserInfo(config, first.tokens.access_token, client.skipSubjectCheck),
    ).rejects.toThrow();
    await expect(client.refreshTokenGrant(config, first.tokens.refresh_token!)).rejects.toThrow();
    const afterRevoke = await browser.follow(
      (await authorizationRequest(config, callback(), 'openid pid')).url.href,
    );
    expect(afterRevoke.leftTo).toBeNull();
    expect(await afterRevoke.response.text()).toContain('/consent');
  });

  it('refreshes tokens (rotating the refresh token) and issues a fresh ID token', async () => {
    const { config } = await registerRp(t);
    const { tokens } = await signIn(config, 'openid name offline_access');
    const refreshed = await client.refreshTokenGrant(config, tokens.refresh_token!);
    expect(refreshed.access_token).not.toBe(tokens.access_token);
    expect(refreshed.refresh_token).not.toBe(tokens.refresh_token);
    expect(refreshed.claims()?.name).toBe(tokens.claims()?.name);
  });

  it('introspects a token with its claims for the relying party it was issued to', async () => {
    const { rp, config } = await registerRp(t);
    const { tokens } = await signIn(config, 'openid pid');
    const result = await client.tokenIntrospection(config, tokens.access_token);
    expect(result.active).toBe(true);
    expect(result.pid).toBe(citizen.citizenId);
    expect(result.sub).toBe(tokens.claims()?.sub);
    const log = await t.identity.accessLog.list(citizen.accountId);
    expect(log.some((r) => r.client_id === rp.client_id && r.event === 'introspection')).toBe(true);
  });

  it('revokes an access token', async () => {
    const { config } = await registerRp(t);
    const { tokens } = await signIn(config, 'openid pid');
    await client.tokenRevocation(config, tokens.access_token);
    expect((await client.tokenIntrospection(config, tokens.access_token)).active).toBe(false);
  });

  it('issues client_credentials tokens with no citizen in them', async () => {
    const { config } = await registerRp(t);
    const tokens = await client.clientCredentialsGrant(config);
    expect(tokens.access_token).toBeTruthy();
    const result = await client.tokenIntrospection(config, tokens.access_token);
    expect(result.active).toBe(true);
    expect(result.sub).toBeUndefined();
  });

  it('ends the Digital ID session through RP-initiated logout', async () => {
    const { config } = await registerRp(t, {
      post_logout_redirect_uris: [`${t.url}/rp-callback/bye`],
    });
    const { tokens, browser } = await signIn(config, 'openid');
    const logout = client.buildEndSessionUrl(config, {
      id_token_hint: tokens.id_token!,
      post_logout_redirect_uri: `${t.url}/rp-callback/bye`,
      state: 'bye',
    });
    const confirm = await browser.follow(logout.href);
    const page = await confirm.response.text();
    expect(page).toContain('ออกจากระบบ');
    const action = /<form method="post" action="([^"]+)"/.exec(page)?.[1];
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(page)?.[1];
    const done = await browser.follow(action!, { form: { xsrf: xsrf!, logout: 'yes' } });
    expect(done.leftTo?.href).toBe(`${t.url}/rp-callback/bye?state=bye`);
    // Signed out: the next request needs a sign-in again.
    const next = await browser.follow(
      (await authorizationRequest(config, callback(), 'openid')).url.href,
    );
    expect(next.leftTo).toBeNull();
    expect(await next.response.text()).toContain('name="pin"');
  });

  it('keeps tokens verifiable across a key rotation: new key signs, old key stays published', async () => {
    const { config } = await registerRp(t);
    const before = await signIn(config, 'openid');
    const oldKid = JSON.parse(
      Buffer.from(before.tokens.id_token!.split('.')[0]!, 'base64url').toString(),
    ).kid;
    const { kid } = await t.identity.oidc.keyring.rotate();
    await t.identity.oidc.reload();
    await t.app.identity.oidc.reload();
    const jwks = (await (await fetch(`${t.url}/oidc/jwks`)).json()) as {
      keys: Array<{ kid: string }>;
    };
    expect(jwks.keys.map((k) => k.kid)).toEqual(expect.arrayContaining([kid, oldKid]));
    const after = await signIn(config, 'openid');
    const newKid = JSON.parse(
      Buffer.from(after.tokens.id_token!.split('.')[0]!, 'base64url').toString(),
    ).kid;
    expect(newKid).toBe(kid);
    // The token signed before the rotation still works, and its signature still verifies.
    expect((await client.tokenIntrospection(config, before.tokens.access_token)).active).toBe(true);
  });

  it('stores signing keys sealed: no private key in clear in the database', async () => {
    const rows = await sql<{ private_jwk_sealed: string; public_jwk: Record<string, unknown> }>`
      select private_jwk_sealed, public_jwk from identity.oidc_signing_keys`.execute(t.app.db);
    expect(rows.rows.length).toBeGreaterThan(0);
    for (const row of rows.rows) {
      expect(row.private_jwk_sealed).toMatch(/^v1\./);
      expect(row.private_jwk_sealed).not.toContain('"d"');
      expect(row.public_jwk).not.toHaveProperty('d');
    }
  });
});

describe("Pratu's own portal signs in through the same provider", () => {
  it('starts a session from /sign-in → Digital ID → /sign-in/callback', async () => {
    const browser = new Browser(t.url);
    const start = await browser.follow('/sign-in?next=/account');
    const page = await start.response.text();
    expect(start.url).toMatch(/\/interaction\//);
    const done = await browser.submit(page, `${start.url}/pin`, {
      citizen_id: citizen.citizenId,
      pin: citizen.pin,
    });
    expect(done.url).toMatch(/\/account$/);
    expect(done.response.status).toBe(200);
    expect(await done.response.text()).toContain('ทดสอบ');
  });
});
