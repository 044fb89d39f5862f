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
  /** After the open period, one call tries the source while the others still get "open". */
  trial: boolean;
}

const FAILURES_TO_OPEN = 5;
const OPEN_MS = 30_000;
/** Cached answers kept per process: enough for a busy hour, bounded so memory cannot grow. */
const CACHE_ENTRIES = 10_000;
/** A rights list is a few kilobytes; a source sending more is broken, not generous. */
const MAX_BODY_BYTES = 256 * 1024;

/** Not worth a second try: the agency answered, and would answer the same again. */
class Refused extends Error {}

async function readCapped(res: Response): Promise<string> {
  const declared = Number(res.headers.get('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES) throw new Refused(`answer of ${declared} bytes`);
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw new Refused(`answer over ${MAX_BODY_BYTES} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Asks agencies' HTTP JSON APIs for one citizen's rights, each call bounded by the source's
 * timeout, retried once on a network error or 5xx while time remains (a 4xx or a malformed
 * answer would only repeat), behind a circuit breaker (5 failures in a row open it for 30 s,
 * then one trial call while the others still get "open"), with a short cache. The breaker and
 * cache live in the process on purpose: they protect this process's latency, and a cache of
 * personal data should not outlive a minute or leave the machine.
 */
export function createHttpConnector(options: { now?: () => number; cacheEntries?: number } = {}) {
  const now = options.now ?? Date.now;
  const cacheEntries = options.cacheEntries ?? CACHE_ENTRIES;
  const breakers = new Map<string, Breaker>();
  const cache = new Map<string, { at: number; entitlements: Entitlement[] }>();

  function breaker(code: string): Breaker {
    let b = breakers.get(code);
    if (!b) {
      b = { failures: 0, openUntil: 0, trial: false };
      breakers.set(code, b);
    }
    return b;
  }

  function remember(key: string, entitlements: Entitlement[]) {
    // A Map iterates in insertion order: re-inserting moves a key last, so the first is oldest.
    cache.delete(key);
    cache.set(key, { at: now(), entitlements });
    while (cache.size > cacheEntries) cache.delete(cache.keys().next().value as string);
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
    if (!res.ok) {
      await res.body?.cancel();
      throw new Refused(`HTTP ${res.status}`);
    }
    let json: { entitlements?: unknown };
    try {
      json = JSON.parse(await readCapped(res)) as { entitlements?: unknown };
    } catch (error) {
      if ((error as Error).name === 'TimeoutError' || error instanceof Refused) throw error;
      throw new Refused('not JSON');
    }
    if (!Array.isArray(json?.entitlements)) throw new Refused('no entitlements array');
    return json.entitlements.map(parseEntitlement).filter((e): e is Entitlement => e !== null);
  }

  return {
    async fetch(source: HttpSourceConfig, citizenId: string): Promise<SourceResult> {
      const key = `${source.code}:${citizenId}`;
      const hit = cache.get(key);
      if (hit && now() - hit.at < source.cacheSeconds * 1000) {
        return { source: source.code, ok: true, entitlements: hit.entitlements, cached: true };
      }
      if (hit) cache.delete(key);
      const b = breaker(source.code);
      if (b.openUntil > now() || b.trial) {
        return { source: source.code, ok: false, reason: 'circuit_open' };
      }
      const trial = b.failures >= FAILURES_TO_OPEN;
      if (trial) b.trial = true;
      const deadline = now() + source.timeoutMs;
      let lastError: unknown = null;
      try {
        for (let attempt = 0; attempt < 2 && now() < deadline; attempt++) {
          try {
            const entitlements = await call(source, citizenId, deadline);
            b.failures = 0;
            b.openUntil = 0;
            if (source.cacheSeconds > 0) remember(key, entitlements);
            return { source: source.code, ok: true, entitlements, cached: false };
          } catch (error) {
            lastError = error;
            if ((error as Error).name === 'TimeoutError' || error instanceof Refused) break;
          }
        }
      } finally {
        if (trial) b.trial = false;
      }
      b.failures++;
      if (b.failures >= FAILURES_TO_OPEN) b.openUntil = now() + OPEN_MS;
      const timedOut = (lastError as Error | null)?.name === 'TimeoutError' || now() >= deadline;
      return { source: source.code, ok: false, reason: timedOut ? 'timeout' : 'error' };
    },
    breakerState(code: string): 'closed' | 'open' {
      const b = breaker(code);
      return b.openUntil > now() || b.trial ? 'open' : 'closed';
    },
    /** How many answers are cached now (bounded by `cacheEntries`). */
    cacheSize: () => cache.size,
    clearCache() {
      cache.clear();
    },
  };
}

export type HttpConnector = ReturnType<typeof createHttpConnector>;
