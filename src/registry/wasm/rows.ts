// AssemblyScript, compiled to rows.wasm by `npm run build:wasm` (see ../byte-lane.ts for why and
// how it is used). It reads a file's lines as bytes: cuts each into fields, checks them, and
// writes accepted rows as the first load's four binary COPY streams.
//
// The lane only accepts; it never rejects or normalises. A row it does not accept in full (a
// problem, a value to normalise such as a B.E. year, a long text, an unknown province spelling)
// is decoded by the TypeScript side and goes through checkRow in ../registry-csv.ts like any
// other, so messages, line numbers and normal forms are exactly those of the string path. The
// checks here must therefore never pass a row that checkRow would reject or change: each mirrors
// one of checkRow's, and ../byte-lane.test.ts holds the two to that.
//
// UTF-8 makes cutting bytes safe: every byte of a multi-byte character is 0x80 or more, so a
// comma, a quote, a line break or a control character is always the ASCII byte itself.
//
// Everything lives at fixed places in linear memory, which the TypeScript side reads and writes
// through views; nothing is allocated. Offsets held in memory are absolute addresses.

/** Whether the text at [from, from + length) is a province's canonical Thai name (orgs/). */
@external("env", "knownProvince")
declare function knownProvince(from: usize, length: i32): bool;

// Field positions (REGISTRY_CSV_COLUMNS).
const FIELDS = 31;
const CITIZEN_ID = 0;
const TITLE_EN = 5;
const GIVEN_NAME_EN = 6;
const FAMILY_NAME_EN = 8;
const BIRTH_DATE = 9;
const GENDER = 10;
const NATIONALITY = 11;
const LIFE_STATUS = 12;
const HOUSE_ID = 13;
const HOUSE_NO = 14;
const MOO = 15;
const PROVINCE = 20;
const POSTAL_CODE = 21;
const REGISTRATION_OFFICE = 22;
const RESIDENCE_ROLE = 23;
const RESIDENT_SINCE = 24;
const CARD_NUMBER = 25;
const LASER_CODE = 26;
const CARD_ISSUED = 27;
const CARD_EXPIRES = 28;
const CARD_STATUS = 29;
const PHOTO_REF = 30;

// Column counts of the four COPY streams (store-import.ts LOAD_COLUMNS).
const PEOPLE_COLUMNS = 15;
const HOUSE_COLUMNS = 11;
const RESIDENCE_COLUMNS = 4;
const CARD_COLUMNS = 7;

// The memory map. The places byte-lane.ts reads and writes are exported (as immutable globals).
export const AT: usize = 65536; // i32 × 32: where field i starts; [31] = the line's end + 1
export const LINE: usize = AT + 128; // i32 × 2: the current line's start and end (before \r\n)
export const OUT_LENGTH: usize = AT + 160; // i32 × 4: bytes waiting in each output
export const OUT_COUNT: usize = AT + 176; // i32 × 4: rows written to each output
export const TODAY: usize = AT + 192; // 'YYYY-MM-DD', set by the TypeScript side before `start`
const PROVINCE_SLOTS: usize = AT + 256; // 256 × (hash u32, length u16, offset u16)
const PROVINCE_NAMES: usize = AT + 2304; // the bytes of the province names accepted so far
const PROVINCE_NAMES_CAP: usize = 5888;
const HOUSE: usize = AT + 8192; // the last house written, to send a household's house once
const HOUSE_CAP: i32 = 8 << 10;
export const SCRATCH: usize = AT + (16 << 10); // a row normalised by the string path, laid out as a line
export const OUT: usize = 2 * 65536; // four outputs: people, houses, residences, cards
export const OUT_CAP: usize = 3 << 20;
export const IN: usize = OUT + 4 * OUT_CAP; // the lines being read; grows with the longest slice
// Slack after every region: copies move 16 bytes at a time and may run past a value's end.
const SLACK: usize = 64;

// Same limits as registry-csv.ts, in characters.
const MAX_NAME = 100;
const MAX_TEXT = 200;
const MAX_HOUSE_NO = 20;
const MAX_CARD_NUMBER = 32;
const MIN_YEAR = 1800;
// A year from here on is B.E. and must be converted: left to checkRow.
const BE_THRESHOLD = 2400;

