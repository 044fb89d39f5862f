import type { AdapterPayload } from 'oidc-provider';
import { appendAudit } from '../../platform/audit.ts';
import type { Config } from '../../platform/config.ts';
import type { Db } from '../../platform/db/database.ts';
import { DomainError } from '../../platform/errors.ts';
import { defineMessages } from '../../platform/i18n/index.ts';
import { deriveKey, open, randomSecret, seal } from '../oidc/crypto.ts';
import type { PratuClientMetadata } from '../oidc/provider.ts';
import {
  type Environment,
  newClientId,
  parseRelyingParty,
  productionProblems,
  type RelyingPartyInput,
} from './relying-parties.ts';
import * as store from './store.ts';

export type { RelyingPartyRow } from './store.ts';

defineMessages({
  'identity.rp.not_found': { th: 'ไม่พบแอปพลิเคชันนี้', en: 'This app was not found' },
  'identity.rp.production_needs_https': {
    th: 'ก่อนเปิดใช้งานจริง ที่อยู่ทุกรายการต้องขึ้นต้นด้วย https:// กรุณาลบที่อยู่ต่อไปนี้: {uris}',
    en: 'Before going live every URI must use https://; remove: {uris}',
  },
  'identity.rp.already_production': {
    th: 'แอปพลิเคชันนี้เปิดใช้งานจริงแล้ว',
    en: 'This app is already live',
  },
  'identity.rp.not_requested': {
    th: 'แอปพลิเคชันนี้ยังไม่ได้ขอเปิดใช้งานจริง',
    en: 'This app has not asked to go live',
  },
});

/** Pratu's own portal and back office, a relying party of its own provider ("one way in"). */
export const FIRST_PARTY_CLIENT_ID = 'pratu-portal';

/**
 * Client secrets are sealed (AES-256-GCM), not hashed. oidc-provider compares the presented
 * client_secret with the registered one itself (constant time) and offers no hook to compare
 * against a hash; a sealed secret needs no patch to the library, and a stolen database alone
 * still yields nothing without the key-encryption key that lives outside it. The plain secret is
 * shown to the agency once, at registration.
 */
