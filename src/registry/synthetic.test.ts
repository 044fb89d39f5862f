import { describe, expect, it } from 'vitest';
import { isValidCitizenId, isValidHouseId } from './citizen-id.ts';
import { computeCardExpiry } from './id-card.ts';
import { isValidLaserCode } from './laser-code.ts';
import {
  ageOn,
  formatIsoDate,
  formatRegistryDate,
  isValidPartialDate,
  legalBirthDate,
} from './partial-date.ts';
import type { Place, SyntheticPerson } from './synthetic.ts';
import {
  DEFAULT_AS_OF,
  generatePeople,
  iteratePeople,
  MAX_PEOPLE,
  REGISTRY_CSV_COLUMNS,
  REGISTRY_CSV_HEADER,
  SAMPLE_PLACES,
  streamRegistryCsv,
  toRegistryCsvRow,
} from './synthetic.ts';
import {
  FAMILY_NAMES,
  FEMALE_NAMES_MIDDLE,
  FEMALE_NAMES_OLDER,
  FEMALE_NAMES_YOUNGER,
  MALE_NAMES_MIDDLE,
  MALE_NAMES_OLDER,
  MALE_NAMES_YOUNGER,
} from './synthetic-names.ts';

const PEOPLE = generatePeople({ count: 100_000, seed: 20_250_101 });
const DISTRICT_CODES = new Set(SAMPLE_PLACES.map((p) => p.districtCode));

function share(predicate: (p: SyntheticPerson) => boolean): number {
  return PEOPLE.filter(predicate).length / PEOPLE.length;
}

// Checks every person with plain code and reports the first few failures: one expect per person
// would make these 100k-person checks take minutes.
function violations(check: (p: SyntheticPerson) => string | null): string[] {
  const found: string[] = [];
  for (const p of PEOPLE) {
    const problem = check(p);
    if (problem !== null) found.push(`#${p.index} ${p.citizenId}: ${problem}`);
    if (found.length >= 5) break;
  }
  return found;
}

// Minimal RFC 4180 reader for one record, independent of the writer under test.
function parseCsvRecord(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields;
}

describe('name lists', () => {
  const male = [...MALE_NAMES_OLDER, ...MALE_NAMES_MIDDLE, ...MALE_NAMES_YOUNGER];
  const female = [...FEMALE_NAMES_OLDER, ...FEMALE_NAMES_MIDDLE, ...FEMALE_NAMES_YOUNGER];

  it('are large enough and free of duplicates', () => {
    expect(male.length).toBeGreaterThanOrEqual(150);
    expect(female.length).toBeGreaterThanOrEqual(150);
    expect(FAMILY_NAMES.length).toBeGreaterThanOrEqual(200);
    for (const list of [male, female, FAMILY_NAMES]) {
      expect(new Set(list.map(([th]) => th)).size).toBe(list.length);
    }
  });

  it('pair Thai script with plain RTGS letters', () => {
    for (const [th, en] of [...male, ...female, ...FAMILY_NAMES]) {
      expect(th).toMatch(/^[\u0e01-\u0e4e]+$/);
      // RTGS uses no diacritics or tone marks; a hyphen only separates run-together syllables.
      expect(en).toMatch(/^[A-Z][a-z]+(-[a-z]+)?$/);
    }
  });
});