let inEnd: usize = IN;
let pos: usize = IN;
let houseLength: i32 = -1;
let provinceNames: usize = 0;
let provinceCount = 0;

/** Grows memory so that `bytes` of input fit at IN; returns false if it cannot. */
export function reserveInput(bytes: i32): bool {
  const need = IN + <usize>bytes + SLACK;
  const have = <usize>memory.size() << 16;
  if (need <= have) return true;
  return memory.grow(<i32>((need - have + 65535) >> 16)) >= 0;
}

/** Starts the four outputs, each with the binary COPY signature, flags and extension length. */
export function start(): void {
  houseLength = -1;
  provinceNames = 0;
  provinceCount = 0;
  memory.fill(PROVINCE_SLOTS, 0, PROVINCE_NAMES - PROVINCE_SLOTS);
  for (let t = 0; t < 4; t++) {
    const p = OUT + <usize>t * OUT_CAP;
    // 'PGCOPY\n\377\r\n\0'
    store<u64>(p, 0xff0a_5950_4f43_4750);
    store<u16>(p + 8, 0x0a0d);
    store<u8>(p + 10, 0);
    store<u64>(p + 11, 0);
    store<i32>(OUT_LENGTH + (<usize>t << 2), 19);
    store<i32>(OUT_COUNT + (<usize>t << 2), 0);
  }
}

/** `bytes` of complete lines (the last ends with \n) were written at IN. */
export function input(bytes: i32): void {
  pos = IN;
  inEnd = IN + <usize>bytes;
}

/**
 * Cuts the next line into fields (AT) and places it (LINE). Returns -1 when no line is left, 0
 * for a blank line, 1 for a line of 31 fields without control characters, 2 for any other line.
 */
function nextLine(): i32 {
  const begin = pos;
  if (begin >= inEnd) return -1;
  store<i32>(AT, <i32>begin);
  const comma = i8x16.splat(44);
  const newline = i8x16.splat(10);
  const space = i8x16.splat(32);
  const del = i8x16.splat(127);
  let commas = 0;
  let control: usize = inEnd;
  let i = begin;
  let end: usize = 0;
  for (;;) {
    const v = v128.load(i);
    const nl = i8x16.bitmask(i8x16.eq(v, newline));
    let cm = i8x16.bitmask(i8x16.eq(v, comma));
    let ct = i8x16.bitmask(v128.or(i8x16.lt_u(v, space), i8x16.eq(v, del)));
    if (nl !== 0) {
      const before = (1 << ctz(nl)) - 1;
      cm &= before;
      ct &= before;
      end = i + <usize>ctz(nl);
    }
    if (ct !== 0 && control === inEnd) control = i + <usize>ctz(ct);
    while (cm !== 0) {
      commas++;
      if (commas < FIELDS) store<i32>(AT + (<usize>commas << 2), <i32>(i + <usize>ctz(cm) + 1));
      cm &= cm - 1;
    }
    if (nl !== 0) break;
    i += 16;
  }
  pos = end + 1;
  let stop = end;
  if (stop > begin && load<u8>(stop - 1) === 13) stop--;
  store<i32>(LINE, <i32>begin);
  store<i32>(LINE + 4, <i32>stop);
  if (stop === begin) return 0;
  // A \r before the \n ends the line; anywhere else it is a control character.
  if (control < stop || commas !== FIELDS - 1) return 2;
  store<i32>(AT + (<usize>FIELDS << 2), <i32>(stop + 1));
  return 1;
}

@inline
function at(i: i32): usize {
  return <usize>load<i32>(AT + (<usize>i << 2));
}

/** Where field i ends: the byte after it is its comma or the line's end. */
@inline
function fieldEnd(i: i32): usize {
  return at(i + 1) - 1;
}

@inline
function be32(p: usize, v: i32): void {
  store<u32>(p, bswap<u32>(<u32>v));
}

@inline
function be16(p: usize, v: i32): void {
  store<u16>(p, bswap<u16>(<u16>v));
}

