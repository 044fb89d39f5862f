import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { type Db, prepared } from '../../platform/db/database.ts';

/**
 * The SQL of the OpenID provider's own tables: the adapter's generic model table, signing keys
 * and sealed secrets. Relying parties, consents and the access log live in their own stores.
 */
interface ModelInstanceTable {
  model_name: string;
  id: string;
  payload: unknown;
  expires_at: Date | null;
  consumed_at: Date | null;
}
export interface SigningKeyRow {
  kid: string;
  alg: string;
  public_jwk: Record<string, unknown>;
  private_jwk_sealed: string;
  created_at: Date;
  retired_at: Date | null;
  publish_until: Date | null;
}
interface OidcTables {
  'identity.oidc_model_instances': ModelInstanceTable;
  'identity.oidc_signing_keys': SigningKeyRow;
  'identity.oidc_secrets': { name: string; sealed: string; created_at: Date };
}
const t = (db: Db) => db as Kysely<OidcTables>;

export interface StoredModel {
  payload: Record<string, unknown>;
  consumedAt: Date | null;
}

const notExpired = sql<boolean>`(expires_at is null or expires_at > now())`;

/*
 * The adapter's hot statements, written out once as SQL and run as prepared statements: every
 * step of a sign-in makes several of them, and building them through Kysely's query builder cost
 * as much CPU as running them, and parsing and planning them again each time cost PostgreSQL
 * more than executing them (bench/identity.bench.ts profile). Each takes a batch of rows (the
 * adapter batches concurrent calls, platform/db/batch.ts) as arrays: `= any(...)` and `unnest`
 * use the same indexes as the one-row forms did. The array is wrapped in `(select $2)` so the
 * planner cannot see its length: with a visible array PostgreSQL judged a plan made for that
 * length cheaper than its cached generic plan and planned every execution again, a third of its
 * CPU on a token grant (perf profile); hidden, all lengths share one plan.
 */
// Rows of any models: a token grant writes a refresh and an access token, and concurrent
// requests of different steps write different models at the same moment.
const upsertModelsQuery = prepared(`insert into identity.oidc_model_instances
  (model_name, id, payload, expires_at, consumed_at)
  select r.model_name, r.id, r.payload::jsonb, r.expires_at, null
  from unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[])
    as r(model_name, id, payload, expires_at)
  on conflict (model_name, id) do update set payload = excluded.payload, expires_at = excluded.expires_at`);
const findModelsQuery = prepared(`select m.model_name, m.id, m.payload, m.consumed_at
  from unnest((select $1::text[])::text[], (select $2::text[])::text[]) as k(model_name, id)
  join identity.oidc_model_instances m on m.model_name = k.model_name and m.id = k.id
  where m.expires_at is null or m.expires_at > now()`);
// One statement per property, so each matches its (partial) expression index.
const findModelsByQuery = {
  uid: prepared(`select payload->>'uid' as key, payload, consumed_at
    from identity.oidc_model_instances
    where model_name = $1 and payload ? 'uid' and payload->>'uid' = any((select $2::text[])::text[])
    and (expires_at is null or expires_at > now())`),
  userCode: prepared(`select payload->>'userCode' as key, payload, consumed_at
    from identity.oidc_model_instances
    where model_name = $1 and payload ? 'userCode'
    and payload->>'userCode' = any((select $2::text[])::text[])
    and (expires_at is null or expires_at > now())`),
};
const consumeModelsQuery = prepared(`update identity.oidc_model_instances set consumed_at = now()
  where model_name = $1 and id = any((select $2::text[])::text[])`);
const destroyModelsQuery = prepared(
  'delete from identity.oidc_model_instances where model_name = $1 and id = any((select $2::text[])::text[])',
);

interface ModelRow {
  key: string;
  payload: Record<string, unknown>;
  consumed_at: Date | null;
}

export interface ModelKey {
  model: string;
  id: string;
}
export interface ModelWrite extends ModelKey {
  payload: unknown;
  expiresAt: Date | null;
}
const keyOf = (k: ModelKey) => `${k.model}\u0000${k.id}`;

/** Upserts rows of any models; of two writes to one row in a batch the later wins, as in sequence. */
export async function upsertModels(db: Db, writes: readonly ModelWrite[]) {
  const rows = [...new Map(writes.map((w) => [keyOf(w), w])).values()];
  await db.executeQuery(
    upsertModelsQuery([
      rows.map((r) => r.model),
      rows.map((r) => r.id),
      rows.map((r) => JSON.stringify(r.payload)),
      rows.map((r) => r.expiresAt?.toISOString() ?? null),
    ]),
  );
}

/** The unexpired rows among `keys` (of any models), one answer per key. */
export async function findModels(
  db: Db,
  keys: readonly ModelKey[],
): Promise<(StoredModel | undefined)[]> {
  const { rows } = await db.executeQuery<{
    model_name: string;
    id: string;
    payload: Record<string, unknown>;
    consumed_at: Date | null;
  }>(findModelsQuery([keys.map((k) => k.model), keys.map((k) => k.id)]));
  const found = new Map(
    rows.map((r) => [
      keyOf({ model: r.model_name, id: r.id }),
      { payload: r.payload, consumedAt: r.consumed_at },
    ]),
  );
  return keys.map((k) => found.get(keyOf(k)));
}

