import { type Kysely, sql } from 'kysely';
import type { Db } from '../platform/db/database.ts';

/** API tokens, usage counters and data requests (the only SQL for those tables). */

export interface TokenRow {
  id: string;
  account_id: string;
  name: string;
  token_hash: string;
  created_at: Date;
  last_access: Date | null;
  revoked_at: Date | null;
}

export interface DataRequestRow {
  id: string;
  title: string;
  description: string;
  requester_account_id: string;
  organization_id: string | null;
  state: 'open' | 'answered' | 'declined';
  answer: string | null;
  answered_by: string | null;
  answered_at: Date | null;
  dataset_id: string | null;
  vote_count: number;
  created_at: Date;
}

interface Tables {
  'opendata.api_tokens': Omit<TokenRow, 'id' | 'created_at'> & { id?: string; created_at?: Date };
  'opendata.usage_daily': {
    day: string;
    dataset_id: string;
    resource_id: string;
    event: 'view' | 'download' | 'api';
    count: number;
  };
  'opendata.data_requests': Omit<DataRequestRow, 'id' | 'created_at' | 'vote_count'> & {
    id?: string;
    created_at?: Date;
    vote_count?: number;
  };
  'opendata.data_request_votes': { request_id: string; account_id: string; created_at?: Date };
}

const t = (db: Db) => db as Kysely<Tables>;

/** The resource id recorded for dataset-level events (the key has no nulls). */
export const NIL_UUID = '00000000-0000-0000-0000-000000000000';

// --- tokens -----------------------------------------------------------------------------------

export async function insertToken(
  db: Db,
  token: { account_id: string; name: string; token_hash: string },
): Promise<TokenRow> {
  return (await t(db)
    .insertInto('opendata.api_tokens')
    .values({ ...token, last_access: null, revoked_at: null })
    .returningAll()
    .executeTakeFirstOrThrow()) as TokenRow;
}

export async function findActiveToken(db: Db, tokenHash: string): Promise<TokenRow | null> {
  return (
    ((await t(db)
      .selectFrom('opendata.api_tokens')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .where('revoked_at', 'is', null)
      .executeTakeFirst()) as TokenRow | undefined) ?? null
  );
}

/** Records use at most once a minute per token, so API traffic does not turn into writes. */
export async function touchToken(db: Db, id: string): Promise<void> {
  await t(db)
    .updateTable('opendata.api_tokens')
    .set({ last_access: sql`now()` as never })
    .where('id', '=', id)
    .where((eb) =>
      eb.or([
        eb('last_access', 'is', null),
        eb('last_access', '<', sql<Date>`now() - interval '1 minute'`),
      ]),
    )
    .execute();
}

export async function listTokens(db: Db, accountId: string): Promise<TokenRow[]> {
  return (await t(db)
    .selectFrom('opendata.api_tokens')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc')
    .execute()) as TokenRow[];
}

