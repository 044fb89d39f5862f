import type { FastifyInstance } from 'fastify';
import { DomainError } from '../platform/errors.ts';
import { fieldMessages, formValues } from '../platform/forms.ts';
import { pick, t } from '../platform/i18n/index.ts';
import type { OrgsApi } from './index.ts';
import { OrganizationsPage } from './pages/organizations.tsx';

export async function registerOrgRoutes(app: FastifyInstance, orgs: OrgsApi) {
  app.get('/admin/organizations', async (request, reply) => {
    await orgs.requireRole(request, 'platform_admin');
    const list = await orgs.listOrganizations();
    return reply.render((ctx) => (
      <OrganizationsPage ctx={ctx} organizations={list} values={{}} errors={{}} />
    ));
  });

  app.post('/admin/organizations', async (request, reply) => {
    const { viewer } = await orgs.requireRole(request, 'platform_admin');
    const values = formValues(request.body);
    try {
      const created = await orgs.createOrganization(viewer.id, values);
      const list = await orgs.listOrganizations();
      return reply.render((ctx) => (
        <OrganizationsPage
          ctx={ctx}
          organizations={list}
          values={{}}
          errors={{}}
          notice={`${t(ctx.lang, 'orgs.organization_created')}: ${pick({ th: created.name_th, en: created.name_en }, ctx.lang)}`}
        />
      ));
    } catch (error) {
      if (!(error instanceof DomainError) || Object.keys(error.fields).length === 0) throw error;
      const list = await orgs.listOrganizations();
      return reply.render(
        (ctx) => (
          <OrganizationsPage
            ctx={ctx}
            organizations={list}
            values={values}
            errors={fieldMessages(error, ctx.lang)}
          />
        ),
        400,
      );
    }
  });
}
