import { findProvinceByName } from '../orgs/index.ts';
import type { Text } from '../platform/i18n/index.ts';
import { isCardExpired } from './id-card.ts';
import { normalizeLaserCode } from './laser-code.ts';
import { matchesBirthDate, parsePartialDate } from './partial-date.ts';

/** A person as the rest of Pratu sees the registry: whichever source answers (own tables or an
 * external national registry through an adapter), this is the shape. */
export interface RegistryPerson {
  citizenId: string;
  title: Text;
  givenName: Text;
  middleName: Text | null;
  familyName: Text;
  /** Registry form 'YYYY-MM-DD' (C.E.), '00' for unknown month or day. */
  birthDate: string;
  gender: 'male' | 'female' | 'other';
  nationality: string;
  alive: boolean;
  /** Synthetic demo person (sandbox relying parties may see only these). */
  demo: boolean;
  address: RegistryAddress | null;
  card: RegistryCard | null;
  photoRef: string | null;
}

export interface RegistryAddress {
  houseId: string;
  houseNo: string;
  moo: number | null;
  soi: string | null;
  road: string | null;
  subdistrict: string;
  district: string;
  province: string;
  postalCode: string;
  formatted: Text;
}

/** One stay in a house registration: `until` is null for the current one. */
export interface ResidenceRecord {
  role: 'owner' | 'resident';
  since: string;
  until: string | null;
  address: RegistryAddress;
}

export interface RegistryCard {
  cardNumber: string;
  laserCode: string;
  issuedOn: string;
  expiresOn: string | null;
  status: 'active' | 'expired' | 'revoked';
}

/** The Thai way of writing an address, and an English one with the province romanised. */
export function formatAddress(a: Omit<RegistryAddress, 'formatted'>): Text {
  const bangkok = a.province === 'กรุงเทพมหานคร';
  const th = [
    a.houseNo,
    a.moo ? `หมู่ที่ ${a.moo}` : '',
    a.soi ? `ซอย${a.soi}` : '',
    a.road ? `ถนน${a.road}` : '',
    bangkok ? `แขวง${a.subdistrict}` : `ตำบล${a.subdistrict}`,
    bangkok ? `เขต${a.district}` : `อำเภอ${a.district}`,
    bangkok ? a.province : `จังหวัด${a.province}`,
    a.postalCode,
  ]
    .filter(Boolean)
    .join(' ');
  const provinceEn = findProvinceByName(a.province)?.nameEn ?? a.province;
  const en = [
    a.houseNo,
    a.moo ? `Moo ${a.moo}` : '',
    a.soi ? `Soi ${a.soi}` : '',
    a.road ? `${a.road} Road` : '',
    a.subdistrict,
    a.district,
    provinceEn,
    a.postalCode,
  ]
    .filter(Boolean)
    .join(', ');
  return { th, en };
}

export type CardCheck =
  | { ok: true; person: RegistryPerson }
  | {
      ok: false;
      reason: 'unknown' | 'deceased' | 'no_card' | 'card_inactive' | 'card_expired' | 'mismatch';
    };

/**
 * The enrolment check: citizen ID + laser code + birth date must match an active, unexpired card
 * of a living person. The reason is for the audit log only; the citizen is never told which part
 * failed, so the check cannot be used to learn one field at a time.
 */
export function checkCardDetails(
  person: RegistryPerson | null,
  input: { laserCode: string; birthDate: string },
  today: string,
): CardCheck {
  if (!person) return { ok: false, reason: 'unknown' };
  if (!person.alive) return { ok: false, reason: 'deceased' };
  if (!person.card) return { ok: false, reason: 'no_card' };
  const laser = normalizeLaserCode(input.laserCode);
  const birth = parsePartialDate(person.birthDate);
  if (
    !laser ||
    laser !== person.card.laserCode ||
    !birth ||
    !matchesBirthDate(birth, input.birthDate)
  ) {
    return { ok: false, reason: 'mismatch' };
  }
  if (person.card.status !== 'active') return { ok: false, reason: 'card_inactive' };
  if (isCardExpired(person.card.expiresOn, today)) return { ok: false, reason: 'card_expired' };
  return { ok: true, person };
}
