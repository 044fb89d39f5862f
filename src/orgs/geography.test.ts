import { describe, expect, it } from 'vitest';
import {
  CROSS_PROVINCE_POSTAL_DISTRICTS,
  DISTRICTS,
  findCapitalDistrict,
  findDistrictByCode,
  findProvinceByCode,
  findProvinceByName,
  formatDistrictNameTh,
  formatProvinceNameTh,
  formatSubdistrictNameTh,
  listDistricts,
  PROVINCES,
  REGION_LABELS_EN,
  REGION_LABELS_TH,
  REGIONS,
  type RegionCode,
  regionOf,
} from './geography.ts';

const THAI = /^[\u0E00-\u0E7F\s-]+$/u;
const ENGLISH = /^[A-Z][A-Za-z]*(?:[ -][A-Za-z]+)*$/;

describe('provinces', () => {
  it('has all 77 provinces (76 + Bangkok) with unique 2-digit codes', () => {
    expect(PROVINCES).toHaveLength(77);
    const codes = new Set(PROVINCES.map((p) => p.code));
    expect(codes.size).toBe(77);
    for (const p of PROVINCES) expect(p.code).toMatch(/^[1-9][0-9]$/);
    expect(new Set(PROVINCES.map((p) => p.nameTh)).size).toBe(77);
    expect(new Set(PROVINCES.map((p) => p.nameEn)).size).toBe(77);
  });

  it('knows the DOPA codes and regions of well-known provinces', () => {
    const facts: [string, string, string, RegionCode][] = [
      ['10', 'กรุงเทพมหานคร', 'Bangkok', 'central'],
      ['11', 'สมุทรปราการ', 'Samut Prakan', 'central'],
      ['20', 'ชลบุรี', 'Chon Buri', 'east'],
      ['38', 'บึงกาฬ', 'Bueng Kan', 'northeast'],
      ['40', 'ขอนแก่น', 'Khon Kaen', 'northeast'],
      ['42', 'เลย', 'Loei', 'northeast'],
      ['50', 'เชียงใหม่', 'Chiang Mai', 'north'],
      ['63', 'ตาก', 'Tak', 'west'],
      ['83', 'ภูเก็ต', 'Phuket', 'south'],
      ['90', 'สงขลา', 'Songkhla', 'south'],
      ['96', 'นราธิวาส', 'Narathiwat', 'south'],
    ];
    for (const [code, nameTh, nameEn, region] of facts) {
      const p = findProvinceByCode(code);
      expect(p, code).toBeDefined();
      expect(p?.nameTh).toBe(nameTh);
      expect(p?.nameEn).toBe(nameEn);
      expect(p?.region).toBe(region);
      expect(regionOf(code)).toBe(region);
    }
  });

  it('splits the provinces over the six regions as the 1977 committee did', () => {
    const count = (r: RegionCode) => PROVINCES.filter((p) => p.region === r).length;
    expect(count('north')).toBe(9);
    expect(count('northeast')).toBe(20);
    expect(count('central')).toBe(22);
    expect(count('east')).toBe(7);
    expect(count('west')).toBe(5);
    expect(count('south')).toBe(14);
  });

  it('labels every region in Thai and English', () => {
    expect(REGIONS.map((r) => r.code).sort()).toEqual(
      ['central', 'east', 'north', 'northeast', 'south', 'west'].sort(),
    );
    for (const r of REGIONS) {
      expect(REGION_LABELS_TH[r.code]).toBe(r.nameTh);
      expect(REGION_LABELS_EN[r.code]).toBe(r.nameEn);
      expect(r.nameTh.startsWith('ภาค')).toBe(true);
    }
    expect(REGION_LABELS_TH.northeast).toBe('ภาคตะวันออกเฉียงเหนือ');
  });

  it('has names without the word จังหวัด in the right scripts', () => {
    for (const p of PROVINCES) {
      expect(p.nameTh).toMatch(THAI);
      expect(p.nameTh.startsWith('จังหวัด')).toBe(false);
      expect(p.nameEn).toMatch(ENGLISH);
    }
  });

  it('uses Thailand Post prefixes, which differ from DOPA codes around Bangkok', () => {
    expect(findProvinceByCode('10')?.postalPrefix).toBe('10');
    expect(findProvinceByCode('11')?.postalPrefix).toBe('10');
    expect(findProvinceByCode('12')?.postalPrefix).toBe('11');
    expect(findProvinceByCode('19')?.postalPrefix).toBe('18');
    expect(findProvinceByCode('42')?.postalPrefix).toBe('42');
    for (const p of PROVINCES) expect(p.postalPrefix).toMatch(/^[1-9][0-9]$/);
  });
});

