import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Database, Db } from '../platform/db/database.ts';

/**
 * The datastore's SQL: one table per resource in schema `opendata_datastore`, named by the
 * resource id, with CKAN's `_id` column first (ckanext/datastore/backend/postgres.py), plus the
 * bookkeeping tables in `opendata` (data dictionary, load history).
 */

export const DATASTORE_SCHEMA = 'opendata_datastore';

export interface FieldInfo {
  id: string;
  /** PostgreSQL type name as CKAN reports it (int4, int8, numeric, text, date, timestamp ...). */
  type: string;
  info?: Record<string, unknown>;
}

export interface TableInfo {
  resource_id: string;
  fields: FieldInfo[];
  primary_key: string[];
  writable: boolean;
  row_count: number;
  updated_at: Date;
}

export interface LoadRow {
  id: string;
  resource_id: string;
  job_id: number | null;
  state: 'queued' | 'running' | 'done' | 'failed';
  rows_total: number;
  rows_loaded: number;
  bad_row_count: number;
  bad_rows: Array<{ line: number; reason: string }>;
  fields: Array<{ id: string; type: string; inferred: string }>;
  message: string | null;
  requested_by: string | null;
  created_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
}

interface Tables {
  'opendata.datastore_tables': Omit<TableInfo, 'updated_at' | 'fields'> & {
    fields: string;
    updated_at?: Date;
    created_at?: Date;
  };
  'opendata.datastore_loads': Omit<LoadRow, 'bad_rows' | 'fields' | 'id' | 'created_at'> & {
    id?: string;
    bad_rows: string;
    fields: string;
    created_at?: Date;
  };
}

const t = (db: Db) => db as Kysely<Tables>;

export const table = (name: string) => sql.id(DATASTORE_SCHEMA, name);
export const stagingName = (resourceId: string) => `${resourceId}__load`;

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export async function tableExists(db: Db, name: string): Promise<boolean> {
  const r = await sql<{
    ok: boolean;
  }>`select to_regclass(${`${DATASTORE_SCHEMA}."${name}"`}) is not null as ok`.execute(db);
  return r.rows[0]?.ok === true;
}

/** The columns of a datastore table in order, with their PostgreSQL type names. */
export async function tableColumns(
  db: Db,
  name: string,
): Promise<Array<{ id: string; type: string }>> {
  const r = await sql<{ id: string; type: string }>`
    select a.attname as id, case when t.typcategory = 'A' then '_' || e.typname else t.typname end as type
    from pg_attribute a
    join pg_class c on c.oid = a.attrelid
    join pg_namespace n on n.oid = c.relnamespace
    join pg_type t on t.oid = a.atttypid
    left join pg_type e on e.oid = t.typelem
    where n.nspname = ${DATASTORE_SCHEMA} and c.relname = ${name} and a.attnum > 0 and not a.attisdropped
    order by a.attnum`.execute(db);
  return r.rows;
}

export async function createTable(
  db: Db,
  name: string,
  fields: ReadonlyArray<{ id: string; pgType: string }>,
  options: { primaryKeyNow: boolean },
): Promise<void> {
  const columns = fields.map((f) => sql`${sql.id(f.id)} ${sql.raw(f.pgType)}`);
  const idColumn = options.primaryKeyNow ? sql`_id serial primary key` : sql`_id serial not null`;
  await sql`create table ${table(name)} (${sql.join([idColumn, ...columns])})`.execute(db);
}

export async function addColumns(
  db: Db,
  name: string,
  fields: ReadonlyArray<{ id: string; pgType: string }>,
): Promise<void> {
  for (const f of fields) {
    await sql`alter table ${table(name)} add column ${sql.id(f.id)} ${sql.raw(f.pgType)}`.execute(
      db,
    );
  }
}

export async function dropTable(db: Db, name: string): Promise<void> {
  await sql`drop table if exists ${table(name)}`.execute(db);
}

