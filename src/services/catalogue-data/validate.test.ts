import { describe, expect, it } from 'vitest';
import { isServiceRecord, validateServiceCatalogue, validateServiceRecord } from './validate.ts';

const THAI = /[\u0E00-\u0E7F]/u;

function validRecord(): Record<string, unknown> {
  return {
    code: 'sso-rights-check',
    name: { th: 'ตรวจสอบสิทธิประกันสังคม', en: 'Check social security rights' },
    description: { th: 'ตรวจสอบสถานะผู้ประกันตน', en: 'Check insured status' },
    agency: { code: 'sso', name: { th: 'สำนักงานประกันสังคม', en: 'Social Security Office' } },
    category: 'work',
    keywords: { th: ['ประกันสังคม', 'ม.33', 'SSO Plus'], en: ['social security'] },
    channels: ['online', 'app'],
    fee: { amountBaht: 0 },
    processingTime: { days: 0, text: { th: 'ทราบผลทันที', en: 'Immediate' } },
    requiredDocuments: [{ th: 'เลขประจำตัวประชาชน', en: 'National ID number' }],
    eligibility: { th: 'ผู้ประกันตน', en: 'Insured persons' },
    externalUrl: 'https://www.sso.go.th/',
  };
}

function internalRecord(): Record<string, unknown> {
  const record = validRecord();
  delete record.externalUrl;
  record.eService = { definitionCode: 'elderly-allowance-application' };
  return record;
}

describe('validateServiceRecord', () => {
  it('accepts a valid external and a valid internal service', () => {
    expect(validateServiceRecord(validRecord())).toEqual([]);
    expect(validateServiceRecord(internalRecord())).toEqual([]);
    expect(isServiceRecord(internalRecord())).toBe(true);
  });

  it('accepts optional parts left out: fee note, processing days, documents, English keywords', () => {
    const record = validRecord();
    record.processingTime = { text: { th: 'ขึ้นกับกรณี', en: 'Varies' } };
    record.requiredDocuments = [];
    record.keywords = { th: ['ประกันสังคม'], en: [] };
    record.fee = { amountBaht: 0, note: { th: 'ชำระตามใบแจ้งหนี้', en: 'Pay the bill amount' } };
    expect(validateServiceRecord(record)).toEqual([]);
  });

  it('reports each problem with its JSON path in English and Thai', () => {
    const record = validRecord();
    record.name = { th: 'Check rights', en: 'ตรวจสอบ' };
    const errors = validateServiceRecord(record, '$.services[7]');
    expect(errors).toEqual([
      '$.services[7].name.th: must be written in Thai / ต้องเป็นข้อความภาษาไทย',
      '$.services[7].name.en: must not contain Thai characters / ต้องไม่มีอักษรไทย',
    ]);
  });

  it('reports missing and unknown properties at their own path', () => {
    const record = validRecord();
    delete record.eligibility;
    record.owner = 'someone';
    const errors = validateServiceRecord(record);
    expect(errors).toContain('$.eligibility: is required / ต้องระบุ');
    expect(errors.some((e) => e.startsWith('$.owner: is not an allowed property / '))).toBe(true);
  });

  it('requires exactly one of eService and externalUrl', () => {
    const both = internalRecord();
    both.externalUrl = 'https://www.sso.go.th/';
    const neither = validRecord();
    delete neither.externalUrl;
    for (const record of [both, neither]) {
      const errors = validateServiceRecord(record);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^\$: must have exactly one of "eService".* \/ ต้องระบุ "eService"/u);
    }
  });

  it.each([
    ['http://www.sso.go.th/'],
    ['https://localhost/'],
    ['https://user:secret@www.sso.go.th/'],
    ['https://www.sso .go.th/'],
    ['www.sso.go.th'],
    ['ftp://www.sso.go.th/'],
  ])('rejects the external URL %s', (url) => {
    const record = validRecord();
    record.externalUrl = url;
    const errors = validateServiceRecord(record);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^\$\.externalUrl: must be an absolute https:\/\/ URL/u);
  });

  it.each([['SSO'], ['sso_rights'], ['sso--rights'], ['-sso'], ['sso-'], ['a'], ['บริการ']])(
    'rejects the service code %s',
    (code) => {
      const record = validRecord();
      record.code = code;
      expect(validateServiceRecord(record).join('\n')).toMatch(/^\$\.code: /mu);
    },
  );

  it('rejects agency codes that are not lowercase ASCII starting with a letter', () => {
    for (const code of ['1sso', 'SSO', 'sso.go.th']) {
      const record = validRecord();
      record.agency = { code, name: { th: 'สปส', en: 'SSO' } };
      expect(validateServiceRecord(record).join('\n'), code).toMatch(/^\$\.agency\.code: /mu);
    }
  });

  it('rejects unknown categories and channels, empty or repeated channels', () => {
    const record = validRecord();
    record.category = 'finance';
    record.channels = ['online', 'fax', 'online'];
    const errors = validateServiceRecord(record);
    expect(errors.some((e) => e.startsWith('$.category: must be one of: birth, '))).toBe(true);
    expect(errors.some((e) => e.startsWith('$.channels[1]: must be one of: online, kiosk'))).toBe(
      true,
    );
    expect(errors).toContain('$.channels[2]: duplicates item 0 / ซ้ำกับรายการลำดับที่ 0');

    record.channels = [];
    expect(validateServiceRecord(record).join('\n')).toMatch(
      /^\$\.channels: must have at least 1/mu,
    );
  });

  it('rejects fees and days that are not non-negative finite numbers', () => {
    for (const amountBaht of [-1, Number.NaN, Number.POSITIVE_INFINITY, '100', null]) {
      const record = validRecord();
      record.fee = { amountBaht };
      expect(validateServiceRecord(record).join('\n'), String(amountBaht)).toMatch(
        /^\$\.fee\.amountBaht: /mu,
      );
    }
    const record = validRecord();
    record.processingTime = { days: -3, text: { th: 'ทันที', en: 'Now' } };
    expect(validateServiceRecord(record)).toEqual([
      '$.processingTime.days: must be 0 or more / ต้องมีค่าตั้งแต่ 0 ขึ้นไป',
    ]);
  });

  it('rejects empty, untrimmed and duplicate keywords, and Thai in English keywords', () => {
    const record = validRecord();
    record.keywords = { th: ['ประกันสังคม ', 'ก', 'ก'], en: ['ประกันสังคม'] };
    const errors = validateServiceRecord(record);
    expect(errors.some((e) => e.startsWith('$.keywords.th[0]: must not start or end'))).toBe(true);
    expect(errors.some((e) => e.startsWith('$.keywords.th[2]: duplicates item 1'))).toBe(true);
    expect(errors.some((e) => e.startsWith('$.keywords.en[0]: must not contain Thai'))).toBe(true);

    record.keywords = { th: [], en: [] };
    expect(validateServiceRecord(record).join('\n')).toMatch(
      /^\$\.keywords\.th: must have at least 1/mu,
    );
  });

  it('measures text length in characters, as JSON Schema does', () => {
    const record = validRecord();
    record.keywords = { th: ['ก'.repeat(100)], en: [] };
    expect(validateServiceRecord(record)).toEqual([]);
    record.keywords = { th: ['ก'.repeat(101)], en: [] };
    expect(validateServiceRecord(record)).toEqual([
      '$.keywords.th[0]: must be at most 100 characters / ต้องยาวไม่เกิน 100 ตัวอักษร',
    ]);
  });

  it('rejects values that are not objects without throwing', () => {
    for (const value of [null, 'service', 42, [], undefined]) {
      expect(validateServiceRecord(value)).toEqual([
        '$: must be an object / ต้องเป็นออบเจกต์ (JSON object)',
      ]);
    }
  });

  it('writes every message in both languages', () => {
    const broken = {
      code: 'X',
      name: 'ชื่อ',
      description: {},
      agency: [],
      category: 7,
      keywords: { th: 'ประกันสังคม', en: [1] },
      channels: 'online',
      fee: {},
      processingTime: { text: null },
      requiredDocuments: [{ th: '' }],
      eligibility: { th: 'ทุกคน', en: 'Everyone', extra: true },
      eService: { definitionCode: 'Bad Code' },
    };
    const errors = validateServiceRecord(broken);
    expect(errors.length).toBeGreaterThan(10);
    for (const error of errors) {
      const message = error.slice(error.indexOf(': ') + 2);
      expect(message, error).toMatch(/[A-Za-z]/u);
      expect(message, error).toMatch(THAI);
    }
  });
});

