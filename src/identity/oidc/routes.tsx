import type { AuthenticationResponseJSON } from '@simplewebauthn/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Interaction } from 'oidc-provider';
import { DomainError } from '../../platform/errors.ts';
import { fieldMessages, formValues } from '../../platform/forms.ts';
import { defineMessages, t } from '../../platform/i18n/index.ts';
import type { Authenticators } from '../enrolment/index.ts';
import { ConsentPage, InteractionLoginPage, type RelyingPartyView } from '../pages/interaction.tsx';
import type { RelyingParties } from '../relying-parties/service.ts';
import type { AccountRow } from '../store.ts';
import { type Aal, acrForAal, requiredAal } from './assurance.ts';
import { consentScopes } from './claims.ts';
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
  rememberConsent(
    accountId: string,
    clientId: string,
    grantId: string,
    scopes: string[],
  ): Promise<void>;
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

  function renderLogin(
    reply: FastifyReply,
    l: Loaded,
    extra: { problem?: string; values?: Record<string, string>; errors?: Record<string, string> },
    status = 200,
  ) {
    return reply.render(
      (ctx) => (
        <InteractionLoginPage
          ctx={ctx}
          uid={l.uid}
          rp={l.view}
          pinAllowed={l.needed === 1}
          stepUp={l.interaction.prompt.reasons.includes('aal_too_low')}
          problem={extra.problem ? t(ctx.lang, extra.problem) : undefined}
          values={extra.values}
          errors={extra.errors}
        />
      ),
      status,
    );
  }

  /** The rules every sign-in here must pass before the provider hears of it. */
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
    const returnTo = await oidc.finishInteraction(
      request,
      reply,
      {
        // A transient provider session (no persistent cookie): Digital ID is used on shared and
        // kiosk devices, where "remember me" would hand the next person a signed-in session.
        login: {
          accountId: account.id,
          acr: acrForAal[login.aal],
          amr: login.amr,
          remember: false,
        },
      },
      l.interaction,
    );
    return reply.redirect(returnTo, 303);
  }

  async function grantConsent(
    request: FastifyRequest,
    reply: FastifyReply,
    l: Loaded,
    interaction: Interaction,
  ) {
    const accountId = interaction.session?.accountId;
    const clientId = l.rp.client_id;
    if (!accountId) throw new DomainError('identity.oidc.interaction_expired', { status: 400 });
    const grant = interaction.grantId
      ? await l.provider.Grant.find(interaction.grantId)
      : new l.provider.Grant({ accountId, clientId });
    if (!grant) throw new DomainError('identity.oidc.interaction_expired', { status: 400 });
    const details = interaction.prompt.details as {
      missingOIDCScope?: string[];
      missingOIDCClaims?: string[];
    };
    if (details.missingOIDCScope) grant.addOIDCScope(details.missingOIDCScope.join(' '));
    if (details.missingOIDCClaims) grant.addOIDCClaims(details.missingOIDCClaims);
    const grantId = await grant.save();
    const scopes = (grant.getOIDCScope() || '').split(' ').filter(Boolean);
    await deps.rememberConsent(accountId, clientId, grantId, scopes);
    const returnTo = await oidc.finishInteraction(
      request,
      reply,
      { consent: { grantId } },
      interaction,
    );
    return reply.redirect(returnTo, 303);
  }

  app.get('/interaction/:uid', async (request, reply) => {
    const l = await load(request, reply);
    const { interaction } = l;
    switch (interaction.prompt.name) {
      case 'login':
        return renderLogin(reply, l, {});
      case 'consent': {
        // Pratu's own portal asks only for `openid`: no personal data, nothing to consent to.
        if (l.rp.first_party) return grantConsent(request, reply, l, interaction);
        const account = await deps.findAccount(interaction.session?.accountId ?? '');
        if (!account) throw new DomainError('identity.oidc.interaction_expired', { status: 400 });
        const asked = String(interaction.params.scope ?? '').split(' ');
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
      const hasFields = Object.keys(error.fields).length > 0;
      return reply.render(
        (ctx) => (
          <InteractionLoginPage
            ctx={ctx}
            uid={l.uid}
            rp={l.view}
            pinAllowed
            stepUp={false}
            values={{ citizen_id: values.citizen_id ?? '' }}
            errors={hasFields ? fieldMessages(error, ctx.lang) : {}}
            problem={hasFields ? undefined : t(ctx.lang, error.code, error.params)}
          />
        ),
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
      return renderLogin(reply, l, { problem: error.code }, error.status);
    }
  });

  app.post('/interaction/:uid/consent', async (request, reply) => {
    const l = await load(request, reply);
    if (l.interaction.prompt.name !== 'consent') {
      throw new DomainError('identity.oidc.wrong_prompt', { status: 400 });
    }
    const { decision } = formValues(request.body);
    if (decision !== 'allow') {
      const returnTo = await oidc.finishInteraction(request, reply, {
        error: 'access_denied',
        error_description: 'the citizen did not consent',
      });
      return reply.redirect(returnTo, 303);
    }
    return grantConsent(request, reply, l, l.interaction);
  });

  app.post('/interaction/:uid/abort', async (request, reply) => {
    await load(request, reply);
    const returnTo = await oidc.finishInteraction(request, reply, {
      error: 'access_denied',
      error_description: 'the citizen cancelled the sign-in',
    });
    return reply.redirect(returnTo, 303);
  });
}
