/**
 * Plain-TypeScript validation of the service catalogue import format. It mirrors
 * docs/services.schema.json rule for rule (the catalogue test checks both agree), so the
 * importer can reject bad input without a JSON Schema engine and explain every problem to
 * the operator in English and Thai.
 */

import type { ServiceCategoryCode } from './categories.ts';
import { SERVICE_CATEGORY_CODES } from './categories.ts';

export const SERVICE_CHANNELS = ['online', 'kiosk', 'office', 'app'] as const;
export type ServiceChannel = (typeof SERVICE_CHANNELS)[number];

export interface LocalizedText {
  readonly th: string;
  readonly en: string;
}

export interface ServiceRecordBase {
  readonly code: string;
  readonly name: LocalizedText;
  readonly description: LocalizedText;
  readonly agency: { readonly code: string; readonly name: LocalizedText };
  readonly category: ServiceCategoryCode;
  readonly keywords: { readonly th: readonly string[]; readonly en: readonly string[] };
  readonly channels: readonly ServiceChannel[];
  readonly fee: { readonly amountBaht: number; readonly note?: LocalizedText };
  readonly processingTime: { readonly days?: number; readonly text: LocalizedText };
  readonly requiredDocuments: readonly LocalizedText[];
  readonly eligibility: LocalizedText;
}

/** A service run by Pratu itself through one of its e-service definitions. */
export interface InternalServiceRecord extends ServiceRecordBase {
  readonly eService: { readonly definitionCode: string };
  readonly externalUrl?: never;
}

/** A service run by the owning agency on its own website or app. */
export interface ExternalServiceRecord extends ServiceRecordBase {
  readonly externalUrl: string;
  readonly eService?: never;
}

export type ServiceRecord = InternalServiceRecord | ExternalServiceRecord;

export interface ServiceCatalogueFile {
  readonly $schema?: string;
  readonly services: readonly ServiceRecord[];
}

// Limits and patterns are copied from docs/services.schema.json; keep them in step.
export const SERVICE_CODE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const AGENCY_CODE_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const HTTPS_URL_PATTERN = /^https:\/\/[^\s/?#@]+\.[^\s/?#@]+(?:[/?#]\S*)?$/u;
const TRIMMED_PATTERN = /^\S(?:[\s\S]*\S)?$/u;
const THAI_CHARACTER = /[\u0E00-\u0E7F]/u;
const CODE_MIN_LENGTH = 2;
const CODE_MAX_LENGTH = 80;
const AGENCY_CODE_MAX_LENGTH = 40;
const TEXT_MAX_LENGTH = 2000;
const KEYWORD_MAX_LENGTH = 100;
const URL_MAX_LENGTH = 2000;
const FEE_MAX_BAHT = 10_000_000;
const DAYS_MAX = 3650;

const SERVICE_KEYS = [
  'code',
  'name',
  'description',
  'agency',
  'category',
  'keywords',
  'channels',
  'fee',
  'processingTime',
  'requiredDocuments',
  'eligibility',
  'eService',
  'externalUrl',
] as const;
const REQUIRED_SERVICE_KEYS = SERVICE_KEYS.filter((k) => k !== 'eService' && k !== 'externalUrl');

/** One problem, rendered as `<path>: <English> / <Thai>`. */
function problem(path: string, en: string, th: string): string {
  return `${path}: ${en} / ${th}`;
}

type Errors = string[];
type PlainObject = Record<string, unknown>;

function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// JSON Schema measures string length in code points, not UTF-16 units.
function lengthOf(text: string): number {
  return [...text].length;
}

function checkObject(
  value: unknown,
  path: string,
  allowed: readonly string[],
  required: readonly string[],
  errors: Errors,
): value is PlainObject {
  if (!isPlainObject(value)) {
    errors.push(problem(path, 'must be an object', 'ต้องเป็นออบเจกต์ (JSON object)'));
    return false;
  }
  for (const key of required) {
    if (!(key in value)) {
      errors.push(problem(`${path}.${key}`, 'is required', 'ต้องระบุ'));
    }
  }
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      errors.push(
        problem(`${path}.${key}`, 'is not an allowed property', 'ไม่ใช่ฟิลด์ที่กำหนดไว้ในรูปแบบข้อมูล'),
      );
    }
  }
  return true;
}

