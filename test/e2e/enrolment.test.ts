import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type EnrolmentTestApp,
  startEnrolmentTestApp,
} from '../../src/identity/enrolment/test-harness.tsx';
import { axeViolations, browserMissing, launchBrowser } from '../support/browser.ts';

/**
 * Enrolment in Chromium with a virtual WebAuthn authenticator (DevTools protocol, WebAuthn
 * domain): card check, passkey, PIN, sign out, then sign in again with the passkey through the
 * portal's one way in (the OpenID provider's interaction page). And the same without JavaScript,
 * which ends with a PIN only.
 */
describe.skipIf(browserMissing)('enrolment in Chromium', () => {
  let t: EnrolmentTestApp;
  let browser: Browser;
  beforeAll(async () => {
    t = await startEnrolmentTestApp({ listen: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  async function withAuthenticator(context: BrowserContext, page: Page) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });
    return {
      credentials: async () =>
        (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials,
    };
  }

  async function expectAccessible(page: Page) {
    expect(await axeViolations(page), page.url()).toEqual([]);
  }

  it('enrols with a passkey and a PIN, signs out, and signs in again with the passkey', async () => {
    const person = t.addPerson();
    const context = await browser.newContext();
    const page = await context.newPage();
    const device = await withAuthenticator(context, page);

    await page.goto(`${t.url}/enrol`);
    expect(await page.getAttribute('html', 'lang')).toBe('th');
    await expectAccessible(page);
    await page.fill('#f-citizen_id', person.citizenId);
    await page.fill('#f-laser_code', person.laserCode);
    await page.fill('#f-birth_date', '14/05/2533');
    await page.click('button:has-text("ตรวจสอบข้อมูลบัตร")');
    await page.waitForURL(/\/enrol\/passkey$/);
    await expectAccessible(page);

    await page.click('button:has-text("สร้างพาสคีย์")');
    await page.waitForURL(/\/enrol\/pin$/);
    expect(await page.textContent('main')).toContain('สร้างพาสคีย์แล้ว');
    await expectAccessible(page);
    const [credential] = await device.credentials();
    expect(credential?.isResidentCredential).toBe(true);

    await page.fill('#f-pin', '390417');
    await page.fill('#f-pin_confirm', '390417');
    await page.click('button:has-text("ตั้ง PIN และเสร็จสิ้น")');
    await page.waitForURL(/\/enrol\/done$/);
    expect(await page.textContent('main')).toContain('ตัวตนดิจิทัลของคุณพร้อมใช้งาน');
    await expectAccessible(page);

    await page.goto(`${t.url}/account/passkeys`);
    expect(await page.textContent('caption')).toContain('1 รายการ');
    await expectAccessible(page);

    await page.goto(`${t.url}/sign-out`);
    await page.click('main button[type="submit"]');
    await page.waitForURL(`${t.url}/`);
    await page.goto(`${t.url}/account/passkeys`);
    expect(page.url()).not.toContain('/account/passkeys');

    // Sign in again: the portal sends the browser through the OpenID provider, where the passkey
    // is the whole sign-in (discoverable credential: no citizen ID typed).
    await page.goto(`${t.url}/sign-in?next=${encodeURIComponent('/account/passkeys')}`);
    await page.waitForURL(/\/interaction\//);
    await page.click('button:has-text("เข้าสู่ระบบด้วยพาสคีย์")');
    await page.waitForURL(/\/account\/passkeys$/);
    const row = await page.textContent('tbody');
    expect(row).not.toContain('ยังไม่เคยใช้');
    const account = await t.app.identity.findAccountByCitizenId(person.citizenId);
    const [key] = await t.authenticators.listPasskeys(account!.id);
    expect(key?.lastUsedAt).toBeInstanceOf(Date);
    const [after] = await device.credentials();
    expect(after?.signCount).toBeGreaterThan(credential?.signCount ?? 0);
    await context.close();
  });

  it('without JavaScript explains the passkey step and enrols with a PIN only', async () => {
    const person = t.addPerson();
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${t.url}/enrol`);
    await page.fill('#f-citizen_id', person.citizenId);
    await page.fill('#f-laser_code', 'XX0000000000');
    await page.fill('#f-birth_date', '14/05/2533');
    await page.click('button:has-text("ตรวจสอบข้อมูลบัตร")');
    expect(await page.textContent('.notice.error')).toContain('ข้อมูลไม่ตรงกับบัตรประชาชน');
    expect(await page.inputValue('#f-laser_code')).toBe('');
    expect(await page.inputValue('#f-citizen_id')).toBe(person.citizenId);

    await page.fill('#f-laser_code', person.laserCode);
    await page.click('button:has-text("ตรวจสอบข้อมูลบัตร")');
    await page.waitForURL(/\/enrol\/passkey$/);
    expect(await page.textContent('main')).toContain('การสร้างพาสคีย์ต้องเปิดใช้ JavaScript');
    expect(await page.isVisible('button:has-text("สร้างพาสคีย์")')).toBe(false);
    await page.click('a:has-text("ข้ามไปตั้ง PIN อย่างเดียว")');
    await page.waitForURL(/\/enrol\/pin$/);
    await page.fill('#f-pin', '123456');
    await page.fill('#f-pin_confirm', '123456');
    await page.click('button:has-text("ตั้ง PIN และเสร็จสิ้น")');
    expect(await page.textContent('.error-summary')).toContain('เรียงลำดับ');
    await page.fill('#f-pin', '804613');
    await page.fill('#f-pin_confirm', '804613');
    await page.click('button:has-text("ตั้ง PIN และเสร็จสิ้น")');
    await page.waitForURL(/\/enrol\/done$/);
    const account = await t.app.identity.findAccountByCitizenId(person.citizenId);
    expect(
      (await t.authenticators.verifyPin(person.citizenId, '804613', '192.0.2.77')).accountId,
    ).toBe(account!.id);
    await context.close();
  });
});
