import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { OrgsApi } from '../../orgs/index.ts';
import { DomainError } from '../../platform/errors.ts';
import { fieldMessages, formValues } from '../../platform/forms.ts';
import { type Lang, t } from '../../platform/i18n/index.ts';
import { findServiceCategory } from '../catalogue-data/categories.ts';
import { SERVICE_CODE_PATTERN } from '../catalogue-data/validate.ts';
import type { CatalogueApi, SearchResults } from './index.ts';
import { CategoryPage } from './pages/category.tsx';
import { CatalogueHomePage } from './pages/home.tsx';
import { SearchPage } from './pages/search.tsx';
import { ServicePage } from './pages/service.tsx';
import { type SynonymListItem, SynonymsPage } from './pages/synonyms.tsx';
import { PAGE_SIZE, readSearchParams } from './search.ts';
import type { CatalogueService } from './service.ts';

type Api = Pick<
  CatalogueApi,
  | 'searchServices'
  | 'findService'
  | 'listCategories'
  | 'listPopularServices'
  | 'recordView'
  | 'applyUrl'
  | 'startUrl'
  | 'listAgencySynonyms'
  | 'countPlatformSynonyms'
  | 'saveAgencySynonym'
  | 'deleteAgencySynonym'
> & { orgs: OrgsApi };

const SYNONYM_ROLES = ['agency_admin', 'service_designer'] as const;
const POPULAR_ON_HOME = 8;

/** HTTP only: read the request, call the catalogue, render a page or JSON (STYLE.md 3). */
export async function registerCatalogueRoutes(app: FastifyInstance, api: Api): Promise<void> {
  app.get('/services', async (_request, reply) => {
    const [categories, popular] = await Promise.all([
      api.listCategories(),
      api.listPopularServices(POPULAR_ON_HOME),
    ]);
    return reply.render((ctx) => (
      <CatalogueHomePage ctx={ctx} categories={categories} popular={popular} />
    ));
  });

  app.get('/services/search', async (request, reply) => {
    // A bad filter value is left out rather than refused: a citizen's page always shows results.
    const { params } = readSearchParams(request.query, { paging: 'page' });
    const results = await api.searchServices(params.q, {
      ...params.filters,
      limit: params.limit,
      offset: params.offset,
    });
    const page = Math.floor(params.offset / PAGE_SIZE) + 1;
    return reply.render((ctx) => (
      <SearchPage ctx={ctx} q={params.q} filters={params.filters} page={page} results={results} />
    ));
  });

  app.get('/services/category/:code', async (request, reply) => {
    const { code } = request.params as { code: string };
    const category = findServiceCategory(code);
    if (!category) throw new DomainError('catalogue.unknown_category', { status: 404 });
    const { params } = readSearchParams(
      { page: (request.query as Record<string, unknown>).page },
      { paging: 'page' },
    );
    const results = await api.searchServices('', {
      category: category.code,
      limit: params.limit,
      offset: params.offset,
    });
    const page = Math.floor(params.offset / PAGE_SIZE) + 1;
    const lastPage = Math.max(1, Math.ceil(results.total / PAGE_SIZE));
    return reply.render((ctx) => (
      <CategoryPage
        ctx={ctx}
        category={category}
        services={results.services}
        total={results.total}
        page={page}
        lastPage={lastPage}
      />
    ));
  });

  app.get('/services/:code', async (request, reply) => {
    const service = await serviceFrom(request);
    await api.recordView(service.code);
    const startUrl = await api.startUrl(service);
    return reply.render((ctx) => <ServicePage ctx={ctx} service={service} startUrl={startUrl} />);
  });

  app.get('/api/services/search', async (request, reply) => {
    const { params, problems } = readSearchParams(request.query, { paging: 'offset' });
    const first = problems[0];
    if (first) {
      throw new DomainError(first.code, {
        status: 400,
        fields: Object.fromEntries(problems.map((p) => [p.field, p.code])),
      });
    }
    const results = await api.searchServices(params.q, {
      ...params.filters,
      limit: params.limit,
      offset: params.offset,
    });
    // As on the service page: no form link for an e-service not taking applications. One look-up
    // per listed e-service (a page holds at most `limit`), run side by side.
    const startUrls = await Promise.all(
      results.services.map((s) => (s.eService ? api.startUrl(s) : null)),
    );
    return reply
      .header('cache-control', 'no-store')
      .send(searchJson(results, params.limit, params.offset, startUrls));
  });

  app.get('/api/services/:code', async (request, reply) => {
    const service = await serviceFrom(request);
    // As on the page: no form link while the e-service is not taking applications.
    const applyUrl = service.eService ? await api.startUrl(service) : null;
    return reply
      .header('cache-control', 'no-store')
      .send({ service: { ...serviceJson(service, api), applyUrl } });
  });

  async function serviceFrom(request: FastifyRequest): Promise<CatalogueService> {
    const { code } = request.params as { code: string };
    const service =
      code.length <= 80 && SERVICE_CODE_PATTERN.test(code) ? await api.findService(code) : null;
    if (!service) throw new DomainError('catalogue.service_not_found', { status: 404 });
    return service;
  }

  // An agency's synonyms. The route names the roles; the organization comes from the form and
  // is checked against the viewer's grants (STYLE.md 13).
  async function synonymContext(request: FastifyRequest, wanted: string | undefined) {
    const { viewer, grants } = await api.orgs.requireRole(request, [...SYNONYM_ROLES]);
    const organizations = [
      ...new Map(
        grants.map((g) => [g.organizationId, { id: g.organizationId, name: g.organizationName }]),
      ).values(),
    ];
    const chosen = wanted ? organizations.find((o) => o.id === wanted) : organizations[0];
    if (!chosen) throw new DomainError('request.forbidden', { status: 403 });
    return { viewer, organizations, organizationId: chosen.id };
  }

  async function renderSynonyms(
    reply: FastifyReply,
    context: Awaited<ReturnType<typeof synonymContext>>,
    options: {
      values?: Record<string, string>;
      errors?: (lang: Lang) => Record<string, string>;
      notice?: (lang: Lang) => string;
      status?: number;
    } = {},
  ) {
    const [rows, platformCount] = await Promise.all([
      api.listAgencySynonyms(context.organizationId),
      api.countPlatformSynonyms(),
    ]);
    const synonyms: SynonymListItem[] = rows.map((r) => ({
      id: r.id,
      term: r.term,
      expansions: r.expansions,
    }));
    return reply.render(
      (ctx) => (
        <SynonymsPage
          ctx={ctx}
          organizations={context.organizations}
          organizationId={context.organizationId}
          synonyms={synonyms}
          platformCount={platformCount}
          values={options.values ?? {}}
          errors={options.errors?.(ctx.lang) ?? {}}
          notice={options.notice?.(ctx.lang)}
        />
      ),
      options.status,
    );
  }

  app.get('/services/admin/synonyms', async (request, reply) => {
    const { org } = request.query as { org?: string };
    const context = await synonymContext(request, typeof org === 'string' ? org : undefined);
    return renderSynonyms(reply, context);
  });

  app.post('/services/admin/synonyms', async (request, reply) => {
    const values = formValues(request.body);
    const context = await synonymContext(request, values.organization);
    try {
      const saved = await api.saveAgencySynonym(context.viewer.id, context.organizationId, {
        term: values.term ?? '',
        expansions: (values.expansions ?? '').split(/\r?\n|,/),
      });
      return renderSynonyms(reply, context, {
        notice: (lang) => t(lang, 'catalogue.synonym_saved', { term: saved.term }),
      });
    } catch (error) {
      if (!(error instanceof DomainError) || Object.keys(error.fields).length === 0) throw error;
      return renderSynonyms(reply, context, {
        values,
        errors: (lang) => fieldMessages(error, lang),
        status: 400,
      });
    }
  });

  app.post('/services/admin/synonyms/delete', async (request, reply) => {
    const values = formValues(request.body);
    const context = await synonymContext(request, values.organization);
    const removed = await api.deleteAgencySynonym(
      context.viewer.id,
      context.organizationId,
      values.id ?? '',
    );
    return renderSynonyms(reply, context, {
      notice: (lang) => t(lang, 'catalogue.synonym_deleted', { term: removed.term }),
    });
  });
}

