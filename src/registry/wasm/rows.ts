// AssemblyScript, compiled to rows.wasm by `npm run build:wasm` (see ../byte-lane.ts for why and
// how it is used). It cuts a file's lines into fields and writes accepted rows as the first
// load's four binary COPY streams, the two byte-by-byte loops the reader spent most of its time
// in. The checks between the two stay in TypeScript (../byte-rows.ts).
//
// Everything lives at fixed places in linear memory, which the TypeScript side reads and writes
// through views; nothing is allocated. Offsets held in memory are absolute addresses.

// Field positions (REGISTRY_CSV_COLUMNS).
const FIELDS = 31;
const CITIZEN_ID = 0;
const TITLE_EN = 5;
const GIVEN_NAME_EN = 6;
const FAMILY_NAME_EN = 8;
const HOUSE_ID = 13;
const MOO = 15;
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

// The memory map; byte-lane.ts holds the same numbers (exported below as `layout`).
const AT: usize = 65536; // i32 × 32: where field i starts; [31] = the line's end + 1
const LINE: usize = AT + 128; // i32 × 2: the current line's start and end (before \r\n)
const OUT_LENGTH: usize = AT + 160; // i32 × 4: bytes waiting in each output
const OUT_COUNT: usize = AT + 176; // i32 × 4: rows written to each output
const HOUSE: usize = AT + 1024; // the last house written, to send a household's house once
const HOUSE_CAP: i32 = 15 << 10;
const SCRATCH: usize = AT + (16 << 10); // a row normalised by the string path, laid out as a line
const OUT: usize = 2 * 65536; // four outputs: people, houses, residences, cards
const OUT_CAP: usize = 3 << 20;
const IN: usize = OUT + 4 * OUT_CAP; // the lines being read; grows with the longest slice
// Slack after every region: copies move 16 bytes at a time and may run past a value's end.
const SLACK: usize = 64;

let inEnd: usize = IN;
let pos: usize = IN;
let houseLength: i32 = -1;

/** The memory map for byte-lane.ts, which checks it against its own copy. */
export function layout(which: i32): usize {
  switch (which) {
    case 0:
      return AT;
    case 1:
      return LINE;
    case 2:
      return OUT_LENGTH;
    case 3:
      return OUT_COUNT;
    case 4:
      return SCRATCH;
    case 5:
      return OUT;
    case 6:
      return OUT_CAP;
    default:
      return IN;
  }
}

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
 * for a blank line, 1 for a line of 31 fields without control characters, 2 for any other line
 * (which the string path then reads and reports).
 */
export function nextLine(): i32 {
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
