import { describe, expect, it } from 'vitest';
import {
  findDistrictByCode,
  findProvinceByCode,
  findProvinceByName,
  PROVINCES,
} from '../orgs/index.ts';
import {
  DIRECTORY_CSV_COLUMNS,
  generateLocalAdministrations,
  LOCAL_ADMINISTRATION_COUNTS,
  LOCAL_ADMINISTRATION_TYPE_LABELS,
  LOCAL_ADMINISTRATION_TYPES,
  type LocalAdministrationSeed,
  type LocalAdministrationType,
  TOTAL_LOCAL_ADMINISTRATIONS,
  toDirectoryCsv,
} from './directory-data.ts';

const started = performance.now();
const rows = generateLocalAdministrations();
const elapsedMs = performance.now() - started;

const ofType = (type: LocalAdministrationType) => rows.filter((r) => r.type === type);

/** Minimal RFC 4180 reader, to check that what the writer quotes reads back unchanged. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

describe('generateLocalAdministrations', () => {
  it('produces exactly 7,850 administrations with the DLA 2023 type counts', () => {
    expect(rows).toHaveLength(7850);
    expect(TOTAL_LOCAL_ADMINISTRATIONS).toBe(7850);
    const sum = Object.values(LOCAL_ADMINISTRATION_COUNTS).reduce((a, b) => a + b, 0);
    expect(sum).toBe(7850);
    expect(ofType('pao')).toHaveLength(76);
    expect(ofType('city_municipality')).toHaveLength(30);
    expect(ofType('town_municipality')).toHaveLength(195);
    expect(ofType('subdistrict_municipality')).toHaveLength(2247);
    expect(ofType('sao')).toHaveLength(5300);
    expect(ofType('bangkok')).toHaveLength(1);
    expect(ofType('pattaya')).toHaveLength(1);
  });

  it('is deterministic and fast', () => {
    expect(generateLocalAdministrations()).toEqual(rows);
    expect(elapsedMs).toBeLessThan(2000);
  });

  it('gives unique 7-digit codes of type digit + province code + running number', () => {
    expect(new Set(rows.map((r) => r.code)).size).toBe(rows.length);
    const digit: Record<LocalAdministrationType, string> = {
      pao: '1',
      city_municipality: '2',
      town_municipality: '3',
      subdistrict_municipality: '4',
      sao: '5',
      bangkok: '6',
      pattaya: '6',
    };
    const bad = rows.filter(
      (r) =>
        !/^\d{7}$/.test(r.code) ||
        r.code[0] !== digit[r.type] ||
        r.code.slice(1, 3) !== r.provinceCode,
    );
    expect(bad).toEqual([]);
    expect(ofType('bangkok')[0]?.code).toBe('6100001');
    expect(ofType('pattaya')[0]?.code).toBe('6200001');
  });

  it('has unique names within each province, titled by type', () => {
    const keys = rows.map((r) => `${r.provinceCode}:${r.nameTh}`);
    expect(new Set(keys).size).toBe(rows.length);
    const badTitles = rows.filter((r) => {
      const label = LOCAL_ADMINISTRATION_TYPE_LABELS[r.type];
      return (
        !r.nameTh.startsWith(label.th) ||
        !r.nameEn.endsWith(label.en) ||
        !/^[\u0E00-\u0E7F-]+$/u.test(r.nameTh) ||
        !/^[A-Z][A-Za-z -]+$/.test(r.nameEn)
      );
    });
    expect(badTitles).toEqual([]);
    // A municipality and an อบต. of the same place in one province would be indistinguishable
    // in speech (both "บ้านกลาง"), which does not happen within a province.
    const places = rows
      .filter((r) => r.type !== 'pao' && r.type !== 'bangkok' && r.type !== 'pattaya')
      .map(
        (r) =>
          `${r.provinceCode}:${r.nameTh.slice(LOCAL_ADMINISTRATION_TYPE_LABELS[r.type].th.length)}`,
      );
    expect(places.length - new Set(places).size).toBe(0);
  });

  it('gives every administration a unique ascii .go.th web site whose host is its domain', () => {
    expect(new Set(rows.map((r) => r.website)).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r.domain)).size).toBe(rows.length);
    const bad = rows.filter(
      (r) =>
        !/^[a-z0-9]{1,63}\.go\.th$/.test(r.domain) ||
        r.website !== `https://${r.domain}` ||
        new URL(r.website).host !== r.domain,
    );
    expect(bad).toEqual([]);
    const byName = new Map(rows.map((r) => [r.nameTh, r]));
    expect(byName.get('เทศบาลตำบลเชียงคาน')?.domain).toBe('chiangkhan.go.th');
    expect(byName.get('องค์การบริหารส่วนตำบลป่าสะแก')?.domain).toBe('pasakae.go.th');
    expect(byName.get('กรุงเทพมหานคร')?.domain).toBe('bangkok.go.th');
  });

  it('contains the 13 administrations named in the seed article, in the right provinces', () => {
    const expected: [string, string, LocalAdministrationType][] = [
      ['เทศบาลนครลำปาง', 'ลำปาง', 'city_municipality'],
      ['เทศบาลเมืองบ้านพรุ', 'สงขลา', 'town_municipality'],
      ['เทศบาลเมืองศิลา', 'ขอนแก่น', 'town_municipality'],
      ['เทศบาลเมืองสนั่นรักษ์', 'ปทุมธานี', 'town_municipality'],
      ['เทศบาลเมืองแสนสุข', 'ชลบุรี', 'town_municipality'],
      ['เทศบาลตำบลเกาะแต้ว', 'สงขลา', 'subdistrict_municipality'],
      ['เทศบาลตำบลเชียงคาน', 'เลย', 'subdistrict_municipality'],
      ['เทศบาลตำบลเหนือคลอง', 'กระบี่', 'subdistrict_municipality'],
      ['เทศบาลตำบลนางแล', 'เชียงราย', 'subdistrict_municipality'],
      ['เทศบาลตำบลนิคมพัฒนา', 'ระยอง', 'subdistrict_municipality'],
      ['เทศบาลตำบลบางเสร่', 'ชลบุรี', 'subdistrict_municipality'],
      ['เทศบาลตำบลบ้านกลาง', 'ลำพูน', 'subdistrict_municipality'],
      ['องค์การบริหารส่วนตำบลป่าสะแก', 'สุพรรณบุรี', 'sao'],
    ];
    for (const [nameTh, provinceTh, type] of expected) {
      const province = findProvinceByName(provinceTh);
      const found = rows.filter((r) => r.nameTh === nameTh && r.provinceCode === province?.code);
      expect(found, nameTh).toHaveLength(1);
      expect(found[0]?.type).toBe(type);
    }
    const chiangKhan = rows.find((r) => r.nameTh === 'เทศบาลตำบลเชียงคาน');
    expect(chiangKhan?.nameEn).toBe('Chiang Khan Subdistrict Municipality');
    expect(chiangKhan?.districtCode).toBe('4203');
    expect(chiangKhan?.address).toMatch(/ตำบลเชียงคาน อำเภอเชียงคาน จังหวัดเลย 42110$/);
    const paSakae = rows.find((r) => r.nameTh === 'องค์การบริหารส่วนตำบลป่าสะแก');
    expect(paSakae?.nameEn).toBe('Pa Sakae Subdistrict Administrative Organization');
    expect(rows.find((r) => r.nameTh === 'เทศบาลเมืองบ้านพรุ')?.districtCode).toBe('9011');
  });

  it('has exactly one PAO in every province except Bangkok', () => {
    const paos = ofType('pao');
    for (const p of PROVINCES) {
      const mine = paos.filter((r) => r.provinceCode === p.code);
      expect(mine, p.nameEn).toHaveLength(p.code === '10' ? 0 : 1);
      if (p.code !== '10') {
        expect(mine[0]?.nameTh).toBe(`องค์การบริหารส่วนจังหวัด${p.nameTh}`);
        expect(mine[0]?.nameEn).toBe(`${p.nameEn} Provincial Administrative Organization`);
        expect(mine[0]?.districtCode).toBe(`${p.code}01`);
      }
    }
    expect(rows.find((r) => r.nameTh === 'องค์การบริหารส่วนจังหวัดเชียงใหม่')?.nameEn).toBe(
      'Chiang Mai Provincial Administrative Organization',
    );
  });

  it('has the real 30 city municipalities and the two special administrations', () => {
    const cities = new Map(ofType('city_municipality').map((r) => [r.nameTh, r.provinceCode]));
    expect(cities.size).toBe(30);
    expect(cities.get('เทศบาลนครเชียงใหม่')).toBe('50');
    expect(cities.get('เทศบาลนครแม่สอด')).toBe('63');
    expect(cities.get('เทศบาลนครอ้อมน้อย')).toBe('74');
    expect(cities.get('เทศบาลนครรังสิต')).toBe('13');
    expect(cities.get('เทศบาลนครเจ้าพระยาสุรศักดิ์')).toBe('20');
    expect(cities.get('เทศบาลนครแหลมฉบัง')).toBe('20');
    expect(cities.get('เทศบาลนครเกาะสมุย')).toBe('84');
    expect(cities.get('เทศบาลนครหาดใหญ่')).toBe('90');
    expect(cities.has('เทศบาลนครกรุงเทพมหานคร')).toBe(false);
    expect(ofType('bangkok')[0]).toMatchObject({ nameTh: 'กรุงเทพมหานคร', provinceCode: '10' });
    expect(ofType('pattaya')[0]).toMatchObject({
      nameTh: 'เมืองพัทยา',
      nameEn: 'Pattaya City',
      provinceCode: '20',
      districtCode: '2004',
    });
    expect(rows.filter((r) => r.provinceCode === '10')).toHaveLength(1);
  });

  it('places every administration in a real district of its province', () => {
    const misplaced = rows.filter(
      (r) => findDistrictByCode(r.districtCode)?.provinceCode !== r.provinceCode,
    );
    expect(misplaced).toEqual([]);
  });

  it('writes Thai postal addresses that end in the postal code', () => {
    const bad = rows.filter((r) => {
      if (!/^\d{5}$/.test(r.postalCode) || !r.address.endsWith(` ${r.postalCode}`)) return true;
      if (r.provinceCode === '10') return false;
      const province = findProvinceByCode(r.provinceCode);
      const district = findDistrictByCode(r.districtCode);
      return (
        !r.address.includes(` ตำบล${r.subdistrictTh} `) ||
        !r.address.includes(` อำเภอ${district?.nameTh} จังหวัด${province?.nameTh} `)
      );
    });
    expect(bad).toEqual([]);
    expect(ofType('bangkok')[0]?.address).toBe(
      '173 ถนนดินสอ แขวงเสาชิงช้า เขตพระนคร กรุงเทพมหานคร 10200',
    );
    const sao = ofType('sao')[0];
    expect(sao?.address).toMatch(/^\d+ หมู่ \d+ ตำบล/);
  });

  it('gives landline numbers with the province area code', () => {
    expect(rows.filter((r) => !/^0-\d{4}-\d{4}$/.test(r.phone))).toEqual([]);
    const phoneOf = (nameTh: string) => rows.find((r) => r.nameTh === nameTh)?.phone;
    expect(phoneOf('กรุงเทพมหานคร')?.startsWith('0-2')).toBe(true);
    expect(phoneOf('เทศบาลตำบลเชียงคาน')?.startsWith('0-42')).toBe(true);
    expect(phoneOf('เทศบาลนครหาดใหญ่')?.startsWith('0-74')).toBe(true);
    expect(phoneOf('องค์การบริหารส่วนจังหวัดเชียงใหม่')?.startsWith('0-53')).toBe(true);
  });

  it('spreads tambon-level administrations like the real map, the northeast first', () => {
    const byRegion = new Map<string, number>();
    const tambonLevel = rows.filter(
      (r) => r.type === 'subdistrict_municipality' || r.type === 'sao',
    );
    for (const r of tambonLevel) {
      const region = findProvinceByCode(r.provinceCode)?.region ?? '?';
      byRegion.set(region, (byRegion.get(region) ?? 0) + 1);
    }
    const northeast = byRegion.get('northeast') ?? 0;
    for (const [region, count] of byRegion) {
      if (region !== 'northeast') expect(northeast, region).toBeGreaterThan(count);
    }
    expect(northeast / tambonLevel.length).toBeGreaterThan(0.35);
    expect(northeast / tambonLevel.length).toBeLessThan(0.45);
    const korat = tambonLevel.filter((r) => r.provinceCode === '30').length;
    const samutSongkhram = tambonLevel.filter((r) => r.provinceCode === '75').length;
    expect(korat).toBeGreaterThan(250);
    expect(samutSongkhram).toBeLessThan(50);
    for (const p of PROVINCES) {
      if (p.code === '10') continue;
      expect(
        tambonLevel.some((r) => r.provinceCode === p.code),
        p.nameEn,
      ).toBe(true);
    }
  });

  it('names most tambon-level administrations after real sub-districts', () => {
    const tambonLevel = rows.filter(
      (r) => r.type === 'subdistrict_municipality' || r.type === 'sao',
    );
    const real = tambonLevel.filter((r) =>
      findDistrictByCode(r.districtCode)?.subdistricts.some((s) => s.nameTh === r.subdistrictTh),
    );
    expect(real.length / tambonLevel.length).toBeGreaterThan(0.45);
  });
});

describe('type labels', () => {
  it('labels every type in Thai and English with the official abbreviations', () => {
    expect(LOCAL_ADMINISTRATION_TYPES).toHaveLength(7);
    for (const type of LOCAL_ADMINISTRATION_TYPES) {
      const label = LOCAL_ADMINISTRATION_TYPE_LABELS[type];
      expect(label.th.length).toBeGreaterThan(0);
      expect(label.en.length).toBeGreaterThan(0);
      expect(label.abbrTh.length).toBeGreaterThan(0);
    }
    expect(LOCAL_ADMINISTRATION_TYPE_LABELS.pao.abbrTh).toBe('อบจ.');
    expect(LOCAL_ADMINISTRATION_TYPE_LABELS.city_municipality.abbrTh).toBe('ทน.');
    expect(LOCAL_ADMINISTRATION_TYPE_LABELS.town_municipality.abbrTh).toBe('ทม.');
    expect(LOCAL_ADMINISTRATION_TYPE_LABELS.subdistrict_municipality.abbrTh).toBe('ทต.');
    expect(LOCAL_ADMINISTRATION_TYPE_LABELS.sao.abbrTh).toBe('อบต.');
  });
});

describe('toDirectoryCsv', () => {
  const csv = toDirectoryCsv(rows);

  it('writes the documented header and one CRLF-terminated line per administration', () => {
    expect(csv.split('\r\n')[0]).toBe(
      'code,type,name_th,name_en,province_code,district_code,address,phone,website',
    );
    expect(DIRECTORY_CSV_COLUMNS.join(',')).toBe(csv.split('\r\n')[0]);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(rows.length + 2);
  });

  it('reads back field for field', () => {
    const records = parseCsv(csv);
    expect(records).toHaveLength(rows.length + 1);
    const chiangKhan = rows.find((r) => r.nameTh === 'เทศบาลตำบลเชียงคาน');
    const record = records.find((rec) => rec[2] === 'เทศบาลตำบลเชียงคาน');
    expect(record).toEqual([
      chiangKhan?.code,
      'subdistrict_municipality',
      'เทศบาลตำบลเชียงคาน',
      'Chiang Khan Subdistrict Municipality',
      '42',
      '4203',
      chiangKhan?.address,
      chiangKhan?.phone,
      'https://chiangkhan.go.th',
    ]);
  });

  it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    const base = rows[0] as LocalAdministrationSeed;
    const tricky: LocalAdministrationSeed = {
      ...base,
      nameEn: 'Bangkok, "BMA"',
      address: '173 ถนนดินสอ\nแขวงเสาชิงช้า',
    };
    const text = toDirectoryCsv([tricky]);
    expect(text.split('\r\n')[1]).toContain(',"Bangkok, ""BMA""",');
    expect(text).toContain('"173 ถนนดินสอ\nแขวงเสาชิงช้า"');
    const [, record] = parseCsv(text);
    expect(record?.[3]).toBe('Bangkok, "BMA"');
    expect(record?.[6]).toBe('173 ถนนดินสอ\nแขวงเสาชิงช้า');
  });

  it('writes only the header for an empty directory', () => {
    expect(toDirectoryCsv([])).toBe(`${DIRECTORY_CSV_COLUMNS.join(',')}\r\n`);
  });
});
