/**
 * Authenticator assurance (NIST SP 800-63B) as OpenID Connect `acr` values (Core 1.0, 2 and
 * 3.1.2.1 acr_values). AAL1: one factor (the PIN). AAL2: a passkey with user verification
 * (possession of the device plus the biometric or device PIN that unlocks it).
 */
export type Aal = 1 | 2;

// Pratu-specific URNs until Thailand publishes its own levels. Enrolment (enrolment/assurance.ts)
// uses this same table, so a session started there and a sign-in here carry the same values.
export const acrForAal: Record<Aal, string> = {
  1: 'urn:pratu:acr:aal1',
  2: 'urn:pratu:acr:aal2',
};
export const acrValues = [acrForAal[1], acrForAal[2]];

export function aalOfAcr(acr: string | undefined | null): Aal | null {
  if (acr === acrForAal[2]) return 2;
  if (acr === acrForAal[1]) return 1;
  return null;
}

/**
 * The lowest assurance this sign-in may use. The relying party's registered minimum is a floor
 * no request can lower; acr_values may only raise it. acr_values lists acceptable levels in order
 * of preference, so the least of the recognised ones is what the relying party accepts; values we
 * do not know are ignored, as Core 1.0 3.1.2.1 makes acr_values a voluntary request.
 */
export function requiredAal(clientMinimum: Aal, acrValuesParam: string | undefined): Aal {
  const asked = (acrValuesParam ?? '')
    .split(' ')
    .map(aalOfAcr)
    .filter((a): a is Aal => a !== null);
  const accepted = asked.length ? (Math.min(...asked) as Aal) : clientMinimum;
  return Math.max(clientMinimum, accepted) as Aal;
}

/** Whether a session's assurance is enough for a sign-in that needs `needed`. */
export function satisfies(sessionAcr: string | undefined | null, needed: Aal): boolean {
  const have = aalOfAcr(sessionAcr);
  return have !== null && have >= needed;
}
