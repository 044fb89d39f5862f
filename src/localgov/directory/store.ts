import { type Generated, type Kysely, sql } from 'kysely';
import type { RegionCode } from '../../orgs/index.ts';
import type { Database, Db } from '../../platform/db/database.ts';
import type { SearchDocument } from '../../platform/search/thai-text.ts';
import type { LocalAdministrationType } from '../directory-data.ts';
import type { AdministrationInput, LocalAdministration } from './administrations.ts';
import { TYPE_RANK } from './administrations.ts';

interface AdministrationTable {
  id: Generated<string>;
  code: string;
  type: LocalAdministrationType;
  type_rank: number;
  name_th: string;
  name_en: string;
  province_code: string;
  district_code: string;
  region: RegionCode;
  address: string;
  phone: string;
  website: string | null;
  domain: string | null;
  organization_id: string | null;
  search_vector: string;
  search_trigram: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}
interface DirectoryImportTable {
  id: Generated<string>;
  at: Generated<Date>;
  actor: string;
  source: string;
  digest: string;
  rows_total: number;
  rows_inserted: number;
  rows_updated: number;
}
export interface DirectoryTables {
  'localgov.administrations': AdministrationTable;
  'localgov.directory_imports': DirectoryImportTable;
}

const t = (db: Db) => db as Kysely<DirectoryTables>;

const PUBLIC_COLUMNS = [
  'id',
  'code',
  'type',
  'name_th',
  'name_en',
  'province_code',
  'district_code',
  'region',
  'address',
  'phone',
  'website',
  'domain',
  'organization_id',
  'updated_at',
] as const;

type AdministrationRow = Pick<AdministrationTable, (typeof PUBLIC_COLUMNS)[number]> & {
  id: string;
  updated_at: Date;
};

function toAdministration(r: AdministrationRow): LocalAdministration {
  return {
    id: r.id,
    code: r.code,
    type: r.type,
    nameTh: r.name_th,
    nameEn: r.name_en,
    provinceCode: r.province_code,
    districtCode: r.district_code,
    region: r.region,
    address: r.address,
    phone: r.phone,
    website: r.website,
    domain: r.domain,
    organizationId: r.organization_id,
    updatedAt: r.updated_at,
  };
}

export async function findByCode(db: Db, code: string): Promise<LocalAdministration | null> {
  const row = await t(db)
    .selectFrom('localgov.administrations')
    .select(PUBLIC_COLUMNS)
    .where('code', '=', code)
    .executeTakeFirst();
  return row ? toAdministration(row as AdministrationRow) : null;
}

export async function findById(db: Db, id: string): Promise<LocalAdministration | null> {
  const row = await t(db)
    .selectFrom('localgov.administrations')
    .select(PUBLIC_COLUMNS)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toAdministration(row as AdministrationRow) : null;
}

export async function findByIds(db: Db, ids: readonly string[]): Promise<LocalAdministration[]> {
  if (ids.length === 0) return [];
  const rows = await t(db)
    .selectFrom('localgov.administrations')
    .select(PUBLIC_COLUMNS)
    .where('id', 'in', [...ids])
    .execute();
  return rows.map((r) => toAdministration(r as AdministrationRow));
}

export async function findByCodes(
  db: Db,
  codes: readonly string[],
): Promise<LocalAdministration[]> {
  if (codes.length === 0) return [];
  const rows = await t(db)
    .selectFrom('localgov.administrations')
    .select(PUBLIC_COLUMNS)
    .where('code', 'in', [...codes])
    .orderBy('type_rank')
    .orderBy('code')
    .execute();
  return rows.map((r) => toAdministration(r as AdministrationRow));
}

/** The administration whose registered domain is `domain` or a parent of it. */
export async function findByDomainOrParent(
  db: Db,
  domain: string,
): Promise<LocalAdministration | null> {
  const labels = domain.split('.');
  const candidates = labels.slice(0, -1).map((_, i) => labels.slice(i).join('.'));
  if (candidates.length === 0) return null;
  const row = await t(db)
    .selectFrom('localgov.administrations')
    .select(PUBLIC_COLUMNS)
    .where('domain', 'in', candidates)
    .orderBy(sql`length(domain)`, 'desc')
    .executeTakeFirst();
  return row ? toAdministration(row as AdministrationRow) : null;
}

