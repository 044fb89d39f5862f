import { regionOf } from '../../orgs/index.ts';
import { scoreAssessment } from '../assessment-scoring.ts';
import {
  type Answer,
  type AssessmentTemplate,
  fiscalYearRange,
  type ProjectType,
  questionsFor,
} from '../assessment-template.ts';
import type { LocalAdministrationSeed, LocalAdministrationType } from '../directory-data.ts';
import { PROJECT_TYPES, scoreColumns } from './assessments.ts';
import type { NewRecord } from './store.ts';

/**
 * Deterministic demo assessments for dashboards and the benchmark: the same rows on every run
 * and machine (a seeded PRNG, never Math.random). Every administration has a latent "fiscal
 * discipline" that improves a little each year; larger administrations, which have finance
 * divisions of their own, start higher. Answers are drawn from it question by question and then
 * scored with the real scoring rules, so the score columns are exactly what a submission gives.
 */

export const DEMO_ACTOR = 'system:demo';

/** mulberry32: small, fast, good enough for demo data (not for anything secret). */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

const BASE_DISCIPLINE: Readonly<Record<LocalAdministrationType, number>> = {
  bangkok: 0.9,
  pattaya: 0.85,
  pao: 0.86,
  city_municipality: 0.86,
  town_municipality: 0.82,
  subdistrict_municipality: 0.77,
  sao: 0.74,
};

const BUDGET_SCALE: Readonly<Record<LocalAdministrationType, number>> = {
  bangkok: 20,
  pattaya: 6,
  pao: 5,
  city_municipality: 3,
  town_municipality: 2,
  subdistrict_municipality: 1,
  sao: 0.8,
};

const BUDGET_RANGE: Readonly<Record<ProjectType, [number, number]>> = {
  subsidy: [20_000, 400_000],
  festival: [30_000, 900_000],
  sports: [20_000, 600_000],
};

const PROJECT_NAMES: Readonly<Record<ProjectType, readonly string[]>> = {
  subsidy: [
    'อุดหนุนที่ทำการปกครองอำเภอ{district} ตามโครงการป้องกันและแก้ไขปัญหายาเสพติด',
    'อุดหนุนโรงเรียนในเขตพื้นที่ ตามโครงการอาหารกลางวัน',
    'อุดหนุนกิ่งกาชาดอำเภอ{district} ตามโครงการช่วยเหลือผู้ประสบภัย',
    'อุดหนุนที่ทำการปกครองอำเภอ{district} ตามโครงการศูนย์ปฏิบัติการร่วมในการช่วยเหลือประชาชน',
    'อุดหนุนการไฟฟ้าส่วนภูมิภาค ตามโครงการขยายเขตไฟฟ้าสาธารณะ',
  ],
  festival: [
    'โครงการจัดงานประเพณีลอยกระทง',
    'โครงการจัดงานประเพณีสงกรานต์และวันผู้สูงอายุ',
    'โครงการจัดงานประเพณีแห่เทียนเข้าพรรษา',
    'โครงการจัดงานประเพณีบุญบั้งไฟ',
    'โครงการจัดงานวันเด็กแห่งชาติ',
    'โครงการจัดงานประเพณีออกพรรษาและตักบาตรเทโว',
  ],
  sports: [
    'โครงการแข่งขันกีฬาเยาวชนและประชาชนต้านยาเสพติด',
    'โครงการแข่งขันกีฬาฟุตบอลเยาวชน{place}คัพ',
    'โครงการส่งนักกีฬาเข้าร่วมการแข่งขันกีฬาท้องถิ่นสัมพันธ์',
    'โครงการแข่งขันกีฬาพื้นบ้านและกีฬาผู้สูงอายุ',
    'โครงการแข่งขันเรือยาวประเพณี',
  ],
};

export interface DemoAssessment extends NewRecord {
  status: 'submitted';
  answers: Record<string, Answer>;
  signed_off_by: string;
  signed_off_at: Date;
  submitted_at: Date;
  overall_score: string | null;
  score_authority: string | null;
  score_development_plan: string | null;
  score_budget: string | null;
  score_implementation: string | null;
  level: string | null;
  findings_count: number;
}

function placeName(a: LocalAdministrationSeed): string {
  return a.subdistrictTh || a.nameTh;
}

/**
 * One submitted assessment for an administration, project type and fiscal year, scored with
 * `template`. Pure: the same arguments always give the same row.
 */
