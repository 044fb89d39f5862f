import { describe, expect, it } from 'vitest';
import { t } from '../../platform/i18n/index.ts';
import { generateLocalAdministrations, toDirectoryCsv } from '../directory-data.ts';
import {
  administrationCodeOf,
  domainOfWebsite,
  organizationCodeOf,
  parseAdministration,
} from './administrations.ts';
import { readDirectoryCsv } from './csv-import.ts';

const HEADER = 'code,type,name_th,name_en,province_code,district_code,address,phone,website';
const GOOD =
  '4420006,subdistrict_municipality,เทศบาลตำบลเชียงคาน,Chiang Khan Subdistrict Municipality,42,4203,134 หมู่ 2 ตำบลเชียงคาน อำเภอเชียงคาน จังหวัดเลย 42110,0-4273-1105,https://chiangkhan.go.th';

function csv(...lines: string[]): string {
  return `${[HEADER, ...lines].join('\r\n')}\r\n`;
}

describe('readDirectoryCsv', () => {
  it('reads the whole generated directory without a single problem', () => {
    const rows = generateLocalAdministrations();
    const read = readDirectoryCsv(toDirectoryCsv(rows));
    expect(read.problems).toEqual([]);
    expect(read.rows).toHaveLength(7850);
    const chiangKhan = read.rows.find((r) => r.value.code === '4420006');
    expect(chiangKhan?.value).toMatchObject({
      nameTh: 'เทศบาลตำบลเชียงคาน',
      domain: 'chiangkhan.go.th',
      region: 'northeast',
    });
    // Line 1 is the header, so the first record is on line 2.
    expect(read.rows[0]?.line).toBe(2);
    expect(read.rows[7849]?.line).toBe(7851);
  });

  it('accepts a byte-order mark, LF line ends, columns in any order and a missing website', () => {
    const text = `\uFEFFwebsite,phone,address,district_code,province_code,name_en,name_th,type,code\n,,ที่ทำการ อบต. ทดสอบ,4203,42,Test SAO,องค์การบริหารส่วนตำบลทดสอบ,sao,5429001\n`;
    const read = readDirectoryCsv(new TextEncoder().encode(text));
    expect(read.problems).toEqual([]);
    expect(read.rows[0]?.value).toMatchObject({
      code: '5429001',
      website: null,
      domain: null,
      phone: '',
    });
  });

  it('reports each bad row with its line, column and a message in both languages', () => {
    const read = readDirectoryCsv(
      csv(
        GOOD,
        '9420001,sao,องค์การบริหารส่วนตำบลหนึ่ง,One SAO,42,4203,ที่อยู่,0-4273-1105,https://one.go.th',
        '5420002,village,องค์การบริหารส่วนตำบลสอง,Two SAO,42,4203,ที่อยู่,,',
        '5420003,sao,องค์การบริหารส่วนตำบลสาม,Three SAO,99,4203,ที่อยู่,,',
        '5420004,sao,องค์การบริหารส่วนตำบลสี่,Four SAO,42,5001,ที่อยู่,,',
        '5420005,sao,Five,Five SAO,42,4203,ที่อยู่,,',
        '5420006,sao,องค์การบริหารส่วนตำบลหก,หก SAO,42,4203,ที่อยู่,12345,ftp://six.go.th',
        '5430007,sao,องค์การบริหารส่วนตำบลเจ็ด,Seven SAO,42,4203,ที่อยู่,,',
        '4420006,subdistrict_municipality,เทศบาลตำบลซ้ำ,Duplicate,42,4203,ที่อยู่,,https://dup.go.th',
        '5420008,sao,องค์การบริหารส่วนตำบลแปด,Eight SAO,42,4203,ที่อยู่,,https://www.chiangkhan.go.th/',
        '5420009,sao,องค์การบริหารส่วนตำบลเก้า,Nine SAO,42,4203',
        '5420010,sao,องค์การบริหารส่วนตำบลสิบ,Ten SAO,42,4203,,,',
      ),
    );
    const byLine = (line: number) =>
      read.problems.filter((p) => p.line === line).map((p) => `${p.column}:${p.code}`);
    expect(read.rows.map((r) => r.line)).toEqual([2]);
    expect(byLine(3)).toEqual(['code:localgov.code_invalid']);
    expect(byLine(4)).toEqual(['type:localgov.type_invalid']);
    expect(byLine(5)).toEqual(['province_code:localgov.province_unknown']);
    expect(byLine(6)).toEqual(['district_code:localgov.district_not_in_province']);
    expect(byLine(7)).toEqual(['name_th:localgov.name_th_not_thai']);
    expect(byLine(8)).toEqual([
      'name_en:localgov.name_en_not_latin',
      'phone:localgov.phone_invalid',
      'website:localgov.website_invalid',
    ]);
    expect(byLine(9)).toEqual(['code:localgov.code_province_mismatch']);
    expect(byLine(10)).toEqual(['code:localgov.code_duplicate']);
    expect(read.problems.find((p) => p.line === 10)?.params.line).toBe(2);
    expect(byLine(11)).toEqual(['website:localgov.domain_duplicate']);
    expect(byLine(12)).toEqual(['undefined:localgov.csv_field_count']);
    expect(byLine(13)).toEqual(['address:localgov.address_required']);
    for (const p of read.problems) {
      expect(t('th', p.code, p.params)).not.toBe(p.code);
      expect(t('en', p.code, p.params)).not.toMatch(/\{\w+\}/);
    }
  });

  it('counts lines from where a record starts, past quoted line breaks and blank lines', () => {
    const read = readDirectoryCsv(
      csv(
        GOOD,
        '',
        '5420011,sao,"องค์การบริหารส่วนตำบล\r\nขึ้นบรรทัด",Broken SAO,42,4203,ที่อยู่,,',
        '5420012,sao,องค์การบริหารส่วนตำบลผิด,Wrong SAO,42,4203,ที่อยู่,abc,',
      ),
    );
    expect(read.problems.map((p) => [p.line, p.code])).toEqual([
      [4, 'localgov.line_break_in_field'],
      [6, 'localgov.phone_invalid'],
    ]);
    const lf = readDirectoryCsv(
      [
        HEADER,
        '5420014,sao,"a\nb",A SAO,42,4203,ที่อยู่,,',
        '5420015,sao,"c\nd",C SAO,42,4203,ที่อยู่,,',
        '5420016,sao,องค์การบริหารส่วนตำบลผิด,Wrong SAO,42,4203,ที่อยู่,abc,',
      ].join('\n'),
    );
    expect(lf.problems.map((p) => p.line)).toEqual([2, 2, 4, 4, 6]);
  });

  it('refuses a wrong header, a broken quote, an empty file and non-UTF-8 bytes as a whole', () => {
    expect(readDirectoryCsv('').problems[0]?.code).toBe('localgov.csv_empty');
    const missing = readDirectoryCsv('code,type,name_th\r\n1,2,3\r\n');
    expect(missing.problems[0]).toMatchObject({ line: 1, code: 'localgov.csv_missing_columns' });
    expect(String(missing.problems[0]?.params.columns)).toContain('province_code');
    const unknown = readDirectoryCsv(`${HEADER},email\r\n`);
    expect(unknown.problems[0]).toMatchObject({ line: 1, code: 'localgov.csv_unknown_columns' });
    const quote = readDirectoryCsv(csv(GOOD, '5420013,sao,"unterminated,x,42,4203,a,,'));
    expect(quote.problems[0]?.code).toBe('localgov.csv_syntax');
    expect(quote.rows).toEqual([]);
    // 'ทดสอบ' in TIS-620, the pre-Unicode Thai encoding Excel still offers.
    const tis620 = new Uint8Array([
      ...new TextEncoder().encode(`${HEADER}\r\n`),
      0xb7,
      0xb4,
      0xca,
      0xcd,
      0xba,
    ]);
    expect(readDirectoryCsv(tis620).problems[0]?.code).toBe('localgov.csv_not_utf8');
  });
});

