import { createHash, generateKeyPairSync, type KeyObject, randomBytes, sign } from 'node:crypto';
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { encodeCbor } from './cbor.ts';

/**
 * A passkey authenticator in plain Node, for tests and benchmarks that must sign in at speed
 * without a browser. It builds exactly what a platform authenticator and browser hand to the
 * server: clientDataJSON (WebAuthn L3 5.8.1), authenticator data (6.1) with an ES256 COSE key
 * (RFC 9053 2.1, RFC 9052 7) in attested credential data (6.5.2), a "none" attestation (8.7) in
 * CBOR, and assertion signatures over authenticatorData || SHA-256(clientDataJSON) (6.3.3).
 *
 * Never use it to protect anything: the private keys live in process memory.
 */

const FLAG_UP = 0x01;
const FLAG_UV = 0x04;
const FLAG_BE = 0x08;
const FLAG_BS = 0x10;
const FLAG_AT = 0x40;

const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const fromB64url = (s: string) => new Uint8Array(Buffer.from(s, 'base64url'));
const sha256 = (data: Uint8Array | string) =>
  new Uint8Array(createHash('sha256').update(data).digest());

function u32(n: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, n >>> 0);
  return b;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export interface SoftwareCredential {
  id: string;
  rpId: string;
  /** base64url user handle the relying party gave at registration. */
  userHandle: string;
  privateKey: KeyObject;
  signCount: number;
}

export interface AuthenticatorOptions {
  /** The origin the "browser" reports in clientDataJSON. */
  origin: string;
  /** Whether the authenticator verifies the user (fingerprint, face, device PIN). Default true. */
  userVerification?: boolean;
  /** Whether credentials are synced passkeys (backup eligible and backed up). Default false. */
  synced?: boolean;
  /** Signature counter step per assertion; 0 imitates authenticators that keep no counter. */
  counterStep?: number;
}

/** Deliberate faults, for tests that prove the server refuses them. */
export interface AssertionTampering {
  origin?: string;
  challenge?: string;
  rpId?: string;
  userVerified?: boolean;
  /** Report this counter instead of the next one (a cloned authenticator replaying its past). */
  signCount?: number;
  /** Sign with another key (a forged assertion). */
  signWith?: KeyObject;
  type?: string;
}

export class SoftwareAuthenticator {
  readonly aaguid = new Uint8Array(16);
  private readonly credentials = new Map<string, SoftwareCredential>();

  constructor(readonly options: AuthenticatorOptions) {}

  private flags(userVerified: boolean, attested: boolean): number {
    let f = FLAG_UP;
    if (userVerified) f |= FLAG_UV;
    if (this.options.synced) f |= FLAG_BE | FLAG_BS;
    if (attested) f |= FLAG_AT;
    return f;
  }

