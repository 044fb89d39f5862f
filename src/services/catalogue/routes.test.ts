import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getForm, newPerson, type TestApp } from '../../../test/support/app.ts';
import type { ServiceRecord } from '../catalogue-data/validate.ts';
import { createCatalogue } from './index.ts';
import { type CatalogueTestApp, startAppWithCatalogue } from './testing.ts';

/** The catalogue over HTTP: pages (Thai by default, no JavaScript needed) and the JSON API. */
describe('catalogue pages and API', () => {
  let t: CatalogueTestApp;
  const get = (url: string, headers: Record<string, string> = {}) =>
    t.server.inject({ method: 'GET', url, headers });

  beforeAll(async () => {
    t = await startAppWithCatalogue({ seed: true });
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('shows the catalogue home: search box, life-event categories, popular services', async () => {
    const res = await get('/services');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<html lang="th"');
    expect(res.body).toContain('<h1>บริการภาครัฐ</h1>');
    expect(res.body).toMatch(/<form action="\/services\/search" method="get" role="search"/u);
    expect(res.body).toContain('href="/services/category/birth"');
    expect(res.body).toContain('บริการยอดนิยม');
    expect(res.body).toContain('href="/services/nhso-rights-check"');
  });

  it('searches without JavaScript: results with marked words, facets as links', async () => {
    const res = await get(`/services/search?q=${encodeURIComponent('ประกนสังคม')}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/พบ \d+ บริการ สำหรับ “ประกนสังคม”/u);
    expect(res.body).toContain('href="/services/sso-rights-check"');
    expect(res.body).toContain('<mark>');
    expect(res.body).toMatch(/href="\/services\/search\?q=[^"]*&amp;category=work"/u);
    expect(res.body).toContain('หมวดบริการ');
  });

  it('filters by category, agency and channel, and says which filter is on', async () => {
    const q = encodeURIComponent('ประกันสังคม');
    const res = await get(`/services/search?q=${q}&category=health`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('href="/services/sso-hospital-change"');
    expect(res.body).not.toContain('href="/services/sso-rights-check"');
    expect(res.body).toMatch(
      /<strong aria-current="true">สุขภาพและการรักษาพยาบาล \(\d+\)<\/strong>/u,
    );
    const byChannel = await t.catalogue.searchServices('', { channel: 'kiosk', limit: 50 });
    expect(byChannel.total).toBeGreaterThan(0);
    for (const s of byChannel.services) expect(s.channels).toContain('kiosk');
    const byAgency = await t.catalogue.searchServices('', { agency: 'sso', limit: 50 });
    expect(byAgency.services.every((s) => s.agency.code === 'sso')).toBe(true);
  });

  it('pages through results', async () => {
    const first = await get('/services/search?q=');
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain('rel="next"');
    const second = await get('/services/search?page=2');
    expect(second.body).toContain('<strong aria-current="page">หน้า 2</strong>');
    expect(second.body).toContain('rel="prev"');
    const beyond = await get('/services/search?page=999999999999');
    expect(beyond.statusCode).toBe(200);
  });

  it('helps when nothing is found', async () => {
    const res = await get(`/services/search?q=${encodeURIComponent('ฮฮฮฮ zzqqxx')}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('ไม่พบบริการที่ตรงกับ “ฮฮฮฮ zzqqxx”');
    expect(res.body).toContain('ตรวจการสะกด');
    expect(res.body).toContain('href="/services"');
  });

  it('never fails on hostile or malformed search input', async () => {
    const hostile = [
      `'&|!():*\\`,
      `"><script>alert(1)</script>`,
      "'; drop table services.catalogue_services; --",
      '%00%01',
      'ก'.repeat(5000),
      '%E0%B8',
      '%F0%9F%98%80 emoji',
    ];
    for (const q of hostile) {
      const page = await get(
        `/services/search?q=${encodeURIComponent(q)}&category=nope&agency=!!&channel=fax&page=abc`,
      );
      expect(page.statusCode, q).toBe(200);
      expect(page.body).not.toContain('<script>alert(1)</script>');
      const api = await get(`/api/services/search?q=${encodeURIComponent(q)}`);
      expect(api.statusCode, q).toBe(200);
    }
    const raw = await get('/services/search?q=%E0%B8%&q=second&q[]=x');
    expect(raw.statusCode).toBeLessThan(500);
  });

  it('shows a service with its channels, fee, documents and eligibility', async () => {
    const res = await get('/services/id-card-replacement');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h1>ทำบัตรประจำตัวประชาชนใหม่ กรณีบัตรหาย ชำรุด หรือเปลี่ยนชื่อ</h1>');
    expect(res.body).toContain('100 บาท');
    expect(res.body).toContain('เอกสารที่ต้องใช้');
    expect(res.body).toContain('ผู้มีสิทธิใช้บริการ');
    expect(res.body).toContain('ติดต่อที่สำนักงาน');
    expect(res.body).toMatch(
      /<a class="button" href="https:\/\/[^"]+" rel="noopener noreferrer">/u,
    );
  });

  it('shows the fee note, not "no fee", when the amount depends on the case', async () => {
    const bill = await get('/services/pea-electricity-bill');
    expect(bill.body).toContain('ชำระตามจำนวนเงินในใบแจ้งค่าไฟฟ้า');
    expect(bill.body).not.toContain('ไม่มีค่าธรรมเนียม');
    const free = await get('/services/elderly-allowance');
    expect(free.body).toContain('ไม่มีค่าธรรมเนียม');
  });

  it('links an internal e-service to its form when the e-services part is composed', async () => {
    const page = await get('/services/elderly-allowance');
    const service = await t.catalogue.findService('elderly-allowance');
    expect(service?.eService?.definitionCode).toBe('elderly-allowance-application');
    // The demo seed publishes this form, so the page links to it.
    const start = await t.catalogue.startUrl(service!);
    expect(start).toBe('/eservices/elderly-allowance-application/apply');
    expect(page.body).toContain(`href="${start}"`);
    const withForms = createCatalogue({
      ...t.app,
      eservices: { applyUrl: (code) => `/e-services/${code}/apply` },
    });
    expect(withForms.applyUrl(service!)).toBe('/e-services/elderly-allowance-application/apply');
    const external = await t.catalogue.findService('pea-electricity-bill');
    expect(withForms.applyUrl(external!)).toBe(external?.externalUrl);
  });

  it('offers no start link while the e-service is not taking applications', async () => {
    const service = (await t.catalogue.findService('elderly-allowance'))!;
    const open = new Set<string>();
    const withForms = createCatalogue({
      ...t.app,
      eservices: {
        applyUrl: (code) => `/eservices/${code}/apply`,
        findPublishedDefinition: async (code) => (open.has(code) ? { code } : null),
      },
    });
    expect(await withForms.startUrl(service)).toBeNull();
    open.add('elderly-allowance-application');
    expect(await withForms.startUrl(service)).toBe(
      '/eservices/elderly-allowance-application/apply',
    );
    const external = (await t.catalogue.findService('pea-electricity-bill'))!;
    expect(await withForms.startUrl(external)).toBe(external.externalUrl);
  });

  it('gives search results the same start link as the service itself', async () => {
    // disaster-relief names an e-service form no agency has published yet: no link anywhere.
    for (const code of ['elderly-allowance', 'disaster-relief']) {
      const one = (await get(`/api/services/${code}`)).json().service;
      const q = encodeURIComponent(one.name.th);
      const search = (await get(`/api/services/search?q=${q}`)).json();
      const found = search.results.find((r: { code: string }) => r.code === code);
      expect(found).toBeDefined();
      expect(found.applyUrl).toBe(one.applyUrl);
      if (code === 'disaster-relief') expect(found.applyUrl).toBeNull();
    }
  });

  it('speaks English when asked', async () => {
    const res = await get('/services/sso-rights-check', { cookie: 'lang=en' });
    expect(res.body).toContain('<html lang="en"');
    expect(res.body).toContain('<h1>Check social security rights</h1>');
    expect(res.body).toContain('<span lang="th">');
  });

  it('counts service page views', async () => {
    const before = (await t.catalogue.findService('thai-mooc'))?.popularity ?? 0;
    await get('/services/thai-mooc');
    expect((await t.catalogue.findService('thai-mooc'))?.popularity).toBe(before + 1);
  });

  it('answers 404 for unknown services and categories', async () => {
    for (const url of [
      '/services/no-such-service',
      '/services/BAD%20CODE',
      '/services/category/nope',
    ]) {
      expect((await get(url)).statusCode, url).toBe(404);
    }
    const api = await get('/api/services/no-such-service');
    expect(api.statusCode).toBe(404);
    expect(api.json().error.code).toBe('catalogue.service_not_found');
  });

  it('lists a category, most used first', async () => {
    const res = await get('/services/category/health');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h1>สุขภาพและการรักษาพยาบาล</h1>');
    const first = res.body.indexOf('/services/nhso-rights-check');
    const other = res.body.indexOf('/services/fda-product-check');
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(other);
  });

  it('answers the JSON search API', async () => {
    const res = await get(`/api/services/search?q=${encodeURIComponent('กยศ')}&limit=2`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.query).toBe('กยศ');
    expect(body.limit).toBe(2);
    expect(body.results).toHaveLength(2);
    expect(body.results[0].code).toMatch(/^student-loan/u);
    expect(body.results[0].name.th).toContain('กยศ');
    expect(body.results[0].url).toMatch(/^\/services\//u);
    expect(body.total).toBeGreaterThanOrEqual(2);
    expect(body.facets.categories[0]).toEqual({ value: 'education', count: expect.any(Number) });
    const page2 = await get(`/api/services/search?q=${encodeURIComponent('กยศ')}&limit=1&offset=1`);
    expect(page2.json().results[0].code).toBe(body.results[1].code);
    const filtered = await get('/api/services/search?category=tax&limit=50');
    expect(filtered.json().results.every((r: { category: string }) => r.category === 'tax')).toBe(
      true,
    );
  });

  it('refuses bad API parameters with a clear JSON error', async () => {
    for (const [query, field] of [
      ['limit=0', 'limit'],
      ['limit=51', 'limit'],
      ['limit=abc', 'limit'],
      ['offset=-1', 'offset'],
      ['offset=100000', 'offset'],
      ['category=nope', 'category'],
      ['channel=fax', 'channel'],
      ['agency=BAD!', 'agency'],
    ] as const) {
      const res = await get(`/api/services/search?${query}`);
      expect(res.statusCode, query).toBe(400);
      const { error } = res.json();
      expect(Object.keys(error.fields), query).toContain(field);
      expect(error.message.length).toBeGreaterThan(5);
    }
  });

  it('answers the service API in both languages', async () => {
    const res = await get('/api/services/mule-account-freeze');
    expect(res.statusCode).toBe(200);
    const { service } = res.json();
    expect(service.code).toBe('mule-account-freeze');
    expect(service.name.th).toContain('บัญชีม้า');
    expect(service.name.en).toMatch(/mule/iu);
    expect(service.agency.code).toBe('rtp');
    expect(Object.keys(service.fee).sort()).toEqual(['amountBaht', 'note']);
    expect(service.processingTime.text.th).toBeTruthy();
    expect(service.requiredDocuments.length).toBeGreaterThan(0);
  });
});

describe('agency synonyms page', () => {
  let t: CatalogueTestApp;
  const unique = randomUUID().slice(0, 8);
  const code = `syn-${unique}`;
  const word = `ทดสอบเส้นทาง${unique.replace(/\d/g, '')}`;
  let admin: Awaited<ReturnType<typeof newPerson>>;
  let orgCode = '';

  const post = async (url: string, cookie: string, form: Record<string, string>) => {
    const page = await getForm(t as unknown as TestApp, '/services/admin/synonyms', cookie);
    return t.server.inject({
      method: 'POST',
      url,
      headers: { cookie: page.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: page.csrf, ...form }).toString(),
    });
  };

  beforeAll(async () => {
    t = await startAppWithCatalogue({ seed: true });
    admin = await newPerson(t as unknown as TestApp, ['agency_admin']);
    const org = await t.app.orgs.findOrganization(admin.organizationId!);
    orgCode = org!.code;
    await t.catalogue.importServices('test', {
      services: [
        {
          code,
          name: { th: `บริการ${word}`, en: `Synonym test service ${unique}` },
          description: { th: 'บริการสำหรับทดสอบคำพ้อง', en: 'A service for testing synonyms' },
          agency: { code: orgCode, name: { th: 'หน่วยงานทดสอบ', en: 'Test agency' } },
          category: 'welfare',
          keywords: { th: [word], en: [] },
          channels: ['online'],
          fee: { amountBaht: 0 },
          processingTime: { text: { th: 'ทันที', en: 'At once' } },
          requiredDocuments: [],
          eligibility: { th: 'ทุกคน', en: 'Everyone' },
          externalUrl: 'https://www.example.go.th/',
        } satisfies ServiceRecord,
      ],
    });
  });
  afterAll(async () => {
    await t?.catalogue.removeServices('test', [code]);
    await t?.stop();
  });

  it('is only for signed-in agency staff with the right role', async () => {
    const anonymous = await t.server.inject({ method: 'GET', url: '/services/admin/synonyms' });
    expect(anonymous.statusCode).toBe(303);
    const citizen = await newPerson(t as unknown as TestApp);
    const refused = await t.server.inject({
      method: 'GET',
      url: '/services/admin/synonyms',
      headers: { cookie: citizen.cookie },
    });
    expect(refused.statusCode).toBe(403);
  });

  it('adds a synonym that leads to the agency’s own service, then deletes it', async () => {
    const term = `synterm${unique.replace(/\d/g, 'x')}`;
    const before = await t.server.inject({
      method: 'GET',
      url: `/api/services/search?q=${encodeURIComponent(term)}`,
    });
    expect(before.json().total).toBe(0);

    const saved = await post('/services/admin/synonyms', admin.cookie, {
      organization: admin.organizationId!,
      term,
      expansions: `${word}\nไม่มีอยู่จริงเลย`,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.body).toContain(`บันทึกคำพ้อง “${term}” แล้ว`);
    const found = await t.server.inject({
      method: 'GET',
      url: `/api/services/search?q=${encodeURIComponent(term)}`,
    });
    expect(found.json().results[0].code).toBe(code);

    const rows = await t.catalogue.listAgencySynonyms(admin.organizationId!);
    const row = rows.find((r) => r.term === term);
    expect(row?.expansions).toEqual([word, 'ไม่มีอยู่จริงเลย']);
    const deleted = await post('/services/admin/synonyms/delete', admin.cookie, {
      organization: admin.organizationId!,
      id: row!.id,
    });
    expect(deleted.statusCode).toBe(200);
    expect(deleted.body).toContain(`ลบคำพ้อง “${term}” แล้ว`);
    expect(await t.catalogue.listAgencySynonyms(admin.organizationId!)).toEqual([]);
  });

  it('refuses a synonym that does not lead to the agency’s services, keeping what was typed', async () => {
    const res = await post('/services/admin/synonyms', admin.cookie, {
      organization: admin.organizationId!,
      term: 'ประกันสังคมของฉัน',
      expansions: 'ตรวจสอบสิทธิประกันสังคม',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('class="error-summary"');
    expect(res.body).toContain('ต้องค้นพบบริการของหน่วยงานคุณ');
    expect(res.body).toContain('value="ประกันสังคมของฉัน"');
    const empty = await post('/services/admin/synonyms', admin.cookie, {
      organization: admin.organizationId!,
      term: '',
      expansions: '',
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('กรุณากรอกคำที่ประชาชนพิมพ์');
    expect(empty.body).toContain('กรุณากรอกคำที่ขยายความอย่างน้อยหนึ่งคำ');
    expect(await t.catalogue.listAgencySynonyms(admin.organizationId!)).toEqual([]);
  });

  it('refuses forged posts and other agencies’ synonyms, changing nothing', async () => {
    const forged = await t.server.inject({
      method: 'POST',
      url: '/services/admin/synonyms',
      headers: { cookie: admin.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        organization: admin.organizationId!,
        term: 'ปลอม',
        expansions: word,
      }).toString(),
    });
    expect(forged.statusCode).toBe(403);
    const other = await newPerson(t as unknown as TestApp, ['service_designer']);
    const otherOrg = await post('/services/admin/synonyms', admin.cookie, {
      organization: other.organizationId!,
      term: 'ข้ามหน่วยงาน',
      expansions: word,
    });
    expect(otherOrg.statusCode).toBe(403);
    const missing = await post('/services/admin/synonyms/delete', admin.cookie, {
      organization: admin.organizationId!,
      id: randomUUID(),
    });
    expect(missing.statusCode).toBe(404);
    expect(await t.catalogue.listAgencySynonyms(admin.organizationId!)).toEqual([]);
  });
});
