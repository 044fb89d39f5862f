import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/app.ts';
import { regionOf } from '../../orgs/index.ts';
import { loadConfig } from '../../platform/config.ts';
import type { CommandContext } from '../../platform/module.ts';
import type { LocalgovDirectory } from './index.ts';
import {
  directoryOf,
  type FixtureAdministration,
  fixtureAdministration,
  fixtureCsv,
} from './test-fixtures.ts';

describe('local administration directory', () => {
  let t: TestApp;
  let lg: LocalgovDirectory;
  let dir: string;
  const a = fixtureAdministration();
  const b = fixtureAdministration({ type: 'subdistrict_municipality' });

  async function runImport(text: string, ...flags: string[]) {
    const file = join(dir, `import-${Math.random().toString(36).slice(2)}.csv`);
    writeFileSync(file, text);
    const out: string[] = [];
    const progress: string[] = [];
    const ctx: CommandContext = {
      config: loadConfig({ PRATU_ENV: 'test' }),
      database: t.app.database,
      out: (line) => out.push(line),
      progress: (line) => progress.push(line),
    };
    const command = lg.commands.find((c) => c.name === 'import localgov')!;
    const code = await command.run([file, ...flags], ctx);
    return { code, out, progress };
  }

  beforeAll(async () => {
    t = await startTestApp({ seed: true });
    lg = directoryOf(t);
    dir = mkdtempSync(join(tmpdir(), 'pratu-localgov-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t?.stop();
  });

  it('seeds all 7,850 administrations, the seed article ones included', async () => {
    const found = await lg.findAdministration('4420006');
    expect(found).toMatchObject({ nameTh: 'เทศบาลตำบลเชียงคาน', domain: 'chiangkhan.go.th' });
    const all = await lg.listAdministrations({ limit: 1 });
    expect(all.total).toBeGreaterThanOrEqual(7850);
    expect(
      (await lg.listAdministrations({ type: 'pao', limit: 100 })).total,
    ).toBeGreaterThanOrEqual(76);
    expect(await lg.findAdministration(found!.id)).toMatchObject({ code: '4420006' });
    expect(await lg.findAdministration('not-a-code')).toBeNull();
  });

  it('imports a file all-or-nothing, reporting bad rows by line', async () => {
    const badLine = `${a.code}9,sao,x,y,42,4203,,,`;
    const bad = await runImport(
      fixtureCsv([a, b], [badLine, `5420001,sao,องค์การบริหารส่วนตำบลผิด,Wrong,42,9999,ที่อยู่,,`]),
    );
    expect(bad.code).toBe(1);
    expect(bad.out[0]).toMatch(/^Nothing imported: \d+ problem\(s\) in 4 record\(s\)\.$/);
    expect(bad.out.join('\n')).toContain('line 4 [code]');
    expect(bad.out.join('\n')).toContain('line 5 [district_code]');
    expect(bad.out.join('\n')).toContain('ไม่มีอำเภอรหัส "9999"');
    // The two good rows were not imported either.
    expect(await lg.findAdministration(a.code)).toBeNull();
    expect(await lg.findAdministration(b.code)).toBeNull();

    const dry = await runImport(fixtureCsv([a, b]), '--dry-run');
    expect(dry.out.at(-1)).toBe('2 rows are valid; nothing was written (--dry-run).');
    expect(await lg.findAdministration(a.code)).toBeNull();

    const good = await runImport(fixtureCsv([a, b]));
    expect(good.code).toBe(0);
    expect(good.out.at(-1)).toMatch(
      /^Imported 2 administrations in [\d.]+ s: 2 new, 0 updated, 0 unchanged\.$/,
    );
    expect(good.progress.some((p) => p.includes('2/2'))).toBe(true);
    expect(await lg.findAdministration(a.code)).toMatchObject({
      nameTh: a.name_th,
      domain: a.domain,
      region: regionOf(a.province_code),
      organizationId: null,
    });

    // Idempotent: the same file again changes nothing; a changed row is updated by code.
    const again = await runImport(fixtureCsv([a, b]));
    expect(again.out.at(-1)).toMatch(/0 new, 0 updated, 2 unchanged\.$/);
    const renamed = { ...a, phone: '0-4282-9999' };
    const update = await runImport(fixtureCsv([renamed, b]));
    expect(update.out.at(-1)).toMatch(/0 new, 1 updated, 1 unchanged\.$/);
    expect((await lg.findAdministration(a.code))?.phone).toBe('0-4282-9999');
  });

  it('refuses a domain that another administration already holds, naming both', async () => {
    const c: FixtureAdministration = {
      ...fixtureAdministration(),
      website: 'https://chiangkhan.go.th',
    };
    const result = await lg.importDirectory(fixtureCsv([c]), { actor: 'test', source: 'test' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toEqual([
        {
          line: 2,
          column: 'website',
          code: 'localgov.domain_taken',
          params: { value: 'chiangkhan.go.th', other: '4420006' },
        },
      ]);
    }
    expect(await lg.findAdministration(c.code)).toBeNull();
    const missing = await runImport('no,such\r\n');
    expect(missing.code).toBe(1);
    const unreadable = await lg.commands[0]!.run([join(dir, 'nope.csv')], {
      config: loadConfig({ PRATU_ENV: 'test' }),
      database: t.app.database,
      out: (line) => expect(line).toContain('cannot be read (ENOENT)'),
      progress: () => {},
    });
    expect(unreadable).toBe(1);
  });

  it('creates the orgs organization lao-<code> on first need, once', async () => {
    const id = await lg.administrationOrganizationId(b.code);
    expect(await lg.administrationOrganizationId(b.code)).toBe(id);
    const org = await t.app.orgs.findOrganizationByCode(`lao-${b.code}`);
    expect(org).toMatchObject({ id, kind: 'local_administration', name_th: b.name_th });
    expect((await lg.findAdministration(b.code))?.organizationId).toBe(id);
    await expect(lg.administrationOrganizationId('5999999')).rejects.toMatchObject({
      code: 'localgov.administration_not_found',
      status: 404,
    });
    // A renamed administration keeps its organization's name in step.
    await lg.importDirectory(fixtureCsv([{ ...b, name_en: `${b.base_en} Town` }]), {
      actor: 'test',
      source: 'test',
    });
    expect((await t.app.orgs.findOrganization(id))?.name_en).toBe(`${b.base_en} Town`);
  });

  it('finds by Thai or English name, without tone marks, with typos, and by short form', async () => {
    const names = async (q: string, filter = {}) =>
      (await lg.listAdministrations({ q, limit: 10, ...filter })).rows.map((r) => r.code);
    expect(await names(a.base_th)).toContain(a.code);
    expect(await names(a.base_en.toLowerCase())).toContain(a.code);
    // First, not alone: the fixture's random syllables can also all occur, as words, in one of
    // the 7,850 real names.
    expect((await names(`อบต.${a.base_th}`))[0]).toBe(a.code);
    expect((await names(a.name_th))[0]).toBe(a.code);
    // Tone marks left out (folded) still find it.
    expect(await names(a.base_th.replace(/[\u0E48-\u0E4B]/g, ''))).toContain(a.code);
    // A typo: the third letter of the English name changed to a letter romanised Thai never uses.
    const typo = `${a.base_en.slice(0, 2)}q${a.base_en.slice(3)}`.toLowerCase();
    const fuzzy = await lg.listAdministrations({ q: typo, limit: 10 });
    expect(fuzzy.matchedBy).toBe('typo');
    expect(fuzzy.rows.map((r) => r.code)).toContain(a.code);
    expect(await names('เชียงคาน')).toContain('4420006');
    expect(await names('chiang khan')).toContain('4420006');
    expect((await lg.listAdministrations({ q: 'เชียงคาร', limit: 5 })).rows[0]?.code).toBe(
      '4420006',
    );
    // 'chiang kan' also matches, word by word, a name starting 'Kan…' in the district of Chiang
    // Khan; the misspelt name still comes first, that weak match after it.
    const weak = fixtureAdministration({ provinceCode: '42', districtCode: '4203' });
    weak.name_en = `Kan${weak.base_en.toLowerCase()} Subdistrict Administrative Organization`;
    expect(
      (await lg.importDirectory(fixtureCsv([weak]), { actor: 'test', source: 'test' })).ok,
    ).toBe(true);
    const chiangKan = await lg.listAdministrations({ q: 'chiang kan', limit: 50 });
    expect(chiangKan.rows[0]?.code).toBe('4420006');
    expect(chiangKan.rows.map((r) => r.code)).toContain(weak.code);
    expect(await names('กทม')).toEqual(['6100001']);
    expect(await names('ป่าสะแก สุพรรณบุรี')).toHaveLength(1);
  });

  it('filters by province, type and region, and pages', async () => {
    const loei = await lg.listAdministrations({ provinceCode: '42', limit: 100 });
    expect(loei.rows.every((r) => r.provinceCode === '42')).toBe(true);
    const saoLoei = await lg.listAdministrations({ provinceCode: '42', type: 'sao', limit: 5 });
    expect(saoLoei.total).toBeLessThan(loei.total);
    expect(saoLoei.rows.every((r) => r.type === 'sao')).toBe(true);
    const south = await lg.listAdministrations({ region: 'south', type: 'pao', limit: 100 });
    expect(south.total).toBe(14);
    const page1 = await lg.listAdministrations({ type: 'pao', limit: 10, offset: 0 });
    const page2 = await lg.listAdministrations({ type: 'pao', limit: 10, offset: 10 });
    expect(page1.rows[0]?.code).not.toBe(page2.rows[0]?.code);
    const past = await lg.listAdministrations({ type: 'pao', limit: 10, offset: 5000 });
    expect(past).toMatchObject({ rows: [], total: page1.total });
  });

  it('answers the JSON API, with clear errors for bad parameters', async () => {
    const res = await t.server.inject({
      url: `/api/localgov/administrations?q=${encodeURIComponent('เชียงคาน')}&province=42&limit=5`,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ limit: 5, offset: 0, matched_by: 'text' });
    expect(body.results[0]).toMatchObject({
      code: '4420006',
      name_th: 'เทศบาลตำบลเชียงคาน',
      province_name_en: 'Loei',
      type_label: { th: 'เทศบาลตำบล', en: 'Subdistrict Municipality' },
      url: '/localgov/directory/4420006',
    });
    const one = await t.server.inject({ url: '/api/localgov/administrations/4420006' });
    expect(one.json()).toMatchObject({ code: '4420006', domain: 'chiangkhan.go.th' });
    expect(one.json()).toHaveProperty('official_email');

    const bad = await t.server.inject({ url: '/api/localgov/administrations?province=99&type=x' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual({
      province: 'localgov.filter_province_unknown',
      type: 'localgov.filter_type_unknown',
    });
    const missing = await t.server.inject({ url: '/api/localgov/administrations/5999999' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toContain('5999999');
  });

  it('serves the pages without JavaScript, Thai first', async () => {
    const home = await t.server.inject({ url: '/localgov' });
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('<html lang="th"');
    expect(home.body).toContain('action="/localgov/directory"');
    const list = await t.server.inject({
      url: `/localgov/directory?q=${encodeURIComponent(a.base_th)}&province=${a.province_code}`,
    });
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(`href="/localgov/directory/${a.code}"`);
    expect(list.body).toContain(`<option value="${a.province_code}" selected`);
    const page = await t.server.inject({ url: '/localgov/directory/4420006' });
    expect(page.body).toContain('เทศบาลตำบลเชียงคาน');
    expect(page.body).toContain('https://chiangkhan.go.th');
    const bad = await t.server.inject({ url: '/localgov/directory?province=99' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('ไม่มีจังหวัดรหัส');
    const english = await t.server.inject({
      url: '/localgov/directory?type=pao&page=2',
      headers: { cookie: 'lang=en' },
    });
    expect(english.body).toContain('<html lang="en"');
    expect(english.body).toContain('Provincial Administrative Organization');
    expect(english.body).toContain('aria-current="page"');
    const notFound = await t.server.inject({ url: '/localgov/directory/<script>' });
    expect(notFound.statusCode).toBe(404);
    expect(notFound.body).not.toContain('<script>');
  });
});
