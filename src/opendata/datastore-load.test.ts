import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, uniqueCode } from '../../test/support/app.ts';
import { RecordScanner } from './datastore-csv.ts';
import { byteCheck } from './datastore-types.ts';
import * as ds from './store-datastore.ts';

/**
 * The datastore load of comma-separated UTF-8 files, which sends unchanged records to COPY as
 * they are in the file, against the record-by-record reading every other file gets (a TSV file
 * of the same cells): the same rows, refusals and lines, whatever the quoting, line ends, BOM,
 * blank lines, placeholders or values to rewrite.
 */
describe('datastore load of CSV bytes', () => {
  let t: TestApp;
  let packageId: string;
  const reader = () => t.app.opendata.systemReader('system:test');

  beforeAll(async () => {
    t = await startTestApp();
    const org = await t.app.orgs.ensureOrganization({
      code: uniqueCode('dsload'),
      kind: 'department',
      name_th: 'หน่วยงานทดสอบการโหลด',
      name_en: 'Load test agency',
    });
    const pkg = await t.app.opendata.catalogue.createPackage(reader(), {
      name: uniqueCode('dsload'),
      owner_org: org.id,
    });
    packageId = pkg.id as string;
  });
  afterAll(async () => {
    await t?.stop();
  });

  async function load(content: Buffer, format: 'CSV' | 'TSV') {
    const resource = await t.app.opendata.catalogue.createResource(
      reader(),
      { package_id: packageId, name: 'load', format },
      { fileName: `load.${format.toLowerCase()}`, content, mimetype: 'text/csv' },
      { queueLoad: false },
    );
    const id = resource.id as string;
    const loadId = await t.app.opendata.scheduleLoadRow(id, 'system:test');
    const summary = await t.app.opendata.runLoad(loadId);
    const row = await ds.findLoad(t.app.db, loadId);
    const rows =
      summary.state === 'done'
        ? (
            await sql`select * from ${sql.id('opendata_datastore', id)} order by _id`.execute(
              t.app.db,
            )
          ).rows
        : [];
    return {
      state: summary.state,
      message: summary.message,
      rowsLoaded: row?.rows_loaded,
      rowsTotal: row?.rows_total,
      badRows: row?.bad_rows,
      fields: row?.fields,
      rows,
    };
  }

  // Cells as written in the file, the same in a CSV and a TSV file: none holds a comma or a tab
  // outside quotes. Most are plain writings, which COPY may read as they are; the first 1,000
  // rows (the type sample) take only cells their column's type reads, later rows also cells it
  // refuses (and codes with leading zeros, which would make the sample's column text).
  const columns = ['code', 'n', 'big', 'amount', 'day', 'at', 'note'];
  const checks = [
    byteCheck.text,
    byteCheck.int,
    byteCheck.bigint,
    byteCheck.numeric,
    byteCheck.date,
    byteCheck.timestamp,
    byteCheck.text,
  ];
  const plain: string[][] = [
    ['A1', 'ข', 'B-2'],
    ['12', '-7', '0'],
    ['3000000000', '-12'],
    ['1.5', '.5', '10'],
    ['2024-01-15', '2000-02-29'],
    ['2024-01-15 10:20:30', '2024-01-15 10:20:30.25'],
    ['ข้อมูล', '"a, b"', '"two\nlines"', '"say ""hi"""'],
  ];
  const good: string[][] = [
    ['A1', 'ข', '', '\\.', '"x"', ' ', '"\\."', 'x"y', '""'],
    ['12', '-7', '+3', '', '"1,234"', ' 5 ', '-', 'N/A', '"8"', '2147483647'],
    ['3000000000', '-12', '123456789012345678', '9223372036854775807', ''],
    ['1.5', '.5', '5.', '-0.25', '10', '"1,234.50"', '1e3', '', 'null'],
    ['2024-01-15', '2000-02-29', '15/01/2567', '2567-01-15', '5 ม.ค. 2567', '', ' 2024-03-01 '],
    [
      ...['2024-01-15 10:20:30', '2024-01-15T10:20:30Z', '', '2024-01-15', '2024-01-15 10:20'],
      ...['2024-02-29 23:59:59.123456', '15/01/2567 08:00:00', '2567-01-15 08:00:00'],
    ],
    [
      ...['ข้อมูล', '"a, b"', '"say ""hi"""', '"two\nlines"', '"crlf\r\nin quotes"', '   '],
      ...[' lead', 'trail ', '\\.', '', '""', '\u00a0', '"\u00a0"', 'x"y', '"quoted"', '"  "'],
      ...['"\\."', 'ก\u00a0ข', '"q"tail', '\u2003', '"a\tb"'],
    ],
  ];
  const later: string[][] = [
    [],
    ['x', '99999999999', '2147483648', '"1,2345"', '007'],
    ['9223372036854775808', 'big'],
    ['abc', '1.2.3'],
    ['2023-02-29', '2024-13-01', 'soon'],
    ['2024-01-15 25:00:00'],
    [],
  ];

  function file(options: {
    rows: number;
    seed: number;
    eol: string;
    mixed?: boolean;
    plainShare?: number;
  }) {
    let a = options.seed;
    const random = () => {
      a = (Math.imul(a, 1103515245) + 12345) >>> 0;
      return a / 2 ** 32;
    };
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
    const lines: Array<[string[], string]> = [[columns, options.eol]];
    for (let r = 0; r < options.rows; r++) {
      let cells = columns.map((_, c) => {
        const p = random();
        if (r >= 1000 && later[c]!.length && p < 0.02) return pick(later[c]!);
        return p < (options.plainShare ?? 0.9) ? pick(plain[c]!) : pick(good[c]!);
      });
      if (r >= 1000) {
        const shape = random();
        if (shape < 0.01) cells = cells.slice(0, 5);
        else if (shape < 0.02) cells = [...cells, '', ''];
        else if (shape < 0.025) cells = [...cells, 'extra'];
        else if (shape < 0.03) cells = [''];
        else if (shape < 0.035) cells = ['   '];
      }
      const end = options.mixed && random() < 0.05 ? pick(['\n', '\r\n', '\r']) : options.eol;
      lines.push([cells, end]);
    }
    const text = (delimiter: string) =>
      lines.map(([cells, end]) => cells.join(delimiter) + end).join('');
    const csv = text(',');
    // The share of records that go to COPY as they are: the test is about a mix.
    const scanner = new RecordScanner(checks, options.eol === '\r\n');
    const bytes = Buffer.from(csv);
    let asIs = 0;
    scanner.scan(bytes, 0);
    for (let i = scanner.end; i < bytes.length; i = scanner.end) {
      scanner.scan(bytes, i);
      if (scanner.asIs) asIs++;
    }
    return { csv, tsv: text('\t'), asIs: asIs / options.rows };
  }

  it.each([
    { rows: 3000, seed: 1, eol: '\n', bom: false },
    { rows: 3000, seed: 2, eol: '\r\n', bom: true },
    { rows: 3000, seed: 3, eol: '\r\n', bom: false, mixed: true },
    { rows: 25_000, seed: 4, eol: '\n', bom: true, mixed: true },
    // Nearly every record to rewrite, in streaks the loader reads on unscanned.
    { rows: 25_000, seed: 5, eol: '\r\n', bom: false, plainShare: 0.1 },
  ])('loads as the record-by-record reading does: %o', async (options) => {
    const { csv, tsv, asIs } = file(options);
    expect(asIs).toBeGreaterThan(options.plainShare ? 0 : 0.3);
    expect(asIs).toBeLessThan(options.plainShare ? 0.05 : 0.8);
    const bom = options.bom ? '\uFEFF' : '';
    const bytes = await load(Buffer.from(bom + csv), 'CSV');
    const records = await load(Buffer.from(bom + tsv), 'TSV');
    expect(bytes.state).toBe('done');
    expect(bytes.fields?.map((f) => f.type)).toEqual([
      'text',
      'int',
      'bigint',
      'numeric',
      'date',
      'timestamp',
      'text',
    ]);
    expect(bytes.rowsLoaded).toBeGreaterThan(options.rows * 0.8);
    expect(bytes.badRows?.length).toBeGreaterThan(0);
    expect(bytes).toEqual(records);
  });

  it('reads on unscanned after a streak of records to rewrite, and scans again when a quote misleads the cut', async () => {
    // About 2.7 MB, every record with a Buddhist-era date to rewrite: the loader reads a megabyte
    // at a time unscanned. The stray quote of row 30,000 leaves an odd count of quotes until the
    // quoted line break of row 50,000, where the second megabyte would be cut inside the value;
    // the reader then finds the value unterminated, and the loader scans the rest record by
    // record. Row 52,000 has a date that does not exist.
    const lines = ['code,day,note'];
    for (let r = 0; r < 55_000; r++) {
      const code = r === 30_000 ? 'x"y' : `A${r}`;
      const day = r === 52_000 ? '2567-13-01' : '2567-01-15';
      const note = r === 50_000 ? '"a\nb"' : `หมายเหตุ ${r}`;
      lines.push(`${code},${day},${note}`);
    }
    const bytes = await load(Buffer.from(`${lines.join('\n')}\n`), 'CSV');
    const records = await load(Buffer.from(`${lines.join('\n').replaceAll(',', '\t')}\n`), 'TSV');
    expect(bytes.rowsLoaded).toBe(54_999);
    expect(bytes.badRows).toEqual([{ line: 52_003, reason: '"day": "2567-13-01" is not date' }]);
    expect(bytes.rows[30_000]).toMatchObject({ code: 'x"y', day: '2024-01-15' });
    expect(bytes.rows[50_000]).toMatchObject({ note: 'a\nb' });
    expect(bytes).toEqual(records);
  });

  it('loads a file sent as it is: BOM, CRLF, quoted commas, quotes and line breaks', async () => {
    const csv = [
      'จังหวัด,ปี,จำนวน,หมายเหตุ',
      'น่าน,2567,12.5,"เมืองเก่า, ""น่าอยู่"""',
      'ตาก,2566,,"สอง\r\nบรรทัด"',
      'ลำปาง,2565,-3,ไม่มี',
    ].join('\r\n');
    const result = await load(Buffer.from(`\uFEFF${csv}\r\n`), 'CSV');
    expect(result.state).toBe('done');
    expect(result.badRows).toEqual([]);
    expect(result.rows).toEqual([
      { _id: 1, จังหวัด: 'น่าน', ปี: 2567, จำนวน: '12.5', หมายเหตุ: 'เมืองเก่า, "น่าอยู่"' },
      { _id: 2, จังหวัด: 'ตาก', ปี: 2566, จำนวน: null, หมายเหตุ: 'สอง\r\nบรรทัด' },
      { _id: 3, จังหวัด: 'ลำปาง', ปี: 2565, จำนวน: '-3', หมายเหตุ: 'ไม่มี' },
    ]);
  });

  it('refuses a bad value among records sent as they are, by its line, and loads the rest', async () => {
    // Over 1 MB, so records before and after the bad one go to COPY in runs of the file's bytes;
    // a quoted line break before it moves the lines after it by one.
    const lines = ['id,amount,note'];
    for (let i = 1; i <= 30_000; i++) {
      if (i === 10) lines.push(`${i},${i}.5,"สอง\nบรรทัด"`);
      else if (i === 20_000) lines.push(`${i},ไม่ทราบ,แถวเสีย`);
      else lines.push(`${i},${i}.5,หมายเหตุของแถวที่ ${i} สำหรับการทดสอบ`);
    }
    const result = await load(Buffer.from(`${lines.join('\n')}\n`), 'CSV');
    expect(result.state).toBe('done');
    expect(result.rowsTotal).toBe(30_000);
    expect(result.rowsLoaded).toBe(29_999);
    expect(result.badRows).toEqual([{ line: 20_002, reason: '"amount": "ไม่ทราบ" is not numeric' }]);
    expect(result.rows.length).toBe(29_999);
    expect(result.rows[19_998]).toMatchObject({ _id: 19_999, id: 19_999, amount: '19999.5' });
    expect(result.rows[19_999]).toMatchObject({ _id: 20_000, id: 20_001, amount: '20001.5' });
    expect(result.rows[9]).toMatchObject({ id: 10, note: 'สอง\nบรรทัด' });
  });

  it('reports an unterminated quote by the line it opens on, after loading the rows before it', async () => {
    const csv = 'a,b\n1,x\n2,"open\n3,y\n';
    const result = await load(Buffer.from(csv), 'CSV');
    expect(result.state).toBe('done');
    expect(result.rowsLoaded).toBe(1);
    expect(result.badRows).toEqual([
      {
        line: 3,
        reason: 'unterminated quoted field: the rest of the file from this line was not read',
      },
    ]);
  });
});
