import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getForm, newPerson, uniqueCode } from '../../../test/support/app.ts';
import { agencyWithEService, citizenWithEmail } from '../../../test/support/eservices.ts';
import { listAudit } from '../../platform/audit.ts';
import { defaultWorkflow } from './definition.ts';
import { DEMO_PNG } from './demo.ts';
import { type EServicesTestApp, startEServicesTestApp } from './testing.ts';
import { formatTrackingNumber } from './tracking.ts';
import type { EServiceDefinition } from './types.ts';

/**
 * The e-services over HTTP, as a browser without JavaScript uses them: real sessions, CSRF
 * tokens, url-encoded and multipart posts, on PGlite or the PostgreSQL of DATABASE_URL.
 */
// Whole journeys over HTTP, many commits each: on a busy 2-core machine with PostgreSQL's disk
// flushes, one takes longer than the default minute.
vi.setConfig({ testTimeout: 180_000 });

let t: EServicesTestApp;
beforeAll(async () => {
  t = await startEServicesTestApp();
});
afterAll(() => t?.stop());

type Person = Awaited<ReturnType<typeof newPerson>>;

function testDefinition(code: string, organization: string): EServiceDefinition {
  const L = (th: string, en: string) => ({ th, en });
  return {
    code,
    organization,
    title: L('ขออนุญาตทดสอบ', 'Test permit'),
    description: L('บริการสำหรับการทดสอบ', 'A service for tests'),
    fee: { amountBaht: 100 },
    slaDays: 10,
    claims: ['citizen_id', 'name_th'],
    pages: [
      {
        id: 'about',
        title: L('ผู้ยื่น', 'About you'),
        fields: [
          {
            name: 'citizen_id',
            type: 'citizen_id',
            label: L('เลขประจำตัวประชาชน', 'Citizen ID'),
            required: true,
            prefill: 'citizen_id',
            locked: true,
          },
          {
            name: 'full_name',
            type: 'text',
            label: L('ชื่อ–นามสกุล', 'Full name'),
            required: true,
            prefill: 'name_th',
          },
          { name: 'phone', type: 'phone', label: L('โทรศัพท์', 'Phone'), required: true },
          {
            name: 'birth_date',
            type: 'date',
            label: L('วันเกิด', 'Date of birth'),
            required: true,
            max: 'today',
          },
          {
            name: 'has_pet',
            type: 'choice',
            label: L('มีสัตว์เลี้ยงหรือไม่', 'Do you keep a pet?'),
            required: true,
            options: [
              { value: 'yes', label: L('มี', 'Yes') },
              { value: 'no', label: L('ไม่มี', 'No') },
            ],
          },
          {
            name: 'pet_name',
            type: 'text',
            label: L('ชื่อสัตว์เลี้ยง', 'Pet name'),
            required: true,
            showIf: { field: 'has_pet', equals: 'yes' },
          },
          {
            name: 'pet_photo',
            type: 'file',
            label: L('รูปสัตว์เลี้ยง', 'Pet photo'),
            accept: ['png'],
            maxSizeKb: 50,
            showIf: { field: 'has_pet', equals: 'yes' },
          },
        ],
      },
      {
        id: 'place',
        title: L('สถานที่', 'Place'),
        fields: [
          { name: 'address', type: 'address', label: L('ที่อยู่', 'Address'), required: true },
          {
            name: 'members',
            type: 'repeat',
            label: L('ผู้อาศัย', 'Residents'),
            minRows: 1,
            maxRows: 5,
            fields: [
              { name: 'name', type: 'text', label: L('ชื่อ', 'Name'), required: true },
              { name: 'income', type: 'number', label: L('รายได้', 'Income'), min: 0 },
            ],
          },
          {
            name: 'photo',
            type: 'file',
            label: L('รูปถ่าย', 'Photo'),
            required: true,
            accept: ['png', 'jpeg'],
            maxSizeKb: 50,
          },
        ],
      },
    ],
    eligibility: [
      { id: 'adult', rule: 'age(birth_date) >= 18', message: L('อายุ 18 ปีขึ้นไป', 'Aged 18 or over') },
    ],
    workflow: defaultWorkflow(),
    result: {
      approved: L('เรียน {name} คำขอ {tracking} อนุมัติแล้ว', 'Dear {name}, {tracking} is approved'),
      rejected: L(
        'เรียน {name} คำขอ {tracking} ไม่อนุมัติ เหตุผล: {reason}',
        'Dear {name}, {tracking} is rejected: {reason}',
      ),
    },
  };
}

/** An agency with a published test service, its officer and designer. */
const agency = () => agencyWithEService(t, 'permit', testDefinition);

async function signedIn(person: Person, url = '/sign-out') {
  const form = await getForm(t, url, person.cookie);
  return { csrf: form.csrf, cookie: form.cookie };
}

async function post(
  url: string,
  who: { cookie: string; csrf: string },
  fields: Record<string, string>,
) {
  return t.server.inject({
    method: 'POST',
    url,
    headers: {
      cookie: who.cookie,
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'text/html',
    },
    payload: new URLSearchParams({ _csrf: who.csrf, ...fields }).toString(),
  });
}

async function postMultipart(
  url: string,
  who: { cookie: string; csrf: string },
  fields: Record<string, string>,
  files: Array<{ field: string; filename: string; type: string; bytes: Buffer }>,
) {
  const boundary = `----pratu${randomUUID()}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries({ _csrf: who.csrf, ...fields })) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
    );
  }
  for (const f of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${f.field}"; filename="${f.filename}"\r\nContent-Type: ${f.type}\r\n\r\n`,
      ),
      f.bytes,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return t.server.inject({
    method: 'POST',
    url,
    headers: {
      cookie: who.cookie,
      'content-type': `multipart/form-data; boundary=${boundary}`,
      accept: 'text/html',
    },
    payload: Buffer.concat(parts),
  });
}

const addressFields = {
  'address.house_no': '99/1',
  'address.subdistrict': 'บางกระสอ',
  'address.district': 'เมืองนนทบุรี',
  'address.province': '12',
  'address.postal_code': '11000',
};
const decode = (html: string) =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'");

/** Presses "start" on the service's start page, as a browser would, with that page's token. */
async function start(who: { cookie: string; csrf: string }, code: string) {
  const page = await t.server.inject({
    url: `/eservices/${code}/apply`,
    headers: { cookie: who.cookie },
  });
  const token = /name="_token" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
  return post(`/eservices/${code}/apply`, who, { _token: token });
}

/** Walks one application to the check page through HTTP, returning its id. */
async function fillApplication(
  who: { cookie: string; csrf: string },
  code: string,
  birth = '15/06/2530',
  typed: { fullName?: string; member?: string } = {},
) {
  const started = await start(who, code);
  expect(started.statusCode).toBe(303);
  const id = /\/applications\/([0-9a-f-]{36})\/pages\/about/.exec(
    started.headers.location as string,
  )![1]!;
  let r = await post(`/applications/${id}/pages/about`, who, {
    _action: 'next',
    _shown: 'citizen_id,full_name,phone,birth_date,has_pet',
    full_name: typed.fullName ?? 'ทดสอบ ระบบ',
    phone: '081-234-5678',
    birth_date: birth,
    has_pet: 'no',
  });
  expect(r.statusCode).toBe(303);
  r = await postMultipart(
    `/applications/${id}/pages/place`,
    who,
    {
      _action: 'next',
      ...addressFields,
      '_rows.members': '1',
      'members.0.name': typed.member ?? 'ทดสอบ',
      'members.0.income': '1000',
    },
    [{ field: 'photo', filename: 'me.png', type: 'image/png', bytes: DEMO_PNG }],
  );
  expect(r.statusCode, r.body).toBe(303);
  expect(r.headers.location).toBe(`/applications/${id}/check`);
  return id;
}

