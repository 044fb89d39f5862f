import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomCitizenId, startTestApp, type TestApp } from '../../test/support/app.ts';
import { ConfigError } from '../platform/config.ts';
import { DomainError } from '../platform/errors.ts';
import { createHttpRegistrySource, registrySourceFromEnv } from './http-source.ts';
import { createRegistry } from './index.ts';

const TOKEN = 'test-token-0123456789';
// Fresh IDs each run: on the shared PostgreSQL of the suite, Pratu's own tables hold demo people.
const CID = randomCitizenId();
const OTHER = randomCitizenId();

const wirePerson = (citizenId: string) => ({
  citizen_id: citizenId,
  title: { th: 'นาย', en: 'Mr.' },
  given_name: { th: 'สมชาย', en: 'Somchai' },
  middle_name: null,
  family_name: { th: 'ใจดี', en: 'Jaidee' },
  birth_date: '1990-05-00',
  gender: 'male',
  nationality: 'THA',
  status: 'alive',
  address: {
    house_id: '10300123451',
    house_no: '99/9',
    moo: null,
    soi: 'ประชาสุข',
    road: 'พหลโยธิน',
    subdistrict: 'สามเสนใน',
    district: 'พญาไท',
    province: 'กรุงเทพมหานคร',
    postal_code: '10400',
  },
  card: {
    card_number: '1030-01-04000000',
    laser_code: 'JT1-1234567-12',
    issued_on: '2022-08-01',
    expires_on: '2031-05-01',
    status: 'active',
  },
  photo_ref: null,
});

/** A stand-in national registry on loopback, speaking the wire format of docs/registry.md. */
function fakeRegistry(handler: (req: IncomingMessage, res: ServerResponse) => boolean) {
  return createServer((req, res) => {
    if (req.headers.authorization !== `Bearer ${TOKEN}`) {
      res.writeHead(401).end();
      return;
    }
    if (handler(req, res)) return;
    const json = (status: number, body: unknown) =>
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    const m = /^\/api\/v1\/people\/(\d{13})(\/residences)?$/.exec(req.url ?? '');
    if (!m) return json(404, { error: 'not found' });
    const [, cid, residences] = m;
    if (cid === OTHER) return json(200, wirePerson(CID));
    if (cid !== CID) return json(404, { error: 'unknown' });
    if (residences) {
      return json(200, {
        residences: [
          {
            role: 'resident',
            since: '2010-01-01',
            until: '2015-06-01',
            address: wirePerson(CID).address,
          },
          { role: 'owner', since: '2015-06-01', until: null, address: wirePerson(CID).address },
        ],
      });
    }
    return json(200, wirePerson(CID));
  });
}

