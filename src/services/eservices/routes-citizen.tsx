import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../../platform/errors.ts';
import { fieldMessages, formValues } from '../../platform/forms.ts';
import { wantsJson } from '../../platform/http/server.tsx';
import { type Lang, t } from '../../platform/i18n/index.ts';
import { visibility } from './form.ts';
import { contentDisposition, noStore, params, query, readUploads, requireViewer } from './http.ts';
import {
  ApplicationPage,
  InboxPage,
  MyApplicationsPage,
  ResultLetterPage,
} from './pages/application.tsx';
import { CheckPage, FormPage, StartPage } from './pages/apply.tsx';
import { problemMessages, RefusedPage, statusLabel } from './pages/common.tsx';
import type { EServiceApi, PageAction } from './service.ts';
import type { ApplicationRow } from './store.ts';
import type { EServiceDefinition } from './types.ts';
import { contentTypes } from './uploads.ts';

/**
 * A refusal the person can act on (someone else's application, a form sent twice): a page with a
 * way back for browsers, the usual JSON error for programs. Nothing was changed before it.
 */
export async function refuse(
  request: FastifyRequest,
  reply: FastifyReply,
  error: unknown,
  back: { href: string; label: { th: string; en: string } },
) {
  if (!(error instanceof DomainError) || wantsJson(request) || error.status === 401) throw error;
  if (![403, 404, 409].includes(error.status)) throw error;
  const message = t(request.lang, error.code, error.params);
  return reply.render(
    (ctx) => (
      <RefusedPage
        ctx={ctx}
        message={message}
        back={{ href: back.href, label: back.label[ctx.lang] }}
      />
    ),
    error.status,
  );
}

const toMyApplications = {
  href: '/applications',
  label: { th: 'ไปที่คำขอของฉัน', en: 'Go to my applications' },
};

function parseAction(raw: string | undefined): PageAction {
  if (!raw || raw === 'next') return { kind: 'next' };
  if (raw === 'save') return { kind: 'save' };
  if (raw === 'back') return { kind: 'back' };
  const add = /^add_row:([a-z][a-z0-9_]*)$/.exec(raw);
  if (add) return { kind: 'add_row', field: add[1]! };
  const remove = /^remove_row:([a-z][a-z0-9_]*):(\d{1,3})$/.exec(raw);
  if (remove) return { kind: 'remove_row', field: remove[1]!, row: Number(remove[2]) };
  throw new DomainError('request.invalid', { status: 400, params: { detail: '_action' } });
}

/** Field errors of a failed workflow form, under the input names of that action's form. */
function actionErrors(error: DomainError, lang: Lang, action: string): Record<string, string> {
  const messages = fieldMessages(error, lang);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(messages)) {
    if (k === 'text') out[`text.${action}`] = v;
    else if (k === 'attachment')
      out.attachment = t(lang, error.fields[k]!, {
        ...error.params,
        label: lang === 'th' ? 'ไฟล์แนบ' : 'Attachment',
      });
    else out[k] = v;
  }
  return out;
}

