import type { Database, Db } from '../platform/db/database.ts';
import { segmentWords } from '../platform/search/thai-text.ts';
import { canEdit, canRead, type Reader, userName } from './access.ts';
import { pythonList } from './catalog-metadata.ts';
import type { Catalogue } from './catalogue.ts';
import type { Action, ActionRequest } from './ckan-actions.ts';
import { required, text } from './ckan-actions.ts';
import { CkanNotAuthorized, CkanNotFound, CkanValidationError, pythonRepr } from './ckan-errors.ts';
import { booleanValue, isMissing, naturalNumber, Problems } from './ckan-validate.ts';
import { isValidFieldName } from './datastore-csv.ts';
import { ckanMessage } from './messages.ts';
import { checkPlan, checkStatement, planRelations, SqlRefused } from './sql-guard.ts';
import * as store from './store.ts';
import * as ds from './store-datastore.ts';

/** CKAN's DataStore limits (ckanext/datastore/config_declaration.yaml). */
export const DATASTORE_ROWS_DEFAULT = 100;
export const DATASTORE_ROWS_MAX = 32000;
const SEARCH_TIMEOUT_MS = 30_000;
export const SQL_TIMEOUT_MS = 10_000;
/** Planner cost ceilings for datastore_search_sql (see sql-guard.ts). */
const SQL_MAX_COST = { postgres: 50_000_000, pglite: 2_000_000 };

const READ_ONLY_MESSAGE =
  'Cannot edit read-only resource because changes made may be lost. Use a resource created for editing e.g. with datastore_create or use "force=True" to ignore this warning.';

export interface DatastoreDeps {
  db: Db;
  database: Database;
  catalogue: Catalogue;
  findJob(
    id: number,
  ): Promise<{ state: string; progress: unknown; lastError: string | null } | null>;
}

function dict(v: unknown, field: string): Record<string, unknown> | null {
  if (isMissing(v)) return null;
  let value = v;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      throw new CkanValidationError({ [field]: ['Cannot parse JSON'] });
    }
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new CkanValidationError({ [field]: ['Not a json object'] });
  }
  return value as Record<string, unknown>;
}

/**
 * CKAN's `unicode_or_json_validator` for `q`: a dict, or a string holding a JSON object, is a
 * per-field search; anything else is text (a string that merely starts with `{` included).
 */
function jsonObjectOrText(v: unknown): Record<string, unknown> | string | null {
  if (isMissing(v)) return null;
  if (typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
  if (typeof v === 'string') {
    try {
      const parsed: unknown = JSON.parse(v);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
        return parsed as Record<string, unknown>;
      }
    } catch {
      // not JSON: plain text
    }
    return v;
  }
  return typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v);
}

function stringList(v: unknown, field: string): string[] | null {
  if (isMissing(v)) return null;
  if (typeof v === 'string') {
    const s = v.trim();
    if (s.startsWith('[')) {
      try {
        return stringList(JSON.parse(s), field);
      } catch {
        throw new CkanValidationError({ [field]: ['Cannot parse JSON'] });
      }
    }
    return s === '' ? [] : s.split(',').map((x) => x.trim());
  }
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
  throw new CkanValidationError({ [field]: [ckanMessage('opendata.not_a_list')] });
}

/**
 * The keys each DataStore action's schema knows (ckanext/datastore/logic/schema.py, plus the keys
 * the actions take out before validating: `records`, `resource`, `filters`). Anything else is
 * refused as CKAN's `__junk: [empty]` does.
 */
const DATASTORE_KEYS = {
  create: [
    'resource_id',
    'id',
    'resource',
    'force',
    'fields',
    'records',
    'primary_key',
    'indexes',
    'calculate_record_count',
    'include_records',
  ],
  upsert: [
    'resource_id',
    'id',
    'force',
    'method',
    'records',
    'calculate_record_count',
    'dry_run',
    'include_records',
  ],
  search: [
    'resource_id',
    'id',
    'q',
    'full_text',
    'plain',
    'filters',
    'language',
    'limit',
    'offset',
    'fields',
    'sort',
    'distinct',
    'include_total',
    'total_estimation_threshold',
    'records_format',
  ],
  delete: ['resource_id', 'id', 'force', 'filters', 'calculate_record_count'],
} as const;

/** Ends a dry-run transaction so that nothing it wrote is kept. */
class RolledBack extends Error {}

/**
 * CKAN's schema check before the action runs: unknown keys become one `__junk` error naming the
 * flattened keys as Python prints them (`[('foo',)]`), and a missing resource id is
 * `Missing value`; both come back together, as navl collects them.
 */
