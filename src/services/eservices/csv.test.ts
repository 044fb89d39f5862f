import { describe, expect, it } from 'vitest';
import { BOM, csvCell, toCsv } from './csv.ts';

describe('CSV export', () => {
  it('follows RFC 4180 with a UTF-8 byte-order mark for Excel', () => {
    const csv = toCsv(
      ['เลขที่', 'note'],
      [
        ['PR-2568-000001', 'a, "quoted"\nline'],
        ['PR-2568-000002', 12.5],
      ],
    );
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1)).toBe(
      'เลขที่,note\r\nPR-2568-000001,"a, ""quoted""\nline"\r\nPR-2568-000002,12.5\r\n',
    );
  });

  it('defuses spreadsheet formulas typed by applicants, not numbers', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell('+66812345678')).toBe("'+66812345678");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(null)).toBe('');
  });
});
