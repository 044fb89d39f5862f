import { type Generated, type Kysely, sql } from 'kysely';
import { type Db, isUuid } from '../../platform/db/database.ts';
import type { Answers, DraftState, EServiceDefinition, FileKind, Outcome } from './types.ts';

/** The only file with SQL for the e-service tables (STYLE.md 3). */
export interface DefinitionRow {
  id: string;
  code: string;
  organization_id: string;
  working: EServiceDefinition;
  status: 'draft' | 'published' | 'unpublished';
  published_version: number | null;
  created_by: string;
  created_at: Date;
  updated_by: string;
  updated_at: Date;
}
export interface VersionRow {
  definition_id: string;
  version: number;
  definition: EServiceDefinition;
  published_by: string;
  published_at: Date;
}
export interface ApplicationRow {
  id: string;
  definition_id: string;
  version: number;
  organization_id: string;
  applicant_id: string;
  status: string;
  draft: DraftState | null;
  answers: Answers | null;
  tracking_no: string | null;
  outcome: Outcome | null;
  decision_reason: string | null;
  assigned_to: string | null;
  created_at: Date;
  updated_at: Date;
  submitted_at: Date | null;
  due_at: Date | null;
  decided_at: Date | null;
}
export interface EventRow {
  id: number;
  audited: boolean;
  application_id: string;
  at: Date;
  actor_kind: 'citizen' | 'staff' | 'system';
  actor_id: string;
  action: string;
  from_status: string | null;
  to_status: string | null;
  message: string | null;
  file_id: string | null;
}
export interface CommentRow {
  id: number;
  application_id: string;
  author_id: string;
  at: Date;
  body: string;
}
export interface FileRow {
  id: string;
  application_id: string;
  field: string;
  filename: string;
  kind: FileKind;
  size: number;
  sha256: string;
  content: Uint8Array;
  uploaded_by: string;
  uploaded_at: Date;
}
export interface NotificationRow {
  id: number;
  account_id: string;
  application_id: string | null;
  at: Date;
  title_th: string;
  title_en: string;
  body_th: string;
  body_en: string;
  read_at: Date | null;
  /** Where the message leads when not the citizen's own application page (an officer's view). */
  link: string | null;
}

type Defaults<T, K extends keyof T> = Omit<T, K> & { [P in K]: Generated<T[P]> };
interface Tables {
  'services.eservice_definitions': Defaults<
    DefinitionRow,
    'id' | 'status' | 'published_version' | 'created_at' | 'updated_at'
  >;
  'services.eservice_versions': Defaults<VersionRow, 'published_at'>;
  'services.application_records': Defaults<
    ApplicationRow,
    | 'id'
    | 'created_at'
    | 'updated_at'
    | 'answers'
    | 'tracking_no'
    | 'outcome'
    | 'decision_reason'
    | 'assigned_to'
    | 'submitted_at'
    | 'due_at'
    | 'decided_at'
  >;
  'services.application_events': Defaults<
    EventRow,
    'id' | 'at' | 'message' | 'file_id' | 'audited'
  >;
  'services.application_comments': Defaults<CommentRow, 'id' | 'at'>;
  'services.application_files': Defaults<FileRow, 'id' | 'uploaded_at'>;
  'services.application_used_tokens': {
    token_hash: string;
    used_at: Generated<Date>;
    application_id: string | null;
  };
  'services.application_notifications': Defaults<NotificationRow, 'id' | 'at' | 'read_at' | 'link'>;
}

const t = (db: Db) => db as Kysely<Tables>;
const json = (v: unknown) => JSON.stringify(v) as never;

// Definitions ---------------------------------------------------------------------------------

export async function insertDefinition(
  db: Db,
  row: { code: string; organization_id: string; working: EServiceDefinition; actor: string },
): Promise<DefinitionRow> {
  return t(db)
    .insertInto('services.eservice_definitions')
    .values({
      code: row.code,
      organization_id: row.organization_id,
      working: json(row.working),
      created_by: row.actor,
      updated_by: row.actor,
    })
    .returningAll()
    .executeTakeFirstOrThrow() as Promise<DefinitionRow>;
}

