/**
 * Random, unique administrations for tests: they share a PostgreSQL database with every other
 * test file and every earlier run (test/support/app.ts), so nothing may assume empty tables or
 * reuse a code, a domain or a name.
 */

import { randomInt } from 'node:crypto';
import { listDistricts, PROVINCES } from '../../orgs/index.ts';
import { DIRECTORY_CSV_COLUMNS } from './administrations.ts';
import type { LocalgovDirectory } from './index.ts';

/** The directory part as the composition root exposes it: `app.localgov.directory`. */
export function directoryOf(t: { app: { localgov: unknown } }): LocalgovDirectory {
  return (t.app.localgov as { directory: LocalgovDirectory }).directory;
}

const SYLLABLES_TH = [
  'กา',
  'นา',
  'ลา',
  'มะ',
  'ปู',
  'ดี',
  'ศรี',
  'ทอง',
  'แก้ว',
  'คำ',
  'บุญ',
  'สุข',
  'วัง',
  'โพ',
  'ไผ่',
];
const SYLLABLES_EN = [
  'Ka',
  'Na',
  'La',
  'Ma',
  'Pu',
  'Di',
  'Si',
  'Thong',
  'Kaeo',
  'Kham',
  'Bun',
  'Suk',
  'Wang',
  'Pho',
  'Phai',
];

export interface FixtureAdministration {
  code: string;
  type: 'sao' | 'subdistrict_municipality';
  name_th: string;
  name_en: string;
  base_th: string;
  base_en: string;
  province_code: string;
  district_code: string;
  address: string;
  phone: string;
  website: string;
  domain: string;
}

/**
 * A random province and district unless told otherwise; running numbers 5000-9999 are past the
 * seed's (at most a few hundred per type and province), so codes do not meet seeded ones, and
 * 77 × 5,000 codes per type keep fixtures of different runs apart.
 */
export function fixtureAdministration(
  options: {
    type?: 'sao' | 'subdistrict_municipality';
    provinceCode?: string;
    districtCode?: string;
  } = {},
): FixtureAdministration {
  const type = options.type ?? 'sao';
  const provinces = PROVINCES.filter((p) => p.code !== '10');
  const provinceCode = options.provinceCode ?? provinces[randomInt(provinces.length)]!.code;
  const districts = listDistricts(provinceCode);
  const districtCode = options.districtCode ?? districts[randomInt(districts.length)]!.code;
  const picks = Array.from({ length: 4 }, () => randomInt(SYLLABLES_TH.length));
  const baseTh = picks.map((i) => SYLLABLES_TH[i]).join('');
  const baseEn = picks
    .map((i, k) => (k === 0 ? SYLLABLES_EN[i] : SYLLABLES_EN[i]?.toLowerCase()))
    .join('');
  const digit = type === 'sao' ? '5' : '4';
  const code = `${digit}${provinceCode}${randomInt(5000, 10000)}`;
  const domain = `t${code}${randomInt(1_000_000).toString(36)}.go.th`;
  const title = type === 'sao' ? 'องค์การบริหารส่วนตำบล' : 'เทศบาลตำบล';
  const titleEn =
    type === 'sao' ? 'Subdistrict Administrative Organization' : 'Subdistrict Municipality';
  return {
    code,
    type,
    name_th: `${title}${baseTh}`,
    name_en: `${baseEn} ${titleEn}`,
    base_th: baseTh,
    base_en: baseEn,
    province_code: provinceCode,
    district_code: districtCode,
    address: `1 หมู่ 1 ตำบล${baseTh}`,
    phone: '0-4282-1234',
    website: `https://${domain}`,
    domain,
  };
}

export function fixtureCsv(
  rows: readonly FixtureAdministration[],
  extraLines: string[] = [],
): string {
  const lines = [DIRECTORY_CSV_COLUMNS.join(',')];
  for (const r of rows) lines.push(DIRECTORY_CSV_COLUMNS.map((c) => r[c]).join(','));
  return `${[...lines, ...extraLines].join('\r\n')}\r\n`;
}
