import { randomInt } from 'node:crypto';
import { createServer } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { randomCitizenId, type TestApp } from '../../../test/support/app.ts';
import { createApp } from '../../app.ts';
import { buildAssets } from '../../platform/assets.ts';
import { loadConfig } from '../../platform/config.ts';
import { openDatabase } from '../../platform/db/database.ts';
import { createHttpServer } from '../../platform/http/server.tsx';
import { createMetrics } from '../../platform/metrics.ts';
import { createRegistry, type RegistryPerson } from '../../registry/index.ts';
import { createIdentity, type Identity } from '../index.ts';
import type { Authenticators } from './index.ts';

/**
 * A real Pratu for this folder's integration and browser tests: real database, real HTTP stack,
 * the whole identity module (enrolment, OpenID provider, sign-in, account pages). Only the
 * population registry's source differs: the registry module is given test people through its
 * documented adapter for an external registry (`createRegistry({ source })`), falling back to its
 * own tables, so each test makes unique people even on a shared PostgreSQL.
 */
export interface EnrolmentTestApp extends TestApp {
  identity: Identity;
  authenticators: Authenticators;
  /** Adds a person to the test registry and returns them with the card details to type. */
  addPerson(overrides?: Partial<RegistryPerson>): RegistryPerson & {
    laserCode: string;
  };
}

export function randomLaserCode(): string {
  const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
  const pick = () => letters[randomInt(letters.length)];
  let digits = '';
  while (digits.length < 10) digits += String(randomInt(10));
  return `${pick()}${pick()}${digits}`;
}

/** A free TCP port, so the public URL (WebAuthn's expected origin) is known before start-up. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export async function startEnrolmentTestApp(
  options: { listen?: boolean; seed?: boolean; env?: Record<string, string> } = {},
): Promise<EnrolmentTestApp> {
  const port = options.listen ? await freePort() : 0;
  // startTestApp's settings, without building its server (this harness builds its own).
  const config = loadConfig({
    ...process.env,
    PRATU_ENV: 'test',
    PORT: String(port),
    PRATU_RATE_LIMIT_PER_MINUTE: '100000',
    PRATU_DEV_SIGN_IN: 'true',
    ...(options.listen ? { PRATU_PUBLIC_URL: `http://localhost:${port}` } : {}),
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
  const people = new Map<string, RegistryPerson>();
  // A fresh metrics registry: the identity module may hold its own instance of this factory.
  const kernel = {
    database: app.database,
    db: app.db,
    config: app.config,
    jobs: app.jobs,
    metrics: createMetrics(),
    mailer: app.mailer,
  };
  const registry = createRegistry({
    ...kernel,
    orgs: app.orgs,
    source: {
      findPerson: async (citizenId) => people.get(citizenId) ?? app.registry.findPerson(citizenId),
    },
  });
  const identityDeps = { ...kernel, orgs: app.orgs, registry, sessions: app.sessions };
  const identity = createIdentity(identityDeps);
  const authenticators = identity.authenticators;

  const server: FastifyInstance = await createHttpServer({
    config: app.config,
    database: app.database,
    sessions: app.sessions,
    metrics: kernel.metrics,
    assets: await buildAssets(identity.module.scripts ?? {}),
    nav: identity.module.nav ?? [],
    resolveViewer: identity.resolveViewer,
    signInHref: identity.signInHref,
    signOutHref: '/sign-out',
  });
  await server.register(async (scope) => identity.module.routes?.(scope));
  await server.ready();

  let url = '';
  if (options.listen) {
    await server.listen({ port, host: '127.0.0.1' });
    url = app.config.publicUrl;
  }

  return {
    app,
    server,
    url,
    identity,
    authenticators,
    async stop() {
      await server.close();
      await app.stop();
    },
    addPerson(overrides = {}) {
      const citizenId = overrides.citizenId ?? randomCitizenId();
      const laserCode = overrides.card?.laserCode ?? randomLaserCode();
      const person: RegistryPerson = {
        citizenId,
        title: { th: 'นางสาว', en: 'Miss' },
        givenName: { th: 'ทดสอบ', en: 'Tester' },
        middleName: null,
        familyName: { th: `ลงทะเบียน${citizenId.slice(-4)}`, en: `Enrol${citizenId.slice(-4)}` },
        birthDate: '1990-05-14',
        gender: 'female',
        nationality: 'THA',
        alive: true,
        demo: false,
        address: null,
        photoRef: null,
        ...overrides,
        card: overrides.card ?? {
          cardNumber: '1030-01-00000001',
          laserCode,
          issuedOn: '2022-08-01',
          expiresOn: '2099-05-14',
          status: 'active',
        },
      };
      people.set(citizenId, person);
      return { ...person, laserCode };
    },
  };
}
