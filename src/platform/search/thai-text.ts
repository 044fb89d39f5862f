/**
 * Pure text processing for full-text search over Thai (and mixed Thai/English) text.
 *
 * The store keeps two kinds of lexeme in one `tsvector('simple')`:
 *  - exact tokens: the words as written (NFC, Latin lower-cased), so a correctly spelled query
 *    ranks the documents that spell it the same way;
 *  - folded tokens: the same text with tone marks and other easily mistyped signs removed
 *    (see `foldThai`), so people who type without or with wrong tone marks still find it.
 * A `pg_trgm` column holds the folded text as well, for typos that folding cannot repair.
 *
 * Thai is written without spaces between words, so words come from ICU's dictionary-based word
 * segmenter (`Intl.Segmenter`). The segmenter is not a pure function of each word: removing tone
 * marks changes its dictionary look-ups, e.g. (ICU 78)
 *   'เพื่อการศึกษา' → เพื่อ|การ|ศึกษา  but  'เพือการศึกษา' → เพื|อการ|ศึกษา
 *   'ก่อสร้าง' → ก่อสร้าง             but  'กอสราง' → กอ|ส|ราง
 * Both sides therefore keep every view of the text: a document's folded tokens are the union of
 * "segment the folded text", "fold each exact token" and "two written-together folded tokens
 * joined", and each query term offers its exact, folded and re-segmented spellings plus its join
 * with the words typed before it. The same segmenter on the same folded string gives the same
 * split, which is what makes a query typed without tone marks meet a correctly spelled document.
 *
 * Checked against PostgreSQL 18 (PGlite): documents indexed as `SearchDocument` describes are
 * found by the queries in the tests, and `to_tsquery('simple', …)` accepted every output of
 * `toTsQuery`/`toOrTsQuery` for thousands of random strings of tsquery operators, quotes and
 * backslashes. PostgreSQL's parser drops some Thai signs of its own (it reads 'กรุงเทพฯ' as
 * 'กรุงเทพ'); documents and queries both pass through it, so they still agree.
 */

export type SearchWeight = 'A' | 'B' | 'C' | 'D';

export interface WeightedText {
  text: string;
  weight: SearchWeight;
}

/** Space-joined tokens per weight, ready for `to_tsvector('simple', …)`. */
export type TokensByWeight = Record<SearchWeight, string>;

/**
 * What the store needs to index one record. Build the vector as
 *
 *   setweight(to_tsvector('simple', words.A), 'A') || setweight(to_tsvector('simple', folded.A), 'A')
 *   || … the same for B, C and D
 *
 * and keep `trigramText` in a column with a `gin_trgm_ops` index for `word_similarity`.
 * Every token contains only letters, combining marks and digits, so PostgreSQL's parser cannot
 * read an operator, a URL or an e-mail address out of it. A tsvector holds at most 1 MB and
 * positions up to 16,383, so the store should cap very long bodies before indexing them.
 */
export interface SearchDocument {
  words: TokensByWeight;
  folded: TokensByWeight;
  trigramText: string;
}

/**
 * One ANDed unit of a query. `words`, `folded` and `foldedSegments` spell the same stretch of the
 * query three ways (see the module comment); usually each holds one word, but more when the
 * exact and folded segmentations split that stretch differently or a synonym key spanned words.
 * Each entry of `expansions` is one synonym, itself a list of words that must all match.
 * `joined` holds this term written together with the one or two terms before it (folded), when
 * the query had no space there: the segmenter splits a half-typed or unknown word into pieces
 * ('ประกันสัง' → ประ|กัน|สัง) that the document holds as one word ('ประกัน', 'สังคม').
 */
export interface QueryTerm {
  words: string[];
  folded: string[];
  foldedSegments: string[];
  expansions: string[][];
  joined: string[];
}

export interface ParsedQuery {
  terms: QueryTerm[];
  /** Folded query tokens joined by spaces, to compare with `SearchDocument.trigramText`. */
  trigramText: string;
}

