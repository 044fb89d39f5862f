import type { RegistrationResponseJSON } from '@simplewebauthn/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomCitizenId, startTestApp, type TestApp } from '../../../test/support/app.ts';
import { listAudit } from '../../platform/audit.ts';
import { DomainError } from '../../platform/errors.ts';
import { acrFor } from './assurance.ts';
import { SoftwareAuthenticator, strangerKey } from './software-authenticator.ts';
import * as store from './store.ts';
import { type EnrolmentTestApp, randomLaserCode, startEnrolmentTestApp } from './test-harness.tsx';
import { enrolOverHttp } from './testing.ts';

/** A browser's worth of state for server.inject: cookies kept between requests. */
class Client {
  cookies = new Map<string, string>();
  constructor(
    private readonly t: EnrolmentTestApp,
    readonly address = '127.0.0.1',
  ) {}

  private cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keep(setCookie: string | string[] | undefined) {
    for (const c of ([] as string[]).concat(setCookie ?? [])) {
      const [pair, ...attrs] = c.split(';');
      const [name, ...rest] = (pair ?? '').split('=');
      const value = rest.join('=');
      const expired = attrs.some((a) => /expires=Thu, 01 Jan 1970/i.test(a)) || value === '';
      if (!name) continue;
      if (expired) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
  }

  async get(url: string, accept = 'text/html') {
    const res = await this.t.server.inject({
      method: 'GET',
      url,
      headers: { cookie: this.cookieHeader(), accept },
      remoteAddress: this.address,
    });
    this.keep(res.headers['set-cookie']);
    return res;
  }

  async getJson<T>(url: string): Promise<{ status: number; body: T }> {
    const res = await this.get(url, 'application/json');
    return { status: res.statusCode, body: res.json() as T };
  }

  /** Loads `formUrl` for its CSRF token, then posts the fields to `action`. */
  async post(formUrl: string, action: string, fields: Record<string, string>) {
    const page = await this.get(formUrl);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
    const res = await this.t.server.inject({
      method: 'POST',
      url: action,
      headers: {
        cookie: this.cookieHeader(),
        accept: 'text/html',
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: new URLSearchParams({ _csrf: csrf, ...fields }).toString(),
      remoteAddress: this.address,
    });
    this.keep(res.headers['set-cookie']);
    return res;
  }
}

let t: EnrolmentTestApp;
let origin: string;
beforeAll(async () => {
  t = await startEnrolmentTestApp();
  origin = t.app.config.publicUrl;
});
afterAll(() => t?.stop());

const device = () => new SoftwareAuthenticator({ origin });

function cardFields(p: { citizenId: string; laserCode: string }, birthDate = '14/05/2533') {
  return { citizen_id: p.citizenId, laser_code: p.laserCode, birth_date: birthDate };
}

/** Enrols through the web pages with a software passkey (or none) and a PIN. */
async function enrol(
  person: { citizenId: string; laserCode: string },
  options: { authenticator?: SoftwareAuthenticator | null; pin?: string; client?: Client } = {},
) {
  const client = options.client ?? new Client(t);
  const proofed = await client.post('/enrol', '/enrol', cardFields(person));
  expect(proofed.statusCode, proofed.body).toBe(303);
  expect(proofed.headers.location).toBe('/enrol/passkey');
  if (options.authenticator !== null) {
    const authenticator = options.authenticator ?? device();
    const { body } = await client.getJson<{ challengeId: string; options: never }>(
      '/enrol/passkey/options',
    );
    const credential = authenticator.createCredential(body.options);
    const registered = await client.post('/enrol/passkey', '/enrol/passkey', {
      credential: JSON.stringify(credential),
      challenge_id: body.challengeId,
    });
    expect(registered.statusCode, registered.body).toBe(303);
  }
  const pin = options.pin ?? '390417';
  const done = await client.post('/enrol/pin', '/enrol/pin', { pin, pin_confirm: pin });
  expect(done.statusCode, done.body).toBe(303);
  const account = await t.app.identity.findAccountByCitizenId(person.citizenId);
  return { client, account: account!, location: done.headers.location };
}

async function passkeyLogin(authenticator: SoftwareAuthenticator, tamper = {}) {
  const { challengeId, options } = await t.authenticators.startPasskeyLogin();
  return t.authenticators.finishPasskeyLogin(
    challengeId,
    authenticator.getAssertion(options, tamper),
  );
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('enrolment pages', () => {
  it('asks for the three card details in Thai, with the steps shown', async () => {
    const res = await new Client(t).get('/enrol');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toContain('no-store');
    expect(res.body).toContain('ลงทะเบียนตัวตนดิจิทัล');
    expect(res.body).toContain('aria-current="step"');
    for (const name of ['citizen_id', 'laser_code', 'birth_date']) {
      expect(res.body).toContain(`name="${name}"`);
    }
  });

  it('names a mistyped citizen ID, laser code or date before asking the registry', async () => {
    const res = await new Client(t).post('/enrol', '/enrol', {
      citizen_id: '1101700123457',
      laser_code: 'J1',
      birth_date: 'May 1990',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('หลักสุดท้ายไม่ตรงกับเลขตรวจสอบ');
    expect(res.body).toContain('href="#f-laser_code"');
    expect(res.body).toContain('href="#f-birth_date"');
    // Nothing was recorded: no attempt, no lock-out counter.
    const row = await t.app.db
      .selectFrom('identity.enrolments' as never)
      .selectAll()
      .where('citizen_id' as never, '=', '1101700123457' as never)
      .execute();
    expect(row).toHaveLength(0);
  });

  it('gives one answer for an unknown citizen, a wrong detail, an expired card or a death', async () => {
    const living = t.addPerson();
    const expired = t.addPerson({
      card: {
        cardNumber: '1',
        laserCode: randomLaserCode(),
        issuedOn: '2010-01-01',
        expiresOn: '2018-05-14',
        status: 'active',
      },
    });
    const deceased = t.addPerson({ alive: false });
    const unknown = { citizenId: randomCitizenId(), laserCode: randomLaserCode() };
    const cases = [
      { ...living, laserCode: randomLaserCode() },
      { citizenId: expired.citizenId, laserCode: expired.card!.laserCode },
      deceased,
      unknown,
    ];
    const bodies: string[] = [];
    for (const c of cases) {
      const res = await new Client(t).post('/enrol', '/enrol', cardFields(c));
      expect(res.statusCode).toBe(400);
      bodies.push(res.body);
      expect(res.body).toContain('ข้อมูลไม่ตรงกับบัตรประชาชนที่ยังใช้งานได้');
      // The laser code, half of the secret, is not echoed back.
      expect(res.body).not.toContain(c.laserCode);
    }
    // Word for word the same answer, whichever it was.
    expect(
      new Set(bodies.map((b) => /<div class="notice error"[^>]*>([^<]*)</.exec(b)?.[1])).size,
    ).toBe(1);

    // The reason is kept for the record, not told to the applicant.
    const reasons = [];
    for (const c of [expired, deceased]) {
      const attempts = await t.app.db
        .selectFrom('identity.enrolments' as never)
        .select('id' as never)
        .where('citizen_id' as never, '=', c.citizenId as never)
        .execute();
      const id = (attempts[0] as { id: string }).id;
      const events = await store.listProofingEvents(t.app.db, id);
      reasons.push(events[0]?.detail.reason);
      expect(events[0]?.outcome).toBe('failed');
    }
    expect(reasons).toEqual(['card_expired', 'deceased']);
  });

  it('locks a citizen ID after five failures, even against the right details', async () => {
    const person = t.addPerson();
    const client = new Client(t);
    const remaining: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await client.post('/enrol', '/enrol', {
        ...cardFields(person),
        laser_code: randomLaserCode(),
      });
      expect(res.statusCode).toBe(400);
      remaining.push(/ลองได้อีก (\d+) ครั้ง/.exec(res.body)?.[1] ?? '?');
    }
    expect(remaining).toEqual(['4', '3', '2', '1', '0']);
    const locked = await client.post('/enrol', '/enrol', cardFields(person));
    expect(locked.statusCode).toBe(429);
    expect(locked.body).toContain('ถูกระงับการลงทะเบียนชั่วคราว');
    expect(await t.app.identity.findAccountByCitizenId(person.citizenId)).toBeNull();
  });

  it('sends a browser without an open enrolment back to the start', async () => {
    const client = new Client(t);
    const res = await client.get('/enrol/passkey');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/enrol?expired=1');
    const options = await client.getJson<{ error: { code: string } }>('/enrol/passkey/options');
    expect(options.body.error.code).toBe('identity.enrol_expired');
    // A forged enrolment cookie is no better.
    client.cookies.set('pratu_enrol', 'forged.value');
    expect((await client.get('/enrol/pin')).headers.location).toBe('/enrol?expired=1');
  });
});

describe('enrolment with a passkey and a PIN', () => {
  it('proofs at IAL2, binds a passkey and a PIN, signs the person in and audits it', async () => {
    const person = t.addPerson();
    const authenticator = device();
    const { client, account, location } = await enrol(person, { authenticator });
    expect(location).toBe('/enrol/done');
    expect(account.display_name_th).toContain('ทดสอบ');
    expect(account.demo).toBe(false);

    const done = await client.get('/enrol/done');
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('ลงทะเบียนเสร็จสิ้น');
    expect(await t.authenticators.identityAssurance(account.id)).toEqual({ ial: 2 });
    const keys = await t.authenticators.listPasskeys(account.id);
    expect(keys).toHaveLength(1);
    expect(keys[0]?.deviceType).toBe('singleDevice');

    // The session started by enrolment carries the assurance of the passkey just made.
    const sid = client.cookies.get('pratu_sid') ?? '';
    const session = await t.app.sessions.load(sid);
    expect(session?.accountId).toBe(account.id);
    expect(session?.data).toMatchObject({ aal: 2, acr: acrFor(2), ial: 2 });

    const audit = await listAudit(t.app.db, { subject: `account:${account.id}` });
    expect(audit.map((a) => a.action)).toContain('identity.enrolment_completed');
    const events = await t.app.db
      .selectFrom('identity.enrolments' as never)
      .selectAll()
      .where('account_id' as never, '=', account.id as never)
      .execute();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ status: 'completed', kind: 'enrolment', token_hash: null });

    // The enrolment cookie is spent: its pages now send the browser back to the start.
    expect((await client.get('/enrol/pin')).headers.location).toBe('/enrol?expired=1');
  });

  it('refuses weak PINs with a reason each, and changes nothing', async () => {
    const person = t.addPerson();
    const client = new Client(t);
    await client.post('/enrol', '/enrol', cardFields(person));
    const cases: Array<[string, string, string]> = [
      ['123456', '123456', 'เรียงลำดับ'],
      ['111111', '111111', 'ซ้ำกัน'],
      ['121212', '121212', 'ซ้ำกัน'],
      ['140533', '140533', 'วันเกิด'],
      ['12345', '12345', 'อย่างน้อย 6 หลัก'],
      ['390417', '390418', 'ไม่ตรงกับ PIN ที่ตั้ง'],
    ];
    for (const [pin, confirm, message] of cases) {
      const res = await client.post('/enrol/pin', '/enrol/pin', { pin, pin_confirm: confirm });
      expect(res.statusCode, pin).toBe(400);
      expect(res.body, pin).toContain(message);
    }
    const account = await t.app.identity.findAccountByCitizenId(person.citizenId);
    expect(await store.findPin(t.app.db, account!.id)).toBeNull();
    expect(await t.authenticators.identityAssurance(account!.id)).toEqual({ ial: 0 });
  });

  it('refuses a registration made for another origin, without user verification, or replayed', async () => {
    const person = t.addPerson();
    const client = new Client(t);
    await client.post('/enrol', '/enrol', cardFields(person));
    const attempt = async (tamper: { origin?: string; userVerified?: boolean }) => {
      const { body } = await client.getJson<{ challengeId: string; options: never }>(
        '/enrol/passkey/options',
      );
      const credential = device().createCredential(body.options, tamper);
      return {
        credential,
        challengeId: body.challengeId,
        res: await client.post('/enrol/passkey', '/enrol/passkey', {
          credential: JSON.stringify(credential),
          challenge_id: body.challengeId,
        }),
      };
    };
    const phishing = await attempt({ origin: 'https://pratu.example.evil' });
    expect(phishing.res.statusCode).toBe(400);
    expect(phishing.res.body).toContain('มาจากเว็บไซต์อื่น');
    const noUv = await attempt({ userVerified: false });
    expect(noUv.res.statusCode).toBe(400);
    expect(noUv.res.body).toContain('ต้องยืนยันตัวตนบนอุปกรณ์');
    const good = await attempt({});
    expect(good.res.statusCode).toBe(303);
    const replay = await client.post('/enrol/passkey', '/enrol/passkey', {
      credential: JSON.stringify(good.credential as RegistrationResponseJSON),
      challenge_id: good.challengeId,
    });
    expect(replay.statusCode).toBe(400);
    expect(replay.body).toContain('หมดอายุหรือถูกใช้ไปแล้ว');
    const garbage = await client.post('/enrol/passkey', '/enrol/passkey', {
      credential: '{not json',
      challenge_id: good.challengeId,
    });
    expect(garbage.statusCode).toBe(400);
    const none = await client.post('/enrol/passkey', '/enrol/passkey', {});
    expect(none.body).toContain('ต้องเปิดใช้ JavaScript');
    const account = await t.app.identity.findAccountByCitizenId(person.citizenId);
    const pending = await store.listPasskeys(t.app.db, account!.id, ['pending', 'active']);
    expect(pending).toHaveLength(1);
  });

  it('enrols with a PIN only when there is no passkey (AAL1)', async () => {
    const person = t.addPerson();
    const { client, account } = await enrol(person, { authenticator: null, pin: '804613' });
    const session = await t.app.sessions.load(client.cookies.get('pratu_sid') ?? '');
    expect(session?.data).toMatchObject({ aal: 1, amr: ['pin'] });
    expect(await t.authenticators.listPasskeys(account.id)).toHaveLength(0);
    const login = await t.authenticators.verifyPin(person.citizenId, '804613', '192.0.2.10');
    expect(login).toEqual({ accountId: account.id, amr: ['pin'], aal: 1 });
  });
});

describe('passkey sign-in', () => {
  let authenticator: SoftwareAuthenticator;
  let accountId: string;
  beforeAll(async () => {
    authenticator = device();
    const { account } = await enrol(t.addPerson(), { authenticator });
    accountId = account.id;
  });

  it('signs in with a discoverable passkey at AAL2 and moves the counter on', async () => {
    const login = await passkeyLogin(authenticator);
    expect(login).toEqual({ accountId, amr: ['hwk', 'user', 'mfa'], aal: 2 });
    const [key] = await store.listPasskeys(t.app.db, accountId);
    expect(key?.sign_count).toBe(authenticator.listCredentials()[0]?.signCount);
    expect(key?.last_used_at).toBeInstanceOf(Date);
  });

  it('lets a passkey without a counter (a synced passkey) sign in many times at once', async () => {
    const synced = new SoftwareAuthenticator({ origin, synced: true, counterStep: 0 });
    const { account } = await enrol(t.addPerson(), { authenticator: synced });
    const logins = await Promise.all(Array.from({ length: 6 }, () => passkeyLogin(synced)));
    expect(logins.map((l) => l.accountId)).toEqual(Array(6).fill(account.id));
    expect(logins[0]?.amr).toEqual(['swk', 'user', 'mfa']);
    const [key] = await t.authenticators.listPasskeys(account.id);
    expect(key).toMatchObject({ deviceType: 'multiDevice', backedUp: true });
  });

  it('refuses a replayed assertion, with the same or a fresh challenge', async () => {
    const { challengeId, options } = await t.authenticators.startPasskeyLogin();
    const assertion = authenticator.getAssertion(options);
    await t.authenticators.finishPasskeyLogin(challengeId, assertion);
    expect(await refusal(t.authenticators.finishPasskeyLogin(challengeId, assertion))).toBe(
      'identity.passkey_challenge_invalid',
    );
    const fresh = await t.authenticators.startPasskeyLogin();
    expect(await refusal(t.authenticators.finishPasskeyLogin(fresh.challengeId, assertion))).toBe(
      'identity.passkey_challenge_mismatch',
    );
  });

  it('refuses forged assertions: wrong origin, no user verification, wrong key, old counter', async () => {
    expect(await refusal(passkeyLogin(authenticator, { origin: 'https://evil.example' }))).toBe(
      'identity.passkey_wrong_origin',
    );
    expect(await refusal(passkeyLogin(authenticator, { userVerified: false }))).toBe(
      'identity.passkey_verification_required',
    );
    expect(await refusal(passkeyLogin(authenticator, { signWith: strangerKey() }))).toBe(
      'identity.passkey_signature_invalid',
    );
    expect(await refusal(passkeyLogin(authenticator, { signCount: 1 }))).toBe(
      'identity.passkey_counter_replay',
    );
    expect(await refusal(passkeyLogin(authenticator, { rpId: 'evil.example' }))).toBe(
      'identity.passkey_wrong_rp',
    );
    expect(await refusal(passkeyLogin(authenticator, { type: 'webauthn.create' }))).toBe(
      'identity.passkey_malformed',
    );
    // And the genuine one still works afterwards.
    expect((await passkeyLogin(authenticator)).accountId).toBe(accountId);
  });

  it('refuses a credential it does not know, or a user handle that is not its owner', async () => {
    const stranger = device();
    const { options } = await t.authenticators.startPasskeyLogin();
    // A credential registered nowhere: made for a registration that never reached the server.
    stranger.createCredential({
      challenge: 'eA',
      rp: { name: 'Pratu', id: 'localhost' },
      user: { id: 'c3RyYW5nZXI', name: 's', displayName: 's' },
      pubKeyCredParams: [{ type: 'public-key', alg: -7 }],
    });
    const { challengeId } = await t.authenticators.startPasskeyLogin();
    expect(
      await refusal(
        t.authenticators.finishPasskeyLogin(challengeId, stranger.getAssertion(options)),
      ),
    ).toBe('identity.passkey_unknown');
    const second = await t.authenticators.startPasskeyLogin();
    const assertion = authenticator.getAssertion(second.options);
    assertion.response.userHandle = Buffer.from('someone-else').toString('base64url');
    expect(await refusal(t.authenticators.finishPasskeyLogin(second.challengeId, assertion))).toBe(
      'identity.passkey_unknown',
    );
    expect(await refusal(t.authenticators.finishPasskeyLogin('not-a-uuid', assertion))).toBe(
      'identity.passkey_challenge_invalid',
    );
  });
});

describe('the account', () => {
  it('takes names from the registry and keeps contact details already known', async () => {
    const person = t.addPerson({ demo: true });
    await t.app.identity.ensureAccount({
      citizen_id: person.citizenId,
      display_name_th: 'ชื่อเก่า',
      display_name_en: 'Old name',
      email: 'kept@example.test',
      phone: '0812345678',
      demo: false,
    });
    const { account } = await enrol(person);
    expect(account).toMatchObject({
      display_name_th: `ทดสอบ ลงทะเบียน${person.citizenId.slice(-4)}`,
      display_name_en: `Tester Enrol${person.citizenId.slice(-4)}`,
      email: 'kept@example.test',
      phone: '0812345678',
      demo: true,
    });
  });
});

describe('rate limit on the card check', () => {
  let limited: TestApp;
  beforeAll(async () => {
    limited = await startTestApp({ env: { PRATU_RATE_LIMIT_PER_MINUTE: '150' } });
  });
  afterAll(() => limited?.stop());

  it('refuses a burst from one address with 429 before anything is checked', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await limited.server.inject({
        method: 'POST',
        url: '/enrol',
        remoteAddress: '203.0.113.77',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
        payload: 'citizen_id=1&laser_code=x&birth_date=y',
      });
      statuses.push(res.statusCode);
    }
    // 150/30 = 5 per minute on this route. CSRF refuses the first five (no token); the limiter,
    // which runs first, refuses the rest.
    expect(statuses.slice(0, 5).every((s) => s === 403)).toBe(true);
    expect(statuses.slice(5)).toEqual([429, 429]);
  });
});