async function submit(who: { cookie: string; csrf: string }, id: string) {
  const check = await t.server.inject({
    url: `/applications/${id}/check`,
    headers: { cookie: who.cookie },
  });
  const token = /name="_token" value="([^"]+)"/.exec(check.body)?.[1] ?? '';
  return {
    token,
    response: await post(`/applications/${id}/submit`, who, { _token: token, declaration: 'on' }),
  };
}

async function staffToken(who: { cookie: string }, id: string, action: string) {
  const page = await t.server.inject({
    url: `/backoffice/applications/${id}`,
    headers: { cookie: who.cookie },
  });
  const form = page.body.split(`name="action" value="${action}"`)[1] ?? '';
  return /name="_token" value="([^"]+)"/.exec(form)?.[1] ?? '';
}

describe('applying without JavaScript', () => {
  it('sends anonymous people to sign in', async () => {
    const r = await t.server.inject({
      url: '/eservices/anything/apply',
      headers: { accept: 'text/html' },
    });
    expect(r.statusCode).toBe(303);
    expect(r.headers.location).toMatch(/sign-in\?next=%2Feservices%2Fanything%2Fapply/);
  });

  it('walks the pages, keeps typed values on errors, refuses bad uploads, and submits once', async () => {
    const a = await agency();
    const citizen = await newPerson(t);
    const who = await signedIn(citizen);
    const startPage = await t.server.inject({
      url: `/eservices/${a.code}/apply`,
      headers: { cookie: who.cookie },
    });
    expect(startPage.body).toContain('เลขประจำตัวประชาชน — บัญชีดิจิทัลไอดีของคุณ');
    expect(startPage.body).toContain('อายุ 18 ปีขึ้นไป');

    const startToken = /name="_token" value="([^"]+)"/.exec(startPage.body)![1]!;
    const started = await post(`/eservices/${a.code}/apply`, who, { _token: startToken });
    const id = /\/applications\/([0-9a-f-]{36})\//.exec(started.headers.location as string)![1]!;
    // The same start form again (a double tap, a reload): back to that draft, not a second one.
    const again = await post(`/eservices/${a.code}/apply`, who, { _token: startToken });
    expect(again.statusCode).toBe(303);
    expect(again.headers.location).toBe(`/applications/${id}`);
    expect(
      (await t.eservices.draftsOf(citizen.account.id, a.definitionId)).map((d) => d.id),
    ).toEqual([id]);
    // Without the start page's token, no draft is made.
    const tokenless = await post(`/eservices/${a.code}/apply`, who, {});
    expect(tokenless.statusCode).toBe(403);
    expect((await t.eservices.draftsOf(citizen.account.id, a.definitionId)).length).toBe(1);

    // Prefilled from the Digital ID, said so, and the locked citizen ID is shown, not editable.
    const page1 = await t.server.inject({
      url: `/applications/${id}/pages/about`,
      headers: { cookie: who.cookie },
    });
    expect(page1.body).toContain('กรอกไว้ให้จากบัญชีดิจิทัลไอดีของคุณ');
    expect(page1.body).toContain(citizen.account.display_name_th);
    expect(page1.body).not.toContain('name="citizen_id"');

    // Invalid answers: 400, an error summary, every typed value back.
    let r = await post(`/applications/${id}/pages/about`, who, {
      _action: 'next',
      _shown: 'citizen_id,full_name,phone,birth_date,has_pet',
      citizen_id: '3100500678913',
      full_name: 'ชื่อที่พิมพ์',
      phone: '12345',
      birth_date: '31/02/2530',
      has_pet: 'no',
    });
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('class="error-summary"');
    expect(r.body).toContain('โทรศัพท์ ต้องเป็นเบอร์โทรศัพท์ในประเทศไทย');
    expect(r.body).toContain('วันเกิด ไม่มีอยู่จริงในปฏิทิน');
    expect(r.body).toContain('value="ชื่อที่พิมพ์"');
    expect(r.body).toContain('value="12345"');
    expect(r.body).toContain('value="31/02/2530"');
    expect(r.body).toContain('href="#f-phone"');

    // Choosing "yes" reveals a question on the same page: without JavaScript it comes back, no error.
    r = await post(`/applications/${id}/pages/about`, who, {
      _action: 'next',
      _shown: 'citizen_id,full_name,phone,birth_date,has_pet',
      full_name: 'ชื่อที่พิมพ์',
      phone: '0812345678',
      birth_date: '15/06/2530',
      has_pet: 'yes',
    });
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('มีคำถามเพิ่มเติมตามคำตอบของคุณ');
    expect(r.body).not.toContain('class="error-summary"');
    expect(r.body).toContain('name="pet_name"');
    r = await post(`/applications/${id}/pages/about`, who, {
      _action: 'next',
      _shown: 'citizen_id,full_name,phone,birth_date,has_pet,pet_name,pet_photo',
      full_name: 'ชื่อที่พิมพ์',
      phone: '0812345678',
      birth_date: '15/06/2530',
      has_pet: 'yes',
      pet_name: 'ข้าวตัง',
    });
    expect(r.statusCode).toBe(303);
    expect(r.headers.location).toBe(`/applications/${id}/pages/place`);

    // Save draft and come back later: values are there.
    r = await post(`/applications/${id}/pages/place`, who, {
      _action: 'save',
      'address.house_no': '12/3',
    });
    expect(r.headers.location).toBe(`/applications/${id}/pages/place?saved=1`);
    const back = await t.server.inject({
      url: `/applications/${id}/pages/place?saved=1`,
      headers: { cookie: who.cookie },
    });
    expect(back.body).toContain('บันทึกร่างแล้ว');
    expect(back.body).toContain('value="12/3"');

    // "Add another row" works as a plain submit button.
    r = await postMultipart(
      `/applications/${id}/pages/place`,
      who,
      { _action: 'add_row:members', '_rows.members': '1', 'members.0.name': 'คนแรก' },
      [],
    );
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('name="members.1.name"');
    expect(r.body).toContain('value="คนแรก"');

    // A file that is not what it claims: refused, clearly, and nothing is stored.
    const before = await t.eservices.loadOwnDraft(citizen.account.id, id);
    r = await postMultipart(
      `/applications/${id}/pages/place`,
      who,
      {
        _action: 'next',
        ...addressFields,
        '_rows.members': '2',
        'members.0.name': 'คนแรก',
        'members.1.name': '',
      },
      [
        {
          field: 'photo',
          filename: 'photo.png',
          type: 'image/png',
          bytes: Buffer.from('MZ this is a program'),
        },
      ],
    );
    expect(r.statusCode).toBe(400);
    expect(decode(r.body)).toContain('รูปถ่าย: ไฟล์ต้องเป็นชนิด PNG, JPEG');
    expect(r.body).toContain('value="99/1"');
    const after = await t.eservices.loadOwnDraft(citizen.account.id, id);
    expect(after.draft).toEqual(before.draft);

    // Too big for the field: refused too.
    const big = Buffer.concat([DEMO_PNG, Buffer.alloc(60 * 1024)]);
    r = await postMultipart(
      `/applications/${id}/pages/place`,
      who,
      { _action: 'next', ...addressFields },
      [{ field: 'photo', filename: 'big.png', type: 'image/png', bytes: big }],
    );
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('ไฟล์ต้องมีขนาดไม่เกิน 50 KB');

    r = await postMultipart(
      `/applications/${id}/pages/place`,
      who,
      {
        _action: 'next',
        ...addressFields,
        '_rows.members': '2',
        'members.0.name': 'คนแรก',
        'members.0.income': '1,500',
      },
      [{ field: 'photo', filename: 'รูปของฉัน.png', type: 'image/png', bytes: DEMO_PNG }],
    );
    expect(r.statusCode).toBe(303);
    expect(r.headers.location).toBe(`/applications/${id}/check`);

    // The check page shows the answers in Thai, the Buddhist-era date, the fee.
    const check = await t.server.inject({
      url: `/applications/${id}/check`,
      headers: { cookie: who.cookie },
    });
    expect(check.body).toContain('15 มิถุนายน 2530');
    expect(check.body).toContain('081-234-5678');
    expect(check.body).toContain('ข้าวตัง');
    expect(check.body).toContain('99/1 ตำบลบางกระสอ อำเภอเมืองนนทบุรี จังหวัดนนทบุรี 11000');
    expect(check.body).toContain('100 บาท');
    const token = /name="_token" value="([^"]+)"/.exec(check.body)![1]!;

    // Without the declaration ticked: 400, nothing sent.
    r = await post(`/applications/${id}/submit`, who, { _token: token });
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('กรุณาทำเครื่องหมายรับรองว่าข้อมูลเป็นความจริง');

    r = await post(`/applications/${id}/submit`, who, { _token: token, declaration: 'on' });
    expect(r.statusCode).toBe(303);
    expect(r.headers.location).toBe(`/applications/${id}?submitted=1`);
    const done = await t.server.inject({
      url: `/applications/${id}?submitted=1`,
      headers: { cookie: who.cookie },
    });
    const tracking = /PR-\d{4}-\d{6,}/.exec(done.body)![0];
    expect(done.body).toContain(`ยื่นคำขอแล้ว เลขที่คำขอของคุณคือ ${tracking}`);

    // The same post again (double click, replay): refused, no second application or number.
    r = await post(`/applications/${id}/submit`, who, { _token: token, declaration: 'on' });
    expect(r.statusCode).toBe(409);
    expect(r.body).toContain('แบบฟอร์มนี้ถูกส่งไปแล้ว');
    const { record } = await t.eservices.loadOwn(citizen.account.id, id);
    expect(record.tracking_no).toBe(tracking);
    // The number the database wrote is the one formatTrackingNumber defines.
    expect(tracking).toBe(
      formatTrackingNumber(Number(tracking.split('-')[2]), record.submitted_at!),
    );
    expect(record.answers).toMatchObject({
      citizen_id: citizen.citizenId,
      full_name: 'ชื่อที่พิมพ์',
      phone: '0812345678',
      birth_date: '1987-06-15',
      pet_name: 'ข้าวตัง',
      members: [{ name: 'คนแรก', income: 1500 }],
      photo: { filename: 'รูปของฉัน.png', kind: 'png' },
    });

    // A notification in the inbox, and the audit log.
    const inbox = await t.server.inject({ url: '/inbox', headers: { cookie: who.cookie } });
    expect(inbox.body).toContain(`คำขอ ${tracking}: ยื่นคำขอแล้ว`);
    // Citizens' events reach the audit chain through the outbox job, in order, exactly once.
    let audit = await listAudit(t.app.db, { subject: `application:${id}` });
    expect(audit.map((x) => x.action)).not.toContain('eservices.application_submitted');
    expect(await t.eservices.chainCitizenEvents()).toBeGreaterThanOrEqual(1);
    audit = await listAudit(t.app.db, { subject: `application:${id}` });
    expect(audit.filter((x) => x.action === 'eservices.application_submitted')).toEqual([
      expect.objectContaining({ actor: citizen.account.id }),
    ]);
    await t.eservices.chainCitizenEvents();
    expect((await listAudit(t.app.db, { subject: `application:${id}` })).length).toBe(audit.length);
    // The timeline itself cannot be rewritten.
    await expect(
      t.app.db
        .updateTable('services.application_events')
        .set({ message: 'forged' })
        .where('application_id', '=', id)
        .execute(),
    ).rejects.toThrow(/append-only/);

    // The uploaded file downloads for its owner with the sniffed type.
    const file = (record.answers!.photo as { id: string }).id;
    const dl = await t.server.inject({
      url: `/applications/${id}/files/${file}`,
      headers: { cookie: who.cookie },
    });
    expect(dl.statusCode).toBe(200);
    expect(dl.headers['content-type']).toBe('image/png');
    expect(dl.headers['content-disposition']).toContain("filename*=UTF-8''");
    expect(dl.rawPayload.equals(DEMO_PNG)).toBe(true);
  });

  it('hides and drops a revealed answer when the citizen changes their mind', async () => {
    const a = await agency();
    const citizen = await newPerson(t);
    const who = await signedIn(citizen);
    const id = await fillApplication(who, a.code);
    const withPet = await postMultipart(
      `/applications/${id}/pages/about`,
      who,
      {
        _action: 'save',
        full_name: 'ก ข',
        phone: '0812345678',
        birth_date: '1990-01-01',
        has_pet: 'yes',
        pet_name: 'ข้าวตัง',
      },
      [{ field: 'pet_photo', filename: 'pet.png', type: 'image/png', bytes: DEMO_PNG }],
    );
    expect(withPet.statusCode).toBe(303);
    expect(
      (await t.eservices.loadOwnDraft(citizen.account.id, id)).draft.files.pet_photo,
    ).toBeDefined();
    await post(`/applications/${id}/pages/about`, who, {
      _action: 'save',
      full_name: 'ก ข',
      phone: '0812345678',
      birth_date: '1990-01-01',
      has_pet: 'no',
      pet_name: 'should not be kept',
    });
    const { response } = await submit(who, id);
    expect(response.statusCode).toBe(303);
    const row = await t.eservices.loadOwn(citizen.account.id, id);
    const files = await t.app.db
      .selectFrom('services.application_files')
      .select('id')
      .where('application_id', '=', id)
      .execute();
    expect(files.map((f) => f.id)).toEqual([(row.record.answers!.photo as { id: string }).id]);
    expect(row.record.answers).toMatchObject({ has_pet: 'no', birth_date: '1990-01-01' });
    expect(row.record.answers).not.toHaveProperty('pet_name');
  });

  it('refuses an applicant who does not meet the eligibility rules, and says why', async () => {
    const a = await agency();
    const citizen = await newPerson(t);
    const who = await signedIn(citizen);
    const id = await fillApplication(who, a.code, '01/01/2560');
    const check = await t.server.inject({
      url: `/applications/${id}/check`,
      headers: { cookie: who.cookie },
    });
    expect(check.body).toContain('คุณยังไม่มีคุณสมบัติตามเงื่อนไขของบริการนี้');
    expect(check.body).toContain('อายุ 18 ปีขึ้นไป');
    expect(check.body).not.toContain('name="_token"');
    // Even a well-formed submission is refused.
    const forced = await post(`/applications/${id}/submit`, who, {
      _token: t.eservices.formToken('submit', id, citizen.account.id),
      declaration: 'on',
    });
    expect(forced.statusCode).toBe(400);
    const status = await t.server.inject({
      url: `/applications/${id}`,
      headers: { cookie: who.cookie },
    });
    expect(status.statusCode).toBe(303);
  });

  it('refuses forged posts: no CSRF token, a forged or foreign submission token', async () => {
    const a = await agency();
    const citizen = await newPerson(t);
    const who = await signedIn(citizen);
    const id = await fillApplication(who, a.code);
    const noCsrf = await t.server.inject({
      method: 'POST',
      url: `/applications/${id}/submit`,
      headers: {
        cookie: who.cookie,
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'text/html',
      },
      payload: 'declaration=on',
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.body).toContain('ไม่มีข้อมูลใดถูกเปลี่ยนแปลง');
    const forged = await post(`/applications/${id}/submit`, who, {
      _token: '1.2.3',
      declaration: 'on',
    });
    expect(forged.statusCode).toBe(403);
    expect(forged.body).toContain('แบบฟอร์มนี้ไม่ได้มาจากหน้าของระบบ');
    // A valid token of another action is not a submission token.
    const foreign = t.eservices.formToken('act:withdraw', id, citizen.account.id);
    expect(
      (await post(`/applications/${id}/submit`, who, { _token: foreign, declaration: 'on' }))
        .statusCode,
    ).toBe(403);
    expect((await t.eservices.loadOwn(citizen.account.id, id)).record.status).toBe('draft');
  });
});

