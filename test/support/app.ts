import { randomInt, randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { type App, createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { openDatabase } from '../../src/platform/db/database.ts';

export interface TestApp {
  app: App;
  server: FastifyInstance;
  /** Base URL when started with `listen: true`. */
  url: string;
  stop(): Promise<void>;
}

/**
 * A real Pratu on a real database: PostgreSQL when DATABASE_URL is set (shared, so tests use
 * unique data), otherwise a fresh in-memory PGlite per call. Never a mocked database.
 */
export async function startTestApp(
  options: { listen?: boolean; env?: Record<string, string>; seed?: boolean } = {},
): Promise<TestApp> {
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
  return { app, server, url, stop: () => app.stop() };
}

/** A random valid Thai citizen ID (mod-11 checksum), unique enough for parallel tests. */
export function randomCitizenId(): string {
  const first = String(randomInt(1, 9));
  let body = first;
  while (body.length < 12) body += String(randomInt(0, 10));
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body[i]) * (13 - i);
  return body + String((11 - (sum % 11)) % 10);
}

export const uniqueCode = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`.toLowerCase();

/** Signs a person in by creating a real session row and returning its cookie header. */
export async function sessionCookie(t: TestApp, accountId: string): Promise<string> {
  const token = await t.app.sessions.create(accountId, { method: 'test' });
  return `pratu_sid=${token}`;
}

/** A fresh person with an account; optionally with roles in a fresh organization. */
export async function newPerson(
  t: TestApp,
  roles: Array<Parameters<App['orgs']['grantRole']>[3]> = [],
  organizationId?: string,
) {
  const citizenId = randomCitizenId();
  const account = await t.app.identity.ensureAccount({
    citizen_id: citizenId,
    display_name_th: `ทดสอบ ${citizenId.slice(-4)}`,
    display_name_en: `Tester ${citizenId.slice(-4)}`,
    email: null,
    phone: null,
    demo: false,
  });
  let orgId = organizationId;
  if (roles.length && !orgId) {
    const org = await t.app.orgs.ensureOrganization({
      code: uniqueCode('org'),
      kind: 'department',
      name_th: 'หน่วยงานทดสอบ',
      name_en: 'Test agency',
    });
    orgId = org.id;
  }
  for (const role of roles) await t.app.orgs.grantRole('test', account.id, orgId!, role);
  return { account, citizenId, organizationId: orgId, cookie: await sessionCookie(t, account.id) };
}

/** Fetches a page and pulls the CSRF token and cookie out of it, as a browser would. */
export async function getForm(
  t: TestApp,
  url: string,
  cookie = '',
): Promise<{ csrf: string; cookie: string; body: string }> {
  const res = await t.server.inject({ method: 'GET', url, headers: { cookie } });
  const body = res.body;
  const csrf = /name="_csrf" value="([^"]+)"/.exec(body)?.[1] ?? '';
  const setCookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const fresh = setCookies.map((c) => c.split(';')[0]).join('; ');
  return { csrf, cookie: [cookie, fresh].filter(Boolean).join('; '), body };
}