export async function setOrganizationId(db: Db, code: string, organizationId: string) {
  await t(db)
    .updateTable('localgov.administrations')
    .set({ organization_id: organizationId })
    .where('code', '=', code)
    .execute();
}

export async function countAdministrations(db: Db): Promise<number> {
  const r = await t(db)
    .selectFrom('localgov.administrations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function countByCodes(db: Db, codes: readonly string[]): Promise<number> {
  if (codes.length === 0) return 0;
  const r = await t(db)
    .selectFrom('localgov.administrations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('code', 'in', [...codes])
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

// --- Search -------------------------------------------------------------------------------

export interface SearchFilter {
  provinceCode?: string | undefined;
  type?: LocalAdministrationType | undefined;
  region?: RegionCode | undefined;
  limit: number;
  offset: number;
}

export interface SearchQuery {
  /** `to_tsquery('simple', …)` text from thai-text.ts `toTsQuery`; '' for none. */
  tsQuery: string;
  /** The same, every lexeme restricted to weight A (the names). */
  namesTsQuery: string;
  /** Folded query text for `word_similarity`, used when the full-text query finds nothing. */
  trigramText: string;
}

function filters(filter: SearchFilter) {
  const parts = [sql`true`];
  if (filter.provinceCode) parts.push(sql`province_code = ${filter.provinceCode}`);
  if (filter.type) parts.push(sql`type = ${filter.type}`);
  if (filter.region) parts.push(sql`region = ${filter.region}`);
  return sql.join(parts, sql` and `);
}

const SELECT_LIST = sql.raw(
  `id, code, type, name_th, name_en, province_code, district_code, region, address, phone,
   website, domain, organization_id, updated_at`,
);

/**
 * Past this many full-text matches the query is a broad word (เทศบาล matches 2,472 names) and
 * relevance ranking means nothing: every name matches the same way. Such results come in
 * directory order, which the indexes serve without scoring thousands of rows.
 */
export const RANKED_MATCHES = 300;

/** pg_trgm word similarity a misspelt query needs to reach a name (see the typo branch). */
export const TYPO_THRESHOLD = 0.5;

/**
 * Directory search: full text first (every term must match, by prefix, Thai folded for tone
 * marks), ranked by where the words matched (names before places) and then by how fully the
 * name was typed; when that finds nothing in any name, names within trigram word similarity, for
 * typos. Without a query, the directory order (type, then code: province and district order).
 */
export async function searchAdministrations(
  db: Db,
  query: SearchQuery | null,
  filter: SearchFilter,
): Promise<{ total: number; rows: LocalAdministration[]; matchedBy: 'all' | 'text' | 'typo' }> {
  const where = filters(filter);
  const page = sql`limit ${filter.limit} offset ${filter.offset}`;
  const count = async (condition: ReturnType<typeof sql>) => {
    const r = await sql<{ n: number }>`select count(*) as n from localgov.administrations
      where ${condition} and ${where}`.execute(db);
    return Number(r.rows[0]?.n ?? 0);
  };
  const inDirectoryOrder = async (condition: ReturnType<typeof sql>, viaIndex = false) => {
    const [total, rows] = await Promise.all([
      viaIndex ? countViaIndex(db, condition, where) : count(condition),
      sql<AdministrationRow>`select ${SELECT_LIST} from localgov.administrations
        where ${condition} and ${where} order by type_rank, code ${page}`.execute(db),
    ]);
    return { total, rows: rows.rows.map((r) => toAdministration(r)) };
  };

  if (!query || (!query.tsQuery && !query.trigramText)) {
    return { ...(await inDirectoryOrder(sql`true`)), matchedBy: 'all' };
  }

  let placeOnly: LocalAdministration[] = [];
  if (query.tsQuery) {
    const q = sql`to_tsquery('simple', ${query.tsQuery})`;
    const matches = sql`search_vector @@ ${q}`;
    // One round trip for the usual, selective query: up to RANKED_MATCHES + 1 matches with
    // their scores, no ORDER BY so the scan stops there; ranked and paged here. Only a broad
    // word goes on to the directory order (an index scan that stops at the page) and a count.
    const probe = (
      await sql<
        AdministrationRow & { type_rank: number; rank: number; trigram: string; named: boolean }
      >`
        select ${SELECT_LIST}, type_rank, search_trigram as trigram,
          ts_rank(search_vector, ${q}) as rank,
          search_vector @@ to_tsquery('simple', ${query.namesTsQuery}) as named
        from localgov.administrations where ${matches} and ${where}
        limit ${RANKED_MATCHES + 1}`.execute(db)
    ).rows;
    if (probe.length > RANKED_MATCHES) {
      return { ...(await inDirectoryOrder(matches, true)), matchedBy: 'text' };
    }
    // Equal scores (a prefix matches หนองบัว and หนองบัวแดง alike): the name typed in full
    // first, then shorter names, nearer to what was typed. pg_trgm's similarity() would say
    // the same at 30 times the cost of ts_rank (measured: 9 ms against 0.3 ms for 300 rows).
    const typed = query.trigramText;
    const exact = (r: { trigram: string }) =>
      typed !== '' &&
      (r.trigram === typed || r.trigram.startsWith(`${typed} `) || r.trigram.endsWith(` ${typed}`))
        ? 1
        : 0;
    probe.sort(
      (x, y) =>
        y.rank - x.rank ||
        exact(y) - exact(x) ||
        x.trigram.length - y.trigram.length ||
        x.type_rank - y.type_rank ||
        (x.code < y.code ? -1 : x.code > y.code ? 1 : 0),
    );
    // Every word found in some name, or a whole word of a name typed and the rest found in its
    // district or province ('ป่าสะแก สุพรรณบุรี'): that is the answer. If the words met only
    // through a place and the start of some word ('chiang kan': 'chiang' in the district Chiang
    // Khan, 'kan' the start of the unrelated name Kanakabun), the query was more likely a
    // misspelt name: the names it nearly spells come first, those weak matches after them.
    const typedWords = typed.split(' ').filter((w) => w !== '');
    const wholeWord = (r: { trigram: string }) =>
      r.trigram.split(' ').some((w) => typedWords.includes(w));
    if (probe.some((r) => r.named || wholeWord(r)) || !typed) {
      const rows = probe.slice(filter.offset, filter.offset + filter.limit);
      return { total: probe.length, rows: rows.map((r) => toAdministration(r)), matchedBy: 'text' };
    }
    placeOnly = probe.map((r) => toAdministration(r));
  }
  if (!query.trigramText) return { total: 0, rows: [], matchedBy: 'text' };

  if (placeOnly.length === 0) {
    return { ...(await typoSearch(db, query.trigramText, where, filter)), matchedBy: 'typo' };
  }
  const typos = await typoSearch(db, query.trigramText, where, {
    limit: RANKED_MATCHES,
    offset: 0,
  });
  const seen = new Set(typos.rows.map((r) => r.id));
  const merged = [...typos.rows, ...placeOnly.filter((r) => !seen.has(r.id))];
  return {
    total: merged.length,
    rows: merged.slice(filter.offset, filter.offset + filter.limit),
    matchedBy: typos.rows.length > 0 ? 'typo' : 'text',
  };
}

/**
 * Counts the matches of a broad word through the full-text index. A third of the table matches
 * `เทศบาล`, so the planner prefers reading every row and testing each tsvector; the index answers
 * the same count 3.5 times faster (measured on PGlite: 17 ms against 4.9 ms; on PostgreSQL the
 * same order), so the sequential scan is switched off for this one transaction.
 */
async function countViaIndex(
  db: Db,
  condition: ReturnType<typeof sql>,
  where: ReturnType<typeof filters>,
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await sql`select set_config('enable_seqscan', 'off', true)`.execute(trx);
    const r = await sql<{ n: number }>`select count(*) as n from localgov.administrations
      where ${condition} and ${where}`.execute(trx);
    return Number(r.rows[0]?.n ?? 0);
  });
}

/**
 * Names within trigram word similarity of the query, for typos: pg_trgm's `<%` (word similarity
 * at least pg_trgm.word_similarity_threshold, served by the trigram index), the threshold set
 * for this transaction only. Measured on the seed names: one wrong letter in a short name scores
 * exactly 0.5 ('huei lek' for Huai Lek, 'ดอรเหล็ก' for ดอนเหล็ก), in a longer one more ('เชียงคาร'
 * 0.78 for เชียงคาน, 'chiang kan' 0.73); 0.6, the default, lost 11 of 120 benchmark queries.
 * Looser matches only rank lower: word similarity first (เชียงใหม่ scores 0.56 for 'เชียงคาร'),
 * then whole-string similarity (Chiang Khan 0.39 before Chiang Klang 0.33). Few rows pass, so
 * the window count is cheap.
 */
async function typoSearch(
  db: Db,
  text: string,
  where: ReturnType<typeof filters>,
  page: { limit: number; offset: number },
): Promise<{ total: number; rows: LocalAdministration[] }> {
  const close = sql`${text} <% search_trigram`;
  return db.transaction().execute(async (trx) => {
    await sql`select set_config('pg_trgm.word_similarity_threshold', ${String(TYPO_THRESHOLD)}, true)`.execute(
      trx,
    );
    const found = (
      await sql<AdministrationRow & { total: number }>`select ${SELECT_LIST},
          count(*) over () as total
        from localgov.administrations where ${close} and ${where}
        order by word_similarity(${text}, search_trigram) desc,
          similarity(${text}, search_trigram) desc, type_rank, code
        limit ${page.limit} offset ${page.offset}`.execute(trx)
    ).rows;
    let total = Number(found[0]?.total ?? 0);
    if (found.length === 0 && page.offset > 0) {
      const r = await sql<{ n: number }>`select count(*) as n from localgov.administrations
        where ${close} and ${where}`.execute(trx);
      total = Number(r.rows[0]?.n ?? 0);
    }
    return { total, rows: found.map((r) => toAdministration(r)) };
  });
}

// --- Bulk import ----------------------------------------------------------------------------

export interface StagedAdministration {
  line: number;
  value: AdministrationInput;
  search: SearchDocument;
}

const STAGING_COLUMNS = [
  'batch',
  'line',
  'code',
  'type',
  'type_rank',
  'name_th',
  'name_en',
  'province_code',
  'district_code',
  'region',
  'address',
  'phone',
  'website',
  'domain',
  'words_a',
  'folded_a',
  'words_b',
  'folded_b',
  'words_c',
  'folded_c',
  'trigram',
];

/** COPY's CSV format: NULL is an unquoted empty field, so every text value is quoted. */
function copyField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  return `"${value.replaceAll('"', '""')}"`;
}

