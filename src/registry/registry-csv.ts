// The registry CSV format (docs/registry-import.md): header, per-row rules, normalisation, and the
// line each valid row becomes in the import's staging table. Plain functions, no database.
//
// The hot path matters: a national load is tens of millions of rows, so a row that is already in
// canonical form is checked with char-code tests and forwarded to COPY as the very text it came in
// (see csv-reader.ts); only rows that need normalising (B.E. years, separators in IDs, spaces) are
// re-serialised.

import { findProvinceByName } from '../orgs/index.ts';
import { citizenIdCheckDigit, normalizeCitizenId, normalizeHouseId } from './citizen-id.ts';
import type { CsvRecord } from './csv-reader.ts';
import { normalizeLaserCode } from './laser-code.ts';
import { BE_OFFSET, daysInMonth } from './partial-date.ts';
import { REGISTRY_CSV_COLUMNS } from './synthetic.ts';

export { REGISTRY_CSV_COLUMNS };
export type RegistryCsvColumn = (typeof REGISTRY_CSV_COLUMNS)[number];

/** One problem found in the file, with the physical line it is on (1 = the header). */
export interface RowProblem {
  line: number;
  /** Message code (messages.ts) and its parameters. */
  code: string;
  params: Record<string, string | number>;
}

const COLUMN_COUNT = REGISTRY_CSV_COLUMNS.length;

// Years typed at or above this are Buddhist era, as in partial-date.ts: B.E. 2400 is C.E. 1857,
// before anyone on the register was born, and C.E. 2400 is centuries away.
const BE_THRESHOLD = 2400;
const MIN_YEAR = 1800;

const MAX_NAME = 100;
const MAX_TEXT = 200;
const MAX_HOUSE_NO = 20;
const MAX_CARD_NUMBER = 32;

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
export const CONTROL_RE = /[\u0000-\u001f\u007f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: replacing them for display is the point.
const CONTROL_GLOBAL_RE = /[\u0000-\u001f\u007f]/g;
const CARD_NUMBER_RE = /^[0-9A-Za-z-]+$/;
const NATIONALITY_RE = /^[A-Z]{3}$/;

export const GENDERS = ['male', 'female', 'other'] as const;
export const LIFE_STATUSES = ['alive', 'deceased'] as const;
export const RESIDENCE_ROLES = ['owner', 'resident'] as const;
export const CARD_STATUSES = ['active', 'expired', 'revoked'] as const;

const HOUSE_COLUMNS: RegistryCsvColumn[] = [
  'house_no',
  'moo',
  'soi',
  'road',
  'subdistrict',
  'district',
  'province',
  'postal_code',
  'registration_office',
  'residence_role',
  'resident_since',
];
const CARD_COLUMNS: RegistryCsvColumn[] = [
  'laser_code',
  'card_issued',
  'card_expires',
  'card_status',
];

/** Problems with the header line; the header must be exactly {@link REGISTRY_CSV_COLUMNS}. */
export function checkHeader(fields: string[], line = 1): RowProblem[] {
  const names = fields.map((f, i) => (i === 0 ? f.replace(/^\uFEFF/, '') : f).trim());
  const problems: RowProblem[] = [];
  const missing = REGISTRY_CSV_COLUMNS.filter((c) => !names.includes(c));
  const unknown = names.filter((n) => !(REGISTRY_CSV_COLUMNS as readonly string[]).includes(n));
  if (missing.length) {
    problems.push({
      line,
      code: 'registry.import.header_missing',
      params: { columns: missing.join(', ') },
    });
  }
  if (unknown.length) {
    problems.push({
      line,
      code: 'registry.import.header_unknown',
      params: { columns: unknown.join(', ') },
    });
  }
  if (problems.length === 0 && names.join(',') !== REGISTRY_CSV_COLUMNS.join(',')) {
    problems.push({
      line,
      code: 'registry.import.header_order',
      params: { columns: REGISTRY_CSV_COLUMNS.join(',') },
    });
  }
  return problems;
}

function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return s.length > 0;
}

function hasOuterSpace(s: string): boolean {
  return s.length > 0 && (s.charCodeAt(0) === 32 || s.charCodeAt(s.length - 1) === 32);
}

/** Today as 'YYYY-MM-DD' (UTC), the bound for birth dates and other past events. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Value shown back in a message: short, one line. */
function shown(value: string): string {
  const v = value.replace(CONTROL_GLOBAL_RE, ' ');
  return v.length > 40 ? `${v.slice(0, 40)}…` : v;
}

interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** 'YYYY-MM-DD' with the given parts allowed to be 00; null if malformed. Year as written. */
function dateParts(s: string): DateParts | null {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return null;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return null;
    year = year * 10 + c;
  }
  const m1 = s.charCodeAt(5) - 48;
  const m2 = s.charCodeAt(6) - 48;
  const d1 = s.charCodeAt(8) - 48;
  const d2 = s.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return null;
  return { year, month: m1 * 10 + m2, day: d1 * 10 + d2 };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

// Column positions as a literal object (a fixed shape, so each lookup is a constant offset).
const C = {
  citizen_id: 0,
  title_th: 1,
  given_name_th: 2,
  middle_name_th: 3,
  family_name_th: 4,
  title_en: 5,
  given_name_en: 6,
  middle_name_en: 7,
  family_name_en: 8,
  birth_date: 9,
  gender: 10,
  nationality: 11,
  status: 12,
  house_id: 13,
  house_no: 14,
  moo: 15,
  soi: 16,
  road: 17,
  subdistrict: 18,
  district: 19,
  province: 20,
  postal_code: 21,
  registration_office: 22,
  residence_role: 23,
  resident_since: 24,
  card_number: 25,
  laser_code: 26,
  card_issued: 27,
  card_expires: 28,
  card_status: 29,
  photo_ref: 30,
} as const satisfies Record<RegistryCsvColumn, number>;

/**
 * The checks of one row. One instance is reused for every row and its helpers are methods, not
 * closures: creating a dozen closures per row (plus tsx's name-keeping wrapper for each) cost
 * more than the checks themselves at a million rows.
 */
class RowCheck {
  line = 0;
  f: string[] = [];
  problems: RowProblem[] | null = null;
  changed = false;
  /** True when the whole line is known to be free of control characters; else null. */
  controlFree: true | null = null;

  add(code: string, column: RegistryCsvColumn, params?: Record<string, string | number>) {
    if (this.problems === null) this.problems = [];
    this.problems.push({ line: this.line, code, params: { column, ...params } });
  }

  text(c: RegistryCsvColumn, required: boolean, max: number) {
    const i = C[c];
    let v = this.f[i] as string;
    if (hasOuterSpace(v)) {
      v = v.trim();
      this.f[i] = v;
      this.changed = true;
    }
    if (v.length === 0) {
      if (required) this.add('registry.import.required', c);
      return;
    }
    if (v.length > max) this.add('registry.import.too_long', c, { max });
    if (this.controlFree === null && CONTROL_RE.test(v)) {
      this.add('registry.import.control_character', c);
    }
  }

  oneOf(c: RegistryCsvColumn, allowed: readonly string[]) {
    const i = C[c];
    const v = this.f[i] as string;
    if (allowed.includes(v)) return;
    const lower = v.trim().toLowerCase();
    if (allowed.includes(lower)) {
      this.f[i] = lower;
      this.changed = true;
      return;
    }
    if (v.length === 0) this.add('registry.import.required', c);
    else {
      this.add('registry.import.not_allowed', c, { value: shown(v), allowed: allowed.join(', ') });
    }
  }

  /** Full date (no 00 parts), B.E. converted to C.E.; returns the canonical value or null. */
  fullDate(c: RegistryCsvColumn, required: boolean): string | null {
    const i = C[c];
    const raw = this.f[i] as string;
    const v = raw.length === 10 ? raw : raw.trim();
    if (v.length === 0) {
      if (required) this.add('registry.import.required', c);
      return null;
    }
    const p = dateParts(v);
    if (!p) {
      this.add('registry.import.date_format', c, { value: shown(v) });
      return null;
    }
    const year = p.year >= BE_THRESHOLD ? p.year - BE_OFFSET : p.year;
    if (
      year < MIN_YEAR ||
      p.month < 1 ||
      p.month > 12 ||
      p.day < 1 ||
      p.day > daysInMonth(year, p.month)
    ) {
      this.add('registry.import.date_invalid', c, { value: shown(v) });
      return null;
    }
    const iso = year === p.year ? v : `${pad(year, 4)}${v.slice(4)}`;
    if (iso !== raw) {
      this.f[i] = iso;
      this.changed = true;
    }
    return iso;
  }

  citizenId() {
    const f = this.f;
    let v = f[C.citizen_id] as string;
    if (!(v.length === 13 && isDigits(v))) {
      const n = normalizeCitizenId(v);
      if (n !== null) {
        v = n;
        f[C.citizen_id] = n;
        this.changed = true;
      }
    }
    if (v.length === 0) this.add('registry.import.required', 'citizen_id');
    else if (!(v.length === 13 && isDigits(v))) {
      this.add('registry.import.citizen_id_format', 'citizen_id');
    } else if (citizenIdCheckDigit(v.slice(0, 12)) !== v.charCodeAt(12) - 48) {
      this.add('registry.import.citizen_id_checksum', 'citizen_id');
    }
  }

