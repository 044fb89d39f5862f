import { it } from 'vitest';
import { startTestApp } from '../../test/support/app.ts';
import { parseSort } from './search-query.ts';

it('search profile', async () => {
  const t = await startTestApp();
  const app = t.app;
  const reader = app.opendata.systemReader('x');
  const existing = await app.opendata.catalogue.search(null, {
    q: '',
    fq: ['name:prof-*'],
    rows: 0,
    start: 0,
    sort: parseSort('name asc')!,
    facetFields: [],
    facetLimit: 0,
    facetMincount: 1,
    includePrivate: false,
    includeDrafts: false,
    includeDeleted: false,
  });
  if (existing.count < 10000) {
    const orgs: string[] = [];
    for (let i = 0; i < 20; i++)
      orgs.push(
        (
          await app.orgs.ensureOrganization({
            code: `prof-${i}`,
            kind: 'department',
            name_th: `หน่วยงาน ${i}`,
            name_en: `A ${i}`,
          })
        ).code,
      );
    const W = [
      'ประชากร',
      'งบประมาณ',
      'โรงเรียน',
      'โรงพยาบาล',
      'ฝุ่นละออง',
      'ปริมาณน้ำฝน',
      'นักท่องเที่ยว',
      'รายได้',
      'ครัวเรือน',
      'การว่างงาน',
      'ผู้สูงอายุ',
      'ขยะมูลฝอย',
      'ไฟฟ้า',
      'ถนน',
      'อุบัติเหตุ',
      'เกษตรกร',
      'ข้าว',
      'ยางพารา',
      'ประมง',
      'ป่าไม้',
      'น้ำประปา',
      'สาธารณสุข',
      'วัคซีน',
      'ภาษี',
      'การลงทุน',
    ];
    const dicts = Array.from({ length: 10000 }, (_, i) => ({
      name: `prof-${i}`,
      title: `${W[i % 25]}และ${W[(i * 7) % 25]} รายจังหวัด ปี ${2558 + (i % 10)}`,
      notes: `ชุดข้อมูล ${W[i % 25]} ชุดที่ ${i}`,
      owner_org: orgs[i % 20],
      tags: [{ name: W[i % 25]! }, { name: W[(i * 7) % 25]! }, { name: `ปี${2558 + (i % 10)}` }],
      resources: [{ url: `https://e.org/${i}.csv` }],
    }));
    const t0 = performance.now();
    await app.opendata.catalogue.importPackages(reader, dicts);
    console.log('import', ((performance.now() - t0) / 1000).toFixed(1), 's');
  }
  const shapes: Record<string, Parameters<typeof app.opendata.catalogue.search>[1]> = {};
  const base = {
    q: '',
    fq: [] as string[],
    rows: 10,
    start: 0,
    sort: parseSort('score desc, metadata_modified desc')!,
    facetFields: [] as string[],
    facetLimit: 50,
    facetMincount: 1,
    includePrivate: false,
    includeDrafts: false,
    includeDeleted: false,
  };
  shapes.all = { ...base };
  shapes.allFacets = {
    ...base,
    facetFields: ['organization', 'groups', 'tags', 'res_format', 'license_id'],
  };
  shapes.word = { ...base, q: 'ประชากร' };
  shapes.wordFacets = {
    ...base,
    q: 'โรงพยาบาล',
    facetFields: ['organization', 'tags', 'res_format', 'license_id'],
  };
  shapes.fq = { ...base, fq: ['organization:prof-3'], facetFields: ['tags', 'res_format'] };
  shapes.typo = { ...base, q: 'ฝุน' };
  for (const [name, o] of Object.entries(shapes)) {
    await app.opendata.catalogue.search(null, o);
    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      const s = performance.now();
      await app.opendata.catalogue.search(null, o);
      times.push(performance.now() - s);
    }
    times.sort((a, b) => a - b);
    console.log(name, 'median', times[7]!.toFixed(1), 'ms');
  }
  await t.stop();
}, 900_000);
