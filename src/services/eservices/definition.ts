import { type Role, roles } from '../../orgs/index.ts';
import { checkExpression } from './expression.ts';
import {
  type ClaimName,
  claimNames,
  type EServiceDefinition,
  type Field,
  type FieldType,
  fieldTypes,
  fileKinds,
  type LocalText,
  type Page,
  rowFieldTypes,
  type ShowIf,
  type Workflow,
} from './types.ts';
import { checkDate } from './values.ts';

/**
 * The TypeScript twin of docs/eservice-definition.schema.json. The JSON Schema describes the
 * shape for editors and other tools; this checker enforces the same shape plus what a schema
 * cannot say (field references, expression syntax, a workflow that can finish), and explains each
 * problem in Thai and English with the JSON path where it is.
 */
export interface Problem {
  path: string;
  message: LocalText;
}

export type DefinitionCheck =
  | { ok: true; definition: EServiceDefinition }
  | { ok: false; problems: Problem[] };

export const CODE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ORG_CODE_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])$/;
export const NAME_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;
const OPTION_PATTERN = /^[a-z0-9][a-z0-9_-]{0,39}$/;
const STATE_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;
export const LIMITS = {
  pages: 30,
  fieldsPerPage: 50,
  rowFields: 15,
  options: 100,
  eligibility: 20,
  states: 20,
  transitions: 40,
  textMax: 10_000,
  maxSizeKb: 10_240,
  slaDays: 365,
  feeBaht: 10_000_000,
};

const COMMON_KEYS = ['name', 'type', 'label', 'hint', 'required', 'showIf', 'prefill', 'locked'];
const TYPE_KEYS: Record<FieldType, string[]> = {
  text: ['multiline', 'minLength', 'maxLength', 'pattern', 'patternMessage'],
  number: ['min', 'max', 'integer', 'unit'],
  date: ['min', 'max'],
  choice: ['options', 'display'],
  checkbox: [],
  citizen_id: [],
  address: [],
  phone: ['phoneKind'],
  email: [],
  file: ['accept', 'maxSizeKb'],
  repeat: ['fields', 'minRows', 'maxRows', 'rowLabel'],
};

/** Which claim can fill which field type. */
export const claimFits: Record<ClaimName, FieldType[]> = {
  citizen_id: ['citizen_id'],
  name_th: ['text'],
  name_en: ['text'],
  email: ['email'],
  phone: ['phone'],
  birthdate: ['date'],
  gender: ['choice', 'text'],
  address: ['address'],
};

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/**
 * Checks a definition (parsed JSON of unknown shape). Returns every problem at once, so an
 * import shows the whole list rather than one error per attempt.
 */
