import { DomainError } from '../../platform/errors.ts';
import { FieldCollector } from '../../platform/forms.ts';
import type { AssessmentScore } from '../assessment-scoring.ts';
import type {
  Answer,
  AssessmentQuestion,
  AssessmentTemplate,
  FrameworkId,
  ProjectType,
} from '../assessment-template.ts';
import './messages.ts';

/** Rules of a self-assessment that need no database: input parsing and score snapshots. */

export const PROJECT_TYPES: readonly ProjectType[] = ['subsidy', 'festival', 'sports'];
export const FRAMEWORKS: readonly FrameworkId[] = [
  'authority',
  'development_plan',
  'budget',
  'implementation',
];
const ANSWERS: ReadonlySet<string> = new Set<Answer>(['yes', 'no', 'na']);

export function isProjectType(value: unknown): value is ProjectType {
  return typeof value === 'string' && (PROJECT_TYPES as readonly string[]).includes(value);
}
export function isFramework(value: unknown): value is FrameworkId {
  return typeof value === 'string' && (FRAMEWORKS as readonly string[]).includes(value);
}

/**
 * The fiscal years an officer may open a new assessment for: the current one and the four
 * before it (late filers and back-filling). Newest first.
 */
export function openFiscalYears(currentFiscalYear: number): number[] {
  return [0, 1, 2, 3, 4].map((n) => currentFiscalYear - n);
}

export interface NewAssessment {
  administrationCode: string;
  fiscalYear: number;
  projectType: ProjectType;
  projectName: string;
  /** Baht as an exact decimal string with two places ('1250000.50'): never a float. */
  projectBudget: string;
}

// 13 digits before the point fit numeric(15, 2).
const MAX_BUDGET_DIGITS = 13;

/**
 * Parses a baht amount as typed by people: thousands separators, an optional "บาท", up to two
 * decimals. Returns the exact decimal string, or null when it is not an amount.
 */
export function parseBaht(input: string): string | null {
  const cleaned = input
    .replace(/บาท|฿|baht/gi, '')
    .replace(/[\s,]/g, '')
    .trim();
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (!m) return null;
  const whole = (m[1] ?? '').replace(/^0+(?=\d)/, '');
  if (whole.length > MAX_BUDGET_DIGITS) return null;
  return `${whole}.${(m[2] ?? '').padEnd(2, '0')}`;
}

export function parseNewAssessment(
  values: Record<string, string>,
  allowed: { administrations: readonly string[]; fiscalYears: readonly number[] },
): NewAssessment {
  const errors = new FieldCollector();
  const administrationCode = values.administration ?? '';
  if (!allowed.administrations.includes(administrationCode)) {
    errors.add('administration', 'assessment.administration_invalid');
  }
  const fiscalYear = Number(values.fiscal_year);
  if (!allowed.fiscalYears.includes(fiscalYear)) {
    errors.add('fiscal_year', 'assessment.fiscal_year_invalid');
  }
  const projectType = values.project_type;
  if (!isProjectType(projectType)) errors.add('project_type', 'assessment.project_type_invalid');
  const projectName = (values.project_name ?? '').replace(/\s+/g, ' ').trim();
  if (projectName === '') errors.add('project_name', 'assessment.project_name_required');
  else if ([...projectName].length > 300) {
    errors.add('project_name', 'assessment.project_name_too_long');
  }
  const budgetText = values.project_budget ?? '';
  const projectBudget = budgetText === '' ? null : parseBaht(budgetText);
  if (budgetText === '') errors.add('project_budget', 'assessment.budget_required');
  else if (projectBudget === null) errors.add('project_budget', 'assessment.budget_invalid');
  errors.throwIfAny();
  return {
    administrationCode,
    fiscalYear,
    projectType: projectType as ProjectType,
    projectName,
    projectBudget: projectBudget as string,
  };
}

export const ANSWER_FIELD_PREFIX = 'answer_';
export const EVIDENCE_FIELD_PREFIX = 'evidence_';
export const answerField = (questionId: string) => `${ANSWER_FIELD_PREFIX}${questionId}`;
export const evidenceField = (questionId: string) => `${EVIDENCE_FIELD_PREFIX}${questionId}`;

