import { randomBytes } from 'node:crypto';
import { FieldCollector } from '../../platform/forms.ts';
import { defineMessages } from '../../platform/i18n/index.ts';
import type { Aal } from '../oidc/assurance.ts';
import { knownScopes } from '../oidc/claims.ts';

/**
 * The rules for registering a relying party, as plain functions (unit tested). The console and
 * `pratu rp add` both go through `parseRelyingParty`, so the two cannot disagree.
 */
defineMessages({
  'identity.rp.name_th_required': {
    th: 'กรุณากรอกชื่อแอปพลิเคชันภาษาไทย',
    en: 'Enter the app name in Thai',
  },
  'identity.rp.name_en_required': {
    th: 'กรุณากรอกชื่อแอปพลิเคชันภาษาอังกฤษ',
    en: 'Enter the app name in English',
  },
  'identity.rp.purpose_th_required': {
    th: 'กรุณาอธิบายวัตถุประสงค์ของการใช้ข้อมูลเป็นภาษาไทย',
    en: 'Explain in Thai why the app needs the data',
  },
  'identity.rp.purpose_en_required': {
    th: 'กรุณาอธิบายวัตถุประสงค์ของการใช้ข้อมูลเป็นภาษาอังกฤษ',
    en: 'Explain in English why the app needs the data',
  },
  'identity.rp.too_long': {
    th: 'ข้อความยาวเกิน {max} ตัวอักษร',
    en: 'This is longer than {max} characters',
  },
  'identity.rp.redirect_uri_required': {
    th: 'กรุณาระบุที่อยู่สำหรับส่งผู้ใช้กลับอย่างน้อย 1 รายการ',
    en: 'Enter at least one redirect URI',
  },
  'identity.rp.redirect_uri_invalid': {
    th: 'ที่อยู่ "{uri}" ไม่ใช่ URL ที่ถูกต้อง',
    en: '"{uri}" is not a valid URL',
  },
  'identity.rp.redirect_uri_fragment': {
    th: 'ที่อยู่ "{uri}" ต้องไม่มีส่วน # (fragment)',
    en: '"{uri}" must not contain a # fragment',
  },
  'identity.rp.redirect_uri_https': {
    th: 'ที่อยู่ "{uri}" ต้องขึ้นต้นด้วย https:// (ในโหมดทดสอบใช้ http://localhost ได้)',
    en: '"{uri}" must use https:// (http://localhost is allowed in the sandbox only)',
  },
  'identity.rp.redirect_uri_hosts': {
    th: 'ที่อยู่สำหรับส่งผู้ใช้กลับทั้งหมดต้องอยู่บนโดเมนเดียวกัน หากมีหลายโดเมนกรุณาลงทะเบียนแยกเป็นแอปละรายการ',
    en: 'All redirect URIs must be on one host; register one app per host',
  },
  'identity.rp.too_many_uris': {
    th: 'ระบุที่อยู่ได้ไม่เกิน {max} รายการ',
    en: 'At most {max} URIs are allowed',
  },
  'identity.rp.scope_unknown': {
    th: 'ไม่รู้จักขอบเขตข้อมูล "{scope}"',
    en: 'Unknown scope "{scope}"',
  },
  'identity.rp.scope_required': {
    th: 'กรุณาเลือกข้อมูลที่แอปพลิเคชันต้องการอย่างน้อย 1 รายการ หรือเลือกใช้ client credentials',
    en: 'Choose at least one scope, or enable client credentials',
  },
  'identity.rp.auth_method_invalid': {
    th: 'กรุณาเลือกวิธียืนยันตัวตนของแอปพลิเคชัน',
    en: 'Choose how the app authenticates',
  },
  'identity.rp.jwks_required': {
    th: 'วิธี private_key_jwt ต้องระบุกุญแจสาธารณะในรูปแบบ JWKS',
    en: 'private_key_jwt needs the public keys as a JWKS',
  },
  'identity.rp.jwks_invalid': {
    th: 'JWKS ไม่ถูกต้อง ต้องเป็น JSON {"keys": [...]} ที่มีเฉพาะกุญแจสาธารณะ (EC, RSA หรือ OKP)',
    en: 'The JWKS is not valid: it must be JSON {"keys": [...]} with public EC, RSA or OKP keys only',
  },
  'identity.rp.logo_invalid': {
    th: 'ที่อยู่โลโก้ต้องเป็น URL ที่ขึ้นต้นด้วย https://',
    en: 'The logo URL must start with https://',
  },
  'identity.rp.min_aal_invalid': {
    th: 'กรุณาเลือกระดับการยืนยันตัวตนขั้นต่ำ',
    en: 'Choose the minimum sign-in assurance',
  },
  'identity.rp.organization_required': {
    th: 'กรุณาเลือกหน่วยงานเจ้าของแอปพลิเคชัน',
    en: 'Choose the organization that owns the app',
  },
});

