import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { canonicalJson } from '../../platform/audit.ts';
import { DomainError } from '../../platform/errors.ts';
import { fieldMessages, formList, formValues } from '../../platform/forms.ts';
import { t } from '../../platform/i18n/index.ts';
import {
  addField,
  addPage,
  moveField,
  parseFieldForm,
  removeField,
  removePage,
  replaceField,
  updateSettings,
} from './builder.ts';
import { findField } from './definition.ts';
import { contentDisposition, noStore, params, query, readUploads, requireViewer } from './http.ts';
import {
  BuilderEditPage,
  BuilderListPage,
  FieldEditPage,
  fieldValues,
  PreviewPage,
  VersionsPage,
} from './pages/builder.tsx';
import { refuse } from './routes-citizen.tsx';
import { DefinitionProblems, type EServiceApi } from './service.ts';

const toBuilder = { href: '/builder', label: { th: 'ไปที่ตัวสร้างบริการ', en: 'Go to the builder' } };

const builderNotices: Record<string, string> = {
  saved: 'eservices.saved',
  imported: 'eservices.imported',
  unpublished: 'eservices.unpublished',
};

export async function registerBuilderRoutes(app: FastifyInstance, api: EServiceApi) {
  async function requireAnyDesigner(request: FastifyRequest) {
    const viewer = await requireViewer(request);
    const orgs = await api.designerOrganizations(viewer.id);
    if (orgs.length === 0) throw new DomainError('eservices.not_designer', { status: 403 });
    return { viewer, orgs };
  }

  async function renderList(
    request: FastifyRequest,
    reply: FastifyReply,
    extra: Partial<Parameters<typeof BuilderListPage>[0]> = {},
    status = 200,
  ) {
    const { viewer, orgs } = await requireAnyDesigner(request);
    const rows = await api.listDefinitionsFor(viewer.id);
    return noStore(reply).render(
      (ctx) => (
        <BuilderListPage
          ctx={ctx}
          rows={rows}
          organizations={orgs}
          values={extra.values ?? {}}
          errors={extra.errors ?? {}}
          {...(extra.problems ? { problems: extra.problems } : {})}
          {...(extra.importText !== undefined ? { importText: extra.importText } : {})}
          {...(extra.importErrors ? { importErrors: extra.importErrors } : {})}
        />
      ),
      status,
    );
  }

  async function renderEdit(
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    extra: Partial<Parameters<typeof BuilderEditPage>[0]> = {},
    status = 200,
  ) {
    const viewer = await requireViewer(request);
    const row = await api.requireDesigner(viewer.id, id);
    const [versions, organization] = await Promise.all([
      api.listVersions(row.id),
      api.orgOf(row.organization_id),
    ]);
    const latest = versions[0];
    const changedSincePublish =
      !!latest && canonicalJson(latest.definition) !== canonicalJson(row.working);
    return noStore(reply).render(
      (ctx) => (
        <BuilderEditPage
          ctx={ctx}
          row={row}
          organization={organization}
          versions={versions}
          values={extra.values ?? {}}
          errors={extra.errors ?? {}}
          {...(extra.errorForm ? { errorForm: extra.errorForm } : {})}
          {...(extra.problems ? { problems: extra.problems } : {})}
          {...(extra.notice ? { notice: extra.notice } : {})}
          changedSincePublish={changedSincePublish}
        />
      ),
      status,
    );
  }

  /** A builder form: success goes back to the edit page; field errors re-render it with values. */
  async function edit(
    request: FastifyRequest,
    reply: FastifyReply,
    form: string,
    run: (viewerId: string, id: string, values: Record<string, string>) => Promise<unknown>,
    done = 'saved',
  ) {
    const viewer = await requireViewer(request);
    const id = params(request).id ?? '';
    const values = formValues(request.body);
    try {
      await run(viewer.id, id, values);
      return reply.redirect(`/builder/${id}?done=${done}`, 303);
    } catch (error) {
      if (error instanceof DefinitionProblems) {
        return renderEdit(request, reply, id, { problems: error.problems }, 400);
      }
      if (
        error instanceof DomainError &&
        error.status === 400 &&
        Object.keys(error.fields).length
      ) {
        return renderEdit(
          request,
          reply,
          id,
          { values, errors: fieldMessages(error, request.lang), errorForm: form },
          400,
        );
      }
      if (error instanceof DomainError && error.status === 409) {
        return renderEdit(
          request,
          reply,
          id,
          { errors: { general: t(request.lang, error.code, error.params) }, errorForm: 'general' },
          409,
        );
      }
      return refuse(request, reply, error, toBuilder);
    }
  }

  app.get('/builder', async (request, reply) => renderList(request, reply));

  app.post('/builder', async (request, reply) => {
    const { viewer } = await requireAnyDesigner(request);
    const values = formValues(request.body);
    try {
      const row = await api.createDefinition(viewer.id, values);
      return reply.redirect(`/builder/${row.id}`, 303);
    } catch (error) {
      if (!(error instanceof DomainError) || Object.keys(error.fields).length === 0) throw error;
      return renderList(
        request,
        reply,
        { values, errors: fieldMessages(error, request.lang) },
        400,
      );
    }
  });

  app.post('/builder/import', async (request, reply) => {
    const { viewer } = await requireAnyDesigner(request);
    const values = formValues(request.body);
    const uploads = await readUploads(request.body);
    const file = uploads.find((u) => u.field === 'definition_file');
    const text = file ? Buffer.from(file.bytes).toString('utf8') : (values.definition ?? '');
    try {
      if (!text.trim())
        throw new DomainError('eservices.import_json_invalid', { params: { detail: 'empty' } });
      const row = await api.importDefinition(viewer.id, text);
      return reply.redirect(`/builder/${row.id}?done=imported`, 303);
    } catch (error) {
      if (error instanceof DefinitionProblems) {
        return renderList(
          request,
          reply,
          { problems: error.problems, importText: file ? '' : text },
          400,
        );
      }
      if (error instanceof DomainError && error.code === 'eservices.import_json_invalid') {
        return renderList(
          request,
          reply,
          {
            importText: file ? '' : text,
            importErrors: { definition: t(request.lang, error.code, error.params) },
          },
          400,
        );
      }
      if (error instanceof DomainError && [403, 409].includes(error.status)) {
        return renderList(
          request,
          reply,
          {
            importText: file ? '' : text,
            importErrors: { definition: t(request.lang, error.code, error.params) },
          },
          error.status,
        );
      }
      throw error;
    }
  });

  app.get('/builder/:id', async (request, reply) => {
    try {
      const done = builderNotices[query(request).done ?? ''];
      const published = query(request).published;
      const notice = published
        ? t(request.lang, 'eservices.published', { version: Number(published) || 0 })
        : done
          ? t(request.lang, done)
          : undefined;
      return await renderEdit(request, reply, params(request).id ?? '', notice ? { notice } : {});
    } catch (error) {
      return refuse(request, reply, error, toBuilder);
    }
  });

  app.post('/builder/:id/settings', (request, reply) =>
    edit(request, reply, 'settings', (viewerId, id, v) =>
      api.editWorking(
        viewerId,
        id,
        (def) => updateSettings(def, v, formList(request.body, 'claims')),
        'settings',
        v._rev,
      ),
    ),
  );

  app.post('/builder/:id/fields', (request, reply) =>
    edit(request, reply, 'add_field', (viewerId, id, v) =>
      api.editWorking(
        viewerId,
        id,
        (def) =>
          addField(
            def,
            Number(v.page ?? def.pages.length - 1),
            parseFieldForm(def, v, { accept: formList(request.body, 'accept') }),
          ),
        'field_added',
        v._rev,
      ),
    ),
  );

  app.post('/builder/:id/pages', (request, reply) =>
    edit(request, reply, 'add_page', (viewerId, id, v) =>
      api.editWorking(viewerId, id, (def) => addPage(def, v), 'page_added', v._rev),
    ),
  );

  app.post('/builder/:id/pages/:page/remove', (request, reply) =>
    edit(request, reply, 'general', (viewerId, id, v) =>
      api.editWorking(
        viewerId,
        id,
        (def) => removePage(def, params(request).page ?? ''),
        'page_removed',
        v._rev,
      ),
    ),
  );

  app.post('/builder/:id/fields/:name/move', (request, reply) =>
    edit(request, reply, 'general', (viewerId, id, v) =>
      api.editWorking(
        viewerId,
        id,
        (def) => moveField(def, params(request).name ?? '', v.direction === 'up' ? 'up' : 'down'),
        'field_moved',
        v._rev,
      ),
    ),
  );

  app.post('/builder/:id/fields/:name/remove', (request, reply) =>
    edit(request, reply, 'general', (viewerId, id, v) =>
      api.editWorking(
        viewerId,
        id,
        (def) => removeField(def, params(request).name ?? ''),
        'field_removed',
        v._rev,
      ),
    ),
  );

  app.get('/builder/:id/fields/:name', async (request, reply) => {
    const viewer = await requireViewer(request);
    try {
      const row = await api.requireDesigner(viewer.id, params(request).id ?? '');
      const field = findField(row.working, params(request).name ?? '');
      if (!field) throw new DomainError('eservices.field_not_found', { status: 404 });
      return noStore(reply).render((ctx) => (
        <FieldEditPage ctx={ctx} row={row} field={field} values={fieldValues(field)} errors={{}} />
      ));
    } catch (error) {
      return refuse(request, reply, error, toBuilder);
    }
  });

  app.post('/builder/:id/fields/:name', async (request, reply) => {
    const viewer = await requireViewer(request);
    const { id = '', name = '' } = params(request);
    const values = formValues(request.body);
    const accept = formList(request.body, 'accept');
    try {
      const row = await api.requireDesigner(viewer.id, id);
      const field = findField(row.working, name);
      if (!field) throw new DomainError('eservices.field_not_found', { status: 404 });
      try {
        await api.editWorking(
          viewer.id,
          id,
          (def) => replaceField(def, name, parseFieldForm(def, values, { accept }, field)),
          'field_edited',
          values._rev,
        );
      } catch (error) {
        if (!(error instanceof DomainError) || Object.keys(error.fields).length === 0) throw error;
        return noStore(reply).render(
          (ctx) => (
            <FieldEditPage
              ctx={ctx}
              row={row}
              field={field}
              values={{ ...values, accept: accept.join(',') }}
              errors={fieldMessages(error, ctx.lang)}
            />
          ),
          400,
        );
      }
      return reply.redirect(`/builder/${id}?done=saved`, 303);
    } catch (error) {
      return refuse(request, reply, error, toBuilder);
    }
  });

  app.post('/builder/:id/publish', async (request, reply) => {
    const viewer = await requireViewer(request);
    const id = params(request).id ?? '';
    try {
      const version = await api.publish(viewer.id, id);
      return reply.redirect(`/builder/${id}?published=${version}`, 303);
    } catch (error) {
      if (error instanceof DefinitionProblems)
        return renderEdit(request, reply, id, { problems: error.problems }, 400);
      if (error instanceof DomainError && error.code === 'eservices.nothing_to_publish') {
        return renderEdit(
          request,
          reply,
          id,
          { errors: { general: t(request.lang, error.code) }, errorForm: 'general' },
          409,
        );
      }
      return refuse(request, reply, error, toBuilder);
    }
  });

  app.post('/builder/:id/unpublish', (request, reply) =>
    edit(request, reply, 'general', (viewerId, id) => api.unpublish(viewerId, id), 'unpublished'),
  );

  app.get('/builder/:id/preview', async (request, reply) => {
    const viewer = await requireViewer(request);
    try {
      const row = await api.requireDesigner(viewer.id, params(request).id ?? '');
      const page = Math.max(
        1,
        Math.min(row.working.pages.length, Number(query(request).page) || 1),
      );
      const claims = await api.claimsFor(viewer.id);
      return noStore(reply).render((ctx) => (
        <PreviewPage ctx={ctx} row={row} pageIndex={page - 1} claims={claims} />
      ));
    } catch (error) {
      return refuse(request, reply, error, toBuilder);
    }
  });

  app.get('/builder/:id/versions', async (request, reply) => {
    const viewer = await requireViewer(request);
    try {
      const row = await api.requireDesigner(viewer.id, params(request).id ?? '');
      const versions = await api.listVersions(row.id);
      const names: Record<string, string> = {};
      for (const v of versions) {
        if (names[v.published_by]) continue;
        const n = await api.accountName(v.published_by);
        if (n) names[v.published_by] = n.th;
      }
      return noStore(reply).render((ctx) => (
        <VersionsPage ctx={ctx} row={row} versions={versions} names={names} />
      ));
    } catch (error) {
      return refuse(request, reply, error, toBuilder);
    }
  });

  app.get('/builder/:id/export.json', async (request, reply) => {
    const viewer = await requireViewer(request);
    const row = await api.requireDesigner(viewer.id, params(request).id ?? '');
    return noStore(reply)
      .type('application/json; charset=utf-8')
      .header('content-disposition', contentDisposition('attachment', `${row.code}.json`))
      .send(
        `${JSON.stringify({ $schema: '../docs/eservice-definition.schema.json', ...row.working }, null, 2)}\n`,
      );
  });

  app.get('/builder/:id/versions/:version/export.json', async (request, reply) => {
    const viewer = await requireViewer(request);
    const row = await api.requireDesigner(viewer.id, params(request).id ?? '');
    const version = await api.findVersion(row.id, Number(params(request).version));
    if (!version) throw new DomainError('request.not_found', { status: 404 });
    return noStore(reply)
      .type('application/json; charset=utf-8')
      .header(
        'content-disposition',
        contentDisposition('attachment', `${row.code}-v${version.version}.json`),
      )
      .send(`${JSON.stringify(version.definition, null, 2)}\n`);
  });
}
