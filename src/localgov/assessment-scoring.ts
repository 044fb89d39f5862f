/**
 * Scoring of a fiscal-discipline self-assessment (see assessment-template.ts).
 *
 * Rules, so that an LAO can reproduce its own score by hand:
 * - A question is compliant when the answer equals its `expected` answer ('yes' for most,
 *   'no' for negatively phrased questions about a prohibited practice).
 * - Framework score = 100 × (weight of compliant questions) ÷ (weight of applicable questions).
 *   'na' (ไม่เกี่ยวข้อง) and unanswered questions are left out of the denominator; a framework
 *   with no applicable question scores null rather than 0 or 100, because nothing was assessed.
 * - Overall score = mean of the framework scores weighted by each framework's applicable
 *   question weight (equivalently: all compliant weight ÷ all applicable weight), so a framework
 *   that is mostly 'na' cannot dominate the result through a single question.
 * - Scores are rounded to two decimals and the level is read from the rounded score, so the
 *   level shown always matches the number shown.
 * - Unanswered questions only make a draft score provisional; `missingAnswers` must be empty
 *   before an assessment may be submitted.
 */

import type {
  Answer,
  AssessmentQuestion,
  AssessmentTemplate,
  ExpectedAnswer,
  FrameworkId,
  LocalizedText,
  ProjectType,
  ResolvedLegalReference,
} from './assessment-template.ts';
import { questionsFor, resolveLegalReference } from './assessment-template.ts';

/** Answers keyed by question id. Values are checked at run time because they come from forms. */
export type AssessmentAnswers = Readonly<Record<string, Answer | undefined>>;

export type ScoreLevelId = 'very_good' | 'good' | 'fair' | 'needs_improvement';

export interface ScoreLevel {
  readonly id: ScoreLevelId;
  /** Inclusive lower bound of the level (0–100). */
  readonly minScore: number;
  readonly label: LocalizedText;
}

/**
 * Levels, highest first: ≥ 90 ดีมาก, ≥ 75 ดี, ≥ 60 พอใช้, otherwise ต้องปรับปรุง.
 * These bands are Pratu's; สตง. has not published official bands for this self-assessment, so
 * they live here as data and can be changed in one place.
 */
export const SCORE_LEVELS: readonly ScoreLevel[] = [
  { id: 'very_good', minScore: 90, label: { th: 'ดีมาก', en: 'Very good' } },
  { id: 'good', minScore: 75, label: { th: 'ดี', en: 'Good' } },
  { id: 'fair', minScore: 60, label: { th: 'พอใช้', en: 'Fair' } },
  { id: 'needs_improvement', minScore: 0, label: { th: 'ต้องปรับปรุง', en: 'Needs improvement' } },
];

export type QuestionStatus = 'compliant' | 'non_compliant' | 'not_applicable' | 'unanswered';

export interface QuestionResult {
  readonly questionId: string;
  readonly framework: FrameworkId;
  readonly text: LocalizedText;
  readonly answer: Answer | null;
  readonly expected: ExpectedAnswer;
  readonly weight: number;
  readonly status: QuestionStatus;
}

export interface FrameworkScore {
  readonly framework: FrameworkId;
  readonly label: LocalizedText;
  /** 0–100, two decimals; null when no question in the framework is applicable. */
  readonly score: number | null;
  readonly earnedWeight: number;
  readonly applicableWeight: number;
  readonly totalWeight: number;
  readonly counts: Readonly<Record<QuestionStatus, number>>;
}

export interface Completeness {
  readonly total: number;
  readonly answered: number;
  /** Question ids still without a valid answer, in questionnaire order. */
  readonly missing: readonly string[];
  /** Answer keys that are not questions of this project type (e.g. from another template version). */
  readonly unexpected: readonly string[];
  /** True when nothing is missing; only then may the assessment be submitted. */
  readonly complete: boolean;
}

export interface Finding {
  readonly questionId: string;
  readonly framework: FrameworkId;
  readonly frameworkLabel: LocalizedText;
  readonly question: LocalizedText;
  readonly answer: ExpectedAnswer;
  readonly expected: ExpectedAnswer;
  readonly weight: number;
  /** The laws and regulations to follow to correct the finding. */
  readonly references: readonly ResolvedLegalReference[];
  readonly recommendation: LocalizedText;
  readonly evidenceRecommended: boolean;
}

export interface AssessmentScore {
  readonly templateId: string;
  readonly templateVersion: number;
  readonly fiscalYear: number;
  readonly projectType: ProjectType;
  readonly frameworks: readonly FrameworkScore[];
  /** 0–100, two decimals; null when no question at all is applicable. */
  readonly overall: number | null;
  readonly level: ScoreLevel | null;
  readonly completeness: Completeness;
  readonly questions: readonly QuestionResult[];
  readonly findings: readonly Finding[];
}

