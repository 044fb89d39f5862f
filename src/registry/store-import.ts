// SQL of the bulk import (docs/registry-import.md): an UNLOGGED staging table per import, filled
// with COPY, checked across rows with set-based queries, then merged into people, houses,
// residences and cards with one `insert ... select ... on conflict do update` per table, all in
// one transaction. Row-at-a-time work happens only in the reader and validator before COPY.

import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../platform/db/database.ts';
import { REGISTRY_CSV_COLUMNS } from './synthetic.ts';

/** Columns of a staging table, in the order the validator writes them. */
export const STAGING_COLUMNS = ['line', ...REGISTRY_CSV_COLUMNS];

const STAGING_PREFIX = 'import_';
// Serialises merges (two imports of overlapping files must not interleave their upserts); the
// COPY into each import's own staging table runs concurrently.
const IMPORT_LOCK = 7_355_701;

/** A fresh staging table name: registry.import_<UTC timestamp>_<random>. */
export function stagingTableName(now = new Date()): string {
  const random = Math.random().toString(36).slice(2, 10).padEnd(8, '0');
  return `registry.${STAGING_PREFIX}${stamp(now)}_${random}`;
}

function stamp(time: Date): string {
  return time.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

const tbl = (name: string) => sql.table(name);

export async function createStaging(db: Db, table: string): Promise<void> {
  // UNLOGGED: nothing here needs to survive a crash (the import is simply run again), and skipping
  // the write-ahead log roughly halves the cost of the COPY. Types are the target tables' types,
  // so COPY itself parses dates and numbers once and the merge copies values without casts.
  await sql`create unlogged table ${tbl(table)} (
    line integer not null,
    citizen_id char(13) collate "C" not null,
    title_th text not null,
    given_name_th text not null,
    middle_name_th text,
    family_name_th text not null,
    title_en text,
    given_name_en text,
    middle_name_en text,
    family_name_en text,
    birth_date char(10) not null,
    gender text not null,
    nationality char(3) not null,
    status text not null,
    house_id char(11) collate "C",
    house_no text,
    moo smallint,
    soi text,
    road text,
    subdistrict text,
    district text,
    province text,
    postal_code char(5),
    registration_office text,
    residence_role text,
    resident_since date,
    card_number text collate "C",
    laser_code char(12),
    card_issued date,
    card_expires date,
    card_status text,
    photo_ref text
  ) with (autovacuum_enabled = false)`.execute(db);
}

export async function dropStaging(db: Db, table: string): Promise<void> {
  await sql`drop table if exists ${tbl(table)}`.execute(db);
}

/**
 * Drops staging tables left by imports that died (killed process, lost connection) more than
 * `maxAgeHours` ago; their names carry their start time.
 */
export async function dropStaleStaging(db: Db, maxAgeHours = 24): Promise<number> {
  const rows = await sql<{ name: string }>`
    select tablename as name from pg_tables
    where schemaname = 'registry' and tablename like ${`${STAGING_PREFIX}%`}`.execute(db);
  const cutoff = stamp(new Date(Date.now() - maxAgeHours * 3_600_000));
  let dropped = await dropStaleLoads(db, maxAgeHours);
  for (const { name } of rows.rows) {
    const at = /^import_(\d{14})_/.exec(name)?.[1];
    if (at && at < cutoff) {
      await dropStaging(db, `registry.${name}`);
      dropped++;
    }
  }
  return dropped;
}

export async function countStaged(db: Db, table: string): Promise<number> {
  const r = await sql<{ n: number }>`select count(*)::int as n from ${tbl(table)}`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}

/** Takes the import lock for the rest of the transaction and sizes memory for big joins. */
export async function beginMerge(trx: Db, kind: 'postgres' | 'pglite'): Promise<void> {
  await sql`select pg_advisory_xact_lock(${IMPORT_LOCK})`.execute(trx);
  // Hash joins and aggregates over millions of staged rows spill to disk at the default 4 MB.
  // The embedded database lives in a WebAssembly heap, so it gets less.
  const memory = kind === 'postgres' ? '256MB' : '32MB';
  await sql`select set_config('work_mem', ${memory}, true),
    set_config('maintenance_work_mem', ${memory}, true)`.execute(trx);
}

/** True when people, houses, residences and cards are all empty: the first national load. */
export async function targetsEmpty(trx: Db): Promise<boolean> {
  const r = await sql<{ empty: boolean }>`select
    not exists (select 1 from registry.people)
    and not exists (select 1 from registry.houses)
    and not exists (select 1 from registry.residences)
    and not exists (select 1 from registry.cards) as empty`.execute(trx);
  return r.rows[0]?.empty === true;
}

export interface CrossRowProblem {
  kind: 'duplicate_citizen_id' | 'house_conflict' | 'residence_not_newer';
  /** The line the problem is reported on (the first one involved). */
  line: number;
  lines: number[];
  key: string;
  /** For residence_not_newer: the staged and the current since dates. */
  since?: string;
  current?: string;
}

/**
 * Problems that only show across rows or against what is already stored, first `limit` of each
 * kind by line, with the total. `existing` also checks residences against the stored ones.
 */
export async function findCrossRowProblems(
  trx: Db,
  table: string,
  options: { limit: number; existing: boolean },
): Promise<{ problems: CrossRowProblem[]; total: number }> {
  const problems: CrossRowProblem[] = [];
  let total = 0;
  const dup = await sql<{ citizen_id: string; lines: number[]; total: number }>`
    select citizen_id, lines, count(*) over ()::int as total from (
      select citizen_id, array_agg(line order by line) as lines
      from ${tbl(table)} group by citizen_id having count(*) > 1
    ) d order by lines[1] limit ${options.limit}`.execute(trx);
  for (const r of dup.rows) {
    problems.push({
      kind: 'duplicate_citizen_id',
      line: r.lines[0]!,
      lines: r.lines,
      key: r.citizen_id,
    });
  }
  total += dup.rows[0]?.total ?? 0;

  // The same house on several rows (one per member of the household) must carry the same address.
  const houses = await sql<{ house_id: string; lines: number[]; total: number }>`
    select house_id, lines, count(*) over ()::int as total from (
      select house_id, array_agg(line order by line) as lines
      from ${tbl(table)} where house_id is not null group by house_id
      having count(distinct (house_no, moo, soi, road, subdistrict, district, province,
        postal_code, registration_office)) > 1
    ) h order by lines[1] limit ${options.limit}`.execute(trx);
  for (const r of houses.rows) {
    problems.push({ kind: 'house_conflict', line: r.lines[0]!, lines: r.lines, key: r.house_id });
  }
  total += houses.rows[0]?.total ?? 0;

  if (options.existing) {
    const older = await findResidencesNotNewer(trx, table, options.limit);
    problems.push(...older.problems);
    total += older.total;
  }
  problems.sort((a, b) => a.line - b.line);
  return { problems, total };
}

/**
 * Staged residences that would replace the stored current residence without starting after it
 * (docs/registry-import.md, "Residence changes"): the file is older than what is stored.
 */
export async function findResidencesNotNewer(
  trx: Db,
  table: string,
  limit: number,
): Promise<{ problems: CrossRowProblem[]; total: number }> {
  const older = await sql<{
    line: number;
    citizen_id: string;
    since: string;
    current: string;
    total: number;
  }>`
    select s.line, s.citizen_id, s.resident_since::text as since, r.since::text as current,
      count(*) over ()::int as total
    from ${tbl(table)} s
    join registry.residences r on r.citizen_id = s.citizen_id and r.until is null
    where s.house_id is not null
      and (r.house_id <> s.house_id or r.since <> s.resident_since)
      and s.resident_since <= r.since
    order by s.line limit ${limit}`.execute(trx);
  return {
    problems: older.rows.map((r) => ({
      kind: 'residence_not_newer' as const,
      line: r.line,
      lines: [r.line],
      key: r.citizen_id,
      since: r.since,
      current: r.current,
    })),
    total: older.rows[0]?.total ?? 0,
  };
}

/**
 * `--skip-invalid`: removes every staged row involved in a cross-row problem (all rows of a
 * repeated citizen ID or of a house with conflicting details, each residence that is not newer).
 * Returns how many rows were removed.
 */
export async function deleteCrossRowProblems(
  trx: Db,
  table: string,
  options: { existing: boolean },
): Promise<number> {
  let removed = 0;
  const run = async (q: RawBuilder<unknown>) => {
    const r = await q.execute(trx);
    removed += Number(r.numAffectedRows ?? 0);
  };
  await run(sql`delete from ${tbl(table)} s using (
      select citizen_id from ${tbl(table)} group by citizen_id having count(*) > 1) d
    where s.citizen_id = d.citizen_id`);
  await run(sql`delete from ${tbl(table)} s using (
      select house_id from ${tbl(table)} where house_id is not null group by house_id
      having count(distinct (house_no, moo, soi, road, subdistrict, district, province,
        postal_code, registration_office)) > 1) h
    where s.house_id = h.house_id`);
  if (options.existing) {
    await run(sql`delete from ${tbl(table)} s using registry.residences r
      where r.citizen_id = s.citizen_id and r.until is null and s.house_id is not null
        and (r.house_id <> s.house_id or r.since <> s.resident_since)
        and s.resident_since <= r.since`);
  }
  return removed;
}

export interface MergeCounts {
  people: { inserted: number; updated: number };
  houses: { inserted: number; updated: number };
  residences: { opened: number; closed: number };
  cards: { written: number; revoked: number };
}

async function counts(trx: Db, query: RawBuilder<unknown>) {
  const r = await sql<{ a: number; b: number }>`${query}`.execute(trx);
  return { a: Number(r.rows[0]?.a ?? 0), b: Number(r.rows[0]?.b ?? 0) };
}

const TARGETS = ['registry.people', 'registry.houses', 'registry.residences', 'registry.cards'];

/**
 * Drops the keys and indexes of the four target tables (inside the caller's transaction) and
 * returns the statements that recreate them, read from the catalogue so that an index added by a
 * later migration is rebuilt too.
 */
async function dropIndexes(trx: Db): Promise<string[]> {
  const constraints = await sql<{ tbl: string; name: string; def: string }>`
    select conrelid::regclass::text as tbl, conname as name, pg_get_constraintdef(oid) as def
    from pg_constraint
    where conrelid = any(${TARGETS}::regclass[]) and contype in ('p', 'u')
    order by conrelid::regclass::text, conname`.execute(trx);
  const indexes = await sql<{ name: string; def: string }>`
    select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def
    from pg_index i
    where i.indrelid = any(${TARGETS}::regclass[])
      and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
    order by 1`.execute(trx);
  const recreate: string[] = [];
  for (const c of constraints.rows) {
    await sql`alter table ${sql.table(c.tbl)} drop constraint ${sql.id(c.name)}`.execute(trx);
    recreate.push(`alter table ${c.tbl} add constraint "${c.name}" ${c.def}`);
  }
  for (const i of indexes.rows) {
    await sql`drop index ${sql.table(i.name)}`.execute(trx);
    // A partitioned index reads back as CREATE INDEX ... ON ONLY, which would build an invalid
    // parent index without its partitions' indexes.
    recreate.push(i.def.replace(' ON ONLY ', ' ON '));
  }
  return recreate;
}

/**
 * The first load into empty tables: keys and indexes are dropped, rows inserted plainly (nothing to
 * compare, close or revoke), then the indexes rebuilt in one sort each. Measured with 200,000
 * people on PostgreSQL 15: 10 s instead of 21 s for maintaining the indexes row by row. It all
 * happens in the caller's transaction, so a failure leaves the tables as they were; a duplicate
 * citizen ID or house fails the rebuilt primary key (SQLSTATE 23505) and rolls everything back.
 */
export async function mergeIntoEmpty(trx: Db, table: string, demo: boolean): Promise<MergeCounts> {
  const s = tbl(table);
  const recreate = await dropIndexes(trx);
  const houses = await sql`insert into registry.houses
      (house_id, house_no, moo, soi, road, subdistrict, district, province, postal_code, office)
    select distinct house_id, house_no, moo, soi, road, subdistrict, district, province,
      postal_code, registration_office
    from ${s} where house_id is not null`.execute(trx);
  const people = await sql`insert into registry.people (citizen_id, title_th, title_en,
      given_name_th, middle_name_th, family_name_th, given_name_en, middle_name_en, family_name_en,
      birth_date, gender, nationality, status, demo)
    select citizen_id, title_th, coalesce(title_en, ''), given_name_th, middle_name_th,
      family_name_th, coalesce(given_name_en, ''), middle_name_en, coalesce(family_name_en, ''),
      birth_date, gender, nationality, status, ${demo}
    from ${s}`.execute(trx);
  const residences = await sql`insert into registry.residences (citizen_id, house_id, role, since)
    select citizen_id, house_id, residence_role, resident_since
    from ${s} where house_id is not null`.execute(trx);
  const cards = await sql`insert into registry.cards (citizen_id, card_number, laser_code,
      issued_on, expires_on, status, photo_ref)
    select citizen_id, card_number, laser_code, card_issued, card_expires, card_status, photo_ref
    from ${s} where card_number is not null`.execute(trx);
  for (const statement of recreate) await sql.raw(statement).execute(trx);
  return {
    people: { inserted: Number(people.numAffectedRows ?? 0), updated: 0 },
    houses: { inserted: Number(houses.numAffectedRows ?? 0), updated: 0 },
    residences: { opened: Number(residences.numAffectedRows ?? 0), closed: 0 },
    cards: { written: Number(cards.numAffectedRows ?? 0), revoked: 0 },
  };
}

/**
 * Upserts staged rows into tables that already hold data. Every `do update` carries a `where ...
 * is distinct from ...`, so an unchanged row is not rewritten: re-importing a file changes
 * nothing, not even updated_at, and leaves no dead tuples behind.
 */
export async function mergeIntoExisting(
  trx: Db,
  table: string,
  demo: boolean,
): Promise<MergeCounts> {
  const s = tbl(table);
  const houses = await counts(
    trx,
    sql`with up as (
      insert into registry.houses as h
        (house_id, house_no, moo, soi, road, subdistrict, district, province, postal_code, office)
      select distinct house_id, house_no, moo, soi, road, subdistrict, district, province,
        postal_code, registration_office
      from ${s} where house_id is not null
      on conflict (house_id) do update set house_no = excluded.house_no, moo = excluded.moo,
        soi = excluded.soi, road = excluded.road, subdistrict = excluded.subdistrict,
        district = excluded.district, province = excluded.province,
        postal_code = excluded.postal_code, office = excluded.office
      where (h.house_no, h.moo, h.soi, h.road, h.subdistrict, h.district, h.province,
          h.postal_code, h.office)
        is distinct from (excluded.house_no, excluded.moo, excluded.soi, excluded.road,
          excluded.subdistrict, excluded.district, excluded.province, excluded.postal_code,
          excluded.office)
      returning (xmax = 0) as inserted)
    select count(*) filter (where inserted)::int as a, count(*) filter (where not inserted)::int as b
    from up`,
  );
  const people = await counts(
    trx,
    sql`with up as (
      insert into registry.people as p (citizen_id, title_th, title_en, given_name_th,
        middle_name_th, family_name_th, given_name_en, middle_name_en, family_name_en, birth_date,
        gender, nationality, status, demo)
      select citizen_id, title_th, coalesce(title_en, ''), given_name_th, middle_name_th,
        family_name_th, coalesce(given_name_en, ''), middle_name_en, coalesce(family_name_en, ''),
        birth_date, gender, nationality, status, ${demo}
      from ${s}
      on conflict (citizen_id) do update set title_th = excluded.title_th,
        title_en = excluded.title_en, given_name_th = excluded.given_name_th,
        middle_name_th = excluded.middle_name_th, family_name_th = excluded.family_name_th,
        given_name_en = excluded.given_name_en, middle_name_en = excluded.middle_name_en,
        family_name_en = excluded.family_name_en, birth_date = excluded.birth_date,
        gender = excluded.gender, nationality = excluded.nationality, status = excluded.status,
        demo = excluded.demo, updated_at = now()
      where (p.title_th, p.title_en, p.given_name_th, p.middle_name_th, p.family_name_th,
          p.given_name_en, p.middle_name_en, p.family_name_en, p.birth_date, p.gender,
          p.nationality, p.status, p.demo)
        is distinct from (excluded.title_th, excluded.title_en, excluded.given_name_th,
          excluded.middle_name_th, excluded.family_name_th, excluded.given_name_en,
          excluded.middle_name_en, excluded.family_name_en, excluded.birth_date, excluded.gender,
          excluded.nationality, excluded.status, excluded.demo)
      returning p.created_at = now() as inserted)
    select count(*) filter (where inserted)::int as a, count(*) filter (where not inserted)::int as b
    from up`,
  );
  // A move: the current residence ends the day the new one starts (docs/registry-import.md).
  const closed = await sql`update registry.residences r set until = s.resident_since
    from ${s} s
    where r.citizen_id = s.citizen_id and r.until is null and s.house_id is not null
      and (r.house_id <> s.house_id or r.since <> s.resident_since)`.execute(trx);
  const opened = await counts(
    trx,
    sql`with up as (
      insert into registry.residences as r (citizen_id, house_id, role, since)
      select citizen_id, house_id, residence_role, resident_since
      from ${s} where house_id is not null
      on conflict (citizen_id, house_id, since) do update set role = excluded.role, until = null
      where r.role <> excluded.role or r.until is not null
      returning 1)
    select count(*)::int as a, 0 as b from up`,
  );
  const cards = await counts(
    trx,
    sql`with up as (
      insert into registry.cards as c (citizen_id, card_number, laser_code, issued_on, expires_on,
        status, photo_ref)
      select citizen_id, card_number, laser_code, card_issued, card_expires, card_status, photo_ref
      from ${s} where card_number is not null
      on conflict (citizen_id, card_number) do update set laser_code = excluded.laser_code,
        issued_on = excluded.issued_on, expires_on = excluded.expires_on,
        status = excluded.status, photo_ref = excluded.photo_ref
      where (c.laser_code, c.issued_on, c.expires_on, c.status, c.photo_ref)
        is distinct from (excluded.laser_code, excluded.issued_on, excluded.expires_on,
          excluded.status, excluded.photo_ref)
      returning 1)
    select count(*)::int as a, 0 as b from up`,
  );
  // One card in force per person (Identification Card Act s.6 ff.): a newly issued active card
  // cancels the holder's older ones.
  const revoked = await sql`update registry.cards c set status = 'revoked'
    from ${s} s
    where c.citizen_id = s.citizen_id and s.card_number is not null and s.card_status = 'active'
      and c.card_number <> s.card_number and c.status = 'active'
      and c.issued_on <= s.card_issued`.execute(trx);
  return {
    people: { inserted: people.a, updated: people.b },
    houses: { inserted: houses.a, updated: houses.b },
    residences: { opened: opened.a, closed: Number(closed.numAffectedRows ?? 0) },
    cards: { written: cards.a, revoked: Number(revoked.numAffectedRows ?? 0) },
  };
}

/**
 * Statistics for the staging table, which autovacuum never sees: without them the planner
 * guesses its size and may join it to millions of stored rows with nested loops.
 */
export async function analyzeStaging(trx: Db, table: string): Promise<void> {
  await sql`analyze ${tbl(table)}`.execute(trx);
}

// ---------------------------------------------------------------------------------------------
// First load into an empty registry on PostgreSQL (docs/registry-import.md, "First load"): the
// validated rows are copied straight into new tables in a schema of their own, several COPY
// streams at once, indexed there, and swapped in for the empty registry tables in one short
// transaction. Until that commit the registry tables are untouched, so a failed or killed import
// leaves them as they were; after it, every row and index is in the write-ahead log.

const LOAD_PREFIX = 'registry_load_';
export const LOAD_TABLES = ['people', 'houses', 'residences', 'cards'] as const;

/** Columns of the direct load's COPY streams, in the order wasm/rows.ts (`write`) writes them. */
export const LOAD_COLUMNS = {
  people: [
    'import_line',
    'citizen_id',
    'title_th',
    'given_name_th',
    'middle_name_th',
    'family_name_th',
    'title_en',
    'given_name_en',
    'middle_name_en',
    'family_name_en',
    'birth_date',
    'gender',
    'nationality',
    'status',
    'demo',
  ],
  houses: [
    'import_line',
    'house_id',
    'house_no',
    'moo',
    'soi',
    'road',
    'subdistrict',
    'district',
    'province',
    'postal_code',
    'office',
  ],
  residences: ['citizen_id', 'house_id', 'role', 'since'],
  cards: [
    'citizen_id',
    'card_number',
    'laser_code',
    'issued_on',
    'expires_on',
    'status',
    'photo_ref',
  ],
};

/** A fresh load schema name: registry_load_<UTC timestamp>_<random>. */
export function loadSchemaName(now = new Date()): string {
  return stagingTableName(now).replace(`registry.${STAGING_PREFIX}`, LOAD_PREFIX);
}

/**
 * Creates `schema` with empty copies of the four registry tables (columns, defaults, checks and
 * partitions read from the catalogue, so a later migration's change is carried over; no indexes
 * yet). People and houses get an `import_line` column, dropped before the swap, which places a
 * repeated citizen ID or a house with two addresses in the file.
 */
export async function createLoadTables(db: Db, schema: string): Promise<void> {
  await sql`create schema ${sql.id(schema)}`.execute(db);
  for (const name of LOAD_TABLES) {
    const source = `registry.${name}`;
    const info = await sql<{ key: string | null }>`
      select pg_get_partkeydef(${source}::regclass) as key`.execute(db);
    const key = info.rows[0]?.key ?? null;
    await sql
      .raw(
        `create table ${schema}.${name} (like ${source} including all excluding indexes)` +
          (key ? ` partition by ${key}` : ''),
      )
      .execute(db);
    const parts = await sql<{ name: string; bound: string }>`
      select c.relname as name, pg_get_expr(c.relpartbound, c.oid) as bound
      from pg_inherits i join pg_class c on c.oid = i.inhrelid
      where i.inhparent = ${source}::regclass order by c.relname`.execute(db);
    for (const p of parts.rows) {
      await sql
        .raw(`create table ${schema}.${p.name} partition of ${schema}.${name} ${p.bound}`)
        .execute(db);
    }
  }
  for (const name of ['people', 'houses']) {
    await sql.raw(`alter table ${schema}.${name} add column import_line integer`).execute(db);
  }
}

/**
 * The house key, built first and on its own: rows of one household usually follow each other, so
 * each house was sent once, but a file in another order repeats a house on rows far apart. Such
 * repeats with the same address are removed here (the first line stays) and the key built again;
 * a house with two addresses fails it (SQLSTATE 23505), as a repeated citizen ID fails people's.
 */
export async function keyLoadHouses(db: Db, schema: string): Promise<void> {
  try {
    await buildLoadIndexes(db, schema, 1, ['houses']);
    return;
  } catch (error) {
    if ((error as { code?: unknown }).code !== '23505') throw error;
  }
  await sql
    .raw(
      `delete from ${schema}.houses a using ${schema}.houses b
      where a.house_id = b.house_id and a.import_line > b.import_line
        and (a.house_no, a.moo, a.soi, a.road, a.subdistrict, a.district, a.province,
          a.postal_code, a.office)
        is not distinct from (b.house_no, b.moo, b.soi, b.road, b.subdistrict, b.district,
          b.province, b.postal_code, b.office)`,
    )
    .execute(db);
  await buildLoadIndexes(db, schema, 1, ['houses']);
}

/** Houses now in the load, once `keyLoadHouses` has removed repeats. */
export async function countLoadHouses(db: Db, schema: string): Promise<number> {
  const r = await sql<{ n: number }>`
    select count(*)::int as n from ${sql.table(`${schema}.houses`)}`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}

/**
 * Builds the registry's keys and indexes on the loaded tables, with the names they have in the
 * registry. Each partition's index is its own statement, shared among `workers` connections so
 * that the sorts use every core; the parents' keys and indexes then attach the partitions' ones
 * without building anything. A repeated key fails with SQLSTATE 23505.
 */
export async function buildLoadIndexes(
  db: Db,
  schema: string,
  workers: number,
  tables: string[],
): Promise<void> {
  const rels = await sql<{ rel: string; relname: string; leaf: boolean }>`
    select c.oid::regclass::text as rel, c.relname, c.relkind <> 'p' as leaf
    from pg_class c
    where c.relnamespace = 'registry'::regnamespace
      and (c.relname = any(${tables}::text[])
        or c.oid in (select inhrelid from pg_inherits
          where inhparent = any(${tables.map((t) => `registry.${t}`)}::regclass[])))
    order by c.relname`.execute(db);
  // Keys first, then the other indexes: two statements on one partition would wait for each other
  // (a new key locks its table), so the two workers should rarely pick the same one.
  const leafKeys: string[] = [];
  const leafIndexes: string[] = [];
  const parents: string[] = [];
  for (const r of rels.rows) {
    const constraints = await sql<{ name: string; def: string }>`
      select conname as name, pg_get_constraintdef(oid) as def from pg_constraint
      where conrelid = ${r.rel}::regclass and contype in ('p', 'u') order by conname`.execute(db);
    const indexes = await sql<{ def: string }>`
      select pg_get_indexdef(i.indexrelid) as def from pg_index i
      where i.indrelid = ${r.rel}::regclass
        and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
      order by 1`.execute(db);
    for (const c of constraints.rows) {
      (r.leaf ? leafKeys : parents).push(
        `alter table ${schema}.${r.relname} add constraint "${c.name}" ${c.def}`,
      );
    }
    for (const i of indexes.rows) {
      (r.leaf ? leafIndexes : parents).push(
        i.def
          .replace(' ON ONLY registry.', ` ON ${schema}.`)
          .replace(' ON registry.', ` ON ${schema}.`),
      );
    }
  }
  const leaves = [...leafKeys, ...leafIndexes];
  let next = 0;
  let failed = false;
  // Each statement commits on its own: inside one transaction per worker, a worker would keep
  // its partitions locked and could deadlock with the other's next statement.
  const worker = () =>
    db.connection().execute(async (conn) => {
      // Two sorts at once already fill both cores; parallel workers inside each would compete.
      await sql`select set_config('maintenance_work_mem', '128MB', false),
        set_config('max_parallel_maintenance_workers', '0', false)`.execute(conn);
      try {
        while (!failed && next < leaves.length) {
          const statement = leaves[next++]!;
          try {
            await sql.raw(statement).execute(conn);
          } catch (error) {
            failed = true;
            throw error;
          }
        }
      } finally {
        await sql`reset maintenance_work_mem`.execute(conn);
        await sql`reset max_parallel_maintenance_workers`.execute(conn);
      }
    });
  const settled = await Promise.allSettled(Array.from({ length: workers }, worker));
  for (const s of settled) if (s.status === 'rejected') throw s.reason;
  for (const statement of parents) await sql.raw(statement).execute(db);
}

/** What made `buildLoadIndexes` fail: repeated citizen IDs and houses with two addresses. */
export async function findLoadProblems(
  db: Db,
  schema: string,
  limit: number,
): Promise<{ problems: CrossRowProblem[]; total: number }> {
  const dup = await sql<{ citizen_id: string; lines: number[]; total: number }>`
    select citizen_id, lines, count(*) over ()::int as total from (
      select citizen_id, array_agg(import_line order by import_line) as lines
      from ${sql.table(`${schema}.people`)} group by citizen_id having count(*) > 1
    ) d order by lines[1] limit ${limit}`.execute(db);
  const houses = await sql<{ house_id: string; lines: number[]; total: number }>`
    select house_id, lines, count(*) over ()::int as total from (
      select house_id, array_agg(import_line order by import_line) as lines
      from ${sql.table(`${schema}.houses`)} group by house_id
      having count(distinct (house_no, moo, soi, road, subdistrict, district, province,
        postal_code, office)) > 1
    ) h order by lines[1] limit ${limit}`.execute(db);
  const problems: CrossRowProblem[] = [
    ...dup.rows.map((r) => ({
      kind: 'duplicate_citizen_id' as const,
      line: r.lines[0]!,
      lines: r.lines,
      key: r.citizen_id,
    })),
    ...houses.rows.map((r) => ({
      kind: 'house_conflict' as const,
      line: r.lines[0]!,
      lines: r.lines,
      key: r.house_id,
    })),
  ].sort((a, b) => a.line - b.line);
  return { problems, total: (dup.rows[0]?.total ?? 0) + (houses.rows[0]?.total ?? 0) };
}

/**
 * Replaces the (empty) registry tables by the loaded ones, inside the caller's transaction, which
 * holds the import lock: the old tables are dropped and the new ones, with their partitions and
 * indexes, move into the registry schema under the same names. Look-ups wait for the commit and
 * then see the new tables.
 */
export async function swapLoadTables(trx: Db, schema: string): Promise<void> {
  await sql.raw(`lock table ${TARGETS.join(', ')} in access exclusive mode`).execute(trx);
  // Dropping a column only marks it dropped: no rewrite. The four bytes each row kept for it are
  // reclaimed as rows are updated.
  for (const name of ['people', 'houses']) {
    await sql.raw(`alter table ${schema}.${name} drop column import_line`).execute(trx);
  }
  const moving = await sql<{ name: string }>`
    select relname as name from pg_class
    where relnamespace = ${schema}::regnamespace and relkind in ('r', 'p')
    order by relname`.execute(trx);
  await sql.raw(`drop table ${TARGETS.join(', ')}`).execute(trx);
  for (const { name } of moving.rows) {
    await sql.raw(`alter table ${schema}.${name} set schema registry`).execute(trx);
  }
  await sql`drop schema ${sql.id(schema)}`.execute(trx);
}

export async function dropLoadSchema(db: Db, schema: string): Promise<void> {
  await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(db);
}

/** Load schemas left by first loads that died more than `maxAgeHours` ago. */
async function dropStaleLoads(db: Db, maxAgeHours: number): Promise<number> {
  const rows = await sql<{ name: string }>`
    select nspname as name from pg_namespace where nspname like ${`${LOAD_PREFIX}%`}`.execute(db);
  const cutoff = stamp(new Date(Date.now() - maxAgeHours * 3_600_000));
  let dropped = 0;
  for (const { name } of rows.rows) {
    const at = /^registry_load_(\d{14})_/.exec(name)?.[1];
    if (at && at < cutoff) {
      await dropLoadSchema(db, name);
      dropped++;
    }
  }
  return dropped;
}

/**
 * The loaded rows as a staging table (one row per person, as the file had them), for when another
 * import filled the registry while this first load ran: they are then merged with upserts.
 */
export async function stageFromLoad(trx: Db, schema: string, table: string): Promise<void> {
  const l = (name: string) => sql.table(`${schema}.${name}`);
  await sql`create unlogged table ${tbl(table)} with (autovacuum_enabled = false) as
    select p.import_line as line, p.citizen_id, p.title_th, p.given_name_th, p.middle_name_th,
      p.family_name_th, p.title_en, p.given_name_en, p.middle_name_en, p.family_name_en,
      p.birth_date, p.gender, p.nationality, p.status, r.house_id, h.house_no, h.moo, h.soi,
      h.road, h.subdistrict, h.district, h.province, h.postal_code,
      h.office as registration_office, r.role as residence_role, r.since as resident_since,
      c.card_number, c.laser_code, c.issued_on as card_issued, c.expires_on as card_expires,
      c.status as card_status, c.photo_ref
    from ${l('people')} p
    left join ${l('residences')} r on r.citizen_id = p.citizen_id
    left join ${l('houses')} h on h.house_id = r.house_id
    left join ${l('cards')} c on c.citizen_id = p.citizen_id`.execute(trx);
}
