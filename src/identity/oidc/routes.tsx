import type { AuthenticationResponseJSON } from '@simplewebauthn/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../../platform/errors.ts';
import { fieldMessages, formValues } from '../../platform/forms.ts';
import { defineMessages, t } from '../../platform/i18n/index.ts';
import type { Authenticators } from '../enrolment/index.ts';
import { ConsentPage, InteractionLoginPage, type RelyingPartyView } from '../pages/interaction.tsx';
import type { RelyingParties } from '../relying-parties/service.ts';
import type { AccountRow } from '../store.ts';
import { type Aal, acrForAal, requiredAal } from './assurance.ts';
import { consentScopes, knownScopes } from './claims.ts';
import { clientIsSandbox, clientMinAal } from './provider.ts';
import type { Oidc } from './service.tsx';

defineMessages({
  'identity.oidc.pin_not_enough': {
    th: 'แอปพลิเคชันนี้ไม่รับการเข้าสู่ระบบด้วย PIN อย่างเดียว กรุณาใช้พาสคีย์',
    en: 'This app does not accept a PIN alone; please use your passkey',
  },
  'identity.oidc.sandbox_demo_only': {
    th: 'แอปพลิเคชันนี้อยู่ระหว่างทดสอบ ใช้ได้เฉพาะผู้ใช้ตัวอย่างเท่านั้น บัญชีของคุณจึงไม่ถูกส่งให้แอปพลิเคชันนี้',
    en: 'This app is still in the sandbox and works with demo citizens only; your account was not shared with it',
  },
  'identity.oidc.wrong_prompt': {
    th: 'ขั้นตอนนี้ไม่ตรงกับคำขอเข้าสู่ระบบ กรุณาเริ่มใหม่จากแอปพลิเคชัน',
    en: 'This step does not match the sign-in request; start again from the app',
  },
});

interface Deps {
  oidc: Oidc;
  authenticators: Pick<Authenticators, 'startPasskeyLogin' | 'finishPasskeyLogin' | 'verifyPin'>;
  relyingParties: RelyingParties;
  findAccount(id: string): Promise<AccountRow | null>;
  /** The consent this citizen last gave this relying party, if any. */
  findConsent(
    accountId: string,
    clientId: string,
  ): Promise<{ grant_id: string; scopes: string[] } | null>;
  rememberConsent(
    accountId: string,
    clientId: string,
    grantId: string,
    scopes: string[],
  ): Promise<void>;
}

/** What oidc-provider's resume reads from an interaction's `login` result. */
interface LoginResult {
  accountId: string;
  acr: string;
  amr: string[];
  remember: boolean;
}

function noStore(reply: FastifyReply) {
  // STYLE.md 12: interaction pages and answers carry one-time state; never cache them.
  reply.header('cache-control', 'no-store');
}

/**
 * The provider's interactions as plain server-rendered routes, after node-oidc-provider's
 * example/routes/express.js: interactionDetails → switch (prompt.name) → interaction result.
 */
