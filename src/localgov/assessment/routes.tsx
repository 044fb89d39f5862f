import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RoleGrant } from '../../orgs/index.ts';
import type { Db } from '../../platform/db/database.ts';
import { DomainError } from '../../platform/errors.ts';
import { FormError, fieldMessages, formList, formValues } from '../../platform/forms.ts';
import type { Viewer } from '../../platform/http/server.tsx';
import { type Lang, t } from '../../platform/i18n/index.ts';
import { scoreAssessment } from '../assessment-scoring.ts';
import { type AssessmentQuestion, type FrameworkId, fiscalYearOf } from '../assessment-template.ts';
import { type AssessmentAccess, accessFromGrants, isMember } from './access.ts';
import {
  answerField,
  EVIDENCE_FIELD_PREFIX,
  isFramework,
  openFiscalYears,
  parseAnswers,
  parseNewAssessment,
  questionLabel,
} from './assessments.ts';
import {
  type Dashboard,
  figuresOf,
  filterQuery,
  parseDashboardFilter,
  type Row,
} from './dashboard.ts';
import { checkEvidence, type EvidenceUpload } from './evidence.ts';
import { AssessmentPage, FrameworkPage, RemoveEvidencePage } from './pages/assessment.tsx';
import { AssessmentListPage, NewAssessmentPage } from './pages/assessments.tsx';
import {
  AdministrationResultsPage,
  AdministrationSearchPage,
  DashboardPage,
  type FrequentFinding,
  ProvincePage,
} from './pages/dashboard.tsx';
import { BASE, DASHBOARD, TEMPLATES } from './pages/shared.tsx';
import {
  QuestionFormPage,
  RemoveQuestionPage,
  TemplateListPage,
  TemplatePage,
} from './pages/templates.tsx';
import { type Assessment, type AssessmentService, pageQuestions } from './service.ts';
import type { DashboardFilter } from './store-dashboard.ts';
import * as dashboardStore from './store-dashboard.ts';
import * as editing from './templates.ts';

/** HTTP only (STYLE.md 3): parse, ask the service, render. Permissions are decided in access.ts. */
export interface RouteDeps {
  service: AssessmentService;
  rolesOf(accountId: string): Promise<RoleGrant[]>;
  accountNames(ids: string[]): Promise<Record<string, string>>;
  dashboard(filter: DashboardFilter, lang: Lang): Promise<Dashboard>;
  dashboardStore: typeof dashboardStore;
  db: Db;
  findAdministrationName(
    code: string,
  ): Promise<{ th: string; en: string; provinceCode: string } | null>;
  now(): Date;
}

type Params = Record<string, string>;

const DONE_MESSAGES: Record<string, string> = {
  saved: 'assessment.saved',
  created: 'assessment.created',
  submitted: 'assessment.submitted',
  removed: 'assessment.evidence_removed',
  template_saved: 'assessment.template_saved',
  published: 'assessment.template_published_notice',
};

function doneNotice(request: FastifyRequest): string | undefined {
  const { done } = request.query as { done?: string };
  const code = done ? DONE_MESSAGES[done] : undefined;
  return code ? t(request.lang, code) : undefined;
}

function isFile(
  value: unknown,
): value is { toBuffer(): Promise<Buffer>; filename: string; mimetype: string } {
  return (
    !!value &&
    typeof value === 'object' &&
    typeof (value as { toBuffer?: unknown }).toBuffer === 'function' &&
    typeof (value as { filename?: unknown }).filename === 'string'
  );
}

/** Files posted in `evidence_<question id>` fields; an empty file input sends no file. */
async function evidenceUploads(body: unknown): Promise<EvidenceUpload[]> {
  if (!body || typeof body !== 'object') return [];
  const out: EvidenceUpload[] = [];
  for (const [field, raw] of Object.entries(body as Record<string, unknown>)) {
    if (!field.startsWith(EVIDENCE_FIELD_PREFIX)) continue;
    for (const part of Array.isArray(raw) ? raw : [raw]) {
      if (!isFile(part)) continue;
      const content = await part.toBuffer();
      if (part.filename === '' && content.length === 0) continue;
      out.push({ field, fileName: part.filename, declaredType: part.mimetype, content });
    }
  }
  return out;
}

function hasFields(error: unknown): error is DomainError {
  return error instanceof DomainError && Object.keys(error.fields).length > 0;
}

