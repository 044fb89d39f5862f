import { createHash } from 'node:crypto';
import { DomainError } from '../../platform/errors.ts';
import { FieldCollector } from '../../platform/forms.ts';
import { claimFits, findField, LIMITS, NAME_PATTERN, patternProblem } from './definition.ts';
import {
  type ClaimName,
  claimNames,
  type EServiceDefinition,
  type Field,
  type FieldType,
  type FileKind,
  fieldTypes,
  fileKinds,
  type LocalText,
  rowFieldTypes,
} from './types.ts';
import { checkDate } from './values.ts';

/**
 * What the builder's forms do to a working copy: each function takes a definition and returns a
 * new one (never mutates), or throws a FormError naming the form field that is wrong. Whether the
 * whole definition is publishable is checkDefinition's job at publish time.
 */
const clone = (def: EServiceDefinition): EServiceDefinition => structuredClone(def);

function localText(
  values: Record<string, string>,
  key: string,
  errors: FieldCollector,
  required: boolean,
  codes: { th: string; en: string },
): LocalText | undefined {
  const th = values[`${key}_th`] ?? '';
  const en = values[`${key}_en`] ?? '';
  if (!th && !en && !required) return undefined;
  if (!th) errors.add(`${key}_th`, codes.th);
  if (!en) errors.add(`${key}_en`, codes.en);
  return { th, en };
}

/** "value|ไทย|English" per line, the plainest way to type a list of options without JavaScript. */
export function parseOptions(text: string) {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const options = lines.map((line) => {
    const [value = '', th = '', en = ''] = line.split('|').map((s) => s.trim());
    return { value: value.toLowerCase(), label: { th: th || value, en: en || th || value } };
  });
  const ok =
    options.length >= 2 &&
    options.length <= LIMITS.options &&
    options.every((o) => /^[a-z0-9][a-z0-9_-]{0,39}$/.test(o.value)) &&
    new Set(options.map((o) => o.value)).size === options.length;
  return ok ? options : null;
}

export function formatOptions(field: Field): string {
  return (field.options ?? []).map((o) => `${o.value}|${o.label.th}|${o.label.en}`).join('\n');
}

/** Sub-fields of repeating rows, one per line: "name|type|ไทย|English|required". */
export function parseRowFields(text: string): Field[] | null {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length === 0 || lines.length > LIMITS.rowFields) return null;
  const fields: Field[] = [];
  for (const line of lines) {
    const [name = '', type = '', th = '', en = '', req = ''] = line.split('|').map((s) => s.trim());
    if (
      !NAME_PATTERN.test(name) ||
      !rowFieldTypes.includes(type as FieldType) ||
      type === 'choice'
    ) {
      return null;
    }
    if (!th || fields.some((f) => f.name === name)) return null;
    const f: Field = { name, type: type as FieldType, label: { th, en: en || th } };
    if (/^(required|true|yes|1)$/i.test(req)) f.required = true;
    fields.push(f);
  }
  return fields;
}

export function formatRowFields(field: Field): string {
  return (field.fields ?? [])
    .map((f) => [f.name, f.type, f.label.th, f.label.en, f.required ? 'required' : ''].join('|'))
    .join('\n');
}

/** A field name from its English label: "Date of birth" → date_of_birth, made unique. */
export function suggestName(def: EServiceDefinition, label: string): string {
  const base =
    label
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .replace(/^(\d)/, 'f_$1')
      .slice(0, 34) || 'field';
  let name = base;
  for (let i = 2; findField(def, name); i++) name = `${base}_${i}`;
  return name;
}

const optionalNumber = (
  values: Record<string, string>,
  key: string,
  errors: FieldCollector,
): number | undefined => {
  const raw = (values[key] ?? '').replace(/,/g, '');
  if (raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n)) {
    errors.add(key, 'eservices.number_invalid');
    return undefined;
  }
  return n;
};

/**
 * Reads the field form (new or edit). `existing` keeps the name of a field being edited: names
 * are what answers, conditions and rules refer to, so they do not change after creation.
 */