export function checkDefinition(input: unknown): DefinitionCheck {
  const problems: Problem[] = [];
  const add = (path: string, th: string, en: string) =>
    problems.push({ path, message: { th, en } });

  const text = (v: unknown, path: string, max: number, required = true): v is LocalText => {
    if (v === undefined && !required) return false;
    if (!isObject(v)) {
      add(
        path,
        'ต้องมีข้อความภาษาไทย (th) และภาษาอังกฤษ (en)',
        'needs Thai (th) and English (en) text',
      );
      return false;
    }
    for (const key of Object.keys(v)) {
      if (key !== 'th' && key !== 'en') add(`${path}.${key}`, 'ไม่รู้จักคีย์นี้', 'unknown key');
    }
    for (const lang of ['th', 'en'] as const) {
      const s = v[lang];
      if (typeof s !== 'string' || s.trim() === '') {
        add(`${path}.${lang}`, 'ต้องไม่เว้นว่าง', 'must not be empty');
      } else if (s.length > max) {
        add(`${path}.${lang}`, `ยาวได้ไม่เกิน ${max} ตัวอักษร`, `must be at most ${max} characters`);
      }
    }
    return true;
  };
  const unknownKeys = (obj: Record<string, unknown>, allowed: string[], path: string) => {
    for (const key of Object.keys(obj)) {
      if (!allowed.includes(key)) {
        add(`${path}.${key}`, 'ไม่รู้จักคีย์นี้ หรือใช้กับชนิดนี้ไม่ได้', 'unknown key, or not allowed here');
      }
    }
  };

  if (!isObject(input)) {
    return {
      ok: false,
      problems: [
        {
          path: '$',
          message: { th: 'ต้องเป็นออบเจกต์ JSON', en: 'must be a JSON object' },
        },
      ],
    };
  }
  const d = input;
  unknownKeys(
    d,
    [
      '$schema',
      'code',
      'organization',
      'title',
      'description',
      'fee',
      'slaDays',
      'claims',
      'pages',
      'eligibility',
      'workflow',
      'result',
    ],
    '$',
  );
  if (
    typeof d.code !== 'string' ||
    !CODE_PATTERN.test(d.code) ||
    d.code.length < 2 ||
    d.code.length > 80
  ) {
    add(
      '$.code',
      'ใช้อักษรอังกฤษตัวเล็ก ตัวเลข และขีด (-) ยาว 2 ถึง 80 ตัว เช่น elderly-allowance',
      'use lower-case letters, digits and single hyphens, 2 to 80 characters, e.g. elderly-allowance',
    );
  }
  if (typeof d.organization !== 'string' || !ORG_CODE_PATTERN.test(d.organization)) {
    add('$.organization', 'ต้องเป็นรหัสหน่วยงาน เช่น dla', 'must be an organization code, e.g. dla');
  }
  text(d.title, '$.title', 200);
  text(d.description, '$.description', 2000);

  if (!isObject(d.fee))
    add('$.fee', 'ต้องระบุค่าธรรมเนียม (amountBaht)', 'needs a fee object with amountBaht');
  else {
    unknownKeys(d.fee, ['amountBaht', 'note'], '$.fee');
    const amount = d.fee.amountBaht;
    if (
      typeof amount !== 'number' ||
      !(amount >= 0) ||
      amount > LIMITS.feeBaht ||
      Math.round(amount * 100) !== amount * 100
    ) {
      add(
        '$.fee.amountBaht',
        'ต้องเป็นจำนวนเงินบาท 0 ถึง 10,000,000 ทศนิยมไม่เกิน 2 ตำแหน่ง',
        'must be baht from 0 to 10,000,000 with at most 2 decimals',
      );
    }
    text(d.fee.note, '$.fee.note', 500, false);
  }
  if (!isInt(d.slaDays) || d.slaDays < 1 || d.slaDays > LIMITS.slaDays) {
    add('$.slaDays', 'ต้องเป็นจำนวนวันเต็ม 1 ถึง 365', 'must be a whole number of days from 1 to 365');
  }

  const claims = new Set<ClaimName>();
  if (!Array.isArray(d.claims))
    add('$.claims', 'ต้องเป็นรายการ (อาจว่างได้)', 'must be a list (may be empty)');
  else {
    d.claims.forEach((c, i) => {
      if (!claimNames.includes(c as ClaimName)) {
        add(
          `$.claims[${i}]`,
          `ไม่รู้จักข้อมูลดิจิทัลไอดี "${String(c)}"`,
          `unknown Digital ID claim "${String(c)}"; known: ${claimNames.join(', ')}`,
        );
      } else if (claims.has(c as ClaimName)) add(`$.claims[${i}]`, 'ซ้ำ', 'listed twice');
      else claims.add(c as ClaimName);
    });
  }

  // Fields in document order, so conditions can only look back (no cycles, and a page never
  // depends on an answer the citizen has not reached yet).
  const seen = new Map<string, Field>();
  const pageIds = new Set<string>();

  const checkShowIf = (s: unknown, path: string, self?: string) => {
    if (!isObject(s)) {
      add(
        path,
        'ต้องเป็น { field, equals } หรือ { field, in }',
        'must be { field, equals } or { field, in }',
      );
      return;
    }
    unknownKeys(s, ['field', 'equals', 'in'], path);
    const target = typeof s.field === 'string' ? seen.get(s.field) : undefined;
    if (typeof s.field !== 'string' || !target) {
      add(
        `${path}.field`,
        'ต้องอ้างถึงช่องที่อยู่ก่อนหน้าช่องนี้',
        'must name a field that comes before this one',
      );
    } else if (s.field === self) {
      add(`${path}.field`, 'อ้างถึงตัวเองไม่ได้', 'cannot refer to itself');
    } else if (['repeat', 'file', 'address'].includes(target.type)) {
      add(
        `${path}.field`,
        'ใช้ช่องชนิดนี้เป็นเงื่อนไขไม่ได้',
        `a ${target.type} field cannot be a condition`,
      );
    }
    const hasEquals = 'equals' in s;
    const hasIn = 'in' in s;
    if (hasEquals === hasIn) {
      add(path, 'ต้องมี equals หรือ in อย่างใดอย่างหนึ่ง', 'needs exactly one of equals or in');
      return;
    }
    const values = hasEquals ? [s.equals] : Array.isArray(s.in) ? s.in : null;
    if (!values || values.length === 0) {
      add(`${path}.in`, 'ต้องเป็นรายการค่าอย่างน้อยหนึ่งค่า', 'must be a non-empty list');
      return;
    }
    for (const v of values) {
      if (!['string', 'number', 'boolean'].includes(typeof v)) {
        add(
          path,
          'ค่าต้องเป็นข้อความ ตัวเลข หรือ true/false',
          'values must be strings, numbers or booleans',
        );
      } else if (target?.type === 'choice' && !target.options?.some((o) => o.value === v)) {
        add(
          path,
          `"${String(v)}" ไม่ใช่ตัวเลือกของช่อง ${target.name}`,
          `"${String(v)}" is not an option of ${target.name}`,
        );
      } else if (target?.type === 'checkbox' && typeof v !== 'boolean') {
        add(
          path,
          'ช่องทำเครื่องหมายเทียบได้กับ true หรือ false',
          'a checkbox compares with true or false',
        );
      }
    }
  };

  const checkField = (f: unknown, path: string, inRow: boolean): Field | null => {
    if (!isObject(f)) {
      add(path, 'ต้องเป็นออบเจกต์ของช่องข้อมูล', 'must be a field object');
      return null;
    }
    const type = f.type as FieldType;
    if (!fieldTypes.includes(type)) {
      add(
        `${path}.type`,
        `ชนิดต้องเป็นหนึ่งใน ${fieldTypes.join(', ')}`,
        `type must be one of ${fieldTypes.join(', ')}`,
      );
      return null;
    }
    if (inRow && !rowFieldTypes.includes(type)) {
      add(
        `${path}.type`,
        `ใช้ชนิด ${type} ในแถวที่เพิ่มได้ไม่ได้`,
        `a ${type} field cannot be inside repeating rows`,
      );
    }
    unknownKeys(f, [...COMMON_KEYS, ...TYPE_KEYS[type]], path);
    if (typeof f.name !== 'string' || !NAME_PATTERN.test(f.name)) {
      add(
        `${path}.name`,
        'ชื่อช่องใช้อักษรอังกฤษตัวเล็ก ตัวเลข และ _ ขึ้นต้นด้วยตัวอักษร ยาวไม่เกิน 40',
        'names use lower-case letters, digits and _, start with a letter, at most 40 characters',
      );
    }
    text(f.label, `${path}.label`, 300);
    text(f.hint, `${path}.hint`, 1000, false);
    if ('required' in f && typeof f.required !== 'boolean')
      add(`${path}.required`, 'ต้องเป็น true หรือ false', 'must be true or false');
    if (inRow && ('showIf' in f || 'prefill' in f || 'locked' in f)) {
      add(
        path,
        'ช่องในแถวที่เพิ่มได้ใช้ showIf/prefill/locked ไม่ได้',
        'fields inside rows cannot use showIf, prefill or locked',
      );
    }
    if ('showIf' in f && !inRow) checkShowIf(f.showIf, `${path}.showIf`, f.name as string);
    if ('prefill' in f) {
      const claim = f.prefill as ClaimName;
      if (!claims.has(claim)) {
        add(
          `${path}.prefill`,
          `ต้องประกาศ "${String(claim)}" ไว้ใน claims ก่อน`,
          `"${String(claim)}" must be declared in claims first`,
        );
      } else if (!claimFits[claim].includes(type)) {
        add(
          `${path}.prefill`,
          `ข้อมูล ${claim} ใส่ในช่องชนิด ${type} ไม่ได้`,
          `claim ${claim} cannot fill a ${type} field`,
        );
      }
    }
    if ('locked' in f && f.locked !== true && f.locked !== false)
      add(`${path}.locked`, 'ต้องเป็น true หรือ false', 'must be true or false');
    if (f.locked === true && !('prefill' in f)) {
      add(`${path}.locked`, 'ล็อกได้เฉพาะช่องที่กรอกจากดิจิทัลไอดี', 'only a prefilled field can be locked');
    }

    const intIn = (key: string, min: number, max: number) => {
      const v = f[key];
      if (v !== undefined && (!isInt(v) || v < min || v > max)) {
        add(
          `${path}.${key}`,
          `ต้องเป็นจำนวนเต็ม ${min} ถึง ${max}`,
          `must be a whole number from ${min} to ${max}`,
        );
        return false;
      }
      return true;
    };
    switch (type) {
      case 'text': {
        if ('multiline' in f && typeof f.multiline !== 'boolean')
          add(`${path}.multiline`, 'ต้องเป็น true หรือ false', 'must be true or false');
        const a = intIn('minLength', 0, LIMITS.textMax);
        const b = intIn('maxLength', 1, LIMITS.textMax);
        if (a && b && isInt(f.minLength) && isInt(f.maxLength) && f.minLength > f.maxLength) {
          add(`${path}.minLength`, 'ต้องไม่มากกว่า maxLength', 'must not exceed maxLength');
        }
        if ('pattern' in f) {
          const problem = patternProblem(f.pattern);
          if (problem) add(`${path}.pattern`, problem.th, problem.en);
          text(f.patternMessage, `${path}.patternMessage`, 300);
        } else if ('patternMessage' in f) {
          add(`${path}.patternMessage`, 'ใช้คู่กับ pattern เท่านั้น', 'only with pattern');
        }
        break;
      }
      case 'number': {
        for (const key of ['min', 'max']) {
          if (key in f && (typeof f[key] !== 'number' || !Number.isFinite(f[key]))) {
            add(`${path}.${key}`, 'ต้องเป็นตัวเลข', 'must be a number');
          }
        }
        if (typeof f.min === 'number' && typeof f.max === 'number' && f.min > f.max) {
          add(`${path}.min`, 'ต้องไม่มากกว่า max', 'must not exceed max');
        }
        if ('integer' in f && typeof f.integer !== 'boolean')
          add(`${path}.integer`, 'ต้องเป็น true หรือ false', 'must be true or false');
        text(f.unit, `${path}.unit`, 40, false);
        break;
      }
      case 'date': {
        for (const key of ['min', 'max']) {
          const v = f[key];
          if (v === undefined) continue;
          if (
            typeof v !== 'string' ||
            (v !== 'today' && !(checkDate(v).ok && /^\d{4}-\d{2}-\d{2}$/.test(v)))
          ) {
            add(
              `${path}.${key}`,
              'ต้องเป็น "today" หรือวันที่ YYYY-MM-DD (ค.ศ.)',
              'must be "today" or a YYYY-MM-DD date (C.E.)',
            );
          }
        }
        break;
      }
      case 'choice': {
        const options = f.options;
        if (!Array.isArray(options) || options.length < 2 || options.length > LIMITS.options) {
          add(`${path}.options`, 'ต้องมีตัวเลือก 2 ถึง 100 รายการ', 'needs 2 to 100 options');
        } else {
          const values = new Set<string>();
          options.forEach((o, i) => {
            const op = `${path}.options[${i}]`;
            if (!isObject(o)) {
              add(op, 'ต้องเป็น { value, label }', 'must be { value, label }');
              return;
            }
            unknownKeys(o, ['value', 'label'], op);
            if (typeof o.value !== 'string' || !OPTION_PATTERN.test(o.value)) {
              add(
                `${op}.value`,
                'ค่าใช้อักษรอังกฤษตัวเล็ก ตัวเลข _ และ - ยาวไม่เกิน 40',
                'values use lower-case letters, digits, _ and -, at most 40 characters',
              );
            } else if (values.has(o.value)) add(`${op}.value`, 'ค่าซ้ำ', 'duplicate value');
            else values.add(o.value);
            text(o.label, `${op}.label`, 200);
          });
        }
        if ('display' in f && f.display !== 'radio' && f.display !== 'select') {
          add(`${path}.display`, 'ต้องเป็น radio หรือ select', 'must be radio or select');
        }
        break;
      }
      case 'phone':
        if ('phoneKind' in f && f.phoneKind !== 'mobile' && f.phoneKind !== 'any') {
          add(`${path}.phoneKind`, 'ต้องเป็น mobile หรือ any', 'must be mobile or any');
        }
        break;
      case 'file': {
        const accept = f.accept;
        if (
          !Array.isArray(accept) ||
          accept.length === 0 ||
          accept.some((k) => !fileKinds.includes(k))
        ) {
          add(
            `${path}.accept`,
            `ต้องเป็นรายการจาก ${fileKinds.join(', ')}`,
            `must list kinds from ${fileKinds.join(', ')}`,
          );
        } else if (new Set(accept).size !== accept.length)
          add(`${path}.accept`, 'ซ้ำ', 'lists a kind twice');
        if (!isInt(f.maxSizeKb) || f.maxSizeKb < 1 || f.maxSizeKb > LIMITS.maxSizeKb) {
          add(
            `${path}.maxSizeKb`,
            'ต้องเป็นจำนวนเต็ม 1 ถึง 10240 (10 MB)',
            'must be a whole number from 1 to 10240 (10 MB)',
          );
        }
        break;
      }
      case 'repeat': {
        const sub = f.fields;
        if (!Array.isArray(sub) || sub.length === 0 || sub.length > LIMITS.rowFields) {
          add(`${path}.fields`, 'ต้องมีช่องในแถว 1 ถึง 15 ช่อง', 'needs 1 to 15 fields per row');
        } else {
          const names = new Set<string>();
          sub.forEach((s, i) => {
            const field = checkField(s, `${path}.fields[${i}]`, true);
            if (!field) return;
            if (names.has(field.name))
              add(`${path}.fields[${i}].name`, 'ชื่อซ้ำในแถว', 'duplicate name in the row');
            names.add(field.name);
          });
        }
        const a = intIn('minRows', 0, 50);
        const b = intIn('maxRows', 1, 100);
        if (a && b && isInt(f.minRows) && isInt(f.maxRows) && f.minRows > f.maxRows) {
          add(`${path}.minRows`, 'ต้องไม่มากกว่า maxRows', 'must not exceed maxRows');
        }
        text(f.rowLabel, `${path}.rowLabel`, 100, false);
        break;
      }
      default:
        break;
    }
    return f as unknown as Field;
  };

  if (!Array.isArray(d.pages) || d.pages.length === 0 || d.pages.length > LIMITS.pages) {
    add('$.pages', 'ต้องมีหน้าแบบฟอร์ม 1 ถึง 30 หน้า', 'needs 1 to 30 pages');
  } else {
    d.pages.forEach((p, pi) => {
      const path = `$.pages[${pi}]`;
      if (!isObject(p)) {
        add(path, 'ต้องเป็นออบเจกต์ของหน้า', 'must be a page object');
        return;
      }
      unknownKeys(p, ['id', 'title', 'intro', 'showIf', 'fields'], path);
      if (typeof p.id !== 'string' || !NAME_PATTERN.test(p.id)) {
        add(
          `${path}.id`,
          'รหัสหน้าใช้อักษรอังกฤษตัวเล็ก ตัวเลข และ _',
          'page ids use lower-case letters, digits and _',
        );
      } else if (pageIds.has(p.id)) add(`${path}.id`, 'รหัสหน้าซ้ำ', 'duplicate page id');
      else pageIds.add(p.id);
      text(p.title, `${path}.title`, 200);
      text(p.intro, `${path}.intro`, 2000, false);
      if ('showIf' in p) checkShowIf(p.showIf, `${path}.showIf`);
      if (!Array.isArray(p.fields) || p.fields.length > LIMITS.fieldsPerPage) {
        add(`${path}.fields`, 'ต้องเป็นรายการช่องไม่เกิน 50 ช่อง', 'must be a list of at most 50 fields');
        return;
      }
      p.fields.forEach((f, fi) => {
        const field = checkField(f, `${path}.fields[${fi}]`, false);
        if (!field || typeof field.name !== 'string') return;
        if (seen.has(field.name))
          add(
            `${path}.fields[${fi}].name`,
            `ชื่อช่อง "${field.name}" ซ้ำ`,
            `field name "${field.name}" is used twice`,
          );
        else seen.set(field.name, field);
      });
    });
    if (seen.size === 0) add('$.pages', 'ต้องมีช่องข้อมูลอย่างน้อยหนึ่งช่อง', 'needs at least one field');
  }

  const knows = (path: string[]) => {
    const f = seen.get(path[0] ?? '');
    if (!f) return false;
    if (path.length === 1) return true;
    return f.type === 'repeat' && !!f.fields?.some((s) => s.name === path[1]);
  };
  if (!Array.isArray(d.eligibility) || d.eligibility.length > LIMITS.eligibility) {
    add(
      '$.eligibility',
      'ต้องเป็นรายการเงื่อนไขไม่เกิน 20 ข้อ (อาจว่างได้)',
      'must be a list of at most 20 rules (may be empty)',
    );
  } else {
    const ids = new Set<string>();
    d.eligibility.forEach((r, i) => {
      const path = `$.eligibility[${i}]`;
      if (!isObject(r)) {
        add(path, 'ต้องเป็น { id, rule, message }', 'must be { id, rule, message }');
        return;
      }
      unknownKeys(r, ['id', 'rule', 'message'], path);
      if (typeof r.id !== 'string' || !NAME_PATTERN.test(r.id))
        add(`${path}.id`, 'รหัสไม่ถูกต้อง', 'invalid id');
      else if (ids.has(r.id)) add(`${path}.id`, 'รหัสซ้ำ', 'duplicate id');
      else ids.add(r.id);
      if (typeof r.rule !== 'string' || !r.rule.trim())
        add(`${path}.rule`, 'ต้องมีเงื่อนไข', 'needs a rule');
      else {
        for (const p of checkExpression(r.rule, knows))
          add(`${path}.rule`, `เงื่อนไขไม่ถูกต้อง: ${p}`, `invalid rule: ${p}`);
      }
      text(r.message, `${path}.message`, 500);
    });
  }

  checkWorkflow(d.workflow, add);

  if (!isObject(d.result))
    add(
      '$.result',
      'ต้องมีข้อความผลการพิจารณา approved และ rejected',
      'needs approved and rejected result texts',
    );
  else {
    unknownKeys(d.result, ['approved', 'rejected'], '$.result');
    text(d.result.approved, '$.result.approved', 5000);
    text(d.result.rejected, '$.result.rejected', 5000);
  }

  if (problems.length) return { ok: false, problems };
  return { ok: true, definition: d as unknown as EServiceDefinition };
}

