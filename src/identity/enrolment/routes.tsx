import type { RegistrationResponseJSON } from '@simplewebauthn/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Counter } from 'prom-client';
import type { Config } from '../../platform/config.ts';
import { DomainError } from '../../platform/errors.ts';
import { fieldMessages, formValues } from '../../platform/forms.ts';
import { t } from '../../platform/i18n/index.ts';
import {
  completeEnrolment,
  type EnrolmentDeps,
  finishEnrolmentPasskey,
  openEnrolment,
  startEnrolment,
  startEnrolmentPasskey,
} from './enrolment.ts';
import type { Authenticators } from './index.ts';
import { routeRateLimit } from './lockout.ts';
import { EnrolDonePage, EnrolPasskeyPage, EnrolPinPage, EnrolStartPage } from './pages/enrol.tsx';
import { PasskeysPage } from './pages/passkeys.tsx';
import * as passkeys from './passkeys.ts';
import * as store from './store.ts';

type Api = Pick<Authenticators, 'listPasskeys' | 'removePasskey'>;

interface RouteDeps extends EnrolmentDeps {
  config: Config;
  api: Api;
  enrolmentsCounter: Counter<string>;
}

// The browser's handle on its open enrolment: a random token, signed, only on /enrol paths, gone
// with the browser session or after the enrolment's 20 minutes.
const ENROL_COOKIE = 'pratu_enrol';
const enrolCookie = {
  path: '/enrol',
  httpOnly: true,
  secure: true,
  sameSite: 'lax' as const,
  signed: true,
};

/** Field problems re-render the form; other domain errors become its one general message. */
function formProblem(error: unknown) {
  if (!(error instanceof DomainError)) throw error;
  const hasFields = Object.keys(error.fields).length > 0;
  return { error, hasFields };
}

function noStore(reply: FastifyReply) {
  // Pages and answers of authentication ceremonies must never be cached (they carry challenges).
  reply.header('cache-control', 'no-store');
}

