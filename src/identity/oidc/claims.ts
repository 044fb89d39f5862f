import type { Text } from '../../platform/i18n/index.ts';
import type { RegistryPerson } from '../../registry/index.ts';
import { parsePartialDate, toOidcBirthdate } from '../../registry/index.ts';

/**
 * What a relying party may ask for, and what it gets. ThaID's scopes each release the claim of the
 * same name (pid, given_name, ..., date_of_expiry); the standard OpenID Connect scopes (profile,
 * email, phone, address; Core 1.0 section 5.4) release their usual sets. This table is given to
 * oidc-provider as its `claims` configuration and drives the consent page and the access log.
 */
export const thaidScopes = [
  'pid',
  'title',
  'title_en',
  'given_name',
  'middle_name',
  'family_name',
  'name',
  'given_name_en',
  'middle_name_en',
  'family_name_en',
  'name_en',
  'birthdate',
  'gender',
  'address',
  'ial',
  'smartcard_code',
  'date_of_issuance',
  'date_of_expiry',
] as const;

export const scopeClaims: Record<string, string[]> = {
  // acr and amr describe the sign-in (how strong, which methods); every ID token carries them so
  // a relying party can refuse a sign-in weaker than it needs (Core 1.0 2, RFC 8176).
  openid: ['sub', 'acr', 'amr', 'auth_time'],
  profile: ['name', 'given_name', 'middle_name', 'family_name', 'gender', 'birthdate'],
  email: ['email', 'email_verified'],
  phone: ['phone_number', 'phone_number_verified'],
  ...Object.fromEntries(thaidScopes.map((s) => [s, [s]])),
};

/** Every scope a relying party may be registered for (offline_access asks for refresh tokens). */
export const knownScopes: string[] = [
  'openid',
  'offline_access',
  ...Object.keys(scopeClaims).filter((s) => s !== 'openid'),
];

/** Claims that describe the sign-in itself rather than the person (not personal data). */
export const sessionClaims = ['sub', 'acr', 'amr', 'auth_time', 'sid', 'iss'];

/** Plain-language names of what each scope releases, for the consent page and the access log. */
export const claimLabels: Record<string, Text> = {
  pid: { th: 'เลขประจำตัวประชาชน 13 หลัก', en: 'Your 13-digit citizen ID number' },
  title: { th: 'คำนำหน้าชื่อ (ภาษาไทย)', en: 'Your title in Thai (e.g. นาย, นางสาว)' },
  title_en: { th: 'คำนำหน้าชื่อ (ภาษาอังกฤษ)', en: 'Your title in English (e.g. Mr., Miss)' },
  given_name: { th: 'ชื่อ (ภาษาไทย)', en: 'Your given name in Thai' },
  middle_name: { th: 'ชื่อกลาง (ภาษาไทย) ถ้ามี', en: 'Your middle name in Thai, if any' },
  family_name: { th: 'นามสกุล (ภาษาไทย)', en: 'Your family name in Thai' },
  name: { th: 'ชื่อ-นามสกุลเต็ม (ภาษาไทย)', en: 'Your full name in Thai' },
  given_name_en: { th: 'ชื่อ (ภาษาอังกฤษ)', en: 'Your given name in English' },
  middle_name_en: { th: 'ชื่อกลาง (ภาษาอังกฤษ) ถ้ามี', en: 'Your middle name in English, if any' },
  family_name_en: { th: 'นามสกุล (ภาษาอังกฤษ)', en: 'Your family name in English' },
  name_en: { th: 'ชื่อ-นามสกุลเต็ม (ภาษาอังกฤษ)', en: 'Your full name in English' },
  birthdate: { th: 'วันเดือนปีเกิด', en: 'Your date of birth' },
  gender: { th: 'เพศ', en: 'Your sex as recorded in the civil registry' },
  address: { th: 'ที่อยู่ตามทะเบียนบ้าน', en: 'Your address in the house registration' },
  ial: {
    th: 'ระดับความน่าเชื่อถือของการพิสูจน์ตัวตน (IAL)',
    en: 'How strongly your identity was proven (IAL)',
  },
  smartcard_code: {
    th: 'เลขที่บัตรประจำตัวประชาชน (เลขใต้รูปถ่ายบนบัตร)',
    en: 'The card number printed under the photo on your ID card',
  },
  date_of_issuance: { th: 'วันออกบัตรประจำตัวประชาชน', en: 'The issue date of your ID card' },
  date_of_expiry: { th: 'วันบัตรประจำตัวประชาชนหมดอายุ', en: 'The expiry date of your ID card' },
  profile: {
    th: 'ชื่อ-นามสกุล เพศ และวันเดือนปีเกิด',
    en: 'Your name, sex and date of birth',
  },
  email: { th: 'อีเมลที่ให้ไว้กับระบบ', en: 'The e-mail address you gave us' },
  phone: { th: 'หมายเลขโทรศัพท์ที่ให้ไว้กับระบบ', en: 'The phone number you gave us' },
  offline_access: {
    th: 'เข้าถึงข้อมูลข้างต้นต่อเนื่องโดยคุณไม่ต้องเข้าสู่ระบบใหม่ จนกว่าคุณจะยกเลิกความยินยอม',
    en: 'Keep access to the above without signing you in again, until you withdraw consent',
  },
};