const VALID_ANSWERS: ReadonlySet<unknown> = new Set<Answer>(['yes', 'no', 'na']);

function readAnswer(answers: AssessmentAnswers, id: string): Answer | null {
  if (!Object.hasOwn(answers, id)) return null;
  const value: unknown = answers[id];
  return VALID_ANSWERS.has(value) ? (value as Answer) : null;
}

function statusOf(answer: Answer | null, expected: ExpectedAnswer): QuestionStatus {
  if (answer === null) return 'unanswered';
  if (answer === 'na') return 'not_applicable';
  return answer === expected ? 'compliant' : 'non_compliant';
}

function roundScore(value: number): number {
  return Math.round(value * 100) / 100;
}

function requireQuestions(
  template: AssessmentTemplate,
  projectType: ProjectType,
): AssessmentQuestion[] {
  if (!template.projectTypes.some((p) => p.id === projectType)) {
    throw new RangeError(
      `project type not in template ${template.id} v${template.version}: ${projectType}`,
    );
  }
  return questionsFor(template, projectType);
}

/** The level a 0–100 score falls in. */
export function levelForScore(score: number): ScoreLevel {
  if (!Number.isFinite(score) || score < 0 || score > 100) {
    throw new RangeError(`score must be within 0–100: ${score}`);
  }
  const level = SCORE_LEVELS.find((l) => score >= l.minScore);
  // SCORE_LEVELS ends with minScore 0, so a level is always found for a valid score.
  if (!level) throw new RangeError(`no level for score ${score}`);
  return level;
}

/** Question ids of `projectType` that still lack a valid answer; [] means the form may be submitted. */
export function missingAnswers(
  template: AssessmentTemplate,
  projectType: ProjectType,
  answers: AssessmentAnswers,
): string[] {
  return requireQuestions(template, projectType)
    .filter((q) => readAnswer(answers, q.id) === null)
    .map((q) => q.id);
}

export interface ScoreOptions {
  /**
   * Fiscal year (B.E.) the assessment covers; defaults to the template's. Set it when a
   * template version is carried over unchanged into a later year.
   */
  readonly fiscalYear?: number;
}

export function scoreAssessment(
  template: AssessmentTemplate,
  projectType: ProjectType,
  answers: AssessmentAnswers,
  options: ScoreOptions = {},
): AssessmentScore {
  const questions = requireQuestions(template, projectType);
  const results: QuestionResult[] = questions.map((q) => {
    const answer = readAnswer(answers, q.id);
    return {
      questionId: q.id,
      framework: q.framework,
      text: q.text,
      answer,
      expected: q.expected,
      weight: q.weight,
      status: statusOf(answer, q.expected),
    };
  });

  const frameworks = [...template.frameworks].sort((a, b) => a.order - b.order);
  let overallEarned = 0;
  let overallApplicable = 0;
  const frameworkScores: FrameworkScore[] = frameworks.map((f) => {
    const inFramework = results.filter((r) => r.framework === f.id);
    const counts: Record<QuestionStatus, number> = {
      compliant: 0,
      non_compliant: 0,
      not_applicable: 0,
      unanswered: 0,
    };
    let earnedWeight = 0;
    let applicableWeight = 0;
    let totalWeight = 0;
    for (const r of inFramework) {
      counts[r.status] += 1;
      totalWeight += r.weight;
      if (r.status === 'compliant' || r.status === 'non_compliant') applicableWeight += r.weight;
      if (r.status === 'compliant') earnedWeight += r.weight;
    }
    overallEarned += earnedWeight;
    overallApplicable += applicableWeight;
    return {
      framework: f.id,
      label: f.label,
      score: applicableWeight > 0 ? roundScore((100 * earnedWeight) / applicableWeight) : null,
      earnedWeight,
      applicableWeight,
      totalWeight,
      counts,
    };
  });

  const overall =
    overallApplicable > 0 ? roundScore((100 * overallEarned) / overallApplicable) : null;

  const questionIds = new Set(questions.map((q) => q.id));
  const missing = results.filter((r) => r.status === 'unanswered').map((r) => r.questionId);
  const completeness: Completeness = {
    total: results.length,
    answered: results.length - missing.length,
    missing,
    unexpected: Object.keys(answers).filter((id) => !questionIds.has(id)),
    complete: missing.length === 0,
  };

  const frameworkLabels = new Map(template.frameworks.map((f) => [f.id, f.label]));
  const findings: Finding[] = [];
  for (const q of questions) {
    const answer = readAnswer(answers, q.id);
    if (answer === null || answer === 'na' || answer === q.expected) continue;
    findings.push({
      questionId: q.id,
      framework: q.framework,
      frameworkLabel: frameworkLabels.get(q.framework) ?? { th: q.framework, en: q.framework },
      question: q.text,
      answer,
      expected: q.expected,
      weight: q.weight,
      references: q.references.map((ref) => resolveLegalReference(template, ref)),
      recommendation: q.recommendation,
      evidenceRecommended: q.evidenceRecommended,
    });
  }

  return {
    templateId: template.id,
    templateVersion: template.version,
    fiscalYear: options.fiscalYear ?? template.fiscalYear,
    projectType,
    frameworks: frameworkScores,
    overall,
    level: overall === null ? null : levelForScore(overall),
    completeness,
    questions: results,
    findings,
  };
}

