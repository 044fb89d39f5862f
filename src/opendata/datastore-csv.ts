/**
 * Reading tabular files for the datastore: text decoding (UTF-8, or the Thai Windows-874/TIS-620
 * code page many government spreadsheets still export), delimiter detection and an RFC 4180 CSV
 * reader that reports the physical line each record starts on, so bad rows can be named by line.
 *
 * The reader is a hand-written loop over the decoded string: the datastore load must keep up with
 * PostgreSQL's own COPY (bench/opendata.bench.ts), which a general-purpose streaming parser with
 * per-record objects does not.
 */

import { byteCheck, isAsIs } from './datastore-types.ts';

/** The delimiter of the header line: the most frequent of , ; tab | outside quotes. */
export function detectDelimiter(text: string): string {
  const end = text.search(/\r|\n/);
  const header = end < 0 ? text : text.slice(0, end);
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
    ['|', 0],
  ]);
  let quoted = false;
  for (const c of header) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && counts.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best = ',';
  let bestCount = 0;
  for (const [d, n] of counts) {
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Yields `[fields, line, plain]` for each record; `line` is the 1-based physical line where the
 * record starts (a quoted field may span lines). `plain` is the record's text when it has no
 * quote at all (split on the delimiter, the common case, and the loader may pass it to COPY
 * unchanged); it is undefined for records that needed the quoting rules. An unterminated quote
 * throws CsvSyntaxError with the line it opened on, after every record before it was yielded.
 */
export function* readCsv(
  text: string,
  delimiter: string,
  firstLine = 1,
): Generator<[string[], number, string | undefined], number> {
  const delim = delimiter.charCodeAt(0);
  const n = text.length;
  let i = 0;
  let line = firstLine;
  // The next quote and carriage return at or after i, found once and reused until passed: a
  // fresh search per line scans to the end of a file that has none, quadratic in its size.
  let nextQuote = -1;
  let nextCr = -1;
  while (i < n) {
    // Fast path: a whole line without quotes is split natively.
    let end = text.indexOf('\n', i);
    if (end < 0) end = n;
    if (nextQuote < i) nextQuote = text.indexOf('"', i) >>> 0;
    if (nextCr < i) nextCr = text.indexOf('\r', i) >>> 0;
    const quote = nextQuote < n ? nextQuote : -1;
    if (quote < 0 || quote > end) {
      let stop = end;
      const cr = nextCr < n ? nextCr : -1;
      if (cr >= 0 && cr < end) {
        // A lone CR also ends a record (old Mac files); CRLF ends it at the CR.
        stop = cr;
        end = text.charCodeAt(cr + 1) === 10 ? cr + 1 : cr;
      }
      const plain = text.slice(i, stop);
      yield [plain.split(delimiter), line, plain];
      i = end + 1;
      line++;
      continue;
    }
    const startLine = line;
    const fields: string[] = [];
    for (;;) {
      // One field starting at i.
      if (i < n && text.charCodeAt(i) === QUOTE) {
        let value = '';
        let j = i + 1;
        for (;;) {
          const q = text.indexOf('"', j);
          if (q < 0) throw new CsvSyntaxError(startLine, 'unterminated quoted field');
          const chunk = text.slice(j, q);
          value += chunk;
          for (let k = chunk.indexOf('\n'); k >= 0; k = chunk.indexOf('\n', k + 1)) line++;
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += '"';
            j = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
        // Anything between the closing quote and the delimiter is kept, as lenient readers do.
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === delim || c === LF || c === CR) break;
          value += text.charAt(i);
          i++;
        }
        fields.push(value);
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === delim || c === LF || c === CR) break;
          j++;
        }
        fields.push(text.slice(i, j));
        i = j;
      }
      if (i >= n) break;
      const c = text.charCodeAt(i);
      if (c === delim) {
        i++;
        if (i >= n) fields.push('');
        continue;
      }
      // End of record: \n, \r\n or \r.
      if (c === CR && text.charCodeAt(i + 1) === LF) i += 2;
      else i++;
      line++;
      break;
    }
    yield [fields, startLine, undefined];
  }
  // The line the next text would start on, for a reader of the file piece by piece.
  return line;
}

const COMMA = 44;

/**
 * Finds the records of a comma-separated UTF-8 file on its bytes, with readCsv's record
 * boundaries exactly, and tells whether each may go to COPY as it came in the file: each value
 * passes isAsIs for its column (a quoted one only when it is a non-empty text: COPY reads `""`
 * as an empty text, the loader as NULL, and a quoted number as an error), the record has the
 * header's width and ends as the header does (LF or CRLF, so that PostgreSQL, which takes the
 * line end of the first line for all, sees one kind). A record that fails goes to readCsv.
 * A byte loop rather than Buffer.indexOf: values are short, and a native call per value cost
 * more than the loop.
 */
export class RecordScanner {
  /** After scan: the index after the record and its line end. */
  end = 0;
  /** After scan: line feeds inside the record's quoted values. */
  innerLines = 0;
  /** After scan: whether the record's bytes may go to COPY unchanged. */
  asIs = false;
  /** After scan: the record opens a quote the file never closes (it runs to the end). */
  unterminated = false;

  /** `checks[c]` is column c's byteCheck; `crlf` whether records end in CRLF rather than LF. */
  constructor(
    private readonly checks: readonly number[],
    private readonly crlf: boolean,
  ) {}

