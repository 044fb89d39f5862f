import { createHash } from 'node:crypto';
import type { Text } from '../../platform/i18n/index.ts';
import type { SearchWeight, WeightedText } from '../../platform/search/thai-text.ts';
import { findServiceCategory, type ServiceCategoryCode } from '../catalogue-data/categories.ts';
import type { ServiceChannel, ServiceRecord } from '../catalogue-data/validate.ts';

/** A service as the catalogue shows it: one import record plus what the catalogue adds. */
export interface CatalogueService {
  code: string;
  name: Text;
  description: Text;
  agency: { id: string; code: string; name: Text };
  category: ServiceCategoryCode;
  channels: ServiceChannel[];
  fee: { amountBaht: number; note: Text | null };
  processingTime: { days: number | null; text: Text };
  requiredDocuments: Text[];
  eligibility: Text;
  eService: { definitionCode: string } | null;
  externalUrl: string | null;
  keywords: { th: string[]; en: string[] };
  /** Views of the service page (plus the demo baseline); a small ranking boost. */
  popularity: number;
  updatedAt: Date;
}

/** What a list of services shows: search results, categories, popular services. */
export type ServiceSummary = Pick<
  CatalogueService,
  | 'code'
  | 'name'
  | 'description'
  | 'agency'
  | 'category'
  | 'channels'
  | 'eService'
  | 'externalUrl'
  | 'popularity'
>;

/**
 * Bumped whenever `searchFields` or the weights change: it is part of every record's hash, so the
 * next import re-indexes every service instead of reporting it unchanged.
 */
export const SEARCH_INDEX_VERSION = 2;

/**
 * Names and keywords, where people's words are: the weights of the rank vector and the trigram
 * text (search-sql.ts).
 */
export const TRIGRAM_WEIGHTS: readonly SearchWeight[] = ['A', 'B'];

/**
 * What is indexed, at which weight. Names (A) decide most; keywords (B) are the words people
 * actually type (abbreviations, informal words, English), so they count almost as much; the
 * description and the agency's names (C) give context; category labels (D) let 'ภาษี' or
 * 'health' also find the services filed there. Required documents and eligibility are left out:
 * nearly every service asks for the ID card, so indexing them made 'บัตร ปชช' match 3,371 of
 * 5,000 services instead of the few about ID cards.
 */
export function searchFields(record: ServiceRecord): WeightedText[] {
  const category = findServiceCategory(record.category);
  return [
    { text: record.name.th, weight: 'A' },
    { text: record.name.en, weight: 'A' },
    { text: record.keywords.th.join(' \n '), weight: 'B' },
    { text: record.keywords.en.join(' \n '), weight: 'B' },
    { text: record.description.th, weight: 'C' },
    { text: record.description.en, weight: 'C' },
    { text: record.agency.name.th, weight: 'C' },
    { text: record.agency.name.en, weight: 'C' },
    ...(category
      ? [
          { text: category.th, weight: 'D' as const },
          { text: category.en, weight: 'D' as const },
        ]
      : []),
  ];
}

/**
 * A stable digest of a record: the import compares it with the stored one to tell "unchanged"
 * from "updated". Object keys are sorted, so reordering keys in the file changes nothing.
 */
export function recordHash(record: ServiceRecord): string {
  return createHash('sha256')
    .update(`v${SEARCH_INDEX_VERSION}\n`)
    .update(canonicalJson(record))
    .digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * How the fee reads. docs/services.schema.json: `amountBaht` 0 with a note means the citizen pays
 * an amount that depends on the case (a bill, a tax, a fine), so the note is shown, never 'free'.
 */
export type FeeDisplay =
  | { kind: 'amount'; amountBaht: number; note: Text | null }
  | { kind: 'note'; note: Text }
  | { kind: 'none' };

export function feeDisplay(fee: CatalogueService['fee']): FeeDisplay {
  if (fee.amountBaht > 0) return { kind: 'amount', amountBaht: fee.amountBaht, note: fee.note };
  if (fee.note) return { kind: 'note', note: fee.note };
  return { kind: 'none' };
}

/**
 * A rank bonus from popularity: logarithmic, so the thousandth view counts far less than the
 * tenth, and at most about 0.1, far below one matched word, so popularity only orders rows the
 * text scores nearly tie (docs/services-catalogue.md).
 */
export const POPULARITY_BOOST_MAX = 0.1;
export const POPULARITY_SATURATION = 1_000_000;