export async function registerAssessmentRoutes(app: FastifyInstance, deps: RouteDeps) {
  const { service } = deps;

  async function accessOf(request: FastifyRequest): Promise<AssessmentAccess> {
    const viewer: Viewer | null = await request.getViewer();
    if (!viewer) throw new DomainError('request.sign_in_required', { status: 401 });
    return accessFromGrants(viewer, await deps.rolesOf(viewer.id));
  }

  async function dashboardAccess(request: FastifyRequest) {
    const access = await accessOf(request);
    if (!access.dashboards)
      throw new DomainError('assessment.dashboard_forbidden', { status: 403 });
    return access;
  }

  async function editorAccess(request: FastifyRequest) {
    const access = await accessOf(request);
    if (!access.templateEditor) {
      throw new DomainError('assessment.template_not_editor', { status: 403 });
    }
    return access;
  }

  function administrationsOf(access: AssessmentAccess, lang: Lang) {
    return [...access.memberOf]
      .map((code) => {
        const name = access.administrationNames.get(code);
        return { code, name: name ? name[lang] || name.th : code };
      })
      .sort((a, b) => a.name.localeCompare(b.name, 'th'));
  }

  async function names(ids: Array<string | null>) {
    const wanted = [...new Set(ids.filter((id): id is string => !!id))];
    return deps.accountNames(wanted);
  }

  // -------------------------------------------------------------------------------------------
  // An administration's own assessments
  // -------------------------------------------------------------------------------------------

  app.get(BASE, async (request, reply) => {
    const access = await accessOf(request);
    const records = await service.listForMember(access);
    return reply.render((ctx) => (
      <AssessmentListPage
        ctx={ctx}
        records={records}
        administrations={administrationsOf(access, ctx.lang)}
        dashboards={access.dashboards}
        templateEditor={access.templateEditor}
      />
    ));
  });

  const fiscalYears = () => openFiscalYears(fiscalYearOf(deps.now()));

  app.get(`${BASE}/new`, async (request, reply) => {
    const access = await accessOf(request);
    if (access.memberOf.size === 0) {
      throw new DomainError('assessment.no_administration', { status: 403 });
    }
    return reply.render((ctx) => (
      <NewAssessmentPage
        ctx={ctx}
        administrations={administrationsOf(access, ctx.lang)}
        fiscalYears={fiscalYears()}
        values={{}}
        errors={{}}
      />
    ));
  });

  app.post(BASE, async (request, reply) => {
    const access = await accessOf(request);
    if (access.memberOf.size === 0) {
      throw new DomainError('assessment.no_administration', { status: 403 });
    }
    const values = formValues(request.body);
    try {
      const input = parseNewAssessment(values, {
        administrations: [...access.memberOf],
        fiscalYears: fiscalYears(),
      });
      const record = await service.createAssessment(access, input);
      const first = (await service.templateOf(record.template_id)).frameworks
        .slice()
        .sort((a, b) => a.order - b.order)[0];
      return reply.redirect(`${BASE}/${record.id}/${first?.id ?? ''}?done=created`, 303);
    } catch (error) {
      if (!hasFields(error)) throw error;
      return reply.render(
        (ctx) => (
          <NewAssessmentPage
            ctx={ctx}
            administrations={administrationsOf(access, ctx.lang)}
            fiscalYears={fiscalYears()}
            values={values}
            errors={fieldMessages(error, ctx.lang)}
          />
        ),
        400,
      );
    }
  });

  async function renderOverview(
    request: FastifyRequest,
    reply: FastifyReply,
    access: AssessmentAccess,
    record: Assessment,
    errors: Record<string, string> = {},
    status = 200,
  ) {
    const template = await service.templateOf(record.template_id);
    const score = service.score(template, record);
    const [evidence, history, comparison] = await Promise.all([
      service.listEvidence(record.id),
      service.listHistory(record.id),
      service.comparisonFor(record),
    ]);
    const people = await names([
      record.filled_by,
      record.signed_off_by,
      ...history.map((h) => h.actor),
    ]);
    const member = isMember(access, record);
    return reply.render(
      (ctx) => (
        <AssessmentPage
          ctx={ctx}
          record={record}
          template={template}
          score={score}
          evidence={evidence}
          history={history}
          names={people}
          comparison={comparison}
          member={member}
          executive={access.executiveOf.has(record.administration_code)}
          isFiller={record.filled_by === access.accountId}
          dashboards={access.dashboards}
          errors={errors}
          notice={doneNotice(request)}
        />
      ),
      status,
    );
  }

  app.get(`${BASE}/:id`, async (request, reply) => {
    const access = await accessOf(request);
    const record = await service.viewable(access, (request.params as Params).id ?? '');
    return renderOverview(request, reply, access, record);
  });

  app.post(`${BASE}/:id/submit`, async (request, reply) => {
    const access = await accessOf(request);
    const id = (request.params as Params).id ?? '';
    const record = await service.viewable(access, id);
    const values = formValues(request.body);
    if (values.certify !== 'on') {
      if (record.status !== 'draft') throw new DomainError('assessment.locked', { status: 409 });
      return renderOverview(
        request,
        reply,
        access,
        record,
        { certify: t(request.lang, 'assessment.certify_required') },
        400,
      );
    }
    await service.signOffAndSubmit(access, id);
    return reply.redirect(`${BASE}/${id}?done=submitted`, 303);
  });

  function frameworkParam(request: FastifyRequest): FrameworkId {
    const framework = (request.params as Params).framework;
    if (!isFramework(framework)) {
      throw new DomainError('assessment.framework_not_found', { status: 404 });
    }
    return framework;
  }

  async function renderFramework(
    request: FastifyRequest,
    reply: FastifyReply,
    access: AssessmentAccess,
    record: Assessment,
    framework: FrameworkId,
    posted: Record<string, string> | null,
    errors: Record<string, string> = {},
    status = 200,
  ) {
    const template = await service.templateOf(record.template_id);
    const score = service.score(template, record);
    const evidence = await service.listEvidence(record.id);
    const values: Record<string, string> = {};
    for (const q of pageQuestions(template, record, framework)) {
      const name = answerField(q.id);
      values[name] = posted?.[name] || record.answers[q.id] || '';
    }
    return reply.render(
      (ctx) => (
        <FrameworkPage
          ctx={ctx}
          record={record}
          template={template}
          framework={framework}
          score={score}
          evidence={evidence}
          values={values}
          errors={errors}
          notice={doneNotice(request)}
          editable={record.status === 'draft' && isMember(access, record)}
        />
      ),
      status,
    );
  }

  app.get(`${BASE}/:id/:framework`, async (request, reply) => {
    const access = await accessOf(request);
    const framework = frameworkParam(request);
    const record = await service.viewable(access, (request.params as Params).id ?? '');
    return renderFramework(request, reply, access, record, framework, null);
  });

  app.post(`${BASE}/:id/:framework`, async (request, reply) => {
    const access = await accessOf(request);
    const framework = frameworkParam(request);
    const id = (request.params as Params).id ?? '';
    const record = await service.viewable(access, id);
    if (!isMember(access, record)) throw new DomainError('assessment.forbidden', { status: 403 });
    if (record.status !== 'draft') throw new DomainError('assessment.locked', { status: 409 });
    const template = await service.templateOf(record.template_id);
    const questions = pageQuestions(template, record, framework);
    const values = formValues(request.body);
    const uploads = await evidenceUploads(request.body);
    const label = (q: AssessmentQuestion) =>
      questionLabel(template, q, questions.indexOf(q) + 1, request.lang);
    try {
      const answers = parseAnswers(values, questions, label);
      const pageIds = new Set(questions.map((q) => q.id));
      for (const u of uploads) {
        const questionId = u.field.slice(EVIDENCE_FIELD_PREFIX.length);
        if (!pageIds.has(questionId)) {
          throw new FormError(
            'form.has_errors',
            { [u.field]: 'assessment.unknown_question' },
            { [u.field]: { id: questionId.slice(0, 80) } },
          );
        }
      }
      const files = checkEvidence(uploads).map((f) => ({
        ...f,
        questionId: f.field.slice(EVIDENCE_FIELD_PREFIX.length),
      }));
      await service.saveAnswers(access, id, framework, answers, files);
    } catch (error) {
      if (!hasFields(error)) throw error;
      const errors = fieldMessages(error, request.lang);
      if (uploads.length > 0) errors._files = t(request.lang, 'assessment.files_not_kept');
      return renderFramework(request, reply, access, record, framework, values, errors, 400);
    }
    const order = template.frameworks.slice().sort((a, b) => a.order - b.order);
    const index = order.findIndex((f) => f.id === framework);
    const action = values.action;
    if (action === 'next') {
      const next = order[index + 1];
      return reply.redirect(next ? `${BASE}/${id}/${next.id}` : `${BASE}/${id}`, 303);
    }
    if (action === 'previous') {
      const previous = order[index - 1];
      return reply.redirect(`${BASE}/${id}/${previous?.id ?? framework}`, 303);
    }
    return reply.redirect(`${BASE}/${id}/${framework}?done=saved`, 303);
  });

  app.get(`${BASE}/:id/evidence/:evidenceId`, async (request, reply) => {
    const access = await accessOf(request);
    const { id = '', evidenceId = '' } = request.params as Params;
    const file = await service.evidenceFile(access, id, evidenceId);
    const ascii = file.file_name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
    return reply
      .header('cache-control', 'private, no-store')
      .header(
        'content-disposition',
        `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.file_name)}`,
      )
      .type(file.content_type)
      .send(Buffer.from(file.content));
  });

  async function evidenceToRemove(request: FastifyRequest) {
    const access = await accessOf(request);
    const { id = '', evidenceId = '' } = request.params as Params;
    const record = await service.viewable(access, id);
    if (!isMember(access, record)) throw new DomainError('assessment.forbidden', { status: 403 });
    if (record.status !== 'draft') throw new DomainError('assessment.locked', { status: 409 });
    const file = await service.evidenceFile(access, id, evidenceId);
    const template = await service.templateOf(record.template_id);
    const framework =
      template.questions.find((q) => q.id === file.question_id)?.framework ?? 'authority';
    return { access, record, file, framework };
  }

  app.get(`${BASE}/:id/evidence/:evidenceId/remove`, async (request, reply) => {
    const { record, file, framework } = await evidenceToRemove(request);
    return reply.render((ctx) => (
      <RemoveEvidencePage ctx={ctx} record={record} evidence={file} framework={framework} />
    ));
  });

  app.post(`${BASE}/:id/evidence/:evidenceId/remove`, async (request, reply) => {
    const { access, record, file, framework } = await evidenceToRemove(request);
    await service.removeEvidence(access, record.id, file.id);
    return reply.redirect(`${BASE}/${record.id}/${framework}?done=removed`, 303);
  });

  // -------------------------------------------------------------------------------------------
  // Dashboards (State Audit Office auditors, DLA supervisors)
  // -------------------------------------------------------------------------------------------

  async function filterOf(request: FastifyRequest) {
    const years = await dashboardStore.fiscalYearsWithData(deps.db);
    const defaultYear = years[0] ?? fiscalYearOf(deps.now());
    const filter = parseDashboardFilter(request.query as Record<string, unknown>, defaultYear);
    return { filter, years };
  }

  app.get(DASHBOARD, async (request, reply) => {
    await dashboardAccess(request);
    const { filter, years } = await filterOf(request);
    const dashboard = await deps.dashboard(filter, request.lang);
    return reply.render((ctx) => <DashboardPage ctx={ctx} dashboard={dashboard} years={years} />);
  });

  app.get('/api/localgov/assessment-dashboard', async (request, reply) => {
    await dashboardAccess(request);
    const { filter } = await filterOf(request);
    return reply
      .header('cache-control', 'private, no-store')
      .send(await deps.dashboard(filter, request.lang));
  });

  app.get(`${DASHBOARD}/export.xlsx`, async (request, reply) => {
    await dashboardAccess(request);
    const { filter } = await filterOf(request);
    const [dashboard, administrations] = await Promise.all([
      deps.dashboard(filter, request.lang),
      dashboardStore.administrationSummaries(deps.db, filter),
    ]);
    // Loaded on first use: exceljs and pdf-lib with fontkit are tens of megabytes of memory that
    // every `pratu serve` process would otherwise hold for a few auditors' downloads.
    const { dashboardWorkbook } = await import('./export-xlsx.ts');
    const body = await dashboardWorkbook(dashboard, administrations, request.lang);
    return reply
      .header('cache-control', 'private, no-store')
      .header(
        'content-disposition',
        `attachment; filename="assessment-dashboard-${filter.fiscalYear}.xlsx"`,
      )
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .send(body);
  });

  app.get(`${DASHBOARD}/export.pdf`, async (request, reply) => {
    await dashboardAccess(request);
    const { filter } = await filterOf(request);
    const { dashboardPdf } = await import('./export-pdf.ts');
    const body = await dashboardPdf(await deps.dashboard(filter, request.lang), request.lang);
    return reply
      .header('cache-control', 'private, no-store')
      .header(
        'content-disposition',
        `attachment; filename="assessment-dashboard-${filter.fiscalYear}.pdf"`,
      )
      .type('application/pdf')
      .send(body);
  });

  app.get(`${DASHBOARD}/provinces/:code`, async (request, reply) => {
    await dashboardAccess(request);
    const code = (request.params as Params).code ?? '';
    const { filter: base } = await filterOf(request);
    const filter = parseDashboardFilter(
      { ...filterQueryObject(base), province: code },
      base.fiscalYear,
    );
    const [dashboard, administrations, answers] = await Promise.all([
      deps.dashboard(filter, request.lang),
      dashboardStore.administrationSummaries(deps.db, filter, 2000),
      dashboardStore.submittedAnswers(deps.db, filter),
    ]);
    const findings = await frequentFindings(answers, request.lang);
    return reply.render((ctx) => (
      <ProvincePage
        ctx={ctx}
        dashboard={dashboard}
        provinceCode={code}
        administrations={administrations}
        findings={findings}
      />
    ));
  });

  async function frequentFindings(
    rows: Awaited<ReturnType<typeof dashboardStore.submittedAnswers>>,
    lang: Lang,
  ): Promise<FrequentFinding[]> {
    const counts = new Map<string, FrequentFinding>();
    for (const row of rows) {
      const template = await service.templateOf(row.template_id);
      const score = scoreAssessment(
        template,
        row.project_type as AssessmentQuestion['projectType'],
        row.answers,
        { fiscalYear: row.fiscal_year },
      );
      for (const q of score.questions) {
        if (q.status !== 'compliant' && q.status !== 'non_compliant') continue;
        const entry = counts.get(q.questionId) ?? {
          questionId: q.questionId,
          text: q.text[lang] || q.text.th,
          count: 0,
          applicable: 0,
        };
        entry.applicable += 1;
        if (q.status === 'non_compliant') entry.count += 1;
        counts.set(q.questionId, entry);
      }
    }
    return [...counts.values()]
      .filter((f) => f.count > 0)
      .sort((a, b) => b.count - a.count || a.questionId.localeCompare(b.questionId))
      .slice(0, 10);
  }

  app.get(`${DASHBOARD}/administrations`, async (request, reply) => {
    await dashboardAccess(request);
    const raw = (request.query as { q?: unknown }).q;
    const q = (typeof raw === 'string' ? raw : '').trim().slice(0, 100);
    const results = q === '' ? [] : await dashboardStore.searchAssessedAdministrations(deps.db, q);
    return reply.render((ctx) => (
      <AdministrationSearchPage ctx={ctx} query={q} results={results} />
    ));
  });

  app.get(`${DASHBOARD}/administrations/:code`, async (request, reply) => {
    await dashboardAccess(request);
    const code = (request.params as Params).code ?? '';
    const records = await service.listSubmittedOf(code);
    const first = records[0];
    const known = first
      ? {
          th: first.administration_name_th,
          en: first.administration_name_en,
          provinceCode: first.province_code,
        }
      : await deps.findAdministrationName(code);
    if (!known)
      throw new DomainError('assessment.administration_unknown', {
        status: 404,
        params: { code: code.slice(0, 20) },
      });
    const years = [...new Set(records.map((r) => r.fiscal_year))].sort((a, b) => a - b);
    const byYear = (lang: Lang): Row[] =>
      years.map((year) => {
        const inYear = records.filter((r) => r.fiscal_year === year);
        const scored = inYear.filter((r) => r.overall_score !== null);
        const sum = (pick: (r: Assessment) => string | null) =>
          inYear.reduce((s, r) => s + Number(pick(r) ?? 0), 0);
        const count = (pick: (r: Assessment) => string | null) =>
          inYear.filter((r) => pick(r) !== null).length;
        return {
          key: String(year),
          label: lang === 'th' ? `พ.ศ. ${year}` : `B.E. ${year}`,
          ...figuresOf({
            assessments: inYear.length,
            budget_sum: String(sum((r) => r.project_budget)),
            overall_sum: String(sum((r) => r.overall_score)),
            overall_count: scored.length,
            authority_sum: String(sum((r) => r.score_authority)),
            authority_count: count((r) => r.score_authority),
            development_plan_sum: String(sum((r) => r.score_development_plan)),
            development_plan_count: count((r) => r.score_development_plan),
            budget_score_sum: String(sum((r) => r.score_budget)),
            budget_score_count: count((r) => r.score_budget),
            implementation_sum: String(sum((r) => r.score_implementation)),
            implementation_count: count((r) => r.score_implementation),
            findings_sum: inYear.reduce((s, r) => s + (r.findings_count ?? 0), 0),
            level_very_good: inYear.filter((r) => r.level === 'very_good').length,
            level_good: inYear.filter((r) => r.level === 'good').length,
            level_fair: inYear.filter((r) => r.level === 'fair').length,
            level_needs_improvement: inYear.filter((r) => r.level === 'needs_improvement').length,
          }),
        };
      });
    return reply.render((ctx) => (
      <AdministrationResultsPage
        ctx={ctx}
        code={code}
        name={ctx.lang === 'th' ? known.th : known.en}
        provinceCode={known.provinceCode}
        records={records}
        byYear={byYear(ctx.lang)}
      />
    ));
  });

  // -------------------------------------------------------------------------------------------
  // Templates (State Audit Office template editors)
  // -------------------------------------------------------------------------------------------

  const templateYears = () => {
    const current = fiscalYearOf(deps.now());
    return [current + 1, current, current - 1];
  };

  async function renderTemplateList(
    reply: FastifyReply,
    values: Record<string, string> = {},
    errors: Record<string, string> = {},
    status = 200,
  ) {
    const templates = await service.listTemplates();
    return reply.render(
      (ctx) => (
        <TemplateListPage
          ctx={ctx}
          templates={templates}
          fiscalYears={templateYears()}
          values={values}
          errors={errors}
        />
      ),
      status,
    );
  }

  app.get(TEMPLATES, async (request, reply) => {
    await editorAccess(request);
    return renderTemplateList(reply);
  });

  app.post(`${TEMPLATES}/versions`, async (request, reply) => {
    const access = await editorAccess(request);
    const values = formValues(request.body);
    const year = Number(values.fiscal_year);
    if (!templateYears().includes(year)) {
      return renderTemplateList(
        reply,
        values,
        { fiscal_year: t(request.lang, 'assessment.fiscal_year_invalid') },
        400,
      );
    }
    const row = await service.createDraftVersion(access.accountId, values.source ?? '', year);
    return reply.redirect(`${TEMPLATES}/${row.id}?done=template_saved`, 303);
  });

  app.get(`${TEMPLATES}/:id`, async (request, reply) => {
    await editorAccess(request);
    const row = await service.templateRow((request.params as Params).id ?? '');
    return reply.render((ctx) => <TemplatePage ctx={ctx} row={row} notice={doneNotice(request)} />);
  });

  app.post(`${TEMPLATES}/:id/publish`, async (request, reply) => {
    const access = await editorAccess(request);
    const id = (request.params as Params).id ?? '';
    try {
      await service.publishTemplate(access.accountId, id);
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'assessment.template_invalid')
        throw error;
      const row = await service.templateRow(id);
      return reply.render(
        (ctx) => <TemplatePage ctx={ctx} row={row} error={t(ctx.lang, error.code, error.params)} />,
        400,
      );
    }
    return reply.redirect(`${TEMPLATES}/${id}?done=published`, 303);
  });

  function questionValues(q: AssessmentQuestion): Record<string, string> {
    return {
      project_type: q.projectType,
      framework: q.framework,
      text_th: q.text.th,
      text_en: q.text.en,
      guidance_th: q.guidance.th,
      guidance_en: q.guidance.en,
      recommendation_th: q.recommendation.th,
      recommendation_en: q.recommendation.en,
      weight: String(q.weight),
      expected: q.expected,
      evidence_recommended: q.evidenceRecommended ? 'on' : '',
    };
  }

  async function draftRow(request: FastifyRequest) {
    const row = await service.templateRow((request.params as Params).id ?? '');
    if (row.status !== 'draft')
      throw new DomainError('assessment.template_published', { status: 409 });
    return row;
  }

  function findQuestion(
    row: { definition: { questions: readonly AssessmentQuestion[] } },
    id: string,
  ) {
    const q = row.definition.questions.find((x) => x.id === id);
    if (!q) {
      throw new DomainError('assessment.question_not_found', {
        status: 404,
        params: { id: id.slice(0, 80) },
      });
    }
    return q;
  }

  app.get(`${TEMPLATES}/:id/questions/new`, async (request, reply) => {
    await editorAccess(request);
    const row = await draftRow(request);
    const query = request.query as Record<string, string | undefined>;
    const values = {
      project_type: query.project_type ?? '',
      framework: query.framework ?? '',
      weight: '1',
      expected: 'yes',
      evidence_recommended: 'on',
    };
    return reply.render((ctx) => (
      <QuestionFormPage
        ctx={ctx}
        row={row}
        question={null}
        values={values}
        references={[]}
        errors={{}}
      />
    ));
  });

  async function saveQuestion(
    request: FastifyRequest,
    reply: FastifyReply,
    questionId: string | null,
  ) {
    const access = await editorAccess(request);
    const row = await draftRow(request);
    const existing = questionId ? findQuestion(row, questionId) : null;
    const values = formValues(request.body);
    const references = formList(request.body, 'reference');
    try {
      const input = editing.parseQuestionInput(
        values,
        references,
        row.definition,
        existing ? { projectType: existing.projectType, framework: existing.framework } : undefined,
      );
      await service.editDraft(access.accountId, row.id, (template, lineage) =>
        existing
          ? editing.updateQuestion(template, existing.id, input)
          : editing.addQuestion(template, lineage, input),
      );
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const withFields = Object.keys(error.fields).length > 0;
      if (!withFields && error.code !== 'assessment.template_invalid') throw error;
      return reply.render(
        (ctx) => (
          <QuestionFormPage
            ctx={ctx}
            row={row}
            question={existing}
            values={values}
            references={references}
            errors={withFields ? fieldMessages(error, ctx.lang) : {}}
            error={withFields ? undefined : t(ctx.lang, error.code, error.params)}
          />
        ),
        400,
      );
    }
    return reply.redirect(`${TEMPLATES}/${row.id}?done=template_saved`, 303);
  }

  app.post(`${TEMPLATES}/:id/questions`, (request, reply) => saveQuestion(request, reply, null));

  app.get(`${TEMPLATES}/:id/questions/:questionId`, async (request, reply) => {
    await editorAccess(request);
    const row = await draftRow(request);
    const q = findQuestion(row, (request.params as Params).questionId ?? '');
    return reply.render((ctx) => (
      <QuestionFormPage
        ctx={ctx}
        row={row}
        question={q}
        values={questionValues(q)}
        references={q.references.map((r) => r.sourceId)}
        errors={{}}
      />
    ));
  });

  app.post(`${TEMPLATES}/:id/questions/:questionId`, (request, reply) =>
    saveQuestion(request, reply, (request.params as Params).questionId ?? ''),
  );

  app.get(`${TEMPLATES}/:id/questions/:questionId/remove`, async (request, reply) => {
    await editorAccess(request);
    const row = await draftRow(request);
    const q = findQuestion(row, (request.params as Params).questionId ?? '');
    return reply.render((ctx) => <RemoveQuestionPage ctx={ctx} row={row} question={q} />);
  });

  app.post(`${TEMPLATES}/:id/questions/:questionId/remove`, async (request, reply) => {
    const access = await editorAccess(request);
    const row = await draftRow(request);
    const q = findQuestion(row, (request.params as Params).questionId ?? '');
    try {
      await service.editDraft(access.accountId, row.id, (template) =>
        editing.removeQuestion(template, q.id),
      );
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'assessment.template_invalid')
        throw error;
      return reply.render(
        (ctx) => <TemplatePage ctx={ctx} row={row} error={t(ctx.lang, error.code, error.params)} />,
        400,
      );
    }
    return reply.redirect(`${TEMPLATES}/${row.id}?done=template_saved`, 303);
  });
}

function filterQueryObject(f: DashboardFilter): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(filterQuery(f)));
}
