import type { Text } from '../platform/i18n/index.ts';

export interface License {
  id: string;
  title: string;
  titleTh: string;
  url: string | null;
  /** Conforms to the Open Definition (CKAN's `isopen`; the quality score's licence openness). */
  open: boolean;
}

/**
 * The licence register. The ids and titles are CKAN's default register
 * (ckan/model/license.py, `LicenseRegister.default_license_list`) so that datasets harvested from
 * or to CKAN keep their licence; `open-data-common` is the licence data.go.th applies to
 * government open data by default.
 */
export const licenses: readonly License[] = [
  {
    id: 'open-data-common',
    title: 'Open Data Common',
    titleTh: 'สัญญาอนุญาตข้อมูลเปิด (Open Data Common)',
    url: null,
    open: true,
  },
  {
    id: 'cc-by',
    title: 'Creative Commons Attribution',
    titleTh: 'ครีเอทีฟคอมมอนส์ แสดงที่มา',
    url: 'http://www.opendefinition.org/licenses/cc-by',
    open: true,
  },
  {
    id: 'cc-by-sa',
    title: 'Creative Commons Attribution Share-Alike',
    titleTh: 'ครีเอทีฟคอมมอนส์ แสดงที่มา-อนุญาตแบบเดียวกัน',
    url: 'http://www.opendefinition.org/licenses/cc-by-sa',
    open: true,
  },
  {
    id: 'cc-zero',
    title: 'Creative Commons CCZero',
    titleTh: 'ครีเอทีฟคอมมอนส์ CC0 (สาธารณสมบัติ)',
    url: 'http://www.opendefinition.org/licenses/cc-zero',
    open: true,
  },
  {
    id: 'odc-by',
    title: 'Open Data Commons Attribution License',
    titleTh: 'Open Data Commons แสดงที่มา',
    url: 'http://www.opendefinition.org/licenses/odc-by',
    open: true,
  },
  {
    id: 'odc-odbl',
    title: 'Open Data Commons Open Database License (ODbL)',
    titleTh: 'Open Data Commons ODbL',
    url: 'http://www.opendefinition.org/licenses/odc-odbl',
    open: true,
  },
  {
    id: 'odc-pddl',
    title: 'Open Data Commons Public Domain Dedication and License (PDDL)',
    titleTh: 'Open Data Commons PDDL (สาธารณสมบัติ)',
    url: 'http://www.opendefinition.org/licenses/odc-pddl',
    open: true,
  },
  {
    id: 'other-open',
    title: 'Other (Open)',
    titleTh: 'อื่น ๆ (เปิด)',
    url: null,
    open: true,
  },
  {
    id: 'other-pd',
    title: 'Other (Public Domain)',
    titleTh: 'อื่น ๆ (สาธารณสมบัติ)',
    url: null,
    open: true,
  },
  {
    id: 'other-at',
    title: 'Other (Attribution)',
    titleTh: 'อื่น ๆ (แสดงที่มา)',
    url: null,
    open: true,
  },
  {
    id: 'cc-nc',
    title: 'Creative Commons Non-Commercial (Any)',
    titleTh: 'ครีเอทีฟคอมมอนส์ ไม่ใช้เพื่อการค้า',
    url: 'http://creativecommons.org/licenses/by-nc/2.0/',
    open: false,
  },
  {
    id: 'other-nc',
    title: 'Other (Non-Commercial)',
    titleTh: 'อื่น ๆ (ไม่ใช้เพื่อการค้า)',
    url: null,
    open: false,
  },
  {
    id: 'other-closed',
    title: 'Other (Not Open)',
    titleTh: 'อื่น ๆ (ไม่เปิด)',
    url: null,
    open: false,
  },
  {
    id: 'notspecified',
    title: 'License not specified',
    titleTh: 'ไม่ระบุสัญญาอนุญาต',
    url: null,
    open: false,
  },
];

const byId = new Map(licenses.map((l) => [l.id, l]));

export function findLicense(id: string | null | undefined): License | undefined {
  return id ? byId.get(id) : undefined;
}

export function licenseTitle(id: string, lang: 'th' | 'en'): string {
  const l = byId.get(id);
  if (!l) return id;
  return lang === 'th' ? l.titleTh : l.title;
}

export function licenseText(l: License): Text {
  return { th: l.titleTh, en: l.title };
}
