import type { Text } from '../platform/i18n/index.ts';

/**
 * Staff roles, each held within one organization. Domain modules check them; the list lives
 * here so that one word means one thing everywhere (ARCHITECTURE.md, names).
 */
export const roles = {
  platform_admin: { th: 'ผู้ดูแลแพลตฟอร์ม', en: 'Platform administrator' },
  registrar: { th: 'นายทะเบียน', en: 'Registrar' },
  rp_admin: { th: 'ผู้ดูแลระบบที่เชื่อมต่อ (Relying party)', en: 'Relying-party administrator' },
  agency_admin: { th: 'ผู้ดูแลหน่วยงาน', en: 'Agency administrator' },
  agency_officer: { th: 'เจ้าหน้าที่หน่วยงาน', en: 'Agency officer' },
  service_designer: { th: 'ผู้ออกแบบบริการ', en: 'Service designer' },
  localgov_officer: { th: 'เจ้าหน้าที่ อปท.', en: 'Local administration officer' },
  localgov_executive: { th: 'ผู้บริหาร อปท.', en: 'Local administration executive' },
  email_registry_officer: { th: 'เจ้าหน้าที่ทะเบียนอีเมลกลาง', en: 'E-mail registry officer' },
  auditor: { th: 'ผู้ตรวจสอบ', en: 'Auditor' },
  audit_template_editor: { th: 'ผู้จัดทำแบบประเมิน', en: 'Assessment template editor' },
  supervisor: { th: 'ผู้กำกับดูแล', en: 'Supervisor' },
  publisher: { th: 'ผู้เผยแพร่ข้อมูล', en: 'Data publisher' },
} as const satisfies Record<string, Text>;

export type Role = keyof typeof roles;

export function isRole(value: string): value is Role {
  return Object.hasOwn(roles, value);
}

export const organizationKinds = {
  ministry: { th: 'กระทรวง', en: 'Ministry' },
  department: { th: 'กรม / หน่วยงาน', en: 'Department or agency' },
  local_administration: { th: 'องค์กรปกครองส่วนท้องถิ่น', en: 'Local administration' },
  state_enterprise: { th: 'รัฐวิสาหกิจ', en: 'State enterprise' },
  public_organization: { th: 'องค์การมหาชน', en: 'Public organization' },
  independent_agency: { th: 'องค์กรอิสระ', en: 'Independent agency' },
  company: { th: 'บริษัทเอกชน', en: 'Private company' },
} as const satisfies Record<string, Text>;

export type OrganizationKind = keyof typeof organizationKinds;
