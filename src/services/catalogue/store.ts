import { type Generated, type Kysely, type RawBuilder, sql } from 'kysely';
import type { Db } from '../../platform/db/database.ts';
import {
  findCorrections,
  flushGinPendingLists,
  refreshVocabulary,
  type SearchColumns,
  type StageSql,
  type TermStatistics,
  type TextSearch,
  termStatistics,
  trigramSimilaritySql,
} from '../../platform/search/search-sql.ts';
import type { ServiceCategoryCode } from '../catalogue-data/categories.ts';
import type { ServiceChannel } from '../catalogue-data/validate.ts';
import {
  type CatalogueService,
  POPULARITY_BOOST_MAX,
  POPULARITY_SATURATION,
  type ServiceSummary,
} from './service.ts';

/** The only file with SQL for the catalogue's tables (STYLE.md 3). */

interface ServiceTable {
  id: Generated<string>;
  code: string;
  name_th: string;
  name_en: string;
  description_th: string;
  description_en: string;
  agency_id: string;
  agency_code: string;
  agency_name_th: string;
  agency_name_en: string;
  category: string;
  channels: string[];
  fee_baht: string | number;
  fee_note_th: string | null;
  fee_note_en: string | null;
  processing_days: string | number | null;
  processing_text_th: string;
  processing_text_en: string;
  required_documents: unknown;
  eligibility_th: string;
  eligibility_en: string;
  eservice_definition_code: string | null;
  external_url: string | null;
  keywords_th: string[];
  keywords_en: string[];
  source_hash: string;
  search_vector: unknown;
  rank_vector: unknown;
  search_trigram: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

interface ViewsTable {
  service_id: string;
  views: number;
}

interface SynonymTable {
  id: Generated<string>;
  term: string;
  term_key: string;
  expansions: string[];
  source: 'builtin' | 'import' | 'agency';
  organization_id: string | null;
  created_by: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface CatalogueTables {
  'services.catalogue_services': ServiceTable;
  'services.catalogue_views': ViewsTable;
  'services.catalogue_synonyms': SynonymTable;
}

const t = (db: Db) => db as Kysely<CatalogueTables>;

const SERVICES = 'services.catalogue_services';

/** Every column a page or the API shows; never the index columns. */
const SERVICE_COLUMNS = [
  's.code',
  's.name_th',
  's.name_en',
  's.description_th',
  's.description_en',
  's.agency_id',
  's.agency_code',
  's.agency_name_th',
  's.agency_name_en',
  's.category',
  's.channels',
  's.fee_baht',
  's.fee_note_th',
  's.fee_note_en',
  's.processing_days',
  's.processing_text_th',
  's.processing_text_en',
  's.required_documents',
  's.eligibility_th',
  's.eligibility_en',
  's.eservice_definition_code',
  's.external_url',
  's.keywords_th',
  's.keywords_en',
  's.updated_at',
] as const;

/** The services with their page views (a left join: a service nobody viewed has none). */
function selectServices(db: Db) {
  return t(db)
    .selectFrom(`${SERVICES} as s`)
    .leftJoin('services.catalogue_views as v', 'v.service_id', 's.id')
    .select(SERVICE_COLUMNS)
    .select(sql<number>`coalesce(v.views, 0)`.as('popularity'));
}

/** The columns a search result shows (ServiceSummary); a service page shows them and more. */
type SummaryColumn =
  | 'code'
  | 'name_th'
  | 'name_en'
  | 'description_th'
  | 'description_en'
  | 'agency_id'
  | 'agency_code'
  | 'agency_name_th'
  | 'agency_name_en'
  | 'category'
  | 'channels'
  | 'eservice_definition_code'
  | 'external_url';

type ServiceRow = Pick<
  ServiceTable,
  | SummaryColumn
  | 'fee_baht'
  | 'fee_note_th'
  | 'fee_note_en'
  | 'processing_days'
  | 'processing_text_th'
  | 'processing_text_en'
  | 'required_documents'
  | 'eligibility_th'
  | 'eligibility_en'
  | 'keywords_th'
  | 'keywords_en'
> & { popularity: number | string; updated_at: Date };

function pair(th: string | null, en: string | null) {
  return th !== null && en !== null ? { th, en } : null;
}

function toService(row: ServiceRow): CatalogueService {
  return {
    code: row.code,
    name: { th: row.name_th, en: row.name_en },
    description: { th: row.description_th, en: row.description_en },
    agency: {
      id: row.agency_id,
      code: row.agency_code,
      name: { th: row.agency_name_th, en: row.agency_name_en },
    },
    category: row.category as ServiceCategoryCode,
    channels: row.channels as ServiceChannel[],
    fee: { amountBaht: Number(row.fee_baht), note: pair(row.fee_note_th, row.fee_note_en) },
    processingTime: {
      days: row.processing_days === null ? null : Number(row.processing_days),
      text: { th: row.processing_text_th, en: row.processing_text_en },
    },
    requiredDocuments: row.required_documents as CatalogueService['requiredDocuments'],
    eligibility: { th: row.eligibility_th, en: row.eligibility_en },
    eService:
      row.eservice_definition_code === null
        ? null
        : { definitionCode: row.eservice_definition_code },
    externalUrl: row.external_url,
    keywords: { th: row.keywords_th, en: row.keywords_en },
    popularity: Number(row.popularity),
    updatedAt: row.updated_at,
  };
}

/**
 * A page's services arrive as one JSON value of the search statement: on PGlite, decoding a
 * JSON text is far cheaper than its row protocol for a dozen columns (a separate query for ten
 * rows took 10 to 50 ms there, the JSON under one).
 */
type SummaryJson = Pick<ServiceTable, SummaryColumn> & {
  popularity: number | string;
  rank: number | string;
};

function toSummary(row: SummaryJson): ServiceSummary & { rank: number } {
  return {
    code: row.code,
    name: { th: row.name_th, en: row.name_en },
    description: { th: row.description_th, en: row.description_en },
    agency: {
      id: row.agency_id,
      code: row.agency_code,
      name: { th: row.agency_name_th, en: row.agency_name_en },
    },
    category: row.category as ServiceCategoryCode,
    channels: row.channels as ServiceChannel[],
    eService:
      row.eservice_definition_code === null
        ? null
        : { definitionCode: row.eservice_definition_code },
    externalUrl: row.external_url,
    popularity: Number(row.popularity),
    rank: Number(row.rank),
  };
}

/** Values of one row as the importer computes them; the search columns are SQL fragments. */
export interface ServiceValues {
  code: string;
  name_th: string;
  name_en: string;
  description_th: string;
  description_en: string;
  agency_id: string;
  agency_code: string;
  agency_name_th: string;
  agency_name_en: string;
  category: string;
  channels: string[];
  fee_baht: number;
  fee_note_th: string | null;
  fee_note_en: string | null;
  processing_days: number | null;
  processing_text_th: string;
  processing_text_en: string;
  required_documents: string;
  eligibility_th: string;
  eligibility_en: string;
  eservice_definition_code: string | null;
  external_url: string | null;
  keywords_th: string[];
  keywords_en: string[];
  source_hash: string;
  search_vector: RawBuilder<string>;
  rank_vector: RawBuilder<string>;
  search_trigram: string;
}

export async function findHashesByCodes(
  db: Db,
  codes: readonly string[],
): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await t(db)
    .selectFrom(SERVICES)
    .select(['code', 'source_hash'])
    .where('code', 'in', codes)
    .execute();
  return new Map(rows.map((r) => [r.code, r.source_hash]));
}

/**
 * Inserts or replaces services by code, in one statement; created_at and the views are kept.
 * The caller passes each code at most once (ON CONFLICT cannot touch a row twice).
 */
export async function upsertServices(db: Db, values: readonly ServiceValues[]): Promise<void> {
  if (values.length === 0) return;
  await t(db)
    .insertInto(SERVICES)
    .values([...values])
    .onConflict((oc) =>
      oc.column('code').doUpdateSet((eb) => {
        const excluded = <K extends keyof ServiceValues>(column: K) => eb.ref(`excluded.${column}`);
        return {
          name_th: excluded('name_th'),
          name_en: excluded('name_en'),
          description_th: excluded('description_th'),
          description_en: excluded('description_en'),
          agency_id: excluded('agency_id'),
          agency_code: excluded('agency_code'),
          agency_name_th: excluded('agency_name_th'),
          agency_name_en: excluded('agency_name_en'),
          category: excluded('category'),
          channels: excluded('channels'),
          fee_baht: excluded('fee_baht'),
          fee_note_th: excluded('fee_note_th'),
          fee_note_en: excluded('fee_note_en'),
          processing_days: excluded('processing_days'),
          processing_text_th: excluded('processing_text_th'),
          processing_text_en: excluded('processing_text_en'),
          required_documents: excluded('required_documents'),
          eligibility_th: excluded('eligibility_th'),
          eligibility_en: excluded('eligibility_en'),
          eservice_definition_code: excluded('eservice_definition_code'),
          external_url: excluded('external_url'),
          keywords_th: excluded('keywords_th'),
          keywords_en: excluded('keywords_en'),
          source_hash: excluded('source_hash'),
          search_vector: excluded('search_vector'),
          rank_vector: excluded('rank_vector'),
          search_trigram: excluded('search_trigram'),
          updated_at: sql`now()`,
        };
      }),
    )
    .execute();
}

export async function deleteServices(db: Db, codes: readonly string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const rows = await t(db)
    .deleteFrom(SERVICES)
    .where('code', 'in', codes)
    .returning('code')
    .execute();
  return rows.map((r) => r.code);
}

export async function findServiceByCode(db: Db, code: string): Promise<CatalogueService | null> {
  const row = await selectServices(db).where('s.code', '=', code).executeTakeFirst();
  return row ? toService(row) : null;
}

export async function countServices(db: Db): Promise<number> {
  const row = await t(db)
    .selectFrom(SERVICES)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Counts page views: the popularity that boosts a service's ranking. */
export async function incrementPopularity(db: Db, code: string, by = 1): Promise<void> {
  await sql`insert into services.catalogue_views (service_id, views)
    select id, ${by} from services.catalogue_services where code = ${code}
    on conflict (service_id) do update set views = catalogue_views.views + excluded.views`.execute(
    db,
  );
}

/** Raises a service's views to a baseline (the demo's starting popularity); never lowers them. */
export async function setBaselinePopularity(db: Db, code: string, views: number): Promise<void> {
  await sql`insert into services.catalogue_views (service_id, views)
    select id, ${views} from services.catalogue_services where code = ${code}
    on conflict (service_id) do update set views = greatest(catalogue_views.views, excluded.views)`.execute(
    db,
  );
}

export async function countByCategory(db: Db): Promise<Map<string, number>> {
  const rows = await t(db)
    .selectFrom(SERVICES)
    .select(['category', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('category')
    .execute();
  return new Map(rows.map((r) => [r.category, Number(r.n)]));
}

export interface ServiceFilters {
  category?: string | undefined;
  agency?: string | undefined;
  channel?: string | undefined;
}

export interface FacetCount {
  value: string;
  count: number;
  name?: { th: string; en: string };
}

export interface Facets {
  categories: FacetCount[];
  agencies: FacetCount[];
  channels: FacetCount[];
}

export interface SearchPage {
  services: Array<ServiceSummary & { rank: number }>;
  total: number;
  facets: Facets;
}

type FilterName = keyof ServiceFilters;

function filterSql(filters: ServiceFilters, skip?: FilterName): RawBuilder<boolean> {
  const parts: RawBuilder<unknown>[] = [];
  if (filters.category && skip !== 'category') parts.push(sql`category = ${filters.category}`);
  if (filters.agency && skip !== 'agency') parts.push(sql`agency_code = ${filters.agency}`);
  if (filters.channel && skip !== 'channel') {
    parts.push(sql`${filters.channel} = any(channels)`);
  }
  if (parts.length === 0) return sql<boolean>`true`;
  return sql<boolean>`(${sql.join(parts, sql` and `)})`;
}

function popularityBoost(): RawBuilder<number> {
  // ln(1 + views) / ln(1 + saturation) reaches 1 at the saturation and grows slowly past it.
  return sql<number>`least(ln(1 + coalesce(v.views, 0)) / ${sql.lit(Math.log(1 + POPULARITY_SATURATION))}, 1) * ${sql.lit(POPULARITY_BOOST_MAX)}`;
}

const VOCABULARY = 'services.catalogue_words';

/**
 * After services change: rebuilds the vocabulary and merges the GIN indexes' pending lists, in
 * the caller's transaction (search-sql.ts explains both).
 */
export async function refreshSearchIndexes(db: Db): Promise<void> {
  await refreshVocabulary(db, {
    vocabulary: VOCABULARY,
    source: SERVICES,
    vector: 'search_vector',
    titleVector: 'rank_vector',
  });
  await flushGinPendingLists(db, [
    'services.catalogue_services_search',
    'services.catalogue_services_trigram',
    'services.catalogue_words_trigram',
  ]);
}

export function termStatisticsOf(db: Db, search: TextSearch): Promise<TermStatistics> {
  return termStatistics(db, VOCABULARY, search);
}

export function correctionsOf(
  db: Db,
  search: TextSearch,
  statistics: TermStatistics,
): Promise<string[][]> {
  return findCorrections(db, VOCABULARY, search, statistics);
}

export function searchColumns(): SearchColumns {
  return {
    vector: sql.ref('s.search_vector'),
    rankVector: sql.ref('s.rank_vector'),
    boost: popularityBoost(),
  };
}

/**
 * One page of services matching `text` (every service, most popular first, when null), with the
 * total and the facet counts, in two statements: the first matches and ranks once (a
 * materialized CTE) and returns the page's ids, the total and the facets; the second reads the
 * page's rows. Each facet counts what its own filter would give: the category facet ignores the
 * chosen category but applies the other filters, so its links say how many results each choice
 * leads to.
 */
export async function searchServices(
  db: Db,
  text: StageSql | null,
  filters: ServiceFilters,
  page: { limit: number; offset: number },
): Promise<SearchPage> {
  const withText = text ? sql`${text.with},` : sql``;
  const textWhere = text?.where ?? sql<boolean>`true`;
  const rank = text?.rank ?? popularityBoost();
  const result = await sql<{
    page: SummaryJson[] | null;
    total: number;
    categories: FacetCount[] | null;
    agencies: Array<{ value: string; count: number; name_th: string; name_en: string }> | null;
    channels: FacetCount[] | null;
  }>`
    with ${withText} m as materialized (
      select s.id, s.code, s.category, s.agency_code, s.agency_name_th, s.agency_name_en,
        s.channels, coalesce(v.views, 0) as popularity, ${rank} as rank
      from services.catalogue_services s
        left join services.catalogue_views v on v.service_id = s.id
      where ${textWhere}
    )
    select
      (select json_agg(json_build_object(
          'code', s.code, 'name_th', s.name_th, 'name_en', s.name_en,
          'description_th', s.description_th, 'description_en', s.description_en,
          'agency_id', s.agency_id, 'agency_code', s.agency_code,
          'agency_name_th', s.agency_name_th, 'agency_name_en', s.agency_name_en,
          'category', s.category, 'channels', s.channels,
          'eservice_definition_code', s.eservice_definition_code,
          'external_url', s.external_url, 'popularity', p.popularity, 'rank', p.rank)
          order by p.rank desc, p.popularity desc, p.code)
        from (select id, rank, popularity, code from m where ${filterSql(filters)}
          order by rank desc, popularity desc, code
          limit ${page.limit} offset ${page.offset}) p
        join services.catalogue_services s on s.id = p.id) as page,
      (select count(*) from m where ${filterSql(filters)})::int as total,
      (select json_agg(x order by x.count desc, x.value) from (
        select category as value, count(*)::int as count from m
        where ${filterSql(filters, 'category')} group by category) x) as categories,
      (select json_agg(x order by x.count desc, x.value) from (
        select agency_code as value, min(agency_name_th) as name_th,
          min(agency_name_en) as name_en, count(*)::int as count from m
        where ${filterSql(filters, 'agency')} group by agency_code) x) as agencies,
      (select json_agg(x order by x.count desc, x.value) from (
        select c as value, count(*)::int as count from m, unnest(m.channels) as c
        where ${filterSql(filters, 'channel')} group by c) x) as channels
  `.execute(db);
  const f = result.rows[0];
  return {
    services: (f?.page ?? []).map(toSummary),
    total: Number(f?.total ?? 0),
    facets: {
      categories: f?.categories ?? [],
      agencies: (f?.agencies ?? []).map((a) => ({
        value: a.value,
        count: a.count,
        name: { th: a.name_th, en: a.name_en },
      })),
      channels: f?.channels ?? [],
    },
  };
}

/**
 * Services whose names and keywords look most like the query: "did you mean" when nothing was
 * found. `<%` takes its candidates from the trigram index with pg_trgm's default
 * word_similarity_threshold (0.6), so only close spellings are offered and the rows compared are
 * few (each comparison costs about a microsecond per character).
 */
export async function findSimilarServices(
  db: Db,
  search: TextSearch,
  limit: number,
): Promise<Array<{ code: string; name: { th: string; en: string }; similarity: number }>> {
  if (search.trigram === '') return [];
  const similarity = trigramSimilaritySql(search, sql.ref('s.search_trigram'));
  const rows = await t(db)
    .selectFrom(`${SERVICES} as s`)
    .leftJoin('services.catalogue_views as v', 'v.service_id', 's.id')
    .select(['s.code', 's.name_th', 's.name_en', similarity.as('similarity')])
    .where(sql<boolean>`${search.trigram} <% s.search_trigram`)
    .orderBy('similarity', 'desc')
    .orderBy(sql`coalesce(v.views, 0)`, 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    code: r.code,
    name: { th: r.name_th, en: r.name_en },
    similarity: Number(r.similarity),
  }));
}

// Synonyms.

export interface SynonymRow {
  id: string;
  term: string;
  term_key: string;
  expansions: string[];
  source: 'builtin' | 'import' | 'agency';
  organization_id: string | null;
  created_by: string;
  updated_at: Date;
}

export async function listSynonyms(
  db: Db,
  filter: { organizationId?: string | null } = {},
): Promise<SynonymRow[]> {
  let query = t(db)
    .selectFrom('services.catalogue_synonyms')
    .select([
      'id',
      'term',
      'term_key',
      'expansions',
      'source',
      'organization_id',
      'created_by',
      'updated_at',
    ])
    .orderBy('term_key');
  if (filter.organizationId === null) query = query.where('organization_id', 'is', null);
  else if (filter.organizationId !== undefined) {
    query = query.where('organization_id', '=', filter.organizationId);
  }
  return query.execute();
}

export async function findSynonym(
  db: Db,
  termKey: string,
  organizationId: string | null,
): Promise<SynonymRow | null> {
  let query = t(db)
    .selectFrom('services.catalogue_synonyms')
    .select([
      'id',
      'term',
      'term_key',
      'expansions',
      'source',
      'organization_id',
      'created_by',
      'updated_at',
    ])
    .where('term_key', '=', termKey);
  query =
    organizationId === null
      ? query.where('organization_id', 'is', null)
      : query.where('organization_id', '=', organizationId);
  return (await query.executeTakeFirst()) ?? null;
}

export async function insertSynonym(
  db: Db,
  row: Omit<SynonymRow, 'id' | 'updated_at'>,
): Promise<void> {
  await t(db).insertInto('services.catalogue_synonyms').values(row).execute();
}

export async function updateSynonym(
  db: Db,
  id: string,
  changes: { term: string; expansions: string[]; source: SynonymRow['source']; created_by: string },
): Promise<void> {
  await t(db)
    .updateTable('services.catalogue_synonyms')
    .set({ ...changes, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

export async function deleteSynonym(
  db: Db,
  id: string,
  organizationId: string,
): Promise<SynonymRow | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const row = await t(db)
    .deleteFrom('services.catalogue_synonyms')
    .where('id', '=', id)
    .where('organization_id', '=', organizationId)
    .returning([
      'id',
      'term',
      'term_key',
      'expansions',
      'source',
      'organization_id',
      'created_by',
      'updated_at',
    ])
    .executeTakeFirst();
  return row ?? null;
}
