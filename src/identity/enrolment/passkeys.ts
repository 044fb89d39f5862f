import {
  type AuthenticationResponseJSON,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import { appendAudit } from '../../platform/audit.ts';
import type { Config } from '../../platform/config.ts';
import type { Db } from '../../platform/db/database.ts';
import { DomainError } from '../../platform/errors.ts';
import { passkeyAmr } from './assurance.ts';
import * as store from './store.ts';

/**
 * Passkeys (W3C Web Authentication Level 3) through @simplewebauthn/server. Challenges live in
 * identity.webauthn_challenges, never in process memory, so the ceremony can start on one
 * `pratu serve` process and finish on another.
 */

export interface RelyingPartyIdentity {
  /** WebAuthn RP ID: the public host name (5.1.2: a registrable domain suffix of the origin). */
  rpId: string;
  origin: string;
  name: string;
}

export function relyingPartyOf(config: Config): RelyingPartyIdentity {
  return { rpId: new URL(config.publicUrl).hostname, origin: config.publicUrl, name: 'Pratu' };
}

/** WebAuthn 15.1 recommends 300–600 s when user verification is required. */
const CEREMONY_TIMEOUT_MS = 300_000;
// A little longer than the browser's timeout, so a ceremony the browser still accepts is not
// refused for a clock difference.
const CHALLENGE_TTL_MS = CEREMONY_TIMEOUT_MS + 60_000;
// ES256 first: every platform authenticator supports it; EdDSA and RS256 for the rest
// (Windows Hello keys are RS256).
const ALGORITHMS = [-7, -8, -257];

const userHandleOf = (accountId: string) => Buffer.from(accountId, 'utf8').toString('base64url');

/** What a person reads in their device's passkey list: a masked ID, never the whole number. */
export function passkeyUserName(citizenId: string): string {
  return `${citizenId.slice(0, 1)}-${citizenId.slice(1, 5)}-xxxxx-xx-${citizenId.slice(12)}`;
}

export async function startRegistration(
  db: Db,
  rp: RelyingPartyIdentity,
  owner: {
    accountId: string;
    citizenId: string;
    displayName: string;
    enrolmentId: string | null;
    /** Credentials the device should not register twice (adding a passkey from the account). */
    excludeCredentialIds: string[];
  },
): Promise<{ challengeId: string; options: PublicKeyCredentialCreationOptionsJSON }> {
  const options = await generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.rpId,
    userName: passkeyUserName(owner.citizenId),
    userDisplayName: owner.displayName,
    // The user handle is the account id: opaque, stable across devices, and not personal data
    // (WebAuthn 14.6.1 asks that it contain no identifying information such as a username).
    userID: new Uint8Array(Buffer.from(owner.accountId, 'utf8')),
    timeout: CEREMONY_TIMEOUT_MS,
    attestationType: 'none',
    excludeCredentials: owner.excludeCredentialIds.map((id) => ({ id })),
    // Discoverable credentials so that signing in needs no username (5.4.6), and user
    // verification so one passkey is two factors (AAL2, SP 800-63B 4.2.1 and 5.1.8).
    authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
    supportedAlgorithmIDs: ALGORITHMS,
  });
  const challenge = await store.insertChallenge(db, {
    purpose: 'registration',
    challenge: options.challenge,
    account_id: owner.accountId,
    enrolment_id: owner.enrolmentId,
    expires_at: new Date(Date.now() + CHALLENGE_TTL_MS),
  });
  return { challengeId: challenge.id, options };
}

/** Parses the `credential` form field the browser script posts; malformed JSON is a 400. */
export function parseCredentialJson<T extends { id?: unknown; response?: unknown }>(
  raw: string | undefined,
): T {
  if (!raw) throw new DomainError('identity.passkey_missing', { status: 400 });
  try {
    const value = JSON.parse(raw) as T;
    if (!value || typeof value !== 'object' || typeof value.id !== 'string' || !value.response) {
      throw new Error('not a credential');
    }
    return value;
  } catch {
    throw new DomainError('identity.passkey_malformed', { status: 400 });
  }
}