/** The scopes that release personal data and so need the citizen's consent, in display order. */
export function consentScopes(scopes: Iterable<string>): string[] {
  const wanted = new Set(scopes);
  const order = [...thaidScopes, 'profile', 'email', 'phone', 'offline_access'];
  return order.filter((s) => wanted.has(s));
}

/** Claim names a scope string releases (the same filtering oidc-provider applies). */
export function claimsForScopes(scope: string): Set<string> {
  const out = new Set<string>();
  for (const s of scope.split(' ')) for (const c of scopeClaims[s] ?? []) out.add(c);
  return out;
}

/**
 * Which personal claims a response actually carries: asked for by scope, not rejected, with a
 * value. Session claims (sub, acr, amr, ...) are not personal data in this sense and are left out.
 */
export function releasedClaims(
  available: Record<string, unknown>,
  scope: string,
  rejected: string[] = [],
): string[] {
  const asked = claimsForScopes(scope);
  return Object.keys(available)
    .filter((c) => asked.has(c) && !rejected.includes(c) && !sessionClaims.includes(c))
    .filter((c) => available[c] !== undefined && available[c] !== null)
    .sort();
}

const blank = (s: string | undefined | null) => !s?.trim();

function joinName(parts: Array<string | undefined | null>): string {
  return parts.filter((p) => !blank(p)).join(' ');
}

/**
 * ThaID-compatible claims from the registry's record of a person. Pure, so the mapping is tested
 * without a database. Notes:
 * - `name` follows Thai usage, title written against the given name ("นายสมชาย ใจดี"); `name_en`
 *   puts a space after the title ("Mr. Somchai Jaidee").
 * - `birthdate` keeps the registry's unknown parts unknown (toOidcBirthdate: year only).
 * - `smartcard_code` is the card number printed on the front of the card. The laser code on the
 *   back is never released: with the citizen ID and the birth date it is the enrolment secret.
 * - `address` is the OpenID Connect address structure (Core 1.0, 5.1.1), in Thai.
 */
export function registryClaims(person: RegistryPerson): Record<string, unknown> {
  const claims: Record<string, unknown> = {
    pid: person.citizenId,
    title: person.title.th,
    title_en: person.title.en,
    given_name: person.givenName.th,
    family_name: person.familyName.th,
    given_name_en: person.givenName.en,
    family_name_en: person.familyName.en,
    name: `${person.title.th}${joinName([person.givenName.th, person.middleName?.th, person.familyName.th])}`,
    name_en: joinName([
      person.title.en,
      person.givenName.en,
      person.middleName?.en,
      person.familyName.en,
    ]),
    gender: person.gender,
  };
  if (person.middleName && !blank(person.middleName.th)) claims.middle_name = person.middleName.th;
  if (person.middleName && !blank(person.middleName.en))
    claims.middle_name_en = person.middleName.en;
  const birth = parsePartialDate(person.birthDate);
  if (birth) claims.birthdate = toOidcBirthdate(birth);
  if (person.address) {
    const a = person.address;
    const bangkok = a.province === 'กรุงเทพมหานคร';
    claims.address = {
      formatted: a.formatted.th,
      street_address: joinName([
        a.houseNo,
        a.moo ? `หมู่ที่ ${a.moo}` : null,
        a.soi ? `ซอย${a.soi}` : null,
        a.road ? `ถนน${a.road}` : null,
        `${bangkok ? 'แขวง' : 'ตำบล'}${a.subdistrict}`,
      ]),
      locality: `${bangkok ? 'เขต' : 'อำเภอ'}${a.district}`,
      region: a.province,
      postal_code: a.postalCode,
      country: 'TH',
    };
  }
  if (person.card) {
    claims.smartcard_code = person.card.cardNumber;
    claims.date_of_issuance = person.card.issuedOn;
    // A card for someone over 70 never expires; the claim is then absent rather than invented.
    if (person.card.expiresOn) claims.date_of_expiry = person.card.expiresOn;
  }
  return claims;
}

/** Contact claims Pratu knows from the account itself (not from the registry). */
export function contactClaims(account: {
  email: string | null;
  phone: string | null;
}): Record<string, unknown> {
  const claims: Record<string, unknown> = {};
  // Pratu has not verified these (no confirmation loop yet), so it says so (Core 1.0, 5.1).
  if (account.email) Object.assign(claims, { email: account.email, email_verified: false });
  if (account.phone) {
    Object.assign(claims, { phone_number: account.phone, phone_number_verified: false });
  }
  return claims;
}
