import type { Generated, Kysely } from 'kysely';
import { type AuditEntry, auditedQuery } from '../platform/audit.ts';
import { type Db, isUuid, prepared } from '../platform/db/database.ts';

export interface AccountRow {
  id: string;
  citizen_id: string | null;
  display_name_th: string;
  display_name_en: string;
  email: string | null;
  phone: string | null;
  demo: boolean;
  created_at: Date;
}
interface AccountTable extends Omit<AccountRow, 'id' | 'created_at'> {
  id: Generated<string>;
  created_at: Generated<Date>;
}
export interface ConsentRow {
  account_id: string;
  client_id: string;
  grant_id: string;
  scopes: string[];
  granted_at: Date;
  updated_at: Date;
}
export interface AccessLogRow {
  id: string;
  account_id: string;
  client_id: string;
  relying_party_name_th: string;
  relying_party_name_en: string;
  purpose_th: string;
  purpose_en: string;
  event: 'id_token' | 'userinfo' | 'introspection';
  claims: string[];
  at: Date;
}
export interface IdentityTables {
  'identity.accounts': AccountTable;
  'identity.consents': ConsentRow;
  'identity.access_log': Omit<AccessLogRow, 'id' | 'at'> & {
    id: Generated<string>;
    at: Generated<Date>;
  };
}
const t = (db: Db) => db as Kysely<IdentityTables>;

/*
 * The two statements every sign-in step and token grant makes (an account look-up, an access-log
 * row) are written out as SQL and run as compiled queries: the query builder cost as much CPU as
 * running them (bench/identity.bench.ts profile). Both take a batch (the callers batch concurrent
 * calls, platform/db/batch.ts) and both are prepared statements (parsed and planned once per
 * connection), so the look-up lists its columns: a prepared `select *` fails once a migration
 * adds a column. `(select $1)` keeps the planner to one cached plan (see oidc/store.ts).
 */
const findAccountsQuery = prepared(`select id, citizen_id, display_name_th, display_name_en,
  email, phone, demo, created_at from identity.accounts where id = any((select $1::uuid[])::uuid[])`);
const insertAccessLogQuery = prepared(`insert into identity.access_log (account_id, client_id,
  relying_party_name_th, relying_party_name_en, purpose_th, purpose_en, event, claims)
  select r.account_id, r.client_id, r.name_th, r.name_en, r.purpose_th, r.purpose_en, r.event,
    r.claims::jsonb
  from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
    $8::text[]) as r(account_id, client_id, name_th, name_en, purpose_th, purpose_en, event, claims)`);

/** The accounts among `ids`, by id (an id that is not a UUID finds nothing). */
export async function findAccounts(
  db: Db,
  ids: readonly string[],
): Promise<Map<string, AccountRow>> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return new Map();
  const { rows } = await db.executeQuery<AccountRow>(findAccountsQuery([valid]));
  // Keyed as asked: PostgreSQL answers a uuid in lower case whatever case it was given in.
  const byId = new Map(rows.map((r) => [r.id, r]));
  return new Map(
    valid.flatMap((id) => {
      const row = byId.get(id.toLowerCase());
      return row ? [[id, row]] : [];
    }),
  );
}

export async function findAccountByCitizenId(db: Db, citizenId: string) {
  return (
    (await t(db)
      .selectFrom('identity.accounts')
      .selectAll()
      .where('citizen_id', '=', citizenId)
      .executeTakeFirst()) ?? null
  );
}

export async function upsertAccountByCitizenId(
  db: Db,
  account: Omit<AccountRow, 'id' | 'created_at'> & { citizen_id: string },
): Promise<AccountRow> {
  return t(db)
    .insertInto('identity.accounts')
    .values(account)
    .onConflict((oc) =>
      oc.column('citizen_id').doUpdateSet({
        display_name_th: account.display_name_th,
        display_name_en: account.display_name_en,
        email: account.email,
        phone: account.phone,
        demo: account.demo,
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function listDemoAccounts(db: Db) {
  return t(db)
    .selectFrom('identity.accounts')
    .selectAll()
    .where('demo', '=', true)
    .orderBy('display_name_th')
    .execute();
}

// Consents -------------------------------------------------------------------------------------

// Every sign-in to an agency app reads the consent, and every consent given writes it.
const findConsentQuery = prepared(`select account_id, client_id, grant_id, scopes, granted_at,
  updated_at from identity.consents where account_id = $1 and client_id = $2`);
// The consent and its audit row in one statement, committed at once (platform/audit.ts
// auditedQuery): a sign-in that asks for consent writes both.
const rememberConsentQuery = auditedQuery(
  `insert into identity.consents (account_id, client_id, grant_id, scopes, granted_at, updated_at)
  values ($1, $2, $3, $4::jsonb, now(), now())
  on conflict (account_id, client_id)
  do update set grant_id = excluded.grant_id, scopes = excluded.scopes, updated_at = now()`,
  4,
);

export async function findConsent(
  db: Db,
  accountId: string,
  clientId: string,
): Promise<ConsentRow | null> {
  if (!isUuid(accountId)) return null;
  const { rows } = await db.executeQuery<ConsentRow>(findConsentQuery([accountId, clientId]));
  return rows[0] ?? null;
}

/** Remembers (or extends) a consent, with `entry` in the audit log, in one statement. */
export async function rememberConsent(
  db: Db,
  consent: Pick<ConsentRow, 'account_id' | 'client_id' | 'grant_id' | 'scopes'>,
  entry: AuditEntry,
): Promise<void> {
  await rememberConsentQuery(
    db,
    [consent.account_id, consent.client_id, consent.grant_id, JSON.stringify(consent.scopes)],
    entry,
  );
}

export async function deleteConsent(
  db: Db,
  accountId: string,
  clientId: string,
): Promise<ConsentRow | null> {
  return (
    (await t(db)
      .deleteFrom('identity.consents')
      .where('account_id', '=', accountId)
      .where('client_id', '=', clientId)
      .returningAll()
      .executeTakeFirst()) ?? null
  );
}

export async function listConsents(db: Db, accountId: string): Promise<ConsentRow[]> {
  return t(db)
    .selectFrom('identity.consents')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('updated_at', 'desc')
    .execute();
}

// Access log -----------------------------------------------------------------------------------

type AccessLogWrite = Omit<AccessLogRow, 'id' | 'at'>;

export async function insertAccessLogs(db: Db, rows: readonly AccessLogWrite[]): Promise<void> {
  const column = <K extends keyof AccessLogWrite>(key: K) => rows.map((r) => r[key]);
  await db.executeQuery(
    insertAccessLogQuery([
      column('account_id'),
      column('client_id'),
      column('relying_party_name_th'),
      column('relying_party_name_en'),
      column('purpose_th'),
      column('purpose_en'),
      column('event'),
      rows.map((r) => JSON.stringify(r.claims)),
    ]),
  );
}

export async function listAccessLog(
  db: Db,
  accountId: string,
  page: { limit: number; offset: number },
): Promise<AccessLogRow[]> {
  return t(db)
    .selectFrom('identity.access_log')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('at', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function countAccessLog(db: Db, accountId: string): Promise<number> {
  const row = await t(db)
    .selectFrom('identity.access_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('account_id', '=', accountId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
