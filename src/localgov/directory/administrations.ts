/**
 * Rules for one local administration (องค์กรปกครองส่วนท้องถิ่น, อปท.) as the directory stores it:
 * what a valid row of the import file is, how its web site gives its registered domain, and the
 * link between an administration and its `orgs` organization (where staff roles attach).
 */

import {
  findDistrictByCode,
  findProvinceByCode,
  type RegionCode,
  regionOf,
} from '../../orgs/index.ts';
import { defineMessages } from '../../platform/i18n/index.ts';
import {
  DIRECTORY_CSV_COLUMNS,
  LOCAL_ADMINISTRATION_TYPE_LABELS,
  LOCAL_ADMINISTRATION_TYPES,
  type LocalAdministrationType,
} from '../directory-data.ts';

export type { LocalAdministrationType };
export { DIRECTORY_CSV_COLUMNS, LOCAL_ADMINISTRATION_TYPE_LABELS, LOCAL_ADMINISTRATION_TYPES };

/** An administration as the directory answers for it. */
export interface LocalAdministration {
  id: string;
  /** 7-digit code: type digit, DOPA province code, running number (see directory-data.ts). */
  code: string;
  type: LocalAdministrationType;
  nameTh: string;
  nameEn: string;
  provinceCode: string;
  districtCode: string;
  region: RegionCode;
  address: string;
  phone: string;
  website: string | null;
  /** Host of `website` without `www.`: the administration's registered domain. */
  domain: string | null;
  /** Its `orgs` organization (code `lao-<code>`), created the first time a role needs it. */
  organizationId: string | null;
  updatedAt: Date;
}

/** A validated row of the import file, ready to store. */
export interface AdministrationInput {
  code: string;
  type: LocalAdministrationType;
  nameTh: string;
  nameEn: string;
  provinceCode: string;
  districtCode: string;
  region: RegionCode;
  address: string;
  phone: string;
  website: string | null;
  domain: string | null;
}

/**
 * Every administration is also an organization in `orgs`, so that the platform's one role model
 * (localgov_officer, localgov_executive held within an organization) covers it.
 */
export const ORGANIZATION_CODE_PREFIX = 'lao-';

export function organizationCodeOf(administrationCode: string): string {
  return `${ORGANIZATION_CODE_PREFIX}${administrationCode}`;
}

/** The administration code behind an organization code, or null for any other organization. */
export function administrationCodeOf(organizationCode: string): string | null {
  if (!organizationCode.startsWith(ORGANIZATION_CODE_PREFIX)) return null;
  const code = organizationCode.slice(ORGANIZATION_CODE_PREFIX.length);
  return isAdministrationCode(code) ? code : null;
}

export function isAdministrationCode(value: string): boolean {
  return /^[1-6][0-9]{6}$/.test(value);
}

export function isAdministrationType(value: string): value is LocalAdministrationType {
  return (LOCAL_ADMINISTRATION_TYPES as readonly string[]).includes(value);
}

// The leading digit of a code names the type (directory-data.ts, "Code scheme").
const TYPE_DIGITS: Readonly<Record<LocalAdministrationType, string>> = {
  pao: '1',
  city_municipality: '2',
  town_municipality: '3',
  subdistrict_municipality: '4',
  sao: '5',
  bangkok: '6',
  pattaya: '6',
};

/** Directory order: the special ones, then from the province level down, as DLA lists them. */
export const TYPE_RANK: Readonly<Record<LocalAdministrationType, number>> = {
  bangkok: 0,
  pattaya: 1,
  pao: 2,
  city_municipality: 3,
  town_municipality: 4,
  subdistrict_municipality: 5,
  sao: 6,
};

export const MAX_NAME_LENGTH = 200;
export const MAX_ADDRESS_LENGTH = 500;
export const MAX_WEBSITE_LENGTH = 300;

