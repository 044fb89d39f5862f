import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPerson, startTestApp, type TestApp, uniqueCode } from '../../test/support/app.ts';

/**
 * The CKAN Action API, exercised the way CKAN's own documentation does
 * (docs.ckan.org "API guide": package_create → package_show → package_search → package_patch →
 * package_delete, error envelopes and status codes), over HTTP on a real database.
 */
describe('CKAN action API', () => {
  let t: TestApp;
  let token: string;
  let otherToken: string;
  let orgCode: string;
  let orgId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const publisher = await newPerson(t, ['publisher']);
    orgId = publisher.organizationId!;
    const org = await t.app.orgs.findOrganization(orgId);
    orgCode = org!.code;
    token = await t.app.opendata.createToken(publisher.account.id, 'test');
    const outsider = await newPerson(t, ['publisher']);
    otherToken = await t.app.opendata.createToken(outsider.account.id, 'test');
  });
  afterAll(async () => {
    await t?.stop();
  });

  async function call(
    action: string,
    body?: unknown,
    options: { token?: string | null; method?: 'GET' | 'POST'; query?: string } = {},
  ) {
    const method = options.method ?? (body === undefined ? 'GET' : 'POST');
    const headers: Record<string, string> = {};
    const auth = options.token === undefined ? token : options.token;
    if (auth) headers.authorization = auth;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await t.server.inject({
      method,
      url: `/api/3/action/${action}${options.query ? `?${options.query}` : ''}`,
      headers,
      ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
    });
    // biome-ignore lint/suspicious/noExplicitAny: the tests read CKAN's JSON answers field by field.
    return { status: res.statusCode, body: res.json() as Record<string, any>, raw: res };
  }

  it('answers with the envelope: help, success, result', async () => {
    const res = await call('status_show', undefined, { token: null });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body)).toEqual(['help', 'success', 'result']);
    expect(res.body.help).toMatch(/\/api\/3\/action\/help_show\?name=status_show$/);
    expect(res.body.success).toBe(true);
    expect(res.body.result.ckan_version).toMatch(/^2\.10\./);
    expect(res.raw.headers['content-type']).toBe('application/json;charset=utf-8');
    const v = await t.server.inject({ method: 'GET', url: '/api/3' });
    expect(v.json()).toEqual({ version: 3 });
  });

  it('creates, shows, searches, patches and deletes a dataset as in the API guide', async () => {
    const name = uniqueCode('pm25-bangkok');
    const created = await call('package_create', {
      name,
      title: 'ค่าฝุ่น PM2.5 กรุงเทพมหานคร',
      notes: 'ค่าเฉลี่ยรายวันของฝุ่นละอองขนาดไม่เกิน 2.5 ไมครอน',
      owner_org: orgCode,
      license_id: 'cc-by',
      tags: [{ name: 'อากาศ' }, { name: 'pm2.5' }],
      extras: [
        { key: 'spatial_note', value: 'กรุงเทพฯ' },
        { key: 'data_type', value: 'statistics' },
      ],
      resources: [{ url: 'https://example.org/pm25.csv', name: 'pm25' }],
    });
    expect(created.status).toBe(200);
    const pkg = created.body.result;
    expect(pkg.name).toBe(name);
    expect(pkg.owner_org).toBe(orgId);
    expect(pkg.organization.name).toBe(orgCode);
    expect(pkg.private).toBe(false);
    expect(pkg.state).toBe('active');
    expect(pkg.type).toBe('dataset');
    expect(pkg.isopen).toBe(true);
    expect(pkg.license_title).toBe('Creative Commons Attribution');
    expect(pkg.tags.map((x: { name: string }) => x.name)).toEqual(['pm2.5', 'อากาศ']);
    expect(pkg.extras).toEqual([
      { key: 'data_type', value: 'statistics' },
      { key: 'spatial_note', value: 'กรุงเทพฯ' },
    ]);
    expect(pkg.resources[0].format).toBe('CSV');
    expect(pkg.resources[0].datastore_active).toBe(false);
    expect(pkg.resources[0].position).toBe(0);
    expect(pkg.metadata_created).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{6})?$/);

    const shown = await call('package_show', undefined, { query: `id=${name}`, token: null });
    expect(shown.status).toBe(200);
    expect(shown.body.result.id).toBe(pkg.id);

    const found = await call('package_search', undefined, {
      query: `q=ฝุ่น&fq=organization:${orgCode}&facet.field=["tags","res_format"]`,
      token: null,
    });
    expect(found.status).toBe(200);
    expect(found.body.result.count).toBe(1);
    expect(found.body.result.results[0].name).toBe(name);
    expect(found.body.result.facets.res_format).toEqual({ CSV: 1 });
    expect(found.body.result.search_facets.tags.items.map((i: { name: string }) => i.name)).toEqual(
      ['อากาศ', 'pm2.5'],
    );
    expect(found.body.result.sort).toBe('score desc, metadata_modified desc');

    const patched = await call('package_patch', { id: pkg.id, title: 'PM2.5 รายวัน' });
    expect(patched.status).toBe(200);
    expect(patched.body.result.title).toBe('PM2.5 รายวัน');
    expect(patched.body.result.notes).toBe(pkg.notes);
    expect(patched.body.result.resources).toHaveLength(1);
    expect(patched.body.result.tags).toHaveLength(2);

    const deleted = await call('package_delete', { id: name });
    expect(deleted.status).toBe(200);
    expect(deleted.body.result).toBeNull();
    const list = await call('package_list', undefined, { token: null });
    expect(list.body.result).not.toContain(name);
    const after = await call('package_search', undefined, {
      query: `fq=name:${name}`,
      token: null,
    });
    expect(after.body.result.count).toBe(0);
    // A deleted dataset does not hold its name.
    const again = await call('package_create', { name, owner_org: orgCode });
    expect(again.status).toBe(200);
  });

  it('answers validation errors with 409 and field lists', async () => {
    const res = await call('package_create', {
      name: 'Bad Name',
      owner_org: orgCode,
      author_email: 'nope',
    });
    expect(res.status).toBe(409);
    expect(res.body.success).toBe(false);
    expect(res.body.error).toEqual({
      name: ['Must be purely lowercase alphanumeric (ascii) characters and these symbols: -_'],
      author_email: ['Email nope is not a valid format'],
      __type: 'Validation Error',
    });
    expect(Object.keys(res.body)).toEqual(['help', 'error', 'success']);
    const missing = await call('package_create', { title: 'no name', owner_org: orgCode });
    expect(missing.body.error.name).toEqual(['Missing value']);
    const noOrg = await call('package_create', { name: uniqueCode('no-org') });
    expect(noOrg.status).toBe(409);
    expect(noOrg.body.error.owner_org).toEqual(['An organization must be provided']);
    const name = uniqueCode('dup');
    await call('package_create', { name, owner_org: orgCode });
    const dup = await call('package_create', { name, owner_org: orgCode });
    expect(dup.body.error.name).toEqual(['That URL is already in use.']);
    const badSize = await call('package_create', {
      name: uniqueCode('sz'),
      owner_org: orgCode,
      resources: [{ url: 'https://x.test/a.csv' }, { url: 'https://x.test/b.csv', size: 'big' }],
    });
    expect(badSize.body.error.resources).toEqual([{}, { size: ['Invalid integer'] }]);
  });

  it('answers Not Found and Authorization errors like CKAN', async () => {
    const nf = await call('package_show', undefined, {
      query: 'id=does-not-exist-at-all',
      token: null,
    });
    expect(nf.status).toBe(404);
    expect(nf.body.error).toEqual({ __type: 'Not Found Error', message: 'Not found' });
    const anon = await call('package_create', { name: uniqueCode('anon') }, { token: null });
    expect(anon.status).toBe(403);
    expect(anon.body.error.__type).toBe('Authorization Error');
    expect(anon.body.error.message).toMatch(
      /^Access denied: User +not authorized to create packages$/,
    );
    const other = await call(
      'package_create',
      { name: uniqueCode('other'), owner_org: orgCode },
      { token: otherToken },
    );
    expect(other.status).toBe(403);
    const upd = await call('package_update', { id: 'missing-dataset-name' });
    expect(upd.status).toBe(404);
    expect(upd.body.error.message).toBe('Not found: Package was not found.');
    const noId = await call('package_patch', { title: 'x' });
    expect(noId.status).toBe(409);
    expect(noId.body.error.id).toEqual(['Missing value']);
  });

  it('refuses bad requests before the action with a bare JSON string', async () => {
    const unknown = await call('no_such_action', undefined, { token: null });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toBe('Bad request - Action name not known: no_such_action');
    const get = await call('package_create', undefined, { method: 'GET' });
    expect(get.status).toBe(400);
    expect(get.body).toBe(
      'Bad request - JSON Error: Invalid request. Please use POST method for your request',
    );
    const res = await t.server.inject({
      method: 'POST',
      url: '/api/3/action/package_create',
      headers: { authorization: token, 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatch(/^Bad request - JSON Error: Error decoding JSON data/);
    const list = await t.server.inject({
      method: 'POST',
      url: '/api/3/action/package_create',
      headers: { authorization: token, 'content-type': 'application/json' },
      payload: '[1, 2]',
    });
    expect(list.json()).toMatch(/but it needs to be a dictionary\.$/);
  });

  it('reads JSON posted as a form, the way curl -d sends it', async () => {
    const name = uniqueCode('curl');
    const res = await t.server.inject({
      method: 'POST',
      url: '/api/3/action/package_create',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: JSON.stringify({ name, owner_org: orgCode, title: 'a+b & c=d' }),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().result.title).toBe('a+b & c=d');
  });

  it('keeps private datasets to the organization', async () => {
    const name = uniqueCode('private');
    const created = await call('package_create', { name, owner_org: orgCode, private: true });
    expect(created.body.result.private).toBe(true);
    const anon = await call('package_show', undefined, { query: `id=${name}`, token: null });
    expect(anon.status).toBe(403);
    expect(anon.body.error.message).toBe(
      `Access denied: User  not authorized to read package ${created.body.result.id}`,
    );
    const search = await call('package_search', undefined, {
      query: `fq=name:${name}&include_private=true`,
      token: null,
    });
    expect(search.body.result.count).toBe(0);
    const member = await call('package_search', undefined, {
      query: `fq=name:${name}&include_private=true`,
    });
    expect(member.body.result.count).toBe(1);
    expect((await call('package_list', undefined, { token: null })).body.result).not.toContain(
      name,
    );
  });

  it('rejects unknown search parameters and sorts as Search Query Errors', async () => {
    const bad = await call('package_search', undefined, { query: 'foo=1', token: null });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toEqual({
      __type: 'Search Query Error',
      message: `Search Query is invalid: ("Invalid search parameters: ['foo']",)`,
    });
    const sort = await call('package_search', undefined, {
      query: 'sort=nonsense desc',
      token: null,
    });
    expect(sort.status).toBe(400);
    expect(sort.body.error.message).toBe(`Search Query is invalid: ('Invalid "sort" parameter',)`);
    const rows = await call('package_search', undefined, { query: 'rows=abc', token: null });
    expect(rows.status).toBe(409);
    expect(rows.body.error.rows).toEqual(['Invalid integer']);
  });

  it('updates with replace semantics and keeps resources (CKAN 2.11)', async () => {
    const name = uniqueCode('replace');
    const created = await call('package_create', {
      name,
      owner_org: orgCode,
      title: 'ชื่อเดิม',
      notes: 'คำอธิบาย',
      version: '1.0',
      tags: [{ name: 'ก่อน' }],
      resources: [{ url: 'https://example.org/a.csv', name: 'a', description: 'd' }],
    });
    const id = created.body.result.id;
    const updated = await call('package_update', { id, name, title: 'ชื่อใหม่' });
    expect(updated.status).toBe(200);
    const pkg = updated.body.result;
    expect(pkg.title).toBe('ชื่อใหม่');
    expect(pkg.notes).toBeNull();
    expect(pkg.version).toBeNull();
    expect(pkg.tags).toEqual([]);
    expect(pkg.owner_org).toBe(orgId);
    expect(pkg.resources).toHaveLength(1);

    const rid = pkg.resources[0].id;
    const res = await call('resource_update', { id: rid, name: 'b', format: 'json' });
    expect(res.body.result.url).toBe('');
    expect(res.body.result.description).toBeNull();
    expect(res.body.result.format).toBe('JSON');
    const missing = await call('resource_update', { id: '00000000-0000-4000-8000-000000000000' });
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toBe('Not found: Resource was not found.');
    const added = await call('resource_create', {
      package_id: name,
      url: 'https://example.org/x.xlsx',
    });
    expect(added.body.result.format).toBe('XLSX');
    expect(added.body.result.position).toBe(1);
    const noPackage = await call('resource_create', { url: 'https://example.org/x.csv' });
    expect(noPackage.body.error.package_id).toEqual(['Missing value']);
  });

  it('lists organizations, groups and tags', async () => {
    // On a shared database there may be more than the 1,000 names a page holds: filter by q.
    const names = (
      await call('organization_list', undefined, { query: `q=${orgCode}`, token: null })
    ).body.result;
    expect(names).toEqual([orgCode]);
    const all = await call('organization_list', undefined, {
      query: `all_fields=true&organizations=${orgCode}`,
      token: null,
    });
    expect(all.body.result[0]).toMatchObject({
      name: orgCode,
      type: 'organization',
      is_organization: true,
      state: 'active',
    });
    expect(typeof all.body.result[0].package_count).toBe('number');
    const badSort = await call('organization_list', undefined, {
      query: 'sort=colour',
      token: null,
    });
    expect(badSort.status).toBe(409);
    expect(badSort.body.error.message).toBe('Cannot sort by field `colour`');
    const org = await call('organization_show', undefined, {
      query: `id=${orgCode}&include_datasets=true`,
      token: null,
    });
    expect(org.body.result.name).toBe(orgCode);
    expect(Array.isArray(org.body.result.packages)).toBe(true);
    const none = await call('organization_show', undefined, {
      query: 'id=no-such-org-anywhere',
      token: null,
    });
    expect(none.status).toBe(404);
    const tag = uniqueCode('tg');
    await call('package_create', {
      name: uniqueCode('tagged'),
      owner_org: orgCode,
      tags: [{ name: tag }],
    });
    const tags = await call('tag_list', undefined, { query: `query=${tag}`, token: null });
    expect(tags.body.result).toEqual([tag]);
    expect((await call('group_list', undefined, { token: null })).status).toBe(200);
    expect(
      (await call('group_show', undefined, { query: 'id=no-such-group', token: null })).status,
    ).toBe(404);
  });

  it('answers JSONP as anonymous, only for GET', async () => {
    const res = await t.server.inject({
      method: 'GET',
      url: '/api/3/action/status_show?callback=cb',
    });
    expect(res.headers['content-type']).toBe('application/javascript;charset=utf-8');
    expect(res.body.startsWith('cb({"help":')).toBe(true);
    expect(res.body.endsWith(');')).toBe(true);
  });

  it('imports many datasets at once and purges them for sysadmins only', async () => {
    const reader = t.app.opendata.systemReader('system:test');
    const prefix = uniqueCode('bulk');
    const result = await t.app.opendata.catalogue.importPackages(reader, [
      { name: `${prefix}-1`, title: 'นำเข้าหนึ่ง', owner_org: orgCode, tags: [{ name: 'นำเข้า' }] },
      { name: 'Bad Name', owner_org: orgCode },
      { name: `${prefix}-1`, owner_org: orgCode },
      {
        name: `${prefix}-2`,
        title: 'นำเข้าสอง',
        owner_org: orgCode,
        resources: [{ url: 'https://example.org/b.csv' }],
      },
    ]);
    expect(result.imported).toBe(2);
    expect(result.refused.map((r) => r.index)).toEqual([1, 2]);
    const found = await call('package_search', undefined, {
      query: `fq=name:${prefix}-*&facet.field=["tags"]`,
      token: null,
    });
    expect(found.body.result.count).toBe(2);
    expect(found.body.result.facets.tags).toEqual({ นำเข้า: 1 });
    const denied = await call('dataset_purge', { id: `${prefix}-1` });
    expect(denied.status).toBe(403);
    expect(
      await t.app.opendata.catalogue.purgePackages(reader, [`${prefix}-1`, `${prefix}-2`]),
    ).toBe(2);
    const gone = await call('package_show', undefined, { query: `id=${prefix}-2`, token: null });
    expect(gone.status).toBe(404);
  });
});
