import type { FastifyRequest } from 'fastify';
import { appendAudit } from '../platform/audit.ts';
import type { Db } from '../platform/db/database.ts';
import { DomainError } from '../platform/errors.ts';
import type { Viewer } from '../platform/http/server.tsx';
import type { PratuModule } from '../platform/module.ts';
import { demoOrganizations } from './demo.ts';
import { orgsMigrations } from './migrations.ts';
import { parseNewOrganization } from './organizations.ts';
import { type OrganizationKind, organizationKinds, type Role, roles } from './roles.ts';
import { registerOrgRoutes } from './routes.tsx';
import * as store from './store.ts';

export type { NewOrganization, OrganizationRow } from './store.ts';
export type { OrganizationKind, Role };
export { organizationKinds, roles };

export interface RoleGrant {
  role: Role;
  organizationId: string;
  organizationCode: string;
  organizationName: { th: string; en: string };
  organizationKind: OrganizationKind;
}

/** The organizations module: agencies, companies, local administrations and staff roles. */
export function createOrgs(db: Db) {
  async function rolesOf(accountId: string): Promise<RoleGrant[]> {
    const rows = await store.listActiveGrants(db, accountId);
    return rows.map((r) => ({
      role: r.role,
      organizationId: r.organization_id,
      organizationCode: r.organization_code,
      organizationName: { th: r.organization_name_th, en: r.organization_name_en },
      organizationKind: r.organization_kind,
    }));
  }

  const api = {
    async createOrganization(actor: string, input: Record<string, string>) {
      const org = parseNewOrganization(input);
      return db.transaction().execute(async (trx) => {
        if (await store.findOrganizationByCode(trx, org.code)) {
          throw new DomainError('form.has_errors', { fields: { code: 'orgs.code_taken' } });
        }
        const row = await store.insertOrganization(trx, org);
        await appendAudit(trx, {
          actor,
          action: 'orgs.organization_created',
          subject: `organization:${row.id}`,
          after: row,
        });
        return row;
      });
    },
    /** Creates or refreshes an organization by its code (seeds, imports). */
    ensureOrganization: (org: store.NewOrganization, executor: Db = db) =>
      store.upsertOrganization(executor, org),
    findOrganizationByCode: (code: string) => store.findOrganizationByCode(db, code),
    findOrganization: (id: string) => store.findOrganization(db, id),
    listOrganizations: (filter?: { kind?: OrganizationKind; limit?: number; offset?: number }) =>
      store.listOrganizations(db, filter),
    countOrganizations: () => store.countOrganizations(db),

    async grantRole(actor: string, accountId: string, organizationId: string, role: Role) {
      return db.transaction().execute(async (trx) => {
        const granted = await store.insertRoleGrant(trx, {
          account_id: accountId,
          organization_id: organizationId,
          role,
          granted_by: actor,
        });
        if (granted) {
          await appendAudit(trx, {
            actor,
            action: 'orgs.role_granted',
            subject: `account:${accountId}`,
            details: { organizationId, role },
          });
        }
        return granted;
      });
    },
    async revokeRole(actor: string, accountId: string, organizationId: string, role: Role) {
      return db.transaction().execute(async (trx) => {
        const revoked = await store.revokeRoleGrant(trx, {
          account_id: accountId,
          organization_id: organizationId,
          role,
        });
        if (revoked) {
          await appendAudit(trx, {
            actor,
            action: 'orgs.role_revoked',
            subject: `account:${accountId}`,
            details: { organizationId, role },
          });
        }
        return revoked;
      });
    },
    rolesOf,
    listAccountsWithRole: (organizationId: string, role: Role) =>
      store.listAccountsWithRole(db, organizationId, role),
    async hasRole(accountId: string, role: Role, organizationId?: string): Promise<boolean> {
      const grants = await rolesOf(accountId);
      return grants.some(
        (g) => g.role === role && (!organizationId || g.organizationId === organizationId),
      );
    },
    /**
     * The route-level permission check (STYLE.md 13): the signed-in viewer with one of `wanted`
     * roles, optionally within one organization. Throws 401 when signed out, 403 otherwise.
     */
    async requireRole(
      request: FastifyRequest,
      wanted: Role | Role[],
      organizationId?: string,
    ): Promise<{ viewer: Viewer; grants: RoleGrant[] }> {
      const viewer = await request.getViewer();
      if (!viewer) throw new DomainError('request.sign_in_required', { status: 401 });
      const list = Array.isArray(wanted) ? wanted : [wanted];
      const grants = (await rolesOf(viewer.id)).filter(
        (g) => list.includes(g.role) && (!organizationId || g.organizationId === organizationId),
      );
      if (grants.length === 0) throw new DomainError('request.forbidden', { status: 403 });
      return { viewer, grants };
    },
  };

  const module: PratuModule = {
    name: 'orgs',
    migrations: orgsMigrations,
    routes: (app) => registerOrgRoutes(app, api),
    async seed(ctx) {
      for (const org of demoOrganizations) await store.upsertOrganization(db, org);
      ctx.log(`orgs: ${demoOrganizations.length} demo organizations`);
    },
  };
  return { ...api, module };
}

export type Orgs = ReturnType<typeof createOrgs>;
export type OrgsApi = Omit<Orgs, 'module'>;

// Administrative geography (provinces, districts, subdistricts) is reference data every module
// shares: local administrations, addresses in the registry, open data coverage.
export * from './geography.ts';