describe('isolation', () => {
  it('refuses another citizen’s application, page posts and files, changing nothing', async () => {
    const a = await agency();
    const owner = await newPerson(t);
    const who = await signedIn(owner);
    const id = await fillApplication(who, a.code);
    const before = await t.eservices.loadOwnDraft(owner.account.id, id);
    const other = await signedIn(await newPerson(t));
    for (const url of [
      `/applications/${id}`,
      `/applications/${id}/check`,
      `/applications/${id}/pages/about`,
    ]) {
      const r = await t.server.inject({
        url,
        headers: { cookie: other.cookie, accept: 'text/html' },
      });
      expect(r.statusCode, url).toBe(403);
      expect(r.body).toContain('คำขอนี้ไม่ใช่ของคุณ');
    }
    const r = await post(`/applications/${id}/pages/about`, other, {
      _action: 'save',
      full_name: 'hijacked',
    });
    expect(r.statusCode).toBe(403);
    const file = before.draft.files.photo!.id;
    expect(
      (
        await t.server.inject({
          url: `/applications/${id}/files/${file}`,
          headers: { cookie: other.cookie },
        })
      ).statusCode,
    ).toBe(403);
    const json = await t.server.inject({
      url: `/applications/${id}`,
      headers: { cookie: other.cookie, accept: 'application/json' },
    });
    expect(json.json()).toMatchObject({ error: { code: 'eservices.not_your_application' } });
    expect((await t.eservices.loadOwnDraft(owner.account.id, id)).draft).toEqual(before.draft);
  });
});