  /** navigator.credentials.create() with a fresh ES256 key, answered as RegistrationResponseJSON. */
  createCredential(
    creation: PublicKeyCredentialCreationOptionsJSON,
    tamper: Pick<AssertionTampering, 'origin' | 'challenge' | 'userVerified'> = {},
  ): RegistrationResponseJSON {
    if (!creation.pubKeyCredParams.some((p) => p.alg === -7)) {
      throw new Error('The relying party does not accept ES256');
    }
    const rpId = creation.rp.id ?? new URL(this.options.origin).hostname;
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const jwk = publicKey.export({ format: 'jwk' });
    const x = fromB64url(jwk.x ?? '');
    const y = fromB64url(jwk.y ?? '');
    // COSE_Key for EC2 P-256 / ES256, keys in CTAP2 canonical order: kty, alg, crv, x, y.
    const cose = encodeCbor(
      new Map<number, number | Uint8Array>([
        [1, 2],
        [3, -7],
        [-1, 1],
        [-2, x],
        [-3, y],
      ]),
    );
    const credentialId = randomBytes(32);
    const idLength = new Uint8Array([credentialId.length >> 8, credentialId.length & 0xff]);
    const userVerified = tamper.userVerified ?? this.options.userVerification ?? true;
    const authData = concat(
      sha256(rpId),
      new Uint8Array([this.flags(userVerified, true)]),
      u32(0),
      this.aaguid,
      idLength,
      credentialId,
      cose,
    );
    const clientDataJSON = JSON.stringify({
      type: 'webauthn.create',
      challenge: tamper.challenge ?? creation.challenge,
      origin: tamper.origin ?? this.options.origin,
      crossOrigin: false,
    });
    const attestationObject = encodeCbor({ fmt: 'none', attStmt: {}, authData });
    const id = b64url(credentialId);
    this.credentials.set(id, {
      id,
      rpId,
      userHandle: creation.user.id,
      privateKey,
      signCount: 0,
    });
    return {
      id,
      rawId: id,
      type: 'public-key',
      authenticatorAttachment: 'platform',
      clientExtensionResults: {},
      response: {
        clientDataJSON: b64url(Buffer.from(clientDataJSON)),
        attestationObject: b64url(attestationObject),
        authenticatorData: b64url(authData),
        transports: ['internal'],
        publicKeyAlgorithm: -7,
        publicKey: b64url(publicKey.export({ format: 'der', type: 'spki' })),
      },
    };
  }

  /**
   * navigator.credentials.get(): with an empty allowCredentials (a discoverable-credential
   * sign-in) it uses the newest credential it holds for the RP, as a phone would offer it.
   */
  getAssertion(
    request: PublicKeyCredentialRequestOptionsJSON,
    tamper: AssertionTampering = {},
    credentialId?: string,
  ): AuthenticationResponseJSON {
    const rpId = request.rpId ?? new URL(this.options.origin).hostname;
    const allowed = new Set((request.allowCredentials ?? []).map((c) => c.id));
    const candidates = [...this.credentials.values()].filter(
      (c) =>
        c.rpId === rpId &&
        (credentialId ? c.id === credentialId : allowed.size === 0 || allowed.has(c.id)),
    );
    const credential = candidates.at(-1);
    if (!credential) throw new Error('No credential for this relying party');
    const step = this.options.counterStep ?? 1;
    credential.signCount += step;
    const signCount = tamper.signCount ?? credential.signCount;
    const userVerified = tamper.userVerified ?? this.options.userVerification ?? true;
    const authData = concat(
      sha256(tamper.rpId ?? rpId),
      new Uint8Array([this.flags(userVerified, false)]),
      u32(signCount),
    );
    const clientDataJSON = Buffer.from(
      JSON.stringify({
        type: tamper.type ?? 'webauthn.get',
        challenge: tamper.challenge ?? request.challenge,
        origin: tamper.origin ?? this.options.origin,
        crossOrigin: false,
      }),
    );
    // ES256 signatures in WebAuthn are ASN.1 DER (WebAuthn 6.5.6), node's default encoding.
    const signature = sign(
      'sha256',
      concat(authData, sha256(clientDataJSON)),
      tamper.signWith ?? credential.privateKey,
    );
    return {
      id: credential.id,
      rawId: credential.id,
      type: 'public-key',
      authenticatorAttachment: 'platform',
      clientExtensionResults: {},
      response: {
        clientDataJSON: b64url(clientDataJSON),
        authenticatorData: b64url(authData),
        signature: b64url(signature),
        userHandle: credential.userHandle,
      },
    };
  }

  /** The credentials held, e.g. to sign in as a particular one. */
  listCredentials(): SoftwareCredential[] {
    return [...this.credentials.values()];
  }

  /** Forgets a credential, as when a phone is lost or wiped. */
  removeCredential(id: string): void {
    this.credentials.delete(id);
  }
}

/** A key that belongs to no registered credential, for forging signatures in tests. */
export function strangerKey(): KeyObject {
  return generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
}
