import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Asset {
  body: Buffer;
  contentType: string;
}

export interface Assets {
  /** URL path to asset, each URL carrying a content hash so it can be cached for a year. */
  files: Map<string, Asset>;
  css: string;
  /** Script URLs by entry name; `enhance` is loaded by every page. */
  scripts: Record<string, string>;
}

function hashed(prefix: string, ext: string, body: Buffer): string {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  return `/assets/${prefix}.${hash}.${ext}`;
}

// Bundles in progress in this process.
let building = 0;

/**
 * Bundles the client scripts with esbuild once at start-up, in memory: no build step to forget,
 * and a few milliseconds per entry. Modules pass their own entries (name → source file). esbuild
 * is loaded only here and its service process (some 15 MB) stopped once the bundles are made: a
 * serving process never needs it again (a later call starts it anew).
 */
export async function buildAssets(entries: Record<string, string> = {}): Promise<Assets> {
  building++;
  try {
    return await bundle(entries);
  } finally {
    // Several apps may start at once in one process (tests): the last one out stops the service.
    if (--building === 0) await (await import('esbuild')).stop();
  }
}

async function bundle(entries: Record<string, string>): Promise<Assets> {
  const { build } = await import('esbuild');
  const files = new Map<string, Asset>();
  const css = readFileSync(fileURLToPath(new URL('./views/pratu.css', import.meta.url)));
  const cssUrl = hashed('pratu', 'css', css);
  files.set(cssUrl, { body: css, contentType: 'text/css; charset=utf-8' });

  const all: Record<string, string> = {
    enhance: fileURLToPath(new URL('./client/enhance.ts', import.meta.url)),
    ...entries,
  };
  const scripts: Record<string, string> = {};
  for (const [name, entry] of Object.entries(all)) {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: 'esm',
      target: ['es2020'],
      write: false,
      legalComments: 'none',
    });
    const body = Buffer.from(result.outputFiles[0]!.contents);
    const url = hashed(name, 'js', body);
    files.set(url, { body, contentType: 'text/javascript; charset=utf-8' });
    scripts[name] = url;
  }
  return { files, css: cssUrl, scripts };
}
