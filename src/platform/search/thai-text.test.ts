import { describe, expect, it } from 'vitest';
import type { ParsedQuery, SearchDocument } from './thai-text.ts';
import {
  foldThai,
  MAX_QUERY_TERMS,
  MAX_TOKEN_LENGTH,
  MAX_TRIGRAM_TEXT_LENGTH,
  normalizeThai,
  parseQuery,
  segmentWords,
  toOrTsQuery,
  toSearchDocument,
  toTsQuery,
} from './thai-text.ts';

// A small reader for the tsquery subset toTsQuery promises to emit: prefix lexemes made of
// letters, marks and digits, joined by & and | with parentheses. It throws on anything else, so
// it checks the output is well formed, and it evaluates a query against a document's lexemes
// the way `tsvector @@ tsquery` does for prefix lexemes, so matching can be tested without a
// database.
type Node = { kind: 'lexeme'; prefix: string } | { kind: 'and' | 'or'; children: Node[] };

function readTsQuery(query: string): Node {
  const tokens = query.match(/[\p{L}\p{M}\p{N}]+:\*|[&|()]|\S/gu) ?? [];
  let at = 0;
  const expect = (token: string): void => {
    if (tokens[at] !== token) throw new Error(`expected ${token} at ${at} in ${query}`);
    at += 1;
  };
  const readAtom = (): Node => {
    const token = tokens[at];
    if (token === '(') {
      at += 1;
      const inner = readOr();
      expect(')');
      return inner;
    }
    if (token !== undefined && /^[\p{L}\p{M}\p{N}]+:\*$/u.test(token)) {
      at += 1;
      return { kind: 'lexeme', prefix: token.slice(0, -2) };
    }
    throw new Error(`unexpected ${token ?? 'end'} at ${at} in ${query}`);
  };
  const readAnd = (): Node => {
    const children = [readAtom()];
    while (tokens[at] === '&') {
      at += 1;
      children.push(readAtom());
    }
    return children.length === 1 && children[0] ? children[0] : { kind: 'and', children };
  };
  const readOr = (): Node => {
    const children = [readAnd()];
    while (tokens[at] === '|') {
      at += 1;
      children.push(readAnd());
    }
    return children.length === 1 && children[0] ? children[0] : { kind: 'or', children };
  };
  const root = readOr();
  if (at !== tokens.length) throw new Error(`trailing ${tokens[at]} in ${query}`);
  return root;
}

function evaluate(node: Node, lexemes: readonly string[]): boolean {
  if (node.kind === 'lexeme') return lexemes.some((l) => l.startsWith(node.prefix));
  if (node.kind === 'and') return node.children.every((c) => evaluate(c, lexemes));
  return node.children.some((c) => evaluate(c, lexemes));
}

function lexemesOf(doc: SearchDocument): string[] {
  return [...Object.values(doc.words), ...Object.values(doc.folded)]
    .flatMap((s) => s.split(' '))
    .filter((s) => s !== '');
}

const NO_SYNONYMS = new Map<string, string[]>();

function finds(
  query: string,
  text: string,
  synonyms: ReadonlyMap<string, string[]> = NO_SYNONYMS,
): boolean {
  const tsquery = toTsQuery(parseQuery(query, synonyms));
  if (tsquery === '') return false;
  return evaluate(readTsQuery(tsquery), lexemesOf(toSearchDocument([{ text, weight: 'A' }])));
}

// Deterministic pseudo-random numbers (mulberry32), so a failing fuzz case can be replayed.
function makeRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOKEN_RE = /^[\p{L}\p{M}\p{N}]+$/u;

