import type { RegistryRecords } from './records.ts';

/**
 * The demo people of docs/demo-data.md: invented citizens with valid checksums, active cards and
 * known laser codes, so anyone can try enrolment. The identity module gives some of them staff
 * roles; everyone else in the demo registry is synthetic (`pratu seed registry --people N`).
 */
export interface DemoCitizen {
  citizenId: string;
  title: { th: string; en: string };
  givenName: { th: string; en: string };
  familyName: { th: string; en: string };
  gender: 'male' | 'female';
  birthDate: string;
  laserCode: string;
  email: string;
}

export const demoCitizens: DemoCitizen[] = [
  {
    citizenId: '1101700123456',
    title: { th: 'นาย', en: 'Mr.' },
    givenName: { th: 'สมชาย', en: 'Somchai' },
    familyName: { th: 'ใจดี', en: 'Jaidee' },
    gender: 'male',
    birthDate: '1990-05-14',
    laserCode: 'JT1123456712',
    email: 'somchai@example.test',
  },
  {
    citizenId: '3100500678913',
    title: { th: 'นาง', en: 'Mrs.' },
    givenName: { th: 'อรุณี', en: 'Arunee' },
    familyName: { th: 'ศรีสุข', en: 'Srisuk' },
    gender: 'female',
    birthDate: '1978-11-02',
    laserCode: 'ME0234567821',
    email: 'arunee@example.test',
  },
  {
    citizenId: '1509900345677',
    title: { th: 'นาย', en: 'Mr.' },
    givenName: { th: 'ประเสริฐ', en: 'Prasert' },
    familyName: { th: 'วงศ์ไทย', en: 'Wongthai' },
    gender: 'male',
    birthDate: '1985-01-30',
    laserCode: 'AB1345678930',
    email: 'prasert@example.test',
  },
  {
    citizenId: '3400100456783',
    title: { th: 'นางสาว', en: 'Miss' },
    givenName: { th: 'มาลี', en: 'Malee' },
    familyName: { th: 'รักษ์ถิ่น', en: 'Rakthin' },
    gender: 'female',
    birthDate: '1972-07-21',
    laserCode: 'KK2456789043',
    email: 'malee@example.test',
  },
  {
    citizenId: '1000300567896',
    title: { th: 'นาย', en: 'Mr.' },
    givenName: { th: 'วิชัย', en: 'Wichai' },
    familyName: { th: 'ข้อมูลดี', en: 'Khomundee' },
    gender: 'male',
    birthDate: '1993-03-09',
    laserCode: 'BK3567890154',
    email: 'wichai@example.test',
  },
];

export function demoCitizenRecords(): RegistryRecords {
  const house = {
    house_id: '10300123451',
    house_no: '99/9',
    moo: null,
    soi: 'ประชาสุข',
    road: 'พหลโยธิน',
    subdistrict: 'สามเสนใน',
    district: 'พญาไท',
    province: 'กรุงเทพมหานคร',
    postal_code: '10400',
    office: 'สำนักงานเขตพญาไท',
  };
  return {
    houses: [house],
    people: demoCitizens.map((c) => ({
      citizen_id: c.citizenId,
      title_th: c.title.th,
      title_en: c.title.en,
      given_name_th: c.givenName.th,
      middle_name_th: null,
      family_name_th: c.familyName.th,
      given_name_en: c.givenName.en,
      middle_name_en: null,
      family_name_en: c.familyName.en,
      birth_date: c.birthDate,
      gender: c.gender,
      nationality: 'THA',
      status: 'alive',
      demo: true,
    })),
    residences: demoCitizens.map((c, i) => ({
      citizen_id: c.citizenId,
      house_id: house.house_id,
      role: i === 0 ? 'owner' : 'resident',
      since: '2015-06-01',
      until: null,
    })),
    cards: demoCitizens.map((c, i) => ({
      citizen_id: c.citizenId,
      card_number: `1030-01-${String(4_000_000 + i).padStart(8, '0')}`,
      laser_code: c.laserCode,
      issued_on: '2022-08-01',
      expires_on: '2031-08-01',
      status: 'active',
      photo_ref: null,
    })),
  };
}