describe('generatePeople: identifiers', () => {
  it('gives every person a valid, unique citizen ID from a known office', () => {
    expect(
      violations((p) => {
        if (!isValidCitizenId(p.citizenId)) return 'invalid ID';
        return DISTRICT_CODES.has(p.citizenId.slice(1, 5)) ? null : 'unknown office';
      }),
    ).toEqual([]);
    expect(new Set(PEOPLE.map((p) => p.citizenId)).size).toBe(PEOPLE.length);
  });

  it('uses ID categories that fit birth date and nationality', () => {
    // Numbers were first given on 1 January 1984 (B.E. 2527).
    expect(
      violations((p) => {
        const category = p.citizenId[0] ?? '';
        let allowed: string;
        if (p.nationality !== 'THA') allowed = '67';
        else if (p.birthDate.year >= 1984) allowed = '125';
        else allowed = '3458';
        return allowed.includes(category) ? null : `category ${category}, born ${p.birthDate.year}`;
      }),
    ).toEqual([]);
  });

  it('gives unique, valid laser codes and card numbers', () => {
    const lasers = new Set<string>();
    const cardNumbers = new Set<string>();
    let cards = 0;
    for (const p of PEOPLE) {
      if (!p.card) continue;
      cards++;
      lasers.add(p.card.laserCode);
      cardNumbers.add(p.card.cardNumber.slice(-8));
    }
    expect(
      violations((p) => {
        if (!p.card) return null;
        if (!isValidLaserCode(p.card.laserCode)) return `laser ${p.card.laserCode}`;
        return /^\d{4}-\d{2}-\d{8}$/.test(p.card.cardNumber) ? null : p.card.cardNumber;
      }),
    ).toEqual([]);
    expect(cards).toBeGreaterThan(80_000);
    expect(lasers.size).toBe(cards);
    expect(cardNumbers.size).toBe(cards);
  });

  it('keeps IDs unique across distant slices of the index space', () => {
    const ids = new Set<string>();
    const lasers = new Set<string>();
    let n = 0;
    for (const start of [0, 1_000_000, 4_999_500, MAX_PEOPLE - 1000]) {
      for (const p of iteratePeople({ count: 1000, seed: 7, startIndex: start })) {
        ids.add(p.citizenId);
        if (p.card) lasers.add(p.card.laserCode);
        n += p.card ? 1 : 0;
      }
    }
    expect(ids.size).toBe(4000);
    expect(lasers.size).toBe(n);
  });
});

describe('generatePeople: households', () => {
  const byHouse = new Map<string, SyntheticPerson[]>();
  for (const p of PEOPLE) {
    const members = byHouse.get(p.house.houseId) ?? [];
    members.push(p);
    byHouse.set(p.house.houseId, members);
  }

  it('gives each household of 1–6 one house code and exactly one living adult owner', () => {
    const problems: string[] = [];
    for (const [houseId, members] of byHouse) {
      // The owner is a household's first index, so a range starting at 0 never cuts one off.
      const owners = members.filter((m) => m.residenceRole === 'owner');
      const owner = owners[0];
      if (!isValidHouseId(houseId) || !DISTRICT_CODES.has(houseId.slice(0, 4))) {
        problems.push(`${houseId}: bad code`);
      } else if (members.length > 6) problems.push(`${houseId}: ${members.length} people`);
      else if (new Set(members.map((m) => m.house)).size !== 1)
        problems.push(`${houseId}: 2 houses`);
      else if (owner === undefined || owners.length !== 1 || owner !== members[0]) {
        problems.push(`${houseId}: owners`);
      } else if (owner.status !== 'alive' || ageOn(owner.birthDate, DEFAULT_AS_OF) < 18) {
        problems.push(`${houseId}: owner dead or a minor`);
      }
    }
    expect(problems.slice(0, 5)).toEqual([]);
    const mean = PEOPLE.length / byHouse.size;
    expect(mean).toBeGreaterThan(2.5);
    expect(mean).toBeLessThan(3.5);
  });

  it('takes the address from the place, with moo never used in Bangkok', () => {
    expect(
      violations((p) => {
        const h = p.house;
        if (!SAMPLE_PLACES.includes(h.place)) return 'unknown place';
        if (h.houseId.slice(0, 4) !== h.place.districtCode) return `house ${h.houseId}`;
        if (!/^\d+(\/\d+)?$/.test(h.houseNo)) return `house no ${h.houseNo}`;
        const bangkok = h.place.provinceCode === '10';
        if (bangkok && h.moo !== null) return 'moo in Bangkok';
        if (h.moo !== null && (h.moo < 1 || h.moo > 15)) return `moo ${h.moo}`;
        const office = `สำนักทะเบียน${bangkok ? 'เขต' : 'อำเภอ'}${h.place.districtTh}`;
        if (h.registrationOfficeTh !== office) return h.registrationOfficeTh;
        if (h.roadTh !== null && !h.place.roads?.some((r) => r.th === h.roadTh)) return h.roadTh;
        return null;
      }),
    ).toEqual([]);
    expect(share((p) => p.house.moo !== null)).toBeGreaterThan(0.3);
    expect(share((p) => p.house.soiTh !== null)).toBeGreaterThan(0.05);
  });

  it('dates residence between birth and today', () => {
    expect(
      violations((p) => {
        const birth = legalBirthDate(p.birthDate);
        const birthIso = formatIsoDate(birth.year, birth.month, birth.day);
        return p.residentSince >= birthIso && p.residentSince <= DEFAULT_AS_OF
          ? null
          : `since ${p.residentSince}, born ${birthIso}`;
      }),
    ).toEqual([]);
  });

  it('uses only the places it is given', () => {
    const place = SAMPLE_PLACES[3] as Place;
    for (const p of generatePeople({ count: 300, seed: 3, places: [place] })) {
      expect(p.house.place).toBe(place);
    }
  });
});

