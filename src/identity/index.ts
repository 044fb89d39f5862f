import type { OrgsApi } from '../orgs/index.ts';
import { appendAudit } from '../platform/audit.ts';
import { batched } from '../platform/db/batch.ts';
import type { Viewer } from '../platform/http/server.tsx';
import type { Kernel } from '../platform/kernel.ts';
import type { PratuModule } from '../platform/module.ts';
import type { Registry } from '../registry/index.ts';
import { createAccessLog } from './access-log.ts';
import { demoPeople } from './demo.ts';
import { createAuthenticators } from './enrolment/index.ts';
import { identityMigrations } from './migrations.ts';
import { keyCommands } from './oidc/commands.ts';
import { keyEncryptionSecret } from './oidc/key-encryption.ts';
import { registerInteractionRoutes } from './oidc/routes.tsx';
import { createOidc } from './oidc/service.tsx';
import * as oidcStore from './oidc/store.ts';
import { relyingPartyCommands } from './relying-parties/commands.ts';
import { registerRelyingPartyRoutes } from './relying-parties/routes.tsx';
import { createRelyingParties, FIRST_PARTY_CLIENT_ID } from './relying-parties/service.ts';
import { registerIdentityRoutes } from './routes.tsx';
import * as store from './store.ts';

export type { AccessLogRow } from './access-log.ts';
export type { RelyingPartyRow } from './relying-parties/service.ts';
export type { AccountRow, ConsentRow } from './store.ts';
export { FIRST_PARTY_CLIENT_ID };

/**
 * The Digital ID module: accounts, enrolment and authenticators (./enrolment), the OpenID
 * provider every relying party and Pratu's own portal sign in through, consent, the citizen's
 * access log, and the relying-party console.
 */
export function createIdentity(
  deps: Kernel & {
    orgs: OrgsApi;
    registry: Registry;
    /** The portal's session store: a re-enrolment (lost phone) ends the person's sessions. */
    sessions: { destroyForAccount(accountId: string): Promise<number> };
  },
) {
  const { db, config } = deps;
  // Every sign-in step and token grant looks its account up: concurrent look-ups share a query.
  const findAccount = batched(async (ids: readonly string[]) => {
    const found = await store.findAccounts(db, ids);
    return ids.map((id) => found.get(id) ?? null);
  });
  const accounts = {
    findAccount,
    findAccountByCitizenId: (citizenId: string) => store.findAccountByCitizenId(db, citizenId),
    /** Creates or refreshes an account for a person (idempotent by citizen ID). */
    ensureAccount: (account: Parameters<typeof store.upsertAccountByCitizenId>[1]) =>
      store.upsertAccountByCitizenId(db, account),
  };
  const authenticators = createAuthenticators({
    ...deps,
    registry: deps.registry,
    accounts,
    // Both kinds of session end: the portal's and the provider's (which would otherwise sign
    // the lost phone straight back in to every relying party).
    sessions: {
      async destroyForAccount(accountId: string) {
        const portal = await deps.sessions.destroyForAccount(accountId);
        return portal + (await oidcStore.destroySessionsOfAccount(db, accountId));
      },
    },
  });
  const kek = keyEncryptionSecret(config);
  const relyingParties = createRelyingParties(db, config, kek.secret);
  const accessLog = createAccessLog(db, relyingParties);
  const log = (message: string, error?: unknown) => {
    if (config.logLevel === 'silent') return;
    console.error(`identity: ${message}`, error ?? '');
  };

  const consents = {
    list: (accountId: string) => store.listConsents(db, accountId),
    find: (accountId: string, clientId: string) => store.findConsent(db, accountId, clientId),
    async remember(accountId: string, clientId: string, grantId: string, scopes: string[]) {
      await store.rememberConsent(
        db,
        { account_id: accountId, client_id: clientId, grant_id: grantId, scopes },
        {
          actor: `account:${accountId}`,
          action: 'identity.consent_given',
          subject: `relying_party:${clientId}`,
          details: { scopes },
        },
      );
    },
    /**
     * Withdraws a consent: the remembered grant and every token issued under it stop working at
     * once (access and refresh tokens, codes), and the next sign-in asks again.
     */
    async revoke(accountId: string, clientId: string): Promise<boolean> {
      const removed = await db.transaction().execute(async (trx) => {
        const row = await store.deleteConsent(trx, accountId, clientId);
        if (row) {
          await appendAudit(trx, {
            actor: `account:${accountId}`,
            action: 'identity.consent_withdrawn',
            subject: `relying_party:${clientId}`,
            details: { scopes: row.scopes },
          });
        }
        return row;
      });
      if (!removed) return false;
      const provider = await oidc.provider();
      await Promise.all([
        provider.AccessToken.revokeByGrantId(removed.grant_id),
        provider.RefreshToken.revokeByGrantId(removed.grant_id),
        provider.AuthorizationCode.revokeByGrantId(removed.grant_id),
      ]);
      const grant = await provider.Grant.find(removed.grant_id);
      if (grant) await grant.destroy();
      return true;
    },
  };

  const oidc = createOidc({
    db,
    config,
    keyEncryptionSecret: kek.secret,
    findAccount: accounts.findAccount,
    registry: deps.registry,
    identityAssurance: (accountId) => authenticators.identityAssurance(accountId),
    relyingParties,
    accessLog,
    async rememberedGrantId(accountId, clientId) {
      return (await consents.find(accountId, clientId))?.grant_id ?? null;
    },
    log,
  });

  const api = {
    ...accounts,
    listDemoAccounts: () => store.listDemoAccounts(db),
    async resolveViewer(accountId: string): Promise<Viewer | null> {
      const account = await findAccount(accountId);
      return account ? { id: account.id, name: account.display_name_th } : null;
    },
    authenticators,
    relyingParties,
    accessLog,
    consents,
    oidc,
  };

  const module: PratuModule = {
    name: 'identity',
    migrations: [...identityMigrations, ...authenticators.migrations],
    scripts: { ...authenticators.scripts },
    nav: [{ href: '/account', label: { th: 'บัญชีของฉัน', en: 'My account' } }],
    async routes(app) {
      // Nothing here touches the database: the provider is built on first use (and rebuilt when
      // keys rotate), so a process starts, and answers 503, while the database is down.
      const portal = relyingParties.firstPartyClient();
      await oidc.mount(app);
      await authenticators.routes(app);
      await registerInteractionRoutes(app, {
        oidc,
        authenticators,
        relyingParties,
        findAccount: accounts.findAccount,
        findConsent: consents.find,
        rememberConsent: consents.remember,
      });
      await registerIdentityRoutes(app, {
        ...api,
        config,
        orgs: deps.orgs,
        registry: deps.registry,
        portal,
      });
      await registerRelyingPartyRoutes(app, { config, orgs: deps.orgs, relyingParties });
    },
    jobs(queue) {
      authenticators.jobs(queue);
      queue.register('identity.purge-oidc', async () => ({ deleted: await oidc.purgeExpired() }));
      queue.schedule('identity.purge-oidc', 3_600_000);
    },
    commands: [...relyingPartyCommands(relyingParties), ...keyCommands(oidc.keyring)],
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
  // Everyone signs in through the OpenID provider ("one way in"); /dev/sign-in remains only
  // behind the development flag, as a shortcut for developers.
  return { ...api, module, signInHref: '/sign-in' };
}

export type Identity = ReturnType<typeof createIdentity>;
