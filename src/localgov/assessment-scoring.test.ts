import { describe, expect, it } from 'vitest';
import type { AssessmentAnswers } from './assessment-scoring.ts';
import {
  compareAssessments,
  levelForScore,
  missingAnswers,
  SCORE_LEVELS,
  scoreAssessment,
} from './assessment-scoring.ts';
import type {
  Answer,
  AssessmentQuestion,
  AssessmentTemplate,
  ProjectType,
} from './assessment-template.ts';
import { firstTemplate, questionsFor } from './assessment-template.ts';

/** Every question of a project type answered as expected, then `overrides` applied. */
function answersFor(
  projectType: ProjectType,
  overrides: Record<string, Answer | undefined> = {},
  template: AssessmentTemplate = firstTemplate,
): Record<string, Answer | undefined> {
  const answers: Record<string, Answer | undefined> = {};
  for (const q of questionsFor(template, projectType)) answers[q.id] = q.expected;
  return { ...answers, ...overrides };
}

function frameworkScore(score: ReturnType<typeof scoreAssessment>, id: string): number | null {
  const f = score.frameworks.find((x) => x.framework === id);
  if (!f) throw new Error(`framework missing: ${id}`);
  return f.score;
}

/** Small template whose arithmetic is easy to check by hand. */
function fixtureQuestion(
  id: string,
  weight: number,
  expected: 'yes' | 'no' = 'yes',
): AssessmentQuestion {
  const [projectType, framework] = id.split('.') as [ProjectType, 'authority' | 'budget'];
  return {
    id,
    projectType,
    framework,
    text: { th: `คำถาม ${id} ใช่หรือไม่`, en: `Question ${id}?` },
    guidance: { th: 'หลักฐาน', en: 'Evidence' },
    references: [{ sourceId: 'reg', provision: { th: 'ข้อ 7', en: 'clause 7' } }],
    recommendation: { th: `ให้แก้ไข ${id}`, en: `Fix ${id}` },
    weight,
    evidenceRecommended: true,
    expected,
  };
}

const fixture: AssessmentTemplate = {
  id: 'fixture',
  fiscalYear: 2568,
  version: 1,
  title: { th: 'แบบทดสอบ', en: 'Fixture' },
  issuer: { th: 'สำนักงานการตรวจเงินแผ่นดิน', en: 'State Audit Office' },
  projectTypes: [
    {
      id: 'subsidy',
      order: 1,
      label: { th: 'เงินอุดหนุน', en: 'Subsidy' },
      description: { th: 'เงินอุดหนุน', en: 'Subsidy' },
    },
  ],
  frameworks: [
    // Declared out of order on purpose: results must follow `order`.
    { id: 'budget', order: 2, label: { th: 'การจัดทำงบประมาณ', en: 'Budgeting' } },
    { id: 'authority', order: 1, label: { th: 'อำนาจหน้าที่', en: 'Authority' } },
  ],
  legalSources: [
    {
      id: 'reg',
      title: { th: 'ระเบียบทดสอบ พ.ศ. 2559', en: 'Test Regulation 2016' },
      shortTitle: { th: 'ระเบียบทดสอบ', en: 'Test Regulation' },
    },
  ],
  questions: [
    fixtureQuestion('subsidy.budget.1', 1),
    fixtureQuestion('subsidy.budget.2', 3),
    fixtureQuestion('subsidy.authority.1', 2),
    fixtureQuestion('subsidy.authority.2', 1),
    fixtureQuestion('subsidy.authority.3', 1, 'no'),
  ],
};

