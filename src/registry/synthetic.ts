// Deterministic synthetic population for demos, tests and benchmarks. Nothing here is a real
// person: names are drawn from common-name lists and every number is derived from (seed, index).
//
// Determinism: all randomness comes from mulberry32 seeded by a hash of (seed, what, index), never
// from Math.random or the clock, so person #i is the same whatever range it is generated in
// (`startIndex` lets workers generate disjoint slices of one population in parallel).
//
// Uniqueness without bookkeeping: the digits that must be unique (citizen ID digits 6–12, laser
// code middle 7 digits, card running number, house code digits 5–11) are an affine bijection of
// the person's (or household's first person's) index modulo 10^7 or 10^8. Different indices can
// therefore never collide, up to MAX_PEOPLE people per seed.

import type { CardStatus } from './id-card.ts';
import { CARD_MANDATORY_AGE, computeCardExpiryDate } from './id-card.ts';
import type { PartialDate } from './partial-date.ts';
import {
  anniversaryInYear,
  civilFromDays,
  daysFromCivil,
  formatIsoDate,
  formatRegistryDate,
  isLeapYear,
  legalBirthDate,
  parseIsoDate,
} from './partial-date.ts';
import type { NameEntry } from './synthetic-names.ts';
import {
  FAMILY_NAMES,
  FEMALE_MIDDLE_NAMES,
  FEMALE_NAMES_MIDDLE,
  FEMALE_NAMES_OLDER,
  FEMALE_NAMES_YOUNGER,
  MALE_MIDDLE_NAMES,
  MALE_NAMES_MIDDLE,
  MALE_NAMES_OLDER,
  MALE_NAMES_YOUNGER,
  MYANMAR_FEMALE_NAMES,
  MYANMAR_MALE_NAMES,
  MYANMAR_SECOND_NAMES,
} from './synthetic-names.ts';

export interface Place {
  /** DOPA 2-digit province code, e.g. `10` for Bangkok. */
  provinceCode: string;
  provinceTh: string;
  provinceEn: string;
  /** DOPA 4-digit district code (province code + district), e.g. `1030`. */
  districtCode: string;
  districtTh: string;
  districtEn: string;
  subdistrictTh: string;
  subdistrictEn: string;
  postalCode: string;
  /** Real roads in the subdistrict, if known; without them addresses carry no road. */
  roads?: readonly { th: string; en: string }[];
}

export type Gender = 'male' | 'female';
export type LifeStatus = 'alive' | 'deceased';
export type ResidenceRole = 'owner' | 'resident';

export interface SyntheticHouse {
  /** 11 digits: registration office code + 7 digits unique per household. */
  houseId: string;
  /** `12` or `12/3`. */
  houseNo: string;
  /** หมู่ที่; null in Bangkok, which has no villages, and in some urban areas. */
  moo: number | null;
  soiTh: string | null;
  soiEn: string | null;
  roadTh: string | null;
  roadEn: string | null;
  place: Place;
  registrationOfficeTh: string;
  registrationOfficeEn: string;
}

export interface SyntheticIdCard {
  /** Issuing-office style number `OOOO-TT-NNNNNNNN`: office code, terminal, running number. */
  cardNumber: string;
  /** Canonical laser code, 12 characters (see laser-code.ts). */
  laserCode: string;
  issuedOn: string;
  /** Null for a lifelong card (see id-card.ts). */
  expiresOn: string | null;
  status: CardStatus;
}

export interface SyntheticPerson {
  index: number;
  citizenId: string;
  titleTh: string;
  titleEn: string;
  givenNameTh: string;
  middleNameTh: string | null;
  familyNameTh: string;
  givenNameEn: string;
  middleNameEn: string | null;
  familyNameEn: string;
  birthDate: PartialDate;
  gender: Gender;
  /** ISO 3166-1 alpha-3. */
  nationality: string;
  status: LifeStatus;
  /** Shared (same object) by everyone in the household. */
  house: SyntheticHouse;
  residenceRole: ResidenceRole;
  /** ISO date the person's name entered this house registration. */
  residentSince: string;
  /** Null under 7, for non-Thai nationals (who hold other cards) and before the first card. */
  card: SyntheticIdCard | null;
  photoRef: string;
}

export interface GeneratePeopleOptions {
  count: number;
  seed: number;
  /** Where households live; defaults to {@link SAMPLE_PLACES}. */
  places?: readonly Place[];
  /** Index of the first person; person i is identical whatever slice it is generated in. */
  startIndex?: number;
  /** "Today" for ages, card status and dates (ISO). Fixed by default so output never drifts. */
  asOf?: string;
}

/** Indices must stay below this so the 7-digit unique parts cannot wrap. */
export const MAX_PEOPLE = 10_000_000;

export const DEFAULT_AS_OF = '2025-01-01';

