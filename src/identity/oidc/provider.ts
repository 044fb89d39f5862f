import Provider, {
  type Account,
  type AdapterFactory,
  type Configuration,
  errors,
  interactionPolicy,
  type KoaContextWithOIDC,
} from 'oidc-provider';
import { type Aal, acrValues, requiredAal, satisfies } from './assurance.ts';
import { knownScopes, scopeClaims } from './claims.ts';
import { pairwiseSubject } from './crypto.ts';
import type { KeySet } from './keys.ts';

/**
 * The oidc-provider configuration for Pratu (oidc-provider 9). What is switched on and why:
 * - authorization code flow only (`responseTypes: ['code']`), PKCE required for every client
 *   (oidc-provider 9 supports only S256; its default requires PKCE for public clients only);
 * - refresh tokens, rotated on every use, so a stolen one is detected when reused;
 * - introspection, revocation, RP-initiated logout, client_credentials;
 * - pairwise `sub` for every relying party but Pratu's own portal (Core 1.0 8.1);
 * - claims in the ID token too (conformIdTokenClaims off), as ThaID relying parties expect;
 * - ES256 signatures only; client authentication by client_secret_basic or private_key_jwt.
 * Interactions (login, consent) are Pratu's own server-rendered routes under /interaction.
 */

/** Extra client metadata Pratu keeps on each relying party (oidc-provider extraClientMetadata). */
export interface PratuClientMetadata {
  pratu_min_aal: Aal;
  pratu_environment: 'sandbox' | 'production';
  pratu_first_party: boolean;
}

export function clientMinAal(client: unknown): Aal {
  return (client as Partial<PratuClientMetadata>).pratu_min_aal === 1 ? 1 : 2;
}
export function clientIsSandbox(client: unknown): boolean {
  return (client as Partial<PratuClientMetadata>).pratu_environment !== 'production';
}

export interface ProviderDeps {
  issuer: string;
  production: boolean;
  cookieKeys: string[];
  keys: KeySet;
  pairwiseSalt: Buffer;
  adapter: AdapterFactory;
  findAccount(ctx: KoaContextWithOIDC, accountId: string): Promise<Account | undefined>;
  /** The grant remembered for (account, relying party), if the citizen consented before. */
  rememberedGrantId(accountId: string, clientId: string): Promise<string | null>;
  accountIsDemo(accountId: string): Promise<boolean>;
  renderError: NonNullable<Configuration['renderError']>;
  logoutSource(ctx: KoaContextWithOIDC, form: string): Promise<void>;
  postLogoutSuccessSource(ctx: KoaContextWithOIDC): Promise<void>;
  onServerError(error: unknown): void;
}

export const TTL = {
  AccessToken: 10 * 60,
  AuthorizationCode: 60,
  ClientCredentials: 10 * 60,
  IdToken: 60 * 60,
  Interaction: 30 * 60,
  RefreshToken: 30 * 24 * 3600,
  Session: 12 * 3600,
  // A remembered consent lasts a year; the citizen can withdraw it at any time before that.
  Grant: 365 * 24 * 3600,
} as const;

function buildPolicy(deps: ProviderDeps) {
  const { Check } = interactionPolicy;
  const policy = interactionPolicy.base();
  const login = policy.get('login')!;

  // Scopes Pratu does not know are refused outright (RFC 6749 4.1.2.1 invalid_scope); by default
  // oidc-provider silently ignores them, and an agency would never learn it asked for nothing.
  login.checks.add(
    new Check('unknown_scope', 'unknown scope', (ctx) => {
      // oidc-provider has already dropped unknown scopes from params (shared/check_resource.js),
      // so look at the request as sent: the query, or the form body of a POSTed request. The
      // resume route carries no scope and was checked on the way in.
      if (ctx.oidc.route !== 'authorization') return Check.NO_NEED_TO_PROMPT;
      const sent = ctx.method === 'POST' ? ctx.oidc.body?.scope : ctx.query.scope;
      const unknown = (typeof sent === 'string' ? sent : '')
        .split(' ')
        .filter((s) => s && !knownScopes.includes(s));
      if (unknown.length) {
        throw new errors.InvalidScope('requested scope is not supported', unknown.join(' '));
      }
      return Check.NO_NEED_TO_PROMPT;
    }),
    0,
  );

  // A session signed in with a PIN (AAL1) does not satisfy a relying party that needs a passkey
  // (AAL2): ask again (step-up), never release at a lower level than registered or requested.
  login.checks.add(
    new Check('aal_too_low', 'a stronger sign-in is required', (ctx) => {
      const { oidc } = ctx;
      if (!oidc.session?.accountId) return Check.NO_NEED_TO_PROMPT;
      const needed = requiredAal(clientMinAal(oidc.client), oidc.params?.acr_values as string);
      return satisfies(oidc.session.acr, needed) ? Check.NO_NEED_TO_PROMPT : Check.REQUEST_PROMPT;
    }),
  );

  // A relying party still in the sandbox works with demo citizens only (issue 3): a real
  // citizen's session must not silently sign them in to an unapproved app.
  login.checks.add(
    new Check('sandbox_demo_only', 'this app is in the sandbox', async (ctx) => {
      const { oidc } = ctx;
      const accountId = oidc.session?.accountId;
      if (!accountId || !clientIsSandbox(oidc.client)) return Check.NO_NEED_TO_PROMPT;
      return (await deps.accountIsDemo(accountId)) ? Check.NO_NEED_TO_PROMPT : Check.REQUEST_PROMPT;
    }),
  );
  return policy;
}

