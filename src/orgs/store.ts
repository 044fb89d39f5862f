import type { Generated, Kysely } from 'kysely';
import type { Db } from '../platform/db/database.ts';
import type { OrganizationKind, Role } from './roles.ts';

export interface OrganizationRow {
  id: string;
  code: string;
  kind: OrganizationKind;
  name_th: string;
  name_en: string;
  parent_id: string | null;
  created_at: Date;
  updated_at: Date;
}
interface RoleGrantTable {
  id: Generated<string>;
  account_id: string;
  organization_id: string;
  role: Role;
  granted_by: string;
  granted_at: Generated<Date>;
  revoked_at: Date | null;
}
interface OrganizationTable extends Omit<OrganizationRow, 'id' | 'created_at' | 'updated_at'> {
  id: Generated<string>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}
export interface OrgTables {
  'orgs.organizations': OrganizationTable;
  'orgs.role_grants': RoleGrantTable;
}

const t = (db: Db) => db as Kysely<OrgTables>;

export type NewOrganization = Pick<OrganizationRow, 'code' | 'kind' | 'name_th' | 'name_en'> & {
  parent_id?: string | null;
};

export async function insertOrganization(db: Db, org: NewOrganization): Promise<OrganizationRow> {
  return t(db)
    .insertInto('orgs.organizations')
    .values(org)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Inserts or refreshes by code (idempotent seeds and imports). */
export async function upsertOrganization(db: Db, org: NewOrganization): Promise<OrganizationRow> {
  return t(db)
    .insertInto('orgs.organizations')
    .values(org)
    .onConflict((oc) =>
      oc.column('code').doUpdateSet({
        kind: org.kind,
        name_th: org.name_th,
        name_en: org.name_en,
        parent_id: org.parent_id ?? null,
        updated_at: new Date(),
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findOrganizationByCode(db: Db, code: string) {
  return (
    (await t(db)
      .selectFrom('orgs.organizations')
      .selectAll()
      .where('code', '=', code)
      .executeTakeFirst()) ?? null
  );
}

export async function findOrganization(db: Db, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  return (
    (await t(db)
      .selectFrom('orgs.organizations')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst()) ?? null
  );
}

export async function listOrganizations(
  db: Db,
  filter: { kind?: OrganizationKind; limit?: number; offset?: number } = {},
) {
  let q = t(db).selectFrom('orgs.organizations').selectAll();
  if (filter.kind) q = q.where('kind', '=', filter.kind);
  return q
    .orderBy('name_th')
    .limit(filter.limit ?? 500)
    .offset(filter.offset ?? 0)
    .execute();
}

export async function countOrganizations(db: Db): Promise<number> {
  const r = await t(db)
    .selectFrom('orgs.organizations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function insertRoleGrant(
  db: Db,
  grant: { account_id: string; organization_id: string; role: Role; granted_by: string },
): Promise<boolean> {
  const r = await t(db)
    .insertInto('orgs.role_grants')
    .values(grant)
    .onConflict((oc) =>
      oc
        .columns(['account_id', 'organization_id', 'role'])
        .where('revoked_at', 'is', null)
        .doNothing(),
    )
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function revokeRoleGrant(
  db: Db,
  grant: { account_id: string; organization_id: string; role: Role },
): Promise<boolean> {
  const r = await t(db)
    .updateTable('orgs.role_grants')
    .set({ revoked_at: new Date() })
    .where('account_id', '=', grant.account_id)
    .where('organization_id', '=', grant.organization_id)
    .where('role', '=', grant.role)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function listActiveGrants(db: Db, accountId: string) {
  return t(db)
    .selectFrom('orgs.role_grants as g')
    .innerJoin('orgs.organizations as o', 'o.id', 'g.organization_id')
    .select([
      'g.role',
      'g.organization_id',
      'o.code as organization_code',
      'o.name_th as organization_name_th',
      'o.name_en as organization_name_en',
      'o.kind as organization_kind',
    ])
    .where('g.account_id', '=', accountId)
    .where('g.revoked_at', 'is', null)
    .orderBy('o.name_th')
    .execute();
}

export async function listAccountsWithRole(db: Db, organizationId: string, role: Role) {
  const rows = await t(db)
    .selectFrom('orgs.role_grants')
    .select('account_id')
    .where('organization_id', '=', organizationId)
    .where('role', '=', role)
    .where('revoked_at', 'is', null)
    .execute();
  return rows.map((r) => r.account_id);
}