/** A few real subdistricts with their DOPA codes and postal codes, for tests and as a default. */
export const SAMPLE_PLACES: readonly Place[] = [
  {
    provinceCode: '10',
    provinceTh: 'กรุงเทพมหานคร',
    provinceEn: 'Bangkok',
    districtCode: '1030',
    districtTh: 'จตุจักร',
    districtEn: 'Chatuchak',
    subdistrictTh: 'ลาดยาว',
    subdistrictEn: 'Lat Yao',
    postalCode: '10900',
    roads: [
      { th: 'พหลโยธิน', en: 'Phahon Yothin' },
      { th: 'งามวงศ์วาน', en: 'Ngamwongwan' },
    ],
  },
  {
    provinceCode: '10',
    provinceTh: 'กรุงเทพมหานคร',
    provinceEn: 'Bangkok',
    districtCode: '1006',
    districtTh: 'บางกะปิ',
    districtEn: 'Bang Kapi',
    subdistrictTh: 'คลองจั่น',
    subdistrictEn: 'Khlong Chan',
    postalCode: '10240',
    roads: [
      { th: 'ลาดพร้าว', en: 'Lat Phrao' },
      { th: 'เสรีไทย', en: 'Seri Thai' },
    ],
  },
  {
    provinceCode: '10',
    provinceTh: 'กรุงเทพมหานคร',
    provinceEn: 'Bangkok',
    districtCode: '1033',
    districtTh: 'คลองเตย',
    districtEn: 'Khlong Toei',
    subdistrictTh: 'คลองตัน',
    subdistrictEn: 'Khlong Tan',
    postalCode: '10110',
    roads: [{ th: 'สุขุมวิท', en: 'Sukhumvit' }],
  },
  {
    provinceCode: '50',
    provinceTh: 'เชียงใหม่',
    provinceEn: 'Chiang Mai',
    districtCode: '5001',
    districtTh: 'เมืองเชียงใหม่',
    districtEn: 'Mueang Chiang Mai',
    subdistrictTh: 'สุเทพ',
    subdistrictEn: 'Suthep',
    postalCode: '50200',
    roads: [
      { th: 'ห้วยแก้ว', en: 'Huai Kaeo' },
      { th: 'สุเทพ', en: 'Suthep' },
    ],
  },
  {
    provinceCode: '30',
    provinceTh: 'นครราชสีมา',
    provinceEn: 'Nakhon Ratchasima',
    districtCode: '3001',
    districtTh: 'เมืองนครราชสีมา',
    districtEn: 'Mueang Nakhon Ratchasima',
    subdistrictTh: 'หัวทะเล',
    subdistrictEn: 'Hua Thale',
    postalCode: '30000',
  },
  {
    provinceCode: '40',
    provinceTh: 'ขอนแก่น',
    provinceEn: 'Khon Kaen',
    districtCode: '4001',
    districtTh: 'เมืองขอนแก่น',
    districtEn: 'Mueang Khon Kaen',
    subdistrictTh: 'ศิลา',
    subdistrictEn: 'Sila',
    postalCode: '40000',
    roads: [{ th: 'มิตรภาพ', en: 'Mittraphap' }],
  },
  {
    provinceCode: '83',
    provinceTh: 'ภูเก็ต',
    provinceEn: 'Phuket',
    districtCode: '8301',
    districtTh: 'เมืองภูเก็ต',
    districtEn: 'Mueang Phuket',
    subdistrictTh: 'รัษฎา',
    subdistrictEn: 'Ratsada',
    postalCode: '83000',
    roads: [{ th: 'เทพกระษัตรี', en: 'Thep Krasattri' }],
  },
  {
    provinceCode: '90',
    provinceTh: 'สงขลา',
    provinceEn: 'Songkhla',
    districtCode: '9011',
    districtTh: 'หาดใหญ่',
    districtEn: 'Hat Yai',
    subdistrictTh: 'คอหงส์',
    subdistrictEn: 'Kho Hong',
    postalCode: '90110',
    roads: [{ th: 'กาญจนวนิช', en: 'Kanchanawanit' }],
  },
  {
    provinceCode: '34',
    provinceTh: 'อุบลราชธานี',
    provinceEn: 'Ubon Ratchathani',
    districtCode: '3401',
    districtTh: 'เมืองอุบลราชธานี',
    districtEn: 'Mueang Ubon Ratchathani',
    subdistrictTh: 'ขามใหญ่',
    subdistrictEn: 'Kham Yai',
    postalCode: '34000',
  },
  {
    provinceCode: '20',
    provinceTh: 'ชลบุรี',
    provinceEn: 'Chon Buri',
    districtCode: '2001',
    districtTh: 'เมืองชลบุรี',
    districtEn: 'Mueang Chon Buri',
    subdistrictTh: 'ห้วยกะปิ',
    subdistrictEn: 'Huai Kapi',
    postalCode: '20000',
  },
  {
    provinceCode: '57',
    provinceTh: 'เชียงราย',
    provinceEn: 'Chiang Rai',
    districtCode: '5701',
    districtTh: 'เมืองเชียงราย',
    districtEn: 'Mueang Chiang Rai',
    subdistrictTh: 'ริมกก',
    subdistrictEn: 'Rim Kok',
    postalCode: '57100',
  },
  {
    provinceCode: '12',
    provinceTh: 'นนทบุรี',
    provinceEn: 'Nonthaburi',
    districtCode: '1201',
    districtTh: 'เมืองนนทบุรี',
    districtEn: 'Mueang Nonthaburi',
    subdistrictTh: 'บางกร่าง',
    subdistrictEn: 'Bang Krang',
    postalCode: '11000',
  },
];

