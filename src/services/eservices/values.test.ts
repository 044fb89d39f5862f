import { describe, expect, it } from 'vitest';
import {
  checkCitizenId,
  checkDate,
  checkEmail,
  checkNumber,
  checkPhone,
  completedYears,
  findDistrictInProvince,
  formatCitizenId,
  postalCodeFits,
  provinceOf,
} from './values.ts';

describe('Thai typed values', () => {
  it('checks citizen IDs with the mod-11 check digit, as typed on cards or in Thai digits', () => {
    expect(checkCitizenId('1101700123456')).toEqual({ ok: true, value: '1101700123456' });
    expect(checkCitizenId('1-1017-00123-45-6')).toEqual({ ok: true, value: '1101700123456' });
    expect(checkCitizenId('๑๑๐๑๗๐๐๑๒๓๔๕๖')).toEqual({ ok: true, value: '1101700123456' });
    expect(checkCitizenId('1101700123457')).toMatchObject({
      ok: false,
      code: 'eservices.citizen_id_checksum',
    });
    expect(checkCitizenId('110170012345')).toMatchObject({
      ok: false,
      code: 'eservices.citizen_id_format',
    });
    expect(checkCitizenId('11017001234a6')).toMatchObject({
      ok: false,
      code: 'eservices.citizen_id_format',
    });
    expect(formatCitizenId('1101700123456')).toBe('1-1017-00123-45-6');
  });

  it('knows Thai mobile and fixed-line numbers and the +66 form', () => {
    expect(checkPhone('081-234-5678')).toEqual({ ok: true, value: '0812345678' });
    expect(checkPhone('+66 81 234 5678')).toEqual({ ok: true, value: '0812345678' });
    expect(checkPhone('02 123 4567')).toEqual({ ok: true, value: '021234567' });
    expect(checkPhone('053-123-456')).toEqual({ ok: true, value: '053123456' });
    expect(checkPhone('053-123-456', 'mobile')).toMatchObject({
      ok: false,
      code: 'eservices.phone_mobile',
    });
    expect(checkPhone('0712345678')).toMatchObject({ ok: false });
    expect(checkPhone('1669')).toMatchObject({ ok: false, code: 'eservices.phone_format' });
    expect(checkPhone('08x2345678')).toMatchObject({ ok: false });
  });

  it('checks e-mail addresses plainly and lower-cases the domain', () => {
    expect(checkEmail('Somchai@Example.TEST')).toEqual({ ok: true, value: 'Somchai@example.test' });
    for (const bad of [
      'somchai',
      'a@b',
      '@example.test',
      'a b@example.test',
      'a@example.c0m',
      'a@@b.test',
    ]) {
      expect(checkEmail(bad).ok, bad).toBe(false);
    }
  });

  it('reads dates in the Buddhist or Common Era and refuses impossible days', () => {
    expect(checkDate('2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
    expect(checkDate('29/02/2567')).toEqual({ ok: true, value: '2024-02-29' });
    expect(checkDate('1/3/2510')).toEqual({ ok: true, value: '1967-03-01' });
    expect(checkDate('01.03.1967')).toEqual({ ok: true, value: '1967-03-01' });
    expect(checkDate('2567-01-15')).toEqual({ ok: true, value: '2024-01-15' });
    expect(checkDate('๑๕/๐๑/๒๕๖๗')).toEqual({ ok: true, value: '2024-01-15' });
    expect(checkDate('29/02/2566')).toMatchObject({ ok: false, code: 'eservices.date_not_real' });
    expect(checkDate('31/04/2567')).toMatchObject({ ok: false, code: 'eservices.date_not_real' });
    expect(checkDate('next tuesday')).toMatchObject({ ok: false, code: 'eservices.date_format' });
  });

  it('computes completed years like a birthday does', () => {
    expect(completedYears('1964-06-15', '2024-06-14')).toBe(59);
    expect(completedYears('1964-06-15', '2024-06-15')).toBe(60);
    expect(completedYears('2020-02-29', '2021-02-28')).toBe(0);
  });

  it('reads numbers with separators and Thai digits', () => {
    expect(checkNumber('1,250.50')).toEqual({ ok: true, value: 1250.5 });
    expect(checkNumber('๑๒๓')).toEqual({ ok: true, value: 123 });
    expect(checkNumber('12a').ok).toBe(false);
    expect(checkNumber('1.5', true)).toMatchObject({ ok: false, code: 'eservices.number_integer' });
  });

  it('finds a district in its province however it is written, and checks postal codes', () => {
    expect(findDistrictInProvince('50', 'อ.เมืองเชียงใหม่')?.code).toBe('5001');
    expect(findDistrictInProvince('50', 'อำเภอ เมืองเชียงใหม่')?.code).toBe('5001');
    expect(findDistrictInProvince('50', 'Mueang Chiang Mai')?.code).toBe('5001');
    expect(findDistrictInProvince('10', 'เขตพระนคร')?.code).toBe('1001');
    expect(findDistrictInProvince('12', 'เมืองเชียงใหม่')).toBeUndefined();
    const chiangMai = provinceOf('50')!;
    expect(postalCodeFits(chiangMai, undefined, '50300')).toBe(true);
    expect(postalCodeFits(chiangMai, undefined, '10200')).toBe(false);
    // Galyani Vadhana (5025) is served from Pai, Mae Hong Son: 58130.
    const galyani = findDistrictInProvince('50', '5025');
    expect(postalCodeFits(chiangMai, galyani, '58130')).toBe(true);
  });
});
