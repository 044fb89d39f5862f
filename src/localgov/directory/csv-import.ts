/**
 * Reads the directory file of `pratu import localgov <file.csv>` (format: docs/localgov-directory.md):
 * UTF-8 (a byte-order mark is allowed), RFC 4180 quoting, a header row naming the columns of
 * DIRECTORY_CSV_COLUMNS in any order. Every problem is reported with the line it is on, so the
 * person fixing the file can go straight to it; the import is all-or-nothing (see index.ts).
 */

import { parse } from 'csv-parse/sync';
import { defineMessages } from '../../platform/i18n/index.ts';
import {
  type AdministrationInput,
  DIRECTORY_CSV_COLUMNS,
  parseAdministration,
} from './administrations.ts';

export interface ImportProblem {
  /** 1-based line of the file where the record starts; 0 for the file as a whole. */
  line: number;
  column?: string;
  code: string;
  params: Record<string, string | number>;
}

export interface ReadRow {
  line: number;
  value: AdministrationInput;
}

export interface ReadResult {
  rows: ReadRow[];
  problems: ImportProblem[];
  /** Records read (valid or not), the header excluded. */
  records: number;
}

/** Larger than any real directory (7,850 rows are about 1.5 MB) by a wide margin. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** Past this many rows the file is not a directory of one country's local administrations. */
export const MAX_IMPORT_ROWS = 100_000;

defineMessages({
  'localgov.csv_empty': {
    th: 'ไฟล์ว่าง ไม่มีแถวหัวตาราง',
    en: 'The file is empty: there is no header row',
  },
  'localgov.csv_too_large': {
    th: 'ไฟล์ใหญ่เกิน {max} เมกะไบต์',
    en: 'The file is larger than {max} MB',
  },
  'localgov.csv_too_many_rows': {
    th: 'ไฟล์มีมากกว่า {max} แถว',
    en: 'The file has more than {max} rows',
  },
  'localgov.csv_not_utf8': {
    th: 'ไฟล์ไม่ได้เข้ารหัสแบบ UTF-8 กรุณาบันทึกไฟล์เป็น CSV UTF-8',
    en: 'The file is not UTF-8; save it as CSV UTF-8',
  },
  'localgov.csv_syntax': {
    th: 'อ่านไฟล์ CSV ไม่ได้: {detail}',
    en: 'The CSV file cannot be read: {detail}',
  },
  'localgov.csv_missing_columns': {
    th: 'แถวหัวตารางขาดคอลัมน์ {columns}',
    en: 'The header row lacks the columns {columns}',
  },
  'localgov.csv_unknown_columns': {
    th: 'แถวหัวตารางมีคอลัมน์ที่ไม่รู้จัก {columns} (ใช้ได้เฉพาะ {allowed})',
    en: 'The header row has unknown columns {columns} (allowed: {allowed})',
  },
  'localgov.csv_duplicate_columns': {
    th: 'แถวหัวตารางมีคอลัมน์ {columns} ซ้ำ',
    en: 'The header row repeats the columns {columns}',
  },
  'localgov.csv_field_count': {
    th: 'มี {found} ช่อง แต่หัวตารางมี {expected} คอลัมน์',
    en: 'The record has {found} fields but the header has {expected} columns',
  },
  'localgov.domain_duplicate': {
    th: 'โดเมน {value} ซ้ำกับ อปท. ในบรรทัดที่ {line} (หนึ่งโดเมนเป็นของ อปท. เดียว)',
    en: 'The domain {value} is already used on line {line} (a domain belongs to one administration)',
  },
});