  /** The registry's partial date, 00 for an unknown month or day (partial-date.ts). */
  birthDate(today: string) {
    const f = this.f;
    const raw = f[C.birth_date] as string;
    const v = raw.length === 10 ? raw : raw.trim();
    if (v.length === 0) {
      this.add('registry.import.required', 'birth_date');
      return;
    }
    const p = dateParts(v);
    if (!p) {
      this.add('registry.import.date_format', 'birth_date', { value: shown(v) });
      return;
    }
    const year = p.year >= BE_THRESHOLD ? p.year - BE_OFFSET : p.year;
    const valid =
      year >= MIN_YEAR &&
      p.month <= 12 &&
      (p.month === 0 ? p.day === 0 : p.day <= daysInMonth(year, p.month));
    if (!valid) {
      this.add('registry.import.birth_date_invalid', 'birth_date', { value: shown(v) });
      return;
    }
    const iso = year === p.year ? v : `${pad(year, 4)}${v.slice(4)}`;
    // Unknown parts compare as 00, so a partial date in the current month or year passes.
    if (iso > today) this.add('registry.import.date_in_future', 'birth_date', { value: shown(v) });
    if (iso !== raw) {
      f[C.birth_date] = iso;
      this.changed = true;
    }
  }

  nationality() {
    const f = this.f;
    const v = f[C.nationality] as string;
    if (NATIONALITY_RE.test(v)) return;
    const upper = v.trim().toUpperCase();
    if (NATIONALITY_RE.test(upper)) {
      f[C.nationality] = upper;
      this.changed = true;
    } else if (v.length === 0) this.add('registry.import.required', 'nationality');
    else this.add('registry.import.nationality', 'nationality', { value: shown(v) });
  }

  /** House and residence: all or nothing, keyed by house_id. */
  house(today: string) {
    const f = this.f;
    let v = f[C.house_id] as string;
    if (v.length !== 11) v = v.trim();
    if (v.length === 0) {
      for (const c of HOUSE_COLUMNS) {
        if ((f[C[c]] as string).trim().length > 0) this.add('registry.import.needs_house', c);
      }
      return;
    }
    if (!(v.length === 11 && isDigits(v))) {
      const n = normalizeHouseId(v);
      if (n === null) this.add('registry.import.house_id', 'house_id', { value: shown(v) });
      else v = n;
    }
    if (v !== f[C.house_id]) {
      f[C.house_id] = v;
      this.changed = true;
    }
    this.text('house_no', true, MAX_HOUSE_NO);
    const m = f[C.moo] as string;
    if (m.length > 0) {
      const n = isDigits(m) && m.length <= 3 ? Number(m) : Number.NaN;
      if (!(n >= 1 && n <= 99)) this.add('registry.import.moo', 'moo', { value: shown(m) });
      else if (m.length > 2 || m.charCodeAt(0) === 48) {
        f[C.moo] = String(n);
        this.changed = true;
      }
    }
    this.text('soi', false, MAX_NAME);
    this.text('road', false, MAX_NAME);
    this.text('subdistrict', true, MAX_NAME);
    this.text('district', true, MAX_NAME);
    const pv = f[C.province] as string;
    const province = pv.length === 0 ? null : provinceName(pv);
    if (pv.trim().length === 0) this.add('registry.import.required', 'province');
    else if (province === null) {
      this.add('registry.import.province', 'province', { value: shown(pv) });
    } else if (province !== pv) {
      f[C.province] = province;
      this.changed = true;
    }
    const pc = f[C.postal_code] as string;
    if (pc.length === 0) this.add('registry.import.required', 'postal_code');
    else if (!(pc.length === 5 && isDigits(pc))) {
      this.add('registry.import.postal_code', 'postal_code', { value: shown(pc) });
    }
    this.text('registration_office', false, MAX_TEXT);
    this.oneOf('residence_role', RESIDENCE_ROLES);
    const since = this.fullDate('resident_since', true);
    if (since && since > today) {
      this.add('registry.import.date_in_future', 'resident_since', { value: since });
    }
  }