defineMessages({
  'localgov.code_invalid': {
    th: 'รหัส อปท. "{value}" ไม่ถูกต้อง ต้องเป็นตัวเลข 7 หลัก ขึ้นต้นด้วยเลขประเภท 1 ถึง 6',
    en: 'The code "{value}" is not valid: it must be 7 digits, starting with a type digit from 1 to 6',
  },
  'localgov.code_type_mismatch': {
    th: 'รหัส {value} ขึ้นต้นด้วย {digit} แต่ประเภท {type} ต้องขึ้นต้นด้วย {expected}',
    en: 'The code {value} starts with {digit} but type {type} codes start with {expected}',
  },
  'localgov.code_province_mismatch': {
    th: 'หลักที่ 2-3 ของรหัส {value} ต้องเป็นรหัสจังหวัด {province}',
    en: 'Digits 2-3 of the code {value} must be the province code {province}',
  },
  'localgov.code_duplicate': {
    th: 'รหัส {value} ซ้ำกับบรรทัดที่ {line}',
    en: 'The code {value} is already used on line {line}',
  },
  'localgov.type_invalid': {
    th: 'ประเภท "{value}" ไม่ถูกต้อง ใช้ได้เฉพาะ {allowed}',
    en: 'The type "{value}" is not valid; use one of {allowed}',
  },
  'localgov.name_th_required': { th: 'กรุณากรอกชื่อภาษาไทย (name_th)', en: 'name_th is required' },
  'localgov.name_th_not_thai': {
    th: 'ชื่อภาษาไทย (name_th) ต้องเขียนด้วยอักษรไทย',
    en: 'name_th must be written in Thai script',
  },
  'localgov.name_en_required': {
    th: 'กรุณากรอกชื่อภาษาอังกฤษ (name_en)',
    en: 'name_en is required',
  },
  'localgov.name_en_not_latin': {
    th: "ชื่อภาษาอังกฤษ (name_en) ใช้ได้เฉพาะอักษรละติน ตัวเลข ช่องว่าง และ - . ' ( ) ,",
    en: "name_en may use only Latin letters, digits, spaces and - . ' ( ) ,",
  },
  'localgov.name_too_long': {
    th: 'ชื่อยาวเกิน {max} ตัวอักษร',
    en: 'The name is longer than {max} characters',
  },
  'localgov.province_unknown': {
    th: 'ไม่มีจังหวัดรหัส "{value}" (ใช้รหัสจังหวัด 2 หลักของกรมการปกครอง เช่น 42 คือเลย)',
    en: 'There is no province with code "{value}" (use the 2-digit DOPA code, e.g. 42 for Loei)',
  },
  'localgov.district_unknown': {
    th: 'ไม่มีอำเภอรหัส "{value}" (ใช้รหัสอำเภอ 4 หลักของกรมการปกครอง เช่น 4203 คือเชียงคาน)',
    en: 'There is no district with code "{value}" (use the 4-digit DOPA code, e.g. 4203 for Chiang Khan)',
  },
  'localgov.district_not_in_province': {
    th: 'อำเภอ {value} ไม่ได้อยู่ในจังหวัด {province}',
    en: 'District {value} is not in province {province}',
  },
  'localgov.special_type_province': {
    th: 'ประเภท {type} ต้องอยู่ในจังหวัดรหัส {province}',
    en: 'Type {type} must be in province {province}',
  },
  'localgov.address_required': { th: 'กรุณากรอกที่อยู่ (address)', en: 'address is required' },
  'localgov.address_too_long': {
    th: 'ที่อยู่ยาวเกิน {max} ตัวอักษร',
    en: 'The address is longer than {max} characters',
  },
  'localgov.phone_invalid': {
    th: 'หมายเลขโทรศัพท์ "{value}" ไม่ถูกต้อง ต้องเป็นเลขหมายไทย 9 หรือ 10 หลักขึ้นต้นด้วย 0 เช่น 0-4282-1234 (หลายหมายเลขคั่นด้วย ,)',
    en: 'The phone number "{value}" is not valid: use Thai numbers of 9 or 10 digits starting with 0, e.g. 0-4282-1234 (separate several with ,)',
  },
  'localgov.website_invalid': {
    th: 'เว็บไซต์ "{value}" ไม่ถูกต้อง ต้องขึ้นต้นด้วย https:// หรือ http:// และมีชื่อโดเมน',
    en: 'The website "{value}" is not valid: it must start with https:// or http:// and name a domain',
  },
  'localgov.line_break_in_field': {
    th: 'ข้อมูลในช่องนี้มีการขึ้นบรรทัดใหม่ ซึ่งไม่อนุญาต',
    en: 'This field contains a line break, which is not allowed',
  },
});

export interface FieldProblem {
  column: string;
  code: string;
  params: Record<string, string | number>;
}

// Thai letters and marks (U+0E01–U+0E5B).
const THAI_RE = /[\u0E01-\u0E5B]/u;
const LATIN_NAME_RE = /^[A-Za-z0-9 .,'()-]+$/;
// A Thai number has 9 digits (landlines, 0-XXXX-XXXX) or 10 (mobiles and Bangkok's 02 numbers
// written with the area digit); spaces and hyphens group the digits as people write them.
const PHONE_RE = /^0(?:[ -]?[0-9]){8,9}$/;

/** The registered domain of a web site: its host, lower-case, without `www.`. */
export function domainOfWebsite(website: string): string | null {
  let url: URL;
  try {
    url = new URL(website);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password) return null;
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  // A web site of an administration is a name, not an IP address, and has at least two labels.
  if (
    !/^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]$/.test(host)
  ) {
    return null;
  }
  return host.startsWith('www.') ? host.slice(4) : host;
}

