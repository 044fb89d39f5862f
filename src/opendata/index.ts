import type { Identity } from '../identity/index.ts';
import type { OrgsApi } from '../orgs/index.ts';
import { appendAudit } from '../platform/audit.ts';
import type { Db } from '../platform/db/database.ts';
import type { Kernel } from '../platform/kernel.ts';
import type { PratuModule } from '../platform/module.ts';
import { createOrganizationDirectory, loadReader, type Reader } from './access.ts';
import { createCatalogue } from './catalogue.ts';
import { createActions } from './ckan-actions.ts';
import { createDatastoreActions } from './ckan-datastore.ts';
import { registerApiRoutes } from './ckan-routes.ts';
import { createCommunity } from './community.ts';
import { runLoad } from './datastore-loader.ts';
import { opendataMigrations } from './migrations.ts';
import { bangkokDay, registerWebRoutes } from './routes.tsx';
import { seedOpendata } from './seed.ts';
import './messages.ts';
import * as store from './store.ts';
import * as community from './store-community.ts';
import * as ds from './store-datastore.ts';
import { hashToken, looksLikeToken, newToken } from './tokens.ts';

export const DATASTORE_LOAD_QUEUE = 'opendata.datastore-load';

/** Open data: catalogue, CKAN-compatible API, datastore, usage, data requests, awards. */
export function createOpendata(deps: Kernel & { orgs: OrgsApi; identity: Identity }) {
  const { db, database, config, jobs } = deps;
  const siteUrl = config.publicUrl;
  const orgDir = createOrganizationDirectory(deps.orgs);

  async function scheduleLoad(executor: Db, resourceId: string, actor: string): Promise<string> {
    const loadId = await ds.insertLoad(executor, { resource_id: resourceId, requested_by: actor });
    const jobId = await jobs.enqueue(DATASTORE_LOAD_QUEUE, { loadId }, { executor });
    await ds.updateLoad(executor, loadId, { job_id: jobId });
    return loadId;
  }

  const catalogue = createCatalogue({
    db,
    siteUrl,
    orgDir,
    scheduleLoad: async (executor, resourceId, actor) => {
      await scheduleLoad(executor, resourceId, actor);
    },
    dropDatastoreTable: (executor, resourceId) => ds.dropTable(executor, resourceId),
  });
  const participation = createCommunity({ db, orgDir });
  const actions = {
    ...createActions({ db, catalogue, orgDir, siteUrl, siteTitle: 'Pratu ข้อมูลเปิด (Open Data)' }),
    ...createDatastoreActions({ db, database, catalogue, findJob: (id) => jobs.find(id) }),
  };

  async function readerForAccount(accountId: string): Promise<Reader | null> {
    const account = await deps.identity.findAccount(accountId);
    return account ? loadReader(deps.orgs, account.id) : null;
  }

  async function readerForToken(token: string): Promise<Reader | null> {
    if (!looksLikeToken(token)) return null;
    const row = await community.findActiveToken(db, hashToken(token));
    if (!row) return null;
    await community.touchToken(db, row.id);
    return readerForAccount(row.account_id);
  }

  /** Finds an account by citizen ID, account id or demo name (for `pratu opendata token`). */
  async function findAccountFor(user: string) {
    const byCitizen = /^\d{13}$/.test(user)
      ? await deps.identity.findAccountByCitizenId(user)
      : null;
    if (byCitizen) return byCitizen;
    const byId = await deps.identity.findAccount(user);
    if (byId) return byId;
    const demo = await deps.identity.listDemoAccounts();
    const wanted = user.trim().toLowerCase();
    return (
      demo.find(
        (a) =>
          a.display_name_th.toLowerCase() === wanted || a.display_name_en.toLowerCase() === wanted,
      ) ?? null
    );
  }

  const api = {
    catalogue,
    community: participation,
    actions,
    orgDir,
    readerForAccount,
    readerForToken,
    scheduleLoad: (resourceId: string, actor: string) => scheduleLoad(db, resourceId, actor),
    /** Records a load without queueing a job, for a caller that runs it now (benchmarks). */
    scheduleLoadRow: (resourceId: string, actor: string) =>
      ds.insertLoad(db, { resource_id: resourceId, requested_by: actor }),
    /** Runs a queued load now (seeds, tests); normally the job worker does. */
    runLoad: (loadId: string) => runLoad({ db, database }, loadId, async () => {}),
    async createToken(accountId: string, name: string): Promise<string> {
      const { token, hash } = newToken();
      await db.transaction().execute(async (trx) => {
        const row = await community.insertToken(trx, {
          account_id: accountId,
          name,
          token_hash: hash,
        });
        await appendAudit(trx, {
          actor: accountId,
          action: 'opendata.token_created',
          subject: `api_token:${row.id}`,
        });
      });
      return token;
    },
    listTokens: (accountId: string) => community.listTokens(db, accountId),
    async revokeToken(accountId: string, id: string): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        const done = await community.revokeToken(trx, accountId, id);
        if (done) {
          await appendAudit(trx, {
            actor: accountId,
            action: 'opendata.token_revoked',
            subject: `api_token:${id}`,
          });
        }
        return done;
      });
    },
    findAccountFor,
    /** A catalogue administrator for imports and maintenance run by Pratu itself. */
    systemReader: (name = 'system'): Reader => ({
      accountId: name,
      name,
      sysadmin: true,
      memberOf: new Set(),
      publisherOf: new Set(),
    }),
    /** All-time views and downloads of a dataset (by id or name). */
    async usage(idOrName: string) {
      const row = await store.findDatasetByIdOrName(db, idOrName);
      return row
        ? community.usageOfDataset(db, row.id)
        : { views: 0, downloads: 0, byResource: new Map() };
    },
  };

  const module: PratuModule = {
    name: 'opendata',
    migrations: opendataMigrations,
    nav: [{ href: '/data', label: { th: 'ข้อมูลเปิด', en: 'Open data' } }],
    jobs(queue) {
      queue.register(DATASTORE_LOAD_QUEUE, async (payload, ctx) => {
        const { loadId } = payload as { loadId: string };
        return runLoad({ db, database }, loadId, (p) => ctx.reportProgress(p));
      });
    },
    async routes(app) {
      await registerApiRoutes(app, {
        actions,
        siteUrl,
        readerForToken,
        readerForAccount,
        bodyLimit: Math.max(config.bodyLimitBytes, 32 * 1024 * 1024),
      });
      await registerWebRoutes(app, {
        db,
        orgs: deps.orgs,
        orgDir,
        catalogue,
        community: participation,
        jobs,
        siteUrl,
        readerForAccount,
        scheduleLoad: (resourceId, actor) => scheduleLoad(db, resourceId, actor),
        createToken: api.createToken,
        revokeToken: api.revokeToken,
      });
    },
    async seed(ctx) {
      await seedOpendata({
        db,
        orgs: deps.orgs,
        catalogue,
        community: participation,
        listDemoAccounts: () => deps.identity.listDemoAccounts(),
        findAccountByCitizenId: (id) => deps.identity.findAccountByCitizenId(id),
        loadReader: (accountId) => loadReader(deps.orgs, accountId),
        async loadNow(resourceId, actor) {
          const loadId = await ds.insertLoad(db, { resource_id: resourceId, requested_by: actor });
          await runLoad({ db, database }, loadId, async () => {});
        },
        today: bangkokDay(),
        log: ctx.log,
      });
    },
    commands: [
      {
        name: 'opendata token',
        summary: 'Print a new CKAN API token for an account (citizen ID, account id or demo name).',
        usage:
          'pratu opendata token --user <citizen ID | account id | demo name> [--name <label>]\n  Prints a new token; older tokens stay valid until revoked on /data/tokens.',
        async run(args, ctx) {
          const userAt = args.indexOf('--user');
          const user =
            userAt >= 0 ? args.slice(userAt + 1).filter((a) => !a.startsWith('--'))[0] : undefined;
          if (!user) {
            ctx.out('Usage: pratu opendata token --user <citizen ID | account id | demo name>');
            return 2;
          }
          const nameAt = args.indexOf('--name');
          const label = nameAt >= 0 ? (args[nameAt + 1] ?? 'cli') : 'cli';
          const account = await findAccountFor(user);
          if (!account) {
            ctx.out(
              `ไม่พบบัญชี / no account found for "${user}" (run pratu seed for the demo people)`,
            );
            return 1;
          }
          ctx.out(await api.createToken(account.id, label));
          return 0;
        },
      },
    ],
  };
  return { ...api, module };
}

export type Opendata = ReturnType<typeof createOpendata>;
