/**
 * The SQL half of Thai full-text search: turns the pure results of `thai-text.ts` into Kysely
 * fragments and a few small queries, so every module that searches (the service catalogue, later
 * the open-data portal) stores and queries the same way. Domain-free: callers name their tables
 * and columns (trusted identifiers from code, never user input).
 *
 * Storage, per record (docs/services-catalogue.md shows the catalogue's tables):
 *  - `search_vector tsvector`, built by `tsvectorSql(doc)`: for each weight A–D the exact and the
 *    folded tokens (thai-text.ts explains why both) under the 'simple' configuration, which does
 *    no stemming and no stop words, so Thai tokens pass through unchanged. GIN index. Its
 *    statistics target should be 0: with prefix queries the planner otherwise walks the column's
 *    most-common-element list for every query word, which cost 17 ms of planning per query on
 *    PGlite, more than running the query.
 *  - `rank_vector tsvector`: titles and keywords only (`searchIndexValues`), STORAGE PLAIN:
 *    ranking reads it for every matched row, and reading the full, compressed vector made
 *    ts_rank four times slower (decompression per row, measured on 5,000 services).
 *  - `search_trigram text` = `trigramText(...)`, GIN `gin_trgm_ops`, for "did you mean".
 *  - a vocabulary table (`refreshVocabulary`): every lexeme with the number of records holding
 *    it, and a GIN `gin_trgm_ops` index on the word. Query words are looked up there to weigh
 *    them (a word in half the records says little) and to repair typos: pg_trgm costs about a
 *    microsecond per Thai character (it classifies every multibyte character through the C
 *    library), so comparing a typo with each record's text is far too slow at thousands of rows,
 *    while comparing it with the short, distinct words of the vocabulary is cheap.
 *
 * Querying (`prepareTextSearch`, then the caller runs the stages it needs):
 *  1. 'all': every term must match (`allWordsSql`), ranked by ts_rank on the rank vector plus a
 *     small boost. Precise and cheap. (Not ts_rank_cd: its cover search took 0.25 ms per row for
 *     a query with synonym expansions, ten times ts_rank, 212 ms for one query on 858 rows.)
 *  2. When that finds too little: `termStatistics` (how many records hold each term),
 *     `findCorrections` (vocabulary words that look like the query's unknown words) and
 *     `withCorrections`; then 'all' again, and if that is still too little,
 *  3. 'any' (`anyWordsSql`): rows matching any informative term, ranked first by the share of
 *     the query's weight (inverse document frequency) they cover, so rows with every word still
 *     come first.
 *
 * Safety: tsquery strings are built here from lexemes that hold letters, marks and digits only
 * (`lexeme`), joined by & and | with parentheses; every value reaches PostgreSQL as a bound
 * parameter. An empty query (nothing
 * searchable left) must not be searched at all: `TextSearch.empty` says so.
 */
import { type Expression, type RawBuilder, sql } from 'kysely';
import type { Db } from '../db/database.ts';
import {
  foldThai,
  MAX_QUERY_LENGTH,
  MAX_TOKEN_LENGTH,
  MAX_TRIGRAM_TEXT_LENGTH,
  type ParsedQuery,
  parseQuery,
  type QueryTerm,
  type SearchDocument,
  type SearchWeight,
  toSearchDocument,
  type WeightedText,
} from './thai-text.ts';

const WEIGHTS: readonly SearchWeight[] = ['A', 'B', 'C', 'D'];

// NUL cannot be sent to PostgreSQL in a text parameter; other control characters mean nothing
// in a search box or an index. Both become spaces before anything else looks at the text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL_RE = /[\u0000-\u001F\u007F-\u009F]/g;
const NOT_TOKEN_CHAR_RE = /[^\p{L}\p{M}\p{N}]+/u;

/** Weights of ts_rank in PostgreSQL's order {D, C, B, A}: titles count most, bodies least. */
export const DEFAULT_RANK_WEIGHTS = [0.05, 0.2, 0.5, 1] as const;