export function parseFieldForm(
  def: EServiceDefinition,
  values: Record<string, string>,
  lists: { accept: string[]; pageIndex?: number },
  existing?: Field,
): Field {
  const errors = new FieldCollector();
  const type = (existing?.type ?? values.type ?? '') as FieldType;
  if (!fieldTypes.includes(type)) errors.add('type', 'eservices.field_type_invalid');
  let name = existing?.name ?? (values.name ?? '').toLowerCase();
  if (!existing) {
    if (!name && values.label_en) name = suggestName(def, values.label_en);
    if (!NAME_PATTERN.test(name)) errors.add('name', 'eservices.field_name_invalid');
    else if (findField(def, name)) errors.add('name', 'eservices.field_name_taken');
  }
  const label = localText(values, 'label', errors, true, {
    th: 'eservices.label_th_required',
    en: 'eservices.label_en_required',
  });
  const hint = localText(values, 'hint', errors, false, {
    th: 'eservices.label_th_required',
    en: 'eservices.label_en_required',
  });
  const field: Field = { name, type, label: label ?? { th: '', en: '' } };
  if (hint) field.hint = hint;
  if (values.required === 'on' || values.required === 'true') field.required = true;

  switch (type) {
    case 'text': {
      if (values.multiline === 'on') field.multiline = true;
      const minLength = optionalNumber(values, 'min_length', errors);
      const maxLength = optionalNumber(values, 'max_length', errors);
      if (minLength !== undefined) field.minLength = Math.max(0, Math.floor(minLength));
      if (maxLength !== undefined) field.maxLength = Math.max(1, Math.floor(maxLength));
      if (values.pattern) {
        const problem = patternProblem(values.pattern);
        if (problem) errors.add('pattern', 'eservices.value_invalid');
        field.pattern = values.pattern;
        const message = localText(values, 'pattern_message', errors, true, {
          th: 'eservices.label_th_required',
          en: 'eservices.label_en_required',
        });
        if (message) field.patternMessage = message;
      }
      break;
    }
    case 'number': {
      const min = optionalNumber(values, 'min', errors);
      const max = optionalNumber(values, 'max', errors);
      if (min !== undefined) field.min = min;
      if (max !== undefined) field.max = max;
      if (values.integer === 'on') field.integer = true;
      const unit = localText(values, 'unit', errors, false, {
        th: 'eservices.label_th_required',
        en: 'eservices.label_en_required',
      });
      if (unit) field.unit = unit;
      break;
    }
    case 'date':
      for (const key of ['min', 'max'] as const) {
        const raw = values[key] ?? '';
        if (!raw) continue;
        const d = raw === 'today' ? null : checkDate(raw);
        if (d && !d.ok) errors.add(key, 'eservices.value_invalid');
        field[key] = raw === 'today' ? 'today' : d?.ok ? d.value : raw;
      }
      break;
    case 'choice': {
      const options = parseOptions(values.options ?? '');
      if (!options) errors.add('options', 'eservices.options_invalid');
      else field.options = options;
      field.display = values.display === 'select' ? 'select' : 'radio';
      break;
    }
    case 'phone':
      field.phoneKind = values.phone_kind === 'mobile' ? 'mobile' : 'any';
      break;
    case 'file': {
      const accept = lists.accept.filter((k): k is FileKind => fileKinds.includes(k as FileKind));
      field.accept = accept.length ? accept : ['pdf', 'jpeg', 'png'];
      const size = optionalNumber(values, 'max_size_kb', errors) ?? 2048;
      field.maxSizeKb = Math.min(Math.max(1, Math.floor(size)), LIMITS.maxSizeKb);
      break;
    }
    case 'repeat': {
      const rows = parseRowFields(values.row_fields ?? '');
      if (!rows) errors.add('row_fields', 'eservices.value_invalid');
      else field.fields = rows;
      const minRows = optionalNumber(values, 'min_rows', errors);
      const maxRows = optionalNumber(values, 'max_rows', errors);
      if (minRows !== undefined) field.minRows = Math.max(0, Math.floor(minRows));
      if (maxRows !== undefined) field.maxRows = Math.max(1, Math.floor(maxRows));
      break;
    }
    default:
      break;
  }

  // Conditional visibility: another field, and one value or several (comma-separated).
  const showField = values.show_if_field ?? '';
  if (showField) {
    // Conditions look back only (the checker's rule): an earlier field, never this or a later one.
    const target = fieldsBefore(def, existing?.name, lists.pageIndex).find(
      (f) => f.name === showField,
    );
    const raw = (values.show_if_values ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (!target || ['repeat', 'file', 'address'].includes(target.type)) {
      errors.add('show_if_field', 'eservices.value_invalid');
    } else if (raw.length === 0) errors.add('show_if_values', 'eservices.value_invalid');
    else if (target.type === 'checkbox') {
      field.showIf = { field: showField, equals: raw[0] !== 'false' };
    } else if (target.type === 'number') {
      const nums = raw.map(Number);
      if (nums.some((n) => !Number.isFinite(n)))
        errors.add('show_if_values', 'eservices.number_invalid');
      field.showIf =
        nums.length === 1 ? { field: showField, equals: nums[0]! } : { field: showField, in: nums };
    } else {
      field.showIf =
        raw.length === 1 ? { field: showField, equals: raw[0]! } : { field: showField, in: raw };
    }
  }
  const claim = values.prefill as ClaimName;
  if (claim) {
    if (!claimNames.includes(claim) || !claimFits[claim].includes(type))
      errors.add('prefill', 'eservices.value_invalid');
    else {
      field.prefill = claim;
      if (values.locked === 'on') field.locked = true;
    }
  }
  errors.throwIfAny();
  return field;
}

/** Fields before `name` (an existing field) or on pages up to `pageIndex` (a new field, appended). */
export function fieldsBefore(def: EServiceDefinition, name?: string, pageIndex?: number): Field[] {
  const out: Field[] = [];
  for (const [i, page] of def.pages.entries()) {
    if (name === undefined && pageIndex !== undefined && i > pageIndex) break;
    for (const f of page.fields) {
      if (f.name === name) return out;
      out.push(f);
    }
  }
  return out;
}

function withClaim(def: EServiceDefinition, field: Field): EServiceDefinition {
  if (field.prefill && !def.claims.includes(field.prefill)) def.claims.push(field.prefill);
  return def;
}

export function addField(
  def: EServiceDefinition,
  pageIndex: number,
  field: Field,
): EServiceDefinition {
  const next = clone(def);
  const page = next.pages[pageIndex] ?? next.pages[next.pages.length - 1];
  if (!page) throw new DomainError('eservices.page_not_found', { status: 404 });
  if (page.fields.length >= LIMITS.fieldsPerPage) {
    throw new DomainError('form.has_errors', { fields: { type: 'eservices.value_invalid' } });
  }
  page.fields.push(field);
  return withClaim(next, field);
}

export function replaceField(
  def: EServiceDefinition,
  name: string,
  field: Field,
): EServiceDefinition {
  const next = clone(def);
  for (const page of next.pages) {
    const i = page.fields.findIndex((f) => f.name === name);
    if (i >= 0) {
      page.fields[i] = field;
      return withClaim(next, field);
    }
  }
  throw new DomainError('eservices.field_not_found', { status: 404 });
}

/** Moves a field one place; at the edge of a page it crosses to the neighbouring page. */
export function moveField(
  def: EServiceDefinition,
  name: string,
  direction: 'up' | 'down',
): EServiceDefinition {
  const next = clone(def);
  const p = next.pages.findIndex((page) => page.fields.some((f) => f.name === name));
  if (p < 0) throw new DomainError('eservices.field_not_found', { status: 404 });
  const page = next.pages[p]!;
  const i = page.fields.findIndex((f) => f.name === name);
  const field = page.fields[i]!;
  if (direction === 'up') {
    if (i > 0) [page.fields[i - 1], page.fields[i]] = [field, page.fields[i - 1]!];
    else if (p > 0) {
      page.fields.splice(i, 1);
      next.pages[p - 1]!.fields.push(field);
    }
  } else if (i < page.fields.length - 1) {
    [page.fields[i + 1], page.fields[i]] = [field, page.fields[i + 1]!];
  } else if (p < next.pages.length - 1) {
    page.fields.splice(i, 1);
    next.pages[p + 1]!.fields.unshift(field);
  }
  return next;
}

/** Fields and rules that refer to a field (conditions and eligibility rules). */
export function usesOf(def: EServiceDefinition, name: string): string[] {
  const uses: string[] = [];
  for (const page of def.pages) {
    if (page.showIf?.field === name) uses.push(page.id);
    for (const f of page.fields) if (f.showIf?.field === name) uses.push(f.name);
  }
  const word = new RegExp(`(^|[^a-z0-9_])${name}([^a-z0-9_]|$)`);
  for (const r of def.eligibility) if (word.test(r.rule)) uses.push(r.id);
  return uses;
}

export function removeField(def: EServiceDefinition, name: string): EServiceDefinition {
  const uses = usesOf(def, name);
  if (uses.length) {
    throw new DomainError('eservices.field_in_use', {
      status: 409,
      params: { uses: uses.join(', ') },
    });
  }
  const next = clone(def);
  for (const page of next.pages) page.fields = page.fields.filter((f) => f.name !== name);
  return next;
}

export function addPage(
  def: EServiceDefinition,
  values: Record<string, string>,
): EServiceDefinition {
  const errors = new FieldCollector();
  const title = localText(values, 'page_title', errors, true, {
    th: 'eservices.label_th_required',
    en: 'eservices.label_en_required',
  });
  if (def.pages.length >= LIMITS.pages) errors.add('page_title_th', 'eservices.value_invalid');
  errors.throwIfAny();
  const next = clone(def);
  let id = `page_${next.pages.length + 1}`;
  for (let i = 2; next.pages.some((p) => p.id === id); i++) id = `page_${next.pages.length + i}`;
  next.pages.push({ id, title: title!, fields: [] });
  return next;
}

export function removePage(def: EServiceDefinition, pageId: string): EServiceDefinition {
  const page = def.pages.find((p) => p.id === pageId);
  if (!page) throw new DomainError('eservices.page_not_found', { status: 404 });
  if (page.fields.length > 0 || def.pages.length === 1) {
    throw new DomainError('eservices.page_not_empty', { status: 409 });
  }
  const next = clone(def);
  next.pages = next.pages.filter((p) => p.id !== pageId);
  return next;
}

/** The settings form: names, description, fee, target days, letters, declared claims. */
export function updateSettings(
  def: EServiceDefinition,
  values: Record<string, string>,
  claims: string[],
): EServiceDefinition {
  const errors = new FieldCollector();
  const codes = { th: 'eservices.label_th_required', en: 'eservices.label_en_required' };
  const title = localText(values, 'title', errors, true, codes);
  const description = localText(values, 'description', errors, true, codes);
  const approved = localText(values, 'result_approved', errors, true, codes);
  const rejected = localText(values, 'result_rejected', errors, true, codes);
  const fee = Number((values.fee ?? '0').replace(/,/g, '') || '0');
  if (!Number.isFinite(fee) || fee < 0 || fee > LIMITS.feeBaht)
    errors.add('fee', 'eservices.number_invalid');
  const sla = Number(values.sla_days ?? '');
  if (!Number.isInteger(sla) || sla < 1 || sla > LIMITS.slaDays)
    errors.add('sla_days', 'eservices.number_invalid');
  const declared = claims.filter((c): c is ClaimName => claimNames.includes(c as ClaimName));
  // A claim still used by a prefilled field stays declared.
  for (const page of def.pages) {
    for (const f of page.fields)
      if (f.prefill && !declared.includes(f.prefill)) declared.push(f.prefill);
  }
  errors.throwIfAny();
  const next = clone(def);
  next.title = title!;
  next.description = description!;
  next.fee = { amountBaht: Math.round(fee * 100) / 100 };
  const feeNote = localText(values, 'fee_note', errors, false, codes);
  if (feeNote) next.fee.note = feeNote;
  next.slaDays = sla;
  next.result = { approved: approved!, rejected: rejected! };
  next.claims = claimNames.filter((c) => declared.includes(c));
  return next;
}

/**
 * What a builder form was drawn from: a hash of the working copy. A post carrying an older one
 * (a double click on "add field", a second tab, a colleague's edit in between) would apply its
 * change to a copy the designer never saw, so it is refused instead.
 */
export function revisionOf(working: EServiceDefinition): string {
  return createHash('sha256').update(JSON.stringify(working)).digest('base64url').slice(0, 22);
}