export async function findDefinition(db: Db, id: string): Promise<DefinitionRow | null> {
  if (!isUuid(id)) return null;
  return ((await t(db)
    .selectFrom('services.eservice_definitions')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst()) ?? null) as DefinitionRow | null;
}

export async function findDefinitionByCode(db: Db, code: string): Promise<DefinitionRow | null> {
  return ((await t(db)
    .selectFrom('services.eservice_definitions')
    .selectAll()
    .where('code', '=', code)
    .executeTakeFirst()) ?? null) as DefinitionRow | null;
}

/** Locks the row for the rest of the transaction, so two publishes cannot pick one number. */
export async function lockDefinition(db: Db, id: string): Promise<DefinitionRow | null> {
  if (!isUuid(id)) return null;
  return ((await t(db)
    .selectFrom('services.eservice_definitions')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst()) ?? null) as DefinitionRow | null;
}

export async function listDefinitions(db: Db, organizationIds: string[]) {
  if (organizationIds.length === 0) return [] as DefinitionRow[];
  return t(db)
    .selectFrom('services.eservice_definitions')
    .selectAll()
    .where('organization_id', 'in', organizationIds)
    .orderBy('updated_at', 'desc')
    .execute() as Promise<DefinitionRow[]>;
}

/**
 * Replaces the working copy, only if it is still `before` (the copy the change was made from):
 * false when someone changed it in between, so no edit is lost.
 */