function checkSchema(
  data: Record<string, unknown>,
  allowed: readonly string[],
  options: { resourceIdRequired: boolean },
): void {
  const errors: Record<string, string[]> = {};
  const id = text(data.resource_id) ?? text(data.id);
  if (options.resourceIdRequired && !id) {
    errors.resource_id = [ckanMessage('opendata.missing_value')];
  }
  const junk = Object.keys(data).filter((k) => !allowed.includes(k));
  if (junk.length) {
    const keys = junk.map((k) => `(${pythonRepr(k)},)`).join(', ');
    errors.__junk = [`The input field [${keys}] was not expected.`];
  }
  if (Object.keys(errors).length) throw new CkanValidationError(errors);
}

/** CKAN's `_guess_type` for a value of the first record (ckanext/datastore/backend/postgres.py). */
function guessType(value: unknown): string {
  if (value !== null && typeof value === 'object') return 'json';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  if (typeof value === 'boolean') return 'text';
  const s = String(value ?? '');
  if (/^\s*[+-]?\d+\s*$/.test(s)) return 'integer';
  if (s.trim() !== '' && !Number.isNaN(Number(s))) return 'numeric';
  if (
    /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/.test(s) ||
    /^\d{2}\/\d{2}\/\d{4}$/.test(s)
  ) {
    return 'timestamp';
  }
  return 'text';
}

