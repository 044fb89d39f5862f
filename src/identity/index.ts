import type { OrgsApi } from '../orgs/index.ts';
import type { Viewer } from '../platform/http/server.tsx';
import type { Kernel } from '../platform/kernel.ts';
import type { PratuModule } from '../platform/module.ts';
import type { Registry } from '../registry/index.ts';
import { demoPeople } from './demo.ts';
import { identityMigrations } from './migrations.ts';
import { registerIdentityRoutes } from './routes.tsx';
import * as store from './store.ts';

export type { AccountRow } from './store.ts';

/**
 * The Digital ID module. In the foundation it holds accounts and a development-only sign-in;
 * enrolment, passkeys and the OpenID provider build on the same accounts.
 */
export function createIdentity(deps: Kernel & { orgs: OrgsApi; registry: Registry }) {
  const { db } = deps;
  const api = {
    findAccount: (id: string) => store.findAccount(db, id),
    findAccountByCitizenId: (citizenId: string) => store.findAccountByCitizenId(db, citizenId),
    /** Creates or refreshes an account for a person (idempotent by citizen ID). */
    ensureAccount: (account: Parameters<typeof store.upsertAccountByCitizenId>[1]) =>
      store.upsertAccountByCitizenId(db, account),
    listDemoAccounts: () => store.listDemoAccounts(db),
    async resolveViewer(accountId: string): Promise<Viewer | null> {
      const account = await store.findAccount(db, accountId);
      return account ? { id: account.id, name: account.display_name_th } : null;
    },
  };
  const module: PratuModule = {
    name: 'identity',
    migrations: identityMigrations,
    nav: [{ href: '/account', label: { th: 'บัญชีของฉัน', en: 'My account' } }],
    routes: (app) => registerIdentityRoutes(app, { ...api, orgs: deps.orgs, config: deps.config }),
    async seed(ctx) {
      for (const person of demoPeople) {
        const account = await store.upsertAccountByCitizenId(db, {
          citizen_id: person.citizenId,
          display_name_th: person.th,
          display_name_en: person.en,
          email: person.email,
          phone: null,
          demo: true,
        });
        for (const grant of person.roles) {
          const org = await deps.orgs.findOrganizationByCode(grant.organization);
          if (org) await deps.orgs.grantRole('system:seed', account.id, org.id, grant.role);
        }
      }
      ctx.log(`identity: ${demoPeople.length} demo people`);
    },
  };
  return { ...api, module, signInHref: deps.config.devSignIn ? '/dev/sign-in' : null };
}

export type Identity = ReturnType<typeof createIdentity>;
