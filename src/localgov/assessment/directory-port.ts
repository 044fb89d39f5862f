import type { LocalAdministrationType } from '../directory-data.ts';

/**
 * What the self-assessment needs from the local-administration directory
 * (`src/localgov/directory/index.ts`, built beside this folder). The directory is reached only
 * through this port (STYLE.md 5): `toAdministration` translates whatever row shape the directory
 * returns into our words, so a renamed column there changes one function here.
 */
export interface DirectoryApi {
  /** By directory id or official code; null when unknown. */
  findAdministration(idOrCode: string): Promise<unknown>;
  /** The orgs organization (code `lao-<code>`) whose role grants scope officers to it. */
  administrationOrganizationId(code: string): Promise<string | null> | string | null;
}

/** One local administration as the self-assessment uses it. */
export interface Administration {
  code: string;
  type: LocalAdministrationType;
  nameTh: string;
  nameEn: string;
  provinceCode: string;
  districtCode: string | null;
}

const TYPES: ReadonlySet<string> = new Set<LocalAdministrationType>([
  'pao',
  'city_municipality',
  'town_municipality',
  'subdistrict_municipality',
  'sao',
  'bangkok',
  'pattaya',
]);

function field(row: Record<string, unknown>, ...names: string[]): string | null {
  for (const name of names) {
    const value = row[name];
    if (typeof value === 'string' && value !== '') return value;
    if (typeof value === 'number') return String(value);
  }
  return null;
}

/**
 * Reads an administration from a directory row, accepting camelCase (`nameTh`) and the
 * snake_case of database rows (`name_th`); null when the row lacks what an assessment needs.
 */
export function toAdministration(row: unknown): Administration | null {
  if (!row || typeof row !== 'object') return null;
  const r = row as Record<string, unknown>;
  const code = field(r, 'code');
  const type = field(r, 'type', 'administrationType', 'administration_type', 'kind');
  const nameTh = field(r, 'nameTh', 'name_th');
  const nameEn = field(r, 'nameEn', 'name_en');
  const provinceCode = field(r, 'provinceCode', 'province_code');
  if (!code || !type || !TYPES.has(type) || !nameTh || !provinceCode) return null;
  return {
    code,
    type: type as LocalAdministrationType,
    nameTh,
    nameEn: nameEn ?? nameTh,
    provinceCode,
    districtCode: field(r, 'districtCode', 'district_code'),
  };
}

/** The orgs code of an administration: roles granted there scope officers to it. */
export const administrationOrgCode = (code: string) => `lao-${code}`;
