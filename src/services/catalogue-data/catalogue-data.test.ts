import { readFileSync } from 'node:fs';
// ajv and ajv-formats come in through fastify; used only here, to prove that the published JSON
// Schema and the plain-TypeScript validator accept and reject the same input.
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { SERVICE_CATEGORY_CODES, serviceCategories } from './categories.ts';
import { builtInSynonyms } from './synonyms.ts';
import type { ServiceRecord } from './validate.ts';
import { SERVICE_CHANNELS, validateServiceCatalogue, validateServiceRecord } from './validate.ts';

const THAI = /[\u0E00-\u0E7F]/u;

function readJson(relativePath: string): unknown {
  return JSON.parse(readFileSync(new URL(relativePath, import.meta.url), 'utf8'));
}

const catalogueFile = readJson('./services.json');
const schema = readJson('../../../docs/services.schema.json') as Record<string, unknown>;

function loadServices(): ServiceRecord[] {
  const errors = validateServiceCatalogue(catalogueFile);
  if (errors.length > 0) throw new Error(`services.json is invalid:\n${errors.join('\n')}`);
  return (catalogueFile as { services: ServiceRecord[] }).services;
}

const services = loadServices();

// Same normalisation the synonym list assumes: lowercase, no full stops, collapsed spaces.
function normalise(text: string): string {
  return text.toLowerCase().replaceAll('.', '').replace(/\s+/gu, ' ').trim();
}

function searchableText(service: ServiceRecord): string {
  return normalise(
    [
      service.name.th,
      service.name.en,
      service.description.th,
      service.description.en,
      service.agency.name.th,
      service.agency.name.en,
      ...service.keywords.th,
      ...service.keywords.en,
    ].join(' | '),
  );
}

const catalogueText = services.map(searchableText);

function compileSchema() {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    strictTypes: false,
    strictRequired: false,
  });
  addFormats(ajv);
  return ajv.compile(schema);
}