export function demoAssessment(
  a: LocalAdministrationSeed,
  projectType: ProjectType,
  fiscalYear: number,
  template: AssessmentTemplate,
  templateId: string,
  districtName: (code: string) => string,
): DemoAssessment {
  const random = createRandom(hash(`${a.code}|${projectType}|${fiscalYear}`));
  const own = createRandom(hash(a.code));
  // An administration's own discipline, stable across years and projects.
  const spread = (own() + own() + own()) / 3 - 0.5;
  const yearGain = (fiscalYear - 2564) * 0.015;
  const typeShift = projectType === 'subsidy' ? -0.03 : projectType === 'sports' ? 0.01 : 0;
  const discipline = Math.max(
    0.3,
    Math.min(0.995, BASE_DISCIPLINE[a.type] + spread * 0.5 + yearGain + typeShift),
  );

  const answers: Record<string, Answer> = {};
  for (const q of questionsFor(template, projectType)) {
    const optional = /ไม่เกี่ยวข้อง/.test(q.text.th);
    if (random() < (optional ? 0.25 : 0.015)) {
      answers[q.id] = 'na';
      continue;
    }
    // Heavier questions (approval, payment rates) are the ones more often got wrong.
    const p = discipline - (q.weight - 1) * 0.05 + (random() - 0.5) * 0.1;
    const compliant = random() < p;
    const wrong = q.expected === 'yes' ? 'no' : 'yes';
    answers[q.id] = compliant ? q.expected : wrong;
  }
  const score = scoreAssessment(template, projectType, answers, { fiscalYear });

  const names = PROJECT_NAMES[projectType];
  const name = (names[Math.floor(own() * names.length)] ?? names[0] ?? '')
    .replace('{district}', districtName(a.districtCode))
    .replace('{place}', placeName(a));
  const [low, high] = BUDGET_RANGE[projectType];
  const budget =
    Math.round(((low + (high - low) * random() ** 2) * BUDGET_SCALE[a.type]) / 100) * 100;

  // Submitted in the last quarter of the fiscal year, Bangkok office hours.
  const { end } = fiscalYearRange(fiscalYear);
  const submittedAt = new Date(
    end.getTime() -
      Math.floor(random() * 90) * 86_400_000 -
      Math.floor(random() * 8 * 3600_000) -
      7 * 3600_000,
  );

  return {
    administration_code: a.code,
    administration_name_th: a.nameTh,
    administration_name_en: a.nameEn,
    administration_type: a.type,
    province_code: a.provinceCode,
    region: regionOf(a.provinceCode) ?? 'central',
    fiscal_year: fiscalYear,
    project_type: projectType,
    project_name: name,
    project_budget: budget.toFixed(2),
    template_id: templateId,
    filled_by: DEMO_ACTOR,
    status: 'submitted',
    answers,
    signed_off_by: DEMO_ACTOR,
    signed_off_at: submittedAt,
    submitted_at: submittedAt,
    ...scoreColumns(score),
  };
}

/** Every (administration × project type × fiscal year) demo assessment, lazily. */
export function* demoAssessments(
  administrations: readonly LocalAdministrationSeed[],
  fiscalYears: readonly number[],
  template: AssessmentTemplate,
  templateId: string,
  districtName: (code: string) => string,
): Generator<DemoAssessment> {
  for (const year of fiscalYears) {
    for (const a of administrations) {
      for (const pt of PROJECT_TYPES) {
        yield demoAssessment(a, pt, year, template, templateId, districtName);
      }
    }
  }
}

/**
 * A small, spread-out sample for `npm start`: every PAO, city municipality and the two special
 * administrations, the `always` ones (the demo officers' own), then evenly spaced others up to
 * `size`, so every region and type shows on the dashboard.
 */
export function sampleAdministrations(
  all: readonly LocalAdministrationSeed[],
  size: number,
  always: readonly string[] = [],
): LocalAdministrationSeed[] {
  const picked = new Map<string, LocalAdministrationSeed>();
  for (const a of all) {
    if (always.includes(a.code)) picked.set(a.code, a);
  }
  for (const a of all) {
    if (picked.size >= size) break;
    if (['pao', 'city_municipality', 'bangkok', 'pattaya'].includes(a.type)) picked.set(a.code, a);
  }
  const rest = all.filter((a) => !picked.has(a.code));
  const needed = Math.max(0, size - picked.size);
  const step = rest.length / Math.max(1, needed);
  for (let i = 0; i < needed && rest.length > 0; i++) {
    const a = rest[Math.floor(i * step)];
    if (a) picked.set(a.code, a);
  }
  return all.filter((a) => picked.has(a.code));
}

export const DEMO_CSV_COLUMNS = [
  'administration_code',
  'administration_name_th',
  'administration_name_en',
  'administration_type',
  'province_code',
  'region',
  'fiscal_year',
  'project_type',
  'project_name',
  'project_budget',
  'template_id',
  'status',
  'answers',
  'filled_by',
  'signed_off_by',
  'signed_off_at',
  'submitted_at',
  'overall_score',
  'score_authority',
  'score_development_plan',
  'score_budget',
  'score_implementation',
  'level',
  'findings_count',
] as const satisfies ReadonlyArray<keyof DemoAssessment>;

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text =
    value instanceof Date
      ? value.toISOString()
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
  return /[",\n\r]/.test(text) || text === '' ? `"${text.replaceAll('"', '""')}"` : text;
}

/** CSV text for COPY (no header; empty unquoted cells are NULL), in chunks of `batch` rows. */
export async function* demoCsv(
  rows: Iterable<DemoAssessment>,
  batch = 2000,
): AsyncGenerator<string> {
  let chunk: string[] = [];
  for (const row of rows) {
    chunk.push(DEMO_CSV_COLUMNS.map((c) => csvCell(row[c])).join(','));
    if (chunk.length >= batch) {
      yield `${chunk.join('\n')}\n`;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield `${chunk.join('\n')}\n`;
}