/** Reads the whole file; never throws for bad content, only reports it. */
export function readDirectoryCsv(input: string | Uint8Array): ReadResult {
  const fail = (code: string, params: Record<string, string | number> = {}): ReadResult => ({
    rows: [],
    problems: [{ line: 0, code, params }],
    records: 0,
  });
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    if (input.byteLength > MAX_IMPORT_BYTES) {
      return fail('localgov.csv_too_large', { max: MAX_IMPORT_BYTES / 1024 / 1024 });
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      return fail('localgov.csv_not_utf8');
    }
  }
  if (text.length > MAX_IMPORT_BYTES) {
    return fail('localgov.csv_too_large', { max: MAX_IMPORT_BYTES / 1024 / 1024 });
  }

  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch (error) {
    const e = error as { message?: string; lines?: number };
    return {
      rows: [],
      problems: [
        {
          line: typeof e.lines === 'number' ? e.lines : 0,
          code: 'localgov.csv_syntax',
          params: { detail: String(e.message ?? error) },
        },
      ],
      records: 0,
    };
  }
  const header = records[0];
  if (!header || header.record.every((f) => f.trim() === '')) return fail('localgov.csv_empty');
  if (records.length - 1 > MAX_IMPORT_ROWS) {
    return fail('localgov.csv_too_many_rows', { max: MAX_IMPORT_ROWS });
  }

  const columns = header.record.map((c) => c.trim().toLowerCase());
  const known = new Set<string>(DIRECTORY_CSV_COLUMNS);
  const missing = DIRECTORY_CSV_COLUMNS.filter((c) => !columns.includes(c));
  const unknown = columns.filter((c) => !known.has(c));
  const repeated = columns.filter((c, i) => columns.indexOf(c) !== i);
  const headerProblems: ImportProblem[] = [];
  if (missing.length) {
    headerProblems.push({
      line: 1,
      code: 'localgov.csv_missing_columns',
      params: { columns: missing.join(', ') },
    });
  }
  if (unknown.length) {
    headerProblems.push({
      line: 1,
      code: 'localgov.csv_unknown_columns',
      params: { columns: unknown.join(', '), allowed: DIRECTORY_CSV_COLUMNS.join(', ') },
    });
  }
  if (repeated.length) {
    headerProblems.push({
      line: 1,
      code: 'localgov.csv_duplicate_columns',
      params: { columns: [...new Set(repeated)].join(', ') },
    });
  }
  if (headerProblems.length) return { rows: [], problems: headerProblems, records: 0 };

  const rows: ReadRow[] = [];
  const problems: ImportProblem[] = [];
  const lineOfCode = new Map<string, number>();
  const lineOfDomain = new Map<string, number>();
  let overCounted = 0;
  for (const { record, info } of records.slice(1)) {
    const counted = lineCounts(record);
    const line = info.lines - counted.newlines - counted.crlf - overCounted;
    overCounted += counted.crlf;
    if (record.length !== columns.length) {
      problems.push({
        line,
        code: 'localgov.csv_field_count',
        params: { found: record.length, expected: columns.length },
      });
      continue;
    }
    const fields: Record<string, string> = {};
    columns.forEach((c, i) => {
      fields[c] = record[i] ?? '';
    });
    const parsed = parseAdministration(fields);
    if (!parsed.ok) {
      for (const p of parsed.problems) problems.push({ line, ...p });
      continue;
    }
    const { code, domain } = parsed.value;
    const codeLine = lineOfCode.get(code);
    if (codeLine !== undefined) {
      problems.push({
        line,
        column: 'code',
        code: 'localgov.code_duplicate',
        params: { value: code, line: codeLine },
      });
      continue;
    }
    lineOfCode.set(code, line);
    if (domain) {
      const domainLine = lineOfDomain.get(domain);
      if (domainLine !== undefined) {
        problems.push({
          line,
          column: 'website',
          code: 'localgov.domain_duplicate',
          params: { value: domain, line: domainLine },
        });
        continue;
      }
      lineOfDomain.set(domain, line);
    }
    rows.push({ line, value: parsed.value });
  }
  return { rows, problems, records: records.length - 1 };
}

/**
 * csv-parse's `info.lines` is the line a record ends on, and it counts a CRLF inside a quoted
 * field as two lines, from then on for every later record too (csv-parse 6/7). People want the
 * line the record starts on, as their editor numbers it.
 */
function lineCounts(record: readonly string[]): { newlines: number; crlf: number } {
  let newlines = 0;
  let crlf = 0;
  for (const field of record) {
    newlines += (field.match(/\n/g) ?? []).length;
    crlf += (field.match(/\r\n/g) ?? []).length;
  }
  return { newlines, crlf };
}
