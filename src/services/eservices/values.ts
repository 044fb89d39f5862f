import {
  type District,
  findProvinceByCode,
  listDistricts,
  type Province,
} from '../../orgs/index.ts';

/**
 * Checks and normalises the typed values of Thai forms: citizen IDs, phone numbers, dates in
 * either era, numbers with Thai digits, addresses. Each function returns the normal form or an
 * error code (an i18n key in messages.ts), never throws.
 */
export type Checked<T> = { ok: true; value: T } | { ok: false; code: string; params?: Params };
type Params = Record<string, string | number>;

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const fail = <T>(code: string, params?: Params): Checked<T> =>
  params ? { ok: false, code, params } : { ok: false, code };

/** Thai digits (๐-๙) typed on a Thai keyboard become ASCII digits. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0E50-\u0E59]/g, (d) => String(d.charCodeAt(0) - 0x0e50));
}

/**
 * The 13-digit citizen ID with its mod-11 check digit (the Department of Provincial
 * Administration's scheme: weights 13..2 over the first 12 digits, check = (11 - sum mod 11) mod 10).
 * Dashes and spaces as printed on the card (1-2345-67890-12-3) are accepted.
 */
export function checkCitizenId(raw: string): Checked<string> {
  const digits = asciiDigits(raw).replace(/[\s-]/g, '');
  if (!/^\d{13}$/.test(digits)) return fail('eservices.citizen_id_format');
  if (!citizenIdChecksumOk(digits)) return fail('eservices.citizen_id_checksum');
  return ok(digits);
}

