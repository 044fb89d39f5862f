import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { loadConfig } from './platform/config.ts';
import { openDatabase } from './platform/db/database.ts';

/**
 * Two processes seeding one new PostgreSQL database at once (CI's parallel test files, replicas
 * started together with --seed-if-empty) both succeed and leave one copy of the demo data. Only
 * PostgreSQL can be shared; the test makes its own empty database on that server.
 */
describe.runIf(process.env.DATABASE_URL)('seeding one database from two processes at once', () => {
  it('seeds once: the second waits for the first and finds everything there', async () => {
    const server = new URL(process.env.DATABASE_URL!);
    const name = `pratu_seed_${randomUUID().slice(0, 8)}`;
    const admin = new pg.Client({ connectionString: server.toString() });
    await admin.connect();
    await admin.query(`create database ${name}`);
    try {
      const url = new URL(server);
      url.pathname = `/${name}`;
      const start = async () => {
        const config = loadConfig({
          ...process.env,
          DATABASE_URL: url.toString(),
          PRATU_ENV: 'test',
          PORT: '0',
        });
        const database = await openDatabase({ databaseUrl: config.databaseUrl, poolSize: 4 });
        return createApp(config, { database });
      };
      const [a, b] = await Promise.all([start(), start()]);
      try {
        await a.migrate();
        await b.migrate();
        // Without the seed lock one of these failed: it found a demo dataset missing, then
        // the other process created it first.
        await Promise.all([a.seed(), b.seed()]);
        const datasets = async () =>
          Number(
            (
              await a.db
                .selectFrom('opendata.datasets' as never)
                .select((eb) => eb.fn.countAll<number>().as('n'))
                .executeTakeFirstOrThrow()
            ).n,
          );
        const seeded = await datasets();
        expect(seeded).toBeGreaterThan(0);
        // Nothing was left half done: seeding again finds everything there.
        await b.seed();
        expect(await datasets()).toBe(seeded);
      } finally {
        await a.stop();
        await b.stop();
      }
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  }, 180_000);
});
