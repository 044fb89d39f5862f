import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/support/app.ts';
import { createJobQueue } from './jobs.ts';

describe('job queue', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());

  it('runs a job, records progress and result', async () => {
    const queue = createJobQueue(t.app.db, { pollMs: 50 });
    const name = `test.${randomUUID()}`;
    queue.register(name, async (payload, ctx) => {
      await ctx.reportProgress({ done: 1, total: 2 });
      return { echoed: payload };
    });
    const id = await queue.enqueue(name, { n: 7 });
    expect(await queue.drain()).toBe(1);
    const job = await queue.find(id!);
    expect(job).toMatchObject({
      state: 'done',
      result: { echoed: { n: 7 } },
      progress: { done: 1, total: 2 },
    });
  });

  it('retries a failing job with back-off and gives up after max attempts', async () => {
    const queue = createJobQueue(t.app.db, { pollMs: 50 });
    const name = `test.${randomUUID()}`;
    let calls = 0;
    queue.register(name, async () => {
      calls++;
      throw new Error('boom');
    });
    const id = await queue.enqueue(name, {}, { maxAttempts: 1 });
    await queue.drain();
    expect(calls).toBe(1);
    expect(await queue.find(id!)).toMatchObject({
      state: 'failed',
      lastError: 'boom',
      attempts: 1,
    });
  });

  it('keeps one pending job per singleton key', async () => {
    const queue = createJobQueue(t.app.db, { pollMs: 50 });
    const name = `test.${randomUUID()}`;
    expect(await queue.enqueue(name, {}, { singletonKey: 'only' })).not.toBeNull();
    expect(await queue.enqueue(name, {}, { singletonKey: 'only' })).toBeNull();
  });

  it('stops gracefully, letting a running job finish', async () => {
    const queue = createJobQueue(t.app.db, { pollMs: 20 });
    const name = `test.${randomUUID()}`;
    let finished = false;
    queue.register(name, async () => {
      await new Promise((r) => setTimeout(r, 200));
      finished = true;
    });
    await queue.enqueue(name);
    queue.start();
    await new Promise((r) => setTimeout(r, 80));
    await queue.stop();
    expect(finished).toBe(true);
  });
});
