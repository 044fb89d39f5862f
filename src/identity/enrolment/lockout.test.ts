import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../platform/db/database.ts';
import { runMigrations } from '../../platform/db/migrations.ts';
import { platformMigrations } from '../../platform/migrations.ts';
import { identityMigrations } from '../migrations.ts';
import {
  addressPolicy,
  type CounterPolicy,
  citizenLockPolicy,
  countAttempt,
  decideAttempt,
  forgiveAttempts,
  lockedUntil,
  routeRateLimit,
} from './lockout.ts';
import { enrolmentMigrations } from './migrations.ts';

const minutes = (n: number) => n * 60_000;
const at = (ms: number) => new Date(Date.UTC(2026, 0, 1) + ms);

describe('lock-out rule', () => {
  const policy = citizenLockPolicy;

  it('allows four failures with a countdown, locks on the fifth for 30 minutes', () => {
    let state = null;
    const remaining: number[] = [];
    for (let i = 0; i < 5; i++) {
      const d = decideAttempt(state, at(minutes(i)), policy);
      expect(d.allowed).toBe(true);
      if (d.allowed) remaining.push(d.remaining);
      state = d.state;
    }
    expect(remaining).toEqual([4, 3, 2, 1, 0]);
    const sixth = decideAttempt(state, at(minutes(5)), policy);
    expect(sixth.allowed).toBe(false);
    if (!sixth.allowed) expect(sixth.retryAt).toEqual(at(minutes(4 + 30)));
  });

  it('after the lock, allows one try at a time, each failure locking again', () => {
    let state = null;
    for (let i = 0; i < 5; i++) state = decideAttempt(state, at(0), policy).state;
    const after = decideAttempt(state, at(minutes(31)), policy);
    expect(after.allowed).toBe(true);
    const again = decideAttempt(after.state, at(minutes(32)), policy);
    expect(again.allowed).toBe(false);
  });

  it('forgets failures once the window is over', () => {
    let state = null;
    for (let i = 0; i < 4; i++) state = decideAttempt(state, at(0), policy).state;
    const nextDay = decideAttempt(state, at(policy.windowMs + 1), policy);
    expect(nextDay).toMatchObject({ allowed: true, remaining: 4 });
  });

  it('throttles an address until its window ends, scaled from the site-wide limit', () => {
    const p = addressPolicy(60) as CounterPolicy;
    expect(p).toEqual({ max: 10, windowMs: minutes(10), lockMs: null });
    expect(addressPolicy(600)?.max).toBe(100);
    expect(addressPolicy(0)).toBeNull();
    let state = null;
    for (let i = 0; i < 10; i++) state = decideAttempt(state, at(i), p).state;
    const refused = decideAttempt(state, at(20), p);
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) expect(refused.retryAt).toEqual(at(minutes(10)));
    expect(decideAttempt(state, at(minutes(10)), p).allowed).toBe(true);
    expect(routeRateLimit(600)).toEqual({ max: 20, timeWindow: '1 minute' });
    expect(routeRateLimit(0)).toBe(false);
  });
});

describe('lock-out counters in the database', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase({
      databaseUrl: process.env.DATABASE_URL ?? null,
      memory: true,
      poolSize: 8,
    });
    await runMigrations(database.db, [
      ...platformMigrations,
      ...identityMigrations.filter((m) => m.id === '202611210020_identity_accounts'),
      ...enrolmentMigrations,
    ]);
  });
  afterAll(() => database.close());

  it('counts parallel attempts one by one: only five get through', async () => {
    const key = `test:citizen:${randomUUID()}`;
    const results = await Promise.all(
      Array.from({ length: 12 }, () => countAttempt(database.db, key, citizenLockPolicy)),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
    expect(await lockedUntil(database.db, key)).toBeInstanceOf(Date);
  });

  it('a success forgives earlier failures', async () => {
    const key = `test:citizen:${randomUUID()}`;
    for (let i = 0; i < 4; i++) await countAttempt(database.db, key, citizenLockPolicy);
    await forgiveAttempts(database.db, key);
    const next = await countAttempt(database.db, key, citizenLockPolicy);
    expect(next).toMatchObject({ allowed: true, remaining: 4 });
    expect(await lockedUntil(database.db, key)).toBeNull();
  });
});
