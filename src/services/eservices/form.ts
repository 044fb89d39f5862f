import { findDistrictByCode, findProvinceByCode } from '../../orgs/index.ts';
import { formatDate, formatNumber, type Lang, pick } from '../../platform/i18n/index.ts';
import { holds, type Value } from './expression.ts';
import type {
  AddressValue,
  Answers,
  AnswerValue,
  ClaimName,
  Claims,
  DraftState,
  EServiceDefinition,
  Field,
  FileRef,
  LocalText,
  Page,
  ShowIf,
} from './types.ts';
import {
  addressParts,
  checkCitizenId,
  checkDate,
  checkEmail,
  checkNumber,
  checkPhone,
  checkPostalCode,
  findDistrictInProvince,
  formatCitizenId,
  formatPhone,
  postalCodeFits,
  todayIso,
} from './values.ts';

/**
 * The rules of filling in a definition: which fields show, what a page's typed values mean, and
 * whether the answers meet the eligibility rules. Plain functions over plain data; the routes
 * only move values between HTTP and these.
 */
export interface FieldProblem {
  /** i18n key of the message; {label} is filled with the field's label. */
  code: string;
  params?: Record<string, string | number>;
  /** Params that are ISO dates, formatted in the reader's language. */
  dateParams?: Record<string, string>;
  label: LocalText;
  /** A message written by the service designer (patternMessage) instead of `code`. */
  message?: LocalText;
}

export type Problems = Record<string, FieldProblem>;

export const emptyDraft = (): DraftState => ({ values: {}, rows: {}, files: {}, prefilled: {} });

/** Input names: `name`, `name.part` for an address, `name.<row>.<sub>` for repeating rows. */
export const partName = (field: string, part: string) => `${field}.${part}`;
export const rowName = (field: string, row: number, sub: string) => `${field}.${row}.${sub}`;
export const ROWS_INPUT = '_rows.';

const DEFAULT_MAX_TEXT = 1000;
const DEFAULT_MAX_MULTILINE = 5000;
const DEFAULT_MAX_ROWS = 20;

function isTicked(raw: string | undefined): boolean {
  return raw === 'on' || raw === 'true' || raw === 'yes';
}

function comparable(field: Field, raw: string | undefined): string | number | boolean {
  const text = (raw ?? '').trim();
  if (field.type === 'checkbox') return isTicked(text);
  if (field.type === 'number') {
    const n = checkNumber(text);
    return n.ok ? n.value : text;
  }
  return text;
}

/** Which pages and fields show for these typed values (conditions look only backwards). */
export function visibility(def: EServiceDefinition, values: Record<string, string>) {
  const fields = new Map<string, Field>();
  const visibleFields = new Set<string>();
  const visiblePages = new Set<string>();
  const met = (s: ShowIf | undefined) => {
    if (!s) return true;
    const target = fields.get(s.field);
    if (!target || !visibleFields.has(s.field)) return false;
    const v = comparable(target, values[s.field]);
    if (s.in) return s.in.some((x) => x === v || String(x) === String(v));
    return s.equals === v || (typeof s.equals !== 'boolean' && String(s.equals) === String(v));
  };
  for (const page of def.pages) {
    const pageShown = met(page.showIf);
    if (pageShown) visiblePages.add(page.id);
    for (const f of page.fields) {
      fields.set(f.name, f);
      if (pageShown && met(f.showIf)) visibleFields.add(f.name);
    }
  }
  return { fields: visibleFields, pages: visiblePages };
}

export function visiblePages(def: EServiceDefinition, values: Record<string, string>): Page[] {
  const v = visibility(def, values);
  return def.pages.filter((p) => v.pages.has(p.id));
}

/** Every input name a field posts (for copying a page's posted values into the draft). */
export function inputNames(field: Field, rows: number): string[] {
  if (field.type === 'address') return addressParts.map((p) => partName(field.name, p));
  if (field.type === 'repeat') {
    const names: string[] = [];
    for (let r = 0; r < rows; r++)
      for (const sub of field.fields ?? []) names.push(rowName(field.name, r, sub.name));
    return names;
  }
  if (field.type === 'file') return [];
  return [field.name];
}