// Storage.

/** The `tsvector` value of one document, as a Kysely fragment to put in an insert or update. */
export function tsvectorSql(doc: SearchDocument): RawBuilder<string> {
  const parts: RawBuilder<unknown>[] = [];
  for (const weight of WEIGHTS) {
    for (const tokens of [doc.words[weight], doc.folded[weight]]) {
      if (tokens === '') continue;
      parts.push(sql`setweight(to_tsvector('simple', ${tokens}), ${sql.lit(weight)})`);
    }
  }
  if (parts.length === 0) return sql<string>`''::tsvector`;
  return sql<string>`(${sql.join(parts, sql` || `)})`;
}

/**
 * The text for the trigram column: the fields of the given weights (default: all), folded
 * (`foldThai`: no tone marks, Latin lower case) but NOT segmented. `SearchDocument.trigramText`
 * joins segmented words with spaces instead; a typo moves the segmenter's word breaks
 * ('จดทะเบียนพานิชย์' splits as จด|ทะเบียน|พา|นิ|ชย์ while the document has พาณิช|ย), and pg_trgm
 * pads every space-separated word with boundary trigrams, so the two spellings then share few
 * trigrams. Unsegmented, a typo costs only the trigrams around the wrong letter. Measured on the
 * 165 demo services with 231 generated one-letter typos of their names and keywords: 221 found a
 * right service in the top 3 this way, 211 with segmented text.
 */
export function trigramText(
  fields: readonly WeightedText[],
  weights: readonly SearchWeight[] = WEIGHTS,
): string {
  const text = fields
    .filter((f) => weights.includes(f.weight))
    .map((f) => f.text)
    .join('\n');
  return cutAtSpace(foldThai(text.replace(CONTROL_RE, ' ')), MAX_TRIGRAM_TEXT_LENGTH);
}

function cutAtSpace(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const space = text.lastIndexOf(' ', maxLength);
  return text.slice(0, space > 0 ? space : maxLength);
}

/**
 * Longest token text of the rank vector, per spelling (exact, folded) and weight. Its column is
 * STORAGE PLAIN (never compressed or moved out of the row), so it must stay far below a page;
 * names and the first keywords are what ranking needs anyway.
 */
export const MAX_RANK_TEXT_LENGTH = 1000;

/**
 * The indexed values of a record, ready for an insert: the full vector, the rank vector (the
 * `rankWeights` part of the same document, default titles and keywords, capped) and the trigram
 * text. The text is segmented once for both vectors: segmenting is most of an import's time.
 */
export function searchIndexValues(
  fields: readonly WeightedText[],
  options: { trigramWeights?: readonly SearchWeight[]; rankWeights?: readonly SearchWeight[] } = {},
): { vector: RawBuilder<string>; rankVector: RawBuilder<string>; trigram: string } {
  const clean = fields.map((f) => ({ ...f, text: f.text.replace(CONTROL_RE, ' ') }));
  const doc = toSearchDocument(clean);
  const rankWeights = options.rankWeights ?? ['A', 'B'];
  const part = (tokens: SearchDocument['words']) => {
    const kept = { A: '', B: '', C: '', D: '' };
    for (const w of rankWeights) kept[w] = cutAtSpace(tokens[w], MAX_RANK_TEXT_LENGTH);
    return kept;
  };
  return {
    vector: tsvectorSql(doc),
    rankVector: tsvectorSql({ words: part(doc.words), folded: part(doc.folded), trigramText: '' }),
    trigram: trigramText(clean, options.trigramWeights),
  };
}

// Synonyms.

/**
 * The key under which a synonym is stored and looked up: folded (no tone marks, no dots, Latin
 * lower case) with every non-letter removed, the same key `parseQuery` computes for query words,
 * so 'ก.ย.ศ.', 'กยศ.' and 'กยศ' are one entry.
 */
export function synonymKey(term: string): string {
  return foldThai(term).split(NOT_TOKEN_CHAR_RE).join('');
}

