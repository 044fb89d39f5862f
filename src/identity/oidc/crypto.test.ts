import { describe, expect, it } from 'vitest';
import type { Config } from '../../platform/config.ts';
import { deriveKey, open, pairwiseSubject, SealError, seal } from './crypto.ts';
import { keyEncryptionSecret } from './key-encryption.ts';

describe('sealing secrets (AES-256-GCM)', () => {
  const key = deriveKey('a'.repeat(40), 'test');

  it('opens what it sealed, with the same context only', () => {
    const sealed = seal(key, 'secret value', 'client x');
    expect(sealed).not.toContain('secret');
    expect(open(key, sealed, 'client x')).toBe('secret value');
    expect(() => open(key, sealed, 'client y')).toThrow(SealError);
    expect(() => open(deriveKey('b'.repeat(40), 'test'), sealed, 'client x')).toThrow(SealError);
  });

  it('detects tampering', () => {
    const sealed = seal(key, 'secret value', 'ctx');
    const parts = sealed.split('.');
    const body = Buffer.from(parts[2]!, 'base64url');
    body[0] = body[0]! ^ 1;
    parts[2] = body.toString('base64url');
    expect(() => open(key, parts.join('.'), 'ctx')).toThrow(SealError);
  });

  it('derives different keys per purpose', () => {
    expect(deriveKey('s'.repeat(40), 'a').equals(deriveKey('s'.repeat(40), 'b'))).toBe(false);
  });
});

describe('pairwise subjects', () => {
  it('are stable per sector and differ across sectors', () => {
    const salt = Buffer.alloc(32, 7);
    const a = pairwiseSubject(salt, 'rp_a', 'account-1');
    expect(pairwiseSubject(salt, 'rp_a', 'account-1')).toBe(a);
    expect(pairwiseSubject(salt, 'rp_b', 'account-1')).not.toBe(a);
    expect(pairwiseSubject(Buffer.alloc(32, 8), 'rp_a', 'account-1')).not.toBe(a);
  });
});

describe('key-encryption secret', () => {
  const config = { env: 'development', secret: 'x'.repeat(64) } as Config;
  it('prefers PRATU_KEY_ENCRYPTION_KEY, then PRATU_SECRET', () => {
    expect(keyEncryptionSecret(config, { PRATU_KEY_ENCRYPTION_KEY: 'k'.repeat(32) }).source).toBe(
      'PRATU_KEY_ENCRYPTION_KEY',
    );
    expect(keyEncryptionSecret(config, { PRATU_SECRET: 'x'.repeat(64) }).source).toBe(
      'PRATU_SECRET',
    );
    expect(keyEncryptionSecret(config, {}).source).toBe('development');
    expect(keyEncryptionSecret({ ...config, env: 'production' }, {}).secret).toBe(config.secret);
  });
  it('refuses a short PRATU_KEY_ENCRYPTION_KEY', () => {
    expect(() => keyEncryptionSecret(config, { PRATU_KEY_ENCRYPTION_KEY: 'short' })).toThrow(
      /PRATU_KEY_ENCRYPTION_KEY/,
    );
  });
});