type Links = Pick<Api, 'applyUrl'>;

/** The API's view of a service: both languages, stable field names (docs/services-catalogue.md). */
export function serviceJson(service: CatalogueService, links: Links) {
  return {
    code: service.code,
    url: `/services/${service.code}`,
    name: service.name,
    description: service.description,
    agency: { code: service.agency.code, name: service.agency.name },
    category: service.category,
    channels: service.channels,
    fee: service.fee,
    processingTime: service.processingTime,
    requiredDocuments: service.requiredDocuments,
    eligibility: service.eligibility,
    eService: service.eService,
    externalUrl: service.externalUrl,
    applyUrl: service.eService ? links.applyUrl(service) : null,
    keywords: service.keywords,
  };
}

function searchJson(
  results: SearchResults,
  limit: number,
  offset: number,
  startUrls: ReadonlyArray<string | null>,
) {
  return {
    query: results.q,
    match: results.stage,
    total: results.total,
    limit,
    offset,
    results: results.services.map((s, i) => ({
      code: s.code,
      url: `/services/${s.code}`,
      name: s.name,
      description: s.description,
      agency: { code: s.agency.code, name: s.agency.name },
      category: s.category,
      channels: s.channels,
      eService: s.eService,
      externalUrl: s.externalUrl,
      applyUrl: startUrls[i] ?? null,
      score: Math.round(s.rank * 1000) / 1000,
    })),
    facets: results.facets,
    suggestions: results.suggestions.map((s) => ({ ...s, url: `/services/${s.code}` })),
  };
}
