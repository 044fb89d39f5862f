import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Identity } from '../../identity/index.ts';
import type { OrgsApi } from '../../orgs/index.ts';
import { DomainError } from '../../platform/errors.ts';
import { fieldMessages, formValues } from '../../platform/forms.ts';
import type { Viewer } from '../../platform/http/server.tsx';
import { defineMessages, t } from '../../platform/i18n/index.ts';
import { isAdministrationCode, type LocalAdministration } from '../directory/administrations.ts';
import type { Directory } from '../directory/directory.ts';
import { checkOfficialAddress, normalizeAddress } from './address-rules.ts';
import { type RegistrationStatus, STATUSES } from './lifecycle.ts';
import {
  ConfirmedPage,
  ConfirmPage,
  LookupPage,
  ManagePage,
  noticeText,
  OfficerHomePage,
  QueuePage,
  ReviewPage,
} from './pages/email.tsx';
import { AddressRuleError, type EmailRegistry, type RegistrationRow } from './registry.ts';

defineMessages({
  'localgov.not_officer_of': {
    th: 'คุณไม่ได้เป็นเจ้าหน้าที่ของ{nameTh} จึงทำรายการแทนหน่วยงานนี้ไม่ได้ ไม่มีข้อมูลใดถูกเปลี่ยนแปลง',
    en: 'You are not an officer of {nameEn}, so you cannot act for it. Nothing was changed.',
  },
  'email.lookup_invalid': {
    th: 'กรุณากรอกที่อยู่อีเมลให้ครบ เช่น saraban@chiangkhan.go.th',
    en: 'Enter a whole e-mail address, e.g. saraban@chiangkhan.go.th',
  },
  'email.not_registered': {
    th: '{address} ไม่ใช่อีเมลกลางที่ขึ้นทะเบียนของ อปท. ใด',
    en: '{address} is not the registered official address of any administration',
  },
  'email.status_invalid': {
    th: 'สถานะ "{status}" ไม่ถูกต้อง',
    en: 'The status "{status}" is not valid',
  },
});

const QUEUE_PAGE_SIZE = 50;
// The officer's page and the registry's pages are about staff work, never cached.
const NO_STORE = 'private, no-store';