/**
 * Merges synonym entries that share a key (several agencies, built-in and imported entries), in
 * the order given, without repeating an expansion. `parseQuery` keeps one list per folded key,
 * so entries must be merged before they are handed to it.
 */
export function mergeSynonyms(
  entries: Iterable<{ term: string; expansions: readonly string[] }>,
): Map<string, string[]> {
  const merged = new Map<string, string[]>();
  for (const entry of entries) {
    const key = synonymKey(entry.term);
    if (key === '') continue;
    const list = merged.get(key) ?? [];
    for (const expansion of entry.expansions) {
      if (!list.includes(expansion)) list.push(expansion);
    }
    merged.set(key, list);
  }
  return merged;
}

// Queries.

/** One ANDed unit of the query, with the ways it may match. */
export interface SearchTerm {
  term: QueryTerm;
  /** tsquery for this term alone: any of its spellings, expansions or corrections. */
  query: string;
  /** Each spelling as the lexemes (prefixes) that must all occur. */
  alternatives: string[][];
  /** Single-word spellings of 3+ characters, where a typo can be looked for. */
  typoSources: string[];
}

/** A search box query read once. */
export interface TextSearch {
  parsed: ParsedQuery;
  terms: SearchTerm[];
  /** Every term must match; '' when nothing searchable is left. */
  all: string;
  /** The query folded but not segmented, for pg_trgm (see `trigramText`). */
  trigram: string;
  /** Nothing searchable: do not query the text columns at all. */
  empty: boolean;
}

// A query's trigram text is compared with candidate rows; 200 characters is more than anyone
// types into a search box and keeps that comparison cheap.
const MAX_TRIGRAM_QUERY_LENGTH = 200;
// A typo is looked for only in words this long: shorter ones resemble too many words.
const MIN_TYPO_SOURCE_LENGTH = 3;

export function prepareTextSearch(
  q: string,
  synonyms: ReadonlyMap<string, readonly string[]>,
): TextSearch {
  const text = q.replace(CONTROL_RE, ' ').slice(0, MAX_QUERY_LENGTH);
  const parsed = parseQuery(text, synonyms);
  return build(parsed, foldThai(text));
}

function build(parsed: ParsedQuery, folded: string): TextSearch {
  const last = parsed.terms.length - 1;
  const terms = parsed.terms.map((t, i) => toSearchTerm(t, i === last)).filter((t) => t.query);
  const all = terms.map((t) => t.query).join(' & ');
  return {
    parsed,
    terms,
    all,
    trigram: all === '' ? '' : cutAtSpace(folded, MAX_TRIGRAM_QUERY_LENGTH),
    empty: all === '',
  };
}

/**
 * Words shorter than this are matched whole, not as prefixes (except in the last term, which the
 * person may still be typing). A GIN index answers a prefix by collecting the postings of every
 * word it starts, in full; for 'ที่' or 'การ' that is nearly every record, and three such prefixes
 * made one query take 60 ms on 5,000 services where whole words take 4 ms (the index then skips
 * through the frequent word's postings guided by the rare ones).
 */
export const MIN_PREFIX_LENGTH = 4;

function toSearchTerm(term: QueryTerm, isLast: boolean): SearchTerm {
  const own = [term.words, term.folded, term.foldedSegments, ...term.joined.map((j) => [j])];
  const clean = (spellings: string[][]) =>
    spellings
      .map((s) =>
        unique(
          s.map(lexeme).filter((w) => w !== ''),
          (w) => w,
        ),
      )
      .filter((s) => s.length > 0);
  const ownSpellings = clean(own);
  // Synonym expansions are whole words someone wrote down, never half-typed: matched whole.
  const expansions = clean(term.expansions);
  const render = (spelling: string[], prefixes: boolean) => {
    const words = spelling.map((w) =>
      prefixes && (isLast || [...w].length >= MIN_PREFIX_LENGTH) ? `${w}:*` : w,
    );
    return words.length === 1 ? (words[0] ?? '') : `(${words.join(' & ')})`;
  };
  const rendered = unique(
    [...ownSpellings.map((s) => render(s, true)), ...expansions.map((s) => render(s, false))],
    (r) => r,
  );
  const query = rendered.length <= 1 ? (rendered[0] ?? '') : `(${rendered.join(' | ')})`;
  const alternatives = unique([...ownSpellings, ...expansions], (a) => a.join(' '));
  const typoSources = unique(
    [term.foldedSegments.join(''), ...term.joined]
      .map(lexeme)
      .filter((w) => [...w].length >= MIN_TYPO_SOURCE_LENGTH),
    (w) => w,
  );
  return { term, query, alternatives, typoSources };
}

