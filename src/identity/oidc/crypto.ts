import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';

/**
 * The small amount of cryptography the OpenID provider needs beyond oidc-provider and jose:
 * sealing secrets at rest (signing keys, client secrets, the pairwise salt) and pairwise subject
 * identifiers. Everything here is a node:crypto primitive used as its documentation says; nothing
 * is invented.
 */

const SEAL_VERSION = 'v1';

/** A 256-bit key for one purpose, derived with HKDF-SHA256 (RFC 5869) from a configured secret. */
export function deriveKey(secret: string, purpose: string): Buffer {
  if (!secret) throw new Error('deriveKey needs a secret');
  return Buffer.from(hkdfSync('sha256', secret, 'pratu', `pratu ${purpose}`, 32));
}

/**
 * AES-256-GCM with a random 96-bit nonce (NIST SP 800-38D 8.2.2) and `context` as additional
 * authenticated data, so a sealed value copied to another row (another key id, another client)
 * fails to open instead of silently decrypting.
 */
export function seal(key: Buffer, plaintext: string, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [SEAL_VERSION, iv, body, tag]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
}

export class SealError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SealError';
  }
}

/** Opens a value made by `seal`; throws SealError when the key or the context is wrong. */
export function open(key: Buffer, sealed: string, context: string): string {
  const parts = sealed.split('.');
  if (parts.length !== 4 || parts[0] !== SEAL_VERSION) throw new SealError('not a sealed value');
  const [, iv, body, tag] = parts.map((p) => Buffer.from(p, 'base64url')) as [
    Buffer,
    Buffer,
    Buffer,
    Buffer,
  ];
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  } catch {
    throw new SealError('sealed value could not be opened (wrong key or context)');
  }
}

/**
 * A pairwise subject identifier (OpenID Connect Core 1.0, 8.1): the same person gets a different,
 * stable `sub` at each sector, and no relying party can compute another's. HMAC-SHA256 keyed with
 * a random salt kept sealed in the database (so it survives restarts and never depends on a
 * development secret), over the sector identifier and the internal account id.
 */
export function pairwiseSubject(salt: Buffer, sector: string, accountId: string): string {
  return createHmac('sha256', salt).update(`${sector}\n${accountId}`).digest('base64url');
}

export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** Constant-time string comparison for secrets of possibly different lengths. */
export function secretsEqual(a: string, b: string): boolean {
  const x = createHmac('sha256', 'pratu-compare').update(a).digest();
  const y = createHmac('sha256', 'pratu-compare').update(b).digest();
  return timingSafeEqual(x, y);
}
