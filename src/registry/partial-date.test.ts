import { describe, expect, it } from 'vitest';
import type { PartialDate } from './partial-date.ts';
import {
  ageOn,
  civilFromDays,
  daysFromCivil,
  formatEnglishDate,
  formatIsoPartialDate,
  formatRegistryDate,
  formatThaiDate,
  isValidPartialDate,
  legalBirthDate,
  matchesBirthDate,
  parseBirthDateInput,
  parsePartialDate,
  toOidcBirthdate,
} from './partial-date.ts';

const FULL: PartialDate = { year: 1987, month: 3, day: 15 };
const MONTH_ONLY: PartialDate = { year: 1987, month: 3, day: null };
const YEAR_ONLY: PartialDate = { year: 1967, month: null, day: null };

describe('parsePartialDate', () => {
  it('parses full and 00-padded registry dates', () => {
    expect(parsePartialDate('1987-03-15')).toEqual(FULL);
    expect(parsePartialDate('1987-03-00')).toEqual(MONTH_ONLY);
    expect(parsePartialDate('1967-00-00')).toEqual(YEAR_ONLY);
    expect(parsePartialDate('19870315')).toEqual(FULL);
  });

  it('converts Buddhist-era years when told to', () => {
    expect(parsePartialDate('2530-03-15', { era: 'be' })).toEqual(FULL);
    expect(parsePartialDate('2510-00-00', { era: 'be' })).toEqual(YEAR_ONLY);
    expect(parsePartialDate('25300315', { era: 'be' })).toEqual(FULL);
  });

  it('rejects impossible dates and a known day without a month', () => {
    expect(parsePartialDate('1987-00-15')).toBeNull();
    expect(parsePartialDate('1987-13-01')).toBeNull();
    expect(parsePartialDate('1987-02-29')).toBeNull();
    expect(parsePartialDate('1900-02-29')).toBeNull();
    expect(parsePartialDate('2000-02-29')).toEqual({ year: 2000, month: 2, day: 29 });
    expect(parsePartialDate('1987-04-31')).toBeNull();
    expect(parsePartialDate('0000-00-00')).toBeNull();
    expect(parsePartialDate('87-03-15')).toBeNull();
    expect(parsePartialDate('1987/03/15')).toBeNull();
  });
});

describe('isValidPartialDate', () => {
  it('enforces the shape rules', () => {
    expect(isValidPartialDate(FULL)).toBe(true);
    expect(isValidPartialDate({ year: 1987, month: null, day: 5 })).toBe(false);
    expect(isValidPartialDate({ year: 1987.5, month: null, day: null })).toBe(false);
    expect(isValidPartialDate({ year: 1987, month: 2, day: 29 })).toBe(false);
  });
});

describe('formatting', () => {
  it('writes the registry format in CE or BE', () => {
    expect(formatRegistryDate(FULL)).toBe('1987-03-15');
    expect(formatRegistryDate(MONTH_ONLY)).toBe('1987-03-00');
    expect(formatRegistryDate(YEAR_ONLY, { era: 'be' })).toBe('2510-00-00');
  });

  it('writes ISO 8601 at reduced precision, never with 00 parts', () => {
    expect(formatIsoPartialDate(FULL)).toBe('1987-03-15');
    expect(formatIsoPartialDate(MONTH_ONLY)).toBe('1987-03');
    expect(formatIsoPartialDate(YEAR_ONLY)).toBe('1967');
  });

  it('gives OIDC birthdate as YYYY-MM-DD or YYYY only', () => {
    expect(toOidcBirthdate(FULL)).toBe('1987-03-15');
    expect(toOidcBirthdate(MONTH_ONLY)).toBe('1987');
    expect(toOidcBirthdate(YEAR_ONLY)).toBe('1967');
  });

  it('writes Thai dates with the BE year', () => {
    expect(formatThaiDate(FULL)).toBe('15 มีนาคม 2530');
    expect(formatThaiDate(MONTH_ONLY)).toBe('มีนาคม 2530');
    expect(formatThaiDate(YEAR_ONLY)).toBe('2510');
    expect(formatThaiDate(FULL, { style: 'short' })).toBe('15 มี.ค. 2530');
    expect(formatThaiDate({ year: 1999, month: 12, day: 1 })).toBe('1 ธันวาคม 2542');
  });

  it('writes English dates with the CE year', () => {
    expect(formatEnglishDate(FULL)).toBe('15 March 1987');
    expect(formatEnglishDate(MONTH_ONLY)).toBe('March 1987');
    expect(formatEnglishDate(YEAR_ONLY)).toBe('1967');
  });
});