/**
 * A word as a tsquery lexeme: letters, combining marks and digits only, lower case, at most
 * MAX_TOKEN_LENGTH characters (thai-text.ts toSafeLexeme does the same for `toTsQuery`). That
 * removes every character the tsquery grammar gives a meaning to, whatever the input.
 */
function lexeme(word: string): string {
  return word
    .normalize('NFC')
    .toLowerCase()
    .split(NOT_TOKEN_CHAR_RE)
    .join('')
    .slice(0, MAX_TOKEN_LENGTH);
}

function unique<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The search with vocabulary words added as further spellings of some terms. */
export function withCorrections(
  search: TextSearch,
  corrections: ReadonlyArray<readonly string[]>,
): TextSearch {
  if (corrections.every((c) => c.length === 0)) return search;
  const parsed: ParsedQuery = {
    ...search.parsed,
    terms: search.terms.map((t, i) => ({
      ...t.term,
      expansions: [...t.term.expansions, ...(corrections[i] ?? []).map((w) => [w])],
    })),
  };
  return { ...build(parsed, ''), trigram: search.trigram };
}

// The vocabulary.

export interface VocabularyTables {
  /** The vocabulary table: (word text collate "C" primary key, documents int, title_documents int). */
  vocabulary: string;
  /** The searched table and its two vectors. */
  source: string;
  vector: string;
  titleVector: string;
}

const IDENTIFIER_RE = /^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?$/;

function identifier(name: string): string {
  // ts_stat takes its query as text, so the names are spliced; they come from code, and this
  // check keeps it that way.
  if (!IDENTIFIER_RE.test(name)) throw new Error(`Not a plain SQL identifier: ${name}`);
  return name;
}

/**
 * Rebuilds the vocabulary from the searched table, inside the caller's transaction: every lexeme
 * with the number of records holding it anywhere and in titles (`titleVector`). The empty word
 * holds the number of records, the denominator of every frequency. ts_stat reads every vector
 * once: about a second per 5,000 services on PostgreSQL. Call it in the transaction that changed
 * the records: it takes a transaction-level advisory lock.
 */
export async function refreshVocabulary(db: Db, tables: VocabularyTables): Promise<void> {
  const vocabulary = sql.raw(identifier(tables.vocabulary));
  const source = identifier(tables.source);
  const all = `select ${identifier(tables.vector)} from ${source}`;
  const titles = `select ${identifier(tables.titleVector)} from ${source}`;
  // Two imports committing at once would each delete and re-insert every word and collide on
  // the primary key; the lock makes the second wait, and its statements then see the first's.
  await sql`select pg_advisory_xact_lock(hashtext(${tables.vocabulary}))`.execute(db);
  await sql`delete from ${vocabulary}`.execute(db);
  await sql`insert into ${vocabulary} (word, documents, title_documents)
    select a.word, a.ndoc, coalesce(t.ndoc, 0)
    from ts_stat(${all}) a left join ts_stat(${titles}) t on t.word = a.word
    where a.word <> ''`.execute(db);
  await sql`insert into ${vocabulary} (word, documents, title_documents)
    select '', count(*), count(*) from ${sql.raw(source)}`.execute(db);
}