export const REGISTRY_CSV_COLUMNS = [
  'citizen_id',
  'title_th',
  'given_name_th',
  'middle_name_th',
  'family_name_th',
  'title_en',
  'given_name_en',
  'middle_name_en',
  'family_name_en',
  'birth_date',
  'gender',
  'nationality',
  'status',
  'house_id',
  'house_no',
  'moo',
  'soi',
  'road',
  'subdistrict',
  'district',
  'province',
  'postal_code',
  'registration_office',
  'residence_role',
  'resident_since',
  'card_number',
  'laser_code',
  'card_issued',
  'card_expires',
  'card_status',
  'photo_ref',
] as const;

export const REGISTRY_CSV_HEADER = REGISTRY_CSV_COLUMNS.join(',');

// ---------------------------------------------------------------------------------------------
// Randomness

const DAYS_PER_YEAR = 365.2425;
const BLOCK_SIZE = 1024;

const SALT_LAYOUT = 1;
const SALT_HOUSEHOLD = 2;
const SALT_PERSON = 3;
const SALT_CITIZEN_ID = 4;
const SALT_LASER = 5;
const SALT_CARD_NO = 6;
const SALT_HOUSE_ID = 7;
const SALT_PHOTO = 8;

function fmix32(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

// fmix32 is a bijection, so distinct n give distinct hashes for a given (seed, salt).
function hash3(seed: number, salt: number, n: number): number {
  return fmix32(fmix32(seed ^ Math.imul(salt, 0x9e3779b1)) + n);
}

/** mulberry32 (Tommy Ettinger): tiny, fast, and good enough for synthetic data. */
class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed | 0;
  }

  /** Restarts the sequence; lets the hot loop reuse one instance instead of allocating. */
  reseed(seed: number): this {
    this.state = seed | 0;
    return this;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Integer in [lo, hi]. */
  range(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Index into cumulative weights ending at 1. */
  pickCumulative(cumulative: readonly number[]): number {
    const r = this.next();
    for (let i = 0; i < cumulative.length; i++) if (r < (cumulative[i] as number)) return i;
    return cumulative.length - 1;
  }
}

function cumulate(weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  let acc = 0;
  return weights.map((w) => {
    acc += w / total;
    return acc;
  });
}

// Affine bijection of [0, modulus): multiplier coprime with 10, so no two indices share a value.
function permute(n: number, modulus: number, multiplier: number, offset: number): number {
  return (n * multiplier + offset) % modulus;
}

// Zero-padded digit strings from lookup tables: number-to-string conversion was the largest
// single cost of generating a person, and these numbers are all below 10^8.
const DIGITS_2 = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));
const DIGITS_3 = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));
const DIGITS_4 = Array.from({ length: 10_000 }, (_, i) => String(i).padStart(4, '0'));
const HEX_BYTES = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function digits2(n: number): string {
  return DIGITS_2[n] as string;
}

/** n < 10^7. */
function digits7(n: number): string {
  return (DIGITS_3[Math.floor(n / 10_000)] as string) + (DIGITS_4[n % 10_000] as string);
}

/** n < 10^8. */
function digits8(n: number): string {
  return (DIGITS_4[Math.floor(n / 10_000)] as string) + (DIGITS_4[n % 10_000] as string);
}

function hex32(n: number): string {
  return (
    (HEX_BYTES[n >>> 24] as string) +
    (HEX_BYTES[(n >>> 16) & 255] as string) +
    (HEX_BYTES[(n >>> 8) & 255] as string) +
    (HEX_BYTES[n & 255] as string)
  );
}

// ISO strings of day numbers, built once per day: a population spans a few tens of thousands of
// distinct days, and formatting dates was a visible share of the generation time.
const ISO_CACHE_DAYS = 80_000;

class IsoDayCache {
  private readonly strings: (string | undefined)[] = new Array(ISO_CACHE_DAYS);
  // Covers about 190 years back and 30 forward from "today": births, moves, card dates.
  private readonly base: number;

  constructor(asOfDay: number) {
    this.base = asOfDay - (ISO_CACHE_DAYS - 11_000);
  }

  get(day: number): string {
    const slot = day - this.base;
    if (slot < 0 || slot >= ISO_CACHE_DAYS) return formatDay(day);
    let iso = this.strings[slot];
    if (iso === undefined) {
      iso = formatDay(day);
      this.strings[slot] = iso;
    }
    return iso;
  }
}

function formatDay(day: number): string {
  const { year, month, day: d } = civilFromDays(day);
  return formatIsoDate(year, month, d);
}

// Same rule as citizenIdCheckDigit (citizen-id.ts), on numbers to spare string work per person.
function citizenIdFromParts(category: number, office: string, serial: number): string {
  let sum = category * 13;
  for (let i = 0; i < 4; i++) sum += (office.charCodeAt(i) - 48) * (12 - i);
  let rest = serial;
  for (let weight = 2; weight <= 8; weight++) {
    sum += (rest % 10) * weight;
    rest = Math.floor(rest / 10);
  }
  return `${category}${office}${digits7(serial)}${(11 - (sum % 11)) % 10}`;
}

// ---------------------------------------------------------------------------------------------
// Demography. Shapes follow Thailand's population (NSO / UN WPP, early 2020s): an ageing
// population with about 15% under 15 and 20% aged 60+, average household just under 3.

// Households of 1..6 people.
const HOUSEHOLD_SIZE_CUM = cumulate([18, 25, 23, 18, 10, 6]);