export async function registerEnrolmentRoutes(app: FastifyInstance, deps: RouteDeps) {
  const { db, config, api } = deps;
  const limited = routeRateLimit(config.rateLimitPerMinute);
  const guessable = limited ? { config: { rateLimit: limited } } : {};

  function readEnrolToken(request: FastifyRequest): string | null {
    const raw = request.cookies[ENROL_COOKIE];
    if (!raw) return null;
    const unsigned = request.unsignCookie(raw);
    return unsigned.valid ? unsigned.value : null;
  }

  /** The open enrolment and its account, or a redirect back to the start. */
  async function currentEnrolment(request: FastifyRequest) {
    try {
      const enrolment = await openEnrolment(db, readEnrolToken(request));
      const account = await deps.accounts.findAccount(enrolment.account_id!);
      if (!account) throw new DomainError('identity.enrol_expired', { status: 400 });
      return { enrolment, account };
    } catch (error) {
      if (error instanceof DomainError && error.code === 'identity.enrol_expired') return null;
      throw error;
    }
  }

  // ---- Step 1: card details --------------------------------------------------------------

  app.get('/enrol', async (request, reply) => {
    const { expired } = request.query as { expired?: string };
    noStore(reply);
    return reply.render((ctx) => (
      <EnrolStartPage
        ctx={ctx}
        values={{}}
        errors={{}}
        notice={expired ? t(ctx.lang, 'identity.enrol_expired') : undefined}
      />
    ));
  });

  app.post('/enrol', guessable, async (request, reply) => {
    const values = formValues(request.body);
    try {
      const started = await startEnrolment(deps, values, request.ip);
      deps.enrolmentsCounter.labels('proofed').inc();
      reply.setCookie(ENROL_COOKIE, started.token, enrolCookie);
      return reply.redirect('/enrol/passkey', 303);
    } catch (e) {
      const { error, hasFields } = formProblem(e);
      deps.enrolmentsCounter
        .labels(hasFields ? 'invalid' : error.code.replace(/^identity\./, ''))
        .inc();
      // The laser code is half of the enrolment secret: never echo it back into the page.
      const kept = { citizen_id: values.citizen_id ?? '', birth_date: values.birth_date ?? '' };
      return reply.render(
        (ctx) => (
          <EnrolStartPage
            ctx={ctx}
            values={hasFields ? { ...kept, laser_code: values.laser_code ?? '' } : kept}
            errors={fieldMessages(error, ctx.lang)}
            problem={hasFields ? undefined : t(ctx.lang, error.code, error.params)}
          />
        ),
        error.status,
      );
    }
  });

  // ---- Step 2: passkey ---------------------------------------------------------------------

  app.get('/enrol/passkey', async (request, reply) => {
    const open = await currentEnrolment(request);
    if (!open) return reply.redirect('/enrol?expired=1', 303);
    noStore(reply);
    return reply.render((ctx) => (
      <EnrolPasskeyPage
        ctx={ctx}
        name={ctx.lang === 'th' ? open.account.display_name_th : open.account.display_name_en}
        reEnrolment={open.enrolment.kind === 're_enrolment'}
      />
    ));
  });

  app.get('/enrol/passkey/options', async (request, reply) => {
    const open = await currentEnrolment(request);
    if (!open) throw new DomainError('identity.enrol_expired', { status: 400 });
    noStore(reply);
    return startEnrolmentPasskey(deps, open.enrolment, open.account);
  });

  app.post('/enrol/passkey', async (request, reply) => {
    const open = await currentEnrolment(request);
    if (!open) return reply.redirect('/enrol?expired=1', 303);
    const values = formValues(request.body);
    try {
      const response = passkeys.parseCredentialJson<RegistrationResponseJSON>(values.credential);
      await finishEnrolmentPasskey(deps, open.enrolment, values.challenge_id ?? '', response);
      return reply.redirect('/enrol/pin', 303);
    } catch (e) {
      const { error } = formProblem(e);
      return reply.render(
        (ctx) => (
          <EnrolPasskeyPage
            ctx={ctx}
            name={ctx.lang === 'th' ? open.account.display_name_th : open.account.display_name_en}
            reEnrolment={open.enrolment.kind === 're_enrolment'}
            problem={t(ctx.lang, error.code, error.params)}
          />
        ),
        error.status,
      );
    }
  });

  // ---- Step 3: PIN, completion -------------------------------------------------------------

  app.get('/enrol/pin', async (request, reply) => {
    const open = await currentEnrolment(request);
    if (!open) return reply.redirect('/enrol?expired=1', 303);
    const pending = await store.listEnrolmentPasskeys(db, open.enrolment.id);
    noStore(reply);
    return reply.render((ctx) => (
      <EnrolPinPage
        ctx={ctx}
        passkeys={pending.length}
        reEnrolment={open.enrolment.kind === 're_enrolment'}
        errors={{}}
      />
    ));
  });

  app.post('/enrol/pin', async (request, reply) => {
    const open = await currentEnrolment(request);
    if (!open) return reply.redirect('/enrol?expired=1', 303);
    const values = formValues(request.body);
    try {
      const done = await completeEnrolment(deps, open.enrolment, values);
      deps.enrolmentsCounter
        .labels(done.kind === 're_enrolment' ? 're_enrolled' : 'enrolled')
        .inc();
      reply.clearCookie(ENROL_COOKIE, enrolCookie);
      await reply.startSession(done.accountId, {
        method: 'enrolment',
        amr: done.amr,
        acr: done.acr,
        aal: done.aal,
        ial: done.ial,
      });
      const revoked = done.kind === 're_enrolment' ? `?revoked=${done.passkeysRevoked}` : '';
      return reply.redirect(`/enrol/done${revoked}`, 303);
    } catch (e) {
      const { error, hasFields } = formProblem(e);
      if (!hasFields) throw error;
      const pending = await store.listEnrolmentPasskeys(db, open.enrolment.id);
      return reply.render(
        (ctx) => (
          <EnrolPinPage
            ctx={ctx}
            passkeys={pending.length}
            reEnrolment={open.enrolment.kind === 're_enrolment'}
            errors={fieldMessages(error, ctx.lang)}
          />
        ),
        400,
      );
    }
  });

  app.get('/enrol/done', async (request, reply) => {
    const viewer = await request.getViewer();
    if (!viewer) throw new DomainError('request.sign_in_required', { status: 401 });
    const { revoked } = request.query as { revoked?: string };
    const list = await api.listPasskeys(viewer.id);
    const account = await deps.accounts.findAccount(viewer.id);
    return reply.render((ctx) => (
      <EnrolDonePage
        ctx={ctx}
        name={
          (ctx.lang === 'th' ? account?.display_name_th : account?.display_name_en) ?? viewer.name
        }
        passkeys={list.length}
        revoked={revoked && /^\d+$/.test(revoked) ? Number(revoked) : null}
      />
    ));
  });

  // ---- My passkeys -------------------------------------------------------------------------

  async function signedIn(request: FastifyRequest) {
    const viewer = await request.getViewer();
    if (!viewer) throw new DomainError('request.sign_in_required', { status: 401 });
    const session = await request.getSession();
    return { viewer, aal: Number(session?.data.aal ?? 0) };
  }

  async function renderPasskeys(
    request: FastifyRequest,
    reply: FastifyReply,
    message: { notice?: string; problem?: string; status?: number } = {},
  ) {
    const { viewer, aal } = await signedIn(request);
    const list = await api.listPasskeys(viewer.id);
    const pin = await store.findPin(db, viewer.id);
    noStore(reply);
    return reply.render(
      (ctx) => (
        <PasskeysPage
          ctx={ctx}
          passkeys={list}
          canAdd={aal >= 2}
          hasPin={!!pin}
          notice={message.notice && t(ctx.lang, message.notice)}
          problem={message.problem}
        />
      ),
      message.status,
    );
  }

  app.get('/account/passkeys', async (request, reply) => {
    const { done } = request.query as { done?: string };
    const notice =
      done === 'removed'
        ? 'identity.passkey_removed'
        : done === 'added'
          ? 'identity.passkey_added'
          : undefined;
    return renderPasskeys(request, reply, notice ? { notice } : {});
  });

  app.post('/account/passkeys/:id/remove', async (request, reply) => {
    const { viewer } = await signedIn(request);
    const { id } = request.params as { id: string };
    await api.removePasskey(viewer.id, id);
    return reply.redirect('/account/passkeys?done=removed', 303);
  });

  app.get('/account/passkeys/options', async (request, reply) => {
    const { viewer, aal } = await signedIn(request);
    if (aal < 2) throw new DomainError('identity.passkey_add_needs_aal2', { status: 403 });
    const account = await deps.accounts.findAccount(viewer.id);
    if (!account?.citizen_id) throw new DomainError('request.forbidden', { status: 403 });
    const existing = await store.listPasskeys(db, viewer.id);
    noStore(reply);
    return passkeys.startRegistration(db, deps.rp, {
      accountId: account.id,
      citizenId: account.citizen_id,
      displayName: account.display_name_th,
      enrolmentId: null,
      excludeCredentialIds: existing.map((p) => p.credential_id),
    });
  });

  app.post('/account/passkeys', async (request, reply) => {
    const { viewer, aal } = await signedIn(request);
    if (aal < 2) throw new DomainError('identity.passkey_add_needs_aal2', { status: 403 });
    const values = formValues(request.body);
    try {
      const response = passkeys.parseCredentialJson<RegistrationResponseJSON>(values.credential);
      await passkeys.addPasskey(db, deps.rp, {
        accountId: viewer.id,
        challengeId: values.challenge_id ?? '',
        response,
      });
      return reply.redirect('/account/passkeys?done=added', 303);
    } catch (e) {
      const { error } = formProblem(e);
      return renderPasskeys(request, reply, {
        problem: t(request.lang, error.code, error.params),
        status: error.status,
      });
    }
  });
}
