// Partial dates as kept by the Thai civil registry (ทะเบียนราษฎร).
//
// The registry records a birth date with unknown parts written as 00, e.g. `2510-00-00` (year only)
// or `2510-03-00` (day unknown). Internally we keep the Gregorian (CE) year and `null` for unknown
// parts; `00` only appears at the edges (parsing and the registry/CSV format).
//
// BE ↔ CE: we use the fixed offset BE = CE + 543. Before 1941 the Thai year began on 1 April, so
// January–March dates of those years are one BE year off under this rule; the registry's records are
// stored under the modern calendar, so we follow it and do not model the old new-year.

export interface PartialDate {
  /** Gregorian (CE) year. */
  year: number;
  /** 1–12, or null when unknown. */
  month: number | null;
  /** 1–31, or null when unknown. A known day requires a known month. */
  day: number | null;
}

export type Era = 'ce' | 'be';

export const BE_OFFSET = 543;

// CE years we accept. The registry has nobody born before 1800, and 9999 keeps the format at 4 digits.
const MIN_YEAR = 1800;
const MAX_YEAR = 9999;

// Any year typed at or above this is taken as BE: CE 2400 is centuries away and BE 2400 is CE 1857,
// before anyone alive today was born, so the two ranges cannot be confused for a birth date.
const BE_THRESHOLD = 2400;

export const THAI_MONTHS = [
  'มกราคม',
  'กุมภาพันธ์',
  'มีนาคม',
  'เมษายน',
  'พฤษภาคม',
  'มิถุนายน',
  'กรกฎาคม',
  'สิงหาคม',
  'กันยายน',
  'ตุลาคม',
  'พฤศจิกายน',
  'ธันวาคม',
] as const;

export const THAI_MONTHS_SHORT = [
  'ม.ค.',
  'ก.พ.',
  'มี.ค.',
  'เม.ย.',
  'พ.ค.',
  'มิ.ย.',
  'ก.ค.',
  'ส.ค.',
  'ก.ย.',
  'ต.ค.',
  'พ.ย.',
  'ธ.ค.',
] as const;

export const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's algorithm; no Date objects). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of {@link daysFromCivil}. */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function pad4(n: number): string {
  return n < 1000 ? String(n).padStart(4, '0') : String(n);
}

/** `YYYY-MM-DD` for a full date. */
export function formatIsoDate(year: number, month: number, day: number): string {
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}

/** Parses a strict ISO calendar date `YYYY-MM-DD`; null when malformed or impossible. */
export function parseIsoDate(s: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isValidPartialDate(pd: PartialDate): boolean {
  const { year, month, day } = pd;
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return false;
  if (month === null) return day === null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  if (day === null) return true;
  return Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month);
}

export function isFullDate(pd: PartialDate): pd is { year: number; month: number; day: number } {
  return pd.month !== null && pd.day !== null;
}

function buildPartialDate(year: number, month: number, day: number): PartialDate | null {
  // The registry writes unknown parts as 00; a known day with an unknown month is not a thing.
  const pd: PartialDate = {
    year,
    month: month === 0 ? null : month,
    day: day === 0 ? null : day,
  };
  return isValidPartialDate(pd) ? pd : null;
}

/**
 * Parses the registry format `YYYY-MM-DD` (also the compact `YYYYMMDD` used on the card chip), with
 * `00` for unknown parts. With `era: 'be'` the year is Buddhist-era (e.g. `2510-00-00` → CE 1967).
 */
export function parsePartialDate(input: string, options: { era?: Era } = {}): PartialDate | null {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(input.trim());
  if (!m) return null;
  const rawYear = Number(m[1]);
  const year = options.era === 'be' ? rawYear - BE_OFFSET : rawYear;
  return buildPartialDate(year, Number(m[2]), Number(m[3]));
}

/** Registry format `YYYY-MM-DD` with `00` for unknown parts (CE unless `era: 'be'`). */
export function formatRegistryDate(pd: PartialDate, options: { era?: Era } = {}): string {
  const year = options.era === 'be' ? pd.year + BE_OFFSET : pd.year;
  return `${pad4(year)}-${pad2(pd.month ?? 0)}-${pad2(pd.day ?? 0)}`;
}

/**
 * ISO 8601 calendar date at the precision we know: `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (ISO 8601-1
 * allows reduced precision; `00` parts are not ISO).
 */
export function formatIsoPartialDate(pd: PartialDate): string {
  if (pd.month === null) return pad4(pd.year);
  if (pd.day === null) return `${pad4(pd.year)}-${pad2(pd.month)}`;
  return formatIsoDate(pd.year, pd.month, pd.day);
}