describe('HTTP registry source', () => {
  let server: Server;
  let base: string;
  let mode: 'normal' | 'slow' | 'garbage' | 'error' = 'normal';

  beforeAll(async () => {
    server = fakeRegistry((_req, res) => {
      if (mode === 'slow') {
        // A valid answer, but late: only the timeout can turn it into a failure.
        const timer = setTimeout(
          () =>
            res
              .writeHead(200, { 'content-type': 'application/json' })
              .end(JSON.stringify(wirePerson(CID))),
          3000,
        );
        res.on('close', () => clearTimeout(timer));
        return true;
      }
      if (mode === 'garbage') {
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"citizen_id": ');
        return true;
      }
      if (mode === 'error') {
        res.writeHead(502).end('bad gateway');
        return true;
      }
      return false;
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const source = (token = TOKEN, timeoutMs = 5000) =>
    createHttpRegistrySource({ url: base, token, timeoutMs });

  async function unavailable(promise: Promise<unknown>) {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'registry.unavailable', status: 503 });
  }

  it('finds a person and translates the wire format', async () => {
    mode = 'normal';
    const person = await source().findPerson(CID);
    expect(person).toMatchObject({
      citizenId: CID,
      givenName: { th: 'สมชาย', en: 'Somchai' },
      birthDate: '1990-05-00',
      alive: true,
      demo: false,
      card: { laserCode: 'JT1123456712', status: 'active', expiresOn: '2031-05-01' },
      address: { houseId: '10300123451', postalCode: '10400' },
    });
    expect(person?.address?.formatted.th).toContain('แขวงสามเสนใน');
    const history = await source().listResidences!(CID);
    expect(history.map((h) => [h.since, h.until])).toEqual([
      ['2015-06-01', null],
      ['2010-01-01', '2015-06-01'],
    ]);
  });

  it('answers null for an unknown person, never for an outage', async () => {
    mode = 'normal';
    expect(await source().findPerson(randomCitizenId())).toBeNull();
    const typo = CID.slice(0, 12) + String((Number(CID[12]) + 1) % 10);
    expect(await source().findPerson(typo)).toBeNull(); // bad checksum: not even asked
    await unavailable(source('wrong-token').findPerson(CID));
    await unavailable(source().findPerson(OTHER)); // the record of someone else
    mode = 'garbage';
    await unavailable(source().findPerson(CID));
    mode = 'error';
    await unavailable(source().findPerson(CID));
  });

  it('gives up after its timeout', async () => {
    mode = 'slow';
    const started = Date.now();
    await unavailable(source(TOKEN, 300).findPerson(CID));
    expect(Date.now() - started).toBeLessThan(2500);
    mode = 'normal';
  });

  it('refuses unusable settings with the name of the variable', () => {
    const config = (env: Record<string, string>) => {
      try {
        registrySourceFromEnv(env);
        return null;
      } catch (error) {
        return error instanceof ConfigError ? error.variable : 'other';
      }
    };
    expect(registrySourceFromEnv({})).toBeNull();
    expect(config({ PRATU_REGISTRY_URL: 'not a url', PRATU_REGISTRY_TOKEN: TOKEN })).toBe(
      'PRATU_REGISTRY_URL',
    );
    expect(
      config({ PRATU_REGISTRY_URL: 'http://registry.example/api', PRATU_REGISTRY_TOKEN: TOKEN }),
    ).toBe('PRATU_REGISTRY_URL');
    expect(config({ PRATU_REGISTRY_URL: 'https://registry.example/api' })).toBe(
      'PRATU_REGISTRY_TOKEN',
    );
    expect(
      config({
        PRATU_REGISTRY_URL: 'https://registry.example/api',
        PRATU_REGISTRY_TOKEN: TOKEN,
        PRATU_REGISTRY_TIMEOUT_MS: 'soon',
      }),
    ).toBe('PRATU_REGISTRY_TIMEOUT_MS');
    expect(
      config({ PRATU_REGISTRY_URL: 'https://registry.example/api', PRATU_REGISTRY_TOKEN: TOKEN }),
    ).toBeNull();
  });

  describe('wired into createRegistry', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp();
    });
    afterAll(() => t.stop());

    it('uses the external registry when PRATU_REGISTRY_URL is set', async () => {
      mode = 'normal';
      const { app } = t;
      const kernel = {
        database: app.database,
        db: app.db,
        config: app.config,
        jobs: app.jobs,
        metrics: app.metrics,
        mailer: app.mailer,
        orgs: app.orgs,
      };
      const external = createRegistry({
        ...kernel,
        env: { PRATU_REGISTRY_URL: base, PRATU_REGISTRY_TOKEN: TOKEN },
      });
      expect(external.usesExternalSource).toBe(true);
      // Pratu's own tables are empty here: the answer can only have come over HTTP.
      expect(await app.registry.findPerson(CID)).toBeNull();
      expect((await external.findPerson(CID))?.familyName.en).toBe('Jaidee');
      const check = await external.checkCard({
        citizenId: CID,
        laserCode: 'JT1-1234567-12',
        birthDate: '05/2533',
      });
      expect(check.ok).toBe(true);
      const local = createRegistry({ ...kernel, env: {} });
      expect(local.usesExternalSource).toBe(false);
    });
  });
});
