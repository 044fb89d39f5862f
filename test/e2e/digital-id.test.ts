import { createServer, type Server } from 'node:http';
import * as oidc from 'openid-client';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type EnrolmentTestApp,
  startEnrolmentTestApp,
} from '../../src/identity/enrolment/test-harness.tsx';
import { axeViolations, browserMissing, launchBrowser } from '../support/browser.ts';

/**
 * Digital ID end to end in Chromium: a citizen enrols (card check, passkey on a virtual WebAuthn
 * authenticator, PIN), signs in to an agency's app built with openid-client, consents, the app
 * receives the claims it asked for, and the citizen sees the release in their access log.
 */

/** An agency's web app, as small as openid-client v6 makes it. */
async function startRelyingParty(
  issuer: string,
  clientId: string,
  clientSecret: string,
  port: number,
) {
  const config = await oidc.discovery(
    new URL(issuer),
    clientId,
    undefined,
    oidc.ClientSecretBasic(clientSecret),
    { execute: [oidc.allowInsecureRequests] },
  );
  const base = `http://localhost:${port}`;
  const pending = new Map<string, { verifier: string; nonce: string }>();
  const received: Array<{ idToken: Record<string, unknown>; userinfo: Record<string, unknown> }> =
    [];
  const server: Server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', base);
      if (url.pathname === '/login') {
        const verifier = oidc.randomPKCECodeVerifier();
        const state = oidc.randomState();
        const nonce = oidc.randomNonce();
        pending.set(state, { verifier, nonce });
        const to = oidc.buildAuthorizationUrl(config, {
          redirect_uri: `${base}/callback`,
          scope: 'openid pid name name_en birthdate address',
          code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
          code_challenge_method: 'S256',
          state,
          nonce,
        });
        res.writeHead(302, { location: to.href }).end();
        return;
      }
      if (url.pathname === '/callback') {
        const state = url.searchParams.get('state') ?? '';
        const saved = pending.get(state);
        if (!saved) throw new Error('unknown state');
        pending.delete(state);
        const tokens = await oidc.authorizationCodeGrant(config, url, {
          pkceCodeVerifier: saved.verifier,
          expectedState: state,
          expectedNonce: saved.nonce,
        });
        const idToken = tokens.claims() as Record<string, unknown>;
        const userinfo = (await oidc.fetchUserInfo(
          config,
          tokens.access_token,
          String(idToken.sub),
        )) as Record<string, unknown>;
        received.push({ idToken, userinfo });
        res
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          .end(
            `<!doctype html><html lang="th"><title>Agency</title><h1>สวัสดี ${String(userinfo.name)}</h1></html>`,
          );
        return;
      }
      res.writeHead(404).end();
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { base, received, stop: () => new Promise<void>((r) => server.close(() => r())) };
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  const address = probe.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((r) => probe.close(() => r()));
  return port;
}