// Age of the household head in 5-year bands from 20–24 to 95–99. Small households are young
// people on their own and, more and more, older people whose children have left; larger ones are
// headed by people in mid-life.
const SMALL_HEAD_AGE_CUM = cumulate([7, 9, 8, 7, 7, 8, 8, 8, 8, 7, 5.5, 4, 2.5, 1.2, 0.4, 0.1]);
const LARGE_HEAD_AGE_CUM = cumulate([0.5, 2, 5, 9, 12, 13, 13, 12, 10, 8, 6, 4, 2, 1, 0.3, 0.1]);

const LASER_PREFIXES = ['JT', 'JC', 'ME', 'MD', 'JD', 'MC'] as const;

type Role = 'head' | 'spouse' | 'child' | 'parent' | 'grandchild' | 'relative';

interface MemberPlan {
  role: Role;
  gender: Gender;
  age: number;
  /** Family name entry. */
  family: NameEntry;
  married: boolean;
}

interface Context {
  seed: number;
  places: readonly Place[];
  asOfDay: number;
  asOfIso: string;
  asOf: { year: number; month: number; day: number };
  isoDays: IsoDayCache;
  cidOffset: number;
  laserOffset: number;
  cardOffset: number;
  houseOffset: number;
  photoKey: number;
  layoutBlock: number;
  layoutStarts: Int32Array;
  layoutCount: number;
}

function createContext(options: GeneratePeopleOptions): Context {
  const places = options.places ?? SAMPLE_PLACES;
  if (places.length === 0) throw new RangeError('places must not be empty');
  for (const p of places) {
    if (!/^\d{4}$/.test(p.districtCode) || !p.districtCode.startsWith(p.provinceCode)) {
      throw new RangeError(`Invalid district code for ${p.districtEn}: ${p.districtCode}`);
    }
  }
  if (!Number.isFinite(options.seed)) throw new RangeError('seed must be a finite number');
  const asOfIso = options.asOf ?? DEFAULT_AS_OF;
  const asOf = parseIsoDate(asOfIso);
  if (!asOf) throw new RangeError(`Invalid asOf date: ${asOfIso}`);
  const seed = Math.trunc(options.seed) >>> 0;
  const asOfDay = daysFromCivil(asOf.year, asOf.month, asOf.day);
  return {
    seed,
    places,
    asOfDay,
    asOfIso,
    asOf,
    isoDays: new IsoDayCache(asOfDay),
    cidOffset: hash3(seed, SALT_CITIZEN_ID, 0) % 10_000_000,
    laserOffset: hash3(seed, SALT_LASER, 0) % 10_000_000,
    cardOffset: hash3(seed, SALT_CARD_NO, 0) % 100_000_000,
    houseOffset: hash3(seed, SALT_HOUSE_ID, 0) % 10_000_000,
    photoKey: hash3(seed, SALT_PHOTO, 0),
    layoutBlock: -1,
    layoutStarts: new Int32Array(BLOCK_SIZE + 1),
    layoutCount: 0,
  };
}

// Households never straddle a block of BLOCK_SIZE indices, so the household of any index is
// found by replaying one block's size draws: no state carried from earlier indices.
function loadBlock(ctx: Context, block: number): void {
  if (ctx.layoutBlock === block) return;
  const rng = new Rng(hash3(ctx.seed, SALT_LAYOUT, block));
  const base = block * BLOCK_SIZE;
  let at = 0;
  let count = 0;
  while (at < BLOCK_SIZE) {
    ctx.layoutStarts[count++] = base + at;
    at += rng.pickCumulative(HOUSEHOLD_SIZE_CUM) + 1;
  }
  ctx.layoutStarts[count] = base + BLOCK_SIZE;
  ctx.layoutCount = count;
  ctx.layoutBlock = block;
}

function householdContaining(ctx: Context, index: number): { start: number; size: number } {
  loadBlock(ctx, Math.floor(index / BLOCK_SIZE));
  const starts = ctx.layoutStarts;
  let lo = 0;
  let hi = ctx.layoutCount - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= index) lo = mid;
    else hi = mid - 1;
  }
  const start = starts[lo] as number;
  return { start, size: (starts[lo + 1] as number) - start };
}

function givenNamePool(gender: Gender, birthYear: number, rng: Rng): readonly NameEntry[] {
  // The names of one's generation, except that Thais often change their given name as adults
  // (for luck, or a name a monk chose), nearly always to a newer-sounding one.
  let era = birthYear < 1970 ? 0 : birthYear < 1995 ? 1 : 2;
  if (era < 2 && rng.chance(0.12)) era += 1;
  if (gender === 'male') {
    return era === 0 ? MALE_NAMES_OLDER : era === 1 ? MALE_NAMES_MIDDLE : MALE_NAMES_YOUNGER;
  }
  return era === 0 ? FEMALE_NAMES_OLDER : era === 1 ? FEMALE_NAMES_MIDDLE : FEMALE_NAMES_YOUNGER;
}

function pickFamily(rng: Rng, foreign: boolean): NameEntry {
  return rng.pick(foreign ? MYANMAR_SECOND_NAMES : FAMILY_NAMES);
}