function copy(to: usize, from: usize, n: usize): void {
  if (n <= 32) {
    v128.store(to, v128.load(from));
    if (n > 16) v128.store(to + 16, v128.load(from + 16));
  } else {
    memory.copy(to, from, n);
  }
}

/** A text value: its length and its bytes. */
@inline
function text(p: usize, from: usize, to: usize): usize {
  const n = to - from;
  be32(p, <i32>n);
  copy(p + 4, from, n);
  return p + 4 + n;
}

/** A text value, or NULL when it is empty. */
@inline
function textOrNull(p: usize, from: usize, to: usize): usize {
  if (to > from) return text(p, from, to);
  be32(p, -1);
  return p + 4;
}

/** Days from 1970-01-01 (H. Hinnant's method); years here are 1800 or later, so positive. */
function daysFromCivil(year: i32, month: i32, day: i32): i32 {
  const y = month <= 2 ? year - 1 : year;
  const era = y / 400;
  const yoe = y - era * 400;
  const doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146_097 + doe - 719_468;
}

@inline
function digit(p: usize): i32 {
  return <i32>load<u8>(p) - 48;
}

/** A checked 'YYYY-MM-DD' as a PostgreSQL date: days since 2000-01-01. */
function date(p: usize, s: usize): usize {
  const year = digit(s) * 1000 + digit(s + 1) * 100 + digit(s + 2) * 10 + digit(s + 3);
  const month = digit(s + 5) * 10 + digit(s + 6);
  const day = digit(s + 8) * 10 + digit(s + 9);
  be32(p, 4);
  be32(p + 4, daysFromCivil(year, month, day) - 10_957);
  return p + 8;
}

/** Starts a row of `fields` values in output t, with room for `bytes` of values. */
function row(t: i32, fields: i32, bytes: usize): usize {
  const length = load<i32>(OUT_LENGTH + (<usize>t << 2));
  if (<usize>length + 2 + <usize>fields * 4 + bytes + SLACK > OUT_CAP) unreachable();
  const count = OUT_COUNT + (<usize>t << 2);
  store<i32>(count, load<i32>(count) + 1);
  const p = OUT + <usize>t * OUT_CAP + <usize>length;
  be16(p, fields);
  return p + 2;
}

@inline
function done(t: i32, p: usize): void {
  store<i32>(OUT_LENGTH + (<usize>t << 2), <i32>(p - OUT - <usize>t * OUT_CAP));
}

function sameHouse(from: usize, n: i32): bool {
  if (n !== houseLength) return false;
  return memory.compare(from, HOUSE, <usize>n) === 0;
}

/**
 * Writes the row whose fields are at AT (a line read here, or the string path's normalised row
 * at SCRATCH) to the four outputs, in store-import.ts's LOAD_COLUMNS. The values must have been
 * checked: dates are 'YYYY-MM-DD' in C.E. and the moo one or two digits.
 */
