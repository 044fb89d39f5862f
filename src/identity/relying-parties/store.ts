import { type Generated, type Kysely, sql } from 'kysely';
import type { Db } from '../../platform/db/database.ts';

/** The relying-party table: the OpenID provider's client store (read-only to the provider). */
export interface RelyingPartyRow {
  id: string;
  client_id: string;
  organization_id: string | null;
  name_th: string;
  name_en: string;
  purpose_th: string;
  purpose_en: string;
  logo_url: string | null;
  redirect_uris: string[];
  post_logout_redirect_uris: string[];
  scopes: string[];
  grant_types: string[];
  token_endpoint_auth_method: 'client_secret_basic' | 'private_key_jwt';
  jwks: { keys: Record<string, unknown>[] } | null;
  client_secret_sealed: string | null;
  min_aal: 1 | 2;
  environment: 'sandbox' | 'production';
  production_requested_at: Date | null;
  approved_by: string | null;
  approved_at: Date | null;
  first_party: boolean;
  suspended_at: Date | null;
  created_by: string;
  created_at: Date;
  updated_at: Date;
}
interface RelyingPartyTable extends Omit<RelyingPartyRow, 'id' | 'created_at' | 'updated_at'> {
  id: Generated<string>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}
interface Tables {
  'identity.relying_parties': RelyingPartyTable;
}
const t = (db: Db) => db as Kysely<Tables>;

export type NewRelyingPartyRow = Omit<
  RelyingPartyRow,
  | 'id'
  | 'created_at'
  | 'updated_at'
  | 'production_requested_at'
  | 'approved_by'
  | 'approved_at'
  | 'suspended_at'
>;

const jsonCols = [
  'redirect_uris',
  'post_logout_redirect_uris',
  'scopes',
  'grant_types',
  'jwks',
] as const;

function encode<T extends Partial<Record<(typeof jsonCols)[number], unknown>>>(row: T): T {
  const out: Record<string, unknown> = { ...row };
  for (const c of jsonCols) {
    if (c in out) out[c] = out[c] === null ? null : JSON.stringify(out[c]);
  }
  return out as T;
}

export async function insertRelyingParty(
  db: Db,
  row: NewRelyingPartyRow,
): Promise<RelyingPartyRow> {
  return t(db)
    .insertInto('identity.relying_parties')
    .values(encode(row))
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findRelyingPartyByClientId(
  db: Db,
  clientId: string,
): Promise<RelyingPartyRow | null> {
  return (
    (await t(db)
      .selectFrom('identity.relying_parties')
      .selectAll()
      .where('client_id', '=', clientId)
      .executeTakeFirst()) ?? null
  );
}

export async function findRelyingParty(db: Db, id: string): Promise<RelyingPartyRow | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  return (
    (await t(db)
      .selectFrom('identity.relying_parties')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst()) ?? null
  );
}

export async function listRelyingParties(
  db: Db,
  filter: { organizationIds?: string[]; awaitingApproval?: boolean } = {},
): Promise<RelyingPartyRow[]> {
  let q = t(db).selectFrom('identity.relying_parties').selectAll().where('first_party', '=', false);
  if (filter.organizationIds) {
    if (filter.organizationIds.length === 0) return [];
    q = q.where('organization_id', 'in', filter.organizationIds);
  }
  if (filter.awaitingApproval) {
    q = q.where('production_requested_at', 'is not', null).where('environment', '=', 'sandbox');
  }
  return q.orderBy('created_at', 'desc').limit(500).execute();
}

export async function findRelyingPartiesByClientIds(
  db: Db,
  clientIds: string[],
): Promise<RelyingPartyRow[]> {
  if (clientIds.length === 0) return [];
  return t(db)
    .selectFrom('identity.relying_parties')
    .selectAll()
    .where('client_id', 'in', clientIds)
    .execute();
}

export async function updateRelyingParty(
  db: Db,
  id: string,
  changes: Partial<Omit<RelyingPartyRow, 'id' | 'client_id' | 'created_at' | 'created_by'>>,
): Promise<RelyingPartyRow> {
  return t(db)
    .updateTable('identity.relying_parties')
    .set({ ...encode(changes), updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Creates or refreshes Pratu's own first-party relying party (the portal and back office). */
export async function upsertFirstParty(db: Db, row: NewRelyingPartyRow): Promise<RelyingPartyRow> {
  const values = encode(row);
  return t(db)
    .insertInto('identity.relying_parties')
    .values(values)
    .onConflict((oc) =>
      oc.column('client_id').doUpdateSet({
        redirect_uris: values.redirect_uris,
        post_logout_redirect_uris: values.post_logout_redirect_uris,
        scopes: values.scopes,
        grant_types: values.grant_types,
        client_secret_sealed: values.client_secret_sealed,
        updated_at: sql<Date>`now()`,
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}
