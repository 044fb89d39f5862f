import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { OrgsApi } from '../orgs/index.ts';
import type { Db } from '../platform/db/database.ts';
import { DomainError } from '../platform/errors.ts';
import { FormError, fieldMessages, formValues } from '../platform/forms.ts';
import { type Lang, t } from '../platform/i18n/index.ts';
import type { JobQueue } from '../platform/jobs.ts';
import { canCreateIn, canEdit, type OrganizationDirectory, type Reader } from './access.ts';
import { computeAwards } from './awards.ts';
import { catalogFields, catalogKeys } from './catalog-metadata.ts';
import type { Catalogue, Upload } from './catalogue.ts';
import { CkanNotAuthorized, CkanNotFound, CkanValidationError } from './ckan-errors.ts';
import type { Community } from './community.ts';
import { loadTypes } from './datastore-types.ts';
import { catalogNode, datasetNode, toJsonLd, toTurtle } from './dcat.ts';
import { isTabular } from './formats.ts';
import { DatasetPage, type PreviewData, ResourcePage } from './pages/dataset.tsx';
import { LoadStatusPage } from './pages/datastore-status.tsx';
import { DatasetFormPage, ResourceFormPage } from './pages/forms.tsx';
import {
  RequestPage,
  RequestsPage,
  type RequestView,
  SurveyPage,
  TokensPage,
} from './pages/requests.tsx';
import { FACET_FIELDS, SearchPage, type SearchState } from './pages/search.tsx';
import type { PackageView } from './pages/ui.tsx';
import { AwardsPage, OrganizationPage, PopularPage } from './pages/usage.tsx';
import { parseSort } from './search-query.ts';
import * as store from './store.ts';
import * as community from './store-community.ts';
import * as ds from './store-datastore.ts';

export interface WebDeps {
  db: Db;
  orgs: OrgsApi;
  orgDir: OrganizationDirectory;
  catalogue: Catalogue;
  community: Community;
  jobs: JobQueue;
  siteUrl: string;
  readerForAccount(accountId: string): Promise<Reader | null>;
  scheduleLoad(resourceId: string, actor: string): Promise<string>;
  createToken(accountId: string, name: string): Promise<string>;
  revokeToken(accountId: string, id: string): Promise<boolean>;
}

const PAGE_SIZE = 20;
const PREVIEW_ROWS = 20;
const DCAT_PAGE_SIZE = 100;

/** Today's date in Thailand, the day usage is counted under. */
export function bangkokDay(at = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(at);
}

function codesToMessages(error: CkanValidationError, lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, { code, params }] of Object.entries(error.codes))
    out[field] = t(lang, code, params);
  for (const [field, value] of Object.entries(error.errors)) {
    if (!(field in out) && Array.isArray(value) && typeof value[0] === 'string')
      out[field] = value[0];
  }
  return out;
}

/**
 * The form's own check (a title is required on the web, as in CKAN's form) together with the
 * API's validation, so the reader sees every problem at once. Null when all is well.
 */
async function formErrors(
  lang: Lang,
  values: Record<string, string>,
  check: () => Promise<void>,
): Promise<Record<string, string> | null> {
  const errors: Record<string, string> = {};
  if (!(values.title ?? '').trim()) errors.title = t(lang, 'opendata.title_required');
  try {
    await check();
  } catch (error) {
    if (!(error instanceof CkanValidationError)) asDomain(error);
    for (const [field, message] of Object.entries(codesToMessages(error, lang))) {
      errors[field] ??= message;
    }
  }
  return Object.keys(errors).length ? errors : null;
}

function asDomain(error: unknown): never {
  if (error instanceof CkanNotFound) throw new DomainError('request.not_found', { status: 404 });
  if (error instanceof CkanNotAuthorized)
    throw new DomainError('request.forbidden', { status: 403 });
  throw error;
}