describe('services.json', () => {
  it('is a valid import file with every record valid', () => {
    expect(validateServiceCatalogue(catalogueFile)).toEqual([]);
    const perRecord = services.flatMap((s, i) => validateServiceRecord(s, `$.services[${i}]`));
    expect(perRecord).toEqual([]);
  });

  it('is valid against docs/services.schema.json', () => {
    const validate = compileSchema();
    const ok = validate(catalogueFile);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('has at least 150 services with unique codes', () => {
    expect(services.length).toBeGreaterThanOrEqual(150);
    const codes = services.map((s) => s.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('uses every category, each with at least 5 services', () => {
    const counts = new Map<string, number>();
    for (const s of services) counts.set(s.category, (counts.get(s.category) ?? 0) + 1);
    for (const code of SERVICE_CATEGORY_CODES) {
      expect(counts.get(code) ?? 0, code).toBeGreaterThanOrEqual(5);
    }
  });

  it('links every external service over https to a Thai public-sector domain', () => {
    // The few official services hosted outside .th; anything else is a typo or a placeholder.
    const knownNonThaiHosts = ['blooddonationthai.com', 'www.mflowthai.com', 'thaimooc.org'];
    for (const s of services) {
      if (s.externalUrl === undefined) continue;
      const url = new URL(s.externalUrl);
      expect(url.protocol, s.code).toBe('https:');
      if (!knownNonThaiHosts.includes(url.hostname)) {
        expect(url.hostname, s.code).toMatch(/\.th$/u);
      }
    }
  });

  it('marks about 15 services as Pratu e-services with unique definition codes', () => {
    const definitions = services.flatMap((s) => (s.eService ? [s.eService.definitionCode] : []));
    expect(definitions.length).toBeGreaterThanOrEqual(12);
    expect(definitions.length).toBeLessThanOrEqual(20);
    expect(new Set(definitions).size).toBe(definitions.length);
    for (const code of [
      'elderly-allowance-application',
      'moving-address',
      'birth-grant-application',
      'business-permit-local',
      'disability-allowance-application',
      'complaint-local',
    ]) {
      expect(definitions, code).toContain(code);
    }
  });

  it('names each agency the same way wherever it appears', () => {
    const nameByAgency = new Map<string, string>();
    for (const s of services) {
      const name = `${s.agency.name.th} / ${s.agency.name.en}`;
      const seen = nameByAgency.get(s.agency.code);
      if (seen === undefined) nameByAgency.set(s.agency.code, name);
      else expect(name, `${s.code} (${s.agency.code})`).toBe(seen);
    }
  });

  // Each row: what the brief asks for, and Thai words that must all appear in one service name.
  const mustInclude: ReadonlyArray<readonly [string, ...string[]]> = [
    ['social security rights check', 'ตรวจสอบสิทธิประกันสังคม'],
    ['health coverage rights check', 'ตรวจสอบสิทธิหลักประกันสุขภาพ', 'สปสช.'],
    ['newborn child support grant', 'เงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด'],
    ['old-age allowance', 'เบี้ยยังชีพผู้สูงอายุ'],
    ['disability allowance', 'เบี้ยความพิการ'],
    ['state welfare card', 'บัตรสวัสดิการแห่งรัฐ'],
    ['traffic fines', 'ค่าปรับ', 'จราจร', 'PTM'],
    ['MWA water bill', 'ค่าน้ำประปา', 'กปน.'],
    ['PWA water bill', 'ค่าน้ำประปา', 'กปภ.'],
    ['MEA electricity bill', 'ค่าไฟฟ้า', 'กฟน.'],
    ['PEA electricity bill', 'ค่าไฟฟ้า', 'กฟภ.'],
    ['administrative court judgment copy', 'คัดสำเนาคำพิพากษา', 'คดีปกครอง'],
    ['mule account freeze', 'อายัดบัญชีม้า'],
    ['online police report', 'แจ้งความออนไลน์'],
    ['moving house at destination', 'แจ้งย้ายที่อยู่', 'ย้ายปลายทาง'],
    ['commercial registration', 'จดทะเบียนพาณิชย์'],
    ['company registration', 'จดทะเบียนจัดตั้งบริษัท', 'นิติบุคคล'],
    ['student loan', 'กยศ.'],
    ['national ID card', 'บัตรประจำตัวประชาชน'],
    ['passport', 'หนังสือเดินทาง'],
    ['driving licence renewal', 'ต่ออายุใบอนุญาตขับรถ'],
    ['vehicle tax', 'ภาษีรถ'],
    ['personal income tax filing', 'ยื่นแบบ', 'ภาษีเงินได้บุคคลธรรมดา'],
    ['land tax', 'ภาษีที่ดินและสิ่งปลูกสร้าง'],
    ['birth registration', 'แจ้งเกิด'],
    ['death registration', 'แจ้งตาย'],
    ['marriage registration', 'จดทะเบียนสมรส'],
    ['criminal record check', 'ประวัติอาชญากรรม'],
    ['unemployment benefit', 'ว่างงาน'],
    ['job search', 'หางาน'],
    ['vaccination record', 'วัคซีน'],
    ['organ donation', 'บริจาคอวัยวะ'],
    ['farmer registration', 'ทะเบียนเกษตรกร'],
  ];

  it.each(mustInclude)('includes %s', (_label, ...words) => {
    const match = services.find((s) => words.every((w) => s.name.th.includes(w)));
    expect(match, words.join(' + ')).toBeDefined();
  });

  it('includes the abbreviations and informal words people type among the keywords', () => {
    const keywords = new Set(services.flatMap((s) => s.keywords.th.map(normalise)));
    const typed = [
      'สปสช',
      'บัตรทอง',
      '30 บาท',
      'ประกันสังคม',
      'ม.33',
      'ม.39',
      'ม.40',
      'กยศ',
      'ปชช',
      'บัตรประชาชน',
      'ใบขับขี่',
      'ภาษีรถ',
      'ค่าไฟ',
      'ค่าน้ำ',
      'บัญชีม้า',
      'แจ้งความออนไลน์',
      'เงินผู้สูงอายุ',
      'บัตรคนจน',
    ];
    const missing = typed.filter((word) => !keywords.has(normalise(word)));
    expect(missing).toEqual([]);
  });

  it('writes Thai that reads as Thai and English without Thai characters', () => {
    for (const s of services) {
      expect(s.name.th, s.code).toMatch(THAI);
      expect(s.description.en, s.code).not.toMatch(THAI);
      // A description that only repeats the name tells the citizen nothing.
      expect(s.description.th.length, s.code).toBeGreaterThan(s.name.th.length + 20);
    }
  });

  it('explains in the note what is paid whenever a fee is not fixed', () => {
    // Bills, taxes and fines are listed with amountBaht 0; without a note the UI would say "free".
    const words = /ชำระ|ค่า|อัตรา|ภาษี|อากร/u;
    for (const s of services) {
      if (s.fee.amountBaht !== 0 || s.fee.note === undefined) continue;
      expect(s.fee.note.th, s.code).toMatch(words);
    }
    const paidBills = services.filter((s) => /ชำระค่า(ไฟฟ้า|น้ำประปา)|ค่าปรับ/u.test(s.name.th));
    expect(paidBills.length).toBeGreaterThanOrEqual(5);
    for (const s of paidBills) expect(s.fee.note, s.code).toBeDefined();
  });
});

describe('docs/services.schema.json', () => {
  const defs = schema.$defs as Record<string, { enum?: string[] }>;

  it('lists the same categories and channels as the TypeScript code', () => {
    expect(defs.Category?.enum).toEqual([...SERVICE_CATEGORY_CODES]);
    expect(defs.Channel?.enum).toEqual([...SERVICE_CHANNELS]);
  });

  // Each mutation breaks one rule; the schema and validateServiceRecord must both reject it.
  const base = services.find((s) => s.externalUrl !== undefined);
  if (base === undefined) throw new Error('the catalogue has no external service to mutate');
  // [what is broken, properties to overwrite, property to delete]
  type Mutation = readonly [label: string, set: Record<string, unknown>, drop?: string];
  const mutations: ReadonlyArray<Mutation> = [
    ['code with capitals', { code: 'SSO-Rights' }],
    ['code with double hyphen', { code: 'sso--rights' }],
    ['missing name', {}, 'name'],
    ['English name with Thai', { name: { th: 'ทดสอบ', en: 'ทดสอบ' } }],
    ['Thai name without Thai', { name: { th: 'Test', en: 'Test' } }],
    ['untrimmed description', { description: { th: ' ทดสอบ', en: 'Test' } }],
    ['unknown category', { category: 'finance' }],
    ['agency code with a dot', { agency: { code: 'sso.go', name: { th: 'สปส', en: 'SSO' } } }],
    ['no channels', { channels: [] }],
    ['duplicate channel', { channels: ['online', 'online'] }],
    ['unknown channel', { channels: ['fax'] }],
    ['negative fee', { fee: { amountBaht: -1 } }],
    ['fee as text', { fee: { amountBaht: '100' } }],
    ['negative days', { processingTime: { days: -2, text: { th: 'ทันที', en: 'Now' } } }],
    ['no Thai keywords', { keywords: { th: [], en: ['x'] } }],
    ['duplicate keyword', { keywords: { th: ['ก', 'ก'], en: [] } }],
    ['extra property', { priority: 1 }],
    ['http URL', { externalUrl: 'http://www.sso.go.th/' }],
    ['URL with credentials', { externalUrl: 'https://user:pw@www.sso.go.th/' }],
    ['URL without a domain', { externalUrl: 'https://localhost/' }],
    ['both eService and externalUrl', { eService: { definitionCode: 'x-y' } }],
    ['neither eService nor externalUrl', {}, 'externalUrl'],
  ];

  const cases = mutations.map(([label, set, drop]) => ({ label, set, drop }));

  it.each(cases)('rejects a record with $label, like validateServiceRecord', ({ set, drop }) => {
    const record: Record<string, unknown> = { ...structuredClone(base), ...set };
    if (drop !== undefined) delete record[drop];
    const validate = compileSchema();
    expect(validate({ services: [record] })).toBe(false);
    expect(validateServiceRecord(record)).not.toEqual([]);
  });
});

describe('categories', () => {
  it('labels every category code exactly once, in Thai and English', () => {
    expect(serviceCategories.map((c) => c.code).sort()).toEqual([...SERVICE_CATEGORY_CODES].sort());
    for (const category of serviceCategories) {
      expect(category.th, category.code).toMatch(THAI);
      expect(category.en, category.code).not.toMatch(THAI);
    }
  });
});

describe('builtInSynonyms', () => {
  it('has at least 80 entries with unique, normalised terms', () => {
    expect(builtInSynonyms.length).toBeGreaterThanOrEqual(80);
    const terms = builtInSynonyms.map((e) => e.term);
    expect(new Set(terms).size).toBe(terms.length);
    for (const term of terms) expect(normalise(term), term).toBe(term);
  });

  it('expands every term to other, distinct words', () => {
    for (const { term, expansions } of builtInSynonyms) {
      expect(expansions.length, term).toBeGreaterThan(0);
      expect(new Set(expansions).size, term).toBe(expansions.length);
      expect(expansions.map(normalise), term).not.toContain(term);
      for (const e of expansions) expect(e.trim(), term).toBe(e);
    }
  });

  it('leads every entry to at least one catalogue service', () => {
    const dead = builtInSynonyms.filter(({ term, expansions }) =>
      [term, ...expansions].every((word) => {
        const needle = normalise(word);
        return !catalogueText.some((text) => text.includes(needle));
      }),
    );
    expect(dead.map((e) => e.term)).toEqual([]);
  });

  it('covers the agency abbreviations and informal words the brief lists', () => {
    const expand = (term: string) => builtInSynonyms.find((e) => e.term === term)?.expansions ?? [];
    expect(expand('สปสช')).toEqual(
      expect.arrayContaining(['สำนักงานหลักประกันสุขภาพแห่งชาติ', 'บัตรทอง', 'หลักประกันสุขภาพ']),
    );
    expect(expand('กยศ')).toContain('กองทุนเงินให้กู้ยืมเพื่อการศึกษา');
    expect(expand('ปชช')).toEqual(expect.arrayContaining(['ประชาชน', 'บัตรประจำตัวประชาชน']));
    expect(expand('สปส')).toContain('ประกันสังคม');
    expect(expand('กฟภ')).toContain('การไฟฟ้าส่วนภูมิภาค');
    expect(expand('กฟน')).toContain('การไฟฟ้านครหลวง');
    expect(expand('กปภ')).toContain('การประปาส่วนภูมิภาค');
    expect(expand('กปน')).toContain('การประปานครหลวง');
    expect(expand('ขบ')).toContain('ขนส่ง');
    expect(expand('บัตรคนจน')).toContain('บัตรสวัสดิการแห่งรัฐ');
    expect(expand('เบี้ยคนแก่')).toContain('เบี้ยยังชีพผู้สูงอายุ');
    // Pairs that must work in both directions.
    for (const [a, b] of [
      ['ใบขับขี่', 'driving licence'],
      ['passport', 'หนังสือเดินทาง'],
      ['tax', 'ภาษี'],
      ['บัตรคนจน', 'บัตรสวัสดิการแห่งรัฐ'],
    ] as const) {
      expect(expand(a), a).toContain(b);
      expect(expand(b), b).toContain(a);
    }
  });
});
