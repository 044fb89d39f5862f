import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SelfAssessment } from '../../src/localgov/assessment/index.ts';
import {
  firstTemplate,
  fiscalYearOf,
  questionsFor,
} from '../../src/localgov/assessment-template.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { axeViolations, browserMissing, launchBrowser } from '../support/browser.ts';

/**
 * The self-assessment's main journey in Chromium: an officer of เทศบาลตำบลเชียงคาน fills a
 * festival project's assessment page by page with JavaScript off, attaches evidence, the
 * executive signs off and submits, and a State Audit Office auditor finds it on the dashboard by
 * drilling down region → province → administration. Forms and dashboard pass axe-core.
 */
describe.skipIf(browserMissing)('fiscal-discipline self-assessment in Chromium', () => {
  let t: TestApp & { assessment: SelfAssessment };
  let browser: Browser;
  const projectName = `โครงการจัดงานประเพณีลอยกระทงเชียงคาน ${randomUUID().slice(0, 6)}`;
  const year = fiscalYearOf(new Date());
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');

  beforeAll(async () => {
    const started = await startTestApp({ listen: true, seed: true });
    t = { ...started, assessment: started.app.localgov.assessment };
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  async function signIn(context: BrowserContext, name: string, next: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${t.url}/dev/sign-in?next=${encodeURIComponent(next)}`);
    await page.click(`button:has-text("${name}")`);
    await page.waitForURL((url) => url.pathname === next.split('?')[0]);
    return page;
  }

  it('an officer fills it without JavaScript, the executive submits, an auditor finds it', async () => {
    // The officer, JavaScript off: every step must work with plain forms.
    const officerContext = await browser.newContext({ javaScriptEnabled: false });
    const officer = await signIn(officerContext, 'กนกวรรณ ริมโขง', '/localgov/assessments/new');
    await officer.selectOption('#f-fiscal_year', String(year));
    await officer.check('#f-project_type-festival');
    await officer.fill('#f-project_name', projectName);
    await officer.fill('#f-project_budget', '350,000');
    await officer.click('button:has-text("เริ่มแบบประเมิน")');
    await officer.waitForURL(/\/authority\?done=created$/);
    expect(await officer.textContent('h1')).toBe('หมวด 1 อำนาจหน้าที่ตามกฎหมาย');

    // A wrong file is refused with a clear message and nothing is saved.
    const [firstQuestion] = questionsFor(firstTemplate, 'festival', 'authority');
    const evidenceInput = `#f-evidence_${firstQuestion!.id.replaceAll('.', '-')}`;
    await officer.setInputFiles(evidenceInput, {
      name: 'photo.png',
      mimeType: 'image/png',
      buffer: Buffer.from('not really a picture'),
    });
    await officer.click('button:has-text("บันทึกร่าง")');
    expect(await officer.locator('.error-summary').textContent()).toContain('ไม่ตรงกับชนิดไฟล์');

    const regressed = 'festival.budget.2';
    for (const framework of firstTemplate.frameworks) {
      for (const q of questionsFor(firstTemplate, 'festival', framework.id)) {
        const base = `#f-answer_${q.id.replaceAll('.', '-')}`;
        const answer = q.id === regressed ? (q.expected === 'yes' ? 'no' : 'yes') : q.expected;
        await officer.check(answer === 'yes' ? base : `${base}-${answer}`);
      }
      if (framework.id === 'authority') {
        await officer.setInputFiles(evidenceInput, {
          name: 'อนุมัติโครงการ.pdf',
          mimeType: 'application/pdf',
          buffer: pdf,
        });
      }
      await officer.click('button[value="next"]');
      await officer.waitForLoadState();
    }
    expect(await officer.textContent('h1')).toBe(projectName);
    expect(await officer.content()).toContain('อนุมัติโครงการ.pdf');
    expect(await officer.content()).toContain('เปรียบเทียบกับปีงบประมาณ พ.ศ.');
    await officerContext.close();

    // The executive signs off and submits.
    const executiveContext = await browser.newContext({ javaScriptEnabled: false });
    const executive = await signIn(executiveContext, 'ธนพล ศรีเชียงคาน', '/localgov/assessments');
    await executive.click(`a:has-text("${projectName}")`);
    await executive.check('#f-certify');
    await executive.click('button:has-text("ลงนามรับรองและยื่นแบบประเมิน")');
    await executive.waitForURL(/done=submitted$/);
    expect(await executive.locator('.notice.success').textContent()).toContain(
      'ลงนามรับรองและยื่นแบบประเมินแล้ว',
    );
    expect(await executive.content()).toContain('ลงนามและยื่นแล้ว');
    await executiveContext.close();

    // The auditor drills down from the dashboard to the assessment.
    const auditorContext = await browser.newContext();
    const auditor = await signIn(auditorContext, 'มาลี รักษ์ถิ่น', '/localgov/dashboard');
    await auditor.selectOption('#f-year', String(year));
    await auditor.selectOption('#f-region', 'northeast');
    await auditor.click('button:has-text("แสดงผล")');
    await auditor.waitForURL(/region=northeast/);
    expect(await axeViolations(auditor)).toEqual([]);
    await auditor.click('table a:has-text("เลย")');
    await auditor.waitForURL(/\/provinces\/42/);
    await auditor.click('a:has-text("เทศบาลตำบลเชียงคาน")');
    await auditor.waitForURL(/\/administrations\/4420006/);
    await auditor.click(`a:has-text("${projectName}")`);
    expect(await auditor.textContent('h1')).toBe(projectName);
    expect(await auditor.content()).toContain('ข้อบกพร่องและกฎหมายที่ต้องปฏิบัติ (1)');
    await auditorContext.close();
  });

  it('has no accessibility violations on the forms and the dashboard', async () => {
    const context = await browser.newContext();
    const officer = await signIn(context, 'กนกวรรณ ริมโขง', '/localgov/assessments/new');
    expect(await axeViolations(officer)).toEqual([]);
    await officer.click('button:has-text("เริ่มแบบประเมิน")');
    await officer.waitForSelector('.error-summary');
    expect(await axeViolations(officer)).toEqual([]);

    await officer.goto(`${t.url}/localgov/assessments`);
    expect(await axeViolations(officer)).toEqual([]);
    const draft = await t.app.db
      .selectFrom('localgov.assessment_records')
      .select('id')
      .where('administration_code', '=', '4420006')
      .where('project_name', '=', projectName)
      .executeTakeFirstOrThrow();
    await officer.goto(`${t.url}/localgov/assessments/${draft.id}`);
    expect(await axeViolations(officer)).toEqual([]);
    await context.close();

    // A fresh draft's question page, with an error shown.
    const again = await browser.newContext();
    const page = await signIn(again, 'กนกวรรณ ริมโขง', '/localgov/assessments/new');
    await page.check('#f-project_type-sports');
    await page.fill('#f-project_name', `โครงการแข่งขันกีฬาต้านยาเสพติด ${randomUUID().slice(0, 6)}`);
    await page.fill('#f-project_budget', '80000');
    await page.click('button:has-text("เริ่มแบบประเมิน")');
    await page.waitForURL(/\/authority\?done=created$/);
    expect(await axeViolations(page)).toEqual([]);

    const auditorContext = await browser.newContext();
    const auditor = await signIn(auditorContext, 'มาลี รักษ์ถิ่น', '/localgov/dashboard');
    expect(await axeViolations(auditor)).toEqual([]);
    await auditor.goto(`${t.url}/localgov/dashboard/provinces/42`);
    expect(await axeViolations(auditor)).toEqual([]);
    await auditor.goto(`${t.url}/localgov/assessment-templates`);
    expect(await axeViolations(auditor)).toEqual([]);
    await again.close();
    await auditorContext.close();
  });
});
