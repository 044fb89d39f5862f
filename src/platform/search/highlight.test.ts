import { describe, expect, it } from 'vitest';
import { highlight, highlightNeedles, snippet } from './highlight.ts';
import { parseQuery } from './thai-text.ts';

const needlesOf = (q: string, synonyms = new Map<string, string[]>()) =>
  highlightNeedles(parseQuery(q, synonyms));
const marked = (parts: ReturnType<typeof highlight>) =>
  parts.filter((p) => p.hit).map((p) => p.text);

describe('highlight', () => {
  it('gives back the text unchanged, part by part', () => {
    const text = 'ตรวจสอบสิทธิประกันสังคม (สปส.) ทางออนไลน์ <script>';
    const parts = highlight(text, needlesOf('ประกันสังคม'));
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });

  it('marks the words the query matched, in unspaced Thai', () => {
    const parts = highlight('ตรวจสอบสิทธิประกันสังคม', needlesOf('ประกันสังคม'));
    expect(marked(parts).join('')).toBe('ประกันสังคม');
  });

  it('marks correctly spelled words for a query typed without tone marks', () => {
    const parts = highlight('ลงทะเบียนขอรับเบี้ยยังชีพผู้สูงอายุ', needlesOf('เบียยังชีพ'));
    expect(marked(parts).join('')).toContain('เบี้ยยังชีพ');
  });

  it('marks words that start with what was typed, and English without regard to case', () => {
    expect(marked(highlight('Passport renewal', needlesOf('pass')))).toEqual(['Passport']);
    expect(marked(highlight('หนังสือเดินทาง', needlesOf('หนังสือเดิน')))).toEqual(['หนังสือเดินทาง']);
  });

  it('marks synonym expansions', () => {
    const synonyms = new Map([['กยศ', ['กองทุนเงินให้กู้ยืมเพื่อการศึกษา']]]);
    const parts = highlight('กู้ยืมเงินกองทุนเพื่อการศึกษา', needlesOf('กยศ', synonyms));
    expect(marked(parts).join('')).toContain('ศึกษา');
  });

  it('marks short words only whole, as the query matches them', () => {
    const needles = needlesOf('ประกนสังคม');
    const parts = highlight('ไปทำงานต่างประเทศ ตามความประสงค์', needles);
    expect(marked(parts)).toEqual([]);
  });

  it('marks nothing without needles, and ignores one-letter words', () => {
    expect(highlight('ประกันสังคม', [])).toEqual([{ text: 'ประกันสังคม', hit: false }]);
    expect(marked(highlight('a b c', needlesOf('a')))).toEqual([]);
    expect(highlight('', needlesOf('x'))).toEqual([]);
  });
});

describe('snippet', () => {
  const long = `${'ข้อความนำ '.repeat(40)}ผู้ประกันตนตรวจสอบสิทธิประกันสังคมได้ ${'ข้อความท้าย '.repeat(40)}`;

  it('cuts a long text around its first hit, with ellipses', () => {
    const parts = snippet(long, needlesOf('ประกันสังคม'), 120);
    const text = parts.map((p) => p.text).join('');
    expect(text.startsWith('… ')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(130);
    expect(marked(parts).join('')).toContain('ประกันสังคม');
  });

  it('never starts a cut with a combining mark', () => {
    for (let max = 40; max < 200; max += 7) {
      const text = snippet(long, needlesOf('สิทธิ'), max)
        .map((p) => p.text)
        .join('');
      expect(text.replace(/^… /u, '')).not.toMatch(/^\p{M}/u);
    }
  });

  it('keeps a short text whole', () => {
    expect(snippet('สั้น', needlesOf('สั้น'))).toEqual([{ text: 'สั้น', hit: true }]);
  });
});
