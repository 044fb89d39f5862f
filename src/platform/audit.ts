import { createHash } from 'node:crypto';
import type { CompiledQuery } from 'kysely';
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
  /** 1: rowHashV1, 2: rowHashV2. */
  hash_version: number;
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

/** The previous hash of the first row, and the head of an empty log. */
export const GENESIS = '0'.repeat(64);

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

/** An entry's own fields, under the names both hash versions give them. */
function hashedEntry(
  row: Pick<
    AuditRow,
    'actor' | 'action' | 'subject' | 'before_digest' | 'after_digest' | 'details'
  >,
) {
  return {
    actor: row.actor,
    action: row.action,
    subject: row.subject,
    before: row.before_digest,
    after: row.after_digest,
    details: row.details,
  };
}

/**
 * How rows written before the one-statement append (version 1) were hashed: the entry with its
 * sequence number, time and previous hash, in one canonical JSON object. Kept so that their chain
 * still verifies.
 */
function rowHashV1(row: Omit<AuditRow, 'hash' | 'hash_version'>): string {
  return digest({
    ...hashedEntry(row),
    seq: row.seq,
    at: row.at.toISOString(),
    prev: row.prev_hash,
  })!;
}

/** What the appender hashes of an entry (version 2): all of it but its place in the chain. */
function entryDigest(row: Parameters<typeof hashedEntry>[0]): string {
  return digest(hashedEntry(row))!;
}

/**
 * A version 2 row's hash: its place in the chain (previous hash, sequence number, time to the
 * millisecond) and its entry digest. The database computes it in the append statement, as
 * sha256 of the same text (`appendStatement` below); this is the check.
 */
function rowHashV2(row: Omit<AuditRow, 'hash' | 'hash_version'>): string {
  return createHash('sha256')
    .update(`${row.prev_hash}|${row.seq}|${row.at.toISOString()}|${entryDigest(row)}`)
    .digest('hex');
}

// One statement appends (prepared: parsed and planned once per connection). It locks the head
// row, writes the row after it with the hash computed in the database, and moves the head, so
// the head stays locked only from this statement to the commit, with no step of the application
// in between. When the hash was computed here, the head had to be read first in a statement of
// its own, and every consent's transaction held the lock over three round trips (read, append,
// commit) and the event-loop delays of a busy server between them: under 96 sign-ins at once,
// the consents queued on it holding pool connections the other steps of the sign-ins waited for
// (docs/identity.md, "Where a sign-in's CPU goes").
// `at` is the clock read once the head is locked, to the millisecond (what JavaScript's Date
// keeps), so it grows with seq. The head row always exists (a migration writes the genesis one).
// `change` is a statement run in the same statement, before the append (see `auditedQuery`).
function appendStatement(change: string | null, offset: number): string {
  const p = (n: number) => `$${offset + n}`;
  return `with ${change === null ? '' : `change as (${change}), `}head as (
    select seq, hash from platform.audit_head where id for update
  ), entry as (
    insert into platform.audit_log (seq, at, actor, action, subject, before_digest, after_digest,
      details, prev_hash, hash, hash_version)
    select seq + 1, at, ${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)}, ${p(6)}::jsonb, hash,
      encode(sha256(convert_to(hash || '|' || (seq + 1) || '|'
        || to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '|' || ${p(7)},
        'UTF8')), 'hex'),
      2
    from head, lateral (select date_trunc('milliseconds', clock_timestamp()) as at) t
    returning seq, hash
  )
  update platform.audit_head h set seq = entry.seq, hash = entry.hash
  from entry where h.id
  returning entry.seq`;
}

/** The append statement's own parameters for `entry`. */
function entryParameters(entry: AuditEntry): unknown[] {
  const row = {
    actor: entry.actor,
    action: entry.action,
    subject: entry.subject,
    before_digest: digest(entry.before),
    after_digest: digest(entry.after),
    details: JSON.parse(canonicalJson(entry.details ?? {})) as Record<string, unknown>,
  };
  return [
    row.actor,
    row.action,
    row.subject,
    row.before_digest,
    row.after_digest,
    JSON.stringify(row.details),
    entryDigest(row),
  ];
}

async function runAppend(executor: Db, query: CompiledQuery): Promise<number> {
  const { rows } = await executor.executeQuery<{ seq: number | string }>(query);
  if (!rows[0]) throw new Error('audit: the head row is missing (run the migrations)');
  return Number(rows[0].seq);
}

const appendQuery = prepared(appendStatement(null, 0));

/**
 * Appends one row to the hash-chained audit log. Pass the transaction that makes the change, so
 * the change and its audit row commit or vanish together (or use `auditedQuery`).
 *
 * Appends are serialised by the head row's lock, taken by the append statement and held to the
 * end of the transaction: a second appender waits, then reads the head its predecessor committed
 * (under READ COMMITTED a locked row is re-read at its newest version, PostgreSQL docs 13.2.1), so
 * the chain never forks.
 */
export function appendAudit(executor: Db, entry: AuditEntry): Promise<number> {
  return runAppend(executor, appendQuery(entryParameters(entry)));
}

/**
 * A change and its audit row as one statement, for a change that is one statement (`change`, a
 * data-modifying statement with `parameters` placeholders $1…$n): run outside a transaction, it
 * commits at once, so the audit head is locked only while the database executes it. Returns the
 * audit row's sequence number.
 */
export function auditedQuery(
  change: string,
  parameters: number,
): (db: Db, values: readonly unknown[], entry: AuditEntry) => Promise<number> {
  const query = prepared(appendStatement(change, parameters));
  return (db, values, entry) => {
    if (values.length !== parameters) throw new Error('auditedQuery: wrong number of values');
    return runAppend(db, query([...values, ...entryParameters(entry)]));
  };
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
      const hash = row.hash_version === 1 ? rowHashV1(row) : rowHashV2(row);
      if (hash !== row.hash) {
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
