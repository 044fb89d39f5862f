import { describe, expect, it } from 'vitest';
import { BinaryCopy, ByteRowCheck, daysFromCivil, FieldBytes } from './byte-rows.ts';
import { CsvReader } from './csv-reader.ts';
import { checkRow, REGISTRY_CSV_COLUMNS } from './registry-csv.ts';
import { generatePeople, toRegistryCsvRow } from './synthetic.ts';

const TODAY = '2025-06-01';
const people = generatePeople({ count: 2000, seed: 91 });
type Column = (typeof REGISTRY_CSV_COLUMNS)[number];

function verdict(line: string) {
  const [record] = new CsvReader().push(`${line}\n`);
  const r = checkRow(record!, TODAY);
  return typeof r === 'string' ? r : 'problem';
}

function accepted(line: string): boolean {
  const b = Buffer.from(line);
  return new ByteRowCheck(TODAY).accept(b, 0, b.length);
}

function edit(line: string, column: Column, value: string): string {
  const fields = line.split(',');
  fields[REGISTRY_CSV_COLUMNS.indexOf(column)] = value;
  return fields.join(',');
}

// Values that the string path rejects or rewrites; the byte lane must leave each to it.
const EDITS: [Column, string][] = [
  ['citizen_id', '1-1017-00123-45-6'],
  ['citizen_id', '1101700123457'],
  ['citizen_id', '๑๑๐๑๗๐๐๑๒๓๔๕๖'],
  ['title_th', ''],
  ['title_th', ' นาย'],
  ['given_name_th', 'ก'.repeat(101)],
  ['given_name_th', '😀'.repeat(51)],
  ['middle_name_en', 'x\u0001'],
  ['title_en', ''],
  ['birth_date', '2533-05-14'],
  ['birth_date', '1990-02-30'],
  ['birth_date', '1990-00-05'],
  ['birth_date', '2999-01-01'],
  ['birth_date', '1799-01-01'],
  ['gender', 'Male'],
  ['gender', 'unknown'],
  ['nationality', 'tha'],
  ['status', 'dead'],
  ['house_id', '1014-012345-1'],
  ['house_no', ''],
  ['moo', '0'],
  ['moo', '05'],
  ['moo', '100'],
  ['province', 'Chiang Mai'],
  ['province', 'จ.เชียงใหม่'],
  ['province', 'Atlantis'],
  ['postal_code', '1040'],
  ['residence_role', 'Owner'],
  ['resident_since', '2568-01-01'],
  ['resident_since', '2026-01-01'],
  ['card_number', 'AB 12'],
  ['laser_code', 'jt1-1234567-12'],
  ['laser_code', 'JT123456789'],
  ['card_issued', '2020-02-31'],
  ['card_expires', '2000-01-01'],
  ['card_status', 'lost'],
  ['photo_ref', ` ${'x'.repeat(10)}`],
];

describe('byte lane', () => {
  it('accepts the generated rows, and only rows the string path keeps as they are', () => {
    let n = 0;
    for (const p of people) {
      const line = toRegistryCsvRow(p);
      const v = verdict(line);
      if (accepted(line)) {
        n++;
        expect(v).toBe('same');
      }
      for (const [column, value] of EDITS) {
        const changed = edit(line, column, value);
        if (accepted(changed)) expect([column, verdict(changed)]).toEqual([column, 'same']);
      }
    }
    // Rows with an empty English name or without a house go the string way; most do not.
    expect(n).toBeGreaterThan(people.length * 0.9);
  });

  it('finds every field and refuses a wrong column count', () => {
    const line = toRegistryCsvRow(people[0]!);
    const b = Buffer.from(line);
    const k = new ByteRowCheck(TODAY);
    if (!k.accept(b, 0, b.length)) return;
    const fields = line.split(',');
    for (let i = 0; i < fields.length; i++) {
      expect(b.toString('utf8', k.at[i]!, k.at[i]! + k.len(i))).toBe(fields[i]);
    }
    expect(accepted(`${line},`)).toBe(false);
    expect(accepted(line.slice(0, line.lastIndexOf(',')))).toBe(false);
  });

  it('lays out normalised fields as the byte lane finds them', () => {
    const fields = people[0]!;
    const line = toRegistryCsvRow(fields);
    const k = new ByteRowCheck(TODAY);
    const b = Buffer.from(line);
    expect(k.accept(b, 0, b.length)).toBe(true);
    const f = new FieldBytes();
    f.set(line.split(',').map((v, i) => (i === 2 ? `${v},"ก"`.repeat(100) : v)));
    for (let i = 0; i < 31; i++) {
      const value = f.b.toString('utf8', f.at[i]!, f.at[i]! + f.len(i));
      if (i === 2) expect(value).toBe(`${line.split(',')[2]},"ก"`.repeat(100));
      else expect(value).toBe(b.toString('utf8', k.at[i]!, k.at[i]! + k.len(i)));
    }
  });
});

describe('binary COPY rows', () => {
  it('counts days as PostgreSQL dates do', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(2000, 1, 1)).toBe(10_957);
    expect(daysFromCivil(2024, 2, 29)).toBe(19_782);
    expect(daysFromCivil(1900, 3, 1)).toBe(-25_508);
    expect(daysFromCivil(1800, 1, 1)).toBe(-62_091);
  });

  it('writes the signature, typed values, NULLs and the end mark', () => {
    const t = new BinaryCopy(4);
    const src = Buffer.from('xกy2000-01-0275');
    t.row(6, 3 + 4 + 4 + 2 + 1 + 4);
    t.int4(258);
    t.text(src, 1, 4);
    t.textOrNull(src, 4, 4);
    t.date(src, 5, false);
    t.int2Digits(src, 15, 17);
    t.bool(true);
    t.finish();
    const out = t.take();
    expect(t.count).toBe(1);
    const hex = (...bytes: number[]) => Buffer.from(bytes).toString('hex');
    expect(out.toString('hex')).toBe(
      Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1').toString('hex') +
        hex(0, 0, 0, 0, 0, 0, 0, 0) +
        hex(0, 6) +
        hex(0, 0, 0, 4, 0, 0, 1, 2) +
        hex(0, 0, 0, 3) +
        Buffer.from('ก').toString('hex') +
        hex(0xff, 0xff, 0xff, 0xff) +
        hex(0, 0, 0, 4, 0, 0, 0, 1) +
        hex(0, 0, 0, 2, 0, 75) +
        hex(0, 0, 0, 1, 1) +
        hex(0xff, 0xff),
    );
    // Later chunks carry rows only.
    t.row(1, 0);
    t.null();
    expect(t.take().toString('hex')).toBe(hex(0, 1, 0xff, 0xff, 0xff, 0xff));
  });
});