function planHousehold(rng: Rng, size: number, foreign: boolean): MemberPlan[] {
  const householdFamily = pickFamily(rng, foreign);
  const headGender: Gender = rng.chance(0.55) ? 'male' : 'female';
  const headAgeCum = size <= 2 ? SMALL_HEAD_AGE_CUM : LARGE_HEAD_AGE_CUM;
  const headAge = Math.min(99, 20 + rng.pickCumulative(headAgeCum) * 5 + rng.int(5));
  const plans: MemberPlan[] = [];

  const hasSpouse = size >= 2 && rng.chance(headAge > 85 ? 0.4 : size === 2 ? 0.7 : 0.8);
  // A married woman usually takes her husband's family name, but may keep her own (Personal Names
  // Act B.E. 2505 s.12 as amended in B.E. 2548); `maiden` is hers when she does.
  const maiden = pickFamily(rng, foreign);
  const wifeFamily = rng.chance(0.85) ? householdFamily : maiden;
  const headFamily = hasSpouse && headGender === 'female' ? wifeFamily : householdFamily;
  plans.push({
    role: 'head',
    gender: headGender,
    age: headAge,
    family: headFamily,
    married: hasSpouse,
  });

  let motherAge = headAge;
  if (hasSpouse) {
    // Husbands are on average a few years older than their wives.
    const gap = rng.range(-2, 8);
    const spouseAge = Math.max(
      18,
      Math.min(99, headGender === 'male' ? headAge - gap : headAge + gap),
    );
    const spouseGender: Gender = headGender === 'male' ? 'female' : 'male';
    plans.push({
      role: 'spouse',
      gender: spouseGender,
      age: spouseAge,
      family: spouseGender === 'female' ? wifeFamily : householdFamily,
      married: true,
    });
    if (spouseGender === 'female') motherAge = spouseAge;
  }

  // Head's parents and siblings carry the head's birth family name.
  const headBirthFamily = headGender === 'female' && hasSpouse ? maiden : householdFamily;
  let firstParent: Gender | null = null;
  let parents = 0;
  let oldestChild = -1;
  while (plans.length < size) {
    const r = rng.next();
    if (headAge <= 55 && parents < 2 && r < 0.08) {
      // The first parent is more often the mother (women outlive men); a second is the other one.
      let gender: Gender;
      if (firstParent === null) gender = rng.chance(0.6) ? 'female' : 'male';
      else gender = firstParent === 'female' ? 'male' : 'female';
      firstParent ??= gender;
      const age = Math.min(99, headAge + rng.range(20, 36));
      const family =
        gender === 'male' || rng.chance(0.9) ? headBirthFamily : pickFamily(rng, foreign);
      plans.push({ role: 'parent', gender, age, family, married: parents === 1 });
      parents++;
      continue;
    }
    const gender: Gender = rng.chance(0.51) ? 'male' : 'female';
    if (r < 0.14) {
      // Siblings, cousins, in-laws: extended kin are a regular part of Thai households.
      const age = Math.max(15, Math.min(99, headAge + rng.range(-12, 12)));
      const family = rng.chance(0.6) ? headBirthFamily : pickFamily(rng, foreign);
      plans.push({ role: 'relative', gender, age, family, married: false });
      continue;
    }
    // Three-generation homes are common in Thailand, often grandparents raising grandchildren.
    if (oldestChild >= 22 && r < 0.55) {
      const age = rng.range(Math.max(0, oldestChild - 40), oldestChild - 20);
      const family = rng.chance(0.6) ? householdFamily : pickFamily(rng, foreign);
      plans.push({ role: 'grandchild', gender, age, family, married: false });
      continue;
    }
    // Mothers aged 20–40 at birth. Births have fallen steeply (total fertility about 1.0–1.2 in
    // the 2020s), so a draw under 5 is kept only some of the time.
    const lo = Math.max(0, motherAge - 40);
    const hi = Math.max(0, motherAge - 20);
    let age = rng.range(lo, hi);
    if (age < 5 && rng.chance(0.4)) age = rng.range(lo, hi);
    oldestChild = Math.max(oldestChild, age);
    const family = rng.chance(0.95) ? householdFamily : pickFamily(rng, foreign);
    plans.push({ role: 'child', gender, age, family, married: false });
  }
  return plans;
}

// Titles: children under 15 are เด็กชาย/เด็กหญิง (royal announcement on children's titles,
// B.E. 2464); from 15, นาย for men and นางสาว or นาง for women. Under the Title of Women Act
// B.E. 2551 a married woman may keep นางสาว, and a divorced or widowed one may return to it.
function chooseTitle(
  gender: Gender,
  age: number,
  plan: MemberPlan,
  rng: Rng,
): { th: string; en: string } {
  if (gender === 'male') return age < 15 ? TITLE_BOY : TITLE_MR;
  if (age < 15) return TITLE_GIRL;
  let mrsShare: number;
  if (plan.married) mrsShare = 0.8;
  else if (plan.role === 'parent') mrsShare = 0.9;
  else mrsShare = age >= 35 ? 0.45 : 0.08;
  return rng.chance(mrsShare) ? TITLE_MRS : TITLE_MISS;
}

const TITLE_BOY = { th: 'เด็กชาย', en: 'Master' };
const TITLE_GIRL = { th: 'เด็กหญิง', en: 'Miss' };
const TITLE_MR = { th: 'นาย', en: 'Mr.' };
const TITLE_MRS = { th: 'นาง', en: 'Mrs.' };
const TITLE_MISS = { th: 'นางสาว', en: 'Miss' };

// Citizen ID categories (digit 1), DOPA: 1 Thai born from 1 Jan 1984 and notified in time;
// 2 the same notified late; 3 in a house registration when numbers were first given (1984);
// 4 moved in at that time without a number yet; 5 added later (missed the census, etc.);
// 6 foreigners staying temporarily or entered illegally; 7 their children born in Thailand;
// 8 foreigners with permanent residence and people naturalised Thai after 1984.
const NUMBERING_START_DAY = daysFromCivil(1984, 1, 1);

