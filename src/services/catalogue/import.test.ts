import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../platform/module.ts';
import type { ServiceRecord } from '../catalogue-data/validate.ts';
import { parseJsonText, parseServiceCatalogue, parseSynonymFile } from './import.ts';
import { CatalogueImportError } from './index.ts';
import { type CatalogueTestApp, startAppWithCatalogue } from './testing.ts';

// Names no citizen query in the quality table can meet (the PostgreSQL database is shared).
function testService(code: string, agency: string, overrides: Partial<ServiceRecord> = {}) {
  return {
    code,
    name: { th: `บริการทดสอบอิมพอร์ต ${code}`, en: `Import test service ${code}` },
    description: { th: 'คำอธิบายทดสอบอิมพอร์ต', en: 'An import test description' },
    agency: { code: agency, name: { th: 'หน่วยงานทดสอบอิมพอร์ต', en: 'Import test agency' } },
    category: 'welfare',
    keywords: { th: ['ทดสอบอิมพอร์ต'], en: ['importtest'] },
    channels: ['online'],
    fee: { amountBaht: 0 },
    processingTime: { days: 1, text: { th: 'หนึ่งวัน', en: 'One day' } },
    requiredDocuments: [],
    eligibility: { th: 'ทุกคน', en: 'Everyone' },
    externalUrl: 'https://www.example.go.th/',
    ...overrides,
  } as ServiceRecord;
}

describe('reading import files', () => {
  it('says where a JSON syntax error is', () => {
    const parsed = parseJsonText('{\n  "services": [\n    { "code": "x", }\n  ]\n}');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]).toMatch(/^\$: is not valid JSON.*line 3/u);
  });

  it('reports every problem of a catalogue file with its JSON path, in English and Thai', () => {
    const good = testService('good-one', 'agency-a');
    const bad = {
      ...testService('Bad Code', 'agency-a'),
      channels: ['fax'],
      fee: { amountBaht: -1 },
    };
    const parsed = parseServiceCatalogue(JSON.stringify({ services: [good, bad, good] }));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\$\.services\[1\]\.code: must be lowercase .* \/ ต้องเป็น/u),
        expect.stringMatching(/^\$\.services\[1\]\.channels\[0\]: must be one of/u),
        expect.stringMatching(/^\$\.services\[1\]\.fee\.amountBaht: must be 0 or more/u),
        expect.stringMatching(/^\$\.services\[2\]\.code: duplicates the code "good-one"/u),
      ]),
    );
  });

  it('rejects a file that is not a catalogue at all', () => {
    for (const text of ['[]', '"services"', '{}', '{"services": []}', 'null']) {
      const parsed = parseServiceCatalogue(text);
      expect(parsed.ok, text).toBe(false);
    }
  });

  it('checks synonym files entry by entry', () => {
    const parsed = parseSynonymFile(
      JSON.stringify({
        synonyms: [
          { term: 'กยศ', expansions: ['กองทุนเงินให้กู้ยืมเพื่อการศึกษา'] },
          { term: 'ก.ย.ศ.', expansions: ['student loan'] },
          { term: '!!!', expansions: [] },
          { term: 'x', expansions: ['x', 42], extra: true },
        ],
      }),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\$\.synonyms\[1\]\.term: is the same term as \$\.synonyms\[0\]/u),
        expect.stringMatching(/^\$\.synonyms\[2\]\.term: must contain letters or digits/u),
        expect.stringMatching(/^\$\.synonyms\[2\]\.expansions: must have 1 to 20 items/u),
        expect.stringMatching(/^\$\.synonyms\[3\]\.extra: is not an allowed property/u),
        expect.stringMatching(/^\$\.synonyms\[3\]\.expansions\[0\]: is the term itself/u),
        expect.stringMatching(/^\$\.synonyms\[3\]\.expansions\[1\]: must be a string/u),
      ]),
    );
    const fine = parseSynonymFile('{"synonyms":[{"term":" ทดสอบ ","expansions":[" ลอง "]}]}');
    expect(fine).toEqual({ ok: true, value: [{ term: 'ทดสอบ', expansions: ['ลอง'] }] });
  });
});