export async function revokeToken(db: Db, accountId: string, id: string): Promise<boolean> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return false;
  const r = await t(db)
    .updateTable('opendata.api_tokens')
    .set({ revoked_at: sql`now()` as never })
    .where('id', '=', id)
    .where('account_id', '=', accountId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

// --- usage ------------------------------------------------------------------------------------

export async function countUsage(
  db: Db,
  event: {
    day: string;
    datasetId: string;
    resourceId: string | null;
    event: 'view' | 'download' | 'api';
    by?: number;
  },
): Promise<void> {
  await sql`insert into opendata.usage_daily (day, dataset_id, resource_id, event, count)
    values (${event.day}, ${event.datasetId}, ${event.resourceId ?? NIL_UUID}, ${event.event}, ${event.by ?? 1})
    on conflict (day, dataset_id, resource_id, event)
    do update set count = opendata.usage_daily.count + excluded.count`.execute(db);
}

export interface UsageTotal {
  dataset_id: string;
  views: number;
  downloads: number;
}

/** Views and downloads per dataset between two days (inclusive), most used first. */
export async function usageByDataset(
  db: Db,
  range: { from: string; to: string; limit: number; organizationId?: string },
): Promise<UsageTotal[]> {
  const r = await sql<UsageTotal>`
    select u.dataset_id,
      sum(case when u.event = 'view' then u.count else 0 end)::int as views,
      sum(case when u.event = 'download' then u.count else 0 end)::int as downloads
    from opendata.usage_daily u join opendata.datasets d on d.id = u.dataset_id
    where u.day between ${range.from} and ${range.to} and d.state = 'active' and not d.private
      ${range.organizationId ? sql`and d.owner_org = ${range.organizationId}` : sql``}
    group by u.dataset_id
    order by sum(u.count) desc, u.dataset_id
    limit ${range.limit}`.execute(db);
  return r.rows.map((x) => ({ ...x, views: Number(x.views), downloads: Number(x.downloads) }));
}

/** Monthly views and downloads of one organization's datasets (for its usage chart). */
export async function usageByMonth(
  db: Db,
  range: { from: string; to: string; organizationId: string },
): Promise<Array<{ month: string; views: number; downloads: number }>> {
  const r = await sql<{ month: string; views: number; downloads: number }>`
    select to_char(date_trunc('month', u.day), 'YYYY-MM') as month,
      sum(case when u.event = 'view' then u.count else 0 end)::int as views,
      sum(case when u.event = 'download' then u.count else 0 end)::int as downloads
    from opendata.usage_daily u join opendata.datasets d on d.id = u.dataset_id
    where u.day between ${range.from} and ${range.to} and d.owner_org = ${range.organizationId}
    group by 1 order by 1`.execute(db);
  return r.rows.map((x) => ({ ...x, views: Number(x.views), downloads: Number(x.downloads) }));
}

/** Views and downloads of one dataset and each of its resources, all time. */
export async function usageOfDataset(
  db: Db,
  datasetId: string,
): Promise<{ views: number; downloads: number; byResource: Map<string, number> }> {
  const r = await sql<{ resource_id: string; event: string; n: number }>`
    select resource_id, event, sum(count)::int as n from opendata.usage_daily
    where dataset_id = ${datasetId} group by resource_id, event`.execute(db);
  let views = 0;
  let downloads = 0;
  const byResource = new Map<string, number>();
  for (const row of r.rows) {
    if (row.event === 'view' && row.resource_id === NIL_UUID) views += Number(row.n);
    if (row.event === 'download') {
      downloads += Number(row.n);
      byResource.set(row.resource_id, (byResource.get(row.resource_id) ?? 0) + Number(row.n));
    }
  }
  return { views, downloads, byResource };
}

export async function hasUsage(db: Db, datasetId: string): Promise<boolean> {
  const r = await t(db)
    .selectFrom('opendata.usage_daily')
    .select('day')
    .where('dataset_id', '=', datasetId)
    .limit(1)
    .executeTakeFirst();
  return !!r;
}

// --- data requests ----------------------------------------------------------------------------

export async function insertDataRequest(
  db: Db,
  request: {
    title: string;
    description: string;
    requester_account_id: string;
    organization_id: string | null;
    created_at?: Date;
  },
): Promise<DataRequestRow> {
  return (await t(db)
    .insertInto('opendata.data_requests')
    .values({
      ...request,
      state: 'open',
      answer: null,
      answered_by: null,
      answered_at: null,
      dataset_id: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow()) as DataRequestRow;
}

export async function findDataRequest(db: Db, id: string): Promise<DataRequestRow | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  return (
    ((await t(db)
      .selectFrom('opendata.data_requests')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst()) as DataRequestRow | undefined) ?? null
  );
}

export async function listDataRequests(
  db: Db,
  filter: { state?: DataRequestRow['state']; year?: number; limit: number; offset?: number },
): Promise<DataRequestRow[]> {
  let q = t(db).selectFrom('opendata.data_requests').selectAll();
  if (filter.state) q = q.where('state', '=', filter.state);
  if (filter.year) {
    q = q
      .where('created_at', '>=', new Date(Date.UTC(filter.year, 0, 1)))
      .where('created_at', '<', new Date(Date.UTC(filter.year + 1, 0, 1)));
  }
  return (await q
    .orderBy('vote_count', 'desc')
    .orderBy('created_at')
    .limit(filter.limit)
    .offset(filter.offset ?? 0)
    .execute()) as DataRequestRow[];
}

/** One vote per account: returns false when this account had already voted. */
export async function addVote(db: Db, requestId: string, accountId: string): Promise<boolean> {
  const r = await t(db)
    .insertInto('opendata.data_request_votes')
    .values({ request_id: requestId, account_id: accountId })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  const added = Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
  if (added) {
    await t(db)
      .updateTable('opendata.data_requests')
      .set({ vote_count: sql`vote_count + 1` as never })
      .where('id', '=', requestId)
      .execute();
  }
  return added;
}

export async function hasVoted(db: Db, requestId: string, accountId: string): Promise<boolean> {
  return !!(await t(db)
    .selectFrom('opendata.data_request_votes')
    .select('request_id')
    .where('request_id', '=', requestId)
    .where('account_id', '=', accountId)
    .executeTakeFirst());
}

export async function answerDataRequest(
  db: Db,
  id: string,
  answer: {
    state: 'answered' | 'declined';
    answer: string;
    answered_by: string;
    dataset_id: string | null;
  },
): Promise<void> {
  await t(db)
    .updateTable('opendata.data_requests')
    .set({ ...answer, answered_at: sql`now()` as never })
    .where('id', '=', id)
    .execute();
}

/** Datasets linked to requests answered in a year, with the votes behind them. */
export async function answeredRequestDatasets(
  db: Db,
  year: number,
): Promise<Array<{ dataset_id: string; votes: number; requests: number }>> {
  const r = await sql<{ dataset_id: string; votes: number; requests: number }>`
    select q.dataset_id, sum(q.vote_count)::int as votes, count(*)::int as requests
    from opendata.data_requests q join opendata.datasets d on d.id = q.dataset_id
    where q.state = 'answered' and q.dataset_id is not null and d.state = 'active' and not d.private
      and q.answered_at >= ${new Date(Date.UTC(year, 0, 1))} and q.answered_at < ${new Date(Date.UTC(year + 1, 0, 1))}
    group by q.dataset_id order by votes desc, requests desc, q.dataset_id`.execute(db);
  return r.rows.map((x) => ({ ...x, votes: Number(x.votes), requests: Number(x.requests) }));
}

/** Downloads per dataset in a year (for the quality score's usage part). */
export async function downloadsInYear(db: Db, year: number): Promise<Map<string, number>> {
  const r = await sql<{ dataset_id: string; n: number }>`
    select dataset_id, sum(count)::int as n from opendata.usage_daily
    where event = 'download' and day between ${`${year}-01-01`} and ${`${year}-12-31`}
    group by dataset_id`.execute(db);
  return new Map(r.rows.map((x) => [x.dataset_id, Number(x.n)]));
}

/**
 * Demo usage: `days` days of views and downloads ending today, derived from a hash of the dataset
 * and the day, so a seed always writes the same counts for the same day.
 */
export async function seedUsage(
  db: Db,
  usage: {
    datasetId: string;
    resourceId: string | null;
    weight: number;
    days: number;
    today: string;
  },
): Promise<void> {
  await sql`insert into opendata.usage_daily (day, dataset_id, resource_id, event, count)
    select d::date, ${usage.datasetId}::uuid, ${NIL_UUID}::uuid, 'view',
      1 + (abs(hashtext(${usage.datasetId} || d::date::text)) % ${Math.max(1, usage.weight * 3)})
    from generate_series(${usage.today}::date - ${usage.days - 1}::int, ${usage.today}::date, interval '1 day') d
    on conflict do nothing`.execute(db);
  if (!usage.resourceId) return;
  await sql`insert into opendata.usage_daily (day, dataset_id, resource_id, event, count)
    select d::date, ${usage.datasetId}::uuid, ${usage.resourceId}::uuid, 'download',
      abs(hashtext(${usage.resourceId} || d::date::text)) % ${Math.max(1, usage.weight)}
    from generate_series(${usage.today}::date - ${usage.days - 1}::int, ${usage.today}::date, interval '1 day') d
    on conflict do nothing`.execute(db);
}

export async function findDataRequestByTitle(
  db: Db,
  title: string,
): Promise<DataRequestRow | null> {
  return (
    ((await t(db)
      .selectFrom('opendata.data_requests')
      .selectAll()
      .where('title', '=', title)
      .executeTakeFirst()) as DataRequestRow | undefined) ?? null
  );
}
