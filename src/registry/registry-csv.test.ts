import { describe, expect, it } from 'vitest';
import { CsvReader } from './csv-reader.ts';
import { checkHeader, REGISTRY_CSV_COLUMNS, validateRow } from './registry-csv.ts';
import { generatePeople, toRegistryCsvRow } from './synthetic.ts';

const TODAY = '2025-06-01';
const people = generatePeople({ count: 400, seed: 77 });
const withCard = people.find((p) => p.card && p.house.moo === null)!;

function record(line: string, lineNo = 2) {
  const [r] = new CsvReader().push(`${line}\n`);
  return { ...r!, line: lineNo };
}

function row(edit: Partial<Record<(typeof REGISTRY_CSV_COLUMNS)[number], string>> = {}) {
  const fields = new CsvReader().push(`${toRegistryCsvRow(withCard)}\n`)[0]!.fields;
  for (const [k, v] of Object.entries(edit)) fields[REGISTRY_CSV_COLUMNS.indexOf(k as never)] = v!;
  return fields.map((f) => (/[",]/.test(f) ? `"${f.replaceAll('"', '""')}"` : f)).join(',');
}

function problems(line: string) {
  const r = validateRow(record(line), TODAY);
  return r.ok ? [] : r.problems.map((p) => `${p.code}:${p.params.column ?? ''}`);
}

describe('registry CSV rows', () => {
  it('accepts every generated row and forwards canonical rows unchanged', () => {
    for (const p of people) {
      const line = toRegistryCsvRow(p);
      const r = validateRow(record(line, 9), TODAY);
      expect(r).toEqual({ ok: true, staged: `9,${line}` });
    }
  });

  it('normalises B.E. years, separators, case and spaces', () => {
    const ce = withCard.birthDate;
    const be = `${ce.year + 543}-${String(ce.month ?? 0).padStart(2, '0')}-${String(ce.day ?? 0).padStart(2, '0')}`;
    const cid = withCard.citizenId;
    const r = validateRow(
      record(
        row({
          birth_date: be,
          citizen_id: `${cid.slice(0, 1)}-${cid.slice(1, 5)}-${cid.slice(5, 10)}-${cid.slice(10, 12)}-${cid.slice(12)}`,
          laser_code: withCard.card!.laserCode.toLowerCase(),
          gender: ' MALE ',
          given_name_th: ` ${withCard.givenNameTh} `,
          province: 'Chiang Mai',
        }),
      ),
      TODAY,
    );
    expect(r.ok).toBe(true);
    const staged = r.ok ? new CsvReader().push(`${r.staged}\n`)[0]!.fields : [];
    const at = (c: (typeof REGISTRY_CSV_COLUMNS)[number]) =>
      staged[REGISTRY_CSV_COLUMNS.indexOf(c) + 1];
    expect(at('birth_date')).toBe(`${ce.year}${be.slice(4)}`);
    expect(at('citizen_id')).toBe(cid);
    expect(at('laser_code')).toBe(withCard.card!.laserCode);
    expect(at('gender')).toBe('male');
    expect(at('given_name_th')).toBe(withCard.givenNameTh);
    expect(at('province')).toBe('เชียงใหม่');
  });

  it('keeps partial birth dates and refuses impossible ones', () => {
    expect(problems(row({ birth_date: '1967-00-00' }))).toEqual([]);
    expect(problems(row({ birth_date: '2510-03-00' }))).toEqual([]);
    expect(problems(row({ birth_date: '1967-00-05' }))).toEqual([
      'registry.import.birth_date_invalid:birth_date',
    ]);
    expect(problems(row({ birth_date: '1990-02-30' }))).toEqual([
      'registry.import.birth_date_invalid:birth_date',
    ]);
    expect(problems(row({ birth_date: '14/05/1990' }))).toEqual([
      'registry.import.date_format:birth_date',
    ]);
    expect(problems(row({ birth_date: '2030-01-01' }))).toEqual([
      'registry.import.date_in_future:birth_date',
    ]);
  });

  it('names each bad field', () => {
    const cid = withCard.citizenId;
    const wrongDigit = cid.slice(0, 12) + String((Number(cid[12]) + 1) % 10);
    expect(problems(row({ citizen_id: wrongDigit }))).toEqual([
      'registry.import.citizen_id_checksum:citizen_id',
    ]);
    expect(problems(row({ citizen_id: '12345' }))).toEqual([
      'registry.import.citizen_id_format:citizen_id',
    ]);
    expect(problems(row({ given_name_th: '' }))).toEqual([
      'registry.import.required:given_name_th',
    ]);
    expect(problems(row({ gender: 'x' }))).toEqual(['registry.import.not_allowed:gender']);
    expect(problems(row({ status: 'dead' }))).toEqual(['registry.import.not_allowed:status']);
    expect(problems(row({ nationality: 'TH' }))).toEqual([
      'registry.import.nationality:nationality',
    ]);
    expect(problems(row({ laser_code: 'JT1-123' }))).toEqual([
      'registry.import.laser_code:laser_code',
    ]);
    expect(problems(row({ card_issued: '2020-13-01' }))).toEqual([
      'registry.import.date_invalid:card_issued',
    ]);
    expect(problems(row({ card_expires: '2001-01-01' }))).toEqual([
      'registry.import.expiry_before_issue:card_expires',
    ]);
    expect(problems(row({ province: 'Atlantis' }))).toEqual(['registry.import.province:province']);
    expect(problems(row({ postal_code: '1040' }))).toEqual([
      'registry.import.postal_code:postal_code',
    ]);
    expect(problems(row({ moo: '0' }))).toEqual(['registry.import.moo:moo']);
    expect(problems(row({ house_id: '' }))).toContain('registry.import.needs_house:house_no');
    expect(problems(row({ card_number: '' }))).toContain('registry.import.needs_card:laser_code');
    expect(problems(row({ family_name_en: 'Tab\there' }))).toEqual([
      'registry.import.control_character:family_name_en',
    ]);
    expect(problems(`${row()},extra`)).toEqual(['registry.import.column_count:']);
  });

  it('checks the header', () => {
    expect(checkHeader([...REGISTRY_CSV_COLUMNS])).toEqual([]);
    expect(
      checkHeader([`\uFEFF${REGISTRY_CSV_COLUMNS[0]}`, ...REGISTRY_CSV_COLUMNS.slice(1)]),
    ).toEqual([]);
    const missing = checkHeader(REGISTRY_CSV_COLUMNS.filter((c) => c !== 'laser_code'));
    expect(missing).toMatchObject([
      { line: 1, code: 'registry.import.header_missing', params: { columns: 'laser_code' } },
    ]);
    const swapped = [...REGISTRY_CSV_COLUMNS];
    [swapped[1], swapped[2]] = [swapped[2]!, swapped[1]!];
    expect(checkHeader(swapped)[0]?.code).toBe('registry.import.header_order');
  });
});
