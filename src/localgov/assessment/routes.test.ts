import { randomInt, randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getForm, newPerson, startTestApp, type TestApp } from '../../../test/support/app.ts';
import { listAudit } from '../../platform/audit.ts';
import { firstTemplate, fiscalYearOf, questionsFor } from '../assessment-template.ts';
import { generateLocalAdministrations } from '../directory-data.ts';
import type { SelfAssessment } from './index.ts';
import { administrationOrgId, ensureAdministrations } from './testing.ts';

/**
 * The self-assessment over HTTP, as a browser without JavaScript uses it (forms, CSRF tokens,
 * multipart uploads), on PGlite or on the PostgreSQL of DATABASE_URL.
 */

const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');

function multipart(
  fields: Array<[string, string]>,
  files: Array<[string, string, string, Buffer]>,
) {
  const boundary = `----pratu${randomUUID().replaceAll('-', '')}`;
  const parts: Buffer[] = [];
  for (const [name, value] of fields) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      ),
    );
  }
  for (const [name, filename, type, content] of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`,
      ),
      content,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

describe('fiscal-discipline self-assessment over HTTP', () => {
  let t: TestApp & { assessment: SelfAssessment };
  const all = generateLocalAdministrations().filter((a) => a.type === 'sao');
  // A different administration on every run, so runs on a shared PostgreSQL do not meet.
  const home = all[randomInt(all.length)]!;
  const other = all.find((a) => a.code !== home.code && a.provinceCode !== home.provinceCode)!;
  let officer: Awaited<ReturnType<typeof newPerson>>;
  let executive: Awaited<ReturnType<typeof newPerson>>;
  let otherOfficer: Awaited<ReturnType<typeof newPerson>>;
  let auditor: Awaited<ReturnType<typeof newPerson>>;
  let supervisor: Awaited<ReturnType<typeof newPerson>>;
  let editor: Awaited<ReturnType<typeof newPerson>>;
  const year = fiscalYearOf(new Date()) - 4;

  beforeAll(async () => {
    const started = await startTestApp();
    t = { ...started, assessment: started.app.localgov.assessment };
    await ensureAdministrations(t.app, [home.code, other.code]);
    const homeOrg = await administrationOrgId(t.app, home.code);
    const otherOrg = await administrationOrgId(t.app, other.code);
    const oag = await t.app.orgs.ensureOrganization({
      code: 'oag',
      kind: 'independent_agency',
      name_th: 'สำนักงานการตรวจเงินแผ่นดิน',
      name_en: 'Office of the Auditor General',
    });
    const dla = await t.app.orgs.ensureOrganization({
      code: 'dla',
      kind: 'department',
      name_th: 'กรมส่งเสริมการปกครองท้องถิ่น',
      name_en: 'Department of Local Administration',
    });
    officer = await newPerson(t, ['localgov_officer'], homeOrg);
    executive = await newPerson(t, ['localgov_executive'], homeOrg);
    otherOfficer = await newPerson(t, ['localgov_officer', 'localgov_executive'], otherOrg);
    auditor = await newPerson(t, ['auditor'], oag.id);
    supervisor = await newPerson(t, ['supervisor'], dla.id);
    editor = await newPerson(t, ['audit_template_editor'], oag.id);
    await t.assessment.ensureFirstTemplate();
  });
  afterAll(() => t?.stop());

  async function postForm(
    url: string,
    cookie: string,
    page: string,
    fields: Record<string, string>,
  ) {
    let form = await getForm(t, page, cookie);
    // A page without a form (e.g. a summary the viewer may not act on) has no token; the
    // sign-out page always has one, and any token of the session's CSRF secret is accepted.
    if (!form.csrf) form = await getForm(t, '/sign-out', cookie);
    return t.server.inject({
      method: 'POST',
      url,
      headers: { cookie: form.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: form.csrf, ...fields }).toString(),
    });
  }

  async function postPage(
    id: string,
    framework: string,
    cookie: string,
    fields: Array<[string, string]>,
    files: Array<[string, string, string, Buffer]> = [],
  ) {
    let form = await getForm(t, `/localgov/assessments/${id}/${framework}`, cookie);
    if (!form.csrf) form = await getForm(t, '/sign-out', cookie);
    const body = multipart([['_csrf', form.csrf], ...fields], files);
    return t.server.inject({
      method: 'POST',
      url: `/localgov/assessments/${id}/${framework}`,
      headers: { cookie: form.cookie, 'content-type': body.contentType },
      payload: body.payload,
    });
  }

  async function createDraft(
    cookie: string,
    projectType = 'festival',
    name = `โครงการทดสอบ ${randomUUID().slice(0, 8)}`,
  ) {
    const res = await postForm('/localgov/assessments', cookie, '/localgov/assessments/new', {
      administration: home.code,
      fiscal_year: String(year),
      project_type: projectType,
      project_name: name,
      project_budget: '1,250,000.50',
    });
    expect(res.statusCode).toBe(303);
    const id = /\/localgov\/assessments\/([0-9a-f-]{36})\//.exec(
      res.headers.location as string,
    )?.[1];
    expect(id).toBeTruthy();
    return id as string;
  }

  const record = (id: string) =>
    t.app.db
      .selectFrom('localgov.assessment_records')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow() as Promise<
      Record<string, unknown> & { answers: Record<string, string> }
    >;

  async function answerAll(
    id: string,
    projectType: 'festival' | 'sports' | 'subsidy',
    cookie: string,
    wrong: string[] = [],
  ) {
    for (const framework of firstTemplate.frameworks) {
      const questions = questionsFor(firstTemplate, projectType, framework.id);
      const fields = questions.map((q): [string, string] => [
        `answer_${q.id}`,
        wrong.includes(q.id) ? (q.expected === 'yes' ? 'no' : 'yes') : q.expected,
      ]);
      const res = await postPage(id, framework.id, cookie, [...fields, ['action', 'next']]);
      expect(res.statusCode).toBe(303);
    }
  }

  it('lets an officer start a draft, and refuses bad input changing nothing', async () => {
    const list = await t.server.inject({
      url: '/localgov/assessments',
      headers: { cookie: officer.cookie },
    });
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(home.nameTh);

    const before = await t.app.db
      .selectFrom('localgov.assessment_records')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('administration_code', '=', home.code)
      .executeTakeFirstOrThrow();
    const bad = await postForm(
      '/localgov/assessments',
      officer.cookie,
      '/localgov/assessments/new',
      {
        administration: other.code,
        fiscal_year: '2400',
        project_type: 'festival',
        project_name: 'ลอยกระทง',
        project_budget: '-100',
      },
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('กรุณาเลือก อปท. ที่คุณเป็นเจ้าหน้าที่');
    expect(bad.body).toContain('กรุณาเลือกปีงบประมาณจากรายการ');
    expect(bad.body).toContain('งบประมาณต้องเป็นจำนวนเงินบาท');
    expect(bad.body).toContain('value="ลอยกระทง"');
    const after = await t.app.db
      .selectFrom('localgov.assessment_records')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('administration_code', '=', home.code)
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);

    const id = await createDraft(officer.cookie);
    const row = await record(id);
    expect(row).toMatchObject({
      status: 'draft',
      administration_code: home.code,
      administration_type: 'sao',
      province_code: home.provinceCode,
      fiscal_year: year,
      project_budget: '1250000.50',
    });
    const page = await t.server.inject({
      url: `/localgov/assessments/${id}/authority`,
      headers: { cookie: officer.cookie },
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('หมวด 1 อำนาจหน้าที่ตามกฎหมาย');
    expect(page.body).toContain('enctype="multipart/form-data"');
    expect(page.body).toContain('ไม่เกี่ยวข้อง');
  });

  it('saves answers and evidence page by page; bad answers or files change nothing', async () => {
    const id = await createDraft(officer.cookie, 'sports');
    const [q1, q2] = questionsFor(firstTemplate, 'sports', 'authority');
    const ok = await postPage(
      id,
      'authority',
      officer.cookie,
      [
        [`answer_${q1!.id}`, 'yes'],
        [`answer_${q2!.id}`, 'na'],
        ['action', 'save'],
      ],
      [[`evidence_${q1!.id}`, 'อนุมัติโครงการ.pdf', 'application/pdf', pdf]],
    );
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe(`/localgov/assessments/${id}/authority?done=saved`);
    expect((await record(id)).answers).toEqual({ [q1!.id]: 'yes', [q2!.id]: 'na' });
    const evidence = await t.assessment.listEvidence(id);
    expect(evidence.map((e) => [e.question_id, e.file_name, e.content_type])).toEqual([
      [q1!.id, 'อนุมัติโครงการ.pdf', 'application/pdf'],
    ]);
    const download = await t.server.inject({
      url: `/localgov/assessments/${id}/evidence/${evidence[0]!.id}`,
      headers: { cookie: officer.cookie },
    });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toContain('application/pdf');
    expect(download.rawPayload.equals(pdf)).toBe(true);

    const wrongValue = await postPage(id, 'authority', officer.cookie, [
      [`answer_${q1!.id}`, 'no'],
      [`answer_${q2!.id}`, 'probably'],
    ]);
    expect(wrongValue.statusCode).toBe(400);
    expect(wrongValue.body).toContain('คำตอบของข้อ 1.2 ต้องเป็น &quot;ใช่&quot;');

    const wrongFile = await postPage(
      id,
      'authority',
      officer.cookie,
      [[`answer_${q1!.id}`, 'no']],
      [
        [
          `evidence_${q1!.id}`,
          'invoice.pdf',
          'application/pdf',
          Buffer.from('<script>alert(1)</script>'),
        ],
      ],
    );
    expect(wrongFile.statusCode).toBe(400);
    expect(wrongFile.body).toContain('ไม่ตรงกับชนิดไฟล์ที่ระบุ');
    expect(wrongFile.body).toContain('ไฟล์ที่เลือกไว้ยังไม่ถูกบันทึก');

    const tooBig = await postPage(
      id,
      'authority',
      officer.cookie,
      [[`answer_${q1!.id}`, 'no']],
      [
        [
          `evidence_${q1!.id}`,
          'scan.pdf',
          'application/pdf',
          Buffer.concat([pdf, Buffer.alloc(6 * 1024 * 1024)]),
        ],
      ],
    );
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.body).toContain('มีขนาดเกิน 5 MB');

    const otherPage = await postPage(id, 'authority', officer.cookie, [
      ['answer_festival.budget.1', 'yes'],
    ]);
    expect(otherPage.statusCode).toBe(400);

    expect((await record(id)).answers).toEqual({ [q1!.id]: 'yes', [q2!.id]: 'na' });
    expect(await t.assessment.listEvidence(id)).toHaveLength(1);

    const removeForm = await getForm(
      t,
      `/localgov/assessments/${id}/evidence/${evidence[0]!.id}/remove`,
      officer.cookie,
    );
    const removed = await t.server.inject({
      method: 'POST',
      url: `/localgov/assessments/${id}/evidence/${evidence[0]!.id}/remove`,
      headers: { cookie: removeForm.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: `_csrf=${encodeURIComponent(removeForm.csrf)}`,
    });
    expect(removed.statusCode).toBe(303);
    expect(await t.assessment.listEvidence(id)).toHaveLength(0);
  });

  it('shows another administration’s officer nothing and lets them change nothing', async () => {
    const id = await createDraft(officer.cookie, 'festival', 'โครงการลับเฉพาะ');
    const page = await t.server.inject({
      url: `/localgov/assessments/${id}`,
      headers: { cookie: otherOfficer.cookie },
    });
    expect(page.statusCode).toBe(403);
    expect(page.body).not.toContain('โครงการลับเฉพาะ');
    expect(page.body).toContain('คุณไม่มีสิทธิ์เปิดแบบประเมินนี้');
    const json = await t.server.inject({
      url: `/localgov/assessments/${id}/authority`,
      headers: { cookie: otherOfficer.cookie, accept: 'application/json' },
    });
    expect(json.statusCode).toBe(403);
    expect(json.json().error.code).toBe('assessment.forbidden');

    const [q] = questionsFor(firstTemplate, 'festival', 'authority');
    const form = await getForm(t, '/localgov/assessments', otherOfficer.cookie);
    const body = multipart(
      [
        ['_csrf', form.csrf],
        [`answer_${q!.id}`, 'no'],
      ],
      [],
    );
    const write = await t.server.inject({
      method: 'POST',
      url: `/localgov/assessments/${id}/authority`,
      headers: { cookie: form.cookie, 'content-type': body.contentType },
      payload: body.payload,
    });
    expect(write.statusCode).toBe(403);
    expect((await record(id)).answers).toEqual({});
    const submit = await postForm(
      `/localgov/assessments/${id}/submit`,
      otherOfficer.cookie,
      '/localgov/assessments',
      {
        certify: 'on',
      },
    );
    expect(submit.statusCode).toBe(403);
    expect((await record(id)).status).toBe('draft');

    const auditorDraft = await t.server.inject({
      url: `/localgov/assessments/${id}`,
      headers: { cookie: auditor.cookie },
    });
    expect(auditorDraft.statusCode).toBe(403);
    const unknown = await t.server.inject({
      url: `/localgov/assessments/${randomUUID()}`,
      headers: { cookie: officer.cookie },
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('is signed off and submitted by an executive only when complete, then locked', async () => {
    const id = await createDraft(officer.cookie, 'festival');
    const wrong = ['festival.authority.1', 'festival.budget.2'];

    // Incomplete: the executive sees why and nothing is submitted.
    const early = await postForm(
      `/localgov/assessments/${id}/submit`,
      executive.cookie,
      `/localgov/assessments/${id}`,
      {
        certify: 'on',
      },
    );
    expect(early.statusCode).toBe(400);
    expect(early.body).toContain('ยังตอบคำถามไม่ครบ');

    await answerAll(id, 'festival', officer.cookie, wrong);
    const notExecutive = await postForm(
      `/localgov/assessments/${id}/submit`,
      officer.cookie,
      `/localgov/assessments/${id}`,
      {
        certify: 'on',
      },
    );
    expect(notExecutive.statusCode).toBe(403);
    expect(notExecutive.body).toContain('เฉพาะผู้บริหารของ อปท. นี้');

    const noCertify = await postForm(
      `/localgov/assessments/${id}/submit`,
      executive.cookie,
      `/localgov/assessments/${id}`,
      {},
    );
    expect(noCertify.statusCode).toBe(400);
    expect(noCertify.body).toContain('กรุณายืนยันว่าได้ตรวจสอบคำตอบและหลักฐานแล้ว');
    expect((await record(id)).status).toBe('draft');

    const totalsBefore = await t.assessment.dashboard(
      { fiscalYear: year, provinceCode: home.provinceCode },
      'th',
    );
    const done = await postForm(
      `/localgov/assessments/${id}/submit`,
      executive.cookie,
      `/localgov/assessments/${id}`,
      {
        certify: 'on',
      },
    );
    expect(done.statusCode).toBe(303);
    const row = await record(id);
    expect(row).toMatchObject({
      status: 'submitted',
      signed_off_by: executive.account.id,
      level: expect.any(String),
    });
    expect(Number(row.overall_score)).toBeGreaterThan(0);
    expect(Number(row.overall_score)).toBeLessThan(100);
    expect(row.findings_count).toBe(2);

    const totalsAfter = await t.assessment.dashboard(
      { fiscalYear: year, provinceCode: home.provinceCode },
      'th',
    );
    expect(totalsAfter.total.assessments).toBe(totalsBefore.total.assessments + 1);
    const audit = await listAudit(t.app.db, { subject: `assessment:${id}` });
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'localgov.assessment_signed_off',
        'localgov.assessment_submitted',
        'localgov.assessment_created',
      ]),
    );

    const page = await t.server.inject({
      url: `/localgov/assessments/${id}`,
      headers: { cookie: officer.cookie },
    });
    expect(page.body).toContain('ลงนามและยื่นแล้ว');
    expect(page.body).toContain('ข้อเสนอแนะ');
    expect(page.body).toContain('ระเบียบกระทรวงมหาดไทย');

    // Locked: edits are refused with a clear message and nothing changes.
    const answersBefore = row.answers;
    const edit = await postPage(id, 'authority', officer.cookie, [
      ['answer_festival.authority.1', 'yes'],
    ]);
    expect(edit.statusCode).toBe(409);
    expect(edit.body).toContain('ถูกล็อกและแก้ไขไม่ได้');
    const again = await postForm(
      `/localgov/assessments/${id}/submit`,
      executive.cookie,
      `/localgov/assessments/${id}`,
      {
        certify: 'on',
      },
    );
    expect(again.statusCode).toBe(409);
    expect((await record(id)).answers).toEqual(answersBefore);
    await expect(
      sql`update localgov.assessment_records set project_name = 'changed' where id = ${id}`.execute(
        t.app.db,
      ),
    ).rejects.toThrow(/submitted assessment cannot be changed/);
    await expect(
      t.assessment.saveAnswers(
        {
          accountId: officer.account.id,
          name: 'x',
          memberOf: new Set([home.code]),
          administrationNames: new Map(),
          executiveOf: new Set(),
          dashboards: false,
          templateEditor: false,
        },
        id,
        'authority',
        { 'festival.authority.1': 'yes' },
        [],
      ),
    ).rejects.toMatchObject({ code: 'assessment.locked', status: 409 });

    // Auditors and supervisors find it; the drill-down lists it.
    for (const viewer of [auditor, supervisor]) {
      const view = await t.server.inject({
        url: `/localgov/assessments/${id}`,
        headers: { cookie: viewer.cookie },
      });
      expect(view.statusCode).toBe(200);
    }
    const drill = await t.server.inject({
      url: `/localgov/dashboard/administrations/${home.code}`,
      headers: { cookie: auditor.cookie },
    });
    expect(drill.statusCode).toBe(200);
    expect(drill.body).toContain(`/localgov/assessments/${id}`);
  });

  it('needs a second executive when the signer saved the answers (four eyes)', async () => {
    const id = await createDraft(executive.cookie, 'subsidy');
    await answerAll(id, 'subsidy', executive.cookie);
    const res = await postForm(
      `/localgov/assessments/${id}/submit`,
      executive.cookie,
      `/localgov/assessments/${id}`,
      {
        certify: 'on',
      },
    );
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain('ผู้ลงนามรับรองต้องไม่ใช่ผู้จัดทำแบบประเมิน');
    expect((await record(id)).status).toBe('draft');
  });

  it('compares next year’s assessment with last year’s: improved and regressed', async () => {
    const name = `โครงการแข่งขันกีฬา ${randomUUID().slice(0, 6)}`;
    const last = await createDraft(officer.cookie, 'sports', name);
    await answerAll(last, 'sports', officer.cookie, ['sports.budget.1']);
    await postForm(
      `/localgov/assessments/${last}/submit`,
      executive.cookie,
      `/localgov/assessments/${last}`,
      { certify: 'on' },
    );
    const res = await postForm(
      '/localgov/assessments',
      officer.cookie,
      '/localgov/assessments/new',
      {
        administration: home.code,
        fiscal_year: String(year + 1),
        project_type: 'sports',
        project_name: name,
        project_budget: '90000',
      },
    );
    const next = /assessments\/([0-9a-f-]{36})\//.exec(
      res.headers.location as string,
    )?.[1] as string;
    await answerAll(next, 'sports', officer.cookie, ['sports.implementation.1']);
    const page = await t.server.inject({
      url: `/localgov/assessments/${next}`,
      headers: { cookie: officer.cookie },
    });
    expect(page.body).toContain(`เปรียบเทียบกับปีงบประมาณ พ.ศ. ${year}`);
    const improved = page.body.slice(page.body.indexOf('ข้อที่ดีขึ้น'), page.body.indexOf('ข้อที่ถดถอย'));
    expect(improved).toContain('(1)');
    expect(improved).toContain(
      questionsFor(firstTemplate, 'sports', 'budget')[0]!.text.th.slice(0, 30),
    );
    const regressed = page.body.slice(page.body.indexOf('ข้อที่ถดถอย'));
    expect(regressed).toContain(
      questionsFor(firstTemplate, 'sports', 'implementation')[0]!.text.th.slice(0, 30),
    );
  });

  it('shows auditors and supervisors dashboards with accessible charts, and nobody else', async () => {
    for (const viewer of [officer, otherOfficer]) {
      const res = await t.server.inject({
        url: '/localgov/dashboard',
        headers: { cookie: viewer.cookie },
      });
      expect(res.statusCode).toBe(403);
    }
    const anonymous = await t.server.inject({
      url: '/localgov/dashboard',
      headers: { accept: 'text/html' },
    });
    expect([302, 303, 401]).toContain(anonymous.statusCode);

    const res = await t.server.inject({
      url: `/localgov/dashboard?year=${year}`,
      headers: { cookie: supervisor.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(
      /<svg[^>]*role="img"[^>]*aria-labelledby="by-region-title by-region-desc"/,
    );
    expect(res.body).toContain('<title id="by-region-title">');
    expect(res.body).toContain('<desc id="by-region-desc">');
    expect(res.body).toContain('ตาราง: คะแนนเฉลี่ยตามจังหวัด');
    expect(res.body).not.toMatch(/style="/);

    const province = await t.server.inject({
      url: `/localgov/dashboard/provinces/${home.provinceCode}?year=${year}`,
      headers: { cookie: auditor.cookie },
    });
    expect(province.statusCode).toBe(200);
    expect(province.body).toContain(home.nameTh);
    expect(province.body).toContain('ข้อที่ไม่ผ่านบ่อยที่สุด');

    const search = await t.server.inject({
      url: `/localgov/dashboard/administrations?q=${encodeURIComponent(home.code)}`,
      headers: { cookie: auditor.cookie },
    });
    expect(search.body).toContain(`/localgov/dashboard/administrations/${home.code}`);

    const bad = await t.server.inject({
      url: '/localgov/dashboard?region=atlantis',
      headers: { cookie: auditor.cookie },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('ตัวกรองไม่ถูกต้อง');

    const api = await t.server.inject({
      url: `/api/localgov/assessment-dashboard?year=${year}&province=${home.provinceCode}`,
      headers: { cookie: auditor.cookie },
    });
    expect(api.statusCode).toBe(200);
    expect(api.json().total.assessments).toBeGreaterThanOrEqual(2);
  });

  it('exports the dashboard to Excel and PDF', async () => {
    const xlsx = await t.server.inject({
      url: `/localgov/dashboard/export.xlsx?year=${year}&province=${home.provinceCode}`,
      headers: { cookie: auditor.cookie },
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'สรุป',
      'ภาค',
      'จังหวัด',
      'ประเภท อปท.',
      'ประเภทโครงการ',
      'รายปี',
      'อปท.',
    ]);
    const list = workbook.getWorksheet('อปท.')!;
    const codes = list.getColumn(1).values.slice(2);
    expect(codes).toContain(home.code);
    const provinceSheet = workbook.getWorksheet('จังหวัด')!;
    expect(typeof provinceSheet.getRow(2).getCell(2).value).toBe('number');

    const pdfRes = await t.server.inject({
      url: `/localgov/dashboard/export.pdf?year=${year}`,
      headers: { cookie: auditor.cookie },
    });
    expect(pdfRes.statusCode).toBe(200);
    expect(pdfRes.headers['content-type']).toBe('application/pdf');
    const doc = await PDFDocument.load(pdfRes.rawPayload);
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(2);
    expect(doc.getTitle()).toContain('วินัยการเงินการคลัง');
    expect(pdfRes.rawPayload.length).toBeLessThan(400_000);
  });

  it('lets template editors version, edit and publish templates; assessments keep theirs', async () => {
    const started = await createDraft(officer.cookie, 'festival');
    const startedTemplate = (await record(started)).template_id;

    const nobody = await t.server.inject({
      url: '/localgov/assessment-templates',
      headers: { cookie: auditor.cookie },
    });
    expect(nobody.statusCode).toBe(403);

    const list = await t.server.inject({
      url: '/localgov/assessment-templates',
      headers: { cookie: editor.cookie },
    });
    expect(list.statusCode).toBe(200);
    const first = await t.assessment.ensureFirstTemplate();
    const draftYear = fiscalYearOf(new Date()) + 1;
    const created = await postForm(
      '/localgov/assessment-templates/versions',
      editor.cookie,
      '/localgov/assessment-templates',
      {
        source: first.id,
        fiscal_year: String(draftYear),
      },
    );
    expect(created.statusCode).toBe(303);
    const draftId = /templates\/([0-9a-f-]{36})/.exec(
      created.headers.location as string,
    )?.[1] as string;
    const draftBefore = await t.assessment.templateRow(draftId);
    expect(draftBefore).toMatchObject({ status: 'draft', fiscal_year: draftYear });

    const invalid = await postForm(
      `/localgov/assessment-templates/${draftId}/questions`,
      editor.cookie,
      `/localgov/assessment-templates/${draftId}/questions/new`,
      { project_type: 'festival', framework: 'budget', text_th: '', weight: '7', expected: 'yes' },
    );
    expect(invalid.statusCode).toBe(400);
    expect(invalid.body).toContain('กรุณากรอกข้อความคำถามภาษาไทย');
    expect((await t.assessment.templateRow(draftId)).definition).toEqual(draftBefore.definition);

    const added = await postForm(
      `/localgov/assessment-templates/${draftId}/questions`,
      editor.cookie,
      `/localgov/assessment-templates/${draftId}/questions/new`,
      {
        project_type: 'festival',
        framework: 'budget',
        text_th: 'ได้เปิดเผยงบประมาณโครงการให้ประชาชนทราบ ใช่หรือไม่',
        text_en: 'Was the project budget disclosed to residents?',
        guidance_th: 'ประกาศงบประมาณ',
        recommendation_th: 'ให้เปิดเผยงบประมาณ',
        weight: '1',
        expected: 'yes',
        reference: 'budget_reg_2563',
      },
    );
    expect(added.statusCode).toBe(303);
    const afterAdd = await t.assessment.templateRow(draftId);
    const newQuestion = afterAdd.definition.questions.at(-1)!;
    // Above every number any version ever used (on a shared database, earlier runs' too).
    const used = (await t.assessment.listTemplates()).length;
    expect(used).toBeGreaterThan(1);
    expect(newQuestion.id).toMatch(/^festival\.budget\.(\d+)$/);
    expect(Number(newQuestion.id.split('.')[2])).toBeGreaterThan(4);
    expect(draftBefore.definition.questions.some((q) => q.id === newQuestion.id)).toBe(false);

    // Removing every question of a framework is refused by validateTemplate; nothing changes.
    const cell = afterAdd.definition.questions.filter(
      (q) => q.projectType === 'subsidy' && q.framework === 'budget',
    );
    for (const q of cell.slice(1)) {
      const r = await postForm(
        `/localgov/assessment-templates/${draftId}/questions/${q.id}/remove`,
        editor.cookie,
        `/localgov/assessment-templates/${draftId}/questions/${q.id}/remove`,
        {},
      );
      expect(r.statusCode).toBe(303);
    }
    const lastOne = cell[0]!;
    const refused = await postForm(
      `/localgov/assessment-templates/${draftId}/questions/${lastOne.id}/remove`,
      editor.cookie,
      `/localgov/assessment-templates/${draftId}/questions/${lastOne.id}/remove`,
      {},
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('ยังไม่บันทึก');
    expect(
      (await t.assessment.templateRow(draftId)).definition.questions.some(
        (q) => q.id === lastOne.id,
      ),
    ).toBe(true);

    const published = await postForm(
      `/localgov/assessment-templates/${draftId}/publish`,
      editor.cookie,
      `/localgov/assessment-templates/${draftId}`,
      {},
    );
    expect(published.statusCode).toBe(303);
    const audit = await listAudit(t.app.db, { subject: `assessment_template:${draftId}` });
    expect(audit.map((a) => a.action)).toContain('localgov.assessment_template_published');

    const frozen = await postForm(
      `/localgov/assessment-templates/${draftId}/questions`,
      editor.cookie,
      `/localgov/assessment-templates`,
      { project_type: 'festival', framework: 'budget' },
    );
    expect(frozen.statusCode).toBe(409);
    await expect(
      sql`update localgov.assessment_templates set version = 99 where id = ${draftId}`.execute(
        t.app.db,
      ),
    ).rejects.toThrow(/published assessment template cannot be changed/);

    // The draft started before keeps its template; a new one for the new year gets the new one.
    expect((await record(started)).template_id).toBe(startedTemplate);
    const inForce = await t.assessment.templateInForce(draftYear);
    expect(inForce?.id).toBe(draftId);
    const older = await t.assessment.templateInForce(year);
    expect(older?.id).not.toBe(draftId);
  });
});