export function write(line: i32, demo: bool): void {
  // Room for any one table's values from this row: its texts, and 16 bytes for numbers.
  const span = at(FIELDS) - at(0) + 16;
  let p = row(0, PEOPLE_COLUMNS, span);
  be32(p, 4);
  be32(p + 4, line);
  p += 8;
  for (let i = CITIZEN_ID; i < HOUSE_ID; i++) {
    // title_en, given_name_en and family_name_en are NOT NULL, where empty means ''.
    if (i === TITLE_EN || i === GIVEN_NAME_EN || i === FAMILY_NAME_EN) {
      p = text(p, at(i), fieldEnd(i));
    } else {
      p = textOrNull(p, at(i), fieldEnd(i));
    }
  }
  be32(p, 1);
  store<u8>(p + 4, demo ? 1 : 0);
  done(0, p + 5);

  const houseStart = at(HOUSE_ID);
  if (houseStart < fieldEnd(HOUSE_ID)) {
    // Members of a household follow each other and repeat its house: it is sent once per run.
    const n = <i32>(fieldEnd(RESIDENCE_ROLE - 1) - houseStart);
    if (!sameHouse(houseStart, n)) {
      p = row(1, HOUSE_COLUMNS, span);
      be32(p, 4);
      be32(p + 4, line);
      p += 8;
      for (let i = HOUSE_ID; i < RESIDENCE_ROLE; i++) {
        if (i === MOO) {
          const s = at(i);
          const e = fieldEnd(i);
          if (e === s) {
            be32(p, -1);
            p += 4;
          } else {
            let v = 0;
            for (let k = s; k < e; k++) v = v * 10 + digit(k);
            be32(p, 2);
            be16(p + 4, v);
            p += 6;
          }
        } else {
          p = textOrNull(p, at(i), fieldEnd(i));
        }
      }
      done(1, p);
      if (n <= HOUSE_CAP) {
        memory.copy(HOUSE, houseStart, <usize>n);
        houseLength = n;
      } else {
        houseLength = -1;
      }
    }
    p = row(2, RESIDENCE_COLUMNS, span);
    p = text(p, at(CITIZEN_ID), fieldEnd(CITIZEN_ID));
    p = text(p, houseStart, fieldEnd(HOUSE_ID));
    p = text(p, at(RESIDENCE_ROLE), fieldEnd(RESIDENCE_ROLE));
    p = date(p, at(RESIDENT_SINCE));
    done(2, p);
  }

  if (at(CARD_NUMBER) < fieldEnd(CARD_NUMBER)) {
    p = row(3, CARD_COLUMNS, span);
    p = text(p, at(CITIZEN_ID), fieldEnd(CITIZEN_ID));
    p = text(p, at(CARD_NUMBER), fieldEnd(CARD_NUMBER));
    p = text(p, at(LASER_CODE), fieldEnd(LASER_CODE));
    p = date(p, at(CARD_ISSUED));
    if (at(CARD_EXPIRES) < fieldEnd(CARD_EXPIRES)) {
      p = date(p, at(CARD_EXPIRES));
    } else {
      be32(p, -1);
      p += 4;
    }
    p = text(p, at(CARD_STATUS), fieldEnd(CARD_STATUS));
    p = textOrNull(p, at(PHOTO_REF), fieldEnd(PHOTO_REF));
    done(3, p);
  }
}

/** Writes output t's end mark; nothing may follow. */
export function finish(t: i32): void {
  const length = OUT_LENGTH + (<usize>t << 2);
  const n = load<i32>(length);
  be16(OUT + <usize>t * OUT_CAP + <usize>n, -1);
  store<i32>(length, n + 2);
}

// ---------------------------------------------------------------------------------------------
// The checks, each mirroring one of checkRow's (registry-csv.ts).

@inline
function length(i: i32): i32 {
  return <i32>(fieldEnd(i) - at(i));
}

