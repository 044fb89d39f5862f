import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { type Db, prepared, typedDb } from './db/database.ts';

interface AuditRow {
  seq: number;
  at: Date;
  actor: string;
  action: string;
  subject: string;
  before_digest: string | null;
  after_digest: string | null;
  details: Record<string, unknown>;
  prev_hash: string;
  hash: string;
}
interface Tables {
  'platform.audit_log': AuditRow;
  'platform.audit_head': { id: boolean; seq: number; hash: string };
}

export interface AuditEntry {
  /** Who acted: an account id, `system`, or `cli:<user>`. */
  actor: string;
  /** What happened, as `<module>.<verb>` (e.g. `orgs.organization_created`). */
  action: string;
  /** What it happened to, as `<kind>:<id>`. */
  subject: string;
  /** The state before and after; only their digests are chained, so no personal data is copied. */
  before?: unknown;
  after?: unknown;
  details?: Record<string, unknown>;
}

const GENESIS = '0'.repeat(64);
// Distinct from the migration lock; serialises the first appends, before the head row exists.
const AUDIT_LOCK = 7_355_609;

export function digest(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

/** JSON with sorted keys, so the same value always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

function rowHash(row: Omit<AuditRow, 'hash'>): string {
  return createHash('sha256')
    .update(
      canonicalJson({
        seq: row.seq,
        at: row.at.toISOString(),
        actor: row.actor,
        action: row.action,
        subject: row.subject,
        before: row.before_digest,
        after: row.after_digest,
        details: row.details,
        prev: row.prev_hash,
      }),
    )
    .digest('hex');
}

// Prepared (parsed and planned once per connection): every consent, sign-in change and staff
// action appends, inside the transaction that makes the change.
const lockHeadQuery = prepared('select seq, hash from platform.audit_head for update');
const appendQuery = prepared(`with entry as (
    insert into platform.audit_log (seq, at, actor, action, subject, before_digest, after_digest,
      details, prev_hash, hash)
    values ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10))
  insert into platform.audit_head (id, seq, hash) values (true, $1, $10)
  on conflict (id) do update set seq = excluded.seq, hash = excluded.hash`);

/**
 * Appends one row to the hash-chained audit log. Pass the transaction that makes the change, so
 * the change and its audit row commit or vanish together.
 *
 * Appends are serialised by a row lock on the head (SELECT … FOR UPDATE), held to the end of the
 * transaction: a second appender waits, then reads the head its predecessor committed (under READ
 * COMMITTED a locked row is re-read at its newest version, PostgreSQL docs 13.2.1), so the chain
 * never forks. Only while the log is empty is there no row to lock; the first appenders then
 * queue on an advisory lock and lock the head row as soon as one exists. The row and the new head
 * are written by one statement: two round trips per append inside the caller's transaction.
 */
export async function appendAudit(executor: Db, entry: AuditEntry): Promise<number> {
  if (!executor.isTransaction) {
    return executor.transaction().execute((trx) => appendAudit(trx, entry));
  }
  const lockHead = async () =>
    (await executor.executeQuery<{ seq: number; hash: string }>(lockHeadQuery([]))).rows[0];
  let head = await lockHead();
  if (!head) {
    await sql`select pg_advisory_xact_lock(${AUDIT_LOCK})`.execute(executor);
    head = await lockHead();
  }
  const base = {
    seq: (head?.seq ?? 0) + 1,
    at: new Date(),
    actor: entry.actor,
    action: entry.action,
    subject: entry.subject,
    before_digest: digest(entry.before),
    after_digest: digest(entry.after),
    details: JSON.parse(canonicalJson(entry.details ?? {})) as Record<string, unknown>,
    prev_hash: head?.hash ?? GENESIS,
  };
  const hash = rowHash(base);
  await executor.executeQuery(
    appendQuery([
      base.seq,
      base.at,
      base.actor,
      base.action,
      base.subject,
      base.before_digest,
      base.after_digest,
      JSON.stringify(base.details),
      base.prev_hash,
      hash,
    ]),
  );
  return base.seq;
}

export interface AuditVerification {
  ok: boolean;
  rows: number;
  /** The first sequence number whose row does not fit the chain, with the reason. */
  problem: { seq: number; reason: string } | null;
}

/**
 * Re-computes the whole chain in order; any edited, inserted or deleted row breaks it. The rows
 * and the head are read in one REPEATABLE READ snapshot: on a live system, appends committed
 * between reading the rows and reading the head would otherwise look like deleted rows.
 */
export async function verifyAudit(database: Db, batch = 5000): Promise<AuditVerification> {
  if (!database.isTransaction) {
    return database
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute((trx) => verifyAudit(trx, batch));
  }
  const db = typedDb<Tables>(database);
  let prev = GENESIS;
  let expectedSeq = 1;
  let rows = 0;
  for (;;) {
    const page = await db
      .selectFrom('platform.audit_log')
      .selectAll()
      .where('seq', '>=', expectedSeq)
      .orderBy('seq')
      .limit(batch)
      .execute();
    for (const row of page) {
      if (row.seq !== expectedSeq) {
        return { ok: false, rows, problem: { seq: expectedSeq, reason: 'row missing' } };
      }
      if (row.prev_hash !== prev) {
        return { ok: false, rows, problem: { seq: row.seq, reason: 'chain broken' } };
      }
      if (rowHash(row) !== row.hash) {
        return { ok: false, rows, problem: { seq: row.seq, reason: 'row altered' } };
      }
      prev = row.hash;
      expectedSeq++;
      rows++;
    }
    if (page.length < batch) break;
  }
  const head = await db.selectFrom('platform.audit_head').selectAll().executeTakeFirst();
  if ((head?.seq ?? 0) !== rows || (head && head.hash !== prev)) {
    return { ok: false, rows, problem: { seq: rows + 1, reason: 'newest rows missing' } };
  }
  return { ok: true, rows, problem: null };
}

export async function listAudit(
  database: Db,
  filter: { subject?: string; actor?: string; limit?: number },
) {
  let q = typedDb<Tables>(database).selectFrom('platform.audit_log').selectAll();
  if (filter.subject) q = q.where('subject', '=', filter.subject);
  if (filter.actor) q = q.where('actor', '=', filter.actor);
  return q
    .orderBy('seq', 'desc')
    .limit(filter.limit ?? 100)
    .execute();
}
