import type { TestApp } from '../../../test/support/app.ts';
import { createApp } from '../../app.ts';
import { loadConfig } from '../../platform/config.ts';
import { openDatabase } from '../../platform/db/database.ts';
import type { PratuModule } from '../../platform/module.ts';
import { generateLocalAdministrations } from '../directory-data.ts';
import { administrationOrgCode, type DirectoryApi } from './directory-port.ts';
import { createSelfAssessment, type SelfAssessment } from './index.ts';

/**
 * Tests and benchmarks only. A real Pratu (as test/support/app.ts starts it) with the
 * self-assessment in it: the one composed by src/localgov/index.ts when it is there (exposed as `localgov.assessment`),
 * otherwise composed here over the generated directory data (directory-data.ts, the same rows
 * the directory seeds), so these tests do not wait on the composition root.
 */
export async function startAssessmentApp(
  options: {
    listen?: boolean;
    seed?: boolean;
    env?: Record<string, string>;
    poolSize?: number;
  } = {},
): Promise<TestApp & { assessment: SelfAssessment }> {
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
  const composed = (app.localgov as { assessment?: SelfAssessment }).assessment;
  let assessment: SelfAssessment;
  if (composed) {
    assessment = composed;
  } else {
    const rows = new Map(generateLocalAdministrations().map((a) => [a.code, a]));
    const directory: DirectoryApi = {
      findAdministration: async (code) => rows.get(code) ?? null,
      async administrationOrganizationId(code) {
        const row = rows.get(code);
        if (!row) return null;
        const org = await app.orgs.ensureOrganization({
          code: administrationOrgCode(code),
          kind: 'local_administration',
          name_th: row.nameTh,
          name_en: row.nameEn,
        });
        return org.id;
      },
    };
    assessment = createSelfAssessment({
      database,
      db: app.db,
      config,
      jobs: app.jobs,
      metrics: app.metrics,
      mailer: app.mailer,
      orgs: app.orgs,
      identity: app.identity,
      directory,
    });
    const module: PratuModule = {
      name: 'localgov-assessment',
      migrations: assessment.migrations,
      routes: assessment.routes,
      nav: assessment.nav,
      commands: assessment.commands,
      seed: assessment.seed,
    };
    app.modules.push(module);
  }
  await app.migrate();
  if (options.seed) await app.seed();
  const server = await app.buildServer();
  let url = '';
  if (options.listen) {
    await server.listen({ port: 0, host: '127.0.0.1' });
    const address = server.server.address();
    url = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
  }
  return { app, server, url, stop: () => app.stop(), assessment };
}

/** An administration's org id (created on first use), to grant officer roles in tests. */
export async function administrationOrgId(t: TestApp, code: string): Promise<string> {
  const rows = generateLocalAdministrations();
  const row = rows.find((a) => a.code === code);
  const existing = await t.app.orgs.findOrganizationByCode(administrationOrgCode(code));
  if (existing) return existing.id;
  const org = await t.app.orgs.ensureOrganization({
    code: administrationOrgCode(code),
    kind: 'local_administration',
    name_th: row?.nameTh ?? code,
    name_en: row?.nameEn ?? code,
  });
  return org.id;
}
