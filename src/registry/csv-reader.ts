// A streaming RFC 4180 record reader for the registry import.
//
// Why not csv-parse: measured on this 2-core machine with 200,000 generated registry rows
// (31 columns, ~400 bytes of mostly Thai UTF-8 each), csv-parse 7 took 12.9 s while splitting the
// same rows here took 1.8 s and PostgreSQL's own COPY of the file took 3.9 s. The import must run
// within a small factor of a raw COPY (issue 3 asks ≥ 0.7 of its rows/s), so the reader has to
// cost less than the COPY it feeds. Registry rows almost never hold a quote, so a row without one
// is split with indexOf; only rows with a quote go through the full quoted-field state machine.
//
// What it reports, and why: every record with the physical line it starts on (a quoted field may
// hold a line break, so records and lines differ), and for a row without quotes its raw text, which
// the import forwards to COPY unchanged when validation changed nothing.

export interface CsvRecord {
  /** 1-based physical line on which the record starts. */
  line: number;
  fields: string[];
  /** The record's text without its line ending, when it had no quote character; else null. */
  raw: string | null;
}

/** A structural error: the file cannot be read past this point (RFC 4180 quoting). */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly problem:
      | 'quote_in_unquoted_field'
      | 'text_after_closing_quote'
      | 'unclosed_quote'
      | 'record_too_long',
  ) {
    super(`CSV syntax error at line ${line}: ${problem}`);
    this.name = 'CsvSyntaxError';
  }
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

// A record longer than this cannot be a registry row: it is an unclosed quote swallowing the rest
// of the file, and waiting for its end would hold the whole file in memory.
export const MAX_RECORD_CHARS = 1 << 20;

/** Fields of a record without quotes. */
export function splitSimple(s: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (;;) {
    const c = s.indexOf(',', start);
    if (c < 0) {
      out.push(s.slice(start));
      return out;
    }
    out.push(s.slice(start, c));
    start = c + 1;
  }
}

/**
 * Incremental reader: `push(text)` returns the records completed by that text, `end()` the last
 * one. Blank lines are skipped (they still count as lines). Throws {@link CsvSyntaxError}.
 */
export class CsvReader {
  private buffer = '';
  /** `line`: the physical line the first text pushed starts on. */
  constructor(private line = 1) {}
  // A syntax error found after some complete records: those are returned first, and the error
  // is thrown by the next call, so every record before the break is still checked.
  private pending: CsvSyntaxError | null = null;

  push(text: string): CsvRecord[] {
    if (this.pending) throw this.pending;
    this.buffer = this.buffer.length === 0 ? text : this.buffer + text;
    return this.drain(false);
  }

  end(): CsvRecord[] {
    if (this.pending) throw this.pending;
    const out = this.drain(true);
    this.buffer = '';
    return out;
  }

  private drain(final: boolean): CsvRecord[] {
    const s = this.buffer;
    const out: CsvRecord[] = [];
    let pos = 0;
    // Position of the next quote at or after pos (s.length when none): searched once and reused
    // while lines go by, or each line would rescan the rest of the buffer.
    let q = -1;
    while (pos < s.length) {
      let nl = s.indexOf('\n', pos);
      if (nl < 0) {
        if (!final) break;
        nl = s.length;
      }
      if (q < pos) {
        q = s.indexOf('"', pos);
        if (q < 0) q = s.length;
      }
      if (q >= nl) {
        const end = nl > pos && s.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
        if (end > pos) {
          const raw = s.slice(pos, end);
          out.push({ line: this.line, fields: splitSimple(raw), raw });
        }
        this.line++;
        pos = nl + 1;
        continue;
      }
      let record: ReturnType<CsvReader['readQuoted']>;
      try {
        record = this.readQuoted(s, pos, final);
      } catch (error) {
        if (!(error instanceof CsvSyntaxError) || out.length === 0) throw error;
        this.pending = error;
        return out;
      }
      if (record === null) break;
      out.push({ line: this.line, fields: record.fields, raw: null });
      this.line += record.lines;
      pos = record.next;
    }
    this.buffer = pos >= s.length ? '' : s.slice(pos);
    if (!final && this.buffer.length > MAX_RECORD_CHARS) {
      throw new CsvSyntaxError(
        this.line,
        this.buffer.includes('"') ? 'unclosed_quote' : 'record_too_long',
      );
    }
    return out;
  }

  /**
   * One record holding at least one quote, from `start`. Null when the text ends inside the record
   * and more may come; at the end of input an open quote is an error.
   */
  private readQuoted(
    s: string,
    start: number,
    final: boolean,
  ): { fields: string[]; lines: number; next: number } | null {
    const fields: string[] = [];
    let i = start;
    let lines = 1;
    for (;;) {
      if (i < s.length && s.charCodeAt(i) === QUOTE) {
        // Quoted field: "" is a literal quote; line breaks inside are part of the value.
        let value = '';
        let from = i + 1;
        for (;;) {
          const close = s.indexOf('"', from);
          if (close < 0) {
            if (final) throw new CsvSyntaxError(this.line, 'unclosed_quote');
            return null;
          }
          value += s.slice(from, close);
          if (close + 1 >= s.length && !final) return null;
          if (s.charCodeAt(close + 1) === QUOTE) {
            value += '"';
            from = close + 2;
            continue;
          }
          i = close + 1;
          break;
        }
        for (let k = value.indexOf('\n'); k >= 0; k = value.indexOf('\n', k + 1)) lines++;
        fields.push(value);
        const c = i < s.length ? s.charCodeAt(i) : -1;
        if (c === COMMA) {
          i++;
          continue;
        }
        if (c === LF || (c === CR && s.charCodeAt(i + 1) === LF)) {
          return { fields, lines, next: c === CR ? i + 2 : i + 1 };
        }
        if (c === CR && i + 1 >= s.length && !final) return null;
        if (c === -1) return { fields, lines, next: i };
        throw new CsvSyntaxError(this.line + lines - 1, 'text_after_closing_quote');
      }
      // Unquoted field up to the next comma or line end; a quote inside one breaks RFC 4180 2.5.
      let endOfField = i;
      while (endOfField < s.length) {
        const c = s.charCodeAt(endOfField);
        if (c === COMMA || c === LF) break;
        if (c === QUOTE) throw new CsvSyntaxError(this.line + lines - 1, 'quote_in_unquoted_field');
        endOfField++;
      }
      if (endOfField >= s.length && !final) return null;
      let value = s.slice(i, endOfField);
      if (value.endsWith('\r')) value = value.slice(0, -1);
      fields.push(value);
      if (endOfField < s.length && s.charCodeAt(endOfField) === COMMA) {
        i = endOfField + 1;
        continue;
      }
      return { fields, lines, next: endOfField + 1 };
    }
  }
}
