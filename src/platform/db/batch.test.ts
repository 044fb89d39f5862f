import { describe, expect, it } from 'vitest';
import { batched } from './batch.ts';

describe('batched', () => {
  it('sends a lone call at once and the calls that arrive meanwhile as one batch', async () => {
    const batches: number[][] = [];
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const double = batched(async (items: readonly number[]) => {
      batches.push([...items]);
      if (batches.length === 1) await gate;
      return items.map((i) => i * 2);
    });
    const first = double(1);
    await Promise.resolve();
    const rest = [double(2), double(3), double(4)];
    release();
    expect(await Promise.all([first, ...rest])).toEqual([2, 4, 6, 8]);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it('puts calls made in the same tick in one batch, and no more than max', async () => {
    const batches: number[][] = [];
    const echo = batched(
      async (items: readonly number[]) => {
        batches.push([...items]);
        return items;
      },
      { max: 2 },
    );
    expect(await Promise.all([1, 2, 3, 4, 5].map(echo))).toEqual([1, 2, 3, 4, 5]);
    expect(batches).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('fails only the caller whose item fails, retrying the others alone', async () => {
    const calls: number[][] = [];
    const check = batched(async (items: readonly number[]) => {
      calls.push([...items]);
      if (items.includes(2)) throw new Error('bad item 2');
      return items.map(() => 'ok');
    });
    const results = await Promise.allSettled([check(1), check(2), check(3)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason.message).toBe('bad item 2');
    expect(calls).toEqual([[1, 2, 3], [1], [2], [3]]);
    // The batcher keeps working after a failure.
    expect(await check(4)).toBe('ok');
  });
});