function chooseCategory(birthDay: number, foreign: boolean, age: number, rng: Rng): number {
  if (foreign) return age < 18 && rng.chance(0.7) ? 7 : 6;
  if (birthDay >= NUMBERING_START_DAY) {
    const r = rng.next();
    return r < 0.965 ? 1 : r < 0.995 ? 2 : 5;
  }
  const r = rng.next();
  return r < 0.925 ? 3 : r < 0.975 ? 4 : r < 0.998 ? 5 : 8;
}

function chooseBirthDate(birthDay: number, age: number, rng: Rng): PartialDate {
  const { year, month, day } = civilFromDays(birthDay);
  // Unknown birth days are a legacy of home births registered long after the fact, so they are
  // concentrated among older people; overall about 2%.
  const partialShare = age >= 60 ? 0.06 : age >= 40 ? 0.015 : 0.003;
  if (!rng.chance(partialShare)) return { year, month, day };
  return rng.chance(0.6) ? { year, month: null, day: null } : { year, month, day: null };
}

// Same as ageOn(pd, asOf) (legal birth date, 29 Feb → 28 Feb) without parsing or allocating.
function ageAt(ctx: Context, pd: PartialDate): number {
  const { year, month, day } = ctx.asOf;
  const birthMonth = pd.month ?? 1;
  let birthDay = pd.month === null ? 1 : (pd.day ?? 1);
  if (birthMonth === 2 && birthDay === 29 && !isLeapYear(year)) birthDay = 28;
  const before = month < birthMonth || (month === birthMonth && day < birthDay);
  return year - pd.year - (before ? 1 : 0);
}

function officeName(place: Place): { th: string; en: string } {
  if (place.provinceCode === '10') {
    return {
      th: `สำนักทะเบียนเขต${place.districtTh}`,
      en: `${place.districtEn} District Registration Office`,
    };
  }
  return {
    th: `สำนักทะเบียนอำเภอ${place.districtTh}`,
    en: `${place.districtEn} District Registration Office`,
  };
}

function buildHouse(ctx: Context, start: number, rng: Rng): SyntheticHouse {
  const place = ctx.places[rng.int(ctx.places.length)] as Place;
  const bangkok = place.provinceCode === '10';
  const base = bangkok ? rng.range(1, 2999) : rng.range(1, 399);
  const houseNo = rng.chance(bangkok ? 0.4 : 0.2)
    ? `${base}/${rng.range(1, bangkok ? 299 : 30)}`
    : String(base);
  const moo = !bangkok && rng.chance(0.85) ? rng.range(1, 15) : null;

  let roadTh: string | null = null;
  let roadEn: string | null = null;
  let soiTh: string | null = null;
  let soiEn: string | null = null;
  const roads = place.roads;
  if (roads && roads.length > 0 && rng.chance(bangkok ? 0.9 : 0.5)) {
    const road = rng.pick(roads);
    roadTh = road.th;
    roadEn = road.en;
    if (rng.chance(bangkok ? 0.5 : 0.25)) {
      // Bangkok sois are numbered along their road: ลาดพร้าว 71.
      const n = rng.range(1, bangkok ? 99 : 20);
      soiTh = bangkok ? `${road.th} ${n}` : String(n);
      soiEn = bangkok ? `${road.en} ${n}` : String(n);
    }
  } else if (rng.chance(0.1)) {
    soiTh = soiEn = String(rng.range(1, 20));
  }

  const office = officeName(place);
  const houseSerial = permute(start, 10_000_000, 6_180_339, ctx.houseOffset);
  return {
    houseId: place.districtCode + digits7(houseSerial),
    houseNo,
    moo,
    soiTh,
    soiEn,
    roadTh,
    roadEn,
    place,
    registrationOfficeTh: office.th,
    registrationOfficeEn: office.en,
  };
}

