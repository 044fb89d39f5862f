import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  CsvSyntaxError,
  columnNames,
  decodeText,
  detectDelimiter,
  parseCsv,
  readCsv,
} from './datastore-csv.ts';
import { xlsxSource } from './datastore-loader.ts';
import { copyField, inferType, normalizeValue } from './datastore-types.ts';

describe('CSV reading', () => {
  it('reads RFC 4180 quoting, CRLF and quoted line breaks, with the line each record starts on', () => {
    const text = 'a,b\r\n"x, y","he said ""hi"""\r\n"two\nlines",z\n\nlast,\n';
    const records = [...readCsv(text, ',')];
    expect(records).toEqual([
      [['a', 'b'], 1, 'a,b'],
      [['x, y', 'he said "hi"'], 2, undefined],
      [['two\nlines', 'z'], 3, undefined],
      [[''], 5, ''],
      [['last', ''], 6, 'last,'],
    ]);
    // Old Mac line ends (CR only) end records too.
    expect(parseCsv('a,b\rc,d\r')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('reports an unterminated quote with its line', () => {
    const records: number[] = [];
    expect(() => {
      for (const [, line] of readCsv('a\nb\n"open\nc\n', ',')) records.push(line);
    }).toThrow(CsvSyntaxError);
    expect(records).toEqual([1, 2]);
  });

  it('detects the delimiter and decodes Thai Windows-874 files', () => {
    expect(detectDelimiter('a;b;c\n1;2;3')).toBe(';');
    expect(detectDelimiter('a\tb\n')).toBe('\t');
    expect(detectDelimiter('"x;y",b,c')).toBe(',');
    // 'จังหวัด' in Windows-874 (TIS-620) bytes.
    const tis = Uint8Array.from([0xa8, 0xd1, 0xa7, 0xcb, 0xc7, 0xd1, 0xb4]);
    expect(decodeText(tis)).toEqual({ text: 'จังหวัด', encoding: 'windows-874' });
    expect(decodeText(Buffer.from('\uFEFFจังหวัด')).text).toBe('จังหวัด');
    expect(parseCsv('x,y\n1,2')).toEqual([
      ['x', 'y'],
      ['1', '2'],
    ]);
  });

  it('turns header cells into unique, valid column names', () => {
    expect(columnNames(['จังหวัด', ' _id ', '', 'a"b', 'จังหวัด', 'ก'.repeat(40)])).toEqual([
      'จังหวัด',
      'id',
      'column_3',
      'ab',
      'จังหวัด_2',
      'ก'.repeat(21),
    ]);
  });
});

describe('column types', () => {
  it('reads Thai number and date writing', () => {
    expect(normalizeValue('int', '1,234,567')).toBe('1234567');
    expect(normalizeValue('int', '2147483648')).toBeNull();
    expect(normalizeValue('bigint', '2147483648')).toBe('2147483648');
    expect(normalizeValue('numeric', '12,345.50')).toBe('12345.50');
    expect(normalizeValue('date', '31/12/2566')).toBe('2023-12-31');
    expect(normalizeValue('date', '5 ม.ค. 2567')).toBe('2024-01-05');
    expect(normalizeValue('date', '2024-02-30')).toBeNull();
    expect(normalizeValue('date', '2024-02-29')).toBe('2024-02-29');
    expect(normalizeValue('timestamp', '2024-01-02T03:04:05+07:00')).toBe(
      '2024-01-01 20:04:05.000',
    );
    expect(normalizeValue('int', '-')).toBe('');
    expect(normalizeValue('int', 'ไม่ทราบ')).toBeNull();
  });

  it('infers the narrowest type most sampled values fit, keeping codes with leading zeros as text', () => {
    expect(inferType(['1', '2', '', '30'])).toBe('int');
    expect(inferType(['1', '2.5'])).toBe('numeric');
    expect(inferType(['9999999999'])).toBe('bigint');
    expect(inferType(['0105', '1200'])).toBe('text');
    expect(inferType(['2024-01-01', '31/12/2566'])).toBe('date');
    expect(inferType(['2024-01-01 10:00', '2024-01-02'])).toBe('timestamp');
    const mostlyNumbers = [...Array.from({ length: 19 }, (_, i) => String(i)), 'ไม่ทราบ'];
    expect(inferType(mostlyNumbers)).toBe('int');
    expect(inferType(['1', 'สอง'])).toBe('text');
    expect(inferType([])).toBe('text');
  });

  it('quotes COPY fields only when needed', () => {
    expect(copyField('plain')).toBe('plain');
    expect(copyField('a,b')).toBe('"a,b"');
    expect(copyField('say "x"')).toBe('"say ""x"""');
    expect(copyField('   ')).toBe('');
    expect(copyField('\\.')).toBe('"\\."');
  });
});

describe('XLSX reading', () => {
  it('reads the first worksheet with row numbers, dates and formulas', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('ข้อมูล');
    sheet.addRow(['จังหวัด', 'วันที่', 'จำนวน']);
    sheet.addRow(['น่าน', new Date(Date.UTC(2024, 0, 5)), 5]);
    sheet.addRow(['ตาก', new Date(Date.UTC(2024, 0, 6)), { formula: '2+3', result: 5 }]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const source = await xlsxSource(buffer);
    expect(source.header).toEqual(['จังหวัด', 'วันที่', 'จำนวน']);
    expect([...source.records]).toEqual([
      [['น่าน', '2024-01-05', '5'], 2, undefined],
      [['ตาก', '2024-01-06', '5'], 3, undefined],
    ]);
  });
});