/**
 * Merges the pending lists of GIN indexes into their main structure (`gin_clean_pending_list`).
 * With fastupdate (PostgreSQL's default) inserted entries wait in a list that every search
 * reads from start to end; after importing 5,000 services a vocabulary look-up took 47 ms
 * instead of 0.3 ms until the list was merged. Autovacuum merges it eventually on PostgreSQL,
 * never on PGlite; writers of bulk data call this at the end of their transaction.
 */
export async function flushGinPendingLists(db: Db, indexes: readonly string[]): Promise<void> {
  for (const index of indexes) {
    await sql`select gin_clean_pending_list(${identifier(index)}::regclass)`.execute(db);
  }
}

export interface TermStatistics {
  /** Records searched. */
  total: number;
  /** Per term: about how many records it matches (an upper bound, at most `total`). */
  documents: number[];
  /** Per term and typo source: whether some lexeme starts with it. */
  known: Map<string, boolean>;
}

/**
 * How many records each term matches, from the vocabulary: a spelling matches at most as many
 * records as its rarest lexeme (prefixes summed over the words they start), a term at most the
 * sum over its spellings. One query, an index range scan per lexeme.
 */
export async function termStatistics(
  db: Db,
  vocabularyTable: string,
  search: TextSearch,
): Promise<TermStatistics> {
  const lexemes = [
    ...new Set(
      search.terms.flatMap((t) => [...t.alternatives.flat(), ...t.typoSources]).filter(Boolean),
    ),
  ];
  const vocabulary = sql.raw(identifier(vocabularyTable));
  const rows = await sql<{ prefix: string; documents: number }>`
    select p.prefix, coalesce((
      select sum(v.documents) from ${vocabulary} v
      where v.word collate "C" >= p.prefix collate "C"
        and v.word collate "C" < (p.prefix || chr(1114111)) collate "C"
    ), 0)::float8 as documents
    from unnest(cast(${lexemes} as text[])) as p(prefix)
    union all
    select '', coalesce((select documents from ${vocabulary} where word = ''), 0)::float8
  `.execute(db);
  const byPrefix = new Map(rows.rows.map((r) => [r.prefix, Number(r.documents)]));
  const total = byPrefix.get('') ?? 0;
  const documents = search.terms.map((t) => {
    const sum = t.alternatives.reduce(
      (n, alt) => n + Math.min(...alt.map((w) => byPrefix.get(w) ?? 0)),
      0,
    );
    return Math.min(total, sum);
  });
  const known = new Map(lexemes.map((w) => [w, (byPrefix.get(w) ?? 0) > 0]));
  return { total, documents, known };
}

/** Similarity a vocabulary word needs to stand in for a query word (pg_trgm `similarity`). */
export const CORRECTION_MIN_SIMILARITY = 0.4;
const CORRECTIONS_PER_WORD = 2;

/**
 * Vocabulary words (from titles) that look like the query's unknown words: for each term, its
 * single-word spellings that no lexeme starts with. 'ประกน' finds 'ประกัน', 'pasport' finds
 * 'passport'. Returns, per term, the words to add as further spellings.
 */
export async function findCorrections(
  db: Db,
  vocabularyTable: string,
  search: TextSearch,
  statistics: TermStatistics,
): Promise<string[][]> {
  const sources = [
    ...new Set(
      search.terms.flatMap((t) => t.typoSources.filter((w) => statistics.known.get(w) === false)),
    ),
  ];
  if (sources.length === 0) return search.terms.map(() => []);
  const vocabulary = sql.raw(identifier(vocabularyTable));
  // `%` uses pg_trgm.similarity_threshold (default 0.3) to pick candidates from the GIN index;
  // the stricter minimum is applied on top.
  const rows = await sql<{ source: string; word: string }>`
    select c.source, w.word
    from unnest(cast(${sources} as text[])) as c(source)
    cross join lateral (
      select v.word, similarity(v.word, c.source) as similarity
      from ${vocabulary} v
      where v.word % c.source and v.title_documents > 0 and v.word <> ''
      order by similarity desc, v.title_documents desc, v.word
      limit ${CORRECTIONS_PER_WORD}
    ) w
    where w.similarity >= ${CORRECTION_MIN_SIMILARITY}
  `.execute(db);
  const bySource = new Map<string, string[]>();
  for (const r of rows.rows) bySource.set(r.source, [...(bySource.get(r.source) ?? []), r.word]);
  return search.terms.map((t) => [...new Set(t.typoSources.flatMap((w) => bySource.get(w) ?? []))]);
}

