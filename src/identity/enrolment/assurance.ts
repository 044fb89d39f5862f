import { type Aal, acrForAal } from '../oidc/assurance.ts';

/**
 * Assurance levels, in one place so the OpenID provider, the pages and the docs agree.
 *
 * IAL (identity assurance, how sure we are the person is who they claim; NIST SP 800-63A) is
 * recorded per enrolment by the proofing pipeline. AAL (authenticator assurance, how sure we are
 * the same person is back; NIST SP 800-63B) is a property of each sign-in. docs/enrolment.md has
 * the full mapping, including ThaID's levels and what the face check will change.
 */

/**
 * Level reached by the card check (citizen ID + laser code + birth date against the registry's
 * card record). Set to 2 as decided for issue 3; see docs/enrolment.md, "Assurance", for why a
 * strict reading of SP 800-63A puts a remote card-data check without a face comparison below IAL2,
 * and why the face check is the step that earns it.
 */
export const IAL_CARD_CHECK = 2;

/** Not enrolled: no proofing recorded (the account exists, e.g. seeded, but nobody proved it). */
export const IAL_NONE = 0;

export type { Aal };

/**
 * `acr` values (OpenID Connect Core 2, "Authentication Context Class Reference") are the OpenID
 * provider's (../oidc/assurance.ts): one list, so a session started by enrolment satisfies a
 * relying party's `acr_values` exactly as a sign-in through the provider does.
 */
export function acrFor(aal: Aal): string {
  return acrForAal[aal];
}

/**
 * `amr` values of RFC 8176 2. A passkey with user verification is two factors in one device (the
 * key, plus the fingerprint, face or device PIN that unlocks it): `mfa`, with `hwk` for a key that
 * cannot leave its hardware and `swk` for a synced passkey (backup-eligible, WebAuthn 6.1.3).
 */
export function passkeyAmr(deviceType: 'singleDevice' | 'multiDevice'): string[] {
  return [deviceType === 'singleDevice' ? 'hwk' : 'swk', 'user', 'mfa'];
}

export const PIN_AMR = ['pin'] as const;
