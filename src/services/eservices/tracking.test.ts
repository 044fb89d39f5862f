import { describe, expect, it } from 'vitest';
import { buddhistYearOf, formatTrackingNumber, parseTrackingNumber } from './tracking.ts';

describe('tracking numbers', () => {
  it('uses the Buddhist-era year of submission in Thailand and a padded running number', () => {
    expect(formatTrackingNumber(123, new Date('2025-03-01T10:00:00+07:00'))).toBe('PR-2568-000123');
    // 31 December 18:00 UTC is already New Year's Day in Bangkok.
    expect(buddhistYearOf(new Date('2025-12-31T18:00:00Z'))).toBe(2569);
    expect(formatTrackingNumber(1_234_567, new Date('2025-03-01T10:00:00+07:00'))).toBe(
      'PR-2568-1234567',
    );
    expect(() => formatTrackingNumber(0, new Date())).toThrow(RangeError);
    expect(() => formatTrackingNumber(1.5, new Date())).toThrow(RangeError);
  });

  it('reads a tracking number however it is typed', () => {
    expect(parseTrackingNumber('pr-2568-000123')).toBe('PR-2568-000123');
    expect(parseTrackingNumber(' PR 2568 000123 ')).toBe('PR-2568-000123');
    expect(parseTrackingNumber('PR2568000123')).toBe('PR-2568-000123');
    expect(parseTrackingNumber('PR-๒๕๖๘-๐๐๐๑๒๓')).toBe('PR-2568-000123');
    expect(parseTrackingNumber('PR-1999-000123')).toBeNull();
    expect(parseTrackingNumber('XX-2568-000123')).toBeNull();
    expect(parseTrackingNumber("PR-2568-000123' or 1=1")).toBeNull();
  });
});
