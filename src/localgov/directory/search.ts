/**
 * What the directory indexes for search and how it reads a search box query. The text rules are
 * the platform's (platform/search/thai-text.ts); this file chooses the fields and weights.
 *
 * Weights: A = the Thai and English names (people search for a name); B = the code and the
 * type's short form (อบต., ทต. ...); C = the district and province the office is in, so
 * "ป่าสะแก สุพรรณบุรี" narrows to the right one.
 *
 * Typo tolerance (pg_trgm) compares the query with the names *without* their type title, folded
 * and unsegmented: 'เชียงคาน chiang khan'. Two measured reasons (pg_trgm 1.6): with the segmented
 * full name ('เทศบาล ตำบล เชียงคาน …') the misspelt 'เชียงคาร' is split into 'เชียง คาร' and
 * scores 0.6 against every เชียง… name, Chiang Mai included; unsegmented against the base name it
 * scores 0.78 for เชียงคาน and 0.56 for เชียงใหม่. And the 2,000 names sharing a title would
 * otherwise all look alike to trigrams.
 */

import { findDistrictByCode, findProvinceByCode } from '../../orgs/index.ts';
import {
  foldThai,
  type ParsedQuery,
  parseQuery,
  type SearchDocument,
  toSearchDocument,
} from '../../platform/search/thai-text.ts';
import {
  LOCAL_ADMINISTRATION_TYPE_LABELS,
  LOCAL_ADMINISTRATION_TYPES,
  type LocalAdministrationType,
} from '../directory-data.ts';

export interface AdministrationSearchFields {
  code: string;
  type: LocalAdministrationType;
  nameTh: string;
  nameEn: string;
  provinceCode: string;
  districtCode: string;
}

/**
 * The short forms people type instead of the type titles, and the titles they stand for. Keys
 * are folded by parseQuery, so 'อบต.' and 'อบต' both match. English acronyms are the ones DLA's
 * own English documents use.
 */
export const DIRECTORY_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['อบจ', ['องค์การบริหารส่วนจังหวัด']],
  ['ทน', ['เทศบาลนคร']],
  ['ทม', ['เทศบาลเมือง']],
  ['ทต', ['เทศบาลตำบล']],
  ['อบต', ['องค์การบริหารส่วนตำบล']],
  ['กทม', ['กรุงเทพมหานคร']],
  ['อปท', ['องค์กรปกครองส่วนท้องถิ่น']],
  ['pao', ['provincial administrative organization']],
  ['sao', ['subdistrict administrative organization']],
  ['tao', ['subdistrict administrative organization']],
  ['bma', ['bangkok metropolitan administration']],
]);

/** The name without its type title: 'เทศบาลตำบลเชียงคาน' → 'เชียงคาน'. */
export function baseNames(a: Pick<AdministrationSearchFields, 'type' | 'nameTh' | 'nameEn'>) {
  const label = LOCAL_ADMINISTRATION_TYPE_LABELS[a.type];
  const special = a.type === 'bangkok' || a.type === 'pattaya';
  const th =
    !special && a.nameTh.startsWith(label.th) && a.nameTh.length > label.th.length
      ? a.nameTh.slice(label.th.length)
      : a.nameTh;
  const en =
    !special && a.nameEn.endsWith(` ${label.en}`)
      ? a.nameEn.slice(0, -label.en.length - 1)
      : a.nameEn;
  return { th: th.trim(), en: en.trim() };
}

/** The text the trigram index holds for one administration. */
export function trigramText(a: Pick<AdministrationSearchFields, 'type' | 'nameTh' | 'nameEn'>) {
  const base = baseNames(a);
  return `${foldThai(base.th)} ${base.en.toLowerCase()}`.trim();
}

function join(...parts: string[]): string {
  return parts.filter((p) => p !== '').join(' ');
}

/**
 * Builds search documents for many administrations. Names share their type titles and about
 * half share a base name with another (3,927 base names among the 7,850 seed rows), and all of
 * them share 878 districts, so each distinct piece is segmented once per import.
 */
export function createSearchIndexer() {
  const pieces = new Map<string, SearchDocument>();
  const piece = (text: string, weight: 'A' | 'B' | 'C'): SearchDocument => {
    const key = `${weight}\u0000${text}`;
    let doc = pieces.get(key);
    if (!doc) {
      doc = toSearchDocument([{ text, weight }]);
      pieces.set(key, doc);
    }
    return doc;
  };

  return (a: AdministrationSearchFields): SearchDocument => {
    const label = LOCAL_ADMINISTRATION_TYPE_LABELS[a.type];
    const base = baseNames(a);
    const thTitle = base.th === a.nameTh ? '' : label.th;
    const enTitle = base.en === a.nameEn ? '' : label.en;
    const names = [thTitle, base.th, base.en, enTitle].filter(Boolean).map((t) => piece(t, 'A'));
    const province = findProvinceByCode(a.provinceCode);
    const district = findDistrictByCode(a.districtCode);
    const place = piece(
      join(
        district?.nameTh ?? '',
        district?.nameEn ?? '',
        province?.nameTh ?? '',
        province?.nameEn ?? '',
      ),
      'C',
    );
    // The code is digits and the short form a single known token: no segmenting needed.
    const abbr = label.abbrTh.replaceAll('.', '');
    return {
      words: {
        A: join(...names.map((d) => d.words.A)),
        B: join(a.code, abbr),
        C: place.words.C,
        D: '',
      },
      folded: {
        A: join(...names.map((d) => d.folded.A)),
        B: join(a.code, foldThai(abbr)),
        C: place.folded.C,
        D: '',
      },
      trigramText: trigramText(a),
    };
  };
}

export function parseDirectoryQuery(q: string): ParsedQuery {
  return parseQuery(q, DIRECTORY_SYNONYMS);
}

// Type titles and short forms, folded, longest first, to take out of a typo query: a title is
// in thousands of names and says nothing about which one was meant.
const TITLE_WORDS: readonly string[] = [
  ...new Set([
    ...LOCAL_ADMINISTRATION_TYPES.filter((t) => t !== 'bangkok' && t !== 'pattaya').flatMap((t) => [
      foldThai(LOCAL_ADMINISTRATION_TYPE_LABELS[t].th),
    ]),
    'เทศบาล',
    'ตำบล',
  ]),
].sort((a, b) => b.length - a.length);
const SHORT_FORMS = new Set(['อบจ', 'ทน', 'ทม', 'ทต', 'อบต', 'อปท', 'pao', 'sao', 'tao']);
const ENGLISH_TITLE_RE =
  /\b(?:provincial administrative organi[sz]ation|subdistrict administrative organi[sz]ation|administrative organi[sz]ation|subdistrict municipality|town municipality|city municipality|municipality)\b/g;

/**
 * The folded query to compare with `trigramText`, type titles removed; '' when too little is
 * left to tell names apart (a trigram match on one or two letters is noise).
 */
export function trigramQuery(q: string): string {
  let text = foldThai(q.slice(0, 200)).replace(ENGLISH_TITLE_RE, ' ');
  for (const title of TITLE_WORDS) text = text.replaceAll(title, ' ');
  const words = text.split(/[\s.,;:()'"!?/\\-]+/u).filter((w) => w !== '' && !SHORT_FORMS.has(w));
  const result = words.join(' ');
  return result.replace(/\s/g, '').length >= 3 ? result : '';
}
