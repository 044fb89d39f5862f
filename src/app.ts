import type { FastifyInstance } from 'fastify';
import { createIdentity } from './identity/index.ts';
import { createLocalgov } from './localgov/index.ts';
import { createOpendata } from './opendata/index.ts';
import { createOrgs } from './orgs/index.ts';
import { buildAssets } from './platform/assets.ts';
import { appendAudit, verifyAudit } from './platform/audit.ts';
import type { Config } from './platform/config.ts';
import { type Database, oneProcessAtATime, openDatabase } from './platform/db/database.ts';
import { runMigrations } from './platform/db/migrations.ts';
import { createHttpServer } from './platform/http/server.tsx';
import { createJobQueue } from './platform/jobs.ts';
import { createMailer, mailMigrations } from './platform/mail.tsx';
import { createMetrics } from './platform/metrics.ts';
import { platformMigrations } from './platform/migrations.ts';
import type { Command, PratuModule } from './platform/module.ts';
import { createSessionStore } from './platform/session.ts';
import { createRegistry } from './registry/index.ts';
import { createServices } from './services/index.tsx';

/**
 * The composition root (STYLE.md 4): builds every module with its dependencies, in dependency
 * order, and hands out start/stop functions used alike by `pratu serve` and the tests (16).
 */
const SEED_LOCK = 7_355_611;

export async function createApp(config: Config, options: { database?: Database } = {}) {
  const database =
    options.database ??
    (await openDatabase({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      poolSize: config.dbPoolSize,
    }));
  try {
    return compose(config, database);
  } catch (error) {
    // A module refused its settings (a ConfigError naming the variable): the database opened
    // here would otherwise keep the process alive after the message.
    if (!options.database) await database.close();
    throw error;
  }
}

function compose(config: Config, database: Database) {
  const { db } = database;
  const metrics = createMetrics();
  const sessions = createSessionStore(db, {
    idleMinutes: config.sessionIdleMinutes,
    maxHours: config.sessionMaxHours,
  });
  const jobs = createJobQueue(db, { pollMs: config.jobsPollMs });

  // Every factory gets the shared kernel plus the modules it may depend on (ARCHITECTURE.md:
  // registry <- identity <- services; orgs used by all; localgov and opendata beside them).
  const mailer = createMailer({ db, config, jobs });
  const kernel = { database, db, config, jobs, metrics, mailer };
  const orgs = createOrgs(db);
  const registry = createRegistry({ ...kernel, orgs });
  const identity = createIdentity({ ...kernel, orgs, registry, sessions });
  const services = createServices({ ...kernel, orgs, identity });
  const localgov = createLocalgov({ ...kernel, orgs, identity });
  const opendata = createOpendata({ ...kernel, orgs, identity });

  // The one example job of the foundation: expired sessions are deleted hourly, so the table
  // stays the size of the active population.
  const platformModule: PratuModule = {
    name: 'platform',
    migrations: [...platformMigrations, ...mailMigrations],
    routes: (app) => mailer.registerRoutes(app),
    jobs(queue) {
      mailer.registerJobs(queue);
      queue.register('platform.purge-sessions', async () => ({
        deleted: await sessions.purgeExpired(),
      }));
      queue.schedule('platform.purge-sessions', 3_600_000);
    },
  };

  const modules: PratuModule[] = [
    platformModule,
    orgs.module,
    registry.module,
    identity.module,
    services.module,
    localgov.module,
    opendata.module,
  ];
  for (const m of modules) m.jobs?.(jobs);

  let server: FastifyInstance | null = null;

  const app = {
    config,
    database,
    db,
    jobs,
    metrics,
    mailer,
    sessions,
    modules,
    orgs,
    registry,
    identity,
    services,
    localgov,
    opendata,
    async migrate(log?: (m: string) => void) {
      return runMigrations(
        db,
        modules.flatMap((m) => m.migrations ?? []),
        log,
      );
    },
    /** Demo data, idempotent; records that it ran so `serve --seed-if-empty` seeds only once. */
    async seed(log: (m: string) => void = () => {}) {
      // The seeds are idempotent by look-up (create what is missing), so two processes seeding
      // one PostgreSQL database at once (parallel test files, replicas started together with
      // --seed-if-empty) could both find a record missing and the second create would fail;
      // under the lock the second waits and then finds everything there.
      await oneProcessAtATime(database, SEED_LOCK, async () => {
        for (const m of modules) await m.seed?.({ log });
      });
      await db
        .insertInto('platform.meta')
        .values({ key: 'seeded_at', value: JSON.stringify(new Date().toISOString()) })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({ value: JSON.stringify(new Date().toISOString()) }),
        )
        .execute();
      await appendAudit(db, {
        actor: 'system:seed',
        action: 'platform.demo_seeded',
        subject: 'platform:demo',
      });
    },
    async isSeeded(): Promise<boolean> {
      const row = await db
        .selectFrom('platform.meta')
        .select('key')
        .where('key', '=', 'seeded_at')
        .executeTakeFirst();
      return !!row;
    },
    async buildServer(): Promise<FastifyInstance> {
      if (server) return server;
      const scripts = Object.assign({}, ...modules.map((m) => m.scripts ?? {}));
      const assets = await buildAssets(scripts);
      server = await createHttpServer({
        config,
        database,
        sessions,
        metrics,
        assets,
        nav: modules.flatMap((m) => m.nav ?? []),
        resolveViewer: identity.resolveViewer,
        signInHref: identity.signInHref,
        signOutHref: '/sign-out',
      });
      for (const m of modules)
        if (m.routes) await server.register(async (scope) => m.routes!(scope));
      await server.ready();
      return server;
    },
    async listen(): Promise<string> {
      const s = await app.buildServer();
      return s.listen({ port: config.port, host: config.host });
    },
    commands(): Command[] {
      return modules.flatMap((m) => m.commands ?? []);
    },
    verifyAudit: () => verifyAudit(db),
    async stop() {
      await jobs.stop();
      if (server) await server.close();
      await database.close();
    },
  };
  return app;
}

export type App = ReturnType<typeof compose>;
