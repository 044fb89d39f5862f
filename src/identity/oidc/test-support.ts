import * as client from 'openid-client';
import { expect } from 'vitest';
import { SoftwareAuthenticator } from '../enrolment/software-authenticator.ts';
import { type EnrolmentTestApp, startEnrolmentTestApp } from '../enrolment/test-harness.tsx';
import { passkeyOptionsOnPage } from '../enrolment/testing.ts';
import type { RelyingPartyInput } from '../relying-parties/relying-parties.ts';

/**
 * Test helpers for the OpenID provider: a real Pratu listening on a real port (so openid-client
 * talks to it over HTTP as any agency's app would), a cookie-keeping "browser" made of fetch,
 * citizens enrolled through the enrolment pages with a software passkey and a PIN, and relying
 * parties registered through the same code as the console.
 */
export type OidcTestApp = EnrolmentTestApp;

export async function startOidcTestApp(): Promise<OidcTestApp> {
  return startEnrolmentTestApp({ listen: true });
}

interface StoredCookie {
  value: string;
  path: string;
}

/** A browser without a screen: fetch with a path-aware cookie jar and manual redirects. */
export class Browser {
  private readonly jar = new Map<string, StoredCookie>();
  /** Every request to Pratu, as `METHOD /path` with interaction and resume ids as `:uid`. */
  readonly visited: string[] = [];
  constructor(readonly base: string) {}

  private cookieHeader(path: string): string {
    return [...this.jar]
      .filter(([, c]) => path.startsWith(c.path))
      .sort(([, a], [, b]) => b.path.length - a.path.length)
      .map(([key, c]) => `${key.split('\u0000')[0]}=${c.value}`)
      .join('; ');
  }

  private keep(response: Response, requestPath: string) {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attrs] = line.split(';').map((s) => s.trim());
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      const pathAttr = attrs.find((a) => /^path=/i.test(a));
      const path = pathAttr ? pathAttr.slice(5) : requestPath.replace(/\/[^/]*$/, '') || '/';
      const key = `${name}\u0000${path}`;
      const expired =
        attrs.some((a) => /^expires=Thu, 01 Jan 1970/i.test(a) || /^max-age=0$/i.test(a)) ||
        value === '';
      if (expired) this.jar.delete(key);
      else this.jar.set(key, { value, path });
    }
  }

  async request(
    url: string,
    init: { method?: string; form?: Record<string, string>; accept?: string } = {},
  ): Promise<Response> {
    const target = new URL(url, this.base);
    const method = init.method ?? (init.form ? 'POST' : 'GET');
    this.visited.push(
      `${method} ${target.pathname.replace(/^(\/interaction|\/oidc\/auth)\/[^/]+/, '$1/:uid')}`,
    );
    const headers: Record<string, string> = {
      accept: init.accept ?? 'text/html',
      cookie: this.cookieHeader(target.pathname),
    };
    let body: string | undefined;
    if (init.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(init.form).toString();
    }
    const response = await fetch(target, {
      method,
      headers,
      body,
      redirect: 'manual',
    });
    this.keep(response, target.pathname);
    return response;
  }

  /** Follows redirects within Pratu; stops at the first one leaving it (the relying party). */
  async follow(url: string, init: Parameters<Browser['request']>[1] = {}) {
    let response = await this.request(url, init);
    let current = new URL(url, this.base).href;
    for (let hops = 0; hops < 10 && response.status >= 300 && response.status < 400; hops++) {
      const next = new URL(response.headers.get('location') ?? '', current);
      if (next.origin !== new URL(this.base).origin || next.pathname.startsWith('/rp-callback')) {
        return { response, url: current, leftTo: next };
      }
      current = next.href;
      response = await this.request(current);
    }
    return { response, url: current, leftTo: null as URL | null };
  }

  /** Posts a form found on `pageUrl` (CSRF token included) to `action`. */
  async submit(pageHtml: string, action: string, fields: Record<string, string>) {
    const csrf = /name="_csrf" value="([^"]+)"/.exec(pageHtml)?.[1] ?? '';
    return this.follow(action, { form: { _csrf: csrf, ...fields } });
  }
}

export interface Citizen {
  citizenId: string;
  accountId: string;
  pin: string;
  authenticator: SoftwareAuthenticator;
}

/** Enrols a fresh registry person through the enrolment pages: passkey and PIN. */
export async function enrolCitizen(
  t: OidcTestApp,
  options: { demo?: boolean } = {},
): Promise<Citizen> {
  const person = t.addPerson({ demo: options.demo ?? true });
  const browser = new Browser(t.url);
  const authenticator = new SoftwareAuthenticator({ origin: t.url });
  const start = await (await browser.request('/enrol')).text();
  const proofed = await browser.submit(start, '/enrol', {
    citizen_id: person.citizenId,
    laser_code: person.laserCode,
    birth_date: '14/05/2533',
  });
  expect(proofed.url).toMatch(/\/enrol\/passkey$/);
  const options_ = (await (
    await browser.request('/enrol/passkey/options', { accept: 'application/json' })
  ).json()) as { challengeId: string; options: never };
  const passkeyPage = await (await browser.request('/enrol/passkey')).text();
  const credential = authenticator.createCredential(options_.options);
  await browser.submit(passkeyPage, '/enrol/passkey', {
    credential: JSON.stringify(credential),
    challenge_id: options_.challengeId,
  });
  const pin = '390417';
  const pinPage = await (await browser.request('/enrol/pin')).text();
  const done = await browser.submit(pinPage, '/enrol/pin', { pin, pin_confirm: pin });
  expect(done.response.status, await done.response.clone().text()).toBeLessThan(400);
  const account = await t.identity.findAccountByCitizenId(person.citizenId);
  expect(account).not.toBeNull();
  return { citizenId: person.citizenId, accountId: account!.id, pin, authenticator };
}

