import { describe, expect, it } from 'vitest';
import { formatLaserCode, isValidLaserCode, normalizeLaserCode } from './laser-code.ts';

describe('normalizeLaserCode', () => {
  it('accepts the printed form, lower case, spaces and no separators', () => {
    expect(normalizeLaserCode('JT1-1234567-12')).toBe('JT1123456712');
    expect(normalizeLaserCode('jt1-1234567-12')).toBe('JT1123456712');
    expect(normalizeLaserCode(' JT1 1234567 12 ')).toBe('JT1123456712');
    expect(normalizeLaserCode('jt1123456712')).toBe('JT1123456712');
    expect(normalizeLaserCode('JT11234567-12')).toBe('JT1123456712');
  });

  it('rejects wrong shapes', () => {
    expect(normalizeLaserCode('J11-1234567-12')).toBeNull();
    expect(normalizeLaserCode('JTA-1234567-12')).toBeNull();
    expect(normalizeLaserCode('JT1-1234567-1')).toBeNull();
    expect(normalizeLaserCode('JT1-1234567-123')).toBeNull();
    expect(normalizeLaserCode('JT1_1234567_12')).toBeNull();
    expect(normalizeLaserCode('')).toBeNull();
  });

  it('does not fold look-alike non-ASCII letters', () => {
    // Cyrillic Т and Fullwidth letters are not laser-code letters.
    expect(normalizeLaserCode('JТ1-1234567-12')).toBeNull();
    expect(normalizeLaserCode('ＪＴ1-1234567-12')).toBeNull();
  });
});

describe('isValidLaserCode', () => {
  it('accepts only the canonical form', () => {
    expect(isValidLaserCode('JT1123456712')).toBe(true);
    expect(isValidLaserCode('JT1-1234567-12')).toBe(false);
    expect(isValidLaserCode('jt1123456712')).toBe(false);
  });
});

describe('formatLaserCode', () => {
  it('groups 3-7-2 as printed', () => {
    expect(formatLaserCode('JT1123456712')).toBe('JT1-1234567-12');
    expect(formatLaserCode('me0 0000000 00')).toBe('ME0-0000000-00');
  });

  it('throws on invalid input', () => {
    expect(() => formatLaserCode('JT1-123')).toThrow(RangeError);
  });
});
