import { synonymKey } from '../../platform/search/search-sql.ts';
import {
  type ServiceCatalogueFile,
  type ServiceRecord,
  validateServiceCatalogue,
} from '../catalogue-data/validate.ts';

/**
 * Reading import files: `pratu import services` (docs/services.schema.json) and
 * `pratu import synonyms` (docs/services-catalogue.md). A bad file yields every problem at once,
 * each as `<JSON path>: <English> / <Thai>` like validateServiceCatalogue's, and nothing is
 * imported: the caller only writes a file that came back without problems.
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: string[] };

function problem(path: string, en: string, th: string): string {
  return `${path}: ${en} / ${th}`;
}

/** Parses JSON text, turning a syntax error into a problem that says where it is. */
export function parseJsonText(text: string): Parsed<unknown> {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    let where = '';
    if (at?.[1]) {
      const before = text.slice(0, Number(at[1]));
      const line = before.split('\n').length;
      const column = before.length - before.lastIndexOf('\n');
      where = ` (line ${line}, column ${column})`;
    }
    return {
      ok: false,
      problems: [
        problem(
          '$',
          `is not valid JSON${where}: ${message}`,
          `ไม่ใช่ JSON ที่ถูกต้อง${where}: ${message}`,
        ),
      ],
    };
  }
}

export function parseServiceCatalogue(text: string): Parsed<ServiceCatalogueFile> {
  const json = parseJsonText(text);
  if (!json.ok) return json;
  const problems = validateServiceCatalogue(json.value);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: json.value as ServiceCatalogueFile };
}

/** Agencies named in a file, once each, with the name of their first appearance. */
export function agenciesOf(services: readonly ServiceRecord[]): ServiceRecord['agency'][] {
  const byCode = new Map<string, ServiceRecord['agency']>();
  for (const service of services) {
    if (!byCode.has(service.agency.code)) byCode.set(service.agency.code, service.agency);
  }
  return [...byCode.values()];
}

export interface SynonymEntryInput {
  term: string;
  expansions: string[];
}

export const SYNONYM_TERM_MAX_LENGTH = 100;
export const SYNONYM_EXPANSION_MAX_LENGTH = 200;
export const SYNONYM_EXPANSIONS_MAX = 20;

/**
 * Checks one synonym entry; `path` prefixes the messages. The term and each expansion must hold
 * something searchable (letters or digits), and an expansion equal to the term adds nothing.
 */
export function validateSynonymEntry(value: unknown, path: string): string[] {
  const problems: string[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [problem(path, 'must be an object', 'ต้องเป็นออบเจกต์ (JSON object)')];
  }
  const entry = value as Record<string, unknown>;
  for (const key of Object.keys(entry)) {
    if (key !== 'term' && key !== 'expansions') {
      problems.push(
        problem(`${path}.${key}`, 'is not an allowed property', 'ไม่ใช่ฟิลด์ที่กำหนดไว้ในรูปแบบข้อมูล'),
      );
    }
  }
  const term = entry.term;
  let termKey = '';
  if (!('term' in entry)) problems.push(problem(`${path}.term`, 'is required', 'ต้องระบุ'));
  else if (typeof term !== 'string') {
    problems.push(problem(`${path}.term`, 'must be a string', 'ต้องเป็นข้อความ'));
  } else {
    termKey = synonymKey(term);
    problems.push(...checkText(term, `${path}.term`, SYNONYM_TERM_MAX_LENGTH));
  }
  const expansions = entry.expansions;
  if (!('expansions' in entry)) {
    problems.push(problem(`${path}.expansions`, 'is required', 'ต้องระบุ'));
  } else if (!Array.isArray(expansions)) {
    problems.push(problem(`${path}.expansions`, 'must be an array', 'ต้องเป็นรายการ (JSON array)'));
  } else {
    if (expansions.length < 1 || expansions.length > SYNONYM_EXPANSIONS_MAX) {
      problems.push(
        problem(
          `${path}.expansions`,
          `must have 1 to ${SYNONYM_EXPANSIONS_MAX} items`,
          `ต้องมี 1 ถึง ${SYNONYM_EXPANSIONS_MAX} รายการ`,
        ),
      );
    }
    const seen = new Set<string>();
    expansions.forEach((item: unknown, index) => {
      const itemPath = `${path}.expansions[${index}]`;
      if (typeof item !== 'string') {
        problems.push(problem(itemPath, 'must be a string', 'ต้องเป็นข้อความ'));
        return;
      }
      const itemProblems = checkText(item, itemPath, SYNONYM_EXPANSION_MAX_LENGTH);
      problems.push(...itemProblems);
      if (itemProblems.length > 0) return;
      const key = synonymKey(item);
      if (key === termKey) {
        problems.push(problem(itemPath, 'is the term itself', 'เป็นคำเดียวกับคำค้น จึงไม่ช่วยให้ค้นพบเพิ่ม'));
      } else if (seen.has(key)) {
        problems.push(problem(itemPath, 'repeats an earlier expansion', 'ซ้ำกับคำที่ระบุไว้ก่อนหน้า'));
      }
      seen.add(key);
    });
  }
  return problems;
}