export function citizenIdChecksumOk(digits: string): boolean {
  if (!/^\d{13}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(digits[i]) * (13 - i);
  return (11 - (sum % 11)) % 10 === Number(digits[12]);
}

export function formatCitizenId(digits: string): string {
  if (!/^\d{13}$/.test(digits)) return digits;
  return `${digits[0]}-${digits.slice(1, 5)}-${digits.slice(5, 10)}-${digits.slice(10, 12)}-${digits[12]}`;
}

/**
 * Thai telephone numbers under the NBTC numbering plan: mobiles are 10 digits starting 06, 08
 * or 09; fixed lines are 9 digits starting 02 (Bangkok) to 07 (the area codes). +66 / 66 in
 * front of the number without its leading 0 is the international form of the same number.
 */
export function checkPhone(raw: string, kind: 'mobile' | 'any' = 'any'): Checked<string> {
  let digits = asciiDigits(raw).replace(/[\s\-.()]/g, '');
  if (/^\+?66\d{8,9}$/.test(digits)) digits = `0${digits.replace(/^\+?66/, '')}`;
  if (!/^\d+$/.test(digits)) return fail('eservices.phone_format');
  const mobile = /^0[689]\d{8}$/.test(digits);
  const fixed = /^0[2-7]\d{7}$/.test(digits);
  if (kind === 'mobile' && !mobile) return fail('eservices.phone_mobile');
  if (!mobile && !fixed) return fail('eservices.phone_format');
  return ok(digits);
}

export function formatPhone(digits: string): string {
  if (/^0[689]\d{8}$/.test(digits))
    return `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`;
  if (/^02\d{7}$/.test(digits))
    return `${digits.slice(0, 2)}-${digits.slice(2, 5)}-${digits.slice(5)}`;
  if (/^0[3-7]\d{7}$/.test(digits))
    return `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`;
  return digits;
}

/** A deliberately plain check (RFC 5321 lengths, one @, a dotted domain); the mail itself proves the rest. */
export function checkEmail(raw: string): Checked<string> {
  const value = raw.trim();
  const at = value.lastIndexOf('@');
  if (value.length > 254 || at < 1 || at > 64) return fail('eservices.email_format');
  const local = value.slice(0, at);
  const domain = value.slice(at + 1).toLowerCase();
  if (/\s/.test(value) || local.includes('@')) return fail('eservices.email_format');
  if (!/^[^\s@.]+(\.[^\s@.]+)*\.[^\s@.\d]{2,}$/u.test(domain))
    return fail('eservices.email_format');
  return ok(`${local}@${domain}`);
}

const BE_OFFSET = 543;
/** Years from 2400 up are read as Buddhist era: no date on a form today is that far in the C.E. future. */
const BE_THRESHOLD = 2400;

/**
 * Dates as people type them in Thailand. A native date picker sends YYYY-MM-DD in C.E.; people
 * typing by hand write DD/MM/YYYY, usually in the Buddhist era (พ.ศ.). Both are accepted: a year
 * of 2400 or more is B.E. and 543 is taken off. The stored value is always ISO C.E.
 */
export function checkDate(raw: string): Checked<string> {
  const text = asciiDigits(raw).trim();
  let y: number;
  let m: number;
  let d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (match) {
    y = Number(match[1]);
    m = Number(match[2]);
    d = Number(match[3]);
  } else {
    match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
    if (!match) return fail('eservices.date_format');
    d = Number(match[1]);
    m = Number(match[2]);
    y = Number(match[3]);
  }
  if (y >= BE_THRESHOLD) y -= BE_OFFSET;
  if (y < 1800 || y > 2200) return fail('eservices.date_format');
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return fail('eservices.date_not_real');
  }
  return ok(
    `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  );
}

// Building an Intl formatter costs far more than using one (it loads ICU data): make it once.
const bangkokDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Bangkok',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's calendar date in Thailand (the forms' time zone), as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  return bangkokDay.format(now);
}

/** Completed years between two ISO dates (the age a person reaches on their birthday). */
export function completedYears(fromIso: string, toIso: string): number {
  const [fy, fm, fd] = fromIso.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = toIso.split('-').map(Number) as [number, number, number];
  let years = ty - fy;
  if (tm < fm || (tm === fm && td < fd)) years--;
  return years;
}

export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round(
    (Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000,
  );
}

/** "1,234.50", "๑๒๓" and " 42 " are numbers; "12a" is not. */
export function checkNumber(raw: string, integer = false): Checked<number> {
  const text = asciiDigits(raw).replace(/,/g, '').trim();
  if (!/^-?\d+(\.\d+)?$/.test(text)) return fail('eservices.number_format');
  const value = Number(text);
  if (!Number.isFinite(value)) return fail('eservices.number_format');
  if (integer && !Number.isInteger(value)) return fail('eservices.number_integer');
  return ok(value);
}

export function checkPostalCode(raw: string): Checked<string> {
  const digits = asciiDigits(raw).replace(/\s/g, '');
  if (!/^[1-9]\d{4}$/.test(digits)) return fail('eservices.postal_code_format');
  return ok(digits);
}

/** Folds the ways people write a district: "อ.เมืองเลย", "อำเภอเมืองเลย", "Mueang Loei", "เขต พระนคร". */
function foldDistrictName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/^(อำเภอ|อ\.|เขต|กิ่งอำเภอ|amphoe|amphur|khet|district)\s*/u, '')
    .replace(/\s+(district|khet)$/u, '')
    .replace(/[\s\-.']/gu, '');
}

export function findDistrictInProvince(provinceCode: string, typed: string): District | undefined {
  const districts = listDistricts(provinceCode);
  const text = asciiDigits(typed).trim();
  if (/^\d{4}$/.test(text)) return districts.find((d) => d.code === text);
  const key = foldDistrictName(text);
  if (!key) return undefined;
  return districts.find(
    (d) => foldDistrictName(d.nameTh) === key || foldDistrictName(d.nameEn) === key,
  );
}

/**
 * A postal code belongs to an address when it carries the province's Thailand Post prefix, or
 * is the code of the district or one of its sub-districts (a few districts are served from a
 * neighbouring province's post office, see CROSS_PROVINCE_POSTAL_DISTRICTS in orgs/geography).
 */
export function postalCodeFits(province: Province, district: District | undefined, code: string) {
  if (code.startsWith(province.postalPrefix)) return true;
  if (!district) return false;
  return district.postalCode === code || district.subdistricts.some((s) => s.postalCode === code);
}

export const addressParts = [
  'house_no',
  'moo',
  'soi',
  'road',
  'subdistrict',
  'district',
  'province',
  'postal_code',
] as const;
export type AddressPart = (typeof addressParts)[number];

export function provinceOf(code: string): Province | undefined {
  return findProvinceByCode(code);
}