export type Environment = 'sandbox' | 'production';
export type AuthMethod = 'client_secret_basic' | 'private_key_jwt';

export interface RelyingPartyInput {
  name_th: string;
  name_en: string;
  purpose_th: string;
  purpose_en: string;
  redirect_uris: string[];
  post_logout_redirect_uris: string[];
  scopes: string[];
  client_credentials: boolean;
  token_endpoint_auth_method: string;
  jwks: string;
  logo_url: string;
  min_aal: string;
}

export interface RelyingPartyDraft {
  name_th: string;
  name_en: string;
  purpose_th: string;
  purpose_en: string;
  redirect_uris: string[];
  post_logout_redirect_uris: string[];
  scopes: string[];
  grant_types: string[];
  token_endpoint_auth_method: AuthMethod;
  jwks: { keys: Record<string, unknown>[] } | null;
  logo_url: string | null;
  min_aal: Aal;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
const MAX_URIS = 10;

/** Why a redirect URI is refused (a message code), or null when it is acceptable. */
export function redirectUriProblem(uri: string, environment: Environment): string | null {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return 'identity.rp.redirect_uri_invalid';
  }
  if (url.hash || uri.includes('#')) return 'identity.rp.redirect_uri_fragment';
  if (url.username || url.password) return 'identity.rp.redirect_uri_invalid';
  if (url.protocol === 'https:') return null;
  // RFC 8252 8.3 loopback redirects are for apps under development: sandbox only.
  if (url.protocol === 'http:' && LOOPBACK.has(url.hostname) && environment === 'sandbox') {
    return null;
  }
  return 'identity.rp.redirect_uri_https';
}

/** Splits a textarea of URIs (one per line, or separated by spaces). */
export function splitUris(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,]+/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

function parseJwks(text: string): RelyingPartyDraft['jwks'] | 'invalid' {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'invalid';
  }
  const keys = (parsed as { keys?: unknown })?.keys;
  if (!Array.isArray(keys) || keys.length === 0 || keys.length > 10) return 'invalid';
  for (const key of keys) {
    if (!key || typeof key !== 'object') return 'invalid';
    const k = key as Record<string, unknown>;
    if (!['EC', 'RSA', 'OKP'].includes(String(k.kty))) return 'invalid';
    // A private parameter here means the agency pasted its private key: refuse, never store it.
    if (['d', 'p', 'q', 'dp', 'dq', 'qi'].some((p) => p in k)) return 'invalid';
  }
  return { keys: keys as Record<string, unknown>[] };
}

/**
 * Validates a registration (or an edit) and returns the draft to store. Every problem is
 * collected and reported at once, per field, in the reader's language.
 */