export function createProvider(deps: ProviderDeps): Provider {
  const claims: Configuration['claims'] = {
    ...scopeClaims,
    acr: null,
    amr: null,
    auth_time: null,
    sid: null,
    iss: null,
  };
  const configuration: Configuration = {
    adapter: deps.adapter,
    jwks: deps.keys.jwks as Configuration['jwks'],
    cookies: {
      keys: deps.cookieKeys,
      names: {
        session: 'pratu_op_session',
        interaction: 'pratu_op_interaction',
        resume: 'pratu_op_resume',
      },
      long: { httpOnly: true, sameSite: 'lax' },
      short: { httpOnly: true, sameSite: 'lax' },
    },
    claims,
    scopes: knownScopes,
    acrValues,
    subjectTypes: ['public', 'pairwise'],
    // The sector is the relying party itself (its client_id): one agency app never sees the `sub`
    // another app sees. oidc-provider's default (the redirect host) would merge apps on one host.
    pairwiseIdentifier: async (_ctx, accountId, client) =>
      pairwiseSubject(deps.pairwiseSalt, client.clientId, accountId),
    // Relying parties' redirect URIs are vetted by Pratu staff; no sector document is fetched.
    sectorIdentifierUriValidate: () => false,
    responseTypes: ['code'],
    pkce: { required: () => true },
    clientAuthMethods: ['client_secret_basic', 'private_key_jwt'],
    clientDefaults: {
      grant_types: ['authorization_code'],
      id_token_signed_response_alg: 'ES256',
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
    enabledJWA: {
      idTokenSigningAlgValues: ['ES256'],
      userinfoSigningAlgValues: ['ES256'],
      introspectionSigningAlgValues: ['ES256'],
      authorizationSigningAlgValues: ['ES256'],
      clientAuthSigningAlgValues: ['ES256', 'PS256', 'RS256', 'EdDSA', 'Ed25519'],
      requestObjectSigningAlgValues: ['ES256'],
    },
    extraClientMetadata: {
      properties: ['pratu_min_aal', 'pratu_environment', 'pratu_first_party'],
    },
    // Every registered redirect_uri must be sent explicitly, even when there is only one.
    allowOmittingSingleRegisteredRedirectUri: false,
    conformIdTokenClaims: false,
    features: {
      devInteractions: { enabled: false },
      introspection: {
        enabled: true,
        // Only the relying party the token was issued to may introspect it: a token's claims
        // are released to that relying party, under the consent given to it.
        allowedPolicy: async (_ctx, client, token) => token.clientId === client.clientId,
      },
      revocation: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: deps.logoutSource,
        postLogoutSuccessSource: deps.postLogoutSuccessSource,
      },
      clientCredentials: { enabled: true },
      userinfo: { enabled: true },
      resourceIndicators: { enabled: false },
      claimsParameter: { enabled: false },
      registration: { enabled: false },
    },
    findAccount: (ctx, sub) => deps.findAccount(ctx, sub),
    async loadExistingGrant(ctx) {
      const { oidc } = ctx;
      const accountId = oidc.session?.accountId;
      const clientId = oidc.client!.clientId;
      const grantId =
        (oidc.result?.consent as { grantId?: string } | undefined)?.grantId ||
        oidc.session?.grantIdFor(clientId) ||
        (accountId ? await deps.rememberedGrantId(accountId, clientId) : null);
      if (!grantId) return undefined;
      const grant = await oidc.provider.Grant.find(grantId);
      // A grant is only ever reused for the account and relying party it was given to.
      if (!grant || grant.accountId !== accountId || grant.clientId !== clientId) return undefined;
      return grant;
    },
    interactions: {
      url: (_ctx, interaction) => `/interaction/${interaction.uid}`,
      policy: buildPolicy(deps),
    },
    rotateRefreshToken: true,
    ttl: {
      AccessToken: TTL.AccessToken,
      AuthorizationCode: TTL.AuthorizationCode,
      ClientCredentials: TTL.ClientCredentials,
      IdToken: TTL.IdToken,
      Interaction: TTL.Interaction,
      RefreshToken: TTL.RefreshToken,
      Session: TTL.Session,
      Grant: TTL.Grant,
    },
    renderError: deps.renderError,
    discovery: {
      ui_locales_supported: ['th', 'en'],
      claims_locales_supported: ['th', 'en'],
    },
  };
  const provider = new Provider(deps.issuer, configuration);
  // Behind a TLS-terminating proxy in production (as Fastify's trustProxy), so issuer URLs and
  // secure cookies follow X-Forwarded-Proto.
  provider.proxy = deps.production;
  provider.on('server_error', (_ctx, error) => deps.onServerError(error));
  return provider;
}
