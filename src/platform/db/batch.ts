/**
 * Natural batching for a hot one-row statement (a look-up by key, an insert, an upsert): callers
 * still await their own row, but while one batch is at the database, every call that arrives
 * joins the next batch, which then goes as ONE statement (`= any($n)`, `unnest(...)`).
 *
 * Why: on the sign-in and token paths each request makes several one-row statements, and at a
 * few hundred requests per second the fixed cost of a statement (a round trip, a transaction and
 * its commit, PostgreSQL's executor start-up, the driver's work) costs more CPU than the rows.
 * Batching adds no wait when the database is idle (a lone call goes at once) and, under load,
 * makes the cost per row fall as the load rises. A write is still acknowledged only after the
 * statement that carries it has committed, so acknowledged writes survive a crash as before.
 *
 * `run` receives the items of one batch and returns one result per item, in order. If a batch of
 * several fails, each item is retried alone, so one bad item fails only its own caller.
 */
export function batched<I, O>(
  run: (items: readonly I[]) => Promise<readonly O[]>,
  options: { max?: number } = {},
): (item: I) => Promise<O> {
  const max = options.max ?? 200;
  let queue: { item: I; resolve(value: O): void; reject(error: unknown): void }[] = [];
  let busy = false;

  async function settle(batch: typeof queue): Promise<void> {
    try {
      const results = await run(batch.map((entry) => entry.item));
      for (const [i, entry] of batch.entries()) entry.resolve(results[i] as O);
    } catch (error) {
      if (batch.length === 1) batch[0]?.reject(error);
      else await Promise.all(batch.map((entry) => settle([entry])));
    }
  }

  async function drain(): Promise<void> {
    while (queue.length > 0) {
      const batch = queue.length <= max ? queue : queue.slice(0, max);
      queue = queue.length <= max ? [] : queue.slice(max);
      await settle(batch);
    }
    busy = false;
  }

  return (item) =>
    new Promise<O>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (!busy) {
        busy = true;
        // A microtask, so calls made in the same tick (Promise.all over several rows) share
        // the first batch too.
        queueMicrotask(() => void drain());
      }
    });
}

/** `batched` for a write whose callers wait for it to commit and need no answer. */
export function batchedWrites<I>(
  write: (items: readonly I[]) => Promise<void>,
  options: { max?: number } = {},
): (item: I) => Promise<void> {
  return batched(async (items: readonly I[]) => {
    await write(items);
    return items.map(() => undefined);
  }, options);
}