type Script = 'thai' | 'no-thai' | 'any';

function checkString(
  value: unknown,
  path: string,
  maxLength: number,
  script: Script,
  errors: Errors,
): value is string {
  if (typeof value !== 'string') {
    errors.push(problem(path, 'must be a string', 'ต้องเป็นข้อความ'));
    return false;
  }
  if (value.length === 0) {
    errors.push(problem(path, 'must not be empty', 'ต้องไม่เป็นค่าว่าง'));
    return false;
  }
  if (!TRIMMED_PATTERN.test(value)) {
    errors.push(
      problem(path, 'must not start or end with whitespace', 'ต้องไม่ขึ้นต้นหรือลงท้ายด้วยช่องว่าง'),
    );
  }
  if (lengthOf(value) > maxLength) {
    errors.push(
      problem(path, `must be at most ${maxLength} characters`, `ต้องยาวไม่เกิน ${maxLength} ตัวอักษร`),
    );
  }
  if (script === 'thai' && !THAI_CHARACTER.test(value)) {
    errors.push(problem(path, 'must be written in Thai', 'ต้องเป็นข้อความภาษาไทย'));
  }
  if (script === 'no-thai' && THAI_CHARACTER.test(value)) {
    errors.push(problem(path, 'must not contain Thai characters', 'ต้องไม่มีอักษรไทย'));
  }
  return true;
}

function checkLocalizedText(value: unknown, path: string, errors: Errors): void {
  if (!checkObject(value, path, ['th', 'en'], ['th', 'en'], errors)) return;
  if ('th' in value) checkString(value.th, `${path}.th`, TEXT_MAX_LENGTH, 'thai', errors);
  if ('en' in value) checkString(value.en, `${path}.en`, TEXT_MAX_LENGTH, 'no-thai', errors);
}

function checkCode(value: unknown, path: string, errors: Errors): void {
  if (!checkString(value, path, CODE_MAX_LENGTH, 'any', errors)) return;
  if (lengthOf(value) < CODE_MIN_LENGTH || !SERVICE_CODE_PATTERN.test(value)) {
    errors.push(
      problem(
        path,
        'must be lowercase ASCII letters and digits joined by single hyphens, e.g. sso-rights-check',
        'ต้องเป็นอักษรภาษาอังกฤษตัวพิมพ์เล็กหรือตัวเลข คั่นด้วยขีดกลางทีละหนึ่งตัว เช่น sso-rights-check',
      ),
    );
  }
}

function checkNumber(value: unknown, path: string, max: number, errors: Errors): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    errors.push(problem(path, 'must be a number', 'ต้องเป็นตัวเลข'));
    return;
  }
  if (value < 0) {
    errors.push(problem(path, 'must be 0 or more', 'ต้องมีค่าตั้งแต่ 0 ขึ้นไป'));
  }
  if (value > max) {
    errors.push(problem(path, `must be at most ${max}`, `ต้องไม่เกิน ${max}`));
  }
}

/** Checks an array and calls `each` per item; reports items equal to an earlier one when `unique`. */
function checkArray(
  value: unknown,
  path: string,
  minItems: number,
  unique: boolean,
  errors: Errors,
  each: (item: unknown, itemPath: string) => void,
): void {
  if (!Array.isArray(value)) {
    errors.push(problem(path, 'must be an array', 'ต้องเป็นรายการ (JSON array)'));
    return;
  }
  if (value.length < minItems) {
    errors.push(
      problem(path, `must have at least ${minItems} item(s)`, `ต้องมีอย่างน้อย ${minItems} รายการ`),
    );
  }
  const firstIndex = new Map<string, number>();
  value.forEach((item, index) => {
    const itemPath = `${path}[${index}]`;
    each(item, itemPath);
    if (!unique) return;
    const key = JSON.stringify(item);
    const earlier = firstIndex.get(key);
    if (earlier === undefined) {
      firstIndex.set(key, index);
    } else {
      errors.push(problem(itemPath, `duplicates item ${earlier}`, `ซ้ำกับรายการลำดับที่ ${earlier}`));
    }
  });
}