export function rowCount(field: Field, state: DraftState): number {
  const max = field.maxRows ?? DEFAULT_MAX_ROWS;
  const wanted = state.rows[field.name] ?? Math.max(field.minRows ?? 0, 1);
  return Math.min(Math.max(wanted, 0), max);
}

/**
 * Copies what a page posted into the draft. Locked (claim-bound) fields keep the claim's value
 * whatever is posted; an unticked checkbox posts nothing and so becomes ''.
 */
export function mergePosted(
  page: Page,
  state: DraftState,
  posted: Record<string, string>,
): DraftState {
  const values = { ...state.values };
  const rows = { ...state.rows };
  for (const field of page.fields) {
    if (field.locked && state.prefilled[field.name]) continue;
    if (field.type === 'repeat') {
      const max = field.maxRows ?? DEFAULT_MAX_ROWS;
      const postedRows = Number(posted[`${ROWS_INPUT}${field.name}`]);
      const count = Number.isInteger(postedRows)
        ? Math.min(Math.max(postedRows, 0), max)
        : rowCount(field, state);
      // Drop rows that no longer exist, then take the posted ones.
      for (const key of Object.keys(values)) {
        if (key.startsWith(`${field.name}.`)) delete values[key];
      }
      rows[field.name] = count;
      for (const name of inputNames(field, count)) {
        const sub = field.fields?.find((s) => name.endsWith(`.${s.name}`));
        values[name] =
          sub?.type === 'checkbox' ? (isTicked(posted[name]) ? 'on' : '') : (posted[name] ?? '');
      }
      continue;
    }
    for (const name of inputNames(field, 0)) {
      values[name] =
        field.type === 'checkbox' ? (isTicked(posted[name]) ? 'on' : '') : (posted[name] ?? '');
    }
  }
  return { ...state, values, rows };
}

/** Adds or removes a row of a repeating field (the no-JavaScript "add another" buttons). */
export function changeRows(
  field: Field,
  state: DraftState,
  change: { add: true } | { remove: number },
): DraftState {
  const count = rowCount(field, state);
  const values = { ...state.values };
  if ('add' in change) {
    if (count >= (field.maxRows ?? DEFAULT_MAX_ROWS)) return state;
    return { ...state, rows: { ...state.rows, [field.name]: count + 1 } };
  }
  const at = change.remove;
  if (at < 0 || at >= count || count <= (field.minRows ?? 0)) return state;
  for (let r = at; r < count; r++) {
    for (const sub of field.fields ?? []) {
      const next = values[rowName(field.name, r + 1, sub.name)];
      if (r + 1 < count && next !== undefined) values[rowName(field.name, r, sub.name)] = next;
      else delete values[rowName(field.name, r, sub.name)];
    }
  }
  return { ...state, values, rows: { ...state.rows, [field.name]: count - 1 } };
}

function parseSimple(
  field: Field,
  raw: string,
  name: string,
  problems: Problems,
): string | number | boolean | undefined {
  const label = field.label;
  const text = raw.trim();
  const problem = (code: string, extra: Partial<FieldProblem> = {}) => {
    problems[name] = { code, label, ...extra };
    return undefined;
  };
  if (field.type === 'checkbox') {
    const ticked = isTicked(text);
    if (field.required && !ticked) return problem('eservices.must_tick');
    return ticked;
  }
  if (text === '') {
    if (!field.required) return undefined;
    return problem(field.type === 'choice' ? 'eservices.choose' : 'eservices.required');
  }
  switch (field.type) {
    case 'text': {
      const max = field.maxLength ?? (field.multiline ? DEFAULT_MAX_MULTILINE : DEFAULT_MAX_TEXT);
      if ([...text].length > max) return problem('eservices.too_long', { params: { max } });
      if (field.minLength && [...text].length < field.minLength) {
        return problem('eservices.too_short', { params: { min: field.minLength } });
      }
      if (field.pattern && !new RegExp(`^(?:${field.pattern})$`, 'u').test(text)) {
        return problem(
          'eservices.pattern',
          field.patternMessage ? { message: field.patternMessage } : {},
        );
      }
      return text;
    }
    case 'number': {
      const n = checkNumber(text, field.integer);
      if (!n.ok) return problem(n.code);
      if (typeof field.min === 'number' && n.value < field.min) {
        return problem('eservices.number_min', { params: { min: field.min } });
      }
      if (typeof field.max === 'number' && n.value > field.max) {
        return problem('eservices.number_max', { params: { max: field.max } });
      }
      return n.value;
    }
    case 'date': {
      const d = checkDate(text);
      if (!d.ok) return problem(d.code);
      const bound = (b: unknown) => (b === 'today' ? todayIso() : typeof b === 'string' ? b : null);
      const min = bound(field.min);
      const max = bound(field.max);
      if (min && d.value < min) return problem('eservices.date_min', { dateParams: { date: min } });
      if (max && d.value > max) return problem('eservices.date_max', { dateParams: { date: max } });
      return d.value;
    }
    case 'choice':
      if (!field.options?.some((o) => o.value === text)) return problem('eservices.choose');
      return text;
    case 'citizen_id': {
      const c = checkCitizenId(text);
      return c.ok ? c.value : problem(c.code);
    }
    case 'phone': {
      const p = checkPhone(text, field.phoneKind ?? 'any');
      return p.ok ? p.value : problem(p.code);
    }
    case 'email': {
      const e = checkEmail(text);
      return e.ok ? e.value : problem(e.code);
    }
    default:
      return undefined;
  }
}