function checkText(text: string, path: string, maxLength: number): string[] {
  if (text.trim() === '') return [problem(path, 'must not be empty', 'ต้องไม่เป็นค่าว่าง')];
  if ([...text].length > maxLength) {
    return [
      problem(path, `must be at most ${maxLength} characters`, `ต้องยาวไม่เกิน ${maxLength} ตัวอักษร`),
    ];
  }
  if (synonymKey(text) === '') {
    return [
      problem(
        path,
        'must contain letters or digits that can be searched',
        'ต้องมีตัวอักษรหรือตัวเลขที่ค้นหาได้',
      ),
    ];
  }
  return [];
}

/** `{ "synonyms": [ { "term": "...", "expansions": ["..."] } ] }`, terms unique by key. */
export function parseSynonymFile(text: string): Parsed<SynonymEntryInput[]> {
  const json = parseJsonText(text);
  if (!json.ok) return json;
  const value = json.value;
  const problems: string[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ok: false,
      problems: [problem('$', 'must be an object', 'ต้องเป็นออบเจกต์ (JSON object)')],
    };
  }
  const file = value as Record<string, unknown>;
  for (const key of Object.keys(file)) {
    if (key !== 'synonyms' && key !== '$schema') {
      problems.push(
        problem(`$.${key}`, 'is not an allowed property', 'ไม่ใช่ฟิลด์ที่กำหนดไว้ในรูปแบบข้อมูล'),
      );
    }
  }
  const list = file.synonyms;
  if (!Array.isArray(list)) {
    problems.push(problem('$.synonyms', 'must be an array', 'ต้องเป็นรายการ (JSON array)'));
    return { ok: false, problems };
  }
  if (list.length === 0) {
    problems.push(problem('$.synonyms', 'must have at least 1 item(s)', 'ต้องมีอย่างน้อย 1 รายการ'));
  }
  const firstByKey = new Map<string, number>();
  list.forEach((item: unknown, index) => {
    const path = `$.synonyms[${index}]`;
    const itemProblems = validateSynonymEntry(item, path);
    problems.push(...itemProblems);
    if (itemProblems.length > 0) return;
    const key = synonymKey((item as SynonymEntryInput).term);
    const earlier = firstByKey.get(key);
    if (earlier === undefined) firstByKey.set(key, index);
    else {
      problems.push(
        problem(
          `${path}.term`,
          `is the same term as $.synonyms[${earlier}].term`,
          `เป็นคำค้นเดียวกับ $.synonyms[${earlier}].term`,
        ),
      );
    }
  });
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: (list as SynonymEntryInput[]).map((e) => ({
      term: e.term.trim(),
      expansions: e.expansions.map((x) => x.trim()),
    })),
  };
}
