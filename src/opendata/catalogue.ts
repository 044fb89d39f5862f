import { createHash } from 'node:crypto';
import type { OrganizationRow } from '../orgs/index.ts';
import { appendAudit } from '../platform/audit.ts';
import type { Db } from '../platform/db/database.ts';
import {
  canCreateIn,
  canEdit,
  canRead,
  type OrganizationDirectory,
  type Reader,
  userName,
} from './access.ts';
import { type CatalogMetadata, emptyCatalogMetadata } from './catalog-metadata.ts';
import { type DatasetParts, groupSummary, packageDict, resourceDict } from './ckan-dictize.ts';
import {
  CkanNotAuthorized,
  CkanNotFound,
  CkanSearchQueryError,
  CkanValidationError,
  type ErrorDict,
} from './ckan-errors.ts';
import {
  checkMergedPackage,
  type PackageInput,
  Problems,
  packageScalarFields,
  type ResourceInput,
  validatePackage,
  validateResource,
} from './ckan-validate.ts';
import { cleanFormat, guessFormat, guessMimetype, isTabular } from './formats.ts';
import { findLicense } from './licenses.ts';
import { ckanMessage } from './messages.ts';
import { type FilterNode, parseFilter, QuerySyntaxError, splitQuery } from './search-query.ts';
import { datasetSearchDocument, datasetTextQuery } from './search-text.ts';
import type { DatasetRow, GroupRow, ResourceRow } from './store.ts';
import * as store from './store.ts';

export interface Upload {
  fileName: string;
  content: Buffer;
  mimetype?: string;
}

export interface CatalogueDeps {
  db: Db;
  siteUrl: string;
  orgDir: OrganizationDirectory;
  /** Queues a datastore load for an uploaded table, inside the caller's transaction. */
  scheduleLoad(executor: Db, resourceId: string, actor: string): Promise<void>;
  dropDatastoreTable(executor: Db, resourceId: string): Promise<void>;
}

export interface SearchOptions {
  q: string;
  fq: string[];
  rows: number;
  start: number;
  sort: Array<{ field: string; dir: 'asc' | 'desc' }>;
  facetFields: string[];
  facetLimit: number;
  facetMincount: number;
  includePrivate: boolean;
  includeDrafts: boolean;
  includeDeleted: boolean;
}

export interface FacetItem {
  name: string;
  display_name: string;
  count: number;
}

export const FACETABLE = new Set([
  'tags',
  'groups',
  'res_format',
  'license_id',
  'organization',
  'data_type',
]);

const unique = (e: unknown) => (e as { code?: string })?.code === '23505';

/**
 * The catalogue: datasets, resources, groups and tags, with CKAN's rules for who may see and
 * change what. The CKAN API (ckan-actions.ts) and the web pages (routes.tsx) both call these,
 * so a dataset made in the browser and one made through the API are the same thing.
 */