function checkEnum(value: unknown, path: string, allowed: readonly string[], errors: Errors): void {
  if (typeof value !== 'string' || !allowed.includes(value)) {
    const list = allowed.join(', ');
    errors.push(problem(path, `must be one of: ${list}`, `ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: ${list}`));
  }
}

function checkAgency(value: unknown, path: string, errors: Errors): void {
  if (!checkObject(value, path, ['code', 'name'], ['code', 'name'], errors)) return;
  if (
    'code' in value &&
    checkString(value.code, `${path}.code`, AGENCY_CODE_MAX_LENGTH, 'any', errors)
  ) {
    if (lengthOf(value.code) < CODE_MIN_LENGTH || !AGENCY_CODE_PATTERN.test(value.code)) {
      errors.push(
        problem(
          `${path}.code`,
          'must be lowercase ASCII starting with a letter, e.g. sso or admincourt',
          'ต้องเป็นอักษรภาษาอังกฤษตัวพิมพ์เล็ก ขึ้นต้นด้วยตัวอักษร เช่น sso หรือ admincourt',
        ),
      );
    }
  }
  if ('name' in value) checkLocalizedText(value.name, `${path}.name`, errors);
}

function checkKeywords(value: unknown, path: string, errors: Errors): void {
  if (!checkObject(value, path, ['th', 'en'], ['th', 'en'], errors)) return;
  if ('th' in value) {
    checkArray(value.th, `${path}.th`, 1, true, errors, (item, itemPath) => {
      checkString(item, itemPath, KEYWORD_MAX_LENGTH, 'any', errors);
    });
  }
  if ('en' in value) {
    checkArray(value.en, `${path}.en`, 0, true, errors, (item, itemPath) => {
      checkString(item, itemPath, KEYWORD_MAX_LENGTH, 'no-thai', errors);
    });
  }
}

function checkFee(value: unknown, path: string, errors: Errors): void {
  if (!checkObject(value, path, ['amountBaht', 'note'], ['amountBaht'], errors)) return;
  if ('amountBaht' in value)
    checkNumber(value.amountBaht, `${path}.amountBaht`, FEE_MAX_BAHT, errors);
  if ('note' in value) checkLocalizedText(value.note, `${path}.note`, errors);
}

function checkProcessingTime(value: unknown, path: string, errors: Errors): void {
  if (!checkObject(value, path, ['days', 'text'], ['text'], errors)) return;
  if ('days' in value) checkNumber(value.days, `${path}.days`, DAYS_MAX, errors);
  if ('text' in value) checkLocalizedText(value.text, `${path}.text`, errors);
}

function checkExternalUrl(value: unknown, path: string, errors: Errors): void {
  if (!checkString(value, path, URL_MAX_LENGTH, 'any', errors)) return;
  let parsed: URL | undefined;
  try {
    parsed = new URL(value);
  } catch {
    parsed = undefined;
  }
  if (
    parsed === undefined ||
    parsed.protocol !== 'https:' ||
    parsed.username !== '' ||
    parsed.password !== '' ||
    !HTTPS_URL_PATTERN.test(value)
  ) {
    errors.push(
      problem(
        path,
        'must be an absolute https:// URL with a domain name and no credentials',
        'ต้องเป็นที่อยู่เว็บแบบเต็มที่ขึ้นต้นด้วย https:// มีชื่อโดเมน และไม่มีชื่อผู้ใช้หรือรหัสผ่าน',
      ),
    );
  }
}

/**
 * Validates one service record. Returns an empty array when the record is valid, otherwise
 * one message per problem, each prefixed with the JSON path of the offending value (`path` is
 * the record's own path, e.g. `$.services[3]`).
 */
