import type { Config } from '../../platform/config.ts';
import { ConfigError } from '../../platform/config.ts';
import { deriveKey } from './crypto.ts';

/**
 * Where the key-encryption key comes from. Signing keys, client secrets and the pairwise salt are
 * sealed with AES-GCM under a key derived from it, so a copy of the database alone reveals none.
 *
 * - `PRATU_KEY_ENCRYPTION_KEY` (at least 32 characters) when set: lets operators rotate the
 *   cookie/CSRF secret without touching sealed keys.
 * - otherwise `PRATU_SECRET` (required in production by config.ts).
 * - in development and tests without either, a fixed development value: config.ts invents a
 *   random PRATU_SECRET per process there, and keys sealed with it could not be opened after a
 *   restart (or by the next test process on a shared database). Production can never reach this
 *   branch, because config.ts refuses to start without PRATU_SECRET.
 *
 * config.ts has no field for this yet (the identity module must not edit it); the environment is
 * read here, in one place, with the same validation style. See docs/identity.md.
 */
export function keyEncryptionSecret(
  config: Config,
  env: Record<string, string | undefined> = process.env,
): { secret: string; source: 'PRATU_KEY_ENCRYPTION_KEY' | 'PRATU_SECRET' | 'development' } {
  const explicit = env.PRATU_KEY_ENCRYPTION_KEY?.trim();
  if (explicit) {
    if (explicit.length < 32) {
      throw new ConfigError('PRATU_KEY_ENCRYPTION_KEY', 'must be at least 32 characters');
    }
    return { secret: explicit, source: 'PRATU_KEY_ENCRYPTION_KEY' };
  }
  if (config.env === 'production' || env.PRATU_SECRET) {
    return { secret: config.secret, source: 'PRATU_SECRET' };
  }
  return {
    secret: 'pratu development key encryption (never used in production)',
    source: 'development',
  };
}

export interface SealingKeys {
  /** Seals private signing keys and the pairwise salt. */
  keys: Buffer;
  /** Seals relying parties' client secrets. */
  clientSecrets: Buffer;
}

export function sealingKeys(config: Config, env?: Record<string, string | undefined>): SealingKeys {
  const { secret } = keyEncryptionSecret(config, env);
  return {
    keys: deriveKey(secret, 'oidc signing keys v1'),
    clientSecrets: deriveKey(secret, 'oidc client secrets v1'),
  };
}