function parseAddress(field: Field, values: Record<string, string>, problems: Problems) {
  const get = (p: string) => (values[partName(field.name, p)] ?? '').trim();
  const filled = addressParts.some((p) => get(p) !== '');
  if (!filled) {
    if (field.required) {
      problems[partName(field.name, 'house_no')] = {
        code: 'eservices.address_required',
        label: field.label,
      };
    }
    return undefined;
  }
  const need = (part: string, code: string) => {
    if (get(part) === '') problems[partName(field.name, part)] = { code, label: field.label };
  };
  need('house_no', 'eservices.house_no_required');
  need('subdistrict', 'eservices.subdistrict_required');
  need('district', 'eservices.district_required');
  need('province', 'eservices.province_required');
  need('postal_code', 'eservices.postal_code_required');
  const tooLong = (part: string, max: number) => {
    if ([...get(part)].length > max) {
      problems[partName(field.name, part)] = {
        code: 'eservices.too_long',
        params: { max },
        label: field.label,
      };
    }
  };
  tooLong('house_no', 30);
  tooLong('soi', 100);
  tooLong('road', 100);
  tooLong('subdistrict', 100);
  const moo = get('moo');
  if (moo && !/^\d{1,3}$/.test(moo.replace(/^(หมู่ที่|หมู่|ม\.)\s*/u, ''))) {
    problems[partName(field.name, 'moo')] = { code: 'eservices.moo_format', label: field.label };
  }
  const province = findProvinceByCode(get('province'));
  if (get('province') && !province) {
    problems[partName(field.name, 'province')] = {
      code: 'eservices.province_required',
      label: field.label,
    };
  }
  const district =
    province && get('district')
      ? findDistrictInProvince(province.code, get('district'))
      : undefined;
  if (province && get('district') && !district) {
    problems[partName(field.name, 'district')] = {
      code: 'eservices.district_not_in_province',
      params: { district: get('district'), province: province.nameTh },
      label: field.label,
    };
  }
  const postal = get('postal_code') ? checkPostalCode(get('postal_code')) : null;
  if (postal && !postal.ok) {
    problems[partName(field.name, 'postal_code')] = { code: postal.code, label: field.label };
  } else if (postal?.ok && province && !postalCodeFits(province, district, postal.value)) {
    problems[partName(field.name, 'postal_code')] = {
      code: 'eservices.postal_code_province',
      params: { province: province.nameTh },
      label: field.label,
    };
  }
  if (addressParts.some((p) => problems[partName(field.name, p)])) return undefined;
  const value: AddressValue = {
    houseNo: get('house_no'),
    subdistrict: get('subdistrict').replace(/^(ตำบล|ต\.|แขวง)\s*/u, ''),
    districtCode: district!.code,
    provinceCode: province!.code,
    postalCode: (postal as { value: string }).value,
  };
  if (moo) value.moo = moo.replace(/^(หมู่ที่|หมู่|ม\.)\s*/u, '');
  if (get('soi')) value.soi = get('soi').replace(/^(ซอย|ซ\.)\s*/u, '');
  if (get('road')) value.road = get('road').replace(/^(ถนน|ถ\.)\s*/u, '');
  return value;
}