describe('parseBirthDateInput', () => {
  it('reads ISO and Thai day-first forms, BE or CE by magnitude', () => {
    expect(parseBirthDateInput('1987-03-15')).toEqual(FULL);
    expect(parseBirthDateInput('15/03/2530')).toEqual(FULL);
    expect(parseBirthDateInput('15/3/1987')).toEqual(FULL);
    expect(parseBirthDateInput('15.03.2530')).toEqual(FULL);
    expect(parseBirthDateInput('03/2530')).toEqual(MONTH_ONLY);
    expect(parseBirthDateInput('2510')).toEqual(YEAR_ONLY);
    expect(parseBirthDateInput('00/00/2510')).toEqual(YEAR_ONLY);
    expect(parseBirthDateInput('31/02/2530')).toBeNull();
    expect(parseBirthDateInput('next tuesday')).toBeNull();
  });
});

describe('matchesBirthDate', () => {
  it('needs every part of a full registry date', () => {
    expect(matchesBirthDate(FULL, '1987-03-15')).toBe(true);
    expect(matchesBirthDate(FULL, '15/03/2530')).toBe(true);
    expect(matchesBirthDate(FULL, '16/03/2530')).toBe(false);
    expect(matchesBirthDate(FULL, '15/04/2530')).toBe(false);
    expect(matchesBirthDate(FULL, '15/03/2531')).toBe(false);
    // Typing less than the registry knows must not pass.
    expect(matchesBirthDate(FULL, '2530')).toBe(false);
    expect(matchesBirthDate(FULL, '03/2530')).toBe(false);
  });

  it('checks only the known parts of a partial registry date', () => {
    expect(matchesBirthDate(YEAR_ONLY, '2510')).toBe(true);
    expect(matchesBirthDate(YEAR_ONLY, '1967')).toBe(true);
    expect(matchesBirthDate(YEAR_ONLY, '12/05/2510')).toBe(true);
    expect(matchesBirthDate(YEAR_ONLY, '2511')).toBe(false);
    expect(matchesBirthDate(MONTH_ONLY, '03/2530')).toBe(true);
    expect(matchesBirthDate(MONTH_ONLY, '20/03/2530')).toBe(true);
    expect(matchesBirthDate(MONTH_ONLY, '2530')).toBe(false);
    expect(matchesBirthDate(MONTH_ONLY, '20/04/2530')).toBe(false);
  });

  it('rejects unparseable input', () => {
    expect(matchesBirthDate(FULL, '')).toBe(false);
    expect(matchesBirthDate(YEAR_ONLY, '67')).toBe(false);
  });
});

describe('legal birth date and age (Civil and Commercial Code s.16)', () => {
  it('counts from the 1st of the month or 1 January when parts are unknown', () => {
    expect(legalBirthDate(MONTH_ONLY)).toEqual({ year: 1987, month: 3, day: 1 });
    expect(legalBirthDate(YEAR_ONLY)).toEqual({ year: 1967, month: 1, day: 1 });
  });

  it('computes completed years', () => {
    expect(ageOn(FULL, '2025-03-14')).toBe(37);
    expect(ageOn(FULL, '2025-03-15')).toBe(38);
    expect(ageOn(MONTH_ONLY, '2025-02-28')).toBe(37);
    expect(ageOn(MONTH_ONLY, '2025-03-01')).toBe(38);
    expect(ageOn(YEAR_ONLY, '2024-12-31')).toBe(57);
    expect(ageOn(YEAR_ONLY, '2025-01-01')).toBe(58);
  });

  it('has a 29 February birthday fall on 28 February in common years', () => {
    const leap: PartialDate = { year: 2000, month: 2, day: 29 };
    expect(ageOn(leap, '2021-02-27')).toBe(20);
    expect(ageOn(leap, '2021-02-28')).toBe(21);
    expect(ageOn(leap, '2024-02-28')).toBe(23);
    expect(ageOn(leap, '2024-02-29')).toBe(24);
  });

  it('rejects a malformed reference date', () => {
    expect(() => ageOn(FULL, '2025-13-01')).toThrow(RangeError);
  });
});

describe('day numbers', () => {
  it('match known epoch offsets', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(2000, 3, 1)).toBe(11017);
    expect(daysFromCivil(1900, 1, 1)).toBe(-25567);
  });

  it('round-trip across two centuries', () => {
    for (let day = -40_000; day <= 40_000; day += 7) {
      const { year, month, day: d } = civilFromDays(day);
      expect(daysFromCivil(year, month, d)).toBe(day);
    }
  });
});