export function createCatalogue(deps: CatalogueDeps) {
  const { db, orgDir } = deps;

  async function partsOf(rows: readonly DatasetRow[]): Promise<Map<string, DatasetParts>> {
    const ids = rows.map((r) => r.id);
    const [resources, tags, groups, orgs] = await Promise.all([
      store.listResourcesOf(db, ids),
      store.listTagsOf(db, ids),
      store.listGroupsOf(db, ids),
      orgDir.findMany(rows.map((r) => r.owner_org).filter((x): x is string => !!x)),
    ]);
    const out = new Map<string, DatasetParts>();
    for (const r of rows) {
      out.set(r.id, {
        resources: resources.filter((x) => x.package_id === r.id),
        tags: tags.filter((x) => x.dataset_id === r.id),
        groups: groups.filter((x) => x.dataset_id === r.id),
        organization: r.owner_org ? (orgs.get(r.owner_org) ?? null) : null,
      });
    }
    return out;
  }

  async function dictsOf(rows: readonly DatasetRow[]): Promise<Record<string, unknown>[]> {
    const parts = await partsOf(rows);
    return rows.map((r) => packageDict(r, parts.get(r.id)!, deps.siteUrl));
  }

  /** Rebuilds a dataset's search columns from what is stored, inside the writing transaction. */
  /** Rebuilds a dataset's search columns from what is stored, inside the writing transaction. */
  async function reindex(trx: Db, id: string, organization: OrganizationRow | null) {
    const [row] = await store.findDatasetsByIds(trx, [id]);
    if (!row) return;
    const [resources, tags, groups] = await Promise.all([
      store.listResourcesOf(trx, [id]),
      store.listTagsOf(trx, [id]),
      store.listGroupsOf(trx, [id]),
    ]);
    await store.writeSearchIndex(
      trx,
      id,
      searchColumns(
        row,
        tags.map((t) => t.name),
        groups,
        resources,
        organization,
      ),
    );
  }

  async function findReadable(reader: Reader | null, idOrName: string): Promise<DatasetRow> {
    const row = await store.findDatasetByIdOrName(db, idOrName);
    if (!row) throw new CkanNotFound();
    if (!canRead(reader, row)) {
      throw new CkanNotAuthorized(
        `User ${userName(reader)} not authorized to read package ${row.id}`,
      );
    }
    return row;
  }

  function validationContext(
    reader: Reader | null,
    mode: 'create' | 'update',
    existing: DatasetRow | null,
  ) {
    return {
      mode,
      sysadmin: reader?.sysadmin ?? false,
      currentOwnerOrg: existing?.owner_org ?? null,
      exceptId: existing?.id ?? null,
      findOrganization: async (ref: string) => (await orgDir.find(ref))?.id ?? null,
      mayCreateIn: (orgId: string) => canCreateIn(reader, orgId),
      nameInUse: (name: string, exceptId: string | null) =>
        store.datasetNameInUse(db, name, exceptId),
      datasetIdExists: (id: string) => store.datasetIdExists(db, id),
    };
  }

  function scalarValues(input: PackageInput) {
    const out: Record<string, string | null> = {};
    for (const key of packageScalarFields) out[key] = input[key];
    return out as Pick<DatasetRow, (typeof packageScalarFields)[number]>;
  }

  /** Resource columns from validated input, merged with the stored row (update semantics). */
  function resourceValues(
    input: ResourceInput,
    existing: ResourceRow | null,
    upload: Upload | null,
  ): Omit<store.ResourceValues, 'package_id' | 'position'> {
    const keep = <K extends keyof ResourceRow>(key: K, value: ResourceRow[K] | null) =>
      input.sent.has(key) || !existing ? value : existing[key];
    let url = input.url;
    let urlType = keep('url_type', input.url_type);
    if (urlType === 'upload' && /^https?:\/\//.test(url)) {
      // The dict shows uploads by their download URL; only the file name is stored.
      url = decodeURIComponent(url.split('/').pop() ?? '');
    }
    if (urlType === 'datastore') url = '';
    const values: Omit<store.ResourceValues, 'package_id' | 'position'> = {
      url,
      name: keep('name', input.name),
      description: input.description,
      format: keep('format', input.format),
      mimetype: input.mimetype,
      mimetype_inner: input.mimetype_inner,
      hash: keep('hash', input.hash),
      size: keep('size', input.size),
      last_modified: keep('last_modified', input.last_modified),
      url_type: urlType,
      resource_type: input.resource_type,
      cache_url: keep('cache_url', input.cache_url),
      cache_last_updated: keep('cache_last_updated', input.cache_last_updated),
      extras: input.extras,
    };
    if (input.created) values.created = input.created;
    if (upload) {
      urlType = 'upload';
      values.url_type = 'upload';
      values.url = safeFileName(upload.fileName);
      values.size = upload.content.length;
      values.hash = createHash('sha256').update(upload.content).digest('hex');
      values.last_modified = new Date();
      if (!values.format) values.format = guessFormat(upload.fileName) || null;
      if (!input.mimetype)
        values.mimetype = guessMimetype(upload.fileName) ?? upload.mimetype ?? null;
      if (!values.name) values.name = upload.fileName;
    } else if (!input.mimetype && url && urlType !== 'upload') {
      values.mimetype = guessMimetype(url);
    }
    if (values.format) values.format = cleanFormat(values.format);
    return values;
  }

  async function saveResources(
    trx: Db,
    datasetId: string,
    inputs: ResourceInput[],
    existing: ResourceRow[],
    actor: string,
  ): Promise<void> {
    const byId = new Map(existing.map((r) => [r.id, r]));
    const keep: string[] = [];
    for (const [position, input] of inputs.entries()) {
      const current = input.id ? byId.get(input.id.toLowerCase()) : undefined;
      if (current) {
        keep.push(current.id);
        await store.updateResource(trx, current.id, {
          ...resourceValues(input, current, null),
          position,
        });
      } else {
        if (input.id && (await store.resourceIdExists(trx, input.id))) {
          throw new CkanValidationError({
            resources: inputs.map((r) =>
              r === input ? { id: [ckanMessage('opendata.resource_id_exists')] } : {},
            ),
          });
        }
        const row = await store.insertResource(trx, {
          ...resourceValues(input, null, null),
          ...(input.id ? { id: input.id.toLowerCase() } : {}),
          package_id: datasetId,
          position,
        });
        keep.push(row.id);
        await appendAudit(trx, {
          actor,
          action: 'opendata.resource_created',
          subject: `resource:${row.id}`,
        });
      }
    }
    await store.deleteResourcesExcept(trx, datasetId, keep);
  }

  async function groupIds(trx: Db, refs: NonNullable<PackageInput['groups']>) {
    // CKAN silently skips groups that do not exist (package_membership_list_save).
    return (await store.findGroupsByIdsOrNames(trx, refs)).map((g) => g.id);
  }

  /** Runs the create/update validation without writing (web forms add their own checks). */
  async function checkPackage(
    reader: Reader | null,
    data: Record<string, unknown>,
    existing: DatasetRow | null,
  ): Promise<void> {
    const body = { ...data };
    if (existing) delete body.id;
    const input = await validatePackage(
      body,
      validationContext(reader, existing ? 'update' : 'create', existing),
    );
    checkMergedPackage({
      owner_org: input.owner_org === undefined ? (existing?.owner_org ?? null) : input.owner_org,
      private: input.private ?? existing?.private ?? false,
      data_classification: input.catalog?.data_classification ?? null,
    });
  }

  async function createPackage(reader: Reader | null, data: Record<string, unknown>) {
    if (!reader || (!reader.sysadmin && reader.publisherOf.size === 0)) {
      throw new CkanNotAuthorized(`User ${userName(reader)} not authorized to create packages`);
    }
    const ownerRef = typeof data.owner_org === 'string' ? data.owner_org : null;
    if (ownerRef && !reader.sysadmin) {
      const org = await orgDir.find(ownerRef);
      if (!org || !canCreateIn(reader, org.id)) {
        throw new CkanNotAuthorized(
          `User ${userName(reader)} not authorized to add dataset to this organization`,
        );
      }
    }
    const input = await validatePackage(data, validationContext(reader, 'create', null));
    const catalog = input.catalog ?? emptyCatalogMetadata();
    const isPrivate = input.private ?? false;
    checkMergedPackage({
      owner_org: input.owner_org ?? null,
      private: isPrivate,
      data_classification: catalog.data_classification,
    });
    const organization = input.owner_org ? await orgDir.find(input.owner_org) : null;
    let id: string;
    try {
      id = await db.transaction().execute(async (trx) => {
        await store.releaseDeletedName(trx, input.name!);
        const row = await store.insertDataset(trx, {
          ...(input.id ? { id: input.id.toLowerCase() } : {}),
          ...scalarValues(input),
          name: input.name!,
          owner_org: input.owner_org ?? null,
          private: isPrivate,
          state: input.state ?? 'active',
          type: input.type ?? 'dataset',
          creator_user_id: reader.accountId,
          extras: input.extras ?? {},
          ...catalog,
        });
        if (input.tags)
          await store.replaceDatasetTags(
            trx,
            row.id,
            input.tags.map((t) => t.name),
          );
        if (input.groups)
          await store.replaceDatasetGroups(trx, row.id, await groupIds(trx, input.groups));
        if (input.resources)
          await saveResources(trx, row.id, input.resources, [], reader.accountId);
        await reindex(trx, row.id, organization);
        await appendAudit(trx, {
          actor: reader.accountId,
          action: 'opendata.dataset_created',
          subject: `dataset:${row.id}`,
          after: row,
        });
        return row.id;
      });
    } catch (error) {
      if (unique(error)) {
        throw new CkanValidationError({ name: [ckanMessage('opendata.name_in_use')] });
      }
      throw error;
    }
    const [row] = await store.findDatasetsByIds(db, [id]);
    return (await dictsOf([row!]))[0]!;
  }

  /**
   * Bulk import (harvesting from another catalogue, benchmarks): every dict is validated as
   * package_create validates it, then batches of 500 are written in one transaction each, with
   * one audit entry per batch. Refused dicts are reported by index with CKAN's error dict.
   */
  async function importPackages(
    reader: Reader,
    dicts: ReadonlyArray<Record<string, unknown>>,
    onBatch?: (done: number) => void,
  ): Promise<{ imported: number; refused: Array<{ index: number; errors: ErrorDict }> }> {
    const refused: Array<{ index: number; errors: ErrorDict }> = [];
    let imported = 0;
    for (let start = 0; start < dicts.length; start += 500) {
      const batch = dicts.slice(start, start + 500);
      const inputs: PackageInput[] = [];
      const names = new Set<string>();
      for (const [k, dict] of batch.entries()) {
        try {
          const input = await validatePackage(dict, validationContext(reader, 'create', null));
          if (names.has(input.name!)) {
            throw new CkanValidationError({ name: [ckanMessage('opendata.name_in_use')] });
          }
          checkMergedPackage({
            owner_org: input.owner_org ?? null,
            private: input.private ?? false,
            data_classification: input.catalog?.data_classification ?? null,
          });
          names.add(input.name!);
          inputs.push(input);
        } catch (error) {
          if (!(error instanceof CkanValidationError)) throw error;
          refused.push({ index: start + k, errors: error.errors });
        }
      }
      const orgs = await orgDir.findMany(
        inputs.map((i) => i.owner_org).filter((x): x is string => !!x),
      );
      const groups = await store.findGroupsByIdsOrNames(
        db,
        inputs.flatMap((i) => i.groups ?? []),
      );
      const groupOf = (ref: { id?: string; name?: string }) =>
        groups.find((g) => g.id === ref.id || g.name === (ref.name ?? ref.id));
      const rows = inputs.map((input) => {
        const catalog = input.catalog ?? emptyCatalogMetadata();
        const values: store.DatasetValues = {
          ...scalarValues(input),
          name: input.name!,
          owner_org: input.owner_org ?? null,
          private: input.private ?? false,
          state: input.state ?? 'active',
          type: input.type ?? 'dataset',
          creator_user_id: reader.accountId,
          extras: input.extras ?? {},
          ...catalog,
        };
        const resources = (input.resources ?? []).map((r) => resourceValues(r, null, null));
        const memberOf = (input.groups ?? []).map(groupOf).filter((g): g is GroupRow => !!g);
        const search = searchColumns(
          values,
          (input.tags ?? []).map((t) => t.name),
          memberOf,
          resources,
          input.owner_org ? (orgs.get(input.owner_org) ?? null) : null,
        );
        return { input, values, resources, memberOf, search };
      });
      await db.transaction().execute(async (trx) => {
        const ids = new Map(
          (await store.insertDatasetsBulk(trx, rows)).map((r) => [r.name, r.id] as const),
        );
        const idOf = (r: (typeof rows)[number]) => ids.get(r.values.name)!;
        await store.linkTagsBulk(
          trx,
          rows.flatMap((r) =>
            (r.input.tags ?? []).map((t) => ({ datasetId: idOf(r), name: t.name })),
          ),
        );
        await store.addGroupMembersBulk(
          trx,
          rows.flatMap((r) => r.memberOf.map((g) => ({ group_id: g.id, dataset_id: idOf(r) }))),
        );
        await store.insertResourcesBulk(
          trx,
          rows.flatMap((r) =>
            r.resources.map((res, position) => ({ ...res, package_id: idOf(r), position })),
          ),
        );
        await appendAudit(trx, {
          actor: reader.accountId,
          action: 'opendata.datasets_imported',
          subject: 'catalogue:datasets',
          details: { count: rows.length, first: rows[0]?.values.name ?? null },
        });
      });
      imported += rows.length;
      onBatch?.(Math.min(dicts.length, start + batch.length));
    }
    return { imported, refused };
  }

  async function updatePackage(reader: Reader | null, data: Record<string, unknown>) {
    const ref =
      (typeof data.id === 'string' && data.id) ||
      (typeof data.name === 'string' && data.name) ||
      '';
    if (!ref) throw new CkanValidationError({ id: [ckanMessage('opendata.missing_value')] });
    const existing = await store.findDatasetByIdOrName(db, ref);
    if (!existing) throw new CkanNotFound('Package was not found.');
    if (!canEdit(reader, existing)) {
      throw new CkanNotAuthorized(
        `User ${userName(reader)} not authorized to edit package ${existing.id}`,
      );
    }
    // `id` identifies; `name` renames only when `id` was given as well.
    const body = { ...data };
    delete body.id;
    if (!(typeof data.id === 'string' && data.id)) delete body.name;
    const input = await validatePackage(body, validationContext(reader, 'update', existing));
    const catalog: CatalogMetadata = input.catalog ?? emptyCatalogMetadata();
    const ownerOrg = input.owner_org === undefined ? existing.owner_org : input.owner_org;
    const isPrivate = input.private ?? existing.private;
    checkMergedPackage({
      owner_org: ownerOrg,
      private: isPrivate,
      data_classification: catalog.data_classification,
    });
    const organization = ownerOrg ? await orgDir.find(ownerOrg) : null;
    const existingResources = await store.listResourcesOf(db, [existing.id]);
    try {
      await db.transaction().execute(async (trx) => {
        if (input.name && input.name !== existing.name)
          await store.releaseDeletedName(trx, input.name);
        await store.updateDataset(trx, existing.id, {
          ...scalarValues(input),
          name: input.name ?? existing.name,
          owner_org: ownerOrg,
          private: isPrivate,
          state: input.state ?? existing.state,
          extras: input.extras ?? {},
          ...catalog,
        });
        // CKAN 2.11: omitted tags and extras are removed, omitted groups and resources are kept.
        await store.replaceDatasetTags(
          trx,
          existing.id,
          (input.tags ?? []).map((t) => t.name),
        );
        if (input.groups) {
          await store.replaceDatasetGroups(trx, existing.id, await groupIds(trx, input.groups));
        }
        if (input.resources) {
          await saveResources(
            trx,
            existing.id,
            input.resources,
            existingResources,
            reader!.accountId,
          );
        }
        await reindex(trx, existing.id, organization);
        await appendAudit(trx, {
          actor: reader!.accountId,
          action: 'opendata.dataset_updated',
          subject: `dataset:${existing.id}`,
          before: existing,
        });
      });
    } catch (error) {
      if (unique(error)) {
        throw new CkanValidationError({ name: [ckanMessage('opendata.name_in_use')] });
      }
      throw error;
    }
    const [row] = await store.findDatasetsByIds(db, [existing.id]);
    return (await dictsOf([row!]))[0]!;
  }

  /** package_patch: show, overwrite the top-level keys sent, update. */
  async function patchPackage(reader: Reader | null, data: Record<string, unknown>) {
    if (typeof data.id !== 'string' || !data.id) {
      throw new CkanValidationError({ id: [ckanMessage('opendata.missing_value')] });
    }
    const current = await showPackage(reader, data.id);
    const merged: Record<string, unknown> = { ...current, ...data, id: current.id };
    if (!('name' in data)) merged.name = current.name;
    return updatePackage(reader, merged);
  }

  async function showPackage(reader: Reader | null, idOrName: string) {
    const row = await findReadable(reader, idOrName);
    return (await dictsOf([row]))[0]!;
  }

  async function deletePackage(reader: Reader | null, idOrName: string) {
    const row = await store.findDatasetByIdOrName(db, idOrName);
    if (!row) throw new CkanNotFound();
    if (!canEdit(reader, row)) {
      throw new CkanNotAuthorized(
        `User ${userName(reader)} not authorized to delete package ${row.id}`,
      );
    }
    await db.transaction().execute(async (trx) => {
      await store.updateDataset(trx, row.id, { state: 'deleted' });
      await store.replaceDatasetGroups(trx, row.id, []);
      await reindex(trx, row.id, null);
      await appendAudit(trx, {
        actor: reader!.accountId,
        action: 'opendata.dataset_deleted',
        subject: `dataset:${row.id}`,
      });
    });
    return null;
  }

  /** dataset_purge (sysadmins): the datasets, their resources and datastore tables are gone. */
  async function purgePackages(reader: Reader | null, refs: readonly string[]): Promise<number> {
    if (!reader?.sysadmin) {
      throw new CkanNotAuthorized(`User ${userName(reader)} not authorized to purge packages`);
    }
    const ids: string[] = [];
    for (const ref of refs) {
      const row = await store.findDatasetByIdOrName(db, ref);
      if (!row) throw new CkanNotFound('Dataset not found');
      ids.push(row.id);
    }
    for (let i = 0; i < ids.length; i += 1000) {
      const chunk = ids.slice(i, i + 1000);
      await db.transaction().execute(async (trx) => {
        const resources = await store.purgeDatasets(trx, chunk);
        for (const r of resources) await deps.dropDatastoreTable(trx, r);
        await appendAudit(trx, {
          actor: reader.accountId,
          action: 'opendata.datasets_purged',
          subject: 'catalogue:datasets',
          details: { count: chunk.length, ids: chunk.length <= 20 ? chunk : undefined },
        });
      });
    }
    return ids.length;
  }

  async function showResource(reader: Reader | null, id: string) {
    const resource = await store.findResource(db, id);
    if (resource?.state !== 'active') throw new CkanNotFound();
    const [dataset] = await store.findDatasetsByIds(db, [resource.package_id]);
    if (!dataset) throw new CkanNotFound('No package found for this resource, cannot check auth.');
    if (!canRead(reader, dataset)) {
      throw new CkanNotAuthorized(
        `User ${userName(reader)} not authorized to read resource ${resource.id}`,
      );
    }
    return { resource, dataset, dict: resourceDict(resource, deps.siteUrl) };
  }

  async function createResource(
    reader: Reader | null,
    data: Record<string, unknown>,
    upload: Upload | null,
    options: { queueLoad?: boolean } = {},
  ) {
    const packageId = typeof data.package_id === 'string' ? data.package_id : '';
    if (!packageId) {
      throw new CkanValidationError({ package_id: [ckanMessage('opendata.missing_value')] });
    }
    const dataset = await findReadable(reader, packageId);
    if (!canEdit(reader, dataset)) {
      throw new CkanNotAuthorized(
        `User ${userName(reader)} not authorized to create resources on dataset ${packageId}`,
      );
    }
    const problems = new Problems();
    const input = validateResource(data, problems, { guessFormat: true });
    if (upload && !input.url) input.url = upload.fileName;
    problems.throwIfAny();
    if (input.id && (await store.resourceIdExists(db, input.id))) {
      throw new CkanValidationError({ id: [ckanMessage('opendata.resource_id_exists')] });
    }
    const organization = dataset.owner_org ? await orgDir.find(dataset.owner_org) : null;
    const existing = await store.listResourcesOf(db, [dataset.id]);
    const resource = await db.transaction().execute(async (trx) => {
      const row = await store.insertResource(trx, {
        ...resourceValues(input, null, upload),
        ...(input.id ? { id: input.id.toLowerCase() } : {}),
        package_id: dataset.id,
        position: existing.length,
      });
      if (upload) await saveUpload(trx, row.id, upload);
      await store.touchDataset(trx, dataset.id);
      await reindex(trx, dataset.id, organization);
      await appendAudit(trx, {
        actor: reader!.accountId,
        action: 'opendata.resource_created',
        subject: `resource:${row.id}`,
        details: { dataset: dataset.id, upload: upload ? row.url : null },
      });
      if (upload && row.format && isTabular(row.format) && options.queueLoad !== false) {
        await deps.scheduleLoad(trx, row.id, reader!.accountId);
      }
      return row;
    });
    return resourceDict(resource, deps.siteUrl);
  }

  async function saveUpload(trx: Db, resourceId: string, upload: Upload) {
    await store.saveResourceFile(trx, {
      resource_id: resourceId,
      file_name: safeFileName(upload.fileName),
      content: upload.content,
      sha256: createHash('sha256').update(upload.content).digest('hex'),
    });
  }

  async function updateResource(
    reader: Reader | null,
    data: Record<string, unknown>,
    upload: Upload | null,
    mode: 'update' | 'patch' = 'update',
  ) {
    const id = typeof data.id === 'string' ? data.id : '';
    if (!id) throw new CkanValidationError({ id: [ckanMessage('opendata.missing_value')] });
    const current = await store.findResource(db, id);
    if (current?.state !== 'active') throw new CkanNotFound('Resource was not found.');
    const [dataset] = await store.findDatasetsByIds(db, [current.package_id]);
    if (!dataset || !canEdit(reader, dataset)) {
      throw new CkanNotAuthorized(
        `User ${userName(reader)} not authorized to edit resource ${current.id}`,
      );
    }
    const body = mode === 'patch' ? { ...resourceDict(current, deps.siteUrl), ...data } : data;
    const problems = new Problems();
    const input = validateResource(body, problems, { guessFormat: false });
    problems.throwIfAny();
    const organization = dataset.owner_org ? await orgDir.find(dataset.owner_org) : null;
    await db.transaction().execute(async (trx) => {
      await store.updateResource(trx, current.id, resourceValues(input, current, upload));
      if (upload) await saveUpload(trx, current.id, upload);
      await store.touchDataset(trx, dataset.id);
      await reindex(trx, dataset.id, organization);
      await appendAudit(trx, {
        actor: reader!.accountId,
        action: 'opendata.resource_updated',
        subject: `resource:${current.id}`,
        before: current,
      });
      const format = upload ? (input.format ?? guessFormat(upload.fileName)) : null;
      if (upload && format && isTabular(format)) {
        await deps.scheduleLoad(trx, current.id, reader!.accountId);
      }
    });
    const updated = await store.findResource(db, current.id);
    return resourceDict(updated!, deps.siteUrl);
  }

  /** package_search over PostgreSQL (see store.searchDatasets and search-query.ts). */
  async function search(reader: Reader | null, options: SearchOptions) {
    let filters: FilterNode[];
    let text: string;
    try {
      const split = splitQuery(options.q);
      text = split.text;
      filters = [split.filter, ...options.fq.map((f) => parseFilter(f))];
    } catch (error) {
      if (error instanceof QuerySyntaxError) throw new CkanSearchQueryError(error.message);
      throw error;
    }
    const orgNames = new Set<string>();
    const collect = (n: FilterNode): void => {
      if (n.kind === 'and' || n.kind === 'or') n.items.forEach(collect);
      else if (n.kind === 'not') collect(n.item);
      else if (n.kind === 'term' && n.field === 'organization' && n.value !== '*')
        orgNames.add(n.value);
    };
    filters.forEach(collect);
    const organizationIds = new Map<string, string | null>();
    for (const name of orgNames) organizationIds.set(name, (await orgDir.find(name))?.id ?? null);
    const ctx: store.FilterContext = {
      organizationIds,
      textQuery: (value) => datasetTextQuery(value).and,
      date: solrDate,
    };
    const states: Array<'active' | 'draft' | 'deleted'> = ['active'];
    if (options.includeDrafts) states.push('draft');
    if (options.includeDeleted) states.push('deleted');
    let filterSql: ReturnType<typeof store.filterSql>[];
    try {
      filterSql = filters.map((f) => store.filterSql(f, ctx));
    } catch (error) {
      throw new CkanSearchQueryError(error instanceof Error ? error.message : String(error));
    }
    const visibility = store.visibilitySql({
      states,
      includePrivate: options.includePrivate,
      sysadmin: reader?.sysadmin ?? false,
      memberOf: reader ? [...reader.memberOf] : [],
      accountId: reader?.accountId ?? null,
    });
    const facets = options.facetFields
      .filter((f) => FACETABLE.has(f))
      .map((field) => ({
        field: field as store.SearchSql['facets'][number]['field'],
        limit: options.facetLimit,
        mincount: options.facetMincount,
      }));
    const run = (
      textCondition: ReturnType<typeof store.textMatchSql> | null,
      rank: ReturnType<typeof store.textRankSql> | null,
    ) =>
      store.searchDatasets(db, {
        where: store.andSql([visibility, ...filterSql, ...(textCondition ? [textCondition] : [])]),
        rank,
        orderBy: store.sortSql(options.sort, rank),
        limit: options.rows,
        offset: options.start,
        facets,
      });
    let result: store.SearchResult;
    const textQuery = text ? datasetTextQuery(text) : null;
    if (!textQuery) result = await run(null, null);
    else if (!textQuery.and) result = { count: 0, ids: [], facets: {} };
    else {
      result = await run(store.textMatchSql(textQuery.and), store.textRankSql(textQuery.and));
      // Nothing matched every word: fall back to typo-tolerant trigram matching, as the
      // service catalogue does, so a misspelt title still finds its dataset.
      if (result.count === 0 && textQuery.trigram) {
        result = await run(
          store.trigramMatchSql(textQuery.trigram),
          store.trigramRankSql(textQuery.trigram),
        );
      }
    }
    const rows = await store.findDatasetsByIds(db, result.ids);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const ordered = result.ids.map((id) => byId.get(id)).filter((r): r is DatasetRow => !!r);
    const results = await dictsOf(ordered);
    const facetsOut: Record<string, Record<string, number>> = {};
    const searchFacets: Record<string, { title: string; items: FacetItem[] }> = {};
    for (const field of options.facetFields) {
      const pairs = result.facets[field] ?? [];
      const items = await facetItems(field, pairs);
      facetsOut[field] = Object.fromEntries(items.map((i) => [i.name, i.count]));
      // CKAN sorts search_facets items by display_name, descending (docs/ckan-compat.md).
      searchFacets[field] = {
        title: field,
        items: [...items].sort((a, b) =>
          a.display_name < b.display_name ? 1 : a.display_name > b.display_name ? -1 : 0,
        ),
      };
    }
    return { count: result.count, results, facets: facetsOut, searchFacets };
  }

  async function facetItems(field: string, pairs: Array<[string, number]>): Promise<FacetItem[]> {
    if (field === 'organization') {
      const orgs = await orgDir.findMany(pairs.map(([id]) => id));
      return pairs
        .map(([id, count]) => {
          const org = orgs.get(id);
          return org ? { name: org.code, display_name: org.name_th || org.code, count } : null;
        })
        .filter((x): x is FacetItem => !!x);
    }
    if (field === 'groups') {
      const groups = await store.findGroupsByIdsOrNames(
        db,
        pairs.map(([name]) => ({ name })),
      );
      const titles = new Map(groups.map((g) => [g.name, g.title || g.name]));
      return pairs.map(([name, count]) => ({
        name,
        display_name: titles.get(name) ?? name,
        count,
      }));
    }
    if (field === 'license_id') {
      return pairs.map(([name, count]) => ({
        name,
        display_name: findLicense(name)?.title ?? name,
        count,
      }));
    }
    return pairs.map(([name, count]) => ({ name, display_name: name, count }));
  }

  return {
    checkPackage,
    importPackages,
    purgePackages,
    partsOf,
    dictsOf,
    reindex,
    findReadable,
    createPackage,
    updatePackage,
    patchPackage,
    showPackage,
    deletePackage,
    showResource,
    createResource,
    updateResource,
    search,
    groupSummary,
  };
}

