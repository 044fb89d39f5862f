import { type App, createApp } from '../../app.ts';
import { loadConfig } from '../../platform/config.ts';
import { openDatabase } from '../../platform/db/database.ts';
import type { PratuModule } from '../../platform/module.ts';
import { type Catalogue, createCatalogue } from './index.ts';

/**
 * For the catalogue's tests and benchmark: a real Pratu (test/support/app.ts does the same) in
 * which the catalogue is certainly composed. When src/services/index.tsx already composes it
 * (its migration is among the app's), this hands back that catalogue (`app.services.catalogue`)
 * or, if it is not exposed, one over the same database; until then it adds the catalogue as a
 * module of its own, exactly as the composition root would, before migrating, seeding and
 * building the server.
 */
export async function startAppWithCatalogue(
  options: {
    listen?: boolean;
    seed?: boolean;
    env?: Record<string, string>;
    poolSize?: number;
    /** Build (and listen with) the HTTP server; default true. */
    server?: boolean;
  } = {},
) {
  const config = loadConfig({
    ...process.env,
    PRATU_ENV: 'test',
    PORT: '0',
    PRATU_RATE_LIMIT_PER_MINUTE: '100000',
    PRATU_DEV_SIGN_IN: 'true',
    ...options.env,
  });
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    memory: true,
    poolSize: options.poolSize ?? 5,
  });
  const app = await createApp(config, { database });
  const own: Catalogue = createCatalogue({
    database,
    db: app.db,
    config,
    jobs: app.jobs,
    metrics: app.metrics,
    mailer: app.mailer,
    orgs: app.orgs,
    identity: app.identity,
  });
  const composed = app.modules.some((m) =>
    (m.migrations ?? []).some((x) => x.id === catalogueMigrationId(own)),
  );
  // The composed instance when src/services/index.tsx exposes it (its synonym cache is then the
  // one the routes and commands use), else ours.
  const exposed = (app.services as { catalogue?: Catalogue }).catalogue;
  const catalogue = composed && exposed ? exposed : own;
  if (!composed) {
    const module: PratuModule = {
      name: 'catalogue',
      migrations: own.migrations,
      routes: own.routes,
      commands: own.commands,
      seed: own.seed,
      nav: own.nav,
    };
    app.modules.push(module);
  }
  await app.migrate();
  if (options.seed) await app.seed();
  let url = '';
  const server = options.server === false ? null : await app.buildServer();
  if (server && options.listen) {
    await server.listen({ port: 0, host: '127.0.0.1' });
    const address = server.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    url = `http://localhost:${port}`;
  }
  return {
    app,
    // The shape of test/support/app.ts's TestApp, so its helpers (newPerson, getForm) work.
    server: server as NonNullable<typeof server>,
    url,
    catalogue,
    /** The commands as `pratu` dispatches them (the composed ones when composed). */
    commands: () => app.commands(),
    stop: () => app.stop(),
  };
}

function catalogueMigrationId(catalogue: Catalogue): string {
  return catalogue.migrations[0]?.id ?? '';
}

export type CatalogueTestApp = Awaited<ReturnType<typeof startAppWithCatalogue>>;
export type { App };