describe('segmentWords', () => {
  it('splits unspaced Thai into words', () => {
    const words = segmentWords('ตรวจสอบสิทธิประกันสังคม');
    expect(words.length).toBeGreaterThanOrEqual(3);
    expect(words.join('')).toBe('ตรวจสอบสิทธิประกันสังคม');
    expect(words).toContain('ประกัน');
    expect(words).toContain('สังคม');
  });

  it('keeps only words: no spaces, punctuation or empty tokens, Latin lower-cased', () => {
    const words = segmentWords('ยื่นแบบ ภ.ง.ด.90 ผ่านระบบ e-Filing (ออนไลน์) ได้ตลอด 24 ชั่วโมง!');
    for (const word of words) expect(word).toMatch(TOKEN_RE);
    expect(words).toContain('ภงด');
    expect(words).toContain('90');
    expect(words).toContain('filing');
    expect(words).toContain('24');
    expect(words).not.toContain('e-filing');
  });

  it('normalises to NFC and ignores invisible characters', () => {
    expect(segmentWords('Cafe\u0301')).toEqual(['café']);
    expect(segmentWords('เบี้ย\u200Bยังชีพ\uFEFF')).toEqual(segmentWords('เบี้ยยังชีพ'));
  });

  it('gives the same tokens for the spaced and unspaced mai yamok', () => {
    expect(segmentWords('เอกสารต่าง ๆ')).toEqual(segmentWords('เอกสารต่างๆ'));
  });

  it('never splits a word where a long text is cut into pieces', () => {
    const sentence = 'ผู้สูงอายุยื่นคำขอรับเบี้ยยังชีพได้ที่สำนักงานเขต ';
    const known = new Set(segmentWords(sentence));
    const words = segmentWords(sentence.repeat(400));
    expect(words.length).toBe(segmentWords(sentence).length * 400);
    for (const word of words) expect(known).toContain(word);
  });

  it('segments a 1 MB text, spaced or not', { timeout: 60_000 }, () => {
    const paragraph =
      'การขอรับเบี้ยยังชีพผู้สูงอายุ ผู้ที่มีอายุหกสิบปีบริบูรณ์ขึ้นไปยื่นคำขอได้ที่' +
      'องค์การบริหารส่วนตำบลหรือเทศบาลตามทะเบียนบ้าน Open Data ';
    const spaced = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    expect(spaced.length).toBeGreaterThanOrEqual(1_000_000);
    const words = segmentWords(spaced);
    expect(words.length).toBeGreaterThan(100_000);
    expect(words).toContain('เบี้ย');

    const unspaced = 'ขอรับเบี้ยยังชีพผู้สูงอายุ'.repeat(40_000);
    const unspacedWords = segmentWords(unspaced);
    expect(unspacedWords.join('')).toBe(unspaced);
  });
});

describe('normalizeThai', () => {
  it('repairs sara am typed as nikhahit + sara aa or with the tone mark after it', () => {
    expect(normalizeThai('น\u0E4D\u0E32')).toBe('นำ');
    expect(normalizeThai('น\u0E4D\u0E49\u0E32')).toBe('น้ำ');
    expect(normalizeThai('น\u0E33\u0E49')).toBe('น้ำ');
  });

  it('puts a tone mark typed before an upper vowel after it', () => {
    expect(normalizeThai('ก\u0E48\u0E35')).toBe('กี่');
    expect(normalizeThai('ที\u0E48\u0E48')).toBe('ที่');
  });

  it('joins dotted abbreviations and separates a dotted prefix from the next word', () => {
    expect(normalizeThai('พ.ร.บ.คอมพิวเตอร์')).toBe('พรบ คอมพิวเตอร์');
    expect(normalizeThai('จ.เชียงใหม่')).toBe('จ เชียงใหม่');
    expect(normalizeThai('ในพ.ศ.2567')).toBe('ใน พศ 2567');
    expect(normalizeThai('เดือนเม.ย.')).toBe('เดือน เมย');
  });
});

