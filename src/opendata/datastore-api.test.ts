import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPerson, startTestApp, type TestApp, uniqueCode } from '../../test/support/app.ts';

/**
 * The DataStore actions as CKAN's DataStore documentation shows them (docs.ckan.org,
 * "DataStore extension": datastore_create with a new resource, datastore_upsert,
 * datastore_search, datastore_search_sql), plus Pratu's loader for uploaded CSV files.
 */
describe('CKAN DataStore API', () => {
  let t: TestApp;
  let token: string;
  let orgCode: string;
  let packageId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const publisher = await newPerson(t, ['publisher']);
    orgCode = (await t.app.orgs.findOrganization(publisher.organizationId!))!.code;
    token = await t.app.opendata.createToken(publisher.account.id, 'test');
    const created = await call('package_create', { name: uniqueCode('ds'), owner_org: orgCode });
    packageId = created.body.result.id;
  });
  afterAll(async () => {
    await t?.stop();
  });

  async function call(
    action: string,
    body?: unknown,
    options: { token?: string | null; query?: string } = {},
  ) {
    const headers: Record<string, string> = {};
    const auth = options.token === undefined ? token : options.token;
    if (auth) headers.authorization = auth;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await t.server.inject({
      method: body === undefined ? 'GET' : 'POST',
      url: `/api/3/action/${action}${options.query ? `?${options.query}` : ''}`,
      headers,
      ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
    });
    // biome-ignore lint/suspicious/noExplicitAny: the tests read CKAN's JSON answers field by field.
    return { status: res.statusCode, body: res.json() as Record<string, any> };
  }

  async function table(records: Array<Record<string, unknown>>) {
    const res = await call('datastore_create', {
      resource: { package_id: packageId, name: 'จังหวัด' },
      fields: [
        { id: 'province', type: 'text', info: { label: 'จังหวัด' } },
        { id: 'year', type: 'int' },
        { id: 'amount', type: 'numeric' },
      ],
      primary_key: ['province', 'year'],
      records,
    });
    expect(res.status).toBe(200);
    return res.body.result.resource_id as string;
  }

  it('creates a table with a new resource and searches it', async () => {
    const created = await call('datastore_create', {
      resource: { package_id: packageId },
      fields: [{ id: 'a' }, { id: 'b' }],
      records: [
        { a: 1, b: 'xyz' },
        { a: 2, b: 'zzz' },
      ],
    });
    expect(created.status).toBe(200);
    const id = created.body.result.resource_id;
    expect(created.body.result.fields).toEqual([
      { id: 'a', type: 'int' },
      { id: 'b', type: 'text' },
    ]);
    expect(created.body.result.method).toBe('insert');
    const shown = await call('resource_show', undefined, { query: `id=${id}`, token: null });
    expect(shown.body.result.datastore_active).toBe(true);
    expect(shown.body.result.url_type).toBe('datastore');
    expect(shown.body.result.url).toMatch(new RegExp(`/datastore/dump/${id}$`));

    const found = await call('datastore_search', undefined, {
      query: `resource_id=${id}`,
      token: null,
    });
    expect(found.status).toBe(200);
    const r = found.body.result;
    expect(r.records).toEqual([
      { _id: 1, a: 1, b: 'xyz' },
      { _id: 2, a: 2, b: 'zzz' },
    ]);
    expect(r.fields).toEqual([
      { id: '_id', type: 'int' },
      { id: 'a', type: 'int4' },
      { id: 'b', type: 'text' },
    ]);
    expect(r.total).toBe(2);
    expect(r.total_was_estimated).toBe(false);
    expect(r.limit).toBe(100);
    expect(r._links).toEqual({
      start: `/api/3/action/datastore_search?resource_id=${id}`,
      next: `/api/3/action/datastore_search?resource_id=${id}&offset=100`,
    });
  });

  it('filters, searches, sorts, pages and formats records', async () => {
    const id = await table([
      { province: 'เชียงใหม่', year: 2567, amount: 600.5 },
      { province: 'เชียงใหม่', year: 2566, amount: 550 },
      { province: 'ขอนแก่น', year: 2567, amount: 420 },
      { province: 'ภูเก็ต', year: 2567, amount: 300 },
    ]);
    const filtered = await call('datastore_search', {
      resource_id: id,
      filters: { year: 2567 },
      sort: 'amount desc',
      fields: ['province', 'amount'],
      limit: 2,
    });
    expect(filtered.body.result.records).toEqual([
      { province: 'เชียงใหม่', amount: 600.5 },
      { province: 'ขอนแก่น', amount: 420 },
    ]);
    expect(filtered.body.result.total).toBe(3);
    expect(filtered.body.result.fields[0]).toEqual({
      id: 'province',
      type: 'text',
      info: { label: 'จังหวัด' },
    });
    const list = await call('datastore_search', undefined, {
      query: `resource_id=${id}&filters={"province":["ภูเก็ต","ขอนแก่น"]}&sort=year&records_format=csv&include_total=false`,
      token: null,
    });
    expect(list.status).toBe(200);
    expect(list.body.result.records).toBe('3,ขอนแก่น,2567,420\n4,ภูเก็ต,2567,300\n');
    expect('total' in list.body.result).toBe(false);
    const q = await call('datastore_search', { resource_id: id, q: 'เชียงใหม่' });
    expect(q.body.result.total).toBe(2);
    expect(q.body.result.fields.at(-1)).toEqual({ id: 'rank', type: 'float' });
    const bad = await call('datastore_search', { resource_id: id, filters: { nope: 1 } });
    expect(bad.status).toBe(409);
    expect(bad.body.error).toEqual({
      filters: ['invalid value "nope"'],
      __type: 'Validation Error',
    });
    const badJson = await call('datastore_search', undefined, {
      query: `resource_id=${id}&filters={oops`,
      token: null,
    });
    expect(badJson.status).toBe(409);
    expect(badJson.body.error.filters).toEqual(['Cannot parse JSON']);
    const missing = await call('datastore_search', {
      resource_id: '00000000-0000-4000-8000-000000000000',
    });
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toBe(
      'Not found: Resource "00000000-0000-4000-8000-000000000000" was not found.',
    );
    const clamp = await call('datastore_search', { resource_id: id, limit: 999999 });
    expect(clamp.body.result.limit).toBe(32000);
  });

  it('upserts, inserts and updates by primary key or _id', async () => {
    const id = await table([{ province: 'น่าน', year: 2566, amount: 10 }]);
    const up = await call('datastore_upsert', {
      resource_id: id,
      records: [
        { province: 'น่าน', year: 2566, amount: 11 },
        { province: 'น่าน', year: 2567, amount: 12 },
      ],
    });
    expect(up.status).toBe(200);
    // `method` has no schema default, so CKAN echoes it only when sent.
    expect(up.body.result).not.toHaveProperty('method');
    const rows = await call('datastore_search', { resource_id: id, sort: 'year' });
    expect(rows.body.result.records.map((r: { amount: number }) => r.amount)).toEqual([11, 12]);
    const byId = await call('datastore_upsert', {
      resource_id: id,
      method: 'update',
      records: [{ _id: 1, amount: 99 }],
    });
    expect(byId.status).toBe(200);
    const missingKey = await call('datastore_upsert', {
      resource_id: id,
      method: 'update',
      records: [{ province: 'ตาก', year: 2500, amount: 1 }],
    });
    expect(missingKey.status).toBe(409);
    expect(missingKey.body.error.key).toEqual([`key "['ตาก', 2500]" not found`]);
    const noKey = await call('datastore_upsert', { resource_id: id, records: [{ amount: 1 }] });
    expect(noKey.body.error.key).toEqual(['fields "province, year" are missing but needed as key']);
    const unknown = await call('datastore_upsert', {
      resource_id: id,
      method: 'insert',
      records: [{ colour: 'red' }],
    });
    expect(unknown.body.error.fields).toEqual(['fields "colour" do not exist']);
    const method = await call('datastore_upsert', {
      resource_id: id,
      method: 'merge',
      records: [],
    });
    expect(method.body.error.method).toEqual([
      "Value must be one of ['upsert', 'insert', 'update']",
    ]);
    const dup = await call('datastore_upsert', {
      resource_id: id,
      method: 'insert',
      records: [{ province: 'น่าน', year: 2567, amount: 1 }],
    });
    expect(dup.status).toBe(409);
    expect(dup.body.error.constraints).toEqual([
      'Cannot insert records or create index because of uniqueness constraint',
    ]);
  });

  it('refuses writes to tables not created for editing unless forced', async () => {
    const res = await call('resource_create', {
      package_id: packageId,
      url: 'https://example.org/a.csv',
    });
    const id = res.body.result.id;
    const refused = await call('datastore_create', {
      resource_id: id,
      fields: [{ id: 'x', type: 'text' }],
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error['read-only'][0]).toMatch(/^Cannot edit read-only resource/);
    const forced = await call('datastore_create', {
      resource_id: id,
      force: true,
      fields: [{ id: 'x', type: 'text' }],
    });
    expect(forced.status).toBe(200);
    const both = await call('datastore_create', {
      resource_id: id,
      resource: { package_id: packageId },
    });
    expect(both.body.error.resource).toEqual(['resource cannot be used with resource_id']);
    const neither = await call('datastore_create', { fields: [] });
    expect(neither.body.error.resource_id).toEqual(['resource_id or resource required']);
    const badType = await call('datastore_create', {
      resource: { package_id: packageId },
      fields: [{ id: 'x', type: 'nonsense; drop table x' }],
    });
    expect(badType.body.error.fields).toEqual([
      '"nonsense; drop table x" is not a valid field type',
    ]);
    const badName = await call('datastore_create', {
      resource: { package_id: packageId },
      fields: [{ id: '_x', type: 'text' }],
    });
    expect(badName.body.error.fields).toEqual(['"_x" is not a valid field name']);
    const anon = await call('datastore_upsert', { resource_id: id, records: [] }, { token: null });
    expect(anon.status).toBe(403);
  });

  it('runs one read-only SELECT in datastore_search_sql and refuses everything else', async () => {
    const id = await table([
      { province: 'ลำปาง', year: 2567, amount: 5 },
      { province: 'ลำพูน', year: 2567, amount: 7 },
    ]);
    const ok = await call('datastore_search_sql', undefined, {
      query: `sql=${encodeURIComponent(`SELECT province, amount * 2 AS double FROM "${id}" WHERE year = 2567 ORDER BY amount`)}`,
      token: null,
    });
    expect(ok.status).toBe(200);
    expect(ok.body.result.records).toEqual([
      { province: 'ลำปาง', double: 10 },
      { province: 'ลำพูน', double: 14 },
    ]);
    expect(ok.body.result.fields).toEqual([
      { id: 'province', type: 'text' },
      { id: 'double', type: 'numeric' },
    ]);
    const agg = await call('datastore_search_sql', {
      sql: `select count(*) as n, sum(amount) from "${id}";`,
    });
    expect(agg.body.result.records).toEqual([{ n: 2, sum: 12 }]);

    const refused = async (sql: string) =>
      (await call('datastore_search_sql', { sql }, { token: null })).body;
    expect((await refused(`select 1; select 2`)).error).toEqual({
      query: ['Query is not a single statement.'],
      __type: 'Validation Error',
    });
    expect((await refused(`delete from "${id}"`)).error.__type).toBe('Validation Error');
    expect(
      (await refused(`with x as (delete from "${id}" returning *) select * from x`)).error.__type,
    ).toBe('Validation Error');
    expect((await refused(`select pg_sleep(10)`)).error).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: Not authorized to call function pg_sleep',
    });
    expect((await refused(`select * from pg_catalog.pg_authid`)).error.message).toBe(
      'Access denied: Not authorized to access system tables',
    );
    expect((await refused(`select * from platform.sessions`)).error.message).toBe(
      'Access denied: Not authorized to read resource.',
    );
    expect((await refused(`select * from "${id}" for update`)).error.__type).toBe(
      'Validation Error',
    );
    expect(
      (await refused(`select set_config('statement_timeout', '0', false)`)).error.message,
    ).toBe('Access denied: Not authorized to call function set_config');
    // Refused on the planner's estimate, before it runs: the embedded database has no timer.
    const big = await call('datastore_create', {
      resource: { package_id: packageId },
      fields: [{ id: 'n', type: 'int' }],
      records: Array.from({ length: 3000 }, (_, n) => ({ n })),
    });
    const bigId = big.body.result.resource_id;
    const cross = await refused(
      `select count(*) from "${bigId}" a, "${bigId}" b, "${bigId}" c, "${bigId}" d`,
    );
    expect(cross.error.query).toEqual(['Query took too long']);
    expect(cross.error.info.orig[0]).toMatch(/estimated cost/);
    const missing = await call('datastore_search_sql', {});
    expect(missing.body.error.sql).toEqual(['Missing value']);
  });

  it('loads an uploaded CSV in a background job and reports the bad lines', async () => {
    const more = Array.from({ length: 9 }, (_, i) => `ตาก,2567,${i},2024-03-0${i + 1}`);
    const csv = [
      'จังหวัด,ปี,จำนวน,วันที่สำรวจ',
      'เชียงใหม่,2567,"1,234",31/12/2566',
      'ขอนแก่น,2567,980,1 ม.ค. 2567',
      'ภูเก็ต,2567,ไม่ทราบ,2024-01-02',
      'ลำปาง,2567,12',
      '"น่าน ""เมืองเก่า""",2567,-,2024-02-03',
      ...more,
      // A blank-only text is NULL; a lone \. (COPY's end-of-data mark) is kept as text.
      '   ,2567,5,2024-04-01',
      '\\.,2567,6,2024-04-02',
    ].join('\r\n');
    const boundary = '----pratu';
    const body = [
      `--${boundary}`,
      'Content-Disposition: form-data; name="package_id"',
      '',
      packageId,
      `--${boundary}`,
      'Content-Disposition: form-data; name="name"',
      '',
      'สำรวจ',
      `--${boundary}`,
      'Content-Disposition: form-data; name="upload"; filename="survey.csv"',
      'Content-Type: text/csv',
      '',
      csv,
      `--${boundary}--`,
      '',
    ].join('\r\n');
    const res = await t.server.inject({
      method: 'POST',
      url: '/api/3/action/resource_create',
      headers: {
        authorization: token,
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      payload: body,
    });
    expect(res.statusCode).toBe(200);
    const resource = res.json().result;
    expect(resource.url_type).toBe('upload');
    expect(resource.format).toBe('CSV');
    expect(resource.url).toMatch(
      new RegExp(`/dataset/${packageId}/resource/${resource.id}/download/survey.csv$`),
    );
    expect(resource.datastore_active).toBe(false);
    const queued = await call('datastore_load_status', undefined, {
      query: `resource_id=${resource.id}`,
    });
    expect(queued.body.result.state).toBe('queued');
    await t.app.jobs.drain();
    const status = await call('datastore_load_status', undefined, {
      query: `resource_id=${resource.id}`,
    });
    expect(status.body.result.state).toBe('done');
    expect(status.body.result.job.state).toBe('done');
    expect(status.body.result.rows_loaded).toBe(14);
    expect(status.body.result.bad_rows).toEqual([
      { line: 4, reason: '"จำนวน": "ไม่ทราบ" is not int' },
      { line: 5, reason: 'expected 4 values, found 3' },
    ]);
    const rows = await call('datastore_search', { resource_id: resource.id, limit: 3 });
    expect(rows.body.result.records).toEqual([
      { _id: 1, จังหวัด: 'เชียงใหม่', ปี: 2567, จำนวน: 1234, วันที่สำรวจ: '2023-12-31' },
      { _id: 2, จังหวัด: 'ขอนแก่น', ปี: 2567, จำนวน: 980, วันที่สำรวจ: '2024-01-01' },
      { _id: 3, จังหวัด: 'น่าน "เมืองเก่า"', ปี: 2567, จำนวน: null, วันที่สำรวจ: '2024-02-03' },
    ]);
    const last = await call('datastore_search', {
      resource_id: resource.id,
      offset: 12,
      fields: ['จังหวัด', 'จำนวน'],
    });
    expect(last.body.result.records).toEqual([
      { จังหวัด: null, จำนวน: 5 },
      { จังหวัด: '\\.', จำนวน: 6 },
    ]);
    expect(rows.body.result.fields.map((f: { type: string }) => f.type)).toEqual([
      'int',
      'text',
      'int4',
      'int4',
      'date',
    ]);
    const shown = await call('resource_show', undefined, {
      query: `id=${resource.id}`,
      token: null,
    });
    expect(shown.body.result.datastore_active).toBe(true);
    const file = await t.server.inject({ method: 'GET', url: new URL(resource.url).pathname });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toMatch(/^attachment/);
    expect(file.body).toBe(csv);
    const dump = await t.server.inject({ method: 'GET', url: `/datastore/dump/${resource.id}` });
    expect(dump.body.split('\r\n')[0]).toBe('_id,จังหวัด,ปี,จำนวน,วันที่สำรวจ');
  });
});