/** Which of our messages explains a verification failure from @simplewebauthn/server. */
function classifyWebAuthnFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  if (/challenge/i.test(message)) return 'identity.passkey_challenge_mismatch';
  if (/origin/i.test(message)) return 'identity.passkey_wrong_origin';
  if (/user verification|could not be verified/i.test(message)) {
    return 'identity.passkey_verification_required';
  }
  if (/counter/i.test(message)) return 'identity.passkey_counter_replay';
  if (/RP ID/i.test(message)) return 'identity.passkey_wrong_rp';
  return 'identity.passkey_malformed';
}

type NewPasskey = Parameters<typeof store.insertPasskey>[1];

/**
 * Verifies a registration (WebAuthn 7.1) against its single-use challenge: origin, RP ID, user
 * verification, an accepted algorithm, and a credential id we do not hold yet.
 */
async function verifyRegistration(
  db: Db,
  rp: RelyingPartyIdentity,
  input: {
    challengeId: string;
    response: RegistrationResponseJSON;
    accountId: string;
    enrolmentId: string | null;
    status: 'pending' | 'active';
  },
): Promise<NewPasskey> {
  // Used up before it is checked: a failed attempt cannot be retried with the same challenge.
  const challenge = await store.consumeChallenge(db, input.challengeId, 'registration');
  if (
    !challenge ||
    challenge.account_id !== input.accountId ||
    challenge.enrolment_id !== input.enrolmentId
  ) {
    throw new DomainError('identity.passkey_challenge_invalid', { status: 400 });
  }
  let verification: Awaited<ReturnType<typeof verifyRegistrationResponse>>;
  try {
    verification = await verifyRegistrationResponse({
      response: input.response,
      expectedChallenge: challenge.challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.rpId,
      requireUserVerification: true,
      supportedAlgorithmIDs: ALGORITHMS,
    });
  } catch (error) {
    const code = classifyWebAuthnFailure(error);
    throw new DomainError(
      code === 'identity.passkey_malformed' ? 'identity.passkey_registration_failed' : code,
      { status: 400, cause: error },
    );
  }
  if (!verification.verified) {
    throw new DomainError('identity.passkey_registration_failed', { status: 400 });
  }
  const info = verification.registrationInfo;
  if (await store.findPasskeyByCredentialId(db, info.credential.id)) {
    throw new DomainError('identity.passkey_already_registered', { status: 409 });
  }
  return {
    account_id: input.accountId,
    credential_id: info.credential.id,
    public_key: info.credential.publicKey,
    sign_count: info.credential.counter,
    transports: info.credential.transports ?? [],
    aaguid: info.aaguid,
    device_type: info.credentialDeviceType,
    backed_up: info.credentialBackedUp,
    user_handle: userHandleOf(input.accountId),
    status: input.status,
    enrolment_id: input.enrolmentId,
  };
}

/** Registers a passkey made during enrolment; it stays pending until the enrolment completes. */
export async function finishRegistration(
  db: Db,
  rp: RelyingPartyIdentity,
  input: {
    challengeId: string;
    response: RegistrationResponseJSON;
    accountId: string;
    enrolmentId: string;
  },
): Promise<store.PasskeyRow> {
  return store.insertPasskey(db, await verifyRegistration(db, rp, { ...input, status: 'pending' }));
}

export async function startAuthentication(
  db: Db,
  rp: RelyingPartyIdentity,
): Promise<{ challengeId: string; options: PublicKeyCredentialRequestOptionsJSON }> {
  // No allowCredentials: the device offers its discoverable credentials for this RP ID, so the
  // person picks themselves and types nothing (WebAuthn 5.1.4.1 step 17, "discovery mode").
  const options = await generateAuthenticationOptions({
    rpID: rp.rpId,
    timeout: CEREMONY_TIMEOUT_MS,
    userVerification: 'required',
  });
  const challenge = await store.insertChallenge(db, {
    purpose: 'authentication',
    challenge: options.challenge,
    expires_at: new Date(Date.now() + CHALLENGE_TTL_MS),
  });
  return { challengeId: challenge.id, options };
}

