import { createHash, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encodeCbor } from './cbor.ts';
import { SoftwareAuthenticator } from './software-authenticator.ts';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('CBOR encoder', () => {
  it('matches the examples of RFC 8949 Appendix A', () => {
    expect(hex(encodeCbor(0))).toBe('00');
    expect(hex(encodeCbor(23))).toBe('17');
    expect(hex(encodeCbor(24))).toBe('1818');
    expect(hex(encodeCbor(1000))).toBe('1903e8');
    expect(hex(encodeCbor(1000000))).toBe('1a000f4240');
    expect(hex(encodeCbor(-1))).toBe('20');
    expect(hex(encodeCbor(-100))).toBe('3863');
    expect(hex(encodeCbor(new Uint8Array([1, 2, 3, 4])))).toBe('4401020304');
    expect(hex(encodeCbor('IETF'))).toBe('6449455446');
    expect(hex(encodeCbor('\u00fc'))).toBe('62c3bc');
    expect(hex(encodeCbor([1, [2, 3], [4, 5]]))).toBe('8301820203820405');
    expect(hex(encodeCbor({ a: 1, b: [2, 3] }))).toBe('a26161016162820203');
    expect(
      hex(
        encodeCbor(
          new Map([
            [1, 2],
            [3, 4],
          ]),
        ),
      ),
    ).toBe('a201020304');
  });

  it('refuses what it cannot encode', () => {
    expect(() => encodeCbor(1.5)).toThrow(/integers/);
    expect(() => encodeCbor(2 ** 33)).toThrow(/2\^32/);
  });
});

describe('software authenticator', () => {
  it('signs authenticatorData || SHA-256(clientDataJSON) with the registered key', () => {
    const authenticator = new SoftwareAuthenticator({ origin: 'https://pratu.example' });
    const registration = authenticator.createCredential({
      challenge: 'Y2hhbGxlbmdl',
      rp: { name: 'Pratu', id: 'pratu.example' },
      user: { id: 'dXNlcg', name: 'u', displayName: 'u' },
      pubKeyCredParams: [{ type: 'public-key', alg: -7 }],
    });
    const clientData = JSON.parse(
      Buffer.from(registration.response.clientDataJSON, 'base64url').toString(),
    );
    expect(clientData).toMatchObject({ type: 'webauthn.create', origin: 'https://pratu.example' });
    const assertion = authenticator.getAssertion({ challenge: 'b3RoZXI', rpId: 'pratu.example' });
    const authData = Buffer.from(assertion.response.authenticatorData, 'base64url');
    // rpIdHash, flags UP|UV, counter 1.
    expect(authData.subarray(0, 32)).toEqual(createHash('sha256').update('pratu.example').digest());
    expect(authData[32]).toBe(0x05);
    expect(authData.readUInt32BE(33)).toBe(1);
    const signed = Buffer.concat([
      authData,
      createHash('sha256')
        .update(Buffer.from(assertion.response.clientDataJSON, 'base64url'))
        .digest(),
    ]);
    const publicKey = Buffer.from(registration.response.publicKey ?? '', 'base64url');
    expect(
      verify(
        'sha256',
        signed,
        { key: publicKey, format: 'der', type: 'spki' },
        Buffer.from(assertion.response.signature, 'base64url'),
      ),
    ).toBe(true);
    expect(assertion.response.userHandle).toBe('dXNlcg');
  });
});