/** CSV field per RFC 4180 §2.6-2.7, and never read as a formula by spreadsheet programs. */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export async function registerEmailRoutes(
  app: FastifyInstance,
  deps: { directory: Directory; email: EmailRegistry; orgs: OrgsApi; identity: Identity },
) {
  const { directory, email, orgs } = deps;

  async function displayNames(ids: Iterable<string>): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    for (const id of new Set(ids)) {
      if (id.includes(':')) continue;
      const account = await deps.identity.findAccount(id);
      if (account) names.set(id, account.display_name_th);
    }
    return names;
  }

  /** The viewer must be a localgov_officer within this administration's organization. */
  async function requireOfficer(
    request: FastifyRequest,
    code: string,
  ): Promise<{ viewer: Viewer; administration: LocalAdministration }> {
    if (!isAdministrationCode(code)) {
      throw new DomainError('localgov.administration_not_found', {
        status: 404,
        params: { code: code.slice(0, 40) },
      });
    }
    const administration = await directory.requireAdministration(code);
    const viewer = await request.getViewer();
    if (!viewer) throw new DomainError('request.sign_in_required', { status: 401 });
    const grants = await orgs.rolesOf(viewer.id);
    const allowed =
      administration.organizationId !== null &&
      grants.some(
        (g) => g.role === 'localgov_officer' && g.organizationId === administration.organizationId,
      );
    if (!allowed) {
      throw new DomainError('localgov.not_officer_of', {
        status: 403,
        params: { nameTh: administration.nameTh, nameEn: administration.nameEn },
      });
    }
    return { viewer, administration };
  }

  async function renderManage(
    reply: FastifyReply,
    administration: LocalAdministration,
    form: {
      values?: Record<string, string>;
      errors?: (lang: 'th' | 'en') => Record<string, string>;
      violations?: AddressRuleError['violations'];
      notice?: string | undefined;
      status?: number;
    } = {},
  ) {
    const overview = await email.overview(administration.id);
    const names = await displayNames(overview.history.map((h) => h.actor));
    return reply
      .header('cache-control', NO_STORE)
      .render(
        (ctx) => (
          <ManagePage
            ctx={ctx}
            administration={administration}
            official={overview.official}
            pending={overview.pending}
            history={overview.history}
            names={names}
            values={form.values ?? {}}
            errors={form.errors?.(ctx.lang) ?? {}}
            violations={form.violations ?? []}
            notice={noticeText(form.notice, ctx.lang)}
          />
        ),
        form.status ?? 200,
      );
  }

  // --- Public look-ups and exports -------------------------------------------------------

  app.get('/localgov/email', async (request, reply) => {
    const { address: raw } = request.query as { address?: unknown };
    const address = typeof raw === 'string' ? raw.trim().slice(0, 320) : '';
    if (!address) {
      return reply.render((ctx) => (
        <LookupPage ctx={ctx} address="" result={null} searched={false} />
      ));
    }
    if (!/^[^@\s]+@[^@\s]+$/.test(address)) {
      return reply.render(
        (ctx) => (
          <LookupPage
            ctx={ctx}
            address={address}
            error={t(ctx.lang, 'email.lookup_invalid')}
            result={null}
            searched
          />
        ),
        400,
      );
    }
    const result = await email.lookupAddress(address);
    return reply.render((ctx) => (
      <LookupPage ctx={ctx} address={normalizeAddress(address)} result={result} searched />
    ));
  });

  function registryEntry(r: {
    registration: RegistrationRow;
    administration: LocalAdministration;
  }) {
    return {
      address: r.registration.address,
      status: r.registration.status,
      approved_at: r.registration.approved_at?.toISOString() ?? null,
      reconfirm_by: r.registration.reconfirm_by?.toISOString() ?? null,
      administration: {
        code: r.administration.code,
        type: r.administration.type,
        name_th: r.administration.nameTh,
        name_en: r.administration.nameEn,
        province_code: r.administration.provinceCode,
        url: `/localgov/directory/${r.administration.code}`,
      },
    };
  }

  app.get('/api/localgov/email-registry/lookup', async (request, reply) => {
    const { address: raw } = request.query as { address?: unknown };
    const address = typeof raw === 'string' ? raw.trim().slice(0, 320) : '';
    if (!/^[^@\s]+@[^@\s]+$/.test(address)) {
      throw new DomainError('email.lookup_invalid', { status: 400 });
    }
    const result = await email.lookupAddress(address);
    if (!result) {
      throw new DomainError('email.not_registered', {
        status: 404,
        params: { address: normalizeAddress(address) },
      });
    }
    return reply.header('cache-control', 'public, max-age=60').send(registryEntry(result));
  });

  const exportColumns = [
    'address',
    'status',
    'approved_at',
    'reconfirm_by',
    'code',
    'type',
    'name_th',
    'name_en',
    'province_code',
    'district_code',
  ] as const;

  app.get('/api/localgov/email-registry.csv', async (_request, reply) => {
    const rows = await email.exportOfficial();
    const lines = [exportColumns.join(',')];
    for (const r of rows) {
      lines.push(
        [
          r.address,
          r.status,
          r.approved_at?.toISOString() ?? '',
          r.reconfirm_by?.toISOString() ?? '',
          r.code,
          r.type,
          r.name_th,
          r.name_en,
          r.province_code,
          r.district_code,
        ]
          .map(csvField)
          .join(','),
      );
    }
    return reply
      .header('cache-control', 'public, max-age=300')
      .header('content-disposition', 'attachment; filename="localgov-email-registry.csv"')
      .type('text/csv; charset=utf-8')
      .send(`\uFEFF${lines.join('\r\n')}\r\n`);
  });

  app.get('/api/localgov/email-registry.json', async (_request, reply) => {
    const rows = await email.exportOfficial();
    return reply.header('cache-control', 'public, max-age=300').send({
      generated_at: new Date().toISOString(),
      count: rows.length,
      entries: rows.map((r) => ({
        address: r.address,
        status: r.status,
        approved_at: r.approved_at?.toISOString() ?? null,
        reconfirm_by: r.reconfirm_by?.toISOString() ?? null,
        administration: {
          code: r.code,
          type: r.type,
          name_th: r.name_th,
          name_en: r.name_en,
          province_code: r.province_code,
          district_code: r.district_code,
          url: `/localgov/directory/${r.code}`,
        },
      })),
    });
  });

  // --- Officers of an administration ------------------------------------------------------

  app.get('/localgov/officer', async (request, reply) => {
    const viewer = await request.getViewer();
    if (!viewer) throw new DomainError('request.sign_in_required', { status: 401 });
    const administrations = await directory.administrationsOf(viewer.id, ['localgov_officer']);
    return reply
      .header('cache-control', NO_STORE)
      .render((ctx) => <OfficerHomePage ctx={ctx} administrations={administrations} />);
  });

  app.get('/localgov/directory/:code/email', async (request, reply) => {
    const { code } = request.params as { code: string };
    const { administration } = await requireOfficer(request, code);
    const { done } = request.query as { done?: string };
    return renderManage(reply, administration, { notice: done });
  });

  app.post('/localgov/directory/:code/email', async (request, reply) => {
    const { code } = request.params as { code: string };
    const { viewer, administration } = await requireOfficer(request, code);
    const values = formValues(request.body);
    try {
      await email.register({
        actor: viewer.id,
        actorName: viewer.name,
        administrationCode: administration.code,
        address: values.address ?? '',
      });
    } catch (error) {
      if (!(error instanceof DomainError) || Object.keys(error.fields).length === 0) throw error;
      return renderManage(reply, administration, {
        values,
        errors: (lang) => fieldMessages(error, lang),
        violations: error instanceof AddressRuleError ? error.violations : [],
        status: 400,
      });
    }
    return reply.redirect(`/localgov/directory/${administration.code}/email?done=registered`, 303);
  });

  app.post('/localgov/directory/:code/email/resend', async (request, reply) => {
    const { code } = request.params as { code: string };
    const { viewer, administration } = await requireOfficer(request, code);
    await email.resend({
      actor: viewer.id,
      actorName: viewer.name,
      administrationCode: administration.code,
    });
    return reply.redirect(`/localgov/directory/${administration.code}/email?done=resent`, 303);
  });

  app.post('/localgov/directory/:code/email/withdraw', async (request, reply) => {
    const { code } = request.params as { code: string };
    const { viewer, administration } = await requireOfficer(request, code);
    await email.withdraw({ actor: viewer.id, administrationCode: administration.code });
    return reply.redirect(`/localgov/directory/${administration.code}/email?done=withdrawn`, 303);
  });

  // --- The confirmation link (no sign-in: holding the mailbox is the proof) -----------------

  app.get('/localgov/email/confirm/:token', async (request, reply) => {
    const { token } = request.params as { token: string };
    const link = await email.describeLink(token);
    if (link.state !== 'valid' || !link.registration || !link.administration || !link.purpose) {
      throw new DomainError(`email.link_${link.state === 'valid' ? 'unknown' : link.state}`, {
        status: link.state === 'unknown' || link.state === 'valid' ? 404 : 410,
      });
    }
    const { registration, administration, purpose } = link;
    // The token is in the URL: keep it out of caches and out of the Referer of any link here.
    return reply
      .header('cache-control', NO_STORE)
      .header('referrer-policy', 'no-referrer')
      .render((ctx) => (
        <ConfirmPage
          ctx={ctx}
          token={token}
          registration={registration}
          administration={administration}
          purpose={purpose}
        />
      ));
  });

  app.post('/localgov/email/confirm/:token', async (request, reply) => {
    const { token } = request.params as { token: string };
    const registration = await email.confirm(token);
    const administration = await directory.requireAdministration(registration.administration_id);
    return reply
      .header('cache-control', NO_STORE)
      .header('referrer-policy', 'no-referrer')
      .render((ctx) => (
        <ConfirmedPage ctx={ctx} registration={registration} administration={administration} />
      ));
  });

  // --- Registry officers ---------------------------------------------------------------------

  const reviewable: readonly RegistrationStatus[] = [
    'pending_approval',
    'pending_confirmation',
    'approved',
    'reconfirmation_due',
    'rejected',
    'lapsed',
    'withdrawn',
    'superseded',
  ];

  app.get('/localgov/email-registry', async (request, reply) => {
    await orgs.requireRole(request, 'email_registry_officer');
    const query = request.query as { status?: string; page?: string };
    const status = (query.status ?? 'pending_approval') as RegistrationStatus;
    if (!STATUSES.includes(status)) {
      throw new DomainError('email.status_invalid', {
        status: 400,
        params: { status: String(query.status).slice(0, 40) },
      });
    }
    const page = /^\d{1,5}$/.test(query.page ?? '') ? Math.max(1, Number(query.page)) : 1;
    const offset = (page - 1) * QUEUE_PAGE_SIZE;
    const { rows, total } = await email.listQueue([status], { limit: QUEUE_PAGE_SIZE, offset });
    const administrations = await directory.findByIds(rows.map((r) => r.administration_id));
    const byId = new Map(administrations.map((a) => [a.id, a]));
    const list = rows.map((registration) => ({
      registration,
      administration: byId.get(registration.administration_id) ?? null,
    }));
    return reply
      .header('cache-control', NO_STORE)
      .render((ctx) => (
        <QueuePage
          ctx={ctx}
          status={status}
          statuses={reviewable}
          rows={list}
          total={total}
          limit={QUEUE_PAGE_SIZE}
          offset={offset}
        />
      ));
  });

  async function renderReview(
    reply: FastifyReply,
    id: string,
    form: {
      values?: Record<string, string>;
      errors?: (lang: 'th' | 'en') => Record<string, string>;
      notice?: string | undefined;
      status?: number;
    } = {},
  ) {
    const registration = await email.findRegistration(id);
    if (!registration) throw new DomainError('email.registration_not_found', { status: 404 });
    const administration = await directory.requireAdministration(registration.administration_id);
    const history = await email.historyOf(registration.id);
    const names = await displayNames([
      registration.registered_by,
      ...(registration.decided_by ? [registration.decided_by] : []),
      ...history.map((h) => h.actor),
    ]);
    return reply
      .header('cache-control', NO_STORE)
      .render(
        (ctx) => (
          <ReviewPage
            ctx={ctx}
            registration={registration}
            administration={administration}
            history={history}
            names={names}
            errors={form.errors?.(ctx.lang) ?? {}}
            values={form.values ?? {}}
            notice={noticeText(form.notice, ctx.lang)}
          />
        ),
        form.status ?? 200,
      );
  }

  app.get('/localgov/email-registry/:id', async (request, reply) => {
    await orgs.requireRole(request, 'email_registry_officer');
    const { id } = request.params as { id: string };
    const { done } = request.query as { done?: string };
    return renderReview(reply, id, { notice: done });
  });

  app.post('/localgov/email-registry/:id/approve', async (request, reply) => {
    const { viewer } = await orgs.requireRole(request, 'email_registry_officer');
    const { id } = request.params as { id: string };
    await email.approve({ actor: viewer.id, registrationId: id });
    return reply.redirect(`/localgov/email-registry/${id}?done=approved`, 303);
  });

  app.post('/localgov/email-registry/:id/reject', async (request, reply) => {
    const { viewer } = await orgs.requireRole(request, 'email_registry_officer');
    const { id } = request.params as { id: string };
    const values = formValues(request.body);
    try {
      await email.reject({ actor: viewer.id, registrationId: id, reason: values.reason ?? '' });
    } catch (error) {
      if (!(error instanceof DomainError) || Object.keys(error.fields).length === 0) throw error;
      return renderReview(reply, id, {
        values,
        errors: (lang) => fieldMessages(error, lang),
        status: 400,
      });
    }
    return reply.redirect(`/localgov/email-registry/${id}?done=rejected`, 303);
  });

  app.post('/localgov/email-registry/:id/dns-check', async (request, reply) => {
    const { viewer } = await orgs.requireRole(request, 'email_registry_officer');
    const { id } = request.params as { id: string };
    await email.recheckDns({ actor: viewer.id, registrationId: id });
    return reply.redirect(`/localgov/email-registry/${id}?done=dns`, 303);
  });

  // A JSON check of an address against the rules, for officers' tools and the form's hint.
  app.get('/api/localgov/email-registry/check', async (request, reply) => {
    const { address: raw, administration: code } = request.query as {
      address?: unknown;
      administration?: unknown;
    };
    const address = typeof raw === 'string' ? raw : '';
    const administration =
      typeof code === 'string' && isAdministrationCode(code)
        ? await directory.findAdministration(code)
        : null;
    const violations = administration
      ? await email.checkAddress(administration, address)
      : checkOfficialAddress(address);
    const lang = request.lang;
    return reply.header('cache-control', 'no-store').send({
      address: normalizeAddress(address),
      ok: violations.length === 0,
      violations: violations.map((v) => ({
        rule: v.rule,
        message: t(lang, v.rule, v.params),
      })),
    });
  });
}
