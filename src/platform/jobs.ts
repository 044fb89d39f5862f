import { sql } from 'kysely';
import { type Db, typedDb } from './db/database.ts';

interface JobRow {
  id: number;
  queue: string;
  payload: unknown;
  singleton_key: string | null;
  state: 'queued' | 'running' | 'done' | 'failed';
  run_at: Date;
  attempts: number;
  max_attempts: number;
  locked_until: Date | null;
  progress: unknown;
  result: unknown;
  last_error: string | null;
  created_at: Date;
  finished_at: Date | null;
}
interface Tables {
  'platform.jobs': JobRow;
}

export interface JobContext {
  id: number;
  attempt: number;
  /** Records how far the job has come (shown to people waiting on it). */
  reportProgress(progress: { done: number; total?: number; message?: string }): Promise<void>;
  signal: AbortSignal;
}

export type JobHandler = (payload: unknown, ctx: JobContext) => Promise<unknown>;

export interface Job {
  id: number;
  queue: string;
  state: JobRow['state'];
  attempts: number;
  progress: unknown;
  result: unknown;
  lastError: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

const toJob = (r: JobRow): Job => ({
  id: r.id,
  queue: r.queue,
  state: r.state,
  attempts: r.attempts,
  progress: r.progress,
  result: r.result,
  lastError: r.last_error,
  createdAt: r.created_at,
  finishedAt: r.finished_at,
});

/**
 * A job queue inside PostgreSQL, so jobs commit with the data that caused them and need no extra
 * server. Workers claim with FOR UPDATE SKIP LOCKED, the pattern pg-boss and graphile-worker use,
 * so any number of processes can work one queue. A claimed job holds a lease; if its process
 * dies, the lease runs out and another worker retries it.
 */
export function createJobQueue(database: Db, options: { pollMs: number; leaseSeconds?: number }) {
  const db = typedDb<Tables>(database);
  const handlers = new Map<string, JobHandler>();
  const schedules: Array<{ queue: string; everyMs: number; timer?: NodeJS.Timeout }> = [];
  const lease = options.leaseSeconds ?? 300;
  const inFlight = new Set<Promise<void>>();
  const abort = new AbortController();
  let timer: NodeJS.Timeout | null = null;
  let running = false;

  async function enqueue(
    queue: string,
    payload: unknown = {},
    opts: { runAt?: Date; singletonKey?: string; maxAttempts?: number; executor?: Db } = {},
  ): Promise<number | null> {
    const target = typedDb<Tables>(opts.executor ?? database);
    const row = await target
      .insertInto('platform.jobs')
      .values({
        queue,
        payload: JSON.stringify(payload) as never,
        singleton_key: opts.singletonKey ?? null,
        run_at: opts.runAt ?? new Date(),
        max_attempts: opts.maxAttempts ?? 5,
      } as never)
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .executeTakeFirst();
    return row?.id ?? null;
  }

  async function claim(): Promise<JobRow | null> {
    const queues = [...handlers.keys()];
    if (queues.length === 0) return null;
    // Expired leases first go back to the queue (their worker died mid-job).
    const row = await db
      .updateTable('platform.jobs')
      .set({
        state: 'running',
        attempts: sql`attempts + 1`,
        locked_until: sql`now() + make_interval(secs => ${lease})`,
      })
      .where(
        'id',
        '=',
        db
          .selectFrom('platform.jobs')
          .select('id')
          .where('queue', 'in', queues)
          .where((eb) =>
            eb.or([
              eb.and([eb('state', '=', 'queued'), eb('run_at', '<=', sql<Date>`now()`)]),
              eb.and([eb('state', '=', 'running'), eb('locked_until', '<', sql<Date>`now()`)]),
            ]),
          )
          .orderBy('run_at')
          .limit(1)
          .forUpdate()
          .skipLocked(),
      )
      .returningAll()
      .executeTakeFirst();
    return row ?? null;
  }

  async function runOne(row: JobRow): Promise<void> {
    const handler = handlers.get(row.queue);
    if (!handler) return;
    const ctx: JobContext = {
      id: row.id,
      attempt: row.attempts,
      signal: abort.signal,
      async reportProgress(progress) {
        await db
          .updateTable('platform.jobs')
          .set({ progress: JSON.stringify(progress) as never })
          .where('id', '=', row.id)
          .execute();
      },
    };
    try {
      const result = await handler(row.payload, ctx);
      await db
        .updateTable('platform.jobs')
        .set({
          state: 'done',
          result: JSON.stringify(result ?? null) as never,
          finished_at: new Date(),
          locked_until: null,
        })
        .where('id', '=', row.id)
        .execute();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const final = row.attempts >= row.max_attempts;
      // Exponential back-off: 2 s, 4 s, 8 s, ... capped at an hour.
      const delay = Math.min(3600, 2 ** row.attempts);
      await db
        .updateTable('platform.jobs')
        .set({
          state: final ? 'failed' : 'queued',
          last_error: message.slice(0, 2000),
          run_at: sql`now() + make_interval(secs => ${delay})`,
          locked_until: null,
          finished_at: final ? new Date() : null,
        })
        .where('id', '=', row.id)
        .execute();
    }
  }

  /** Claims and runs ready jobs until none is left; returns how many ran. */
  async function drain(): Promise<number> {
    let count = 0;
    while (!abort.signal.aborted) {
      const row = await claim();
      if (!row) break;
      const p = runOne(row);
      inFlight.add(p);
      try {
        await p;
      } finally {
        inFlight.delete(p);
      }
      count++;
    }
    return count;
  }

  function tick() {
    if (!running) return;
    drain()
      .catch(() => {
        // The database may be briefly unreachable; the next tick tries again.
      })
      .finally(() => {
        if (running) timer = setTimeout(tick, options.pollMs);
      });
  }

  return {
    register(queue: string, handler: JobHandler) {
      handlers.set(queue, handler);
    },
    /** Runs `queue` every `everyMs`, at most one pending run at a time across all processes. */
    schedule(queue: string, everyMs: number) {
      schedules.push({ queue, everyMs });
    },
    enqueue,
    drain,
    async find(id: number): Promise<Job | null> {
      const row = await db
        .selectFrom('platform.jobs')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toJob(row) : null;
    },
    start() {
      if (running) return;
      running = true;
      for (const s of schedules) {
        const fire = () => {
          enqueue(s.queue, {}, { singletonKey: 'schedule' }).catch(() => {});
        };
        fire();
        s.timer = setInterval(fire, s.everyMs);
        s.timer.unref();
      }
      timer = setTimeout(tick, 0);
    },
    /** Graceful shutdown: stop claiming, let running jobs finish (or abort after `graceMs`). */
    async stop(graceMs = 10_000) {
      running = false;
      if (timer) clearTimeout(timer);
      for (const s of schedules) if (s.timer) clearInterval(s.timer);
      const settle = Promise.allSettled([...inFlight]);
      const late = setTimeout(() => abort.abort(), graceMs);
      await settle;
      clearTimeout(late);
      abort.abort();
    },
  };
}

export type JobQueue = ReturnType<typeof createJobQueue>;
