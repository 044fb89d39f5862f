import { describe, expect, it } from 'vitest';
import type { RegistryPerson } from '../../registry/index.ts';
import { acrForAal, requiredAal, satisfies } from './assurance.ts';
import {
  claimsForScopes,
  consentScopes,
  contactClaims,
  registryClaims,
  releasedClaims,
} from './claims.ts';

const person: RegistryPerson = {
  citizenId: '1101700123456',
  title: { th: 'นาย', en: 'Mr.' },
  givenName: { th: 'สมชาย', en: 'Somchai' },
  middleName: null,
  familyName: { th: 'ใจดี', en: 'Jaidee' },
  birthDate: '1990-05-14',
  gender: 'male',
  nationality: 'THA',
  alive: true,
  demo: true,
  address: {
    houseId: '10300123451',
    houseNo: '99/9',
    moo: null,
    soi: 'ประชาสุข',
    road: 'พหลโยธิน',
    subdistrict: 'สามเสนใน',
    district: 'พญาไท',
    province: 'กรุงเทพมหานคร',
    postalCode: '10400',
    formatted: {
      th: '99/9 ซอยประชาสุข ถนนพหลโยธิน แขวงสามเสนใน เขตพญาไท กรุงเทพมหานคร 10400',
      en: '99/9, Soi Prachasuk, Phahon Yothin Road, Samsen Nai, Phaya Thai, Bangkok, 10400',
    },
  },
  card: {
    cardNumber: '1030-01-12345678',
    laserCode: 'JT1123456712',
    issuedOn: '2022-08-01',
    expiresOn: '2030-05-13',
    status: 'active',
  },
  photoRef: null,
};

describe('registryClaims (ThaID-compatible)', () => {
  it('maps names the Thai way and the English way', () => {
    const c = registryClaims(person);
    expect(c.name).toBe('นายสมชาย ใจดี');
    expect(c.name_en).toBe('Mr. Somchai Jaidee');
    expect(c.title).toBe('นาย');
    expect(c.given_name_en).toBe('Somchai');
    expect(c).not.toHaveProperty('middle_name');
  });

  it('includes a middle name when there is one', () => {
    const c = registryClaims({ ...person, middleName: { th: 'วิเศษ', en: 'Wiset' } });
    expect(c.middle_name).toBe('วิเศษ');
    expect(c.name).toBe('นายสมชาย วิเศษ ใจดี');
    expect(c.name_en).toBe('Mr. Somchai Wiset Jaidee');
  });

  it('keeps unknown birth-date parts unknown', () => {
    expect(registryClaims({ ...person, birthDate: '1950-00-00' }).birthdate).toBe('1950');
    expect(registryClaims(person).birthdate).toBe('1990-05-14');
  });

  it('releases the card number, never the laser code', () => {
    const c = registryClaims(person);
    expect(c.smartcard_code).toBe('1030-01-12345678');
    expect(JSON.stringify(c)).not.toContain('JT1123456712');
    expect(c.date_of_issuance).toBe('2022-08-01');
    expect(c.date_of_expiry).toBe('2030-05-13');
  });

  it('leaves out the expiry of a lifelong card, and card claims without a card', () => {
    const lifelong = registryClaims({ ...person, card: { ...person.card!, expiresOn: null } });
    expect(lifelong).not.toHaveProperty('date_of_expiry');
    const none = registryClaims({ ...person, card: null, address: null });
    expect(none).not.toHaveProperty('smartcard_code');
    expect(none).not.toHaveProperty('address');
  });

  it('gives the address as the OpenID Connect structure, Bangkok style', () => {
    expect(registryClaims(person).address).toEqual({
      formatted: person.address!.formatted.th,
      street_address: '99/9 ซอยประชาสุข ถนนพหลโยธิน แขวงสามเสนใน',
      locality: 'เขตพญาไท',
      region: 'กรุงเทพมหานคร',
      postal_code: '10400',
      country: 'TH',
    });
    const upcountry = registryClaims({
      ...person,
      address: {
        ...person.address!,
        moo: 3,
        soi: null,
        road: null,
        subdistrict: 'ในเมือง',
        district: 'เมืองขอนแก่น',
        province: 'ขอนแก่น',
      },
    }).address as Record<string, string>;
    expect(upcountry.street_address).toBe('99/9 หมู่ที่ 3 ตำบลในเมือง');
    expect(upcountry.locality).toBe('อำเภอเมืองขอนแก่น');
  });
});

describe('which claims a response releases', () => {
  it('follows the scopes: each ThaID scope releases the claim of the same name', () => {
    expect([...claimsForScopes('openid pid name_en')].sort()).toEqual(
      ['acr', 'amr', 'auth_time', 'name_en', 'pid', 'sub'].sort(),
    );
    expect(claimsForScopes('profile').has('birthdate')).toBe(true);
  });

  it('counts only personal claims that have a value and were not rejected', () => {
    const available = {
      sub: 'x',
      acr: 'a',
      ...registryClaims(person),
      ...contactClaims({ email: 'a@b.test', phone: null }),
    };
    expect(releasedClaims(available, 'openid pid email middle_name', [])).toEqual([
      'email',
      'email_verified',
      'pid',
    ]);
    expect(releasedClaims(available, 'openid pid', ['pid'])).toEqual([]);
    expect(releasedClaims(available, 'openid', [])).toEqual([]);
  });

  it('lists consent items in a stable order without openid', () => {
    expect(consentScopes(['openid', 'email', 'pid', 'name'])).toEqual(['pid', 'name', 'email']);
  });
});

describe('assurance', () => {
  it('never goes below the relying party’s registered minimum', () => {
    expect(requiredAal(2, acrForAal[1])).toBe(2);
    expect(requiredAal(1, undefined)).toBe(1);
    expect(requiredAal(1, acrForAal[2])).toBe(2);
    expect(requiredAal(1, `${acrForAal[2]} ${acrForAal[1]}`)).toBe(1);
    expect(requiredAal(1, 'urn:unknown')).toBe(1);
  });

  it('accepts a session at or above the needed level only', () => {
    expect(satisfies(acrForAal[2], 1)).toBe(true);
    expect(satisfies(acrForAal[1], 2)).toBe(false);
    expect(satisfies(undefined, 1)).toBe(false);
  });
});