export async function updateWorking(
  db: Db,
  id: string,
  working: EServiceDefinition,
  actor: string,
  before: EServiceDefinition,
): Promise<boolean> {
  const r = await t(db)
    .updateTable('services.eservice_definitions')
    .set({ working: json(working), updated_by: actor, updated_at: new Date() })
    .where('id', '=', id)
    .where(sql<boolean>`working = ${JSON.stringify(before)}::jsonb`)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function setDefinitionStatus(
  db: Db,
  id: string,
  status: DefinitionRow['status'],
  publishedVersion: number | null,
  actor: string,
): Promise<void> {
  await t(db)
    .updateTable('services.eservice_definitions')
    .set({ status, published_version: publishedVersion, updated_by: actor, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function insertVersion(db: Db, row: Omit<VersionRow, 'published_at'>) {
  await t(db)
    .insertInto('services.eservice_versions')
    .values({ ...row, definition: json(row.definition) })
    .execute();
}

export async function findVersion(db: Db, definitionId: string, version: number) {
  if (!isUuid(definitionId) || !Number.isSafeInteger(version)) return null;
  return ((await t(db)
    .selectFrom('services.eservice_versions')
    .selectAll()
    .where('definition_id', '=', definitionId)
    .where('version', '=', version)
    .executeTakeFirst()) ?? null) as VersionRow | null;
}

export async function listVersions(db: Db, definitionId: string) {
  return t(db)
    .selectFrom('services.eservice_versions')
    .selectAll()
    .where('definition_id', '=', definitionId)
    .orderBy('version', 'desc')
    .execute() as Promise<VersionRow[]>;
}

export async function listPublished(db: Db) {
  return t(db)
    .selectFrom('services.eservice_definitions')
    .select(['id', 'code', 'organization_id', 'published_version'])
    .where('status', '=', 'published')
    .orderBy('code')
    .execute();
}

// Applications --------------------------------------------------------------------------------

export async function insertApplication(
  db: Db,
  row: {
    definition_id: string;
    version: number;
    organization_id: string;
    applicant_id: string;
    draft: DraftState;
  },
): Promise<ApplicationRow> {
  return t(db)
    .insertInto('services.application_records')
    .values({ ...row, status: 'draft', draft: json(row.draft) })
    .returningAll()
    .executeTakeFirstOrThrow() as Promise<ApplicationRow>;
}

/** The application a start form (by its token's hash) already created, if any. */
export async function applicationStartedWith(db: Db, tokenHash: string): Promise<string | null> {
  const r = await t(db)
    .selectFrom('services.application_used_tokens')
    .select('application_id')
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  return r?.application_id ?? null;
}

/** Records that a start form created `applicationId`; false when the token was used already. */
export async function useStartToken(
  db: Db,
  tokenHash: string,
  applicationId: string,
): Promise<boolean> {
  const r = await t(db)
    .insertInto('services.application_used_tokens')
    .values({ token_hash: tokenHash, application_id: applicationId })
    .onConflict((oc) => oc.column('token_hash').doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function findApplication(db: Db, id: string): Promise<ApplicationRow | null> {
  if (!isUuid(id)) return null;
  return ((await t(db)
    .selectFrom('services.application_records')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst()) ?? null) as ApplicationRow | null;
}

export async function findApplicationByTracking(db: Db, trackingNo: string) {
  return ((await t(db)
    .selectFrom('services.application_records')
    .selectAll()
    .where('tracking_no', '=', trackingNo)
    .executeTakeFirst()) ?? null) as ApplicationRow | null;
}

/** Saves a draft only while it is still a draft (a submitted application is never rewritten). */
export async function saveDraft(db: Db, id: string, draft: DraftState): Promise<boolean> {
  const r = await t(db)
    .updateTable('services.application_records')
    .set({ draft: json(draft), updated_at: new Date() })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/**
 * The submission in one statement, so one round trip: spends the form token, takes the next
 * tracking number (the prefix, then the sequence zero-padded to six digits at least, as
 * tracking.ts formatTrackingNumber writes it), stores the answers and records the event. Nothing
 * changes unless the token is fresh and the application is still a draft (the caller then rolls
 * back). Data-modifying WITH parts run exactly once whether or not they are read (PostgreSQL
 * docs, 7.8.4).
 */
export async function submitDraft(
  db: Db,
  s: {
    id: string;
    tokenHash: string;
    status: string;
    answers: Answers;
    trackingPrefix: string;
    at: Date;
    dueAt: Date;
    actor: string;
  },
): Promise<{ fresh: boolean; tracking_no: string | null }> {
  const r = await sql<{ fresh: boolean; tracking_no: string | null }>`
    with token as (
      insert into services.application_used_tokens (token_hash) values (${s.tokenHash})
      on conflict do nothing
      returning token_hash
    ), moved as (
      update services.application_records
      set status = ${s.status}, answers = ${JSON.stringify(s.answers)}::jsonb, draft = null,
        tracking_no = ${s.trackingPrefix}::text || (
          select lpad(n::text, greatest(6, length(n::text)), '0')
          from nextval('services.application_tracking_seq') as n),
        submitted_at = ${s.at}, due_at = ${s.dueAt}, updated_at = ${s.at}
      where id = ${s.id} and status = 'draft' and exists (select 1 from token)
      returning id, tracking_no
    ), event as (
      insert into services.application_events
        (application_id, actor_kind, actor_id, action, from_status, to_status)
      select id, 'citizen', ${s.actor}, 'submit', 'draft', ${s.status}::text from moved
    )
    select exists (select 1 from token) as fresh, (select tracking_no from moved) as tracking_no`.execute(
    db,
  );
  return r.rows[0] ?? { fresh: false, tracking_no: null };
}

/** An application with its service's publication status, in one query. */
export async function findApplicationWithStatus(db: Db, id: string) {
  if (!isUuid(id)) return null;
  return ((await t(db)
    .selectFrom('services.application_records as a')
    .innerJoin('services.eservice_definitions as d', 'd.id', 'a.definition_id')
    .selectAll('a')
    .select('d.status as definition_status')
    .where('a.id', '=', id)
    .executeTakeFirst()) ?? null) as
    | (ApplicationRow & { definition_status: DefinitionRow['status'] })
    | null;
}

/** Moves an application on, only from the state the caller saw (no lost updates). */
export async function moveApplication(
  db: Db,
  id: string,
  from: string,
  values: {
    status: string;
    outcome?: Outcome | null;
    decision_reason?: string | null;
    decided_at?: Date | null;
  },
): Promise<boolean> {
  const r = await t(db)
    .updateTable('services.application_records')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function assignApplication(db: Db, id: string, assignee: string | null) {
  await t(db)
    .updateTable('services.application_records')
    .set({ assigned_to: assignee, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function listApplicationsOf(db: Db, applicantId: string, limit = 100) {
  return t(db)
    .selectFrom('services.application_records as a')
    .innerJoin('services.eservice_versions as v', (j) =>
      j.onRef('v.definition_id', '=', 'a.definition_id').onRef('v.version', '=', 'a.version'),
    )
    .select([
      'a.id',
      'a.status',
      'a.tracking_no',
      'a.created_at',
      'a.updated_at',
      'a.submitted_at',
      'a.definition_id',
      'a.version',
      sql<string>`v.definition->'title'->>'th'`.as('title_th'),
      sql<string>`v.definition->'title'->>'en'`.as('title_en'),
    ])
    .where('a.applicant_id', '=', applicantId)
    .orderBy('a.created_at', 'desc')
    .limit(limit)
    .execute();
}

export async function listDraftsFor(db: Db, applicantId: string, definitionId: string) {
  return t(db)
    .selectFrom('services.application_records')
    .select(['id', 'created_at', 'updated_at', 'version'])
    .where('applicant_id', '=', applicantId)
    .where('definition_id', '=', definitionId)
    .where('status', '=', 'draft')
    .orderBy('updated_at', 'desc')
    .execute();
}

export interface QueueFilter {
  definitionId: string;
  status?: string[];
  from?: string;
  to?: string;
  overdue?: boolean;
  openStates?: string[];
  assigned?: { to: string } | 'none';
  tracking?: string;
  limit?: number;
  offset?: number;
}

function queueQuery(db: Db, f: QueueFilter) {
  let q = t(db)
    .selectFrom('services.application_records')
    .where('definition_id', '=', f.definitionId)
    .where('submitted_at', 'is not', null);
  if (f.status?.length) q = q.where('status', 'in', f.status);
  // Dates are Thai calendar days: a day runs from midnight in Bangkok (UTC+7, no DST).
  if (f.from) q = q.where('submitted_at', '>=', new Date(`${f.from}T00:00:00+07:00`));
  if (f.to)
    q = q.where('submitted_at', '<', new Date(Date.parse(`${f.to}T00:00:00+07:00`) + 86_400_000));
  if (f.overdue && f.openStates?.length) {
    q = q.where('due_at', '<', new Date()).where('status', 'in', f.openStates);
  }
  if (f.assigned === 'none') q = q.where('assigned_to', 'is', null);
  else if (f.assigned) q = q.where('assigned_to', '=', f.assigned.to);
  if (f.tracking) q = q.where('tracking_no', '=', f.tracking);
  return q;
}

export async function listQueue(db: Db, f: QueueFilter) {
  return queueQuery(db, f)
    .selectAll()
    .orderBy('due_at', 'asc')
    .orderBy('submitted_at', 'asc')
    .limit(f.limit ?? 50)
    .offset(f.offset ?? 0)
    .execute() as Promise<ApplicationRow[]>;
}

export async function countQueue(db: Db, f: QueueFilter): Promise<number> {
  const r = await queueQuery(db, f)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Per service of some organizations: open, overdue and near-due counts for the back-office home. */
export async function queueSummary(db: Db, organizationIds: string[]) {
  if (organizationIds.length === 0) return [];
  return t(db)
    .selectFrom('services.application_records')
    .select([
      'definition_id',
      sql<number>`count(*) filter (where outcome is null)`.as('open'),
      sql<number>`count(*) filter (where outcome is null and due_at < now())`.as('overdue'),
      // The same "near" as workflow.ts slaStatus: the last fifth of the allowance, at least a day.
      sql<number>`count(*) filter (where outcome is null and due_at >= now()
        and due_at - now() <= greatest(interval '1 day', (due_at - submitted_at) / 5))`.as('near'),
      sql<number>`count(*)`.as('total'),
    ])
    .where('organization_id', 'in', organizationIds)
    .where('submitted_at', 'is not', null)
    .groupBy('definition_id')
    .execute();
}

// Events, comments, files, tokens, notifications ----------------------------------------------

export async function insertEvent(
  db: Db,
  e: Omit<EventRow, 'id' | 'at' | 'message' | 'file_id' | 'audited'> & {
    message?: string | null;
    file_id?: string | null;
    audited?: boolean;
  },
) {
  await t(db).insertInto('services.application_events').values(e).execute();
}

/** Citizens' events not yet in the audit chain, oldest first, locked for this transaction. */
export async function lockUnauditedEvents(db: Db, limit: number) {
  return t(db)
    .selectFrom('services.application_events as e')
    .innerJoin('services.application_records as a', 'a.id', 'e.application_id')
    .select([
      'e.id',
      'e.application_id',
      'e.at',
      'e.actor_id',
      'e.action',
      'e.from_status',
      'e.to_status',
      'a.tracking_no',
      'a.answers',
      'a.definition_id',
      'a.version',
    ])
    .where('e.audited', '=', false)
    .orderBy('e.id')
    .limit(limit)
    .forUpdate('e')
    .skipLocked()
    .execute();
}

export async function markAudited(db: Db, ids: number[]) {
  if (ids.length === 0) return;
  await t(db)
    .updateTable('services.application_events')
    .set({ audited: true })
    .where('id', 'in', ids)
    .execute();
}

/** Just the status of a definition (cheaper than the row with its working copy). */
export async function definitionStatus(db: Db, id: string) {
  const r = await t(db)
    .selectFrom('services.eservice_definitions')
    .select('status')
    .where('id', '=', id)
    .executeTakeFirst();
  return r?.status ?? null;
}

export async function listEvents(db: Db, applicationId: string) {
  return t(db)
    .selectFrom('services.application_events')
    .selectAll()
    .where('application_id', '=', applicationId)
    .orderBy('id')
    .execute() as Promise<EventRow[]>;
}

export async function insertComment(
  db: Db,
  c: { application_id: string; author_id: string; body: string },
) {
  await t(db).insertInto('services.application_comments').values(c).execute();
}

export async function listComments(db: Db, applicationId: string) {
  return t(db)
    .selectFrom('services.application_comments')
    .selectAll()
    .where('application_id', '=', applicationId)
    .orderBy('id')
    .execute() as Promise<CommentRow[]>;
}

export async function insertFile(db: Db, f: Omit<FileRow, 'id' | 'uploaded_at'>): Promise<string> {
  const r = await t(db)
    .insertInto('services.application_files')
    .values(f)
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function findFile(db: Db, applicationId: string, fileId: string) {
  if (!isUuid(fileId)) return null;
  return ((await t(db)
    .selectFrom('services.application_files')
    .selectAll()
    .where('id', '=', fileId)
    .where('application_id', '=', applicationId)
    .executeTakeFirst()) ?? null) as FileRow | null;
}

/** Removes a draft's replaced upload (never a file of a submitted application). */
export async function deleteDraftFile(db: Db, applicationId: string, fileId: string) {
  await t(db)
    .deleteFrom('services.application_files')
    .where('id', '=', fileId)
    .where('application_id', '=', applicationId)
    .where('application_id', 'in', (eb) =>
      eb.selectFrom('services.application_records').select('id').where('status', '=', 'draft'),
    )
    .execute();
}

/** At submission: removes the application's form uploads that its answers do not refer to. */
export async function deleteFilesExcept(db: Db, applicationId: string, keep: string[]) {
  let q = t(db)
    .deleteFrom('services.application_files')
    .where('application_id', '=', applicationId)
    .where('field', 'not like', '\\_event:%');
  if (keep.length) q = q.where('id', 'not in', keep);
  await q.execute();
}

/** Records a single-use form token; false when it was used before (a double or replayed post). */
export async function useToken(db: Db, tokenHash: string): Promise<boolean> {
  const r = await t(db)
    .insertInto('services.application_used_tokens')
    .values({ token_hash: tokenHash })
    .onConflict((oc) => oc.column('token_hash').doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function purgeUsedTokens(db: Db, olderThan: Date): Promise<number> {
  const r = await t(db)
    .deleteFrom('services.application_used_tokens')
    .where('used_at', '<', olderThan)
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function insertNotification(
  db: Db,
  n: Omit<NotificationRow, 'id' | 'at' | 'read_at' | 'link'> & { link?: string },
) {
  await t(db).insertInto('services.application_notifications').values(n).execute();
}

export async function listNotifications(db: Db, accountId: string, limit = 100) {
  return t(db)
    .selectFrom('services.application_notifications')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute() as Promise<NotificationRow[]>;
}

/** Marks an account's unread messages read: all of them, or those about one application. */
export async function markNotificationsRead(
  db: Db,
  accountId: string,
  applicationId?: string,
): Promise<number> {
  let q = t(db)
    .updateTable('services.application_notifications')
    .set({ read_at: new Date() })
    .where('account_id', '=', accountId)
    .where('read_at', 'is', null);
  if (applicationId) q = q.where('application_id', '=', applicationId);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function countUnread(db: Db, accountId: string): Promise<number> {
  const r = await t(db)
    .selectFrom('services.application_notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('account_id', '=', accountId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

// Statistics ----------------------------------------------------------------------------------

const BANGKOK = 'Asia/Bangkok';

/** Submitted applications per Bangkok calendar day since `since`. */
export async function volumePerDay(db: Db, definitionId: string, since: Date) {
  const r = await sql<{ day: string; n: number }>`
    select to_char(submitted_at at time zone ${BANGKOK}, 'YYYY-MM-DD') as day, count(*)::int8 as n
    from services.application_records
    where definition_id = ${definitionId} and submitted_at >= ${since}
    group by 1 order by 1`.execute(db);
  return r.rows.map((x) => ({ day: x.day, n: Number(x.n) }));
}

/** Median days from submission to decision (approved or rejected), and how many decisions. */
export async function medianDecision(
  db: Db,
  scope: { definitionId?: string; organizationId?: string } = {},
) {
  const r = await sql<{ median: string | number | null; n: number }>`
    select percentile_cont(0.5) within group (
             order by extract(epoch from decided_at - submitted_at) / 86400.0) as median,
           count(*)::int8 as n
    from services.application_records
    where outcome in ('approved', 'rejected')
      ${scope.definitionId ? sql`and definition_id = ${scope.definitionId}` : sql``}
      ${scope.organizationId ? sql`and organization_id = ${scope.organizationId}` : sql``}`.execute(
    db,
  );
  const row = r.rows[0];
  return {
    medianDays: row?.median == null ? null : Number(row.median),
    decisions: Number(row?.n ?? 0),
  };
}

export async function statusCounts(db: Db, definitionId: string) {
  const r = await sql<{ status: string; n: number }>`
    select status, count(*)::int8 as n from services.application_records
    where definition_id = ${definitionId} and submitted_at is not null
    group by status`.execute(db);
  return r.rows.map((x) => ({ status: x.status, n: Number(x.n) }));
}

/** Published e-services per organization (the transparency page and its gauge). */
export async function onlinePerOrganization(db: Db) {
  const r = await sql<{ organization_id: string; n: number }>`
    select organization_id, count(*)::int8 as n from services.eservice_definitions
    where status = 'published' group by organization_id order by 2 desc`.execute(db);
  return r.rows.map((x) => ({ organizationId: x.organization_id, n: Number(x.n) }));
}

/** Applications submitted per Bangkok calendar month since `since`. */
export async function applicationsPerMonth(db: Db, since: Date) {
  const r = await sql<{ month: string; n: number }>`
    select to_char(submitted_at at time zone ${BANGKOK}, 'YYYY-MM') as month, count(*)::int8 as n
    from services.application_records
    where submitted_at >= ${since}
    group by 1 order by 1`.execute(db);
  return r.rows.map((x) => ({ month: x.month, n: Number(x.n) }));
}

export async function decisionsPerOrganization(db: Db) {
  const r = await sql<{
    organization_id: string;
    median: string | number | null;
    n: number;
    submitted: number;
  }>`
    select organization_id,
           percentile_cont(0.5) within group (
             order by extract(epoch from decided_at - submitted_at) / 86400.0)
             filter (where outcome in ('approved', 'rejected')) as median,
           count(*) filter (where outcome in ('approved', 'rejected'))::int8 as n,
           count(*)::int8 as submitted
    from services.application_records
    where submitted_at is not null
    group by organization_id`.execute(db);
  return r.rows.map((x) => ({
    organizationId: x.organization_id,
    medianDays: x.median == null ? null : Number(x.median),
    decisions: Number(x.n),
    submitted: Number(x.submitted),
  }));
}

/** Every submitted application of a service, for the CSV export (bounded by the caller). */
export async function listForExport(db: Db, f: QueueFilter, limit: number) {
  return queueQuery(db, f)
    .selectAll()
    .orderBy('submitted_at', 'asc')
    .limit(limit)
    .execute() as Promise<ApplicationRow[]>;
}
