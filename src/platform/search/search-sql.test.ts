import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../db/database.ts';
import {
  allWordsSql,
  anyWordsSql,
  findCorrections,
  flushGinPendingLists,
  inSearchTransaction,
  mergeSynonyms,
  prepareTextSearch,
  refreshVocabulary,
  type SearchColumns,
  type StageSql,
  searchIndexValues,
  synonymKey,
  termStatistics,
  trigramText,
  tsvectorSql,
  withCorrections,
} from './search-sql.ts';
import { toSearchDocument, type WeightedText } from './thai-text.ts';

// A real database (PGlite, or the PostgreSQL of DATABASE_URL) with a schema of its own, so the
// fragments are checked by PostgreSQL's parser and planner, never against strings.
let database: Database;
const schema = `search_sql_test_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
const docs = `${schema}.docs`;
const words = `${schema}.words`;

const records: Array<{ id: number; fields: WeightedText[] }> = [
  {
    id: 1,
    fields: [
      { text: 'ตรวจสอบสิทธิประกันสังคม', weight: 'A' },
      { text: 'ประกันสังคม สปส social security', weight: 'B' },
      { text: 'ผู้ประกันตนตรวจสอบสิทธิและเงินสมทบได้ทางออนไลน์', weight: 'C' },
    ],
  },
  {
    id: 2,
    fields: [
      { text: 'ลงทะเบียนขอรับเบี้ยยังชีพผู้สูงอายุ', weight: 'A' },
      { text: 'เบี้ยคนแก่ elderly allowance', weight: 'B' },
      { text: 'ผู้ที่อายุหกสิบปีขึ้นไปยื่นคำขอที่องค์กรปกครองส่วนท้องถิ่น', weight: 'C' },
    ],
  },
  {
    id: 3,
    fields: [
      { text: 'ทำหนังสือเดินทาง', weight: 'A' },
      { text: 'พาสปอร์ต passport', weight: 'B' },
      { text: 'ยื่นคำขอหนังสือเดินทางที่กรมการกงสุล ไม่เกี่ยวกับประกันสังคม', weight: 'C' },
    ],
  },
  {
    id: 4,
    fields: [
      { text: 'จดทะเบียนพาณิชย์', weight: 'A' },
      { text: 'ร้านค้า ขายของออนไลน์', weight: 'B' },
      { text: 'ผู้ประกอบการบุคคลธรรมดาจดทะเบียนพาณิชย์ภายในสามสิบวัน', weight: 'C' },
    ],
  },
  // Unrelated records, so that word frequencies mean something.
  ...['ขอใบอนุญาตก่อสร้างอาคาร', 'ชำระค่าน้ำประปา', 'แจ้งเกิด', 'จองตั๋วรถไฟ', 'ขอเลขที่บ้าน'].map(
    (name, i) => ({ id: 10 + i, fields: [{ text: name, weight: 'A' as const }] }),
  ),
];

const columns = (): SearchColumns => ({
  vector: sql.ref('d.search_vector'),
  rankVector: sql.ref('d.rank_vector'),
});

async function ids(stage: StageSql | null): Promise<number[]> {
  if (!stage) return [];
  const result = await inSearchTransaction(database.db, (trx) =>
    sql<{ id: number }>`with ${stage.with} select d.id from ${sql.raw(docs)} d
      where ${stage.where} order by ${stage.rank} desc, d.id`.execute(trx),
  );
  return result.rows.map((r) => Number(r.id));
}

beforeAll(async () => {
  database = await openDatabase({
    databaseUrl: process.env.DATABASE_URL ?? null,
    memory: true,
    poolSize: 2,
  });
  const { db } = database;
  await sql`create extension if not exists pg_trgm`.execute(db);
  await sql.raw(`create schema ${schema}`).execute(db);
  await sql
    .raw(`create table ${docs} (id int primary key, search_vector tsvector not null,
      rank_vector tsvector not null, search_trigram text not null)`)
    .execute(db);
  await sql.raw(`create index docs_search on ${docs} using gin (search_vector)`).execute(db);
  await sql
    .raw(`create table ${words} (word text collate "C" primary key, documents int not null,
      title_documents int not null)`)
    .execute(db);
  await sql.raw(`create index words_trigram on ${words} using gin (word gin_trgm_ops)`).execute(db);
  for (const r of records) {
    const v = searchIndexValues(r.fields, { trigramWeights: ['A', 'B'] });
    await sql`insert into ${sql.raw(docs)} values (${r.id}, ${v.vector}, ${v.rankVector}, ${v.trigram})`.execute(
      db,
    );
  }
  await db.transaction().execute(async (trx) => {
    await refreshVocabulary(trx, {
      vocabulary: words,
      source: docs,
      vector: 'search_vector',
      titleVector: 'rank_vector',
    });
    await flushGinPendingLists(trx, [`${schema}.docs_search`, `${schema}.words_trigram`]);
  });
});

afterAll(async () => {
  await sql.raw(`drop schema if exists ${schema} cascade`).execute(database.db);
  await database.close();
});

describe('storage', () => {
  it('builds a weighted tsvector with exact and folded tokens', async () => {
    const doc = toSearchDocument([
      { text: 'เบี้ยยังชีพ', weight: 'A' },
      { text: 'คำอธิบาย', weight: 'C' },
    ]);
    const row = await sql<{ v: string }>`select ${tsvectorSql(doc)}::text as v`.execute(
      database.db,
    );
    const text = row.rows[0]?.v ?? '';
    expect(text).toMatch(/'เบี้ย':\d+A/u);
    expect(text).toMatch(/'เบีย':\d+A/u);
    expect(text).toMatch(/'คำ':\d+C/u);
  });

  it('gives an empty vector for a document with no words', async () => {
    const row = await sql<{
      v: string;
    }>`select ${tsvectorSql(toSearchDocument([{ text: '!!! ...', weight: 'A' }]))}::text as v`.execute(
      database.db,
    );
    expect(row.rows[0]?.v).toBe('');
  });

  it('keeps the trigram text folded and unsegmented, from the chosen weights only', () => {
    const text = trigramText(
      [
        { text: 'เบี้ยยังชีพ ผู้สูงอายุ', weight: 'A' },
        { text: 'Elderly ALLOWANCE', weight: 'B' },
        { text: 'ไม่ควรอยู่', weight: 'C' },
      ],
      ['A', 'B'],
    );
    expect(text).toBe('เบียยังชีพ ผูสูงอายุ elderly allowance');
  });
});

describe('synonyms', () => {
  it('keys a term however its dots, tone marks and case are written', () => {
    expect(synonymKey('ก.ย.ศ.')).toBe('กยศ');
    expect(synonymKey('กยศ.')).toBe('กยศ');
    expect(synonymKey('บัตร ปชช.')).toBe(synonymKey('บัตรปชช'));
    expect(synonymKey('PM2.5')).toBe('pm25');
    expect(synonymKey('!!!')).toBe('');
  });

  it('merges entries with the same key without repeating an expansion', () => {
    const merged = mergeSynonyms([
      { term: 'กยศ', expansions: ['กองทุนเงินให้กู้ยืมเพื่อการศึกษา'] },
      { term: 'ก.ย.ศ.', expansions: ['กองทุนเงินให้กู้ยืมเพื่อการศึกษา', 'student loan'] },
      { term: '...', expansions: ['ignored'] },
    ]);
    expect([...merged.keys()]).toEqual(['กยศ']);
    expect(merged.get('กยศ')).toEqual(['กองทุนเงินให้กู้ยืมเพื่อการศึกษา', 'student loan']);
  });
});

describe('the every-word stage', () => {
  it('finds Thai typed without spaces or tone marks, and ranks titles first', async () => {
    const search = prepareTextSearch('ประกันสังคม', new Map());
    expect(await ids(allWordsSql(search, columns()))).toEqual([1, 3]);
    const folded = prepareTextSearch('เบียยังชีพผูสูงอายุ', new Map());
    expect(await ids(allWordsSql(folded, columns()))).toEqual([2]);
  });

  it('matches the last word as a prefix, for people still typing', async () => {
    expect(await ids(allWordsSql(prepareTextSearch('หนังสือเดิ', new Map()), columns()))).toEqual([3]);
  });

  it('expands synonyms', async () => {
    const synonyms = mergeSynonyms([{ term: 'สปส', expansions: ['ประกันสังคม'] }]);
    const search = prepareTextSearch('ส.ป.ส.', synonyms);
    expect((await ids(allWordsSql(search, columns())))[0]).toBe(1);
  });

  it('refuses to build SQL for an empty search', () => {
    const search = prepareTextSearch('  !!! ', new Map());
    expect(search.empty).toBe(true);
    expect(() => allWordsSql(search, columns())).toThrow(/empty/);
  });
});

describe('the vocabulary', () => {
  it('counts records per word and the records in all', async () => {
    const rows = await sql<{ word: string; documents: number; title_documents: number }>`
      select word, documents, title_documents from ${sql.raw(words)}
      where word in ('', 'ประกัน', 'passport')`.execute(database.db);
    const byWord = new Map(rows.rows.map((r) => [r.word, r]));
    expect(Number(byWord.get('')?.documents)).toBe(records.length);
    expect(Number(byWord.get('ประกัน')?.documents)).toBe(2);
    expect(Number(byWord.get('ประกัน')?.title_documents)).toBe(1);
    expect(Number(byWord.get('passport')?.documents)).toBe(1);
  });

  it('estimates how many records each term matches', async () => {
    const search = prepareTextSearch('passport ประกัน xyzzy', new Map());
    const stats = await termStatistics(database.db, words, search);
    expect(stats.total).toBe(records.length);
    // 'ประกัน' is matched as a prefix: the words it starts (ประกัน, ประกันตน …) are summed, an
    // upper bound of the records it matches.
    expect(stats.documents[0]).toBe(1);
    expect(stats.documents[1]).toBeGreaterThanOrEqual(2);
    expect(stats.documents[1]).toBeLessThan(records.length);
    expect(stats.documents[2]).toBe(0);
  });

  it('repairs a typo from the words of titles and keywords', async () => {
    const search = prepareTextSearch('pasport', new Map());
    const stats = await termStatistics(database.db, words, search);
    expect(stats.documents).toEqual([0]);
    const corrections = await findCorrections(database.db, words, search, stats);
    expect(corrections[0]).toContain('passport');
    const corrected = withCorrections(search, corrections);
    expect(corrected.all).toContain('passport');
    expect(await ids(allWordsSql(corrected, columns()))).toEqual([3]);
  });

  it('repairs a Thai word the typo split into pieces', async () => {
    const search = prepareTextSearch('จดทะเบียนพานิชย์', new Map());
    expect(await ids(allWordsSql(search, columns()))).toEqual([]);
    const stats = await termStatistics(database.db, words, search);
    const corrections = await findCorrections(database.db, words, search, stats);
    expect(corrections.flat().some((w) => w.startsWith('พาณิช'))).toBe(true);
    const corrected = withCorrections(search, corrections);
    const stats2 = await termStatistics(database.db, words, corrected);
    expect((await ids(anyWordsSql(corrected, stats2, columns())))[0]).toBe(4);
  });

  it('ranks by the share of the query a record covers, in titles and keywords', async () => {
    // Record 1 names both words; record 3 mentions ประกันสังคม in its description only; the
    // unknown word matches nothing and selects nothing.
    const search = prepareTextSearch('ประกันสังคม social zzqq', new Map());
    const stats = await termStatistics(database.db, words, search);
    expect(stats.documents.at(-1)).toBe(0);
    const found = await ids(anyWordsSql(search, stats, columns()));
    expect(found).toEqual([1, 3]);
  });

  it('matches nothing when no word is known', async () => {
    const search = prepareTextSearch('qqqq zzzz', new Map());
    const stats = await termStatistics(database.db, words, search);
    expect(anyWordsSql(search, stats, columns())).toBeNull();
  });

  it('refuses table names that are not plain identifiers', async () => {
    const search = prepareTextSearch('passport', new Map());
    await expect(termStatistics(database.db, 'x; drop table y', search)).rejects.toThrow(
      /identifier/,
    );
    await expect(
      refreshVocabulary(database.db, {
        vocabulary: words,
        source: `${docs} d, pg_catalog.pg_class`,
        vector: 'search_vector',
        titleVector: 'rank_vector',
      }),
    ).rejects.toThrow(/identifier/);
  });
});

describe('hostile input', () => {
  // Every one of these must either be recognised as empty or run without a database error, in
  // every stage: tsquery syntax, quotes, backslashes, NUL and other control characters, SQL,
  // lone surrogates, huge input, and a thousand tiny words.
  const hostile = [
    '',
    '   ',
    `'&|!():*\\`,
    `สิทธิ' & !ประกัน | (สังคม`,
    `foo:*A & bar:B <-> baz <2> qux`,
    `'; drop table docs; --`,
    'a\u0000b\u0001c\u001f\u007f\u009f',
    '\uD800 lone \uDFFF surrogates',
    '𝓤𝓷𝓲𝓬𝓸𝓭𝓮 😀 emoji ﷺ',
    'ก'.repeat(20_000),
    'ประกันสังคม '.repeat(2_000),
    Array.from({ length: 1_000 }, (_, i) => `w${i}`).join(' '),
    '่้๊๋็์',
    'ๆๆๆ ฯฯฯ ฯลฯ',
    '%_\\%',
    'null undefined NaN',
  ];

  it.each(hostile.map((q) => [q.slice(0, 40), q]))('survives %j', async (_label, q) => {
    const search = prepareTextSearch(q, mergeSynonyms([{ term: 'ก', expansions: ['ข'] }]));
    if (search.empty) {
      expect(search.all).toBe('');
      return;
    }
    // Only lexemes (letters, marks, digits), the prefix mark and the & | ( ) grammar.
    expect(search.all).toMatch(/^[\p{L}\p{M}\p{N}:*&|() ]+$/u);
    await ids(allWordsSql(search, columns()));
    const stats = await termStatistics(database.db, words, search);
    const corrections = await findCorrections(database.db, words, search, stats);
    const corrected = withCorrections(search, corrections);
    await ids(allWordsSql(corrected, columns()));
    const stats2 = await termStatistics(database.db, words, corrected);
    await ids(anyWordsSql(corrected, stats2, columns()));
    await sql`select word_similarity(${search.trigram}, ${'x'})`.execute(database.db);
  });

  it('keeps planner settings inside the search transaction', async () => {
    const inside = await inSearchTransaction(database.db, async (trx) =>
      sql<{ v: string }>`select current_setting('enable_seqscan') as v`.execute(trx),
    );
    expect(inside.rows[0]?.v).toBe('off');
    const after = await sql<{
      v: string;
    }>`select current_setting('enable_seqscan') as v`.execute(database.db);
    expect(after.rows[0]?.v).toBe('on');
  });
});
