// Validity rules of the Thai national ID card (บัตรประจำตัวประชาชน), Identification Card Act
// B.E. 2526 as amended by Act (No. 3) B.E. 2554 (2011):
// - s.5: Thai nationals aged 7 to 70 and listed in a house registration must hold a card; older
//   people may still ask for one.
// - s.6: a card is valid from its issue date and "มีอายุแปดปีนับแต่วันเกิดของผู้ถือบัตรที่ถึงกำหนด
//   ภายหลังจากวันออกบัตร": it runs eight years from the holder's first birthday after the issue date,
//   so it always expires on a birthday. A card still valid on the holder's 70th birthday stays valid
//   for life (printed as ตลอดชีพ / LIFELONG); that also covers every card issued at 70 or older.

import type { PartialDate } from './partial-date.ts';
import {
  anniversaryInYear,
  daysFromCivil,
  formatIsoDate,
  legalBirthDate,
  parseIsoDate,
} from './partial-date.ts';

export const CARD_VALIDITY_YEARS = 8;
export const CARD_LIFELONG_AGE = 70;
export const CARD_MANDATORY_AGE = 7;

export type CardStatus = 'active' | 'expired' | 'revoked';

/**
 * Expiry date (ISO) of a card issued on `issuedOn` (ISO) to a holder born `birthDate`, or null for
 * a lifelong card. Partial birth dates use the legal birth date of the Civil and Commercial Code
 * s.16 (1st of the month, or 1 January). "After the issue date" is read strictly: a card issued on
 * the birthday itself runs from the next birthday.
 */
export function computeCardExpiry(birthDate: PartialDate, issuedOn: string): string | null {
  const issued = parseIsoDate(issuedOn);
  if (!issued) throw new RangeError(`Invalid ISO date: ${issuedOn}`);
  const expiry = computeCardExpiryDate(birthDate, issued);
  return expiry === null ? null : formatIsoDate(expiry.year, expiry.month, expiry.day);
}

/** {@link computeCardExpiry} on date parts, for callers that already have them. */
export function computeCardExpiryDate(
  birthDate: PartialDate,
  issued: { year: number; month: number; day: number },
): { year: number; month: number; day: number } | null {
  const birth = legalBirthDate(birthDate);
  const issuedDay = daysFromCivil(issued.year, issued.month, issued.day);

  let anchorYear = issued.year;
  const sameYear = anniversaryInYear(birth.month, birth.day, anchorYear);
  if (daysFromCivil(sameYear.year, sameYear.month, sameYear.day) <= issuedDay) anchorYear += 1;

  const expiry = anniversaryInYear(birth.month, birth.day, anchorYear + CARD_VALIDITY_YEARS);
  const seventieth = anniversaryInYear(birth.month, birth.day, birth.year + CARD_LIFELONG_AGE);
  const expiryDay = daysFromCivil(expiry.year, expiry.month, expiry.day);
  if (expiryDay >= daysFromCivil(seventieth.year, seventieth.month, seventieth.day)) return null;
  return expiry;
}

/** Whether a card with this expiry (null = lifelong) is past its validity on the ISO date `on`. */
export function isCardExpired(expiresOn: string | null, on: string): boolean {
  // ISO dates compare correctly as strings; the card is still valid on its expiry date.
  return expiresOn !== null && expiresOn < on;
}
