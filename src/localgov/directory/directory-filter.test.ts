import { describe, expect, it } from 'vitest';
import { DomainError } from '../../platform/errors.ts';
import { fieldMessages } from '../../platform/forms.ts';
import { toTsQuery } from '../../platform/search/thai-text.ts';
import { parseDirectoryFilter } from './directory-filter.ts';
import { baseNames, createSearchIndexer, parseDirectoryQuery, trigramQuery } from './search.ts';

function error(query: Record<string, string>): DomainError {
  try {
    parseDirectoryFilter(query);
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('parseDirectoryFilter', () => {
  it('reads filters, with empty values meaning "all"', () => {
    expect(parseDirectoryFilter({})).toEqual({ q: '', limit: 20, offset: 0 });
    expect(
      parseDirectoryFilter({ q: ' เชียงคาน ', province: '42', type: 'sao', region: '', page: '3' }),
    ).toEqual({ q: 'เชียงคาน', provinceCode: '42', type: 'sao', limit: 20, offset: 40 });
    expect(parseDirectoryFilter({ limit: '100', offset: '7800' })).toMatchObject({
      limit: 100,
      offset: 7800,
    });
  });

  it('names every bad parameter, with a message in both languages', () => {
    const e = error({ province: '99', type: 'village', region: 'mars', limit: '0', offset: '-1' });
    expect(e.status).toBe(400);
    expect(Object.keys(e.fields).sort()).toEqual(['limit', 'offset', 'province', 'region', 'type']);
    const th = fieldMessages(e, 'th');
    expect(th.province).toContain('99');
    expect(th.type).toContain('village');
    expect(fieldMessages(e, 'en').limit).toBe('limit must be a whole number from 1 to 100');
    expect(error({ limit: '101' }).fields.limit).toBe('localgov.filter_limit_invalid');
    expect(error({ page: 'x' }).fields.page).toBe('localgov.filter_page_invalid');
    expect(error({ q: 'ก'.repeat(501) }).fields.q).toBe('localgov.filter_query_too_long');
  });
});

describe('directory search text', () => {
  it('strips type titles for trigram matching, in Thai and English', () => {
    expect(
      baseNames({
        type: 'subdistrict_municipality',
        nameTh: 'เทศบาลตำบลเชียงคาน',
        nameEn: 'Chiang Khan Subdistrict Municipality',
      }),
    ).toEqual({ th: 'เชียงคาน', en: 'Chiang Khan' });
    expect(
      baseNames({
        type: 'bangkok',
        nameTh: 'กรุงเทพมหานคร',
        nameEn: 'Bangkok Metropolitan Administration',
      }).th,
    ).toBe('กรุงเทพมหานคร');
    expect(trigramQuery('เทศบาลตำบลเชียงคาร')).toBe('เชียงคาร');
    expect(trigramQuery('อบต.ป่าสะแค')).toBe('ปาสะแค');
    expect(trigramQuery('Chiang Kan Subdistrict Municipality')).toBe('chiang kan');
    expect(trigramQuery('อบต.')).toBe('');
    expect(trigramQuery('ab')).toBe('');
  });

  it('indexes names, code, short form and place, exact and folded', () => {
    const index = createSearchIndexer();
    const doc = index({
      code: '5720001',
      type: 'sao',
      nameTh: 'องค์การบริหารส่วนตำบลป่าสะแก',
      nameEn: 'Pa Sakae Subdistrict Administrative Organization',
      provinceCode: '72',
      districtCode: '7203',
    });
    expect(doc.words.A.split(' ')).toEqual(expect.arrayContaining(['ป่า', 'สะแก', 'pa', 'sakae']));
    expect(doc.folded.A.split(' ')).toContain('ปา');
    expect(doc.words.B).toBe('5720001 อบต');
    expect(doc.words.C.split(' ')).toContain('สุพรรณบุรี');
    expect(doc.trigramText).toBe('ปาสะแก pa sakae');
    // The short form in a query expands to the full title (a synonym), so both spellings find it.
    expect(toTsQuery(parseDirectoryQuery('อบต.ป่าสะแก'))).toContain('องค์การ');
  });
});
