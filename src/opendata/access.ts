import type { OrganizationRow, OrgsApi } from '../orgs/index.ts';

/**
 * Who may do what in the catalogue, in one place (STYLE.md 13). CKAN's roles map onto Pratu's:
 * a `publisher` grant in an organization is CKAN's editor there (create, edit, delete datasets);
 * any grant in an organization is membership (may read its private datasets); a
 * `platform_admin` grant anywhere is CKAN's sysadmin.
 */
export interface Reader {
  accountId: string;
  /** CKAN's user name, used in its messages ("User x not authorized ..."). */
  name: string;
  sysadmin: boolean;
  /** Organizations with any grant: may read their private datasets and drafts. */
  memberOf: ReadonlySet<string>;
  /** Organizations where the account publishes. */
  publisherOf: ReadonlySet<string>;
}

export async function loadReader(orgs: OrgsApi, accountId: string): Promise<Reader> {
  const grants = await orgs.rolesOf(accountId);
  return {
    accountId,
    name: accountId,
    sysadmin: grants.some((g) => g.role === 'platform_admin'),
    memberOf: new Set(grants.map((g) => g.organizationId)),
    publisherOf: new Set(grants.filter((g) => g.role === 'publisher').map((g) => g.organizationId)),
  };
}

interface DatasetAccessFacts {
  owner_org: string | null;
  private: boolean;
  state: string;
  creator_user_id: string | null;
}

/** CKAN's package_show auth: public active datasets for all, the rest for members/creator. */
export function canRead(reader: Reader | null, d: DatasetAccessFacts): boolean {
  if (d.state === 'active' && !d.private) return true;
  if (!reader) return false;
  if (reader.sysadmin) return true;
  if (d.creator_user_id && d.creator_user_id === reader.accountId) return true;
  return d.owner_org !== null && reader.memberOf.has(d.owner_org);
}

/** CKAN's package_update auth: editors (publishers) of the owning organization. */
export function canEdit(reader: Reader | null, d: DatasetAccessFacts): boolean {
  if (!reader) return false;
  if (reader.sysadmin) return true;
  return d.owner_org !== null && reader.publisherOf.has(d.owner_org);
}

export function canCreateIn(reader: Reader | null, organizationId: string): boolean {
  if (!reader) return false;
  return reader.sysadmin || reader.publisherOf.has(organizationId);
}

/** The name CKAN prints in "User <name> not authorized ..." (empty for anonymous). */
export const userName = (reader: Reader | null): string => reader?.name ?? '';

/**
 * Organizations as the catalogue sees them, read through the orgs API with a short cache: every
 * search result carries its organization, and organizations change rarely. A lookup that misses
 * the cache asks orgs, so a new organization is usable at once; a renamed one shows its new name
 * within `ttlMs` on every process.
 */
export function createOrganizationDirectory(orgs: OrgsApi, ttlMs = 30_000) {
  let all: { at: number; rows: OrganizationRow[] } | null = null;
  const single = new Map<string, { at: number; row: OrganizationRow | null }>();
  const fresh = (at: number) => Date.now() - at < ttlMs;

  async function list(): Promise<OrganizationRow[]> {
    if (all && fresh(all.at)) return all.rows;
    const rows: OrganizationRow[] = [];
    for (let offset = 0; ; offset += 5000) {
      const page = await orgs.listOrganizations({ limit: 5000, offset });
      rows.push(...page);
      if (page.length < 5000) break;
    }
    all = { at: Date.now(), rows };
    for (const row of rows) {
      single.set(row.id, { at: all.at, row });
      single.set(`code:${row.code}`, { at: all.at, row });
    }
    return rows;
  }

  async function find(ref: string): Promise<OrganizationRow | null> {
    const isId = /^[0-9a-f-]{36}$/i.test(ref);
    const key = isId ? ref.toLowerCase() : `code:${ref}`;
    const cached = single.get(key);
    if (cached && fresh(cached.at) && cached.row) return cached.row;
    const row = isId
      ? ((await orgs.findOrganization(ref)) ?? (await orgs.findOrganizationByCode(ref)))
      : await orgs.findOrganizationByCode(ref);
    single.set(key, { at: Date.now(), row });
    if (row) {
      single.set(row.id, { at: Date.now(), row });
      single.set(`code:${row.code}`, { at: Date.now(), row });
    }
    return row;
  }

  return {
    list,
    find,
    async findMany(ids: Iterable<string>): Promise<Map<string, OrganizationRow>> {
      const out = new Map<string, OrganizationRow>();
      for (const id of new Set(ids)) {
        const row = await find(id);
        if (row) out.set(id, row);
      }
      return out;
    },
  };
}

export type OrganizationDirectory = ReturnType<typeof createOrganizationDirectory>;
