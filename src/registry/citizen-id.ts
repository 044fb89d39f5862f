// Thai citizen identification number (เลขประจำตัวประชาชน), 13 digits, and house code
// (รหัสประจำบ้าน), 11 digits, both issued by the Department of Provincial Administration (DOPA).
//
// Citizen ID layout: digit 1 person category; digits 2–5 registration office (2-digit province +
// 2-digit district/municipality code) where the number was given; digits 6–12 book and sequence
// number; digit 13 a mod-11 check digit over digits 1–12 with weights 13..2.
//
// The check digit is weaker than it looks: digit 3 has weight 11 ≡ 0 (mod 11), so a typo there
// is never caught, and remainders 0 and 10 share check digit 1. A valid checksum only means
// "probably typed right", never "exists": only the registry can say that.

export type CitizenIdError = 'format' | 'checksum';

export type CitizenIdParseResult =
  | { ok: true; id: string; category: number; officeCode: string }
  | { ok: false; reason: CitizenIdError };

const CITIZEN_ID_RE = /^\d{13}$/;
const HOUSE_ID_RE = /^\d{11}$/;
// Separators people type or paste: spaces (incl. NBSP) and hyphen-like characters.
const SEPARATORS_RE = /[\s\u00a0\-\u2010-\u2015\u2212]/g;
const THAI_DIGIT_ZERO = 0x0e50;

// Thai digits (๐–๙) are common in Thai-language forms and documents.
function toArabicDigits(s: string): string {
  return s.replace(/[\u0e50-\u0e59]/g, (c) => String(c.charCodeAt(0) - THAI_DIGIT_ZERO));
}

/** Check digit for the first 12 digits: (11 − Σ d[i]·(13 − i) mod 11) mod 10. */
export function citizenIdCheckDigit(first12: string): number {
  if (!/^\d{12}$/.test(first12)) throw new RangeError('citizenIdCheckDigit expects 12 digits');
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (first12.charCodeAt(i) - 48) * (13 - i);
  return (11 - (sum % 11)) % 10;
}

/** True for a canonical ID (exactly 13 ASCII digits) with a correct check digit. */
export function isValidCitizenId(s: string): boolean {
  if (!CITIZEN_ID_RE.test(s)) return false;
  return citizenIdCheckDigit(s.slice(0, 12)) === s.charCodeAt(12) - 48;
}

/**
 * Canonical 13-digit form of typed or pasted input (`1-2345-67890-12-1`, spaces, Thai digits),
 * or null when it is not 13 digits. Format only: use {@link parseCitizenId} to also check the digit.
 */
export function normalizeCitizenId(input: string): string | null {
  const s = toArabicDigits(input.trim()).replace(SEPARATORS_RE, '');
  return CITIZEN_ID_RE.test(s) ? s : null;
}

/** Normalises then validates, telling a malformed input apart from a mistyped digit. */
export function parseCitizenId(input: string): CitizenIdParseResult {
  const id = normalizeCitizenId(input);
  if (id === null) return { ok: false, reason: 'format' };
  if (!isValidCitizenId(id)) return { ok: false, reason: 'checksum' };
  return { ok: true, id, category: id.charCodeAt(0) - 48, officeCode: id.slice(1, 5) };
}

function requireCitizenId(id: string): string {
  const canonical = normalizeCitizenId(id);
  if (canonical === null) throw new RangeError('Not a 13-digit citizen ID');
  return canonical;
}

/** `1 2345 67890 12 1`, the grouping printed on the ID card. */
export function formatCitizenId(id: string): string {
  const s = requireCitizenId(id);
  return `${s.slice(0, 1)} ${s.slice(1, 5)} ${s.slice(5, 10)} ${s.slice(10, 12)} ${s.slice(12)}`;
}

/**
 * `1-2345-xxxxx-xx-1` for logs and screens. Category and office code say little about a person
 * (hundreds of thousands share them); digits 6–12 are what single a person out, so those go.
 */
export function maskCitizenId(id: string): string {
  const s = requireCitizenId(id);
  return `${s.slice(0, 1)}-${s.slice(1, 5)}-xxxxx-xx-${s.slice(12)}`;
}

/** Completes 12 digits into a valid 13-digit ID. */
export function completeCitizenId(first12: string): string {
  return first12 + String(citizenIdCheckDigit(first12));
}

/**
 * House code (รหัสประจำบ้าน): 11 digits, the first 4 being the registration office that issued it
 * (district offices count up from 01, municipal offices down from 99). DOPA does not publish an
 * algorithm for the last digit, so this checks the format only; the registry itself is the
 * authority on whether a house code exists.
 */
export function isValidHouseId(s: string): boolean {
  return HOUSE_ID_RE.test(s);
}

/** Canonical 11-digit house code from typed input (`1030-012345-6`, spaces, Thai digits) or null. */
export function normalizeHouseId(input: string): string | null {
  const s = toArabicDigits(input.trim()).replace(SEPARATORS_RE, '');
  return HOUSE_ID_RE.test(s) ? s : null;
}

/** `1030-012345-6`: office code, running number, last digit, as house codes are usually written. */
export function formatHouseId(id: string): string {
  const s = normalizeHouseId(id);
  if (s === null) throw new RangeError('Not an 11-digit house code');
  return `${s.slice(0, 4)}-${s.slice(4, 10)}-${s.slice(10)}`;
}