describe('generatePeople: people', () => {
  it('titles people by gender and age', () => {
    expect(
      violations((p) => {
        const age = ageOn(p.birthDate, DEFAULT_AS_OF);
        const title = `${p.titleTh}|${p.titleEn}`;
        let allowed: string[];
        if (p.gender === 'male') allowed = [age < 15 ? 'เด็กชาย|Master' : 'นาย|Mr.'];
        else if (age < 15) allowed = ['เด็กหญิง|Miss'];
        else allowed = ['นาง|Mrs.', 'นางสาว|Miss'];
        return allowed.includes(title) ? null : `${title} at ${age} (${p.gender})`;
      }),
    ).toEqual([]);
    // Both adult women's titles occur.
    expect(share((p) => p.titleTh === 'นาง')).toBeGreaterThan(0.1);
    expect(share((p) => p.titleTh === 'นางสาว')).toBeGreaterThan(0.05);
  });

  it('keeps Thai and English names paired', () => {
    const pairs = new Map<string, string>();
    for (const [th, en] of [
      ...MALE_NAMES_OLDER,
      ...MALE_NAMES_MIDDLE,
      ...MALE_NAMES_YOUNGER,
      ...FEMALE_NAMES_OLDER,
      ...FEMALE_NAMES_MIDDLE,
      ...FEMALE_NAMES_YOUNGER,
    ]) {
      pairs.set(th, en);
    }
    const families = new Map(FAMILY_NAMES.map(([th, en]) => [th, en]));
    expect(
      violations((p) => {
        if (p.nationality !== 'THA') return null;
        if (pairs.get(p.givenNameTh) !== p.givenNameEn) return `${p.givenNameTh}/${p.givenNameEn}`;
        if (families.get(p.familyNameTh) !== p.familyNameEn) return p.familyNameTh;
        return (p.middleNameTh === null) === (p.middleNameEn === null) ? null : 'middle name';
      }),
    ).toEqual([]);
  });

  it('has valid birth dates with a Thai-like age structure', () => {
    expect(violations((p) => (isValidPartialDate(p.birthDate) ? null : 'birth date'))).toEqual([]);
    const ages = PEOPLE.map((p) => ageOn(p.birthDate, DEFAULT_AS_OF));
    const under15 = ages.filter((a) => a < 15).length / ages.length;
    const over60 = ages.filter((a) => a >= 60).length / ages.length;
    expect(under15).toBeGreaterThan(0.12);
    expect(under15).toBeLessThan(0.2);
    expect(over60).toBeGreaterThan(0.17);
    expect(over60).toBeLessThan(0.26);
    expect(Math.max(...ages)).toBeLessThan(110);
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(0);
  });

  it('has the expected rare cases in roughly the expected shares', () => {
    const partial = share((p) => p.birthDate.day === null);
    expect(partial).toBeGreaterThan(0.01);
    expect(partial).toBeLessThan(0.035);
    const deceased = share((p) => p.status === 'deceased');
    expect(deceased).toBeGreaterThan(0.002);
    expect(deceased).toBeLessThan(0.009);
    const middle = share((p) => p.middleNameTh !== null);
    expect(middle).toBeGreaterThan(0.01);
    expect(middle).toBeLessThan(0.035);
    const foreign = share((p) => p.nationality !== 'THA');
    expect(foreign).toBeGreaterThan(0);
    expect(foreign).toBeLessThan(0.02);
    expect(share((p) => p.gender === 'male')).toBeGreaterThan(0.45);
    expect(share((p) => p.gender === 'male')).toBeLessThan(0.55);
  });
});