  /** Card: all or nothing, keyed by card_number. */
  card(today: string) {
    const f = this.f;
    const v = (f[C.card_number] as string).trim();
    if (v.length === 0) {
      for (const c of CARD_COLUMNS) {
        if ((f[C[c]] as string).trim().length > 0) this.add('registry.import.needs_card', c);
      }
      return;
    }
    if (v !== f[C.card_number]) {
      f[C.card_number] = v;
      this.changed = true;
    }
    if (v.length > MAX_CARD_NUMBER || !CARD_NUMBER_RE.test(v)) {
      this.add('registry.import.card_number', 'card_number', { value: shown(v) });
    }
    const laser = f[C.laser_code] as string;
    if (laser.length === 0) this.add('registry.import.required', 'laser_code');
    else {
      const n = LASER_RE.test(laser) ? laser : normalizeLaserCode(laser);
      if (n === null) this.add('registry.import.laser_code', 'laser_code', { value: shown(laser) });
      else if (n !== laser) {
        f[C.laser_code] = n;
        this.changed = true;
      }
    }
    const issued = this.fullDate('card_issued', true);
    const expires = this.fullDate('card_expires', false);
    if (issued && issued > today) {
      this.add('registry.import.date_in_future', 'card_issued', { value: issued });
    }
    if (issued && expires && expires <= issued) {
      this.add('registry.import.expiry_before_issue', 'card_expires', { value: expires, issued });
    }
    this.oneOf('card_status', CARD_STATUSES);
  }
}

const LASER_RE = /^[A-Z]{2}\d{10}$/;
const check = new RowCheck();

/**
 * Checks and normalises one data record in place (`record.fields`). Returns the problems found,
 * or whether the row is still the very text it came in as (`same`: `record.raw` can be forwarded
 * to COPY as is) or had to be normalised (`changed`: the fields must be re-serialised).
 */
export function checkRow(record: CsvRecord, today: string): RowProblem[] | 'same' | 'changed' {
  const { line } = record;
  const f = record.fields;
  if (f.length !== COLUMN_COUNT) {
    return [
      {
        line,
        code: 'registry.import.column_count',
        params: { expected: COLUMN_COUNT, found: f.length },
      },
    ];
  }
  const k = check;
  k.line = line;
  k.f = f;
  k.problems = null;
  k.changed = false;
  // One test over the whole raw line clears every field at once; a quoted record, or a line that
  // fails it, is checked field by field so the report names the field.
  k.controlFree = record.raw !== null && !CONTROL_RE.test(record.raw) ? true : null;

  k.citizenId();
  k.text('title_th', true, MAX_NAME);
  k.text('given_name_th', true, MAX_NAME);
  k.text('middle_name_th', false, MAX_NAME);
  k.text('family_name_th', true, MAX_NAME);
  k.text('title_en', false, MAX_NAME);
  k.text('given_name_en', false, MAX_NAME);
  k.text('middle_name_en', false, MAX_NAME);
  k.text('family_name_en', false, MAX_NAME);
  k.birthDate(today);
  k.oneOf('gender', GENDERS);
  k.nationality();
  k.oneOf('status', LIFE_STATUSES);
  k.house(today);
  k.card(today);
  k.text('photo_ref', false, MAX_TEXT);

  const problems = k.problems;
  k.f = [];
  if (problems) return problems;
  return record.raw !== null && !k.changed ? 'same' : 'changed';
}

/**
 * Validates and normalises one data record. Returns the staging line (the record's line number,
 * then the 31 columns in canonical form, CSV without a line ending) or the problems found.
 */
export function validateRow(
  record: CsvRecord,
  today: string,
): { ok: true; staged: string } | { ok: false; problems: RowProblem[] } {
  const r = checkRow(record, today);
  if (typeof r !== 'string') return { ok: false, problems: r };
  if (r === 'same') return { ok: true, staged: `${record.line},${record.raw}` };
  return { ok: true, staged: `${record.line},${record.fields.map(csvField).join(',')}` };
}

let lastProvinceInput = '';
let lastProvince: string | null = null;

/** Canonical Thai province name from its Thai or English name (`Chiang Mai`, `จ.เชียงใหม่`). */
function provinceName(input: string): string | null {
  // Rows come grouped by household and area, so the same spelling repeats row after row.
  if (input === lastProvinceInput) return lastProvince;
  lastProvinceInput = input;
  lastProvince = findProvinceByName(input)?.nameTh ?? null;
  return lastProvince;
}

/** RFC 4180 field: quoted only when it must be. An empty field is NULL to COPY. */
export function csvField(value: string): string {
  if (!/[",\r\n]/.test(value)) return value;
  return `"${value.replaceAll('"', '""')}"`;
}