/** Checks a type name PostgreSQL knows (datastore_create's `"<t>" is not a valid field type`). */
export async function isKnownType(db: Db, typeName: string): Promise<boolean> {
  if (!/^[a-z_][a-z0-9_ ]*(\[\])?$/i.test(typeName)) return false;
  const r = await sql<{ ok: boolean }>`select to_regtype(${typeName}) is not null as ok`.execute(
    db,
  );
  return r.rows[0]?.ok === true;
}

export async function createUniqueIndex(db: Db, name: string, columns: readonly string[]) {
  await sql`create unique index on ${table(name)} (${sql.join(columns.map((c) => sql.id(c)))})`.execute(
    db,
  );
}

/** Bulk load with COPY (the fast path both engines share). */
export async function copyInto(
  database: Database,
  name: string,
  columns: readonly string[],
  csv: AsyncIterable<string | Uint8Array> | string,
): Promise<void> {
  await database.copyCsv(`${DATASTORE_SCHEMA}.${name}`, [...columns], csv);
}

/**
 * Replaces a resource's table with its freshly loaded staging table in one transaction, so
 * readers see the old rows until the new ones are complete. The primary key on `_id` is built
 * after the COPY (one index build instead of one insert per row).
 */
export async function swapInStaging(db: Db, resourceId: string): Promise<void> {
  if (!UUID_RE.test(resourceId)) throw new Error('resource ids are UUIDs');
  const staging = stagingName(resourceId);
  await db.transaction().execute(async (trx) => {
    await sql`alter table ${table(staging)} add primary key (_id)`.execute(trx);
    await sql`drop table if exists ${table(resourceId)}`.execute(trx);
    await sql`alter table ${table(staging)} rename to ${sql.id(resourceId)}`.execute(trx);
    await sql`alter sequence ${sql.id(DATASTORE_SCHEMA, `${staging}__id_seq`)}
      rename to ${sql.id(`${resourceId}__id_seq`)}`.execute(trx);
    await sql`alter index ${sql.id(DATASTORE_SCHEMA, `${staging}_pkey`)}
      rename to ${sql.id(`${resourceId}_pkey`)}`.execute(trx);
  });
}

export async function countRows(db: Db, name: string): Promise<number> {
  const r = await sql<{ n: number }>`select count(*)::bigint as n from ${table(name)}`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}

// --- data dictionary ------------------------------------------------------------------------

export async function findTableInfo(db: Db, resourceId: string): Promise<TableInfo | null> {
  const row = await t(db)
    .selectFrom('opendata.datastore_tables')
    .selectAll()
    .where('resource_id', '=', resourceId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    ...row,
    fields: (typeof row.fields === 'string' ? JSON.parse(row.fields) : row.fields) as FieldInfo[],
    updated_at: row.updated_at ?? new Date(),
  } as TableInfo;
}

export async function saveTableInfo(db: Db, info: Omit<TableInfo, 'updated_at'>): Promise<void> {
  const values = {
    resource_id: info.resource_id,
    fields: JSON.stringify(info.fields),
    primary_key: info.primary_key,
    writable: info.writable,
    row_count: info.row_count,
  };
  await t(db)
    .insertInto('opendata.datastore_tables')
    .values(values)
    .onConflict((oc) =>
      oc.column('resource_id').doUpdateSet({
        fields: values.fields,
        primary_key: values.primary_key,
        writable: values.writable,
        row_count: values.row_count,
        updated_at: sql`now()` as never,
      }),
    )
    .execute();
}

export async function deleteTableInfo(db: Db, resourceId: string): Promise<void> {
  await t(db)
    .deleteFrom('opendata.datastore_tables')
    .where('resource_id', '=', resourceId)
    .execute();
}

export async function readableTableIds(db: Db, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await t(db)
    .selectFrom('opendata.datastore_tables')
    .select('resource_id')
    .where('resource_id', 'in', [...ids])
    .execute();
  return rows.map((r) => r.resource_id);
}

// --- loads ------------------------------------------------------------------------------------