describe('foldThai', () => {
  it('makes text typed without tone marks equal to the correct spelling', () => {
    expect(foldThai('เบี้ยยังชีพผู้สูงอายุ')).toBe(foldThai('เบียยังชีพผูสูงอายุ'));
    expect(foldThai('เบี้ยยังชีพผู้สูงอายุ')).toBe('เบียยังชีพผูสูงอายุ');
  });

  it('treats wrong tone marks as no tone marks', () => {
    expect(foldThai('ใบอนุญาตก๊อสร๋าง')).toBe(foldThai('ใบอนุญาตก่อสร้าง'));
  });

  it('drops mai taikhu and thanthakhat but keeps the silenced consonant', () => {
    expect(foldThai('เป็น')).toBe('เปน');
    expect(foldThai('สิทธิ์')).toBe(foldThai('สิทธิ'));
    expect(foldThai('ศูนย์บริการ')).toBe('ศูนยบริการ');
  });

  it('strips abbreviation dots however the abbreviation was written', () => {
    for (const written of ['ก.ย.ศ.', 'ก.ย.ศ', 'กยศ.', 'กยศ']) expect(foldThai(written)).toBe('กยศ');
  });

  it('turns Thai digits into Arabic digits and lower-cases Latin', () => {
    expect(foldThai('ปี ๒๕๖๗ COVID-19')).toBe('ปี 2567 covid-19');
  });

  it('drops mai yamok and paiyannoi', () => {
    expect(foldThai('บ่อย ๆ')).toBe('บอย');
    expect(foldThai('บ่อยๆๆ')).toBe('บอย');
    expect(foldThai('กรุงเทพฯ')).toBe('กรุงเทพ');
  });

  it('does not merge different consonants', () => {
    expect(foldThai('ศาล')).not.toBe(foldThai('สาร'));
    expect(foldThai('ค่า')).not.toBe(foldThai('ข่า'));
  });
});

describe('toSearchDocument', () => {
  it('pools fields by weight, exact and folded tokens apart', () => {
    const doc = toSearchDocument([
      { text: 'รายละเอียดขั้นตอนการยื่นคำขอ', weight: 'C' },
      { text: 'ขอรับเบี้ยยังชีพผู้สูงอายุ', weight: 'A' },
      { text: 'สวัสดิการ', weight: 'B' },
    ]);
    expect(doc.words.A.split(' ')).toContain('เบี้ย');
    expect(doc.words.A.split(' ')).not.toContain('เบีย');
    expect(doc.folded.A.split(' ')).toContain('เบีย');
    expect(doc.words.B).toBe('สวัสดิการ');
    expect(doc.words.C.replaceAll(' ', '')).toBe('รายละเอียดขั้นตอนการยื่นคำขอ');
    expect(doc.words.D).toBe('');
    expect(doc.folded.D).toBe('');
  });

  it('emits only letter, mark and digit tokens', () => {
    const doc = toSearchDocument([
      { text: `ชื่อไฟล์ "ข้อมูล.csv" & 'ตาราง' (ปี ๒๕๖๗) :* !x | y`, weight: 'A' },
    ]);
    for (const token of lexemesOf(doc)) expect(token).toMatch(TOKEN_RE);
  });

  it('keeps written-together folded tokens joined for queries segmented differently', () => {
    const doc = toSearchDocument([{ text: 'ปริมาณน้ำฝนรายเดือน', weight: 'A' }]);
    expect(doc.folded.A.split(' ')).toContain('นำฝน');
  });

  it('builds folded trigram text with the heaviest fields first, within its cap', () => {
    const doc = toSearchDocument([
      { text: 'รายละเอียด '.repeat(2000), weight: 'D' },
      { text: 'ขอใบอนุญาตก่อสร้างอาคาร', weight: 'A' },
    ]);
    expect(doc.trigramText.startsWith('ขอ ใบ')).toBe(true);
    expect(doc.trigramText).not.toMatch(/[\u0E48-\u0E4B]/u);
    expect(doc.trigramText.length).toBeLessThanOrEqual(MAX_TRIGRAM_TEXT_LENGTH);
    expect(doc.trigramText.length).toBeGreaterThan(MAX_TRIGRAM_TEXT_LENGTH - 20);
  });
});

