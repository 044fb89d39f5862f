import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, uniqueCode } from '../support/app.ts';
import { axeViolations, browserMissing, launchBrowser } from '../support/browser.ts';

/**
 * The open-data journey in Chromium: the demo publisher (วิชัย ข้อมูลดี, publisher at the
 * National Statistical Office) creates a dataset and uploads a CSV in the web form; the load runs
 * as a background job; a visitor previews the table and its chart. Every page passes axe.
 */
describe.skipIf(browserMissing)('open data portal in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    t = await startTestApp({ listen: true, seed: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it('a publisher uploads a CSV and a visitor previews it', async () => {
    const name = uniqueCode('e2e-rain');
    const publisher = await browser.newContext();
    const page = await publisher.newPage();
    await page.goto(`${t.url}/dev/sign-in?next=/data/new`);
    await page.click('button:has-text("วิชัย ข้อมูลดี")');
    await page.waitForURL(/\/data\/new$/);
    expect(await axeViolations(page)).toEqual([]);

    // A mistake first: the form comes back with the errors and what was typed.
    await page.fill('#f-name', 'Not A Slug');
    await page.click('button:has-text("บันทึกและเพิ่มทรัพยากร")');
    await page.waitForSelector('.error-summary');
    expect(await page.textContent('.error-summary')).toContain('กรุณากรอกชื่อชุดข้อมูล');
    expect(await axeViolations(page)).toEqual([]);

    await page.fill('#f-title', 'ปริมาณน้ำฝนสะสม ทดสอบอัปโหลด');
    await page.fill('#f-name', name);
    await page.fill('#f-tag_string', 'ฝน, ทดสอบ');
    await page.selectOption('#f-data_type', 'statistics');
    await page.fill('#f-unit_of_measure', 'มิลลิเมตร');
    await page.click('button:has-text("บันทึกและเพิ่มทรัพยากร")');
    await page.waitForURL(new RegExp(`/data/dataset/${name}/resource/new$`));
    expect(await axeViolations(page)).toEqual([]);

    const rows = ['เชียงใหม่,1180.5', 'สงขลา,2101.2', 'ขอนแก่น,1250', 'ตราด,ไม่มีข้อมูล'];
    for (const [i, p] of [
      'น่าน',
      'ลำปาง',
      'ตาก',
      'ระนอง',
      'ยะลา',
      'สตูล',
      'พังงา',
      'เลย',
      'ชุมพร',
    ].entries()) {
      rows.push(`${p},${1000 + i * 111}`);
    }
    const csv = ['จังหวัด,ปริมาณฝน', ...rows].join('\n');
    await page.setInputFiles('#f-upload', {
      name: 'rain.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await page.fill('#f-name', 'ฝนสะสมรายจังหวัด');
    await page.click('button:has-text("บันทึกทรัพยากร")');
    await page.waitForURL(/\/datastore$/);
    expect(await page.textContent('#load-state')).toBe('รอคิว');
    expect(await axeViolations(page)).toEqual([]);

    // The job worker is not running in tests: run the queued load, then follow the refresh link.
    await t.app.jobs.drain();
    await page.click('a:has-text("ปรับปรุงสถานะ")');
    expect(await page.textContent('#load-state')).toBe('เสร็จแล้ว');
    expect(await page.textContent('main')).toContain('นำเข้า 12 แถว ข้าม 1 แถว');
    expect(await page.textContent('main')).toContain('"ปริมาณฝน": "ไม่มีข้อมูล" is not numeric');
    expect(await axeViolations(page)).toEqual([]);
    await publisher.close();

    const visitor = await browser.newContext();
    const v = await visitor.newPage();
    await v.goto(`${t.url}/data?q=${encodeURIComponent('น้ำฝนสะสม ทดสอบ')}`);
    await v.click(`a[href="/data/dataset/${name}"]`);
    expect(await v.textContent('h1')).toBe('ปริมาณน้ำฝนสะสม ทดสอบอัปโหลด');
    expect(await axeViolations(v)).toEqual([]);
    await v.click('a:has-text("ดูตัวอย่างข้อมูล")');
    await v.waitForSelector('table');
    expect(await v.textContent('table')).toContain('สงขลา');
    expect(await v.textContent('table')).toContain('2,101.2');
    expect(await v.locator('svg[role="img"] rect').count()).toBeGreaterThan(2);
    expect(await axeViolations(v)).toEqual([]);
    await visitor.close();
  });

  it('the search, popular, requests and awards pages pass axe', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const path of [
      '/data',
      '/data/popular',
      '/data/requests',
      '/data/awards',
      '/data/organization/pcd',
    ]) {
      await page.goto(`${t.url}${path}`);
      expect(await page.getAttribute('html', 'lang')).toBe('th');
      expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] });
    }
    await context.close();
  });
});
