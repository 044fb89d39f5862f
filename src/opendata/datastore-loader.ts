import { isUtf8 } from 'node:buffer';
import type ExcelJS from 'exceljs';
import type { Database, Db } from '../platform/db/database.ts';
import {
  CsvSyntaxError,
  columnNames,
  csvPieces,
  detectDelimiter,
  evenQuoteLineEnd,
  RecordScanner,
  readCsv,
} from './datastore-csv.ts';
import {
  byteCheck,
  ckanTypeName,
  copyField,
  INFERENCE_SAMPLE_ROWS,
  inferType,
  isLoadType,
  type LoadType,
  normalizeValue,
  pgType,
} from './datastore-types.ts';
import { isTabular } from './formats.ts';
import * as store from './store.ts';
import * as ds from './store-datastore.ts';

/** At most this many refused rows are kept with their reasons; all are counted. */
export const MAX_REPORTED_BAD_ROWS = 1000;
const CHUNK_BYTES = 1 << 20;
const PROGRESS_EVERY_ROWS = 50_000;

export interface LoadSummary {
  state: 'done' | 'failed';
  rowsLoaded: number;
  badRows: number;
  message: string | null;
  /** Milliseconds per phase (read, copy, swap, finish), for operators and the benchmark. */
  timings?: Record<string, number>;
}

type Progress = (p: { done: number; total?: number; message?: string }) => Promise<void>;

interface Source {
  header: string[];
  /** Data records with the line (CSV) or row (XLSX) each came from, and the plain text if any. */
  records: Iterable<[string[], number, string | undefined]>;
  /** The delimiter, when plain record text may go to COPY unchanged (only ','). */
  passThrough: boolean;
  /**
   * The file's bytes after any BOM, when its records may go to COPY as they are in the file
   * (UTF-8 and comma-separated); `records` then serve only the header and the type sample.
   */
  bytes?: Uint8Array;
  totalEstimate: number;
  /** Set when the CSV ended in an unterminated quote. */
  syntaxError?: CsvSyntaxError;
}

/**
 * CSV bytes → header + lazily parsed records, decoded piece by piece (csvPieces), so COPY starts
 * after the first few megabytes instead of after decoding the whole file.
 */
export function csvSource(bytes: Uint8Array): Source {
  const body =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  // Checked whole and natively first: a windows-874 (TIS-620) file may be plain ASCII for its
  // first pieces. Its decoder never fails, so only UTF-8 needs the check.
  const utf8 = isUtf8(body);
  const decoder = new TextDecoder(utf8 ? 'utf-8' : 'windows-874');
  const pieces = csvPieces(body);
  let reader: Generator<[string[], number, string | undefined], number> | null = null;
  let nextLine = 1;
  let delimiter = ',';
  const source: Source = {
    header: [],
    records: [],
    passThrough: true,
    totalEstimate: 0,
  };
  // The records straight from the reader of each piece, not a generator around them: a million
  // rows pay for every generator hop. An unterminated quote ends the reading with syntaxError.
  const next = (): IteratorResult<[string[], number, string | undefined]> => {
    for (;;) {
      if (source.syntaxError) return { done: true, value: undefined };
      if (!reader) {
        const piece = pieces.next();
        if (piece.done) return { done: true, value: undefined };
        const text = decoder.decode(piece.value);
        if (nextLine === 1) delimiter = detectDelimiter(text);
        reader = readCsv(text, delimiter, nextLine);
      }
      try {
        const record = reader.next();
        if (!record.done) return record;
        nextLine = record.value;
        reader = null;
      } catch (error) {
        if (!(error instanceof CsvSyntaxError)) throw error;
        source.syntaxError = error;
      }
    }
  };
  const first = next();
  source.header = first.done ? [] : first.value[0];
  source.passThrough = delimiter === ',';
  if (utf8 && source.passThrough) source.bytes = body;
  // For progress only: the rows the file holds at the header's length (the real count replaces
  // it when the load ends), which spares a pass over a large file.
  const headerBytes = body.indexOf(LF) + 1 || body.length;
  source.totalEstimate = Math.round((body.length - headerBytes) / Math.max(20, headerBytes));
  source.records = { [Symbol.iterator]: () => ({ next }) };
  return source;
}

const LF = 10;
const CR = 13;
/** A run of unchanged records shorter than this goes with the rewritten text around it. */
const SMALL_RUN_BYTES = 16 << 10;
/**
 * After this many records without AS_IS_IN_ROW in a row that may go as they are, the loader
 * reads on without scanning (byteChunks).
 */
const DENSE_STREAK = 64;
const AS_IS_IN_ROW = 3;

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