type Add = (path: string, th: string, en: string) => void;

function checkWorkflow(w: unknown, add: Add) {
  if (!isObject(w)) {
    add('$.workflow', 'ต้องมีขั้นตอนการพิจารณา (workflow)', 'needs a workflow');
    return;
  }
  for (const key of Object.keys(w)) {
    if (!['initial', 'states', 'transitions'].includes(key))
      add(`$.workflow.${key}`, 'ไม่รู้จักคีย์นี้', 'unknown key');
  }
  const states = new Map<string, Record<string, unknown>>();
  if (!Array.isArray(w.states) || w.states.length < 2 || w.states.length > LIMITS.states) {
    add('$.workflow.states', 'ต้องมีสถานะ 2 ถึง 20 สถานะ', 'needs 2 to 20 states');
    return;
  }
  w.states.forEach((s, i) => {
    const path = `$.workflow.states[${i}]`;
    if (!isObject(s)) {
      add(path, 'ต้องเป็นออบเจกต์สถานะ', 'must be a state object');
      return;
    }
    for (const key of Object.keys(s)) {
      if (!['code', 'label', 'final', 'outcome', 'waitingFor'].includes(key))
        add(`${path}.${key}`, 'ไม่รู้จักคีย์นี้', 'unknown key');
    }
    if (typeof s.code !== 'string' || !STATE_PATTERN.test(s.code) || s.code === 'draft') {
      add(
        `${path}.code`,
        'รหัสสถานะใช้อักษรอังกฤษตัวเล็ก ตัวเลข และ _ (ห้ามใช้ draft)',
        'state codes use lower-case letters, digits and _ (not "draft")',
      );
    } else if (states.has(s.code)) add(`${path}.code`, 'รหัสสถานะซ้ำ', 'duplicate state');
    else states.set(s.code, s);
    if (
      !isObject(s.label) ||
      typeof s.label.th !== 'string' ||
      typeof s.label.en !== 'string' ||
      !s.label.th ||
      !s.label.en
    ) {
      add(`${path}.label`, 'ต้องมีชื่อภาษาไทยและอังกฤษ', 'needs Thai and English labels');
    }
    if ('final' in s && typeof s.final !== 'boolean')
      add(`${path}.final`, 'ต้องเป็น true หรือ false', 'must be true or false');
    if (s.final === true && !['approved', 'rejected', 'withdrawn'].includes(s.outcome as string)) {
      add(
        `${path}.outcome`,
        'สถานะสุดท้ายต้องมีผล approved, rejected หรือ withdrawn',
        'a final state needs an outcome: approved, rejected or withdrawn',
      );
    }
    if (s.final !== true && 'outcome' in s)
      add(`${path}.outcome`, 'ใช้ได้กับสถานะสุดท้ายเท่านั้น', 'only final states have an outcome');
    if ('waitingFor' in s && s.waitingFor !== 'staff' && s.waitingFor !== 'citizen') {
      add(`${path}.waitingFor`, 'ต้องเป็น staff หรือ citizen', 'must be staff or citizen');
    }
  });
  if (typeof w.initial !== 'string' || !states.has(w.initial)) {
    add('$.workflow.initial', 'ต้องเป็นหนึ่งในสถานะ', 'must be one of the states');
  } else if (states.get(w.initial)?.final === true) {
    add('$.workflow.initial', 'สถานะแรกต้องไม่ใช่สถานะสุดท้าย', 'the initial state cannot be final');
  }
  if (![...states.values()].some((s) => s.final === true)) {
    add('$.workflow.states', 'ต้องมีสถานะสุดท้ายอย่างน้อยหนึ่งสถานะ', 'needs at least one final state');
  }
  if (
    !Array.isArray(w.transitions) ||
    w.transitions.length === 0 ||
    w.transitions.length > LIMITS.transitions
  ) {
    add('$.workflow.transitions', 'ต้องมีการเปลี่ยนสถานะ 1 ถึง 40 รายการ', 'needs 1 to 40 transitions');
    return;
  }
  const actions = new Set<string>();
  const outgoing = new Map<string, string[]>();
  w.transitions.forEach((t, i) => {
    const path = `$.workflow.transitions[${i}]`;
    if (!isObject(t)) {
      add(path, 'ต้องเป็นออบเจกต์', 'must be an object');
      return;
    }
    for (const key of Object.keys(t)) {
      if (!['action', 'label', 'from', 'to', 'by', 'roles', 'needs'].includes(key))
        add(`${path}.${key}`, 'ไม่รู้จักคีย์นี้', 'unknown key');
    }
    if (typeof t.action !== 'string' || !STATE_PATTERN.test(t.action))
      add(`${path}.action`, 'ชื่อการดำเนินการไม่ถูกต้อง', 'invalid action name');
    else if (actions.has(t.action)) add(`${path}.action`, 'ชื่อการดำเนินการซ้ำ', 'duplicate action');
    else actions.add(t.action);
    if (!isObject(t.label) || !t.label.th || !t.label.en)
      add(`${path}.label`, 'ต้องมีชื่อภาษาไทยและอังกฤษ', 'needs Thai and English labels');
    if (!Array.isArray(t.from) || t.from.length === 0)
      add(`${path}.from`, 'ต้องเป็นรายการสถานะต้นทาง', 'must list the states it starts from');
    else {
      for (const f of t.from) {
        if (typeof f !== 'string' || !states.has(f))
          add(`${path}.from`, `ไม่รู้จักสถานะ "${String(f)}"`, `unknown state "${String(f)}"`);
        else if (states.get(f)?.final === true)
          add(
            `${path}.from`,
            `ออกจากสถานะสุดท้าย "${f}" ไม่ได้`,
            `cannot leave the final state "${f}"`,
          );
        else outgoing.set(f, [...(outgoing.get(f) ?? []), String(t.to)]);
      }
    }
    if (typeof t.to !== 'string' || !states.has(t.to))
      add(`${path}.to`, 'ต้องเป็นหนึ่งในสถานะ', 'must be one of the states');
    if (t.by !== 'citizen' && t.by !== 'staff')
      add(`${path}.by`, 'ต้องเป็น citizen หรือ staff', 'must be citizen or staff');
    if (t.by === 'staff') {
      if (
        !Array.isArray(t.roles) ||
        t.roles.length === 0 ||
        t.roles.some((r) => !Object.hasOwn(roles, r as string))
      ) {
        add(
          `${path}.roles`,
          'ต้องระบุบทบาทเจ้าหน้าที่ที่ดำเนินการได้ เช่น ["agency_officer"]',
          'must list the staff roles that act, e.g. ["agency_officer"]',
        );
      }
    } else if ('roles' in t) add(`${path}.roles`, 'ใช้กับเจ้าหน้าที่เท่านั้น', 'only for staff transitions');
    if ('needs' in t && !['reason', 'message', 'none'].includes(t.needs as string)) {
      add(`${path}.needs`, 'ต้องเป็น reason, message หรือ none', 'must be reason, message or none');
    }
  });
  for (const [code, s] of states) {
    if (s.final !== true && !outgoing.has(code)) {
      add('$.workflow.transitions', `สถานะ "${code}" ไม่มีทางไปต่อ`, `state "${code}" has no way out`);
    }
  }
  // Every state must be reachable, or applications could never get there (a typo, usually).
  if (typeof w.initial === 'string' && states.has(w.initial)) {
    const reached = new Set([w.initial]);
    const queue = [w.initial];
    while (queue.length) {
      for (const to of outgoing.get(queue.shift()!) ?? []) {
        if (!reached.has(to)) {
          reached.add(to);
          queue.push(to);
        }
      }
    }
    for (const code of states.keys()) {
      if (!reached.has(code))
        add('$.workflow.states', `ไปถึงสถานะ "${code}" ไม่ได้`, `state "${code}" cannot be reached`);
    }
  }
}