describe('generatePeople: ID cards', () => {
  it('follows the expiry rule, including lifelong cards from 70', () => {
    expect(
      violations((p) => {
        if (!p.card) return null;
        const expected = computeCardExpiry(p.birthDate, p.card.issuedOn);
        return p.card.expiresOn === expected ? null : `${p.card.expiresOn} ≠ ${expected}`;
      }),
    ).toEqual([]);
    expect(share((p) => p.card !== null && p.card.expiresOn === null)).toBeGreaterThan(0.05);
  });

  it('issues cards from age 7 to Thai nationals only, never in the future', () => {
    expect(
      violations((p) => {
        const age = ageOn(p.birthDate, DEFAULT_AS_OF);
        if (age < 7 || p.nationality !== 'THA') return p.card === null ? null : 'unexpected card';
        if (!p.card) return null;
        if (ageOn(p.birthDate, p.card.issuedOn) < 7) return `issued ${p.card.issuedOn} under 7`;
        return p.card.issuedOn <= DEFAULT_AS_OF ? null : `issued ${p.card.issuedOn}`;
      }),
    ).toEqual([]);
    expect(share((p) => ageOn(p.birthDate, DEFAULT_AS_OF) >= 8 && p.card === null)).toBeLessThan(
      0.02,
    );
  });

  it('keeps status consistent with dates and life status', () => {
    const statuses = new Map<string, number>();
    for (const p of PEOPLE) {
      if (p.card) statuses.set(p.card.status, (statuses.get(p.card.status) ?? 0) + 1);
    }
    expect(
      violations((p) => {
        const card = p.card;
        if (!card) return null;
        if (p.status === 'deceased' && card.status !== 'revoked') return 'dead, card not revoked';
        const pastExpiry = card.expiresOn !== null && card.expiresOn < DEFAULT_AS_OF;
        if (card.status === 'active' && pastExpiry) return `active, expired ${card.expiresOn}`;
        if (card.status === 'expired' && !pastExpiry) return `expired, valid to ${card.expiresOn}`;
        // Current cards are at most 11 years old, so over-82s got theirs at 70+: lifelong.
        if (ageOn(p.birthDate, DEFAULT_AS_OF) >= 82 && card.expiresOn !== null)
          return 'not lifelong';
        return null;
      }),
    ).toEqual([]);
    const total = [...statuses.values()].reduce((a, b) => a + b, 0);
    expect((statuses.get('active') ?? 0) / total).toBeGreaterThan(0.9);
    expect(statuses.get('expired')).toBeGreaterThan(0);
    expect(statuses.get('revoked')).toBeGreaterThan(0);
  });
});

describe('determinism', () => {
  it('repeats exactly for the same seed and differs for another', () => {
    const again = generatePeople({ count: 2000, seed: 20_250_101 });
    expect(again).toEqual(PEOPLE.slice(0, 2000));
    const other = generatePeople({ count: 2000, seed: 20_250_102 });
    expect(other.map((p) => p.citizenId)).not.toEqual(again.map((p) => p.citizenId));
  });

  it('gives person i the same data whatever slice it is generated in', () => {
    // 1000..1100 straddles a household-layout block boundary at 1024.
    for (const [start, count] of [
      [1000, 100],
      [1023, 3],
      [57_777, 50],
    ] as const) {
      const slice = generatePeople({ count, seed: 20_250_101, startIndex: start });
      expect(slice).toEqual(PEOPLE.slice(start, start + count));
    }
  });

  it('takes "today" from asOf, not from the clock', () => {
    const later = generatePeople({ count: 500, seed: 20_250_101, asOf: '2030-06-30' });
    expect(generatePeople({ count: 500, seed: 20_250_101, asOf: '2030-06-30' })).toEqual(later);
    expect(later).not.toEqual(PEOPLE.slice(0, 500));
    for (const p of later) {
      expect(p.residentSince <= '2030-06-30').toBe(true);
      expect(p.residentSince > DEFAULT_AS_OF || p.birthDate.year < 2025).toBe(true);
    }
    expect(later.some((p) => p.birthDate.year >= 2026)).toBe(true);
  });
});