describe('enrolOverHttp (for tests and benchmarks)', () => {
  it('enrols a registry person with a software passkey and returns a signed-in cookie', async () => {
    const person = t.addPerson();
    const { sessionCookie, authenticator } = await enrolOverHttp(
      t.server,
      { citizenId: person.citizenId, laserCode: person.laserCode, birthDate: '1990-05-14' },
      { origin },
    );
    const session = await t.app.sessions.load(sessionCookie.replace('pratu_sid=', ''));
    const account = await t.app.identity.findAccountByCitizenId(person.citizenId);
    expect(session?.accountId).toBe(account?.id);
    expect((await passkeyLogin(authenticator!)).accountId).toBe(account?.id);
    await expect(
      enrolOverHttp(
        t.server,
        { citizenId: person.citizenId, laserCode: randomLaserCode(), birthDate: '1990-05-14' },
        { origin },
      ),
    ).rejects.toThrow(/the card check: 400/);
  });
});

describe('PIN sign-in', () => {
  it('signs in at AAL1, locks after five wrong PINs, and answers unknown IDs the same way', async () => {
    const person = t.addPerson();
    await enrol(person, { pin: '580264' });
    const address = `198.51.100.${Math.floor(Math.random() * 250)}`;
    expect((await t.authenticators.verifyPin(person.citizenId, '580264', address)).aal).toBe(1);

    const remaining: unknown[] = [];
    for (let i = 0; i < 5; i++) {
      try {
        await t.authenticators.verifyPin(person.citizenId, '580265', address);
      } catch (error) {
        expect(error).toBeInstanceOf(DomainError);
        remaining.push((error as DomainError).params.remaining);
        expect((error as DomainError).status).toBe(401);
      }
    }
    expect(remaining).toEqual([4, 3, 2, 1, 0]);
    expect(await refusal(t.authenticators.verifyPin(person.citizenId, '580264', address))).toBe(
      'identity.pin_locked',
    );

    const nobody = t.addPerson();
    expect(await refusal(t.authenticators.verifyPin(nobody.citizenId, '580264', address))).toBe(
      'identity.pin_sign_in_failed',
    );
    expect(await refusal(t.authenticators.verifyPin('1234567890123', '580264', address))).toBe(
      'form.has_errors',
    );
  });
});

