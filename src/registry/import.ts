// The registry import pipeline, shared by `pratu import registry` and `pratu seed registry`
// (docs/registry-import.md):
//
//   text chunks → CsvReader → validateRow → COPY into an UNLOGGED staging table
//     → cross-row checks (SQL) → one transaction of set-based upserts → ANALYZE
//
// Policy: the whole file is validated before anything changes. Any problem rejects the import and
// nothing is written, unless `skipInvalid` is set: then every row with a problem is left out and
// reported, and the rest is imported. A file that cannot be read as CSV (broken quoting, not UTF-8)
// is always rejected, since nothing after the break can be trusted.
//
// Memory stays bounded whatever the file size: one input chunk, one COPY batch and the first
// `maxErrors` problems are all that is held.

import { isUtf8 } from 'node:buffer';
import { basename } from 'node:path';
import { appendAudit } from '../platform/audit.ts';
import type { Database, Db } from '../platform/db/database.ts';
import { ByteLane, LINE, type LoadOutput, STEP } from './byte-lane.ts';
import { maskCitizenId } from './citizen-id.ts';
import {
  CsvReader,
  type CsvRecord,
  CsvSyntaxError,
  MAX_RECORD_CHARS,
  splitSimple,
} from './csv-reader.ts';
import { checkHeader, checkRow, csvField, type RowProblem, todayIso } from './registry-csv.ts';
import * as store from './store-import.ts';

export interface ImportProgress {
  phase: 'reading' | 'checking' | 'merging' | 'done';
  /** Data rows read so far. */
  rows: number;
  /** Input bytes (or characters, for generated text) consumed so far. */
  bytes: number;
}

export interface ImportOptions {
  /** Synthetic demo people (`seed registry`) rather than real records. */
  demo: boolean;
  /** Leave out invalid rows instead of rejecting the file. */
  skipInvalid: boolean;
  /** How many problems to keep for the report (all are counted). */
  maxErrors: number;
  /** Audit actor, e.g. `cli:alice`. */
  actor: string;
  /** What is being imported, for the audit log (a file's base name, or `seed ...`). */
  source: string;
  onProgress?: (progress: ImportProgress) => void;
  /** 'YYYY-MM-DD' bound for birth and issue dates; today by default. */
  today?: string;
}

export interface ImportResult {
  /** True when the data was merged (possibly with skipped rows). */
  ok: boolean;
  rows: number;
  /** Rows that reached the tables. */
  imported: number;
  /** Rows left out (`skipInvalid`). */
  skipped: number;
  /** The first `maxErrors` problems, by line. */
  problems: RowProblem[];
  problemCount: number;
  /** The file could not be read past `problems[0].line`. */
  fatal: boolean;
  fastPath: boolean;
  counts: store.MergeCounts | null;
  seconds: number;
}

/** Thrown inside the merge transaction to roll it back when cross-row checks fail. */
class Rejected extends Error {}

const COPY_BATCH_CHARS = 8 << 20;
const YIELD_CHARS = 256 << 10;
// COPY text waiting in a stream before the reader pauses for the database to catch up.
const STREAM_PENDING = 4;
// Input the byte lane takes at a time: what one slice writes must fit the lane's outputs (3 MB
// each, wasm/rows.ts) on top of the YIELD_CHARS they may already hold.
const LANE_SLICE = 1 << 20;

/**
 * Text handed from the reader to one COPY, as an async iterable the COPY consumes. The reader
 * waits (`room`) while a few chunks are pending, so memory stays bounded when the database is the
 * slower side; a COPY that fails wakes the reader with its error.
 */
class CopyStream<T> implements AsyncIterable<T> {
  private queue: T[] = [];
  private ended = false;
  private error: unknown = null;
  private wakeConsumer: (() => void) | null = null;
  private wakeProducer: (() => void) | null = null;

  push(text: T): void {
    this.queue.push(text);
    this.wakeConsumer?.();
  }

  end(): void {
    this.ended = true;
    this.wakeConsumer?.();
  }

  fail(error: unknown): void {
    this.error = error;
    this.wakeProducer?.();
  }

