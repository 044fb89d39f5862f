import type { NewOrganization } from './store.ts';

/** Organizations every demo needs; other modules add their own through `ensureOrganization`. */
export const demoOrganizations: NewOrganization[] = [
  {
    code: 'dga',
    kind: 'public_organization',
    name_th: 'สำนักงานพัฒนารัฐบาลดิจิทัล (องค์การมหาชน)',
    name_en: 'Digital Government Development Agency',
  },
  { code: 'moi', kind: 'ministry', name_th: 'กระทรวงมหาดไทย', name_en: 'Ministry of Interior' },
  {
    code: 'dopa',
    kind: 'department',
    name_th: 'กรมการปกครอง',
    name_en: 'Department of Provincial Administration',
  },
  {
    code: 'dla',
    kind: 'department',
    name_th: 'กรมส่งเสริมการปกครองท้องถิ่น',
    name_en: 'Department of Local Administration',
  },
  {
    code: 'sso',
    kind: 'department',
    name_th: 'สำนักงานประกันสังคม',
    name_en: 'Social Security Office',
  },
  {
    code: 'nhso',
    kind: 'public_organization',
    name_th: 'สำนักงานหลักประกันสุขภาพแห่งชาติ',
    name_en: 'National Health Security Office',
  },
  {
    code: 'oag',
    kind: 'independent_agency',
    name_th: 'สำนักงานการตรวจเงินแผ่นดิน',
    name_en: 'Office of the Auditor General',
  },
  {
    code: 'nso',
    kind: 'department',
    name_th: 'สำนักงานสถิติแห่งชาติ',
    name_en: 'National Statistical Office',
  },
  {
    code: 'demo-bank',
    kind: 'company',
    name_th: 'ธนาคารตัวอย่าง จำกัด (มหาชน)',
    name_en: 'Demo Bank Public Company Limited',
  },
];
