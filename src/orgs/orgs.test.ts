import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  getForm,
  newPerson,
  startTestApp,
  type TestApp,
  uniqueCode,
} from '../../test/support/app.ts';
import { listAudit } from '../platform/audit.ts';
import { FormError } from '../platform/forms.ts';
import { parseNewOrganization } from './organizations.ts';

describe('organizations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());

  it('validates every field at once', () => {
    try {
      parseNewOrganization({ code: 'X!', kind: 'club', name_th: '', name_en: 'a'.repeat(201) });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(FormError);
      expect((error as FormError).messages('th')).toEqual({
        code: expect.stringContaining('รหัสหน่วยงาน'),
        kind: 'กรุณาเลือกประเภทหน่วยงาน',
        name_th: 'กรุณากรอกชื่อหน่วยงานภาษาไทย',
        name_en: 'ชื่อหน่วยงานต้องยาวไม่เกิน 200 ตัวอักษร',
      });
    }
  });

  it('lets a platform administrator add an organization, audited', async () => {
    const admin = await newPerson(t, ['platform_admin']);
    const form = await getForm(t, '/admin/organizations', admin.cookie);
    const code = uniqueCode('agency');
    const res = await t.server.inject({
      method: 'POST',
      url: '/admin/organizations',
      headers: { cookie: form.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        _csrf: form.csrf,
        code,
        kind: 'department',
        name_th: 'กรมทดสอบระบบ',
        name_en: 'Department of Testing',
      }).toString(),
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('เพิ่มหน่วยงานแล้ว');
    const org = await t.app.orgs.findOrganizationByCode(code);
    expect(org?.name_th).toBe('กรมทดสอบระบบ');
    const audit = await listAudit(t.app.db, { subject: `organization:${org!.id}` });
    expect(audit[0]).toMatchObject({
      action: 'orgs.organization_created',
      actor: admin.account.id,
    });

    const again = await t.server.inject({
      method: 'POST',
      url: '/admin/organizations',
      headers: { cookie: form.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        _csrf: form.csrf,
        code,
        kind: 'department',
        name_th: 'ซ้ำ',
        name_en: 'Duplicate',
      }).toString(),
    });
    expect(again.statusCode).toBe(400);
    expect(again.body).toContain('มีหน่วยงานที่ใช้รหัสนี้แล้ว');
    expect(again.body).toContain('value="Duplicate"');
  });

  it('grants and revokes roles, each once', async () => {
    const person = await newPerson(t);
    const org = await t.app.orgs.ensureOrganization({
      code: uniqueCode('org'),
      kind: 'ministry',
      name_th: 'กระทรวงทดสอบ',
      name_en: 'Ministry of Tests',
    });
    expect(await t.app.orgs.grantRole('test', person.account.id, org.id, 'auditor')).toBe(true);
    expect(await t.app.orgs.grantRole('test', person.account.id, org.id, 'auditor')).toBe(false);
    expect(await t.app.orgs.hasRole(person.account.id, 'auditor', org.id)).toBe(true);
    expect(await t.app.orgs.revokeRole('test', person.account.id, org.id, 'auditor')).toBe(true);
    expect(await t.app.orgs.hasRole(person.account.id, 'auditor')).toBe(false);
  });
});
