import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createLocalJWKSet, jwtVerify } from 'jose';
import type Provider from 'oidc-provider';
import { type Account, errors, type Interaction, type KoaContextWithOIDC } from 'oidc-provider';
import type { Config } from '../../platform/config.ts';
import type { Db } from '../../platform/db/database.ts';
import { DomainError } from '../../platform/errors.ts';
import { defineMessages } from '../../platform/i18n/index.ts';
import type { PageContext } from '../../platform/views/context.ts';
import { renderDocument } from '../../platform/views/layout.tsx';
import type { Registry } from '../../registry/index.ts';
import type { AccessLog } from '../access-log.ts';
import { LoggedOutPage, LogoutConfirmPage, OidcErrorPage } from '../pages/oidc.tsx';
import type { RelyingParties } from '../relying-parties/service.ts';
import type { AccountRow } from '../store.ts';
import { createAdapterFactory } from './adapter.ts';
import {
  claimsForScopes,
  contactClaims,
  registryClaims,
  releasedClaims,
  thaidScopes,
} from './claims.ts';
import { deriveKey, randomSecret } from './crypto.ts';
import { createKeyring, type KeySet } from './keys.ts';
import { createProvider } from './provider.ts';
import * as store from './store.ts';

defineMessages({
  'identity.oidc.interaction_expired': {
    th: 'การเข้าสู่ระบบนี้หมดเวลาหรือถูกใช้ไปแล้ว กรุณากลับไปที่แอปพลิเคชันแล้วเริ่มเข้าสู่ระบบใหม่',
    en: 'This sign-in has expired or was already used. Go back to the app and start again.',
  },
  'identity.oidc.unavailable': {
    th: 'ระบบดิจิทัลไอดีไม่พร้อมให้บริการชั่วคราว กรุณาลองใหม่อีกครั้ง',
    en: 'Digital ID is temporarily unavailable; please try again',
  },
});

/** How often each process checks the key table for a rotation made by another process. */
const KEY_CHECK_MS = 30_000;

const registryClaimNames = new Set<string>([
  ...thaidScopes.filter((s) => s !== 'ial'),
  'name',
  'given_name',
  'middle_name',
  'family_name',
  'gender',
  'birthdate',
]);

export interface OidcDeps {
  db: Db;
  config: Config;
  keyEncryptionSecret: string;
  findAccount(id: string): Promise<AccountRow | null>;
  registry: Pick<Registry, 'findPerson'>;
  identityAssurance(accountId: string): Promise<{ ial: number }>;
  relyingParties: RelyingParties;
  accessLog: AccessLog;
  rememberedGrantId(accountId: string, clientId: string): Promise<string | null>;
  log(message: string, error?: unknown): void;
}

interface Running {
  provider: Provider;
  keys: KeySet;
  handler: (req: IncomingMessage, res: ServerResponse) => void;
  checkedAt: number;
}

/**
 * The OpenID provider as the rest of the identity module sees it: built lazily from the database
 * (keys, pairwise salt), rebuilt when another process rotates the keys, mounted into Fastify, and
 * the helpers the interaction routes and the portal sign-in need.
 */
