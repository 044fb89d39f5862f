// Laser code (เลขหลังบัตร / Laser ID) engraved on the back of the Thai smart ID card, e.g.
// `JT1-1234567-12`. It identifies the physical card rather than the person, which is why DOPA's
// card-status check asks for it together with the citizen ID: a stolen ID number alone is not
// enough, and a replaced card's old laser code stops matching.
//
// Shape: 2 letters, then 10 digits grouped 1-7-2 on the card. Canonical form is 12 characters
// without separators, upper case.

const CANONICAL_RE = /^[A-Z]{2}\d{10}$/;
const SEPARATORS_RE = /[\s\u00a0\-\u2010-\u2015\u2212]/g;

/** True for the canonical 12-character form (`JT1123456712`). */
export function isValidLaserCode(s: string): boolean {
  return CANONICAL_RE.test(s);
}

/**
 * Canonical form of typed input: accepts lower case, spaces and dashes anywhere
 * (`jt1 1234567 12`, `JT1-1234567-12`, `jt112345671 2`). Null when the shape is wrong.
 */
export function normalizeLaserCode(input: string): string | null {
  const s = input.trim().replace(SEPARATORS_RE, '').toUpperCase();
  return CANONICAL_RE.test(s) ? s : null;
}

/** `JT1-1234567-12`, the grouping printed on the card. Throws on input that does not normalise. */
export function formatLaserCode(code: string): string {
  const s = normalizeLaserCode(code);
  if (s === null) throw new RangeError('Not a laser code');
  return `${s.slice(0, 3)}-${s.slice(3, 10)}-${s.slice(10)}`;
}

/**
 * `JT1-xxxxxxx-12`: the prefix and last two digits only, for screens where staff must recognise a
 * card without being able to copy the code that self-enrolment asks for.
 */
export function maskLaserCode(code: string): string {
  const s = normalizeLaserCode(code);
  if (s === null) throw new RangeError('Not a laser code');
  return `${s.slice(0, 3)}-xxxxxxx-${s.slice(10)}`;
}
