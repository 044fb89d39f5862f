import { describe, expect, it } from 'vitest';
import { issueFormToken, verifyFormToken } from './form-token.ts';

const secret = 'x'.repeat(40);

describe('single-use form tokens', () => {
  it('verify only for the same purpose, application and account', () => {
    const token = issueFormToken(secret, 'submit', 'app-1', 'acct-1');
    expect(verifyFormToken(secret, token, 'submit', 'app-1', 'acct-1').ok).toBe(true);
    expect(verifyFormToken(secret, token, 'act:withdraw', 'app-1', 'acct-1')).toEqual({
      ok: false,
      code: 'eservices.form_token_invalid',
    });
    expect(verifyFormToken(secret, token, 'submit', 'app-2', 'acct-1').ok).toBe(false);
    expect(verifyFormToken(secret, token, 'submit', 'app-1', 'acct-2').ok).toBe(false);
    expect(verifyFormToken('y'.repeat(40), token, 'submit', 'app-1', 'acct-1').ok).toBe(false);
  });

  it('refuse forged, altered and expired tokens', () => {
    const now = Date.now();
    const token = issueFormToken(secret, 'submit', 'a', 'b', now);
    const [issued, nonce, sig] = token.split('.');
    expect(verifyFormToken(secret, `${issued}.${nonce}x.${sig}`, 'submit', 'a', 'b').ok).toBe(
      false,
    );
    expect(verifyFormToken(secret, 'garbage', 'submit', 'a', 'b').ok).toBe(false);
    expect(verifyFormToken(secret, token, 'submit', 'a', 'b', now + 3 * 86_400_000)).toEqual({
      ok: false,
      code: 'eservices.form_token_expired',
    });
  });

  it('give each issued token its own hash, so using one never burns another', () => {
    const a = verifyFormToken(secret, issueFormToken(secret, 'p', 's', 'u'), 'p', 's', 'u');
    const b = verifyFormToken(secret, issueFormToken(secret, 'p', 's', 'u'), 'p', 's', 'u');
    expect(a.ok && b.ok && a.hash !== b.hash).toBe(true);
  });
});