describe.skipIf(browserMissing)('Digital ID in Chromium', () => {
  let t: EnrolmentTestApp;
  let browser: Browser;
  let rp: Awaited<ReturnType<typeof startRelyingParty>>;
  let rpName: string;
  beforeAll(async () => {
    t = await startEnrolmentTestApp({ listen: true, seed: true });
    browser = await launchBrowser();
    const port = await freePort();
    rpName = `กรมทดสอบบริการ ${port}`;
    const { rp: registered, clientSecret } = await t.identity.relyingParties.register(
      'test',
      {
        name_th: rpName,
        name_en: `Test Service Department ${port}`,
        purpose_th: 'ยืนยันตัวตนเพื่อยื่นคำขอใบอนุญาตออนไลน์',
        purpose_en: 'Confirm your identity to apply for a permit online',
        redirect_uris: [`http://localhost:${port}/callback`],
        post_logout_redirect_uris: [],
        scopes: ['openid', 'pid', 'name', 'name_en', 'birthdate', 'address'],
        client_credentials: false,
        token_endpoint_auth_method: 'client_secret_basic',
        jwks: '',
        logo_url: '',
        min_aal: '2',
      },
      { organizationId: null, environment: 'sandbox' },
    );
    rp = await startRelyingParty(`${t.url}/oidc`, registered.client_id, clientSecret!, port);
  });
  afterAll(async () => {
    await rp?.stop();
    await browser?.close();
    await t?.stop();
  });

  async function withAuthenticator(context: BrowserContext, page: Page) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });
  }

  const accessible = async (page: Page) =>
    expect(await axeViolations(page), page.url()).toEqual([]);

  it('enrols, signs in to an agency app with a passkey, consents, and sees the release logged', async () => {
    const person = t.addPerson({
      demo: true,
      address: {
        houseId: '10300123451',
        houseNo: '99/9',
        moo: null,
        soi: 'ประชาสุข',
        road: 'พหลโยธิน',
        subdistrict: 'สามเสนใน',
        district: 'พญาไท',
        province: 'กรุงเทพมหานคร',
        postalCode: '10400',
        formatted: {
          th: '99/9 ซอยประชาสุข ถนนพหลโยธิน แขวงสามเสนใน เขตพญาไท กรุงเทพมหานคร 10400',
          en: '99/9 Soi Prachasuk, Phahon Yothin Road, Samsen Nai, Phaya Thai, Bangkok 10400',
        },
      },
    });
    const context = await browser.newContext();
    const page = await context.newPage();
    await withAuthenticator(context, page);

    // 1. Enrolment (the enrolment engineer's pages).
    await page.goto(`${t.url}/enrol`);
    await page.fill('#f-citizen_id', person.citizenId);
    await page.fill('#f-laser_code', person.laserCode);
    await page.fill('#f-birth_date', '14/05/2533');
    await page.click('button:has-text("ตรวจสอบข้อมูลบัตร")');
    await page.waitForURL(/\/enrol\/passkey$/);
    await page.click('button:has-text("สร้างพาสคีย์")');
    await page.waitForURL(/\/enrol\/pin$/);
    await page.fill('#f-pin', '390417');
    await page.fill('#f-pin_confirm', '390417');
    await page.click('button:has-text("ตั้ง PIN และเสร็จสิ้น")');
    await page.waitForURL(/\/enrol\/done$/);

    // 2. The agency's app sends the citizen to Digital ID; it needs AAL2, so no PIN is offered.
    await page.goto(`${rp.base}/login`);
    await page.waitForURL(/\/interaction\//);
    expect(await page.textContent('main')).toContain(rpName);
    expect(await page.isVisible('#f-pin')).toBe(false);
    await accessible(page);
    await page.click('button:has-text("เข้าสู่ระบบด้วยพาสคีย์")');

    // 3. Consent: the app's name, its purpose, each claim in plain Thai.
    await page.waitForSelector('button:has-text("ยินยอม")');
    const consent = (await page.textContent('main')) ?? '';
    expect(consent).toContain(rpName);
    expect(consent).toContain('ยืนยันตัวตนเพื่อยื่นคำขอใบอนุญาตออนไลน์');
    expect(consent).toContain('เลขประจำตัวประชาชน 13 หลัก');
    expect(consent).toContain('ที่อยู่ตามทะเบียนบ้าน');
    await accessible(page);
    await page.click('button[value="allow"]');

    // 4. Back at the agency's app with the claims it asked for.
    await page.waitForURL(`${rp.base}/callback**`);
    expect(await page.textContent('h1')).toContain('นางสาวทดสอบ');
    const got = rp.received.at(-1)!;
    expect(got.idToken.pid).toBe(person.citizenId);
    expect(got.idToken.acr).toBe('urn:pratu:acr:aal2');
    expect(got.idToken.amr).toContain('mfa');
    expect(got.idToken.birthdate).toBe('1990-05-14');
    expect(got.userinfo.name_en).toBe(`Miss Tester ${person.familyName.en}`);
    expect((got.userinfo.address as Record<string, string>).postal_code).toBe('10400');
    expect(got.idToken.sub).not.toContain(person.citizenId);

    // 5. The citizen's access log shows both releases, with who, what and why.
    const account = await t.app.identity.findAccountByCitizenId(person.citizenId);
    const rows = await t.identity.accessLog.list(account!.id);
    expect(rows.map((r) => r.event).sort()).toEqual(['id_token', 'userinfo']);
    expect(rows[0]!.claims).toEqual(['address', 'birthdate', 'name', 'name_en', 'pid']);
    await page.goto(`${t.url}/account/access-log`);
    await page.waitForURL(/\/account\/access-log$/);
    const log = (await page.textContent('tbody')) ?? '';
    expect(log).toContain(rpName);
    expect(log).toContain('เลขประจำตัวประชาชน 13 หลัก');
    expect(log).toContain('ยืนยันตัวตนเพื่อยื่นคำขอใบอนุญาตออนไลน์');
    await accessible(page);

    // 6. The consent is listed and can be withdrawn.
    await page.goto(`${t.url}/account/consents`);
    expect(await page.textContent('main')).toContain(rpName);
    await accessible(page);
    await page.click(`button:has-text("ยกเลิกความยินยอมให้ ${rpName}")`);
    expect(await page.textContent('.notice')).toContain('ยกเลิกความยินยอมแล้ว');
    expect(await t.identity.consents.list(account!.id)).toEqual([]);
    await context.close();
  });

  it('lets a relying-party administrator register an app in the console, accessibly', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // ประเสริฐ วงศ์ไทย: platform administrator and relying-party administrator at DGA (demo data).
    await page.goto(`${t.url}/dev/sign-in?next=/relying-parties/new`);
    await page.click('button:has-text("ประเสริฐ วงศ์ไทย")');
    await page.waitForURL(/\/relying-parties\/new$/);
    await accessible(page);
    await page.click('button:has-text("ลงทะเบียน")');
    expect(await page.textContent('.error-summary')).toContain('กรุณากรอกชื่อแอปพลิเคชันภาษาไทย');
    await accessible(page);
    await page.fill('#f-name_th', 'ระบบนัดหมายออนไลน์');
    await page.fill('#f-name_en', 'Online appointments');
    await page.fill('#f-purpose_th', 'ยืนยันตัวตนผู้นัดหมาย');
    await page.fill('#f-purpose_en', 'Confirm who makes the appointment');
    await page.fill('#f-redirect_uris', 'http://localhost:8081/callback');
    await page.check('#f-scopes-pid');
    await page.click('button:has-text("ลงทะเบียน")');
    await page.waitForSelector('text=แสดงเพียงครั้งเดียว');
    const clientId = await page.textContent('tbody tr:first-child td:nth-child(2) code');
    expect(clientId).toMatch(/^rp_/);
    await accessible(page);
    await page.goto(`${t.url}/account/data`);
    expect(await page.textContent('main')).toContain('1 5099 00345 67 7');
    await accessible(page);
    await page.goto(`${t.url}/account`);
    await accessible(page);
    await context.close();
  });
});