/**
 * Value of the OpenID Connect `birthdate` claim. OpenID Connect Core 1.0, section 5.1: "represented
 * as an ISO 8601 YYYY-MM-DD format. The year MAY be 0000, indicating that it is omitted. To
 * represent only the year, YYYY format is allowed." There is no `YYYY-MM` form, so a date with an
 * unknown day is released as the year only rather than inventing a day.
 */
export function toOidcBirthdate(pd: PartialDate): string {
  if (isFullDate(pd)) return formatIsoDate(pd.year, pd.month, pd.day);
  return pad4(pd.year);
}

/**
 * Thai display, BE year as used on Thai documents: `15 มีนาคม 2530`, `มีนาคม 2530`, `2530`.
 * `style: 'short'` uses the abbreviated month (`15 มี.ค. 2530`), as printed on the ID card.
 */
export function formatThaiDate(
  pd: PartialDate,
  options: { style?: 'long' | 'short' } = {},
): string {
  const months = options.style === 'short' ? THAI_MONTHS_SHORT : THAI_MONTHS;
  const year = String(pd.year + BE_OFFSET);
  if (pd.month === null) return year;
  const month = months[pd.month - 1] ?? '';
  if (pd.day === null) return `${month} ${year}`;
  return `${pd.day} ${month} ${year}`;
}

/** English display, CE year: `15 March 1987`, `March 1987`, `1987`. */
export function formatEnglishDate(pd: PartialDate): string {
  const year = String(pd.year);
  if (pd.month === null) return year;
  const month = ENGLISH_MONTHS[pd.month - 1] ?? '';
  if (pd.day === null) return `${month} ${year}`;
  return `${pd.day} ${month} ${year}`;
}

function yearFromInput(raw: string): number {
  const n = Number(raw);
  return n >= BE_THRESHOLD ? n - BE_OFFSET : n;
}

/**
 * Parses a birth date typed by a citizen. Accepted forms (unknown parts may be `00`):
 *   `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `DD/MM/YYYY`, `MM/YYYY` (also with `-` or `.` in the Thai order).
 * A 4-digit year ≥ 2400 is read as BE (Thai people usually type BE), anything lower as CE.
 */
export function parseBirthDateInput(input: string): PartialDate | null {
  const s = input.trim();
  let m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (m) {
    return buildPartialDate(yearFromInput(m[1] ?? ''), Number(m[2] ?? 0), Number(m[3] ?? 0));
  }
  m = /^(?:(\d{1,2})[/.-])?(\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) {
    return buildPartialDate(yearFromInput(m[3] ?? ''), Number(m[2]), Number(m[1] ?? 0));
  }
  return null;
}

/**
 * Enrolment check of a typed birth date against the registry.
 *
 * Rule: every part the registry knows must be present in the input and equal; parts the registry
 * does not know are ignored, whatever the citizen types for them. So a full registry date needs the
 * full date (typing only the year must fail, or the check would get weaker), while a year-only
 * record (printed as just the year on the card) accepts `2510`, `1967`, or a full date in 1967 from
 * a citizen who celebrates a birthday the registry never recorded. Accepting the extra parts costs
 * nothing: the registry cannot check them, so they add no knowledge either way.
 */
export function matchesBirthDate(pd: PartialDate, input: string): boolean {
  const typed = parseBirthDateInput(input);
  if (!typed || typed.year !== pd.year) return false;
  if (pd.month !== null && typed.month !== pd.month) return false;
  if (pd.day !== null && typed.day !== pd.day) return false;
  return true;
}

/**
 * The date from which age is counted, per the Civil and Commercial Code section 16: if only the
 * month is known, the 1st of that month; if neither month nor day is known, the first day of the
 * calendar year of birth.
 */
export function legalBirthDate(pd: PartialDate): { year: number; month: number; day: number } {
  return { year: pd.year, month: pd.month ?? 1, day: pd.month === null ? 1 : (pd.day ?? 1) };
}

/** Anniversary of (month, day) in `year`; 29 Feb falls on 28 Feb in common years (CCC s.193/5). */
export function anniversaryInYear(
  month: number,
  day: number,
  year: number,
): { year: number; month: number; day: number } {
  return { year, month, day: Math.min(day, daysInMonth(year, month)) };
}

/** Completed years of age on the ISO date `on` (legal birth date per CCC s.16). */
export function ageOn(pd: PartialDate, on: string): number {
  const date = parseIsoDate(on);
  if (!date) throw new RangeError(`Invalid ISO date: ${on}`);
  const birth = legalBirthDate(pd);
  let age = date.year - birth.year;
  const anniversary = anniversaryInYear(birth.month, birth.day, date.year);
  if (
    date.month < anniversary.month ||
    (date.month === anniversary.month && date.day < anniversary.day)
  ) {
    age -= 1;
  }
  return age;
}
