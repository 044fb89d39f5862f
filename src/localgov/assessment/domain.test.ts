import { describe, expect, it } from 'vitest';
import { FormError } from '../../platform/forms.ts';
import { scoreAssessment } from '../assessment-scoring.ts';
import { firstTemplate, questionsFor } from '../assessment-template.ts';
import { generateLocalAdministrations } from '../directory-data.ts';
import { accessFromGrants, canViewAssessment } from './access.ts';
import {
  openFiscalYears,
  parseAnswers,
  parseBaht,
  parseNewAssessment,
  pickPrevious,
  scoreColumns,
} from './assessments.ts';
import { buildDashboard, parseDashboardFilter } from './dashboard.ts';
import { demoAssessment, demoAssessments, demoCsv, sampleAdministrations } from './demo-data.ts';
import { toAdministration } from './directory-port.ts';
import { checkEvidence, EVIDENCE_MAX_BYTES } from './evidence.ts';
import {
  addQuestion,
  nextQuestionId,
  parseQuestionInput,
  removeQuestion,
  updateQuestion,
} from './templates.ts';

const pdf = Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n%%EOF\n', 'latin1');
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);

function fields(fn: () => unknown): Record<string, string> {
  try {
    fn();
  } catch (error) {
    if (error instanceof FormError) return error.messages('en');
    throw error;
  }
  throw new Error('expected a FormError');
}

describe('new assessment input', () => {
  const allowed = { administrations: ['4420006'], fiscalYears: [2570, 2569] };

  it('reads baht amounts as people type them, exactly', () => {
    expect(parseBaht('150000')).toBe('150000.00');
    expect(parseBaht('1,250,000.5 บาท')).toBe('1250000.50');
    expect(parseBaht('฿ 0.05')).toBe('0.05');
    expect(parseBaht('-5')).toBeNull();
    expect(parseBaht('1.234')).toBeNull();
    expect(parseBaht('1e6')).toBeNull();
    expect(parseBaht('12345678901234')).toBeNull();
  });

  it('accepts a complete form', () => {
    expect(
      parseNewAssessment(
        {
          administration: '4420006',
          fiscal_year: '2570',
          project_type: 'festival',
          project_name: '  โครงการจัดงาน   ลอยกระทง ',
          project_budget: '250,000',
        },
        allowed,
      ),
    ).toEqual({
      administrationCode: '4420006',
      fiscalYear: 2570,
      projectType: 'festival',
      projectName: 'โครงการจัดงาน ลอยกระทง',
      projectBudget: '250000.00',
    });
  });

  it('reports every problem at once', () => {
    expect(
      fields(() =>
        parseNewAssessment(
          {
            administration: '5550061',
            fiscal_year: '2560',
            project_type: 'concert',
            project_name: '',
            project_budget: 'lots',
          },
          allowed,
        ),
      ),
    ).toEqual({
      administration: 'Choose a local administration you work for',
      fiscal_year: 'Choose a fiscal year from the list',
      project_type: 'Choose the project type',
      project_name: 'Enter the project name',
      project_budget: expect.stringContaining('amount in baht'),
    });
  });

  it('offers the current fiscal year and the four before it', () => {
    expect(openFiscalYears(2570)).toEqual([2570, 2569, 2568, 2567, 2566]);
  });
});

describe('answers', () => {
  const page = questionsFor(firstTemplate, 'sports', 'authority');
  const label = (q: { id: string }) => q.id;

  it('keeps valid answers and leaves unchosen questions alone', () => {
    expect(
      parseAnswers(
        { 'answer_sports.authority.1': 'yes', 'answer_sports.authority.2': '', other: 'x' },
        page,
        label,
      ),
    ).toEqual({ 'sports.authority.1': 'yes' });
  });

  it('refuses a value other than yes / no / na, and questions not on the page', () => {
    expect(
      fields(() =>
        parseAnswers(
          { 'answer_sports.authority.1': 'maybe', 'answer_festival.budget.1': 'yes' },
          page,
          label,
        ),
      ),
    ).toEqual({
      'answer_sports.authority.1':
        'The answer to sports.authority.1 must be "yes", "no" or "not applicable"',
      'answer_festival.budget.1':
        'There is no question festival.budget.1 on this page of the assessment',
    });
  });
});

