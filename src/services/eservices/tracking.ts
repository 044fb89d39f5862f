import { asciiDigits } from './values.ts';

/**
 * Tracking numbers people can read over the phone: PR-2568-000123. The year is the Buddhist-era
 * year of submission (as Thai forms date things); the running number comes from one database
 * sequence and never restarts, so uniqueness does not depend on the year, and a unique index
 * backs it. Six digits at least, more when the sequence grows past 999,999.
 */
export const TRACKING_PREFIX = 'PR';

const bangkokYear = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Bangkok', year: 'numeric' });

export function buddhistYearOf(date: Date): number {
  return Number(bangkokYear.format(date)) + 543;
}

/** `PR-2568-`: what precedes the running number for an application sent at `submittedAt`. */
export function trackingPrefix(submittedAt: Date): string {
  return `${TRACKING_PREFIX}-${buddhistYearOf(submittedAt)}-`;
}

/** The running number padded to six digits at least (store.submitDraft pads the same way). */
export function formatTrackingNumber(sequence: number, submittedAt: Date): string {
  if (!Number.isSafeInteger(sequence) || sequence < 1) {
    throw new RangeError(`tracking sequence must be a positive integer, got ${sequence}`);
  }
  return `${trackingPrefix(submittedAt)}${String(sequence).padStart(6, '0')}`;
}

/**
 * Reads a tracking number as typed: any case, Thai digits, spaces or a missing dash are fine.
 * Returns the canonical form or null.
 */
export function parseTrackingNumber(text: string): string | null {
  const t = asciiDigits(text).toUpperCase().replace(/\s+/g, '');
  const m = /^PR-?(\d{4})-?(\d{6,12})$/.exec(t);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 2500 || year > 2700) return null;
  return `${TRACKING_PREFIX}-${m[1]}-${m[2]}`;
}
