import { describe, expect, it } from 'vitest';
import { parseCatalogMetadata } from './catalog-metadata.ts';
import { ckanDate } from './ckan-dictize.ts';
import { pythonRepr } from './ckan-errors.ts';
import { asBool, booleanValue, intValue, isoDate, Problems, tagProblem } from './ckan-validate.ts';
import { datasetNode, toJsonLd, toTurtle } from './dcat.ts';
import { qualityScore } from './quality.ts';
import { parseFilter, parseSort, splitQuery } from './search-query.ts';
import { checkPlan, checkStatement, SqlRefused } from './sql-guard.ts';

describe('CKAN validators', () => {
  it('convert values as CKAN does', () => {
    expect(intValue('42')).toEqual({ ok: true, value: 42 });
    expect(intValue(' ')).toEqual({ ok: true, value: null });
    expect(intValue(4.5)).toEqual({ ok: false });
    expect(booleanValue('Yes')).toBe(true);
    expect(booleanValue('')).toBe(false);
    expect(booleanValue('nope')).toBe(false);
    expect(asBool('off', true)).toBe(false);
    expect(() => asBool('maybe', false)).toThrow();
    expect(isoDate('2024-05-01T03:04:05.5').ok).toBe(true);
    expect(isoDate('01/05/2024')).toEqual({ ok: false });
    expect(tagProblem('ฝุ่นละออง')).toBeNull();
    expect(tagProblem('a')?.code).toBe('opendata.tag_too_short');
    expect(tagProblem('a/b')?.code).toBe('opendata.tag_chars');
  });

  it('collect English CKAN messages and codes for forms', () => {
    const p = new Problems();
    p.add('name', 'opendata.name_in_use');
    p.add('name', 'opendata.name_too_short');
    expect(p.errors).toEqual({
      name: ['That URL is already in use.', 'Must be at least 2 characters long'],
    });
    expect(p.codes.name).toEqual({ code: 'opendata.name_in_use', params: {} });
  });

  it('print dates and reprs like Python', () => {
    expect(ckanDate(new Date('2024-05-01T03:04:05.000Z'))).toBe('2024-05-01T03:04:05');
    expect(ckanDate(new Date('2024-05-01T03:04:05.123Z'))).toBe('2024-05-01T03:04:05.123000');
    expect(pythonRepr('Invalid "sort" parameter')).toBe(`'Invalid "sort" parameter'`);
    expect(pythonRepr("Invalid search parameters: ['foo']")).toBe(
      `"Invalid search parameters: ['foo']"`,
    );
  });
});

describe('Thai Government Data Catalog metadata', () => {
  it('accepts codes or Thai labels, converts C.E. years and checks type-specific fields', () => {
    const ok = parseCatalogMetadata(
      new Map([
        ['data_type', 'ข้อมูลสถิติ'],
        ['first_year_of_data', '2020'],
        ['last_year_of_data', '2567'],
        ['update_frequency_unit', 'monthly'],
      ]),
    );
    expect(ok.problems).toEqual([]);
    expect(ok.metadata).toMatchObject({
      data_type: 'statistics',
      first_year: 2563,
      last_year: 2567,
    });
    const bad = parseCatalogMetadata(
      new Map([
        ['data_type', 'record'],
        ['unit_of_measure', 'คน'],
        ['geo_coverage', 'planet'],
      ]),
    );
    expect(bad.problems.map((p) => p.key)).toEqual(['geo_coverage', 'unit_of_measure']);
  });
});