describe('options', () => {
  it('refuses ranges beyond the unique-number space and bad input', () => {
    expect(() => generatePeople({ count: 2, seed: 1, startIndex: MAX_PEOPLE - 1 })).toThrow(
      RangeError,
    );
    expect(() => generatePeople({ count: -1, seed: 1 })).toThrow(RangeError);
    expect(() => generatePeople({ count: 1, seed: 1, places: [] })).toThrow(RangeError);
    expect(() => generatePeople({ count: 1, seed: Number.NaN })).toThrow(RangeError);
    expect(() => generatePeople({ count: 1, seed: 1, asOf: '2025-02-30' })).toThrow(RangeError);
    const badPlace = { ...(SAMPLE_PLACES[0] as Place), districtCode: '2030' };
    expect(() => generatePeople({ count: 1, seed: 1, places: [badPlace] })).toThrow(RangeError);
  });

  it('generates nothing for count 0', () => {
    expect(generatePeople({ count: 0, seed: 1 })).toEqual([]);
  });
});

describe('registry CSV', () => {
  it('has the agreed header', () => {
    expect(REGISTRY_CSV_HEADER).toBe(
      'citizen_id,title_th,given_name_th,middle_name_th,family_name_th,title_en,given_name_en,' +
        'middle_name_en,family_name_en,birth_date,gender,nationality,status,house_id,house_no,moo,' +
        'soi,road,subdistrict,district,province,postal_code,registration_office,residence_role,' +
        'resident_since,card_number,laser_code,card_issued,card_expires,card_status,photo_ref',
    );
  });

  it('writes one field per column, in column order', () => {
    for (const p of PEOPLE.slice(0, 500)) {
      const fields = parseCsvRecord(toRegistryCsvRow(p));
      expect(fields).toHaveLength(REGISTRY_CSV_COLUMNS.length);
      const row = Object.fromEntries(REGISTRY_CSV_COLUMNS.map((c, i) => [c, fields[i]]));
      expect(row['citizen_id']).toBe(p.citizenId);
      expect(row['family_name_th']).toBe(p.familyNameTh);
      expect(row['birth_date']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row['birth_date']).toBe(formatRegistryDate(p.birthDate));
      expect(row['house_id']).toBe(p.house.houseId);
      expect(row['moo']).toBe(p.house.moo === null ? '' : String(p.house.moo));
      expect(row['postal_code']).toBe(p.house.place.postalCode);
      expect(row['card_expires']).toBe(p.card?.expiresOn ?? '');
      expect(row['photo_ref']).toBe(p.photoRef);
    }
  });

  it('writes 00 for unknown birth date parts', () => {
    const partial = PEOPLE.find((p) => p.birthDate.month === null);
    expect(partial).toBeDefined();
    const fields = parseCsvRecord(toRegistryCsvRow(partial!));
    expect(fields[REGISTRY_CSV_COLUMNS.indexOf('birth_date')]).toMatch(/^\d{4}-00-00$/);
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    const base = PEOPLE[0] as SyntheticPerson;
    const odd: SyntheticPerson = {
      ...base,
      givenNameEn: 'Anne, Marie',
      house: { ...base.house, soiTh: 'ซอย "ร่วมใจ", ทางเข้า 2', roadTh: 'line\nbreak' },
    };
    const row = toRegistryCsvRow(odd);
    expect(row).toContain('"Anne, Marie"');
    expect(row).toContain('"ซอย ""ร่วมใจ"", ทางเข้า 2"');
    const fields = parseCsvRecord(row);
    expect(fields).toHaveLength(REGISTRY_CSV_COLUMNS.length);
    expect(fields[REGISTRY_CSV_COLUMNS.indexOf('given_name_en')]).toBe('Anne, Marie');
    expect(fields[REGISTRY_CSV_COLUMNS.indexOf('soi')]).toBe('ซอย "ร่วมใจ", ทางเข้า 2');
    expect(fields[REGISTRY_CSV_COLUMNS.indexOf('road')]).toBe('line\nbreak');
  });

  it('streams the header then one CRLF-terminated line per person', () => {
    const chunks = [...streamRegistryCsv({ count: 1000, seed: 5 }, 64)];
    expect(chunks[0]).toBe(`${REGISTRY_CSV_HEADER}\r\n`);
    const text = chunks.join('');
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.split('\r\n').slice(0, -1);
    expect(lines).toHaveLength(1001);
    const expected = generatePeople({ count: 1000, seed: 5 }).map(toRegistryCsvRow);
    expect(lines.slice(1)).toEqual(expected);
  });
});