function digits(from: usize, count: i32): bool {
  for (let k: i32 = 0; k < count; k++) {
    const c = load<u8>(from + <usize>k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function citizenId(): bool {
  const s = at(CITIZEN_ID);
  if (length(CITIZEN_ID) !== 13 || !digits(s, 13)) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += digit(s + <usize>i) * (13 - i);
  return (11 - (sum % 11)) % 10 === digit(s + 12);
}

/** Not empty when required, no surrounding space, at most `max` characters. */
function textOk(i: i32, required: bool, max: i32): bool {
  const n = length(i);
  if (n === 0) return !required;
  const s = at(i);
  if (load<u8>(s) === 32 || load<u8>(s + <usize>n - 1) === 32) return false;
  if (n <= max) return true;
  // Counted as JavaScript counts a string's length: UTF-16 units, two for a 4-byte character.
  let chars = 0;
  for (let k = s; k < s + <usize>n; k++) {
    const c = load<u8>(k);
    if ((c & 0xc0) !== 0x80) chars += c >= 0xf0 ? 2 : 1;
  }
  return chars <= max;
}

/** Field i is the word whose `n` bytes, little-endian, make `bytes` (n ≤ 8). */
@inline
function word(i: i32, n: i32, bytes: u64): bool {
  if (length(i) !== n) return false;
  const mask: u64 = n === 8 ? 0xffff_ffff_ffff_ffff : (<u64>1 << (<u64>n * 8)) - 1;
  return (load<u64>(at(i)) & mask) === bytes;
}

function nationality(): bool {
  if (length(NATIONALITY) !== 3) return false;
  const s = at(NATIONALITY);
  for (let k = s; k < s + 3; k++) {
    const c = load<u8>(k);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/** Negative when the 10-byte date at `s` is before today, 0 when equal. */
function vsToday(s: usize): i32 {
  for (let k: usize = 0; k < 10; k++) {
    const d = <i32>load<u8>(s + k) - <i32>load<u8>(TODAY + k);
    if (d !== 0) return d;
  }
  return 0;
}

function daysInMonth(year: i32, month: i32): i32 {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** 'YYYY-MM-DD' in C.E.; month and day may be 00 when `partial`. */
function validDate(i: i32, partial: bool): bool {
  if (length(i) !== 10) return false;
  const s = at(i);
  if (load<u8>(s + 4) !== 45 || load<u8>(s + 7) !== 45) return false;
  if (!digits(s, 4) || !digits(s + 5, 2) || !digits(s + 8, 2)) return false;
  const year = digit(s) * 1000 + digit(s + 1) * 100 + digit(s + 2) * 10 + digit(s + 3);
  const month = digit(s + 5) * 10 + digit(s + 6);
  const day = digit(s + 8) * 10 + digit(s + 9);
  if (year < MIN_YEAR || year >= BE_THRESHOLD || month > 12) return false;
  // A partial date may leave out the day (00), or the month and the day.
  if (partial && month === 0) return day === 0;
  if (partial && day === 0) return month >= 1;
  return month >= 1 && day >= 1 && day <= daysInMonth(year, month);
}

/** A valid date (validDate) that is not after today. */
function pastDate(i: i32, partial: bool): bool {
  return validDate(i, partial) && vsToday(at(i)) <= 0;
}

/** A known province by its canonical Thai name; names accepted once are kept by their hash. */
function province(): bool {
  const n = length(PROVINCE);
  if (n === 0) return false;
  const s = at(PROVINCE);
  let h: u32 = 0x811c9dc5;
  for (let k = s; k < s + <usize>n; k++) h = (h ^ <u32>load<u8>(k)) * 0x01000193;
  let slot = PROVINCE_SLOTS + ((<usize>h & 255) << 3);
  for (;;) {
    const stored = load<u32>(slot + 4);
    if (stored === 0) break;
    if (load<u32>(slot) === h && <i32>(stored & 0xffff) === n) {
      if (memory.compare(s, PROVINCE_NAMES + <usize>(stored >> 16), <usize>n) === 0) return true;
    }
    slot = PROVINCE_SLOTS + (((slot - PROVINCE_SLOTS + 8) & 2047));
  }
  if (!knownProvince(s, n)) return false;
  // Only canonical names are kept (77 of them); the table, of 256 slots, never fills.
  if (provinceCount < 128 && provinceNames + <usize>n <= PROVINCE_NAMES_CAP) {
    provinceCount++;
    memory.copy(PROVINCE_NAMES + provinceNames, s, <usize>n);
    store<u32>(slot, h);
    store<u32>(slot + 4, (<u32>provinceNames << 16) | <u32>n);
    provinceNames += <usize>n;
  }
  return true;
}

function house(): bool {
  if (length(HOUSE_ID) === 0) {
    for (let i = HOUSE_ID + 1; i <= RESIDENT_SINCE; i++) if (length(i) !== 0) return false;
    return true;
  }
  if (length(HOUSE_ID) !== 11 || !digits(at(HOUSE_ID), 11)) return false;
  if (!textOk(HOUSE_NO, true, MAX_HOUSE_NO)) return false;
  const moo = length(MOO);
  if (moo > 0) {
    // 1–99 without a leading zero; anything else is refused or rewritten by checkRow.
    const s = at(MOO);
    if (moo > 2 || !digits(s, moo) || load<u8>(s) === 48) return false;
  }
  if (!textOk(16, false, MAX_NAME) || !textOk(17, false, MAX_NAME)) return false;
  if (!textOk(18, true, MAX_NAME) || !textOk(19, true, MAX_NAME)) return false;
  if (!province()) return false;
  if (length(POSTAL_CODE) !== 5 || !digits(at(POSTAL_CODE), 5)) return false;
  if (!textOk(REGISTRATION_OFFICE, false, MAX_TEXT)) return false;
  if (!word(RESIDENCE_ROLE, 5, 0x72656e776f) && !word(RESIDENCE_ROLE, 8, 0x746e656469736572)) {
    return false; // owner, resident
  }
  return pastDate(RESIDENT_SINCE, false);
}

function card(): bool {
  const n = length(CARD_NUMBER);
  if (n === 0) {
    for (let i = LASER_CODE; i <= CARD_STATUS; i++) if (length(i) !== 0) return false;
    return true;
  }
  if (n > MAX_CARD_NUMBER) return false;
  const s = at(CARD_NUMBER);
  for (let k = s; k < s + <usize>n; k++) {
    const c = load<u8>(k);
    const ok = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45;
    if (!ok) return false;
  }
  if (length(LASER_CODE) !== 12) return false;
  const l = at(LASER_CODE);
  for (let k = l; k < l + 2; k++) if (load<u8>(k) < 65 || load<u8>(k) > 90) return false;
  if (!digits(l + 2, 10)) return false;
  if (!pastDate(CARD_ISSUED, false)) return false;
  if (length(CARD_EXPIRES) !== 0) {
    // Any date, but after the issue: both are 'YYYY-MM-DD', so byte order is date order.
    if (!validDate(CARD_EXPIRES, false)) return false;
    const e = at(CARD_EXPIRES);
    const i = at(CARD_ISSUED);
    let d = 0;
    for (let k: usize = 0; k < 10 && d === 0; k++) d = <i32>load<u8>(e + k) - <i32>load<u8>(i + k);
    if (d <= 0) return false;
  }
  // active, expired, revoked
  return (
    word(CARD_STATUS, 6, 0x657669746361) ||
    word(CARD_STATUS, 7, 0x64657269707865) ||
    word(CARD_STATUS, 7, 0x64656b6f766572)
  );
}

/** Whether the row whose fields are at AT is accepted as it is. */
function accept(): bool {
  if (!citizenId()) return false;
  // The English title and names are NOT NULL in registry.people, where empty means '': an empty
  // one takes the string path, which writes it as "".
  if (!textOk(1, true, MAX_NAME) || !textOk(2, true, MAX_NAME)) return false;
  if (!textOk(3, false, MAX_NAME) || !textOk(4, true, MAX_NAME)) return false;
  if (!textOk(TITLE_EN, true, MAX_NAME) || !textOk(GIVEN_NAME_EN, true, MAX_NAME)) return false;
  if (!textOk(7, false, MAX_NAME) || !textOk(FAMILY_NAME_EN, true, MAX_NAME)) return false;
  if (!pastDate(BIRTH_DATE, true)) return false;
  // male, female, other
  if (
    !word(GENDER, 4, 0x656c616d) &&
    !word(GENDER, 6, 0x656c616d6566) &&
    !word(GENDER, 5, 0x726568746f)
  ) {
    return false;
  }
  if (!nationality()) return false;
  // alive, deceased
  if (!word(LIFE_STATUS, 5, 0x6576696c61) && !word(LIFE_STATUS, 8, 0x6465736165636564)) {
    return false;
  }
  if (!house() || !card()) return false;
  return textOk(PHOTO_REF, false, MAX_TEXT);
}

/**
 * Reads the next line: returns -1 when no line is left, 0 for a blank line, 1 for a line
 * accepted as it is (written to the outputs as file line `line` when `mode` is 2), 2 for any
 * other line, which the string path then reads. With `mode` 0 (before the header has been read)
 * no line is accepted.
 */
export function step(line: i32, mode: i32, demo: bool): i32 {
  const s = nextLine();
  if (s !== 1) return s;
  if (mode === 0 || !accept()) return 2;
  if (mode === 2) write(line, demo);
  return 1;
}
