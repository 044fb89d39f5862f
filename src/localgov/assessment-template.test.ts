import { describe, expect, it } from 'vitest';
import type { AssessmentQuestion, AssessmentTemplate } from './assessment-template.ts';
import {
  firstTemplate,
  fiscalYearOf,
  fiscalYearRange,
  formatFiscalYear,
  formatLegalReference,
  questionsFor,
  resolveLegalReference,
  validateTemplate,
} from './assessment-template.ts';

const THAI = /[\u0E01-\u0E5B]/;

function withQuestions(questions: AssessmentQuestion[]): AssessmentTemplate {
  return { ...firstTemplate, questions };
}

function replaceQuestion(id: string, patch: Partial<AssessmentQuestion>): AssessmentTemplate {
  return withQuestions(firstTemplate.questions.map((q) => (q.id === id ? { ...q, ...patch } : q)));
}

function findQuestion(id: string): AssessmentQuestion {
  const q = firstTemplate.questions.find((x) => x.id === id);
  if (!q) throw new Error(`fixture question missing: ${id}`);
  return q;
}

describe('fiscalYearOf', () => {
  it('starts the new Buddhist-era fiscal year on 1 October (Bangkok time)', () => {
    expect(fiscalYearOf(new Date('2024-10-01T00:00:00+07:00'))).toBe(2568);
    expect(fiscalYearOf(new Date('2024-09-30T23:59:59.999+07:00'))).toBe(2567);
    expect(fiscalYearOf(new Date('2025-09-30T12:00:00+07:00'))).toBe(2568);
    expect(fiscalYearOf(new Date('2025-01-01T00:00:00+07:00'))).toBe(2568);
  });

  it('uses Bangkok time, not the server time zone, at the boundary', () => {
    // 17:00Z on 30 Sep is already midnight 1 Oct in Bangkok.
    expect(fiscalYearOf(new Date('2024-09-30T17:00:00Z'))).toBe(2568);
    expect(fiscalYearOf(new Date('2024-09-30T16:59:59.999Z'))).toBe(2567);
  });

  it('rejects an invalid date', () => {
    expect(() => fiscalYearOf(new Date('not a date'))).toThrow(RangeError);
  });
});

describe('fiscalYearRange', () => {
  it('spans 1 Oct 2024 to 30 Sep 2025 inclusive for FY 2568', () => {
    const { start, end } = fiscalYearRange(2568);
    expect(start.toISOString()).toBe('2024-09-30T17:00:00.000Z');
    expect(end.toISOString()).toBe('2025-09-30T16:59:59.999Z');
  });

  it('round-trips with fiscalYearOf at both edges', () => {
    for (const fy of [2566, 2567, 2568, 2569, 2570]) {
      const { start, end } = fiscalYearRange(fy);
      expect(fiscalYearOf(start)).toBe(fy);
      expect(fiscalYearOf(end)).toBe(fy);
      expect(fiscalYearOf(new Date(start.getTime() - 1))).toBe(fy - 1);
      expect(fiscalYearOf(new Date(end.getTime() + 1))).toBe(fy + 1);
    }
  });

  it('rejects a Christian-era year passed by mistake', () => {
    expect(() => fiscalYearRange(2025)).toThrow(RangeError);
    expect(() => fiscalYearRange(2568.5)).toThrow(RangeError);
  });
});

describe('formatFiscalYear', () => {
  it('formats in Thai and English', () => {
    expect(formatFiscalYear(2568, 'th')).toBe('ปีงบประมาณ พ.ศ. 2568');
    expect(formatFiscalYear(2568, 'en')).toBe('Fiscal year 2025 (B.E. 2568)');
    expect(formatFiscalYear(2570, 'en')).toBe('Fiscal year 2027 (B.E. 2570)');
  });
});