describe('lost phone: enrolling again', () => {
  it('revokes every old passkey, replaces the PIN, forgets the PIN lock, and audits it', async () => {
    const person = t.addPerson();
    const lostPhone = device();
    const { account, client: oldBrowser } = await enrol(person, {
      authenticator: lostPhone,
      pin: '580264',
    });
    // Someone tries the old PIN a few times (not enough to lock).
    for (let i = 0; i < 2; i++) {
      await refusal(t.authenticators.verifyPin(person.citizenId, '111190', '203.0.113.9'));
    }

    const newPhone = device();
    const again = new Client(t);
    await again.post('/enrol', '/enrol', cardFields(person));
    const page = await again.get('/enrol/passkey');
    expect(page.body).toContain('คุณเคยลงทะเบียนแล้ว');
    const { location } = await enrol(person, {
      authenticator: newPhone,
      pin: '604817',
      client: again,
    });
    expect(location).toBe('/enrol/done?revoked=1');

    expect(await refusal(passkeyLogin(lostPhone))).toBe('identity.passkey_unknown');
    expect((await passkeyLogin(newPhone)).accountId).toBe(account.id);
    expect(
      await refusal(t.authenticators.verifyPin(person.citizenId, '580264', '203.0.113.9')),
    ).toBe('identity.pin_sign_in_failed');
    const pinLogin = await t.authenticators.verifyPin(person.citizenId, '604817', '203.0.113.9');
    expect(pinLogin.accountId).toBe(account.id);

    const all = await store.listPasskeys(t.app.db, account.id, ['active', 'revoked']);
    expect(all.map((p) => `${p.status}:${p.revoked_reason ?? ''}`).sort()).toEqual([
      'active:',
      'revoked:re_enrolment',
    ]);
    const audit = await listAudit(t.app.db, { subject: `account:${account.id}` });
    const reEnrolled = audit.find((a) => a.action === 'identity.re_enrolment_completed');
    expect(reEnrolled?.details).toMatchObject({ passkeys_added: 1 });
    // Every session from before (perhaps on the lost phone) has ended; the new one lives.
    expect((await oldBrowser.get('/account/passkeys')).statusCode).not.toBe(200);
    expect((await again.get('/account/passkeys')).statusCode).toBe(200);
  });
});

