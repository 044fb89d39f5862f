import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../../platform/errors.ts';
import { FieldCollector, fieldMessages, formValues } from '../../platform/forms.ts';
import { formatDate, pick, t } from '../../platform/i18n/index.ts';
import { toCsv } from './csv.ts';
import { formatAnswer } from './form.ts';
import { noStore, params, query, requireViewer } from './http.ts';
import {
  BackofficeHome,
  DashboardPage,
  type QueueFilterValues,
  QueuePage,
  StaffApplicationPage,
} from './pages/backoffice.tsx';
import { statusLabel } from './pages/common.tsx';
import { StatisticsPage } from './pages/statistics.tsx';
import { refuse } from './routes-citizen.tsx';
import { DESIGNER_ROLES, type EServiceApi, STAFF_ROLES } from './service.ts';
import type { QueueFilter } from './store.ts';
import { parseTrackingNumber } from './tracking.ts';
import { checkDate } from './values.ts';
import { openStates, slaStatus } from './workflow.ts';

const PAGE_SIZE = 50;
const filterLabels: Record<string, { th: string; en: string }> = {
  from: { th: 'วันที่เริ่ม', en: 'The start date' },
  to: { th: 'วันที่สิ้นสุด', en: 'The end date' },
  tracking: { th: 'เลขที่คำขอ', en: 'The tracking number' },
};
const toBackoffice = {
  href: '/backoffice',
  label: { th: 'ไปที่งานคำขอของหน่วยงาน', en: 'Go to the back office' },
};

/** Reads the queue filters; a bad date or tracking number is a field error, not a crash. */
function readFilter(q: Record<string, string>) {
  const filter: QueueFilterValues = {
    status: q.status ?? '',
    from: q.from ?? '',
    to: q.to ?? '',
    overdue: q.overdue === 'yes' ? 'yes' : '',
    assigned: q.assigned === 'me' || q.assigned === 'none' ? q.assigned : '',
    tracking: q.tracking ?? '',
    page: q.page ?? '',
  };
  const errors = new FieldCollector();
  const from = filter.from ? checkDate(filter.from) : null;
  const to = filter.to ? checkDate(filter.to) : null;
  if (from && !from.ok) errors.add('from', 'eservices.date_format');
  if (to && !to.ok) errors.add('to', 'eservices.date_format');
  const tracking = filter.tracking ? parseTrackingNumber(filter.tracking) : null;
  if (filter.tracking && !tracking) errors.add('tracking', 'eservices.value_invalid');
  return {
    filter,
    errors,
    from: from?.ok ? from.value : undefined,
    to: to?.ok ? to.value : undefined,
    tracking,
  };
}