export function createRelyingParties(db: Db, config: Config, keyEncryptionSecret: string) {
  const secretKey = deriveKey(keyEncryptionSecret, 'oidc client secrets v1');
  const secretContext = (clientId: string) => `client secret ${clientId}`;
  const httpsIssuer = config.publicUrl.startsWith('https://');

  // A relying party is read on every token request; a two-second cache spares the database
  // while a suspension or a new secret still takes effect within two seconds on every process.
  const cache = new Map<
    string,
    { at: number; row: store.RelyingPartyRow | null; metadata?: AdapterPayload | undefined }
  >();
  const CACHE_MS = 2000;
  async function cachedRow(clientId: string): Promise<store.RelyingPartyRow | null> {
    const hit = cache.get(clientId);
    if (hit && Date.now() - hit.at < CACHE_MS) return hit.row;
    const row = await store.findRelyingPartyByClientId(db, clientId);
    if (cache.size > 10_000) cache.clear();
    cache.set(clientId, { at: Date.now(), row });
    return row;
  }

  function toClientMetadata(
    rp: store.RelyingPartyRow,
    plainSecret?: string,
  ): AdapterPayload | undefined {
    if (rp.suspended_at) return undefined;
    const pairwise = !rp.first_party;
    const hosts = new Set(rp.redirect_uris.map((u) => new URL(u).host));
    const extra: PratuClientMetadata = {
      pratu_min_aal: rp.min_aal,
      pratu_environment: rp.environment,
      pratu_first_party: rp.first_party,
    };
    const metadata: Record<string, unknown> = {
      client_id: rp.client_id,
      client_name: rp.name_en,
      redirect_uris: rp.redirect_uris,
      post_logout_redirect_uris: rp.post_logout_redirect_uris,
      grant_types: rp.grant_types,
      response_types: rp.grant_types.includes('authorization_code') ? ['code'] : [],
      token_endpoint_auth_method: rp.token_endpoint_auth_method,
      scope: rp.scopes.join(' ') || undefined,
      subject_type: pairwise ? 'pairwise' : 'public',
      id_token_signed_response_alg: 'ES256',
      ...extra,
    };
    // OpenID Connect Core 8.1: redirect URIs on several hosts need a sector_identifier_uri. Ours
    // is Pratu's own document (never fetched: sectorIdentifierUriValidate is off) and pairwise
    // identifiers are keyed by client_id regardless.
    if (pairwise && hosts.size > 1 && httpsIssuer) {
      metadata.sector_identifier_uri = `${config.publicUrl}/relying-parties/${rp.client_id}/sector`;
    }
    if (rp.logo_url) metadata.logo_uri = rp.logo_url;
    if (rp.token_endpoint_auth_method === 'private_key_jwt') metadata.jwks = rp.jwks;
    else if (plainSecret) metadata.client_secret = plainSecret;
    else if (rp.client_secret_sealed) {
      metadata.client_secret = open(
        secretKey,
        rp.client_secret_sealed,
        secretContext(rp.client_id),
      );
    }
    return metadata as AdapterPayload;
  }

  let firstParty: { clientSecret: string; redirectUri: string } | null = null;

  function clientMetadataOf(rp: store.RelyingPartyRow): AdapterPayload | undefined {
    // The portal's addresses and secret come from this process's own configuration, not the
    // shared row: processes (or test servers) with different public URLs share one database.
    if (rp.first_party && firstParty) {
      return toClientMetadata(
        {
          ...rp,
          redirect_uris: [firstParty.redirectUri],
          post_logout_redirect_uris: [`${config.publicUrl}/`],
        },
        firstParty.clientSecret,
      );
    }
    return toClientMetadata(rp);
  }

  const api = {
    async findClientMetadata(clientId: string): Promise<AdapterPayload | undefined> {
      const rp = await cachedRow(clientId);
      if (!rp) return undefined;
      const entry = cache.get(clientId);
      if (entry?.row === rp && entry.metadata) return entry.metadata;
      const metadata = clientMetadataOf(rp);
      if (entry?.row === rp) entry.metadata = metadata;
      return metadata;
    },
    /** The relying party by client_id, at most two seconds old (hot path of every token). */
    findByClientId: cachedRow,
    find: (id: string) => store.findRelyingParty(db, id),
    findManyByClientId: (clientIds: string[]) => store.findRelyingPartiesByClientIds(db, clientIds),
    list: (filter?: Parameters<typeof store.listRelyingParties>[1]) =>
      store.listRelyingParties(db, filter),

    /**
     * Registers a relying party (console or CLI). Returns the row and, for client_secret_basic,
     * the plain secret, which is never shown again.
     */
    async register(
      actor: string,
      input: RelyingPartyInput,
      options: { organizationId: string | null; environment: Environment },
    ): Promise<{ rp: store.RelyingPartyRow; clientSecret: string | null }> {
      const draft = parseRelyingParty(input, {
        environment: options.environment,
        multiHostAllowed: httpsIssuer,
      });
      const clientId = newClientId();
      const clientSecret =
        draft.token_endpoint_auth_method === 'client_secret_basic' ? randomSecret(32) : null;
      return db.transaction().execute(async (trx) => {
        const rp = await store.insertRelyingParty(trx, {
          ...draft,
          client_id: clientId,
          organization_id: options.organizationId,
          client_secret_sealed: clientSecret
            ? seal(secretKey, clientSecret, secretContext(clientId))
            : null,
          environment: options.environment,
          first_party: false,
          created_by: actor,
        });
        await appendAudit(trx, {
          actor,
          action: 'identity.relying_party_registered',
          subject: `relying_party:${rp.client_id}`,
          after: { ...rp, client_secret_sealed: undefined },
        });
        return { rp, clientSecret };
      });
    },

    /** Edits name, purpose, URIs, scopes, authentication, logo and minimum assurance. */
    async update(actor: string, rp: store.RelyingPartyRow, input: RelyingPartyInput) {
      const draft = parseRelyingParty(input, {
        environment: rp.environment,
        multiHostAllowed: httpsIssuer,
      });
      let sealed = rp.client_secret_sealed;
      let clientSecret: string | null = null;
      if (draft.token_endpoint_auth_method === 'client_secret_basic' && !sealed) {
        clientSecret = randomSecret(32);
        sealed = seal(secretKey, clientSecret, secretContext(rp.client_id));
      }
      if (draft.token_endpoint_auth_method === 'private_key_jwt') sealed = null;
      return db.transaction().execute(async (trx) => {
        const updated = await store.updateRelyingParty(trx, rp.id, {
          ...draft,
          client_secret_sealed: sealed,
        });
        await appendAudit(trx, {
          actor,
          action: 'identity.relying_party_updated',
          subject: `relying_party:${rp.client_id}`,
          before: { ...rp, client_secret_sealed: undefined },
          after: { ...updated, client_secret_sealed: undefined },
        });
        cache.delete(rp.client_id);
        return { rp: updated, clientSecret };
      });
    },

    /** A new client secret (the old one stops working at once). */
    async rotateSecret(actor: string, rp: store.RelyingPartyRow): Promise<string> {
      const clientSecret = randomSecret(32);
      await db.transaction().execute(async (trx) => {
        await store.updateRelyingParty(trx, rp.id, {
          client_secret_sealed: seal(secretKey, clientSecret, secretContext(rp.client_id)),
        });
        await appendAudit(trx, {
          actor,
          action: 'identity.relying_party_secret_rotated',
          subject: `relying_party:${rp.client_id}`,
        });
      });
      cache.delete(rp.client_id);
      return clientSecret;
    },

    async requestProduction(actor: string, rp: store.RelyingPartyRow) {
      if (rp.environment === 'production') {
        throw new DomainError('identity.rp.already_production', { status: 409 });
      }
      const problems = productionProblems(rp);
      if (problems.length) {
        throw new DomainError('identity.rp.production_needs_https', {
          params: { uris: problems.join(', ') },
        });
      }
      return db.transaction().execute(async (trx) => {
        const updated = await store.updateRelyingParty(trx, rp.id, {
          production_requested_at: new Date(),
        });
        await appendAudit(trx, {
          actor,
          action: 'identity.relying_party_production_requested',
          subject: `relying_party:${rp.client_id}`,
        });
        return updated;
      });
    },

    /** A platform administrator's approval: the app may now sign in every citizen. */
    async approveProduction(actor: string, rp: store.RelyingPartyRow) {
      if (rp.environment === 'production') {
        throw new DomainError('identity.rp.already_production', { status: 409 });
      }
      if (!rp.production_requested_at) throw new DomainError('identity.rp.not_requested');
      const problems = productionProblems(rp);
      if (problems.length) {
        throw new DomainError('identity.rp.production_needs_https', {
          params: { uris: problems.join(', ') },
        });
      }
      return db.transaction().execute(async (trx) => {
        const updated = await store.updateRelyingParty(trx, rp.id, {
          environment: 'production',
          approved_by: actor,
          approved_at: new Date(),
        });
        await appendAudit(trx, {
          actor,
          action: 'identity.relying_party_approved',
          subject: `relying_party:${rp.client_id}`,
        });
        cache.delete(rp.client_id);
        return updated;
      });
    },

    async setSuspended(actor: string, rp: store.RelyingPartyRow, suspended: boolean) {
      return db.transaction().execute(async (trx) => {
        const updated = await store.updateRelyingParty(trx, rp.id, {
          suspended_at: suspended ? new Date() : null,
        });
        await appendAudit(trx, {
          actor,
          action: suspended ? 'identity.relying_party_suspended' : 'identity.relying_party_resumed',
          subject: `relying_party:${rp.client_id}`,
        });
        cache.delete(rp.client_id);
        return updated;
      });
    },

    /**
     * Pratu's own portal as a client of its provider: derived from configuration alone (no
     * database), so a process starts even while the database is down. The secret is derived from
     * the key-encryption secret, so every process agrees on it without sharing state; it never
     * leaves the server.
     */
    firstPartyClient(): { clientId: string; clientSecret: string; redirectUri: string } {
      firstParty ??= {
        clientSecret: deriveKey(keyEncryptionSecret, 'first-party client secret v1').toString(
          'base64url',
        ),
        redirectUri: `${config.publicUrl}/sign-in/callback`,
      };
      return { clientId: FIRST_PARTY_CLIENT_ID, ...firstParty };
    },

    /** Makes sure the portal's row exists (its names show in consents and the access log). */
    async ensureFirstParty(): Promise<void> {
      const client = api.firstPartyClient();
      await store.upsertFirstParty(db, {
        client_id: FIRST_PARTY_CLIENT_ID,
        organization_id: null,
        name_th: 'ประตู (พอร์ทัลและระบบงานเจ้าหน้าที่)',
        name_en: 'Pratu (portal and back office)',
        purpose_th: 'เข้าสู่ระบบพอร์ทัลบริการภาครัฐและระบบงานของเจ้าหน้าที่',
        purpose_en: 'Sign in to the government services portal and the back office',
        logo_url: null,
        redirect_uris: [client.redirectUri],
        post_logout_redirect_uris: [`${config.publicUrl}/`],
        scopes: ['openid'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_basic',
        jwks: null,
        client_secret_sealed: seal(
          secretKey,
          client.clientSecret,
          secretContext(FIRST_PARTY_CLIENT_ID),
        ),
        // Citizens may use the portal with a PIN; pages that need more ask for a step-up.
        min_aal: 1,
        environment: 'production',
        first_party: true,
        created_by: 'system',
      });
      cache.delete(FIRST_PARTY_CLIENT_ID);
    },
  };
  return api;
}

export type RelyingParties = ReturnType<typeof createRelyingParties>;