function buildCard(
  ctx: Context,
  index: number,
  birthDate: PartialDate,
  deceased: boolean,
  house: SyntheticHouse,
  rng: Rng,
): SyntheticIdCard | null {
  const legal = legalBirthDate(birthDate);
  const seventh = anniversaryInYear(legal.month, legal.day, legal.year + CARD_MANDATORY_AGE);
  // The first card is applied for within 60 days of turning 7 (Identification Card Act s.5).
  const firstPossible = daysFromCivil(seventh.year, seventh.month, seventh.day) + rng.int(61);
  if (firstPossible > ctx.asOfDay) return null;

  const roll = rng.next();
  let wanted: CardStatus = deceased
    ? 'revoked'
    : roll < 0.03
      ? 'expired'
      : roll < 0.04
        ? 'revoked'
        : 'active';
  let issuedDay: number;
  const expiredLo = ctx.asOfDay - Math.round(11 * DAYS_PER_YEAR);
  const expiredHi = ctx.asOfDay - Math.round(9 * DAYS_PER_YEAR);
  if (wanted === 'expired' && firstPossible <= expiredHi) {
    issuedDay =
      Math.max(firstPossible, expiredLo) +
      rng.int(expiredHi - Math.max(firstPossible, expiredLo) + 1);
  } else {
    if (wanted === 'expired') wanted = 'active';
    const lo = Math.max(firstPossible, ctx.asOfDay - Math.round(8 * DAYS_PER_YEAR));
    issuedDay = lo + rng.int(ctx.asOfDay - lo + 1);
  }
  const issued = civilFromDays(issuedDay);
  const issuedOn = ctx.isoDays.get(issuedDay);
  const expiry = computeCardExpiryDate(birthDate, issued);
  const expiryDay = expiry === null ? null : daysFromCivil(expiry.year, expiry.month, expiry.day);
  const expiresOn = expiryDay === null ? null : ctx.isoDays.get(expiryDay);
  // Status follows the dates: an "expired" draw that turned out lifelong is simply active.
  let status: CardStatus = wanted;
  if (wanted !== 'revoked') {
    status = expiryDay !== null && expiryDay < ctx.asOfDay ? 'expired' : 'active';
  }

  // Cards are usually made at the home district office, sometimes wherever the holder happens to be.
  const office = rng.chance(0.85)
    ? house.place.districtCode
    : (ctx.places[rng.int(ctx.places.length)] as Place).districtCode;
  const running = permute(index, 100_000_000, 61_803_399, ctx.cardOffset);
  const cardNumber = `${office}-${digits2(rng.range(1, 12))}-${digits8(running)}`;

  const laserMiddle = permute(index, 10_000_000, 3_276_549, ctx.laserOffset);
  const laserCode =
    rng.pick(LASER_PREFIXES) + String(rng.int(10)) + digits7(laserMiddle) + digits2(rng.int(100));

  return { cardNumber, laserCode, issuedOn, expiresOn, status };
}

function buildHousehold(ctx: Context, start: number, size: number): SyntheticPerson[] {
  const hrng = new Rng(hash3(ctx.seed, SALT_HOUSEHOLD, start));
  // About 0.5% of households are Myanmar nationals.
  const foreign = hrng.chance(0.005);
  const plans = planHousehold(hrng, size, foreign);
  const house = buildHouse(ctx, start, hrng);
  const head = plans[0] as MemberPlan;
  // When the head's name entered this house registration.
  const maxTenure = Math.min(40, head.age - 18) * DAYS_PER_YEAR;
  const establishedDay = ctx.asOfDay - Math.floor(hrng.next() * maxTenure);

  const people: SyntheticPerson[] = [];
  const rng = new Rng(0);
  for (let k = 0; k < size; k++) {
    const plan = plans[k] as MemberPlan;
    const index = start + k;
    rng.reseed(hash3(ctx.seed, SALT_PERSON, index));

    const birthDay = ctx.asOfDay - Math.floor((plan.age + rng.next()) * DAYS_PER_YEAR);
    const birthDate = chooseBirthDate(birthDay, plan.age, rng);
    const age = ageAt(ctx, birthDate);
    const gender = plan.gender;

    let given: NameEntry;
    let middle: NameEntry | null = null;
    if (foreign) {
      given = rng.pick(gender === 'male' ? MYANMAR_MALE_NAMES : MYANMAR_FEMALE_NAMES);
    } else {
      given = rng.pick(givenNamePool(gender, birthDate.year, rng));
      if (rng.chance(0.02))
        middle = rng.pick(gender === 'male' ? MALE_MIDDLE_NAMES : FEMALE_MIDDLE_NAMES);
    }
    const title = chooseTitle(gender, age, plan, rng);

    const category = chooseCategory(birthDay, foreign, age, rng);
    // Digits 2–5: the office that gave the number, usually the one the family lives under.
    const officePlace = rng.chance(0.75)
      ? house.place
      : (ctx.places[rng.int(ctx.places.length)] as Place);
    const serial = permute(index, 10_000_000, 7_919_373, ctx.cidOffset);
    const citizenId = citizenIdFromParts(category, officePlace.districtCode, serial);

    // Deaths stay on the register, marked; risk rises with age. The head is the living householder.
    const deathRisk = age >= 80 ? 0.078 : age >= 60 ? 0.019 : 0.003;
    const deceased = plan.role !== 'head' && rng.chance(deathRisk);

    // Births are notified within 15 days (Civil Registration Act B.E. 2534 s.18); others joined
    // the house at or after the date the head did.
    let sinceDay: number;
    if (plan.role === 'head') sinceDay = establishedDay;
    else if (birthDay >= establishedDay) sinceDay = birthDay + rng.int(16);
    else {
      const r = rng.next();
      sinceDay = establishedDay + Math.floor(r * r * (ctx.asOfDay - establishedDay));
    }
    sinceDay = Math.min(sinceDay, ctx.asOfDay);

    const card = foreign ? null : buildCard(ctx, index, birthDate, deceased, house, rng);
    const photoRef = `synthetic-photo:${hex32(fmix32(index ^ ctx.photoKey))}`;

    people.push({
      index,
      citizenId,
      titleTh: title.th,
      titleEn: title.en,
      givenNameTh: given[0],
      middleNameTh: middle ? middle[0] : null,
      familyNameTh: plan.family[0],
      givenNameEn: given[1],
      middleNameEn: middle ? middle[1] : null,
      familyNameEn: plan.family[1],
      birthDate,
      gender,
      nationality: foreign ? 'MMR' : 'THA',
      status: deceased ? 'deceased' : 'alive',
      house,
      residenceRole: plan.role === 'head' ? 'owner' : 'resident',
      residentSince: ctx.isoDays.get(sinceDay),
      card,
      photoRef,
    });
  }
  return people;
}

