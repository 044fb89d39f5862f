import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  directoryOf,
  fixtureAdministration,
  fixtureCsv,
} from '../../src/localgov/directory/test-fixtures.ts';
import {
  type DnsZoneServer,
  startDnsZoneServer,
} from '../../src/localgov/email/dns-zone-server.ts';
import { newPerson, startTestApp, type TestApp } from '../support/app.ts';
import { axeViolations, browserMissing, launchBrowser } from '../support/browser.ts';

/**
 * The official e-mail registry in Chromium: an administration's officer registers its saraban
 * address, whoever runs that mailbox follows the link mailed to it (read in /dev/mail), a DGA
 * registry officer approves after reading the DNS check, and anyone can then look the address
 * up. The public pages pass axe-core; the officer's form also works with JavaScript off.
 */
describe.skipIf(browserMissing)('official e-mail registry in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let dns: DnsZoneServer;
  const lao = fixtureAdministration({ type: 'subdistrict_municipality' });
  const address = `saraban@${lao.domain}`;

  /** A browser context signed in as a fresh person with `role` in `organizationId`. */
  async function signedIn(
    role: 'localgov_officer' | 'email_registry_officer',
    organizationId?: string,
    options: { javaScriptEnabled?: boolean } = {},
  ): Promise<BrowserContext> {
    const person = await newPerson(t, [role], organizationId);
    const context = await browser.newContext(options);
    const [name, value] = person.cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: t.url }]);
    return context;
  }

  beforeAll(async () => {
    dns = await startDnsZoneServer();
    dns.addMailDomain(lao.domain);
    const previous = process.env.PRATU_DNS_SERVERS;
    process.env.PRATU_DNS_SERVERS = dns.address;
    try {
      t = await startTestApp({ listen: true, seed: true, env: { PRATU_DNS_SERVERS: dns.address } });
    } finally {
      if (previous === undefined) delete process.env.PRATU_DNS_SERVERS;
      else process.env.PRATU_DNS_SERVERS = previous;
    }
    const imported = await directoryOf(t).importDirectory(fixtureCsv([lao]), {
      actor: 'test',
      source: 'e2e',
    });
    expect(imported.ok).toBe(true);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
    await dns?.stop();
  });

  it('officer registers, the mailbox confirms, the registry approves, the public finds it', async () => {
    const organizationId = await directoryOf(t).administrationOrganizationId(lao.code);

    // The officer, JavaScript off: a broken address is refused with every rule named.
    const officerContext = await signedIn('localgov_officer', organizationId, {
      javaScriptEnabled: false,
    });
    const officer = await officerContext.newPage();
    await officer.goto(`${t.url}/localgov/directory/${lao.code}/email`);
    await officer.fill('#f-address', `Info@gmail.com`);
    await officer.click('button:has-text("ขึ้นทะเบียนและส่งลิงก์ยืนยัน")');
    const summary = await officer.locator('.error-summary').textContent();
    expect(summary).toContain('ต้องขึ้นต้นด้วย saraban');
    expect(summary).toContain('บริการอีเมลฟรี');
    expect(await officer.inputValue('#f-address')).toBe('Info@gmail.com');
    await officer.fill('#f-address', address);
    await officer.click('button:has-text("ขึ้นทะเบียนและส่งลิงก์ยืนยัน")');
    await officer.waitForURL(/\?done=registered$/);
    expect(await officer.textContent('#pending-status')).toBe('รอยืนยันทางอีเมล');
    expect(await officer.locator('table').first().textContent()).toContain(`mail.${lao.domain}`);
    await officerContext.close();

    // Whoever runs the mailbox opens the mail in the development mail viewer and follows the link.
    const mailbox = await browser.newContext();
    const inbox = await mailbox.newPage();
    await inbox.goto(`${t.url}/dev/mail?to=${encodeURIComponent(address)}`);
    await inbox.click(`a:has-text("ยืนยันการขึ้นทะเบียนอีเมลกลาง")`);
    const body = (await inbox.textContent('pre.mail-body')) ?? '';
    const link = /https?:\/\/\S+\/localgov\/email\/confirm\/[A-Za-z0-9_-]{43}/.exec(body)?.[0];
    expect(link).toBeTruthy();
    // The mail carries the configured public origin; this test server listens on its own port.
    await inbox.goto(`${t.url}${new URL(link!).pathname}`);
    expect(await axeViolations(inbox)).toEqual([]);
    await inbox.click('button:has-text("ยืนยัน")');
    expect(await inbox.textContent('.notice')).toContain('อยู่ระหว่างการพิจารณาของเจ้าหน้าที่ทะเบียน');
    // The same link again is refused.
    await inbox.goto(`${t.url}${new URL(link!).pathname}`);
    expect(await inbox.textContent('main')).toContain('ลิงก์ยืนยันนี้ถูกใช้ไปแล้ว');
    await mailbox.close();

    // A DGA registry officer reads the DNS check and approves.
    const registryContext = await signedIn('email_registry_officer');
    const registry = await registryContext.newPage();
    await registry.goto(`${t.url}/localgov/email-registry`);
    await registry.click(`a:has-text("${address}")`);
    expect(await registry.textContent('main')).toContain('v=DMARC1; p=reject');
    expect(await registry.textContent('#registration-status')).toBe('รอเจ้าหน้าที่อนุมัติ');
    expect(await axeViolations(registry)).toEqual([]);
    await registry.click('button:has-text("อนุมัติ")');
    await registry.waitForURL(/\?done=approved$/);
    expect(await registry.textContent('#registration-status')).toBe('อนุมัติแล้ว');
    await registryContext.close();

    // Anyone: which administration owns this address, and what is its official address?
    const publicContext = await browser.newContext();
    const visitor = await publicContext.newPage();
    await visitor.goto(`${t.url}/localgov/email`);
    await visitor.fill('#f-address', address);
    await visitor.click('button:has-text("ตรวจสอบ")');
    expect(await visitor.textContent('.notice')).toContain(lao.name_th);
    expect(await axeViolations(visitor)).toEqual([]);
    await visitor.click(`.notice a:has-text("${lao.name_th}")`);
    await visitor.waitForURL(new RegExp(`/localgov/directory/${lao.code}$`));
    expect(await visitor.textContent('#official-email')).toContain(address);
    expect(await axeViolations(visitor)).toEqual([]);
    await publicContext.close();
  });

  it('the public directory pages pass axe-core, in Thai and English', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const path of [
      '/localgov',
      `/localgov/directory?q=${encodeURIComponent('เชียงคาน')}`,
      '/localgov/directory?province=42&type=sao&page=2',
      '/localgov/directory?province=99',
      '/localgov/directory/4420006',
      '/localgov/email?address=nobody@example.com',
    ]) {
      await page.goto(`${t.url}${path}`);
      expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] });
    }
    await page.click('a[hreflang="en"]');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.goto(`${t.url}/localgov/directory?q=chiang%20kan`);
    expect(await page.textContent('table')).toContain('Chiang Khan Subdistrict Municipality');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
