import { findProvinceByCode, REGIONS, type RegionCode } from '../../orgs/index.ts';
import { DomainError } from '../../platform/errors.ts';
import { defineMessages } from '../../platform/i18n/index.ts';
import { MAX_QUERY_LENGTH } from '../../platform/search/thai-text.ts';
import type { LocalAdministrationType } from '../directory-data.ts';
import { isAdministrationType, LOCAL_ADMINISTRATION_TYPES } from './administrations.ts';

/** What a directory page or API request asks for, checked. */
export interface DirectoryFilter {
  q: string;
  provinceCode?: string | undefined;
  type?: LocalAdministrationType | undefined;
  region?: RegionCode | undefined;
  limit: number;
  offset: number;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
/** Far past the 7,850 rows; bounds the work an OFFSET can ask of the database. */
export const MAX_OFFSET = 100_000;

defineMessages({
  'localgov.filter_province_unknown': {
    th: 'ไม่มีจังหวัดรหัส "{province}" (ใช้รหัสจังหวัด 2 หลัก เช่น 42)',
    en: 'There is no province with code "{province}" (use the 2-digit code, e.g. 42)',
  },
  'localgov.filter_type_unknown': {
    th: 'ประเภท อปท. "{type}" ไม่ถูกต้อง ใช้ได้เฉพาะ {types}',
    en: 'The administration type "{type}" is not valid; use one of {types}',
  },
  'localgov.filter_region_unknown': {
    th: 'ภาค "{region}" ไม่ถูกต้อง ใช้ได้เฉพาะ {regions}',
    en: 'The region "{region}" is not valid; use one of {regions}',
  },
  'localgov.filter_limit_invalid': {
    th: 'limit ต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง {maxLimit}',
    en: 'limit must be a whole number from 1 to {maxLimit}',
  },
  'localgov.filter_offset_invalid': {
    th: 'offset ต้องเป็นจำนวนเต็มตั้งแต่ 0 ถึง {maxOffset}',
    en: 'offset must be a whole number from 0 to {maxOffset}',
  },
  'localgov.filter_page_invalid': {
    th: 'หมายเลขหน้าต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป',
    en: 'The page number must be a whole number from 1',
  },
  'localgov.filter_query_too_long': {
    th: 'คำค้นยาวเกิน {maxQuery} ตัวอักษร',
    en: 'The search text is longer than {maxQuery} characters',
  },
});

function one(value: unknown): string {
  const v = Array.isArray(value) ? value[value.length - 1] : value;
  return typeof v === 'string' ? v.trim() : '';
}

/**
 * Reads `q`, `province`, `type`, `region` and either `limit`/`offset` (the API) or `page` (the
 * pages, DEFAULT_PAGE_SIZE a page). Throws a DomainError naming every bad parameter; empty
 * values mean "no filter", so a form submitted with "all provinces" works.
 */
export function parseDirectoryFilter(query: unknown): DirectoryFilter {
  const input = (query && typeof query === 'object' ? query : {}) as Record<string, unknown>;
  const fields: Record<string, string> = {};
  const params: Record<string, string | number> = {};
  const q = one(input.q);
  if (q.length > MAX_QUERY_LENGTH) {
    fields.q = 'localgov.filter_query_too_long';
    params.maxQuery = MAX_QUERY_LENGTH;
  }
  const province = one(input.province);
  if (province && !findProvinceByCode(province)) {
    fields.province = 'localgov.filter_province_unknown';
    params.province = province;
  }
  const type = one(input.type);
  if (type && !isAdministrationType(type)) {
    fields.type = 'localgov.filter_type_unknown';
    params.type = type;
    params.types = LOCAL_ADMINISTRATION_TYPES.join(', ');
  }
  const region = one(input.region);
  const regionCodes = REGIONS.map((r) => r.code as string);
  if (region && !regionCodes.includes(region)) {
    fields.region = 'localgov.filter_region_unknown';
    params.region = region;
    params.regions = regionCodes.join(', ');
  }
  let limit = DEFAULT_PAGE_SIZE;
  let offset = 0;
  const rawLimit = one(input.limit);
  const rawOffset = one(input.offset);
  const rawPage = one(input.page);
  if (rawLimit) {
    limit = Number(rawLimit);
    if (!/^\d+$/.test(rawLimit) || limit < 1 || limit > MAX_PAGE_SIZE) {
      fields.limit = 'localgov.filter_limit_invalid';
      params.maxLimit = MAX_PAGE_SIZE;
    }
  }
  if (rawOffset) {
    offset = Number(rawOffset);
    if (!/^\d+$/.test(rawOffset) || offset > MAX_OFFSET) {
      fields.offset = 'localgov.filter_offset_invalid';
      params.maxOffset = MAX_OFFSET;
    }
  } else if (rawPage) {
    const page = Number(rawPage);
    if (!/^\d+$/.test(rawPage) || page < 1 || (page - 1) * limit > MAX_OFFSET) {
      fields.page = 'localgov.filter_page_invalid';
    } else offset = (page - 1) * limit;
  }
  if (Object.keys(fields).length > 0) {
    const first = Object.values(fields)[0] ?? 'form.has_errors';
    throw new DomainError(first, { status: 400, fields, params });
  }
  return {
    q,
    provinceCode: province || undefined,
    type: (type || undefined) as LocalAdministrationType | undefined,
    region: (region || undefined) as RegionCode | undefined,
    limit,
    offset,
  };
}
