import autocannon from 'autocannon';
import pg from 'pg';
import { type App, createApp } from '../src/app.ts';
import { loadConfig } from '../src/platform/config.ts';
import { openDatabase } from '../src/platform/db/database.ts';

export interface Figure {
  benchmark: string;
  metric: string;
  value: number;
  unit: string;
  /** The goal, e.g. '>= 1000' or '<= 50'. */
  goal?: string;
  /** A figure to compare with; the table prints value / peer. */
  peer?: { name: string; value: number };
}

export interface Benchmark {
  name: string;
  run(ctx: BenchContext): Promise<Figure[]>;
}

export interface BenchContext {
  /** A migrated app on PostgreSQL (DATABASE_URL) or a fresh embedded database. */
  startApp(options?: BenchAppOptions): Promise<BenchApp>;
  /** Seconds per HTTP load run (PRATU_BENCH_SECONDS, default 5). */
  seconds: number;
  log(line: string): void;
}

export interface BenchAppOptions {
  seed?: boolean;
  listen?: boolean;
  /**
   * On PostgreSQL, a database of its own for this run, created empty and dropped by `stop()`:
   * for figures about a first load, or ones that rows and dead tuples left by earlier runs in a
   * reused DATABASE_URL would distort. The embedded database is always fresh.
   */
  freshDatabase?: string;
  poolSize?: number;
}

export interface BenchApp {
  app: App;
  url: string;
  /** Stops the app and drops the run's own database, if it has one. */
  stop(): Promise<void>;
}

export async function startBenchApp(options: BenchAppOptions = {}): Promise<BenchApp> {
  const scratch = options.freshDatabase
    ? await scratchDatabase(process.env.DATABASE_URL, options.freshDatabase)
    : null;
  const config = loadConfig({
    ...process.env,
    ...(scratch ? { DATABASE_URL: scratch.url } : {}),
    PRATU_ENV: 'test',
    PORT: '0',
    PRATU_RATE_LIMIT_PER_MINUTE: '0',
    PRATU_LOG_LEVEL: 'silent',
  });
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    memory: true,
    poolSize: options.poolSize ?? 20,
  });
  const app = await createApp(config, { database });
  await app.migrate();
  if (options.seed) await app.seed();
  let url = '';
  if (options.listen !== false) {
    const server = await app.buildServer();
    await server.listen({ port: 0, host: '127.0.0.1' });
    const address = server.server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  }
  return {
    app,
    url,
    async stop() {
      await app.stop();
      await scratch?.drop();
    },
  };
}

/** A new PostgreSQL database next to `base` (none for the embedded database). */
export async function scratchDatabase(
  base: string | undefined,
  label: string,
): Promise<{ url: string; drop(): Promise<void> } | null> {
  if (!base) return null;
  const name = `pratu_bench_${label}_${process.pid}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: base });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`drop database if exists ${name}`);
  await admin(`create database ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return { url: url.href, drop: () => admin(`drop database if exists ${name}`) };
}

/** Requests/s and p99 latency of one URL under `connections` concurrent keep-alive clients. */
export async function load(
  url: string,
  seconds: number,
  options: { connections?: number; headers?: Record<string, string> } = {},
) {
  const result = await autocannon({
    url,
    duration: seconds,
    connections: options.connections ?? 20,
    headers: options.headers ?? {},
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  }
  return { rps: result.requests.average, p99: result.latency.p99, p50: result.latency.p50 };
}

export function ratio(f: Figure): string {
  if (!f.peer) return '';
  return `${(f.value / f.peer.value).toFixed(2)}× ${f.peer.name}`;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}