describe('importing services', () => {
  let t: CatalogueTestApp;
  let dir: string;
  const unique = randomUUID().slice(0, 8);
  const agency = `imp-${unique}`;
  const codes = [`imp-${unique}-one`, `imp-${unique}-two`, `imp-${unique}-cli`];
  const out: string[] = [];
  let ctx: CommandContext;

  async function run(words: string, args: string[]): Promise<number> {
    const command = t.commands().find((c) => c.name === words);
    if (!command) throw new Error(`no command ${words}`);
    out.length = 0;
    return (await command.run(args, ctx)) ?? 0;
  }

  beforeAll(async () => {
    t = await startAppWithCatalogue({ server: false });
    dir = await mkdtemp(join(tmpdir(), 'pratu-import-'));
    ctx = {
      config: t.app.config,
      database: t.app.database,
      out: (line) => out.push(line),
      progress: (line) => out.push(line),
    };
  });
  afterAll(async () => {
    await t?.catalogue.removeServices('test', codes);
    await rm(dir, { recursive: true, force: true });
    await t?.stop();
  });

  it('inserts new services, then reports them unchanged and changes nothing', async () => {
    const file = { services: [testService(codes[0]!, agency), testService(codes[1]!, agency)] };
    const first = await t.catalogue.importServices('test', file);
    expect(first.inserted).toEqual([codes[0], codes[1]]);
    expect(first.agenciesCreated).toEqual([agency]);
    const org = await t.app.orgs.findOrganizationByCode(agency);
    expect(org?.kind).toBe('department');
    const before = await t.catalogue.findService(codes[0]!);

    const second = await t.catalogue.importServices('test', file);
    expect(second).toEqual({
      inserted: [],
      updated: [],
      unchanged: [codes[0], codes[1]],
      agenciesCreated: [],
    });
    expect((await t.catalogue.findService(codes[0]!))?.updatedAt).toEqual(before?.updatedAt);
  });

  it('updates a changed service by its code and keeps its page views', async () => {
    await t.catalogue.recordView(codes[0]!);
    const changed = testService(codes[0]!, agency, {
      name: { th: `บริการทดสอบอิมพอร์ตใหม่ ${codes[0]}`, en: 'Renamed import test service' },
    });
    const report = await t.catalogue.importServices('test', {
      services: [changed, testService(codes[1]!, agency)],
    });
    expect(report.updated).toEqual([codes[0]]);
    expect(report.unchanged).toEqual([codes[1]]);
    const service = await t.catalogue.findService(codes[0]!);
    expect(service?.name.en).toBe('Renamed import test service');
    expect(service?.popularity).toBeGreaterThanOrEqual(1);
    const found = await t.catalogue.searchServices('ทดสอบอิมพอร์ตใหม่');
    expect(found.services.map((s) => s.code)).toContain(codes[0]);
  });

  it('imports nothing from a file with one bad record', async () => {
    const count = await t.catalogue.countServices();
    const newAgency = `imp-${unique}-none`;
    const file = {
      services: [
        testService(`imp-${unique}-never`, newAgency),
        { ...testService(`imp-${unique}-bad`, newAgency), category: 'nope' },
      ],
    };
    const error = await t.catalogue.importServices('test', file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CatalogueImportError);
    expect((error as CatalogueImportError).problems).toEqual([
      expect.stringMatching(/^\$\.services\[1\]\.category: must be one of/u),
    ]);
    expect(await t.catalogue.countServices()).toBe(count);
    expect(await t.catalogue.findService(`imp-${unique}-never`)).toBeNull();
    expect(await t.app.orgs.findOrganizationByCode(newAgency)).toBeNull();
  });

  it('never changes an organization the orgs module already has', async () => {
    const before = await t.app.orgs.findOrganizationByCode(agency);
    await t.catalogue.importServices('test', {
      services: [
        testService(codes[1]!, agency, {
          agency: { code: agency, name: { th: 'ชื่ออื่น', en: 'Another name' } },
        }),
      ],
    });
    const after = await t.app.orgs.findOrganizationByCode(agency);
    expect(after?.name_th).toBe(before?.name_th);
    expect((await t.catalogue.findService(codes[1]!))?.agency.name.en).toBe('Another name');
  });

  it('runs as `pratu import services`, reporting problems with paths and exit codes', async () => {
    const good = join(dir, 'good.json');
    await writeFile(good, JSON.stringify({ services: [testService(codes[2]!, agency)] }));
    expect(await run('import services', [good])).toBe(0);
    expect(out.join('\n')).toMatch(/1 services: 1 new, 0 updated, 0 unchanged/u);
    expect(await run('import services', [good])).toBe(0);
    expect(out.join('\n')).toMatch(/0 new, 0 updated, 1 unchanged.*nothing changed/u);

    const broken = join(dir, 'broken.json');
    await writeFile(broken, '{\n  "services": [\n    { "code": "x", }\n  ]\n}');
    expect(await run('import services', [broken])).toBe(1);
    expect(out[0]).toMatch(/is not valid: 1 problem\(s\); nothing was imported/u);
    expect(out[1]).toMatch(/\$: is not valid JSON \(line 3, column \d+\)/u);

    const invalid = join(dir, 'invalid.json');
    await writeFile(invalid, JSON.stringify({ services: [{ code: codes[2] }] }));
    expect(await run('import services', [invalid])).toBe(1);
    expect(out.join('\n')).toMatch(/\$\.services\[0\]\.name: is required \/ ต้องระบุ/u);

    expect(await run('import services', [join(dir, 'missing.json')])).toBe(1);
    expect(out[0]).toMatch(/Cannot read .*ENOENT.*nothing was imported/u);
    expect(await run('import services', [])).toBe(2);
  });

  it('runs as `pratu import synonyms`, idempotent by term', async () => {
    const term = `ทดสอบคำพ้อง${unique.replace(/\d/g, '')}`;
    const file = join(dir, 'synonyms.json');
    await writeFile(
      file,
      JSON.stringify({ synonyms: [{ term, expansions: [`บริการทดสอบอิมพอร์ตใหม่`] }] }),
    );
    expect(await run('import synonyms', [file])).toBe(0);
    expect(out[0]).toMatch(/1 synonyms: 1 new, 0 updated, 0 unchanged/u);
    expect(await run('import synonyms', [file])).toBe(0);
    expect(out[0]).toMatch(/0 new, 0 updated, 1 unchanged/u);
    const found = await t.catalogue.searchServices(term);
    expect(found.services.map((s) => s.code)).toContain(codes[0]);

    const bad = join(dir, 'bad-synonyms.json');
    await writeFile(bad, JSON.stringify({ synonyms: [{ term: 'x' }] }));
    expect(await run('import synonyms', [bad])).toBe(1);
    expect(out.join('\n')).toMatch(/\$\.synonyms\[0\]\.expansions: is required/u);
  });
});