describe('scoreAssessment — arithmetic', () => {
  it('weights questions within a framework and frameworks by applicable weight', () => {
    const score = scoreAssessment(fixture, 'subsidy', {
      'subsidy.authority.1': 'yes', // compliant, w2
      'subsidy.authority.2': 'no', // non-compliant, w1
      'subsidy.authority.3': 'no', // compliant (expected no), w1
      'subsidy.budget.1': 'yes', // compliant, w1
      'subsidy.budget.2': 'no', // non-compliant, w3
    });
    expect(score.frameworks.map((f) => f.framework)).toEqual(['authority', 'budget']);
    expect(frameworkScore(score, 'authority')).toBe(75); // 3 / 4
    expect(frameworkScore(score, 'budget')).toBe(25); // 1 / 4
    expect(score.overall).toBe(50); // (75×4 + 25×4) / 8
    expect(score.level?.id).toBe('needs_improvement');
  });

  it('leaves na out of the denominator', () => {
    const score = scoreAssessment(fixture, 'subsidy', {
      'subsidy.authority.1': 'na',
      'subsidy.authority.2': 'yes',
      'subsidy.authority.3': 'yes', // non-compliant, expected no
      'subsidy.budget.1': 'na',
      'subsidy.budget.2': 'yes',
    });
    expect(frameworkScore(score, 'authority')).toBe(50); // 1 / 2
    expect(frameworkScore(score, 'budget')).toBe(100); // 3 / 3
    expect(score.overall).toBe(80); // 4 / 5
    const authority = score.frameworks.find((f) => f.framework === 'authority');
    expect(authority?.counts).toEqual({
      compliant: 1,
      non_compliant: 1,
      not_applicable: 1,
      unanswered: 0,
    });
    expect(authority?.applicableWeight).toBe(2);
    expect(authority?.totalWeight).toBe(4);
  });

  it('reports null for a framework whose questions are all na, and excludes it overall', () => {
    const score = scoreAssessment(fixture, 'subsidy', {
      'subsidy.authority.1': 'yes',
      'subsidy.authority.2': 'yes',
      'subsidy.authority.3': 'yes',
      'subsidy.budget.1': 'na',
      'subsidy.budget.2': 'na',
    });
    expect(frameworkScore(score, 'budget')).toBeNull();
    expect(frameworkScore(score, 'authority')).toBe(75);
    expect(score.overall).toBe(75);
    expect(score.level?.id).toBe('good');
    expect(score.completeness.complete).toBe(true);
  });

  it('reports null overall and no level when everything is na', () => {
    const score = scoreAssessment(fixture, 'subsidy', {
      'subsidy.authority.1': 'na',
      'subsidy.authority.2': 'na',
      'subsidy.authority.3': 'na',
      'subsidy.budget.1': 'na',
      'subsidy.budget.2': 'na',
    });
    expect(score.frameworks.every((f) => f.score === null)).toBe(true);
    expect(score.overall).toBeNull();
    expect(score.level).toBeNull();
    expect(score.findings).toEqual([]);
    expect(score.completeness.complete).toBe(true);
  });

  it('reads the level from the rounded score so label and number agree', () => {
    const t: AssessmentTemplate = {
      ...fixture,
      questions: [
        fixtureQuestion('subsidy.authority.1', 89.996),
        fixtureQuestion('subsidy.authority.2', 10.004),
      ],
    };
    const score = scoreAssessment(t, 'subsidy', {
      'subsidy.authority.1': 'yes',
      'subsidy.authority.2': 'no',
    });
    expect(score.overall).toBe(90);
    expect(score.level?.id).toBe('very_good');
  });

  it('throws for a project type the template does not have', () => {
    expect(() => scoreAssessment(fixture, 'sports', {})).toThrow(RangeError);
  });
});

describe('levelForScore', () => {
  it('applies the documented thresholds', () => {
    expect(SCORE_LEVELS.map((l) => [l.id, l.minScore, l.label.th])).toEqual([
      ['very_good', 90, 'ดีมาก'],
      ['good', 75, 'ดี'],
      ['fair', 60, 'พอใช้'],
      ['needs_improvement', 0, 'ต้องปรับปรุง'],
    ]);
    const cases: [number, string][] = [
      [100, 'very_good'],
      [90, 'very_good'],
      [89.99, 'good'],
      [75, 'good'],
      [74.99, 'fair'],
      [60, 'fair'],
      [59.99, 'needs_improvement'],
      [0, 'needs_improvement'],
    ];
    for (const [score, id] of cases) expect(levelForScore(score).id, String(score)).toBe(id);
    expect(levelForScore(75).label).toEqual({ th: 'ดี', en: 'Good' });
  });

  it('rejects scores outside 0–100', () => {
    expect(() => levelForScore(100.01)).toThrow(RangeError);
    expect(() => levelForScore(-1)).toThrow(RangeError);
    expect(() => levelForScore(Number.NaN)).toThrow(RangeError);
  });
});

