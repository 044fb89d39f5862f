import { describe, expect, it } from 'vitest';
import {
  citizenIdCheckDigit,
  completeCitizenId,
  formatCitizenId,
  formatHouseId,
  isValidCitizenId,
  isValidHouseId,
  maskCitizenId,
  normalizeCitizenId,
  normalizeHouseId,
  parseCitizenId,
} from './citizen-id.ts';

// Vectors computed independently of this module (by hand-written script), not by it.
const VALID = ['1234567890121', '1101700203450', '3101200012341', '9999999999994', '3500100000011'];

describe('citizenIdCheckDigit', () => {
  it('matches independently computed check digits', () => {
    expect(citizenIdCheckDigit('123456789012')).toBe(1);
    expect(citizenIdCheckDigit('110170020345')).toBe(0);
    expect(citizenIdCheckDigit('999999999999')).toBe(4);
    // Remainder 0 gives (11 - 0) % 10 = 1, not 11.
    expect(citizenIdCheckDigit('000000000000')).toBe(1);
  });

  it('rejects anything but 12 digits', () => {
    expect(() => citizenIdCheckDigit('12345678901')).toThrow(RangeError);
    expect(() => citizenIdCheckDigit('12345678901a')).toThrow(RangeError);
  });

  it('cannot see digit 3, whose weight is 11 ≡ 0 (mod 11)', () => {
    // A documented weakness of the scheme, and a check that the weights are 13..2 in order.
    for (let d = 0; d <= 9; d++) expect(citizenIdCheckDigit(`12${d}456789012`)).toBe(1);
  });
});

describe('isValidCitizenId', () => {
  it('accepts valid canonical IDs', () => {
    for (const id of VALID) expect(isValidCitizenId(id)).toBe(true);
  });

  it('rejects a wrong check digit, a typo and a transposition', () => {
    expect(isValidCitizenId('1234567890122')).toBe(false);
    expect(isValidCitizenId('1234567890131')).toBe(false);
    expect(isValidCitizenId('1243567890121')).toBe(false);
  });

  it('accepts only the canonical 13-digit form', () => {
    expect(isValidCitizenId('1-2345-67890-12-1')).toBe(false);
    expect(isValidCitizenId('123456789012')).toBe(false);
    expect(isValidCitizenId('12345678901210')).toBe(false);
    expect(isValidCitizenId('')).toBe(false);
  });
});

describe('normalizeCitizenId', () => {
  it('strips dashes and spaces', () => {
    expect(normalizeCitizenId('1-2345-67890-12-1')).toBe('1234567890121');
    expect(normalizeCitizenId(' 1 2345 67890 12 1 ')).toBe('1234567890121');
    expect(normalizeCitizenId('1–2345–67890–12–1')).toBe('1234567890121');
  });

  it('reads Thai digits', () => {
    expect(normalizeCitizenId('๑-๒๓๔๕-๖๗๘๙๐-๑๒-๑')).toBe('1234567890121');
  });

  it('checks the format only, not the check digit', () => {
    expect(normalizeCitizenId('1234567890122')).toBe('1234567890122');
  });

  it('returns null for wrong length or other characters', () => {
    expect(normalizeCitizenId('1-2345-67890-12')).toBeNull();
    expect(normalizeCitizenId('1-2345-67890-12-1-0')).toBeNull();
    expect(normalizeCitizenId('1.2345.67890.12.1')).toBeNull();
    expect(normalizeCitizenId('A234567890121')).toBeNull();
  });
});

describe('parseCitizenId', () => {
  it('returns the canonical ID with its category and office code', () => {
    expect(parseCitizenId('3-1012-00012-34-1')).toEqual({
      ok: true,
      id: '3101200012341',
      category: 3,
      officeCode: '1012',
    });
  });

  it('tells format errors from checksum errors', () => {
    expect(parseCitizenId('1-2345-67890-12')).toEqual({ ok: false, reason: 'format' });
    expect(parseCitizenId('1-2345-67890-12-2')).toEqual({ ok: false, reason: 'checksum' });
  });
});

describe('formatCitizenId / maskCitizenId', () => {
  it('groups as printed on the card', () => {
    expect(formatCitizenId('1234567890121')).toBe('1 2345 67890 12 1');
    expect(formatCitizenId('1-2345-67890-12-1')).toBe('1 2345 67890 12 1');
  });

  it('masks the digits that identify the person', () => {
    expect(maskCitizenId('1234567890121')).toBe('1-2345-xxxxx-xx-1');
  });

  it('throws on input that is not 13 digits', () => {
    expect(() => formatCitizenId('12345')).toThrow(RangeError);
    expect(() => maskCitizenId('abc')).toThrow(RangeError);
  });
});

describe('completeCitizenId', () => {
  it('appends the check digit', () => {
    expect(completeCitizenId('310120001234')).toBe('3101200012341');
  });
});

describe('house codes', () => {
  it('accepts 11 digits only', () => {
    expect(isValidHouseId('10300123456')).toBe(true);
    expect(isValidHouseId('1030012345')).toBe(false);
    expect(isValidHouseId('103001234567')).toBe(false);
    expect(isValidHouseId('1030-012345-6')).toBe(false);
    expect(isValidHouseId('1030012345a')).toBe(false);
  });

  it('normalises and formats', () => {
    expect(normalizeHouseId('1030-012345-6')).toBe('10300123456');
    expect(normalizeHouseId('๑๐๓๐ ๐๑๒๓๔๕ ๖')).toBe('10300123456');
    expect(normalizeHouseId('1030-012345')).toBeNull();
    expect(formatHouseId('10300123456')).toBe('1030-012345-6');
    expect(() => formatHouseId('123')).toThrow(RangeError);
  });
});
