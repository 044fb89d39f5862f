// The registry import's fast lane for rows read straight from a UTF-8 file (import.ts, first load).
//
// Why bytes: measured with 1,000,000 generated rows (396 MB, mostly Thai), decoding the file into
// JavaScript strings, splitting them and encoding the COPY text back to UTF-8 cost about 7 s of
// CPU, more than PostgreSQL needs to COPY the same file (3.7 s). A row is cut into fields by its
// commas and checked right in the file's bytes instead, and its values go to COPY as the very bytes
// they came in. UTF-8 makes this safe: every byte of a multi-byte character is 0x80 or more, so a
// comma, a quote, a line break or a control character is always the ASCII byte itself.
//
// This lane only accepts; it never rejects or normalises. A row it does not accept in full (a
// problem, a value to normalise such as a B.E. year, a long text, an unknown province spelling) is
// decoded and goes through checkRow in registry-csv.ts like any other, so messages, line numbers
// and normal forms are exactly the same as on the string path. `accept` must therefore never pass a
// row that checkRow would reject or change: each test below mirrors one of checkRow's.

import { findProvinceByName } from '../orgs/index.ts';
import { daysInMonth } from './partial-date.ts';

const FIELDS = 31;
const SPACE = 32;
const MINUS = 45;

// Field positions (REGISTRY_CSV_COLUMNS).
const CITIZEN_ID = 0;
const TITLE_EN = 5;
const GIVEN_NAME_EN = 6;
const FAMILY_NAME_EN = 8;
const BIRTH_DATE = 9;
const HOUSE_ID = 13;
const MOO = 15;
const PROVINCE = 20;
const RESIDENCE_ROLE = 23;
const RESIDENT_SINCE = 24;
const CARD_NUMBER = 25;
const LASER_CODE = 26;
const CARD_ISSUED = 27;
const CARD_EXPIRES = 28;
const CARD_STATUS = 29;
const PHOTO_REF = 30;

// Same limits as registry-csv.ts (characters).
const MAX_NAME = 100;
const MAX_TEXT = 200;
const MAX_HOUSE_NO = 20;
const MAX_CARD_NUMBER = 32;
const MIN_YEAR = 1800;
// A year from here on is B.E. and must be converted: left to checkRow.
const BE_THRESHOLD = 2400;

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const GENDERS = ['male', 'female', 'other'].map(ascii);
const LIFE_STATUSES = ['alive', 'deceased'].map(ascii);
const RESIDENCE_ROLES = ['owner', 'resident'].map(ascii);
const CARD_STATUSES = ['active', 'expired', 'revoked'].map(ascii);

/**
 * Checks a line already cut into fields (by byte-lane.ts: 31 fields, no control character).
 * `b` holds the line and `at[i]` is where field i starts, with at[31] = the line's end + 1, so
 * field i ends at at[i + 1] - 1.
 */
export class ByteRowCheck {
  private b: Uint8Array = new Uint8Array(0);
  private at: Int32Array = new Int32Array(FIELDS + 1);
  private readonly today: Uint8Array;
  private readonly provinces = new Map<number, Uint8Array>();

  constructor(today: string) {
    this.today = ascii(today);
  }

  /** Where the lines and their field starts are; views of the lane's memory, renewed as it grows. */
  use(b: Uint8Array, at: Int32Array): void {
    this.b = b;
    this.at = at;
  }

  accept(): boolean {
    if (!this.citizenId()) return false;
    // The English title and names are NOT NULL in registry.people, where empty means '': an empty
    // one takes the string path, which writes it as "".
    if (!this.text(1, true, MAX_NAME) || !this.text(2, true, MAX_NAME)) return false;
    if (!this.text(3, false, MAX_NAME) || !this.text(4, true, MAX_NAME)) return false;
    if (!this.text(TITLE_EN, true, MAX_NAME) || !this.text(GIVEN_NAME_EN, true, MAX_NAME)) {
      return false;
    }
    if (!this.text(7, false, MAX_NAME) || !this.text(FAMILY_NAME_EN, true, MAX_NAME)) return false;
    if (!this.birthDate()) return false;
    if (!this.oneOf(10, GENDERS) || !this.nationality() || !this.oneOf(12, LIFE_STATUSES)) {
      return false;
    }
    if (!this.house() || !this.card()) return false;
    return this.text(PHOTO_REF, false, MAX_TEXT);
  }