function parseRows(field: Field, state: DraftState, problems: Problems) {
  const count = rowCount(field, state);
  const rows: Array<Record<string, string | number | boolean>> = [];
  for (let r = 0; r < count; r++) {
    const subs = field.fields ?? [];
    const empty = subs.every((s) => {
      const raw = (state.values[rowName(field.name, r, s.name)] ?? '').trim();
      return raw === '' || (s.type === 'checkbox' && !isTicked(raw));
    });
    if (empty) continue;
    const row: Record<string, string | number | boolean> = {};
    for (const sub of subs) {
      const name = rowName(field.name, r, sub.name);
      const v = parseSimple(sub, state.values[name] ?? '', name, problems);
      if (v !== undefined) row[sub.name] = v;
    }
    rows.push(row);
  }
  const min = field.minRows ?? (field.required ? 1 : 0);
  if (rows.length < min) {
    problems[field.name] = { code: 'eservices.rows_min', params: { min }, label: field.label };
  }
  return rows.length ? rows : undefined;
}

/** Parses one field's typed value; problems are keyed by input name. */
export function parseField(
  field: Field,
  state: DraftState,
  problems: Problems,
): AnswerValue | undefined {
  switch (field.type) {
    case 'address':
      return parseAddress(field, state.values, problems);
    case 'repeat':
      return parseRows(field, state, problems);
    case 'file': {
      const file = state.files[field.name];
      if (!file && field.required) {
        problems[field.name] = { code: 'eservices.file_required', label: field.label };
      }
      return file;
    }
    default:
      return parseSimple(field, state.values[field.name] ?? '', field.name, problems);
  }
}

/** Parses the visible fields of one page; hidden fields are neither checked nor kept. */
export function parsePage(def: EServiceDefinition, page: Page, state: DraftState) {
  const shown = visibility(def, state.values);
  const problems: Problems = {};
  const answers: Answers = {};
  if (!shown.pages.has(page.id)) return { answers, problems };
  for (const field of page.fields) {
    if (!shown.fields.has(field.name)) continue;
    const v = parseField(field, state, problems);
    if (v !== undefined) answers[field.name] = v;
  }
  return { answers, problems };
}

/** Parses every visible page: the answers that are stored when the application is submitted. */
export function parseAll(def: EServiceDefinition, state: DraftState) {
  const answers: Answers = {};
  const problems: Problems = {};
  const firstPageWithProblem: { index: number | null } = { index: null };
  def.pages.forEach((page, index) => {
    const r = parsePage(def, page, state);
    Object.assign(answers, r.answers);
    Object.assign(problems, r.problems);
    if (Object.keys(r.problems).length && firstPageWithProblem.index === null) {
      firstPageWithProblem.index = index;
    }
  });
  return { answers, problems, firstPageWithProblem: firstPageWithProblem.index };
}

/** Answers as values of the expression language: repeats become lists per sub-field. */
export function lookupIn(answers: Answers) {
  return (path: string[]): Value => {
    // Own answers only: a rule naming `constructor` must not reach Object.prototype.
    const key = path[0] ?? '';
    if (!Object.hasOwn(answers, key)) return null;
    const v = answers[key];
    if (v === undefined) return null;
    if (Array.isArray(v)) {
      if (path.length === 1) return v.map(() => true);
      return v.map((row) => row[path[1]!] ?? null);
    }
    if (path.length > 1) return null;
    if (typeof v === 'object') return 'filename' in v ? v.filename : null;
    return v;
  };
}

export function checkEligibility(def: EServiceDefinition, answers: Answers, today?: string) {
  if (def.eligibility.length === 0) return [];
  const lookup = lookupIn(answers);
  const on = today ?? todayIso();
  return def.eligibility.map((rule) => ({ rule, met: holds(rule.rule, { lookup, today: on }) }));
}