/**
 * Checks one record of the import file (already split into named fields) and returns either the
 * administration to store or every problem found, each naming its column.
 */
export function parseAdministration(
  fields: Readonly<Record<string, string>>,
): { ok: true; value: AdministrationInput } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const add = (column: string, code: string, params: Record<string, string | number> = {}) =>
    problems.push({ column, code, params });
  const get = (column: (typeof DIRECTORY_CSV_COLUMNS)[number]): string => {
    const raw = fields[column] ?? '';
    if (/[\r\n]/.test(raw)) add(column, 'localgov.line_break_in_field');
    return raw.replace(/\s+/g, ' ').trim();
  };

  const code = get('code');
  const type = get('type');
  const nameTh = get('name_th').normalize('NFC');
  const nameEn = get('name_en');
  const provinceCode = get('province_code');
  const districtCode = get('district_code');
  const address = get('address').normalize('NFC');
  const phone = get('phone');
  const website = get('website');

  const typeOk = isAdministrationType(type);
  if (!typeOk) {
    add('type', 'localgov.type_invalid', {
      value: type,
      allowed: LOCAL_ADMINISTRATION_TYPES.join(', '),
    });
  }
  const province = findProvinceByCode(provinceCode);
  if (!/^[0-9]{2}$/.test(provinceCode) || !province) {
    add('province_code', 'localgov.province_unknown', { value: provinceCode });
  }
  if (!isAdministrationCode(code)) {
    add('code', 'localgov.code_invalid', { value: code });
  } else {
    if (typeOk && code[0] !== TYPE_DIGITS[type]) {
      add('code', 'localgov.code_type_mismatch', {
        value: code,
        digit: code[0] ?? '',
        type,
        expected: TYPE_DIGITS[type],
      });
    }
    if (province && code.slice(1, 3) !== province.code) {
      add('code', 'localgov.code_province_mismatch', { value: code, province: province.code });
    }
  }
  // The two special-form administrations exist once each, in their own provinces.
  if (type === 'bangkok' && provinceCode !== '10') {
    add('province_code', 'localgov.special_type_province', { type, province: '10' });
  }
  if (type === 'pattaya' && provinceCode !== '20') {
    add('province_code', 'localgov.special_type_province', { type, province: '20' });
  }

  const district = findDistrictByCode(districtCode);
  if (!/^[0-9]{4}$/.test(districtCode) || !district) {
    add('district_code', 'localgov.district_unknown', { value: districtCode });
  } else if (province && district.provinceCode !== province.code) {
    add('district_code', 'localgov.district_not_in_province', {
      value: districtCode,
      province: province.code,
    });
  }

  if (!nameTh) add('name_th', 'localgov.name_th_required');
  else if (!THAI_RE.test(nameTh)) add('name_th', 'localgov.name_th_not_thai');
  else if (nameTh.length > MAX_NAME_LENGTH) {
    add('name_th', 'localgov.name_too_long', { max: MAX_NAME_LENGTH });
  }
  if (!nameEn) add('name_en', 'localgov.name_en_required');
  else if (!LATIN_NAME_RE.test(nameEn)) add('name_en', 'localgov.name_en_not_latin');
  else if (nameEn.length > MAX_NAME_LENGTH) {
    add('name_en', 'localgov.name_too_long', { max: MAX_NAME_LENGTH });
  }

  if (!address) add('address', 'localgov.address_required');
  else if (address.length > MAX_ADDRESS_LENGTH) {
    add('address', 'localgov.address_too_long', { max: MAX_ADDRESS_LENGTH });
  }

  if (phone !== '') {
    const numbers = phone.split(',').map((p) => p.trim());
    if (numbers.length > 5 || numbers.some((n) => !PHONE_RE.test(n))) {
      add('phone', 'localgov.phone_invalid', { value: phone });
    }
  }

  let domain: string | null = null;
  if (website !== '') {
    domain = website.length <= MAX_WEBSITE_LENGTH ? domainOfWebsite(website) : null;
    if (!domain) add('website', 'localgov.website_invalid', { value: website });
  }

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      code,
      type: type as LocalAdministrationType,
      nameTh,
      nameEn,
      provinceCode,
      districtCode,
      region: regionOf(provinceCode) as RegionCode,
      address,
      phone,
      website: website === '' ? null : website,
      domain,
    },
  };
}

/** The label of a type in the reader's language, e.g. 'เทศบาลตำบล' / 'Subdistrict Municipality'. */
export function typeLabel(type: LocalAdministrationType, lang: 'th' | 'en'): string {
  return LOCAL_ADMINISTRATION_TYPE_LABELS[type][lang];
}
