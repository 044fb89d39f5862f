import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  CsvSyntaxError,
  columnNames,
  detectDelimiter,
  parseCsv,
  RecordScanner,
  readCsv,
} from './datastore-csv.ts';
import { csvSource, xlsxSource } from './datastore-loader.ts';
import {
  byteCheck,
  copyField,
  inferType,
  isAsIs,
  type LoadType,
  normalizeValue,
} from './datastore-types.ts';

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

describe('records sent to COPY as they are', () => {
  const scanAll = (text: string, checks: number[], crlf = false) => {
    const bytes = Buffer.from(text);
    const scanner = new RecordScanner(checks, crlf);
    const found: Array<{ text: string; asIs: boolean; innerLines: number }> = [];
    for (let i = 0; i < bytes.length; i = scanner.end) {
      scanner.scan(bytes, i);
      found.push({
        text: bytes.subarray(i, scanner.end).toString(),
        asIs: scanner.asIs,
        innerLines: scanner.innerLines,
      });
    }
    return found;
  };

  it('cuts records where readCsv does, whatever their quotes and line ends', () => {
    const text = 'a,"b\nc"\r\nx"y,z\r"q"tail,"open ""quoted""\r\nstill",\n\n"x",1,\n,\rlast,"one"';
    const records = scanAll(text, [byteCheck.text, byteCheck.text]);
    // Each record read alone gives the values and line that reading the whole text gives.
    let line = 1;
    const alone = records.flatMap((r) => {
      const read = [...readCsv(r.text, ',', line)].map(([fields, at]) => [fields, at]);
      line += 1 + r.innerLines;
      return read;
    });
    expect(alone).toEqual([...readCsv(text, ',')].map(([fields, at]) => [fields, at]));
    expect(records.map((r) => r.text)).toEqual([
      'a,"b\nc"\r\n',
      'x"y,z\r',
      '"q"tail,"open ""quoted""\r\nstill",\n',
      '\n',
      '"x",1,\n',
      ',\r',
      'last,"one"',
    ]);
  });

  it('passes only records whose bytes COPY reads as the loader would send them', () => {
    const checks = [byteCheck.int, byteCheck.numeric, byteCheck.date, byteCheck.text];
    const verdict = (record: string, crlf = false) =>
      scanAll(record, checks, crlf).map((r) => r.asIs)[0];
    for (const record of [
      '1,2.5,2024-02-29,ข้อมูล\n',
      '-12,.5,,"a, ""b""\nc"\n',
      '+7,5.,2399-12-31,\n',
      ',,,x\n',
      '123456789,-0.25,0001-01-01,"ก"',
    ]) {
      expect([record, verdict(record)]).toEqual([record, true]);
    }
    expect(verdict('1,2,2024-01-01,x\r\n', true)).toBe(true);
    for (const record of [
      '1,2,2024-01-01,x\r\n', // CRLF in a file whose header ends in LF
      '1,"2",2024-01-01,x\n', // a quoted number
      '1,2,2024-01-01,""\n', // "" is an empty text to COPY, NULL to the loader
      '1,2,2024-01-01, x\n',
      '1,2,2024-01-01,\u00a0x\n',
      '1,2,2024-01-01,\\.\n',
      '1,2,2024-01-01,a"b"\n',
      '1,2,2024-01-01,"a"b\n',
      '1,2,2024-01-01\n',
      '1,2,2024-01-01,x,\n',
      '1,2,2024-01-01,x,y\n',
      '"1,234",2,2024-01-01,x\n',
      '1234567890,2,2024-01-01,x\n',
      '1,1e3,2024-01-01,x\n',
      '1,2,2024-02-30,x\n',
      '1,2,2567-01-01,x\n',
      '1,2,31/12/2566,x\n',
      '-,2,2024-01-01,x\n',
      '1,2,2024-01-01,x\r',
    ]) {
      expect([record, verdict(record)]).toEqual([record, false]);
    }
    expect(verdict('\n')).toBe(false);
    expect(scanAll('"open\n1,2\n', checks)[0]).toMatchObject({ asIs: false });
  });

  it('checks on bytes only values normalizeValue keeps as they are', () => {
    const values = [
      ...['0', '7', '-12', '+3', '007', '123456789', '1234567890', '123456789012345678'],
      ...['1234567890123456789', '1.5', '.5', '5.', '.', '-', '+', '1e3', '1,234', ' 1', '1 '],
      ...['2024-02-29', '2023-02-29', '2399-12-31', '2400-01-01', '0000-01-01', '2024-1-01'],
      ...['2024-01-01 10:00:00', '2024-01-01 23:59:60.123456', '2024-01-01 24:00:00'],
      ...['2024-01-01T10:00:00', '2024-01-01 10:00', '2024-01-01 10:00:00.', '2024-01-01 1:00:00'],
      ...['2567-01-01 10:00:00', '2024-01-01 10:00:00Z', '2024-01-01 10:00:00.1234567'],
      ...['n/a', 'null', '-.5', 'x', '\\.', 'ก', '\u00a0', ' ', 'a b'],
    ];
    const types: LoadType[] = ['int', 'bigint', 'numeric', 'date', 'timestamp', 'text'];
    for (const type of types) {
      for (const value of values) {
        const bytes = Buffer.from(value);
        // The scanner never hands isAsIs a delimiter, quote or line end inside a value.
        if (/[",\r\n]/.test(value) || !isAsIs(byteCheck[type], bytes, 0, bytes.length)) continue;
        const normal = type === 'text' ? copyField(value) : normalizeValue(type, value);
        expect([type, value, normal]).toEqual([type, value, value]);
      }
    }
    const bytes = (v: string) => Buffer.from(v);
    expect(isAsIs(byteCheck.int, bytes('123456789'), 0, 9)).toBe(true);
    expect(isAsIs(byteCheck.bigint, bytes('123456789012345678'), 0, 18)).toBe(true);
    expect(isAsIs(byteCheck.date, bytes('2024-02-29'), 0, 10)).toBe(true);
    expect(isAsIs(byteCheck.timestamp, bytes('2024-02-29 23:59:59'), 0, 19)).toBe(true);
    expect(isAsIs(byteCheck.timestamp, bytes('2024-02-29 23:59:59.5'), 0, 21)).toBe(true);
    expect(isAsIs(byteCheck.text, bytes('ก'), 0, 3)).toBe(true);
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