  len(i: number): number {
    return this.at[i + 1]! - 1 - this.at[i]!;
  }

  private digits(from: number, count: number): boolean {
    const b = this.b;
    for (let i = from; i < from + count; i++) {
      const c = b[i]!;
      if (c < 48 || c > 57) return false;
    }
    return true;
  }

  private citizenId(): boolean {
    const s = this.at[CITIZEN_ID]!;
    if (this.len(CITIZEN_ID) !== 13 || !this.digits(s, 13)) return false;
    const b = this.b;
    let sum = 0;
    for (let i = 0; i < 12; i++) sum += (b[s + i]! - 48) * (13 - i);
    return (11 - (sum % 11)) % 10 === b[s + 12]! - 48;
  }

  /** Not empty when required, no surrounding space, at most `max` characters. */
  private text(i: number, required: boolean, max: number): boolean {
    const n = this.len(i);
    if (n === 0) return !required;
    const b = this.b;
    const s = this.at[i]!;
    if (b[s] === SPACE || b[s + n - 1] === SPACE) return false;
    if (n <= max) return true;
    // Counted as JavaScript counts a string's length: UTF-16 units, two for a 4-byte character.
    let chars = 0;
    for (let k = s; k < s + n; k++) {
      const c = b[k]!;
      if ((c & 0xc0) !== 0x80) chars += c >= 0xf0 ? 2 : 1;
    }
    return chars <= max;
  }

  private equals(i: number, word: Uint8Array): boolean {
    if (this.len(i) !== word.length) return false;
    const b = this.b;
    const s = this.at[i]!;
    for (let k = 0; k < word.length; k++) if (b[s + k] !== word[k]) return false;
    return true;
  }

  private oneOf(i: number, words: Uint8Array[]): boolean {
    for (const w of words) if (this.equals(i, w)) return true;
    return false;
  }

  private nationality(): boolean {
    if (this.len(11) !== 3) return false;
    const s = this.at[11]!;
    for (let k = s; k < s + 3; k++) {
      const c = this.b[k]!;
      if (c < 65 || c > 90) return false;
    }
    return true;
  }

  /** Negative when field i (a 10-byte date) is before today, 0 when equal. */
  private vsToday(i: number): number {
    const s = this.at[i]!;
    for (let k = 0; k < 10; k++) {
      const d = this.b[s + k]! - this.today[k]!;
      if (d !== 0) return d;
    }
    return 0;
  }

  /** 'YYYY-MM-DD' in C.E.; month and day may be 00 when `partial`. Returns false if not. */
  private date(i: number, partial: boolean): boolean {
    if (this.len(i) !== 10) return false;
    const b = this.b;
    const s = this.at[i]!;
    if (b[s + 4] !== MINUS || b[s + 7] !== MINUS) return false;
    if (!this.digits(s, 4) || !this.digits(s + 5, 2) || !this.digits(s + 8, 2)) return false;
    const year =
      (b[s]! - 48) * 1000 + (b[s + 1]! - 48) * 100 + (b[s + 2]! - 48) * 10 + b[s + 3]! - 48;
    const month = (b[s + 5]! - 48) * 10 + b[s + 6]! - 48;
    const day = (b[s + 8]! - 48) * 10 + b[s + 9]! - 48;
    if (year < MIN_YEAR || year >= BE_THRESHOLD || month > 12) return false;
    // A partial date may leave out the day (00), or the month and the day.
    if (partial && month === 0) return day === 0;
    if (partial && day === 0) return month >= 1;
    return month >= 1 && day >= 1 && day <= daysInMonth(year, month);
  }

  private birthDate(): boolean {
    return this.date(BIRTH_DATE, true) && this.vsToday(BIRTH_DATE) <= 0;
  }

