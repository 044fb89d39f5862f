import type { OrganizationRow } from '../orgs/index.ts';
import { catalogExtras } from './catalog-metadata.ts';
import { findLicense } from './licenses.ts';
import type { DatasetRow, GroupRow, ResourceRow, TagRow } from './store.ts';

/**
 * Rows → CKAN dictionaries, with the keys, defaults and formats of CKAN's dictization
 * (ckan/lib/dictization/model_dictize.py; docs/ckan-compat.md section 5).
 */

/** Naive UTC ISO 8601, microseconds only when non-zero (Python's `datetime.isoformat()`). */
export function ckanDate(d: Date | null | undefined): string | null {
  if (!d) return null;
  const iso = d.toISOString();
  const ms = d.getUTCMilliseconds();
  return ms === 0 ? iso.slice(0, 19) : `${iso.slice(0, 19)}.${String(ms * 1000).padStart(6, '0')}`;
}

const sortKeys = <T extends Record<string, unknown>>(o: T): T =>
  Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) as T;

/** The file name in an upload's URL (CKAN stores the name; the dict shows the download URL). */
export function uploadFileName(url: string): string {
  const last = url.split('/').pop() ?? '';
  return last || 'file';
}

export function downloadUrl(siteUrl: string, r: { package_id: string; id: string; url: string }) {
  return `${siteUrl}/dataset/${r.package_id}/resource/${r.id}/download/${encodeURIComponent(uploadFileName(r.url))}`;
}

export function resourceDict(r: ResourceRow, siteUrl: string): Record<string, unknown> {
  let url = r.url;
  if (r.url_type === 'upload') url = downloadUrl(siteUrl, r);
  else if (r.url_type === 'datastore') url = `${siteUrl}/datastore/dump/${r.id}`;
  else if (url && !/^[a-z][a-z0-9+.-]*:/i.test(url)) url = `http://${url.replace(/^\/+/, '')}`;
  return sortKeys({
    ...r.extras,
    cache_last_updated: ckanDate(r.cache_last_updated),
    cache_url: r.cache_url,
    created: ckanDate(r.created),
    datastore_active: r.datastore_active,
    description: r.description,
    format: r.format ?? '',
    hash: r.hash ?? '',
    id: r.id,
    last_modified: ckanDate(r.last_modified),
    metadata_modified: ckanDate(r.metadata_modified),
    mimetype: r.mimetype,
    mimetype_inner: r.mimetype_inner,
    name: r.name,
    package_id: r.package_id,
    position: r.position,
    resource_type: r.resource_type,
    size: r.size,
    state: r.state,
    url,
    url_type: r.url_type,
  });
}

/** The organization dict embedded in a dataset (the group table's columns). */
export function organizationSummary(o: OrganizationRow): Record<string, unknown> {
  return {
    id: o.id,
    name: o.code,
    title: o.name_th,
    type: 'organization',
    description: '',
    image_url: '',
    created: ckanDate(o.created_at),
    is_organization: true,
    approval_status: 'approved',
    state: 'active',
  };
}

export function organizationDict(
  o: OrganizationRow,
  extra: { packageCount?: number; includeExtras?: boolean } = {},
): Record<string, unknown> {
  return {
    ...organizationSummary(o),
    display_name: o.name_th || o.code,
    image_display_url: '',
    ...(extra.packageCount !== undefined ? { package_count: extra.packageCount } : {}),
    num_followers: 0,
    ...(extra.includeExtras
      ? { extras: [{ key: 'title_en', value: o.name_en, state: 'active' }] }
      : {}),
  };
}

export function groupSummary(g: GroupRow): Record<string, unknown> {
  return {
    description: g.description,
    display_name: g.title || g.name,
    id: g.id,
    image_display_url: g.image_url,
    name: g.name,
    title: g.title,
  };
}

export function groupDict(g: GroupRow, packageCount?: number): Record<string, unknown> {
  return {
    id: g.id,
    name: g.name,
    title: g.title,
    type: 'group',
    description: g.description,
    image_url: g.image_url,
    created: ckanDate(g.created),
    is_organization: false,
    approval_status: 'approved',
    state: g.state,
    display_name: g.title || g.name,
    image_display_url: g.image_url,
    ...(packageCount !== undefined ? { package_count: packageCount } : {}),
    num_followers: 0,
  };
}

export function tagDict(
  tag: Pick<TagRow, 'id' | 'name' | 'vocabulary_id'>,
): Record<string, unknown> {
  return {
    display_name: tag.name,
    id: tag.id,
    name: tag.name,
    state: 'active',
    vocabulary_id: tag.vocabulary_id,
  };
}

export interface DatasetParts {
  resources: ResourceRow[];
  tags: TagRow[];
  groups: GroupRow[];
  organization: OrganizationRow | null;
}

export function packageDict(
  d: DatasetRow,
  parts: DatasetParts,
  siteUrl: string,
): Record<string, unknown> {
  const license = findLicense(d.license_id);
  const extras = [
    ...Object.entries(d.extras).map(([key, value]) => ({ key, value })),
    ...catalogExtras(d),
  ].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return sortKeys({
    author: d.author,
    author_email: d.author_email,
    creator_user_id: d.creator_user_id,
    extras,
    groups: parts.groups.map(groupSummary),
    id: d.id,
    isopen: license?.open ?? false,
    license_id: d.license_id,
    license_title: d.license_id ? (license?.title ?? d.license_id) : null,
    ...(license?.url ? { license_url: license.url } : {}),
    maintainer: d.maintainer,
    maintainer_email: d.maintainer_email,
    metadata_created: ckanDate(d.metadata_created),
    metadata_modified: ckanDate(d.metadata_modified),
    name: d.name,
    notes: d.notes,
    num_resources: parts.resources.length,
    num_tags: parts.tags.length,
    organization: parts.organization ? organizationSummary(parts.organization) : null,
    owner_org: d.owner_org,
    private: d.private,
    relationships_as_object: [],
    relationships_as_subject: [],
    resources: parts.resources.map((r) => resourceDict(r, siteUrl)),
    state: d.state,
    tags: parts.tags.map(tagDict),
    title: d.title?.trim() ?? d.title,
    type: d.type || 'dataset',
    url: d.url,
    version: d.version,
  });
}
