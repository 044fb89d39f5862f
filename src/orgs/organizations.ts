import { FieldCollector } from '../platform/forms.ts';
import { defineMessages } from '../platform/i18n/index.ts';
import { type OrganizationKind, organizationKinds } from './roles.ts';
import type { NewOrganization } from './store.ts';

defineMessages({
  'orgs.code_invalid': {
    th: 'รหัสหน่วยงานใช้ได้เฉพาะอักษรอังกฤษตัวเล็ก ตัวเลข และขีด (-) ยาว 2 ถึง 40 ตัว',
    en: 'The code may use only lower-case letters, digits and hyphens, 2 to 40 characters',
  },
  'orgs.code_taken': {
    th: 'มีหน่วยงานที่ใช้รหัสนี้แล้ว',
    en: 'Another organization already uses this code',
  },
  'orgs.kind_invalid': { th: 'กรุณาเลือกประเภทหน่วยงาน', en: 'Choose the kind of organization' },
  'orgs.name_th_required': { th: 'กรุณากรอกชื่อหน่วยงานภาษาไทย', en: 'Enter the Thai name' },
  'orgs.name_en_required': { th: 'กรุณากรอกชื่อหน่วยงานภาษาอังกฤษ', en: 'Enter the English name' },
  'orgs.name_too_long': {
    th: 'ชื่อหน่วยงานต้องยาวไม่เกิน 200 ตัวอักษร',
    en: 'The name must be at most 200 characters',
  },
  'orgs.organization_created': { th: 'เพิ่มหน่วยงานแล้ว', en: 'Organization added' },
});

/** Checks a new organization as typed into a form or an import file; throws every problem at once. */
export function parseNewOrganization(input: Record<string, string>): NewOrganization {
  const errors = new FieldCollector();
  const code = (input.code ?? '').toLowerCase();
  if (!/^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])$/.test(code)) errors.add('code', 'orgs.code_invalid');
  const kind = input.kind ?? '';
  if (!Object.hasOwn(organizationKinds, kind)) errors.add('kind', 'orgs.kind_invalid');
  const nameTh = input.name_th ?? '';
  const nameEn = input.name_en ?? '';
  if (!nameTh) errors.add('name_th', 'orgs.name_th_required');
  else if (nameTh.length > 200) errors.add('name_th', 'orgs.name_too_long');
  if (!nameEn) errors.add('name_en', 'orgs.name_en_required');
  else if (nameEn.length > 200) errors.add('name_en', 'orgs.name_too_long');
  errors.throwIfAny();
  return { code, kind: kind as OrganizationKind, name_th: nameTh, name_en: nameEn };
}