/** The first worksheet of an XLSX file; records carry their spreadsheet row numbers. */
export async function xlsxSource(bytes: Uint8Array): Promise<Source> {
  // Loaded on first use, like the assessment exports: a large library few loads need.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const rows: Array<[string[], number]> = [];
  let width = 0;
  sheet?.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
    width = Math.max(width, values.length);
    rows.push([values, rowNumber]);
  });
  const [headerRow, ...data] = rows;
  const header = headerRow ? headerRow[0] : [];
  // Spreadsheets leave trailing cells out; pad every row to the header's width.
  const padded = data.map(([values, n]): [string[], number, undefined] => [
    values.length < header.length
      ? [...values, ...Array(header.length - values.length).fill('')]
      : values,
    n,
    undefined,
  ]);
  return { header, records: padded, passThrough: false, totalEstimate: padded.length };
}

/**
 * Loads one resource's uploaded file into its datastore table: infers column types from the
 * first INFERENCE_SAMPLE_ROWS rows (a publisher's `type_override` wins), streams the rest through
 * COPY into a staging table, reports refused rows by line, then swaps the table in.
 * Rows that do not fit are skipped, not loaded: docs/opendata.md says so to publishers.
 */
export async function runLoad(
  deps: { db: Db; database: Database },
  loadId: string,
  progress: Progress,
): Promise<LoadSummary> {
  const { db, database } = deps;
  const load = await ds.findLoad(db, loadId);
  if (!load) return { state: 'failed', rowsLoaded: 0, badRows: 0, message: 'load not found' };
  const fail = async (message: string): Promise<LoadSummary> => {
    await ds.updateLoad(db, loadId, { state: 'failed', message, finished_at: new Date() });
    return { state: 'failed', rowsLoaded: 0, badRows: 0, message };
  };
  const timings: Record<string, number> = {};
  let mark = performance.now();
  const lap = (phase: string) => {
    const now = performance.now();
    timings[phase] = Math.round(now - mark);
    mark = now;
  };
  const resource = await store.findResource(db, load.resource_id);
  const file = resource ? await store.findResourceFile(db, resource.id) : null;
  lap('read file');
  if (!resource || !file) return fail('ไม่พบไฟล์ที่อัปโหลด / no uploaded file for this resource');
  const kind =
    isTabular(resource.format ?? '') ??
    (file.file_name.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv');
  await ds.updateLoad(db, loadId, { state: 'running', started_at: new Date() });

  let source: Source;
  try {
    source = kind === 'xlsx' ? await xlsxSource(file.content) : csvSource(file.content);
  } catch (error) {
    return fail(
      `อ่านไฟล์ไม่ได้ / the file could not be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (source.header.length === 0 || source.header.every((h) => h.trim() === '')) {
    return fail('ไม่พบแถวหัวตาราง / the file has no header row');
  }
  const columns = columnNames(source.header);
  const previous = await ds.findTableInfo(db, resource.id);
  const overrides = new Map<string, LoadType>();
  for (const f of previous?.fields ?? []) {
    const o = f.info?.type_override;
    if (isLoadType(o)) overrides.set(f.id, o);
  }

  // Sample for inference; the sampled records are replayed before the rest.
  const iterator = source.records[Symbol.iterator]();
  const sample: Array<[string[], number, string | undefined]> = [];
  while (sample.length < INFERENCE_SAMPLE_ROWS) {
    const next = iterator.next();
    if (next.done) break;
    sample.push(next.value);
  }
  const inferred = columns.map((_, c) => inferType(sample.map(([fields]) => fields[c] ?? '')));
  const types = columns.map((name, c) => overrides.get(name) ?? inferred[c]!);

  const staging = ds.stagingName(resource.id);
  await ds.dropTable(db, staging);
  await ds.createTable(
    db,
    staging,
    columns.map((id, c) => ({ id, pgType: pgType[types[c]!] })),
    { primaryKeyNow: false },
  );

  const badRows: Array<{ line: number; reason: string }> = [];
  let badCount = 0;
  let loaded = 0;
  let seen = 0;
  const width = columns.length;
  const refuse = (line: number, reason: string) => {
    badCount++;
    if (badRows.length < MAX_REPORTED_BAD_ROWS) badRows.push({ line, reason });
  };
  const normalizers = types.map((type) =>
    type === 'text' ? copyField : (v: string) => normalizeValue(type, v),
  );
  // A text value of a quote-free record holds no delimiter, quote or line break, so of what
  // copyField rewrites only a blank value (NULL) and a lone `\.` can remain: one character code
  // to look at instead of a regular expression, on most values of a large load.
  const plainText = (v: string) => {
    const first = v.charCodeAt(0);
    return v === '' || (first > 32 && first !== 160 && v !== '\\.') ? v : copyField(v);
  };
  const plainNormalizers = types.map((type, c) => (type === 'text' ? plainText : normalizers[c]!));

  const passThrough = source.passThrough;
  // Every record sent ends the same way: PostgreSQL takes the first line's end for all of them.
  let eol = '\n';

  function rowText(fields: string[], line: number, plain: string | undefined): string | null {
    if (fields.length !== width) {
      if (fields.length === 1 && fields[0]!.trim() === '') return null; // a blank line
      const extraEmpty = fields.length > width && fields.slice(width).every((f) => f.trim() === '');
      if (!extraEmpty) {
        refuse(line, `expected ${width} values, found ${fields.length}`);
        return null;
      }
      plain = undefined;
    }
    // A quote-free record whose values need no rewriting is already what COPY reads: it is sent
    // as it came, and a new text is built only from the first value that changes (most records
    // of a clean file never need one, and building it was a fifth of the loader's time).
    const quoteFree = passThrough && plain !== undefined;
    const normalize = quoteFree ? plainNormalizers : normalizers;
    let out: string | null = quoteFree ? null : '';
    for (let c = 0; c < width; c++) {
      const raw = fields[c] ?? '';
      const value = normalize[c]!(raw);
      if (value === null) {
        refuse(line, `"${columns[c]}": "${raw.slice(0, 50)}" is not ${types[c]}`);
        return null;
      }
      if (out === null) {
        if (value !== raw) out = c === 0 ? value : `${fields.slice(0, c).join(',')},${value}`;
      } else {
        out += c === 0 ? value : `,${value}`;
      }
    }
    return out === null ? `${plain}${eol}` : `${out}${eol}`;
  }

  let syntaxError: CsvSyntaxError | undefined;
  let nextReport = PROGRESS_EVERY_ROWS;
  const report = async () => {
    nextReport += PROGRESS_EVERY_ROWS;
    await progress({ done: seen, total: source.totalEstimate });
    await ds.updateLoad(db, loadId, { rows_total: source.totalEstimate, rows_loaded: loaded });
  };

  /** The records one by one: the sampled ones first, then the rest straight from the reader. */
  async function* recordChunks(): AsyncGenerator<string> {
    let buffer = '';
    let sampled = 0;
    for (;;) {
      // The sampled records first, then the rest straight from the reader.
      let record: [string[], number, string | undefined];
      if (sampled < sample.length) {
        record = sample[sampled++]!;
      } else {
        const next = iterator.next();
        if (next.done) break;
        record = next.value;
      }
      seen++;
      const text = rowText(record[0], record[1], record[2]);
      if (text !== null) {
        buffer += text;
        loaded++;
      }
      if (buffer.length >= CHUNK_BYTES) {
        yield buffer;
        buffer = '';
      }
      if (seen >= nextReport) await report();
    }
    syntaxError = source.syntaxError;
    if (buffer) yield buffer;
  }

  /**
   * The file's bytes, record by record through RecordScanner: runs of records that COPY may read
   * as they are go as slices of the file, without being decoded; any other record is decoded and
   * read by readCsv, and its rewritten text (or its refusal) takes its place.
   */
  async function* byteChunks(body: Uint8Array): AsyncGenerator<string | Uint8Array> {
    const decoder = new TextDecoder();
    const header = new RecordScanner([], false);
    header.scan(body, 0);
    const crlf = body[header.end - 1] === LF && body[header.end - 2] === CR;
    if (crlf) eol = '\r\n';
    const checks = types.map((type) => byteCheck[type]);
    const scanner = new RecordScanner(checks, crlf);
    const n = body.length;
    let line = 2 + header.innerLines;
    let i = header.end;
    // body[run, i) holds records not sent yet that go as they are; `text` rewritten records
    // not sent yet, which come before them.
    let run = i;
    let text = '';
    const out: Array<string | Uint8Array> = [];
    // Whether a streak of records to rewrite may be followed by a megabyte read unscanned.
    let readAhead = true;
    /**
     * Reads body[from, to) record by record and adds the rewritten ones to `text`. False, with
     * nothing changed, when it ends inside a quoted value before the end of the file: `to` was
     * not the end of a record.
     */
    const rewrite = (from: number, to: number): boolean => {
      const before = { seen, loaded, badCount, reported: badRows.length, text, line };
      const reader = readCsv(decoder.decode(body.subarray(from, to)), ',', line);
      try {
        for (let r = reader.next(); ; r = reader.next()) {
          if (r.done) {
            line = r.value;
            return true;
          }
          seen++;
          const row = rowText(r.value[0], r.value[1], r.value[2]);
          if (row !== null) {
            text += row;
            loaded++;
          }
        }
      } catch (error) {
        if (!(error instanceof CsvSyntaxError)) throw error;
        if (to === n) {
          syntaxError = error;
          return true;
        }
        ({ seen, loaded, badCount, text, line } = before);
        badRows.length = before.reported;
        return false;
      }
    };
    const sendRun = () => {
      if (i - run < SMALL_RUN_BYTES) {
        if (i > run) text += decoder.decode(body.subarray(run, i));
      } else {
        if (text) out.push(text);
        text = '';
        out.push(body.subarray(run, i));
      }
      run = i;
    };
    // Records as they are in a row, and records since the last few in a row: where nearly every
    // record needs rewriting (a column of Buddhist-era dates, say), a record sent as it is between
    // two rewritten ones saves less than reading them apart costs, so after a streak of them the
    // next megabyte is read unscanned, as a file of another kind is.
    let asIsInRow = 0;
    let dense = 0;
    while (i < n) {
      scanner.scan(body, i);
      if (scanner.asIs) {
        seen++;
        loaded++;
        line += 1 + scanner.innerLines;
        i = scanner.end;
        if (i - run >= CHUNK_BYTES) sendRun();
        dense = ++asIsInRow >= AS_IS_IN_ROW ? 0 : dense + 1;
      } else {
        sendRun();
        asIsInRow = 0;
        // The records after it that need rewriting too are decoded and read with it.
        let end = scanner.end;
        dense++;
        while (end < n && end - i < CHUNK_BYTES && dense < DENSE_STREAK) {
          scanner.scan(body, end);
          if (scanner.asIs) break;
          end = scanner.end;
          dense++;
        }
        const ahead = dense >= DENSE_STREAK && readAhead;
        if (ahead) dense = 0;
        const window = ahead ? evenQuoteLineEnd(body, end, end + CHUNK_BYTES) : end;
        if (rewrite(i, window)) {
          end = window;
        } else {
          // A quote that readCsv keeps as a character (`x"y`) misled the cut: scan from here on.
          readAhead = false;
          rewrite(i, end);
        }
        i = run = end;
        if (text.length >= CHUNK_BYTES) {
          out.push(text);
          text = '';
        }
      }
      if (out.length) {
        yield* out;
        out.length = 0;
      }
      if (seen >= nextReport) await report();
    }
    sendRun();
    if (text) out.push(text);
    yield* out;
  }

  async function* chunks(): AsyncGenerator<string | Uint8Array> {
    yield* source.bytes ? byteChunks(source.bytes) : recordChunks();
    if (syntaxError) {
      refuse(
        syntaxError.line,
        'unterminated quoted field: the rest of the file from this line was not read',
      );
    }
  }

  lap('prepare');
  try {
    await ds.copyInto(database, staging, columns, chunks());
    lap('parse and copy');
    await ds.swapInStaging(db, resource.id);
    lap('primary key and swap');
    await ds.analyze(db, resource.id);
    lap('analyze');
  } catch (error) {
    await ds.dropTable(db, staging).catch(() => {});
    return fail(
      `โหลดข้อมูลไม่สำเร็จ / the load failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }

  const previousInfo = new Map((previous?.fields ?? []).map((f) => [f.id, f.info ?? {}]));
  const fieldRecords = columns.map((id, c) => ({
    id,
    type: ckanTypeName[types[c]!],
    info: {
      ...previousInfo.get(id),
      ...(source.header[c] !== id ? { label: source.header[c] } : {}),
    },
  }));
  await db.transaction().execute(async (trx) => {
    await ds.saveTableInfo(trx, {
      resource_id: resource.id,
      fields: fieldRecords.map((f) =>
        Object.keys(f.info).length ? f : { id: f.id, type: f.type },
      ),
      primary_key: [],
      writable: false,
      row_count: loaded,
    });
    await store.setDatastoreActive(trx, resource.id, true);
    await ds.updateLoad(trx, loadId, {
      state: 'done',
      rows_total: seen,
      rows_loaded: loaded,
      bad_row_count: badCount,
      bad_rows: badRows,
      fields: columns.map((id, c) => ({ id, type: types[c]!, inferred: inferred[c]! })),
      message: null,
      finished_at: new Date(),
    });
  });
  await progress({ done: seen, total: seen, message: 'done' });
  lap('finish');
  return { state: 'done', rowsLoaded: loaded, badRows: badCount, message: null, timings };
}