/**
 * Longest piece handed to the segmenter at once. V8's segment iterator gets slower per character
 * as the string grows. Measured on Node 20.20 / ICU 78.2 (2 cores), 1,000,000 characters of Thai
 * prose segmented in pieces of 500: 0.67 s, 2,000: 0.80 s, 10,000: 1.4 s, 40,000: 4.0 s; a single
 * 100,000-character string took 5.1 s and a 300,000-character one 50 s. Thai prose puts a space
 * between phrases every few dozen characters, so 2,000 always leaves room to cut at one.
 */
export const SEGMENT_PIECE_LENGTH = 2000;

/**
 * Tokens longer than this are dropped: they are hashes, encoded data or run-on junk, not words,
 * and PostgreSQL refuses lexemes of 2,048 bytes or more (a Thai character takes 3 bytes in UTF-8).
 */
export const MAX_TOKEN_LENGTH = 200;

/** A search box query longer than this is cut: nobody types more, and it bounds the work. */
export const MAX_QUERY_LENGTH = 500;

/** At most this many ANDed terms, so one request cannot build an enormous tsquery. */
export const MAX_QUERY_TERMS = 32;

/**
 * `trigramText` is cut at this many characters. Typos matter in titles and names, which come
 * first (weight A, then B, …); scoring trigrams over a whole long body is slow and meaningless,
 * because almost every trigram occurs somewhere in it.
 */
export const MAX_TRIGRAM_TEXT_LENGTH = 2000;

const WEIGHTS: readonly SearchWeight[] = ['A', 'B', 'C', 'D'];

// The longest synonym key looked up, in query terms ('บัตร|ประจำ|ตัว|ประชาชน' is four).
const MAX_SYNONYM_SPAN = 6;

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });

// Thai code points (Unicode block U+0E00–U+0E7F).
const CONSONANT = '\u0E01-\u0E2E';
const LEADING_VOWEL = '\u0E40-\u0E44';
// Signs written above or below a consonant: mai han-akat, sara i … phinthu, mai taikhu … yamakkan.
const MARK = '\u0E31\u0E34-\u0E3A\u0E47-\u0E4E';
const TONE = '\u0E48-\u0E4B';
const UPPER_VOWEL = '\u0E31\u0E34-\u0E37';
const SARA_AM = '\u0E33';
const NIKHAHIT = '\u0E4D';
const SARA_AA = '\u0E32';
const MAI_YAMOK = '\u0E46';
const PAIYANNOI = '\u0E2F';
const THAI_LETTER_OR_MARK = '\u0E01-\u0E4E';

// Zero-width space/joiners, word joiner, byte-order mark and soft hyphen: invisible, pasted in
// from word processors and web pages, and they would split or glue words unpredictably.
const INVISIBLE_RE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// Thai abbreviations are written with a dot after each short part (ก.ย.ศ., พ.ร.บ., เม.ย., ศ.ดร.)
// and equally often without (กยศ.). A part is one or two consonants with their marks, or one
// consonant after a leading vowel ('เม' in 'เม.ย.').
const ABBREVIATION_PART = `(?:[${LEADING_VOWEL}][${CONSONANT}][${MARK}]*|[${CONSONANT}][${MARK}]*(?:[${CONSONANT}][${MARK}]*)?)`;
// Tried in this order: an abbreviation that ends without its final dot ('ก.ย.ศ', or 'พ.ร.บ' in
// 'พ.ร.บ.คอมพิวเตอร์') must win over a shorter run of dotted parts ('ก.ย.' + 'ศ').
const DOTTED_ABBREVIATION_RE = new RegExp(
  `(?<![${THAI_LETTER_OR_MARK}.])(?:(?:${ABBREVIATION_PART}\\.)+${ABBREVIATION_PART}(?![${THAI_LETTER_OR_MARK}])|(?:${ABBREVIATION_PART}\\.){2,})`,
  'gu',
);
// The same glued to the word before it ('ตามพ.ร.บ.', 'ในพ.ศ.2567', 'เดือนเม.ย.'). Only
// one-consonant parts are accepted here, as the start of the abbreviation cannot otherwise be told from the end of that
// word, and a space is put before it: the segmenter does not know 'ในพศ' is 'ใน' + 'พศ'.
const GLUED_PART = `[${LEADING_VOWEL}]?[${CONSONANT}]`;
const GLUED_ABBREVIATION_RE = new RegExp(
  `(?<=[${THAI_LETTER_OR_MARK}])(?<![${LEADING_VOWEL}])(?:(?:${GLUED_PART}\\.)+${GLUED_PART}(?![${THAI_LETTER_OR_MARK}])|(?:${GLUED_PART}\\.){2,})`,
  'gu',
);
// A single dotted part glued to the next word: 'จ.เชียงใหม่', 'อ.เมือง'.
const DOT_BETWEEN_THAI_RE = new RegExp(
  `(?<=[${THAI_LETTER_OR_MARK}])\\.(?=[${LEADING_VOWEL}${CONSONANT}\\u0E50-\\u0E590-9])`,
  'gu',
);
// The closing dot of an undotted abbreviation: 'กยศ.', 'อบต.', 'กรุงเทพฯ.'.
const TRAILING_THAI_DOT_RE = new RegExp(`(?<=[${THAI_LETTER_OR_MARK}${PAIYANNOI}])\\.`, 'gu');

