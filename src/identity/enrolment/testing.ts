import type { FastifyInstance } from 'fastify';
import { SoftwareAuthenticator } from './software-authenticator.ts';

/**
 * Enrols a person through the real enrolment pages with `server.inject`, a software passkey and
 * a PIN: for tests and benchmarks that need signed-up citizens in bulk without a browser (the
 * OpenID login benchmark, for one). The person must be in the registry with an active card.
 */
export async function enrolOverHttp(
  server: FastifyInstance,
  card: { citizenId: string; laserCode: string; birthDate: string },
  options: {
    /** Origin the passkey is bound to: the app's PRATU_PUBLIC_URL. */
    origin: string;
    /** A passkey made by this authenticator (a fresh one by default); null for a PIN only. */
    authenticator?: SoftwareAuthenticator | null;
    pin?: string;
    remoteAddress?: string;
  },
): Promise<{ sessionCookie: string; authenticator: SoftwareAuthenticator | null }> {
  const jar = new Map<string, string>();
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const keep = (setCookie: string | string[] | undefined) => {
    for (const c of ([] as string[]).concat(setCookie ?? [])) {
      const pair = c.split(';')[0] ?? '';
      const at = pair.indexOf('=');
      if (at > 0) jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };
  const remoteAddress = options.remoteAddress ?? '127.0.0.1';
  const request = async (method: 'GET' | 'POST', url: string, form?: Record<string, string>) => {
    const res = await server.inject({
      method,
      url,
      remoteAddress,
      headers: {
        cookie: cookie(),
        accept: form || url.endsWith('/options') ? 'application/json' : 'text/html',
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(form ? { payload: new URLSearchParams(form).toString() } : {}),
    });
    keep(res.headers['set-cookie']);
    return res;
  };
  const expectRedirect = (res: { statusCode: number; body: string }, step: string) => {
    if (res.statusCode !== 303) {
      throw new Error(`Enrolment failed at ${step}: ${res.statusCode} ${res.body.slice(0, 300)}`);
    }
  };

  // Any token made from the browser's CSRF secret is valid, so one page view serves every form.
  const start = await request('GET', '/enrol');
  const csrf = /name="_csrf" value="([^"]+)"/.exec(start.body)?.[1] ?? '';
  expectRedirect(
    await request('POST', '/enrol', {
      _csrf: csrf,
      citizen_id: card.citizenId,
      laser_code: card.laserCode,
      birth_date: card.birthDate,
    }),
    'the card check',
  );

  const authenticator =
    options.authenticator === null
      ? null
      : (options.authenticator ?? new SoftwareAuthenticator({ origin: options.origin }));
  if (authenticator) {
    const res = await request('GET', '/enrol/passkey/options');
    if (res.statusCode !== 200) throw new Error(`No passkey options: ${res.body.slice(0, 300)}`);
    const { challengeId, options: creation } = res.json();
    expectRedirect(
      await request('POST', '/enrol/passkey', {
        _csrf: csrf,
        credential: JSON.stringify(authenticator.createCredential(creation)),
        challenge_id: challengeId,
      }),
      'the passkey',
    );
  }
  const pin = options.pin ?? '390417';
  expectRedirect(
    await request('POST', '/enrol/pin', { _csrf: csrf, pin, pin_confirm: pin }),
    'the PIN',
  );
  return { sessionCookie: `pratu_sid=${jar.get('pratu_sid') ?? ''}`, authenticator };
}

/**
 * The passkey options a sign-in page carries for its script (PasskeyForm's `data-options`), read
 * as the browser's `dataset` would: scripted browsers start the ceremony from the page, as the
 * real script does, instead of fetching options.
 */
export function passkeyOptionsOnPage(html: string): { challengeId: string; options: never } {
  const attribute = /data-options="([^"]*)"/.exec(html)?.[1];
  if (!attribute) {
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
    throw new Error(`the page carries no passkey options (page: ${title ?? html.slice(0, 200)})`);
  }
  const entities: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', '#39': "'" };
  const json = attribute.replace(/&(amp|quot|lt|gt|#39);/g, (_, name: string) => entities[name]!);
  return JSON.parse(json) as { challengeId: string; options: never };
}