export function rpInput(
  t: OidcTestApp,
  overrides: Partial<RelyingPartyInput> = {},
): RelyingPartyInput {
  return {
    name_th: 'ระบบทดสอบของกรม',
    name_en: 'Department test app',
    purpose_th: 'ยืนยันตัวตนผู้ยื่นคำขอรับบริการ',
    purpose_en: 'Confirm who is applying for the service',
    redirect_uris: [`${t.url}/rp-callback`],
    post_logout_redirect_uris: [],
    scopes: ['openid', 'pid', 'name', 'given_name', 'family_name', 'birthdate', 'offline_access'],
    client_credentials: true,
    token_endpoint_auth_method: 'client_secret_basic',
    jwks: '',
    logo_url: '',
    min_aal: '1',
    ...overrides,
  };
}

export async function registerRp(
  t: OidcTestApp,
  overrides: Partial<RelyingPartyInput> = {},
  environment: 'sandbox' | 'production' = 'sandbox',
) {
  const { rp, clientSecret } = await t.identity.relyingParties.register(
    'test',
    rpInput(t, overrides),
    {
      organizationId: null,
      environment,
    },
  );
  const config = await client.discovery(
    new URL(`${t.url}/oidc`),
    rp.client_id,
    undefined,
    client.ClientSecretBasic(clientSecret ?? ''),
    { execute: [client.allowInsecureRequests] },
  );
  return { rp, clientSecret: clientSecret ?? '', config };
}

export async function authorizationRequest(
  config: client.Configuration,
  redirectUri: string,
  scope: string,
  extra: Record<string, string> = {},
) {
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope,
    state,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    ...extra,
  });
  return { url, verifier, state, nonce };
}

/**
 * Runs the provider's interactions as a citizen would: signs in with the PIN when asked, allows
 * when asked for consent, until the browser is sent back to the relying party.
 */
export async function signInWithPin(browser: Browser, authUrl: URL, citizen: Citizen) {
  let step = await browser.follow(authUrl.href);
  for (let i = 0; i < 4 && !step.leftTo; i++) {
    const page = await step.response.text();
    // The interaction's own page, or the answer to one of its forms (the consent page answers a
    // sign-in).
    const at = /^\/interaction\/[^/]+/.exec(new URL(step.url).pathname)?.[0];
    expect(at, page.slice(0, 1500)).toBeTruthy();
    const base = new URL(at!, step.url).href;
    if (page.includes(`action="${at}/pin"`)) {
      step = await browser.submit(page, `${base}/pin`, {
        citizen_id: citizen.citizenId,
        pin: citizen.pin,
      });
    } else if (page.includes(`action="${at}/consent"`)) {
      step = await browser.submit(page, `${base}/consent`, { decision: 'allow' });
    } else {
      throw new Error(`unexpected interaction page at ${step.url}`);
    }
  }
  expect(step.leftTo).not.toBeNull();
  return step.leftTo!;
}

/** Runs the provider's interactions with the citizen's passkey; consents when asked. */
export async function signInWithPasskey(
  browser: Browser,
  authUrl: URL,
  citizen: Citizen,
  options: { consent?: boolean } = {},
) {
  const start = await browser.follow(authUrl.href);
  if (start.leftTo) return start.leftTo;
  const loginPage = await start.response.text();
  expect(start.url).toMatch(/\/interaction\//);
  const ceremony = passkeyOptionsOnPage(loginPage);
  const assertion = citizen.authenticator.getAssertion(ceremony.options);
  const afterLogin = await browser.submit(loginPage, `${start.url}/passkey`, {
    credential: JSON.stringify(assertion),
    challenge_id: ceremony.challengeId,
  });
  if (afterLogin.leftTo) return afterLogin.leftTo;
  // The consent page is the answer to the sign-in (or, where oidc-provider asked for consent
  // itself, the page it was redirected to): its form names the interaction.
  const consentPage = await afterLogin.response.text();
  const action = /action="(\/interaction\/[^/"]+\/consent)"/.exec(consentPage)?.[1];
  expect(action, consentPage.slice(0, 1500)).toBeTruthy();
  if (options.consent === false) return null;
  const done = await browser.submit(consentPage, new URL(action!, start.url).href, {
    decision: 'allow',
  });
  expect(done.leftTo).not.toBeNull();
  return done.leftTo!;
}
