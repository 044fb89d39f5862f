import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  CsvSyntaxError,
  columnNames,
  detectDelimiter,
  parseCsv,
  readCsv,
} from './datastore-csv.ts';
import { csvSource, xlsxSource } from './datastore-loader.ts';
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

  it('reads a large file piece by piece exactly as one text, quoted line breaks across pieces', () => {
    // About 9 MB: three pieces. Every 7th record has a quoted field with line breaks and quotes,
    // so some piece boundaries fall where a naive cut would split a quoted field.
    const rows: string[] = ['id,note,amount'];
    for (let i = 0; i < 150_000; i++) {
      rows.push(
        i % 7 === 0
          ? `${i},"บรรทัด ${i}\nต่อ ""${i}""\nจบ",${i}.5`
          : `${i},หมายเหตุของแถวที่ ${i},${i}.5`,
      );
    }
    const text = `${rows.join('\n')}\n`;
    const whole = [...readCsv(text, ',')];
    const source = csvSource(Buffer.from(text));
    const pieced = [...source.records];
    expect(source.header).toEqual(['id', 'note', 'amount']);
    expect(pieced.length).toBe(whole.length - 1);
    expect(pieced).toEqual(whole.slice(1));
    expect(source.syntaxError).toBeUndefined();
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
    // 'จังหวัด' in Windows-874 (TIS-620) bytes, in a file whose first 4 MB piece is plain ASCII:
    // the encoding is decided on the whole file, not on the piece read first.
    const tis = Uint8Array.from([0xa8, 0xd1, 0xa7, 0xcb, 0xc7, 0xd1, 0xb4]);
    const ascii = Buffer.from(`name,n\n${'row,1\n'.repeat(800_000)}`);
    const mixed = csvSource(Buffer.concat([ascii, tis, Buffer.from(',2\n')]));
    const last = [...mixed.records].at(-1);
    expect(last).toEqual([['จังหวัด', '2'], 800_002, 'จังหวัด,2']);
    expect(csvSource(Buffer.from('\uFEFFจังหวัด,b\n1,2\n')).header).toEqual(['จังหวัด', 'b']);
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