/**
 * A user-written pattern must compile and should not backtrack catastrophically: nested
 * repetition like (a+)+ is refused (the classic ReDoS shape, OWASP), and values are length-capped.
 */
export function patternProblem(pattern: unknown): { th: string; en: string } | null {
  if (typeof pattern !== 'string' || pattern.length === 0 || pattern.length > 200) {
    return { th: 'รูปแบบต้องยาว 1 ถึง 200 ตัวอักษร', en: 'the pattern must be 1 to 200 characters' };
  }
  try {
    new RegExp(`^(?:${pattern})$`, 'u');
  } catch (error) {
    return { th: `รูปแบบไม่ถูกต้อง: ${String(error)}`, en: `invalid pattern: ${String(error)}` };
  }
  if (/\([^()]*[+*][^()]*\)\s*[+*{]/.test(pattern)) {
    return {
      th: 'รูปแบบมีการซ้ำซ้อนกัน ซึ่งอาจทำให้ระบบช้ามาก',
      en: 'nested repetition could make matching very slow',
    };
  }
  return null;
}

/** The workflow most e-services share (ระเบียบขั้นตอนมาตรฐาน), used for new definitions. */
export function defaultWorkflow(): Workflow {
  const officer: Role[] = ['agency_officer'];
  return {
    initial: 'submitted',
    states: [
      { code: 'submitted', label: { th: 'ยื่นคำขอแล้ว', en: 'Submitted' }, waitingFor: 'staff' },
      { code: 'in_review', label: { th: 'กำลังพิจารณา', en: 'In review' }, waitingFor: 'staff' },
      {
        code: 'info_requested',
        label: { th: 'ขอข้อมูลเพิ่มเติม', en: 'More information requested' },
        waitingFor: 'citizen',
      },
      {
        code: 'resubmitted',
        label: { th: 'ส่งข้อมูลเพิ่มเติมแล้ว', en: 'Information sent' },
        waitingFor: 'staff',
      },
      { code: 'approved', label: { th: 'อนุมัติ', en: 'Approved' }, final: true, outcome: 'approved' },
      {
        code: 'rejected',
        label: { th: 'ไม่อนุมัติ', en: 'Rejected' },
        final: true,
        outcome: 'rejected',
      },
      {
        code: 'withdrawn',
        label: { th: 'ยกเลิกโดยผู้ยื่น', en: 'Withdrawn' },
        final: true,
        outcome: 'withdrawn',
      },
    ],
    transitions: [
      {
        action: 'start_review',
        label: { th: 'รับเรื่องพิจารณา', en: 'Start review' },
        from: ['submitted', 'resubmitted'],
        to: 'in_review',
        by: 'staff',
        roles: officer,
        needs: 'none',
      },
      {
        action: 'request_info',
        label: { th: 'ขอข้อมูลเพิ่มเติม', en: 'Request more information' },
        from: ['in_review'],
        to: 'info_requested',
        by: 'staff',
        roles: officer,
        needs: 'message',
      },
      {
        action: 'respond',
        label: { th: 'ส่งข้อมูลเพิ่มเติม', en: 'Send the information' },
        from: ['info_requested'],
        to: 'resubmitted',
        by: 'citizen',
        needs: 'message',
      },
      {
        action: 'approve',
        label: { th: 'อนุมัติ', en: 'Approve' },
        from: ['in_review'],
        to: 'approved',
        by: 'staff',
        roles: officer,
        needs: 'none',
      },
      {
        action: 'reject',
        label: { th: 'ไม่อนุมัติ', en: 'Reject' },
        from: ['in_review'],
        to: 'rejected',
        by: 'staff',
        roles: officer,
        needs: 'reason',
      },
      {
        action: 'withdraw',
        label: { th: 'ยกเลิกคำขอ', en: 'Withdraw' },
        from: ['submitted', 'in_review', 'info_requested', 'resubmitted'],
        to: 'withdrawn',
        by: 'citizen',
        needs: 'none',
      },
    ],
  };
}

/** What the builder starts from: one empty page, the standard workflow and letters. */
export function newDefinition(input: {
  code: string;
  organization: string;
  title: LocalText;
}): EServiceDefinition {
  return {
    code: input.code,
    organization: input.organization,
    title: input.title,
    description: input.title,
    fee: { amountBaht: 0 },
    slaDays: 15,
    claims: ['citizen_id', 'name_th'],
    pages: [{ id: 'applicant', title: { th: 'ข้อมูลผู้ยื่นคำขอ', en: 'About you' }, fields: [] }],
    eligibility: [],
    workflow: defaultWorkflow(),
    result: {
      approved: {
        th: 'เรียน {name}\n\nคำขอ{service} เลขที่ {tracking} ได้รับการอนุมัติแล้วเมื่อวันที่ {date}',
        en: 'Dear {name},\n\nYour application for {service}, number {tracking}, was approved on {date}.',
      },
      rejected: {
        th: 'เรียน {name}\n\nคำขอ{service} เลขที่ {tracking} ไม่ได้รับการอนุมัติ เมื่อวันที่ {date}\nเหตุผล: {reason}',
        en: 'Dear {name},\n\nYour application for {service}, number {tracking}, was not approved on {date}.\nReason: {reason}',
      },
    },
  };
}

/** Every field, including those of repeating rows, with the page it is on. */
export function allFields(def: EServiceDefinition): Array<{ field: Field; page: Page }> {
  return def.pages.flatMap((page) => page.fields.map((field) => ({ field, page })));
}

export function findField(def: EServiceDefinition, name: string): Field | undefined {
  for (const page of def.pages) for (const f of page.fields) if (f.name === name) return f;
  return undefined;
}

export type { ShowIf };