describe('back office', () => {
  it('runs the workflow with messages, assignment, internal notes, CSV and a dashboard; other agencies are refused', async () => {
    const a = await agency();
    const citizen = await citizenWithEmail(t);
    const who = await signedIn(citizen);
    const id = await fillApplication(who, a.code);
    expect((await submit(who, id)).response.statusCode).toBe(303);
    const staff = await signedIn(a.officer);

    const home = await t.server.inject({ url: '/backoffice', headers: { cookie: staff.cookie } });
    expect(home.body).toContain(`/backoffice/eservices/${a.definitionId}`);
    const queue = await t.server.inject({
      url: `/backoffice/eservices/${a.definitionId}?status=open`,
      headers: { cookie: staff.cookie },
    });
    expect(queue.body).toContain(`/backoffice/applications/${id}`);
    expect(queue.body).toContain('เหลือ 10 วัน');
    const badFilter = await t.server.inject({
      url: `/backoffice/eservices/${a.definitionId}?from=31/02/2568`,
      headers: { cookie: staff.cookie },
    });
    expect(badFilter.statusCode).toBe(400);
    expect(badFilter.body).toContain('วันที่เริ่ม');

    let r = await post(`/backoffice/applications/${id}/act`, staff, {
      action: 'start_review',
      _token: await staffToken(staff, id, 'start_review'),
    });
    expect(r.statusCode).toBe(303);
    // A request for information needs a message; without one it is a field error, nothing moves.
    const infoToken = await staffToken(staff, id, 'request_info');
    r = await post(`/backoffice/applications/${id}/act`, staff, {
      action: 'request_info',
      _token: infoToken,
      'text.request_info': ' ',
    });
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('กรุณาพิมพ์ข้อความ');
    r = await post(`/backoffice/applications/${id}/act`, staff, {
      action: 'request_info',
      _token: infoToken,
      'text.request_info': 'ขอสำเนาทะเบียนบ้าน',
    });
    expect(r.statusCode).toBe(303);

    r = await post(`/backoffice/applications/${id}/comments`, staff, {
      body: 'โทรยืนยันแล้ว ข้อมูลภายใน',
      _token: t.eservices.formToken('comment', id, a.officer.account.id),
    });
    expect(r.statusCode).toBe(303);
    r = await post(`/backoffice/applications/${id}/assign`, staff, { assignee: 'me' });
    expect(r.statusCode).toBe(303);
    r = await post(`/backoffice/applications/${id}/assign`, staff, {
      assignee: citizen.account.id,
    });
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('ผู้รับผิดชอบต้องเป็นเจ้าหน้าที่ของหน่วยงานนี้');

    // The citizen sees the request (not the internal note) and answers with a file.
    const mine = await t.server.inject({
      url: `/applications/${id}`,
      headers: { cookie: who.cookie },
    });
    expect(mine.body).toContain('ขอสำเนาทะเบียนบ้าน');
    expect(mine.body).not.toContain('ข้อมูลภายใน');
    const respondToken =
      /name="action" value="respond"\/><input type="hidden" name="_token" value="([^"]+)"/.exec(
        mine.body,
      )![1]!;
    r = await postMultipart(
      `/applications/${id}/act`,
      who,
      { action: 'respond', _token: respondToken, 'text.respond': 'แนบสำเนาแล้วครับ' },
      [{ field: 'attachment', filename: 'tabien.png', type: 'image/png', bytes: DEMO_PNG }],
    );
    expect(r.statusCode).toBe(303);
    r = await postMultipart(
      `/applications/${id}/act`,
      who,
      { action: 'respond', _token: respondToken, 'text.respond': 'again' },
      [],
    );
    expect(r.statusCode).toBe(409);
    // The officer who has it hears of the answer in their inbox, leading to the back office.
    const officerInbox = await t.server.inject({
      url: '/inbox',
      headers: { cookie: staff.cookie },
    });
    expect(officerInbox.body).toContain('ยังไม่ได้อ่าน 1 ข้อความ');
    expect(officerInbox.body).toContain(`href="/backoffice/applications/${id}"`);
    expect(officerInbox.body).toContain('ผู้ยื่นคำขอ: แนบสำเนาแล้วครับ');

    // Another agency's officer: refused everywhere, nothing changes.
    const stranger = await newPerson(t, ['agency_officer']);
    const strangerForm = await signedIn(stranger);
    const denied = await t.server.inject({
      url: `/backoffice/applications/${id}`,
      headers: { cookie: strangerForm.cookie, accept: 'text/html' },
    });
    expect(denied.statusCode).toBe(403);
    expect(denied.body).toContain('คำขอนี้เป็นของหน่วยงานอื่น');
    const deniedQueue = await t.server.inject({
      url: `/backoffice/eservices/${a.definitionId}`,
      headers: { cookie: strangerForm.cookie },
    });
    expect(deniedQueue.statusCode).toBe(403);
    r = await post(`/backoffice/applications/${id}/act`, strangerForm, {
      action: 'start_review',
      _token: t.eservices.formToken('act:start_review', id, stranger.account.id),
    });
    expect(r.statusCode).toBe(403);
    expect(
      (
        await t.server.inject({
          url: `/backoffice/eservices/${a.definitionId}/export.csv`,
          headers: { cookie: strangerForm.cookie },
        })
      ).statusCode,
    ).toBe(403);
    const strangerDashboard = await t.server.inject({
      url: `/backoffice/eservices/${a.definitionId}/dashboard`,
      headers: { cookie: strangerForm.cookie, accept: 'text/html' },
    });
    expect(strangerDashboard.statusCode).toBe(403);
    const strangerHome = await t.server.inject({
      url: '/backoffice',
      headers: { cookie: strangerForm.cookie },
    });
    expect(strangerHome.body).not.toContain(a.definitionId);
    // The applicant's files: the owning agency's officer may open them (and that is on the
    // record); another agency's officer may not.
    const photo = (
      (await t.eservices.loadOwn(citizen.account.id, id)).record.answers!.photo as { id: string }
    ).id;
    const strangerFile = await t.server.inject({
      url: `/applications/${id}/files/${photo}`,
      headers: { cookie: strangerForm.cookie, accept: 'text/html' },
    });
    expect(strangerFile.statusCode).toBe(403);
    expect(strangerFile.body).toContain('คำขอนี้เป็นของหน่วยงานอื่น');
    const officerFile = await t.server.inject({
      url: `/applications/${id}/files/${photo}`,
      headers: { cookie: staff.cookie },
    });
    expect(officerFile.statusCode).toBe(200);
    expect(
      (await listAudit(t.app.db, { subject: `application:${id}` })).filter(
        (x) => x.action === 'eservices.application_file_viewed',
      ),
    ).toEqual([expect.objectContaining({ actor: a.officer.account.id })]);
    expect((await t.eservices.loadOwn(citizen.account.id, id)).record.status).toBe('resubmitted');

    await post(`/backoffice/applications/${id}/act`, staff, {
      action: 'start_review',
      _token: await staffToken(staff, id, 'start_review'),
    });
    const rejectToken = await staffToken(staff, id, 'reject');
    r = await post(`/backoffice/applications/${id}/act`, staff, {
      action: 'reject',
      _token: rejectToken,
      'text.reject': '',
    });
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('กรุณาระบุเหตุผล');
    r = await post(`/backoffice/applications/${id}/act`, staff, {
      action: 'approve',
      _token: await staffToken(staff, id, 'approve'),
    });
    expect(r.statusCode).toBe(303);
    // A stale form for a move no longer possible.
    r = await post(`/backoffice/applications/${id}/act`, staff, {
      action: 'reject',
      _token: rejectToken,
      'text.reject': 'late',
    });
    expect(r.statusCode).toBe(409);

    const page = await t.server.inject({
      url: `/backoffice/applications/${id}`,
      headers: { cookie: staff.cookie },
    });
    expect(page.body).toContain('โทรยืนยันแล้ว ข้อมูลภายใน');
    expect(page.body).toContain('แนบสำเนาแล้วครับ');
    expect(await t.eservices.unreadCount(a.officer.account.id)).toBe(0);
    const final = await t.eservices.loadOwn(citizen.account.id, id);
    expect(final.record).toMatchObject({
      status: 'approved',
      outcome: 'approved',
      assigned_to: a.officer.account.id,
    });
    const letter = await t.server.inject({
      url: `/applications/${id}/result`,
      headers: { cookie: who.cookie },
    });
    expect(letter.body).toContain(
      `เรียน ${citizen.account.display_name_th} คำขอ ${final.record.tracking_no} อนุมัติแล้ว`,
    );

    // Every status change reached the inbox and the outbox (the citizen has an e-mail).
    const mails = await t.app.mailer.listMail({ to: `${citizen.citizenId}@example.test` });
    expect(mails.map((m) => m.subject).reverse()).toEqual([
      `[ประตู Pratu] คำขอ ${final.record.tracking_no}: ยื่นคำขอแล้ว / Application ${final.record.tracking_no}: Submitted`,
      expect.stringContaining('กำลังพิจารณา'),
      expect.stringContaining('ขอข้อมูลเพิ่มเติม'),
      expect.stringContaining('ส่งข้อมูลเพิ่มเติมแล้ว'),
      expect.stringContaining('กำลังพิจารณา'),
      expect.stringContaining('อนุมัติ'),
    ]);
    await t.eservices.chainCitizenEvents();
    const audit = (await listAudit(t.app.db, { subject: `application:${id}` })).map(
      (x) => x.action,
    );
    expect(audit).toEqual(
      expect.arrayContaining([
        'eservices.application_start_review',
        'eservices.application_request_info',
        'eservices.application_commented',
        'eservices.application_assigned',
        'eservices.application_viewed',
        'eservices.application_respond',
        'eservices.application_approve',
      ]),
    );

    const csv = await t.server.inject({
      url: `/backoffice/eservices/${a.definitionId}/export.csv`,
      headers: { cookie: staff.cookie },
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.charCodeAt(0)).toBe(0xfeff);
    expect(csv.body).toContain('เลขที่คำขอ,สถานะ,');
    expect(csv.body).toContain(`${final.record.tracking_no},อนุมัติ,`);
    expect(csv.body).toContain('\r\n');

    const dashboard = await t.server.inject({
      url: `/backoffice/eservices/${a.definitionId}/dashboard`,
      headers: { cookie: staff.cookie },
    });
    expect(dashboard.body).toContain('role="img"');
    expect(dashboard.body).toMatch(/รวม 1 คำขอ/);
    expect(dashboard.body).toContain('จาก 1 คำขอที่ตัดสินแล้ว');
  });
});