export interface PasskeyLogin {
  accountId: string;
  passkeyId: string;
  amr: string[];
  aal: 2;
}

/**
 * Verifies an assertion (WebAuthn 7.2): the challenge is ours and unused, the credential is known
 * and active, the user handle matches, origin and RP ID are ours, the user was verified, the
 * signature checks out with the stored key and the counter moved forward.
 */
export async function finishAuthentication(
  db: Db,
  rp: RelyingPartyIdentity,
  challengeId: string,
  response: AuthenticationResponseJSON,
): Promise<PasskeyLogin> {
  if (!response || typeof response !== 'object' || typeof response.id !== 'string') {
    throw new DomainError('identity.passkey_malformed', { status: 400 });
  }
  const used = await store.useLoginChallenge(db, challengeId, response.id);
  if (!used) throw new DomainError('identity.passkey_challenge_invalid', { status: 400 });
  const { challenge, passkey } = used;
  if (passkey?.status !== 'active') {
    throw new DomainError('identity.passkey_unknown', { status: 401 });
  }
  // 7.2 step 6: for a discoverable credential the returned user handle must be the owner's.
  const userHandle = response.response?.userHandle;
  if (userHandle && userHandle !== passkey.user_handle) {
    throw new DomainError('identity.passkey_unknown', { status: 401 });
  }
  let verification: Awaited<ReturnType<typeof verifyAuthenticationResponse>>;
  try {
    verification = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.rpId,
      credential: {
        id: passkey.credential_id,
        publicKey: new Uint8Array(passkey.public_key),
        counter: passkey.sign_count,
        transports: passkey.transports,
      },
      requireUserVerification: true,
    });
  } catch (error) {
    throw new DomainError(classifyWebAuthnFailure(error), { status: 401, cause: error });
  }
  if (!verification.verified) {
    throw new DomainError('identity.passkey_signature_invalid', { status: 401 });
  }
  const recorded = await store.recordPasskeyUse(
    db,
    passkey.id,
    verification.authenticationInfo.newCounter,
  );
  // Between our read and our write the passkey was used with a counter at least as high: the same
  // signature presented twice, or a clone. Refuse rather than let both in.
  if (!recorded) throw new DomainError('identity.passkey_counter_replay', { status: 401 });
  return {
    accountId: passkey.account_id,
    passkeyId: passkey.id,
    amr: passkeyAmr(verification.authenticationInfo.credentialDeviceType),
    aal: 2,
  };
}

/** A citizen removes one of their passkeys (a lost or replaced device); audited. */
export async function removePasskey(db: Db, accountId: string, passkeyId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const removed = await store.revokePasskey(trx, accountId, passkeyId, 'removed_by_owner');
    if (!removed) throw new DomainError('identity.passkey_not_found', { status: 404 });
    await appendAudit(trx, {
      actor: accountId,
      action: 'identity.passkey_removed',
      subject: `account:${accountId}`,
      details: { passkey_id: passkeyId, device_type: removed.device_type },
    });
  });
}

/** A passkey added from the account page (the person is signed in at AAL2); audited. */
export async function addPasskey(
  db: Db,
  rp: RelyingPartyIdentity,
  input: { accountId: string; challengeId: string; response: RegistrationResponseJSON },
): Promise<store.PasskeyRow> {
  const passkey = await verifyRegistration(db, rp, {
    ...input,
    enrolmentId: null,
    status: 'active',
  });
  return db.transaction().execute(async (trx) => {
    const row = await store.insertPasskey(trx, passkey);
    await appendAudit(trx, {
      actor: input.accountId,
      action: 'identity.passkey_added',
      subject: `account:${input.accountId}`,
      details: { passkey_id: row.id, device_type: row.device_type },
    });
    return row;
  });
}
