import { hash, parseOptions, verify } from '@node-rs/argon2';

/**
 * PIN rules. NIST SP 800-63B 5.1.1.2 asks verifiers to refuse memorized secrets that are
 * "repetitive or sequential characters" or otherwise commonly used or context-specific (the
 * person's own details); 6 digits is ThaID's PIN length and our floor. Wang et al., "Understanding
 * Human-Chosen PINs" (2017), found birth dates and keypad patterns among the most common 6-digit
 * PINs, hence the two lists below.
 */
export const PIN_MIN_LENGTH = 6;
export const PIN_MAX_LENGTH = 12;

export type PinProblem =
  | 'identity.pin_required'
  | 'identity.pin_not_digits'
  | 'identity.pin_too_short'
  | 'identity.pin_too_long'
  | 'identity.pin_repeated'
  | 'identity.pin_sequence'
  | 'identity.pin_common'
  | 'identity.pin_birth_date';

// Straight lines, diagonals and crosses on a phone keypad, plus a few culturally common ones
// ("520" sounds like "I love you" in Chinese, frequent in Thailand's Chinese-Thai community).
const COMMON_PINS = new Set([
  '147258',
  '258369',
  '369258',
  '741852',
  '852963',
  '963852',
  '159753',
  '357159',
  '951357',
  '753951',
  '147369',
  '789456',
  '456789',
  '321654',
  '987654',
  '102030',
  '112233',
  '332211',
  '123321',
  '321123',
  '520520',
  '131420',
  '520131',
  '147852',
  '258456',
  '000001',
  '100000',
  '999998',
]);

const THAI_DIGIT_ZERO = 0x0e50;

/** Thai digits (๐–๙) are typed by Thai keyboards; the PIN is the same number either way. */
export function normalizePin(input: string): string {
  return input
    .replace(/[\u0e50-\u0e59]/g, (c) => String(c.charCodeAt(0) - THAI_DIGIT_ZERO))
    .replace(/[\s\u00a0]/g, '');
}

/** Every digit the same, or a shorter block repeated (121212, 123123, 1122 1122). */
function isRepeated(pin: string): boolean {
  for (let size = 1; size <= pin.length / 2; size++) {
    if (pin.length % size !== 0) continue;
    const block = pin.slice(0, size);
    if (block.repeat(pin.length / size) === pin) return true;
  }
  return false;
}

/** Each digit one more (or one less) than the one before, wrapping 9→0 (123456, 654321, 890123). */
function isSequence(pin: string): boolean {
  const step = (Number(pin[1]) - Number(pin[0]) + 10) % 10;
  if (step !== 1 && step !== 9) return false;
  for (let i = 1; i < pin.length; i++) {
    if ((Number(pin[i]) - Number(pin[i - 1]) + 10) % 10 !== step) return false;
  }
  return true;
}

/** Pairs of one digit climbing or falling (112233, 998877): a sequence in disguise. */
function isDoubledSequence(pin: string): boolean {
  if (pin.length % 2 !== 0) return false;
  let halves = '';
  for (let i = 0; i < pin.length; i += 2) {
    if (pin[i] !== pin[i + 1]) return false;
    halves += pin[i];
  }
  return halves.length >= 3 && isSequence(halves);
}