describe('versions, builder and transparency', () => {
  it('keeps the version an application started with when a new one is published', async () => {
    const a = await agency();
    const citizen = await newPerson(t);
    const who = await signedIn(citizen);
    const id = await fillApplication(who, a.code);
    const row = await t.eservices.requireDesigner(a.designer.account.id, a.definitionId);
    const v2 = structuredClone(row.working);
    v2.pages[0]!.fields.push({
      name: 'occupation',
      type: 'text',
      label: { th: 'อาชีพ', en: 'Occupation' },
      required: true,
    });
    await t.eservices.editWorking(a.designer.account.id, a.definitionId, () => v2, 'test');
    expect(await t.eservices.publish(a.designer.account.id, a.definitionId)).toBe(2);
    await expect(t.eservices.publish(a.designer.account.id, a.definitionId)).rejects.toThrow(
      /nothing_to_publish/,
    );
    const { response } = await submit(who, id);
    expect(response.statusCode).toBe(303);
    expect((await t.eservices.loadOwn(citizen.account.id, id)).record.version).toBe(1);
    // The citizen withdraws it; afterwards the agency can no longer act on it.
    const page = await t.server.inject({
      url: `/applications/${id}`,
      headers: { cookie: who.cookie },
    });
    const withdrawToken =
      /name="action" value="withdraw"\/><input type="hidden" name="_token" value="([^"]+)"/.exec(
        page.body,
      )![1]!;
    expect(
      (await post(`/applications/${id}/act`, who, { action: 'withdraw', _token: withdrawToken }))
        .statusCode,
    ).toBe(303);
    const withdrawn = await t.eservices.loadOwn(citizen.account.id, id);
    expect(withdrawn.record).toMatchObject({ status: 'withdrawn', outcome: 'withdrawn' });
    const staff = await signedIn(a.officer);
    const late = await post(`/backoffice/applications/${id}/act`, staff, {
      action: 'start_review',
      _token: t.eservices.formToken('act:start_review', id, a.officer.account.id),
    });
    expect(late.statusCode).toBe(409);
    expect(
      (await t.server.inject({ url: `/applications/${id}`, headers: { cookie: who.cookie } })).body,
    ).toContain('ยกเลิกโดยผู้ยื่น');
    const fresh = await start(who, a.code);
    const freshId = /\/applications\/([0-9a-f-]{36})\//.exec(fresh.headers.location as string)![1]!;
    expect((await t.eservices.loadOwn(citizen.account.id, freshId)).record.version).toBe(2);
    const p = await t.server.inject({
      url: `/applications/${freshId}/pages/about`,
      headers: { cookie: who.cookie },
    });
    expect(p.body).toContain('name="occupation"');
    // The database itself refuses to change a published version.
    await expect(
      t.app.db
        .updateTable('services.eservice_versions')
        .set({ version: 9 })
        .where('definition_id', '=', a.definitionId)
        .execute(),
    ).rejects.toThrow(/cannot be changed/);
  });

  it('lets a designer build, preview, publish, export, import and unpublish over HTTP', async () => {
    const org = await t.app.orgs.ensureOrganization({
      code: uniqueCode('office'),
      kind: 'department',
      name_th: 'สำนักงานทดสอบ',
      name_en: 'Test office',
    });
    const designer = await newPerson(t, ['service_designer'], org.id);
    const d = await signedIn(designer);
    const code = uniqueCode('pets');
    let r = await post('/builder', d, {
      title_th: 'ขึ้นทะเบียนสัตว์',
      title_en: 'Pet register',
      code: 'Bad Code',
      organization_id: org.id,
    });
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('รหัสบริการใช้อักษรอังกฤษตัวเล็ก');
    expect(r.body).toContain('value="ขึ้นทะเบียนสัตว์"');
    r = await post('/builder', d, {
      title_th: 'ขึ้นทะเบียนสัตว์',
      title_en: 'Pet register',
      code,
      organization_id: org.id,
    });
    expect(r.statusCode).toBe(303);
    const defId = /\/builder\/([0-9a-f-]{36})/.exec(r.headers.location as string)![1]!;

    // Publishing an empty form explains why it cannot.
    r = await post(`/builder/${defId}/publish`, d, {});
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('ต้องมีช่องข้อมูลอย่างน้อยหนึ่งช่อง');

    const fields: Array<Record<string, string>> = [
      { type: 'text', label_th: 'ชื่อสัตว์', label_en: 'Pet name', required: 'on' },
      {
        type: 'choice',
        label_th: 'ชนิด',
        label_en: 'Species',
        options: 'dog|สุนัข|Dog\ncat|แมว|Cat',
        required: 'on',
      },
      { type: 'date', label_th: 'วันเกิดสัตว์', label_en: 'Pet birthday' },
    ];
    for (const f of fields) {
      r = await post(`/builder/${defId}/fields`, d, { ...f, page: '0' });
      expect(r.statusCode, r.body).toBe(303);
    }
    r = await post(`/builder/${defId}/fields`, d, {
      type: 'choice',
      label_th: 'ก',
      label_en: 'x',
      options: 'one',
    });
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('ตัวเลือกต้องมีอย่างน้อย 2 บรรทัด');
    r = await post(`/builder/${defId}/fields/pet_birthday/move`, d, { direction: 'up' });
    expect(r.statusCode).toBe(303);
    r = await post(`/builder/${defId}/fields/pet_birthday`, d, {
      label_th: 'วันเกิด',
      label_en: 'Born',
      max: 'today',
      show_if_field: 'species',
      show_if_values: 'dog',
    });
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('value="วันเกิด"');
    r = await post(`/builder/${defId}/fields/species/move`, d, { direction: 'up' });
    r = await post(`/builder/${defId}/fields/pet_birthday`, d, {
      label_th: 'วันเกิด',
      label_en: 'Born',
      max: 'today',
      show_if_field: 'species',
      show_if_values: 'dog',
    });
    expect(r.statusCode).toBe(303);

    const preview = await t.server.inject({
      url: `/builder/${defId}/preview`,
      headers: { cookie: d.cookie },
    });
    expect(preview.body).toContain('แสดงเมื่อ species = dog');
    r = await post(`/builder/${defId}/publish`, d, {});
    expect(r.statusCode).toBe(303);
    expect(r.headers.location).toBe(`/builder/${defId}?published=1`);
    expect(await t.eservices.findPublishedDefinition(code)).toMatchObject({
      code,
      version: 1,
      applyUrl: `/eservices/${code}/apply`,
    });

    const exported = await t.server.inject({
      url: `/builder/${defId}/export.json`,
      headers: { cookie: d.cookie },
    });
    const json = exported.json() as EServiceDefinition;
    expect(json.pages[0]!.fields.map((f) => f.name)).toEqual([
      'pet_name',
      'species',
      'pet_birthday',
    ]);
    expect(json.pages[0]!.fields[2]!.showIf).toEqual({ field: 'species', equals: 'dog' });

    // Import: a broken file is explained; a good one replaces the working copy (not published).
    r = await post('/builder/import', d, { definition: '{"code": "x"' });
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('อ่านไฟล์ JSON ไม่ได้');
    r = await post('/builder/import', d, { definition: JSON.stringify({ ...json, slaDays: 0 }) });
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('$.slaDays');
    r = await post('/builder/import', d, { definition: JSON.stringify({ ...json, slaDays: 7 }) });
    expect(r.statusCode).toBe(303);
    expect((await t.eservices.findPublishedDefinition(code))?.slaDays).toBe(json.slaDays);
    // Not into someone else's organization.
    const elsewhere = await t.app.orgs.ensureOrganization({
      code: uniqueCode('other'),
      kind: 'department',
      name_th: 'อื่น',
      name_en: 'Other',
    });
    r = await post('/builder/import', d, {
      definition: JSON.stringify({ ...json, code: uniqueCode('x'), organization: elsewhere.code }),
    });
    expect(r.statusCode).toBe(403);

    const versions = await t.server.inject({
      url: `/builder/${defId}/versions`,
      headers: { cookie: d.cookie },
    });
    expect(versions.body).toContain(designer.account.display_name_th);

    // Another agency's designer cannot open it.
    const stranger = await signedIn(await newPerson(t, ['service_designer']));
    expect(
      (
        await t.server.inject({
          url: `/builder/${defId}`,
          headers: { cookie: stranger.cookie, accept: 'text/html' },
        })
      ).statusCode,
    ).toBe(403);
    expect((await post(`/builder/${defId}/publish`, stranger, {})).statusCode).toBe(403);

    r = await post(`/builder/${defId}/unpublish`, d, {});
    expect(r.statusCode).toBe(303);
    expect(await t.eservices.findPublishedDefinition(code)).toBeNull();
    const citizen = await signedIn(await newPerson(t));
    expect(
      (
        await t.server.inject({
          url: `/eservices/${code}/apply`,
          headers: { cookie: citizen.cookie, accept: 'text/html' },
        })
      ).statusCode,
    ).toBe(404);
    const audit = (await listAudit(t.app.db, { subject: `eservice:${defId}` })).map(
      (x) => x.action,
    );
    expect(audit).toEqual(
      expect.arrayContaining([
        'eservices.definition_created',
        'eservices.definition_edited',
        'eservices.definition_published',
        'eservices.definition_imported',
        'eservices.definition_unpublished',
      ]),
    );
  });

  it('publishes statistics to everyone and the same counters on /metrics', async () => {
    const a = await agency();
    const who = await signedIn(await newPerson(t));
    const id = await fillApplication(who, a.code);
    await submit(who, id);
    const page = await t.server.inject({ url: '/services/statistics' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('สถิติบริการออนไลน์ภาครัฐ');
    expect(page.body).toContain('หน่วยงานทดสอบ');
    expect(page.body).toContain('role="img"');
    const metrics = (await t.server.inject({ url: '/metrics' })).body;
    expect(metrics).toMatch(
      new RegExp(`pratu_eservice_applications_submitted_total\\{service="${a.code}"\\} 1`),
    );
    expect(metrics).toMatch(
      new RegExp(`pratu_eservices_online\\{organization="${a.org.code}"\\} 1`),
    );
    expect(metrics).toMatch(
      new RegExp(`pratu_eservice_applications\\{organization="${a.org.code}"\\} 1`),
    );
  });
});

