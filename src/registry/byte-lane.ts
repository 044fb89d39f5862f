// The first load's byte lane (docs/registry-import.md, "First load"): a file's lines are cut into
// fields, checked and written as four binary COPY streams without ever becoming strings.
//
// Why bytes: measured with 1,000,000 generated rows (396 MB, mostly Thai), decoding the file into
// JavaScript strings, splitting them and encoding the COPY text back to UTF-8 cost about 7 s of
// CPU, more than PostgreSQL needs to COPY the same file (3.7 s).
//
// Why WebAssembly (wasm/rows.ts, AssemblyScript): the same work as TypeScript loops over bytes
// still took about 3 s of the reader's CPU for those rows (finding commas and control characters
// 0.7 s, the checks 0.7–1.1 s, copying every value into the COPY rows with its length 1.3 s), and
// on two cores every second the reader spends is taken from PostgreSQL's four COPY backends. In
// WebAssembly, comparing 16 bytes at a time and copying values in blocks, cutting and writing
// took about 0.35 s.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findProvinceByName } from '../orgs/index.ts';
import { REGISTRY_CSV_COLUMNS } from './registry-csv.ts';
import { LOAD_TABLES } from './store-import.ts';

const FIELDS = REGISTRY_CSV_COLUMNS.length;

/** The places in the module's memory this side reads and writes (wasm/rows.ts). */
type Place =
  | 'AT'
  | 'LINE'
  | 'OUT_LENGTH'
  | 'OUT_COUNT'
  | 'TODAY'
  | 'SCRATCH'
  | 'OUT'
  | 'OUT_CAP'
  | 'IN';

type RowsModule = Record<Place, WebAssembly.Global> & {
  memory: WebAssembly.Memory;
  reserveInput(bytes: number): number;
  start(): void;
  input(bytes: number): void;
  step(line: number, mode: number, demo: number): number;
  write(line: number, demo: number): void;
  finish(table: number): void;
};

/** What `step` found: no line left, a blank line, a line accepted as it is, any other line. */
export const LINE = { none: -1, blank: 0, accepted: 1, other: 2 } as const;

/** What `step` does with a line: nothing (before the header), check it, check and write it. */
export const STEP = { read: 0, check: 1, write: 2 } as const;

/** One of the outputs, which wasm/rows.ts numbers in LOAD_TABLES order (columns: LOAD_COLUMNS). */
export type LoadOutput = (typeof LOAD_TABLES)[number];

let compiled: WebAssembly.Module | null = null;

/** Path of the compiled module, next to its source (built by `npm run build:wasm`). */
export const ROWS_WASM = fileURLToPath(new URL('./wasm/rows.wasm', import.meta.url));

/**
 * One import's lane: its own WebAssembly instance (memory of about 16 MB), holding the lines
 * being read and the four outputs. `slice` puts whole lines in, `step` goes through them and
 * writes the accepted ones to the outputs, `take` hands an output's bytes over.
 */
export class ByteLane {
  private readonly w: RowsModule;
  private readonly at: number;
  private readonly line: number;
  private readonly lengths: number;
  private readonly counts: number;
  private readonly scratch: number;
  private readonly out: number;
  private readonly outCap: number;
  private readonly in: number;
  private bytes!: Buffer;
  private ints!: Int32Array;

  constructor(
    today: string,
    private readonly demo: boolean,
  ) {
    compiled ??= new WebAssembly.Module(readFileSync(ROWS_WASM));
    const env = {
      knownProvince: (from: number, length: number) => {
        const name = this.bytes.toString('utf8', from, from + length);
        return findProvinceByName(name)?.nameTh === name ? 1 : 0;
      },
    };
    this.w = new WebAssembly.Instance(compiled, { env }).exports as unknown as RowsModule;
    const place = (name: Place) => Number(this.w[name].value);
    this.at = place('AT');
    this.line = place('LINE');
    this.lengths = place('OUT_LENGTH');
    this.counts = place('OUT_COUNT');
    this.scratch = place('SCRATCH');
    this.out = place('OUT');
    this.outCap = place('OUT_CAP');
    this.in = place('IN');
    this.views();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new RangeError(`not a date: ${today}`);
    this.bytes.write(today, place('TODAY'), 'latin1');
    this.w.start();
  }

  /** Renews the views after the memory grew (growing detaches the old ones). */
  private views(): void {
    const buffer = this.w.memory.buffer;
    this.bytes = Buffer.from(buffer);
    this.ints = new Int32Array(buffer);
  }

  /** Puts bytes [start, end) of `src`, whole lines with the last ending in \n, in the lane. */
  slice(src: Uint8Array, start: number, end: number): void {
    if (!this.w.reserveInput(end - start)) throw new RangeError('registry import: out of memory');
    if (this.bytes.buffer !== this.w.memory.buffer) this.views();
    this.bytes.set(src.subarray(start, end), this.in);
    this.w.input(end - start);
  }

  /**
   * Goes to the next line of the slice and, as `mode` says, checks it and writes it to the
   * outputs as file line `line` if it is accepted. Returns what it found (LINE).
   */
  step(line: number, mode: (typeof STEP)[keyof typeof STEP]): number {
    return this.w.step(line, mode, this.demo ? 1 : 0);
  }

  /** The current line as text, for the string path. */
  text(): string {
    const i = this.line >> 2;
    return this.bytes.toString('utf8', this.ints[i], this.ints[i + 1]);
  }

  /**
   * Writes a row the string path checked and normalised, laid out as a line (each field followed
   * by a NUL, which no accepted value holds), to the outputs.
   */
  writeFields(fields: readonly string[], line: number): void {
    const at = this.ints.subarray(this.at >> 2, (this.at >> 2) + FIELDS + 1);
    const limit = this.out - 64;
    let o = this.scratch;
    for (let i = 0; i < FIELDS; i++) {
      const f = fields[i]!;
      at[i] = o;
      if (o + f.length * 3 + 1 > limit) throw new RangeError('registry import: row too long');
      o += this.bytes.write(f, o, 'utf8');
      this.bytes[o++] = 0;
    }
    at[FIELDS] = o;
    this.w.write(line, this.demo ? 1 : 0);
  }

  /** Bytes waiting in an output. */
  pending(output: LoadOutput): number {
    return this.ints[(this.lengths >> 2) + LOAD_TABLES.indexOf(output)]!;
  }

  /** Rows written to an output so far. */
  count(output: LoadOutput): number {
    return this.ints[(this.counts >> 2) + LOAD_TABLES.indexOf(output)]!;
  }

  /** A copy of the bytes waiting in an output, which is then empty. */
  take(output: LoadOutput): Buffer {
    const t = LOAD_TABLES.indexOf(output);
    const start = this.out + t * this.outCap;
    const chunk = Buffer.from(this.bytes.subarray(start, start + this.pending(output)));
    this.ints[(this.lengths >> 2) + t] = 0;
    return chunk;
  }

  /** Writes an output's end mark; then `take` its last bytes. */
  finish(output: LoadOutput): void {
    this.w.finish(LOAD_TABLES.indexOf(output));
  }
}
