import { createHmac, timingSafeEqual } from 'node:crypto';
import { type Entitlement, parseEntitlement, type SourceResult } from './entitlement.ts';

export interface HttpSourceConfig {
  code: string;
  endpoint: string;
  signingSecret: string;
  timeoutMs: number;
  cacheSeconds: number;
}

/**
 * Signs a request the way agencies verify it: HMAC-SHA256 over `<unix seconds>.<body>` with the
 * secret both sides share, like Stripe's webhook signatures; the timestamp lets the agency refuse
 * replays older than a few minutes.
 */
export function signRequest(secret: string, body: string, now = Date.now()) {
  const timestamp = String(Math.floor(now / 1000));
  const signature = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return { timestamp, signature };
}

export function verifySignature(
  secret: string,
  body: string,
  timestamp: string | undefined,
  signature: string | undefined,
  now = Date.now(),
  toleranceSeconds = 300,
): boolean {
  if (!timestamp || !signature || !/^\d+$/.test(timestamp) || !/^[0-9a-f]{64}$/.test(signature)) {
    return false;
  }
  if (Math.abs(now / 1000 - Number(timestamp)) > toleranceSeconds) return false;
  const expected = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest();
  return timingSafeEqual(expected, Buffer.from(signature, 'hex'));
}

interface Breaker {
  failures: number;
  openUntil: number;
}

const FAILURES_TO_OPEN = 5;
const OPEN_MS = 30_000;

/**
 * Asks agencies' HTTP JSON APIs for one citizen's rights, each call bounded by the source's
 * timeout, retried once on a network error or 5xx while time remains, behind a circuit breaker
 * (5 failures in a row open it for 30 s, then one trial call), with a short cache. The breaker
 * and cache live in the process on purpose: they protect this process's latency, and a cache of
 * personal data should not outlive a minute or leave the machine.
 */
export function createHttpConnector(options: { now?: () => number } = {}) {
  const now = options.now ?? Date.now;
  const breakers = new Map<string, Breaker>();
  const cache = new Map<string, { at: number; entitlements: Entitlement[] }>();

  function breaker(code: string): Breaker {
    let b = breakers.get(code);
    if (!b) {
      b = { failures: 0, openUntil: 0 };
      breakers.set(code, b);
    }
    return b;
  }

  async function call(source: HttpSourceConfig, citizenId: string, deadline: number) {
    // The citizen ID goes in the body, never the URL, so it stays out of access logs.
    const body = JSON.stringify({ citizen_id: citizenId });
    const { timestamp, signature } = signRequest(source.signingSecret, body, now());
    const budget = Math.max(1, Math.min(source.timeoutMs, deadline - now()));
    const res = await fetch(source.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-pratu-timestamp': timestamp,
        'x-pratu-signature': signature,
      },
      body,
      signal: AbortSignal.timeout(budget),
    });
    if (res.status >= 500) throw new Error(`HTTP ${res.status}`);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const json = (await res.json()) as { entitlements?: unknown };
    if (!Array.isArray(json.entitlements)) throw new Error('no entitlements array');
    return json.entitlements.map(parseEntitlement).filter((e): e is Entitlement => e !== null);
  }

  return {
    async fetch(source: HttpSourceConfig, citizenId: string): Promise<SourceResult> {
      const key = `${source.code}:${citizenId}`;
      const hit = cache.get(key);
      if (hit && now() - hit.at < source.cacheSeconds * 1000) {
        return { source: source.code, ok: true, entitlements: hit.entitlements, cached: true };
      }
      const b = breaker(source.code);
      if (b.openUntil > now()) return { source: source.code, ok: false, reason: 'circuit_open' };
      const deadline = now() + source.timeoutMs;
      let lastError: unknown = null;
      for (let attempt = 0; attempt < 2 && now() < deadline; attempt++) {
        try {
          const entitlements = await call(source, citizenId, deadline);
          b.failures = 0;
          b.openUntil = 0;
          if (source.cacheSeconds > 0) cache.set(key, { at: now(), entitlements });
          return { source: source.code, ok: true, entitlements, cached: false };
        } catch (error) {
          lastError = error;
          const timedOut = (error as Error).name === 'TimeoutError';
          if (timedOut) break;
        }
      }
      b.failures++;
      if (b.failures >= FAILURES_TO_OPEN) b.openUntil = now() + OPEN_MS;
      const timedOut = (lastError as Error | null)?.name === 'TimeoutError' || now() >= deadline;
      return { source: source.code, ok: false, reason: timedOut ? 'timeout' : 'error' };
    },
    breakerState(code: string): 'closed' | 'open' {
      return breaker(code).openUntil > now() ? 'open' : 'closed';
    },
    clearCache() {
      cache.clear();
    },
  };
}

export type HttpConnector = ReturnType<typeof createHttpConnector>;
