import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CatalogueTestApp,
  startAppWithCatalogue,
} from '../../src/services/catalogue/testing.ts';
import { axeViolations, browserMissing, launchBrowser } from '../support/browser.ts';

describe.skipIf(browserMissing)('service catalogue in Chromium', () => {
  let t: CatalogueTestApp;
  let browser: Browser;
  beforeAll(async () => {
    t = await startAppWithCatalogue({ listen: true, seed: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it('finds a service without JavaScript, typed with a typo, and opens it', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${t.url}/services`);
    expect(await page.textContent('h1')).toBe('บริการภาครัฐ');
    await page.fill('#f-q', 'ประกนสังคม');
    await page.click('form[role="search"] button[type="submit"]');
    await page.waitForURL(/\/services\/search\?q=/u);
    expect(await page.textContent('p.lead[role="status"]')).toMatch(/พบ \d+ บริการ/u);
    const first = page.locator('main ol li.card h2 a').first();
    expect(await first.textContent()).toContain('ประกันสังคม');
    expect(await page.locator('main ol mark').count()).toBeGreaterThan(0);
    await page.click('a[href="/services/sso-rights-check"]');
    await page.waitForURL(/\/services\/sso-rights-check$/u);
    expect(await page.textContent('h1')).toBe('ตรวจสอบสิทธิประกันสังคม');
    expect(await page.textContent('main')).toContain('ช่องทางการใช้บริการ');
    await context.close();
  });

  it('narrows results with facet links and pages through them, without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${t.url}/services/search?q=${encodeURIComponent('ลงทะเบียน')}`);
    const total = Number(/พบ (\d+)/u.exec((await page.textContent('p.lead')) ?? '')?.[1]);
    await page.click(
      'nav[aria-labelledby="facets-title"] section:has(h3:has-text("หมวดบริการ")) li a >> nth=0',
    );
    const narrowed = Number(/พบ (\d+)/u.exec((await page.textContent('p.lead')) ?? '')?.[1]);
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(total);
    expect(page.url()).toMatch(/category=/u);
    await page.goto(`${t.url}/services/search`);
    await page.click('a[rel="next"]');
    expect(await page.textContent('[aria-current="page"]')).toBe('หน้า 2');
    await context.close();
  });

  it('has no accessibility violations on the catalogue pages', async () => {
    const page = await browser.newPage();
    for (const path of [
      '/services',
      `/services/search?q=${encodeURIComponent('บัตรประชาชน')}`,
      `/services/search?q=${encodeURIComponent('ไม่มีบริการนี้แน่นอน zzqq')}`,
      '/services/pea-electricity-bill',
      '/services/elderly-allowance',
      '/services/category/health',
    ]) {
      await page.goto(`${t.url}${path}`);
      expect(await axeViolations(page), path).toEqual([]);
    }
    await page.close();
  });
});
