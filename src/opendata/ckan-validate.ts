import { isUuid } from '../platform/db/database.ts';
import { type CatalogMetadata, catalogKeys, parseCatalogMetadata } from './catalog-metadata.ts';
import { CkanValidationError, type ErrorDict } from './ckan-errors.ts';
import { cleanFormat, guessFormat } from './formats.ts';
import { ckanMessage } from './messages.ts';

/**
 * CKAN's validators, re-implemented from their documented behaviour (ckan/logic/validators.py,
 * ckan/lib/navl/validators.py, ckan/logic/schema.py; docs/ckan-compat.md sections 3.3 and 4).
 * Every function collects problems rather than stopping at the first field, as navl does.
 */

export type Params = Record<string, string | number>;

/** Field errors in both shapes: CKAN's English lists, and message codes for web forms. */
export class Problems {
  readonly errors: ErrorDict = {};
  readonly codes: Record<string, { code: string; params: Params }> = {};

  add(field: string, code: string, params: Params = {}): void {
    const list = (this.errors[field] as string[] | undefined) ?? [];
    list.push(ckanMessage(code, params));
    this.errors[field] = list;
    this.codes[field] ??= { code, params };
  }

  set(field: string, value: unknown): void {
    this.errors[field] = value;
  }

  has(field: string): boolean {
    return field in this.errors;
  }

  get empty(): boolean {
    return Object.keys(this.errors).length === 0;
  }

  throwIfAny(): void {
    if (!this.empty) throw new CkanValidationError(this.errors, this.codes);
  }
}

export const isMissing = (v: unknown): boolean => v === undefined || v === null;
const isBlank = (v: unknown): boolean => isMissing(v) || (typeof v === 'string' && v.trim() === '');

/** CKAN's `unicode_safe`: strings stay, other values become text rather than failing. */
export function toText(v: unknown): string | null {
  if (isMissing(v)) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

/** `int_validator`: integers, whole floats, base-10 integer strings; blank → null. */
export function intValue(v: unknown): { ok: true; value: number | null } | { ok: false } {
  if (isBlank(v)) return { ok: true, value: null };
  if (typeof v === 'number') {
    return Number.isInteger(v) ? { ok: true, value: v } : { ok: false };
  }
  if (typeof v === 'string' && /^\s*[+-]?\d+\s*$/.test(v)) {
    const n = Number(v.trim());
    return Number.isSafeInteger(n) ? { ok: true, value: n } : { ok: false };
  }
  return { ok: false };
}

/** `natural_number_validator` (>= 0), reporting into `problems` under `field`. */
export function naturalNumber(
  problems: Problems,
  field: string,
  v: unknown,
  fallback: number | null,
): number | null {
  const r = intValue(v);
  if (!r.ok) {
    problems.add(field, 'opendata.invalid_integer');
    return fallback;
  }
  if (r.value === null) return fallback;
  if (r.value < 0) {
    problems.add(field, 'opendata.natural_number');
    return fallback;
  }
  return r.value;
}

/** `boolean_validator`: never fails; anything but a true spelling is false. */
export function booleanValue(v: unknown): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return /^(true|yes|t|y|1)$/i.test(v.trim());
  return false;
}

/**
 * CKAN's `asbool` for action flags (`include_private`, `all_fields` ...): an unknown spelling is
 * an error. Pratu answers it with a Validation Error everywhere (CKAN does so only in
 * group/organization_show and lets other actions fail with a 500).
 */
export function asBool(v: unknown, fallback: boolean): boolean {
  if (isMissing(v)) return fallback;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') {
    const s = v.trim().toLowerCase();
    if (['true', 'yes', 'on', 'y', 't', '1'].includes(s)) return true;
    if (['false', 'no', 'off', 'n', 'f', '0', ''].includes(s)) return false;
  }
  throw new CkanValidationError({ message: ckanMessage('opendata.bool_invalid') });
}

/** `isodate`: ISO 8601 date or date-time; returns a Date (naive times are UTC, as CKAN's). */
export function isoDate(v: unknown): { ok: true; value: Date | null } | { ok: false } {
  if (isBlank(v)) return { ok: true, value: null };
  if (v instanceof Date) return { ok: true, value: v };
  if (typeof v !== 'string') return { ok: false };
  const m =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(
      v.trim(),
    );
  if (!m) return { ok: false };
  const [, y, mo, d, h = '00', mi = '00', s = '00', frac = '0', zone] = m;
  const ms = Math.floor(Number(`0.${frac}`) * 1000);
  let time = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  const check = new Date(time);
  if (check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d)) {
    return { ok: false };
  }
  if (zone && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    time -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
  }
  return { ok: true, value: new Date(time) };
}

