import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCitizens } from '../../src/registry/index.ts';
import { newPerson, startTestApp, type TestApp } from '../support/app.ts';
import { axeViolations, browserMissing, launchBrowser } from '../support/browser.ts';

describe.skipIf(browserMissing)('registrar look-up in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let cookie: { name: string; value: string };
  beforeAll(async () => {
    t = await startTestApp({ listen: true, seed: true });
    browser = await launchBrowser();
    const registrar = await newPerson(t, ['registrar']);
    const [name, value] = registrar.cookie.split('=') as [string, string];
    cookie = { name, value };
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  async function signedIn(javaScriptEnabled: boolean) {
    const context = await browser.newContext({ javaScriptEnabled });
    await context.addCookies([{ ...cookie, url: t.url, httpOnly: true, secure: true }]);
    return context;
  }

  it('looks a citizen up in Thai with no accessibility violations', async () => {
    const context = await signedIn(true);
    const page = await context.newPage();
    await page.goto(`${t.url}/registry`);
    expect(await page.textContent('h1')).toBe('ค้นหาในทะเบียนราษฎร');
    expect(await axeViolations(page)).toEqual([]);
    await page.fill('#f-citizen_id', demoCitizens[0]!.citizenId);
    await page.click('button:has-text("ค้นหา")');
    await page.waitForSelector('#result-title');
    expect(await page.textContent('#result-title')).toContain('สมชาย');
    expect(await axeViolations(page)).toEqual([]);
    await page.fill('#f-citizen_id', '12345');
    await page.click('button:has-text("ค้นหา")');
    await page.waitForSelector('.error-summary');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('works with JavaScript off', async () => {
    const context = await signedIn(false);
    const page = await context.newPage();
    await page.goto(`${t.url}/registry`);
    await page.fill('#f-citizen_id', demoCitizens[2]!.citizenId);
    await page.click('button:has-text("ค้นหา")');
    await page.waitForSelector('#result-title');
    expect(await page.textContent('#result-title')).toContain('ประเสริฐ');
    expect(await page.content()).toContain('AB1-xxxxxxx-30');
    await context.close();
  });
});