export async function registerStaffRoutes(app: FastifyInstance, api: EServiceApi) {
  async function queueFilter(request: FastifyRequest, viewerId: string, definitionId: string) {
    const read = readFilter(query(request));
    const page = Math.max(1, Math.min(10_000, Number(read.filter.page) || 1));
    const { row } = await api.definitionForStaff(viewerId, definitionId);
    const def = row.published_version
      ? await api.versionOf(row.id, row.published_version)
      : row.working;
    const status =
      read.filter.status === 'open'
        ? openStates(def)
        : def.workflow.states.some((s) => s.code === read.filter.status)
          ? [read.filter.status]
          : undefined;
    const f: Omit<QueueFilter, 'definitionId' | 'openStates'> = {
      ...(status ? { status } : {}),
      ...(read.from ? { from: read.from } : {}),
      ...(read.to ? { to: read.to } : {}),
      ...(read.filter.overdue ? { overdue: true } : {}),
      ...(read.filter.assigned === 'me'
        ? { assigned: { to: viewerId } }
        : read.filter.assigned === 'none'
          ? { assigned: 'none' as const }
          : {}),
      ...(read.tracking ? { tracking: read.tracking } : {}),
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    };
    return { read, f };
  }

  async function namesOf(ids: Array<string | null>) {
    const names: Record<string, string> = {};
    for (const id of new Set(ids.filter((x): x is string => !!x))) {
      const n = await api.accountName(id);
      if (n) names[id] = n.th;
    }
    return names;
  }

  app.get('/backoffice', async (request, reply) => {
    const viewer = await requireViewer(request);
    const orgs = await api.staffOrganizations(viewer.id);
    const designerOrgs = await api.designerOrganizations(viewer.id);
    if (orgs.length === 0 && designerOrgs.length === 0)
      throw new DomainError('request.forbidden', { status: 403 });
    const services = await api.backofficeHome(viewer.id);
    return noStore(reply).render((ctx) => (
      <BackofficeHome ctx={ctx} services={services} canBuild={designerOrgs.length > 0} />
    ));
  });

  app.get('/backoffice/eservices/:id', async (request, reply) => {
    const viewer = await requireViewer(request);
    try {
      const { read, f } = await queueFilter(request, viewer.id, params(request).id ?? '');
      const q = await api.queue(
        viewer.id,
        params(request).id ?? '',
        read.errors.empty ? f : { limit: PAGE_SIZE },
      );
      const names = await namesOf(q.items.map((i) => i.assigned_to));
      const errors = read.errors.empty
        ? {}
        : Object.fromEntries(
            Object.entries(read.errors.fields).map(([k, code]) => [
              k,
              t(request.lang, code, { label: filterLabels[k]?.[request.lang] ?? k }),
            ]),
          );
      return noStore(reply).render(
        (ctx) => (
          <QueuePage
            ctx={ctx}
            row={q.row}
            def={q.def}
            items={q.items}
            total={q.total}
            filter={read.filter}
            names={names}
            pageSize={PAGE_SIZE}
            errors={errors}
          />
        ),
        read.errors.empty ? 200 : 400,
      );
    } catch (error) {
      return refuse(request, reply, error, toBackoffice);
    }
  });

  app.get('/backoffice/eservices/:id/export.csv', async (request, reply) => {
    const viewer = await requireViewer(request);
    try {
      const { read, f } = await queueFilter(request, viewer.id, params(request).id ?? '');
      if (!read.errors.empty)
        throw new DomainError('request.invalid', { status: 400, params: { detail: 'filter' } });
      const { limit: _l, offset: _o, ...all } = f;
      const { row, def, rows } = await api.exportRows(viewer.id, params(request).id ?? '', all);
      const lang = request.lang;
      // The newest version's fields head the columns; older versions fill what they share.
      const fields = def.pages.flatMap((p) => p.fields);
      const names = await namesOf(rows.map((r) => r.item.assigned_to));
      const header = [
        lang === 'th' ? 'เลขที่คำขอ' : 'Tracking number',
        lang === 'th' ? 'สถานะ' : 'Status',
        lang === 'th' ? 'ยื่นเมื่อ (เวลาประเทศไทย)' : 'Submitted at (Bangkok time)',
        lang === 'th' ? 'กำหนดเสร็จ' : 'Due',
        lang === 'th' ? 'ตัดสินเมื่อ (เวลาประเทศไทย)' : 'Decided at (Bangkok time)',
        lang === 'th' ? 'ผล' : 'Outcome',
        lang === 'th' ? 'ผู้รับผิดชอบ' : 'Assigned to',
        lang === 'th' ? 'ฉบับของแบบฟอร์ม' : 'Form version',
        ...fields.map((fd) => pick(fd.label, lang)),
      ];
      const now = new Date();
      // Officers read times on Bangkok clocks; this form stays sortable and Excel reads it as a date.
      const bangkok = (d: Date | null | undefined) =>
        d ? new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ') : '';
      const overdue = lang === 'th' ? ' (เกินกำหนด)' : ' (overdue)';
      const body = rows.map(({ item, def: itemDef }) => {
        const sla = item.submitted_at
          ? slaStatus(item.submitted_at, itemDef.slaDays, now, item.decided_at)
          : null;
        return [
          item.tracking_no,
          statusLabel(itemDef, item.status, lang),
          bangkok(item.submitted_at),
          sla ? `${bangkok(sla.dueAt).slice(0, 10)}${sla.state === 'over' ? overdue : ''}` : '',
          bangkok(item.decided_at),
          item.outcome ?? '',
          item.assigned_to ? (names[item.assigned_to] ?? '') : '',
          item.version,
          ...fields.map((fd) => {
            const own =
              itemDef.pages.flatMap((p) => p.fields).find((x) => x.name === fd.name) ?? fd;
            const value = item.answers?.[fd.name];
            if (typeof value === 'number') return value;
            return formatAnswer(own, value, lang);
          }),
        ];
      });
      const stamp = formatDate(now, 'en', { style: 'short' }).replace(/\s/g, '-');
      return noStore(reply)
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${row.code}-${stamp}.csv"`)
        .send(toCsv(header, body));
    } catch (error) {
      return refuse(request, reply, error, toBackoffice);
    }
  });

  app.get('/backoffice/eservices/:id/dashboard', async (request, reply) => {
    const viewer = await requireViewer(request);
    try {
      const { row } = await api.definitionForStaff(viewer.id, params(request).id ?? '');
      const def = row.published_version
        ? await api.versionOf(row.id, row.published_version)
        : row.working;
      const d = await api.dashboard(row.id);
      return noStore(reply).render((ctx) => (
        <DashboardPage
          ctx={ctx}
          row={row}
          def={def}
          perDay={d.perDay}
          median={d.median}
          counts={d.counts}
        />
      ));
    } catch (error) {
      return refuse(request, reply, error, toBackoffice);
    }
  });

  async function renderStaffApplication(
    reply: FastifyReply,
    viewerId: string,
    id: string,
    extra: {
      errors?: Record<string, string>;
      errorForm?: string;
      values?: Record<string, string>;
      notice?: string;
    } = {},
    status = 200,
  ) {
    const { record, roles, def } = await api.viewForStaff(viewerId, id);
    const [events, comments, officers, applicant] = await Promise.all([
      api.events(record.id),
      api.comments(record.id),
      api.officersOf(record.organization_id),
      api.accountName(record.applicant_id),
    ]);
    const names = await namesOf([
      record.assigned_to,
      ...comments.map((c) => c.author_id),
      ...events.filter((e) => e.actor_kind === 'staff').map((e) => e.actor_id),
    ]);
    const actions = api.staffTransitions(def, record.status, roles).map((transition) => ({
      transition,
      token: api.formToken(`act:${transition.action}`, record.id, viewerId),
    }));
    return noStore(reply).render(
      (ctx) => (
        <StaffApplicationPage
          ctx={ctx}
          def={def}
          record={record}
          roles={roles}
          applicant={applicant}
          events={events}
          comments={comments}
          names={names}
          officers={officers}
          actions={actions}
          commentToken={api.formToken('comment', record.id, viewerId)}
          errors={extra.errors ?? {}}
          {...(extra.errorForm ? { errorForm: extra.errorForm } : {})}
          values={extra.values ?? {}}
          {...(extra.notice ? { notice: extra.notice } : {})}
        />
      ),
      status,
    );
  }

  const notices: Record<string, string> = {
    acted: 'eservices.saved',
    assigned: 'eservices.saved',
    commented: 'eservices.saved',
  };

  app.get('/backoffice/applications/:id', async (request, reply) => {
    const viewer = await requireViewer(request);
    try {
      const done = notices[query(request).done ?? ''];
      const id = params(request).id ?? '';
      const page = await renderStaffApplication(
        reply,
        viewer.id,
        id,
        done ? { notice: t(request.lang, done) } : {},
      );
      // Seen: the officer's inbox messages about this application are no longer news.
      await api.markApplicationRead(viewer.id, id);
      return page;
    } catch (error) {
      return refuse(request, reply, error, toBackoffice);
    }
  });

  /** Runs a staff form; field errors re-render the page with what was typed, 400. */
  async function staffForm(
    request: FastifyRequest,
    reply: FastifyReply,
    form: string,
    run: (viewerId: string, id: string, values: Record<string, string>) => Promise<void>,
    done: string,
  ) {
    const viewer = await requireViewer(request);
    const id = params(request).id ?? '';
    const values = formValues(request.body);
    try {
      await run(viewer.id, id, values);
      return reply.redirect(`/backoffice/applications/${id}?done=${done}`, 303);
    } catch (error) {
      if (
        error instanceof DomainError &&
        error.status === 400 &&
        Object.keys(error.fields).length
      ) {
        const messages = fieldMessages(error, request.lang);
        const action = values.action ?? '';
        const errors = form.startsWith('act')
          ? Object.fromEntries(
              Object.entries(messages).map(([k, v]) => [k === 'text' ? `text.${action}` : k, v]),
            )
          : messages;
        return renderStaffApplication(
          reply,
          viewer.id,
          id,
          { errors, errorForm: form === 'act' ? `act:${action}` : form, values },
          400,
        );
      }
      return refuse(request, reply, error, {
        href: `/backoffice/applications/${id}`,
        label: { th: 'กลับไปที่คำขอ', en: 'Back to the application' },
      });
    }
  }

  app.post('/backoffice/applications/:id/act', (request, reply) =>
    staffForm(
      request,
      reply,
      'act',
      (viewerId, id, v) =>
        api.staffAct(
          viewerId,
          id,
          v.action ?? '',
          v._token ?? '',
          v[`text.${v.action ?? ''}`] ?? v.text ?? '',
        ),
      'acted',
    ),
  );
  app.post('/backoffice/applications/:id/assign', (request, reply) =>
    staffForm(
      request,
      reply,
      'assign',
      (viewerId, id, v) => api.assign(viewerId, id, v.assignee ?? ''),
      'assigned',
    ),
  );
  app.post('/backoffice/applications/:id/comments', (request, reply) =>
    staffForm(
      request,
      reply,
      'comment',
      (viewerId, id, v) => api.comment(viewerId, id, v._token ?? '', v.body ?? ''),
      'commented',
    ),
  );

  // Transparency: public, no sign-in.
  app.get('/services/statistics', async (_request, reply) => {
    const s = await api.statistics();
    return reply.render((ctx) => (
      <StatisticsPage
        ctx={ctx}
        online={s.online}
        perMonth={s.perMonth}
        perOrganization={s.perOrganization}
        overall={s.overall}
      />
    ));
  });
}

export { DESIGNER_ROLES, STAFF_ROLES };
