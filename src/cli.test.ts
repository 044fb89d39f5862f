import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The `pratu` command as operators run it: a real process through bin/pratu.mjs.
const dataDir = mkdtempSync(join(tmpdir(), 'pratu-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function pratu(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; out: string; err: string }> {
  const { DATABASE_URL: _, ...inherited } = process.env;
  const child = spawn(process.execPath, ['bin/pratu.mjs', ...args], {
    env: { ...inherited, PRATU_ENV: 'test', PRATU_DATA_DIR: dataDir, ...env },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => {
    out += c.toString();
  });
  child.stderr.on('data', (c: Buffer) => {
    err += c.toString();
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, out, err })));
}

describe('the pratu command', () => {
  it('lists the platform and module sub-commands', async () => {
    const r = await pratu(['--help']);
    expect(r.code).toBe(0);
    for (const name of ['serve', 'migrate', 'audit verify', 'import registry', 'rp add']) {
      expect(r.out).toContain(name);
    }
  });

  it('refuses an unknown sub-command with the list, exit code 2', async () => {
    const r = await pratu(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Unknown command: frobnicate');
  });

  it('names a bad platform setting without a stack trace', async () => {
    const r = await pratu(['migrate'], { PORT: 'eighty' });
    expect(r.code).toBe(2);
    expect(r.err).toContain('PORT');
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('names a bad module setting (read while the app is composed) the same way', async () => {
    const r = await pratu(['migrate'], { PRATU_DNS_SERVERS: 'not-a-server' });
    expect(r.code).toBe(2);
    expect(r.err).toContain('PRATU_DNS_SERVERS');
    expect(r.err).not.toMatch(/\n\s+at /);
  }, 60_000);
});