/** A new draft, filled from the declared claims the identity module could give. */
export function prefilledDraft(def: EServiceDefinition, claims: Claims): DraftState {
  const state = emptyDraft();
  for (const page of def.pages) {
    for (const field of page.fields) {
      const claim = field.prefill;
      if (!claim || !def.claims.includes(claim)) continue;
      const value = claims[claim];
      if (value === undefined || value === '') continue;
      if (field.type === 'address' && typeof value === 'object') {
        const parts: Record<string, string | undefined> = {
          house_no: value.houseNo,
          moo: value.moo,
          soi: value.soi,
          road: value.road,
          subdistrict: value.subdistrict,
          district: value.districtCode,
          province: value.provinceCode,
          postal_code: value.postalCode,
        };
        for (const [part, v] of Object.entries(parts)) {
          if (v) state.values[partName(field.name, part)] = v;
        }
      } else if (typeof value === 'string') {
        state.values[field.name] = value;
      } else continue;
      state.prefilled[field.name] = claim;
    }
  }
  return state;
}

/** The Thai way of writing an address on a letter, or its English order. */
export function formatAddress(a: AddressValue, lang: Lang): string {
  const province = findProvinceByCode(a.provinceCode);
  const district = findDistrictByCode(a.districtCode);
  const bangkok = a.provinceCode === '10';
  if (lang === 'th') {
    return [
      a.houseNo,
      a.moo ? `หมู่ ${a.moo}` : '',
      a.soi ? `ซอย${a.soi}` : '',
      a.road ? `ถนน${a.road}` : '',
      `${bangkok ? 'แขวง' : 'ตำบล'}${a.subdistrict}`,
      district ? `${bangkok ? 'เขต' : 'อำเภอ'}${district.nameTh}` : '',
      province ? (bangkok ? province.nameTh : `จังหวัด${province.nameTh}`) : '',
      a.postalCode,
    ]
      .filter(Boolean)
      .join(' ');
  }
  return [
    a.houseNo,
    a.moo ? `Moo ${a.moo}` : '',
    a.soi ? `Soi ${a.soi}` : '',
    a.road ? `${a.road} Road` : '',
    a.subdistrict,
    district ? `${district.nameEn} District` : '',
    province ? `${province.nameEn} ${a.postalCode}` : a.postalCode,
  ]
    .filter(Boolean)
    .join(', ');
}

export function formatSize(bytes: number, lang: Lang): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round(bytes / 1024), lang)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** One answer as text for people (summaries, the back office, CSV). */
export function formatAnswer(field: Field, value: AnswerValue | undefined, lang: Lang): string {
  if (value === undefined || value === null) return '';
  const yes = lang === 'th' ? 'ใช่' : 'Yes';
  const no = lang === 'th' ? 'ไม่ใช่' : 'No';
  switch (field.type) {
    case 'number':
      return typeof value === 'number'
        ? `${formatNumber(value, lang)}${field.unit ? ` ${pick(field.unit, lang)}` : ''}`
        : String(value);
    case 'date':
      return typeof value === 'string' ? formatDate(value, lang) : '';
    case 'choice': {
      const o = field.options?.find((x) => x.value === value);
      return o ? pick(o.label, lang) : String(value);
    }
    case 'checkbox':
      return value === true ? yes : no;
    case 'citizen_id':
      return formatCitizenId(String(value));
    case 'phone':
      return formatPhone(String(value));
    case 'address':
      return typeof value === 'object' && 'houseNo' in value ? formatAddress(value, lang) : '';
    case 'file':
      return typeof value === 'object' && 'filename' in value
        ? `${(value as FileRef).filename} (${formatSize((value as FileRef).size, lang)})`
        : '';
    case 'repeat':
      if (!Array.isArray(value)) return '';
      return value
        .map((row) =>
          (field.fields ?? [])
            .map((sub) => formatAnswer(sub, row[sub.name] as AnswerValue | undefined, lang))
            .filter(Boolean)
            .join(', '),
        )
        .join('; ');
    default:
      return String(value);
  }
}

/** The claims a definition declared, in the order it declared them. */
export function declaredClaims(def: EServiceDefinition, claims: Claims): Claims {
  const out: Claims = {};
  for (const c of def.claims) if (claims[c] !== undefined) out[c] = claims[c];
  return out;
}

export const registryClaims: ReadonlySet<ClaimName> = new Set(['birthdate', 'gender', 'address']);
