import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPerson, startTestApp, type TestApp, uniqueCode } from '../../test/support/app.ts';

/**
 * CKAN's own documented requests, replayed over real HTTP (a listening server and fetch): the
 * "API guide" (GET query strings, POST JSON, the Authorization header, the envelope and its error
 * types) and the "DataStore extension" page (curl examples, which post JSON as a form body). Each
 * expectation is the response shape CKAN 2.10/2.11 documents or its source produces
 * (docs/ckan-compat.md names the file for each).
 */
describe('CKAN documented examples over HTTP', () => {
  let t: TestApp;
  let token: string;
  let orgCode: string;
  let datasetName: string;

  beforeAll(async () => {
    t = await startTestApp({ listen: true });
    const publisher = await newPerson(t, ['publisher']);
    orgCode = (await t.app.orgs.findOrganization(publisher.organizationId!))!.code;
    token = await t.app.opendata.createToken(publisher.account.id, 'docs');
    datasetName = uniqueCode('adur_district_spending').replaceAll('-', '_');
  });
  afterAll(async () => {
    await t?.stop();
  });

  interface Sent {
    method?: 'GET' | 'POST' | 'PUT';
    body?: string;
    contentType?: string;
    auth?: string | null;
  }

  async function http(path: string, sent: Sent = {}) {
    const headers: Record<string, string> = {};
    const auth = sent.auth === undefined ? token : sent.auth;
    if (auth) headers.Authorization = auth;
    if (sent.contentType) headers['Content-Type'] = sent.contentType;
    const res = await fetch(`${t.url}${path}`, {
      method: sent.method ?? (sent.body === undefined ? 'GET' : 'POST'),
      headers,
      ...(sent.body === undefined ? {} : { body: sent.body }),
    });
    const raw = await res.text();
    // biome-ignore lint/suspicious/noExplicitAny: CKAN's JSON answers are read field by field.
    let json: any = null;
    try {
      json = JSON.parse(raw);
    } catch {
      json = null;
    }
    return { status: res.status, type: res.headers.get('content-type'), raw, json };
  }

  const postJson = (action: string, body: unknown, auth?: string | null) =>
    http(`/api/3/action/${action}`, {
      body: JSON.stringify(body),
      contentType: 'application/json',
      ...(auth === undefined ? {} : { auth }),
    });

  it('API guide: package_create with the API token in the Authorization header', async () => {
    const res = await postJson('package_create', {
      name: datasetName,
      title: 'Adur District Spending',
      owner_org: orgCode,
      notes: 'ตัวอย่างจากคู่มือ API ของ CKAN',
      tags: [{ name: 'spending' }, { name: 'economy' }],
    });
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/json;charset=utf-8');
    expect(Object.keys(res.json)).toEqual(['help', 'success', 'result']);
    expect(res.json.help).toMatch(
      /^https?:\/\/[^/]+\/api\/3\/action\/help_show\?name=package_create$/,
    );
    const pkg = res.json.result;
    for (const key of [
      'author',
      'author_email',
      'creator_user_id',
      'extras',
      'groups',
      'id',
      'isopen',
      'license_id',
      'maintainer',
      'maintainer_email',
      'metadata_created',
      'metadata_modified',
      'name',
      'notes',
      'num_resources',
      'num_tags',
      'organization',
      'owner_org',
      'private',
      'relationships_as_object',
      'relationships_as_subject',
      'resources',
      'state',
      'tags',
      'title',
      'type',
      'url',
      'version',
    ]) {
      expect(pkg).toHaveProperty(key);
    }
    expect(pkg.num_tags).toBe(2);
    expect(pkg.num_resources).toBe(0);
    expect(pkg.type).toBe('dataset');
    expect(pkg.organization.name).toBe(orgCode);
    expect(pkg.metadata_modified).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{6})?$/);
  });

  it('API guide: GET package_list, package_show by name, package_search?fq=tags:economy', async () => {
    const list = await http('/api/3/action/package_list', { auth: null });
    expect(list.status).toBe(200);
    expect(list.json.result).toContain(datasetName);

    // The unversioned route is the same action API (version 3).
    const shown = await http(`/api/action/package_show?id=${datasetName}`, { auth: null });
    expect(shown.status).toBe(200);
    expect(shown.json.help).toMatch(/\/api\/3\/action\/help_show\?name=package_show$/);
    expect(shown.json.result.name).toBe(datasetName);

    const found = await http(
      `/api/3/action/package_search?fq=tags:economy%20%2Borganization:${orgCode}`,
      { auth: null },
    );
    expect(found.status).toBe(200);
    expect(Object.keys(found.json.result)).toEqual([
      'count',
      'facets',
      'results',
      'sort',
      'search_facets',
    ]);
    expect(found.json.result.count).toBe(1);
    expect(found.json.result.sort).toBe('score desc, metadata_modified desc');
    expect(found.json.result.facets).toEqual({});
    expect(found.json.result.search_facets).toEqual({});
  });

  it('package_search: facet.field is a JSON list; a bare name is a Validation Error', async () => {
    const facets = encodeURIComponent('["tags","organization"]');
    const res = await http(
      `/api/3/action/package_search?fq=organization:${orgCode}&facet.field=${facets}&facet.limit=1&rows=0`,
      { auth: null },
    );
    expect(res.status).toBe(200);
    expect(res.json.result.results).toEqual([]);
    expect(res.json.result.facets.organization).toEqual({ [orgCode]: 1 });
    expect(Object.keys(res.json.result.facets.tags)).toHaveLength(1);
    expect(res.json.result.search_facets.organization).toEqual({
      title: 'organization',
      items: [{ name: orgCode, display_name: expect.any(String), count: 1 }],
    });

    const bare = await http('/api/3/action/package_search?facet.field=tags', { auth: null });
    expect(bare.status).toBe(409);
    expect(bare.json.error).toEqual({
      'facet.field': ['Could not parse as valid JSON'],
      __type: 'Validation Error',
    });
    expect(Object.keys(bare.json)).toEqual(['help', 'error', 'success']);
    expect(bare.json.success).toBe(false);

    const rows = await http('/api/3/action/package_search?rows=ten', { auth: null });
    expect(rows.status).toBe(409);
    expect(rows.json.error).toEqual({ rows: ['Invalid integer'], __type: 'Validation Error' });
  });

  it('package_search refuses Solr local parameters and magic fields as a 409 Search Error', async () => {
    const local = await http(
      `/api/3/action/package_search?q=${encodeURIComponent('{!lucene}economy')}`,
      { auth: null },
    );
    expect(local.status).toBe(409);
    expect(local.json.error).toEqual({
      __type: 'Search Error',
      message: 'Search error: ("Local parameters are not supported in param \'q\'.",)',
    });
    const magic = await http(
      `/api/3/action/package_search?q=${encodeURIComponent('name:x OR _query_:{!lucene}x')}`,
      { auth: null },
    );
    expect(magic.json.error.message).toBe(
      'Search error: ("Magic fields are not supported in param \'q\'.",)',
    );
    const late = await http(
      `/api/3/action/package_search?fq=${encodeURIComponent('name:x {!lucene}x')}`,
      { auth: null },
    );
    expect(late.json.error.message).toBe(
      'Search error: ("Local parameters must be defined at the beginning of param \'fq\'.",)',
    );
    // Cases from CKAN's own search tests (ckan/tests/lib/search/test_query.py).
    const unsupported = "Local parameters are not supported in param 'q'.";
    const parsers = "Query parsers are not supported in param 'q'.";
    const notFirst = "Local parameters must be defined at the beginning of param 'q'.";
    const magicField = "Magic fields are not supported in param 'q'.";
    const cases: Array<[string, string]> = [
      [' {!bool must=test}', unsupported],
      ['{!bool must=test} OR name:test {!bool must=test}', parsers],
      ['xx{!bool must=test}', notFirst],
      ['\\\\{!bool must=test}', notFirst],
      ['\\_query_:{!bool must=test}', magicField],
      ['\\_v\\a\\l\\_ : sum(a,b)', magicField],
      ['{!bool must=test} name:test _query_:{!bool must=test}', magicField],
    ];
    for (const [q, message] of cases) {
      const res = await http(`/api/3/action/package_search?q=${encodeURIComponent(q)}`, {
        auth: null,
      });
      expect(res.status).toBe(409);
      expect(res.json.error.message).toBe(`Search error: ("${message}",)`);
    }
    for (const q of ['dataset_query_:test', '_query_store', 'new_val_store name:test']) {
      const res = await http(`/api/3/action/package_search?q=${encodeURIComponent(q)}`, {
        auth: null,
      });
      expect(res.status).toBe(200);
    }

    const unknown = await http('/api/3/action/package_search?colour=red', { auth: null });
    expect(unknown.status).toBe(400);
    expect(unknown.json.error).toEqual({
      __type: 'Search Query Error',
      message: 'Search Query is invalid: ("Invalid search parameters: [\'colour\']",)',
    });
  });

  it('answers malformed calls with the bare-string 400 bodies of ckan/views/api.py', async () => {
    const unknown = await http('/api/3/action/package_lst', { auth: null });
    expect(unknown.status).toBe(400);
    expect(unknown.json).toBe('Bad request - Action name not known: package_lst');

    const getWrite = await http('/api/3/action/package_create?name=x');
    expect(getWrite.status).toBe(400);
    expect(getWrite.json).toBe(
      'Bad request - JSON Error: Invalid request. Please use POST method for your request',
    );

    const put = await http('/api/3/action/package_list', { method: 'PUT', body: '{}' });
    expect(put.status).toBe(405);

    const notObject = await http('/api/3/action/package_show', {
      body: '["a", 1, null, true]',
      contentType: 'application/json',
    });
    expect(notObject.status).toBe(400);
    expect(notObject.json).toBe(
      "Bad request - JSON Error: Request data JSON decoded to ['a', 1, None, True] but it needs to be a dictionary.",
    );

    const broken = await http('/api/3/action/package_show', {
      body: '{"id": ',
      contentType: 'application/json',
    });
    expect(broken.status).toBe(400);
    expect(broken.json).toBe(
      "Bad request - JSON Error: Error decoding JSON data. Error: <BadRequest '400: Bad Request'> JSON data extracted from the request: {}",
    );
  });

  it('answers Not Found, Validation and Authorization errors with their status and __type', async () => {
    const missing = await http('/api/3/action/package_show?id=no-such-dataset', { auth: null });
    expect(missing.status).toBe(404);
    expect(missing.json.error).toEqual({ __type: 'Not Found Error', message: 'Not found' });

    const noId = await http('/api/3/action/resource_show', { auth: null });
    expect(noId.status).toBe(409);
    expect(noId.json.error).toEqual({ id: ['Missing value'], __type: 'Validation Error' });

    const anonymous = await postJson('package_create', { name: uniqueCode('anon') }, null);
    expect(anonymous.status).toBe(403);
    expect(anonymous.json.error.__type).toBe('Authorization Error');
    expect(anonymous.json.error.message).toMatch(/^Access denied: /);

    // An unknown token reads as anonymous, as in CKAN (no 401).
    const badToken = await http('/api/3/action/package_list', { auth: 'not-a-token' });
    expect(badToken.status).toBe(200);
  });

  it('JSONP: callback wraps GET answers and makes any call anonymous', async () => {
    const wrapped = await http('/api/3/action/package_list?limit=1&callback=show', { auth: null });
    expect(wrapped.status).toBe(200);
    expect(wrapped.type).toBe('application/javascript;charset=utf-8');
    expect(wrapped.raw).toMatch(/^show\(\{"help":.*\}\);$/);

    const secret = uniqueCode('secret');
    const created = await postJson('package_create', {
      name: secret,
      owner_org: orgCode,
      private: true,
    });
    expect(created.status).toBe(200);
    const own = await postJson('package_show', { id: secret });
    expect(own.status).toBe(200);
    // `callback` in a POST body is dropped and the call runs as anonymous, as in ckan/views/api.py.
    const viaCallback = await postJson('package_show', { id: secret, callback: 'x' });
    expect(viaCallback.status).toBe(403);
    expect(viaCallback.json.error.__type).toBe('Authorization Error');
  });

  it('organization_list, group_list, tag_list and status_show answer in CKAN shapes', async () => {
    const names = await http('/api/3/action/organization_list', { auth: null });
    expect(names.status).toBe(200);
    expect(names.json.result).toContain(orgCode);
    expect(names.json.result.every((n: unknown) => typeof n === 'string')).toBe(true);

    const upper = await http('/api/3/action/organization_list?sort=name%20DESC&limit=2', {
      auth: null,
    });
    expect(upper.status).toBe(200);
    expect([...upper.json.result].sort().reverse()).toEqual(upper.json.result);
    const sortErrors: Array<[string, string]> = [
      ['foo, name', 'Cannot sort by field `foo`'],
      ['name sideways', 'Invalid sort direction `sideways`'],
      ['name asc, title', 'Too many sort criteria provided only 1 allowed'],
    ];
    for (const [sort, message] of sortErrors) {
      const bad = await http(`/api/3/action/organization_list?sort=${encodeURIComponent(sort)}`, {
        auth: null,
      });
      expect(bad.status).toBe(409);
      expect(bad.json.error).toEqual({ message, __type: 'Validation Error' });
    }

    const all = await http(
      `/api/3/action/organization_list?all_fields=true&organizations=${orgCode}`,
      { auth: null },
    );
    expect(all.json.result).toHaveLength(1);
    const org = all.json.result[0];
    expect(org).toMatchObject({
      name: orgCode,
      type: 'organization',
      is_organization: true,
      state: 'active',
      approval_status: 'approved',
      package_count: 1,
      num_followers: 0,
    });
    expect(org).not.toHaveProperty('users');
    expect(org).not.toHaveProperty('extras');

    const shown = await http(`/api/3/action/organization_show?id=${orgCode}&include_users=false`, {
      auth: null,
    });
    expect(shown.json.result).not.toHaveProperty('users');
    expect(shown.json.result.package_count).toBe(1);

    const groups = await http('/api/3/action/group_list?all_fields=true&limit=1', { auth: null });
    expect(groups.status).toBe(200);
    expect(groups.json.result.length).toBeLessThanOrEqual(1);

    const tags = await http('/api/3/action/tag_list?query=spend&all_fields=true', { auth: null });
    expect(tags.json.result).toEqual([
      { display_name: 'spending', id: expect.any(String), name: 'spending', vocabulary_id: null },
    ]);

    const status = await http('/api/3/action/status_show', { auth: null });
    expect(Object.keys(status.json.result).sort()).toEqual([
      'ckan_version',
      'error_emails_to',
      'extensions',
      'locale_default',
      'site_description',
      'site_title',
      'site_url',
    ]);
    expect(status.json.result.extensions).toContain('datastore');
  });

  it('DataStore guide: curl -d datastore_create with a new resource, then search it', async () => {
    // curl -d sends the JSON as application/x-www-form-urlencoded, as the DataStore page shows.
    const created = await http('/api/3/action/datastore_create', {
      body: JSON.stringify({
        resource: { package_id: datasetName },
        fields: [{ id: 'a' }, { id: 'b' }],
        records: [
          { a: 1, b: 'xyz' },
          { a: 2, b: 'zzz' },
        ],
      }),
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(created.status).toBe(200);
    const resourceId = created.json.result.resource_id as string;
    expect(created.json.result.fields).toEqual([
      { id: 'a', type: 'int' },
      { id: 'b', type: 'text' },
    ]);
    // "The newly created data object, excluding records passed."
    expect(created.json.result).not.toHaveProperty('records');

    const search = await http(`/api/3/action/datastore_search?resource_id=${resourceId}`, {
      auth: null,
    });
    expect(search.status).toBe(200);
    const r = search.json.result;
    expect(r).toMatchObject({
      include_total: true,
      limit: 100,
      records_format: 'objects',
      resource_id: resourceId,
      total_estimation_threshold: null,
      total: 2,
      total_was_estimated: false,
    });
    expect(r).not.toHaveProperty('offset');
    expect(r.fields).toEqual([
      { id: '_id', type: 'int' },
      { id: 'a', type: 'int4' },
      { id: 'b', type: 'text' },
    ]);
    expect(r.records).toEqual([
      { _id: 1, a: 1, b: 'xyz' },
      { _id: 2, a: 2, b: 'zzz' },
    ]);
    expect(r._links).toEqual({
      start: `/api/3/action/datastore_search?resource_id=${resourceId}`,
      next: `/api/3/action/datastore_search?resource_id=${resourceId}&offset=100`,
    });

    const q = await http(`/api/3/action/datastore_search?q=xyz&resource_id=${resourceId}`, {
      auth: null,
    });
    expect(q.json.result.q).toBe('xyz');
    expect(q.json.result.records.map((x: { b: string }) => x.b)).toEqual(['xyz']);

    // q as an object searches per field and adds a `rank <field>` column, ordered by it.
    const perField = await http(
      `/api/3/action/datastore_search?resource_id=${resourceId}&q=${encodeURIComponent('{"b":"zzz"}')}`,
      { auth: null },
    );
    expect(perField.json.result.q).toEqual({ b: 'zzz' });
    expect(perField.json.result.fields.at(-1)).toEqual({ id: 'rank b', type: 'float' });
    expect(perField.json.result.records).toHaveLength(1);
    expect(perField.json.result.records[0]).toMatchObject({ _id: 2, b: 'zzz' });
    expect(perField.json.result.records[0]['rank b']).toEqual(expect.any(Number));

    // filters as a JSON string with a list value, sort "col desc", offset echoed when sent.
    const filtered = await http(
      `/api/3/action/datastore_search?resource_id=${resourceId}&filters=${encodeURIComponent('{"a":[1,2]}')}&sort=${encodeURIComponent('a desc')}&offset=0&fields=b&include_total=false`,
      { auth: null },
    );
    expect(filtered.json.result).toMatchObject({
      filters: { a: [1, 2] },
      sort: 'a desc',
      offset: 0,
      fields: [{ id: 'b', type: 'text' }],
      records: [{ b: 'zzz' }, { b: 'xyz' }],
    });
    expect(filtered.json.result).not.toHaveProperty('total');

    const sql = await http(
      `/api/3/action/datastore_search_sql?sql=${encodeURIComponent(`SELECT * from "${resourceId}" WHERE b LIKE 'xyz'`)}`,
      { auth: null },
    );
    expect(sql.status).toBe(200);
    expect(sql.json.result.records).toEqual([{ _id: 1, a: 1, b: 'xyz' }]);
    expect(sql.json.result.fields.map((f: { id: string }) => f.id)).toEqual(['_id', 'a', 'b']);
  });

  it('DataStore: unknown keys are __junk, upsert needs a key, SQL must be one read-only SELECT', async () => {
    const created = await postJson('datastore_create', {
      resource: { package_id: datasetName, name: 'keyed' },
      fields: [
        { id: 'code', type: 'text' },
        { id: 'n', type: 'int' },
      ],
      primary_key: 'code',
      records: [{ code: 'a', n: 1 }],
    });
    expect(created.status).toBe(200);
    const keyed = created.json.result.resource_id as string;

    const junk = await http(`/api/3/action/datastore_search?resource_id=${keyed}&colour=red`, {
      auth: null,
    });
    expect(junk.status).toBe(409);
    expect(junk.json.error).toEqual({
      __junk: ["The input field [('colour',)] was not expected."],
      __type: 'Validation Error',
    });

    const upsert = await postJson('datastore_upsert', {
      resource_id: keyed,
      records: [
        { code: 'a', n: 2 },
        { code: 'b', n: 3 },
      ],
    });
    expect(upsert.status).toBe(200);
    expect(upsert.json.result.resource_id).toBe(keyed);
    expect(upsert.json.result).not.toHaveProperty('method');
    const after = await http(`/api/3/action/datastore_search?resource_id=${keyed}&sort=code`, {
      auth: null,
    });
    expect(after.json.result.records.map((x: { n: number }) => x.n)).toEqual([2, 3]);

    const dry = await postJson('datastore_upsert', {
      resource_id: keyed,
      records: [{ code: 'c', n: 4 }],
      dry_run: true,
    });
    expect(dry.status).toBe(200);
    expect(dry.json.result.dry_run).toBe(true);
    const unchanged = await http(`/api/3/action/datastore_search?resource_id=${keyed}`, {
      auth: null,
    });
    expect(unchanged.json.result.total).toBe(2);

    const flags = await postJson('datastore_create', {
      resource: { package_id: datasetName, name: 'flags' },
      fields: [
        { id: 'name', type: 'text' },
        { id: 'open', type: 'bool' },
      ],
      records: [
        { name: 'a, b', open: true },
        { name: 'c', open: false },
      ],
    });
    const csv = await http(
      `/api/3/action/datastore_search?resource_id=${flags.json.result.resource_id}&records_format=csv&fields=name,open`,
      { auth: null },
    );
    expect(csv.json.result.records).toBe('"a, b",t\nc,f\n');

    const ghost = '00000000-0000-4000-8000-000000000000';
    const unknown = await postJson('datastore_create', { resource_id: ghost, fields: [] });
    expect(unknown.status).toBe(409);
    expect(unknown.json.error).toEqual({
      resource_id: [`Resource not found: ${ghost}`],
      __type: 'Validation Error',
    });

    // Pratu has no aliases or trigger functions: refused in CKAN's __junk shape, never ignored.
    const alias = await postJson('datastore_create', { resource_id: keyed, aliases: 'nick' });
    expect(alias.status).toBe(409);
    expect(alias.json.error.__junk).toEqual(["The input field [('aliases',)] was not expected."]);

    const update = await postJson('datastore_upsert', {
      resource_id: keyed,
      method: 'update',
      records: [{ code: 'zz', n: 9 }],
    });
    expect(update.status).toBe(409);
    expect(update.json.error).toEqual({
      key: ['key "[\'zz\']" not found'],
      __type: 'Validation Error',
    });

    const noKeyTable = await postJson('datastore_create', {
      resource: { package_id: datasetName, name: 'unkeyed' },
      fields: [{ id: 'x', type: 'text' }],
    });
    const unkeyed = noKeyTable.json.result.resource_id as string;
    const noKey = await postJson('datastore_upsert', {
      resource_id: unkeyed,
      records: [{ x: 'a' }],
    });
    expect(noKey.status).toBe(409);
    expect(noKey.json.error).toEqual({
      table: ['unique key must be passed for update/upsert'],
      __type: 'Validation Error',
    });

    const write = await http(
      `/api/3/action/datastore_search_sql?sql=${encodeURIComponent(`DELETE FROM "${keyed}"`)}`,
      { auth: null },
    );
    expect(write.status).toBe(409);
    expect(write.json.error.__type).toBe('Validation Error');
    expect(write.json.error.query).toHaveLength(1);

    const two = await http(
      `/api/3/action/datastore_search_sql?sql=${encodeURIComponent(`SELECT 1; SELECT 2`)}`,
      { auth: null },
    );
    expect(two.json.error).toEqual({
      query: ['Query is not a single statement.'],
      __type: 'Validation Error',
    });

    const system = await http(
      `/api/3/action/datastore_search_sql?sql=${encodeURIComponent('SELECT * FROM pg_roles')}`,
      { auth: null },
    );
    expect(system.status).toBe(403);
    expect(system.json.error).toEqual({
      __type: 'Authorization Error',
      message: 'Access denied: Not authorized to access system tables',
    });
  });
});
