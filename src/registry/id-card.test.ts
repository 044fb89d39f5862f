import { describe, expect, it } from 'vitest';
import { computeCardExpiry, isCardExpired } from './id-card.ts';
import type { PartialDate } from './partial-date.ts';

const BORN_1990: PartialDate = { year: 1990, month: 8, day: 10 };

describe('computeCardExpiry', () => {
  it('runs eight years from the first birthday after issue', () => {
    expect(computeCardExpiry(BORN_1990, '2016-01-05')).toBe('2024-08-10');
    expect(computeCardExpiry(BORN_1990, '2016-09-15')).toBe('2025-08-10');
  });

  it('counts from the next birthday when issued on the birthday itself', () => {
    expect(computeCardExpiry(BORN_1990, '2016-08-10')).toBe('2025-08-10');
    expect(computeCardExpiry(BORN_1990, '2016-08-09')).toBe('2024-08-10');
  });

  it('puts a 29 February birthday on 28 February in common years', () => {
    const leap: PartialDate = { year: 2000, month: 2, day: 29 };
    expect(computeCardExpiry(leap, '2020-03-01')).toBe('2029-02-28');
    expect(computeCardExpiry(leap, '2019-06-01')).toBe('2028-02-29');
  });

  it('uses the legal birth date for partial birth dates', () => {
    expect(computeCardExpiry({ year: 1980, month: null, day: null }, '2020-06-15')).toBe(
      '2029-01-01',
    );
    expect(computeCardExpiry({ year: 1980, month: 7, day: null }, '2020-06-15')).toBe('2028-07-01');
  });

  it('makes a card still valid on the 70th birthday lifelong', () => {
    const born1960: PartialDate = { year: 1960, month: 5, day: 1 };
    expect(computeCardExpiry(born1960, '2020-01-10')).toBe('2028-05-01');
    expect(computeCardExpiry(born1960, '2021-04-30')).toBe('2029-05-01');
    // Would expire exactly on the 70th birthday: still valid that day, so lifelong.
    expect(computeCardExpiry(born1960, '2021-06-01')).toBeNull();
    expect(computeCardExpiry(born1960, '2024-01-10')).toBeNull();
    // Issued at 72.
    expect(computeCardExpiry(born1960, '2032-07-01')).toBeNull();
  });

  it('rejects a malformed issue date', () => {
    expect(() => computeCardExpiry(BORN_1990, '2016-02-30')).toThrow(RangeError);
  });
});

describe('isCardExpired', () => {
  it('treats the expiry date as the last valid day and lifelong cards as never expiring', () => {
    expect(isCardExpired('2024-08-10', '2024-08-10')).toBe(false);
    expect(isCardExpired('2024-08-10', '2024-08-11')).toBe(true);
    expect(isCardExpired(null, '2099-01-01')).toBe(false);
  });
});
