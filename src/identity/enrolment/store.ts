import type { Generated, Kysely } from 'kysely';
import { sql } from 'kysely';
import { type Db, isUuid, prepared } from '../../platform/db/database.ts';

// The only SQL of enrolment and authenticators (STYLE.md 3, 8): each function takes the executor
// first, so the same query runs inside a transaction or outside it.

export type EnrolmentStatus = 'proofing' | 'proofed' | 'failed' | 'completed';
export type EnrolmentKind = 'enrolment' | 're_enrolment';

export interface EnrolmentRow {
  id: string;
  citizen_id: string;
  account_id: string | null;
  token_hash: string | null;
  kind: EnrolmentKind;
  status: EnrolmentStatus;
  /** numeric comes back as a string from both engines; see `toIal`. */
  ial: string | null;
  birth_date: string | null;
  client_address: string | null;
  created_at: Date;
  expires_at: Date;
  completed_at: Date | null;
}

export interface ProofingEventRow {
  id: number;
  enrolment_id: string;
  step: string;
  outcome: 'passed' | 'failed' | 'needs_input' | 'refused';
  ial: string | null;
  detail: Record<string, unknown>;
  at: Date;
}

export type PasskeyStatus = 'pending' | 'active' | 'revoked';

export interface PasskeyRow {
  id: string;
  account_id: string;
  credential_id: string;
  public_key: Uint8Array;
  sign_count: number;
  transports: string[];
  aaguid: string;
  device_type: 'singleDevice' | 'multiDevice';
  backed_up: boolean;
  user_handle: string;
  status: PasskeyStatus;
  enrolment_id: string | null;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
  revoked_reason: string | null;
}

export interface PinRow {
  account_id: string;
  pin_hash: string;
  enrolment_id: string | null;
  created_at: Date;
  updated_at: Date;
  last_used_at: Date | null;
}

export interface LockoutRow {
  key: string;
  failures: number;
  window_started_at: Date;
  locked_until: Date | null;
  updated_at: Date;
}

export interface ChallengeRow {
  id: string;
  purpose: 'registration' | 'authentication';
  challenge: string;
  account_id: string | null;
  enrolment_id: string | null;
  created_at: Date;
  expires_at: Date;
  used_at: Date | null;
}

type WithDefaults<Row, K extends keyof Row> = Omit<Row, K> & { [P in K]: Generated<Row[P]> };

interface Tables {
  'identity.enrolments': WithDefaults<
    EnrolmentRow,
    'id' | 'created_at' | 'kind' | 'account_id' | 'ial' | 'completed_at' | 'birth_date'
  >;
  'identity.proofing_events': WithDefaults<ProofingEventRow, 'id' | 'at' | 'detail' | 'ial'>;
  'identity.passkeys': WithDefaults<
    PasskeyRow,
    'id' | 'created_at' | 'sign_count' | 'last_used_at' | 'revoked_at' | 'revoked_reason'
  >;
  'identity.pins': WithDefaults<PinRow, 'created_at' | 'updated_at' | 'last_used_at'>;
  'identity.lockouts': WithDefaults<LockoutRow, 'failures' | 'window_started_at' | 'updated_at'>;
  'identity.webauthn_challenges': WithDefaults<
    ChallengeRow,
    'id' | 'created_at' | 'used_at' | 'account_id' | 'enrolment_id'
  >;
}

const t = (db: Db) => db as Kysely<Tables>;

// ---------------------------------------------------------------------------------------------
// Enrolments and proofing events

export async function insertEnrolment(
  db: Db,
  row: {
    citizen_id: string;
    status: EnrolmentStatus;
    client_address: string | null;
    expires_at: Date;
    token_hash?: string | null;
  },
): Promise<EnrolmentRow> {
  return t(db)
    .insertInto('identity.enrolments')
    .values({ token_hash: null, ...row })
    .returningAll()
    .executeTakeFirstOrThrow() as Promise<EnrolmentRow>;
}

export async function updateEnrolment(
  db: Db,
  id: string,
  patch: Partial<
    Pick<
      EnrolmentRow,
      | 'status'
      | 'ial'
      | 'account_id'
      | 'token_hash'
      | 'birth_date'
      | 'kind'
      | 'completed_at'
      | 'expires_at'
    >
  >,
): Promise<void> {
  await t(db).updateTable('identity.enrolments').set(patch).where('id', '=', id).execute();
}