export interface BirthDate {
  year: number;
  month: number | null;
  day: number | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The digit strings a person might make of their birth date: the year alone, and day-month-year
 * in every usual order, in both eras (Thai people usually write the Buddhist year, BE = CE + 543),
 * with two- and four-digit years. Partial registry dates give what is known.
 */
export function birthDatePins(birth: BirthDate): string[] {
  const out = new Set<string>();
  for (const year of [birth.year, birth.year + 543]) {
    const yyyy = String(year);
    const yy = yyyy.slice(2);
    out.add(yyyy);
    if (birth.month === null) continue;
    const mm = pad(birth.month);
    if (birth.day === null) {
      for (const s of [mm + yyyy, yyyy + mm, mm + yy, yy + mm]) out.add(s);
      continue;
    }
    const dd = pad(birth.day);
    for (const s of [
      dd + mm + yy,
      dd + mm + yyyy,
      mm + dd + yy,
      mm + dd + yyyy,
      yy + mm + dd,
      yyyy + mm + dd,
    ]) {
      out.add(s);
    }
  }
  return [...out];
}

/**
 * Reads a birth date as the registry gives it (`{ year, month, day }` with nulls for unknown
 * parts, or `YYYY-MM-DD` with `00` for unknown parts, CE).
 */
export function toBirthDate(value: unknown): BirthDate | null {
  if (value && typeof value === 'object' && 'year' in value) {
    const v = value as { year: unknown; month?: unknown; day?: unknown };
    if (typeof v.year !== 'number') return null;
    return {
      year: v.year,
      month: typeof v.month === 'number' && v.month > 0 ? v.month : null,
      day: typeof v.day === 'number' && v.day > 0 ? v.day : null,
    };
  }
  if (typeof value === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!m) return null;
    const month = Number(m[2]);
    const day = Number(m[3]);
    return { year: Number(m[1]), month: month || null, day: month && day ? day : null };
  }
  return null;
}

/** The first problem with a PIN, or null when it may be used. */
export function checkPin(input: string, context: { birthDate?: BirthDate | null } = {}) {
  const pin = normalizePin(input);
  let problem: PinProblem | null = null;
  if (pin === '') problem = 'identity.pin_required';
  else if (!/^\d+$/.test(pin)) problem = 'identity.pin_not_digits';
  else if (pin.length < PIN_MIN_LENGTH) problem = 'identity.pin_too_short';
  else if (pin.length > PIN_MAX_LENGTH) problem = 'identity.pin_too_long';
  else if (isRepeated(pin)) problem = 'identity.pin_repeated';
  else if (isSequence(pin) || isDoubledSequence(pin)) problem = 'identity.pin_sequence';
  else if (COMMON_PINS.has(pin)) problem = 'identity.pin_common';
  else if (context.birthDate) {
    // Containing the date (or the birth year) or being part of it (DDMMYY inside DDMMYYYY) are
    // all guessable by anyone who knows the person.
    const dates = birthDatePins(context.birthDate);
    if (dates.some((d) => pin.includes(d) || d.includes(pin))) problem = 'identity.pin_birth_date';
  }
  return { pin, problem };
}

/**
 * argon2id with OWASP's first recommended setting (19 MiB, 2 passes, 1 lane; OWASP Password
 * Storage Cheat Sheet, and RFC 9106 4 for the algorithm choice). About 20–40 ms per hash on one
 * core of the bench machine (see docs/enrolment.md); PIN sign-in is rate-limited well below that.
 */
export const PIN_HASH_OPTIONS = {
  algorithm: 2, // Argon2id (a const enum in the typings, which isolated modules cannot import)
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPin(pin: string): Promise<string> {
  return hash(pin, PIN_HASH_OPTIONS);
}

export function verifyPinHash(pinHash: string, pin: string): Promise<boolean> {
  return verify(pinHash, pin).catch(() => false);
}

/** True when a stored hash was made with weaker settings than today's: rehash it on next use. */
export function pinNeedsRehash(pinHash: string): boolean {
  try {
    const o = parseOptions(pinHash);
    return (
      o.algorithm !== PIN_HASH_OPTIONS.algorithm ||
      o.memoryCost < PIN_HASH_OPTIONS.memoryCost ||
      o.timeCost < PIN_HASH_OPTIONS.timeCost
    );
  } catch {
    return true;
  }
}

let dummyHash: Promise<string> | null = null;
/**
 * A hash of nothing anyone knows, verified when the citizen has no PIN, so an unknown citizen ID
 * takes as long to refuse as a wrong PIN (no account enumeration by timing).
 */
export function dummyPinHash(): Promise<string> {
  dummyHash ??= hash(`no-pin-${Math.random()}`, PIN_HASH_OPTIONS);
  return dummyHash;
}