describe('findProvinceByName', () => {
  it('finds by Thai or English name, ignoring case, spaces and hyphens', () => {
    expect(findProvinceByName('เชียงใหม่')?.code).toBe('50');
    expect(findProvinceByName('Chiang Mai')?.code).toBe('50');
    expect(findProvinceByName('  chiang mai ')?.code).toBe('50');
    expect(findProvinceByName('CHIANGMAI')?.code).toBe('50');
    expect(findProvinceByName('chon-buri')?.code).toBe('20');
    expect(findProvinceByName('Chonburi')?.code).toBe('20');
    expect(findProvinceByName('จังหวัดเลย')?.code).toBe('42');
    expect(findProvinceByName('จ.สงขลา')?.code).toBe('90');
  });

  it('accepts common short forms', () => {
    expect(findProvinceByName('กทม.')?.code).toBe('10');
    expect(findProvinceByName('Krung Thep Maha Nakhon')?.code).toBe('10');
    expect(findProvinceByName('Ayutthaya')?.code).toBe('14');
    expect(findProvinceByName('โคราช')?.code).toBe('30');
    expect(findProvinceByName('Phangnga')?.code).toBe('82');
  });

  it('returns undefined for names that are not provinces', () => {
    expect(findProvinceByName('')).toBeUndefined();
    expect(findProvinceByName('Atlantis')).toBeUndefined();
    expect(findProvinceByName('เชียงคาน')).toBeUndefined();
    expect(findProvinceByCode('99')).toBeUndefined();
    expect(regionOf('00')).toBeUndefined();
  });
});