export function validateServiceRecord(value: unknown, path = '$'): string[] {
  const errors: Errors = [];
  if (!checkObject(value, path, SERVICE_KEYS, REQUIRED_SERVICE_KEYS, errors)) return errors;

  if ('code' in value) checkCode(value.code, `${path}.code`, errors);
  if ('name' in value) checkLocalizedText(value.name, `${path}.name`, errors);
  if ('description' in value) checkLocalizedText(value.description, `${path}.description`, errors);
  if ('agency' in value) checkAgency(value.agency, `${path}.agency`, errors);
  if ('category' in value) {
    checkEnum(value.category, `${path}.category`, SERVICE_CATEGORY_CODES, errors);
  }
  if ('keywords' in value) checkKeywords(value.keywords, `${path}.keywords`, errors);
  if ('channels' in value) {
    checkArray(value.channels, `${path}.channels`, 1, true, errors, (item, itemPath) => {
      checkEnum(item, itemPath, SERVICE_CHANNELS, errors);
    });
  }
  if ('fee' in value) checkFee(value.fee, `${path}.fee`, errors);
  if ('processingTime' in value) {
    checkProcessingTime(value.processingTime, `${path}.processingTime`, errors);
  }
  if ('requiredDocuments' in value) {
    checkArray(
      value.requiredDocuments,
      `${path}.requiredDocuments`,
      0,
      false,
      errors,
      (item, p) => {
        checkLocalizedText(item, p, errors);
      },
    );
  }
  if ('eligibility' in value) checkLocalizedText(value.eligibility, `${path}.eligibility`, errors);

  const hasEService = 'eService' in value;
  const hasExternalUrl = 'externalUrl' in value;
  if (hasEService === hasExternalUrl) {
    errors.push(
      problem(
        path,
        'must have exactly one of "eService" (run by Pratu) or "externalUrl" (run by the agency)',
        'ต้องระบุ "eService" (ให้บริการในประตู) หรือ "externalUrl" (ให้บริการโดยหน่วยงาน) อย่างใดอย่างหนึ่งเท่านั้น',
      ),
    );
  }
  if (hasEService) {
    const eService = value.eService;
    const eServicePath = `${path}.eService`;
    if (checkObject(eService, eServicePath, ['definitionCode'], ['definitionCode'], errors)) {
      if ('definitionCode' in eService) {
        checkCode(eService.definitionCode, `${eServicePath}.definitionCode`, errors);
      }
    }
  }
  if (hasExternalUrl) checkExternalUrl(value.externalUrl, `${path}.externalUrl`, errors);
  return errors;
}

export function isServiceRecord(value: unknown): value is ServiceRecord {
  return validateServiceRecord(value).length === 0;
}

/**
 * Validates a whole import file (`{ "services": [...] }`), including what JSON Schema cannot
 * express: service codes must be unique within the file, because the code is the import's
 * idempotency key and a repeated code would silently overwrite the earlier record.
 */
export function validateServiceCatalogue(value: unknown): string[] {
  const errors: Errors = [];
  if (!checkObject(value, '$', ['$schema', 'services'], ['services'], errors)) return errors;
  if ('$schema' in value && typeof value.$schema !== 'string') {
    errors.push(problem('$.$schema', 'must be a string', 'ต้องเป็นข้อความ'));
  }
  if (!('services' in value)) return errors;
  const services = value.services;
  const firstIndexByCode = new Map<string, number>();
  checkArray(services, '$.services', 1, false, errors, (item, itemPath) => {
    errors.push(...validateServiceRecord(item, itemPath));
  });
  if (!Array.isArray(services)) return errors;
  services.forEach((item: unknown, index) => {
    if (!isPlainObject(item) || typeof item.code !== 'string') return;
    const earlier = firstIndexByCode.get(item.code);
    if (earlier === undefined) {
      firstIndexByCode.set(item.code, index);
    } else {
      errors.push(
        problem(
          `$.services[${index}].code`,
          `duplicates the code "${item.code}" of $.services[${earlier}]`,
          `รหัสบริการ "${item.code}" ซ้ำกับ $.services[${earlier}]`,
        ),
      );
    }
  });
  return errors;
}