describe('the same form twice at once', () => {
  it('makes one draft, one application, one tracking number and one e-mail', async () => {
    const a = await agency();
    const citizen = await citizenWithEmail(t);
    const { email } = citizen;
    const who = await signedIn(citizen);

    // A double tap on "start": both posts land on one draft.
    const startPage = await t.server.inject({
      url: `/eservices/${a.code}/apply`,
      headers: { cookie: who.cookie },
    });
    const startToken = /name="_token" value="([^"]+)"/.exec(startPage.body)![1]!;
    const starts = await Promise.all([
      post(`/eservices/${a.code}/apply`, who, { _token: startToken }),
      post(`/eservices/${a.code}/apply`, who, { _token: startToken }),
    ]);
    expect(starts.map((r) => r.statusCode)).toEqual([303, 303]);
    const drafts = await t.eservices.draftsOf(citizen.account.id, a.definitionId);
    expect(drafts).toHaveLength(1);
    for (const r of starts) expect(r.headers.location).toContain(drafts[0]!.id);

    // The check page open in two tabs, both sent at once, and the first form sent twice.
    const id = await fillApplication(who, a.code);
    const tokenOf = async () =>
      /name="_token" value="([^"]+)"/.exec(
        (
          await t.server.inject({
            url: `/applications/${id}/check`,
            headers: { cookie: who.cookie },
          })
        ).body,
      )![1]!;
    const [first, second] = [await tokenOf(), await tokenOf()];
    const sent = await Promise.all(
      [first, second, first].map((token) =>
        post(`/applications/${id}/submit`, who, { _token: token, declaration: 'on' }),
      ),
    );
    expect(sent.map((r) => r.statusCode).sort()).toEqual([303, 409, 409]);
    for (const r of sent.filter((x) => x.statusCode === 409))
      expect(r.body).toContain('แบบฟอร์มนี้ถูกส่งไปแล้ว');

    const { record } = await t.eservices.loadOwn(citizen.account.id, id);
    expect(record.tracking_no).toMatch(/^PR-\d{4}-\d{6,}$/);
    const events = await t.eservices.events(id);
    expect(events.filter((e) => e.action === 'submit')).toHaveLength(1);
    // The losers rolled back before anything was queued: one message, one e-mail.
    expect(await t.eservices.notifications(citizen.account.id)).toHaveLength(1);
    const mails = await t.app.mailer.listMail({ to: email });
    expect(mails.map((m) => m.subject)).toEqual([
      expect.stringContaining(`คำขอ ${record.tracking_no}: ยื่นคำขอแล้ว`),
    ]);
  });
});

