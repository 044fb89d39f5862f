import {
  parseQuery,
  toOrTsQuery,
  toSearchDocument,
  toTsQuery,
  type WeightedText,
} from '../platform/search/thai-text.ts';

/**
 * Thai search for the catalogue, with the shared segmenting and folding of
 * platform/search/thai-text.ts (the same mechanism as the service catalogue).
 */

/** What people type for data that agencies title differently. One-directional, like services'. */
export const openDataSynonyms: ReadonlyMap<string, readonly string[]> = new Map([
  ['ฝุ่น', ['pm25', 'pm2.5', 'คุณภาพอากาศ']],
  ['pm25', ['ฝุ่น', 'คุณภาพอากาศ']],
  ['pm2.5', ['ฝุ่น', 'คุณภาพอากาศ']],
  ['ฝน', ['ปริมาณน้ำฝน', 'rainfall']],
  ['rainfall', ['ปริมาณน้ำฝน']],
  ['นักท่องเที่ยว', ['การท่องเที่ยว', 'tourism']],
  ['tourism', ['การท่องเที่ยว', 'นักท่องเที่ยว']],
  ['ประชากร', ['population', 'ทะเบียนราษฎร']],
  ['population', ['ประชากร']],
  ['งบ', ['งบประมาณ', 'budget']],
  ['budget', ['งบประมาณ']],
  ['โรงเรียน', ['school', 'สถานศึกษา']],
  ['school', ['โรงเรียน', 'สถานศึกษา']],
  ['โรงพยาบาล', ['hospital', 'สถานพยาบาล']],
  ['hospital', ['โรงพยาบาล', 'สถานพยาบาล']],
  ['เตียง', ['เตียงผู้ป่วย', 'hospital beds']],
  ['สปสช', ['สำนักงานหลักประกันสุขภาพแห่งชาติ', 'nhso']],
  ['สสช', ['สำนักงานสถิติแห่งชาติ', 'nso']],
]);

export function datasetSearchDocument(fields: readonly WeightedText[]) {
  const doc = toSearchDocument(fields);
  return { words: doc.words, folded: doc.folded, trigram: doc.trigramText };
}

/** tsquery strings (AND, then OR as a fallback) and trigram text for a free-text query. */
export function datasetTextQuery(text: string): { and: string; or: string; trigram: string } {
  const parsed = parseQuery(text, openDataSynonyms);
  return { and: toTsQuery(parsed), or: toOrTsQuery(parsed), trigram: parsed.trigramText };
}
