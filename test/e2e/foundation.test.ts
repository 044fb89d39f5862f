import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.ts';
import { axeViolations, browserMissing, launchBrowser } from '../support/browser.ts';

describe.skipIf(browserMissing)('foundation in Chromium', () => {
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

  it('renders the home page in Thai with no accessibility violations', async () => {
    const page = await browser.newPage();
    await page.goto(`${t.url}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('th');
    expect(await page.textContent('h1')).toBe('ประตูสู่บริการภาครัฐ');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('switches to English and back', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${t.url}/`);
    await page.click('a[hreflang="en"]');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('h1')).toBe('Your gateway to government services');
    await page.click('a[hreflang="th"]');
    expect(await page.textContent('h1')).toBe('ประตูสู่บริการภาครัฐ');
    await context.close();
  });

  it('without JavaScript, a bad form shows a clear error, keeps what was typed, changes nothing', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${t.url}/dev/sign-in?next=/admin/organizations`);
    await page.click('button:has-text("ประเสริฐ วงศ์ไทย")');
    await page.waitForURL(/\/admin\/organizations$/);
    const before = await t.app.orgs.countOrganizations();
    await page.fill('#f-code', 'Bad Code!');
    await page.fill('#f-name_en', 'Half-filled agency');
    await page.click('button:has-text("เพิ่มหน่วยงาน")');
    const summary = page.locator('.error-summary');
    expect(await summary.isVisible()).toBe(true);
    expect(await summary.textContent()).toContain('กรุณากรอกชื่อหน่วยงานภาษาไทย');
    expect(await summary.textContent()).toContain('รหัสหน่วยงานใช้ได้เฉพาะ');
    expect(await page.inputValue('#f-name_en')).toBe('Half-filled agency');
    expect(await t.app.orgs.countOrganizations()).toBe(before);
    await context.close();
  });

  it('shows form errors accessibly, with focus moved to the summary', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${t.url}/dev/sign-in?next=/admin/organizations`);
    await page.click('button:has-text("ประเสริฐ วงศ์ไทย")');
    await page.waitForURL(/\/admin\/organizations$/);
    await page.click('button:has-text("เพิ่มหน่วยงาน")');
    await page.waitForSelector('.error-summary');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
