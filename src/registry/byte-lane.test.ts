import { readFileSync } from 'node:fs';
import asc from 'assemblyscript/asc';
import { describe, expect, it } from 'vitest';
import { ROWS_WASM } from './byte-lane.ts';

describe('the byte lane module', () => {
  it('is what `npm run build:wasm` makes of wasm/rows.ts (rebuild it after changing the source)', async () => {
    const script: string = JSON.parse(readFileSync('package.json', 'utf8')).scripts['build:wasm'];
    const args = script.split(/\s+/).slice(1);
    let built: Uint8Array | null = null;
    const { error, stderr } = await asc.main(args, {
      writeFile(name: string, contents: Uint8Array | string) {
        if (name.endsWith('.wasm') && typeof contents !== 'string') built = contents;
      },
    });
    expect(error, String(stderr)).toBeNull();
    expect(built).not.toBeNull();
    expect(Buffer.from(built!).equals(readFileSync(ROWS_WASM))).toBe(true);
  }, 60_000);
});
