/**
 * Column types for loaded tables: inferred from a sample of the rows, overridable by the
 * publisher, and checked on every row. A value is normalised to the text PostgreSQL's COPY reads
 * for that type, or refused (the row is then reported by line and skipped).
 *
 * Thai data is written in ways PostgreSQL does not read by itself, so the checks accept them:
 * thousands separators ('1,234,567'), day-first dates ('31/12/2566'), Buddhist-era years (any
 * year from 2400 is B.E. and becomes C.E. by subtracting 543) and Thai month names ('5 ม.ค. 2567').
 */

export const loadTypes = ['int', 'bigint', 'numeric', 'date', 'timestamp', 'text'] as const;
export type LoadType = (typeof loadTypes)[number];

/** The PostgreSQL type of each load type, and the name CKAN's datastore reports for it. */
export const pgType: Record<LoadType, string> = {
  int: 'integer',
  bigint: 'bigint',
  numeric: 'numeric',
  date: 'date',
  timestamp: 'timestamp',
  text: 'text',
};
export const ckanTypeName: Record<LoadType, string> = {
  int: 'int4',
  bigint: 'int8',
  numeric: 'numeric',
  date: 'date',
  timestamp: 'timestamp',
  text: 'text',
};

export function isLoadType(v: unknown): v is LoadType {
  return typeof v === 'string' && (loadTypes as readonly string[]).includes(v);
}

