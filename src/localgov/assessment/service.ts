import { regionOf } from '../../orgs/index.ts';
import { appendAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db/database.ts';
import { DomainError } from '../../platform/errors.ts';
import {
  type AssessmentScore,
  compareAssessments,
  scoreAssessment,
} from '../assessment-scoring.ts';
import {
  type Answer,
  type AssessmentTemplate,
  type FrameworkId,
  firstTemplate,
  questionsFor,
} from '../assessment-template.ts';
import { type AssessmentAccess, canViewAssessment, isMember } from './access.ts';
import { assertComplete, type NewAssessment, pickPrevious, scoreColumns } from './assessments.ts';
import type { Administration } from './directory-port.ts';
import { type CheckedEvidence, EVIDENCE_PER_QUESTION } from './evidence.ts';
import * as store from './store.ts';
import { addToTotals } from './store-dashboard.ts';
import * as editing from './templates.ts';
import './messages.ts';

/**
 * The self-assessment's use cases: each checks who may act, runs in one transaction with the
 * assessment row locked, writes its history line and, for the acts that matter to an auditor
 * (submission, sign-off, template publication), an audit-log entry in the same transaction.
 */

export const TEMPLATE_KEY = firstTemplate.id;

export interface ServiceDeps {
  db: Db;
  findAdministration(code: string): Promise<Administration | null>;
  now?: () => Date;
}

export type Assessment = store.AssessmentRow;

export function createAssessmentService(deps: ServiceDeps) {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());
  // Published templates never change (a trigger refuses it), so caching them is safe in every
  // process; drafts are always read fresh.
  const published = new Map<string, AssessmentTemplate>();

  async function templateRow(id: string, executor: Db = db) {
    const row = await store.findTemplate(executor, id);
    if (!row) throw new DomainError('assessment.template_not_found', { status: 404 });
    return row;
  }

  async function templateOf(id: string, executor: Db = db): Promise<AssessmentTemplate> {
    const cached = published.get(id);
    if (cached) return cached;
    const row = await templateRow(id, executor);
    if (row.status === 'published') published.set(id, row.definition);
    return row.definition;
  }

  function score(template: AssessmentTemplate, record: Assessment): AssessmentScore {
    return scoreAssessment(
      template,
      record.project_type as Parameters<typeof scoreAssessment>[1],
      record.answers,
      { fiscalYear: record.fiscal_year },
    );
  }

  async function viewable(access: AssessmentAccess, id: string): Promise<Assessment> {
    const record = await store.findRecord(db, id);
    if (!record) throw new DomainError('assessment.not_found', { status: 404 });
    // The same answer whatever the reason, and nothing about the assessment in it.
    if (!canViewAssessment(access, record)) {
      throw new DomainError('assessment.forbidden', { status: 403 });
    }
    return record;
  }

  /** Locks a draft for writing: 404 unknown, 403 not a member, 409 already submitted. */
  async function lockDraft(trx: Db, access: AssessmentAccess, id: string): Promise<Assessment> {
    const record = await store.lockRecord(trx, id);
    if (!record) throw new DomainError('assessment.not_found', { status: 404 });
    if (!isMember(access, record)) {
      throw new DomainError('assessment.forbidden', { status: 403 });
    }
    if (record.status !== 'draft') throw new DomainError('assessment.locked', { status: 409 });
    return record;
  }

  const service = {
    templateOf,
    score,

    /** Seeds the first template (FY 2568, version 1) as published, once. */
    async ensureFirstTemplate(actor = 'system:seed'): Promise<store.TemplateRow> {
      const existing = await store.findTemplateVersion(
        db,
        TEMPLATE_KEY,
        firstTemplate.fiscalYear,
        firstTemplate.version,
      );
      if (existing) return existing;
      editing.assertValidTemplate(firstTemplate);
      return db.transaction().execute(async (trx) => {
        // Two processes seeding one database at once: the second waits, then finds the row.
        await store.lockDemoLoad(trx);
        const again = await store.findTemplateVersion(
          trx,
          TEMPLATE_KEY,
          firstTemplate.fiscalYear,
          firstTemplate.version,
        );
        if (again) return again;
        const row = await store.insertTemplate(trx, {
          template_key: TEMPLATE_KEY,
          fiscal_year: firstTemplate.fiscalYear,
          version: firstTemplate.version,
          definition: firstTemplate,
          status: 'published',
          based_on: null,
          created_by: actor,
          published_by: actor,
          published_at: now(),
        });
        await appendAudit(trx, {
          actor,
          action: 'localgov.assessment_template_published',
          subject: `assessment_template:${row.id}`,
          after: firstTemplate,
          details: { fiscalYear: row.fiscal_year, version: row.version },
        });
        return row;
      });
    },

    templateInForce: (fiscalYear: number) => store.templateInForce(db, TEMPLATE_KEY, fiscalYear),

    async createAssessment(access: AssessmentAccess, input: NewAssessment): Promise<Assessment> {
      if (!access.memberOf.has(input.administrationCode)) {
        throw new DomainError('assessment.not_member', { status: 403 });
      }
      const administration = await deps.findAdministration(input.administrationCode);
      if (!administration) {
        throw new DomainError('assessment.administration_unknown', {
          status: 404,
          params: { code: input.administrationCode },
        });
      }
      const template = await store.templateInForce(db, TEMPLATE_KEY, input.fiscalYear);
      if (!template) throw new DomainError('assessment.no_template', { status: 409 });
      return db.transaction().execute(async (trx) => {
        const record = await store.insertRecord(trx, {
          administration_code: administration.code,
          administration_name_th: administration.nameTh,
          administration_name_en: administration.nameEn,
          administration_type: administration.type,
          province_code: administration.provinceCode,
          region: regionOf(administration.provinceCode) ?? 'central',
          fiscal_year: input.fiscalYear,
          project_type: input.projectType,
          project_name: input.projectName,
          project_budget: input.projectBudget,
          template_id: template.id,
          filled_by: access.accountId,
        });
        await store.appendHistory(trx, {
          assessment_id: record.id,
          actor: access.accountId,
          action: 'created',
          details: { templateId: template.id, templateVersion: template.version },
        });
        await appendAudit(trx, {
          actor: access.accountId,
          action: 'localgov.assessment_created',
          subject: `assessment:${record.id}`,
          details: {
            administration: record.administration_code,
            fiscalYear: record.fiscal_year,
            projectType: record.project_type,
          },
        });
        return record;
      });
    },

    viewable,

    listForMember: (access: AssessmentAccess) => store.listRecordsOf(db, [...access.memberOf]),
    listEvidence: (id: string) => store.listEvidence(db, id),
    listHistory: (id: string) => store.listHistory(db, id),
    listSubmittedOf: (code: string) => store.listSubmittedOf(db, code),

    async evidenceFile(access: AssessmentAccess, id: string, evidenceId: string) {
      await viewable(access, id);
      const file = await store.findEvidence(db, id, evidenceId);
      if (!file) throw new DomainError('assessment.evidence_not_found', { status: 404 });
      return file;
    },

    /**
     * Saves one page: answers merged into the draft and new evidence files, all or nothing.
     * Answers are keyed by question id and must be questions of the page (parseAnswers).
     */
    async saveAnswers(
      access: AssessmentAccess,
      id: string,
      framework: FrameworkId,
      answers: Record<string, Answer>,
      files: ReadonlyArray<CheckedEvidence & { questionId: string }>,
    ): Promise<Assessment> {
      return db.transaction().execute(async (trx) => {
        const record = await lockDraft(trx, access, id);
        if (files.length > 0) {
          const existing = await store.listEvidence(trx, id);
          for (const questionId of new Set(files.map((f) => f.questionId))) {
            const count =
              existing.filter((e) => e.question_id === questionId).length +
              files.filter((f) => f.questionId === questionId).length;
            if (count > EVIDENCE_PER_QUESTION) {
              throw new DomainError('form.has_errors', {
                status: 400,
                params: { max: EVIDENCE_PER_QUESTION },
                fields: { [`evidence_${questionId}`]: 'assessment.evidence_too_many' },
              });
            }
          }
        }
        if (Object.keys(answers).length > 0) {
          await store.mergeAnswers(trx, id, answers, access.accountId);
        }
        for (const f of files) {
          await store.insertEvidence(trx, {
            assessment_id: id,
            question_id: f.questionId,
            file_name: f.fileName,
            content_type: f.contentType,
            size_bytes: f.size,
            sha256: f.sha256,
            content: f.content,
            uploaded_by: access.accountId,
          });
        }
        await store.appendHistory(trx, {
          assessment_id: id,
          actor: access.accountId,
          action: 'answers_saved',
          details: {
            framework,
            answers,
            evidence: files.map((f) => ({
              question: f.questionId,
              file: f.fileName,
              sha256: f.sha256,
            })),
          },
        });
        return { ...record, answers: { ...record.answers, ...answers } };
      });
    },

    async removeEvidence(access: AssessmentAccess, id: string, evidenceId: string) {
      await db.transaction().execute(async (trx) => {
        await lockDraft(trx, access, id);
        const file = await store.findEvidence(trx, id, evidenceId);
        if (!file) throw new DomainError('assessment.evidence_not_found', { status: 404 });
        await store.deleteEvidence(trx, id, evidenceId);
        await store.appendHistory(trx, {
          assessment_id: id,
          actor: access.accountId,
          action: 'evidence_removed',
          details: { question: file.question_id, file: file.file_name, sha256: file.sha256 },
        });
      });
    },

    /**
     * The executive's sign-off, which submits and locks the assessment. Four eyes: the person
     * who last saved answers cannot be the one who certifies them.
     */
    async signOffAndSubmit(access: AssessmentAccess, id: string): Promise<Assessment> {
      return db.transaction().execute(async (trx) => {
        const record = await lockDraft(trx, access, id);
        if (!access.executiveOf.has(record.administration_code)) {
          throw new DomainError('assessment.not_executive', { status: 403 });
        }
        if (record.filled_by === access.accountId) {
          throw new DomainError('assessment.sign_off_by_filler', { status: 409 });
        }
        const template = await templateOf(record.template_id, trx);
        const result = score(template, record);
        assertComplete(result);
        const columns = scoreColumns(result);
        const at = now();
        const submitted = await store.markSubmitted(trx, id, access.accountId, at, columns);
        await addToTotals(trx, {
          fiscal_year: submitted.fiscal_year,
          project_type: submitted.project_type,
          province_code: submitted.province_code,
          region: submitted.region,
          administration_type: submitted.administration_type,
          budget: submitted.project_budget,
          overall: columns.overall_score,
          authority: columns.score_authority,
          development_plan: columns.score_development_plan,
          budget_score: columns.score_budget,
          implementation: columns.score_implementation,
          level: columns.level,
          findings: columns.findings_count,
        });
        await store.appendHistory(trx, {
          assessment_id: id,
          actor: access.accountId,
          action: 'submitted',
          details: { overall: columns.overall_score, level: columns.level },
        });
        const subject = `assessment:${id}`;
        await appendAudit(trx, {
          actor: access.accountId,
          action: 'localgov.assessment_signed_off',
          subject,
          details: { administration: record.administration_code, filledBy: record.filled_by },
        });
        await appendAudit(trx, {
          actor: access.accountId,
          action: 'localgov.assessment_submitted',
          subject,
          after: { answers: record.answers, templateId: record.template_id, ...columns },
          details: {
            administration: record.administration_code,
            fiscalYear: record.fiscal_year,
            projectType: record.project_type,
            overall: columns.overall_score,
          },
        });
        return submitted;
      });
    },

    /** This assessment against the same administration's previous one of the same type. */
    async comparisonFor(record: Assessment) {
      const candidates = await store.listSubmittedOf(db, record.administration_code);
      const previous = pickPrevious(record, candidates);
      if (!previous) return null;
      const [before, after] = await Promise.all([
        templateOf(previous.template_id),
        templateOf(record.template_id),
      ]);
      return {
        previous,
        comparison: compareAssessments(score(before, previous), score(after, record)),
      };
    },

    // -----------------------------------------------------------------------------------------
    // Templates
    // -----------------------------------------------------------------------------------------

    listTemplates: () => store.listTemplates(db),
    templateRow,

    async createDraftVersion(actor: string, sourceId: string, fiscalYear: number) {
      return db.transaction().execute(async (trx) => {
        const source = await templateRow(sourceId, trx);
        const version = await store.nextTemplateVersion(trx, TEMPLATE_KEY, fiscalYear);
        const definition = editing.draftFrom(source.definition, fiscalYear, version);
        const row = await store.insertTemplate(trx, {
          template_key: TEMPLATE_KEY,
          fiscal_year: fiscalYear,
          version,
          definition,
          status: 'draft',
          based_on: source.id,
          created_by: actor,
        });
        await appendAudit(trx, {
          actor,
          action: 'localgov.assessment_template_drafted',
          subject: `assessment_template:${row.id}`,
          details: { basedOn: source.id, fiscalYear, version },
        });
        return row;
      });
    },

    /** Applies one edit to a draft; the edit validates the whole template or saves nothing. */
    async editDraft(
      actor: string,
      templateId: string,
      edit: (template: AssessmentTemplate, lineage: AssessmentTemplate[]) => AssessmentTemplate,
    ) {
      return db.transaction().execute(async (trx) => {
        const row = await store.lockTemplate(trx, templateId);
        if (!row) throw new DomainError('assessment.template_not_found', { status: 404 });
        if (row.status !== 'draft') {
          throw new DomainError('assessment.template_published', { status: 409 });
        }
        const lineage = await store.listTemplateDefinitions(trx, row.template_key);
        const next = edit(row.definition, lineage);
        const saved = await store.updateTemplateDefinition(trx, row.id, next);
        if (!saved) throw new DomainError('assessment.template_published', { status: 409 });
        await appendAudit(trx, {
          actor,
          action: 'localgov.assessment_template_edited',
          subject: `assessment_template:${row.id}`,
          before: row.definition,
          after: next,
        });
        return saved;
      });
    },

    async publishTemplate(actor: string, templateId: string) {
      return db.transaction().execute(async (trx) => {
        const row = await store.lockTemplate(trx, templateId);
        if (!row) throw new DomainError('assessment.template_not_found', { status: 404 });
        if (row.status !== 'draft') {
          throw new DomainError('assessment.template_published', { status: 409 });
        }
        editing.assertValidTemplate(row.definition);
        const saved = await store.publishTemplate(trx, row.id, actor);
        if (!saved) throw new DomainError('assessment.template_published', { status: 409 });
        await appendAudit(trx, {
          actor,
          action: 'localgov.assessment_template_published',
          subject: `assessment_template:${row.id}`,
          after: row.definition,
          details: { fiscalYear: row.fiscal_year, version: row.version },
        });
        return saved;
      });
    },
  };
  return service;
}

export type AssessmentService = ReturnType<typeof createAssessmentService>;

/** The questions of an assessment's page (one framework), in questionnaire order. */
export function pageQuestions(
  template: AssessmentTemplate,
  record: Assessment,
  framework: FrameworkId,
) {
  return questionsFor(
    template,
    record.project_type as Parameters<typeof questionsFor>[1],
    framework,
  );
}