// Stages.

export interface SearchColumns {
  /** The full tsvector, e.g. `sql.ref('s.search_vector')`. */
  vector: Expression<unknown>;
  /** The titles-and-keywords tsvector (STORAGE PLAIN), read for every matched row. */
  rankVector: Expression<unknown>;
  /** A per-row number added to the score; keep it small (0 to about 0.1). */
  boost?: Expression<unknown>;
}

export interface RankOptions {
  /** ts_rank weights {D, C, B, A}. */
  weights?: readonly [number, number, number, number];
  /** What covering the whole query is worth next to ts_rank (0..1). */
  coverageFactor?: number;
  /**
   * A tsquery (an earlier, stricter stage's `all`) whose matches in the rank vector go first:
   * when every word matched one service and a repaired spelling matches more, the one that
   * matched as typed still leads.
   */
  preferred?: string;
}

/**
 * The SQL of one stage: `with` is a common table expression to put first in the statement
 * (`with ${stage.with}, … select … where ${stage.where} order by ${stage.rank}`), holding every
 * tsquery of the stage parsed once. PGlite parses Thai text slowly (about 6 ms for a 40-letter
 * tsvector, 8 ms for a query with synonyms, against 1.5 ms for Latin: the text-search parser
 * classifies each multibyte character through the C library), and a query repeated in the
 * WHERE clause, the rank and the coverage terms was parsed once per appearance.
 */
export interface StageSql {
  with: RawBuilder<unknown>;
  where: RawBuilder<boolean>;
  rank: RawBuilder<number>;
}

const TSQUERY_CTE = 'search_tsqueries';

class TsQueries {
  private readonly texts: string[] = [];

  /** A reference to the parsed query: an init-plan value the GIN index can use. */
  ref(text: string): RawBuilder<unknown> {
    let index = this.texts.indexOf(text);
    if (index < 0) {
      index = this.texts.length;
      this.texts.push(text);
    }
    return sql.raw(`(select q${index} from ${TSQUERY_CTE})`);
  }

  cte(): RawBuilder<unknown> {
    const columns = this.texts.map(
      (text, i) => sql`to_tsquery('simple', ${text}) as ${sql.raw(`q${i}`)}`,
    );
    return sql`${sql.raw(TSQUERY_CTE)} as materialized (select ${sql.join(columns)})`;
  }
}

/**
 * A stage's SQL: rows matching `query`, ranked by the stage's coverage of the query's words, then
 * ts_rank on the rank vector, the preferred spelling and the columns' boost.
 */
function stageSql(
  queries: TsQueries,
  query: RawBuilder<unknown>,
  coverage: RawBuilder<unknown>,
  columns: SearchColumns,
  options: RankOptions,
): StageSql {
  const parts: RawBuilder<unknown>[] = [
    coverage,
    sql`ts_rank(${weightArray(options)}, ${columns.rankVector}, ${query}, 32)`,
    ...preferredSql(queries, columns, options),
  ];
  if (columns.boost) parts.push(sql`${columns.boost}`);
  return {
    with: queries.cte(),
    where: sql<boolean>`${columns.vector} @@ ${query}`,
    rank: sql<number>`(${sql.join(parts, sql` + `)})`,
  };
}

function preferredSql(
  queries: TsQueries,
  columns: SearchColumns,
  options: RankOptions,
): RawBuilder<unknown>[] {
  if (!options.preferred) return [];
  return [
    sql`case when ${columns.rankVector} @@ ${queries.ref(options.preferred)} then 1 else 0 end`,
  ];
}

