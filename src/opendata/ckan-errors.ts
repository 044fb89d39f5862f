/**
 * The failures a CKAN action raises, mapped to HTTP by the API route exactly as CKAN's `action`
 * view does (ckan/views/api.py; docs/ckan-compat.md section 2.2). They are separate from
 * DomainError because the envelope, status codes and English strings are CKAN's contract.
 */

/** Field errors: each key maps to a list of messages, or to nested per-item dicts (409). */
export type ErrorDict = Record<string, unknown>;

export class CkanValidationError extends Error {
  constructor(
    readonly errors: ErrorDict,
    /** The first problem of each top-level field as a message code, for web forms. */
    readonly codes: Record<string, { code: string; params: Record<string, string | number> }> = {},
  ) {
    super('Validation Error');
    this.name = 'CkanValidationError';
  }
}

export class CkanNotFound extends Error {
  constructor(readonly reason?: string) {
    super(reason ? `Not found: ${reason}` : 'Not found');
    this.name = 'CkanNotFound';
  }
}

export class CkanNotAuthorized extends Error {
  constructor(readonly reason?: string) {
    super(reason ? `Access denied: ${reason}` : 'Access denied');
    this.name = 'CkanNotAuthorized';
  }
}

/** Raised for queries the search layer cannot run (400, "Search Query Error"). */
export class CkanSearchQueryError extends Error {
  constructor(detail: string) {
    // CKAN prints the Python repr of the exception's args: ('message',)
    super(`Search Query is invalid: (${pythonRepr(detail)},)`);
    this.name = 'CkanSearchQueryError';
  }
}

/** Raised for queries the search backend refuses to run (409, "Search Error"). */
export class CkanSearchError extends Error {
  constructor(detail: string) {
    super(`Search error: (${pythonRepr(detail)},)`);
    this.name = 'CkanSearchError';
  }
}

/** A bad flattened key in the request (CKAN's DataError → 400 "Integrity Error"). */
export class CkanIntegrityError extends Error {
  constructor(
    message: string,
    readonly data: unknown,
  ) {
    super(message);
    this.name = 'CkanIntegrityError';
  }
}

/** Python's repr of a string: single quotes unless the text holds one and no double quote. */
export function pythonRepr(text: string): string {
  const useDouble = text.includes("'") && !text.includes('"');
  const quote = useDouble ? '"' : "'";
  const escaped = text
    .replaceAll('\\', '\\\\')
    .replaceAll(quote, `\\${quote}`)
    .replaceAll('\n', '\\n');
  return `${quote}${escaped}${quote}`;
}

/** Shorthand for the common single-field validation error. */
export function invalid(field: string, message: string): CkanValidationError {
  return new CkanValidationError({ [field]: [message] });
}

/**
 * Python's repr of a decoded JSON value (`[1, 2]`, `'x'`, `None`, `True`, `{'a': 1}`): CKAN prints
 * the decoded request with `%r` when it is not a dict, and clients match that text.
 */
export function pythonValueRepr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'string') return pythonRepr(value);
  if (typeof value === 'number') {
    return Number.isInteger(value) && !Object.is(value, -0) ? String(value) : pythonFloat(value);
  }
  if (Array.isArray(value)) return `[${value.map(pythonValueRepr).join(', ')}]`;
  if (typeof value === 'object') {
    const items = Object.entries(value as Record<string, unknown>).map(
      ([k, v]) => `${pythonRepr(k)}: ${pythonValueRepr(v)}`,
    );
    return `{${items.join(', ')}}`;
  }
  return String(value);
}

/** Python's float repr: always a decimal point or an exponent (`1.5`, `1e+100`). */
function pythonFloat(n: number): string {
  if (Object.is(n, -0)) return '-0.0';
  const s = String(n);
  if (/e/.test(s)) return s.replace(/e([+-])(\d)$/, 'e$10$2');
  return s.includes('.') ? s : `${s}.0`;
}
