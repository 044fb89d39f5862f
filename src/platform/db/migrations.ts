import { type Kysely, sql } from 'kysely';
import type { Db } from './database.ts';

/**
 * One forward-only schema change. `id` starts with a timestamp (YYYYMMDDHHMM) so migrations of
 * all modules apply in the order they were written; `module` names the schema it owns.
 */
export interface Migration {
  id: string;
  module: string;
  // biome-ignore lint/suspicious/noExplicitAny: migrations run before any typed table exists.
  up(db: Kysely<any>): Promise<void>;
}

// Any fixed number works; it only has to be the same in every Pratu process.
const MIGRATION_LOCK = 7_355_608;

async function ensureLedger(db: Db): Promise<void> {
  await sql`create schema if not exists platform`.execute(db);
  await sql`create table if not exists platform.migrations (
    id text primary key,
    module text not null,
    applied_at timestamptz not null default now()
  )`.execute(db);
}

/**
 * Applies every pending migration, each in its own transaction under a transaction-level
 * advisory lock, so N processes starting together apply each migration exactly once
 * (medplum's runMigrations does the same with pg_try_advisory_lock).
 */
export async function runMigrations(
  db: Db,
  migrations: Migration[],
  log: (message: string) => void = () => {},
): Promise<string[]> {
  const ids = new Set<string>();
  for (const m of migrations) {
    if (!/^\d{12}_[a-z0-9_]+$/.test(m.id)) throw new Error(`Bad migration id: ${m.id}`);
    if (ids.has(m.id)) throw new Error(`Duplicate migration id: ${m.id}`);
    ids.add(m.id);
  }
  await db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
    await ensureLedger(trx);
  });
  const ordered = [...migrations].sort((a, b) => a.id.localeCompare(b.id));
  const applied: string[] = [];
  for (const migration of ordered) {
    const done = await db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
      const seen = await trx
        .selectFrom('platform.migrations')
        .select('id')
        .where('id', '=', migration.id)
        .executeTakeFirst();
      if (seen) return false;
      await migration.up(trx);
      await trx
        .insertInto('platform.migrations')
        .values({ id: migration.id, module: migration.module })
        .execute();
      return true;
    });
    if (done) {
      applied.push(migration.id);
      log(`applied ${migration.id}`);
    }
  }
  return applied;
}

/** The ids of these migrations not applied yet; read-only (all of them before the first run). */
export async function pendingMigrations(db: Db, migrations: Migration[]): Promise<string[]> {
  const ledger = await sql<{ ok: boolean }>`select to_regclass('platform.migrations') is not null
    as ok`.execute(db);
  if (!ledger.rows[0]?.ok) return migrations.map((m) => m.id);
  const rows = await db.selectFrom('platform.migrations').select('id').execute();
  const done = new Set(rows.map((r: { id: string }) => r.id));
  return migrations.map((m) => m.id).filter((id) => !done.has(id));
}
