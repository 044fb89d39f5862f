import { randomInt } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomCitizenId, startTestApp, type TestApp } from '../../test/support/app.ts';
import { demoCitizens } from './demo.ts';
import { checkCardDetails, type RegistryPerson } from './person.ts';

describe('registry', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await t.app.registry.module.seed!({ log: () => {} });
  });
  afterAll(() => t.stop());

  it('finds a demo citizen with address and card', async () => {
    const demo = demoCitizens[0]!;
    const person = await t.app.registry.findPerson(demo.citizenId);
    expect(person).toMatchObject({
      citizenId: demo.citizenId,
      givenName: { th: 'สมชาย', en: 'Somchai' },
      alive: true,
      demo: true,
      card: { laserCode: demo.laserCode, status: 'active' },
      address: { province: 'กรุงเทพมหานคร', postalCode: '10400' },
    });
    expect(person?.address?.formatted.th).toContain('แขวงสามเสนใน เขตพญาไท กรุงเทพมหานคร 10400');
    expect(person?.address?.formatted.en).toContain('Bangkok');
    expect(await t.app.registry.findPerson('1234567890123')).toBeNull();
    expect(await t.app.registry.findPerson("1' or '1'='1")).toBeNull();
  });

  it('answers look-ups made at once each with its own person, in one batch', async () => {
    const ids = [...demoCitizens.map((d) => d.citizenId), '1234567890123', 'not an id'];
    const people = await Promise.all(ids.map((id) => t.app.registry.findPerson(id)));
    expect(people.map((p) => p?.citizenId ?? null)).toEqual([
      ...demoCitizens.map((d) => d.citizenId),
      null,
      null,
    ]);
    expect(people.slice(0, demoCitizens.length).every((p) => p?.card?.status)).toBe(true);
  });

  it('gives the current residence, even before a later one that ended, and none when all ended', async () => {
    const cid = randomCitizenId();
    const house = () => String(randomInt(10 ** 10, 10 ** 11 - 1));
    const [ended, current, later] = [house(), house(), house()];
    await sql`insert into registry.people (citizen_id, title_th, title_en, given_name_th,
      family_name_th, given_name_en, family_name_en, birth_date, gender, nationality, status)
      values (${cid}, 'นาย', 'Mr', 'ทดสอบ', 'ที่อยู่', 'Test', 'Address', '1980-01-01', 'male',
      'THA', 'alive')`.execute(t.app.db);
    for (const id of [ended, current, later]) {
      await sql`insert into registry.houses (house_id, house_no, subdistrict, district, province,
        postal_code) values (${id}, '1', 'สามเสนใน', 'พญาไท', 'กรุงเทพมหานคร', '10400')`.execute(
        t.app.db,
      );
    }
    const live = async (house: string, since: string, until: string | null) =>
      sql`insert into registry.residences (citizen_id, house_id, role, since, until)
        values (${cid}, ${house}, 'resident', ${since}, ${until})`.execute(t.app.db);
    await live(ended, '2001-01-01', '2005-01-01');
    expect((await t.app.registry.findPerson(cid))?.address).toBeNull();
    await live(current, '2005-01-01', null);
    await live(later, '2010-01-01', '2011-01-01');
    expect((await t.app.registry.findPerson(cid))?.address?.houseId).toBe(current);
  });

  it('checks card details without saying which field was wrong', async () => {
    const demo = demoCitizens[1]!;
    const good = {
      citizenId: demo.citizenId,
      laserCode: 'me0-2345678-21',
      birthDate: '02/11/2521',
    };
    expect((await t.app.registry.checkCard(good)).ok).toBe(true);
    expect(await t.app.registry.checkCard({ ...good, laserCode: 'ME0-2345678-22' })).toEqual({
      ok: false,
      reason: 'mismatch',
    });
    expect(await t.app.registry.checkCard({ ...good, birthDate: '1978-11-03' })).toMatchObject({
      ok: false,
    });
  });

  it('loads synthetic people whose cards pass the same check', async () => {
    expect(await t.app.registry.countPeople()).toBeGreaterThanOrEqual(500 + demoCitizens.length);
  });

  it('refuses deceased people and expired or revoked cards', () => {
    const base: RegistryPerson = {
      citizenId: '1101700123456',
      title: { th: 'นาย', en: 'Mr.' },
      givenName: { th: 'ก', en: 'K' },
      middleName: null,
      familyName: { th: 'ข', en: 'K' },
      birthDate: '1960-00-00',
      gender: 'male',
      nationality: 'THA',
      alive: true,
      demo: false,
      address: null,
      card: {
        cardNumber: '1',
        laserCode: 'JT1123456712',
        issuedOn: '2015-01-01',
        expiresOn: '2023-01-01',
        status: 'active',
      },
      photoRef: null,
    };
    const input = { laserCode: 'JT1-1234567-12', birthDate: '2503' };
    expect(checkCardDetails(base, input, '2024-01-01')).toEqual({
      ok: false,
      reason: 'card_expired',
    });
    expect(checkCardDetails(base, input, '2022-12-31').ok).toBe(true);
    expect(checkCardDetails({ ...base, alive: false }, input, '2022-01-01')).toEqual({
      ok: false,
      reason: 'deceased',
    });
    expect(
      checkCardDetails(
        { ...base, card: { ...base.card!, status: 'revoked' } },
        input,
        '2022-01-01',
      ),
    ).toEqual({ ok: false, reason: 'card_inactive' });
    expect(checkCardDetails(null, input, '2022-01-01')).toEqual({ ok: false, reason: 'unknown' });
  });
});