export async function registerCitizenRoutes(app: FastifyInstance, api: EServiceApi) {
  async function renderApplication(
    reply: FastifyReply,
    accountId: string,
    record: ApplicationRow,
    def: EServiceDefinition,
    extra: {
      justSubmitted?: boolean;
      errors?: Record<string, string>;
      values?: Record<string, string>;
      errorAction?: string;
    } = {},
    status = 200,
  ) {
    const events = await api.events(record.id);
    const actions = api.citizenTransitions(def, record.status).map((transition) => ({
      transition,
      token: api.formToken(`act:${transition.action}`, record.id, accountId),
    }));
    const name = await api.accountName(record.applicant_id);
    return noStore(reply).render(
      (ctx) => (
        <ApplicationPage
          ctx={ctx}
          def={def}
          record={record}
          events={events}
          actions={actions}
          letter={api.resultLetter(def, record, name ? name[ctx.lang] : '', ctx.lang)}
          justSubmitted={!!extra.justSubmitted}
          errors={extra.errors ?? {}}
          values={extra.values ?? {}}
          {...(extra.errorAction ? { errorAction: extra.errorAction } : {})}
        />
      ),
      status,
    );
  }

  app.get('/eservices/:code/apply', async (request, reply) => {
    const viewer = await requireViewer(request);
    const pub = await api.publishedByCode(params(request).code ?? '');
    if (!pub) throw new DomainError('eservices.service_not_found', { status: 404 });
    const [drafts, org] = await Promise.all([
      api.draftsOf(viewer.id, pub.row.id),
      api.orgOf(pub.row.organization_id),
    ]);
    const token = api.formToken('start', pub.def.code, viewer.id);
    return noStore(reply).render((ctx) => (
      <StartPage ctx={ctx} def={pub.def} organization={org.name} drafts={drafts} token={token} />
    ));
  });

  app.post('/eservices/:code/apply', async (request, reply) => {
    const viewer = await requireViewer(request);
    try {
      const started = await api.startApplicationOnce(
        viewer.id,
        params(request).code ?? '',
        formValues(request.body)._token ?? '',
      );
      // The same form again lands on the draft it already made, wherever the citizen got to.
      const to = started.firstPage
        ? `/applications/${started.id}/pages/${started.firstPage}`
        : `/applications/${started.id}`;
      return reply.redirect(to, 303);
    } catch (error) {
      return refuse(request, reply, error, {
        href: '/services',
        label: { th: 'ไปที่รายการบริการ', en: 'Go to the services' },
      });
    }
  });

  app.get('/applications', async (request, reply) => {
    const viewer = await requireViewer(request);
    const [items, unread] = await Promise.all([
      api.applicationsOf(viewer.id),
      api.unreadCount(viewer.id),
    ]);
    const withStatus = await Promise.all(
      items.map(async (i) => {
        const def = await api.versionOf(i.definition_id, i.version);
        return { ...i, def };
      }),
    );
    return noStore(reply).render((ctx) => (
      <MyApplicationsPage
        ctx={ctx}
        unread={unread}
        items={withStatus.map((i) => ({
          ...i,
          statusText: statusLabel(i.def, i.status, ctx.lang),
        }))}
      />
    ));
  });

  app.get('/applications/:id', async (request, reply) => {
    const viewer = await requireViewer(request);
    try {
      const { record, def } = await api.loadOwn(viewer.id, params(request).id ?? '');
      if (record.status === 'draft' && record.draft) {
        const review = api.reviewDraft(def, record.draft);
        return reply.redirect(
          `/applications/${record.id}/${review.firstPage ? `pages/${review.firstPage}` : 'check'}`,
          303,
        );
      }
      // Having seen the application's page, its messages in the inbox are no longer news.
      await api.markApplicationRead(viewer.id, record.id);
      return renderApplication(reply, viewer.id, record, def, {
        justSubmitted: query(request).submitted === '1',
      });
    } catch (error) {
      return refuse(request, reply, error, toMyApplications);
    }
  });

  app.get('/applications/:id/pages/:page', async (request, reply) => {
    const viewer = await requireViewer(request);
    const { id = '', page: pageId = '' } = params(request);
    try {
      const { record, def, draft } = await api.loadOwnDraft(viewer.id, id);
      const page = def.pages.find((p) => p.id === pageId);
      if (!page) throw new DomainError('eservices.page_not_found', { status: 404 });
      if (!visibility(def, draft.values).pages.has(page.id))
        return reply.redirect(`/applications/${record.id}/check`, 303);
      return noStore(reply).render((ctx) => (
        <FormPage
          ctx={ctx}
          def={def}
          page={page}
          applicationId={record.id}
          state={draft}
          errors={{}}
          saved={query(request).saved === '1'}
        />
      ));
    } catch (error) {
      if (error instanceof DomainError && error.code === 'eservices.not_a_draft') {
        return reply.redirect(`/applications/${id}`, 303);
      }
      return refuse(request, reply, error, toMyApplications);
    }
  });

  app.post('/applications/:id/pages/:page', async (request, reply) => {
    const viewer = await requireViewer(request);
    const { id = '', page: pageId = '' } = params(request);
    const posted = formValues(request.body);
    const action = parseAction(posted._action);
    try {
      const uploads = await readUploads(request.body);
      const result = await api.savePage(viewer.id, id, pageId, posted, uploads, action);
      if (result.kind === 'go') return reply.redirect(result.to, 303);
      const { def } = await api.loadOwn(viewer.id, id);
      const page = def.pages.find((p) => p.id === pageId)!;
      return noStore(reply).render(
        (ctx) => (
          <FormPage
            ctx={ctx}
            def={def}
            page={page}
            applicationId={id}
            state={result.state}
            errors={problemMessages(result.problems, ctx.lang)}
            notice={result.notice}
          />
        ),
        result.status,
      );
    } catch (error) {
      return refuse(request, reply, error, toMyApplications);
    }
  });

  async function renderCheck(
    reply: FastifyReply,
    accountId: string,
    id: string,
    extra: { status?: number; declarationMissing?: boolean } = {},
  ) {
    const { record, def, draft } = await api.loadOwnDraft(accountId, id);
    const review = api.reviewDraft(def, draft);
    const defRow = await api.publishedByCode(def.code);
    const closed = !defRow;
    const token = api.formToken('submit', record.id, accountId);
    return noStore(reply).render(
      (ctx) => (
        <CheckPage
          ctx={ctx}
          def={def}
          applicationId={record.id}
          state={draft}
          answers={review.answers}
          problems={problemMessages(review.problems, ctx.lang)}
          firstPage={review.firstPage}
          eligibility={review.eligibility}
          token={token}
          declarationError={
            extra.declarationMissing ? t(ctx.lang, 'eservices.declaration_required') : undefined
          }
          closed={closed}
        />
      ),
      extra.status ?? 200,
    );
  }

  app.get('/applications/:id/check', async (request, reply) => {
    const viewer = await requireViewer(request);
    const id = params(request).id ?? '';
    try {
      return await renderCheck(reply, viewer.id, id);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'eservices.not_a_draft') {
        return reply.redirect(`/applications/${id}`, 303);
      }
      return refuse(request, reply, error, toMyApplications);
    }
  });

  app.post('/applications/:id/submit', async (request, reply) => {
    const viewer = await requireViewer(request);
    const id = params(request).id ?? '';
    const values = formValues(request.body);
    try {
      const result = await api.submit(
        viewer.id,
        id,
        values._token ?? '',
        values.declaration === 'on',
      );
      if (result.ok) return reply.redirect(`/applications/${id}?submitted=1`, 303);
      return await renderCheck(reply, viewer.id, id, {
        status: 400,
        declarationMissing: result.declarationMissing,
      });
    } catch (error) {
      return refuse(request, reply, error, {
        href: `/applications/${id}`,
        label: { th: 'ดูคำขอนี้', en: 'See this application' },
      });
    }
  });

  app.post('/applications/:id/act', async (request, reply) => {
    const viewer = await requireViewer(request);
    const id = params(request).id ?? '';
    const values = formValues(request.body);
    const action = values.action ?? '';
    const back = {
      href: `/applications/${id}`,
      label: { th: 'ดูคำขอนี้', en: 'See this application' },
    };
    try {
      const uploads = await readUploads(request.body);
      const upload = uploads.find((u) => u.field === 'attachment') ?? null;
      await api.citizenAct(
        viewer.id,
        id,
        action,
        values._token ?? '',
        values[`text.${action}`] ?? values.text ?? '',
        upload,
      );
      return reply.redirect(`/applications/${id}`, 303);
    } catch (error) {
      if (
        error instanceof DomainError &&
        error.status === 400 &&
        Object.keys(error.fields).length
      ) {
        const { record, def } = await api.loadOwn(viewer.id, id);
        return renderApplication(
          reply,
          viewer.id,
          record,
          def,
          { errors: actionErrors(error, request.lang, action), values, errorAction: action },
          400,
        );
      }
      return refuse(request, reply, error, back);
    }
  });

  app.get('/applications/:id/result', async (request, reply) => {
    const viewer = await requireViewer(request);
    try {
      const { record, def } = await api.loadOwn(viewer.id, params(request).id ?? '');
      const name = await api.accountName(record.applicant_id);
      const org = await api.orgOf(record.organization_id);
      const letterTh = api.resultLetter(def, record, name?.th ?? '', request.lang);
      if (!letterTh) throw new DomainError('request.not_found', { status: 404 });
      return noStore(reply).render((ctx) => (
        <ResultLetterPage
          ctx={ctx}
          def={def}
          record={record}
          organization={org.name}
          letter={api.resultLetter(def, record, name ? name[ctx.lang] : '', ctx.lang) ?? ''}
        />
      ));
    } catch (error) {
      return refuse(request, reply, error, toMyApplications);
    }
  });

  app.get('/applications/:id/files/:file', async (request, reply) => {
    const viewer = await requireViewer(request);
    const { id = '', file: fileId = '' } = params(request);
    try {
      const file = await api.fileFor(viewer.id, id, fileId);
      return noStore(reply)
        .type(contentTypes[file.kind])
        .header('content-disposition', contentDisposition('attachment', file.filename))
        .header('x-content-type-options', 'nosniff')
        .send(Buffer.from(file.content));
    } catch (error) {
      return refuse(request, reply, error, toMyApplications);
    }
  });

  app.get('/inbox', async (request, reply) => {
    const viewer = await requireViewer(request);
    const [items, unread] = await Promise.all([
      api.notifications(viewer.id),
      api.unreadCount(viewer.id),
    ]);
    return noStore(reply).render((ctx) => <InboxPage ctx={ctx} items={items} unread={unread} />);
  });

  app.post('/inbox/read', async (request, reply) => {
    const viewer = await requireViewer(request);
    await api.markAllRead(viewer.id);
    return reply.redirect('/inbox', 303);
  });
}
