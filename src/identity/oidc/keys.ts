import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { Db } from '../../platform/db/database.ts';
import { open, randomSecret, SealError, seal } from './crypto.ts';
import * as store from './store.ts';

/**
 * ES256 signing keys, kept in the database with the private half sealed (AES-256-GCM), so every
 * `pratu serve` process signs with the same key and a copy of the database alone cannot forge a
 * token. Rotation (`pratu keys rotate`): a new key starts signing at once; the old ones stop
 * signing but stay in the JWKS for `RETIRED_KEY_PUBLISH_SECONDS`, longer than any ID token lives
 * and than relying parties cache a JWKS, so no token in flight stops verifying.
 */
export const RETIRED_KEY_PUBLISH_SECONDS = 2 * 24 * 3600;

export interface PrivateJwk {
  kty: string;
  crv?: string;
  x?: string;
  y?: string;
  d?: string;
  kid: string;
  alg: string;
  use: string;
  key_ops?: string[];
}

export interface KeySet {
  /** For oidc-provider's `jwks`: the signing key first, then retired keys (verify only). */
  jwks: { keys: PrivateJwk[] };
  signingKid: string;
  fingerprint: string;
  /** Keys whose private half could not be opened (wrong key-encryption key). */
  unopenable: string[];
}

const context = (kid: string) => `oidc signing key ${kid}`;

export function generateSigningKey(): {
  publicJwk: Record<string, unknown>;
  privateJwk: PrivateJwk;
} {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = privateKey.export({ format: 'jwk' }) as Record<string, string>;
  // A random kid: deriving it from the key would be fine too, but random says nothing about it.
  const kid = randomBytes(12).toString('base64url');
  const privateJwk: PrivateJwk = {
    kty: 'EC',
    crv: jwk.crv!,
    x: jwk.x!,
    y: jwk.y!,
    d: jwk.d!,
    kid,
    alg: 'ES256',
    use: 'sig',
  };
  const { d: _d, ...publicJwk } = privateJwk;
  return { publicJwk, privateJwk };
}

export function createKeyring(db: Db, sealKey: Buffer, options: { production: boolean }) {
  async function insertNewKey(executor: Db): Promise<string> {
    const { publicJwk, privateJwk } = generateSigningKey();
    await store.insertSigningKey(executor, {
      kid: privateJwk.kid,
      alg: 'ES256',
      public_jwk: publicJwk,
      private_jwk_sealed: seal(sealKey, JSON.stringify(privateJwk), context(privateJwk.kid)),
    });
    return privateJwk.kid;
  }

  function openRows(rows: store.SigningKeyRow[]) {
    const opened: Array<{ row: store.SigningKeyRow; jwk: PrivateJwk }> = [];
    const unopenable: string[] = [];
    for (const row of rows) {
      try {
        opened.push({
          row,
          jwk: JSON.parse(open(sealKey, row.private_jwk_sealed, context(row.kid))),
        });
      } catch (error) {
        if (!(error instanceof SealError)) throw error;
        unopenable.push(row.kid);
      }
    }
    return { opened, unopenable };
  }

  return {
    /**
     * The keys this process signs and verifies with. Creates the first key on a fresh database
     * (under an advisory lock, so processes starting together create one).
     */
    async load(): Promise<KeySet> {
      let rows = await store.listPublishedKeys(db);
      let { opened, unopenable } = openRows(rows);
      if (!opened.some((k) => !k.row.retired_at)) {
        if (unopenable.length && options.production) {
          // Signing with a fresh key would hide a misconfiguration and break every token in
          // flight; an operator must restore the key-encryption key instead.
          throw new Error(
            'None of the OpenID signing keys can be opened: PRATU_KEY_ENCRYPTION_KEY (or PRATU_SECRET) differs from the one that sealed them',
          );
        }
        await db.transaction().execute(async (trx) => {
          await store.lockSigningKeys(trx);
          const again = openRows(await store.listPublishedKeys(trx));
          if (!again.opened.some((k) => !k.row.retired_at)) await insertNewKey(trx);
        });
        rows = await store.listPublishedKeys(db);
        ({ opened, unopenable } = openRows(rows));
      }
      const active = opened.find((k) => !k.row.retired_at);
      if (!active) throw new Error('no usable OpenID signing key');
      const { key_ops: _ops, ...signing } = active.jwk;
      const keys: PrivateJwk[] = [
        signing,
        // Retired keys verify only: oidc-provider's selectForSign skips a key whose key_ops
        // lacks 'sign', so a retired key can never sign again in this process.
        ...opened.filter((k) => k !== active).map((k) => ({ ...k.jwk, key_ops: ['verify'] })),
      ];
      return {
        jwks: { keys },
        signingKid: active.jwk.kid,
        fingerprint: await store.signingKeysFingerprint(db),
        unopenable,
      };
    },

    fingerprint: () => store.signingKeysFingerprint(db),

    /** `pratu keys rotate`: a new key signs from now on; the others retire (still published). */
    async rotate(): Promise<{ kid: string; retired: number }> {
      return db.transaction().execute(async (trx) => {
        await store.lockSigningKeys(trx);
        const kid = await insertNewKey(trx);
        const retired = await store.retireKeysExcept(
          trx,
          kid,
          new Date(Date.now() + RETIRED_KEY_PUBLISH_SECONDS * 1000),
        );
        return { kid, retired };
      });
    },

    listPublished: () => store.listPublishedKeys(db),

    /**
     * A random secret sealed in the database, created once (the pairwise salt). Kept in the
     * database rather than derived from configuration so pairwise identifiers never change when
     * a deployment rotates its configured secrets.
     */
    async sealedSecret(name: string): Promise<Buffer> {
      const ctx = `oidc secret ${name}`;
      let sealed = await store.findSecret(db, name);
      if (!sealed)
        sealed = await store.ensureSecret(db, name, seal(sealKey, randomSecret(32), ctx));
      return Buffer.from(open(sealKey, sealed, ctx), 'base64url');
    },
  };
}

export type Keyring = ReturnType<typeof createKeyring>;