describe('evidence', () => {
  it('accepts PDF, JPEG and PNG whose bytes match their type', () => {
    const checked = checkEvidence([
      {
        field: 'evidence_a',
        fileName: 'C:\\scans\\อนุมัติ.pdf',
        declaredType: 'application/pdf',
        content: pdf,
      },
      { field: 'evidence_b', fileName: 'photo.JPG', declaredType: 'image/jpeg', content: jpeg },
      { field: 'evidence_c', fileName: 'chart.png', declaredType: 'image/png', content: png },
    ]);
    expect(checked.map((c) => [c.fileName, c.contentType, c.size])).toEqual([
      ['อนุมัติ.pdf', 'application/pdf', pdf.length],
      ['photo.JPG', 'image/jpeg', jpeg.length],
      ['chart.png', 'image/png', png.length],
    ]);
    expect(checked[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses other types, disguised files, empty and oversized files, all together', () => {
    expect(
      fields(() =>
        checkEvidence([
          {
            field: 'evidence_a',
            fileName: 'run.exe',
            declaredType: 'application/x-msdownload',
            content: Buffer.from('MZ'),
          },
          {
            field: 'evidence_b',
            fileName: 'page.pdf',
            declaredType: 'application/pdf',
            content: Buffer.from('<html>'),
          },
          { field: 'evidence_c', fileName: 'photo.png', declaredType: 'image/png', content: jpeg },
          {
            field: 'evidence_d',
            fileName: 'empty.pdf',
            declaredType: 'application/pdf',
            content: Buffer.alloc(0),
          },
          {
            field: 'evidence_e',
            fileName: 'big.pdf',
            declaredType: 'application/pdf',
            content: Buffer.concat([pdf, Buffer.alloc(EVIDENCE_MAX_BYTES)]),
          },
        ]),
      ),
    ).toEqual({
      evidence_a: 'The evidence file run.exe must be a PDF, JPG or PNG',
      evidence_b: expect.stringContaining('does not match its type'),
      evidence_c: expect.stringContaining('does not match its type'),
      evidence_d: 'The evidence file empty.pdf is empty',
      evidence_e: 'The evidence file big.pdf is larger than 5 MB',
    });
  });
});

describe('access', () => {
  const grant = (role: string, organizationCode: string) =>
    ({
      role,
      organizationCode,
      organizationId: organizationCode,
      organizationKind: 'local_administration',
      organizationName: { th: organizationCode, en: organizationCode },
    }) as Parameters<typeof accessFromGrants>[1][number];

  it('scopes officers to their administration and lets auditors read only submissions', () => {
    const officer = accessFromGrants({ id: 'a', name: 'A' }, [
      grant('localgov_officer', 'lao-4420006'),
    ]);
    const auditor = accessFromGrants({ id: 'b', name: 'B' }, [grant('auditor', 'oag')]);
    const wrongPlace = accessFromGrants({ id: 'c', name: 'C' }, [grant('auditor', 'dla')]);
    const draft = { administration_code: '4420006', status: 'draft' as const };
    const submitted = { administration_code: '4420006', status: 'submitted' as const };
    const other = { administration_code: '5550061', status: 'draft' as const };
    expect(canViewAssessment(officer, draft)).toBe(true);
    expect(canViewAssessment(officer, other)).toBe(false);
    expect(officer.executiveOf.size).toBe(0);
    expect(canViewAssessment(auditor, draft)).toBe(false);
    expect(canViewAssessment(auditor, submitted)).toBe(true);
    expect(wrongPlace.dashboards).toBe(false);
    expect(accessFromGrants({ id: 'd', name: 'D' }, [grant('supervisor', 'dla')]).dashboards).toBe(
      true,
    );
    expect(
      accessFromGrants({ id: 'e', name: 'E' }, [
        grant('localgov_executive', 'lao-4420006'),
      ]).executiveOf.has('4420006'),
    ).toBe(true);
  });
});

describe('comparison partner', () => {
  const at = (iso: string) => new Date(iso);
  const candidates = [
    {
      id: '1',
      fiscal_year: 2568,
      project_type: 'festival',
      project_name: 'ลอยกระทง',
      submitted_at: at('2025-09-01'),
    },
    {
      id: '2',
      fiscal_year: 2569,
      project_type: 'festival',
      project_name: 'สงกรานต์',
      submitted_at: at('2026-09-02'),
    },
    {
      id: '3',
      fiscal_year: 2569,
      project_type: 'festival',
      project_name: 'ลอยกระทง',
      submitted_at: at('2026-08-01'),
    },
    {
      id: '4',
      fiscal_year: 2569,
      project_type: 'sports',
      project_name: 'ลอยกระทง',
      submitted_at: at('2026-09-05'),
    },
  ];
  it('takes the latest earlier year, same type, same name first', () => {
    const current = {
      id: 'x',
      fiscal_year: 2570,
      project_type: 'festival',
      project_name: ' ลอยกระทง',
    };
    expect(pickPrevious(current, candidates)?.id).toBe('3');
    expect(pickPrevious({ ...current, project_name: 'บุญบั้งไฟ' }, candidates)?.id).toBe('2');
    expect(pickPrevious({ ...current, fiscal_year: 2568 }, candidates)).toBeNull();
  });
});

describe('template editing', () => {
  const values = {
    text_th: 'มีการประชาสัมพันธ์โครงการให้ประชาชนทราบล่วงหน้า ใช่หรือไม่',
    text_en: 'Was the project announced to residents in advance?',
    guidance_th: 'ประกาศหรือภาพถ่ายการประชาสัมพันธ์',
    guidance_en: 'The notice or photos',
    recommendation_th: 'ให้ประชาสัมพันธ์โครงการล่วงหน้า',
    recommendation_en: 'Announce projects in advance',
    weight: '1',
    expected: 'yes',
    evidence_recommended: 'on',
  };

  it('adds a question with an id never used in the lineage', () => {
    const input = parseQuestionInput(
      { ...values, project_type: 'festival', framework: 'implementation' },
      ['moi_directives', 'unknown_source'],
      firstTemplate,
    );
    expect(input.sourceIds).toEqual(['moi_directives']);
    const removed = removeQuestion(firstTemplate, 'festival.implementation.5');
    const next = addQuestion(removed, [firstTemplate], input);
    expect(next.questions.at(-1)?.id).toBe(
      `festival.implementation.${Number(nextQuestionId([firstTemplate], 'festival', 'implementation').split('.')[2])}`,
    );
    expect(next.questions.some((q) => q.id === 'festival.implementation.5')).toBe(false);
    expect(next.questions.length).toBe(firstTemplate.questions.length);
  });

  it('keeps a question id, type and clause references when its text changes', () => {
    const q = firstTemplate.questions.find((x) => x.references.some((r) => r.provision));
    if (!q) throw new Error('no question with a provision');
    const input = parseQuestionInput(
      { ...values, project_type: 'sports' },
      q.references.map((r) => r.sourceId),
      firstTemplate,
      { projectType: q.projectType, framework: q.framework },
    );
    const next = updateQuestion(firstTemplate, q.id, input);
    const changed = next.questions.find((x) => x.id === q.id);
    expect(changed?.projectType).toBe(q.projectType);
    expect(changed?.text.th).toBe(values.text_th);
    expect(changed?.references).toEqual(q.references);
  });

  it('refuses an edit that leaves a project type and framework without questions', () => {
    const only = firstTemplate.questions.filter(
      (q) => q.projectType === 'subsidy' && q.framework === 'budget',
    );
    const [first, ...rest] = only;
    let t = firstTemplate;
    for (const q of rest) t = removeQuestion(t, q.id);
    expect(() => removeQuestion(t, first?.id ?? '')).toThrow(/assessment.template_invalid/);
  });

  it('reports form problems before touching the template', () => {
    expect(
      fields(() => parseQuestionInput({ weight: '9', expected: 'maybe' }, [], firstTemplate)),
    ).toMatchObject({
      project_type: 'Choose the project type',
      framework: 'Choose the framework',
      text_th: 'Enter the question text in Thai',
      weight: 'The weight must be a whole number from 1 to 5',
      expected: 'Choose the answer that counts as compliant',
      reference: 'Choose at least one law or regulation',
    });
  });
});

describe('dashboard shaping', () => {
  it('refuses unknown filter values instead of ignoring them', () => {
    expect(() => parseDashboardFilter({ year: '2025x' }, 2569)).toThrow(/filter_invalid/);
    expect(() => parseDashboardFilter({ region: 'mars' }, 2569)).toThrow(/filter_invalid/);
    expect(parseDashboardFilter({ year: ['2567', '2568'] }, 2569).fiscalYear).toBe(2568);
    expect(parseDashboardFilter({ region: 'northeast', province: '42' }, 2569)).toMatchObject({
      fiscalYear: 2569,
      region: 'northeast',
      provinceCode: '42',
    });
  });

  it('means are Σscore ÷ n and every category is listed', () => {
    const d = buildDashboard(
      { fiscalYear: 2569, region: 'northeast' },
      [
        {
          dimension: 'region',
          key: 'northeast',
          assessments: 3,
          budget_sum: '300.00',
          overall_sum: '250.00',
          overall_count: 3,
          authority_sum: '300',
          authority_count: 3,
          development_plan_sum: '0',
          development_plan_count: 0,
          budget_score_sum: '100',
          budget_score_count: 2,
          implementation_sum: '90',
          implementation_count: 1,
          findings_sum: 4,
          level_very_good: 1,
          level_good: 1,
          level_fair: 0,
          level_needs_improvement: 1,
        },
      ],
      [],
      'th',
    );
    expect(d.byRegion).toHaveLength(1);
    expect(d.byRegion[0]).toMatchObject({
      label: 'ภาคตะวันออกเฉียงเหนือ',
      assessments: 3,
      overall: 83.33,
      frameworks: { authority: 100, development_plan: null, budget: 50, implementation: 90 },
      findingsPerAssessment: 1.33,
    });
    expect(d.byProvince.length).toBe(20);
    expect(d.byProvince.every((r) => r.assessments === 0 && r.overall === null)).toBe(true);
    expect(d.byAdministrationType).toHaveLength(7);
  });
});

describe('directory port', () => {
  it('reads camelCase and snake_case rows and refuses incomplete ones', () => {
    expect(
      toAdministration({
        code: '4420006',
        type: 'subdistrict_municipality',
        nameTh: 'ก',
        nameEn: 'K',
        provinceCode: '42',
      }),
    ).toMatchObject({ code: '4420006', provinceCode: '42' });
    expect(
      toAdministration({ code: '4420006', type: 'sao', name_th: 'ก', province_code: '42' }),
    ).toMatchObject({ nameEn: 'ก', provinceCode: '42' });
    expect(
      toAdministration({ code: '4420006', type: 'club', nameTh: 'ก', provinceCode: '42' }),
    ).toBeNull();
    expect(toAdministration(null)).toBeNull();
  });
});

describe('demo data', () => {
  const all = generateLocalAdministrations();
  const chiangKhan = all.find((a) => a.code === '4420006');
  if (!chiangKhan) throw new Error('Chiang Khan missing from the directory data');

  it('is deterministic and scored by the real rules', () => {
    const a = demoAssessment(chiangKhan, 'festival', 2568, firstTemplate, 't', () => 'เชียงคาน');
    const b = demoAssessment(chiangKhan, 'festival', 2568, firstTemplate, 't', () => 'เชียงคาน');
    expect(a).toEqual(b);
    const rescored = scoreColumns(
      scoreAssessment(firstTemplate, 'festival', a.answers, { fiscalYear: 2568 }),
    );
    expect(a).toMatchObject(rescored);
    expect(Object.keys(a.answers).sort()).toEqual(
      questionsFor(firstTemplate, 'festival')
        .map((q) => q.id)
        .sort(),
    );
    expect(a.submitted_at.getTime()).toBeLessThan(new Date('2025-10-01T00:00:00+07:00').getTime());
    expect(a.submitted_at.getTime()).toBeGreaterThan(
      new Date('2025-06-01T00:00:00+07:00').getTime(),
    );
    expect(Number(a.project_budget)).toBeGreaterThan(0);
  });

  it('improves on average over the years and spreads across levels', () => {
    const sample = sampleAdministrations(all, 400);
    const mean = (year: number) => {
      const rows = [...demoAssessments(sample, [year], firstTemplate, 't', () => '')];
      return rows.reduce((s, r) => s + Number(r.overall_score), 0) / rows.length;
    };
    expect(mean(2568)).toBeGreaterThan(mean(2564));
    const levels = new Set(
      [...demoAssessments(sample, [2566], firstTemplate, 't', () => '')].map((r) => r.level),
    );
    expect(levels.size).toBe(4);
  });

  it('samples spread-out administrations including the ones asked for', () => {
    const sample = sampleAdministrations(all, 300, ['4420006']);
    expect(sample).toHaveLength(300);
    expect(sample.some((a) => a.code === '4420006')).toBe(true);
    expect(new Set(sample.map((a) => a.type)).size).toBe(7);
    expect(new Set(sample.map((a) => a.provinceCode)).size).toBe(77);
  });

  it('writes CSV that quotes JSON and leaves NULLs empty', async () => {
    const row = demoAssessment(chiangKhan, 'sports', 2567, firstTemplate, 't', () => 'เชียงคาน');
    let text = '';
    for await (const chunk of demoCsv([{ ...row, score_budget: null }])) text += chunk;
    expect(text.split('\n').filter(Boolean)).toHaveLength(1);
    expect(text).toContain('"{""sports.');
    expect(text).toMatch(/,,/);
  });
});
