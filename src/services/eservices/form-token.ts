import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Per-form submission tokens. CSRF tokens prove a post came from our page; they do not stop the
 * same page being posted twice (a double click, a reload, a replayed request). Each form that
 * changes an application carries one of these: signed (so it cannot be forged, and is bound to
 * one purpose, one application and one account) and single-use (its hash is recorded, in the same
 * transaction as the change, and a second use is refused). Issuing one costs no database write.
 */
const MAX_AGE_SECONDS = 2 * 24 * 3600;

function sign(secret: string, body: string): string {
  return createHmac('sha256', secret).update(body).digest('base64url').slice(0, 32);
}

export function issueFormToken(
  secret: string,
  purpose: string,
  subject: string,
  accountId: string,
  now = Date.now(),
): string {
  const issued = Math.floor(now / 1000).toString(36);
  const nonce = randomBytes(12).toString('base64url');
  const sig = sign(secret, `${purpose}|${subject}|${accountId}|${issued}|${nonce}`);
  return `${issued}.${nonce}.${sig}`;
}

export type TokenCheck = { ok: true; hash: string } | { ok: false; code: string };

export function verifyFormToken(
  secret: string,
  token: string,
  purpose: string,
  subject: string,
  accountId: string,
  now = Date.now(),
): TokenCheck {
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, code: 'eservices.form_token_invalid' };
  const [issued, nonce, sig] = parts as [string, string, string];
  const expected = sign(secret, `${purpose}|${subject}|${accountId}|${issued}|${nonce}`);
  const a = Buffer.from(sig);
  const b = Buffer.from(expected);
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    return { ok: false, code: 'eservices.form_token_invalid' };
  }
  const age = now / 1000 - Number.parseInt(issued, 36);
  if (!(age >= -60 && age <= MAX_AGE_SECONDS))
    return { ok: false, code: 'eservices.form_token_expired' };
  return { ok: true, hash: createHash('sha256').update(token).digest('base64url') };
}