describe('scoreAssessment — first template', () => {
  it('gives 100 and ดีมาก with no findings when every answer is as expected', () => {
    for (const p of firstTemplate.projectTypes) {
      const score = scoreAssessment(firstTemplate, p.id, answersFor(p.id));
      expect(score.overall, p.id).toBe(100);
      expect(score.level?.label.th).toBe('ดีมาก');
      expect(score.findings).toEqual([]);
      expect(score.completeness.complete).toBe(true);
      expect(score.fiscalYear).toBe(2568);
    }
  });

  it('gives 0 when every answer is the opposite of the expected one', () => {
    const flipped: Record<string, Answer> = {};
    for (const q of questionsFor(firstTemplate, 'sports')) {
      flipped[q.id] = q.expected === 'yes' ? 'no' : 'yes';
    }
    const score = scoreAssessment(firstTemplate, 'sports', flipped);
    expect(score.overall).toBe(0);
    expect(score.level?.id).toBe('needs_improvement');
    expect(score.findings).toHaveLength(questionsFor(firstTemplate, 'sports').length);
  });

  it('scores a realistic festival assessment', () => {
    // A tambon holding its Loy Krathong festival: the project was not in the original plan
    // (it was added properly), the operating plan and evaluation were skipped, it overspent,
    // the sound-system hire had no purchase request, and no cash was advanced.
    const answers = answersFor('festival', {
      'festival.development_plan.2': 'no',
      'festival.development_plan.3': 'na',
      'festival.development_plan.5': 'no',
      'festival.budget.3': 'na',
      'festival.budget.4': 'yes',
      'festival.implementation.4': 'no',
      'festival.implementation.5': 'na',
    });
    const score = scoreAssessment(firstTemplate, 'festival', answers);
    // authority 6/6; plan: weights 2,1,(na),1,1 → 3/5; budget: 2,1,(na),2 → 3/5;
    // implementation: 2,2,2,1,(na) → 6/7; overall 18/23.
    expect(frameworkScore(score, 'authority')).toBe(100);
    expect(frameworkScore(score, 'development_plan')).toBe(60);
    expect(frameworkScore(score, 'budget')).toBe(60);
    expect(frameworkScore(score, 'implementation')).toBe(85.71);
    expect(score.overall).toBe(78.26);
    expect(score.level?.label).toEqual({ th: 'ดี', en: 'Good' });
    expect(score.findings.map((f) => f.questionId)).toEqual([
      'festival.development_plan.2',
      'festival.development_plan.5',
      'festival.budget.4',
      'festival.implementation.4',
    ]);
  });

  it('reports a negatively phrased question answered "yes" as a finding', () => {
    const score = scoreAssessment(
      firstTemplate,
      'festival',
      answersFor('festival', { 'festival.implementation.3': 'yes' }),
    );
    expect(score.findings).toHaveLength(1);
    const [finding] = score.findings;
    expect(finding?.answer).toBe('yes');
    expect(finding?.expected).toBe('no');
    expect(finding?.question.th).toContain('แอลกอฮอล์');
  });
});

