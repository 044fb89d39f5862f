import { type Generated, type Kysely, sql } from 'kysely';
import type { Db } from '../../platform/db/database.ts';
import type { DnsCheckResult } from './dns-check.ts';
import { OFFICIAL_STATUSES, PENDING_STATUSES, type RegistrationStatus } from './lifecycle.ts';

export interface RegistrationRow {
  id: string;
  administration_id: string;
  address: string;
  domain: string;
  status: RegistrationStatus;
  registered_by: string;
  registered_at: Date;
  confirmed_at: Date | null;
  decided_by: string | null;
  decided_at: Date | null;
  decision_reason: string | null;
  approved_at: Date | null;
  reconfirm_by: Date | null;
  lapse_at: Date | null;
  dns_check: DnsCheckResult | null;
  updated_at: Date;
}
interface RegistrationTable
  extends Omit<RegistrationRow, 'id' | 'registered_at' | 'updated_at' | 'dns_check'> {
  id: Generated<string>;
  registered_at: Generated<Date>;
  updated_at: Generated<Date>;
  dns_check: string | null;
}
export interface TokenRow {
  token_hash: string;
  official_email_id: string;
  purpose: 'registration' | 'reconfirmation';
  created_at: Date;
  expires_at: Date;
  used_at: Date | null;
  revoked_at: Date | null;
}
interface TokenTable extends Omit<TokenRow, 'created_at'> {
  created_at: Generated<Date>;
}
export interface HistoryRow {
  id: number;
  official_email_id: string;
  administration_id: string;
  at: Date;
  actor: string;
  event: string;
  from_status: string | null;
  to_status: string | null;
  reason: string | null;
  details: Record<string, unknown>;
}
interface HistoryTable extends Omit<HistoryRow, 'id' | 'details'> {
  id: Generated<number>;
  details: string;
}
export interface EmailTables {
  'localgov.official_emails': RegistrationTable;
  'localgov.official_email_tokens': TokenTable;
  'localgov.official_email_history': HistoryTable;
}

const t = (db: Db) => db as Kysely<EmailTables>;

export async function insertRegistration(
  db: Db,
  row: Pick<RegistrationRow, 'administration_id' | 'address' | 'domain' | 'registered_by'> & {
    status: RegistrationStatus;
    registered_at: Date;
    dns_check: DnsCheckResult | null;
    confirmed_at?: Date | null;
    approved_at?: Date | null;
    decided_by?: string | null;
    decided_at?: Date | null;
    reconfirm_by?: Date | null;
  },
): Promise<RegistrationRow> {
  return (await t(db)
    .insertInto('localgov.official_emails')
    .values({
      ...row,
      dns_check: row.dns_check ? JSON.stringify(row.dns_check) : null,
      updated_at: row.registered_at,
    })
    .returningAll()
    .executeTakeFirstOrThrow()) as unknown as RegistrationRow;
}

/** Row-locks the registration for the rest of the transaction (two officers, one click each). */
export async function lockRegistration(db: Db, id: string): Promise<RegistrationRow | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const row = await t(db)
    .selectFrom('localgov.official_emails')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  return (row as unknown as RegistrationRow) ?? null;
}

export async function findRegistration(db: Db, id: string): Promise<RegistrationRow | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const row = await t(db)
    .selectFrom('localgov.official_emails')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return (row as unknown as RegistrationRow) ?? null;
}