export function parseRelyingParty(
  input: RelyingPartyInput,
  options: { environment: Environment; multiHostAllowed: boolean },
): RelyingPartyDraft {
  const errors = new FieldCollector();
  const text = (field: 'name_th' | 'name_en' | 'purpose_th' | 'purpose_en', max: number) => {
    const value = String(input[field] ?? '').trim();
    if (!value) errors.add(field, `identity.rp.${field}_required`);
    else if (value.length > max) errors.add(field, 'identity.rp.too_long', { max });
    return value;
  };
  const name_th = text('name_th', 200);
  const name_en = text('name_en', 200);
  const purpose_th = text('purpose_th', 1000);
  const purpose_en = text('purpose_en', 1000);

  const scopes = [...new Set(input.scopes.map((s) => s.trim()).filter(Boolean))];
  for (const scope of scopes) {
    if (!knownScopes.includes(scope)) errors.add('scopes', 'identity.rp.scope_unknown', { scope });
  }
  const signsPeopleIn = scopes.length > 0;
  if (!signsPeopleIn && !input.client_credentials)
    errors.add('scopes', 'identity.rp.scope_required');
  // An app that signs people in always asks for openid (Core 1.0 3.1.2.1).
  if (signsPeopleIn && !scopes.includes('openid')) scopes.unshift('openid');

  const redirect_uris = input.redirect_uris;
  if (signsPeopleIn && redirect_uris.length === 0) {
    errors.add('redirect_uris', 'identity.rp.redirect_uri_required');
  }
  const checkUris = (field: 'redirect_uris' | 'post_logout_redirect_uris', uris: string[]) => {
    if (uris.length > MAX_URIS) errors.add(field, 'identity.rp.too_many_uris', { max: MAX_URIS });
    for (const uri of uris) {
      const problem = redirectUriProblem(uri, options.environment);
      if (problem) errors.add(field, problem, { uri });
    }
  };
  checkUris('redirect_uris', redirect_uris);
  checkUris('post_logout_redirect_uris', input.post_logout_redirect_uris);
  const hosts = new Set(
    redirect_uris.map((u) => {
      try {
        return new URL(u).host;
      } catch {
        return u;
      }
    }),
  );
  if (hosts.size > 1 && !options.multiHostAllowed) {
    errors.add('redirect_uris', 'identity.rp.redirect_uri_hosts');
  }

  const method = input.token_endpoint_auth_method;
  let jwks: RelyingPartyDraft['jwks'] = null;
  if (method !== 'client_secret_basic' && method !== 'private_key_jwt') {
    errors.add('token_endpoint_auth_method', 'identity.rp.auth_method_invalid');
  } else if (method === 'private_key_jwt') {
    if (!input.jwks.trim()) errors.add('jwks', 'identity.rp.jwks_required');
    else {
      const parsed = parseJwks(input.jwks);
      if (parsed === 'invalid') errors.add('jwks', 'identity.rp.jwks_invalid');
      else jwks = parsed;
    }
  }

  const logo = input.logo_url.trim();
  if (logo) {
    let ok = false;
    try {
      ok = new URL(logo).protocol === 'https:';
    } catch {}
    if (!ok || logo.length > 2000) errors.add('logo_url', 'identity.rp.logo_invalid');
  }

  const min_aal = input.min_aal === '1' ? 1 : input.min_aal === '2' ? 2 : null;
  if (min_aal === null) errors.add('min_aal', 'identity.rp.min_aal_invalid');

  errors.throwIfAny();
  const grant_types: string[] = [];
  if (signsPeopleIn) grant_types.push('authorization_code');
  if (scopes.includes('offline_access')) grant_types.push('refresh_token');
  if (input.client_credentials) grant_types.push('client_credentials');
  return {
    name_th,
    name_en,
    purpose_th,
    purpose_en,
    redirect_uris,
    post_logout_redirect_uris: input.post_logout_redirect_uris,
    scopes,
    grant_types,
    token_endpoint_auth_method: method as AuthMethod,
    jwks,
    logo_url: logo || null,
    min_aal: min_aal as Aal,
  };
}

/** Production needs https everywhere: the loopback addresses of the sandbox must go first. */
export function productionProblems(rp: {
  redirect_uris: string[];
  post_logout_redirect_uris: string[];
}): string[] {
  return [...rp.redirect_uris, ...rp.post_logout_redirect_uris].filter(
    (u) => redirectUriProblem(u, 'production') !== null,
  );
}

export function newClientId(): string {
  return `rp_${randomBytes(12).toString('base64url')}`;
}
