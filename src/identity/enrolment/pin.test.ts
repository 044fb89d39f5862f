import { describe, expect, it } from 'vitest';
import {
  birthDatePins,
  checkPin,
  hashPin,
  normalizePin,
  PIN_HASH_OPTIONS,
  pinNeedsRehash,
  toBirthDate,
  verifyPinHash,
} from './pin.ts';

const problem = (pin: string, birthDate = toBirthDate('1990-05-14')) =>
  checkPin(pin, { birthDate }).problem;

describe('PIN rules', () => {
  it('accepts an ordinary six-digit PIN and longer ones', () => {
    expect(problem('390417')).toBeNull();
    expect(problem('80263159')).toBeNull();
  });

  it('needs digits only, at least 6 and at most 12', () => {
    expect(problem('')).toBe('identity.pin_required');
    expect(problem('12a456')).toBe('identity.pin_not_digits');
    expect(problem('39041')).toBe('identity.pin_too_short');
    expect(problem('3904172863512')).toBe('identity.pin_too_long');
  });

  it('reads Thai digits and ignores spaces', () => {
    expect(normalizePin('๓๙๐ ๔๑๗')).toBe('390417');
    expect(problem('๓๙๐๔๑๗')).toBeNull();
  });

  it('refuses repeats of one digit or of a block', () => {
    for (const pin of ['111111', '000000', '121212', '123123', '112112', '98769876']) {
      expect(problem(pin), pin).toBe('identity.pin_repeated');
    }
  });

  it('refuses ascending and descending sequences, wrapping past 9 and 0', () => {
    for (const pin of ['123456', '654321', '234567', '890123', '210987', '0123456789']) {
      expect(problem(pin), pin).toBe('identity.pin_sequence');
    }
    expect(problem('112233')).toBe('identity.pin_sequence');
    expect(problem('998877')).toBe('identity.pin_sequence');
  });

  it('refuses keypad patterns and other very common PINs', () => {
    for (const pin of ['147258', '159753', '789456', '131420']) {
      expect(problem(pin), pin).toBe('identity.pin_common');
    }
  });

  it('refuses the birth date in every usual form, Buddhist and Common Era', () => {
    // 14 May 1990 = 14 May 2533 BE
    for (const pin of ['140590', '140533', '14052533', '14051990', '19900514', '25330514']) {
      expect(problem(pin), pin).toBe('identity.pin_birth_date');
    }
    // Containing the date inside a longer PIN is as guessable.
    expect(problem('91405337')).toBe('identity.pin_birth_date');
    // The year alone inside a PIN is guessable too.
    expect(problem('253371')).toBe('identity.pin_birth_date');
    // Someone born on another day may use it.
    expect(problem('140590', toBirthDate('1985-01-30'))).toBeNull();
  });

  it('handles registry birth dates with unknown day or month', () => {
    expect(toBirthDate('1967-00-00')).toEqual({ year: 1967, month: null, day: null });
    expect(toBirthDate('1967-03-00')).toEqual({ year: 1967, month: 3, day: null });
    expect(toBirthDate({ year: 1990, month: 5, day: 14 })).toEqual({
      year: 1990,
      month: 5,
      day: 14,
    });
    expect(birthDatePins({ year: 1967, month: null, day: null })).toEqual(['1967', '2510']);
    expect(problem('251067', toBirthDate('1967-00-00'))).toBe('identity.pin_birth_date');
    expect(problem('803967', toBirthDate('1967-03-00'))).toBeNull();
    expect(problem('196703', toBirthDate('1967-03-00'))).toBe('identity.pin_birth_date');
    expect(problem('850367', toBirthDate('1967-03-00'))).toBe('identity.pin_birth_date');
    expect(toBirthDate('not a date')).toBeNull();
  });
});

describe('PIN hashing', () => {
  it('stores argon2id with the chosen cost and verifies only the right PIN', async () => {
    const stored = await hashPin('390417');
    expect(stored).toMatch(
      new RegExp(
        `^\\$argon2id\\$v=19\\$m=${PIN_HASH_OPTIONS.memoryCost},t=${PIN_HASH_OPTIONS.timeCost},p=1\\$`,
      ),
    );
    expect(await verifyPinHash(stored, '390417')).toBe(true);
    expect(await verifyPinHash(stored, '390418')).toBe(false);
    expect(await verifyPinHash('garbage', '390417')).toBe(false);
    expect(pinNeedsRehash(stored)).toBe(false);
  });

  it('asks to rehash hashes made with a weaker setting', async () => {
    const { hash } = await import('@node-rs/argon2');
    const weak = await hash('390417', { memoryCost: 4096, timeCost: 1, parallelism: 1 });
    expect(pinNeedsRehash(weak)).toBe(true);
    expect(pinNeedsRehash('not a hash')).toBe(true);
  });
});