export async function registerInteractionRoutes(app: FastifyInstance, deps: Deps) {
  const { oidc } = deps;

  async function load(request: FastifyRequest, reply: FastifyReply) {
    noStore(reply);
    const { uid } = request.params as { uid: string };
    const { provider, interaction } = await oidc.interactionDetails(request, reply, uid);
    const clientId = String(interaction.params.client_id ?? '');
    const client = await provider.Client.find(clientId);
    const rp = await deps.relyingParties.findByClientId(clientId);
    if (!client || !rp) throw new DomainError('identity.oidc.interaction_expired', { status: 400 });
    const view: RelyingPartyView = {
      name: { th: rp.name_th, en: rp.name_en },
      purpose: { th: rp.purpose_th, en: rp.purpose_en },
      logoUrl: rp.logo_url,
      sandbox: clientIsSandbox(client),
    };
    const needed = requiredAal(clientMinAal(client), interaction.params.acr_values as string);
    return { uid, provider, interaction, client, rp, view, needed };
  }

  type Loaded = Awaited<ReturnType<typeof load>>;

  /**
   * The sign-in page, with a fresh passkey challenge in it: the passkey script starts the ceremony
   * at once instead of fetching options first (one request fewer per sign-in). `problem` is a
   * message code, or the error a sign-in attempt ended with (its field messages, if it has any,
   * go next to the PIN fields).
   */
  async function renderLogin(
    reply: FastifyReply,
    l: Loaded,
    extra: { problem?: string | DomainError; citizenId?: string } = {},
    status = 200,
  ) {
    const passkey = await deps.authenticators.startPasskeyLogin();
    const { problem } = extra;
    const onFields = problem instanceof DomainError && Object.keys(problem.fields).length > 0;
    return reply.render(
      (ctx) => (
        <InteractionLoginPage
          ctx={ctx}
          uid={l.uid}
          rp={l.view}
          passkey={passkey}
          pinAllowed={l.needed === 1}
          stepUp={l.interaction.prompt.reasons.includes('aal_too_low')}
          problem={
            problem === undefined || onFields
              ? undefined
              : typeof problem === 'string'
                ? t(ctx.lang, problem)
                : t(ctx.lang, problem.code, problem.params)
          }
          values={extra.citizenId === undefined ? undefined : { citizen_id: extra.citizenId }}
          errors={onFields ? fieldMessages(problem, ctx.lang) : undefined}
        />
      ),
      status,
    );
  }

  /**
   * The OpenID scopes the relying party asked for, as oidc-provider's consent prompt counts them
   * (the request's scopes it knows; unknown ones were refused at the authorization endpoint).
   */
  function requestedScopes(l: Loaded): string[] {
    return String(l.interaction.params.scope ?? '')
      .split(' ')
      .filter((s) => knownScopes.includes(s));
  }

  /** The grant this citizen's consent to this relying party is kept in, or a new one. */
  async function grantFor(l: Loaded, accountId: string, grantId: string | undefined) {
    const clientId = l.rp.client_id;
    const found = grantId ? await l.provider.Grant.find(grantId) : undefined;
    // A grant is only ever reused for the account and relying party it was given to.
    if (found && found.accountId === accountId && found.clientId === clientId) return found;
    return new l.provider.Grant({ accountId, clientId });
  }

  /** Records the consent (grant, remembered row, audit) and returns the grant's id. */
  async function consentTo(
    accountId: string,
    l: Loaded,
    grantId: string | undefined,
    add: { scopes: string[]; claims?: string[] | undefined },
  ) {
    const grant = await grantFor(l, accountId, grantId);
    if (add.scopes.length) grant.addOIDCScope(add.scopes.join(' '));
    if (add.claims?.length) grant.addOIDCClaims(add.claims);
    const saved = await grant.save();
    const scopes = (grant.getOIDCScope() || '').split(' ').filter(Boolean);
    await deps.rememberConsent(accountId, l.rp.client_id, saved, scopes);
    return saved;
  }

  /**
   * A sign-in done on this interaction and waiting for the citizen's consent (see completeLogin),
   * or null.
   */
  function pendingLogin(l: Loaded): LoginResult | null {
    if (l.interaction.prompt.name !== 'login') return null;
    const login = (l.interaction.result as { login?: LoginResult } | undefined)?.login;
    return login?.accountId ? login : null;
  }

  /**
   * The rules every sign-in here must pass before the provider hears of it, then the consent.
   * When the relying party needs a consent the citizen has not given (or asked for it again with
   * prompt=consent), the consent page follows on this same interaction and the provider gets the
   * sign-in and the consent together: one trip through its authorization endpoint instead of two
   * (a sign-in, then a consent interaction), which a phone on a slow network feels. Whatever is
   * decided here, oidc-provider checks the grant again when the interaction ends and asks for
   * consent itself if anything is still missing.
   */
  async function completeLogin(
    request: FastifyRequest,
    reply: FastifyReply,
    l: Loaded,
    login: { accountId: string; amr: string[]; aal: Aal },
  ) {
    if (login.aal < l.needed) {
      return renderLogin(reply, l, { problem: 'identity.oidc.pin_not_enough' }, 403);
    }
    const account = await deps.findAccount(login.accountId);
    if (!account) throw new DomainError('identity.oidc.interaction_expired', { status: 400 });
    if (l.view.sandbox && !account.demo) {
      return renderLogin(reply, l, { problem: 'identity.oidc.sandbox_demo_only' }, 403);
    }
    const result: LoginResult = {
      accountId: account.id,
      acr: acrForAal[login.aal],
      amr: login.amr,
      // A transient provider session (no persistent cookie): Digital ID is used on shared and
      // kiosk devices, where "remember me" would hand the next person a signed-in session.
      remember: false,
    };
    const scopes = requestedScopes(l);
    const remembered = await deps.findConsent(account.id, l.rp.client_id);
    const askedAgain = String(l.interaction.params.prompt ?? '')
      .split(' ')
      .includes('consent');
    if (!askedAgain && remembered && scopes.every((s) => remembered.scopes.includes(s))) {
      return finish(request, reply, l, { login: result });
    }
    if (l.rp.first_party) {
      // Pratu's own portal asks only for `openid`: no personal data, nothing to ask about.
      const grantId = await consentTo(account.id, l, remembered?.grant_id, { scopes });
      return finish(request, reply, l, { login: result, consent: { grantId } });
    }
    // The consent page is this answer (as Keycloak answers a sign-in form): a redirect to it would
    // cost a phone one more round trip. Reloading it re-sends a used passkey assertion, which is
    // refused with the sign-in page; the interaction keeps the sign-in, so its address shows the
    // consent page again.
    // The grant the remembered consent is kept in goes where oidc-provider keeps the grant its own
    // consent prompt extends; the consent checks it is this account's and relying party's.
    l.interaction.grantId = remembered?.grant_id;
    await oidc.keepResult(l.interaction, { login: result });
    return renderConsent(reply, l, account);
  }

  async function finish(
    request: FastifyRequest,
    reply: FastifyReply,
    l: Loaded,
    result: Record<string, unknown>,
  ) {
    return reply.redirect(await oidc.finishInteraction(request, reply, result, l.interaction), 303);
  }

  /** The consent prompt oidc-provider asked for itself (a citizen already signed in). */
  async function grantConsent(request: FastifyRequest, reply: FastifyReply, l: Loaded) {
    const { interaction } = l;
    const accountId = interaction.session?.accountId;
    if (!accountId) throw new DomainError('identity.oidc.interaction_expired', { status: 400 });
    const details = interaction.prompt.details as {
      missingOIDCScope?: string[];
      missingOIDCClaims?: string[];
    };
    const grantId = await consentTo(accountId, l, interaction.grantId, {
      scopes: details.missingOIDCScope ?? [],
      claims: details.missingOIDCClaims,
    });
    return finish(request, reply, l, { consent: { grantId } });
  }

  async function renderConsent(reply: FastifyReply, l: Loaded, accountOrId: AccountRow | string) {
    const account =
      typeof accountOrId === 'string' ? await deps.findAccount(accountOrId) : accountOrId;
    if (!account) throw new DomainError('identity.oidc.interaction_expired', { status: 400 });
    const asked = String(l.interaction.params.scope ?? '').split(' ');
    return reply.render((ctx) => (
      <ConsentPage
        ctx={ctx}
        uid={l.uid}
        rp={l.view}
        scopes={consentScopes(asked)}
        accountName={ctx.lang === 'th' ? account.display_name_th : account.display_name_en}
      />
    ));
  }

  app.get('/interaction/:uid', async (request, reply) => {
    const l = await load(request, reply);
    const { interaction } = l;
    switch (interaction.prompt.name) {
      case 'login': {
        const signedIn = pendingLogin(l);
        return signedIn ? renderConsent(reply, l, signedIn.accountId) : renderLogin(reply, l);
      }
      case 'consent':
        // Pratu's own portal asks only for `openid`: no personal data, nothing to consent to.
        if (l.rp.first_party) return grantConsent(request, reply, l);
        return renderConsent(reply, l, interaction.session?.accountId ?? '');
      default:
        throw new DomainError('identity.oidc.wrong_prompt', { status: 400 });
    }
  });

  app.post('/interaction/:uid/pin', async (request, reply) => {
    const l = await load(request, reply);
    if (l.interaction.prompt.name !== 'login') {
      throw new DomainError('identity.oidc.wrong_prompt', { status: 400 });
    }
    const values = formValues(request.body);
    if (l.needed !== 1)
      return renderLogin(reply, l, { problem: 'identity.oidc.pin_not_enough' }, 403);
    try {
      const login = await deps.authenticators.verifyPin(
        values.citizen_id ?? '',
        values.pin ?? '',
        request.ip,
      );
      return await completeLogin(request, reply, l, login);
    } catch (error) {
      if (!(error instanceof DomainError) || error.code === 'identity.oidc.interaction_expired') {
        throw error;
      }
      return renderLogin(
        reply,
        l,
        { problem: error, citizenId: values.citizen_id ?? '' },
        error.status,
      );
    }
  });

  app.get('/interaction/:uid/passkey/options', async (request, reply) => {
    const l = await load(request, reply);
    if (l.interaction.prompt.name !== 'login') {
      throw new DomainError('identity.oidc.wrong_prompt', { status: 400 });
    }
    return deps.authenticators.startPasskeyLogin();
  });

  app.post('/interaction/:uid/passkey', async (request, reply) => {
    const l = await load(request, reply);
    if (l.interaction.prompt.name !== 'login') {
      throw new DomainError('identity.oidc.wrong_prompt', { status: 400 });
    }
    const values = formValues(request.body);
    try {
      let response: AuthenticationResponseJSON;
      try {
        response = JSON.parse(values.credential ?? '') as AuthenticationResponseJSON;
      } catch {
        throw new DomainError('identity.passkey_malformed', { status: 400 });
      }
      const login = await deps.authenticators.finishPasskeyLogin(
        values.challenge_id ?? '',
        response,
      );
      return await completeLogin(request, reply, l, login);
    } catch (error) {
      if (!(error instanceof DomainError) || error.code === 'identity.oidc.interaction_expired') {
        throw error;
      }
      return renderLogin(reply, l, { problem: error }, error.status);
    }
  });

  app.post('/interaction/:uid/consent', async (request, reply) => {
    const l = await load(request, reply);
    const signedIn = pendingLogin(l);
    if (l.interaction.prompt.name !== 'consent' && !signedIn) {
      throw new DomainError('identity.oidc.wrong_prompt', { status: 400 });
    }
    const { decision } = formValues(request.body);
    if (decision !== 'allow') {
      return finish(request, reply, l, {
        error: 'access_denied',
        error_description: 'the citizen did not consent',
      });
    }
    if (!signedIn) return grantConsent(request, reply, l);
    const grantId = await consentTo(signedIn.accountId, l, l.interaction.grantId, {
      scopes: requestedScopes(l),
    });
    return finish(request, reply, l, { login: signedIn, consent: { grantId } });
  });

  app.post('/interaction/:uid/abort', async (request, reply) => {
    const l = await load(request, reply);
    return finish(request, reply, l, {
      error: 'access_denied',
      error_description: 'the citizen cancelled the sign-in',
    });
  });
}
