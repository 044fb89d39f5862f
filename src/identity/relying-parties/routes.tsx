import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { OrgsApi } from '../../orgs/index.ts';
import type { Config } from '../../platform/config.ts';
import { DomainError } from '../../platform/errors.ts';
import { fieldMessages, formList, formValues } from '../../platform/forms.ts';
import { defineMessages, t } from '../../platform/i18n/index.ts';
import {
  RelyingPartiesPage,
  RelyingPartyFormPage,
  type RelyingPartyFormValues,
  RelyingPartyPage,
  valuesOf,
} from '../pages/relying-parties.tsx';
import { type RelyingPartyInput, splitUris } from './relying-parties.ts';
import type { RelyingParties, RelyingPartyRow } from './service.ts';

defineMessages({
  'identity.rp.registered': {
    th: 'ลงทะเบียนแล้ว แอปพลิเคชันใช้งานได้ทันทีในโหมดทดสอบกับผู้ใช้ตัวอย่าง',
    en: 'Registered: the app works at once in the sandbox with demo citizens',
  },
  'identity.rp.saved': { th: 'บันทึกแล้ว', en: 'Saved' },
  'identity.rp.secret_rotated': {
    th: 'ออกรหัสลับใหม่แล้ว รหัสเดิมใช้ไม่ได้อีก',
    en: 'New secret issued; the old one no longer works',
  },
  'identity.rp.production_requested': {
    th: 'ส่งคำขอใช้งานจริงแล้ว ผู้ดูแลระบบจะตรวจสอบและอนุมัติ',
    en: 'Request sent; a platform administrator will review it',
  },
  'identity.rp.approved': { th: 'อนุมัติให้ใช้งานจริงแล้ว', en: 'Approved: the app is live' },
  'identity.rp.suspended': { th: 'ระงับการใช้งานแล้ว', en: 'Suspended' },
  'identity.rp.resumed': { th: 'เปิดใช้งานอีกครั้งแล้ว', en: 'Resumed' },
});

interface Deps {
  config: Config;
  orgs: OrgsApi;
  relyingParties: RelyingParties;
}

function inputOf(body: unknown): RelyingPartyInput & { organization_id: string } {
  const v = formValues(body);
  return {
    organization_id: v.organization_id ?? '',
    name_th: v.name_th ?? '',
    name_en: v.name_en ?? '',
    purpose_th: v.purpose_th ?? '',
    purpose_en: v.purpose_en ?? '',
    redirect_uris: splitUris(v.redirect_uris ?? ''),
    post_logout_redirect_uris: splitUris(v.post_logout_redirect_uris ?? ''),
    scopes: formList(body, 'scopes'),
    client_credentials: v.client_credentials === 'on',
    token_endpoint_auth_method: v.token_endpoint_auth_method ?? '',
    jwks: v.jwks ?? '',
    logo_url: v.logo_url ?? '',
    min_aal: v.min_aal ?? '',
  };
}

function echo(input: ReturnType<typeof inputOf>): RelyingPartyFormValues {
  return {
    ...input,
    redirect_uris: input.redirect_uris.join('\n'),
    post_logout_redirect_uris: input.post_logout_redirect_uris.join('\n'),
  };
}

/**
 * The relying-party console. Who may do what is declared here, in one place (STYLE.md 13):
 * rp_admin of the owning organization manages its apps; platform_admin sees every app and alone
 * approves going live or suspends.
 */