const INT_RE = /^[+-]?\d+$/;
const GROUPED_INT_RE = /^[+-]?\d{1,3}(?:,\d{3})+$/;
const NUMERIC_RE = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const GROUPED_NUMERIC_RE = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
const ISO_DATE_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const SLASH_DATE_RE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const YMD_SLASH_RE = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
const TIMESTAMP_RE =
  /^(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\/\d{1,2}\/\d{4})[T ](\d{1,2}):(\d{2})(?::(\d{2})(\.\d{1,6})?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

const THAI_MONTHS: ReadonlyArray<readonly string[]> = [
  ['มกราคม', 'ม.ค.', 'มค'],
  ['กุมภาพันธ์', 'ก.พ.', 'กพ'],
  ['มีนาคม', 'มี.ค.', 'มีค'],
  ['เมษายน', 'เม.ย.', 'เมย'],
  ['พฤษภาคม', 'พ.ค.', 'พค'],
  ['มิถุนายน', 'มิ.ย.', 'มิย'],
  ['กรกฎาคม', 'ก.ค.', 'กค'],
  ['สิงหาคม', 'ส.ค.', 'สค'],
  ['กันยายน', 'ก.ย.', 'กย'],
  ['ตุลาคม', 'ต.ค.', 'ตค'],
  ['พฤศจิกายน', 'พ.ย.', 'พย'],
  ['ธันวาคม', 'ธ.ค.', 'ธค'],
];
const THAI_MONTH_INDEX = new Map<string, number>(
  THAI_MONTHS.flatMap((names, i) => names.map((n) => [n, i + 1] as const)),
);
const THAI_DATE_RE = /^(\d{1,2})\s+([\u0E00-\u0E7F.]+)\s+(\d{4})$/;

const INT4_MAX = 2147483647;
const INT8_MAX = '9223372036854775807';

function digitsWithin(digits: string, max: string): boolean {
  const d = digits.replace(/^0+(?=\d)/, '');
  return d.length < max.length || (d.length === max.length && d <= max);
}

function normalizeInt(v: string, limit: 'int' | 'bigint'): string | null {
  let s = v;
  if (!INT_RE.test(s)) {
    if (!GROUPED_INT_RE.test(s)) return null;
    s = s.replaceAll(',', '');
  }
  const digits = s.charCodeAt(0) === 45 || s.charCodeAt(0) === 43 ? s.length - 1 : s.length;
  // Up to 9 digits always fit int4, up to 18 always fit int8: no conversion needed (hot path).
  if (limit === 'int') {
    if (digits <= 9) return s;
    if (digits > 10) return null;
    const n = Number(s);
    return n <= INT4_MAX && n >= -INT4_MAX - 1 ? s : null;
  }
  if (digits <= 18) return s;
  return digitsWithin(s.replace(/^[+-]/, ''), INT8_MAX) ? s : null;
}

function normalizeNumeric(v: string): string | null {
  if (NUMERIC_RE.test(v)) return v;
  if (GROUPED_NUMERIC_RE.test(v)) return v.replaceAll(',', '');
  return null;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isDay(year: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || year < 1 || year > 9999) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return d <= (m === 2 && leap ? 29 : (DAYS_IN_MONTH[m - 1] ?? 31));
}

function calendarDate(y: number, m: number, d: number): string | null {
  const year = y >= 2400 ? y - 543 : y;
  if (!isDay(year, m, d)) return null;
  return `${String(year).padStart(4, '0')}-${m < 10 ? `0${m}` : m}-${d < 10 ? `0${d}` : d}`;
}

const STRICT_ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function normalizeDate(v: string): string | null {
  let m = STRICT_ISO_DATE_RE.exec(v);
  // Already canonical (the common case): check the calendar, keep the text.
  if (m && Number(m[1]) < 2400)
    return calendarDate(Number(m[1]), Number(m[2]), Number(m[3])) ? v : null;
  m = ISO_DATE_RE.exec(v);
  if (m) return calendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = SLASH_DATE_RE.exec(v);
  // Day first, as Thai (and most non-US) data writes it.
  if (m) return calendarDate(Number(m[3]), Number(m[2]), Number(m[1]));
  m = YMD_SLASH_RE.exec(v);
  if (m) return calendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = THAI_DATE_RE.exec(v);
  if (m) {
    const month = THAI_MONTH_INDEX.get(m[2] ?? '');
    if (month) return calendarDate(Number(m[3]), month, Number(m[1]));
  }
  return null;
}

function normalizeTimestamp(v: string): string | null {
  const m = TIMESTAMP_RE.exec(v);
  if (!m) return null;
  const date = normalizeDate(m[1] ?? '');
  if (!date) return null;
  const h = Number(m[2]);
  const mi = Number(m[3]);
  const s = Number(m[4] ?? '0');
  if (h > 23 || mi > 59 || s > 60) return null;
  const frac = m[5] ?? '';
  const local = `${date} ${String(h).padStart(2, '0')}:${m[3]}:${String(s).padStart(2, '0')}${frac}`;
  const zone = m[6];
  if (!zone) return local;
  // A zoned instant is stored as UTC in a timestamp column (CKAN's datastore does the same).
  const iso = `${date}T${String(h).padStart(2, '0')}:${m[3]}:${String(s).padStart(2, '0')}${frac}${zone === 'Z' ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`;
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return null;
  return t.toISOString().replace('T', ' ').replace('Z', '');
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 160 || c === 10 || c === 13;

/** The COPY text of `value` for `type`; '' (NULL) for empty cells; null when it does not fit. */
export function normalizeValue(type: LoadType, value: string): string | null {
  if (value === '') return '';
  // Trim only when needed: most cells have no surrounding space (hot path).
  const v =
    isSpace(value.charCodeAt(0)) || isSpace(value.charCodeAt(value.length - 1))
      ? value.trim()
      : value;
  if (v === '') return '';
  if (type === 'text') return copyField(value);
  const first = v.charCodeAt(0);
  // '-', '–', '—', 'n', 'N': maybe a placeholder ('-', 'N/A', 'null'); read as NULL.
  if (
    (first === 45 || first === 8211 || first === 8212 || first === 110 || first === 78) &&
    isPlaceholder(v)
  ) {
    return '';
  }
  switch (type) {
    case 'int':
    case 'bigint':
      return normalizeInt(v, type);
    case 'numeric':
      return normalizeNumeric(v);
    case 'date':
      return normalizeDate(v);
    case 'timestamp':
      return normalizeTimestamp(v) ?? (normalizeDate(v) ? `${normalizeDate(v)} 00:00:00` : null);
  }
}

const INFERENCE_ORDER: readonly LoadType[] = ['int', 'bigint', 'numeric', 'date', 'timestamp'];

/** Cells that mean "no value" in government spreadsheets; typed columns read them as NULL. */
const PLACEHOLDERS = new Set(['-', '–', '—', 'n/a', 'na', 'null', 'none']);

export function isPlaceholder(value: string): boolean {
  return PLACEHOLDERS.has(value.trim().toLowerCase());
}

/** Share of sampled values a type must fit; the rest are reported as bad rows. */
export const INFERENCE_MIN_FIT = 0.9;

/**
 * The narrowest type that at least 90% of the non-empty sample values fit; text when none does
 * or the column is empty. A stray word in a column of numbers ('ไม่ทราบ') therefore does not turn
 * the column into text: its row is reported by line instead, and the publisher may set the
 * column to text and load again. Codes with leading zeros ('0105', postal and ID codes) stay
 * text, because as numbers they would lose the zeros.
 */
export function inferType(values: readonly string[]): LoadType {
  const present = values.map((v) => v.trim()).filter((v) => v !== '' && !isPlaceholder(v));
  if (present.length === 0) return 'text';
  const needed = Math.ceil(present.length * INFERENCE_MIN_FIT);
  const leadingZeros = present.filter(
    (v) => /^[+-]?0\d/.test(v) && normalizeDate(v) === null,
  ).length;
  if (leadingZeros > 0) return 'text';
  for (const type of INFERENCE_ORDER) {
    let fit = 0;
    for (const v of present) if (normalizeValue(type, v) !== null) fit++;
    if (fit >= needed) return type;
  }
  return 'text';
}

/** How many rows the inference looks at (docs/opendata.md, "Datastore"). */
export const INFERENCE_SAMPLE_ROWS = 1000;

const NEEDS_QUOTES = /[",\r\n]/;

/** A CSV field for COPY: quoted when it holds a delimiter, quote or line break; blank is NULL. */
export function copyField(value: string): string {
  if (value === '') return '';
  if (NEEDS_QUOTES.test(value)) return `"${value.replaceAll('"', '""')}"`;
  if (isSpace(value.charCodeAt(0)) && value.trim() === '') return '';
  // COPY reads a lone \. as the end of data.
  return value === '\\.' ? '"\\."' : value;
}

/**
 * How the loader checks a value on its UTF-8 bytes, to send a record to COPY as it came in the
 * file (bench/opendata.bench.ts: decoding, splitting and rebuilding every record was most of the
 * load's time). A check passes only writings that normalizeValue keeps unchanged and that
 * PostgreSQL's CSV mode reads as the same value; anything else (a Thai date, a thousands
 * separator, a placeholder, a blank) is left to normalizeValue, which rewrites or refuses it.
 * Failing a check is therefore always safe.
 */
export const byteCheck = { text: 0, int: 1, bigint: 2, numeric: 3, date: 4, timestamp: 5 } as const;

const ZERO = 48;
const isDigit = (x: number) => (x - ZERO) >>> 0 <= 9;

function signedDigits(b: Uint8Array, s: number, e: number, max: number): boolean {
  let i = b[s] === 45 || b[s] === 43 ? s + 1 : s;
  if (e - i < 1 || e - i > max) return false;
  for (; i < e; i++) if (!isDigit(b[i]!)) return false;
  return true;
}

function plainNumeric(b: Uint8Array, s: number, e: number): boolean {
  let i = b[s] === 45 || b[s] === 43 ? s + 1 : s;
  let digits = 0;
  for (; i < e && isDigit(b[i]!); i++) digits++;
  if (i < e && b[i] === 46) for (i++; i < e && isDigit(b[i]!); i++) digits++;
  return i === e && digits > 0;
}

function number(b: Uint8Array, s: number, e: number): number {
  let n = 0;
  for (let i = s; i < e; i++) {
    if (!isDigit(b[i]!)) return -1;
    n = n * 10 + b[i]! - ZERO;
  }
  return n;
}

function isoDate(b: Uint8Array, s: number, e: number): boolean {
  if (e - s !== 10 || b[s + 4] !== 45 || b[s + 7] !== 45) return false;
  const year = number(b, s, s + 4);
  // From 2400 a year is Buddhist-era and normalizeDate rewrites it.
  return year < 2400 && isDay(year, number(b, s + 5, s + 7), number(b, s + 8, e));
}

/** `YYYY-MM-DD HH:MM:SS`, with up to 6 digits of a second or none, as normalizeTimestamp writes. */
function isoTimestamp(b: Uint8Array, s: number, e: number): boolean {
  const length = e - s;
  if (length !== 19 && (length < 21 || length > 26 || b[s + 19] !== 46)) return false;
  if (b[s + 10] !== 32 || b[s + 13] !== 58 || b[s + 16] !== 58 || !isoDate(b, s, s + 10)) {
    return false;
  }
  const hour = number(b, s + 11, s + 13);
  const minute = number(b, s + 14, s + 16);
  const second = number(b, s + 17, s + 19);
  return (
    hour >= 0 &&
    hour <= 23 &&
    minute >= 0 &&
    minute <= 59 &&
    second >= 0 &&
    second <= 60 &&
    number(b, s + 20, e) >= 0
  );
}

/**
 * True when bytes s..e of `b`, one value of a column checked by `check`, may go to COPY as they
 * are (s === e is an empty unquoted value: NULL both ways). Text must not start with a space,
 * tab, control character or no-break space (copyField turns a blank value into NULL) nor be a
 * lone `\.` (COPY's end-of-data mark).
 */
export function isAsIs(check: number, b: Uint8Array, s: number, e: number): boolean {
  if (s === e) return true;
  switch (check) {
    case byteCheck.text: {
      const first = b[s]!;
      if (first <= 32 || (first === 0xc2 && b[s + 1] === 0xa0)) return false;
      return !(first === 92 && e - s === 2 && b[s + 1] === 46);
    }
    case byteCheck.int:
      return signedDigits(b, s, e, 9);
    case byteCheck.bigint:
      return signedDigits(b, s, e, 18);
    case byteCheck.numeric:
      return plainNumeric(b, s, e);
    case byteCheck.date:
      return isoDate(b, s, e);
    case byteCheck.timestamp:
      return isoTimestamp(b, s, e);
    default:
      return false;
  }
}