export type Catalogue = ReturnType<typeof createCatalogue>;

/**
 * What package_search reads for one dataset: the Thai search document (title and name weigh most,
 * then tags, then description, organization and groups, then the rest) and the facet arrays.
 */
export function searchColumns(
  row: Pick<
    DatasetRow,
    'name' | 'title' | 'notes' | 'objective' | 'data_source' | 'unit_of_measure' | 'extras'
  >,
  tags: readonly string[],
  groups: ReadonlyArray<Pick<GroupRow, 'name' | 'title' | 'title_en'>>,
  resources: ReadonlyArray<Pick<ResourceRow, 'name' | 'description' | 'format'>>,
  organization: OrganizationRow | null,
): store.SearchColumns {
  const doc = datasetSearchDocument([
    { text: row.title ?? '', weight: 'A' },
    { text: row.name.replace(/[-_]/g, ' '), weight: 'A' },
    { text: tags.join(' '), weight: 'B' },
    { text: (row.notes ?? '').slice(0, 20_000), weight: 'C' },
    {
      text: organization
        ? `${organization.name_th} ${organization.name_en} ${organization.code}`
        : '',
      weight: 'C',
    },
    { text: groups.map((g) => `${g.title} ${g.title_en}`).join(' '), weight: 'C' },
    {
      text: [row.objective, row.data_source, row.unit_of_measure].filter(Boolean).join(' '),
      weight: 'D',
    },
    {
      text: resources
        .map((r) => `${r.name ?? ''} ${r.description ?? ''} ${r.format ?? ''}`)
        .join(' ')
        .slice(0, 20_000),
      weight: 'D',
    },
    { text: Object.values(row.extras).join(' ').slice(0, 5_000), weight: 'D' },
  ]);
  return {
    ...doc,
    tag_names: [...new Set(tags)].sort(),
    group_names: [...new Set(groups.map((g) => g.name))].sort(),
    res_formats: [...new Set(resources.map((r) => r.format ?? '').filter(Boolean))].sort(),
    num_resources: resources.length,
    num_tags: new Set(tags).size,
  };
}