  async room(): Promise<void> {
    while (this.queue.length >= STREAM_PENDING && this.error === null) {
      await new Promise<void>((resolve) => {
        this.wakeProducer = resolve;
      });
    }
    if (this.error !== null) throw this.error;
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for (;;) {
      const text = this.queue.shift();
      if (text !== undefined) {
        this.wakeProducer?.();
        yield text;
        continue;
      }
      if (this.ended) return;
      await new Promise<void>((resolve) => {
        this.wakeConsumer = resolve;
      });
      this.wakeConsumer = null;
    }
  }
}

/** Lines of CSV for one COPY stream, handed over in chunks of about YIELD_CHARS. */
class Lines {
  private lines: string[] = [];
  size = 0;
  count = 0;
  readonly stream = new CopyStream<string>();

  add(line: string): void {
    this.lines.push(line);
    this.size += line.length + 1;
    this.count++;
  }

  take(): string {
    const text = `${this.lines.join('\n')}\n`;
    this.lines = [];
    this.size = 0;
    return text;
  }

  async flush(force: boolean): Promise<void> {
    if (this.lines.length > 0 && (force || this.size >= YIELD_CHARS)) {
      this.stream.push(this.take());
      await this.stream.room();
    }
  }

  /** Runs `copy` on the stream; its failure stops the reader. */
  copy(run: (stream: AsyncIterable<string>) => Promise<void>): Promise<void> {
    return run(this.stream).catch((error: unknown) => {
      this.stream.fail(error);
      throw error;
    });
  }
}

/** One of the first load's binary COPY streams, fed from the lane's output of the same name. */
class LaneStream {
  readonly stream = new CopyStream<Uint8Array>();

  constructor(
    private readonly lane: ByteLane,
    readonly output: LoadOutput,
  ) {}

  /** Hands the output's bytes over once there are about YIELD_CHARS of them (or `force`). */
  push(force: boolean): void {
    const n = this.lane.pending(this.output);
    if (n > 0 && (force || n >= YIELD_CHARS)) this.stream.push(this.lane.take(this.output));
  }

  /** Writes the end mark and ends the stream, once the reader is done or has failed. */
  end(): void {
    this.lane.finish(this.output);
    this.push(true);
    this.stream.end();
  }

  /** COPYs the stream into `table`; its failure stops the reader. */
  copy(database: Database, table: string): Promise<void> {
    return database
      .copyBinary(table, store.LOAD_COLUMNS[this.output], this.stream)
      .catch((error: unknown) => {
        this.stream.fail(error);
        throw error;
      });
  }
}

/**
 * Where checked rows go: `row` for each accepted row, `chunk` after each input chunk. With a
 * `lane`, a file's lines are read in it and the rows it accepts written by it (first load).
 */
interface RowSink {
  row(record: CsvRecord, verdict: 'same' | 'changed'): void;
  lane?: ByteLane;
  chunk(): Promise<void>;
  end(): Promise<void>;
}

/**
 * Imports registry CSV text. `input` yields text (generated data) or bytes (a file, decoded here
 * as strict UTF-8 so a TIS-620 file is refused rather than loaded as mojibake).
 */
