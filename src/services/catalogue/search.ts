import { MAX_QUERY_LENGTH } from '../../platform/search/thai-text.ts';
import { isServiceCategoryCode } from '../catalogue-data/categories.ts';
import { AGENCY_CODE_PATTERN, SERVICE_CHANNELS } from '../catalogue-data/validate.ts';
import type { ServiceFilters } from './store.ts';

/** Results per page on the search pages, and the API's default and largest `limit`. */
export const PAGE_SIZE = 10;
export const API_DEFAULT_LIMIT = 10;
export const API_MAX_LIMIT = 50;
/** Deep pages cost a sort of everything before them; nobody reads past the 50th. */
export const MAX_OFFSET = 500;

/**
 * When the every-word stage finds fewer than this many services, the any-word stage runs instead
 * (it ranks rows that have every word first, so nothing found by the first stage is lost). A
 * single typo often leaves one or two accidental every-word matches; three is what the query
 * table in search-quality.test.ts needed (docs/services-catalogue.md).
 */
export const MIN_ALL_WORDS_RESULTS = 3;

/** Suggestions on a page with no results: services whose names look like the query. */
export const SUGGESTION_LIMIT = 5;

export interface SearchParams {
  q: string;
  filters: ServiceFilters;
  limit: number;
  offset: number;
}

export interface ParamProblem {
  field: string;
  code: string;
}

function single(value: unknown): string {
  if (Array.isArray(value)) return single(value[value.length - 1]);
  return typeof value === 'string' ? value : '';
}

/**
 * Reads search parameters from a query string. Text is never an error (anything typed is a
 * query); a filter or paging value that cannot be right is reported, and left out, so a page can
 * still show results while the JSON API answers 400 with the problem.
 */
export function readSearchParams(
  query: unknown,
  options: { paging: 'page' | 'offset' },
): { params: SearchParams; problems: ParamProblem[] } {
  const raw = (query ?? {}) as Record<string, unknown>;
  const problems: ParamProblem[] = [];
  const q = single(raw.q).slice(0, MAX_QUERY_LENGTH).trim();
  const filters: ServiceFilters = {};
  const category = single(raw.category).trim();
  if (category !== '') {
    if (isServiceCategoryCode(category)) filters.category = category;
    else problems.push({ field: 'category', code: 'catalogue.unknown_category' });
  }
  const agency = single(raw.agency).trim();
  if (agency !== '') {
    if (agency.length <= 40 && AGENCY_CODE_PATTERN.test(agency)) filters.agency = agency;
    else problems.push({ field: 'agency', code: 'catalogue.unknown_agency' });
  }
  const channel = single(raw.channel).trim();
  if (channel !== '') {
    if ((SERVICE_CHANNELS as readonly string[]).includes(channel)) filters.channel = channel;
    else problems.push({ field: 'channel', code: 'catalogue.unknown_channel' });
  }

  let limit = options.paging === 'page' ? PAGE_SIZE : API_DEFAULT_LIMIT;
  let offset = 0;
  if (options.paging === 'offset') {
    const rawLimit = single(raw.limit).trim();
    if (rawLimit !== '') {
      const n = wholeNumber(rawLimit);
      if (n === null || n < 1 || n > API_MAX_LIMIT) {
        problems.push({ field: 'limit', code: 'catalogue.invalid_limit' });
      } else limit = n;
    }
    const rawOffset = single(raw.offset).trim();
    if (rawOffset !== '') {
      const n = wholeNumber(rawOffset);
      if (n === null || n > MAX_OFFSET) {
        problems.push({ field: 'offset', code: 'catalogue.invalid_offset' });
      } else offset = n;
    }
  } else {
    const n = wholeNumber(single(raw.page).trim());
    const pageNumber = n === null || n < 1 ? 1 : Math.min(n, lastPageNumber());
    offset = (pageNumber - 1) * PAGE_SIZE;
  }
  return { params: { q, filters, limit, offset }, problems };
}

function wholeNumber(text: string): number | null {
  if (!/^\d{1,9}$/.test(text)) return null;
  return Number(text);
}

function lastPageNumber(): number {
  return Math.floor(MAX_OFFSET / PAGE_SIZE) + 1;
}

/** The page numbers a pager shows: first, last and a window around the current page. */
export function pagerPages(current: number, last: number): Array<number | 'gap'> {
  const pages: Array<number | 'gap'> = [];
  for (let p = 1; p <= last; p += 1) {
    if (p === 1 || p === last || Math.abs(p - current) <= 2) pages.push(p);
    else if (pages[pages.length - 1] !== 'gap') pages.push('gap');
  }
  return pages;
}

/** The search URL with some parameters changed; empty values are left out. */
export function searchHref(
  base: { q: string; filters: ServiceFilters; page?: number },
  change: Partial<{ q: string; category: string; agency: string; channel: string; page: number }>,
): string {
  const values: Record<string, string> = {
    q: base.q,
    category: base.filters.category ?? '',
    agency: base.filters.agency ?? '',
    channel: base.filters.channel ?? '',
    page: base.page && base.page > 1 ? String(base.page) : '',
  };
  for (const [key, value] of Object.entries(change)) {
    values[key] = value === undefined ? '' : String(value);
  }
  if (values.page === '1') values.page = '';
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value !== '') query.set(key, value);
  const text = query.toString();
  return text === '' ? '/services/search' : `/services/search?${text}`;
}