/** A stored file name: the last path segment, no control characters, at most 200 characters. */
export function safeFileName(name: string): string {
  const last = name.split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes.
  const cleaned = last.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  return (cleaned || 'file').slice(-200);
}

/**
 * Solr date math as harvesters send it: ISO 8601 instants, or NOW with optional +/-N UNIT(S)
 * and /UNIT rounding (e.g. `NOW-7DAYS`, `NOW/DAY`).
 */
export function solrDate(value: string): Date {
  const m =
    /^NOW((?:[+-]\d+(?:YEAR|MONTH|DAY|HOUR|MINUTE|SECOND)S?)*)(?:\/(YEAR|MONTH|DAY|HOUR))?$/.exec(
      value,
    );
  if (m) {
    const d = new Date();
    for (const step of (m[1] ?? '').matchAll(/([+-]\d+)(YEAR|MONTH|DAY|HOUR|MINUTE|SECOND)S?/g)) {
      const n = Number(step[1]);
      switch (step[2]) {
        case 'YEAR':
          d.setUTCFullYear(d.getUTCFullYear() + n);
          break;
        case 'MONTH':
          d.setUTCMonth(d.getUTCMonth() + n);
          break;
        case 'DAY':
          d.setUTCDate(d.getUTCDate() + n);
          break;
        case 'HOUR':
          d.setUTCHours(d.getUTCHours() + n);
          break;
        case 'MINUTE':
          d.setUTCMinutes(d.getUTCMinutes() + n);
          break;
        default:
          d.setUTCSeconds(d.getUTCSeconds() + n);
      }
    }
    if (m[2] === 'YEAR') d.setUTCMonth(0, 1);
    if (m[2] === 'YEAR' || m[2] === 'MONTH') d.setUTCDate(m[2] === 'YEAR' ? 1 : 1);
    if (m[2]) d.setUTCHours(m[2] === 'HOUR' ? d.getUTCHours() : 0, 0, 0, 0);
    return d;
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?)?Z?$/.exec(value);
  if (!iso) throw new Error(`Invalid date '${value}'`);
  const d = new Date(
    `${iso[1]}-${iso[2]}-${iso[3]}T${iso[4] ?? '00'}:${iso[5] ?? '00'}:${iso[6] ?? '00'}Z`,
  );
  if (Number.isNaN(d.getTime())) throw new Error(`Invalid date '${value}'`);
  return d;
}
