import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';

/** Debian's Chromium (installed by .ci/run or `npm test` when missing), or PRATU_CHROMIUM. */
export function chromiumPath(): string | null {
  const candidates = [process.env.PRATU_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => !!p && existsSync(p)) ?? null;
}

/** CI must run the browser tests; a laptop without Chromium skips them and says so. */
export const browserMissing = (() => {
  const missing = chromiumPath() === null;
  if (missing && process.env.CI) {
    throw new Error('Chromium is required in CI: install the Debian package chromium');
  }
  if (missing) console.warn('Chromium not found: browser tests are skipped (install chromium)');
  return missing;
})();

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath()!,
    headless: true,
    // Root needs --no-sandbox; the rest stop Chromium from calling home on a closed network.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** Runs axe-core's WCAG 2.x A/AA rules on the page and returns the violations. */
export async function axeViolations(page: Page) {
  const axe = await import('axe-core');
  // evaluate() goes through DevTools, so the page's strict CSP does not block the injected engine.
  await page.evaluate(axe.default.source);
  return page.evaluate(async () => {
    const w = window as unknown as {
      axe: {
        run(
          ctx: Document,
          o: unknown,
        ): Promise<{
          violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown }> }>;
        }>;
      };
    };
    const result = await w.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      targets: v.nodes.map((n) => n.target),
    }));
  });
}
