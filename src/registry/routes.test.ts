import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getForm, newPerson, startTestApp, type TestApp } from '../../test/support/app.ts';
import { listAudit } from '../platform/audit.ts';
import { maskCitizenId } from './citizen-id.ts';
import { demoCitizens } from './demo.ts';

describe('registrar look-up page', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await t.app.registry.module.seed!({ log: () => {} });
  });
  afterAll(() => t.stop());

  async function lookUp(cookie: string, citizenId: string) {
    const form = await getForm(t, '/registry', cookie);
    return t.server.inject({
      method: 'POST',
      url: '/registry',
      headers: { cookie: form.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: form.csrf, citizen_id: citizenId }).toString(),
    });
  }

  it('is for registrars only', async () => {
    const anonymous = await t.server.inject({ method: 'GET', url: '/registry' });
    expect([302, 303, 401]).toContain(anonymous.statusCode);
    const citizen = await newPerson(t);
    const forbidden = await t.server.inject({
      method: 'GET',
      url: '/registry',
      headers: { cookie: citizen.cookie },
    });
    expect(forbidden.statusCode).toBe(403);
    const officer = await newPerson(t, ['agency_officer']);
    expect((await lookUp(officer.cookie, demoCitizens[0]!.citizenId)).statusCode).toBe(403);
    const registrar = await newPerson(t, ['registrar']);
    const page = await t.server.inject({
      method: 'GET',
      url: '/registry',
      headers: { cookie: registrar.cookie },
    });
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toContain('no-store');
    expect(page.body).toContain('ค้นหาในทะเบียนราษฎร');
  });

  it('shows the person, address, masked card and history, and audits the look-up', async () => {
    const registrar = await newPerson(t, ['registrar']);
    const demo = demoCitizens[1]!;
    const res = await lookUp(registrar.cookie, demo.citizenId.replace(/^(\d)(\d{4})/, '$1-$2-'));
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('อรุณี');
    expect(res.body).toContain('แขวงสามเสนใน');
    expect(res.body).toContain('ME0-xxxxxxx-21');
    expect(res.body).not.toContain('2345678');
    expect(res.body).toContain('ประวัติการย้ายที่อยู่');
    // The office is the one whose code opens the house code (1030).
    expect(res.body).toContain('สำนักงานเขตจตุจักร');
    const audit = await listAudit(t.app.db, { actor: registrar.account.id });
    expect(audit).toMatchObject([
      {
        action: 'registry.person_looked_up',
        subject: `person:${maskCitizenId(demo.citizenId)}`,
        details: { found: true },
      },
    ]);
    expect(JSON.stringify(audit[0])).not.toContain(demo.citizenId);
  });

  it('refuses a mistyped ID without looking it up, and says when no one is found', async () => {
    const registrar = await newPerson(t, ['registrar']);
    const cid = demoCitizens[0]!.citizenId;
    const typo = cid.slice(0, 12) + String((Number(cid[12]) + 1) % 10);
    const bad = await lookUp(registrar.cookie, typo);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('เลขประจำตัวประชาชนไม่ถูกต้อง');
    expect(bad.body).toContain(`value="${typo}"`);
    expect(await listAudit(t.app.db, { actor: registrar.account.id })).toEqual([]);

    const unknown = '1234567890121';
    const missing = await lookUp(registrar.cookie, unknown);
    expect(missing.statusCode).toBe(200);
    expect(missing.body).toContain('ไม่พบเลขประจำตัวประชาชน');
    const audit = await listAudit(t.app.db, { actor: registrar.account.id });
    expect(audit[0]).toMatchObject({ details: { found: false } });
  });
});