describe('findings', () => {
  it('name the question, cite the legal reference and carry the recommendation', () => {
    const score = scoreAssessment(
      firstTemplate,
      'sports',
      answersFor('sports', { 'sports.authority.1': 'no' }),
    );
    expect(score.findings).toHaveLength(1);
    const [finding] = score.findings;
    expect(finding?.questionId).toBe('sports.authority.1');
    expect(finding?.frameworkLabel.th).toBe('อำนาจหน้าที่ตามกฎหมาย');
    expect(finding?.question.th).toContain('การส่งเสริมกีฬา');
    const citations = finding?.references.map((r) => r.citation.th) ?? [];
    expect(citations[0]).toBe(
      'พระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. 2542 และที่แก้ไขเพิ่มเติม มาตรา 16 (14) และมาตรา 17 (18)',
    );
    expect(finding?.references[0]?.citation.en).toContain('section');
    expect(finding?.recommendation.th).toMatch(/^ให้/);
    expect(finding?.recommendation.en.length).toBeGreaterThan(0);
  });

  it('cite the subsidy regulation for a missing subsidy agreement', () => {
    const score = scoreAssessment(
      firstTemplate,
      'subsidy',
      answersFor('subsidy', { 'subsidy.implementation.2': 'no' }),
    );
    const sources = score.findings[0]?.references.map((r) => r.source.id);
    expect(sources).toEqual(['subsidy_reg_2559']);
    expect(score.findings[0]?.references[0]?.citation.th).toContain(
      'ระเบียบกระทรวงมหาดไทยว่าด้วยเงินอุดหนุนขององค์กรปกครองส่วนท้องถิ่น พ.ศ. 2559',
    );
  });

  it('are not raised for na or unanswered questions', () => {
    const score = scoreAssessment(
      firstTemplate,
      'subsidy',
      answersFor('subsidy', { 'subsidy.authority.1': 'na', 'subsidy.authority.2': undefined }),
    );
    expect(score.findings).toEqual([]);
  });
});

describe('completeness and missingAnswers', () => {
  it('lists unanswered questions in questionnaire order and blocks submission', () => {
    const answers: AssessmentAnswers = answersFor('sports', {
      'sports.implementation.6': undefined,
      'sports.authority.2': undefined,
    });
    const score = scoreAssessment(firstTemplate, 'sports', answers);
    expect(score.completeness.missing).toEqual(['sports.authority.2', 'sports.implementation.6']);
    expect(score.completeness.complete).toBe(false);
    expect(score.completeness.answered).toBe(score.completeness.total - 2);
    expect(missingAnswers(firstTemplate, 'sports', answers)).toEqual([
      'sports.authority.2',
      'sports.implementation.6',
    ]);
  });

  it('still gives a provisional score, ignoring unanswered questions', () => {
    const answers = answersFor('sports', { 'sports.budget.2': 'no', 'sports.budget.1': undefined });
    const score = scoreAssessment(firstTemplate, 'sports', answers);
    // budget weights 2,1,1,2: q1 unanswered (left out), q2 non-compliant, q3 and q4 compliant.
    expect(frameworkScore(score, 'budget')).toBe(75); // 3 / 4
    expect(score.completeness.complete).toBe(false);
  });

  it('treats malformed answer values as missing', () => {
    const answers = {
      ...answersFor('subsidy'),
      'subsidy.budget.1': 'YES',
    } as unknown as AssessmentAnswers;
    expect(missingAnswers(firstTemplate, 'subsidy', answers)).toEqual(['subsidy.budget.1']);
  });

  it('reports answers that belong to no question of this project type', () => {
    const answers = answersFor('subsidy', {
      'festival.budget.1': 'yes',
      'subsidy.budget.99': 'no',
    });
    const score = scoreAssessment(firstTemplate, 'subsidy', answers);
    expect(score.completeness.unexpected).toEqual(['festival.budget.1', 'subsidy.budget.99']);
    expect(score.completeness.complete).toBe(true);
    expect(score.overall).toBe(100);
  });

  it('returns [] once everything is answered, including na', () => {
    const answers = answersFor('festival', { 'festival.implementation.5': 'na' });
    expect(missingAnswers(firstTemplate, 'festival', answers)).toEqual([]);
  });
});