// ---------------------------------------------------------------------------------------------
// Year-over-year comparison
// ---------------------------------------------------------------------------------------------

export interface ScoreDelta {
  readonly previous: number | null;
  readonly current: number | null;
  /** current − previous, two decimals; null unless both sides have a score. */
  readonly delta: number | null;
}

export interface FrameworkComparison extends ScoreDelta {
  readonly framework: FrameworkId;
  readonly label: LocalizedText;
}

export interface QuestionChange {
  readonly questionId: string;
  readonly framework: FrameworkId;
  readonly question: LocalizedText;
  readonly previousAnswer: Answer | null;
  readonly currentAnswer: Answer | null;
}

export interface AssessmentComparison {
  readonly projectType: ProjectType;
  readonly previousFiscalYear: number;
  readonly currentFiscalYear: number;
  readonly overall: ScoreDelta;
  readonly frameworks: readonly FrameworkComparison[];
  /** Non-compliant before, compliant now. */
  readonly improved: readonly QuestionChange[];
  /** Compliant before, non-compliant now. */
  readonly regressed: readonly QuestionChange[];
  /** Question ids asked only in the current template version. */
  readonly added: readonly string[];
  /** Question ids asked only in the previous template version. */
  readonly removed: readonly string[];
}

function compareScores(previous: number | null, current: number | null): ScoreDelta {
  return {
    previous,
    current,
    delta: previous === null || current === null ? null : roundScore(current - previous),
  };
}

/**
 * Compares two scored assessments of the same project type, typically consecutive fiscal
 * years. Questions are matched by their stable id, so the two may come from different template
 * versions. Only compliant ↔ non-compliant moves count as improved or regressed: a move to or
 * from 'na' or an unanswered question says nothing about discipline.
 */
export function compareAssessments(
  previous: AssessmentScore,
  current: AssessmentScore,
): AssessmentComparison {
  if (previous.projectType !== current.projectType) {
    throw new RangeError(
      `cannot compare different project types: ${previous.projectType} and ${current.projectType}`,
    );
  }

  const previousFrameworks = new Map(previous.frameworks.map((f) => [f.framework, f]));
  const seen = new Set<FrameworkId>();
  const frameworks: FrameworkComparison[] = [];
  for (const f of current.frameworks) {
    seen.add(f.framework);
    const before = previousFrameworks.get(f.framework);
    frameworks.push({
      framework: f.framework,
      label: f.label,
      ...compareScores(before?.score ?? null, f.score),
    });
  }
  for (const f of previous.frameworks) {
    if (seen.has(f.framework)) continue;
    frameworks.push({ framework: f.framework, label: f.label, ...compareScores(f.score, null) });
  }

  const previousQuestions = new Map(previous.questions.map((q) => [q.questionId, q]));
  const currentIds = new Set(current.questions.map((q) => q.questionId));
  const improved: QuestionChange[] = [];
  const regressed: QuestionChange[] = [];
  const added: string[] = [];
  for (const q of current.questions) {
    const before = previousQuestions.get(q.questionId);
    if (!before) {
      added.push(q.questionId);
      continue;
    }
    const change: QuestionChange = {
      questionId: q.questionId,
      framework: q.framework,
      question: q.text,
      previousAnswer: before.answer,
      currentAnswer: q.answer,
    };
    if (before.status === 'non_compliant' && q.status === 'compliant') improved.push(change);
    if (before.status === 'compliant' && q.status === 'non_compliant') regressed.push(change);
  }
  const removed = previous.questions
    .filter((q) => !currentIds.has(q.questionId))
    .map((q) => q.questionId);

  return {
    projectType: current.projectType,
    previousFiscalYear: previous.fiscalYear,
    currentFiscalYear: current.fiscalYear,
    overall: compareScores(previous.overall, current.overall),
    frameworks,
    improved,
    regressed,
    added,
    removed,
  };
}