// CKAN's email_validator pattern (ckan/logic/validators.py).
const EMAIL_RE =
  /^[\w.!#$%&'*+/=?^`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

export function checkEmail(problems: Problems, field: string, v: unknown): string | null {
  const text = toText(v)?.trim() ?? null;
  if (!text) return text === '' ? '' : null;
  if (!EMAIL_RE.test(text)) problems.add(field, 'opendata.email_invalid', { value: text });
  return text;
}

const NAME_RE = /^[a-z0-9_-]*$/;

/** `name_validator` for datasets and groups; stops at the first failure, as CKAN does. */
export function checkName(problems: Problems, field: string, v: unknown): string | null {
  if (isBlank(v)) {
    problems.add(field, 'opendata.missing_value');
    return null;
  }
  const name = toText(v) ?? '';
  if (['new', 'edit', 'search'].includes(name)) problems.add(field, 'opendata.name_reserved');
  else if (name.length < 2) problems.add(field, 'opendata.name_too_short');
  else if (name.length > 100) problems.add(field, 'opendata.name_too_long');
  else if (!NAME_RE.test(name)) problems.add(field, 'opendata.name_chars');
  else return name;
  return null;
}

// Letters and combining marks of any script: Thai tags need the vowel and tone marks, which
// Python's \w (CKAN's tag_name_validator) does not match. Otherwise the same set: digits, space,
// hyphen, underscore, dot.
const TAG_RE = /^[\p{L}\p{M}\p{N}_ \-.]*$/u;

export function tagProblem(name: string): { code: string; params: Params } | null {
  const length = [...name].length;
  if (length < 2) return { code: 'opendata.tag_too_short', params: { tag: name } };
  if (length > 100) return { code: 'opendata.tag_too_long', params: { tag: name } };
  if (!TAG_RE.test(name)) return { code: 'opendata.tag_chars', params: { tag: name } };
  return null;
}

/**
 * `list_of_strings` (facet.field, fields ...), accepting a JSON list in a string. With `json`, a
 * string must be JSON (`convert_to_json_if_string` before `list_of_strings`, as for facet.field).
 */
export function listOfStrings(
  problems: Problems,
  field: string,
  v: unknown,
  options: { commaSeparated?: boolean; json?: boolean } = {},
): string[] | null {
  if (isMissing(v)) return null;
  let value = v;
  if (typeof value === 'string' && options.json) {
    try {
      value = JSON.parse(value);
    } catch {
      problems.add(field, 'opendata.json_invalid');
      return null;
    }
  } else if (typeof value === 'string') {
    const s = value.trim();
    if (s.startsWith('[')) {
      try {
        value = JSON.parse(s);
      } catch {
        problems.add(field, 'opendata.not_a_list');
        return null;
      }
    } else if (options.commaSeparated) {
      return s === '' ? [] : s.split(',').map((x) => x.trim());
    } else {
      value = [s];
    }
  }
  if (!Array.isArray(value)) {
    problems.add(field, 'opendata.not_a_list');
    return null;
  }
  for (const item of value) {
    if (typeof item !== 'string') {
      problems.add(field, 'opendata.not_a_string', { value: String(item) });
      return null;
    }
  }
  return value as string[];
}

// --- datasets -------------------------------------------------------------------------------

/** The package fields CKAN's default schema knows; others are dropped (`__extras: [ignore]`). */
export const packageScalarFields = [
  'title',
  'notes',
  'author',
  'author_email',
  'maintainer',
  'maintainer_email',
  'license_id',
  'url',
  'version',
] as const;
const ROOT_FIELDS = new Set<string>([
  'id',
  'name',
  'title',
  'notes',
  'author',
  'author_email',
  'maintainer',
  'maintainer_email',
  'license_id',
  'url',
  'version',
  'state',
  'type',
  'owner_org',
  'private',
  'tags',
  'tag_string',
  'extras',
  'resources',
  'groups',
  'metadata_created',
  'metadata_modified',
  'creator_user_id',
  'organization',
  'num_resources',
  'num_tags',
  'isopen',
  'license_title',
  'license_url',
  'relationships_as_object',
  'relationships_as_subject',
]);

export interface ResourceInput {
  id: string | null;
  url: string;
  name: string | null;
  description: string | null;
  format: string | null;
  mimetype: string | null;
  mimetype_inner: string | null;
  hash: string | null;
  size: number | null;
  resource_type: string | null;
  url_type: string | null;
  cache_url: string | null;
  cache_last_updated: Date | null;
  created: Date | null;
  last_modified: Date | null;
  /** Keys the resource dict carried besides the columns (CKAN resource extras). */
  extras: Record<string, unknown>;
  /** Which keys were sent, for update semantics. */
  sent: ReadonlySet<string>;
}

const RESOURCE_TEXT = [
  'name',
  'description',
  'hash',
  'resource_type',
  'url_type',
  'mimetype',
  'mimetype_inner',
  'cache_url',
] as const;
const RESOURCE_DATES = ['cache_last_updated', 'created', 'last_modified'] as const;
const RESOURCE_IGNORED = new Set([
  'package_id',
  'position',
  'state',
  'datastore_active',
  'metadata_modified',
  'upload',
  'revision_id',
  'tracking_summary',
  'datastore_contains_all_records_of_source_file',
]);

/** One resource dict (`default_resource_schema`); errors go into `problems`. */
export function validateResource(
  data: Record<string, unknown>,
  problems: Problems,
  options: { guessFormat: boolean },
): ResourceInput {
  const sent = new Set(Object.keys(data));
  const idText = isBlank(data.id) ? null : (toText(data.id) ?? '').trim();
  if (idText !== null && !isUuid(idText)) problems.add('id', 'opendata.id_not_uuid');
  const url = (toText(data.url) ?? '').replace(/\s/g, '');
  const out: ResourceInput = {
    id: idText,
    url,
    name: null,
    description: null,
    format: null,
    mimetype: null,
    mimetype_inner: null,
    hash: null,
    size: null,
    resource_type: null,
    url_type: null,
    cache_url: null,
    cache_last_updated: null,
    created: null,
    last_modified: null,
    extras: {},
    sent,
  };
  for (const key of RESOURCE_TEXT) out[key] = toText(data[key]);
  const format = toText(data.format)?.trim() ?? '';
  if (format) out.format = cleanFormat(format);
  else if (options.guessFormat && url) out.format = guessFormat(url) || null;
  else out.format = isMissing(data.format) ? null : '';
  const size = intValue(data.size);
  if (!size.ok) problems.add('size', 'opendata.invalid_integer');
  else out.size = size.value;
  for (const key of RESOURCE_DATES) {
    const d = isoDate(data[key]);
    if (!d.ok) problems.add(key, 'opendata.date_invalid');
    else out[key] = d.value;
  }
  const known = new Set<string>([
    'id',
    'url',
    'format',
    'size',
    ...RESOURCE_TEXT,
    ...RESOURCE_DATES,
    ...RESOURCE_IGNORED,
  ]);
  for (const [key, value] of Object.entries(data)) {
    if (known.has(key) || key.startsWith('__')) continue;
    if (value === undefined) continue;
    out.extras[key] = value;
  }
  return out;
}

export interface PackageInput {
  id: string | null;
  name: string | null;
  title: string | null;
  notes: string | null;
  author: string | null;
  author_email: string | null;
  maintainer: string | null;
  maintainer_email: string | null;
  license_id: string | null;
  url: string | null;
  version: string | null;
  type: string | null;
  /** Organization id, after look-up; undefined when not sent. */
  owner_org: string | null | undefined;
  private: boolean | undefined;
  state: 'active' | 'draft' | undefined;
  tags: Array<{ name: string; vocabulary_id: string | null }> | undefined;
  extras: Record<string, string> | undefined;
  catalog: CatalogMetadata | undefined;
  groups: Array<{ id?: string; name?: string }> | undefined;
  resources: ResourceInput[] | undefined;
  sent: ReadonlySet<string>;
}

export interface PackageValidationContext {
  mode: 'create' | 'update';
  sysadmin: boolean;
  /** The stored dataset's organization when updating (moving needs create rights). */
  currentOwnerOrg: string | null;
  /** id or code → organization id, or null. */
  findOrganization(idOrName: string): Promise<string | null>;
  mayCreateIn(organizationId: string): boolean;
  /** Another non-deleted dataset already uses this name (excluding `exceptId`). */
  nameInUse(name: string, exceptId: string | null): Promise<boolean>;
  datasetIdExists(id: string): Promise<boolean>;
  exceptId: string | null;
}

function asList(problems: Problems, field: string, v: unknown): unknown[] | undefined {
  if (isMissing(v)) return undefined;
  if (!Array.isArray(v)) {
    problems.add(field, 'opendata.not_a_list');
    return undefined;
  }
  return v;
}

/**
 * `default_create_package_schema` / `default_update_package_schema`. Unknown top-level keys are
 * dropped; the GDC keys (catalog-metadata.ts) are read from extras or from the top level.
 */
export async function validatePackage(
  data: Record<string, unknown>,
  ctx: PackageValidationContext,
): Promise<PackageInput> {
  const problems = new Problems();
  const sent = new Set(Object.keys(data));

  let id: string | null = null;
  if (ctx.mode === 'create' && !isBlank(data.id)) {
    if (!ctx.sysadmin) problems.add('id', 'opendata.unexpected_field', { field: 'id' });
    else {
      id = toText(data.id)?.trim() ?? null;
      if (id && !isUuid(id)) problems.add('id', 'opendata.id_not_uuid');
      else if (id && (await ctx.datasetIdExists(id)))
        problems.add('id', 'opendata.dataset_id_exists');
    }
  }

  let name: string | null = null;
  if (ctx.mode === 'create' || sent.has('name')) {
    name = checkName(problems, 'name', data.name);
    if (name && (await ctx.nameInUse(name, ctx.exceptId))) {
      problems.add('name', 'opendata.name_in_use');
    }
  }

  const scalar = (key: (typeof packageScalarFields)[number]) => toText(data[key]);
  const title = isBlank(data.title) ? name : (scalar('title')?.trim() ?? null);
  const version = scalar('version');
  if (version && version.length > 100) problems.add('version', 'opendata.version_too_long');
  const authorEmail = checkEmail(problems, 'author_email', data.author_email);
  const maintainerEmail = checkEmail(problems, 'maintainer_email', data.maintainer_email);

  // owner_org_validator
  let ownerOrg: string | null | undefined;
  if (!sent.has('owner_org') && ctx.mode === 'update') ownerOrg = undefined;
  else if (isBlank(data.owner_org)) problems.add('owner_org', 'opendata.org_required');
  else {
    const found = await ctx.findOrganization(toText(data.owner_org)?.trim() ?? '');
    if (!found) problems.add('owner_org', 'opendata.org_missing');
    else if (found !== ctx.currentOwnerOrg && !ctx.sysadmin && !ctx.mayCreateIn(found)) {
      problems.add('owner_org', 'opendata.org_forbidden');
    } else ownerOrg = found;
  }

  const isPrivate = sent.has('private') ? booleanValue(data.private) : undefined;

  let state: PackageInput['state'];
  if (sent.has('state')) {
    const s = toText(data.state);
    if (s === 'draft' || s === 'active') state = s;
  }

  // Tags: a list of {name, vocabulary_id} dicts, or tag_string. Errors are flattened to strings.
  let tags: PackageInput['tags'];
  const tagList = asList(problems, 'tags', data.tags);
  if (tagList) {
    tags = [];
    const messages: string[] = [];
    for (const item of tagList) {
      const raw = typeof item === 'string' ? { name: item } : (item as Record<string, unknown>);
      if (!raw || typeof raw !== 'object') {
        messages.push(ckanMessage('opendata.missing_value'));
        continue;
      }
      const tagName = toText(raw.name)?.trim() ?? '';
      if (!tagName) {
        messages.push(ckanMessage('opendata.missing_value'));
        continue;
      }
      const problem = tagProblem(tagName);
      if (problem) messages.push(ckanMessage(problem.code, problem.params));
      else tags.push({ name: tagName, vocabulary_id: toText(raw.vocabulary_id) });
    }
    if (messages.length) {
      problems.set('tags', messages);
      problems.codes.tags ??= { code: 'opendata.tag_chars', params: { tag: '' } };
    }
  }
  if (!isBlank(data.tag_string)) {
    tags ??= [];
    for (const part of (toText(data.tag_string) ?? '').split(',')) {
      const tagName = part.trim();
      if (!tagName) continue;
      const problem = tagProblem(tagName);
      if (problem) problems.add('tag_string', problem.code, problem.params);
      else tags.push({ name: tagName, vocabulary_id: null });
    }
  }
  if (tags) {
    const seen = new Set<string>();
    tags = tags.filter((t) => !seen.has(t.name) && seen.add(t.name));
  }

  // Extras: free keys stay extras; GDC keys become typed columns.
  let extras: Record<string, string> | undefined;
  let catalog: CatalogMetadata | undefined;
  const gdcValues = new Map<string, string>();
  const extraList = asList(problems, 'extras', data.extras);
  if (extraList) {
    extras = {};
    const itemErrors: Array<Record<string, string[]>> = [];
    let anyItemError = false;
    const seen = new Set<string>();
    const duplicates: string[] = [];
    for (const item of extraList) {
      const e: Record<string, string[]> = {};
      const raw = (item && typeof item === 'object' ? item : {}) as Record<string, unknown>;
      const key = toText(raw.key)?.trim() ?? '';
      if (!key) e.key = [ckanMessage('opendata.missing_value')];
      else if (ROOT_FIELDS.has(key)) e.key = [ckanMessage('opendata.extra_in_schema')];
      if (!('value' in raw)) e.value = [ckanMessage('opendata.missing_value')];
      if (Object.keys(e).length) anyItemError = true;
      itemErrors.push(e);
      if (Object.keys(e).length) continue;
      if (seen.has(key)) duplicates.push(key);
      seen.add(key);
      const value = toText(raw.value) ?? '';
      if (catalogKeys.has(key)) gdcValues.set(key, value);
      else extras[key] = value;
    }
    if (anyItemError) problems.set('extras', itemErrors);
    if (duplicates.length) {
      problems.set(
        'extras_validation',
        duplicates.map((k) => ckanMessage('opendata.duplicate_extra', { key: k })),
      );
    }
  }
  for (const key of catalogKeys) {
    if (sent.has(key) && !gdcValues.has(key)) gdcValues.set(key, toText(data[key]) ?? '');
  }
  if (extraList || gdcValues.size > 0) {
    const parsed = parseCatalogMetadata(gdcValues);
    for (const p of parsed.problems) problems.add(p.key, p.code, p.params);
    catalog = parsed.metadata;
  }

  let groups: PackageInput['groups'];
  const groupList = asList(problems, 'groups', data.groups);
  if (groupList) {
    groups = [];
    for (const item of groupList) {
      if (typeof item === 'string') groups.push({ name: item });
      else if (item && typeof item === 'object') {
        const g = item as Record<string, unknown>;
        const gid = toText(g.id) ?? undefined;
        const gname = toText(g.name) ?? undefined;
        if (gid || gname)
          groups.push({ ...(gid ? { id: gid } : {}), ...(gname ? { name: gname } : {}) });
      }
    }
  }

  let resources: ResourceInput[] | undefined;
  const resourceList = asList(problems, 'resources', data.resources);
  if (resourceList) {
    resources = [];
    const perItem: ErrorDict[] = [];
    let anyError = false;
    for (const item of resourceList) {
      const rp = new Problems();
      const raw = (item && typeof item === 'object' ? item : {}) as Record<string, unknown>;
      resources.push(validateResource(raw, rp, { guessFormat: !raw.id }));
      perItem.push(rp.errors);
      if (!rp.empty) anyError = true;
    }
    if (anyError) problems.set('resources', perItem);
  }

  problems.throwIfAny();
  return {
    id,
    name,
    title,
    notes: scalar('notes'),
    author: scalar('author'),
    author_email: authorEmail,
    maintainer: scalar('maintainer'),
    maintainer_email: maintainerEmail,
    license_id: scalar('license_id'),
    url: scalar('url'),
    version,
    type: isBlank(data.type) ? null : toText(data.type),
    owner_org: ownerOrg,
    private: isPrivate,
    state,
    tags,
    extras,
    catalog,
    groups,
    resources,
    sent,
  };
}

/** Checks that remain after merging with the stored dataset (private needs an organization). */
export function checkMergedPackage(merged: {
  owner_org: string | null;
  private: boolean;
  data_classification: string | null;
}): void {
  const problems = new Problems();
  if (merged.private && !merged.owner_org) problems.add('private', 'opendata.private_without_org');
  if (merged.data_classification && merged.data_classification !== 'public' && !merged.private) {
    problems.add('data_classification', 'opendata.classified_not_private');
  }
  problems.throwIfAny();
}
