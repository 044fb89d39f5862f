import type { OrganizationRow } from '../orgs/index.ts';
import type { Db } from '../platform/db/database.ts';
import type { OrganizationDirectory, Reader } from './access.ts';
import type { Catalogue, SearchOptions, Upload } from './catalogue.ts';
import { groupDict, organizationDict, tagDict } from './ckan-dictize.ts';
import {
  CkanNotFound,
  CkanSearchError,
  CkanSearchQueryError,
  CkanValidationError,
  pythonRepr,
} from './ckan-errors.ts';
import {
  asBool,
  intValue,
  isMissing,
  listOfStrings,
  naturalNumber,
  Problems,
} from './ckan-validate.ts';
import { licenses } from './licenses.ts';
import { ckanMessage } from './messages.ts';
import { parseSort } from './search-query.ts';
import * as store from './store.ts';

/** What an action receives: the caller and the request data, already in CKAN's shape. */
export interface ActionRequest {
  reader: Reader | null;
  data: Record<string, unknown>;
  /** Files of a multipart request, by field name (resource_create's `upload`). */
  files: Map<string, Upload>;
  /** Path and query string of the request, for datastore_search's `_links`. */
  path: string;
  query: string;
}

export interface Action {
  /** Side-effect free: may be called with GET (ckan/logic/__init__.py). */
  get: boolean;
  help: string;
  run(request: ActionRequest): Promise<unknown>;
}

export interface ActionDeps {
  db: Db;
  catalogue: Catalogue;
  orgDir: OrganizationDirectory;
  siteUrl: string;
  siteTitle: string;
}

/** CKAN's search limits (ckan/config/config_declaration.yaml). */
export const ROWS_MAX = 1000;
export const DEFAULT_SORT = 'score desc, metadata_modified desc';
const GROUP_LIST_MAX = 1000;
const GROUP_LIST_ALL_FIELDS_MAX = 25;
export const CKAN_VERSION = '2.10.4';

// Keys package_search accepts: its own flags plus the Solr arguments CKAN lets through
// (ckan/lib/search/query.py VALID_SOLR_ARGS).
const SEARCH_KEYS = new Set([
  'q',
  'fl',
  'fq',
  'rows',
  'sort',
  'start',
  'wt',
  'qf',
  'bf',
  'boost',
  'facet',
  'facet.mincount',
  'facet.limit',
  'facet.field',
  'extras',
  'fq_list',
  'tie',
  'defType',
  'mm',
  'df',
  'include_private',
  'include_drafts',
  'include_deleted',
  'use_default_schema',
]);

export function text(v: unknown): string | null {
  if (Array.isArray(v)) return text(v[v.length - 1]);
  if (isMissing(v)) return null;
  return typeof v === 'string' ? v : String(v);
}

/** `_get_or_bust`: the argument or a 409 `{key: ["Missing value"]}`. */
export function required(data: Record<string, unknown>, key: string): string {
  const v = text(data[key]);
  if (v === null || v === '') {
    throw new CkanValidationError({ [key]: [ckanMessage('opendata.missing_value')] });
  }
  return v;
}

/**
 * Solr local parameters (`{!…}`) and magic fields (`_query_:`, `_val_:`) could run any query
 * parser; CKAN refuses them in q, fq and fq_list before searching (ckan/lib/search/query.py),
 * with these messages, in this order. Pratu has no Solr, but clients see the same refusal.
 */
function checkLocalParams(param: string, values: readonly string[]): void {
  for (const value of values) {
    if (/(^|[^\w])_(query|val)_\s*:/.test(value.replaceAll('\\', ''))) {
      throw new CkanSearchError(`Magic fields are not supported in param '${param}'.`);
    }
    const parsers = value.split('{!').length - 1;
    if (parsers === 0) continue;
    if (parsers > 1) {
      throw new CkanSearchError(`Query parsers are not supported in param '${param}'.`);
    }
    if (!value.trimStart().startsWith('{!')) {
      throw new CkanSearchError(
        `Local parameters must be defined at the beginning of param '${param}'.`,
      );
    }
    throw new CkanSearchError(`Local parameters are not supported in param '${param}'.`);
  }
}