describe('my passkeys page', () => {
  it('needs sign-in, lists the passkeys, removes one (audited) and refuses others', async () => {
    const anonymous = await new Client(t).get('/account/passkeys');
    expect([302, 303, 401]).toContain(anonymous.statusCode);

    const person = t.addPerson();
    const authenticator = device();
    const { client, account } = await enrol(person, { authenticator });
    const page = await client.get('/account/passkeys');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('พาสคีย์ที่ใช้งานได้ 1 รายการ');
    expect(page.body).toContain('data-passkey="register"');
    const [key] = await t.authenticators.listPasskeys(account.id);

    const other = await enrol(t.addPerson());
    const notMine = await other.client.post(
      '/account/passkeys',
      `/account/passkeys/${key!.id}/remove`,
      {},
    );
    expect(notMine.statusCode).toBe(404);
    expect(await t.authenticators.listPasskeys(account.id)).toHaveLength(1);

    const removed = await client.post(
      '/account/passkeys',
      `/account/passkeys/${key!.id}/remove`,
      {},
    );
    expect(removed.statusCode).toBe(303);
    expect((await client.get(removed.headers.location as string)).body).toContain(
      'ลบพาสคีย์เรียบร้อยแล้ว',
    );
    expect(await t.authenticators.listPasskeys(account.id)).toHaveLength(0);
    expect(await refusal(passkeyLogin(authenticator))).toBe('identity.passkey_unknown');
    const audit = await listAudit(t.app.db, { subject: `account:${account.id}` });
    expect(audit.map((a) => a.action)).toContain('identity.passkey_removed');
  });

  it('adds a passkey only to a session signed in with a passkey', async () => {
    const pinOnly = await enrol(t.addPerson(), { authenticator: null, pin: '804613' });
    const page = await pinOnly.client.get('/account/passkeys');
    expect(page.body).not.toContain('data-passkey="register"');
    const denied = await pinOnly.client.getJson<{ error: { code: string } }>(
      '/account/passkeys/options',
    );
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe('identity.passkey_add_needs_aal2');

    const first = device();
    const strong = await enrol(t.addPerson(), { authenticator: first });
    const { body } = await strong.client.getJson<{
      challengeId: string;
      options: { excludeCredentials: Array<{ id: string }> };
    }>('/account/passkeys/options');
    expect(body.options.excludeCredentials.map((c) => c.id)).toEqual([
      first.listCredentials()[0]?.id,
    ]);
    const laptop = device();
    const added = await strong.client.post('/account/passkeys', '/account/passkeys', {
      credential: JSON.stringify(laptop.createCredential(body.options as never)),
      challenge_id: body.challengeId,
    });
    expect(added.statusCode).toBe(303);
    expect(await t.authenticators.listPasskeys(strong.account.id)).toHaveLength(2);
    expect((await passkeyLogin(laptop)).accountId).toBe(strong.account.id);
  });
});
