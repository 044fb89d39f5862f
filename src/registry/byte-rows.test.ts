import { describe, expect, it } from 'vitest';
import { ByteRowCheck, ByteText } from './byte-rows.ts';
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

  it('writes UTF-8 text, bytes and numbers', () => {
    const t = new ByteText(4);
    t.int(0);
    t.byte(44);
    t.int(1234567);
    t.text(',ก');
    t.bytes(Buffer.from('abc'), 1, 3);
    t.end();
    expect(t.take().toString('utf8')).toBe('0,1234567,กbc\n');
    expect(t.count).toBe(1);
  });
});
