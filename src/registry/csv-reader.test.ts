import { describe, expect, it } from 'vitest';
import { CsvReader, type CsvRecord, CsvSyntaxError } from './csv-reader.ts';

function readAll(text: string, chunk = text.length): CsvRecord[] {
  const reader = new CsvReader();
  const out: CsvRecord[] = [];
  for (let i = 0; i < text.length; i += chunk) out.push(...reader.push(text.slice(i, i + chunk)));
  out.push(...reader.end());
  return out;
}

function syntaxError(text: string, chunk?: number): CsvSyntaxError {
  try {
    readAll(text, chunk);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return error;
    throw error;
  }
  throw new Error('no syntax error');
}

describe('CsvReader (RFC 4180)', () => {
  const sample = 'a,b,c\r\n1,,3\r\n"x, y","say ""hi""",z\r\n"two\r\nlines",q,\r\n\r\nlast,row,here';

  it('reads plain and quoted fields with the line each record starts on', () => {
    const records = readAll(sample);
    expect(records.map((r) => r.fields)).toEqual([
      ['a', 'b', 'c'],
      ['1', '', '3'],
      ['x, y', 'say "hi"', 'z'],
      ['two\r\nlines', 'q', ''],
      ['last', 'row', 'here'],
    ]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 3, 4, 7]);
    expect(records[1]!.raw).toBe('1,,3');
    expect(records[2]!.raw).toBeNull();
  });

  it('gives the same records whatever the chunk boundaries', () => {
    const whole = readAll(sample);
    for (const chunk of [1, 2, 3, 5, 7, 11]) expect(readAll(sample, chunk)).toEqual(whole);
  });

  it('accepts LF line ends and a final line without one', () => {
    expect(readAll('a,b\n"c",d\n').map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('reports broken quoting with its line', () => {
    expect(syntaxError('a,b\nok,ok\nbro"ken,x\n')).toMatchObject({
      line: 3,
      problem: 'quote_in_unquoted_field',
    });
    expect(syntaxError('a,b\n"closed"late,x\n')).toMatchObject({
      line: 2,
      problem: 'text_after_closing_quote',
    });
    expect(syntaxError('a,b\nx,y\n"never closed,z\nmore\n')).toMatchObject({
      line: 3,
      problem: 'unclosed_quote',
    });
    expect(syntaxError('a,b\nx,y\n"never closed,z\nmore\n', 4)).toMatchObject({
      line: 3,
      problem: 'unclosed_quote',
    });
  });
});