function csvLine(values: unknown[], delimiter: string): string {
  return values
    .map((v) => {
      if (v === null || v === undefined) return '';
      // CKAN has PostgreSQL's COPY write these strings, which prints booleans as t and f.
      if (typeof v === 'boolean') return v ? 't' : 'f';
      const s = typeof v === 'object' ? JSON.stringify(v) : String(v);
      return /["\r\n]/.test(s) || s.includes(delimiter) ? `"${s.replaceAll('"', '""')}"` : s;
    })
    .join(delimiter);
}

/** `_links` as CKAN builds them from the current URL (relative, offset replaced). */
function links(path: string, query: string, offset: number, limit: number) {
  const args = new Map<string, string>();
  for (const [k, v] of new URLSearchParams(query)) args.set(k, v);
  const build = (change: (m: Map<string, string>) => void) => {
    const m = new Map(args);
    change(m);
    const qs = new URLSearchParams([...m]).toString();
    return qs ? `${path}?${qs}` : path;
  };
  const out: Record<string, string> = {
    start: build((m) => m.delete('offset')),
    next: build((m) => m.set('offset', String(offset + limit))),
  };
  if (offset - limit > 0) out.prev = build((m) => m.set('offset', String(offset - limit)));
  return out;
}

export function createDatastoreActions(deps: DatastoreDeps): Record<string, Action> {
  const { db } = deps;
  const postgres = deps.database.kind === 'postgres';

  async function resourceFor(reader: Reader | null, id: string, mode: 'read' | 'write') {
    const resource = await store.findResource(db, id);
    if (resource?.state !== 'active') {
      throw new CkanNotFound(`Resource "${id}" was not found.`);
    }
    const [dataset] = await store.findDatasetsByIds(db, [resource.package_id]);
    if (!dataset) throw new CkanNotFound(`Resource "${id}" was not found.`);
    if (mode === 'read' && !canRead(reader, dataset)) {
      throw new CkanNotAuthorized(
        `User ${userName(reader)} not authorized to read resource ${resource.id}`,
      );
    }
    if (mode === 'write' && !canEdit(reader, dataset)) {
      throw new CkanNotAuthorized(
        `User ${userName(reader)} not authorized to edit resource ${resource.id}`,
      );
    }
    return { resource, dataset };
  }

  async function existingTable(reader: Reader | null, id: string, mode: 'read' | 'write') {
    const found = await resourceFor(reader, id, mode);
    const columns = (await ds.tableExists(db, found.resource.id))
      ? await ds.tableColumns(db, found.resource.id)
      : null;
    if (!columns) throw new CkanNotFound(`Resource "${id}" was not found.`);
    return { ...found, columns };
  }

  function checkWritable(resource: { url_type: string | null }, force: boolean) {
    if (!force && resource.url_type !== 'datastore') {
      throw new CkanValidationError({ 'read-only': [READ_ONLY_MESSAGE] });
    }
  }

  function databaseError(error: unknown, key = 'records'): never {
    const e = error as { code?: string; message?: string };
    if (e.code === '23505') {
      throw new CkanValidationError({
        constraints: ['Cannot insert records or create index because of uniqueness constraint'],
        info: { orig: [e.message ?? ''] },
      });
    }
    if (e.code === '57014') throw new CkanValidationError({ query: ['Query took too long'] });
    if (typeof e.code === 'string' && /^(22|23|42)/.test(e.code)) {
      throw new CkanValidationError({
        [key]: [e.message ?? ''],
        info: { orig: [e.message ?? ''] },
      });
    }
    throw error;
  }

  function checkRecords(
    records: unknown,
    known: ReadonlySet<string>,
  ): Array<Record<string, unknown>> {
    if (isMissing(records)) return [];
    if (!Array.isArray(records)) {
      throw new CkanValidationError({ records: [ckanMessage('opendata.not_a_list')] });
    }
    for (const [n, r] of records.entries()) {
      if (!r || typeof r !== 'object' || Array.isArray(r)) {
        throw new CkanValidationError({ records: [`row "${n + 1}" is not a json object`] });
      }
      const extra = Object.keys(r).filter((k) => !known.has(k));
      if (extra.length) {
        throw new CkanValidationError({
          records: [`row "${n + 1}" has extra keys "${extra.join(', ')}"`],
        });
      }
    }
    return records as Array<Record<string, unknown>>;
  }

  const datastoreCreate: Action = {
    get: false,
    help: 'Add a table to the DataStore for a resource (resource_id or a new resource), with fields and records.',
    async run({ reader, data }: ActionRequest) {
      checkSchema(data, DATASTORE_KEYS.create, { resourceIdRequired: false });
      const resourceId = text(data.resource_id) ?? text(data.id);
      // The create schema checks `resource_id` with resource_id_exists: an unknown id is a field
      // error (409), not a Not Found, and it comes before the resource/resource_id rules.
      if (resourceId && !(await store.findResource(db, resourceId))) {
        throw new CkanValidationError({ resource_id: [`Resource not found: ${resourceId}`] });
      }
      const resourceDict = data.resource;
      if (resourceId && !isMissing(resourceDict)) {
        throw new CkanValidationError({ resource: ['resource cannot be used with resource_id'] });
      }
      if (!resourceId && isMissing(resourceDict)) {
        throw new CkanValidationError({ resource_id: ['resource_id or resource required'] });
      }
      const force = booleanValue(data.force);
      const fieldsIn = isMissing(data.fields) ? [] : data.fields;
      if (!Array.isArray(fieldsIn)) {
        throw new CkanValidationError({ fields: [ckanMessage('opendata.not_a_list')] });
      }
      const problems = new Problems();
      const fieldErrors: string[] = [];
      const fields: Array<{ id: string; type: string | null; info?: Record<string, unknown> }> = [];
      for (const f of fieldsIn) {
        const raw = (f && typeof f === 'object' ? f : {}) as Record<string, unknown>;
        const id = typeof raw.id === 'string' ? raw.id : '';
        if (!isValidFieldName(id)) {
          fieldErrors.push(
            Buffer.byteLength(id) > 63
              ? `Column heading "${id}" exceeds limit of 63 characters.`
              : `"${id}" is not a valid field name`,
          );
          continue;
        }
        const info =
          raw.info && typeof raw.info === 'object'
            ? (raw.info as Record<string, unknown>)
            : undefined;
        fields.push({
          id,
          type: typeof raw.type === 'string' && raw.type ? raw.type : null,
          ...(info ? { info } : {}),
        });
      }
      if (fieldErrors.length) problems.set('fields', fieldErrors);
      if (new Set(fields.map((f) => f.id)).size !== fields.length) {
        problems.set('field', ['Duplicate column names are not supported']);
      }
      problems.throwIfAny();
      const records = Array.isArray(data.records) ? (data.records as unknown[]) : [];
      const firstRecord = (
        records[0] && typeof records[0] === 'object' ? records[0] : {}
      ) as Record<string, unknown>;
      for (const f of fields) {
        if (f.type) continue;
        if (!(f.id in firstRecord)) {
          throw new CkanValidationError({ fields: [`"${f.id}" type not guessable`] });
        }
        f.type = guessType(firstRecord[f.id]);
      }
      const badType: string[] = [];
      for (const f of fields) {
        if (!(await ds.isKnownType(db, f.type!)))
          badType.push(`"${f.type}" is not a valid field type`);
      }
      if (badType.length) throw new CkanValidationError({ fields: badType });

      let id: string;
      if (resourceId) {
        const { resource } = await resourceFor(reader, resourceId, 'write');
        checkWritable(resource, force);
        id = resource.id;
      } else {
        const r = resourceDict as Record<string, unknown>;
        if (!r || typeof r !== 'object') {
          throw new CkanValidationError({ resource: ['Not a json object'] });
        }
        if (r.url)
          throw new CkanValidationError({ resource: ['The datapusher has to be enabled.'] });
        const created = await deps.catalogue.createResource(
          reader,
          { ...r, url_type: 'datastore', url: '' },
          null,
        );
        id = created.id as string;
      }

      const primaryKey = stringList(data.primary_key, 'primary_key') ?? [];
      const indexes = stringList(data.indexes, 'indexes') ?? [];
      const existing = (await ds.tableExists(db, id)) ? await ds.tableColumns(db, id) : null;
      const existingFields = (existing ?? []).filter((c) => c.id !== '_id');
      for (const [i, f] of existingFields.entries()) {
        if (fields[i] && fields[i]!.id !== f.id) {
          throw new CkanValidationError({
            fields: [`Supplied field "${fields[i]!.id}" not present or in wrong order`],
          });
        }
      }
      const allFieldIds = [
        ...existingFields.map((f) => f.id),
        ...fields.slice(existingFields.length).map((f) => f.id),
      ];
      for (const key of [...primaryKey, ...indexes]) {
        if (!allFieldIds.includes(key)) {
          throw new CkanValidationError({
            [primaryKey.includes(key) ? 'primary_key' : 'indexes']: [`field "${key}" not in table`],
          });
        }
      }
      const rows = checkRecords(data.records, new Set(allFieldIds));
      const previous = await ds.findTableInfo(db, id);
      try {
        await db.transaction().execute(async (trx) => {
          if (!existing) {
            await ds.createTable(
              trx,
              id,
              fields.map((f) => ({ id: f.id, pgType: f.type! })),
              { primaryKeyNow: true },
            );
          } else {
            await ds.addColumns(
              trx,
              id,
              fields.slice(existingFields.length).map((f) => ({ id: f.id, pgType: f.type! })),
            );
          }
          if (primaryKey.length) await ds.createUniqueIndex(trx, id, primaryKey);
          for (const index of indexes) await ds.createIndex(trx, id, [index]);
          await ds.insertRecords(trx, id, allFieldIds, rows);
          const columns = await ds.tableColumns(trx, id);
          const infoById = new Map(fields.map((f) => [f.id, f.info]));
          for (const f of previous?.fields ?? [])
            if (!infoById.get(f.id) && f.info) infoById.set(f.id, f.info);
          await ds.saveTableInfo(trx, {
            resource_id: id,
            fields: columns
              .filter((c) => c.id !== '_id')
              .map((c) => ({ ...c, ...(infoById.get(c.id) ? { info: infoById.get(c.id) } : {}) })),
            primary_key: primaryKey.length ? primaryKey : (previous?.primary_key ?? []),
            writable: resourceId ? (previous?.writable ?? false) : true,
            row_count: await ds.countRows(trx, id),
          });
          await store.setDatastoreActive(trx, id, true);
        });
      } catch (error) {
        databaseError(error);
      }
      const result: Record<string, unknown> = {
        resource_id: id,
        fields: fields.map((f) => ({
          id: f.id,
          type: f.type,
          ...(f.info ? { info: f.info } : {}),
        })),
        method: 'insert',
        ...(primaryKey.length ? { primary_key: primaryKey } : {}),
        ...(indexes.length ? { indexes } : {}),
      };
      // CKAN returns "the newly created data object, excluding records passed"; current CKAN
      // sends them back only when asked with include_records.
      if (!isMissing(data.records) && booleanValue(data.include_records))
        result.records = data.records;
      return result;
    },
  };

  const datastoreUpsert: Action = {
    get: false,
    help: 'Update or insert records of a DataStore table (method: upsert, insert or update).',
    async run({ reader, data }: ActionRequest) {
      checkSchema(data, DATASTORE_KEYS.upsert, { resourceIdRequired: true });
      // `id` is renamed to `resource_id` before validation (the schema's `__before`).
      const id = (text(data.resource_id) ?? text(data.id))!;
      const method = text(data.method) ?? 'upsert';
      if (!['upsert', 'insert', 'update'].includes(method)) {
        throw new CkanValidationError({
          method: [
            ckanMessage('opendata.one_of', { choices: pythonList(['upsert', 'insert', 'update']) }),
          ],
        });
      }
      const force = booleanValue(data.force);
      const dryRun = booleanValue(data.dry_run);
      const { resource, columns } = await existingTable(reader, id, 'write');
      checkWritable(resource, force);
      const known = new Set(columns.map((c) => c.id));
      if (!isMissing(data.records) && !Array.isArray(data.records)) {
        throw new CkanValidationError({ records: [ckanMessage('opendata.not_a_list')] });
      }
      const records = (data.records ?? []) as Array<Record<string, unknown>>;
      const missing = new Set<string>();
      for (const r of records) {
        if (!r || typeof r !== 'object' || Array.isArray(r)) {
          throw new CkanValidationError({ records: ['records must be json objects'] });
        }
        for (const k of Object.keys(r)) if (!known.has(k)) missing.add(k);
      }
      if (missing.size) {
        throw new CkanValidationError({
          fields: [`fields "${[...missing].join(', ')}" do not exist`],
        });
      }
      const info = await ds.findTableInfo(db, resource.id);
      const keys = info?.primary_key ?? [];
      const dataColumns = columns.map((c) => c.id).filter((c) => c !== '_id');
      try {
        await db.transaction().execute(async (trx) => {
          if (method === 'insert') {
            await ds.insertRecords(trx, resource.id, dataColumns, records);
          } else {
            for (const [n, record] of records.entries()) {
              let key: Record<string, unknown>;
              if ('_id' in record) key = { _id: record._id };
              else if (keys.length === 0) {
                throw new CkanValidationError({
                  table: ['unique key must be passed for update/upsert'],
                });
              } else {
                const absent = keys.filter((k) => !(k in record));
                if (absent.length) {
                  throw new CkanValidationError({
                    key: [`fields "${absent.join(', ')}" are missing but needed as key`],
                  });
                }
                key = Object.fromEntries(keys.map((k) => [k, record[k]]));
              }
              const values = Object.fromEntries(
                Object.entries(record).filter(([k]) => !(k in key) && k !== '_id'),
              );
              const changed = await ds.updateRecord(trx, resource.id, key, values);
              if (changed === 0) {
                if (method === 'update') {
                  const shown = Object.values(key).map((v) =>
                    typeof v === 'string' ? pythonRepr(v) : String(v),
                  );
                  throw new CkanValidationError({ key: [`key "[${shown.join(', ')}]" not found`] });
                }
                const row = { ...record };
                await ds.insertRecords(
                  trx,
                  resource.id,
                  [...dataColumns, ...('_id' in row ? ['_id'] : [])],
                  [row],
                );
              }
              void n;
            }
          }
          await ds.saveRowCount(trx, resource.id, await ds.countRows(trx, resource.id));
          // dry_run: every check and every write ran, and all of it is rolled back.
          if (dryRun) throw new RolledBack();
        });
      } catch (error) {
        if (error instanceof CkanValidationError) throw error;
        if (!(error instanceof RolledBack)) databaseError(error);
      }
      // The schema has no default for `method`: the echo carries it only when it was sent.
      return {
        resource_id: resource.id,
        ...(isMissing(data.method) ? {} : { method }),
        ...(isMissing(data.force) ? {} : { force }),
        ...(isMissing(data.dry_run) ? {} : { dry_run: dryRun }),
        records: data.records ?? [],
      };
    },
  };

  const datastoreSearch: Action = {
    get: true,
    help: 'Search a DataStore table: filters, q, limit, offset, sort, fields, distinct, include_total, records_format.',
    async run({ reader, data, path, query }: ActionRequest) {
      checkSchema(data, DATASTORE_KEYS.search, { resourceIdRequired: true });
      const id = (text(data.resource_id) ?? text(data.id))!;
      const problems = new Problems();
      const limit = Math.min(
        naturalNumber(problems, 'limit', data.limit, DATASTORE_ROWS_DEFAULT) ??
          DATASTORE_ROWS_DEFAULT,
        DATASTORE_ROWS_MAX,
      );
      const offset = naturalNumber(problems, 'offset', data.offset, 0) ?? 0;
      const thresholdRaw = data.total_estimation_threshold;
      problems.throwIfAny();
      const format = text(data.records_format) ?? 'objects';
      if (!['objects', 'lists', 'csv', 'tsv'].includes(format)) {
        throw new CkanValidationError({
          records_format: [
            ckanMessage('opendata.one_of', {
              choices: pythonList(['objects', 'lists', 'csv', 'tsv']),
            }),
          ],
        });
      }
      const filters = dict(data.filters, 'filters');
      const q = jsonObjectOrText(data.q);
      const qText = typeof q === 'string' && q !== '' ? q : null;
      const qFields = q !== null && typeof q === 'object' ? q : null;
      // `full_text` searches the whole row like a string `q`, and both may be given together.
      const fullText = isMissing(data.full_text) ? null : String(data.full_text);
      const rowText = [qText, fullText].filter((t) => t?.trim()).join(' ') || null;
      const fieldsParam = stringList(data.fields, 'fields');
      const sortParam = Array.isArray(data.sort)
        ? (data.sort as string[]).join(',')
        : text(data.sort);
      // The DataStore schema reads these with boolean_validator, which never fails.
      const distinct = isMissing(data.distinct) ? false : booleanValue(data.distinct);
      const includeTotal =
        isMissing(data.include_total) || data.include_total === ''
          ? true
          : booleanValue(data.include_total);

      if (id === '_table_metadata') {
        return tableMetadata(reader, limit, offset);
      }
      const { resource, columns } = await existingTable(reader, id, 'read');
      const info = await ds.findTableInfo(db, resource.id);
      const infoById = new Map((info?.fields ?? []).map((f) => [f.id, f.info]));
      const names = new Set(columns.map((c) => c.id));
      const bad = (param: string, name: string): never => {
        throw new CkanValidationError({ [param]: [`invalid value "${name}"`] });
      };
      const selected = fieldsParam ?? columns.map((c) => c.id);
      for (const f of selected) if (!names.has(f)) bad('fields', f);
      const filterList: Array<{ column: string; values: unknown[] }> = [];
      for (const [k, v] of Object.entries(filters ?? {})) {
        if (!names.has(k)) bad('filters', k);
        filterList.push({ column: k, values: Array.isArray(v) ? v : [v] });
      }
      const columnWords: Array<{ column: string; words: string[] }> = [];
      const columnRanks: Array<{ column: string; text: string }> = [];
      for (const [k, v] of Object.entries(qFields ?? {})) {
        if (!names.has(k)) bad('q', k);
        columnWords.push({ column: k, words: segmentWords(String(v ?? '')) });
        columnRanks.push({ column: k, text: String(v ?? '') });
      }
      const ranked = !!rowText || columnRanks.length > 0;
      const sort: Array<{ column: string; dir: 'asc' | 'desc' }> = [];
      for (const clause of (sortParam ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)) {
        const m = /^"?([^"]+?)"?(?:\s+(asc|desc))?$/i.exec(clause);
        if (!m || !names.has(m[1]!)) bad('sort', clause);
        sort.push({ column: m![1]!, dir: (m![2]?.toLowerCase() as 'asc' | 'desc') ?? 'asc' });
      }
      const words = rowText ? segmentWords(rowText) : [];
      // Without a sort CKAN orders by its rank columns when there is a text search, else by _id.
      if (sort.length === 0 && !distinct && !ranked) sort.push({ column: '_id', dir: 'asc' });
      const dataColumns = columns.map((c) => c.id).filter((c) => c !== '_id');
      let page: { records: unknown[]; total: number | null };
      try {
        page = await ds.searchTable(
          db,
          {
            name: resource.id,
            columns: selected,
            filters: filterList,
            words,
            columnWords,
            allColumns: dataColumns,
            rankText: rowText,
            columnRanks,
            distinct,
            sort,
            sortByRank: ranked && sort.length === 0,
            limit,
            offset,
            format: format === 'objects' ? 'objects' : 'lists',
          },
          { includeTotal, timeoutMs: SEARCH_TIMEOUT_MS, postgres },
        );
      } catch (error) {
        const e = error as { code?: string; message?: string };
        if (e.code === '57014') throw new CkanValidationError({ query: ['Search took too long'] });
        if (typeof e.code === 'string' && /^(22|42)/.test(e.code)) {
          throw new CkanValidationError({
            query: ['Invalid query'],
            info: { statement: [], params: [], orig: [e.message ?? ''] },
          });
        }
        throw error;
      }
      const typeOf = new Map(columns.map((c) => [c.id, c.type]));
      const fieldsOut = [
        ...selected.map((f) => ({
          id: f,
          type: f === '_id' ? 'int' : (typeOf.get(f) ?? 'text'),
          ...(infoById.get(f) ? { info: infoById.get(f) } : {}),
        })),
        // CKAN always selects its rank columns but lists them as fields only when `fields` was
        // not given (_result_fields lists exactly the requested fields).
        ...(fieldsParam
          ? []
          : [
              ...(rowText ? [{ id: 'rank', type: 'float' }] : []),
              ...columnRanks.map((c) => ({ id: `rank ${c.column}`, type: 'float' })),
            ]),
      ];
      let records: unknown = page.records;
      if (format === 'csv' || format === 'tsv') {
        const delimiter = format === 'csv' ? ',' : '\t';
        records = (page.records as unknown[][]).map((r) => `${csvLine(r, delimiter)}\n`).join('');
      }
      const result: Record<string, unknown> = {
        include_total: includeTotal,
        limit,
        records_format: format,
        resource_id: resource.id,
        total_estimation_threshold: isMissing(thresholdRaw) ? null : thresholdRaw,
        // The validated request is echoed: optional keys only when they were sent.
        ...(filters ? { filters } : {}),
        ...(q === null ? {} : { q }),
        ...(fullText === null ? {} : { full_text: fullText }),
        ...(isMissing(data.plain) ? {} : { plain: booleanValue(data.plain) }),
        ...(isMissing(data.language) ? {} : { language: String(data.language) }),
        ...(isMissing(data.sort) ? {} : { sort: data.sort }),
        ...(isMissing(data.offset) ? {} : { offset }),
        ...(isMissing(data.distinct) ? {} : { distinct }),
        fields: fieldsOut,
        records,
        _links: links(path, query, offset, limit),
      };
      if (includeTotal) {
        result.total = page.total;
        result.total_was_estimated = false;
      }
      return result;
    },
  };

  async function tableMetadata(reader: Reader | null, limit: number, offset: number) {
    const rows = await store.listDatastoreResources(db);
    const visible = rows.filter((r) => canRead(reader, r));
    const page = visible.slice(offset, offset + limit);
    return {
      resource_id: '_table_metadata',
      fields: [
        { id: '_id', type: 'int' },
        { id: 'name', type: 'text' },
        { id: 'oid', type: 'int' },
        { id: 'alias_of', type: 'text' },
      ],
      records: page.map((r, i) => ({
        _id: offset + i + 1,
        name: r.resource_id,
        oid: null,
        alias_of: null,
      })),
      total: visible.length,
      total_was_estimated: false,
      limit,
    };
  }

  const datastoreSearchSql: Action = {
    get: true,
    help: 'Run one read-only SELECT over DataStore tables (time-limited).',
    async run({ reader, data }: ActionRequest) {
      const userSql = required(data, 'sql');
      let statement: string;
      try {
        statement = `select * from (${checkStatement(userSql)}) as blah limit ${DATASTORE_ROWS_MAX + 1}`;
      } catch (error) {
        refused(error, userSql);
      }
      let relations: string[];
      try {
        relations = planRelations(await ds.explainReadOnly(db, statement!));
      } catch (error) {
        if (error instanceof SqlRefused) refused(error, userSql);
        sqlError(error, userSql);
      }
      const readable = new Set<string>();
      for (const name of relations!) {
        if (!/^[0-9a-f-]{36}$/.test(name)) continue;
        const resource = await store.findResource(db, name);
        if (resource?.state !== 'active') continue;
        const [dataset] = await store.findDatasetsByIds(db, [resource.package_id]);
        if (dataset && canRead(reader, dataset)) readable.add(name);
      }
      let result: Awaited<ReturnType<typeof ds.runReadOnly>>;
      try {
        result = await ds.runReadOnly(db, statement!, {
          timeoutMs: SQL_TIMEOUT_MS,
          postgres,
          check: (plan) =>
            checkPlan(plan, {
              readable: (t) => readable.has(t),
              maxCost: postgres ? SQL_MAX_COST.postgres : SQL_MAX_COST.pglite,
            }),
        });
      } catch (error) {
        if (error instanceof SqlRefused) refused(error, userSql);
        sqlError(error, userSql);
      }
      const truncated = result!.rows.length > DATASTORE_ROWS_MAX;
      return {
        sql: userSql,
        records: truncated ? result!.rows.slice(0, DATASTORE_ROWS_MAX) : result!.rows,
        fields: result!.fields,
        ...(truncated ? { records_truncated: true } : {}),
      };
    },
  };

  function refused(error: unknown, userSql: string): never {
    if (!(error instanceof SqlRefused)) throw error;
    if (error.kind === 'function' || error.kind === 'system' || error.kind === 'resource') {
      throw new CkanNotAuthorized(error.message);
    }
    if (error.kind === 'cost') {
      // Refused before running, but for the caller it is CKAN's timeout: the same message, with
      // the planner's estimate alongside for whoever wants to rewrite the query.
      throw new CkanValidationError({
        query: ['Query took too long'],
        info: { statement: [userSql], params: [], orig: [error.message] },
      });
    }
    throw new CkanValidationError({
      query: [error.message],
      ...(error.kind === 'syntax'
        ? { info: { statement: [userSql], params: [], orig: [error.message] } }
        : {}),
    });
  }

  function sqlError(error: unknown, userSql: string): never {
    const e = error as { code?: string; message?: string };
    if (e.code === '57014') throw new CkanValidationError({ query: ['Query took too long'] });
    if (e.code === '42501' || e.code === '25006') {
      throw new CkanNotAuthorized('Not authorized to read resource.');
    }
    if (typeof e.code === 'string') {
      throw new CkanValidationError({
        query: [e.message ?? ''],
        info: { statement: [userSql], params: [], orig: [e.message ?? ''] },
      });
    }
    throw error;
  }

  const datastoreInfo: Action = {
    get: true,
    help: 'Return the fields and the row count of a DataStore table.',
    async run({ reader, data }: ActionRequest) {
      const id = text(data.id) ?? required(data, 'resource_id');
      const { resource, columns } = await existingTable(reader, id, 'read');
      const info = await ds.findTableInfo(db, resource.id);
      const infoById = new Map((info?.fields ?? []).map((f) => [f.id, f.info]));
      return {
        meta: {
          count: await ds.countRows(db, resource.id),
          id: resource.id,
          table_type: 'BASE TABLE',
        },
        fields: columns
          .filter((c) => c.id !== '_id')
          .map((c) => ({
            id: c.id,
            type: c.type,
            ...(infoById.get(c.id) ? { info: infoById.get(c.id) } : {}),
          })),
      };
    },
  };

  const datastoreDelete: Action = {
    get: false,
    help: 'Delete records of a DataStore table (filters), or the whole table.',
    async run({ reader, data }: ActionRequest) {
      checkSchema(data, DATASTORE_KEYS.delete, { resourceIdRequired: true });
      const id = (text(data.resource_id) ?? text(data.id))!;
      const force = booleanValue(data.force);
      if (
        !isMissing(data.filters) &&
        (typeof data.filters !== 'object' || Array.isArray(data.filters))
      ) {
        throw new CkanValidationError({ filters: ['filters must be either a dict or null.'] });
      }
      const { resource, columns } = await existingTable(reader, id, 'write');
      checkWritable(resource, force);
      const filters = (data.filters ?? null) as Record<string, unknown> | null;
      await db.transaction().execute(async (trx) => {
        if (!filters) {
          await ds.dropTable(trx, resource.id);
          await ds.deleteTableInfo(trx, resource.id);
          await store.setDatastoreActive(trx, resource.id, false);
          return;
        }
        const names = new Set(columns.map((c) => c.id));
        for (const k of Object.keys(filters)) {
          if (!names.has(k))
            throw new CkanValidationError({ filters: [`field "${k}" not in table`] });
        }
        await ds.deleteWhere(trx, resource.id, filters);
        await ds.saveRowCount(trx, resource.id, await ds.countRows(trx, resource.id));
      });
      return { resource_id: resource.id, ...(filters ? { filters } : {}) };
    },
  };

  /**
   * Pratu's own action (CKAN's xloader has `xloader_status` for the same need): the last load of
   * an uploaded table, its job, and the rows it refused, for publishers' programs.
   */
  const datastoreLoadStatus: Action = {
    get: true,
    help: 'Pratu: the state of the last datastore load of a resource, with refused rows by line.',
    async run({ reader, data }: ActionRequest) {
      const id = text(data.resource_id) ?? required(data, 'id');
      const { resource } = await resourceFor(reader, id, 'write');
      const load = await ds.latestLoad(db, resource.id);
      if (!load) throw new CkanNotFound('No datastore load for this resource');
      const job = load.job_id ? await deps.findJob(load.job_id) : null;
      return {
        resource_id: resource.id,
        datastore_active: resource.datastore_active,
        state: load.state,
        rows_loaded: load.rows_loaded,
        bad_row_count: load.bad_row_count,
        bad_rows: load.bad_rows,
        fields: load.fields,
        message: load.message,
        created: load.created_at.toISOString(),
        finished: load.finished_at?.toISOString() ?? null,
        job: job
          ? { id: load.job_id, state: job.state, progress: job.progress, error: job.lastError }
          : null,
      };
    },
  };

  return {
    datastore_load_status: datastoreLoadStatus,
    datastore_create: datastoreCreate,
    datastore_upsert: datastoreUpsert,
    datastore_search: datastoreSearch,
    datastore_search_sql: datastoreSearchSql,
    datastore_info: datastoreInfo,
    datastore_delete: datastoreDelete,
  };
}