describe('search syntax', () => {
  it('parses fq terms, quotes, AND/OR, negation, ranges and field groups', () => {
    expect(parseFilter('tags:"air quality" AND res_format:CSV')).toEqual({
      kind: 'and',
      items: [
        { kind: 'term', field: 'tags', value: 'air quality' },
        { kind: 'term', field: 'res_format', value: 'CSV' },
      ],
    });
    expect(parseFilter('organization:(nso OR dopa) -private:true')).toEqual({
      kind: 'and',
      items: [
        {
          kind: 'or',
          items: [
            { kind: 'term', field: 'organization', value: 'nso' },
            { kind: 'term', field: 'organization', value: 'dopa' },
          ],
        },
        { kind: 'not', item: { kind: 'term', field: 'private', value: 'true' } },
      ],
    });
    expect(parseFilter('metadata_modified:[2024-01-01T00:00:00Z TO *]')).toEqual({
      kind: 'range',
      field: 'metadata_modified',
      from: '2024-01-01T00:00:00Z',
      to: null,
    });
    expect(parseFilter('*:*')).toEqual({ kind: 'all' });
    expect(() => parseFilter('colour:red')).toThrow(/undefined field colour/);
    expect(() => parseFilter('tags:"open')).toThrow(/Unbalanced quotes/);
  });

  it('splits field filters out of q and keeps URLs as text', () => {
    expect(splitQuery('tags:economy ภาษี')).toEqual({
      filter: { kind: 'term', field: 'tags', value: 'economy' },
      text: 'ภาษี',
    });
    expect(splitQuery('https://data.example.org')).toEqual({
      filter: { kind: 'all' },
      text: 'https://data.example.org',
    });
    expect(parseSort('score desc, metadata_modified desc')).toEqual([
      { field: 'score', dir: 'desc' },
      { field: 'metadata_modified', dir: 'desc' },
    ]);
    expect(parseSort('colour asc')).toBeNull();
  });
});

describe('datastore_search_sql checks', () => {
  const refused = (sql: string) => {
    try {
      checkStatement(sql);
      return null;
    } catch (error) {
      return error instanceof SqlRefused ? error.kind : 'other';
    }
  };

  it('accepts one SELECT with allowed functions', () => {
    expect(checkStatement(`SELECT province, sum(amount) FROM "abc" GROUP BY 1;`)).toBe(
      `SELECT province, sum(amount) FROM "abc" GROUP BY 1`,
    );
    expect(
      refused(`with t (a) as (select 1) select coalesce(a, 0)::numeric(10, 2) from t`),
    ).toBeNull();
    expect(
      refused(`select 'drop table x; delete' as text, substring(x from 1 for 2) from "t"`),
    ).toBeNull();
  });

  it('refuses more than one statement, writes, locks and unknown functions', () => {
    expect(refused('select 1; select 2')).toBe('not_single');
    expect(refused('insert into t values (1)')).toBe('not_select');
    expect(refused('select * into x from t')).toBe('not_select');
    expect(refused('select * from t for share')).toBe('not_select');
    expect(refused('select pg_sleep(1)')).toBe('function');
    expect(refused('select lo_import($$/etc/passwd$$)')).toBe('function');
    expect(refused('select public.f(1)')).toBe('function');
    expect(refused('select "pg_sleep"(1)')).toBe('function');
    expect(refused('select * from pg_stat_activity')).toBe('system');
    expect(refused('select * from information_schema.tables')).toBe('system');
    expect(refused('select 1 /* unterminated')).toBe('syntax');
    expect(refused('select (1')).toBe('syntax');
  });

  it('refuses plans that read other tables or cost too much', () => {
    const plan = (relation: string, schema: string, cost = 10) => [
      {
        Plan: {
          'Node Type': 'Seq Scan',
          'Relation Name': relation,
          Schema: schema,
          'Total Cost': cost,
        },
      },
    ];
    const options = { readable: (t: string) => t === 'ok', maxCost: 1000 };
    expect(() => checkPlan(plan('ok', 'opendata_datastore'), options)).not.toThrow();
    expect(() => checkPlan(plan('other', 'opendata_datastore'), options)).toThrow(/read resource/);
    expect(() => checkPlan(plan('sessions', 'platform'), options)).toThrow(/read resource/);
    expect(() => checkPlan(plan('ok', 'opendata_datastore', 5000), options)).toThrow(/too long/);
  });
});

