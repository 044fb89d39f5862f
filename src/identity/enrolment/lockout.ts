import type { Db } from '../../platform/db/database.ts';
import * as store from './store.ts';

/**
 * Lock-outs and throttles on every guessable secret (ARCHITECTURE.md, "Security"): NIST SP
 * 800-63B 5.2.2 asks for a limit on consecutive failed attempts on one account; a throttle per
 * client address slows an attacker who tries one guess against many citizen IDs instead.
 *
 * An attempt is counted BEFORE its secret is checked and forgiven after a success, so a burst of
 * parallel requests cannot all slip through while the counter is still low (they queue on the
 * counter's row lock and those past the limit are refused unchecked).
 */
export interface CounterPolicy {
  /** Attempts allowed inside one window; the next one is refused. */
  max: number;
  /** How long attempts are remembered, counted from the first one in the window. */
  windowMs: number;
  /** How long a key stays refused once it reached `max`; null = until the window ends. */
  lockMs: number | null;
}

export interface CounterState {
  failures: number;
  windowStartedAt: Date;
  lockedUntil: Date | null;
}

export type CounterDecision =
  | { allowed: true; state: CounterState; remaining: number }
  | { allowed: false; state: CounterState; retryAt: Date };

/** Five wrong answers lock a citizen ID for 30 minutes; failures are remembered for a day. */
export const citizenLockPolicy: CounterPolicy = {
  max: 5,
  windowMs: 24 * 3_600_000,
  lockMs: 30 * 60_000,
};

/**
 * The per-address throttle scales with the site-wide per-minute limit (PRATU_RATE_LIMIT_PER_MINUTE,
 * 600 by default): 100 attempts per 10 minutes for one address, generous for a mobile carrier's
 * shared address and still far too few to sweep laser codes. 0 turns the throttle off (benchmarks).
 */
export function addressPolicy(rateLimitPerMinute: number): CounterPolicy | null {
  if (rateLimitPerMinute <= 0) return null;
  return { max: Math.max(10, Math.floor(rateLimitPerMinute / 6)), windowMs: 600_000, lockMs: null };
}

/** Fastify's per-route limit for the guessable-secret endpoints: 1/30 of the site-wide limit. */
export function routeRateLimit(rateLimitPerMinute: number) {
  if (rateLimitPerMinute <= 0) return false as const;
  return { max: Math.max(5, Math.floor(rateLimitPerMinute / 30)), timeWindow: '1 minute' };
}

/** Pure rule: given the stored state, is one more attempt allowed now, and what is the new state? */
export function decideAttempt(
  previous: CounterState | null,
  now: Date,
  policy: CounterPolicy,
): CounterDecision {
  let state: CounterState =
    previous && now.getTime() - previous.windowStartedAt.getTime() < policy.windowMs
      ? { ...previous }
      : { failures: 0, windowStartedAt: now, lockedUntil: null };
  if (state.lockedUntil && state.lockedUntil > now) {
    return { allowed: false, state, retryAt: state.lockedUntil };
  }
  if (state.failures >= policy.max) {
    // Past the limit inside the window: a lock that has run out allows one more try at a time,
    // each new failure locking again (so a day's guesses stay a handful, not hundreds).
    if (policy.lockMs === null) {
      return {
        allowed: false,
        state,
        retryAt: new Date(state.windowStartedAt.getTime() + policy.windowMs),
      };
    }
    if (!state.lockedUntil) {
      state = { ...state, lockedUntil: new Date(now.getTime() + policy.lockMs) };
      return { allowed: false, state, retryAt: state.lockedUntil! };
    }
  }
  const failures = state.failures + 1;
  const lockedUntil =
    policy.lockMs !== null && failures >= policy.max
      ? new Date(now.getTime() + policy.lockMs)
      : null;
  return {
    allowed: true,
    state: { failures, windowStartedAt: state.windowStartedAt, lockedUntil },
    remaining: Math.max(0, policy.max - failures),
  };
}

/**
 * Counts an attempt on `key` in its own short transaction (committed before the secret is
 * checked, so it holds even if the check crashes) and says whether it may go ahead.
 */
export async function countAttempt(
  db: Db,
  key: string,
  policy: CounterPolicy,
  now = new Date(),
): Promise<CounterDecision> {
  return db.transaction().execute(async (trx) => {
    const row = await store.lockCounter(trx, key);
    const decision = decideAttempt(
      row.failures === 0 && !row.locked_until
        ? null
        : {
            failures: row.failures,
            windowStartedAt: row.window_started_at,
            lockedUntil: row.locked_until,
          },
      now,
      policy,
    );
    await store.saveCounter(trx, {
      key,
      failures: decision.state.failures,
      window_started_at: decision.state.windowStartedAt,
      locked_until: decision.state.lockedUntil,
    });
    return decision;
  });
}

/** A success forgives the attempts on that key (the citizen proved they know the secret). */
export function forgiveAttempts(db: Db, key: string): Promise<void> {
  return store.deleteCounter(db, key);
}

/** Whether a key is locked right now, without counting an attempt (for showing a page). */
export async function lockedUntil(db: Db, key: string, now = new Date()): Promise<Date | null> {
  const row = await store.findCounter(db, key);
  return row?.locked_until && row.locked_until > now ? row.locked_until : null;
}

export const lockKeys = {
  enrolCitizen: (citizenId: string) => `enrol:citizen:${citizenId}`,
  enrolAddress: (address: string) => `enrol:address:${address}`,
  pinCitizen: (citizenId: string) => `pin:citizen:${citizenId}`,
  pinAddress: (address: string) => `pin:address:${address}`,
};