describe('firstTemplate', () => {
  it('is valid', () => {
    expect(validateTemplate(firstTemplate)).toEqual([]);
  });

  it('is fiscal year 2568, version 1', () => {
    expect(firstTemplate.fiscalYear).toBe(2568);
    expect(firstTemplate.version).toBe(1);
  });

  it('has the three project types and four frameworks in the official order', () => {
    expect(firstTemplate.projectTypes.map((p) => [p.order, p.id])).toEqual([
      [1, 'subsidy'],
      [2, 'festival'],
      [3, 'sports'],
    ]);
    expect(firstTemplate.frameworks.map((f) => [f.order, f.id])).toEqual([
      [1, 'authority'],
      [2, 'development_plan'],
      [3, 'budget'],
      [4, 'implementation'],
    ]);
  });

  it('asks 3–6 questions for every project type × framework', () => {
    for (const p of firstTemplate.projectTypes) {
      for (const f of firstTemplate.frameworks) {
        const n = questionsFor(firstTemplate, p.id, f.id).length;
        expect(n, `${p.id} × ${f.id}`).toBeGreaterThanOrEqual(3);
        expect(n, `${p.id} × ${f.id}`).toBeLessThanOrEqual(6);
      }
    }
  });

  it('numbers question ids consecutively from 1 within each cell', () => {
    for (const p of firstTemplate.projectTypes) {
      for (const f of firstTemplate.frameworks) {
        const ids = questionsFor(firstTemplate, p.id, f.id).map((q) => q.id);
        expect(ids).toEqual(ids.map((_, i) => `${p.id}.${f.id}.${i + 1}`));
      }
    }
  });

  it('keeps Thai in the th fields and English in the en fields', () => {
    const pairs = firstTemplate.questions.flatMap(
      (q) =>
        [
          [q.id, 'text', q.text],
          [q.id, 'guidance', q.guidance],
          [q.id, 'recommendation', q.recommendation],
        ] as const,
    );
    for (const [id, field, value] of pairs) {
      expect(THAI.test(value.th), `${id}.${field}.th`).toBe(true);
      expect(value.en.trim().length, `${id}.${field}.en`).toBeGreaterThan(0);
      // Thai words may appear in English only as a quoted term such as ฎีกา in parentheses.
      const englishWithoutGlosses = value.en.replace(/\([^)]*\)/g, '');
      expect(THAI.test(englishWithoutGlosses), `${id}.${field}.en`).toBe(false);
    }
    for (const s of firstTemplate.legalSources) {
      expect(THAI.test(s.title.th)).toBe(true);
      expect(THAI.test(s.title.en)).toBe(false);
    }
  });

  it('phrases each question as a yes/no question in both languages', () => {
    for (const q of firstTemplate.questions) {
      expect(q.text.th, q.id).toMatch(/ใช่หรือไม่/);
      expect(q.text.en, q.id).toMatch(/\?/);
    }
  });

  it('expects "no" for negatively phrased questions, with at least one per project type', () => {
    const negative = firstTemplate.questions.filter((q) => q.expected === 'no');
    expect(negative.map((q) => q.id)).toEqual(
      expect.arrayContaining([
        'subsidy.authority.4',
        'subsidy.budget.4',
        'festival.authority.4',
        'festival.implementation.3',
        'sports.authority.4',
      ]),
    );
    for (const p of firstTemplate.projectTypes) {
      expect(negative.some((q) => q.projectType === p.id)).toBe(true);
    }
  });

  it('cites the Decentralization Act clause that grants each power', () => {
    const sports = findQuestion('sports.authority.1').references.map(
      (r) => resolveLegalReference(firstTemplate, r).citation.th,
    );
    expect(sports[0]).toContain('มาตรา 16 (14)');
    const festival = findQuestion('festival.authority.1').references.map(
      (r) => resolveLegalReference(firstTemplate, r).citation.th,
    );
    expect(festival[0]).toContain('มาตรา 16 (11)');
    expect(festival.some((c) => c.includes('พระราชบัญญัติองค์การบริหารส่วนจังหวัด'))).toBe(true);
  });

  it('points festival and sports expense questions at the 2564 events and sports regulation', () => {
    for (const id of ['festival.implementation.2', 'sports.implementation.2']) {
      expect(findQuestion(id).references.map((r) => r.sourceId)).toContain(
        'events_sports_reg_2564',
      );
    }
    expect(findQuestion('subsidy.implementation.2').references.map((r) => r.sourceId)).toContain(
      'subsidy_reg_2559',
    );
  });

  it('uses weights of 1 by default and 2 for core questions only', () => {
    const weights = new Set(firstTemplate.questions.map((q) => q.weight));
    expect([...weights].sort()).toEqual([1, 2]);
    expect(findQuestion('subsidy.development_plan.1').weight).toBe(2);
    expect(findQuestion('subsidy.development_plan.3').weight).toBe(1);
  });
});

