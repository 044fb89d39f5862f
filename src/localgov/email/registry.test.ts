import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getForm, newPerson, startTestApp, type TestApp } from '../../../test/support/app.ts';
import { listAudit } from '../../platform/audit.ts';
import { RECONFIRMATION_QUEUE } from '../directory/index.ts';
import {
  directoryOf,
  type FixtureAdministration,
  fixtureAdministration,
  fixtureCsv,
} from '../directory/test-fixtures.ts';
import { type DnsZoneServer, startDnsZoneServer } from './dns-zone-server.ts';

type Person = Awaited<ReturnType<typeof newPerson>>;

describe('official e-mail registry, end to end with the outbox', () => {
  let t: TestApp;
  let dns: DnsZoneServer;
  let officerA: Person;
  let officerB: Person;
  let registrar: Person;
  const a = fixtureAdministration();
  const b = fixtureAdministration({ type: 'subdistrict_municipality' });
  const lg = () => directoryOf(t);

  async function post(url: string, cookie: string, fields: Record<string, string> = {}) {
    // The page the form is on: the officer's page or the registration's review page.
    const form = await getForm(
      t,
      url.replace(/\/(resend|withdraw|approve|reject|dns-check)$/, ''),
      cookie,
    );
    return t.server.inject({
      method: 'POST',
      url,
      headers: { cookie: form.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: form.csrf, ...fields }).toString(),
    });
  }

  async function register(who: Person, admin: FixtureAdministration, address: string) {
    return post(`/localgov/directory/${admin.code}/email`, who.cookie, { address });
  }

  /** The confirmation link in the newest mail to `to`, as a path on this server. */
  async function mailedLink(to: string): Promise<string> {
    const [mail] = await t.app.mailer.listMail({ to, limit: 1 });
    const link = /https?:\/\/[^\s]+\/localgov\/email\/confirm\/[A-Za-z0-9_-]{43}/.exec(
      mail?.text_body ?? '',
    )?.[0];
    if (!link) throw new Error(`no confirmation link mailed to ${to}`);
    return new URL(link).pathname;
  }

  /** Presses the confirm button; a dead link has no button, so the form comes from elsewhere. */
  async function confirm(path: string) {
    let form = await getForm(t, path);
    if (!form.csrf) form = await getForm(t, '/sign-out');
    return t.server.inject({
      method: 'POST',
      url: path,
      headers: { cookie: form.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: form.csrf }).toString(),
    });
  }

  async function pendingOf(admin: FixtureAdministration) {
    const found = await lg().findAdministration(admin.code);
    return (await lg().email.overview(found!.id)).pending;
  }

  beforeAll(async () => {
    dns = await startDnsZoneServer();
    dns.addMailDomain(a.domain);
    // b's domain has mail but neither SPF nor DMARC: the check must say so.
    dns.zone.set(b.domain, { mx: [{ exchange: `mx.${b.domain}`, priority: 10 }] });
    // The resolver is chosen when the app is built; PRATU_DNS_SERVERS points it at loopback.
    const previous = process.env.PRATU_DNS_SERVERS;
    process.env.PRATU_DNS_SERVERS = dns.address;
    try {
      t = await startTestApp({ env: { PRATU_DNS_SERVERS: dns.address } });
    } finally {
      if (previous === undefined) delete process.env.PRATU_DNS_SERVERS;
      else process.env.PRATU_DNS_SERVERS = previous;
    }
    const imported = await lg().importDirectory(fixtureCsv([a, b]), {
      actor: 'test',
      source: 'test',
    });
    expect(imported.ok).toBe(true);
    officerA = await newPerson(
      t,
      ['localgov_officer'],
      await lg().administrationOrganizationId(a.code),
    );
    officerB = await newPerson(
      t,
      ['localgov_officer'],
      await lg().administrationOrganizationId(b.code),
    );
    registrar = await newPerson(t, ['email_registry_officer']);
  });
  afterAll(async () => {
    await t?.stop();
    await dns?.stop();
  });

  it('registers, confirms through the mailed link, approves, and answers look-ups both ways', async () => {
    const address = `saraban@${a.domain}`;
    const page = await t.server.inject({
      url: `/localgov/directory/${a.code}/email`,
      headers: { cookie: officerA.cookie },
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`saraban@${a.domain}`);

    const res = await register(officerA, a, address);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/localgov/directory/${a.code}/email?done=registered`);
    const pending = await pendingOf(a);
    expect(pending).toMatchObject({ address, status: 'pending_confirmation' });
    // The DNS check ran against the loopback server and is shown to the officer.
    expect(pending?.dns_check).toMatchObject({
      performed: true,
      passed: true,
      mx: { status: 'ok', hosts: [`mail.${a.domain}`] },
    });
    const shown = await t.server.inject({
      url: `/localgov/directory/${a.code}/email?done=registered`,
      headers: { cookie: officerA.cookie },
    });
    expect(shown.body).toContain('ส่งลิงก์ยืนยันไปยังที่อยู่ที่ขึ้นทะเบียนแล้ว');
    expect(shown.body).toContain(`mail.${a.domain}`);
    expect(shown.body).toContain('v=DMARC1; p=reject');

    // Not yet public, and the registry officer cannot approve before the link is followed.
    const early = await t.server.inject({
      url: `/api/localgov/email-registry/lookup?address=${address}`,
    });
    expect(early.statusCode).toBe(404);
    const tooEarly = await post(
      `/localgov/email-registry/${pending!.id}/approve`,
      registrar.cookie,
    );
    expect(tooEarly.statusCode).toBe(409);
    expect(tooEarly.body).toContain('รอยืนยันทางอีเมล');

    const mails = await t.app.mailer.listMail({ to: address });
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toContain(a.name_th);
    expect(mails[0]?.text_body).toContain(officerA.account.display_name_th);
    const link = await mailedLink(address);
    const confirmPage = await t.server.inject({ url: link });
    expect(confirmPage.statusCode).toBe(200);
    expect(confirmPage.headers['referrer-policy']).toBe('no-referrer');
    expect(confirmPage.body).toContain(address);
    const confirmed = await confirm(link);
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.body).toContain('อยู่ระหว่างการพิจารณาของเจ้าหน้าที่ทะเบียน');
    expect((await pendingOf(a))?.status).toBe('pending_approval');

    // The same link a second time: refused, nothing changes.
    const reused = await confirm(link);
    expect(reused.statusCode).toBe(410);
    expect(reused.body).toContain('ลิงก์ยืนยันนี้ถูกใช้ไปแล้ว');
    const reusedGet = await t.server.inject({ url: link });
    expect(reusedGet.statusCode).toBe(410);

    const queue = await t.server.inject({
      url: '/localgov/email-registry',
      headers: { cookie: registrar.cookie },
    });
    expect(queue.body).toContain(`/localgov/email-registry/${pending!.id}`);
    const review = await t.server.inject({
      url: `/localgov/email-registry/${pending!.id}`,
      headers: { cookie: registrar.cookie },
    });
    expect(review.body).toContain('v=spf1 mx -all');
    expect(review.body).toContain('ยืนยันผ่านลิงก์ในอีเมลแล้ว');

    const approved = await post(
      `/localgov/email-registry/${pending!.id}/approve`,
      registrar.cookie,
    );
    expect(approved.statusCode).toBe(303);
    const registration = await lg().email.findRegistration(pending!.id);
    expect(registration).toMatchObject({ status: 'approved', decided_by: registrar.account.id });
    const year = registration!.reconfirm_by!.getTime() - registration!.approved_at!.getTime();
    expect(Math.round(year / 86_400_000)).toBe(365);
    expect((await t.app.mailer.listMail({ to: address }))[0]?.subject).toContain('อนุมัติ');

    // Which administration owns this address?
    const lookup = await t.server.inject({
      url: `/api/localgov/email-registry/lookup?address=${encodeURIComponent(address.toUpperCase())}`,
    });
    expect(lookup.statusCode).toBe(200);
    expect(lookup.json()).toMatchObject({
      address,
      status: 'approved',
      administration: { code: a.code, name_th: a.name_th },
    });
    const lookupPage = await t.server.inject({ url: `/localgov/email?address=${address}` });
    expect(lookupPage.body).toContain('เป็นอีเมลกลางที่ขึ้นทะเบียนของ');
    expect(lookupPage.body).toContain(a.name_th);
    const stranger = await t.server.inject({ url: `/localgov/email?address=saraban@${b.domain}` });
    expect(stranger.body).toContain('ไม่ใช่อีเมลกลางที่ขึ้นทะเบียนของ อปท. ใด');
    // What is the official address of this administration?
    const api = await t.server.inject({ url: `/api/localgov/administrations/${a.code}` });
    expect(api.json().official_email).toMatchObject({ address, status: 'approved' });
    const directoryPage = await t.server.inject({ url: `/localgov/directory/${a.code}` });
    expect(directoryPage.body).toContain(`mailto:${address}`);
    const csv = await t.server.inject({ url: '/api/localgov/email-registry.csv' });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain(`${address},approved,`);
    const json = await t.server.inject({ url: '/api/localgov/email-registry.json' });
    expect(
      json.json().entries.find((e: { address: string }) => e.address === address)?.administration,
    ).toMatchObject({ code: a.code });

    // Every change kept: history rows and audit entries.
    const history = await lg().email.historyOf(pending!.id);
    expect(history.map((h) => h.event)).toEqual(['approved', 'confirmed', 'registered']);
    const audit = await listAudit(t.app.db, { subject: `official_email:${pending!.id}` });
    expect(audit.map((x) => x.action).sort()).toEqual([
      'localgov.email_approved',
      'localgov.email_confirmed',
      'localgov.email_registered',
    ]);
    await expect(
      sql`delete from localgov.official_email_history where official_email_id = ${pending!.id}`.execute(
        t.app.db,
      ),
    ).rejects.toThrow(/append-only/);
  });

  it('refuses addresses that break the rules, naming each rule, and changes nothing', async () => {
    const res = await register(officerB, b, 'Info@Gmail.com');
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('ต้องขึ้นต้นด้วย saraban');
    expect(res.body).toContain('gmail.com เป็นบริการอีเมลฟรี');
    expect(res.body).toContain('ตัวพิมพ์เล็กทั้งหมด');
    expect(res.body).toContain('value="Info@Gmail.com"');
    const other = await register(officerB, b, `saraban@${a.domain}`);
    expect(other.statusCode).toBe(400);
    expect(other.body).toContain(`เป็นโดเมนที่${a.name_th}จดทะเบียนไว้`);
    const sub = await register(officerB, b, `saraban@mail.${a.domain}`);
    expect(sub.statusCode).toBe(400);
    expect(await pendingOf(b)).toBeNull();
    for (const to of ['info@gmail.com', `saraban@${a.domain}`, `saraban@mail.${a.domain}`]) {
      expect(
        (await t.app.mailer.listMail({ to })).filter((m) => m.subject.includes(b.name_th)),
      ).toEqual([]);
    }
    const check = await t.server.inject({
      url: `/api/localgov/email-registry/check?address=info@gmail.com&administration=${b.code}`,
      headers: { cookie: 'lang=en' },
    });
    expect(check.json()).toMatchObject({ ok: false });
    expect(check.json().violations.map((v: { rule: string }) => v.rule)).toEqual([
      'email.address_not_saraban',
      'email.domain_free_webmail',
    ]);
  });

  it('stops an officer of one administration from acting for another', async () => {
    const get = await t.server.inject({
      url: `/localgov/directory/${b.code}/email`,
      headers: { cookie: officerA.cookie },
    });
    expect(get.statusCode).toBe(403);
    expect(get.body).toContain(`คุณไม่ได้เป็นเจ้าหน้าที่ของ${b.name_th}`);
    const formA = await getForm(t, `/localgov/directory/${a.code}/email`, officerA.cookie);
    const postB = await t.server.inject({
      method: 'POST',
      url: `/localgov/directory/${b.code}/email`,
      headers: { cookie: formA.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        _csrf: formA.csrf,
        address: `saraban@${b.domain}`,
      }).toString(),
    });
    expect(postB.statusCode).toBe(403);
    expect(await pendingOf(b)).toBeNull();
    const api = await t.server.inject({
      method: 'POST',
      url: `/localgov/directory/${b.code}/email/withdraw`,
      headers: {
        cookie: formA.cookie,
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
      },
      payload: new URLSearchParams({ _csrf: formA.csrf }).toString(),
    });
    expect(api.statusCode).toBe(403);
    expect(api.json().error.code).toBe('localgov.not_officer_of');
    const mine = await t.server.inject({
      url: '/localgov/officer',
      headers: { cookie: officerA.cookie },
    });
    expect(mine.body).toContain(`/localgov/directory/${a.code}/email`);
    expect(mine.body).not.toContain(`/localgov/directory/${b.code}/email`);
    const badStatus = await t.server.inject({
      url: '/localgov/email-registry?status=nonsense',
      headers: { cookie: registrar.cookie },
    });
    expect(badStatus.statusCode).toBe(400);
    // Signed out: sent to sign in; a citizen without the role: refused.
    const signedOut = await t.server.inject({ url: `/localgov/directory/${b.code}/email` });
    expect(signedOut.statusCode).toBe(303);
    const citizen = await newPerson(t);
    const queue = await t.server.inject({
      url: '/localgov/email-registry',
      headers: { cookie: citizen.cookie },
    });
    expect(queue.statusCode).toBe(403);
  });

  it('refuses expired and replaced links, throttles resends, and shows missing DNS records', async () => {
    const address = `saraban.office@${b.domain}`;
    expect((await register(officerB, b, address)).statusCode).toBe(303);
    const pending = await pendingOf(b);
    expect(pending?.dns_check).toMatchObject({
      passed: false,
      mx: { status: 'ok' },
      spf: { status: 'missing' },
      dmarc: { status: 'missing' },
    });
    const first = await mailedLink(address);
    const tooSoon = await post(`/localgov/directory/${b.code}/email/resend`, officerB.cookie);
    expect(tooSoon.statusCode).toBe(429);
    // A minute later (moved back in the history rather than waiting), a new link replaces the old.
    await lg().email.resend({
      actor: officerB.account.id,
      actorName: 'test',
      administrationCode: b.code,
      now: new Date(Date.now() + 61_000),
    });
    const second = await mailedLink(address);
    expect(second).not.toBe(first);
    const replaced = await confirm(first);
    expect(replaced.statusCode).toBe(410);
    expect(replaced.body).toContain('ถูกแทนที่ด้วยลิงก์ที่ส่งภายหลัง');

    // The link's 72 hours run out.
    await sql`update localgov.official_email_tokens set expires_at = now() - interval '1 minute'
      where official_email_id = ${pending!.id} and used_at is null and revoked_at is null`.execute(
      t.app.db,
    );
    const expired = await confirm(second);
    expect(expired.statusCode).toBe(410);
    expect(expired.body).toContain('ลิงก์ยืนยันนี้หมดอายุแล้ว');
    expect((await pendingOf(b))?.status).toBe('pending_confirmation');
    const unknown = await t.server.inject({
      url: `/localgov/email/confirm/${'A'.repeat(43)}`,
    });
    expect(unknown.statusCode).toBe(404);

    // Withdraw, then register again and let the registry officer reject it with a reason.
    expect(
      (await post(`/localgov/directory/${b.code}/email/withdraw`, officerB.cookie)).statusCode,
    ).toBe(303);
    expect(await pendingOf(b)).toBeNull();
    expect((await register(officerB, b, address)).statusCode).toBe(303);
    expect((await confirm(await mailedLink(address))).statusCode).toBe(200);
    const id = (await pendingOf(b))!.id;
    const noReason = await post(`/localgov/email-registry/${id}/reject`, registrar.cookie, {
      reason: ' ',
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('กรุณาระบุเหตุผลที่ไม่อนุมัติ');
    const recheck = await post(`/localgov/email-registry/${id}/dns-check`, registrar.cookie);
    expect(recheck.statusCode).toBe(303);
    const rejected = await post(`/localgov/email-registry/${id}/reject`, registrar.cookie, {
      reason: 'โดเมนยังไม่มี SPF และ DMARC',
    });
    expect(rejected.statusCode).toBe(303);
    expect(await lg().email.findRegistration(id)).toMatchObject({
      status: 'rejected',
      decision_reason: 'โดเมนยังไม่มี SPF และ DMARC',
    });
    expect((await t.app.mailer.listMail({ to: address }))[0]?.text_body).toContain(
      'โดเมนยังไม่มี SPF และ DMARC',
    );
    const again = await post(`/localgov/email-registry/${id}/approve`, registrar.cookie);
    expect(again.statusCode).toBe(409);
    expect((await lg().email.historyOf(id)).map((h) => h.event)).toEqual([
      'rejected',
      'dns_checked',
      'confirmed',
      'registered',
    ]);
  });

  it('does not let a registry officer decide on an address they registered', async () => {
    const c = fixtureAdministration();
    dns.addMailDomain(c.domain);
    await lg().importDirectory(fixtureCsv([c]), { actor: 'test', source: 'test' });
    await t.app.orgs.grantRole(
      'test',
      registrar.account.id,
      await lg().administrationOrganizationId(c.code),
      'localgov_officer',
    );
    const address = `saraban@${c.domain}`;
    expect((await register(registrar, c, address)).statusCode).toBe(303);
    expect((await confirm(await mailedLink(address))).statusCode).toBe(200);
    const id = (await pendingOf(c))!.id;
    const self = await post(`/localgov/email-registry/${id}/approve`, registrar.cookie);
    expect(self.statusCode).toBe(403);
    expect(self.body).toContain('ผู้ขอขึ้นทะเบียนอนุมัติคำขอของตนเองไม่ได้');
    expect((await lg().email.findRegistration(id))?.status).toBe('pending_approval');
  });

  it('re-confirms yearly: due addresses get a link, confirmed ones stay, unconfirmed ones lapse', async () => {
    const address = `saraban@${a.domain}`;
    const current = await lg().email.lookupAddress(address);
    expect(current?.registration.status).toBe('approved');
    const id = current!.registration.id;
    // A year has passed for this registration (only this one: the database is shared).
    await sql`update localgov.official_emails set reconfirm_by = now() - interval '1 day'
      where id = ${id}`.execute(t.app.db);
    const job = await t.app.jobs.enqueue(RECONFIRMATION_QUEUE, {});
    await t.app.jobs.drain();
    expect((await t.app.jobs.find(job!))?.state).toBe('done');
    const due = await lg().email.findRegistration(id);
    expect(due?.status).toBe('reconfirmation_due');
    expect(Math.round((due!.lapse_at!.getTime() - Date.now()) / 86_400_000)).toBe(30);
    // Still official during the grace period.
    expect((await lg().email.lookupAddress(address))?.registration.id).toBe(id);
    const mail = (await t.app.mailer.listMail({ to: address }))[0];
    expect(mail?.subject).toContain('ยืนยันอีเมลกลางประจำปี');
    const officerPage = await t.server.inject({
      url: `/localgov/directory/${a.code}/email`,
      headers: { cookie: officerA.cookie },
    });
    expect(officerPage.body).toContain('ถึงกำหนดยืนยันประจำปี');
    expect((await confirm(await mailedLink(address))).statusCode).toBe(200);
    const renewed = await lg().email.findRegistration(id);
    expect(renewed).toMatchObject({ status: 'approved', lapse_at: null });
    expect(Math.round((renewed!.reconfirm_by!.getTime() - Date.now()) / 86_400_000)).toBe(365);

    // Next year nobody confirms: after the grace period the address lapses and leaves look-ups.
    await sql`update localgov.official_emails set reconfirm_by = now() - interval '1 day'
      where id = ${id}`.execute(t.app.db);
    await lg().email.runReconfirmationCycle(new Date());
    const lateLink = await mailedLink(address);
    await sql`update localgov.official_emails set lapse_at = now() - interval '1 minute'
      where id = ${id}`.execute(t.app.db);
    const cycle = await lg().email.runReconfirmationCycle(new Date());
    expect(cycle.lapsed).toBeGreaterThanOrEqual(1);
    expect((await lg().email.findRegistration(id))?.status).toBe('lapsed');
    expect(await lg().email.lookupAddress(address)).toBeNull();
    expect((await confirm(lateLink)).statusCode).toBe(410);
    expect((await lg().email.historyOf(id)).map((h) => h.event).slice(0, 4)).toEqual([
      'lapsed',
      'reconfirmation_due',
      'reconfirmed',
      'reconfirmation_due',
    ]);
    // The administration may register it again.
    expect((await register(officerA, a, address)).statusCode).toBe(303);
  });
});
