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

import { basename } from 'node:path';
import { appendAudit } from '../platform/audit.ts';
import type { Database } from '../platform/db/database.ts';
import { maskCitizenId } from './citizen-id.ts';
import { CsvReader, type CsvRecord, CsvSyntaxError } from './csv-reader.ts';
import { checkHeader, type RowProblem, todayIso, validateRow } from './registry-csv.ts';
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

  await store.dropStaleStaging(db);
  const table = store.stagingTableName();
  await store.createStaging(db, table);
  try {
    // Reading, validating and COPY run as one stream: on PostgreSQL the COPY consumes the
    // generator as it produces, so parsing (here) and loading (in the server) use both cores.
    let headerSeen = false;
    const reader = new CsvReader();
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

    const handle = (records: CsvRecord[], out: string[]): number => {
      let size = 0;
      for (const record of records) {
        if (!headerSeen) {
          headerSeen = true;
          for (const p of checkHeader(record.fields, record.line)) note(p);
          if (problemCount > 0) {
            fatal = true;
            return size;
          }
          continue;
        }
        rows++;
        const checked = validateRow(record, today);
        if (checked.ok) {
          // Once the import is bound to be rejected, rows are still checked (for the report)
          // but no longer loaded.
          if (problemCount === 0 || options.skipInvalid) {
            out.push(checked.staged);
            size += checked.staged.length + 1;
          }
        } else {
          for (const p of checked.problems) note(p);
        }
      }
      return size;
    };

    async function* staged(): AsyncGenerator<string> {
      let out: string[] = [];
      let size = 0;
      const flush = function* () {
        if (out.length) yield `${out.join('\n')}\n`;
        out = [];
        size = 0;
      };
      try {
        for await (const chunk of input) {
          let text: string;
          if (typeof chunk === 'string') {
            text = chunk;
            bytes += chunk.length;
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
              return;
            }
            linesBefore += countLineBreaks(chunk, chunk.byteLength);
            bytes += chunk.byteLength;
          }
          size += handle(reader.push(text), out);
          if (fatal) return;
          report('reading');
          if (size >= YIELD_CHARS) yield* flush();
        }
        let rest = '';
        try {
          rest = decoder.decode();
        } catch {
          fatal = true;
          note({ line: linesBefore + 1, code: 'registry.import.not_utf8', params: {} });
          return;
        }
        size += handle(reader.push(rest), out);
        if (!fatal) size += handle(reader.end(), out);
        yield* flush();
      } catch (error) {
        if (error instanceof CsvSyntaxError) {
          fatal = true;
          note({ line: error.line, code: `registry.import.syntax.${error.problem}`, params: {} });
          return;
        }
        throw error;
      }
    }

    if (database.kind === 'postgres') {
      await database.copyCsv(table, store.STAGING_COLUMNS, staged());
    } else {
      // PGlite's COPY reads one in-memory blob, so the stream is cut into bounded batches.
      let batch: string[] = [];
      let size = 0;
      for await (const text of staged()) {
        batch.push(text);
        size += text.length;
        if (size >= COPY_BATCH_CHARS) {
          await database.copyCsv(table, store.STAGING_COLUMNS, batch.join(''));
          batch = [];
          size = 0;
        }
      }
      if (batch.length) await database.copyCsv(table, store.STAGING_COLUMNS, batch.join(''));
    }
    report('checking');

    if (!headerSeen && !fatal) {
      fatal = true;
      note({ line: 1, code: 'registry.import.empty', params: {} });
    }
    if (fatal || (problemCount > 0 && !options.skipInvalid)) return result({});

    const rowSkipped = problemCount > 0 ? rows - (await store.countStaged(db, table)) : 0;
    const reportCross = (cross: { problems: store.CrossRowProblem[]; total: number }) => {
      for (const p of cross.problems) note(crossRowMessage(p));
      problemCount += cross.total - cross.problems.length;
    };
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
        await appendAudit(trx, {
          actor: options.actor,
          action: options.demo ? 'registry.seeded' : 'registry.imported',
          subject: 'registry:people',
          // Counts only: the audit log must not copy personal data (platform/audit.ts).
          details: {
            source: basename(options.source),
            rows,
            skipped: rowSkipped + removed,
            ...counts,
          },
        });
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