describe('quality score', () => {
  const at = new Date('2024-12-31T00:00:00Z');
  const dataset = {
    title: 'ประชากร',
    notes: 'จำนวนประชากรจากการทะเบียนราษฎร รายจังหวัด',
    license_id: 'cc-by',
    author: null,
    author_email: null,
    maintainer: 'สำนักทะเบียน',
    maintainer_email: 'a@b.go.th',
    metadata_modified: new Date('2024-06-01T00:00:00Z'),
    data_type: 'record' as const,
    objective: 'x',
    update_frequency: 'yearly' as const,
    update_frequency_interval: 1,
    geographic_coverage: 'province' as const,
    data_source: 'x',
    data_classification: 'public' as const,
    accessibility_conditions: 'x',
    release_calendar: null,
    first_year: null,
    last_year: null,
    unit_of_measure: null,
    geo_scale: null,
    bbox_west: null,
    bbox_south: null,
    bbox_east: null,
    bbox_north: null,
  };

  it('adds up the documented parts', () => {
    const full = qualityScore({
      dataset,
      tagCount: 2,
      resources: [
        {
          format: 'CSV',
          datastore_active: true,
          last_modified: null,
          created: new Date('2024-06-01'),
        },
      ],
      downloads: 100,
      maxDownloads: 100,
      at,
    });
    expect(full).toEqual({
      total: 100,
      metadata: 30,
      openFormat: 15,
      datastore: 15,
      frequency: 15,
      licence: 15,
      downloads: 10,
    });
    const poor = qualityScore({
      dataset: {
        ...dataset,
        license_id: 'notspecified',
        metadata_modified: new Date('2021-01-01'),
        objective: null,
      },
      tagCount: 0,
      resources: [
        {
          format: 'PDF',
          datastore_active: false,
          last_modified: null,
          created: new Date('2021-01-01'),
        },
      ],
      downloads: 0,
      maxDownloads: 100,
      at,
    });
    expect(poor).toMatchObject({
      openFormat: 0,
      datastore: 0,
      frequency: 0,
      licence: 0,
      downloads: 0,
    });
    expect(poor.metadata).toBeCloseTo((30 * 11) / 13, 1);
  });
});

describe('DCAT', () => {
  it('writes the same dataset as JSON-LD and Turtle', () => {
    const pkg = {
      id: 'd1',
      name: 'pm25',
      title: 'ฝุ่น "PM2.5"',
      notes: 'บรรทัด\nสอง',
      metadata_created: '2024-01-01T00:00:00',
      metadata_modified: '2024-01-02T00:00:00',
      tags: [{ name: 'อากาศ' }],
      groups: [],
      organization: { name: 'pcd', title: 'กรมควบคุมมลพิษ' },
      license_id: 'cc-by',
      extras: [{ key: 'update_frequency_unit', value: 'daily' }],
      resources: [
        {
          id: 'r1',
          name: 'csv',
          url: 'https://x.test/a b.csv',
          format: 'CSV',
          url_type: 'upload',
          size: 10,
        },
      ],
    };
    const node = datasetNode(pkg, 'https://data.test');
    const json = toJsonLd(node) as Record<string, unknown>;
    expect(json['@type']).toBe('dcat:Dataset');
    expect(json['dct:accrualPeriodicity']).toEqual({
      '@id': 'http://publications.europa.eu/resource/authority/frequency/DAILY',
    });
    const ttl = toTurtle(node);
    expect(ttl).toContain('<https://data.test/data/dataset/pm25>');
    expect(ttl).toContain('dct:title "ฝุ่น \\"PM2.5\\""@th');
    expect(ttl).toContain('dct:description "บรรทัด\\nสอง"@th');
    expect(ttl).toContain('dcat:downloadURL <https://x.test/a%20b.csv>');
  });
});