function* stagingCsv(batch: string, rows: readonly StagedAdministration[]): Generator<string> {
  let chunk = '';
  for (const { line, value: a, search } of rows) {
    chunk += `${[
      batch,
      line,
      a.code,
      a.type,
      TYPE_RANK[a.type],
      a.nameTh,
      a.nameEn,
      a.provinceCode,
      a.districtCode,
      a.region,
      a.address,
      a.phone,
      a.website,
      a.domain,
      search.words.A,
      search.folded.A,
      search.words.B,
      search.folded.B,
      search.words.C,
      search.folded.C,
      search.trigramText,
    ]
      .map(copyField)
      .join(',')}\n`;
    if (chunk.length > 256 * 1024) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** Loads rows into the staging table with COPY (outside any transaction: its own connection). */
export async function stageRows(
  database: Database,
  batch: string,
  rows: readonly StagedAdministration[],
): Promise<void> {
  async function* source() {
    yield* stagingCsv(batch, rows);
  }
  await database.copyCsv('localgov.administration_staging', STAGING_COLUMNS, source());
}

/** Domains in the batch that another administration, not itself in the batch, already holds. */
export async function findDomainConflicts(db: Db, batch: string) {
  const r = await sql<{ line: number; code: string; domain: string; other_code: string }>`
    select s.line, s.code, s.domain, a.code as other_code
    from localgov.administration_staging s
    join localgov.administrations a on a.domain = s.domain and a.code <> s.code
    where s.batch = ${batch}
      and not exists (select 1 from localgov.administration_staging s2
                      where s2.batch = s.batch and s2.code = a.code)
    order by s.line`.execute(db);
  return r.rows;
}

/**
 * Inserts or updates every staged row of the batch in one statement, building the search
 * columns as thai-text.ts `SearchDocument` describes (exact and folded tokens of a weight share
 * one to_tsvector call: half the calls, and nothing here searches by word position).
 */
export async function upsertFromStaging(
  trx: Db,
  batch: string,
): Promise<{ inserted: number; updated: number; unchanged: number }> {
  // A domain moving from one administration to another in the same file would trip the unique
  // index half-way through the upsert; the rows whose domain changes let go of it first.
  await sql`update localgov.administrations a set domain = null
    from localgov.administration_staging s
    where s.batch = ${batch} and s.code = a.code and a.domain is distinct from s.domain`.execute(
    trx,
  );
  const r = await sql<{ inserted: boolean }>`
    insert into localgov.administrations as a (code, type, type_rank, name_th, name_en,
      province_code, district_code, region, address, phone, website, domain, search_vector,
      search_trigram)
    select code, type, type_rank, name_th, name_en, province_code, district_code, region,
      address, phone, website, domain,
      setweight(to_tsvector('simple', words_a || ' ' || folded_a), 'A')
      || setweight(to_tsvector('simple', words_b || ' ' || folded_b), 'B')
      || setweight(to_tsvector('simple', words_c || ' ' || folded_c), 'C'),
      trigram
    from localgov.administration_staging where batch = ${batch}
    on conflict (code) do update set
      type = excluded.type, type_rank = excluded.type_rank, name_th = excluded.name_th,
      name_en = excluded.name_en, province_code = excluded.province_code,
      district_code = excluded.district_code, region = excluded.region,
      address = excluded.address, phone = excluded.phone, website = excluded.website,
      domain = excluded.domain, search_vector = excluded.search_vector,
      search_trigram = excluded.search_trigram, updated_at = now()
    where (a.type, a.name_th, a.name_en, a.province_code, a.district_code, a.address, a.phone,
           a.website, a.domain, a.search_trigram)
      is distinct from
          (excluded.type, excluded.name_th, excluded.name_en, excluded.province_code,
           excluded.district_code, excluded.address, excluded.phone, excluded.website,
           excluded.domain, excluded.search_trigram)
       or a.search_vector <> excluded.search_vector
    returning (xmax = 0) as inserted`.execute(trx);
  const inserted = r.rows.filter((x) => x.inserted).length;
  const updated = r.rows.length - inserted;
  const staged = await sql<{ n: number }>`select count(*) as n
    from localgov.administration_staging where batch = ${batch}`.execute(trx);
  return { inserted, updated, unchanged: Number(staged.rows[0]?.n ?? 0) - r.rows.length };
}

/**
 * After a bulk load, VACUUM ANALYZE (outside any transaction, as VACUUM must be):
 * - GIN indexes take new entries into a pending list that every search scans linearly until it
 *   is merged (PostgreSQL docs, "GIN Fast Update Technique"); VACUUM merges it. Autovacuum would,
 *   eventually; PGlite has none. Measured on PGlite: a typo search 38 ms before, 0.2 ms after.
 * - The visibility map it sets lets counts by type or province read the index alone.
 * - Fresh statistics let the planner choose these indexes at all.
 */
export async function tidyAfterLoad(db: Db): Promise<void> {
  await sql`vacuum (analyze) localgov.administrations`.execute(db);
}

export async function deleteStaging(db: Db, batch: string): Promise<void> {
  await sql`delete from localgov.administration_staging where batch = ${batch}`.execute(db);
}

/** Staging rows of imports that died (an import takes seconds; an hour is far past that). */
export async function purgeStaleStaging(db: Db): Promise<void> {
  await sql`delete from localgov.administration_staging
    where created_at < now() - interval '1 hour'`.execute(db);
}

/** Administrations of the batch that already have an organization, to refresh its names. */
export async function listOrganizationsInBatch(db: Db, batch: string) {
  const r = await sql<{
    code: string;
    name_th: string;
    name_en: string;
    organization_id: string;
  }>`select a.code, a.name_th, a.name_en, a.organization_id
    from localgov.administrations a
    join localgov.administration_staging s on s.code = a.code and s.batch = ${batch}
    where a.organization_id is not null`.execute(db);
  return r.rows;
}

export async function recordImport(
  db: Db,
  entry: Omit<DirectoryImportTable, 'id' | 'at'>,
): Promise<void> {
  await t(db).insertInto('localgov.directory_imports').values(entry).execute();
}

export async function lastImport(db: Db, source: string) {
  return (
    (await t(db)
      .selectFrom('localgov.directory_imports')
      .selectAll()
      .where('source', '=', source)
      .orderBy('at', 'desc')
      .limit(1)
      .executeTakeFirst()) ?? null
  );
}

/** Directory counts by type, for the landing page. */
export async function countByType(db: Db) {
  const rows = await t(db)
    .selectFrom('localgov.administrations')
    .select(['type', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('type')
    .execute();
  return rows.map((r) => ({ type: r.type, count: Number(r.n) }));
}