export async function registerRelyingPartyRoutes(app: FastifyInstance, deps: Deps) {
  const { orgs, relyingParties } = deps;
  const issuer = `${deps.config.publicUrl}/oidc`;

  async function access(request: FastifyRequest) {
    const { viewer, grants } = await orgs.requireRole(request, ['rp_admin', 'platform_admin']);
    const platformAdmin = grants.some((g) => g.role === 'platform_admin');
    const adminOf = grants.filter((g) => g.role === 'rp_admin');
    return { viewer, platformAdmin, adminOf };
  }

  async function owned(request: FastifyRequest) {
    const who = await access(request);
    const { id } = request.params as { id: string };
    const rp = await relyingParties.find(id);
    const mine = rp && who.adminOf.some((g) => g.organizationId === rp.organization_id);
    if (!rp || rp.first_party || (!mine && !who.platformAdmin)) {
      throw new DomainError('identity.rp.not_found', { status: 404 });
    }
    return { ...who, rp };
  }

  function show(
    reply: FastifyReply,
    rp: RelyingPartyRow,
    canApprove: boolean,
    extra: {
      notice?: string;
      problem?: string;
      clientSecret?: string | null;
      status?: number;
    } = {},
  ) {
    reply.header('cache-control', 'no-store');
    return reply.render(
      (ctx) => (
        <RelyingPartyPage
          ctx={ctx}
          rp={rp}
          issuer={issuer}
          canApprove={canApprove}
          clientSecret={extra.clientSecret}
          notice={extra.notice && t(ctx.lang, extra.notice)}
          problem={extra.problem}
        />
      ),
      extra.status,
    );
  }

  app.get('/relying-parties', async (request, reply) => {
    const who = await access(request);
    const rps = who.platformAdmin
      ? await relyingParties.list()
      : await relyingParties.list({ organizationIds: who.adminOf.map((g) => g.organizationId) });
    const awaiting = who.platformAdmin ? await relyingParties.list({ awaitingApproval: true }) : [];
    return reply.render((ctx) => (
      <RelyingPartiesPage
        ctx={ctx}
        rps={rps}
        awaiting={awaiting}
        canRegister={who.adminOf.length > 0}
      />
    ));
  });

  const organizationsOf = (who: Awaited<ReturnType<typeof access>>) =>
    who.adminOf.map((g) => ({ id: g.organizationId, name: g.organizationName }));

  app.get('/relying-parties/new', async (request, reply) => {
    const who = await access(request);
    if (who.adminOf.length === 0) throw new DomainError('request.forbidden', { status: 403 });
    return reply.render((ctx) => (
      <RelyingPartyFormPage
        ctx={ctx}
        action="/relying-parties"
        editing={null}
        organizations={organizationsOf(who)}
        values={{
          scopes: ['openid'],
          min_aal: '2',
          token_endpoint_auth_method: 'client_secret_basic',
        }}
        errors={{}}
      />
    ));
  });

  app.post('/relying-parties', async (request, reply) => {
    const who = await access(request);
    const input = inputOf(request.body);
    try {
      // rp_admin registers only for an organization they administer.
      if (!who.adminOf.some((g) => g.organizationId === input.organization_id)) {
        throw new DomainError('form.has_errors', {
          fields: { organization_id: 'identity.rp.organization_required' },
        });
      }
      const { rp, clientSecret } = await relyingParties.register(who.viewer.id, input, {
        organizationId: input.organization_id,
        environment: 'sandbox',
      });
      return show(reply, rp, who.platformAdmin, {
        notice: 'identity.rp.registered',
        clientSecret,
        status: 201,
      });
    } catch (error) {
      if (!(error instanceof DomainError) || Object.keys(error.fields).length === 0) throw error;
      return reply.render(
        (ctx) => (
          <RelyingPartyFormPage
            ctx={ctx}
            action="/relying-parties"
            editing={null}
            organizations={organizationsOf(who)}
            values={echo(input)}
            errors={fieldMessages(error, ctx.lang)}
          />
        ),
        400,
      );
    }
  });

  app.get('/relying-parties/:id', async (request, reply) => {
    const { rp, platformAdmin } = await owned(request);
    return show(reply, rp, platformAdmin);
  });

  app.get('/relying-parties/:id/edit', async (request, reply) => {
    const { rp } = await owned(request);
    return reply.render((ctx) => (
      <RelyingPartyFormPage
        ctx={ctx}
        action={`/relying-parties/${rp.id}/edit`}
        editing={rp}
        organizations={[]}
        values={valuesOf(rp)}
        errors={{}}
      />
    ));
  });

  app.post('/relying-parties/:id/edit', async (request, reply) => {
    const { rp, viewer, platformAdmin } = await owned(request);
    const input = inputOf(request.body);
    try {
      const { rp: updated, clientSecret } = await relyingParties.update(viewer.id, rp, input);
      return show(reply, updated, platformAdmin, { notice: 'identity.rp.saved', clientSecret });
    } catch (error) {
      if (!(error instanceof DomainError) || Object.keys(error.fields).length === 0) throw error;
      return reply.render(
        (ctx) => (
          <RelyingPartyFormPage
            ctx={ctx}
            action={`/relying-parties/${rp.id}/edit`}
            editing={rp}
            organizations={[]}
            values={echo(input)}
            errors={fieldMessages(error, ctx.lang)}
          />
        ),
        400,
      );
    }
  });

  app.post('/relying-parties/:id/rotate-secret', async (request, reply) => {
    const { rp, viewer, platformAdmin } = await owned(request);
    if (rp.token_endpoint_auth_method !== 'client_secret_basic') {
      throw new DomainError('request.forbidden', { status: 403 });
    }
    const clientSecret = await relyingParties.rotateSecret(viewer.id, rp);
    return show(reply, rp, platformAdmin, { notice: 'identity.rp.secret_rotated', clientSecret });
  });

  /** Runs a state change; a refusal is shown on the app's page with what to do. */
  async function change(
    reply: FastifyReply,
    request: FastifyRequest,
    rp: RelyingPartyRow,
    platformAdmin: boolean,
    run: () => Promise<RelyingPartyRow>,
    notice: string,
  ) {
    try {
      return show(reply, await run(), platformAdmin, { notice });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return show(reply, rp, platformAdmin, {
        problem: t(request.lang, error.code, error.params),
        status: error.status,
      });
    }
  }

  app.post('/relying-parties/:id/request-production', async (request, reply) => {
    const { rp, viewer, platformAdmin } = await owned(request);
    return change(
      reply,
      request,
      rp,
      platformAdmin,
      () => relyingParties.requestProduction(viewer.id, rp),
      'identity.rp.production_requested',
    );
  });

  async function adminOnly(request: FastifyRequest) {
    const who = await owned(request);
    if (!who.platformAdmin) throw new DomainError('request.forbidden', { status: 403 });
    return who;
  }

  app.post('/relying-parties/:id/approve', async (request, reply) => {
    const { rp, viewer } = await adminOnly(request);
    return change(
      reply,
      request,
      rp,
      true,
      () => relyingParties.approveProduction(viewer.id, rp),
      'identity.rp.approved',
    );
  });
  app.post('/relying-parties/:id/suspend', async (request, reply) => {
    const { rp, viewer } = await adminOnly(request);
    return change(
      reply,
      request,
      rp,
      true,
      () => relyingParties.setSuspended(viewer.id, rp, true),
      'identity.rp.suspended',
    );
  });
  app.post('/relying-parties/:id/resume', async (request, reply) => {
    const { rp, viewer } = await adminOnly(request);
    return change(
      reply,
      request,
      rp,
      true,
      () => relyingParties.setSuspended(viewer.id, rp, false),
      'identity.rp.resumed',
    );
  });
}