describe('the inbox', () => {
  it('counts unread messages, marks an application’s messages read when it is opened, and all at once', async () => {
    const a = await agency();
    const citizen = await newPerson(t);
    const who = await signedIn(citizen);
    const first = await fillApplication(who, a.code);
    expect((await submit(who, first)).response.statusCode).toBe(303);
    const second = await fillApplication(who, a.code);
    expect((await submit(who, second)).response.statusCode).toBe(303);
    const staff = await signedIn(a.officer);
    for (const id of [first, second]) {
      const r = await post(`/backoffice/applications/${id}/act`, staff, {
        action: 'start_review',
        _token: await staffToken(staff, id, 'start_review'),
      });
      expect(r.statusCode).toBe(303);
    }
    expect(await t.eservices.unreadCount(citizen.account.id)).toBe(4);
    let inbox = await t.server.inject({ url: '/inbox', headers: { cookie: who.cookie } });
    expect(inbox.body).toContain('ยังไม่ได้อ่าน 4 ข้อความ');
    expect(inbox.body).toContain(`href="/applications/${first}"`);
    const mine = await t.server.inject({ url: '/applications', headers: { cookie: who.cookie } });
    expect(mine.body).toContain('ใหม่ 4 ข้อความ');

    // Reading one application clears its own messages only.
    await t.server.inject({ url: `/applications/${first}`, headers: { cookie: who.cookie } });
    expect(await t.eservices.unreadCount(citizen.account.id)).toBe(2);
    // Another citizen opening it (refused) marks nothing of anyone's.
    const other = await signedIn(await newPerson(t));
    await t.server.inject({ url: `/applications/${second}`, headers: { cookie: other.cookie } });
    expect(await t.eservices.unreadCount(citizen.account.id)).toBe(2);

    const read = await post('/inbox/read', who, {});
    expect(read.statusCode).toBe(303);
    inbox = await t.server.inject({ url: '/inbox', headers: { cookie: who.cookie } });
    expect(inbox.body).toContain('ยังไม่ได้อ่าน 0 ข้อความ');
    expect(inbox.body).not.toContain('class="tag"> ใหม่');
    expect(inbox.body).toContain('กำลังพิจารณา');
  });
});

describe('service-level warnings', () => {
  it('warns officers as the target nears and once it has passed, and filters the overdue', async () => {
    const a = await agency();
    const who = await signedIn(await newPerson(t));
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const id = await fillApplication(who, a.code);
      expect((await submit(who, id)).response.statusCode).toBe(303);
      ids.push(id);
    }
    const [fresh, near, late] = ids as [string, string, string];
    // Time passes: the service's target is 10 days; one was sent 9 days ago, one 12 days ago.
    const backdate = (id: string, days: number) => {
      const at = new Date(Date.now() - days * 86_400_000);
      return t.app.db
        .updateTable('services.application_records')
        .set({ submitted_at: at, due_at: new Date(at.getTime() + 10 * 86_400_000) })
        .where('id', '=', id)
        .execute();
    };
    await backdate(near, 9);
    await backdate(late, 12);
    const staff = await signedIn(a.officer);

    const home = await t.server.inject({ url: '/backoffice', headers: { cookie: staff.cookie } });
    const row = home.body.split(`/backoffice/eservices/${a.definitionId}`)[1]!.split('</tr>')[0]!;
    // Open 3, overdue 1, due soon 1, total 3.
    expect(row.match(/>(\d+)</g)).toEqual(['>3<', '>1<', '>1<', '>3<']);
    expect(home.body).toContain('ใกล้ครบกำหนด');

    const queue = await t.server.inject({
      url: `/backoffice/eservices/${a.definitionId}?status=open`,
      headers: { cookie: staff.cookie },
    });
    const line = (id: string) =>
      queue.body.split(`/backoffice/applications/${id}`)[1]!.split('</tr>')[0]!;
    expect(line(fresh)).toContain('เหลือ 10 วัน');
    expect(line(near)).toContain('ใกล้ครบกำหนด (เหลือ 1 วัน)');
    expect(line(late)).toContain('เกินกำหนด 2 วัน');

    const overdue = await t.server.inject({
      url: `/backoffice/eservices/${a.definitionId}?overdue=yes`,
      headers: { cookie: staff.cookie },
    });
    expect(overdue.body).toContain(`/backoffice/applications/${late}`);
    expect(overdue.body).not.toContain(`/backoffice/applications/${near}`);
    expect(overdue.body).not.toContain(`/backoffice/applications/${fresh}`);

    const page = await t.server.inject({
      url: `/backoffice/applications/${late}`,
      headers: { cookie: staff.cookie },
    });
    expect(page.body).toContain('เกินกำหนดพิจารณา 10 วันแล้ว');
    const english = await t.server.inject({
      url: `/backoffice/applications/${near}`,
      headers: { cookie: `${staff.cookie}; lang=en` },
    });
    expect(english.body).toContain('Due soon: 1 day left');
  });
});