/** Finds by a payload property backed by an expression index ('uid' or 'userCode'). */
export async function findModelsBy(
  db: Db,
  model: string,
  property: 'uid' | 'userCode',
  values: readonly string[],
): Promise<Map<string, StoredModel>> {
  const { rows } = await db.executeQuery<ModelRow>(findModelsByQuery[property]([model, values]));
  return new Map(rows.map((r) => [r.key, { payload: r.payload, consumedAt: r.consumed_at }]));
}

export async function consumeModels(db: Db, model: string, ids: readonly string[]) {
  await db.executeQuery(consumeModelsQuery([model, ids]));
}

export async function destroyModels(db: Db, model: string, ids: readonly string[]) {
  await db.executeQuery(destroyModelsQuery([model, ids]));
}

export async function destroyModelsByGrant(db: Db, model: string, grantId: string): Promise<void> {
  await t(db)
    .deleteFrom('identity.oidc_model_instances')
    .where('model_name', '=', model)
    .where(sql<boolean>`payload ? 'grantId'`)
    .where(sql`payload->>'grantId'`, '=', grantId)
    .execute();
}

export async function destroySessionByUid(db: Db, uid: string): Promise<number> {
  const r = await t(db)
    .deleteFrom('identity.oidc_model_instances')
    .where('model_name', '=', 'Session')
    .where(sql<boolean>`payload ? 'uid'`)
    .where(sql`payload->>'uid'`, '=', uid)
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** Ends every Digital ID (provider) session of an account, e.g. after a re-enrolment. */
export async function destroySessionsOfAccount(db: Db, accountId: string): Promise<number> {
  const r = await t(db)
    .deleteFrom('identity.oidc_model_instances')
    .where('model_name', '=', 'Session')
    .where(sql`payload->>'accountId'`, '=', accountId)
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function purgeExpiredModels(db: Db): Promise<number> {
  const r = await t(db)
    .deleteFrom('identity.oidc_model_instances')
    .where('expires_at', '<=', sql<Date>`now()`)
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function countModels(db: Db, model: string): Promise<number> {
  const row = await t(db)
    .selectFrom('identity.oidc_model_instances')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('model_name', '=', model)
    .where(notExpired)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

// Signing keys ---------------------------------------------------------------------------------

/** Keys still published in the JWKS, newest first (the first decryptable unretired one signs). */
export async function listPublishedKeys(db: Db): Promise<SigningKeyRow[]> {
  return t(db)
    .selectFrom('identity.oidc_signing_keys')
    .selectAll()
    .where((eb) =>
      eb.or([eb('publish_until', 'is', null), eb('publish_until', '>', sql<Date>`now()`)]),
    )
    .orderBy('created_at', 'desc')
    .orderBy('kid', 'desc')
    .execute();
}

export async function insertSigningKey(
  db: Db,
  key: Pick<SigningKeyRow, 'kid' | 'alg' | 'public_jwk' | 'private_jwk_sealed'>,
): Promise<void> {
  await t(db)
    .insertInto('identity.oidc_signing_keys')
    .values({
      ...key,
      public_jwk: JSON.stringify(key.public_jwk) as unknown as Record<string, unknown>,
      created_at: new Date(),
      retired_at: null,
      publish_until: null,
    })
    .execute();
}

/** Stops every other key from signing; each stays published until `publishUntil`. */
export async function retireKeysExcept(db: Db, kid: string, publishUntil: Date): Promise<number> {
  const r = await t(db)
    .updateTable('identity.oidc_signing_keys')
    .set({ retired_at: sql<Date>`now()`, publish_until: publishUntil })
    .where('kid', '!=', kid)
    .where('retired_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** A cheap fingerprint of the key table, polled by every process to notice a rotation. */
export async function signingKeysFingerprint(db: Db): Promise<string> {
  const row = await t(db)
    .selectFrom('identity.oidc_signing_keys')
    .select([
      (eb) => eb.fn.countAll<number>().as('n'),
      sql<string>`coalesce(max(created_at)::text, '') || '/' || coalesce(max(retired_at)::text, '')`.as(
        'stamp',
      ),
    ])
    .executeTakeFirstOrThrow();
  return `${row.n}/${row.stamp}`;
}

/** Serialises key creation across processes (transaction-level advisory lock). */
export async function lockSigningKeys(db: Db): Promise<void> {
  await sql`select pg_advisory_xact_lock(7355610)`.execute(db);
}

// Sealed secrets -------------------------------------------------------------------------------

export async function findSecret(db: Db, name: string): Promise<string | null> {
  const row = await t(db)
    .selectFrom('identity.oidc_secrets')
    .select('sealed')
    .where('name', '=', name)
    .executeTakeFirst();
  return row?.sealed ?? null;
}

/** Inserts unless present, then returns whichever value won (safe when processes race). */
export async function ensureSecret(db: Db, name: string, sealed: string): Promise<string> {
  await t(db)
    .insertInto('identity.oidc_secrets')
    .values({ name, sealed, created_at: new Date() })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  return (await findSecret(db, name)) ?? sealed;
}