const WRONG_SARA_AM_RE = new RegExp(`${NIKHAHIT}([${TONE}]?)${SARA_AA}`, 'gu');
const TONE_AFTER_SARA_AM_RE = new RegExp(`${SARA_AM}([${TONE}])`, 'gu');
const TONE_BEFORE_UPPER_VOWEL_RE = new RegExp(`([${TONE}\\u0E4C])([${UPPER_VOWEL}])`, 'gu');
const REPEATED_MARK_RE = new RegExp(`([${MARK}])\\1+`, 'gu');
const MAI_YAMOK_RE = new RegExp(`\\s*${MAI_YAMOK}(?:\\s*${MAI_YAMOK})*`, 'gu');
const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;
const NOT_TOKEN_CHAR_RE = /[^\p{L}\p{M}\p{N}]+/u;
const APOSTROPHE_RE = /['\u2019]/g;
const ONLY_REPEAT_SIGNS_RE = new RegExp(`^[${MAI_YAMOK}${PAIYANNOI}]+$`, 'u');

/**
 * Canonical spelling shared by the exact and folded forms: the keyboard and encoding variants
 * that render identically, so no reader could tell them apart.
 */
export function normalizeThai(text: string): string {
  return (
    text
      .normalize('NFC')
      .replace(INVISIBLE_RE, '')
      // Sara am typed as nikhahit + sara aa (ํา), possibly with the tone mark between them.
      .replace(WRONG_SARA_AM_RE, `$1${SARA_AM}`)
      // Tone mark typed after sara am ('นำ้'); the standard order is tone first ('น้ำ').
      .replace(TONE_AFTER_SARA_AM_RE, `$1${SARA_AM}`)
      // Tone mark or thanthakhat typed before an upper vowel ('ก่ี' for 'กี่'). NFC cannot fix
      // this because the upper vowels have canonical combining class 0; it does reorder the
      // lower vowels (sara u, sara uu), which have class 103 against the tone marks' 107.
      .replace(TONE_BEFORE_UPPER_VOWEL_RE, '$2$1')
      // The same sign typed twice ('ก่่') renders as one.
      .replace(REPEATED_MARK_RE, '$1')
      // Mai yamok repeats the word before it; the Royal Institute spaces it off ('บ่อย ๆ'), most
      // people do not ('บ่อยๆ'). Attach it, so both give one token, and collapse 'ๆๆ'.
      .replace(MAI_YAMOK_RE, MAI_YAMOK)
      .replace(DOTTED_ABBREVIATION_RE, joinAbbreviation)
      .replace(GLUED_ABBREVIATION_RE, (match, offset: number, whole: string) => {
        return ` ${joinAbbreviation(match, offset, whole)}`;
      })
      .replace(DOT_BETWEEN_THAI_RE, ' ')
      .replace(TRAILING_THAI_DOT_RE, '')
  );
}

function joinAbbreviation(match: string, offset: number, whole: string): string {
  const joined = match.replaceAll('.', '');
  // 'พ.ร.บ.คอมพิวเตอร์' keeps a boundary between the abbreviation and the word after it.
  return LETTER_OR_DIGIT_RE.test(whole.charAt(offset + match.length)) ? `${joined} ` : joined;
}

/**
 * The loose form used to match people who type without (or with the wrong) tone marks. It is
 * never shown, only compared, so it may be unreadable. Removes:
 *  - tone marks (่ ้ ๊ ๋) and mai taikhu (็): the commonest omissions and substitutions when typing
 *    fast or on a phone; two records that differ only by a tone mark are rare enough that the
 *    exact tokens can tell them apart in the ranking;
 *  - thanthakhat/karan (์): removed as well, because both spellings circulate for the same word
 *    ('สิทธิ' and 'สิทธิ์', 'ศูนย' for 'ศูนย์') and the silenced consonant itself is kept, so words
 *    stay distinct; a correct spelling still ranks higher through the exact tokens;
 *  - yamakkan and phinthu (Pali/Sanskrit signs almost nobody can type);
 *  - mai yamok (ๆ) and paiyannoi (ฯ, and 'ฯลฯ' entirely): 'บ่อยๆ' ~ 'บ่อย', 'กรุงเทพฯ' ~ 'กรุงเทพ';
 *  - abbreviation dots ('ก.ย.ศ.', 'กยศ.' → 'กยศ') and invisible characters (via `normalizeThai`).
 * Thai digits become Arabic digits and Latin letters lower case.
 */
export function foldThai(s: string): string {
  return normalizeThai(s)
    .replaceAll('\u0E2F\u0E25\u0E2F', ' ')
    .replace(/[\u0E48-\u0E4C\u0E47\u0E4E\u0E3A\u0E46\u0E2F]/gu, '')
    .replace(/[\u0E50-\u0E59]/gu, (d) => String(d.charCodeAt(0) - 0x0e50))
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Splits text into words: ICU word segmentation, keeping only word-like segments, NFC, Latin
 * lower-cased. Apostrophes inside a word are dropped ("don't" → 'dont'); any other punctuation
 * inside a segment splits it ('3.5' → '3', '5'), so a token is only letters, marks and digits.
 */
export function segmentWords(text: string): string[] {
  return segmentTokens(text).map((t) => t.word);
}

interface Token {
  word: string;
  /** Written straight after the previous token, with nothing between them. */
  glued: boolean;
}

function segmentTokens(text: string): Token[] {
  const tokens: Token[] = [];
  for (const piece of splitIntoPieces(normalizeThai(text))) {
    let previousEnd = -1;
    for (const segment of segmenter.segment(piece)) {
      if (!segment.isWordLike) continue;
      const parts = segment.segment.replace(APOSTROPHE_RE, '').split(NOT_TOKEN_CHAR_RE);
      parts.forEach((part, k) => {
        if (part === '' || part.length > MAX_TOKEN_LENGTH) return;
        if (!LETTER_OR_DIGIT_RE.test(part) || ONLY_REPEAT_SIGNS_RE.test(part)) return;
        tokens.push({ word: part.toLowerCase(), glued: k === 0 && segment.index === previousEnd });
      });
      previousEnd = segment.index + segment.segment.length;
    }
  }
  return tokens;
}

/** Tokens and trigram text for one record; fields of the same weight are pooled. */
export function toSearchDocument(fields: readonly WeightedText[]): SearchDocument {
  const words: TokensByWeight = { A: '', B: '', C: '', D: '' };
  const folded: TokensByWeight = { A: '', B: '', C: '', D: '' };
  const trigramParts: string[] = [];
  for (const weight of WEIGHTS) {
    const exactTokens: string[] = [];
    const foldedTokens: string[] = [];
    for (const field of fields) {
      if (field.weight !== weight) continue;
      const exact = segmentWords(field.text);
      const looseTokens = segmentTokens(foldThai(field.text));
      const resegmented = looseTokens.map((t) => t.word);
      const seen = new Set(resegmented);
      const addLoose = (token: string): void => {
        if (token === '' || token.length > MAX_TOKEN_LENGTH || seen.has(token)) return;
        seen.add(token);
        foldedTokens.push(token);
      };
      exactTokens.push(...exact);
      foldedTokens.push(...resegmented);
      // Folding a correctly spelled word can leave a string the segmenter would split
      // differently; keep the word-by-word fold as well, for queries segmented that way.
      for (const token of exact) addLoose(compactFold(token));
      // The segmenter splits an unknown run by its context: in 'ปริมาณนำฝน' it finds นำ|ฝน, but a
      // query of just 'นำฝน' stays one token. Two written-together tokens are also kept joined, so
      // a query split differently from the document still meets it.
      looseTokens.forEach((token, k) => {
        const before = looseTokens[k - 1];
        if (token.glued && before !== undefined) addLoose(before.word + token.word);
      });
      trigramParts.push(...resegmented);
    }
    words[weight] = exactTokens.join(' ');
    folded[weight] = foldedTokens.join(' ');
  }
  return { words, folded, trigramText: joinWithin(trigramParts, MAX_TRIGRAM_TEXT_LENGTH) };
}

/**
 * Reads a search box query (Thai without spaces, English, or both) into ANDed terms, each with
 * its exact, folded and re-segmented spellings, plus synonym expansions. Synonym keys are looked
 * up by the folded text of one or more consecutive terms, so a key such as 'กยศ' or 'บัตรประชาชน'
 * matches however the query spelled or split it; keys are folded here too, so callers may pass
 * them as written (once per map: do not change a map after passing it). Expansions are
 * segmented, in exact and folded form.
 */
export function parseQuery(
  q: string,
  synonyms: ReadonlyMap<string, readonly string[]>,
): ParsedQuery {
  const text = q.slice(0, MAX_QUERY_LENGTH);
  const exact = segmentWords(text);
  const foldedSegments = segmentTokens(foldThai(text));
  const aligned = alignTerms(exact, foldedSegments);
  const keyed = foldedSynonymKeys(synonyms);

  const grouped: AlignedTerm[] = [];
  let i = 0;
  while (i < aligned.length && grouped.length < MAX_QUERY_TERMS) {
    let matched = 1;
    let expansions: readonly string[] | undefined;
    for (let span = Math.min(MAX_SYNONYM_SPAN, aligned.length - i); span >= 1; span -= 1) {
      const key = aligned
        .slice(i, i + span)
        .map((t) => t.foldedSegments.join(''))
        .join('');
      expansions = keyed.get(key);
      if (expansions !== undefined) {
        matched = span;
        break;
      }
    }
    const group = aligned.slice(i, i + matched);
    grouped.push({
      words: group.flatMap((t) => t.words),
      folded: group.flatMap((t) => t.folded),
      foldedSegments: group.flatMap((t) => t.foldedSegments),
      expansions: expansions === undefined ? [] : expandSynonyms(expansions),
      joined: [],
      glued: group[0]?.glued ?? false,
    });
    i += matched;
  }

  const terms = grouped.map(({ glued: _glued, ...term }, k): QueryTerm => {
    let run = term.foldedSegments.join('');
    for (let back = k; back >= Math.max(1, k - 1) && grouped[back]?.glued; back -= 1) {
      run = (grouped[back - 1]?.foldedSegments.join('') ?? '') + run;
      if (run.length <= MAX_TOKEN_LENGTH) term.joined.push(run);
    }
    return term;
  });
  const trigramWords = foldedSegments.map((t) => t.word);
  return { terms, trigramText: joinWithin(trigramWords, MAX_TRIGRAM_TEXT_LENGTH) };
}

// Folding every key is most of the work of parsing a short query (a few milliseconds for the
// catalogue's two hundred synonyms), so it is done once per synonym map. Callers treat a map
// they pass as immutable and build a new one when their synonyms change.
const foldedKeysCache = new WeakMap<
  ReadonlyMap<string, readonly string[]>,
  Map<string, readonly string[]>
>();

function foldedSynonymKeys(
  synonyms: ReadonlyMap<string, readonly string[]>,
): Map<string, readonly string[]> {
  let keyed = foldedKeysCache.get(synonyms);
  if (keyed === undefined) {
    keyed = new Map();
    for (const [key, values] of synonyms) keyed.set(compactFold(key), values);
    foldedKeysCache.set(synonyms, keyed);
  }
  return keyed;
}

/**
 * The query for `to_tsquery('simple', $1)`: every term must match, each by any of its spellings
 * or expansions, each word as a prefix (people stop typing mid-word). Returns '' when nothing
 * searchable is left: the caller must then not search rather than pass '' to PostgreSQL.
 */
export function toTsQuery(parsed: ParsedQuery): string {
  return renderTerms(parsed, ' & ');
}

/** Like `toTsQuery` but any term may match: the fallback when the AND query finds nothing. */
export function toOrTsQuery(parsed: ParsedQuery): string {
  return renderTerms(parsed, ' | ');
}

function renderTerms(parsed: ParsedQuery, operator: ' & ' | ' | '): string {
  const rendered = parsed.terms
    .slice(0, MAX_QUERY_TERMS)
    .map(renderTerm)
    .filter((t) => t !== '');
  return unique(rendered).join(operator);
}

function renderTerm(term: QueryTerm): string {
  const alternatives = unique(
    [
      term.words,
      term.folded,
      term.foldedSegments,
      ...term.expansions,
      ...term.joined.map((j) => [j]),
    ]
      .map(renderAllOf)
      .filter((a) => a !== ''),
  );
  if (alternatives.length <= 1) return alternatives[0] ?? '';
  return `(${alternatives.join(' | ')})`;
}

function renderAllOf(words: readonly string[]): string {
  const lexemes = unique(words.map(toSafeLexeme).filter((w) => w !== '')).map((w) => `${w}:*`);
  if (lexemes.length <= 1) return lexemes[0] ?? '';
  return `(${lexemes.join(' & ')})`;
}

/**
 * Keeps letters, combining marks and digits only. That removes every character the tsquery
 * grammar gives a meaning to (& | ! ( ) : * < > - ' " \ and white space), whatever a caller put
 * in a `ParsedQuery`, and the length cap keeps each lexeme far below PostgreSQL's 2,047-byte
 * limit, which would otherwise raise "word is too long in tsquery".
 */
function toSafeLexeme(word: string): string {
  return word
    .normalize('NFC')
    .toLowerCase()
    .split(NOT_TOKEN_CHAR_RE)
    .join('')
    .slice(0, MAX_TOKEN_LENGTH);
}

/**
 * Pairs the exact segmentation with the segmentation of the folded text. Where the two split a
 * stretch differently ('เพื่อ|การ' against 'เพื|อการ') that stretch becomes one term holding both
 * splits, so the query still ANDs whole stretches and never half of one spelling.
 */
interface AlignedTerm extends QueryTerm {
  /** Its first word was written straight after the previous term's last. */
  glued: boolean;
}

function alignTerms(exact: readonly string[], foldedSegments: readonly Token[]): AlignedTerm[] {
  const foldedWords = exact.map((w) => compactFold(w));
  const emptyTerm = (): AlignedTerm => ({
    words: [],
    folded: [],
    foldedSegments: [],
    expansions: [],
    joined: [],
    glued: false,
  });
  if (foldedWords.join('') !== foldedSegments.map((t) => t.word).join('')) {
    // Should not happen, as both derive from the same normalised text; if it does, the folded
    // segmentation alone is still a correct (if less well ranked) query.
    return foldedSegments.map((t) => ({
      ...emptyTerm(),
      foldedSegments: [t.word],
      glued: t.glued,
    }));
  }
  const terms: AlignedTerm[] = [];
  let i = 0;
  let j = 0;
  let exactLength = 0;
  let foldedLength = 0;
  let current = emptyTerm();
  while (i < exact.length || j < foldedSegments.length) {
    const word = exact[i];
    const loose = foldedWords[i];
    const segment = foldedSegments[j];
    if (
      word !== undefined &&
      loose !== undefined &&
      (exactLength <= foldedLength || segment === undefined)
    ) {
      current.words.push(word);
      if (loose !== '') current.folded.push(loose);
      exactLength += loose.length;
      i += 1;
    } else if (segment !== undefined) {
      if (current.foldedSegments.length === 0) current.glued = segment.glued;
      current.foldedSegments.push(segment.word);
      foldedLength += segment.word.length;
      j += 1;
    }
    if (exactLength === foldedLength && current.foldedSegments.length > 0) {
      terms.push(current);
      current = emptyTerm();
    }
  }
  if (current.words.length > 0 || current.foldedSegments.length > 0) terms.push(current);
  return terms;
}

function expandSynonyms(values: readonly string[]): string[][] {
  const expansions: string[][] = [];
  for (const value of values) {
    const exact = segmentWords(value);
    const loose = segmentWords(foldThai(value));
    if (exact.length > 0) expansions.push(exact);
    if (loose.length > 0 && loose.join(' ') !== exact.join(' ')) expansions.push(loose);
  }
  return expansions;
}

/** The folded form of one token with every non-token character removed. */
function compactFold(token: string): string {
  let folded = compactFoldCache.get(token);
  if (folded === undefined) {
    folded = foldThai(token).split(NOT_TOKEN_CHAR_RE).join('');
    // A bounded memo: the same few thousand words recur in every record of an import, and
    // folding one (ten regular expressions) was a third of indexing a record.
    if (compactFoldCache.size >= COMPACT_FOLD_CACHE_SIZE) compactFoldCache.clear();
    compactFoldCache.set(token, folded);
  }
  return folded;
}

const COMPACT_FOLD_CACHE_SIZE = 50_000;
const compactFoldCache = new Map<string, string>();

/**
 * Cuts text into pieces of at most SEGMENT_PIECE_LENGTH characters, preferring to cut at white
 * space, then at punctuation, so that no word is split. A piece with neither (a long unspaced
 * run) is cut where the segmenter itself puts its last boundary in the window.
 */
function* splitIntoPieces(text: string): Generator<string> {
  let start = 0;
  while (text.length - start > SEGMENT_PIECE_LENGTH) {
    const end = start + SEGMENT_PIECE_LENGTH;
    const cut = findCut(text, start, end);
    yield text.slice(start, cut);
    start = cut;
  }
  if (start < text.length) yield text.slice(start);
}

function findCut(text: string, start: number, end: number): number {
  const floor = start + Math.floor(SEGMENT_PIECE_LENGTH / 2);
  for (let k = end; k > floor; k -= 1) {
    if (/\s/u.test(text.charAt(k))) return k;
  }
  for (let k = end; k > floor; k -= 1) {
    if (/\p{P}/u.test(text.charAt(k))) return k;
  }
  let last = start;
  for (const segment of segmenter.segment(text.slice(start, end))) last = start + segment.index;
  if (last > start) return last;
  // One segment fills the whole window: cut it, but never inside a surrogate pair or before a
  // combining mark, which would leave a mark without its base character.
  let cut = end;
  while (cut > start + 1 && /[\p{M}\uDC00-\uDFFF]/u.test(text.charAt(cut))) cut -= 1;
  return cut;
}

function joinWithin(tokens: readonly string[], maxLength: number): string {
  let length = 0;
  const kept: string[] = [];
  for (const token of tokens) {
    const added = kept.length === 0 ? token.length : token.length + 1;
    if (length + added > maxLength) break;
    kept.push(token);
    length += added;
  }
  return kept.join(' ');
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