export function createActions(deps: ActionDeps): Record<string, Action> {
  const { catalogue, orgDir } = deps;

  function searchOptions(
    data: Record<string, unknown>,
  ): SearchOptions & { fl: string[] | null; sortText: string } {
    const problems = new Problems();
    const rowsRaw = naturalNumber(problems, 'rows', data.rows, 10);
    const start = naturalNumber(problems, 'start', data.start, 0) ?? 0;
    const facetLimitRaw = intValue(data['facet.limit']);
    if (!facetLimitRaw.ok) problems.add('facet.limit', 'opendata.invalid_integer');
    const mincount = naturalNumber(problems, 'facet.mincount', data['facet.mincount'], 1) ?? 1;
    const facetFields =
      listOfStrings(problems, 'facet.field', data['facet.field'], { json: true }) ?? [];
    const fqList = listOfStrings(problems, 'fq_list', data.fq_list) ?? [];
    const fl = listOfStrings(problems, 'fl', data.fl, { commaSeparated: true });
    problems.throwIfAny();
    const unknown = Object.keys(data).filter((k) => !SEARCH_KEYS.has(k) && !k.startsWith('ext_'));
    if (unknown.length) {
      throw new CkanSearchQueryError(
        `Invalid search parameters: [${unknown.map((k) => pythonRepr(k)).join(', ')}]`,
      );
    }
    checkLocalParams('q', [text(data.q) ?? '']);
    checkLocalParams('fq', [text(data.fq) ?? '']);
    checkLocalParams('fq_list', fqList);
    const sortText = (text(data.sort) ?? '').trim() || DEFAULT_SORT;
    const sort = sortText === 'rank' ? parseSort(DEFAULT_SORT) : parseSort(sortText);
    if (!sort) throw new CkanSearchQueryError('Invalid "sort" parameter');
    const facetOn = asBool(data.facet, true);
    const q = text(data.q) ?? '';
    return {
      q: q === '""' || q === "''" ? '' : q,
      fq: [text(data.fq) ?? '', ...fqList].filter((f) => f.trim() !== ''),
      rows: Math.min(rowsRaw ?? 10, ROWS_MAX),
      start,
      sort,
      sortText: sortText === 'rank' ? DEFAULT_SORT : sortText,
      facetFields: facetOn ? facetFields : [],
      facetLimit: facetLimitRaw.ok ? (facetLimitRaw.value ?? 50) : 50,
      facetMincount: mincount,
      includePrivate: asBool(data.include_private, false),
      includeDrafts: asBool(data.include_drafts, false),
      includeDeleted: asBool(data.include_deleted, false),
      fl,
    };
  }

  /** Organizations CKAN would list: Pratu's public bodies (companies publish no open data). */
  async function catalogueOrganizations(): Promise<OrganizationRow[]> {
    return (await orgDir.list()).filter((o) => o.kind !== 'company');
  }

  function groupListOptions(data: Record<string, unknown>) {
    const problems = new Problems();
    const allFields = asBool(data.all_fields, false);
    const max = allFields ? GROUP_LIST_ALL_FIELDS_MAX : GROUP_LIST_MAX;
    const limit = Math.min(naturalNumber(problems, 'limit', data.limit, max) ?? max, max);
    const offset = naturalNumber(problems, 'offset', data.offset, 0) ?? 0;
    problems.throwIfAny();
    const sortText = (text(data.sort) ?? 'title').trim() || 'title';
    const criteria = sortText
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    // CKAN's _unpick_search: each criterion is checked (field, then lower-cased direction)
    // before the count, so `foo, name` reports the field and `name DESC` is fine.
    const parsed = criteria.map((criterion) => {
      const [rawField = 'title', rawDir = 'asc'] = criterion.split(/\s+/);
      const dir = rawDir.toLowerCase();
      if (!['name', 'title', 'package_count', 'packages'].includes(rawField)) {
        throw new CkanValidationError({ message: `Cannot sort by field \`${rawField}\`` });
      }
      if (dir !== 'asc' && dir !== 'desc') {
        throw new CkanValidationError({ message: `Invalid sort direction \`${dir}\`` });
      }
      return { field: rawField, dir, bare: criterion.split(/\s+/).length === 1 };
    });
    if (parsed.length > 1) {
      throw new CkanValidationError({ message: 'Too many sort criteria provided only 1 allowed' });
    }
    const first = parsed[0] ?? { field: 'title', dir: 'asc', bare: false };
    const field = first.field === 'packages' ? 'package_count' : first.field;
    // A bare `packages` or `package_count` means most datasets first.
    const dir = first.bare && field === 'package_count' ? 'desc' : first.dir;
    const q = text(data.q)?.toLowerCase() ?? null;
    const wanted = listOfStrings(problems, 'organizations', data.organizations ?? data.groups, {
      commaSeparated: true,
    });
    problems.throwIfAny();
    return {
      allFields,
      limit,
      offset,
      field,
      dir,
      q,
      wanted,
      includeCount: asBool(data.include_dataset_count, true),
      includeExtras: asBool(data.include_extras, false),
    };
  }

  function sortAndPage<T>(
    items: T[],
    o: ReturnType<typeof groupListOptions>,
    key: (item: T) => { name: string; title: string; count: number },
  ): T[] {
    const sorted = [...items].sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      let c: number;
      if (o.field === 'package_count') c = ka.count - kb.count || kb.name.localeCompare(ka.name);
      else if (o.field === 'name') c = ka.name < kb.name ? -1 : ka.name > kb.name ? 1 : 0;
      else c = ka.title.localeCompare(kb.title, 'th') || (ka.name < kb.name ? -1 : 1);
      return o.dir === 'desc' ? -c : c;
    });
    return sorted.slice(o.offset, o.offset + o.limit);
  }

  async function countFor(reader: Reader | null, fq: string): Promise<number> {
    const result = await catalogue.search(reader, {
      q: '',
      fq: [fq],
      rows: 0,
      start: 0,
      sort: parseSort(DEFAULT_SORT)!,
      facetFields: [],
      facetLimit: 0,
      facetMincount: 1,
      includePrivate: true,
      includeDrafts: false,
      includeDeleted: false,
    });
    return result.count;
  }

  async function datasetsFor(reader: Reader | null, fq: string) {
    const result = await catalogue.search(reader, {
      q: '',
      fq: [fq],
      rows: ROWS_MAX,
      start: 0,
      sort: parseSort('name asc')!,
      facetFields: [],
      facetLimit: 0,
      facetMincount: 1,
      includePrivate: true,
      includeDrafts: false,
      includeDeleted: false,
    });
    return result.results;
  }

  const actions: Record<string, Action> = {
    package_list: {
      get: true,
      help: "Return a list of the names of the site's datasets (packages).",
      async run({ data }) {
        const problems = new Problems();
        const limit = naturalNumber(problems, 'limit', data.limit, null);
        const offset = naturalNumber(problems, 'offset', data.offset, 0) ?? 0;
        problems.throwIfAny();
        return store.listPackageNames(deps.db, { limit, offset });
      },
    },
    package_search: {
      get: true,
      help: 'Searches for packages satisfying a given search criteria (q, fq, rows, start, sort, facet.field, include_private ...).',
      async run({ reader, data }) {
        const o = searchOptions(data);
        const result = await catalogue.search(reader, o);
        const results = o.fl
          ? result.results.map((r) =>
              Object.fromEntries(o.fl!.filter((k) => k in r).map((k) => [k, r[k]])),
            )
          : result.results;
        return {
          count: result.count,
          facets: result.facets,
          results,
          sort: o.sortText,
          search_facets: result.searchFacets,
        };
      },
    },
    package_show: {
      get: true,
      help: 'Return the metadata of a dataset (package) and its resources.',
      async run({ reader, data }) {
        const ref = text(data.id) || required(data, 'name_or_id');
        return catalogue.showPackage(reader, ref);
      },
    },
    package_create: {
      get: false,
      help: 'Create a new dataset (package).',
      async run({ reader, data }) {
        return catalogue.createPackage(reader, data);
      },
    },
    package_update: {
      get: false,
      help: 'Update a dataset (package); unsent fields are cleared (use package_patch to keep them).',
      async run({ reader, data }) {
        return catalogue.updatePackage(reader, data);
      },
    },
    package_patch: {
      get: false,
      help: 'Patch a dataset (package): only the fields sent change.',
      async run({ reader, data }) {
        required(data, 'id');
        return catalogue.patchPackage(reader, data);
      },
    },
    package_delete: {
      get: false,
      help: 'Delete a dataset (package): its state becomes deleted.',
      async run({ reader, data }) {
        return catalogue.deletePackage(reader, required(data, 'id'));
      },
    },
    dataset_purge: {
      get: false,
      help: 'Purge a dataset for good (sysadmins only): it, its resources and datastore tables.',
      async run({ reader, data }) {
        await catalogue.purgePackages(reader, [required(data, 'id')]);
        return null;
      },
    },
    resource_show: {
      get: true,
      help: 'Return the metadata of a resource.',
      async run({ reader, data }) {
        return (await catalogue.showResource(reader, required(data, 'id'))).dict;
      },
    },
    resource_create: {
      get: false,
      help: 'Append a new resource to a dataset; send a file as multipart field `upload`.',
      async run({ reader, data, files }) {
        return catalogue.createResource(reader, data, files.get('upload') ?? null);
      },
    },
    resource_update: {
      get: false,
      help: 'Update a resource; unsent fields are cleared as in CKAN.',
      async run({ reader, data, files }) {
        return catalogue.updateResource(reader, data, files.get('upload') ?? null);
      },
    },
    resource_patch: {
      get: false,
      help: 'Patch a resource: only the fields sent change.',
      async run({ reader, data, files }) {
        return catalogue.updateResource(reader, data, files.get('upload') ?? null, 'patch');
      },
    },
    organization_list: {
      get: true,
      help: "Return a list of the names of the site's organizations (all_fields for dicts).",
      async run({ data }) {
        const o = groupListOptions(data);
        const counts = await store.countDatasetsByOrganization(deps.db);
        let orgs = await catalogueOrganizations();
        if (o.q) {
          orgs = orgs.filter((g) =>
            [g.code, g.name_th, g.name_en].some((s) => s.toLowerCase().includes(o.q!)),
          );
        }
        if (o.wanted) orgs = orgs.filter((g) => o.wanted!.includes(g.code));
        const page = sortAndPage(orgs, o, (g) => ({
          name: g.code,
          title: g.name_th,
          count: counts.get(g.id) ?? 0,
        }));
        if (!o.allFields) return page.map((g) => g.code);
        return page.map((g) =>
          organizationDict(g, {
            ...(o.includeCount ? { packageCount: counts.get(g.id) ?? 0 } : {}),
            includeExtras: o.includeExtras,
          }),
        );
      },
    },
    organization_show: {
      get: true,
      help: 'Return the details of an organization.',
      async run({ reader, data }) {
        const ref = required(data, 'id');
        const org = await orgDir.find(ref);
        if (!org || org.kind === 'company') throw new CkanNotFound();
        const includeDatasets = asBool(data.include_datasets, false);
        const includeCount = asBool(data.include_dataset_count, true);
        const includeExtras = asBool(data.include_extras, true);
        const includeUsers = asBool(data.include_users, true);
        asBool(data.include_followers, true);
        const includeTags = asBool(data.include_tags, true);
        const includeGroups = asBool(data.include_groups, true);
        const fq = `owner_org:${org.id}`;
        const dict: Record<string, unknown> = organizationDict(org, {
          ...(includeCount ? { packageCount: await countFor(reader, fq) } : {}),
          includeExtras,
        });
        if (includeTags) dict.tags = [];
        if (includeGroups) dict.groups = [];
        // Pratu does not publish who works where through the open-data API (privacy): the key is
        // there when CKAN would send it, but the list stays empty.
        if (includeUsers) dict.users = [];
        if (includeDatasets) dict.packages = await datasetsFor(reader, fq);
        return dict;
      },
    },
    group_list: {
      get: true,
      help: "Return a list of the names of the site's groups (all_fields for dicts).",
      async run({ data }) {
        const o = groupListOptions(data);
        const counts = await store.countDatasetsByGroup(deps.db);
        let groups = await store.listGroups(deps.db);
        if (o.q) {
          groups = groups.filter((g) =>
            [g.name, g.title, g.title_en, g.description].some((s) =>
              s.toLowerCase().includes(o.q!),
            ),
          );
        }
        if (o.wanted) groups = groups.filter((g) => o.wanted!.includes(g.name));
        const page = sortAndPage(groups, o, (g) => ({
          name: g.name,
          title: g.title,
          count: counts.get(g.id) ?? 0,
        }));
        if (!o.allFields) return page.map((g) => g.name);
        return page.map((g) => groupDict(g, o.includeCount ? (counts.get(g.id) ?? 0) : undefined));
      },
    },
    group_show: {
      get: true,
      help: 'Return the details of a group.',
      async run({ reader, data }) {
        const ref = required(data, 'id');
        const group = await store.findGroup(deps.db, ref);
        if (!group) throw new CkanNotFound();
        const includeDatasets = asBool(data.include_datasets, false);
        const includeCount = asBool(data.include_dataset_count, true);
        const includeExtras = asBool(data.include_extras, true);
        const includeUsers = asBool(data.include_users, true);
        asBool(data.include_followers, true);
        const fq = `groups:${JSON.stringify(group.name)}`;
        const dict: Record<string, unknown> = groupDict(
          group,
          includeCount ? await countFor(reader, fq) : undefined,
        );
        if (includeExtras)
          dict.extras = [{ key: 'title_en', value: group.title_en, state: 'active' }];
        if (asBool(data.include_tags, true)) dict.tags = [];
        if (asBool(data.include_groups, true)) dict.groups = [];
        if (includeUsers) dict.users = [];
        if (includeDatasets) dict.packages = await datasetsFor(reader, fq);
        return dict;
      },
    },
    tag_list: {
      get: true,
      help: "Return a list of the site's tags (free tags on public datasets).",
      async run({ data }) {
        const vocabulary = text(data.vocabulary_id);
        // Pratu has free tags only (no vocabularies): any vocabulary is unknown.
        if (vocabulary) throw new CkanNotFound('Could not find vocabulary');
        const query = text(data.query) ?? text(data.q);
        const tags = await store.listTagNames(deps.db, query);
        if (!asBool(data.all_fields, false)) return tags.map((t) => t.name);
        return tags.map((t) => {
          const { state: _state, ...rest } = tagDict({ ...t, vocabulary_id: null });
          return rest;
        });
      },
    },
    license_list: {
      get: true,
      help: 'Return the list of licenses available for datasets on the site.',
      async run() {
        return licenses.map((l) => ({
          domain_content: false,
          domain_data: true,
          domain_software: false,
          family: '',
          id: l.id,
          is_generic: l.id.startsWith('other-'),
          is_okd_compliant: l.open,
          is_osi_compliant: false,
          maintainer: '',
          od_conformance: l.open ? 'approved' : 'not reviewed',
          osd_conformance: 'not reviewed',
          status: 'active',
          title: l.title,
          url: l.url ?? '',
        }));
      },
    },
    status_show: {
      get: true,
      help: "Return a dictionary with information about the site's configuration.",
      async run() {
        return {
          site_title: deps.siteTitle,
          site_description: 'ศูนย์กลางข้อมูลเปิดภาครัฐบน Pratu / Government open data on Pratu',
          site_url: deps.siteUrl,
          error_emails_to: null,
          locale_default: 'th',
          extensions: ['datastore', 'pratu'],
          ckan_version: CKAN_VERSION,
        };
      },
    },
  };
  actions.help_show = {
    get: true,
    help: 'Return the help string for a particular API action.',
    async run({ data }) {
      const name = required(data, 'name');
      const action = actions[name];
      if (!action) throw new CkanNotFound('Action function not found');
      return action.help;
    },
  };
  return actions;
}
