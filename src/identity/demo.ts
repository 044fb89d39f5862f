import type { Role } from '../orgs/index.ts';

/**
 * Demo people for development sign-in and tests. Their citizen IDs carry valid checksums but are
 * invented; `docs/demo-data.md` lists them.
 */
export const demoPeople: Array<{
  citizenId: string;
  th: string;
  en: string;
  email: string;
  roles: Array<{ organization: string; role: Role }>;
}> = [
  {
    citizenId: '1101700123456',
    th: 'สมชาย ใจดี',
    en: 'Somchai Jaidee',
    email: 'somchai@example.test',
    roles: [],
  },
  {
    citizenId: '3100500678913',
    th: 'อรุณี ศรีสุข',
    en: 'Arunee Srisuk',
    email: 'arunee@example.test',
    roles: [
      { organization: 'dopa', role: 'registrar' },
      { organization: 'dopa', role: 'agency_officer' },
    ],
  },
  {
    citizenId: '1509900345677',
    th: 'ประเสริฐ วงศ์ไทย',
    en: 'Prasert Wongthai',
    email: 'prasert@example.test',
    roles: [
      { organization: 'dga', role: 'platform_admin' },
      { organization: 'dga', role: 'rp_admin' },
    ],
  },
  {
    citizenId: '3400100456783',
    th: 'มาลี รักษ์ถิ่น',
    en: 'Malee Rakthin',
    email: 'malee@example.test',
    roles: [
      { organization: 'oag', role: 'auditor' },
      { organization: 'oag', role: 'audit_template_editor' },
    ],
  },
  {
    citizenId: '1000300567896',
    th: 'วิชัย ข้อมูลดี',
    en: 'Wichai Khomundee',
    email: 'wichai@example.test',
    roles: [{ organization: 'nso', role: 'publisher' }],
  },
];
