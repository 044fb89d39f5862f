import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCitizens } from '../../src/registry/index.ts';
import { DEMO_PNG } from '../../src/services/eservices/demo.ts';
import {
  type EServicesTestApp,
  startEServicesTestApp,
} from '../../src/services/eservices/testing.ts';
import { newPerson, uniqueCode } from '../support/app.ts';
import { axeViolations, browserMissing, launchBrowser } from '../support/browser.ts';

/**
 * The browser journeys: a new agency officer builds and publishes a five-field service
 * and a citizen applies to it; the apply journey again with JavaScript off; axe-core on the
 * builder, form and back-office pages.
 */
describe.skipIf(browserMissing)('e-services in Chromium', () => {
  let t: EServicesTestApp;
  let browser: Browser;
  // Seeding the demo data (registry, agencies, e-services) and axe-core runs are slow on a
  // 2-core machine: these tests get more time than the default.
  beforeAll(async () => {
    t = await startEServicesTestApp({ listen: true, seed: true });
    browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  async function contextFor(accountId: string, options: { javaScriptEnabled?: boolean } = {}) {
    const context = await browser.newContext(options);
    const token = await t.app.sessions.create(accountId, { method: 'test' });
    await context.addCookies([{ name: 'pratu_sid', value: token, url: t.url }]);
    return context;
  }

  async function expectAccessible(page: Page, what: string) {
    const violations = await axeViolations(page);
    expect(violations, what).toEqual([]);
  }

  it('a new agency officer builds and publishes a 5-field service; a citizen applies; the officer decides', async () => {
    const org = await t.app.orgs.ensureOrganization({
      code: uniqueCode('district'),
      kind: 'local_administration',
      name_th: 'เทศบาลตำบลทดสอบ',
      name_en: 'Test Subdistrict Municipality',
    });
    const officer = await newPerson(t, ['agency_officer', 'service_designer'], org.id);
    const code = uniqueCode('pet-register');
    const staff = await contextFor(officer.account.id);
    const page = await staff.newPage();

    await page.goto(`${t.url}/builder`);
    await expectAccessible(page, 'builder list');
    await page.fill('#f-title_th', 'ขึ้นทะเบียนสุนัขและแมว');
    await page.fill('#f-title_en', 'Register a dog or cat');
    await page.fill('#f-code', code);
    await page.click('button:has-text("สร้างบริการ")');
    await page.waitForURL(/\/builder\/[0-9a-f-]{36}$/);
    const builderUrl = page.url();

    const fields: Array<{ type: string; th: string; en: string; options?: string }> = [
      { type: 'text', th: 'ชื่อสัตว์เลี้ยง', en: 'Pet name' },
      { type: 'choice', th: 'ชนิดสัตว์', en: 'Species', options: 'dog|สุนัข|Dog\ncat|แมว|Cat' },
      { type: 'date', th: 'วันเกิดของสัตว์', en: 'Pet birthday' },
      { type: 'phone', th: 'เบอร์ติดต่อเจ้าของ', en: 'Owner phone' },
      { type: 'file', th: 'รูปถ่ายสัตว์เลี้ยง', en: 'Pet photo' },
    ];
    for (const f of fields) {
      await page.selectOption('#f-type', f.type);
      await page.fill('#f-label_th', f.th);
      await page.fill('#f-label_en', f.en);
      if (f.options) await page.fill('#f-options', f.options);
      await page.check('#f-required');
      await page.click('button:has-text("เพิ่มช่อง")');
      await page.waitForURL(/\?done=saved$/);
    }
    expect(await page.locator('tbody tr').count()).toBe(5);
    await expectAccessible(page, 'builder edit page');

    await page.click('a:has-text("ชนิดสัตว์")');
    await page.waitForURL(/\/fields\/species$/);
    await expectAccessible(page, 'field editor');
    await page.goto(`${builderUrl}/preview`);
    expect(await page.textContent('h1')).toBe('ข้อมูลผู้ยื่นคำขอ');
    await expectAccessible(page, 'preview');

    await page.goto(builderUrl);
    await page.click('button:has-text("เผยแพร่ฉบับใหม่")');
    await page.waitForURL(/published=1/);
    expect(await page.textContent('.notice')).toContain('เผยแพร่ฉบับที่ 1 แล้ว');

    // The citizen applies, with JavaScript on.
    const citizen = await newPerson(t);
    const cctx = await contextFor(citizen.account.id);
    const c = await cctx.newPage();
    await c.goto(`${t.url}/eservices/${code}/apply`);
    await expectAccessible(c, 'start page');
    await c.click('button:has-text("เริ่มยื่นคำขอใหม่")');
    await c.waitForURL(/\/pages\/applicant$/);
    await c.click('.actions button[value="next"]');
    await c.waitForSelector('.error-summary');
    expect(await c.evaluate(() => document.activeElement?.className)).toBe('error-summary');
    await expectAccessible(c, 'form page with errors');
    await c.fill('#f-pet_name', 'ข้าวตัง');
    await c.check('#f-species');
    await c.fill('#f-pet_birthday', '2022-05-01');
    await c.fill('#f-owner_phone', '0812345678');
    await c.setInputFiles('#f-pet_photo', {
      name: 'khaotang.png',
      mimeType: 'image/png',
      buffer: DEMO_PNG,
    });
    expect(await c.textContent('#f-pet_birthday-hint')).toContain('1 พฤษภาคม 2565');
    await expectAccessible(c, 'form page');
    await c.click('.actions button[value="next"]');
    await c.waitForURL(/\/check$/);
    expect(await c.textContent('main')).toContain('ข้าวตัง');
    expect(await c.textContent('main')).toContain('1 พฤษภาคม 2565');
    await expectAccessible(c, 'check page');
    await c.check('#f-declaration');
    await c.click('button:has-text("ยื่นคำขอ")');
    await c.waitForURL(/submitted=1$/);
    const tracking = /PR-\d{4}-\d{6,}/.exec((await c.textContent('.notice')) ?? '')![0];
    await expectAccessible(c, 'application page');

    // The officer takes it up and approves it.
    await page.goto(`${t.url}/backoffice`);
    await expectAccessible(page, 'back office home');
    await page.click('a:has-text("ขึ้นทะเบียนสุนัขและแมว")');
    await expectAccessible(page, 'queue');
    await page.click(`a:has-text("${tracking}")`);
    await expectAccessible(page, 'staff application page');
    await page.click('button:has-text("รับเรื่องพิจารณา")');
    await page.waitForURL(/done=acted/);
    await page.click('button:text-is("อนุมัติ")');
    await page.waitForURL(/done=acted/);
    expect(await page.textContent('dl')).toContain('อนุมัติ');
    await page.goto(`${t.url}/backoffice`);
    await page.click('a:has-text("ขึ้นทะเบียนสุนัขและแมว")');
    await page.click('a:has-text("แดชบอร์ดของบริการ")');
    expect(await page.locator('svg[role="img"]').count()).toBe(1);
    await expectAccessible(page, 'dashboard');

    await c.goto(`${t.url}/inbox`);
    expect(await c.textContent('main')).toContain(`คำขอ ${tracking}: อนุมัติ`);
    await expectAccessible(c, 'inbox');
    await c.goto(`${t.url}/services/statistics`);
    await expectAccessible(c, 'statistics');
    await staff.close();
    await cctx.close();
  }, 240_000);

  it('without JavaScript: the whole elderly-allowance journey, with errors, revealed questions and uploads', async () => {
    const citizen = await newPerson(t);
    const context: BrowserContext = await contextFor(citizen.account.id, {
      javaScriptEnabled: false,
    });
    const p = await context.newPage();
    await p.goto(`${t.url}/eservices/elderly-allowance-application/apply`);
    await p.click('button:has-text("เริ่มยื่นคำขอใหม่")');
    await p.waitForURL(/\/pages\/applicant$/);

    // A wrong phone number and a date typed in the Buddhist era, submitted with Enter.
    await p.fill('#f-phone', '02-123');
    await p.fill('#f-birth_date', '1958-03-14');
    await p.check('#f-nationality');
    await p.selectOption('#f-marital_status', 'widowed');
    await p.press('#f-phone', 'Enter');
    await p.waitForSelector('.error-summary');
    expect(await p.textContent('.error-summary')).toContain(
      'เบอร์โทรศัพท์มือถือ ต้องเป็นเบอร์โทรศัพท์มือถือ 10 หลัก',
    );
    expect(await p.inputValue('#f-phone')).toBe('02-123');
    expect(await p.textContent('#f-birth_date-hint')).toContain('14 มีนาคม 2501');
    await p.fill('#f-phone', '081-234-5678');
    await p.click('.actions button[value="next"]');
    await p.waitForURL(/\/pages\/residence$/);

    await p.fill('#f-address-house_no', '9/9');
    await p.fill('#f-address-subdistrict', 'บางกระสอ');
    await p.selectOption('#f-address-province', '12');
    await p.fill('#f-address-district', 'เมืองนนทบุรี');
    await p.fill('#f-address-postal_code', '11000');
    await p.click('.actions button[value="next"]');
    await p.waitForURL(/\/pages\/welfare$/);
    await p.check('#f-receives_pension');
    await p.click('.actions button[value="next"]');
    await p.waitForURL(/\/pages\/payment$/);

    // Choosing a bank transfer opens the bank questions after a round trip, without an error.
    expect(await p.isVisible('#f-bank')).toBe(false);
    await p.check('#f-payment_method');
    await p.click('.actions button[value="next"]');
    await p.waitForSelector('#f-bank');
    expect(await p.textContent('main')).toContain('มีคำถามเพิ่มเติมตามคำตอบของคุณ');
    expect(await p.locator('.error-summary').count()).toBe(0);
    await p.selectOption('#f-bank', 'ktb');
    await p.fill('#f-account_no', '123-4');
    await p.setInputFiles('#f-bankbook_copy', {
      name: 'book.png',
      mimeType: 'image/png',
      buffer: DEMO_PNG,
    });
    await p.click('.actions button[value="next"]');
    await p.waitForSelector('.error-summary');
    expect(await p.textContent('.error-summary')).toContain('เลขที่บัญชีต้องเป็นตัวเลข 10 ถึง 12 หลัก');
    // The valid upload was kept while the typo is fixed.
    expect(await p.textContent('#f-bankbook_copy-current')).toContain('book.png');
    await p.fill('#f-account_no', '1234567890');
    await p.click('.actions button[value="next"]');
    await p.waitForURL(/\/pages\/documents$/);

    // A program renamed .png is refused; a real image goes through.
    await p.setInputFiles('#f-id_card_copy', {
      name: 'id.png',
      mimeType: 'image/png',
      buffer: Buffer.from('MZ not an image'),
    });
    await p.click('.actions button[value="next"]');
    await p.waitForSelector('.error-summary');
    expect(await p.textContent('.error-summary')).toContain('ระบบตรวจจากเนื้อไฟล์');
    await p.setInputFiles('#f-id_card_copy', {
      name: 'id.png',
      mimeType: 'image/png',
      buffer: DEMO_PNG,
    });
    await p.click('.actions button[value="next"]');
    await p.waitForURL(/\/check$/);

    expect(await p.textContent('main')).toContain('14 มีนาคม 2501');
    expect(await p.textContent('main')).toContain('ธนาคารกรุงไทย');
    await p.click('button:has-text("ยื่นคำขอ")');
    await p.waitForSelector('.error-summary');
    await p.check('#f-declaration');
    await p.click('button:has-text("ยื่นคำขอ")');
    await p.waitForURL(/submitted=1$/);
    expect(await p.textContent('.notice')).toMatch(/เลขที่คำขอของคุณคือ PR-\d{4}-\d{6}/);

    // The check page of a sent application leads to its status, not to a second submission.
    const id = /\/applications\/([0-9a-f-]{36})/.exec(p.url())![1]!;
    await p.goto(`${t.url}/applications/${id}/check`);
    expect(p.url()).toBe(`${t.url}/applications/${id}`);
    expect(await p.textContent('main')).toContain('ยื่นคำขอแล้ว');
    await context.close();
  }, 120_000);

  it('in English, switched from the header: entitlements, applying with errors, my applications, inbox', async () => {
    // The demo agencies' APIs answer from this test server.
    for (const source of ['sso', 'nhso'])
      await t.app.services.entitlements.setSourceEndpoint(
        source,
        `${t.url}/demo/agency-api/${source}`,
      );
    const account = await t.app.identity.findAccountByCitizenId(demoCitizens[0]!.citizenId);
    const context = await contextFor(account!.id);
    const p = await context.newPage();
    await p.goto(`${t.url}/services/entitlements`);
    expect(await p.getAttribute('html', 'lang')).toBe('th');
    expect(await p.textContent('h1')).toBe('สิทธิของฉัน');
    await expectAccessible(p, 'entitlements (Thai)');

    await p.click('a[href^="/lang/en"]');
    await p.waitForURL(/\/services\/entitlements$/);
    expect(await p.getAttribute('html', 'lang')).toBe('en');
    expect(await p.textContent('h1')).toBe('My entitlements');
    expect(await p.textContent('main')).toContain('State welfare card');
    await expectAccessible(p, 'entitlements (English)');

    const thai = /[\u0E00-\u0E7F]/;
    await p.goto(`${t.url}/eservices/elderly-allowance-application/apply`);
    expect(await p.textContent('h1')).toBe('Register for the old-age allowance');
    await expectAccessible(p, 'start page (English)');
    await p.click('button:has-text("Start a new application")');
    await p.waitForURL(/\/pages\/applicant$/);
    await p.fill('#f-phone', '02-123');
    await p.click('.actions button[value="next"]');
    await p.waitForSelector('.error-summary');
    const summary = (await p.textContent('.error-summary')) ?? '';
    expect(summary).toContain('Please correct the following');
    expect(summary).not.toMatch(thai);
    expect(await p.inputValue('#f-phone')).toBe('02-123');
    await expectAccessible(p, 'form page with errors (English)');

    for (const [path, heading] of [
      ['/applications', 'My applications'],
      ['/inbox', 'Inbox'],
      ['/services/statistics', 'Government online service statistics'],
    ] as const) {
      await p.goto(`${t.url}${path}`);
      expect(await p.textContent('h1'), path).toBe(heading);
      await expectAccessible(p, `${path} (English)`);
    }
    await context.close();
  }, 120_000);
});
