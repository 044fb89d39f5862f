import { type Generated, type Kysely, type Selectable, sql } from 'kysely';
import { type Db, isUuid } from '../../platform/db/database.ts';
import { DomainError } from '../../platform/errors.ts';
import type { Answer, AssessmentTemplate } from '../assessment-template.ts';
import type { ScoreColumns } from './assessments.ts';

/** The only file with SQL for the self-assessment's tables (localgov.assessment_*). */

export type TemplateStatus = 'draft' | 'published';
export type AssessmentStatus = 'draft' | 'submitted';

interface TemplatesTable {
  id: Generated<string>;
  template_key: string;
  fiscal_year: number;
  version: number;
  definition: AssessmentTemplate;
  status: Generated<TemplateStatus>;
  based_on: string | null;
  created_by: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  published_by: string | null;
  published_at: Date | null;
}

interface RecordsTable {
  id: Generated<string>;
  administration_code: string;
  administration_name_th: string;
  administration_name_en: string;
  administration_type: string;
  province_code: string;
  region: string;
  fiscal_year: number;
  project_type: string;
  project_name: string;
  /** numeric(15,2): an exact decimal string. */
  project_budget: string;
  template_id: string;
  status: Generated<AssessmentStatus>;
  answers: Generated<Record<string, Answer>>;
  filled_by: string;
  signed_off_by: string | null;
  signed_off_at: Date | null;
  submitted_at: Date | null;
  overall_score: string | null;
  score_authority: string | null;
  score_development_plan: string | null;
  score_budget: string | null;
  score_implementation: string | null;
  level: string | null;
  findings_count: number | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

interface EvidenceTable {
  id: Generated<string>;
  assessment_id: string;
  question_id: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  content: Buffer | Uint8Array;
  uploaded_by: string;
  uploaded_at: Generated<Date>;
}

interface HistoryTable {
  id: Generated<number>;
  assessment_id: string;
  at: Generated<Date>;
  actor: string;
  action: string;
  details: Record<string, unknown>;
}

interface TotalsTable {
  fiscal_year: number;
  project_type: string;
  province_code: string;
  region: string;
  administration_type: string;
}

interface Tables {
  'localgov.assessment_templates': TemplatesTable;
  'localgov.assessment_records': RecordsTable;
  'localgov.assessment_evidence': EvidenceTable;
  'localgov.assessment_history': HistoryTable;
  'localgov.assessment_score_totals': TotalsTable;
}

const t = (db: Db) => db as Kysely<Tables>;

export type TemplateRow = Selectable<TemplatesTable>;
export type AssessmentRow = Selectable<RecordsTable>;
export type EvidenceInfo = Omit<Selectable<EvidenceTable>, 'content'>;
export type HistoryRow = Selectable<HistoryTable>;

/**
 * The database refuses changes to submitted assessments and published templates (triggers in
 * migrations.ts, raised with a hint naming our message code); turn that into the domain error.
 */
async function guarded<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    const hint = (error as { hint?: string } | null)?.hint;
    if (hint === 'assessment.locked') {
      throw new DomainError('assessment.locked', { status: 409, cause: error });
    }
    if (hint === 'assessment.template_published') {
      throw new DomainError('assessment.template_published', { status: 409, cause: error });
    }
    if ((error as { code?: string } | null)?.code === '23505') {
      const constraint = (error as { constraint?: string }).constraint ?? '';
      const detail = (error as { detail?: string }).detail ?? '';
      if (constraint === 'assessment_records_project' || /project_name/.test(detail)) {
        throw new DomainError('form.has_errors', {
          status: 400,
          fields: { project_name: 'assessment.duplicate_project' },
          cause: error,
        });
      }
    }
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Templates
// ---------------------------------------------------------------------------------------------

export async function insertTemplate(
  db: Db,
  row: {
    template_key: string;
    fiscal_year: number;
    version: number;
    definition: AssessmentTemplate;
    status: TemplateStatus;
    based_on: string | null;
    created_by: string;
    published_by?: string | null;
    published_at?: Date | null;
  },
): Promise<TemplateRow> {
  return guarded(
    t(db)
      .insertInto('localgov.assessment_templates')
      .values({ ...row, definition: JSON.stringify(row.definition) as never })
      .returningAll()
      .executeTakeFirstOrThrow(),
  );
}

export function findTemplate(db: Db, id: string): Promise<TemplateRow | undefined> {
  if (!isUuid(id)) return Promise.resolve(undefined);
  return t(db)
    .selectFrom('localgov.assessment_templates')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findTemplateVersion(db: Db, key: string, fiscalYear: number, version: number) {
  return t(db)
    .selectFrom('localgov.assessment_templates')
    .selectAll()
    .where('template_key', '=', key)
    .where('fiscal_year', '=', fiscalYear)
    .where('version', '=', version)
    .executeTakeFirst();
}

/** Locks a template row for the rest of the transaction (edits of one draft are serialised). */
export function lockTemplate(db: Db, id: string): Promise<TemplateRow | undefined> {
  if (!isUuid(id)) return Promise.resolve(undefined);
  return t(db)
    .selectFrom('localgov.assessment_templates')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export function listTemplates(db: Db): Promise<Omit<TemplateRow, 'definition'>[]> {
  return t(db)
    .selectFrom('localgov.assessment_templates')
    .select([
      'id',
      'template_key',
      'fiscal_year',
      'version',
      'status',
      'based_on',
      'created_by',
      'created_at',
      'updated_at',
      'published_by',
      'published_at',
    ])
    .orderBy('fiscal_year', 'desc')
    .orderBy('version', 'desc')
    .execute();
}

export function listTemplateDefinitions(db: Db, key: string): Promise<AssessmentTemplate[]> {
  return t(db)
    .selectFrom('localgov.assessment_templates')
    .select('definition')
    .where('template_key', '=', key)
    .execute()
    .then((rows) => rows.map((r) => r.definition));
}

export async function nextTemplateVersion(db: Db, key: string, fiscalYear: number) {
  const row = await t(db)
    .selectFrom('localgov.assessment_templates')
    .select((eb) => eb.fn.max('version').as('max'))
    .where('template_key', '=', key)
    .where('fiscal_year', '=', fiscalYear)
    .executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}

export function updateTemplateDefinition(db: Db, id: string, definition: AssessmentTemplate) {
  return guarded(
    t(db)
      .updateTable('localgov.assessment_templates')
      .set({ definition: JSON.stringify(definition) as never, updated_at: new Date() })
      .where('id', '=', id)
      .where('status', '=', 'draft')
      .returningAll()
      .executeTakeFirst(),
  );
}

export function publishTemplate(db: Db, id: string, actor: string) {
  return guarded(
    t(db)
      .updateTable('localgov.assessment_templates')
      .set({ status: 'published', published_by: actor, published_at: new Date() })
      .where('id', '=', id)
      .where('status', '=', 'draft')
      .returningAll()
      .executeTakeFirst(),
  );
}

/**
 * The template an assessment of `fiscalYear` starts with: the newest published version of the
 * latest fiscal year not after it; before the first template's year, the first template (so
 * history from before the program can be back-filled on it).
 */
export async function templateInForce(db: Db, key: string, fiscalYear: number) {
  const base = t(db)
    .selectFrom('localgov.assessment_templates')
    .selectAll()
    .where('template_key', '=', key)
    .where('status', '=', 'published');
  const current = await base
    .where('fiscal_year', '<=', fiscalYear)
    .orderBy('fiscal_year', 'desc')
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (current) return current;
  return base.orderBy('fiscal_year', 'asc').orderBy('version', 'desc').limit(1).executeTakeFirst();
}

// ---------------------------------------------------------------------------------------------
// Assessments
// ---------------------------------------------------------------------------------------------

export interface NewRecord {
  administration_code: string;
  administration_name_th: string;
  administration_name_en: string;
  administration_type: string;
  province_code: string;
  region: string;
  fiscal_year: number;
  project_type: string;
  project_name: string;
  project_budget: string;
  template_id: string;
  filled_by: string;
}

export function insertRecord(db: Db, row: NewRecord): Promise<AssessmentRow> {
  return guarded(
    t(db)
      .insertInto('localgov.assessment_records')
      .values(row)
      .returningAll()
      .executeTakeFirstOrThrow(),
  );
}

export function findRecord(db: Db, id: string): Promise<AssessmentRow | undefined> {
  if (!isUuid(id)) return Promise.resolve(undefined);
  return t(db)
    .selectFrom('localgov.assessment_records')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Reads and locks an assessment for the rest of the transaction (one writer at a time). */
export function lockRecord(db: Db, id: string): Promise<AssessmentRow | undefined> {
  if (!isUuid(id)) return Promise.resolve(undefined);
  return t(db)
    .selectFrom('localgov.assessment_records')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export function listRecordsOf(db: Db, administrationCodes: readonly string[]) {
  if (administrationCodes.length === 0) return Promise.resolve([] as AssessmentRow[]);
  return t(db)
    .selectFrom('localgov.assessment_records')
    .selectAll()
    .where('administration_code', 'in', administrationCodes)
    .orderBy('fiscal_year', 'desc')
    .orderBy('administration_code')
    .orderBy('project_type')
    .orderBy('project_name')
    .limit(1000)
    .execute();
}

export function listSubmittedOf(db: Db, administrationCode: string) {
  return t(db)
    .selectFrom('localgov.assessment_records')
    .selectAll()
    .where('administration_code', '=', administrationCode)
    .where('status', '=', 'submitted')
    .orderBy('fiscal_year', 'desc')
    .orderBy('project_type')
    .orderBy('project_name')
    .execute();
}

/** Merges answers into a draft; the `status = 'draft'` guard and the trigger keep submissions. */
export async function mergeAnswers(
  db: Db,
  id: string,
  answers: Record<string, Answer>,
  actor: string,
): Promise<void> {
  const result = await guarded(
    t(db)
      .updateTable('localgov.assessment_records')
      .set({
        answers: sql`answers || ${JSON.stringify(answers)}::jsonb`,
        updated_at: new Date(),
        filled_by: actor,
      })
      .where('id', '=', id)
      .where('status', '=', 'draft')
      .executeTakeFirst(),
  );
  if (Number(result.numUpdatedRows) !== 1) {
    throw new DomainError('assessment.locked', { status: 409 });
  }
}

export async function markSubmitted(
  db: Db,
  id: string,
  actor: string,
  at: Date,
  score: ScoreColumns,
): Promise<AssessmentRow> {
  const row = await guarded(
    t(db)
      .updateTable('localgov.assessment_records')
      .set({
        ...score,
        status: 'submitted',
        signed_off_by: actor,
        signed_off_at: at,
        submitted_at: at,
        updated_at: at,
      })
      .where('id', '=', id)
      .where('status', '=', 'draft')
      .returningAll()
      .executeTakeFirst(),
  );
  if (!row) throw new DomainError('assessment.locked', { status: 409 });
  return row;
}

// ---------------------------------------------------------------------------------------------
// Evidence and history
// ---------------------------------------------------------------------------------------------

export function insertEvidence(
  db: Db,
  row: Omit<EvidenceTable, 'id' | 'uploaded_at'>,
): Promise<EvidenceInfo> {
  return guarded(
    t(db)
      .insertInto('localgov.assessment_evidence')
      .values(row)
      .returning([
        'id',
        'assessment_id',
        'question_id',
        'file_name',
        'content_type',
        'size_bytes',
        'sha256',
        'uploaded_by',
        'uploaded_at',
      ])
      .executeTakeFirstOrThrow(),
  );
}

export function listEvidence(db: Db, assessmentId: string): Promise<EvidenceInfo[]> {
  return t(db)
    .selectFrom('localgov.assessment_evidence')
    .select([
      'id',
      'assessment_id',
      'question_id',
      'file_name',
      'content_type',
      'size_bytes',
      'sha256',
      'uploaded_by',
      'uploaded_at',
    ])
    .where('assessment_id', '=', assessmentId)
    .orderBy('uploaded_at')
    .orderBy('id')
    .execute();
}

export function findEvidence(db: Db, assessmentId: string, evidenceId: string) {
  if (!isUuid(evidenceId)) return Promise.resolve(undefined);
  return t(db)
    .selectFrom('localgov.assessment_evidence')
    .selectAll()
    .where('assessment_id', '=', assessmentId)
    .where('id', '=', evidenceId)
    .executeTakeFirst();
}

export async function deleteEvidence(db: Db, assessmentId: string, evidenceId: string) {
  const result = await guarded(
    t(db)
      .deleteFrom('localgov.assessment_evidence')
      .where('assessment_id', '=', assessmentId)
      .where('id', '=', evidenceId)
      .executeTakeFirst(),
  );
  return Number(result.numDeletedRows) === 1;
}

export async function appendHistory(
  db: Db,
  entry: { assessment_id: string; actor: string; action: string; details?: object },
) {
  await t(db)
    .insertInto('localgov.assessment_history')
    .values({ ...entry, details: JSON.stringify(entry.details ?? {}) as never })
    .execute();
}

export function listHistory(db: Db, assessmentId: string): Promise<HistoryRow[]> {
  return t(db)
    .selectFrom('localgov.assessment_history')
    .selectAll()
    .where('assessment_id', '=', assessmentId)
    .orderBy('id')
    .execute();
}

// ---------------------------------------------------------------------------------------------
// Demo data
// ---------------------------------------------------------------------------------------------

/**
 * Inserts submitted demo assessments, rows already there left alone. The rows travel as one
 * JSON parameter expanded by jsonb_to_recordset: one parameter instead of 24 per row, which
 * PGlite binds an order of magnitude faster than a wide multi-row VALUES list.
 */
export async function insertDemoRecords(
  db: Db,
  rows: ReadonlyArray<NewRecord & { answers: Record<string, Answer>; status: AssessmentStatus }>,
): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < rows.length; i += 2000) {
    const batch = JSON.stringify(rows.slice(i, i + 2000));
    const result = await sql`insert into localgov.assessment_records (
        administration_code, administration_name_th, administration_name_en, administration_type,
        province_code, region, fiscal_year, project_type, project_name, project_budget,
        template_id, status, answers, filled_by, signed_off_by, signed_off_at, submitted_at,
        overall_score, score_authority, score_development_plan, score_budget,
        score_implementation, level, findings_count)
      select administration_code, administration_name_th, administration_name_en,
        administration_type, province_code, region, fiscal_year, project_type, project_name,
        project_budget, template_id, status, answers, filled_by, signed_off_by, signed_off_at,
        submitted_at, overall_score, score_authority, score_development_plan, score_budget,
        score_implementation, level, findings_count
      from jsonb_to_recordset(${batch}::jsonb) as r(
        administration_code text, administration_name_th text, administration_name_en text,
        administration_type text, province_code text, region text, fiscal_year integer,
        project_type text, project_name text, project_budget numeric, template_id uuid,
        status text, answers jsonb, filled_by text, signed_off_by text,
        signed_off_at timestamptz, submitted_at timestamptz, overall_score numeric,
        score_authority numeric, score_development_plan numeric, score_budget numeric,
        score_implementation numeric, level text, findings_count integer)
      on conflict do nothing`.execute(db);
    inserted += Number(result.numAffectedRows ?? 0);
  }
  return inserted;
}

export async function countRecordsBy(db: Db, filledBy: string): Promise<number> {
  const row = await t(db)
    .selectFrom('localgov.assessment_records')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('filled_by', '=', filledBy)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function hasRecordsIn(db: Db, fiscalYear: number): Promise<boolean> {
  const row = await t(db)
    .selectFrom('localgov.assessment_records')
    .select('id')
    .where('fiscal_year', '=', fiscalYear)
    .limit(1)
    .executeTakeFirst();
  return !!row;
}

/** Serialises demo loading across processes that seed the same database at once. */
export async function lockDemoLoad(db: Db): Promise<void> {
  await sql`select pg_advisory_xact_lock(7355621)`.execute(db);
}

export const RECORDS_TABLE = 'localgov.assessment_records';

/** After a bulk load: fresh planner statistics (and a visibility map for index-only scans). */
export async function analyzeRecords(db: Db): Promise<void> {
  await sql`analyze localgov.assessment_records`.execute(db);
  await sql`analyze localgov.assessment_score_totals`.execute(db);
}