describe('districts', () => {
  it('lists all 928 districts (878 อำเภอ + 50 เขต) with unique codes', () => {
    expect(DISTRICTS).toHaveLength(928);
    expect(new Set(DISTRICTS.map((d) => d.code)).size).toBe(928);
    expect(listDistricts('10')).toHaveLength(50);
    expect(listDistricts('50')).toHaveLength(25);
    expect(listDistricts('40')).toHaveLength(26);
    expect(listDistricts('38')).toHaveLength(8);
  });

  it('gives every district a code that starts with its province code', () => {
    const provinceCodes = new Set(PROVINCES.map((p) => p.code));
    for (const d of DISTRICTS) {
      expect(d.code).toMatch(/^\d{4}$/);
      expect(d.code.slice(0, 2)).toBe(d.provinceCode);
      expect(provinceCodes.has(d.provinceCode)).toBe(true);
    }
  });

  it('has districts for every province, with the capital district numbered xx01', () => {
    for (const p of PROVINCES) {
      expect(listDistricts(p.code).length, p.nameEn).toBeGreaterThan(0);
      const capital = findCapitalDistrict(p.code);
      expect(capital, p.nameEn).toBeDefined();
      if (p.code !== '10' && p.code !== '14') {
        expect(capital?.nameTh).toBe(`เมือง${p.nameTh}`);
        expect(capital?.nameEn).toBe(`Mueang ${p.nameEn}`);
      }
    }
    expect(findCapitalDistrict('10')?.nameTh).toBe('พระนคร');
    expect(findCapitalDistrict('14')?.nameTh).toBe('พระนครศรีอยุธยา');
  });

  it('knows real districts by code', () => {
    expect(findDistrictByCode('4203')).toMatchObject({
      nameTh: 'เชียงคาน',
      nameEn: 'Chiang Khan',
      postalCode: '42110',
    });
    expect(findDistrictByCode('9011')).toMatchObject({ nameTh: 'หาดใหญ่', nameEn: 'Hat Yai' });
    expect(findDistrictByCode('2009')).toMatchObject({ nameTh: 'สัตหีบ', postalCode: '20180' });
    expect(findDistrictByCode('5025')?.nameTh).toBe('กัลยาณิวัฒนา');
    expect(findDistrictByCode('4029')?.nameTh).toBe('เวียงเก่า');
    expect(findDistrictByCode('4303')).toBeUndefined();
  });

  it('has district names in the right scripts, without the word อำเภอ or เขต', () => {
    for (const d of DISTRICTS) {
      expect(d.nameTh, d.code).toMatch(THAI);
      expect(d.nameTh.startsWith('อำเภอ') || d.nameTh.startsWith('เขต'), d.code).toBe(false);
      expect(d.nameEn, d.code).toMatch(ENGLISH);
    }
    const perProvince = new Map<string, Set<string>>();
    for (const d of DISTRICTS) {
      const names = perProvince.get(d.provinceCode) ?? new Set();
      expect(names.has(d.nameTh), d.code).toBe(false);
      names.add(d.nameTh);
      perProvince.set(d.provinceCode, names);
    }
  });

  it('has 5-digit postal codes that match the province prefix', () => {
    for (const d of DISTRICTS) {
      expect(d.postalCode, d.code).toMatch(/^\d{5}$/);
      const prefix = findProvinceByCode(d.provinceCode)?.postalPrefix;
      if (!CROSS_PROVINCE_POSTAL_DISTRICTS.has(d.code)) {
        expect(d.postalCode.slice(0, 2), d.code).toBe(prefix);
      }
    }
    expect(findDistrictByCode('5025')?.postalCode).toBe('58130');
  });

  it('lists a handful of real sub-districts per district, with postal codes', () => {
    const prefixes = new Set(PROVINCES.map((p) => p.postalPrefix));
    const badDistricts = DISTRICTS.filter(
      (d) =>
        d.subdistricts.length < 1 ||
        d.subdistricts.length > 5 ||
        d.subdistrictCount < d.subdistricts.length ||
        // Only districts that really have a single ตำบล may list fewer than two.
        (d.subdistricts.length < 2 && d.subdistrictCount !== 1) ||
        new Set(d.subdistricts.map((s) => s.nameTh)).size !== d.subdistricts.length,
    ).map((d) => d.code);
    expect(badDistricts).toEqual([]);
    const subdistricts = DISTRICTS.flatMap((d) => d.subdistricts.map((s) => ({ ...s, d: d.code })));
    const bad = subdistricts.filter(
      (s) =>
        !THAI.test(s.nameTh) ||
        s.nameTh.startsWith('ตำบล') ||
        s.nameTh.startsWith('แขวง') ||
        !ENGLISH.test(s.nameEn) ||
        !/^\d{5}$/.test(s.postalCode) ||
        !prefixes.has(s.postalCode.slice(0, 2)),
    );
    expect(bad).toEqual([]);
    expect(subdistricts.length).toBeGreaterThan(3500);
  });

  it('counts about 7,250 ตำบล outside Bangkok, as DOPA does', () => {
    const tambons = DISTRICTS.filter((d) => d.provinceCode !== '10').reduce(
      (sum, d) => sum + d.subdistrictCount,
      0,
    );
    expect(tambons).toBeGreaterThan(7200);
    expect(tambons).toBeLessThan(7300);
  });

  it('contains the sub-districts of the administrations named in the seed article', () => {
    const has = (districtCode: string, nameTh: string) =>
      findDistrictByCode(districtCode)?.subdistricts.some((s) => s.nameTh === nameTh);
    expect(has('4203', 'เชียงคาน')).toBe(true);
    expect(has('9011', 'บ้านพรุ')).toBe(true);
    expect(has('4001', 'ศิลา')).toBe(true);
    expect(has('1303', 'บึงสนั่น')).toBe(true);
    expect(has('2001', 'แสนสุข')).toBe(true);
    expect(has('9001', 'เกาะแต้ว')).toBe(true);
    expect(has('8108', 'เหนือคลอง')).toBe(true);
    expect(has('5701', 'นางแล')).toBe(true);
    expect(has('2108', 'นิคมพัฒนา')).toBe(true);
    expect(has('2009', 'บางเสร่')).toBe(true);
    expect(has('5101', 'บ้านกลาง')).toBe(true);
    expect(has('7202', 'ป่าสะแก')).toBe(true);
  });

  it('returns nothing for an unknown province', () => {
    expect(listDistricts('99')).toEqual([]);
  });
});

describe('Thai formatting', () => {
  it('uses เขต/แขวง for Bangkok and อำเภอ/ตำบล elsewhere', () => {
    const loei = findProvinceByCode('42');
    const chiangKhan = findDistrictByCode('4203');
    const phraNakhon = findDistrictByCode('1001');
    if (!loei || !chiangKhan || !phraNakhon) throw new Error('fixture missing');
    expect(formatDistrictNameTh(chiangKhan)).toBe('อำเภอเชียงคาน');
    expect(formatDistrictNameTh(phraNakhon)).toBe('เขตพระนคร');
    expect(formatSubdistrictNameTh('42', 'เชียงคาน')).toBe('ตำบลเชียงคาน');
    expect(formatSubdistrictNameTh('10', 'เสาชิงช้า')).toBe('แขวงเสาชิงช้า');
    expect(formatProvinceNameTh(loei)).toBe('จังหวัดเลย');
    const bangkok = findProvinceByCode('10');
    if (!bangkok) throw new Error('fixture missing');
    expect(formatProvinceNameTh(bangkok)).toBe('กรุงเทพมหานคร');
  });
});