describe('parseQuery and toTsQuery', () => {
  const synonyms = new Map([
    ['กยศ', ['กองทุนเงินให้กู้ยืมเพื่อการศึกษา']],
    ['บัตรประชาชน', ['บัตรประจำตัวประชาชน']],
  ]);

  it('finds a correctly spelled document from a query without tone marks, and back', () => {
    const text = 'ขอรับเบี้ยยังชีพผู้สูงอายุ';
    expect(finds('เบียยังชีพผูสูงอายุ', text)).toBe(true);
    expect(finds('เบี้ยยังชีพ', text)).toBe(true);
    expect(finds('ผู้สูงอายุ', text)).toBe(true);
    expect(finds('เบี้ยยังชีพ', 'ขอรับเบียยังชีพ')).toBe(true);
    expect(finds('เบี้ยยังชีพคนพิการ', text)).toBe(false);
    expect(finds('บัตรประชาชน', text)).toBe(false);
  });

  it('finds documents whose folded text the segmenter splits differently', () => {
    expect(finds('เพือการศึกษา', 'ทุนเพื่อการศึกษา')).toBe(true);
    expect(finds('กอสราง', 'ใบอนุญาตก่อสร้างอาคาร')).toBe(true);
    expect(finds('นำฝน', 'ปริมาณน้ำฝนรายเดือน')).toBe(true);
  });

  it('matches words by prefix, for people still typing', () => {
    expect(finds('ประกันสัง', 'ตรวจสอบสิทธิประกันสังคม')).toBe(true);
    expect(finds('ตรวจสอบสิทธิ', 'ตรวจสอบสิทธิประกันสังคม')).toBe(true);
    expect(finds('ตรวจสอบสิทธิ', 'ตรวจสอบสถานะคำขอ')).toBe(false);
  });

  it('offers words written together as one word, but not across a space', () => {
    const glued = parseQuery('ประกันสัง', NO_SYNONYMS).terms;
    expect(glued.at(-1)?.joined).toContain('กันสัง');
    expect(glued.at(-1)?.joined).toContain('ประกันสัง');
    const spaced = parseQuery('ภาษี ที่ดิน', NO_SYNONYMS).terms;
    expect(spaced.length).toBeGreaterThanOrEqual(2);
    expect(spaced.flatMap((t) => t.joined).some((j) => j.startsWith('ภาษี'))).toBe(false);
  });

  it('expands an abbreviation to its segmented full name', () => {
    const parsed = parseQuery('กยศ.', synonyms);
    expect(parsed.terms).toHaveLength(1);
    const expansion = parsed.terms[0]?.expansions[0];
    expect(expansion?.join('')).toBe('กองทุนเงินให้กู้ยืมเพื่อการศึกษา');
    expect(expansion?.length).toBeGreaterThan(3);
    const query = toTsQuery(parsed);
    expect(query).toContain('กยศ:*');
    expect(query).toContain('ศึกษา:*');
    const fullName = 'กองทุนเงินให้กู้ยืมเพื่อการศึกษา';
    expect(finds('กยศ.', fullName, synonyms)).toBe(true);
    expect(finds('ก.ย.ศ.', fullName, synonyms)).toBe(true);
    expect(finds('กยศ.', fullName)).toBe(false);
  });

  it('looks up synonym keys that span several query words, written any way', () => {
    const parsed = parseQuery('ทำบัตรประชาชนใหม่', synonyms);
    const expanded = parsed.terms.filter((t) => t.expansions.length > 0);
    expect(expanded).toHaveLength(1);
    expect(expanded[0]?.words.join('')).toBe('บัตรประชาชน');
    expect(finds('ทำบัตรประชาชนใหม่', 'ทำบัตรประจำตัวประชาชนใหม่ กรณีบัตรหาย', synonyms)).toBe(true);
    const unfoldedKeys = new Map([['ก.ย.ศ.', ['กองทุนเงินให้กู้ยืมเพื่อการศึกษา']]]);
    expect(parseQuery('กยศ', unfoldedKeys).terms[0]?.expansions.length).toBeGreaterThan(0);
  });

  it('handles mixed Thai and English', () => {
    const query = toTsQuery(parseQuery('ต่ออายุ Passport ออนไลน์', NO_SYNONYMS));
    expect(query).toContain('passport:*');
    expect(readTsQuery(query).kind).toBe('and');
  });

  it('returns an empty query when nothing searchable is left', () => {
    for (const q of ['', '   ', '!!!', `'&|!():*\\`]) {
      expect(toTsQuery(parseQuery(q, synonyms))).toBe('');
      expect(toOrTsQuery(parseQuery(q, synonyms))).toBe('');
    }
  });

  it('never lets hostile input through as tsquery syntax', () => {
    const hostile = [
      `'&|!():*\\`,
      `สิทธิ' & !ประกัน | (สังคม`,
      `foo:*A & bar:B`,
      `a <-> b <2> c`,
      `'); DROP TABLE x; --`,
      `"quoted" 'single' \\'escaped\\'`,
      '((((((',
      '))))) & | !',
      'เบี้ย:*ยังชีพ&ผู้สูงอายุ|',
    ];
    for (const q of hostile) {
      const parsed = parseQuery(q, synonyms);
      for (const query of [toTsQuery(parsed), toOrTsQuery(parsed)]) {
        expect(query).not.toMatch(/[!'"\\<>-]/u);
        if (query !== '') expect(() => readTsQuery(query)).not.toThrow();
      }
    }
    expect(toTsQuery(parseQuery(`สิทธิ' & !ประกัน | (สังคม`, NO_SYNONYMS))).toBe(
      'สิทธิ:* & ประกัน:* & สังคม:*',
    );
  });

  it('stays well formed on random operator soup', () => {
    const alphabet = `'&|!():*\\<>-" \t\n@#;,./?~$กขเ้่ำๆฯ.a1๑`;
    const random = makeRandom(20240601);
    for (let n = 0; n < 2000; n += 1) {
      let q = '';
      const length = Math.floor(random() * 24);
      for (let k = 0; k < length; k += 1) q += alphabet[Math.floor(random() * alphabet.length)];
      const parsed = parseQuery(q, synonyms);
      for (const query of [toTsQuery(parsed), toOrTsQuery(parsed)]) {
        if (query !== '') expect(() => readTsQuery(query), JSON.stringify(q)).not.toThrow();
      }
    }
  });

  it('sanitises a ParsedQuery built by hand', () => {
    const parsed: ParsedQuery = {
      terms: [
        {
          words: [`a'b:*|c`],
          folded: ['!'],
          foldedSegments: [],
          expansions: [
            [`x&(y`, ''],
            ['p', 'q)'],
          ],
          joined: ['<->'],
        },
        { words: ['ก'.repeat(5000)], folded: [], foldedSegments: [], expansions: [], joined: [] },
      ],
      trigramText: '',
    };
    const query = toTsQuery(parsed);
    expect(query).toBe(`(abc:* | xy:* | (p:* & q:*)) & ${'ก'.repeat(MAX_TOKEN_LENGTH)}:*`);
    expect(() => readTsQuery(query)).not.toThrow();
  });

  it('uses OR between terms as the fallback query', () => {
    const text = 'ขอรับเบี้ยยังชีพผู้สูงอายุ';
    const parsed = parseQuery('เบี้ยยังชีพคนพิการ', NO_SYNONYMS);
    const lexemes = lexemesOf(toSearchDocument([{ text, weight: 'A' }]));
    expect(evaluate(readTsQuery(toTsQuery(parsed)), lexemes)).toBe(false);
    expect(evaluate(readTsQuery(toOrTsQuery(parsed)), lexemes)).toBe(true);
    expect(toOrTsQuery(parsed)).toContain(' | ');
  });

  it('bounds the number of terms', () => {
    const parsed = parseQuery('ภาษี '.repeat(100) + 'ที่ดิน', NO_SYNONYMS);
    expect(parsed.terms.length).toBeLessThanOrEqual(MAX_QUERY_TERMS);
  });

  it('gives folded, space-separated trigram text', () => {
    expect(parseQuery('เบี้ยยังชีพ', NO_SYNONYMS).trigramText).toBe(
      segmentWords(foldThai('เบี้ยยังชีพ')).join(' '),
    );
    expect(parseQuery('เบี้ยยังชีพ', NO_SYNONYMS).trigramText).not.toMatch(/[\u0E48-\u0E4B]/u);
  });
});