export function createOidc(deps: OidcDeps) {
  const { db, config } = deps;
  const production = config.env === 'production';
  const issuer = `${config.publicUrl}/oidc`;
  const keyring = createKeyring(db, deriveKey(deps.keyEncryptionSecret, 'oidc signing keys v1'), {
    production,
  });
  // Cookie signing keys for oidc-provider's own cookies, derived from the session secret.
  const cookieKeys = [deriveKey(config.secret, 'oidc cookies v1').toString('base64url')];
  // Lets in-process calls (the portal's own code exchange) bypass the per-address rate limit,
  // which would otherwise count every portal sign-in against 127.0.0.1.
  const internalToken = randomSecret(32);
  const pageContexts = new WeakMap<IncomingMessage, () => Promise<PageContext>>();

  async function personalClaims(account: AccountRow, scope: string) {
    const wanted = claimsForScopes(scope);
    const out: Record<string, unknown> = { sub: account.id };
    if (account.citizen_id && [...wanted].some((c) => registryClaimNames.has(c))) {
      const person = await deps.registry.findPerson(account.citizen_id);
      if (person) Object.assign(out, registryClaims(person));
    }
    if (wanted.has('ial')) {
      try {
        out.ial = (await deps.identityAssurance(account.id)).ial;
      } catch (error) {
        // No recorded proofing (e.g. an account made before enrolment existed): leave it out
        // rather than claim a level nobody measured.
        if (!(error instanceof DomainError)) throw error;
      }
    }
    if (wanted.has('email') || wanted.has('phone_number')) {
      Object.assign(out, contactClaims(account));
    }
    return out;
  }

  async function findAccount(ctx: KoaContextWithOIDC, sub: string): Promise<Account | undefined> {
    const account = await deps.findAccount(sub);
    if (!account) return undefined;
    return {
      accountId: account.id,
      async claims(use, scope, _claims, rejected) {
        const available = await personalClaims(account, scope);
        const clientId = ctx.oidc.client?.clientId;
        if ((use === 'id_token' || use === 'userinfo') && clientId) {
          const released = releasedClaims(available, scope, rejected);
          await deps.accessLog.record({
            accountId: account.id,
            clientId,
            event: use,
            claims: released,
          });
        }
        return available as { sub: string };
      },
    };
  }

  async function pageFor(ctx: KoaContextWithOIDC): Promise<PageContext | null> {
    const make = pageContexts.get(ctx.req);
    return make ? make() : null;
  }

  async function build(): Promise<Running> {
    await deps.relyingParties.ensureFirstParty();
    const keys = await keyring.load();
    if (keys.unopenable.length) {
      deps.log(
        `OpenID signing keys ${keys.unopenable.join(', ')} cannot be opened with the configured key-encryption key; they are not published`,
      );
    }
    const provider = createProvider({
      issuer,
      production,
      cookieKeys,
      keys,
      pairwiseSalt: await keyring.sealedSecret('pairwise-salt'),
      adapter: createAdapterFactory(db, deps.relyingParties),
      findAccount,
      rememberedGrantId: deps.rememberedGrantId,
      async accountIsDemo(accountId) {
        return (await deps.findAccount(accountId))?.demo === true;
      },
      async renderError(ctx, out, error) {
        const page = await pageFor(ctx);
        ctx.type = 'html';
        ctx.set('cache-control', 'no-store');
        const code = error instanceof errors.SessionNotFound ? 'session_not_found' : out.error;
        ctx.body = page
          ? renderDocument(
              <OidcErrorPage ctx={page} error={code} description={out.error_description} />,
            )
          : `${out.error}: ${out.error_description ?? ''}`;
      },
      async logoutSource(ctx, form) {
        const page = await pageFor(ctx);
        const action = /action="([^"]+)"/.exec(form)?.[1] ?? '';
        const xsrf = /name="xsrf" value="([^"]+)"/.exec(form)?.[1] ?? '';
        const clientName = ctx.oidc.client
          ? ((await deps.relyingParties.findByClientId(ctx.oidc.client.clientId))?.[
              page?.lang === 'en' ? 'name_en' : 'name_th'
            ] ?? null)
          : null;
        ctx.type = 'html';
        ctx.body = page
          ? renderDocument(
              <LogoutConfirmPage ctx={page} action={action} xsrf={xsrf} clientName={clientName} />,
            )
          : form;
      },
      async postLogoutSuccessSource(ctx) {
        const page = await pageFor(ctx);
        ctx.type = 'html';
        ctx.body = page ? renderDocument(<LoggedOutPage ctx={page} clientName={null} />) : 'ok';
      },
      onServerError: (error) => deps.log('OpenID provider error', error),
    });

    // Introspection of a citizen's token answers with the claims released under that token's
    // consent (RFC 7662 2.2 allows more members), so a relying party's API can learn who is
    // calling without a userinfo round trip; each such answer is an access-log row.
    provider.use(async (ctx, next) => {
      await next();
      const oidc = (ctx as KoaContextWithOIDC).oidc;
      if (oidc?.route !== 'introspection' || ctx.status !== 200) return;
      const body = ctx.body as Record<string, unknown> | undefined;
      const token = oidc.entities.AccessToken ?? oidc.entities.RefreshToken;
      if (!body?.active || !token?.accountId || !token.scope || !oidc.client) return;
      const account = await deps.findAccount(token.accountId);
      if (!account) return;
      const rejected = oidc.entities.Grant?.getRejectedOIDCClaims() ?? [];
      const available = await personalClaims(account, token.scope);
      const released = releasedClaims(available, token.scope, rejected);
      for (const claim of released) body[claim] = available[claim];
      await deps.accessLog.record({
        accountId: account.id,
        clientId: oidc.client.clientId,
        event: 'introspection',
        claims: released,
      });
    });
    return { provider, keys, handler: provider.callback(), checkedAt: Date.now() };
  }

  let running: Running | null = null;
  let building: Promise<Running> | null = null;

  async function current(): Promise<Running> {
    if (!running) {
      building ??= build().finally(() => {
        building = null;
      });
      running = await building;
      return running;
    }
    if (Date.now() - running.checkedAt > KEY_CHECK_MS) {
      running.checkedAt = Date.now();
      const fingerprint = await keyring.fingerprint();
      if (fingerprint !== running.keys.fingerprint) {
        building ??= build().finally(() => {
          building = null;
        });
        running = await building;
      }
    }
    return running;
  }

  const api = {
    issuer,
    keyring,
    internalToken,
    provider: async () => (await current()).provider,
    /** Rebuilds now (after `keys rotate` in this process, or in tests). */
    async reload() {
      running = null;
      return (await current()).provider;
    },
    /** Public keys currently published (for verifying our own ID tokens in-process). */
    publicJwks: async () => ({ keys: publicKeys((await current()).keys) }),

    /**
     * Mounts the provider (a Koa app) under /oidc. Fastify must not touch the body of these
     * requests: oidc-provider reads the raw stream itself (lib/shared/selective_body.js), so this
     * plugin scope has one pass-through content-type parser instead of Fastify's.
     */
    async mount(app: FastifyInstance) {
      await app.register(async (scope) => {
        scope.removeAllContentTypeParsers();
        scope.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined));
        const handle = async (request: FastifyRequest, reply: FastifyReply) => {
          let run: Running;
          try {
            run = await current();
          } catch (error) {
            deps.log('OpenID provider could not start', error);
            throw new DomainError('identity.oidc.unavailable', { status: 503 });
          }
          // Security headers set by Fastify's hooks (helmet's CSP with its nonce, request id)
          // must reach the raw response, which oidc-provider writes itself.
          for (const [name, value] of Object.entries(reply.getHeaders())) {
            if (value !== undefined) reply.raw.setHeader(name, value as string);
          }
          pageContexts.set(request.raw, () => reply.pageContext());
          const raw = request.raw as IncomingMessage & { originalUrl?: string };
          // oidc-provider derives its mount path from originalUrl minus url (oidc_context.js).
          raw.originalUrl = raw.url;
          raw.url = (raw.url ?? '/').slice('/oidc'.length) || '/';
          reply.hijack();
          run.handler(raw, reply.raw);
        };
        const routeConfig = {
          csrf: false,
          rateLimit: {
            allowList: (request: FastifyRequest) =>
              request.headers['x-pratu-internal'] === internalToken,
          },
        };
        scope.all('/oidc/*', { config: routeConfig }, handle);
      });
    },

    /** The interaction this browser is in (STYLE.md 12), or a friendly 400 when it is gone. */
    async interactionDetails(request: FastifyRequest, reply: FastifyReply, uid: string) {
      const { provider } = await current();
      try {
        const interaction = await provider.interactionDetails(request.raw, reply.raw);
        if (interaction.uid !== uid) throw new errors.SessionNotFound('interaction uid mismatch');
        return { provider, interaction };
      } catch (error) {
        if (error instanceof errors.SessionNotFound) {
          throw new DomainError('identity.oidc.interaction_expired', { status: 400 });
        }
        throw error;
      }
    },

    /**
     * Stores a result on the interaction this request loaded, for the remaining lifetime, without
     * ending it: the interaction routes keep a sign-in there while its consent page is shown.
     */
    async keepResult(loaded: Interaction, result: Record<string, unknown>) {
      loaded.result = 'error' in result ? result : { ...loaded.lastSubmission, ...result };
      await loaded.save(loaded.exp - Math.floor(Date.now() / 1000));
    },

    /**
     * Stores the interaction's result and returns where the browser goes next. Given the
     * interaction this request already loaded through interactionDetails (cookie, expiry and
     * session checked moments ago), it saves that one as oidc-provider's interactionResult does
     * (lib/provider.js: merge with lastSubmission unless an error, save for the remaining
     * lifetime) instead of reading the interaction and its session a second time.
     */
    async finishInteraction(
      request: FastifyRequest,
      reply: FastifyReply,
      result: Record<string, unknown>,
      loaded?: Interaction,
    ): Promise<string> {
      if (loaded) {
        await api.keepResult(loaded, result);
        return loaded.returnTo;
      }
      const { provider } = await current();
      try {
        return await provider.interactionResult(request.raw, reply.raw, result, {
          mergeWithLastSubmission: true,
        });
      } catch (error) {
        if (error instanceof errors.SessionNotFound) {
          throw new DomainError('identity.oidc.interaction_expired', { status: 400 });
        }
        throw error;
      }
    },

    /**
     * The portal's code exchange, through the real token endpoint (in-process injection), then
     * the ID token checked as any relying party must (Core 1.0 3.1.3.7): signature with our
     * published keys, issuer, audience, expiry and nonce.
     */
    async exchangeFirstPartyCode(
      server: FastifyInstance,
      client: { clientId: string; clientSecret: string; redirectUri: string },
      input: { code: string; codeVerifier: string; nonce: string },
    ) {
      const host = new URL(config.publicUrl).host;
      const basic = Buffer.from(
        `${encodeURIComponent(client.clientId)}:${encodeURIComponent(client.clientSecret)}`,
      ).toString('base64');
      const response = await server.inject({
        method: 'POST',
        url: '/oidc/token',
        headers: {
          host,
          authorization: `Basic ${basic}`,
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'application/json',
          'x-pratu-internal': internalToken,
          ...(config.publicUrl.startsWith('https://') ? { 'x-forwarded-proto': 'https' } : {}),
        },
        payload: new URLSearchParams({
          grant_type: 'authorization_code',
          code: input.code,
          redirect_uri: client.redirectUri,
          code_verifier: input.codeVerifier,
        }).toString(),
      });
      if (response.statusCode !== 200) return null;
      const body = response.json() as { id_token?: string };
      if (!body.id_token) return null;
      const jwks = createLocalJWKSet({ keys: publicKeys((await current()).keys) as never });
      const { payload } = await jwtVerify(body.id_token, jwks, {
        issuer,
        audience: client.clientId,
        algorithms: ['ES256'],
      });
      if (payload.nonce !== input.nonce || typeof payload.sub !== 'string') return null;
      return {
        accountId: payload.sub,
        acr: typeof payload.acr === 'string' ? payload.acr : null,
        amr: Array.isArray(payload.amr) ? (payload.amr as string[]) : [],
        sid: typeof payload.sid === 'string' ? payload.sid : null,
      };
    },

    /** Ends the provider's session (single sign-out from the portal). */
    endProviderSession: (sid: string) => store.destroySessionByUid(db, sid),
    purgeExpired: () => store.purgeExpiredModels(db),
    countActiveSessions: () => store.countModels(db, 'Session'),
  };
  return api;
}

/** The public halves of the keys this process verifies with (what /oidc/jwks publishes). */
function publicKeys(keys: KeySet) {
  return keys.jwks.keys.map(({ d: _d, key_ops: _ops, ...pub }) => pub);
}

export type Oidc = ReturnType<typeof createOidc>;