function weightArray(options: RankOptions): RawBuilder<unknown> {
  const weights = options.weights ?? DEFAULT_RANK_WEIGHTS;
  return sql.raw(`'{${weights.map((w) => Number(w)).join(',')}}'::float4[]`);
}

/**
 * Every term must match. rank = coverageFactor + ts_rank(weights, rankVector, query, 32)
 * + boost; normalisation 32 maps ts_rank into 0..1. Not for an empty search.
 */
export function allWordsSql(
  search: TextSearch,
  columns: SearchColumns,
  options: RankOptions = {},
): StageSql {
  if (search.empty) throw new Error('allWordsSql: the search is empty; do not query');
  const queries = new TsQueries();
  const query = queries.ref(search.all);
  return stageSql(
    queries,
    query,
    sql`${sql.lit(options.coverageFactor ?? 2)}::float8`,
    columns,
    options,
  );
}

/** Share of the records at or above which a term is too common to select rows by itself. */
export const COMMON_TERM_SHARE = 0.5;

/**
 * Rows matching any informative term: one found in some record but in less than
 * COMMON_TERM_SHARE of them (all found terms when none is that rare). Each term weighs its
 * inverse document frequency, ln(1 + total / (1 + documents)), and
 *   rank = coverageFactor × (weight of the terms the row's titles hold / weight of all terms)
 *        + ts_rank(weights, rankVector, any informative term, 32) + boost.
 * Returns null when no term is found anywhere: nothing can match.
 */
export function anyWordsSql(
  search: TextSearch,
  statistics: TermStatistics,
  columns: SearchColumns,
  options: RankOptions = {},
): StageSql | null {
  const { total, documents } = statistics;
  const found = search.terms.filter((_, i) => (documents[i] ?? 0) > 0);
  if (found.length === 0) return null;
  const rare = search.terms.filter((_, i) => {
    const n = documents[i] ?? 0;
    return n > 0 && n < total * COMMON_TERM_SHARE;
  });
  const selecting = rare.length > 0 ? rare : found;
  const queries = new TsQueries();
  const query = queries.ref(selecting.map((t) => `(${t.query})`).join(' | '));
  const idf = search.terms.map((_, i) => Math.log(1 + total / (1 + (documents[i] ?? 0))));
  const totalWeight = idf.reduce((a, b) => a + b, 0) || 1;
  const hits = search.terms
    .map((t, i) => ({ t, w: idf[i] ?? 0, n: documents[i] ?? 0 }))
    .filter(({ n }) => n > 0)
    .map(
      ({ t, w }) =>
        sql`case when ${columns.rankVector} @@ ${queries.ref(t.query)} then ${sql.lit(w / totalWeight)}::float8 else 0 end`,
    );
  const coverage = sql`(${sql.join(hits, sql` + `)}) * ${sql.lit(options.coverageFactor ?? 2)}`;
  return stageSql(queries, query, coverage, columns, options);
}

/**
 * Runs the statements of one search in a transaction that forbids sequential scans. The planner
 * prices a sequential scan by pages, and the pages hold only pointers to the large, compressed
 * vectors; it cannot see that testing `@@` row by row decompresses each one. For prefix queries
 * it then preferred a sequential scan of 5,000 services (609 ms on PostgreSQL 15) to the GIN
 * index (under 10 ms). `set_config(…, true)` lasts until the end of the transaction only.
 * On PGlite keep every query of `work` on `trx`: the single connection is held until the end.
 */
export async function inSearchTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`select set_config('enable_seqscan', 'off', true)`.execute(trx);
    return work(trx);
  });
}

/** Word similarity of the query to a trigram column (0..1), for "did you mean" suggestions. */
export function trigramSimilaritySql(
  search: TextSearch,
  trigramColumn: Expression<unknown>,
): RawBuilder<number> {
  return sql<number>`word_similarity(${search.trigram}, ${trigramColumn})`;
}
