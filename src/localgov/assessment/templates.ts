import { DomainError } from '../../platform/errors.ts';
import { FieldCollector } from '../../platform/forms.ts';
import {
  type AssessmentQuestion,
  type AssessmentTemplate,
  type ExpectedAnswer,
  type FrameworkId,
  type LegalReference,
  type ProjectType,
  validateTemplate,
} from '../assessment-template.ts';
import { isFramework, isProjectType } from './assessments.ts';
import './messages.ts';

/**
 * Editing a questionnaire template: audit staff add, change and remove questions of a draft
 * version, and every change must leave a template that passes `validateTemplate`, or nothing is
 * saved. Published versions are never edited; a new draft version is made from them.
 */

const MAX_TEXT = 2000;

export interface QuestionInput {
  projectType: ProjectType;
  framework: FrameworkId;
  text: { th: string; en: string };
  guidance: { th: string; en: string };
  recommendation: { th: string; en: string };
  weight: number;
  expected: ExpectedAnswer;
  evidenceRecommended: boolean;
  sourceIds: string[];
}

/** Reads the question editor form; `sourceIds` comes from the repeated `reference` checkboxes. */
export function parseQuestionInput(
  values: Record<string, string>,
  sourceIds: readonly string[],
  template: AssessmentTemplate,
  fixed?: { projectType: ProjectType; framework: FrameworkId },
): QuestionInput {
  const errors = new FieldCollector();
  const projectType = fixed?.projectType ?? values.project_type;
  const framework = fixed?.framework ?? values.framework;
  if (!isProjectType(projectType) || !template.projectTypes.some((p) => p.id === projectType)) {
    errors.add('project_type', 'assessment.project_type_invalid');
  }
  if (!isFramework(framework) || !template.frameworks.some((f) => f.id === framework)) {
    errors.add('framework', 'assessment.question_framework_invalid');
  }
  const text = (name: string, requiredCode?: string) => {
    const value = (values[name] ?? '').trim();
    if (requiredCode && value === '') errors.add(name, requiredCode);
    else if ([...value].length > MAX_TEXT) errors.add(name, 'assessment.question_too_long');
    return value;
  };
  const input = {
    text: { th: text('text_th', 'assessment.question_text_required'), en: text('text_en') },
    guidance: {
      th: text('guidance_th', 'assessment.question_guidance_required'),
      en: text('guidance_en'),
    },
    recommendation: {
      th: text('recommendation_th', 'assessment.question_recommendation_required'),
      en: text('recommendation_en'),
    },
  };
  const weight = Number(values.weight);
  if (!Number.isInteger(weight) || weight < 1 || weight > 5) {
    errors.add('weight', 'assessment.question_weight_invalid');
  }
  const expected = values.expected;
  if (expected !== 'yes' && expected !== 'no') {
    errors.add('expected', 'assessment.question_expected_invalid');
  }
  const known = new Set(template.legalSources.map((s) => s.id));
  const chosen = [...new Set(sourceIds)].filter((id) => known.has(id));
  if (chosen.length === 0) errors.add('reference', 'assessment.question_references_required');
  errors.throwIfAny();
  return {
    projectType: projectType as ProjectType,
    framework: framework as FrameworkId,
    ...input,
    weight,
    expected: expected as ExpectedAnswer,
    evidenceRecommended: values.evidence_recommended === 'on',
    sourceIds: chosen,
  };
}

/**
 * The id of a new question: `<type>.<framework>.<n>` with n above every number ever used in
 * this template's lineage, so a removed question's id is never given to a different question
 * (year-over-year comparison matches questions by id).
 */
export function nextQuestionId(
  lineage: readonly AssessmentTemplate[],
  projectType: ProjectType,
  framework: FrameworkId,
): string {
  const prefix = `${projectType}.${framework}.`;
  let max = 0;
  for (const t of lineage) {
    for (const q of t.questions) {
      if (!q.id.startsWith(prefix)) continue;
      const n = Number(q.id.slice(prefix.length));
      if (Number.isInteger(n) && n > max) max = n;
    }
  }
  return `${prefix}${max + 1}`;
}

function referencesFor(
  input: QuestionInput,
  previous: readonly LegalReference[],
): LegalReference[] {
  // Keep the clause numbers and subjects already cited for a source that stays chosen.
  return input.sourceIds.map((id) => previous.find((r) => r.sourceId === id) ?? { sourceId: id });
}

function toQuestion(id: string, input: QuestionInput, previous?: AssessmentQuestion) {
  const question: AssessmentQuestion = {
    id,
    projectType: input.projectType,
    framework: input.framework,
    text: input.text,
    guidance: input.guidance,
    references: referencesFor(input, previous?.references ?? []),
    recommendation: input.recommendation,
    weight: input.weight,
    evidenceRecommended: input.evidenceRecommended,
    expected: input.expected,
  };
  return question;
}

/** Throws with validateTemplate's problems when the edited template is not usable. */
export function assertValidTemplate(template: AssessmentTemplate): AssessmentTemplate {
  const problems = validateTemplate(template);
  if (problems.length > 0) {
    throw new DomainError('assessment.template_invalid', {
      status: 400,
      params: { detail: problems.join('; ') },
    });
  }
  return template;
}

export function addQuestion(
  template: AssessmentTemplate,
  lineage: readonly AssessmentTemplate[],
  input: QuestionInput,
): AssessmentTemplate {
  const id = nextQuestionId([template, ...lineage], input.projectType, input.framework);
  return assertValidTemplate({
    ...template,
    questions: [...template.questions, toQuestion(id, input)],
  });
}

export function updateQuestion(
  template: AssessmentTemplate,
  questionId: string,
  input: QuestionInput,
): AssessmentTemplate {
  const index = template.questions.findIndex((q) => q.id === questionId);
  const previous = template.questions[index];
  if (!previous) {
    throw new DomainError('assessment.question_not_found', {
      status: 404,
      params: { id: questionId },
    });
  }
  const questions = [...template.questions];
  // The id (type and framework) stays: changing them would make it a different question.
  questions[index] = toQuestion(
    questionId,
    { ...input, projectType: previous.projectType, framework: previous.framework },
    previous,
  );
  return assertValidTemplate({ ...template, questions });
}

export function removeQuestion(template: AssessmentTemplate, questionId: string) {
  if (!template.questions.some((q) => q.id === questionId)) {
    throw new DomainError('assessment.question_not_found', {
      status: 404,
      params: { id: questionId },
    });
  }
  return assertValidTemplate({
    ...template,
    questions: template.questions.filter((q) => q.id !== questionId),
  });
}

/** A new draft version copied from `source`, for `fiscalYear`, numbered `version`. */
export function draftFrom(
  source: AssessmentTemplate,
  fiscalYear: number,
  version: number,
): AssessmentTemplate {
  return assertValidTemplate({ ...source, fiscalYear, version });
}