describe('validateServiceCatalogue', () => {
  it('accepts a file with a $schema pointer and unique codes', () => {
    const second = internalRecord();
    second.code = 'elderly-allowance';
    const file = { $schema: '../docs/services.schema.json', services: [validRecord(), second] };
    expect(validateServiceCatalogue(file)).toEqual([]);
  });

  it('reports a repeated code, which would otherwise silently overwrite the first record', () => {
    const file = { services: [validRecord(), internalRecord()] };
    expect(validateServiceCatalogue(file)).toEqual([
      '$.services[1].code: duplicates the code "sso-rights-check" of $.services[0] / รหัสบริการ "sso-rights-check" ซ้ำกับ $.services[0]',
    ]);
  });

  it('prefixes record problems with the record position', () => {
    const bad = validRecord();
    bad.code = 'another-service';
    bad.category = 'finance';
    const errors = validateServiceCatalogue({ services: [validRecord(), bad] });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^\$\.services\[1\]\.category: must be one of/u);
  });

  it('rejects a file that is not { services: [...] }', () => {
    expect(validateServiceCatalogue([])).toEqual([
      '$: must be an object / ต้องเป็นออบเจกต์ (JSON object)',
    ]);
    expect(validateServiceCatalogue({})).toEqual(['$.services: is required / ต้องระบุ']);
    expect(validateServiceCatalogue({ services: [] })).toEqual([
      '$.services: must have at least 1 item(s) / ต้องมีอย่างน้อย 1 รายการ',
    ]);
    expect(validateServiceCatalogue({ services: {}, extra: 1 })).toEqual([
      '$.extra: is not an allowed property / ไม่ใช่ฟิลด์ที่กำหนดไว้ในรูปแบบข้อมูล',
      '$.services: must be an array / ต้องเป็นรายการ (JSON array)',
    ]);
  });
});
