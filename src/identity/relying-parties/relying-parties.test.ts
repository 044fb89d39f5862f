import { describe, expect, it } from 'vitest';
import { FormError } from '../../platform/forms.ts';
import {
  parseRelyingParty,
  productionProblems,
  type RelyingPartyInput,
  redirectUriProblem,
  splitUris,
} from './relying-parties.ts';

const input = (o: Partial<RelyingPartyInput> = {}): RelyingPartyInput => ({
  name_th: 'ระบบขอใบอนุญาต',
  name_en: 'Permit app',
  purpose_th: 'ยืนยันตัวตนผู้ยื่นคำขอ',
  purpose_en: 'Confirm the applicant',
  redirect_uris: ['https://permits.example.go.th/callback'],
  post_logout_redirect_uris: [],
  scopes: ['pid', 'name'],
  client_credentials: false,
  token_endpoint_auth_method: 'client_secret_basic',
  jwks: '',
  logo_url: '',
  min_aal: '2',
  ...o,
});

function fieldsOf(fn: () => unknown): Record<string, string> {
  try {
    fn();
  } catch (error) {
    if (error instanceof FormError) return error.fields;
    throw error;
  }
  throw new Error('expected a FormError');
}

describe('redirect URIs', () => {
  it('allow https everywhere and http://localhost in the sandbox only', () => {
    expect(redirectUriProblem('https://a.example/cb', 'production')).toBeNull();
    expect(redirectUriProblem('http://localhost:3000/cb', 'sandbox')).toBeNull();
    expect(redirectUriProblem('http://127.0.0.1/cb', 'sandbox')).toBeNull();
    expect(redirectUriProblem('http://localhost:3000/cb', 'production')).toBe(
      'identity.rp.redirect_uri_https',
    );
    expect(redirectUriProblem('http://a.example/cb', 'sandbox')).toBe(
      'identity.rp.redirect_uri_https',
    );
    expect(redirectUriProblem('javascript:alert(1)', 'sandbox')).toBe(
      'identity.rp.redirect_uri_https',
    );
    expect(redirectUriProblem('https://a.example/cb#x', 'sandbox')).toBe(
      'identity.rp.redirect_uri_fragment',
    );
    expect(redirectUriProblem('not a url', 'sandbox')).toBe('identity.rp.redirect_uri_invalid');
    expect(redirectUriProblem('https://user:pw@a.example/', 'sandbox')).toBe(
      'identity.rp.redirect_uri_invalid',
    );
  });

  it('splits a textarea into unique URIs', () => {
    expect(splitUris(' https://a/x \n\nhttps://b/y https://a/x')).toEqual([
      'https://a/x',
      'https://b/y',
    ]);
  });

  it('must move off localhost before going live', () => {
    expect(
      productionProblems({
        redirect_uris: ['http://localhost/cb', 'https://a/cb'],
        post_logout_redirect_uris: [],
      }),
    ).toEqual(['http://localhost/cb']);
  });
});

describe('parseRelyingParty', () => {
  const sandbox = { environment: 'sandbox' as const, multiHostAllowed: false };

  it('accepts a good registration and adds openid and the grant types', () => {
    const draft = parseRelyingParty(
      input({ scopes: ['pid', 'offline_access'], client_credentials: true }),
      sandbox,
    );
    expect(draft.scopes).toEqual(['openid', 'pid', 'offline_access']);
    expect(draft.grant_types).toEqual([
      'authorization_code',
      'refresh_token',
      'client_credentials',
    ]);
    expect(draft.min_aal).toBe(2);
  });

  it('reports every problem at once, per field', () => {
    const fields = fieldsOf(() =>
      parseRelyingParty(
        input({
          name_th: '',
          purpose_en: '',
          scopes: ['pid', 'bank'],
          redirect_uris: ['http://evil.example/'],
          min_aal: '3',
          logo_url: 'http://x/logo.png',
          token_endpoint_auth_method: 'none',
        }),
        sandbox,
      ),
    );
    expect(fields).toMatchObject({
      name_th: 'identity.rp.name_th_required',
      purpose_en: 'identity.rp.purpose_en_required',
      scopes: 'identity.rp.scope_unknown',
      redirect_uris: 'identity.rp.redirect_uri_https',
      min_aal: 'identity.rp.min_aal_invalid',
      logo_url: 'identity.rp.logo_invalid',
      token_endpoint_auth_method: 'identity.rp.auth_method_invalid',
    });
  });

  it('needs a JWKS of public keys for private_key_jwt, and refuses a private key', () => {
    const pub = { kty: 'EC', crv: 'P-256', x: 'x', y: 'y' };
    expect(
      fieldsOf(() =>
        parseRelyingParty(input({ token_endpoint_auth_method: 'private_key_jwt' }), sandbox),
      ).jwks,
    ).toBe('identity.rp.jwks_required');
    expect(
      fieldsOf(() =>
        parseRelyingParty(
          input({
            token_endpoint_auth_method: 'private_key_jwt',
            jwks: JSON.stringify({ keys: [{ ...pub, d: 'secret' }] }),
          }),
          sandbox,
        ),
      ).jwks,
    ).toBe('identity.rp.jwks_invalid');
    const ok = parseRelyingParty(
      input({
        token_endpoint_auth_method: 'private_key_jwt',
        jwks: JSON.stringify({ keys: [pub] }),
      }),
      sandbox,
    );
    expect(ok.jwks).toEqual({ keys: [pub] });
  });

  it('keeps redirect URIs on one host unless a sector document can be served', () => {
    const two = input({ redirect_uris: ['https://a.example/cb', 'https://b.example/cb'] });
    expect(fieldsOf(() => parseRelyingParty(two, sandbox)).redirect_uris).toBe(
      'identity.rp.redirect_uri_hosts',
    );
    expect(
      parseRelyingParty(two, { ...sandbox, multiHostAllowed: true }).redirect_uris,
    ).toHaveLength(2);
  });

  it('lets a system-to-system app register without scopes when it uses client credentials', () => {
    const draft = parseRelyingParty(
      input({ scopes: [], redirect_uris: [], client_credentials: true }),
      sandbox,
    );
    expect(draft.grant_types).toEqual(['client_credentials']);
    expect(
      fieldsOf(() => parseRelyingParty(input({ scopes: [], redirect_uris: [] }), sandbox)).scopes,
    ).toBe('identity.rp.scope_required');
  });
});
