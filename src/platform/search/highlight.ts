/**
 * Marks the words of a search result that the query matched, for Thai and mixed text.
 *
 * PostgreSQL's ts_headline cannot do this for Thai: its parser does not split Thai words, so it
 * would mark whole phrases or nothing. Here the displayed text is split with the same ICU word
 * segmenter the index uses, each word is folded the way the index folds it, and a word is marked
 * when it starts with one of the query's words (the tsquery matches prefixes too). The text is
 * never rewritten: the parts concatenate back to the input exactly, and rendering them through
 * Preact escapes them.
 */
import { synonymKey } from './search-sql.ts';
import type { ParsedQuery } from './thai-text.ts';

export interface HighlightPart {
  text: string;
  hit: boolean;
}

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });

// A one-letter query word would mark half the text; Thai needs two characters to mean anything.
const MIN_NEEDLE_LENGTH = 2;

/** The folded query words a displayed word may start with. */
export function highlightNeedles(parsed: ParsedQuery): string[] {
  const words = parsed.terms.flatMap((term) => [
    ...term.words,
    ...term.folded,
    ...term.foldedSegments,
    ...term.joined,
    ...term.expansions.flat(),
  ]);
  const keys = new Set(words.map(synonymKey).filter((k) => k.length >= MIN_NEEDLE_LENGTH));
  // Longest first, so the check below stops at the most specific needle.
  return [...keys].sort((a, b) => b.length - a.length);
}

export function highlight(text: string, needles: readonly string[]): HighlightPart[] {
  const parts: HighlightPart[] = [];
  const push = (piece: string, hit: boolean): void => {
    const last = parts[parts.length - 1];
    if (last && last.hit === hit) last.text += piece;
    else parts.push({ text: piece, hit });
  };
  if (needles.length === 0) return text === '' ? [] : [{ text, hit: false }];
  for (const segment of segmenter.segment(text)) {
    let hit = false;
    if (segment.isWordLike) {
      const key = synonymKey(segment.segment);
      hit = key.length > 0 && needles.some((n) => matches(n, key));
    }
    push(segment.segment, hit);
  }
  return parts;
}

// As in the query (search-sql.ts MIN_PREFIX_LENGTH): a short word must be the whole word, or
// 'ประ' left over from a typo would mark every ประเทศ and ประสงค์ on the page.
const MIN_PREFIX_NEEDLE_LENGTH = 4;

function matches(needle: string, key: string): boolean {
  if (needle.length < MIN_PREFIX_NEEDLE_LENGTH) return key === needle;
  return key.startsWith(needle) || isPrefixOfLongWord(needle, key);
}

// The query may hold a word written together that the display splits ('ประกันสังคม' typed as
// one token by the segmenter but shown as ประกัน|สังคม): a displayed word that is the start of
// a long needle is marked too, when it is long enough not to be a coincidence.
function isPrefixOfLongWord(needle: string, key: string): boolean {
  return key.length >= 3 && needle.length > key.length && needle.startsWith(key);
}

/**
 * At most `maxLength` characters of `text` around its first hit, cut at white space, with an
 * ellipsis where something was left out.
 */
export function snippet(
  text: string,
  needles: readonly string[],
  maxLength = 180,
): HighlightPart[] {
  if ([...text].length <= maxLength) return highlight(text, needles);
  const parts = highlight(text, needles);
  let firstHit = 0;
  let offset = 0;
  for (const part of parts) {
    if (part.hit) {
      firstHit = offset;
      break;
    }
    offset += part.text.length;
  }
  let start = Math.max(0, firstHit - Math.floor(maxLength / 3));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < firstHit ? space + 1 : start;
  }
  let end = Math.min(text.length, start + maxLength);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + maxLength / 2) end = space;
  }
  // Never cut between a Thai consonant and its marks, or inside a surrogate pair.
  while (start > 0 && /[\p{M}\uDC00-\uDFFF]/u.test(text.charAt(start))) start -= 1;
  while (end < text.length && /[\p{M}\uDC00-\uDFFF]/u.test(text.charAt(end))) end += 1;
  const cut = highlight(text.slice(start, end), needles);
  if (start > 0) cut.unshift({ text: '… ', hit: false });
  if (end < text.length) cut.push({ text: ' …', hit: false });
  return mergeParts(cut);
}

function mergeParts(parts: HighlightPart[]): HighlightPart[] {
  const merged: HighlightPart[] = [];
  for (const part of parts) {
    const last = merged[merged.length - 1];
    if (last && last.hit === part.hit) last.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
}
