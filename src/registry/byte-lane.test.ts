import { readFileSync } from 'node:fs';
import asc from 'assemblyscript/asc';
import { describe, expect, it } from 'vitest';
import { ByteLane, LINE, ROWS_WASM, STEP } from './byte-lane.ts';
import { CsvReader } from './csv-reader.ts';
import { checkRow, REGISTRY_CSV_COLUMNS } from './registry-csv.ts';
import { LOAD_TABLES } from './store-import.ts';
import { generatePeople, toRegistryCsvRow } from './synthetic.ts';

const TODAY = '2025-06-01';
const people = generatePeople({ count: 2000, seed: 91 });
type Column = (typeof REGISTRY_CSV_COLUMNS)[number];

function verdict(line: string) {
  const [record] = new CsvReader().push(`${line}\n`);
  const r = checkRow(record!, TODAY);
  return typeof r === 'string' ? r : 'problem';
}

const lane = new ByteLane(TODAY, false);

/** What the lane makes of one line. */
function read(line: string): 'accepted' | 'other' | 'blank' {
  const b = Buffer.from(`${line}\n`);
  lane.slice(b, 0, b.length);
  const s = lane.step(2, STEP.check);
  return s === LINE.accepted ? 'accepted' : s === LINE.blank ? 'blank' : 'other';
}

const accepted = (line: string) => read(line) === 'accepted';

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
  ['citizen_id', '1101700123450'],
  ['citizen_id', '110170012345'],
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
  ['gender', 'femalx'],
  ['gender', 'mal'],
  ['nationality', 'tha'],
  ['status', 'dead'],
  ['status', 'deceasex'],
  ['nationality', 'TH1'],
  ['house_id', '1014-012345-1'],
  ['house_no', ''],
  ['moo', '0'],
  ['moo', '05'],
  ['moo', '100'],
  ['province', 'Chiang Mai'],
  ['province', 'จ.เชียงใหม่'],
  ['province', 'Atlantis'],
  ['province', 'กรุงเทพมหานค'],
  ['province', 'กรุงเทพมหานครx'],
  ['postal_code', '1040'],
  ['residence_role', 'Owner'],
  ['residence_role', 'residenx'],
  ['resident_since', '2568-01-01'],
  ['resident_since', '2026-01-01'],
  ['card_number', 'AB 12'],
  ['laser_code', 'jt1-1234567-12'],
  ['laser_code', 'JT123456789'],
  ['card_issued', '2020-02-31'],
  ['card_expires', '2000-01-01'],
  ['card_status', 'lost'],
  ['card_status', 'revokes'],
  ['card_status', 'activ'],
  ['card_expires', '2030-02-30'],
  ['card_expires', '2599-01-01'],
  ['house_id', '1014012345x'],
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

  it('cuts lines into 31 fields and leaves control characters to the string path', () => {
    const line = toRegistryCsvRow(people[0]!);
    expect(read(line)).toBe('accepted');
    expect(read(`${line}\r`)).toBe('accepted');
    expect(read('')).toBe('blank');
    expect(read('\r')).toBe('blank');
    expect(read(`${line},`)).toBe('other');
    expect(read(line.slice(0, line.lastIndexOf(',')))).toBe('other');
    for (const c of ['\t', '\r', '\u0000', '\u007f']) {
      expect(read(line.replace(',', `${c},`))).toBe('other');
    }
    // Lines of every length up to a few blocks of 16 bytes, cut anywhere.
    const b = Buffer.from(
      people
        .slice(0, 50)
        .map((p) => `${toRegistryCsvRow(p)}\n`)
        .join(''),
    );
    lane.slice(b, 0, b.length);
    let n = 0;
    for (let s = lane.step(n, STEP.read); s !== LINE.none; s = lane.step(n, STEP.read)) {
      expect(lane.text()).toBe(toRegistryCsvRow(people[n++]!));
    }
    expect(n).toBe(50);
  });

  it('writes the same COPY rows for a line and for its fields as the string path gives them', () => {
    const fromBytes = new ByteLane(TODAY, true);
    const fromFields = new ByteLane(TODAY, true);
    let line = 2;
    for (const p of people) {
      const text = toRegistryCsvRow(p);
      const b = Buffer.from(`${text}\r\n`);
      fromBytes.slice(b, 0, b.length);
      if (fromBytes.step(line, STEP.write) !== LINE.accepted) continue;
      fromFields.writeFields(text.split(','), line);
      line++;
    }
    expect(line).toBeGreaterThan(people.length * 0.9);
    for (const output of LOAD_TABLES) {
      expect(fromBytes.count(output)).toBe(fromFields.count(output));
      expect(fromBytes.take(output).equals(fromFields.take(output))).toBe(true);
    }
  });
});

describe('the byte lane module', () => {
  it('is what `npm run build:wasm` makes of wasm/rows.ts (rebuild it after changing the source)', async () => {
    const script: string = JSON.parse(readFileSync('package.json', 'utf8')).scripts['build:wasm'];
    let built: Uint8Array | null = null;
    const { error, stderr } = await asc.main(script.split(/\s+/).slice(1), {
      writeFile(name: string, contents: Uint8Array | string) {
        if (name.endsWith('.wasm') && typeof contents !== 'string') built = contents;
      },
    });
    expect(error, String(stderr)).toBeNull();
    expect(built).not.toBeNull();
    expect(Buffer.from(built!).equals(readFileSync(ROWS_WASM))).toBe(true);
  }, 60_000);
});