describe('CSV export', () => {
  it('defuses spreadsheet formulas that applicants type, and keeps Thai text and Bangkok times', async () => {
    const a = await agency();
    const who = await signedIn(await newPerson(t));
    const attack = `=cmd|' /C calc'!A0`;
    const id = await fillApplication(who, a.code, '15/06/2530', {
      fullName: attack,
      member: '@SUM(1+1)*cmd|"/C calc"!A0',
    });
    expect((await submit(who, id)).response.statusCode).toBe(303);
    const staff = await signedIn(a.officer);
    const csv = await t.server.inject({
      url: `/backoffice/eservices/${a.definitionId}/export.csv`,
      headers: { cookie: staff.cookie },
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename=".+\.csv"$/);
    const lines = csv.body.slice(1).split('\r\n');
    expect(lines[0]).toContain('ยื่นเมื่อ (เวลาประเทศไทย)');
    const row = lines[1]!;
    // The formula is text to the spreadsheet: an apostrophe first, and never a bare = cell.
    expect(row).toContain(`,'=cmd|' /C calc'!A0,`);
    expect(row).not.toMatch(/(^|,)"?[=+@-]/);
    expect(row).toContain('บางกระสอ');
    const { record } = await t.eservices.loadForStaff(a.officer.account.id, id);
    const bangkok = new Date(record.submitted_at!.getTime() + 7 * 3_600_000)
      .toISOString()
      .slice(0, 16)
      .replace('T', ' ');
    expect(row).toContain(`,${bangkok},`);
    // Every line has the header's number of cells, whatever the answers held.
    const cells = (line: string) =>
      line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.filter((c) => c !== '').length;
    expect(cells(row)).toBe(cells(lines[0]!));
  });
});

describe('transparency', () => {
  it('shows decisions per agency and the median time to decide, on the page and on /metrics', async () => {
    const a = await agency();
    const who = await signedIn(await newPerson(t));
    const staff = await signedIn(a.officer);
    for (const [days, action] of [
      [2, 'approve'],
      [4, 'approve'],
      [9, 'reject'],
    ] as const) {
      const id = await fillApplication(who, a.code);
      expect((await submit(who, id)).response.statusCode).toBe(303);
      await post(`/backoffice/applications/${id}/act`, staff, {
        action: 'start_review',
        _token: await staffToken(staff, id, 'start_review'),
      });
      const r = await post(`/backoffice/applications/${id}/act`, staff, {
        action,
        _token: await staffToken(staff, id, action),
        'text.reject': 'เอกสารไม่ครบ',
      });
      expect(r.statusCode).toBe(303);
      // As if sent `days` days before the decision.
      const decided = (await t.eservices.loadForStaff(a.officer.account.id, id)).record.decided_at!;
      await t.app.db
        .updateTable('services.application_records')
        .set({ submitted_at: new Date(decided.getTime() - days * 86_400_000) })
        .where('id', '=', id)
        .execute();
    }
    // One still open, which counts as an application but not a decision.
    const open = await fillApplication(who, a.code);
    await submit(who, open);

    // The page and /metrics read one snapshot of at most 5 seconds (a flood of visits or scrapes
    // costs one set of queries); an earlier test's visit may still be that fresh.
    await new Promise((r) => setTimeout(r, 5100));
    const page = await t.server.inject({ url: '/services/statistics' });
    const agencyRow = page.body.split('หน่วยงานทดสอบ').find((part) => part.includes('4.0 วัน'));
    expect(agencyRow, 'a row with this agency’s median of 4 days').toBeDefined();
    const english = await t.server.inject({
      url: '/services/statistics',
      headers: { cookie: 'lang=en' },
    });
    expect(english.body).toContain('Median time to decision');
    expect(english.body).toContain('4.0 days');
    expect(english.body).toContain('<svg');

    const metrics = (await t.server.inject({ url: '/metrics' })).body;
    const org = a.org.code;
    expect(metrics).toMatch(new RegExp(`pratu_eservice_applications\\{organization="${org}"\\} 4`));
    expect(metrics).toMatch(
      new RegExp(`pratu_eservice_median_decision_days\\{organization="${org}"\\} 4(\\.0+)?\\n`),
    );
    expect(metrics).toMatch(
      new RegExp(`pratu_eservice_decisions_total\\{service="${a.code}",outcome="approved"\\} 2`),
    );
    expect(metrics).toMatch(
      new RegExp(`pratu_eservice_decisions_total\\{service="${a.code}",outcome="rejected"\\} 1`),
    );
  });
});

describe('builder edits from a stale page', () => {
  it('refuses a double click and a colleague’s older page, losing no edit', async () => {
    const a = await agency();
    const second = await newPerson(t, ['service_designer'], a.org.id);
    const d1 = await signedIn(a.designer);
    const d2 = await signedIn(second);
    const revOf = async (who: { cookie: string }) => {
      const page = await t.server.inject({
        url: `/builder/${a.definitionId}`,
        headers: { cookie: who.cookie },
      });
      return /name="_rev" value="([^"]+)"/.exec(page.body)![1]!;
    };
    const fieldCount = async () =>
      (
        await t.eservices.requireDesigner(a.designer.account.id, a.definitionId)
      ).working.pages.flatMap((p) => p.fields).length;
    const before = await fieldCount();

    // "Add field" pressed twice: one field, and the second post says why nothing happened.
    const rev = await revOf(d1);
    const add = {
      _rev: rev,
      type: 'text',
      label_th: 'อาชีพ',
      label_en: 'Occupation',
      page: '0',
    };
    expect((await post(`/builder/${a.definitionId}/fields`, d1, add)).statusCode).toBe(303);
    const again = await post(`/builder/${a.definitionId}/fields`, d1, add);
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('บริการนี้ถูกแก้ไขไปแล้วหลังจากที่คุณเปิดหน้านี้');
    expect(await fieldCount()).toBe(before + 1);

    // Two designers on the same page: the one who saves second is told, and the first edit stays.
    const [seen1, seen2] = [await revOf(d1), await revOf(d2)];
    expect(seen1).toBe(seen2);
    expect(
      (await post(`/builder/${a.definitionId}/fields/occupation/remove`, d2, { _rev: seen2 }))
        .statusCode,
    ).toBe(303);
    const stale = await post(`/builder/${a.definitionId}/fields/occupation/move`, d1, {
      _rev: seen1,
      direction: 'up',
    });
    expect(stale.statusCode).toBe(409);
    expect(await fieldCount()).toBe(before);
    const editPage = await t.server.inject({
      url: `/builder/${a.definitionId}/fields/phone`,
      headers: { cookie: d1.cookie },
    });
    const fieldRev = /name="_rev" value="([^"]+)"/.exec(editPage.body)![1]!;
    await post(`/builder/${a.definitionId}/pages`, d2, {
      _rev: await revOf(d2),
      page_title_th: 'หน้าใหม่',
      page_title_en: 'New page',
    });
    const late = await post(`/builder/${a.definitionId}/fields/phone`, d1, {
      _rev: fieldRev,
      label_th: 'โทรศัพท์มือถือ',
      label_en: 'Mobile',
    });
    expect(late.statusCode).toBe(409);
    const working = (await t.eservices.requireDesigner(a.designer.account.id, a.definitionId))
      .working;
    expect(working.pages.map((p) => p.title.en)).toContain('New page');
    expect(working.pages[0]!.fields.find((f) => f.name === 'phone')!.label.en).toBe('Phone');
  });
});
