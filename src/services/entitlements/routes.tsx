import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Identity } from '../../identity/index.ts';
import type { OrgsApi } from '../../orgs/index.ts';
import { DomainError } from '../../platform/errors.ts';
import { fieldMessages } from '../../platform/forms.ts';
import type { SourceResult } from './entitlement.ts';
import { MyEntitlementsPage, SourcesPage } from './pages/entitlements.tsx';
import type { EntitlementSource } from './store.ts';

interface Deps {
  orgs: OrgsApi;
  identity: Identity;
  gather(citizenId: string): Promise<Array<{ source: EntitlementSource; result: SourceResult }>>;
  listSources(all?: boolean): Promise<EntitlementSource[]>;
  countRecords(code: string): Promise<number>;
  uploadCsv(actor: string, sourceCode: string, csv: string): Promise<number>;
}

const STAFF = ['agency_admin', 'agency_officer'] as const;

export async function registerEntitlementRoutes(app: FastifyInstance, deps: Deps) {
  app.get('/services/entitlements', async (request, reply) => {
    const viewer = await request.getViewer();
    if (!viewer) throw new DomainError('request.sign_in_required', { status: 401 });
    const account = await deps.identity.findAccount(viewer.id);
    const sections = account?.citizen_id ? await deps.gather(account.citizen_id) : [];
    return reply.render((ctx) => (
      <MyEntitlementsPage ctx={ctx} sections={sections} hasCitizenId={!!account?.citizen_id} />
    ));
  });

  async function staffSources(request: FastifyRequest) {
    const { grants } = await deps.orgs.requireRole(request, [...STAFF]);
    const orgIds = new Set(grants.map((g) => g.organizationId));
    const all = await deps.listSources(true);
    const mine = all.filter((s) => orgIds.has(s.organizationId));
    const counts = await Promise.all(mine.map((s) => deps.countRecords(s.code)));
    return { grants, sources: mine.map((s, i) => ({ ...s, records: counts[i] ?? 0 })) };
  }

  app.get('/services/entitlements/sources', async (request, reply) => {
    const { sources } = await staffSources(request);
    return reply.render((ctx) => <SourcesPage ctx={ctx} sources={sources} errors={{}} />);
  });

  app.post('/services/entitlements/sources/:code/upload', async (request, reply) => {
    const { code } = request.params as { code: string };
    const { sources } = await staffSources(request);
    const source = sources.find((s) => s.code === code && s.kind === 'table');
    // Staff of another agency get the same answer as for a source that does not exist.
    if (!source) throw new DomainError('request.forbidden', { status: 403 });
    const viewer = (await request.getViewer())!;
    const file = (request.body as Record<string, unknown> | undefined)?.file as
      | { toBuffer?: () => Promise<Buffer>; filename?: string }
      | undefined;
    try {
      if (!file?.toBuffer || !file.filename) {
        throw new DomainError('form.has_errors', { fields: { file: 'entitlements.csv_empty' } });
      }
      const text = (await file.toBuffer()).toString('utf8');
      const count = await deps.uploadCsv(viewer.id, code, text);
      const fresh = await staffSources(request);
      return reply.render((ctx) => (
        <SourcesPage
          ctx={ctx}
          sources={fresh.sources}
          errors={{}}
          notice={ctx.lang === 'th' ? `นำเข้าแล้ว ${count} รายการ` : `${count} rows imported`}
        />
      ));
    } catch (error) {
      if (!(error instanceof DomainError) || Object.keys(error.fields).length === 0) throw error;
      return reply.render(
        (ctx) => (
          <SourcesPage ctx={ctx} sources={sources} errors={fieldMessages(error, ctx.lang)} />
        ),
        400,
      );
    }
  });
}