/** The open enrolment a browser's token points at: proofed, not completed, not expired. */
export async function findOpenEnrolmentByToken(
  db: Db,
  tokenHash: string,
): Promise<EnrolmentRow | null> {
  const row = await t(db)
    .selectFrom('identity.enrolments')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('status', '=', 'proofed')
    .where('expires_at', '>', sql<Date>`now()`)
    .executeTakeFirst();
  return (row as EnrolmentRow | undefined) ?? null;
}

export async function findEnrolment(db: Db, id: string): Promise<EnrolmentRow | null> {
  if (!isUuid(id)) return null;
  const row = await t(db)
    .selectFrom('identity.enrolments')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return (row as EnrolmentRow | undefined) ?? null;
}

/**
 * Marks an open enrolment completed, once: the condition on status makes a double submit (two
 * tabs, a retried POST) complete it only one time.
 */
export async function completeEnrolment(db: Db, id: string, kind: EnrolmentKind): Promise<boolean> {
  const r = await t(db)
    .updateTable('identity.enrolments')
    .set({ status: 'completed', completed_at: new Date(), kind, token_hash: null })
    .where('id', '=', id)
    .where('status', '=', 'proofed')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function latestCompletedEnrolment(
  db: Db,
  accountId: string,
): Promise<EnrolmentRow | null> {
  if (!isUuid(accountId)) return null;
  const row = await t(db)
    .selectFrom('identity.enrolments')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('status', '=', 'completed')
    .orderBy('completed_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return (row as EnrolmentRow | undefined) ?? null;
}

export async function countCompletedEnrolments(db: Db, accountId: string): Promise<number> {
  const row = await t(db)
    .selectFrom('identity.enrolments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('account_id', '=', accountId)
    .where('status', '=', 'completed')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertProofingEvent(
  db: Db,
  event: {
    enrolment_id: string;
    step: string;
    outcome: ProofingEventRow['outcome'];
    ial: number | null;
    detail?: Record<string, unknown>;
  },
): Promise<void> {
  await t(db)
    .insertInto('identity.proofing_events')
    .values({
      enrolment_id: event.enrolment_id,
      step: event.step,
      outcome: event.outcome,
      ial: event.ial === null ? null : String(event.ial),
      detail: JSON.stringify(event.detail ?? {}) as never,
    })
    .execute();
}

export async function listProofingEvents(db: Db, enrolmentId: string) {
  return t(db)
    .selectFrom('identity.proofing_events')
    .selectAll()
    .where('enrolment_id', '=', enrolmentId)
    .orderBy('id')
    .execute() as Promise<ProofingEventRow[]>;
}

// ---------------------------------------------------------------------------------------------
// Passkeys

export async function insertPasskey(
  db: Db,
  row: Omit<
    PasskeyRow,
    'id' | 'created_at' | 'last_used_at' | 'revoked_at' | 'revoked_reason' | 'transports'
  > & { transports: string[] },
): Promise<PasskeyRow> {
  return t(db)
    .insertInto('identity.passkeys')
    .values({ ...row, transports: JSON.stringify(row.transports) as never })
    .returningAll()
    .executeTakeFirstOrThrow() as Promise<PasskeyRow>;
}

// The statements of every passkey sign-in are prepared (platform/db `prepared`): parsed and
// planned once per connection instead of built by Kysely and planned on each use. They list their
// columns, as a prepared statement must.
const PASSKEY_COLUMNS = `id, account_id, credential_id, public_key, sign_count, transports, aaguid,
  device_type, backed_up, user_handle, status, enrolment_id, created_at, last_used_at, revoked_at,
  revoked_reason`;
const findPasskeyQuery = prepared(
  `select ${PASSKEY_COLUMNS} from identity.passkeys where credential_id = $1`,
);

export async function findPasskeyByCredentialId(
  db: Db,
  credentialId: string,
): Promise<PasskeyRow | null> {
  const { rows } = await db.executeQuery<PasskeyRow>(findPasskeyQuery([credentialId]));
  return rows[0] ?? null;
}

export async function listPasskeys(
  db: Db,
  accountId: string,
  statuses: PasskeyStatus[] = ['active'],
): Promise<PasskeyRow[]> {
  if (!isUuid(accountId)) return [];
  return t(db)
    .selectFrom('identity.passkeys')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('status', 'in', statuses)
    .orderBy('created_at')
    .execute() as Promise<PasskeyRow[]>;
}

export async function listEnrolmentPasskeys(db: Db, enrolmentId: string): Promise<PasskeyRow[]> {
  return t(db)
    .selectFrom('identity.passkeys')
    .selectAll()
    .where('enrolment_id', '=', enrolmentId)
    .where('status', '=', 'pending')
    .execute() as Promise<PasskeyRow[]>;
}

export async function activateEnrolmentPasskeys(db: Db, enrolmentId: string): Promise<number> {
  const r = await t(db)
    .updateTable('identity.passkeys')
    .set({ status: 'active' })
    .where('enrolment_id', '=', enrolmentId)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Revokes every active passkey of an account except those created by `keepEnrolmentId`. */
export async function revokeAccountPasskeys(
  db: Db,
  accountId: string,
  reason: string,
  keepEnrolmentId: string | null,
): Promise<string[]> {
  let q = t(db)
    .updateTable('identity.passkeys')
    .set({ status: 'revoked', revoked_at: new Date(), revoked_reason: reason })
    .where('account_id', '=', accountId)
    .where('status', 'in', ['active', 'pending']);
  if (keepEnrolmentId) {
    q = q.where((eb) =>
      eb.or([eb('enrolment_id', 'is', null), eb('enrolment_id', '!=', keepEnrolmentId)]),
    );
  }
  const rows = await q.returning('id').execute();
  return rows.map((r) => r.id);
}

export async function revokePasskey(
  db: Db,
  accountId: string,
  passkeyId: string,
  reason: string,
): Promise<PasskeyRow | null> {
  if (!isUuid(passkeyId) || !isUuid(accountId)) return null;
  const row = await t(db)
    .updateTable('identity.passkeys')
    .set({ status: 'revoked', revoked_at: new Date(), revoked_reason: reason })
    .where('id', '=', passkeyId)
    .where('account_id', '=', accountId)
    .where('status', '=', 'active')
    .returningAll()
    .executeTakeFirst();
  return (row as PasskeyRow | undefined) ?? null;
}

/**
 * Records a successful assertion. The counter only moves forward (WebAuthn 7.2 step 21): the
 * update applies only if the new count is still above the stored one when it is written, so of two
 * concurrent uses of one signature only one counts. Authenticators that keep no counter report 0
 * every time (most synced passkeys); for them the single-use challenge stops replays.
 */
const recordPasskeyUseQuery = prepared(`update identity.passkeys
  set sign_count = $2::bigint, last_used_at = now()
  where id = $1 and status = 'active'
    and (case when $2::bigint = 0 then sign_count = 0 else sign_count < $2::bigint end)`);

export async function recordPasskeyUse(
  db: Db,
  passkeyId: string,
  newCount: number,
): Promise<boolean> {
  const r = await db.executeQuery(recordPasskeyUseQuery([passkeyId, newCount]));
  return Number(r.numAffectedRows) === 1;
}

// ---------------------------------------------------------------------------------------------
// PINs

export async function upsertPin(
  db: Db,
  accountId: string,
  pinHash: string,
  enrolmentId: string | null,
): Promise<void> {
  const now = new Date();
  await t(db)
    .insertInto('identity.pins')
    .values({ account_id: accountId, pin_hash: pinHash, enrolment_id: enrolmentId })
    .onConflict((oc) =>
      oc
        .column('account_id')
        .doUpdateSet({ pin_hash: pinHash, enrolment_id: enrolmentId, updated_at: now }),
    )
    .execute();
}

export async function findPin(db: Db, accountId: string): Promise<PinRow | null> {
  const row = await t(db)
    .selectFrom('identity.pins')
    .selectAll()
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return (row as PinRow | undefined) ?? null;
}

export async function recordPinUse(db: Db, accountId: string, newHash?: string): Promise<void> {
  await t(db)
    .updateTable('identity.pins')
    .set(newHash ? { last_used_at: new Date(), pin_hash: newHash } : { last_used_at: new Date() })
    .where('account_id', '=', accountId)
    .execute();
}

// ---------------------------------------------------------------------------------------------
// Lock-out counters

/**
 * The counter row for `key`, locked for the rest of the transaction (created when missing), so
 * concurrent attempts on one citizen ID or address queue up instead of racing past the limit.
 */
export async function lockCounter(trx: Db, key: string): Promise<LockoutRow> {
  await t(trx)
    .insertInto('identity.lockouts')
    .values({ key, failures: 0, locked_until: null })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  return t(trx)
    .selectFrom('identity.lockouts')
    .selectAll()
    .where('key', '=', key)
    .forUpdate()
    .executeTakeFirstOrThrow() as Promise<LockoutRow>;
}

export async function saveCounter(
  trx: Db,
  row: Pick<LockoutRow, 'key' | 'failures' | 'window_started_at' | 'locked_until'>,
): Promise<void> {
  await t(trx)
    .updateTable('identity.lockouts')
    .set({
      failures: row.failures,
      window_started_at: row.window_started_at,
      locked_until: row.locked_until,
      updated_at: new Date(),
    })
    .where('key', '=', row.key)
    .execute();
}

export async function findCounter(db: Db, key: string): Promise<LockoutRow | null> {
  const row = await t(db)
    .selectFrom('identity.lockouts')
    .selectAll()
    .where('key', '=', key)
    .executeTakeFirst();
  return (row as LockoutRow | undefined) ?? null;
}

export async function deleteCounter(db: Db, key: string): Promise<void> {
  await t(db).deleteFrom('identity.lockouts').where('key', '=', key).execute();
}

// ---------------------------------------------------------------------------------------------
// WebAuthn challenges

const CHALLENGE_COLUMNS =
  'id, purpose, challenge, account_id, enrolment_id, created_at, expires_at, used_at';
const insertChallengeQuery = prepared(`insert into identity.webauthn_challenges
  (purpose, challenge, expires_at, account_id, enrolment_id) values ($1, $2, $3, $4, $5)
  returning ${CHALLENGE_COLUMNS}`);
const consumeChallengeQuery = prepared(`update identity.webauthn_challenges set used_at = now()
  where id = $1 and purpose = $2 and used_at is null and expires_at > now()
  returning ${CHALLENGE_COLUMNS}`);

export async function insertChallenge(
  db: Db,
  row: {
    purpose: ChallengeRow['purpose'];
    challenge: string;
    expires_at: Date;
    account_id?: string | null;
    enrolment_id?: string | null;
  },
): Promise<ChallengeRow> {
  const { rows } = await db.executeQuery<ChallengeRow>(
    insertChallengeQuery([
      row.purpose,
      row.challenge,
      row.expires_at,
      row.account_id ?? null,
      row.enrolment_id ?? null,
    ]),
  );
  return rows[0]!;
}

/**
 * Uses a challenge up: one conditional UPDATE, so of two requests presenting the same challenge
 * (a replay, a double click) exactly one gets the row back.
 */
export async function consumeChallenge(
  db: Db,
  id: string,
  purpose: ChallengeRow['purpose'],
): Promise<ChallengeRow | null> {
  if (!isUuid(id)) return null;
  const { rows } = await db.executeQuery<ChallengeRow>(consumeChallengeQuery([id, purpose]));
  return rows[0] ?? null;
}

const useLoginChallengeQuery = prepared(`with used as (
    update identity.webauthn_challenges set used_at = now()
    where id = $1 and purpose = 'authentication' and used_at is null and expires_at > now()
    returning challenge)
  select used.challenge, ${PASSKEY_COLUMNS}
  from used left join identity.passkeys on credential_id = $2`);

/**
 * A sign-in's first step in one round trip: uses the challenge up as consumeChallenge does, and
 * finds the passkey the assertion names. Null when the challenge cannot be used; `passkey` null
 * when no passkey has that credential id.
 */
export async function useLoginChallenge(
  db: Db,
  challengeId: string,
  credentialId: string,
): Promise<{ challenge: string; passkey: PasskeyRow | null } | null> {
  if (!isUuid(challengeId)) return null;
  const { rows } = await db.executeQuery<PasskeyRow & { challenge: string }>(
    useLoginChallengeQuery([challengeId, credentialId]),
  );
  const row = rows[0];
  if (!row) return null;
  const { challenge, ...passkey } = row;
  return { challenge, passkey: passkey.id === null ? null : passkey };
}

/** Housekeeping: challenges are worthless once expired; counters once their window is over. */
export async function purgeExpired(db: Db, counterIdleBefore: Date): Promise<number> {
  const a = await t(db)
    .deleteFrom('identity.webauthn_challenges')
    .where('expires_at', '<', sql<Date>`now() - interval '1 hour'`)
    .executeTakeFirst();
  const b = await t(db)
    .deleteFrom('identity.lockouts')
    .where('updated_at', '<', counterIdleBefore)
    .where((eb) =>
      eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', sql<Date>`now()`)]),
    )
    .executeTakeFirst();
  return Number(a.numDeletedRows) + Number(b.numDeletedRows);
}