  private house(): boolean {
    if (this.len(HOUSE_ID) === 0) {
      for (let i = HOUSE_ID + 1; i <= RESIDENT_SINCE; i++) if (this.len(i) !== 0) return false;
      return true;
    }
    if (this.len(HOUSE_ID) !== 11 || !this.digits(this.at[HOUSE_ID]!, 11)) return false;
    if (!this.text(14, true, MAX_HOUSE_NO)) return false;
    const moo = this.len(MOO);
    if (moo > 0) {
      // 1–99 without a leading zero; anything else is refused or rewritten by checkRow.
      const s = this.at[MOO]!;
      if (moo > 2 || !this.digits(s, moo) || this.b[s] === 48) return false;
    }
    if (!this.text(16, false, MAX_NAME) || !this.text(17, false, MAX_NAME)) return false;
    if (!this.text(18, true, MAX_NAME) || !this.text(19, true, MAX_NAME)) return false;
    if (!this.province()) return false;
    if (this.len(21) !== 5 || !this.digits(this.at[21]!, 5)) return false;
    if (!this.text(22, false, MAX_TEXT) || !this.oneOf(RESIDENCE_ROLE, RESIDENCE_ROLES)) {
      return false;
    }
    return this.date(RESIDENT_SINCE, false) && this.vsToday(RESIDENT_SINCE) <= 0;
  }

  /**
   * The canonical Thai name of a known province. Rows of neighbouring households change province
   * every few rows, so accepted names are kept by a hash of their bytes: a row costs one pass over
   * the name and no allocation, where decoding it and asking the geography each time took about
   * 0.4 s of the 3.6 s the reader spent on 1,000,000 rows.
   */
  private province(): boolean {
    const n = this.len(PROVINCE);
    if (n === 0) return false;
    const b = this.b;
    const s = this.at[PROVINCE]!;
    let h = 0x811c9dc5;
    for (let k = s; k < s + n; k++) h = Math.imul(h ^ b[k]!, 0x01000193);
    const known = this.provinces.get(h);
    if (known?.length === n && sameBytes(b, s, s + n, known)) return true;
    const name = Buffer.from(b.buffer, b.byteOffset + s, n).toString('utf8');
    if (findProvinceByName(name)?.nameTh !== name) return false;
    // A copy: the input may reuse its buffer for the next chunk.
    this.provinces.set(h, Uint8Array.prototype.slice.call(b, s, s + n));
    return true;
  }

  private card(): boolean {
    const n = this.len(CARD_NUMBER);
    if (n === 0) {
      for (let i = LASER_CODE; i <= CARD_STATUS; i++) if (this.len(i) !== 0) return false;
      return true;
    }
    if (n > MAX_CARD_NUMBER) return false;
    const b = this.b;
    const s = this.at[CARD_NUMBER]!;
    for (let k = s; k < s + n; k++) {
      const c = b[k]!;
      const ok =
        (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === MINUS;
      if (!ok) return false;
    }
    if (this.len(LASER_CODE) !== 12) return false;
    const l = this.at[LASER_CODE]!;
    for (let k = l; k < l + 2; k++) if (b[k]! < 65 || b[k]! > 90) return false;
    if (!this.digits(l + 2, 10)) return false;
    if (!this.date(CARD_ISSUED, false) || this.vsToday(CARD_ISSUED) > 0) return false;
    if (this.len(CARD_EXPIRES) !== 0) {
      if (!this.date(CARD_EXPIRES, false)) return false;
      // Expiry after issue: both are 'YYYY-MM-DD', so byte order is date order.
      const e = this.at[CARD_EXPIRES]!;
      const i = this.at[CARD_ISSUED]!;
      let d = 0;
      for (let k = 0; k < 10 && d === 0; k++) d = b[e + k]! - b[i + k]!;
      if (d <= 0) return false;
    }
    return this.oneOf(CARD_STATUS, CARD_STATUSES);
  }
}

/** True when bytes [start, end) of `a` are the first end - start bytes of `b`. */
export function sameBytes(a: Uint8Array, start: number, end: number, b: Uint8Array): boolean {
  if (end - start > b.length) return false;
  for (let k = start, j = 0; k < end; k++, j++) if (a[k] !== b[j]) return false;
  return true;
}