  /** Scans the record starting at `start` (< b.length). */
  scan(b: Uint8Array, start: number): void {
    const n = b.length;
    const checks = this.checks;
    const width = checks.length;
    // An empty line is skipped or refused by the loader, never a row of NULLs.
    let asIs = b[start] !== LF && b[start] !== CR;
    let lines = 0;
    let column = 0;
    let i = start;
    this.unterminated = false;
    for (;;) {
      const s = i;
      if (b[i] === QUOTE) {
        let j = i + 1;
        for (;;) {
          if (j >= n) {
            this.unterminated = true;
            this.end = n;
            this.innerLines = lines;
            this.asIs = false;
            return;
          }
          const x = b[j]!;
          if (x === QUOTE) {
            if (b[j + 1] !== QUOTE) break;
            j += 2;
          } else {
            if (x === LF) lines++;
            j++;
          }
        }
        asIs &&=
          checks[column] === byteCheck.text && j > s + 1 && isAsIs(byteCheck.text, b, s + 1, j);
        // What follows the closing quote up to the delimiter is kept by readCsv, and read
        // differently by COPY.
        for (i = j + 1; i < n; i++) {
          const x = b[i]!;
          if (x === COMMA || x === LF || x === CR) break;
          asIs = false;
        }
      } else {
        for (; i < n; i++) {
          const x = b[i]!;
          if (x === COMMA || x === LF || x === CR) break;
          // readCsv keeps a quote inside an unquoted value; COPY would open a quoted section.
          if (x === QUOTE) asIs = false;
        }
        asIs &&= column < width && isAsIs(checks[column]!, b, s, i);
      }
      column++;
      if (i >= n) {
        this.end = n;
        break;
      }
      const x = b[i];
      if (x === COMMA) {
        if (++i < n) continue;
        // readCsv reads one more, empty value here.
        asIs = false;
        this.end = n;
        break;
      }
      if (x === CR && b[i + 1] === LF) {
        asIs &&= this.crlf;
        this.end = i + 2;
      } else {
        // A lone CR ends a record too (old Mac files).
        asIs &&= x === LF && !this.crlf;
        this.end = i + 1;
      }
      break;
    }
    this.asIs = asIs && column === width;
    this.innerLines = lines;
  }
}

const PIECE_BYTES = 4 << 20;

function quoteParity(bytes: Uint8Array, from: number, to: number): number {
  let parity = 0;
  for (let i = bytes.indexOf(QUOTE, from); i >= 0 && i < to; i = bytes.indexOf(QUOTE, i + 1)) {
    parity ^= 1;
  }
  return parity;
}

/**
 * The end of the first line ending at or after `atLeast` with an even number of quotes since
 * `from` (a record's start), or the file's end: never inside a quoted field of an RFC 4180 file,
 * which escapes a quote by doubling it and so keeps the count even. A quote or line feed byte is
 * never part of a multi-byte UTF-8 or windows-874 character, so the bytes up to it also decode
 * on their own.
 */
export function evenQuoteLineEnd(bytes: Uint8Array, from: number, atLeast: number): number {
  const n = bytes.length;
  if (atLeast >= n) return n;
  let parity = quoteParity(bytes, from, atLeast);
  for (let end = atLeast; ; ) {
    const lf = bytes.indexOf(LF, end);
    if (lf < 0) return n;
    parity ^= quoteParity(bytes, end, lf);
    end = lf + 1;
    if (parity === 0) return end;
  }
}

/**
 * Cuts a CSV file's bytes into pieces of about 4 MB that each end a record (evenQuoteLineEnd),
 * so a large file is decoded piece by piece while the database loads the pieces before.
 */
export function* csvPieces(bytes: Uint8Array): Generator<Uint8Array> {
  for (let start = 0; start < bytes.length; ) {
    const end = evenQuoteLineEnd(bytes, start, start + PIECE_BYTES);
    yield bytes.subarray(start, end);
    start = end;
  }
}

/** Every record of a small CSV text (tests, previews). */
export function parseCsv(text: string, delimiter = ','): string[][] {
  return [...readCsv(text, delimiter)].map(([fields]) => fields);
}

/** Column names CKAN's DataStore accepts (ckanext/datastore/helpers.py is_valid_field_name). */
export function isValidFieldName(name: string): boolean {
  return (
    name.length > 0 &&
    name.trim() === name &&
    !name.startsWith('_') &&
    !name.includes('"') &&
    Buffer.byteLength(name) <= 63
  );
}

/**
 * Header cells → unique valid column names: trimmed, no leading underscore or double quote, cut to
 * PostgreSQL's 63-byte identifier limit (21 Thai characters), numbered when empty or repeated.
 */
export function columnNames(header: readonly string[]): string[] {
  const used = new Set<string>();
  return header.map((raw, index) => {
    let name = raw.replace(/"/g, '').replace(/\s+/g, ' ').trim().replace(/^_+/, '').trim();
    if (!name) name = `column_${index + 1}`;
    name = cutBytes(name, 63);
    let candidate = name;
    for (let k = 2; used.has(candidate.toLowerCase()); k++) {
      candidate = `${cutBytes(name, 63 - String(k).length - 1)}_${k}`;
    }
    used.add(candidate.toLowerCase());
    return candidate;
  });
}

function cutBytes(text: string, max: number): string {
  let out = '';
  for (const ch of text) {
    if (Buffer.byteLength(out + ch) > max) break;
    out += ch;
  }
  return out.trim();
}