const loadFromRow = (row: Record<string, unknown>): LoadRow => {
  const parse = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);
  return {
    ...(row as unknown as LoadRow),
    bad_rows: parse(row.bad_rows) as LoadRow['bad_rows'],
    fields: parse(row.fields) as LoadRow['fields'],
    rows_total: Number(row.rows_total),
    rows_loaded: Number(row.rows_loaded),
    bad_row_count: Number(row.bad_row_count),
    job_id: row.job_id === null ? null : Number(row.job_id),
  };
};

export async function insertLoad(
  db: Db,
  load: { resource_id: string; requested_by: string },
): Promise<string> {
  const row = await t(db)
    .insertInto('opendata.datastore_loads')
    .values({
      resource_id: load.resource_id,
      requested_by: load.requested_by,
      job_id: null,
      state: 'queued',
      rows_total: 0,
      rows_loaded: 0,
      bad_row_count: 0,
      bad_rows: '[]',
      fields: '[]',
      message: null,
      started_at: null,
      finished_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id!;
}

export async function updateLoad(
  db: Db,
  id: string,
  values: Partial<Omit<LoadRow, 'id' | 'resource_id' | 'created_at'>>,
): Promise<void> {
  const set: Record<string, unknown> = { ...values };
  if (values.bad_rows) set.bad_rows = JSON.stringify(values.bad_rows);
  if (values.fields) set.fields = JSON.stringify(values.fields);
  await t(db)
    .updateTable('opendata.datastore_loads')
    .set(set as never)
    .where('id', '=', id)
    .execute();
}

export async function findLoad(db: Db, id: string): Promise<LoadRow | null> {
  const row = await t(db)
    .selectFrom('opendata.datastore_loads')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? loadFromRow(row as unknown as Record<string, unknown>) : null;
}

export async function latestLoad(db: Db, resourceId: string): Promise<LoadRow | null> {
  const row = await t(db)
    .selectFrom('opendata.datastore_loads')
    .selectAll()
    .where('resource_id', '=', resourceId)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? loadFromRow(row as unknown as Record<string, unknown>) : null;
}

// --- writes through the API -------------------------------------------------------------------

/** Inserts records (JSON objects) in one statement; PostgreSQL casts each value to its column. */
export async function insertRecords(
  db: Db,
  name: string,
  columns: readonly string[],
  records: readonly Record<string, unknown>[],
): Promise<void> {
  if (records.length === 0 || columns.length === 0) {
    if (records.length) {
      await sql`insert into ${table(name)} default values`.execute(db);
    }
    return;
  }
  const cols = sql.join(columns.map((c) => sql.id(c)));
  await sql`insert into ${table(name)} (${cols})
    select ${cols} from json_populate_recordset(null::${table(name)}, ${JSON.stringify(records)}::json)`.execute(
    db,
  );
}

/**
 * Updates the row matched by `key` (column → value) with `values`; returns how many rows changed.
 */
export async function updateRecord(
  db: Db,
  name: string,
  key: Record<string, unknown>,
  values: Record<string, unknown>,
): Promise<number> {
  const setCols = Object.keys(values);
  const where = keyCondition(name, key);
  if (setCols.length === 0) {
    const r = await sql<{
      n: number;
    }>`select count(*)::int as n from ${table(name)} where ${where}`.execute(db);
    return Number(r.rows[0]?.n ?? 0);
  }
  const r = await sql`update ${table(name)} t set ${sql.join(
    setCols.map((c) => sql`${sql.id(c)} = p.${sql.id(c)}`),
  )} from json_populate_record(null::${table(name)}, ${JSON.stringify(values)}::json) p
    where ${where}`.execute(db);
  return Number(r.numAffectedRows ?? 0);
}

function keyCondition(name: string, key: Record<string, unknown>): RawBuilder<unknown> {
  const cols = Object.keys(key);
  return sql.join(
    cols.map(
      (c) =>
        sql`t.${sql.id(c)} is not distinct from (json_populate_record(null::${table(name)}, ${JSON.stringify(key)}::json)).${sql.id(c)}`,
    ),
    sql` and `,
  );
}

// --- reads -------------------------------------------------------------------------------------

export interface DatastoreQuery {
  name: string;
  /** Selected columns in order (validated against the table). */
  columns: string[];
  filters: Array<{ column: string; values: unknown[] }>;
  /** Words that must all appear in the row's text (q as a string). */
  words: string[];
  /** Per-column words (q as an object). */
  columnWords: Array<{ column: string; words: string[] }>;
  /** All table columns, to build the row text for q. */
  allColumns: string[];
  rankText: string | null;
  /** Per-column text ranked as CKAN's `rank <column>` (q as an object). */
  columnRanks: Array<{ column: string; text: string }>;
  distinct: boolean;
  sort: Array<{ column: string; dir: 'asc' | 'desc' }>;
  sortByRank: boolean;
  limit: number;
  offset: number;
  format: 'objects' | 'lists';
}

function rowText(columns: readonly string[]): RawBuilder<unknown> {
  return sql`concat_ws(' ', ${sql.join(columns.map((c) => sql`${sql.id(c)}::text`))})`;
}

function conditions(q: DatastoreQuery): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [];
  for (const f of q.filters) {
    const col = sql.id(f.column);
    if (f.values.length === 1 && f.values[0] === null) parts.push(sql`${col} is null`);
    else {
      parts.push(
        sql`${col}::text in (${sql.join(f.values.map((v) => sql`${typeof v === 'string' ? v : JSON.stringify(v)}`))})`,
      );
    }
  }
  if (q.words.length) {
    const text = rowText(q.allColumns.length ? q.allColumns : ['_id']);
    for (const w of q.words) parts.push(sql`${text} ilike ${`%${escapeLike(w)}%`}`);
  }
  for (const cw of q.columnWords) {
    for (const w of cw.words)
      parts.push(sql`${sql.id(cw.column)}::text ilike ${`%${escapeLike(w)}%`}`);
  }
  return parts.length ? sql.join(parts, sql` and `) : sql`true`;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * One page of a table as JSON built by PostgreSQL (numbers stay numbers, timestamps come out as
 * 'YYYY-MM-DDTHH:MM:SS', as CKAN's datastore_search formats them), and the total when asked.
 */
export async function searchTable(
  db: Db,
  q: DatastoreQuery,
  options: { includeTotal: boolean; timeoutMs: number; postgres: boolean },
): Promise<{ records: unknown[]; total: number | null }> {
  const cols = q.columns.map((c) => sql.id(c));
  const rank = q.rankText
    ? sql`word_similarity(${q.rankText}, ${rowText(q.allColumns.length ? q.allColumns : ['_id'])})`
    : null;
  const ranks = [
    ...(rank ? [{ name: 'rank', expr: rank }] : []),
    ...q.columnRanks.map((c) => ({
      name: `rank ${c.column}`,
      expr: sql`word_similarity(${c.text}, ${sql.id(c.column)}::text)`,
    })),
  ];
  const selectList = [...cols, ...ranks.map((r) => sql`${r.expr} as ${sql.id(r.name)}`)];
  const order =
    q.sortByRank && ranks.length
      ? sql`order by ${sql.join(ranks.map((r) => sql`${sql.id(r.name)} desc`))}`
      : q.sort.length
        ? sql`order by ${sql.join(q.sort.map((s) => sql`${sql.id(s.column)} ${sql.raw(s.dir)}`))}`
        : sql``;
  const where = conditions(q);
  const body = sql`select ${q.distinct ? sql`distinct` : sql``} ${sql.join(selectList)}
    from ${table(q.name)} where ${where} ${order} limit ${q.limit} offset ${q.offset}`;
  const names = [...q.columns, ...ranks.map((r) => r.name)];
  const json =
    q.format === 'lists'
      ? sql`select coalesce(json_agg(json_build_array(${sql.join(names.map((n) => sql`r.${sql.id(n)}`))})), '[]'::json) as records from (${body}) r`
      : sql`select coalesce(json_agg(r), '[]'::json) as records from (${body}) r`;
  return db.transaction().execute(async (trx) => {
    if (options.postgres) {
      await sql`select set_config('statement_timeout', ${String(options.timeoutMs)}, true)`.execute(
        trx,
      );
    }
    const r = await json.execute(trx);
    const raw = (r.rows[0] as { records: unknown } | undefined)?.records;
    const records = (typeof raw === 'string' ? JSON.parse(raw) : raw) as unknown[];
    let total: number | null = null;
    if (options.includeTotal) {
      const countQuery = q.distinct
        ? sql<{
            n: number;
          }>`select count(*)::bigint as n from (select distinct ${sql.join(cols)} from ${table(q.name)} where ${where}) s`
        : sql<{ n: number }>`select count(*)::bigint as n from ${table(q.name)} where ${where}`;
      total = Number((await countQuery.execute(trx)).rows[0]?.n ?? 0);
    }
    return { records: records ?? [], total };
  });
}

/** The first rows of a table for the preview page (no total). */
export async function previewRows(
  db: Db,
  name: string,
  columns: readonly string[],
  limit: number,
): Promise<Record<string, unknown>[]> {
  const r = await sql<Record<string, unknown>>`select ${sql.join(columns.map((c) => sql.id(c)))}
    from ${table(name)} order by _id limit ${limit}`.execute(db);
  return r.rows;
}

/** Every row as CSV text chunks, in `_id` order, for the dump download. */
export async function* dumpRows(
  db: Db,
  name: string,
  columns: readonly string[],
  batch = 5000,
): AsyncGenerator<Record<string, unknown>[]> {
  let after = 0;
  for (;;) {
    const r = await sql<
      Record<string, unknown>
    >`select _id, ${sql.join(columns.map((c) => sql.id(c)))}
      from ${table(name)} where _id > ${after} order by _id limit ${batch}`.execute(db);
    if (r.rows.length === 0) return;
    yield r.rows;
    after = Number(r.rows[r.rows.length - 1]?._id ?? after);
    if (r.rows.length < batch) return;
  }
}

/** Aggregates for the chart: the numeric column against the label column, first `limit` rows. */
export async function chartRows(
  db: Db,
  name: string,
  label: string,
  value: string,
  limit: number,
): Promise<Array<{ label: string; value: number }>> {
  const r = await sql<{ label: string; value: string | number }>`
    select ${sql.id(label)}::text as label, ${sql.id(value)}::float8 as value from ${table(name)}
    where ${sql.id(value)} is not null order by _id limit ${limit}`.execute(db);
  return r.rows.map((row) => ({ label: row.label ?? '', value: Number(row.value) }));
}

// --- datastore_search_sql ----------------------------------------------------------------------

/** EXPLAIN's JSON plan of a statement, inside the caller's read-only transaction. */
export async function explain(trx: Db, statement: string): Promise<unknown> {
  const r = await sql
    .raw<{ 'QUERY PLAN': unknown }>(`explain (verbose, format json) ${statement}`)
    .execute(trx);
  const plan = r.rows[0]?.['QUERY PLAN'];
  return typeof plan === 'string' ? JSON.parse(plan) : plan;
}

/**
 * Runs a checked read-only statement: a READ ONLY transaction, the datastore schema alone on the
 * search path and a statement timeout, then `check(plan)` on its EXPLAIN before it executes.
 */
export async function runReadOnly(
  db: Db,
  statement: string,
  options: { timeoutMs: number; postgres: boolean; check(plan: unknown): void },
): Promise<{ rows: Record<string, unknown>[]; fields: Array<{ id: string; type: string }> }> {
  return db.transaction().execute(async (trx) => {
    await sql`set transaction read only`.execute(trx);
    await sql`select set_config('search_path', ${DATASTORE_SCHEMA}, true)`.execute(trx);
    if (options.postgres) {
      await sql`select set_config('statement_timeout', ${String(options.timeoutMs)}, true)`.execute(
        trx,
      );
    }
    options.check(await explain(trx, statement));
    const r = await sql
      .raw<Record<string, unknown>>(
        `select coalesce(json_agg(q), '[]'::json) as records from (${statement}) q`,
      )
      .execute(trx);
    const raw = (r.rows[0] as { records: unknown } | undefined)?.records;
    const rows = ((typeof raw === 'string' ? JSON.parse(raw) : raw) ?? []) as Record<
      string,
      unknown
    >[];
    let fields: Array<{ id: string; type: string }> = [];
    const first = rows[0];
    if (first) {
      const names = Object.keys(first);
      const quote = (n: string) => `"${n.replaceAll('"', '""')}"`;
      const typeRow = await sql
        .raw<Record<string, string>>(
          `select ${names.map((n, i) => `pg_typeof(q.${quote(n)})::text as t${i}`).join(', ')} from (${statement}) q limit 1`,
        )
        .execute(trx);
      const found = typeRow.rows[0] ?? {};
      fields = names.map((id, i) => ({ id, type: ckanTypeOf(found[`t${i}`] ?? 'text') }));
    }
    return { rows, fields };
  });
}

const TYPE_NAMES: Record<string, string> = {
  integer: 'int4',
  bigint: 'int8',
  smallint: 'int2',
  'double precision': 'float8',
  real: 'float4',
  boolean: 'bool',
  'timestamp without time zone': 'timestamp',
  'timestamp with time zone': 'timestamptz',
  'character varying': 'varchar',
};

/** PostgreSQL's display type name → the short name CKAN reports (pg_type.typname). */
export function ckanTypeOf(display: string): string {
  return TYPE_NAMES[display] ?? display;
}

/** EXPLAIN alone, in a read-only transaction with the datastore schema on the search path. */
export async function explainReadOnly(db: Db, statement: string): Promise<unknown> {
  return db.transaction().execute(async (trx) => {
    await sql`set transaction read only`.execute(trx);
    await sql`select set_config('search_path', ${DATASTORE_SCHEMA}, true)`.execute(trx);
    return explain(trx, statement);
  });
}

/**
 * Fresh planner statistics after a bulk load (better plans, honest cost estimates for
 * datastore_search_sql). A sample of 3,000 rows (statistics target 10, PostgreSQL's default is
 * 100) gives the row count and value spread at a tenth of the cost; the embedded database has no
 * autovacuum to do it later.
 */
export async function analyze(db: Db, name: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`select set_config('default_statistics_target', '10', true)`.execute(trx);
    await sql`analyze ${table(name)}`.execute(trx);
  });
}

export async function createIndex(db: Db, name: string, columns: readonly string[]) {
  await sql`create index on ${table(name)} (${sql.join(columns.map((c) => sql.id(c)))})`.execute(
    db,
  );
}

export async function saveRowCount(db: Db, resourceId: string, rows: number): Promise<void> {
  await t(db)
    .updateTable('opendata.datastore_tables')
    .set({ row_count: rows, updated_at: sql`now()` as never })
    .where('resource_id', '=', resourceId)
    .execute();
}

/** Deletes the rows whose columns equal the filter values (datastore_delete). */
export async function deleteWhere(
  db: Db,
  name: string,
  filters: Record<string, unknown>,
): Promise<void> {
  const parts = Object.entries(filters).map(([column, value]) => {
    const values = Array.isArray(value) ? value : [value];
    return sql`${sql.id(column)}::text in (${sql.join(values.map((v) => sql`${typeof v === 'string' ? v : JSON.stringify(v)}`))})`;
  });
  await sql`delete from ${table(name)} where ${parts.length ? sql.join(parts, sql` and `) : sql`true`}`.execute(
    db,
  );
}
