import type { FastifyInstance } from 'fastify';
import { type App, createApp } from '../../app.ts';
import { loadConfig } from '../../platform/config.ts';
import { openDatabase } from '../../platform/db/database.ts';
import { createEServices, type EServices, eservicesModule } from './index.ts';
import { eserviceMigrations } from './migrations.ts';

/**
 * Test and benchmark support: the e-services API of an app built by createApp. When the
 * services module composes this part (src/services/index.tsx), that instance is returned; an app
 * without it gets the part added as a module of its own, so these tests run either way.
 */
export function withEServices(app: App): EServices {
  const composed = app.modules.some((m) =>
    m.migrations?.some((x) => x.id === eserviceMigrations[0]!.id),
  );
  const own = (app.services as unknown as { eservices?: EServices }).eservices;
  if (composed && own) return own;
  const e = createEServices({
    database: app.database,
    db: app.db,
    config: app.config,
    jobs: app.jobs,
    metrics: app.metrics,
    mailer: app.mailer,
    orgs: app.orgs,
    identity: app.identity,
  });
  if (!composed) {
    app.modules.push(eservicesModule(e));
    e.jobs(app.jobs);
  }
  return e;
}

export interface EServicesTestApp {
  app: App;
  server: FastifyInstance;
  url: string;
  eservices: EServices;
  stop(): Promise<void>;
}

/** The same as test/support/app.ts startTestApp, with the e-services part present. */
export async function startEServicesTestApp(
  options: { listen?: boolean; env?: Record<string, string>; seed?: boolean } = {},
): Promise<EServicesTestApp> {
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
    poolSize: 5,
  });
  const app = await createApp(config, { database });
  const eservices = withEServices(app);
  await app.migrate();
  if (options.seed) await app.seed();
  const server = await app.buildServer();
  let url = '';
  if (options.listen) {
    await server.listen({ port: 0, host: '127.0.0.1' });
    const address = server.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    url = `http://localhost:${port}`;
  }
  return { app, server, url, eservices, stop: () => app.stop() };
}
