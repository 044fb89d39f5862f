import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  getForm,
  newPerson,
  startTestApp,
  type TestApp,
  uniqueCode,
} from '../../test/support/app.ts';

/** The portal's pages over HTTP (no JavaScript), on the seeded demo catalogue. */
describe('open data portal pages', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ seed: true });
  });
  afterAll(async () => {
    await t?.stop();
  });

  const get = (url: string, cookie = '') =>
    t.server.inject({ method: 'GET', url, headers: { cookie } });

  async function post(url: string, cookie: string, fields: Record<string, string>, formUrl = url) {
    const form = await getForm(t, formUrl, cookie);
    return t.server.inject({
      method: 'POST',
      url,
      headers: { cookie: form.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: form.csrf, ...fields }).toString(),
    });
  }

  it('seeds at least 30 demo datasets loaded into the datastore', async () => {
    const list = await get('/api/3/action/package_list');
    const names: string[] = list.json().result;
    expect(names.length).toBeGreaterThanOrEqual(30);
    const pop = await get('/api/3/action/package_show?id=registered-population-province-2567');
    const resource = pop.json().result.resources[0];
    expect(resource.datastore_active).toBe(true);
    const rows = await get(
      `/api/3/action/datastore_search?resource_id=${resource.id}&limit=1&filters={"จังหวัด":"เชียงใหม่"}`,
    );
    expect(rows.json().result.total).toBe(1);
    expect(rows.json().result.records[0].รวม).toBe(1797000);
    // Seeding twice changes nothing.
    const before = pop.json().result;
    await t.app.seed();
    const after = (
      await get('/api/3/action/package_show?id=registered-population-province-2567')
    ).json().result;
    expect(after.id).toBe(before.id);
    expect(after.resources).toHaveLength(1);
  });

  it('searches in Thai with facets, without JavaScript', async () => {
    const res = await get(`/data?q=${encodeURIComponent('ฝุ่น')}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('pm25-daily-major-cities-2567-q1');
    expect(res.body).toMatch(/หน่วยงาน/);
    // Typed without the tone mark (ฝุ่น → ฝุน): found through the folded spelling.
    const folded = await get(`/data?q=${encodeURIComponent('ฝุน')}`);
    expect(folded.body).toContain('pm25-daily-major-cities-2567-q1');
    const budget = await get(`/data?q=${encodeURIComponent('งบประมาณรายจ่าย')}`);
    expect(budget.body).toContain('budget-by-ministry-2567');
    const facet = await get('/data?organization=pcd&res_format=CSV');
    expect(facet.body).toContain('air-quality-stations');
    expect(facet.body).not.toContain('budget-by-ministry-2567');
  });

  it('shows a dataset, previews a resource with a table and an SVG chart, and counts use', async () => {
    const before = (await t.app.opendata.usage('registered-population-province-2567')).views;
    const page = await get('/data/dataset/registered-population-province-2567');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('ประเภทชุดข้อมูล');
    expect(page.body).toContain('ข้อมูลสถิติ');
    expect((await t.app.opendata.usage('registered-population-province-2567')).views).toBe(
      before + 1,
    );
    const rid =
      /\/data\/dataset\/registered-population-province-2567\/resource\/([0-9a-f-]{36})/.exec(
        page.body,
      )?.[1];
    const preview = await get(`/data/dataset/registered-population-province-2567/resource/${rid}`);
    expect(preview.statusCode).toBe(200);
    expect(preview.body).toContain('<svg');
    expect(preview.body).toContain('<table>');
    expect(preview.body).toContain('กรุงเทพมหานคร');
    expect(preview.body).not.toMatch(/style="/);
    const dump = await get(`/datastore/dump/${rid}?bom=true`);
    expect(dump.body.startsWith('\uFEFF_id,')).toBe(true);
  });

  it('exports DCAT as JSON-LD and Turtle', async () => {
    const jsonld = await get('/data/dataset/budget-by-ministry-2567.jsonld');
    expect(jsonld.headers['content-type']).toMatch(/application\/ld\+json/);
    const doc = jsonld.json();
    expect(doc['@type']).toBe('dcat:Dataset');
    expect(doc['dcat:distribution']['dcat:downloadURL']['@id']).toMatch(
      /\/download\/budget-ministry-2567\.csv$/,
    );
    const ttl = await get('/data/dataset/budget-by-ministry-2567.ttl');
    expect(ttl.body).toContain('a dcat:Dataset');
    expect(ttl.body).toContain(
      'dct:title "งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2567 จำแนกตามกระทรวง"@th',
    );
    const catalog = await get('/data/catalog.jsonld');
    expect(catalog.json()['@type']).toBe('dcat:Catalog');
    expect((await get('/data/catalog.ttl')).body).toContain('a dcat:Catalog');
  });

  it('ranks popular datasets, summarises an organization and computes the awards', async () => {
    const popular = await get('/data/popular');
    expect(popular.body.indexOf('pm25-daily-major-cities-2567-q1')).toBeGreaterThan(0);
    const org = await get('/data/organization/pcd');
    expect(org.statusCode).toBe(200);
    expect(org.body).toContain('<svg');
    const year = new Date().getUTCFullYear();
    const awards = await get(`/data/awards/${year}`);
    expect(awards.statusCode).toBe(200);
    expect(awards.body).toContain('ชุดข้อมูลเปิดทรงคุณค่า');
    const be = await get(`/data/awards/${year + 543}`);
    expect(be.statusCode).toBe(301);
  });

  it('lets a signed-in person request data and vote once, and the agency answer', async () => {
    const citizen = await newPerson(t);
    const pcd = await t.app.orgs.findOrganizationByCode('pcd');
    const bad = await post('/data/requests', citizen.cookie, {
      title: '',
      organization_id: pcd!.id,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('กรุณาบอกว่าต้องการข้อมูลอะไร');
    const title = `ข้อมูลเสียงรบกวน ${uniqueCode('x')}`;
    const sent = await post('/data/requests', citizen.cookie, { title, organization_id: pcd!.id });
    expect(sent.statusCode).toBe(303);
    const id = /\/data\/requests\/([0-9a-f-]{36})/.exec(sent.headers.location as string)?.[1];
    const voter = await newPerson(t);
    await post(`/data/requests/${id}/vote`, voter.cookie, {}, `/data/requests/${id}`);
    await post(`/data/requests/${id}/vote`, voter.cookie, {}, `/data/requests/${id}`);
    const page = await get(`/data/requests/${id}`, voter.cookie);
    expect(page.body).toContain('2 คนต้องการ');
    expect(page.body).toContain('คุณโหวตแล้ว');
    const stranger = await post(
      `/data/requests/${id}/answer`,
      voter.cookie,
      { state: 'declined', answer: 'no' },
      `/data/requests/${id}`,
    );
    expect(stranger.statusCode).toBe(403);
    const agency = await newPerson(t, ['publisher'], pcd!.id);
    const answered = await post(
      `/data/requests/${id}/answer`,
      agency.cookie,
      { state: 'answered', answer: 'เปิดเผยแล้ว', dataset: 'air-quality-stations' },
      `/data/requests/${id}`,
    );
    expect(answered.statusCode).toBe(303);
    expect((await get(`/data/requests/${id}`)).body).toContain(
      '/data/dataset/air-quality-stations',
    );
  });

  it('lets a publisher create a dataset in the form, with errors shown in Thai', async () => {
    const publisher = await newPerson(t, ['publisher']);
    const bad = await post('/data/new', publisher.cookie, {
      title: '',
      name: 'Bad Name',
      owner_org: publisher.organizationId!,
      maintainer_email: 'not-an-email',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('กรุณากรอกชื่อชุดข้อมูล');
    expect(bad.body).toContain('ใช้ได้เฉพาะตัวอักษรภาษาอังกฤษตัวเล็ก');
    expect(bad.body).toContain('value="not-an-email"');
    const name = uniqueCode('form');
    const ok = await post('/data/new', publisher.cookie, {
      title: 'ชุดข้อมูลจากแบบฟอร์ม',
      name,
      owner_org: publisher.organizationId!,
      tag_string: 'ทดสอบ, แบบฟอร์ม',
      data_type: 'statistics',
      unit_of_measure: 'คน',
      first_year_of_data: '2020',
    });
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe(`/data/dataset/${name}/resource/new`);
    const shown = (await get(`/api/3/action/package_show?id=${name}`)).json().result;
    expect(shown.extras).toContainEqual({ key: 'first_year_of_data', value: '2563' });
    expect(shown.tags.map((x: { name: string }) => x.name)).toEqual(['ทดสอบ', 'แบบฟอร์ม']);
    const outsider = await newPerson(t);
    expect((await get('/data/new', outsider.cookie)).statusCode).toBe(403);
  });

  it('issues API tokens on a page and from the command line', async () => {
    const person = await newPerson(t, ['publisher']);
    const created = await post('/data/tokens', person.cookie, { name: 'script' });
    const token = /<code>([^<]+)<\/code>/.exec(created.body)?.[1];
    expect(token).toMatch(/^pratu_od_/);
    const org = (await t.app.orgs.findOrganization(person.organizationId!))!;
    const res = await t.server.inject({
      method: 'POST',
      url: '/api/3/action/package_create',
      headers: { authorization: token!, 'content-type': 'application/json' },
      payload: JSON.stringify({ name: uniqueCode('tok'), owner_org: org.code }),
    });
    expect(res.statusCode).toBe(200);
    const command = t.app.opendata.module.commands!.find((c) => c.name === 'opendata token')!;
    const lines: string[] = [];
    const code = await command.run(['--user', '1000300567896'], {
      config: t.app.config,
      database: t.app.database,
      out: (l) => lines.push(l),
      progress: () => {},
    });
    expect(code).toBe(0);
    const demo = await t.server.inject({
      method: 'POST',
      url: '/api/3/action/package_patch',
      headers: { authorization: lines[0]!, 'content-type': 'application/json' },
      payload: JSON.stringify({ id: 'unemployment-rate-region-quarterly', version: '2' }),
    });
    expect(demo.statusCode).toBe(200);
    expect(demo.json().result.version).toBe('2');
  });
});