export async function updateRegistration(
  db: Db,
  id: string,
  changes: Partial<Omit<RegistrationRow, 'id' | 'dns_check'>> & {
    dns_check?: DnsCheckResult | null;
  },
  now: Date,
): Promise<RegistrationRow> {
  const { dns_check, ...rest } = changes;
  return (await t(db)
    .updateTable('localgov.official_emails')
    .set({
      ...rest,
      ...(dns_check !== undefined
        ? { dns_check: dns_check ? JSON.stringify(dns_check) : null }
        : {}),
      updated_at: now,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()) as unknown as RegistrationRow;
}

/** The administration's registrations in a set of statuses, newest first. */
export async function listForAdministration(
  db: Db,
  administrationId: string,
  statuses?: readonly RegistrationStatus[],
): Promise<RegistrationRow[]> {
  let q = t(db)
    .selectFrom('localgov.official_emails')
    .selectAll()
    .where('administration_id', '=', administrationId);
  if (statuses) q = q.where('status', 'in', [...statuses]);
  return (await q
    .orderBy('registered_at', 'desc')
    .limit(100)
    .execute()) as unknown as RegistrationRow[];
}

export async function findOfficial(db: Db, administrationId: string) {
  return (
    ((await t(db)
      .selectFrom('localgov.official_emails')
      .selectAll()
      .where('administration_id', '=', administrationId)
      .where('status', 'in', [...OFFICIAL_STATUSES])
      .executeTakeFirst()) as unknown as RegistrationRow | undefined) ?? null
  );
}

export async function findPending(db: Db, administrationId: string) {
  return (
    ((await t(db)
      .selectFrom('localgov.official_emails')
      .selectAll()
      .where('administration_id', '=', administrationId)
      .where('status', 'in', [...PENDING_STATUSES])
      .forUpdate()
      .executeTakeFirst()) as unknown as RegistrationRow | undefined) ?? null
  );
}

/** Official addresses of many administrations at once (directory lists, API). */
export async function officialForAdministrations(db: Db, administrationIds: readonly string[]) {
  if (administrationIds.length === 0) return [];
  return (await t(db)
    .selectFrom('localgov.official_emails')
    .selectAll()
    .where('administration_id', 'in', [...administrationIds])
    .where('status', 'in', [...OFFICIAL_STATUSES])
    .execute()) as unknown as RegistrationRow[];
}

/** The official registration holding an address, if any. */
export async function findOfficialByAddress(db: Db, address: string) {
  return (
    ((await t(db)
      .selectFrom('localgov.official_emails')
      .selectAll()
      .where('address', '=', address)
      .where('status', 'in', [...OFFICIAL_STATUSES])
      .executeTakeFirst()) as unknown as RegistrationRow | undefined) ?? null
  );
}

/** The latest registration of an address in any status (to explain a look-up miss). */
export async function findLatestByAddress(db: Db, address: string) {
  return (
    ((await t(db)
      .selectFrom('localgov.official_emails')
      .selectAll()
      .where('address', '=', address)
      .orderBy('registered_at', 'desc')
      .limit(1)
      .executeTakeFirst()) as unknown as RegistrationRow | undefined) ?? null
  );
}

export async function listByStatus(
  db: Db,
  statuses: readonly RegistrationStatus[],
  options: { limit: number; offset: number },
) {
  const rows = (await t(db)
    .selectFrom('localgov.official_emails')
    .selectAll()
    .where('status', 'in', [...statuses])
    .orderBy('registered_at', 'asc')
    .limit(options.limit)
    .offset(options.offset)
    .execute()) as unknown as RegistrationRow[];
  const count = await t(db)
    .selectFrom('localgov.official_emails')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', 'in', [...statuses])
    .executeTakeFirstOrThrow();
  return { rows, total: Number(count.n) };
}

/** Every official address with its administration's public fields, for the exports. */
export async function listOfficialWithAdministration(db: Db) {
  const r = await sql<{
    address: string;
    status: RegistrationStatus;
    approved_at: Date | null;
    reconfirm_by: Date | null;
    code: string;
    type: string;
    name_th: string;
    name_en: string;
    province_code: string;
    district_code: string;
  }>`select e.address, e.status, e.approved_at, e.reconfirm_by, a.code, a.type, a.name_th,
       a.name_en, a.province_code, a.district_code
     from localgov.official_emails e
     join localgov.administrations a on a.id = e.administration_id
     where e.status in ('approved', 'reconfirmation_due')
     order by a.type_rank, a.code`.execute(db);
  return r.rows;
}

export async function dueForReconfirmation(db: Db, now: Date, limit: number) {
  return (await t(db)
    .selectFrom('localgov.official_emails')
    .select('id')
    .where('status', '=', 'approved')
    .where('reconfirm_by', '<=', now)
    .orderBy('reconfirm_by')
    .limit(limit)
    .execute()) as Array<{ id: string }>;
}

export async function dueToLapse(db: Db, now: Date, limit: number) {
  return (await t(db)
    .selectFrom('localgov.official_emails')
    .select('id')
    .where('status', '=', 'reconfirmation_due')
    .where('lapse_at', '<=', now)
    .orderBy('lapse_at')
    .limit(limit)
    .execute()) as Array<{ id: string }>;
}

// --- Tokens --------------------------------------------------------------------------------

export async function insertToken(
  db: Db,
  token: Omit<TokenRow, 'created_at' | 'used_at' | 'revoked_at'> & { created_at: Date },
) {
  await t(db)
    .insertInto('localgov.official_email_tokens')
    .values({ ...token, used_at: null, revoked_at: null })
    .execute();
}

export async function findToken(db: Db, hash: string): Promise<TokenRow | null> {
  return (
    ((await t(db)
      .selectFrom('localgov.official_email_tokens')
      .selectAll()
      .where('token_hash', '=', hash)
      .executeTakeFirst()) as TokenRow | undefined) ?? null
  );
}

/**
 * Marks a token used if, and only if, it is still usable: the single statement is what makes a
 * link single-use when two clicks race.
 */
export async function consumeToken(db: Db, hash: string, now: Date): Promise<TokenRow | null> {
  return (
    ((await t(db)
      .updateTable('localgov.official_email_tokens')
      .set({ used_at: now })
      .where('token_hash', '=', hash)
      .where('used_at', 'is', null)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', now)
      .returningAll()
      .executeTakeFirst()) as TokenRow | undefined) ?? null
  );
}

/** Every unused link of a registration stops working (a newer one was sent, or it ended). */
export async function revokeTokens(db: Db, registrationId: string, now: Date): Promise<void> {
  await t(db)
    .updateTable('localgov.official_email_tokens')
    .set({ revoked_at: now })
    .where('official_email_id', '=', registrationId)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .execute();
}

// --- History -------------------------------------------------------------------------------

export async function appendHistory(
  db: Db,
  entry: Omit<HistoryRow, 'id' | 'details'> & { details?: Record<string, unknown> },
): Promise<void> {
  await t(db)
    .insertInto('localgov.official_email_history')
    .values({ ...entry, details: JSON.stringify(entry.details ?? {}) })
    .execute();
}

export async function listHistory(
  db: Db,
  filter: { registrationId?: string; administrationId?: string },
) {
  let q = t(db).selectFrom('localgov.official_email_history').selectAll();
  if (filter.registrationId) q = q.where('official_email_id', '=', filter.registrationId);
  if (filter.administrationId) q = q.where('administration_id', '=', filter.administrationId);
  return (await q.orderBy('id', 'desc').limit(200).execute()) as unknown as HistoryRow[];
}