export async function registerWebRoutes(app: FastifyInstance, deps: WebDeps) {
  const { db, catalogue } = deps;

  async function readerOf(request: FastifyRequest): Promise<Reader | null> {
    const viewer = await request.getViewer();
    return viewer ? deps.readerForAccount(viewer.id) : null;
  }

  async function requireReader(request: FastifyRequest): Promise<Reader> {
    const reader = await readerOf(request);
    if (!reader) throw new DomainError('request.sign_in_required', { status: 401 });
    return reader;
  }

  async function count(datasetId: string, resourceId: string | null, event: 'view' | 'download') {
    await community.countUsage(db, { day: bangkokDay(), datasetId, resourceId, event });
  }

  async function publisherOrganizations(reader: Reader) {
    const all = (await deps.orgDir.list()).filter((o) => o.kind !== 'company');
    return all
      .filter((o) => canCreateIn(reader, o.id))
      .map((o) => ({ id: o.id, title: o.name_th }));
  }

  // --- search -----------------------------------------------------------------------------------

  app.get('/data', async (request, reply) => {
    const query = request.query as Record<string, string | string[] | undefined>;
    const list = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);
    const state: SearchState = {
      q: typeof query.q === 'string' ? query.q.slice(0, 500) : '',
      filters: FACET_FIELDS.flatMap((field) =>
        list(query[field]).map((value) => ({ field, value })),
      ),
      page: Math.max(1, Math.min(500, Number.parseInt(String(query.page ?? '1'), 10) || 1)),
    };
    const reader = await readerOf(request);
    const fq = state.filters.map((f) => `${f.field}:${JSON.stringify(f.value)}`).join(' AND ');
    const result = await catalogue.search(reader, {
      q: state.q,
      fq: fq ? [fq] : [],
      rows: PAGE_SIZE,
      start: (state.page - 1) * PAGE_SIZE,
      sort: parseSort(state.q ? 'score desc, metadata_modified desc' : 'metadata_modified desc')!,
      facetFields: [...FACET_FIELDS],
      facetLimit: 50,
      facetMincount: 1,
      includePrivate: !!reader,
      includeDrafts: false,
      includeDeleted: false,
    });
    // The page lists facet values by count (CKAN's API sorts them by name, descending).
    const facets: Record<string, Array<{ name: string; display_name: string; count: number }>> = {};
    for (const field of FACET_FIELDS) {
      facets[field] = [...(result.searchFacets[field]?.items ?? [])].sort(
        (a, b) => b.count - a.count || a.display_name.localeCompare(b.display_name, 'th'),
      );
    }
    return reply.render((ctx) => (
      <SearchPage
        ctx={ctx}
        state={state}
        count={result.count}
        results={result.results as unknown as PackageView[]}
        facets={facets}
        pageSize={PAGE_SIZE}
        canPublish={!!reader && (reader.sysadmin || reader.publisherOf.size > 0)}
      />
    ));
  });

  // --- DCAT -------------------------------------------------------------------------------------

  async function catalogPage(request: FastifyRequest) {
    const page = Math.max(
      1,
      Number.parseInt(String((request.query as { page?: string }).page ?? '1'), 10) || 1,
    );
    const ids = await store.listPublicDatasetIds(db, {
      limit: DCAT_PAGE_SIZE,
      offset: (page - 1) * DCAT_PAGE_SIZE,
    });
    const rows = await store.findDatasetsByIds(db, ids);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const dicts = await catalogue.dictsOf(ids.map((id) => byId.get(id)!).filter(Boolean));
    const total = await store.countPublicDatasets(db);
    return catalogNode(dicts, deps.siteUrl, { page, pageSize: DCAT_PAGE_SIZE, total });
  }
  app.get('/data/catalog.jsonld', async (request, reply) =>
    reply
      .type('application/ld+json; charset=utf-8')
      .send(JSON.stringify(toJsonLd(await catalogPage(request)))),
  );
  app.get('/data/catalog.ttl', async (request, reply) =>
    reply.type('text/turtle; charset=utf-8').send(toTurtle(await catalogPage(request))),
  );

  // --- datasets ---------------------------------------------------------------------------------

  app.get('/data/dataset/:name', async (request, reply) => {
    const { name } = request.params as { name: string };
    const reader = await readerOf(request);
    const dcat = /^(.+)\.(jsonld|ttl)$/.exec(name);
    if (dcat) {
      const pkg = await catalogue.showPackage(reader, dcat[1]!).catch(asDomain);
      const node = datasetNode(pkg, deps.siteUrl);
      return dcat[2] === 'jsonld'
        ? reply.type('application/ld+json; charset=utf-8').send(JSON.stringify(toJsonLd(node)))
        : reply.type('text/turtle; charset=utf-8').send(toTurtle(node));
    }
    const row = await catalogue.findReadable(reader, name).catch(asDomain);
    const [pkg] = await catalogue.dictsOf([row]);
    if (row.state === 'active' && !row.private) await count(row.id, null, 'view');
    const usage = await community.usageOfDataset(db, row.id);
    const { created } = request.query as { created?: string };
    return reply.render((ctx) => (
      <DatasetPage
        ctx={ctx}
        pkg={pkg as unknown as PackageView}
        canEdit={canEdit(reader, row)}
        usage={usage}
        {...(created ? { notice: ctx.lang === 'th' ? 'บันทึกแล้ว' : 'Saved' } : {})}
      />
    ));
  });

  function datasetFormValues(pkg: PackageView): {
    values: Record<string, string>;
    groups: string[];
  } {
    const values: Record<string, string> = {
      title: pkg.title ?? '',
      name: pkg.name,
      notes: pkg.notes ?? '',
      owner_org: pkg.organization?.id ?? '',
      license_id: pkg.license_id ?? '',
      tag_string: pkg.tags.map((x) => x.name).join(', '),
      private: pkg.private ? 'true' : '',
      maintainer: pkg.maintainer ?? '',
      maintainer_email: pkg.maintainer_email ?? '',
      url: pkg.url ?? '',
      version: pkg.version ?? '',
    };
    for (const e of pkg.extras) if (catalogKeys.has(e.key)) values[e.key] = e.value;
    return { values, groups: pkg.groups.map((g) => g.name) };
  }

  function datasetDataFromForm(values: Record<string, string>, groups: string[]) {
    const data: Record<string, unknown> = {
      name: values.name ?? '',
      title: values.title ?? '',
      notes: values.notes ?? '',
      owner_org: values.owner_org ?? '',
      license_id: values.license_id || null,
      tag_string: values.tag_string ?? '',
      private: values.private === 'on' || values.private === 'true',
      maintainer: values.maintainer || null,
      maintainer_email: values.maintainer_email || null,
      url: values.url || null,
      version: values.version || null,
      groups: groups.filter((g) => values[`group_${g}`] === 'on').map((name) => ({ name })),
    };
    for (const f of catalogFields) data[f.key] = values[f.key] ?? '';
    return data;
  }

  async function renderDatasetForm(
    reply: FastifyReply,
    reader: Reader,
    props: {
      mode: 'new' | 'edit';
      datasetName?: string;
      values: Record<string, string>;
      groups: string[];
      errors?: Record<string, string>;
    },
    status = 200,
  ) {
    const organizations = await publisherOrganizations(reader);
    const groups = (await store.listGroups(db)).map((g) => ({
      name: g.name,
      title: g.title || g.name,
    }));
    return reply.render(
      (ctx) => (
        <DatasetFormPage
          ctx={ctx}
          mode={props.mode}
          {...(props.datasetName ? { datasetName: props.datasetName } : {})}
          values={props.values}
          groupsChecked={props.groups}
          errors={props.errors ?? {}}
          organizations={organizations}
          groups={groups}
        />
      ),
      status,
    );
  }

  app.get('/data/new', async (request, reply) => {
    await deps.orgs.requireRole(request, ['publisher', 'platform_admin']);
    const reader = await requireReader(request);
    const orgs = await publisherOrganizations(reader);
    return renderDatasetForm(reply, reader, {
      mode: 'new',
      values: { owner_org: orgs[0]?.id ?? '', data_classification: 'public' },
      groups: [],
    });
  });

  app.post('/data/new', async (request, reply) => {
    await deps.orgs.requireRole(request, ['publisher', 'platform_admin']);
    const reader = await requireReader(request);
    const values = formValues(request.body);
    const groups = (await store.listGroups(db)).map((g) => g.name);
    const checked = groups.filter((g) => values[`group_${g}`] === 'on');
    const data = datasetDataFromForm(values, groups);
    const errors = await formErrors(request.lang, values, () =>
      catalogue.checkPackage(reader, data, null),
    );
    if (!errors) {
      try {
        const pkg = await catalogue.createPackage(reader, data);
        return reply.redirect(`/data/dataset/${pkg.name as string}/resource/new`, 303);
      } catch (error) {
        if (!(error instanceof CkanValidationError)) asDomain(error);
        return renderDatasetForm(
          reply,
          reader,
          { mode: 'new', values, groups: checked, errors: codesToMessages(error, request.lang) },
          400,
        );
      }
    }
    return renderDatasetForm(reply, reader, { mode: 'new', values, groups: checked, errors }, 400);
  });

  app.get('/data/dataset/:name/edit', async (request, reply) => {
    const { name } = request.params as { name: string };
    const reader = await requireReader(request);
    const row = await catalogue.findReadable(reader, name).catch(asDomain);
    if (!canEdit(reader, row)) throw new DomainError('request.forbidden', { status: 403 });
    const [pkg] = await catalogue.dictsOf([row]);
    const { values, groups } = datasetFormValues(pkg as unknown as PackageView);
    return renderDatasetForm(reply, reader, {
      mode: 'edit',
      datasetName: row.name,
      values,
      groups,
    });
  });

  app.post('/data/dataset/:name/edit', async (request, reply) => {
    const { name } = request.params as { name: string };
    const reader = await requireReader(request);
    const row = await catalogue.findReadable(reader, name).catch(asDomain);
    if (!canEdit(reader, row)) throw new DomainError('request.forbidden', { status: 403 });
    const values = formValues(request.body);
    const groups = (await store.listGroups(db)).map((g) => g.name);
    const data = datasetDataFromForm(values, groups);
    // The form shows no free extras: keep them (package_update would clear them otherwise).
    data.extras = Object.entries(row.extras).map(([key, value]) => ({ key, value }));
    data.id = row.id;
    const checked = groups.filter((g) => values[`group_${g}`] === 'on');
    let errors = await formErrors(request.lang, values, () =>
      catalogue.checkPackage(reader, data, row),
    );
    if (!errors) {
      try {
        const pkg = await catalogue.updatePackage(reader, data);
        return reply.redirect(`/data/dataset/${pkg.name as string}?created=1`, 303);
      } catch (error) {
        if (!(error instanceof CkanValidationError)) asDomain(error);
        errors = codesToMessages(error, request.lang);
      }
    }
    return renderDatasetForm(
      reply,
      reader,
      { mode: 'edit', datasetName: row.name, values, groups: checked, errors },
      400,
    );
  });

  // --- resources --------------------------------------------------------------------------------

  app.get('/data/dataset/:name/resource/new', async (request, reply) => {
    const { name } = request.params as { name: string };
    const reader = await requireReader(request);
    const row = await catalogue.findReadable(reader, name).catch(asDomain);
    if (!canEdit(reader, row)) throw new DomainError('request.forbidden', { status: 403 });
    return reply.render((ctx) => (
      <ResourceFormPage
        ctx={ctx}
        datasetName={row.name}
        datasetTitle={row.title ?? row.name}
        values={{}}
        errors={{}}
      />
    ));
  });

  app.post('/data/dataset/:name/resource/new', async (request, reply) => {
    const { name } = request.params as { name: string };
    const reader = await requireReader(request);
    const row = await catalogue.findReadable(reader, name).catch(asDomain);
    if (!canEdit(reader, row)) throw new DomainError('request.forbidden', { status: 403 });
    const values = formValues(request.body);
    const part = (request.body as Record<string, unknown> | undefined)?.upload as
      | { type?: string; filename?: string; mimetype?: string; toBuffer?: () => Promise<Buffer> }
      | undefined;
    let upload: Upload | null = null;
    if (part?.type === 'file' && part.filename && part.toBuffer) {
      const content = await part.toBuffer();
      if (content.length > 0)
        upload = { fileName: part.filename, content, mimetype: part.mimetype ?? '' };
    }
    const url = (values.url ?? '').trim();
    const errors: Record<string, string> = {};
    if (!upload && !url) errors.upload = t(request.lang, 'opendata.file_required');
    else if (!upload && !/^https?:\/\//i.test(url))
      errors.url = t(request.lang, 'opendata.url_scheme');
    if (Object.keys(errors).length === 0) {
      try {
        const resource = await catalogue.createResource(
          reader,
          {
            package_id: row.id,
            name: values.name || null,
            description: values.description || null,
            format: values.format || null,
            url: upload ? '' : url,
          },
          upload,
        );
        const tabular = upload && isTabular(String(resource.format ?? ''));
        return reply.redirect(
          tabular
            ? `/data/dataset/${row.name}/resource/${resource.id as string}/datastore`
            : `/data/dataset/${row.name}?created=1`,
          303,
        );
      } catch (error) {
        if (!(error instanceof CkanValidationError)) asDomain(error);
        Object.assign(errors, codesToMessages(error, request.lang));
      }
    }
    return reply.render(
      (ctx) => (
        <ResourceFormPage
          ctx={ctx}
          datasetName={row.name}
          datasetTitle={row.title ?? row.name}
          values={values}
          errors={errors}
        />
      ),
      400,
    );
  });

  async function readableResource(
    request: FastifyRequest,
    datasetName: string,
    resourceId: string,
  ) {
    const reader = await readerOf(request);
    const { resource, dataset } = await catalogue.showResource(reader, resourceId).catch(asDomain);
    if (dataset.name !== datasetName && dataset.id !== datasetName) {
      throw new DomainError('request.not_found', { status: 404 });
    }
    return { reader, resource, dataset };
  }

  async function preview(resourceId: string): Promise<PreviewData | null> {
    if (!(await ds.tableExists(db, resourceId))) return null;
    const columns = (await ds.tableColumns(db, resourceId)).filter((c) => c.id !== '_id');
    const info = await ds.findTableInfo(db, resourceId);
    const labels = new Map(
      (info?.fields ?? []).map((f) => [f.id, f.info?.label as string | undefined]),
    );
    const rows = await ds.previewRows(
      db,
      resourceId,
      columns.map((c) => c.id),
      PREVIEW_ROWS,
    );
    const numeric = columns.find((c) =>
      ['int4', 'int8', 'numeric', 'float8', 'float4', 'int2'].includes(c.type),
    );
    const labelColumn =
      columns.find((c) => c.type === 'text') ?? columns.find((c) => c !== numeric);
    let chart: PreviewData['chart'] = null;
    if (numeric && labelColumn) {
      const items = await ds.chartRows(db, resourceId, labelColumn.id, numeric.id, PREVIEW_ROWS);
      if (items.length > 0) {
        chart = {
          label: labels.get(labelColumn.id) ?? labelColumn.id,
          value: labels.get(numeric.id) ?? numeric.id,
          items,
        };
      }
    }
    return {
      fields: columns.map((c) => ({
        ...c,
        ...(labels.get(c.id) ? { label: labels.get(c.id)! } : {}),
      })),
      rows,
      total: info?.row_count ?? rows.length,
      chart,
    };
  }

  app.get('/data/dataset/:name/resource/:rid', async (request, reply) => {
    const { name, rid } = request.params as { name: string; rid: string };
    const { reader, resource, dataset } = await readableResource(request, name, rid);
    const [pkg] = await catalogue.dictsOf([dataset]);
    const view = (pkg as unknown as PackageView).resources.find((r) => r.id === resource.id)!;
    if (dataset.state === 'active' && !dataset.private)
      await count(dataset.id, resource.id, 'view');
    const data = resource.datastore_active ? await preview(resource.id) : null;
    const load = await ds.latestLoad(db, resource.id);
    return reply.render((ctx) => (
      <ResourcePage
        ctx={ctx}
        pkg={pkg as unknown as PackageView}
        resource={view}
        preview={data}
        load={load}
        canEdit={canEdit(reader, dataset)}
      />
    ));
  });

  app.get('/data/dataset/:name/resource/:rid/datastore', async (request, reply) => {
    const { name, rid } = request.params as { name: string; rid: string };
    const { reader, resource, dataset } = await readableResource(request, name, rid);
    if (!reader) throw new DomainError('request.sign_in_required', { status: 401 });
    if (!canEdit(reader, dataset)) throw new DomainError('request.forbidden', { status: 403 });
    const load = await ds.latestLoad(db, resource.id);
    const job = load?.job_id ? await deps.jobs.find(load.job_id) : null;
    const info = await ds.findTableInfo(db, resource.id);
    const overrides: Record<string, string> = {};
    for (const f of info?.fields ?? []) {
      if (typeof f.info?.type_override === 'string') overrides[f.id] = f.info.type_override;
    }
    return reply.render((ctx) => (
      <LoadStatusPage
        ctx={ctx}
        datasetName={dataset.name}
        datasetTitle={dataset.title ?? dataset.name}
        resourceId={resource.id}
        resourceName={resource.name ?? resource.id}
        load={load}
        job={
          job
            ? {
                state: job.state,
                progress: job.progress as { done?: number; total?: number } | null,
              }
            : null
        }
        overrides={overrides}
      />
    ));
  });

  app.post('/data/dataset/:name/resource/:rid/datastore', async (request, reply) => {
    const { name, rid } = request.params as { name: string; rid: string };
    const { reader, resource, dataset } = await readableResource(request, name, rid);
    if (!reader) throw new DomainError('request.sign_in_required', { status: 401 });
    if (!canEdit(reader, dataset)) throw new DomainError('request.forbidden', { status: 403 });
    const values = formValues(request.body);
    const chosen = new Map<string, string>();
    for (const [key, column] of Object.entries(values)) {
      const m = /^column_(\d+)$/.exec(key);
      if (!m) continue;
      const type = values[`type_${m[1]}`] ?? '';
      if (type && !(loadTypes as readonly string[]).includes(type)) {
        throw new DomainError('form.invalid_choice', { status: 400, params: { label: column } });
      }
      chosen.set(column, type);
    }
    const info = await ds.findTableInfo(db, resource.id);
    const byId = new Map((info?.fields ?? []).map((f) => [f.id, f]));
    for (const [column, type] of chosen) {
      const field = byId.get(column) ?? { id: column, type: 'text' };
      const { type_override: _old, ...rest } = field.info ?? {};
      byId.set(column, { ...field, info: { ...rest, ...(type ? { type_override: type } : {}) } });
    }
    await db.transaction().execute(async (trx) => {
      await ds.saveTableInfo(trx, {
        resource_id: resource.id,
        fields: [...byId.values()],
        primary_key: info?.primary_key ?? [],
        writable: info?.writable ?? false,
        row_count: info?.row_count ?? 0,
      });
    });
    await deps.scheduleLoad(resource.id, reader.accountId);
    return reply.redirect(`/data/dataset/${dataset.name}/resource/${resource.id}/datastore`, 303);
  });

  // CKAN's download URL for uploads (ckan/views/resource.py `download`).
  app.get('/dataset/:id/resource/:rid/download/:file', async (request, reply) => {
    const { rid } = request.params as { id: string; rid: string };
    const reader = await readerOf(request);
    const { resource, dataset } = await catalogue.showResource(reader, rid).catch(asDomain);
    const file = await store.findResourceFile(db, resource.id);
    if (!file) throw new DomainError('request.not_found', { status: 404 });
    await count(dataset.id, resource.id, 'download');
    // Always an attachment: an uploaded HTML or SVG file must never run in the site's origin.
    return reply
      .type(
        resource.mimetype && !/html|svg|xml|javascript/i.test(resource.mimetype)
          ? resource.mimetype
          : 'application/octet-stream',
      )
      .header(
        'content-disposition',
        `attachment; filename*=UTF-8''${encodeURIComponent(file.file_name)}`,
      )
      .header('cache-control', dataset.private ? 'private, no-store' : 'public, max-age=300')
      .send(file.content);
  });

  // CKAN's datastore dump (ckanext/datastore/blueprint.py): the whole table as CSV with _id.
  app.get('/datastore/dump/:rid', async (request, reply) => {
    const { rid } = request.params as { rid: string };
    const reader = await readerOf(request);
    const { resource, dataset } = await catalogue.showResource(reader, rid).catch(asDomain);
    if (!(await ds.tableExists(db, resource.id)))
      throw new DomainError('request.not_found', { status: 404 });
    const columns = (await ds.tableColumns(db, resource.id))
      .map((c) => c.id)
      .filter((c) => c !== '_id');
    const bom = (request.query as { bom?: string }).bom === 'true';
    await count(dataset.id, resource.id, 'download');
    const field = (v: unknown) => {
      if (v === null || v === undefined) return '';
      const s =
        v instanceof Date ? v.toISOString() : typeof v === 'object' ? JSON.stringify(v) : String(v);
      return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
    };
    async function* csv() {
      // A byte-order mark lets spreadsheet programs read the Thai text as UTF-8.
      yield `${bom ? '\uFEFF' : ''}${['_id', ...columns].map(field).join(',')}\r\n`;
      for await (const rows of ds.dumpRows(db, resource.id, columns)) {
        yield rows
          .map((r) => `${['_id', ...columns].map((c) => field(r[c])).join(',')}\r\n`)
          .join('');
      }
    }
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${resource.id}.csv"`)
      .send(Readable.from(csv()));
  });

  // --- use and participation ----------------------------------------------------------------------

  app.get('/data/popular', async (request, reply) => {
    const days = (request.query as { days?: string }).days === '365' ? 365 : 30;
    const to = new Date();
    const from = new Date(to.getTime() - (days - 1) * 86_400_000);
    const usage = await community.usageByDataset(db, {
      from: bangkokDay(from),
      to: bangkokDay(to),
      limit: 50,
    });
    const rows = await store.findDatasetsByIds(
      db,
      usage.map((u) => u.dataset_id),
    );
    const orgs = await deps.orgDir.findMany(
      rows.map((r) => r.owner_org).filter((x): x is string => !!x),
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    const list = usage
      .map((u) => {
        const r = byId.get(u.dataset_id);
        if (!r) return null;
        return {
          name: r.name,
          title: r.title ?? r.name,
          organization: r.owner_org ? (orgs.get(r.owner_org)?.name_th ?? '') : '',
          views: u.views,
          downloads: u.downloads,
        };
      })
      .filter((x): x is NonNullable<typeof x> => !!x);
    return reply.render((ctx) => <PopularPage ctx={ctx} days={days} rows={list} />);
  });

  app.get('/data/organization/:code', async (request, reply) => {
    const { code } = request.params as { code: string };
    const org = await deps.orgDir.find(code);
    if (!org || org.kind === 'company') throw new DomainError('request.not_found', { status: 404 });
    const reader = await readerOf(request);
    const result = await catalogue.search(reader, {
      q: '',
      fq: [`owner_org:${org.id}`],
      rows: 12,
      start: 0,
      sort: parseSort('metadata_modified desc')!,
      facetFields: [],
      facetLimit: 0,
      facetMincount: 1,
      includePrivate: !!reader,
      includeDrafts: false,
      includeDeleted: false,
    });
    const to = new Date();
    const from = new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth() - 11, 1));
    const months = await community.usageByMonth(db, {
      from: bangkokDay(from),
      to: bangkokDay(to),
      organizationId: org.id,
    });
    const top = await community.usageByDataset(db, {
      from: bangkokDay(from),
      to: bangkokDay(to),
      limit: 10,
      organizationId: org.id,
    });
    const topRows = new Map(
      (
        await store.findDatasetsByIds(
          db,
          top.map((x) => x.dataset_id),
        )
      ).map((r) => [r.id, r]),
    );
    return reply.render((ctx) => (
      <OrganizationPage
        ctx={ctx}
        organization={{
          code: org.code,
          title: ctx.lang === 'th' ? org.name_th : org.name_en,
          titleOther: ctx.lang === 'th' ? org.name_en : org.name_th,
        }}
        datasets={result.results as unknown as PackageView[]}
        count={result.count}
        months={months}
        top={top.map((x) => ({
          name: topRows.get(x.dataset_id)?.name ?? '',
          title: topRows.get(x.dataset_id)?.title ?? '',
          views: x.views,
          downloads: x.downloads,
        }))}
      />
    ));
  });

  async function requestViews(
    rows: community.DataRequestRow[],
    reader: Reader | null,
  ): Promise<RequestView[]> {
    const orgs = await deps.orgDir.findMany(
      rows.map((r) => r.organization_id).filter((x): x is string => !!x),
    );
    const datasets = new Map(
      (
        await store.findDatasetsByIds(
          db,
          rows.map((r) => r.dataset_id).filter((x): x is string => !!x),
        )
      ).map((d) => [d.id, d]),
    );
    const out: RequestView[] = [];
    for (const r of rows) {
      const d = r.dataset_id ? datasets.get(r.dataset_id) : undefined;
      out.push({
        ...r,
        organizationTitle: r.organization_id ? (orgs.get(r.organization_id)?.name_th ?? '') : '',
        datasetName: d?.name ?? null,
        datasetTitle: d?.title ?? null,
        voted: reader ? await community.hasVoted(db, r.id, reader.accountId) : false,
      });
    }
    return out;
  }

  async function renderRequests(
    request: FastifyRequest,
    reply: FastifyReply,
    extra: {
      values?: Record<string, string>;
      errors?: Record<string, string>;
      notice?: string;
    } = {},
    status = 200,
  ) {
    const reader = await readerOf(request);
    const rows = await community.listDataRequests(db, { limit: 100 });
    const views = await requestViews(rows, reader);
    const organizations = (await deps.orgDir.list())
      .filter((o) => o.kind !== 'company')
      .map((o) => ({ id: o.id, title: o.name_th }));
    return reply.render(
      (ctx) => (
        <RequestsPage
          ctx={ctx}
          requests={views}
          organizations={organizations}
          signedIn={!!reader}
          values={extra.values ?? {}}
          errors={extra.errors ?? {}}
          {...(extra.notice ? { notice: extra.notice } : {})}
        />
      ),
      status,
    );
  }

  app.get('/data/requests', async (request, reply) => {
    const { sent } = request.query as { sent?: string };
    return renderRequests(
      request,
      reply,
      sent ? { notice: request.lang === 'th' ? 'ส่งคำขอแล้ว' : 'Request sent' } : {},
    );
  });

  app.post('/data/requests', async (request, reply) => {
    const reader = await requireReader(request);
    const values = formValues(request.body);
    try {
      const row = await deps.community.createRequest(reader, values);
      return reply.redirect(`/data/requests/${row.id}?sent=1`, 303);
    } catch (error) {
      if (!(error instanceof FormError)) throw error;
      return renderRequests(
        request,
        reply,
        { values, errors: fieldMessages(error, request.lang) },
        400,
      );
    }
  });

  async function renderRequest(
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    extra: {
      values?: Record<string, string>;
      errors?: Record<string, string>;
      notice?: string;
    } = {},
    status = 200,
  ) {
    const reader = await readerOf(request);
    const row = await community.findDataRequest(db, id);
    if (!row) throw new DomainError('request.not_found', { status: 404 });
    const [view] = await requestViews([row], reader);
    return reply.render(
      (ctx) => (
        <RequestPage
          ctx={ctx}
          request={view!}
          signedIn={!!reader}
          canAnswer={deps.community.mayAnswer(reader, row)}
          values={extra.values ?? {}}
          errors={extra.errors ?? {}}
          {...(extra.notice ? { notice: extra.notice } : {})}
        />
      ),
      status,
    );
  }

  app.get('/data/requests/:id', async (request, reply) => {
    const { id } = request.params as { id: string };
    const q = request.query as { sent?: string; voted?: string; answered?: string };
    const th = request.lang === 'th';
    const notice = q.sent
      ? th
        ? 'ส่งคำขอแล้ว'
        : 'Request sent'
      : q.voted
        ? th
          ? 'บันทึกการโหวตแล้ว'
          : 'Your vote is counted'
        : q.answered
          ? th
            ? 'บันทึกคำตอบแล้ว'
            : 'Answer saved'
          : undefined;
    return renderRequest(request, reply, id, notice ? { notice } : {});
  });

  app.post('/data/requests/:id/vote', async (request, reply) => {
    const { id } = request.params as { id: string };
    const reader = await requireReader(request);
    await deps.community.vote(reader, id);
    return reply.redirect(`/data/requests/${id}?voted=1`, 303);
  });

  app.post('/data/requests/:id/answer', async (request, reply) => {
    const { id } = request.params as { id: string };
    const reader = await requireReader(request);
    const values = formValues(request.body);
    try {
      await deps.community.answer(reader, id, values);
      return reply.redirect(`/data/requests/${id}?answered=1`, 303);
    } catch (error) {
      if (!(error instanceof FormError)) throw error;
      return renderRequest(
        request,
        reply,
        id,
        { values, errors: fieldMessages(error, request.lang) },
        400,
      );
    }
  });

  app.get('/data/requests/survey/:year', async (request, reply) => {
    const year = readYear((request.params as { year: string }).year);
    if (year.redirect) return reply.redirect(`/data/requests/survey/${year.value}`, 301);
    const reader = await readerOf(request);
    const survey = await deps.community.survey(year.value);
    const views = await requestViews(survey.requests.slice(0, 50), reader);
    const orgs = await deps.orgDir.findMany([...survey.byOrganization.keys()].filter(Boolean));
    const byOrganization = [...survey.byOrganization.entries()]
      .map(([id, v]) => ({ title: orgs.get(id)?.name_th ?? '—', ...v }))
      .sort((a, b) => b.votes - a.votes || b.requests - a.requests);
    return reply.render((ctx) => (
      <SurveyPage ctx={ctx} year={year.value} requests={views} byOrganization={byOrganization} />
    ));
  });

  function readYear(raw: string): { value: number; redirect: boolean } {
    if (!/^\d{4}$/.test(raw)) throw new DomainError('request.not_found', { status: 404 });
    const n = Number(raw);
    // Thai readers write Buddhist-era years: /data/awards/2567 is 2024.
    if (n >= 2400) return { value: n - 543, redirect: true };
    if (n < 2000 || n > 2200) throw new DomainError('request.not_found', { status: 404 });
    return { value: n, redirect: false };
  }

  app.get('/data/awards', async (_request, reply) =>
    reply.redirect(`/data/awards/${new Date().getUTCFullYear()}`, 302),
  );

  app.get('/data/awards/:year', async (request, reply) => {
    const year = readYear((request.params as { year: string }).year);
    if (year.redirect) return reply.redirect(`/data/awards/${year.value}`, 301);
    const awards = await computeAwards(db, year.value);
    const all = [...awards.popular, ...awards.requests, ...awards.valuable].map((e) => e.dataset);
    const orgs = await deps.orgDir.findMany(
      all.map((d) => d.owner_org).filter((x): x is string => !!x),
    );
    const titles = new Map(
      all.map((d) => [
        d.id,
        {
          title: d.title ?? d.name,
          organization: d.owner_org ? (orgs.get(d.owner_org)?.name_th ?? '') : '',
        },
      ]),
    );
    const now = new Date().getUTCFullYear();
    return reply.render((ctx) => (
      <AwardsPage ctx={ctx} awards={awards} titles={titles} years={[now - 2, now - 1, now]} />
    ));
  });

  // --- API tokens -------------------------------------------------------------------------------

  async function renderTokens(
    reply: FastifyReply,
    reader: Reader,
    extra: { newToken?: string; errors?: Record<string, string> },
    status = 200,
  ) {
    const tokens = await community.listTokens(db, reader.accountId);
    return reply.render(
      (ctx) => (
        <TokensPage
          ctx={ctx}
          tokens={tokens}
          errors={extra.errors ?? {}}
          {...(extra.newToken ? { newToken: extra.newToken } : {})}
        />
      ),
      status,
    );
  }

  app.get('/data/tokens', async (request, reply) =>
    renderTokens(reply, await requireReader(request), {}),
  );

  app.post('/data/tokens', async (request, reply) => {
    const reader = await requireReader(request);
    const name = (formValues(request.body).name ?? '').trim().slice(0, 100);
    if (!name) {
      return renderTokens(
        reply,
        reader,
        { errors: { name: t(request.lang, 'opendata.token_name_required') } },
        400,
      );
    }
    const token = await deps.createToken(reader.accountId, name);
    reply.header('cache-control', 'no-store');
    return renderTokens(reply, reader, { newToken: token });
  });

  app.post('/data/tokens/:id/revoke', async (request, reply) => {
    const reader = await requireReader(request);
    const { id } = request.params as { id: string };
    await deps.revokeToken(reader.accountId, id);
    return reply.redirect('/data/tokens', 303);
  });
}