export async function importRegistryCsv(
  database: Database,
  input: AsyncIterable<string | Uint8Array> | Iterable<string>,
  options: ImportOptions,
): Promise<ImportResult> {
  const started = performance.now();
  const { db } = database;
  const today = options.today ?? todayIso();
  const problems: RowProblem[] = [];
  let problemCount = 0;
  let rows = 0;
  let bytes = 0;
  // Line breaks in the bytes read before the current chunk, to place an encoding error.
  let linesBefore = 0;
  let fatal = false;
  let headerSeen = false;
  const note = (p: RowProblem) => {
    problemCount++;
    if (problems.length < options.maxErrors) problems.push(p);
  };
  const report = (phase: ImportProgress['phase']) => options.onProgress?.({ phase, rows, bytes });
  const result = (extra: Partial<ImportResult>): ImportResult => ({
    ok: false,
    rows,
    imported: 0,
    skipped: 0,
    problems: problems.sort((a, b) => a.line - b.line),
    problemCount,
    fatal,
    fastPath: false,
    counts: null,
    seconds: (performance.now() - started) / 1000,
    ...extra,
  });
  const reportCross = (cross: { problems: store.CrossRowProblem[]; total: number }) => {
    for (const p of cross.problems) note(crossRowMessage(p));
    problemCount += cross.total - cross.problems.length;
  };
  const audit = (trx: Db, counts: store.MergeCounts, skipped: number) =>
    appendAudit(trx, {
      actor: options.actor,
      action: options.demo ? 'registry.seeded' : 'registry.imported',
      subject: 'registry:people',
      // Counts only: the audit log must not copy personal data (platform/audit.ts).
      details: { source: basename(options.source), rows, skipped, ...counts },
    });

  /** Reads, parses and checks every row, handing the accepted ones to `sink`. */
  async function read(sink: RowSink): Promise<void> {
    let reader = new CsvReader();
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
    const take = (record: CsvRecord) => {
      if (!headerSeen) {
        headerSeen = true;
        for (const p of checkHeader(record.fields, record.line)) note(p);
        if (problemCount > 0) fatal = true;
        return;
      }
      rows++;
      const verdict = checkRow(record, today);
      if (typeof verdict !== 'string') {
        for (const p of verdict) note(p);
      } else if (problemCount === 0 || options.skipInvalid) {
        // Once the import is bound to be rejected, rows are still checked (for the report)
        // but no longer loaded.
        sink.row(record, verdict);
      }
    };
    const handle = (records: CsvRecord[]) => {
      for (const record of records) {
        take(record);
        if (fatal) return;
      }
    };

    // The byte lane (byte-lane.ts) reads a file's lines while they hold no quote and are valid
    // UTF-8; at the first chunk that is not so, the rest of the file goes to the string reader,
    // starting at that chunk's first line, so quoted fields and encoding errors are read and
    // reported exactly as before. Generated text (strings) always takes the string reader.
    const lane = sink.lane ?? null;
    let inLane = lane !== null;
    let carry: Buffer | null = null;
    let line = 1;
    /** Whole lines [start, end) of `b` through the lane, in slices its outputs have room for. */
    const laneLines = async (b: Buffer, start: number, end: number) => {
      let from = start;
      while (from < end && !fatal) {
        let to = end;
        if (to - from > LANE_SLICE) {
          to = b.lastIndexOf(10, from + LANE_SLICE - 1) + 1;
          // A line longer than a slice goes alone (it is not accepted: no output).
          if (to <= from) to = b.indexOf(10, from) + 1;
        }
        lane!.slice(b, from, to);
        while (!fatal) {
          // Once the import is bound to be rejected, rows are still checked but not written.
          const mode = !headerSeen ? STEP.read : problemCount === 0 ? STEP.write : STEP.check;
          const s = lane!.step(line, mode);
          if (s === LINE.none) break;
          if (s === LINE.accepted) {
            rows++;
          } else if (s === LINE.other) {
            const raw = lane!.text();
            take({ line, fields: splitSimple(raw), raw });
          }
          line++;
        }
        from = to;
        await sink.chunk();
      }
    };

    /** One chunk through the string reader; false when the file cannot be read further. */
    const stringChunk = (chunk: string | Uint8Array): boolean => {
      let text: string;
      if (typeof chunk === 'string') {
        text = chunk;
      } else {
        try {
          text = decoder.decode(chunk, { stream: true });
        } catch {
          fatal = true;
          const at = firstInvalidUtf8(chunk);
          note({
            line: linesBefore + countLineBreaks(chunk, at) + 1,
            code: 'registry.import.not_utf8',
            params: {},
          });
          return false;
        }
        linesBefore += countLineBreaks(chunk, chunk.byteLength);
      }
      handle(reader.push(text));
      return !fatal;
    };

    try {
      for await (const chunk of input) {
        bytes += typeof chunk === 'string' ? chunk.length : chunk.byteLength;
        let rest: string | Uint8Array = chunk;
        if (inLane && typeof chunk !== 'string') {
          const data = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
          // The line cut by the previous chunk's end is completed on its own (`head`), and the
          // chunk read where it lies from its first line break on (`from`): joining the two
          // copied every chunk (400 MB for a million people).
          const cut = carry === null ? -1 : data.indexOf(10);
          const head = cut < 0 ? null : Buffer.concat([carry!, data.subarray(0, cut + 1)]);
          const buf: Buffer = carry !== null && cut < 0 ? Buffer.concat([carry, data]) : data;
          const from = cut + 1;
          const end: number = buf.lastIndexOf(10) + 1;
          const quote = buf.indexOf(34, from);
          const clean =
            (head === null || (head.indexOf(34) < 0 && isUtf8(head))) &&
            (end === 0
              ? buf.length <= MAX_RECORD_CHARS
              : (quote < 0 || quote >= end) && isUtf8(buf.subarray(from, end)));
          if (clean) {
            if (head !== null) await laneLines(head, 0, head.length);
            if (!fatal) await laneLines(buf, from, end);
            // Copied: the input may reuse its buffer for the next chunk.
            carry = end < buf.length ? Buffer.from(buf.subarray(end)) : null;
            if (fatal) return;
            report('reading');
            continue;
          }
          inLane = false;
          reader = new CsvReader(line);
          linesBefore = line - 1;
          rest = head === null ? buf : Buffer.concat([carry!, data]);
        }
        if (!stringChunk(rest)) return;
        report('reading');
        await sink.chunk();
      }
      if (inLane) {
        if (carry !== null) {
          if (carry.indexOf(34) < 0 && isUtf8(carry)) {
            await laneLines(Buffer.concat([carry, Buffer.from('\n')]), 0, carry.length + 1);
          } else {
            reader = new CsvReader(line);
            linesBefore = line - 1;
            if (!stringChunk(carry)) return;
          }
        }
        if (fatal) return;
      }
      let tail = '';
      try {
        tail = decoder.decode();
      } catch {
        fatal = true;
        note({ line: linesBefore + 1, code: 'registry.import.not_utf8', params: {} });
        return;
      }
      handle(reader.push(tail));
      if (!fatal) handle(reader.end());
    } catch (error) {
      if (error instanceof CsvSyntaxError) {
        fatal = true;
        note({ line: error.line, code: `registry.import.syntax.${error.problem}`, params: {} });
        return;
      }
      throw error;
    } finally {
      await sink.end();
    }
  }

  /** After reading: true when the rows read so far may not be imported. */
  const rejected = () => {
    if (!headerSeen && !fatal) {
      fatal = true;
      note({ line: 1, code: 'registry.import.empty', params: {} });
    }
    return fatal || (problemCount > 0 && !options.skipInvalid);
  };

  await store.dropStaleStaging(db);

  // The first load into an empty registry on PostgreSQL goes straight into new tables (below).
  // --skip-invalid keeps the staging table, where rows involved in cross-row problems are removed.
  if (database.kind === 'postgres' && !options.skipInvalid && (await store.targetsEmpty(db))) {
    const schema = store.loadSchemaName();
    await store.createLoadTables(db, schema);
    try {
      return await loadDirect(schema);
    } finally {
      await store.dropLoadSchema(db, schema);
    }
  }

  /**
   * The first load: people, house rows, residences and cards each get their own COPY stream on a
   * connection of its own, so the reader here and four PostgreSQL backends share both cores and
   * no row is written twice (no staging table, no insert … select).
   */
  async function loadDirect(schema: string): Promise<ImportResult> {
    const lane = new ByteLane(today, options.demo);
    const streams = store.LOAD_TABLES.map((output) => new LaneStream(lane, output));
    const sink: RowSink = {
      row(record) {
        // Normalised by checkRow; laid out as the lane's lines are, so one writer serves both.
        lane.writeFields(record.fields, record.line);
        // A chunk of the string reader is not sliced: its rows are handed over as they come.
        for (const s of streams) s.push(false);
      },
      lane,
      async chunk() {
        for (const s of streams) s.push(false);
        for (const s of streams) await s.stream.room();
      },
      async end() {
        for (const s of streams) s.end();
      },
    };
    await Promise.all([
      ...streams.map((s) => s.copy(database, `${schema}.${s.output}`)),
      read(sink),
    ]);
    report('checking');
    if (rejected()) return result({});

    report('merging');
    try {
      // The house key is small: it runs beside the others rather than before them.
      const built = await Promise.allSettled([
        store.keyLoadHouses(db, schema),
        store.buildLoadIndexes(db, schema, 2, ['people', 'residences', 'cards']),
      ]);
      for (const b of built) if (b.status === 'rejected') throw b.reason;
    } catch (error) {
      if ((error as { code?: unknown }).code !== '23505') throw error;
      const cross = await store.findLoadProblems(db, schema, options.maxErrors);
      if (cross.total === 0) throw error;
      reportCross(cross);
      return result({});
    }
    const counts: store.MergeCounts = {
      people: { inserted: lane.count('people'), updated: 0 },
      houses: { inserted: await store.countLoadHouses(db, schema), updated: 0 },
      residences: { opened: lane.count('residences'), closed: 0 },
      cards: { written: lane.count('cards'), revoked: 0 },
    };
    // Another import may have filled the registry while this one loaded: then the loaded rows
    // are staged as usual and merged with upserts, under the same lock as any other merge.
    const staging = store.stagingTableName();
    let merged: { counts: store.MergeCounts; fast: boolean };
    try {
      merged = await db.transaction().execute(async (trx) => {
        await store.beginMerge(trx, database.kind);
        if (await store.targetsEmpty(trx)) {
          await store.swapLoadTables(trx, schema);
          await audit(trx, counts, 0);
          return { counts, fast: true };
        }
        await store.stageFromLoad(trx, schema, staging);
        await store.analyzeStaging(trx, staging);
        const cross = await store.findResidencesNotNewer(trx, staging, options.maxErrors);
        reportCross(cross);
        if (cross.total > 0) throw new Rejected();
        report('merging');
        const upserted = await store.mergeIntoExisting(trx, staging, options.demo);
        await audit(trx, upserted, 0);
        return { counts: upserted, fast: false };
      });
    } catch (error) {
      if (error instanceof Rejected) return result({});
      throw error;
    } finally {
      await store.dropStaging(db, staging);
    }
    report('done');
    return result({ ok: true, imported: rows, fastPath: merged.fast, counts: merged.counts });
  }

  const table = store.stagingTableName();
  await store.createStaging(db, table);
  try {
    // Reading, validating and COPY run at once: on PostgreSQL the COPY consumes the stream as it
    // is produced, so parsing (here) and loading (in the server) use both cores.
    const staged = new Lines();
    const stage = (record: CsvRecord, verdict: 'same' | 'changed') =>
      staged.add(
        verdict === 'same'
          ? `${record.line},${record.raw}`
          : `${record.line},${record.fields.map(csvField).join(',')}`,
      );
    if (database.kind === 'postgres') {
      await Promise.all([
        staged.copy((s) => database.copyCsv(table, store.STAGING_COLUMNS, s)),
        read({
          row: stage,
          chunk: () => staged.flush(false),
          async end() {
            await staged.flush(true).catch(() => {});
            staged.stream.end();
          },
        }),
      ]);
    } else {
      // PGlite's COPY reads one in-memory blob, so the rows are loaded in bounded batches.
      const batch = async (force: boolean) => {
        if (staged.size >= COPY_BATCH_CHARS || (force && staged.size > 0)) {
          await database.copyCsv(table, store.STAGING_COLUMNS, staged.take());
        }
      };
      await read({ row: stage, chunk: () => batch(false), end: () => batch(true) });
    }
    report('checking');
    if (rejected()) return result({});

    const rowSkipped = problemCount > 0 ? rows - (await store.countStaged(db, table)) : 0;
    let outcome: { counts: store.MergeCounts; fast: boolean; removed: number };
    try {
      outcome = await db.transaction().execute(async (trx) => {
        await store.beginMerge(trx, database.kind);
        const fast = await store.targetsEmpty(trx);
        if (!fast) await store.analyzeStaging(trx, table);
        let removed = 0;
        if (options.skipInvalid) {
          // Rows are left out before merging, so each one is listed and none can fail the merge.
          const cross = await store.findCrossRowProblems(trx, table, {
            limit: options.maxErrors,
            existing: !fast,
          });
          reportCross(cross);
          if (cross.total > 0) {
            removed = await store.deleteCrossRowProblems(trx, table, { existing: !fast });
          }
        } else if (!fast) {
          // Repeated citizen IDs and conflicting houses need no query of their own: they make the
          // merge fail (below) and are diagnosed then. Stale residences would merge, so look.
          const cross = await store.findResidencesNotNewer(trx, table, options.maxErrors);
          reportCross(cross);
          if (cross.total > 0) throw new Rejected();
        }
        report('merging');
        const counts = fast
          ? await store.mergeIntoEmpty(trx, table, options.demo)
          : await store.mergeIntoExisting(trx, table, options.demo);
        await audit(trx, counts, rowSkipped + removed);
        return { counts, fast, removed };
      });
    } catch (error) {
      if (error instanceof Rejected) return result({});
      // 23505: a rebuilt primary key found a repeated key (first load); 21000: an upsert met
      // the same key twice. Either way the transaction rolled back; say which lines.
      const code = (error as { code?: unknown }).code;
      if (code !== '23505' && code !== '21000') throw error;
      const cross = await store.findCrossRowProblems(db, table, {
        limit: options.maxErrors,
        existing: false,
      });
      if (cross.total === 0) throw error;
      reportCross(cross);
      return result({});
    }
    // No ANALYZE of the registry here: autovacuum analyses each partition after a bulk change,
    // and an explicit one took longer than the merge itself on a million rows. Look-ups are
    // primary-key probes whose plans do not depend on statistics.
    const skipped = rowSkipped + outcome.removed;
    report('done');
    return result({
      ok: true,
      imported: rows - skipped,
      skipped,
      fastPath: outcome.fast,
      counts: outcome.counts,
    });
  } finally {
    await store.dropStaging(db, table);
  }
}

