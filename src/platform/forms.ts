import { DomainError } from './errors.ts';
import { type Lang, t } from './i18n/index.ts';

/**
 * Flattens a parsed form body (url-encoded or multipart fields) into trimmed strings, so domain
 * code sees the same shape whichever way the browser sent it. The CSRF field is dropped.
 */
export function formValues(body: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!body || typeof body !== 'object') return out;
  for (const [key, raw] of Object.entries(body as Record<string, unknown>)) {
    if (key === '_csrf') continue;
    const value = Array.isArray(raw) ? raw[raw.length - 1] : raw;
    if (typeof value === 'string') out[key] = value.trim();
    else if (value && typeof value === 'object' && 'value' in value && !('file' in value)) {
      out[key] = String((value as { value: unknown }).value ?? '').trim();
    }
  }
  return out;
}

/** Every value of a repeated field (`name=a&name=b`), for checkbox groups. */
export function formList(body: unknown, key: string): string[] {
  const raw = (body as Record<string, unknown> | undefined)?.[key];
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return list
    .map((v) => (typeof v === 'object' && v && 'value' in v ? String(v.value) : String(v)))
    .map((v) => v.trim())
    .filter(Boolean);
}

/** Collects field errors (as message codes with params) and throws them together. */
export class FieldCollector {
  readonly fields: Record<string, string> = {};
  readonly params: Record<string, Record<string, string | number>> = {};

  add(field: string, code: string, params: Record<string, string | number> = {}) {
    if (!(field in this.fields)) {
      this.fields[field] = code;
      this.params[field] = params;
    }
  }

  get empty(): boolean {
    return Object.keys(this.fields).length === 0;
  }

  throwIfAny(code = 'form.has_errors'): void {
    if (this.empty) return;
    throw new FormError(code, this.fields, this.params);
  }
}

export class FormError extends DomainError {
  constructor(
    code: string,
    fields: Record<string, string>,
    readonly fieldParams: Record<string, Record<string, string | number>>,
  ) {
    super(code, { status: 400, fields });
  }

  /** The messages to show beside each field, in the reader's language. */
  messages(lang: Lang): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [field, code] of Object.entries(this.fields)) {
      out[field] = t(lang, code, this.fieldParams[field] ?? {});
    }
    return out;
  }
}

/** Messages for any DomainError carrying field codes (FormError or not). */
export function fieldMessages(error: DomainError, lang: Lang): Record<string, string> {
  if (error instanceof FormError) return error.messages(lang);
  const out: Record<string, string> = {};
  for (const [field, code] of Object.entries(error.fields))
    out[field] = t(lang, code, error.params);
  return out;
}