function checkRange(options: GeneratePeopleOptions): { start: number; end: number } {
  const start = options.startIndex ?? 0;
  const { count } = options;
  if (!Number.isInteger(start) || start < 0)
    throw new RangeError('startIndex must be an integer ≥ 0');
  if (!Number.isInteger(count) || count < 0) throw new RangeError('count must be an integer ≥ 0');
  if (start + count > MAX_PEOPLE) {
    throw new RangeError(`startIndex + count must not exceed ${MAX_PEOPLE} (unique-number space)`);
  }
  return { start, end: start + count };
}

/**
 * Streams people `startIndex .. startIndex + count - 1` one household at a time, so a million can
 * be written out without holding them in memory.
 */
export function* iteratePeople(options: GeneratePeopleOptions): Generator<SyntheticPerson> {
  const { start, end } = checkRange(options);
  const ctx = createContext(options);
  let index = start;
  while (index < end) {
    const household = householdContaining(ctx, index);
    const members = buildHousehold(ctx, household.start, household.size);
    for (let k = index - household.start; k < household.size && index < end; k++, index++) {
      yield members[k] as SyntheticPerson;
    }
  }
}

export function generatePeople(options: GeneratePeopleOptions): SyntheticPerson[] {
  return Array.from(iteratePeople(options));
}

// ---------------------------------------------------------------------------------------------
// CSV (RFC 4180)

const NEEDS_QUOTES_RE = /[",\r\n]/;

// Only free text can hold a comma, quote or line break; codes, dates and enums are ours and cannot.
// Titles and names from our own lists are known to be plain; a Set lookup on those (interned
// constants with cached hashes) is cheaper than scanning each one.
const PLAIN_TEXT = new Set<string>(
  [
    FAMILY_NAMES,
    FEMALE_MIDDLE_NAMES,
    FEMALE_NAMES_MIDDLE,
    FEMALE_NAMES_OLDER,
    FEMALE_NAMES_YOUNGER,
    MALE_MIDDLE_NAMES,
    MALE_NAMES_MIDDLE,
    MALE_NAMES_OLDER,
    MALE_NAMES_YOUNGER,
    MYANMAR_FEMALE_NAMES,
    MYANMAR_MALE_NAMES,
    MYANMAR_SECOND_NAMES,
  ]
    .flat()
    .flat()
    .concat([TITLE_BOY, TITLE_GIRL, TITLE_MR, TITLE_MRS, TITLE_MISS].flatMap((t) => [t.th, t.en]))
    .filter((text) => !NEEDS_QUOTES_RE.test(text)),
);

function csvText(value: string | null): string {
  if (value === null) return '';
  if (PLAIN_TEXT.has(value) || !NEEDS_QUOTES_RE.test(value)) return value;
  return `"${value.replaceAll('"', '""')}"`;
}

// Household members come one after another and share one house object, so rendering the house
// columns once and reusing them for the following rows saves most of the escaping work.
let lastHouse: SyntheticHouse | null = null;
let lastHouseSegment = '';

function houseSegment(h: SyntheticHouse): string {
  if (h !== lastHouse) {
    const pl = h.place;
    lastHouseSegment = `${h.houseId},${csvText(h.houseNo)},${h.moo ?? ''},${csvText(h.soiTh)},${csvText(h.roadTh)},${csvText(pl.subdistrictTh)},${csvText(pl.districtTh)},${csvText(pl.provinceTh)},${csvText(pl.postalCode)},${csvText(h.registrationOfficeTh)}`;
    lastHouse = h;
  }
  return lastHouseSegment;
}

/**
 * One CSV record (no line terminator) in {@link REGISTRY_CSV_COLUMNS} order. Empty fields mean
 * none/unknown; `card_expires` is empty for a lifelong card (and when there is no card at all).
 */
export function toRegistryCsvRow(p: SyntheticPerson): string {
  const c = p.card;
  const card = c
    ? `${c.cardNumber},${c.laserCode},${c.issuedOn},${c.expiresOn ?? ''},${c.status}`
    : ',,,,';
  return `${p.citizenId},${csvText(p.titleTh)},${csvText(p.givenNameTh)},${csvText(p.middleNameTh)},${csvText(p.familyNameTh)},${csvText(p.titleEn)},${csvText(p.givenNameEn)},${csvText(p.middleNameEn)},${csvText(p.familyNameEn)},${formatRegistryDate(p.birthDate)},${p.gender},${p.nationality},${p.status},${houseSegment(p.house)},${p.residenceRole},${p.residentSince},${card},${csvText(p.photoRef)}`;
}

/**
 * The registry CSV as text chunks: the header line, then rows, each line ending in CRLF as
 * RFC 4180 specifies. Rows are batched (`rowsPerChunk`, default 256) so a writer makes a few
 * thousand writes for a million rows rather than a million.
 */
export function* streamRegistryCsv(
  options: GeneratePeopleOptions,
  rowsPerChunk = 256,
): Generator<string> {
  yield `${REGISTRY_CSV_HEADER}\r\n`;
  let chunk = '';
  let rows = 0;
  for (const person of iteratePeople(options)) {
    chunk += `${toRegistryCsvRow(person)}\r\n`;
    if (++rows === rowsPerChunk) {
      yield chunk;
      chunk = '';
      rows = 0;
    }
  }
  if (rows > 0) yield chunk;
}
