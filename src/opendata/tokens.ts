import { createHash, randomBytes } from 'node:crypto';

/**
 * API tokens for the CKAN API (sent in the `Authorization` header, raw or as `Bearer`). CKAN
 * issues JWTs; Pratu issues opaque random tokens and keeps only their SHA-256, like its session
 * cookies, so a copy of the database holds nothing that can be replayed. 32 random bytes make
 * guessing hopeless, so a fast hash is enough (no password stretching needed).
 */
export const TOKEN_PREFIX = 'pratu_od_';

export function newToken(): { token: string; hash: string } {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Cheap shape check before touching the database. */
export function looksLikeToken(token: string): boolean {
  return (
    token.startsWith(TOKEN_PREFIX) && token.length >= TOKEN_PREFIX.length + 40 && token.length < 200
  );
}