describe('compareAssessments', () => {
  const template2567: AssessmentTemplate = { ...firstTemplate, fiscalYear: 2567 };

  it('reports per-framework deltas and improved and regressed questions', () => {
    const previous = scoreAssessment(
      template2567,
      'subsidy',
      answersFor('subsidy', {
        'subsidy.implementation.2': 'no', // no agreement last year
        'subsidy.implementation.4': 'no', // no report last year
        'subsidy.development_plan.3': 'no', // plan amendment skipped
      }),
    );
    const current = scoreAssessment(
      firstTemplate,
      'subsidy',
      answersFor('subsidy', {
        'subsidy.implementation.4': 'no', // still no report
        'subsidy.development_plan.3': 'na', // project was in the plan this year
        'subsidy.budget.4': 'yes', // overspent this year
      }),
    );
    const cmp = compareAssessments(previous, current);
    expect(cmp.previousFiscalYear).toBe(2567);
    expect(cmp.currentFiscalYear).toBe(2568);
    expect(cmp.improved.map((q) => q.questionId)).toEqual(['subsidy.implementation.2']);
    expect(cmp.regressed.map((q) => q.questionId)).toEqual(['subsidy.budget.4']);
    expect(cmp.regressed[0]).toMatchObject({ previousAnswer: 'no', currentAnswer: 'yes' });

    const byId = new Map(cmp.frameworks.map((f) => [f.framework, f]));
    // implementation weights 1,2,1,1,1: previous 3/6, current 5/6.
    expect(byId.get('implementation')).toMatchObject({
      previous: 50,
      current: 83.33,
      delta: 33.33,
    });
    // development_plan weights 2,1,1,1: previous 4/5; current na leaves 4/4.
    expect(byId.get('development_plan')).toMatchObject({ previous: 80, current: 100, delta: 20 });
    // budget weights 2,1,1,2: previous 6/6, current 4/6.
    expect(byId.get('budget')).toMatchObject({ previous: 100, current: 66.67, delta: -33.33 });
    expect(byId.get('authority')?.delta).toBe(0);
    expect(cmp.overall.delta).toBe(
      Math.round(((current.overall ?? 0) - (previous.overall ?? 0)) * 100) / 100,
    );
    expect(cmp.added).toEqual([]);
    expect(cmp.removed).toEqual([]);
  });

  it('gives a null delta when a framework has no score on one side', () => {
    const allNa = Object.fromEntries(
      questionsFor(firstTemplate, 'sports', 'budget').map((q) => [q.id, 'na' as const]),
    );
    const previous = scoreAssessment(template2567, 'sports', answersFor('sports', allNa));
    const current = scoreAssessment(firstTemplate, 'sports', answersFor('sports'));
    const budget = compareAssessments(previous, current).frameworks.find(
      (f) => f.framework === 'budget',
    );
    expect(budget).toMatchObject({ previous: null, current: 100, delta: null });
  });

  it('matches questions by stable id across template versions', () => {
    const version2: AssessmentTemplate = {
      ...firstTemplate,
      version: 2,
      fiscalYear: 2569,
      questions: [
        ...firstTemplate.questions.filter((q) => q.id !== 'sports.authority.3'),
        {
          ...firstTemplate.questions.find((q) => q.id === 'sports.authority.1')!,
          id: 'sports.authority.5',
        },
      ],
    };
    const previous = scoreAssessment(firstTemplate, 'sports', answersFor('sports'));
    const current = scoreAssessment(version2, 'sports', answersFor('sports', {}, version2));
    const cmp = compareAssessments(previous, current);
    expect(cmp.added).toEqual(['sports.authority.5']);
    expect(cmp.removed).toEqual(['sports.authority.3']);
    expect(cmp.currentFiscalYear).toBe(2569);
  });

  it('can carry a template into a later year via the fiscalYear option', () => {
    const score = scoreAssessment(firstTemplate, 'sports', answersFor('sports'), {
      fiscalYear: 2569,
    });
    expect(score.fiscalYear).toBe(2569);
    expect(score.templateVersion).toBe(1);
  });

  it('refuses to compare different project types', () => {
    const a = scoreAssessment(firstTemplate, 'sports', answersFor('sports'));
    const b = scoreAssessment(firstTemplate, 'festival', answersFor('festival'));
    expect(() => compareAssessments(a, b)).toThrow(RangeError);
  });
});