/** "ข้อ 2.3" / "question 2.3": framework order and position, as printed on the form. */
export function questionLabel(
  template: AssessmentTemplate,
  question: AssessmentQuestion,
  position: number,
  lang: 'th' | 'en',
): string {
  const order = template.frameworks.find((f) => f.id === question.framework)?.order ?? 0;
  return lang === 'th' ? `ข้อ ${order}.${position}` : `question ${order}.${position}`;
}

/**
 * Reads the answers posted for one page. Every `answer_*` field must name a question of the page
 * and hold yes / no / na; anything else is refused as a whole, so nothing half-valid is saved.
 * A question left without a choice stays as it was (a draft may be incomplete).
 */
export function parseAnswers(
  values: Record<string, string>,
  pageQuestions: readonly AssessmentQuestion[],
  label: (question: AssessmentQuestion) => string,
): Record<string, Answer> {
  const errors = new FieldCollector();
  const byId = new Map(pageQuestions.map((q) => [q.id, q]));
  const answers: Record<string, Answer> = {};
  for (const [key, raw] of Object.entries(values)) {
    if (!key.startsWith(ANSWER_FIELD_PREFIX)) continue;
    const id = key.slice(ANSWER_FIELD_PREFIX.length);
    const question = byId.get(id);
    if (!question) {
      errors.add(key, 'assessment.unknown_question', { id: id.slice(0, 80) });
      continue;
    }
    if (raw === '') continue;
    if (!ANSWERS.has(raw)) {
      errors.add(key, 'assessment.answer_invalid', { label: label(question) });
      continue;
    }
    answers[id] = raw as Answer;
  }
  errors.throwIfAny();
  return answers;
}

/** The denormalised score columns written when an assessment is submitted. */
export interface ScoreColumns {
  overall_score: string | null;
  score_authority: string | null;
  score_development_plan: string | null;
  score_budget: string | null;
  score_implementation: string | null;
  level: string | null;
  findings_count: number;
}

const toNumeric = (score: number | null | undefined) =>
  score === null || score === undefined ? null : score.toFixed(2);

export function scoreColumns(score: AssessmentScore): ScoreColumns {
  const of = (id: FrameworkId) => score.frameworks.find((f) => f.framework === id)?.score;
  return {
    overall_score: toNumeric(score.overall),
    score_authority: toNumeric(of('authority')),
    score_development_plan: toNumeric(of('development_plan')),
    score_budget: toNumeric(of('budget')),
    score_implementation: toNumeric(of('implementation')),
    level: score.level?.id ?? null,
    findings_count: score.findings.length,
  };
}

/** Refuses a submission with unanswered questions, naming how many. */
export function assertComplete(score: AssessmentScore): void {
  if (score.completeness.complete) return;
  throw new DomainError('assessment.incomplete', {
    status: 400,
    params: { count: score.completeness.missing.length },
  });
}

interface ComparableRecord {
  id: string;
  fiscal_year: number;
  project_type: string;
  project_name: string;
  submitted_at: Date | null;
}

/**
 * The assessment a new one is compared with: the same administration's submitted assessment of
 * the same project type in the latest earlier fiscal year, preferring the same project name
 * (a yearly festival keeps its name), then the most recently submitted.
 */
export function pickPrevious<R extends ComparableRecord>(
  current: { id: string; fiscal_year: number; project_type: string; project_name: string },
  candidates: readonly R[],
): R | null {
  const earlier = candidates.filter(
    (c) =>
      c.id !== current.id &&
      c.project_type === current.project_type &&
      c.fiscal_year < current.fiscal_year,
  );
  if (earlier.length === 0) return null;
  const year = Math.max(...earlier.map((c) => c.fiscal_year));
  const sameYear = earlier.filter((c) => c.fiscal_year === year);
  const name = current.project_name.trim().toLowerCase();
  const sameName = sameYear.find((c) => c.project_name.trim().toLowerCase() === name);
  if (sameName) return sameName;
  return [...sameYear].sort(
    (a, b) => (b.submitted_at?.getTime() ?? 0) - (a.submitted_at?.getTime() ?? 0),
  )[0] as R;
}