describe('formatLegalReference', () => {
  const source = {
    id: 's',
    title: { th: 'พระราชบัญญัติตัวอย่าง พ.ศ. 2500', en: 'Example Act 1957' },
    shortTitle: { th: 'พ.ร.บ.ตัวอย่าง', en: 'Example Act' },
  };

  it('appends the clause and the subject', () => {
    expect(
      formatLegalReference(source, {
        sourceId: 's',
        provision: { th: 'มาตรา 5', en: 'section 5' },
        subject: { th: 'การเบิกจ่ายเงิน', en: 'disbursement' },
      }),
    ).toEqual({
      th: 'พระราชบัญญัติตัวอย่าง พ.ศ. 2500 มาตรา 5 (ในส่วนที่เกี่ยวกับการเบิกจ่ายเงิน)',
      en: 'Example Act 1957, section 5 (provisions on disbursement)',
    });
  });

  it('gives just the title when no clause is cited', () => {
    expect(formatLegalReference(source, { sourceId: 's' }).th).toBe('พระราชบัญญัติตัวอย่าง พ.ศ. 2500');
  });

  it('refuses a reference to an unknown source', () => {
    expect(() => resolveLegalReference(firstTemplate, { sourceId: 'nope' })).toThrow(RangeError);
  });
});

describe('validateTemplate', () => {
  it('reports duplicate question ids', () => {
    const dup = findQuestion('subsidy.authority.1');
    const errors = validateTemplate(withQuestions([...firstTemplate.questions, dup]));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('subsidy.authority.1');
  });

  it('reports a project type × framework without questions', () => {
    const errors = validateTemplate(
      withQuestions(
        firstTemplate.questions.filter(
          (q) => !(q.projectType === 'sports' && q.framework === 'budget'),
        ),
      ),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('sports × budget');
  });

  it('reports empty or non-Thai Thai text', () => {
    expect(
      validateTemplate(
        replaceQuestion('festival.budget.2', { text: { th: '  ', en: 'Question?' } }),
      ).join('\n'),
    ).toContain('festival.budget.2');
    const pasted = validateTemplate(
      replaceQuestion('festival.budget.2', { text: { th: 'Question?', en: 'Question?' } }),
    );
    expect(pasted).toHaveLength(1);
    expect(pasted[0]).toContain('Thai script');
    expect(
      validateTemplate(replaceQuestion('festival.budget.2', { guidance: { th: '', en: 'x' } })),
    ).toHaveLength(1);
    expect(
      validateTemplate(
        replaceQuestion('festival.budget.2', { recommendation: { th: '', en: 'x' } }),
      ),
    ).toHaveLength(1);
  });

  it('reports weights that are not positive numbers', () => {
    for (const weight of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      const errors = validateTemplate(replaceQuestion('sports.budget.1', { weight }));
      expect(errors, String(weight)).toHaveLength(1);
      expect(errors[0]).toContain('weight');
    }
    expect(validateTemplate(replaceQuestion('sports.budget.1', { weight: 0.5 }))).toEqual([]);
  });

  it('reports an id that does not match its project type and framework', () => {
    const errors = validateTemplate(
      replaceQuestion('sports.budget.1', { id: 'festival.budget.9' }),
    );
    expect(errors.join('\n')).toContain('festival.budget.9');
    expect(validateTemplate(replaceQuestion('sports.budget.1', { id: 'Sports 1' }))).toHaveLength(
      1,
    );
  });

  it('reports unknown legal sources and questions without references', () => {
    expect(
      validateTemplate(replaceQuestion('sports.budget.1', { references: [{ sourceId: 'x' }] })),
    ).toHaveLength(1);
    expect(validateTemplate(replaceQuestion('sports.budget.1', { references: [] }))).toHaveLength(
      1,
    );
  });

  it('reports a bad expected answer, fiscal year or version', () => {
    const badExpected = replaceQuestion('sports.budget.1', {
      expected: 'na' as unknown as 'yes',
    });
    expect(validateTemplate(badExpected)).toHaveLength(1);
    expect(validateTemplate({ ...firstTemplate, fiscalYear: 2025 })).toHaveLength(1);
    expect(validateTemplate({ ...firstTemplate, version: 0 })).toHaveLength(1);
  });
});