describe('parseAdministration and the orgs mapping', () => {
  it('derives the domain from the web site and the region from the province', () => {
    expect(domainOfWebsite('https://www.ChiangKhan.go.th/index.php')).toBe('chiangkhan.go.th');
    expect(domainOfWebsite('http://chiangkhan.go.th')).toBe('chiangkhan.go.th');
    expect(domainOfWebsite('https://192.168.1.1/')).toBeNull();
    expect(domainOfWebsite('https://user:pw@chiangkhan.go.th/')).toBeNull();
    expect(domainOfWebsite('chiangkhan.go.th')).toBeNull();
    const parsed = parseAdministration({
      code: '1420001',
      type: 'pao',
      name_th: 'องค์การบริหารส่วนจังหวัดเลย',
      name_en: 'Loei Provincial Administrative Organization',
      province_code: '42',
      district_code: '4201',
      address: 'ถนนเจริญรัฐ ตำบลกุดป่อง อำเภอเมืองเลย จังหวัดเลย 42000',
      phone: '0-4281-1234, 0-4281-1235',
      website: 'https://loeipao.go.th',
    });
    expect(parsed.ok && parsed.value).toMatchObject({
      region: 'northeast',
      domain: 'loeipao.go.th',
    });
  });

  it('maps administrations to orgs codes and back', () => {
    expect(organizationCodeOf('4420006')).toBe('lao-4420006');
    expect(administrationCodeOf('lao-4420006')).toBe('4420006');
    expect(administrationCodeOf('lao-x')).toBeNull();
    expect(administrationCodeOf('dga')).toBeNull();
  });
});