function countLineBreaks(bytes: Uint8Array, end: number): number {
  let n = 0;
  for (let i = bytes.indexOf(10); i >= 0 && i < end; i = bytes.indexOf(10, i + 1)) n++;
  return n;
}

/** Offset of the first byte that breaks UTF-8 (RFC 3629), or the length if none does. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const need =
      c < 0x80
        ? 0
        : c >= 0xc2 && c <= 0xdf
          ? 1
          : c >= 0xe0 && c <= 0xef
            ? 2
            : c >= 0xf0 && c <= 0xf4
              ? 3
              : -1;
    if (need < 0) return i;
    // A sequence cut by the chunk's end is completed by the next chunk, not an error here.
    for (let k = 1; k <= need; k++) {
      if (i + k >= b.length) return b.length;
      if ((b[i + k]! & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return b.length;
}

function crossRowMessage(p: store.CrossRowProblem): RowProblem {
  const others = p.lines.slice(1, 11).join(', ') + (p.lines.length > 11 ? ', …' : '');
  switch (p.kind) {
    case 'duplicate_citizen_id':
      return {
        line: p.line,
        code: 'registry.import.duplicate_citizen_id',
        params: { citizenId: maskCitizenId(p.key), lines: others },
      };
    case 'house_conflict':
      return {
        line: p.line,
        code: 'registry.import.house_conflict',
        params: {
          houseId: p.key,
          lines: p.lines.length > 10 ? `${p.lines.slice(0, 10).join(', ')}, …` : p.lines.join(', '),
        },
      };
    case 'residence_not_newer':
      return {
        line: p.line,
        code: 'registry.import.residence_not_newer',
        params: { since: p.since ?? '', current: p.current ?? '' },
      };
  }
}
