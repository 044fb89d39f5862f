/**
 * Fiscal-discipline self-assessment template for local administrative organisations (อปท.).
 *
 * Models the State Audit Office's (สำนักงานการตรวจเงินแผ่นดิน, สตง.) "โปรแกรมเสริมสร้างวินัย
 * การเงินการคลังขององค์กรปกครองส่วนท้องถิ่น" (MOU with DLA and the three LAO associations,
 * 15 March 2567): three project types, each assessed against four frameworks. The question
 * wording below is Pratu's own reconstruction from the governing laws, not the official
 * question set, so audit staff are expected to revise it; every revision is a new `version`
 * and must pass `validateTemplate` before it is saved.
 *
 * Legal references cite a clause number only where the clause is certain; otherwise they name
 * the subject matter, because a wrong clause number in an audit finding is worse than none.
 */

export type ProjectType = 'subsidy' | 'festival' | 'sports';
export type FrameworkId = 'authority' | 'development_plan' | 'budget' | 'implementation';
export type Answer = 'yes' | 'no' | 'na';
export type ExpectedAnswer = Exclude<Answer, 'na'>;
export type Lang = 'th' | 'en';

export interface LocalizedText {
  readonly th: string;
  readonly en: string;
}

export interface ProjectTypeDefinition {
  readonly id: ProjectType;
  readonly order: number;
  readonly label: LocalizedText;
  readonly description: LocalizedText;
}

export interface FrameworkDefinition {
  readonly id: FrameworkId;
  readonly order: number;
  readonly label: LocalizedText;
}

/** A law, regulation or body of directives that questions point to. */
export interface LegalSource {
  readonly id: string;
  readonly title: LocalizedText;
  readonly shortTitle: LocalizedText;
}

export interface LegalReference {
  readonly sourceId: string;
  /** Only when certain, e.g. มาตรา 16 (14) / section 16 (14). */
  readonly provision?: LocalizedText;
  /** The subject matter within the source, used when no clause number is cited. */
  readonly subject?: LocalizedText;
}

export interface AssessmentQuestion {
  /** Stable across template versions: `<projectType>.<framework>.<n>`; year-over-year comparison keys on it. */
  readonly id: string;
  readonly projectType: ProjectType;
  readonly framework: FrameworkId;
  readonly text: LocalizedText;
  /** What evidence an auditor expects to see behind the answer. */
  readonly guidance: LocalizedText;
  readonly references: readonly LegalReference[];
  /** Shown in a finding when the answer differs from `expected`. */
  readonly recommendation: LocalizedText;
  readonly weight: number;
  readonly evidenceRecommended: boolean;
  /** 'yes' for most questions; negatively phrased questions (a prohibited practice) expect 'no'. */
  readonly expected: ExpectedAnswer;
}

export interface AssessmentTemplate {
  readonly id: string;
  /** Buddhist-era Thai fiscal year the template applies to. */
  readonly fiscalYear: number;
  readonly version: number;
  readonly title: LocalizedText;
  readonly issuer: LocalizedText;
  readonly projectTypes: readonly ProjectTypeDefinition[];
  readonly frameworks: readonly FrameworkDefinition[];
  readonly legalSources: readonly LegalSource[];
  readonly questions: readonly AssessmentQuestion[];
}

export interface ResolvedLegalReference extends LegalReference {
  readonly source: LegalSource;
  readonly citation: LocalizedText;
}

// ---------------------------------------------------------------------------------------------
// Fiscal year (ปีงบประมาณ)
// ---------------------------------------------------------------------------------------------

/** B.E. = C.E. + 543. */
const BUDDHIST_ERA_OFFSET = 543;
/**
 * Thailand observes UTC+07:00 all year (no daylight saving), so fiscal-year boundaries are
 * computed in Bangkok time regardless of the server's time zone: a payment at 23:30 on
 * 30 September Bangkok time belongs to the old year even though it is already 1 October
 * somewhere else, and vice versa.
 */
const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000;
/** October, zero-based. พ.ร.บ.วิธีการงบประมาณ พ.ศ. 2561 defines the fiscal year as 1 Oct – 30 Sep. */
const FISCAL_YEAR_START_MONTH = 9;

/**
 * The Buddhist-era fiscal year a moment falls in. The fiscal year is named after the calendar
 * year in which it ends, so 1 October 2024 opens ปีงบประมาณ พ.ศ. 2568.
 */
export function fiscalYearOf(date: Date): number {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new RangeError('fiscalYearOf: invalid date');
  const bangkok = new Date(time + BANGKOK_OFFSET_MS);
  const year = bangkok.getUTCFullYear();
  const ceFiscalYear = bangkok.getUTCMonth() >= FISCAL_YEAR_START_MONTH ? year + 1 : year;
  return ceFiscalYear + BUDDHIST_ERA_OFFSET;
}

function assertFiscalYear(fyBE: number): void {
  // Guards against passing a C.E. year (e.g. 2025) where a B.E. year is expected.
  if (!Number.isInteger(fyBE) || fyBE < 2400 || fyBE > 2800) {
    throw new RangeError(`not a Buddhist-era fiscal year: ${fyBE}`);
  }
}

/**
 * First and last instant (inclusive, Bangkok time) of a fiscal year:
 * FY 2568 → 1 Oct 2024 00:00:00.000 to 30 Sep 2025 23:59:59.999 (+07:00).
 */
export function fiscalYearRange(fyBE: number): { readonly start: Date; readonly end: Date } {
  assertFiscalYear(fyBE);
  const ceEndYear = fyBE - BUDDHIST_ERA_OFFSET;
  const start = Date.UTC(ceEndYear - 1, FISCAL_YEAR_START_MONTH, 1) - BANGKOK_OFFSET_MS;
  const nextStart = Date.UTC(ceEndYear, FISCAL_YEAR_START_MONTH, 1) - BANGKOK_OFFSET_MS;
  return { start: new Date(start), end: new Date(nextStart - 1) };
}

/** 'ปีงบประมาณ พ.ศ. 2568' / 'Fiscal year 2025 (B.E. 2568)'. */
export function formatFiscalYear(fyBE: number, lang: Lang): string {
  assertFiscalYear(fyBE);
  if (lang === 'th') return `ปีงบประมาณ พ.ศ. ${fyBE}`;
  return `Fiscal year ${fyBE - BUDDHIST_ERA_OFFSET} (B.E. ${fyBE})`;
}

// ---------------------------------------------------------------------------------------------
// Lookups
// ---------------------------------------------------------------------------------------------

/** Questions of one project type (optionally one framework), in framework order then template order. */
export function questionsFor(
  template: AssessmentTemplate,
  projectType: ProjectType,
  framework?: FrameworkId,
): AssessmentQuestion[] {
  const frameworkOrder = new Map(template.frameworks.map((f) => [f.id, f.order]));
  const indexed = template.questions
    .map((q, index) => ({ q, index }))
    .filter(({ q }) => q.projectType === projectType)
    .filter(({ q }) => framework === undefined || q.framework === framework);
  indexed.sort((a, b) => {
    const byFramework =
      (frameworkOrder.get(a.q.framework) ?? Number.MAX_SAFE_INTEGER) -
      (frameworkOrder.get(b.q.framework) ?? Number.MAX_SAFE_INTEGER);
    return byFramework !== 0 ? byFramework : a.index - b.index;
  });
  return indexed.map(({ q }) => q);
}

export function formatLegalReference(source: LegalSource, ref: LegalReference): LocalizedText {
  let th = source.title.th;
  let en = source.title.en;
  if (ref.provision) {
    th += ` ${ref.provision.th}`;
    en += `, ${ref.provision.en}`;
  }
  if (ref.subject) {
    th += ` (ในส่วนที่เกี่ยวกับ${ref.subject.th})`;
    en += ` (provisions on ${ref.subject.en})`;
  }
  return { th, en };
}

export function resolveLegalReference(
  template: AssessmentTemplate,
  ref: LegalReference,
): ResolvedLegalReference {
  const source = template.legalSources.find((s) => s.id === ref.sourceId);
  if (!source) throw new RangeError(`unknown legal source: ${ref.sourceId}`);
  return { ...ref, source, citation: formatLegalReference(source, ref) };
}

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------

const QUESTION_ID_PATTERN = /^[a-z_]+\.[a-z_]+\.[1-9][0-9]*$/;
const THAI_SCRIPT = /[\u0E01-\u0E5B]/;

function isBlank(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}

/**
 * Problems that must be fixed before a template version is saved; [] when the template is
 * usable. Messages are bilingual because audit staff read them in the template editor.
 */
export function validateTemplate(t: AssessmentTemplate): string[] {
  const errors: string[] = [];

  if (!Number.isInteger(t.fiscalYear) || t.fiscalYear < 2400 || t.fiscalYear > 2800) {
    errors.push(`ปีงบประมาณต้องเป็นปีพุทธศักราช (fiscalYear must be a B.E. year): ${t.fiscalYear}`);
  }
  if (!Number.isInteger(t.version) || t.version < 1) {
    errors.push(`ฉบับที่ต้องเป็นจำนวนเต็มตั้งแต่ 1 (version must be an integer ≥ 1): ${t.version}`);
  }
  if (isBlank(t.title.th)) errors.push('ชื่อแบบประเมินภาษาไทยว่าง (template title.th is empty)');

  const projectTypeIds = new Set<string>();
  for (const p of t.projectTypes) {
    if (projectTypeIds.has(p.id)) {
      errors.push(`ประเภทโครงการซ้ำ (duplicate project type): ${p.id}`);
    }
    projectTypeIds.add(p.id);
    if (isBlank(p.label.th)) errors.push(`${p.id}: ชื่อประเภทโครงการภาษาไทยว่าง (label.th is empty)`);
  }
  const frameworkIds = new Set<string>();
  for (const f of t.frameworks) {
    if (frameworkIds.has(f.id)) errors.push(`กรอบการประเมินซ้ำ (duplicate framework): ${f.id}`);
    frameworkIds.add(f.id);
    if (isBlank(f.label.th)) errors.push(`${f.id}: ชื่อกรอบการประเมินภาษาไทยว่าง (label.th is empty)`);
  }
  const sourceIds = new Set<string>();
  for (const s of t.legalSources) {
    if (sourceIds.has(s.id)) errors.push(`แหล่งอ้างอิงซ้ำ (duplicate legal source): ${s.id}`);
    sourceIds.add(s.id);
    if (isBlank(s.title.th)) errors.push(`${s.id}: ชื่อกฎหมายภาษาไทยว่าง (title.th is empty)`);
  }

  const questionIds = new Set<string>();
  const cells = new Map<string, number>();
  for (const q of t.questions) {
    const at = q.id || '(ไม่มีรหัส / no id)';
    if (questionIds.has(q.id)) errors.push(`รหัสคำถามซ้ำ (duplicate question id): ${q.id}`);
    questionIds.add(q.id);
    if (!QUESTION_ID_PATTERN.test(q.id)) {
      errors.push(`${at}: รหัสคำถามต้องอยู่ในรูป ประเภท.กรอบ.ลำดับ (id must be type.framework.n)`);
    } else if (!q.id.startsWith(`${q.projectType}.${q.framework}.`)) {
      errors.push(
        `${at}: รหัสคำถามไม่ตรงกับประเภทโครงการหรือกรอบการประเมิน (id prefix must be ${q.projectType}.${q.framework}.)`,
      );
    }
    if (!projectTypeIds.has(q.projectType)) {
      errors.push(`${at}: ไม่พบประเภทโครงการ (unknown project type) ${q.projectType}`);
    }
    if (!frameworkIds.has(q.framework)) {
      errors.push(`${at}: ไม่พบกรอบการประเมิน (unknown framework) ${q.framework}`);
    }
    if (isBlank(q.text.th)) {
      errors.push(`${at}: ข้อความคำถามภาษาไทยว่าง (text.th is empty)`);
    } else if (!THAI_SCRIPT.test(q.text.th)) {
      errors.push(`${at}: ข้อความคำถามภาษาไทยไม่มีอักษรไทย (text.th has no Thai script)`);
    }
    if (isBlank(q.guidance.th))
      errors.push(`${at}: คำแนะนำหลักฐานภาษาไทยว่าง (guidance.th is empty)`);
    if (isBlank(q.recommendation.th)) {
      errors.push(`${at}: ข้อเสนอแนะภาษาไทยว่าง (recommendation.th is empty)`);
    }
    if (!Number.isFinite(q.weight) || q.weight <= 0) {
      errors.push(`${at}: น้ำหนักคะแนนต้องมากกว่า 0 (weight must be > 0): ${q.weight}`);
    }
    if (q.expected !== 'yes' && q.expected !== 'no') {
      errors.push(`${at}: คำตอบที่คาดหวังต้องเป็น yes หรือ no (expected must be yes or no)`);
    }
    if (q.references.length === 0) {
      errors.push(`${at}: ต้องอ้างอิงกฎหมายอย่างน้อย 1 รายการ (at least one legal reference)`);
    }
    for (const ref of q.references) {
      if (!sourceIds.has(ref.sourceId)) {
        errors.push(`${at}: ไม่พบแหล่งอ้างอิง (unknown legal source) ${ref.sourceId}`);
      }
    }
    const cell = `${q.projectType}×${q.framework}`;
    cells.set(cell, (cells.get(cell) ?? 0) + 1);
  }

  for (const p of t.projectTypes) {
    for (const f of t.frameworks) {
      if (!cells.has(`${p.id}×${f.id}`)) {
        errors.push(
          `ไม่มีคำถามสำหรับ ${p.id} × ${f.id} (every project type × framework needs a question)`,
        );
      }
    }
  }
  return errors;
}

// ---------------------------------------------------------------------------------------------
// First template: fiscal year 2568, version 1
// ---------------------------------------------------------------------------------------------

const LEGAL_SOURCES: readonly LegalSource[] = [
  {
    id: 'decentralization_act_2542',
    title: {
      th: 'พระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. 2542 และที่แก้ไขเพิ่มเติม',
      en: 'Determining Plans and Process of Decentralization to Local Government Organization Act, B.E. 2542 (1999), as amended',
    },
    shortTitle: { th: 'พ.ร.บ.กำหนดแผนฯ พ.ศ. 2542', en: 'Decentralization Act 1999' },
  },
  {
    id: 'municipality_act_2496',
    title: {
      th: 'พระราชบัญญัติเทศบาล พ.ศ. 2496 และที่แก้ไขเพิ่มเติม',
      en: 'Municipality Act, B.E. 2496 (1953), as amended',
    },
    shortTitle: { th: 'พ.ร.บ.เทศบาล พ.ศ. 2496', en: 'Municipality Act 1953' },
  },
  {
    id: 'tambon_act_2537',
    title: {
      th: 'พระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 และที่แก้ไขเพิ่มเติม',
      en: 'Tambon Council and Tambon Administrative Organization Act, B.E. 2537 (1994), as amended',
    },
    shortTitle: { th: 'พ.ร.บ.สภาตำบลและ อบต. พ.ศ. 2537', en: 'Tambon Administration Act 1994' },
  },
  {
    id: 'pao_act_2540',
    title: {
      th: 'พระราชบัญญัติองค์การบริหารส่วนจังหวัด พ.ศ. 2540 และที่แก้ไขเพิ่มเติม',
      en: 'Provincial Administrative Organization Act, B.E. 2540 (1997), as amended',
    },
    shortTitle: { th: 'พ.ร.บ.อบจ. พ.ศ. 2540', en: 'PAO Act 1997' },
  },
  {
    id: 'subsidy_reg_2559',
    title: {
      th: 'ระเบียบกระทรวงมหาดไทยว่าด้วยเงินอุดหนุนขององค์กรปกครองส่วนท้องถิ่น พ.ศ. 2559 และที่แก้ไขเพิ่มเติม',
      en: 'Ministry of Interior Regulation on Subsidies of Local Administrative Organizations, B.E. 2559 (2016), as amended',
    },
    shortTitle: { th: 'ระเบียบเงินอุดหนุน พ.ศ. 2559', en: 'Subsidy Regulation 2016' },
  },
  {
    id: 'development_plan_reg_2548',
    title: {
      th: 'ระเบียบกระทรวงมหาดไทยว่าด้วยการจัดทำแผนพัฒนาขององค์กรปกครองส่วนท้องถิ่น พ.ศ. 2548 และที่แก้ไขเพิ่มเติม',
      en: 'Ministry of Interior Regulation on Development Planning of Local Administrative Organizations, B.E. 2548 (2005), as amended',
    },
    shortTitle: {
      th: 'ระเบียบการจัดทำแผนพัฒนาฯ พ.ศ. 2548',
      en: 'Development Planning Regulation 2005',
    },
  },
  {
    // The 2021 regulation replaced the 2016 one "ว่าด้วยการเบิกค่าใช้จ่ายในการจัดงาน การจัดการ
    // แข่งขันกีฬา และการส่งนักกีฬาเข้าร่วมการแข่งขันกีฬา" (ราชกิจจานุเบกษา 15 ต.ค. 2564); its title changed.
    id: 'events_sports_reg_2564',
    title: {
      th: 'ระเบียบกระทรวงมหาดไทยว่าด้วยการเบิกค่าใช้จ่ายในการจัดงาน การจัดกิจกรรมสาธารณะ การส่งเสริมกีฬา และการแข่งขันกีฬาขององค์กรปกครองส่วนท้องถิ่น พ.ศ. 2564',
      en: 'Ministry of Interior Regulation on Disbursement of Expenses for Events, Public Activities, Sports Promotion and Sports Competitions of Local Administrative Organizations, B.E. 2564 (2021)',
    },
    shortTitle: {
      th: 'ระเบียบการเบิกค่าใช้จ่ายในการจัดงานฯ พ.ศ. 2564',
      en: 'Events and Sports Expenses Regulation 2021',
    },
  },
  {
    id: 'budget_reg_2563',
    title: {
      th: 'ระเบียบกระทรวงมหาดไทยว่าด้วยวิธีการงบประมาณขององค์กรปกครองส่วนท้องถิ่น พ.ศ. 2563',
      en: 'Ministry of Interior Regulation on Budget Procedures of Local Administrative Organizations, B.E. 2563 (2020)',
    },
    shortTitle: { th: 'ระเบียบวิธีการงบประมาณฯ พ.ศ. 2563', en: 'Budget Procedures Regulation 2020' },
  },
  {
    id: 'procurement_act_2560',
    title: {
      th: 'พระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560',
      en: 'Government Procurement and Supplies Management Act, B.E. 2560 (2017)',
    },
    shortTitle: { th: 'พ.ร.บ.จัดซื้อจัดจ้างฯ พ.ศ. 2560', en: 'Procurement Act 2017' },
  },
  {
    id: 'procurement_reg_2560',
    title: {
      th: 'ระเบียบกระทรวงการคลังว่าด้วยการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. 2560 และที่แก้ไขเพิ่มเติม',
      en: 'Ministry of Finance Regulation on Government Procurement and Supplies Management, B.E. 2560 (2017), as amended',
    },
    shortTitle: { th: 'ระเบียบ กค. จัดซื้อจัดจ้างฯ พ.ศ. 2560', en: 'MoF Procurement Regulation 2017' },
  },
  {
    id: 'finance_reg_2566',
    title: {
      th: 'ระเบียบกระทรวงมหาดไทยว่าด้วยการรับเงิน การเบิกจ่ายเงิน การฝากเงิน การเก็บรักษาเงิน และการตรวจเงินขององค์กรปกครองส่วนท้องถิ่น พ.ศ. 2566',
      en: 'Ministry of Interior Regulation on Receipt, Disbursement, Deposit, Custody and Inspection of Money of Local Administrative Organizations, B.E. 2566 (2023)',
    },
    shortTitle: { th: 'ระเบียบการรับเงิน การเบิกจ่ายเงินฯ พ.ศ. 2566', en: 'LAO Finance Regulation 2023' },
  },
  {
    id: 'moi_directives',
    title: {
      th: 'หนังสือสั่งการกระทรวงมหาดไทยที่เกี่ยวข้อง',
      en: 'Related Ministry of Interior directives (circular letters)',
    },
    shortTitle: { th: 'หนังสือสั่งการ มท.', en: 'MoI directives' },
  },
];

type QuestionSpec = Omit<
  AssessmentQuestion,
  'id' | 'projectType' | 'framework' | 'weight' | 'evidenceRecommended' | 'expected'
> &
  Partial<Pick<AssessmentQuestion, 'weight' | 'evidenceRecommended' | 'expected'>>;

function question(
  projectType: ProjectType,
  framework: FrameworkId,
  n: number,
  spec: QuestionSpec,
): AssessmentQuestion {
  return {
    id: `${projectType}.${framework}.${n}`,
    projectType,
    framework,
    weight: 1,
    evidenceRecommended: true,
    expected: 'yes',
    ...spec,
  };
}

/** Shorthand for a Thai/English pair; Thai first because it is the authoritative wording. */
const text = (thText: string, enText: string): LocalizedText => ({ th: thText, en: enText });

/** Powers-and-duties provisions for every LAO form; `provision` is the Decentralization Act clause. */
function authorityReferences(decentralizationProvision: LocalizedText): LegalReference[] {
  return [
    { sourceId: 'decentralization_act_2542', provision: decentralizationProvision },
    {
      sourceId: 'municipality_act_2496',
      subject: text(
        'หน้าที่ของเทศบาลตำบล เทศบาลเมือง และเทศบาลนคร',
        'the duties of subdistrict, town and city municipalities',
      ),
    },
    {
      sourceId: 'tambon_act_2537',
      subject: text('อำนาจหน้าที่ขององค์การบริหารส่วนตำบล', 'the powers and duties of a TAO'),
    },
    { sourceId: 'pao_act_2540', provision: text('มาตรา 45', 'section 45') },
  ];
}

const REF_PLAN_CONTENT: LegalReference = {
  sourceId: 'development_plan_reg_2548',
  subject: text(
    'การจัดทำและประกาศใช้แผนพัฒนาท้องถิ่น',
    'preparing and promulgating the local development plan',
  ),
};
const REF_PLAN_AMENDMENT: LegalReference = {
  sourceId: 'development_plan_reg_2548',
  subject: text(
    'การเพิ่มเติมหรือเปลี่ยนแปลงแผนพัฒนาท้องถิ่น',
    'adding to or amending the local development plan',
  ),
};
const REF_OPERATING_PLAN: LegalReference = {
  sourceId: 'development_plan_reg_2548',
  subject: text('แผนการดำเนินงาน', 'the annual operating plan'),
};
const REF_PLAN_MONITORING: LegalReference = {
  sourceId: 'development_plan_reg_2548',
  subject: text('การติดตามและประเมินผลแผนพัฒนา', 'monitoring and evaluating the development plan'),
};
const REF_BUDGET: LegalReference = {
  sourceId: 'budget_reg_2563',
  subject: text('การจัดทำงบประมาณรายจ่ายประจำปี', 'preparing the annual expenditure budget'),
};
const REF_BUDGET_TRANSFER: LegalReference = {
  sourceId: 'budget_reg_2563',
  subject: text(
    'การโอนและการแก้ไขเปลี่ยนแปลงงบประมาณ',
    'budget transfers and changes to budget explanations',
  ),
};
const REF_BUDGET_CONTROL: LegalReference = {
  sourceId: 'budget_reg_2563',
  subject: text('การควบคุมงบประมาณและการก่อหนี้ผูกพัน', 'budget control and incurring obligations'),
};
const REF_FINANCE_PAYMENT: LegalReference = {
  sourceId: 'finance_reg_2566',
  subject: text('การเบิกจ่ายเงินและหลักฐานการจ่าย', 'disbursement and payment evidence'),
};
const REF_FINANCE_ADVANCE: LegalReference = {
  sourceId: 'finance_reg_2566',
  subject: text('การยืมเงินและการส่งใช้เงินยืม', 'cash advances and their settlement'),
};
const REF_EVENTS_SPORTS: LegalReference = { sourceId: 'events_sports_reg_2564' };
const REF_SUBSIDY: LegalReference = { sourceId: 'subsidy_reg_2559' };
const REF_MOI: LegalReference = { sourceId: 'moi_directives' };
const REF_PROCUREMENT: LegalReference[] = [
  { sourceId: 'procurement_act_2560' },
  {
    sourceId: 'procurement_reg_2560',
    provision: text('ข้อ 22 และข้อ 175', 'clauses 22 and 175'),
    subject: text(
      'รายงานขอซื้อขอจ้างและการตรวจรับพัสดุ',
      'purchase/hire requests and inspection and acceptance of supplies',
    ),
  },
];

/** How a project type is named inside the shared questions below. */
interface ProjectNoun {
  readonly th: string;
  readonly en: string;
}

const NOUN: Record<ProjectType, ProjectNoun> = {
  subsidy: text('โครงการที่ขอรับเงินอุดหนุน', 'the subsidised project'),
  festival: text('โครงการจัดงานประเพณีหรืองานเทศกาล', 'the traditional event or festival project'),
  sports: text('โครงการส่งเสริมกีฬาหรือการแข่งขันกีฬา', 'the sports promotion or competition project'),
};

// Development-plan questions that read the same for every project type.

function planIncludedQuestion(
  pt: ProjectType,
  n: number,
  guidanceExtra?: LocalizedText,
): AssessmentQuestion {
  const noun = NOUN[pt];
  const extraTh = guidanceExtra ? ` ${guidanceExtra.th}` : '';
  const extraEn = guidanceExtra ? ` ${guidanceExtra.en}` : '';
  return question(pt, 'development_plan', n, {
    text: text(
      `${noun.th}ได้บรรจุไว้ในแผนพัฒนาท้องถิ่น (พ.ศ. 2566–2570) หรือแผนพัฒนาท้องถิ่นที่เพิ่มเติมหรือเปลี่ยนแปลงแล้ว ก่อนนำไปตั้งงบประมาณ ใช่หรือไม่`,
      `Was ${noun.en} included in the local development plan (B.E. 2566–2570), or in an addition to or amendment of it, before it was budgeted?`,
    ),
    guidance: text(
      `ประกาศใช้แผนพัฒนาท้องถิ่นและหน้ารายละเอียดโครงการพัฒนาที่ปรากฏโครงการนี้ โดยชื่อโครงการ วัตถุประสงค์ และวงเงินต้องสอดคล้องกับข้อบัญญัติหรือเทศบัญญัติงบประมาณ${extraTh}`,
      `The promulgation notice of the local development plan and the project detail page listing this project; its name, objective and amount must match the budget ordinance.${extraEn}`,
    ),
    references: [
      REF_PLAN_CONTENT,
      {
        sourceId: 'decentralization_act_2542',
        provision: text('มาตรา 16 (1) และมาตรา 17 (1)', 'sections 16 (1) and 17 (1)'),
      },
    ],
    recommendation: text(
      'ให้บรรจุโครงการไว้ในแผนพัฒนาท้องถิ่นก่อนตั้งงบประมาณทุกครั้ง หากเป็นโครงการใหม่ให้เพิ่มเติมแผนพัฒนาท้องถิ่นตามขั้นตอนของระเบียบก่อน และตรวจสอบให้ชื่อโครงการและวงเงินในแผนตรงกับข้อบัญญัติงบประมาณ',
      'Include the project in the local development plan before budgeting it; for a new project, add it to the plan through the prescribed procedure first, and keep the project name and amount consistent with the budget ordinance.',
    ),
    weight: 2,
  });
}

function planAmendmentQuestion(pt: ProjectType, n: number): AssessmentQuestion {
  const noun = NOUN[pt];
  return question(pt, 'development_plan', n, {
    text: text(
      `กรณี${noun.th}ไม่ได้บรรจุไว้ในแผนพัฒนาท้องถิ่นเดิม ได้เพิ่มเติมหรือเปลี่ยนแปลงแผนพัฒนาท้องถิ่นตามขั้นตอนที่ระเบียบกำหนดและประกาศใช้ก่อนดำเนินการ ใช่หรือไม่ (หากบรรจุไว้ในแผนเดิมแล้ว ให้ตอบ "ไม่เกี่ยวข้อง")`,
      `If ${noun.en} was not in the original local development plan, was the plan added to or amended through the prescribed procedure and promulgated before implementation? (Answer "not applicable" if it was already in the plan.)`,
    ),
    guidance: text(
      'รายงานการประชุมคณะกรรมการพัฒนาท้องถิ่นและการประชุมประชาคมท้องถิ่น (ถ้ามี) ความเห็นชอบของผู้บริหารท้องถิ่นหรือสภาท้องถิ่นตามที่ระเบียบกำหนด และประกาศใช้แผนพัฒนาท้องถิ่นที่เพิ่มเติมหรือเปลี่ยนแปลง ซึ่งลงวันที่ก่อนการตั้งงบประมาณหรือก่อนดำเนินโครงการ',
      'Minutes of the local development committee and community forum (if any), approval by the local executive or council as the regulation requires, and the promulgation notice of the added or amended plan dated before budgeting or implementation.',
    ),
    references: [REF_PLAN_AMENDMENT],
    recommendation: text(
      'ให้ดำเนินการเพิ่มเติมหรือเปลี่ยนแปลงแผนพัฒนาท้องถิ่นให้ครบทุกขั้นตอนและประกาศใช้ก่อนตั้งงบประมาณหรือดำเนินโครงการ และจัดเก็บรายงานการประชุมและประกาศไว้เป็นหลักฐาน',
      'Complete every step of adding to or amending the local development plan and promulgate it before budgeting or implementing the project; keep the minutes and notice on file.',
    ),
  });
}

function operatingPlanQuestion(pt: ProjectType, n: number): AssessmentQuestion {
  const noun = NOUN[pt];
  return question(pt, 'development_plan', n, {
    text: text(
      `${noun.th}ได้บรรจุไว้ในแผนการดำเนินงานประจำปีงบประมาณที่ประเมิน ซึ่งจัดทำและประกาศภายในระยะเวลาที่ระเบียบกำหนด ใช่หรือไม่`,
      `Was ${noun.en} included in the operating plan of the assessed fiscal year, prepared and announced within the period the regulation sets?`,
    ),
    guidance: text(
      'ประกาศแผนการดำเนินงานประจำปีงบประมาณที่ปรากฏโครงการนี้ และหลักฐานการปิดประกาศหรือเผยแพร่ทางเว็บไซต์ของ อปท.',
      "The announced operating plan for the fiscal year listing this project, and proof it was posted publicly or on the LAO's website.",
    ),
    references: [REF_OPERATING_PLAN],
    recommendation: text(
      'ให้จัดทำแผนการดำเนินงานโดยรวบรวมโครงการที่ตั้งงบประมาณไว้ทั้งหมด ประกาศภายในระยะเวลาที่ระเบียบกำหนด และเผยแพร่ให้ประชาชนทราบ',
      'Prepare the operating plan covering every budgeted project, announce it within the prescribed period and publish it.',
    ),
  });
}

// Budget questions that read the same for every project type.

function budgetTransferQuestion(pt: ProjectType, n: number): AssessmentQuestion {
  const noun = NOUN[pt];
  return question(pt, 'budget', n, {
    text: text(
      `กรณีมีการโอนงบประมาณหรือแก้ไขเปลี่ยนแปลงคำชี้แจงงบประมาณเพื่อใช้จ่ายใน${noun.th} ได้รับอนุมัติจากผู้มีอำนาจ (ผู้บริหารท้องถิ่นหรือสภาท้องถิ่น แล้วแต่กรณี) ก่อนก่อหนี้ผูกพันหรือเบิกจ่าย ใช่หรือไม่ (หากไม่มีการโอนหรือแก้ไขเปลี่ยนแปลง ให้ตอบ "ไม่เกี่ยวข้อง")`,
      `If budget was transferred, or the budget explanation changed, to fund ${noun.en}, was it approved by the competent authority (the local executive or the local council, as applicable) before any obligation or payment? (Answer "not applicable" if there was no transfer or change.)`,
    ),
    guidance: text(
      'บันทึกขออนุมัติโอนงบประมาณที่ผู้บริหารท้องถิ่นอนุมัติ หรือมติสภาท้องถิ่นกรณีที่ต้องได้รับอนุมัติจากสภา พร้อมทะเบียนการโอนเงินงบประมาณ โดยวันที่อนุมัติต้องก่อนวันก่อหนี้ผูกพัน',
      'The transfer memo approved by the local executive, or the council resolution where council approval is required, with the budget transfer register; approval must pre-date the obligation.',
    ),
    references: [REF_BUDGET_TRANSFER],
    recommendation: text(
      'ให้ตรวจสอบอำนาจอนุมัติการโอนและการแก้ไขเปลี่ยนแปลงคำชี้แจงงบประมาณตามระเบียบ และขออนุมัติให้แล้วเสร็จก่อนก่อหนี้ผูกพัน โดยบันทึกไว้ในทะเบียนการโอนเงินงบประมาณทุกครั้ง',
      'Check who may approve each transfer or change under the regulation, obtain approval before incurring the obligation, and record every transfer in the register.',
    ),
  });
}

function overspendQuestion(pt: ProjectType, n: number): AssessmentQuestion {
  const noun = NOUN[pt];
  return question(pt, 'budget', n, {
    text: text(
      `มีการก่อหนี้ผูกพันหรือเบิกจ่ายเงินสำหรับ${noun.th}เกินกว่าวงเงินงบประมาณที่ได้รับอนุมัติ หรือเบิกจ่ายจากรายการงบประมาณอื่นที่ไม่ได้ตั้งไว้เพื่อการนี้ ใช่หรือไม่`,
      `Were obligations or payments for ${noun.en} made above the approved budget amount, or charged to another budget line not set up for this purpose?`,
    ),
    guidance: text(
      'ทะเบียนคุมเงินงบประมาณรายจ่ายและฎีกาเบิกจ่ายของโครงการ เปรียบเทียบกับวงเงินที่ตั้งไว้ในข้อบัญญัติหรือเทศบัญญัติงบประมาณ',
      "The expenditure control register and the project's payment vouchers (ฎีกา), compared with the amount in the budget ordinance.",
    ),
    references: [REF_BUDGET_CONTROL, REF_FINANCE_PAYMENT],
    recommendation: text(
      'ให้ควบคุมการก่อหนี้ผูกพันและการเบิกจ่ายไม่ให้เกินวงเงินที่ได้รับอนุมัติ หากงบประมาณไม่เพียงพอให้โอนหรือตั้งงบประมาณเพิ่มเติมตามระเบียบก่อนดำเนินการ และตรวจสอบทะเบียนคุมก่อนวางฎีกาทุกครั้ง',
      'Keep obligations and payments within the approved amount; if the budget is insufficient, transfer or add budget under the regulation first, and check the control register before each voucher.',
    ),
    expected: 'no',
    weight: 2,
    evidenceRecommended: false,
  });
}

function procurementQuestion(
  pt: ProjectType,
  n: number,
  examples: LocalizedText,
): AssessmentQuestion {
  return question(pt, 'implementation', n, {
    text: text(
      `การจัดซื้อจัดจ้างพัสดุและบริการของโครงการ (${examples.th}) ดำเนินการตามกฎหมายว่าด้วยการจัดซื้อจัดจ้าง มีรายงานขอซื้อขอจ้างที่ได้รับความเห็นชอบก่อนดำเนินการ และมีการตรวจรับพัสดุ ใช่หรือไม่`,
      `Were the project's goods and services (${examples.en}) procured under the procurement law, with a purchase/hire request approved beforehand and a documented inspection and acceptance?`,
    ),
    guidance: text(
      'รายงานขอซื้อขอจ้างที่หัวหน้าหน่วยงานของรัฐให้ความเห็นชอบ หลักฐานวิธีการจัดซื้อจัดจ้างที่ใช้ (เช่น วิธีเฉพาะเจาะจง) ใบสั่งซื้อสั่งจ้างหรือสัญญา ใบตรวจรับพัสดุ และการประกาศผลในระบบการจัดซื้อจัดจ้างภาครัฐด้วยอิเล็กทรอนิกส์ (e-GP) ตามที่กำหนด',
      'The purchase/hire request approved by the head of the agency, evidence of the procurement method used (e.g. specific method), purchase order or contract, inspection and acceptance record, and the e-GP announcement where required.',
    ),
    references: REF_PROCUREMENT,
    recommendation: text(
      'ให้จัดทำรายงานขอซื้อขอจ้างและขอความเห็นชอบก่อนดำเนินการทุกครั้ง เลือกวิธีการจัดซื้อจัดจ้างให้ถูกต้องตามวงเงิน แต่งตั้งผู้ตรวจรับพัสดุ และตรวจรับก่อนเบิกจ่ายเงิน',
      'Prepare and approve a purchase/hire request before every procurement, use the method the amount requires, appoint inspectors and accept the goods before paying.',
    ),
  });
}

function advanceSettlementQuestion(pt: ProjectType, n: number): AssessmentQuestion {
  return question(pt, 'implementation', n, {
    text: text(
      'กรณีมีการยืมเงินเพื่อดำเนินโครงการ ผู้ยืมได้ส่งใช้เงินยืมพร้อมหลักฐานการจ่ายที่ถูกต้องครบถ้วนภายในระยะเวลาที่ระเบียบกำหนด ใช่หรือไม่ (หากไม่มีการยืมเงิน ให้ตอบ "ไม่เกี่ยวข้อง")',
      'If cash was advanced for the project, did the borrower settle the advance with complete and correct payment evidence within the period the regulation sets? (Answer "not applicable" if there was no advance.)',
    ),
    guidance: text(
      'สัญญายืมเงินที่ได้รับอนุมัติ ทะเบียนคุมเงินยืม ใบเสร็จรับเงินหรือใบสำคัญรับเงิน และหลักฐานการส่งใช้เงินยืมพร้อมวันที่ส่งใช้',
      'The approved advance agreement, advance register, receipts or payment slips, and proof and date of settlement.',
    ),
    references: [REF_FINANCE_ADVANCE],
    recommendation: text(
      'ให้ควบคุมทะเบียนเงินยืม ติดตามการส่งใช้เงินยืมให้เป็นไปตามกำหนดเวลาของระเบียบ และไม่อนุมัติเงินยืมรายใหม่ให้ผู้ที่ยังไม่ได้ส่งใช้เงินยืมรายเดิม',
      'Keep the advance register up to date, chase settlement within the regulatory deadline, and do not approve a new advance for anyone with an unsettled one.',
    ),
  });
}

const SUBSIDY_QUESTIONS: readonly AssessmentQuestion[] = [
  // (1) อำนาจหน้าที่ตามกฎหมาย
  question('subsidy', 'authority', 1, {
    text: text(
      'โครงการที่ขอรับเงินอุดหนุนเป็นภารกิจที่อยู่ในอำนาจหน้าที่ของ อปท. ผู้ให้เงินอุดหนุนตามกฎหมายจัดตั้งหรือตามพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจฯ ใช่หรือไม่',
      "Is the subsidised project within the granting LAO's own legal powers and duties under its establishing act or the Decentralization Act?",
    ),
    guidance: text(
      'โครงการหรือบันทึกเสนอขออนุมัติที่ระบุบทบัญญัติของกฎหมายที่ให้อำนาจ (มาตราและอนุมาตรา) ของ อปท. ผู้ให้เงินอุดหนุนไว้อย่างชัดเจน',
      'The project document or approval memo stating the enabling provision (section and item) of the granting LAO.',
    ),
    references: [
      ...authorityReferences(text('มาตรา 16 และมาตรา 17', 'sections 16 and 17')),
      REF_SUBSIDY,
    ],
    recommendation: text(
      'ให้ตรวจสอบอำนาจหน้าที่ตามกฎหมายก่อนตั้งงบประมาณเงินอุดหนุน หากโครงการไม่อยู่ในอำนาจหน้าที่ของ อปท. ให้งดการให้เงินอุดหนุน และระบุบทบัญญัติที่ให้อำนาจไว้ในโครงการทุกครั้ง',
      "Verify the LAO's legal powers before budgeting a subsidy; if the project is outside them, do not grant it, and always cite the enabling provision in the project document.",
    ),
    weight: 2,
  }),
  question('subsidy', 'authority', 2, {
    text: text(
      'โครงการที่ขอรับเงินอุดหนุนเป็นภารกิจที่อยู่ในอำนาจหน้าที่ของหน่วยงานผู้ขอรับเงินอุดหนุนด้วย ใช่หรือไม่',
      "Is the subsidised project also within the requesting agency's own powers and duties?",
    ),
    guidance: text(
      'กฎหมาย ระเบียบ หรือหนังสือที่แสดงภารกิจของหน่วยงานผู้ขอรับเงินอุดหนุน ซึ่งครอบคลุมกิจกรรมตามโครงการที่ขอรับการสนับสนุน',
      "The law, regulation or document setting out the requesting agency's mission, covering the activities of the project.",
    ),
    references: [REF_SUBSIDY],
    recommendation: text(
      'ให้ตรวจสอบว่าโครงการอยู่ในภารกิจของหน่วยงานผู้ขอรับเงินอุดหนุนก่อนพิจารณา และขอเอกสารแสดงภารกิจประกอบคำขอทุกครั้ง',
      "Confirm that the project is within the requesting agency's mission before considering the request, and ask for documents showing that mission.",
    ),
  }),
  question('subsidy', 'authority', 3, {
    text: text(
      'ผู้ขอรับเงินอุดหนุนเป็นหน่วยงานหรือองค์กรที่ระเบียบกำหนดให้ อปท. อุดหนุนได้ (เช่น อปท. อื่น ส่วนราชการ รัฐวิสาหกิจ หรือองค์กรประชาชน) และมีคุณสมบัติครบถ้วนตามที่ระเบียบกำหนด ใช่หรือไม่',
      'Is the requester a body the regulation allows an LAO to subsidise (e.g. another LAO, a government agency, a state enterprise or a people’s organisation) and does it meet every condition the regulation sets?',
    ),
    guidance: text(
      'หลักฐานสถานะของผู้ขอรับเงินอุดหนุน เช่น กฎหมายหรือคำสั่งจัดตั้ง หนังสือรับรองการจดทะเบียน กรณีองค์กรประชาชนให้แสดงหลักฐานการจัดตั้งและระยะเวลาการดำเนินงานตามที่ระเบียบกำหนด',
      "Evidence of the requester's status, such as its establishing law or order or registration certificate; for a people's organisation, proof of establishment and of the period of operation the regulation requires.",
    ),
    references: [REF_SUBSIDY],
    recommendation: text(
      'ให้ตรวจสอบประเภทและคุณสมบัติของผู้ขอรับเงินอุดหนุนตามระเบียบก่อนอนุมัติ และไม่ให้เงินอุดหนุนแก่องค์กรที่ไม่มีคุณสมบัติตามระเบียบ',
      'Check the requester’s category and eligibility under the regulation before approving, and do not subsidise a body that does not qualify.',
    ),
  }),
  question('subsidy', 'authority', 4, {
    text: text(
      'มีการให้เงินอุดหนุนสำหรับค่าใช้จ่ายรายการที่ผู้ขอรับได้รับงบประมาณจากแหล่งอื่นแล้ว อันเป็นการอุดหนุนซ้ำซ้อน ใช่หรือไม่',
      'Was the subsidy granted for expense items that the requester already funds from another source, i.e. double funding?',
    ),
    guidance: text(
      'ประมาณการค่าใช้จ่ายของโครงการแยกตามแหล่งเงิน และคำรับรองของผู้ขอรับเงินอุดหนุนว่าไม่ได้รับงบประมาณซ้ำซ้อน',
      'The project cost estimate broken down by funding source and the requester’s declaration that there is no double funding.',
    ),
    references: [REF_SUBSIDY, REF_MOI],
    recommendation: text(
      'ให้ขอประมาณการค่าใช้จ่ายแยกตามแหล่งเงินและคำรับรองการไม่ได้รับงบประมาณซ้ำซ้อนประกอบคำขอ และพิจารณาอุดหนุนเฉพาะส่วนที่ยังไม่มีแหล่งเงินอื่นรองรับ',
      'Require a cost estimate by funding source and a no-double-funding declaration with each request, and subsidise only the part no other source covers.',
    ),
    expected: 'no',
    weight: 2,
    evidenceRecommended: false,
  }),

  // (2) แผนพัฒนาท้องถิ่น
  planIncludedQuestion(
    'subsidy',
    1,
    text(
      'และต้องระบุชื่อหน่วยงานผู้รับเงินอุดหนุนไว้ในแผน',
      'The plan must also name the agency receiving the subsidy.',
    ),
  ),
  question('subsidy', 'development_plan', 2, {
    text: text(
      'วัตถุประสงค์และกิจกรรมของโครงการตามคำขอรับเงินอุดหนุนตรงกับโครงการที่บรรจุไว้ในแผนพัฒนาท้องถิ่น ใช่หรือไม่',
      'Do the objectives and activities in the subsidy request match the project as listed in the local development plan?',
    ),
    guidance: text(
      'เปรียบเทียบรายละเอียดโครงการในแผนพัฒนาท้องถิ่นกับโครงการที่แนบมากับคำขอรับเงินอุดหนุน (วัตถุประสงค์ เป้าหมาย และกิจกรรม)',
      'A side-by-side of the project in the development plan and the project attached to the request (objectives, targets and activities).',
    ),
    references: [REF_PLAN_CONTENT, REF_SUBSIDY],
    recommendation: text(
      'ให้ตรวจทานโครงการตามคำขอให้ตรงกับโครงการในแผนพัฒนาท้องถิ่น หากสาระสำคัญเปลี่ยนไปให้เปลี่ยนแปลงแผนพัฒนาท้องถิ่นก่อนพิจารณาให้เงินอุดหนุน',
      'Reconcile the requested project with the plan; if its substance has changed, amend the development plan before granting the subsidy.',
    ),
  }),
  planAmendmentQuestion('subsidy', 3),
  operatingPlanQuestion('subsidy', 4),

  // (3) การจัดทำงบประมาณ
  question('subsidy', 'budget', 1, {
    text: text(
      'ได้ตั้งงบประมาณไว้ในข้อบัญญัติหรือเทศบัญญัติงบประมาณรายจ่ายประจำปี (หรือเพิ่มเติม) ในงบเงินอุดหนุน โดยระบุชื่อหน่วยงานผู้รับและชื่อโครงการไว้ในคำชี้แจงงบประมาณ ใช่หรือไม่',
      'Was the subsidy budgeted in the annual (or supplementary) budget ordinance under the subsidies category, with the recipient and project named in the budget explanation?',
    ),
    guidance: text(
      'ข้อบัญญัติหรือเทศบัญญัติงบประมาณรายจ่ายประจำปีและคำชี้แจงงบประมาณหน้าที่ปรากฏรายการเงินอุดหนุน ระบุชื่อหน่วยงานผู้รับ ชื่อโครงการ และจำนวนเงิน',
      'The budget ordinance and the budget explanation page showing the subsidy line with recipient, project name and amount.',
    ),
    references: [REF_BUDGET, REF_SUBSIDY],
    recommendation: text(
      'ให้ตั้งงบประมาณเงินอุดหนุนในงบเงินอุดหนุนให้ถูกประเภทรายจ่าย และระบุชื่อหน่วยงานผู้รับและชื่อโครงการในคำชี้แจงงบประมาณให้ชัดเจน',
      'Budget subsidies under the subsidies category with the correct expenditure type and name the recipient and project in the budget explanation.',
    ),
    weight: 2,
  }),
  question('subsidy', 'budget', 2, {
    text: text(
      'จำนวนเงินอุดหนุนที่ตั้งไว้อ้างอิงจากประมาณการค่าใช้จ่ายของโครงการที่ผู้ขอรับเสนอ และคำนึงถึงสถานะการคลังของ อปท. ใช่หรือไม่',
      "Is the budgeted subsidy amount based on the requester's project cost estimate, with regard to the LAO's fiscal position?",
    ),
    guidance: text(
      'ประมาณการค่าใช้จ่ายของโครงการแยกรายการ และบันทึกการพิจารณาของ อปท. ที่แสดงเหตุผลของจำนวนเงินที่อุดหนุน',
      "The itemised project cost estimate and the LAO's review note justifying the subsidy amount.",
    ),
    references: [REF_BUDGET, REF_SUBSIDY],
    recommendation: text(
      'ให้พิจารณาจำนวนเงินอุดหนุนจากประมาณการค่าใช้จ่ายที่ตรวจสอบแล้ว ตั้งงบประมาณเท่าที่จำเป็น และบันทึกเหตุผลประกอบการพิจารณาไว้',
      'Set the subsidy amount from a checked cost estimate, budget only what is necessary and record the reasoning.',
    ),
  }),
  budgetTransferQuestion('subsidy', 3),
  overspendQuestion('subsidy', 4),

  // (4) กฎหมายและระเบียบที่เกี่ยวข้องกับการดำเนินงาน
  question('subsidy', 'implementation', 1, {
    text: text(
      'ผู้ขอรับเงินอุดหนุนได้ยื่นคำขอรับเงินอุดหนุนพร้อมโครงการและประมาณการค่าใช้จ่ายต่อ อปท. ก่อนการพิจารณาให้เงินอุดหนุน ใช่หรือไม่',
      'Did the requester submit a written subsidy request with the project and cost estimate before the LAO considered it?',
    ),
    guidance: text(
      'หนังสือขอรับเงินอุดหนุนที่ลงรับก่อนวันอนุมัติ พร้อมโครงการและประมาณการค่าใช้จ่าย',
      'The request letter, registered before the approval date, with the project and cost estimate.',
    ),
    references: [REF_SUBSIDY],
    recommendation: text(
      'ให้พิจารณาให้เงินอุดหนุนเฉพาะเมื่อได้รับคำขอเป็นหนังสือพร้อมโครงการและประมาณการค่าใช้จ่ายแล้ว และลงรับหนังสือไว้เป็นหลักฐาน',
      'Consider a subsidy only after receiving a written request with the project and cost estimate, and register the letter.',
    ),
  }),
  question('subsidy', 'implementation', 2, {
    text: text(
      'ได้จัดทำบันทึกข้อตกลงการให้เงินอุดหนุนระหว่าง อปท. กับผู้รับเงินอุดหนุนก่อนการโอนเงิน ใช่หรือไม่',
      'Was a subsidy agreement (MOU) signed between the LAO and the recipient before the money was transferred?',
    ),
    guidance: text(
      'บันทึกข้อตกลงที่ลงนามโดยผู้มีอำนาจของทั้งสองฝ่าย ระบุวัตถุประสงค์ จำนวนเงิน ระยะเวลา และเงื่อนไขการรายงานผล ลงวันที่ก่อนวันโอนเงิน',
      'An agreement signed by authorised signatories of both sides, stating purpose, amount, period and reporting conditions, dated before the transfer.',
    ),
    references: [REF_SUBSIDY],
    recommendation: text(
      'ให้จัดทำบันทึกข้อตกลงก่อนโอนเงินอุดหนุนทุกครั้ง โดยกำหนดวัตถุประสงค์ จำนวนเงิน ระยะเวลา และหน้าที่รายงานผลไว้ให้ชัดเจน',
      'Sign a subsidy agreement before every transfer, setting out purpose, amount, period and the duty to report.',
    ),
    weight: 2,
  }),
  question('subsidy', 'implementation', 3, {
    text: text(
      'การโอนเงินอุดหนุนมีหลักฐานการจ่ายครบถ้วนตามระเบียบ เช่น ฎีกาเบิกจ่าย หลักฐานการโอนเงิน และใบเสร็จรับเงินหรือหลักฐานการรับเงินของหน่วยงานผู้รับ ใช่หรือไม่',
      "Is the subsidy payment fully documented, e.g. the payment voucher (ฎีกา), the transfer record and the recipient's receipt?",
    ),
    guidance: text(
      'ฎีกาเบิกจ่ายเงินอุดหนุน หลักฐานการโอนเงินเข้าบัญชีของหน่วยงานผู้รับ และใบเสร็จรับเงินหรือหนังสือยืนยันการรับเงินจากหน่วยงานผู้รับ',
      "The voucher, proof of transfer into the recipient's account, and the recipient's receipt or acknowledgement.",
    ),
    references: [REF_FINANCE_PAYMENT],
    recommendation: text(
      'ให้ติดตามใบเสร็จรับเงินหรือหลักฐานการรับเงินจากหน่วยงานผู้รับทุกครั้ง และจัดเก็บไว้กับฎีกาเบิกจ่ายเพื่อการตรวจสอบ',
      "Obtain the recipient's receipt for every transfer and file it with the voucher for audit.",
    ),
  }),
  question('subsidy', 'implementation', 4, {
    text: text(
      'ผู้รับเงินอุดหนุนได้รายงานผลการดำเนินงานและการใช้จ่ายเงินให้ อปท. ทราบภายในระยะเวลาที่ระเบียบหรือบันทึกข้อตกลงกำหนด และส่งคืนเงินเหลือจ่าย (ถ้ามี) ใช่หรือไม่',
      'Did the recipient report results and spending to the LAO within the period set by the regulation or agreement, and return any unspent money?',
    ),
    guidance: text(
      'หนังสือรายงานผลการดำเนินงานและการใช้จ่ายเงินของผู้รับเงินอุดหนุน พร้อมวันที่ลงรับ และหลักฐานการส่งคืนเงินเหลือจ่าย (ถ้ามี)',
      "The recipient's report on results and spending with its registration date, and proof of returning unspent funds (if any).",
    ),
    references: [REF_SUBSIDY],
    recommendation: text(
      'ให้ติดตามทวงถามรายงานผลการดำเนินงานและการใช้จ่ายเงินจากผู้รับเงินอุดหนุนภายในกำหนด เรียกคืนเงินเหลือจ่าย และนำผลการรายงานไปประกอบการพิจารณาให้เงินอุดหนุนในปีต่อไป',
      'Chase the recipient’s report within the deadline, recover unspent money, and take reporting performance into account for next year’s subsidies.',
    ),
  }),
  question('subsidy', 'implementation', 5, {
    text: text(
      'อปท. ได้ติดตามตรวจสอบการใช้จ่ายเงินอุดหนุนให้เป็นไปตามวัตถุประสงค์ และรายงานผลให้ผู้บริหารท้องถิ่นทราบ ใช่หรือไม่',
      'Did the LAO monitor that the subsidy was spent for its purpose and report the result to the local executive?',
    ),
    guidance: text(
      'บันทึกการติดตามผลของเจ้าหน้าที่ผู้รับผิดชอบ ภาพถ่ายหรือหลักฐานการดำเนินกิจกรรม และบันทึกรายงานผลเสนอผู้บริหารท้องถิ่น',
      'The responsible officer’s monitoring note, photos or other proof of the activities, and the report to the local executive.',
    ),
    references: [REF_SUBSIDY, REF_PLAN_MONITORING],
    recommendation: text(
      'ให้มอบหมายเจ้าหน้าที่ติดตามการใช้จ่ายเงินอุดหนุนทุกโครงการ และรายงานผลต่อผู้บริหารท้องถิ่นเพื่อใช้ประกอบการติดตามและประเมินผลแผนพัฒนาท้องถิ่น',
      'Assign an officer to monitor every subsidised project and report to the local executive, feeding the development plan evaluation.',
    ),
  }),
];

const FESTIVAL_QUESTIONS: readonly AssessmentQuestion[] = [
  // (1) อำนาจหน้าที่ตามกฎหมาย
  question('festival', 'authority', 1, {
    text: text(
      'งานประเพณีหรืองานเทศกาลที่จัดเป็นการบำรุงรักษาศิลปะ จารีตประเพณี ภูมิปัญญาท้องถิ่น และวัฒนธรรมอันดีของท้องถิ่น ซึ่งอยู่ในอำนาจหน้าที่ของ อปท. ตามกฎหมาย ใช่หรือไม่',
      'Does the event or festival maintain local arts, customs, local wisdom and good local culture, a matter within the LAO’s legal powers and duties?',
    ),
    guidance: text(
      'โครงการที่ระบุหลักการและเหตุผล และบทบัญญัติของกฎหมายที่ให้อำนาจ (มาตราและอนุมาตรา) ในการจัดงาน',
      'The project document stating its rationale and the enabling provision (section and item) for holding the event.',
    ),
    references: authorityReferences(
      text('มาตรา 16 (11) และมาตรา 17 (18)', 'sections 16 (11) and 17 (18)'),
    ),
    recommendation: text(
      'ให้ตรวจสอบว่างานที่จะจัดเป็นการบำรุงรักษาศิลปะ จารีตประเพณี หรือวัฒนธรรมอันดีของท้องถิ่นตามอำนาจหน้าที่ และระบุบทบัญญัติที่ให้อำนาจไว้ในโครงการ',
      'Confirm the event maintains local arts, customs or culture within the LAO’s powers and cite the enabling provision in the project.',
    ),
    weight: 2,
  }),
  question('festival', 'authority', 2, {
    text: text(
      'งานที่จัดเป็นประเภทงานที่ระเบียบว่าด้วยการเบิกค่าใช้จ่ายในการจัดงานฯ กำหนดให้ อปท. จัดได้ (เช่น งานประเพณีท้องถิ่น งานรัฐพิธี หรืองานวันสำคัญ) ใช่หรือไม่',
      'Is the event of a kind the events-expenses regulation allows an LAO to hold (e.g. a local tradition, a state ceremony or a commemorative day)?',
    ),
    guidance: text(
      'โครงการหรือคำสั่งที่ระบุประเภทงานให้ตรงกับที่ระเบียบกำหนด และหนังสือแจ้งจากจังหวัดหรืออำเภอ กรณีเป็นงานรัฐพิธีหรืองานวันสำคัญ',
      'The project or order identifying the kind of event as defined in the regulation, and the provincial or district notice for state ceremonies or commemorative days.',
    ),
    references: [REF_EVENTS_SPORTS],
    recommendation: text(
      'ให้ตรวจสอบประเภทงานกับนิยามในระเบียบก่อนจัดทำโครงการ และไม่ใช้งบประมาณจัดงานประเภทที่ระเบียบไม่ได้กำหนดให้ อปท. จัดได้',
      'Check the kind of event against the regulation’s definitions before drafting the project and do not fund kinds of events the regulation does not allow.',
    ),
  }),
  question('festival', 'authority', 3, {
    text: text(
      'อปท. เป็นผู้จัดงานหรือร่วมจัดงานโดยมีหนังสือหรือคำสั่งแสดงบทบาทการจัดงานอย่างชัดเจน และจัดงานในเขตพื้นที่ของตน หรือกรณีจัดนอกเขตมีเหตุผลความจำเป็นที่เกี่ยวเนื่องกับอำนาจหน้าที่ ใช่หรือไม่',
      'Is the LAO the organiser or a co-organiser, shown by a letter or order defining its role, and is the event held within its area (or, if outside, justified by a need linked to its powers)?',
    ),
    guidance: text(
      'คำสั่งแต่งตั้งคณะกรรมการจัดงาน หนังสือตกลงร่วมจัดงานกับหน่วยงานอื่น (ถ้ามี) และสถานที่จัดงาน',
      'The order appointing the organising committee, any co-organising agreement and the venue.',
    ),
    references: [REF_EVENTS_SPORTS, REF_MOI],
    recommendation: text(
      'ให้กำหนดบทบาทของ อปท. ในการจัดงานไว้เป็นหนังสือหรือคำสั่ง และหากจำเป็นต้องจัดนอกเขตให้บันทึกเหตุผลความจำเป็นและความเกี่ยวเนื่องกับอำนาจหน้าที่ไว้',
      'Set out the LAO’s role in writing; if the event must be held outside the area, record why and how it relates to the LAO’s powers.',
    ),
  }),
  question('festival', 'authority', 4, {
    text: text(
      'งานที่จัดมีลักษณะเป็นการเลี้ยงรับรองหรือเป็นประโยชน์แก่บุคคลหรือกลุ่มบุคคลใดโดยเฉพาะ มากกว่าประโยชน์สาธารณะของประชาชนในท้องถิ่น ใช่หรือไม่',
      'Is the event in substance a hospitality function or a benefit to particular persons or groups rather than a public benefit for local residents?',
    ),
    guidance: text(
      'กำหนดการ กลุ่มเป้าหมาย และรายชื่อหรือจำนวนผู้เข้าร่วมงาน ที่แสดงว่าเป็นงานเพื่อประโยชน์สาธารณะ',
      'The programme, target group and participant list or count, showing the public nature of the event.',
    ),
    references: [REF_EVENTS_SPORTS, REF_MOI],
    recommendation: text(
      'ให้กำหนดกลุ่มเป้าหมายเป็นประชาชนในท้องถิ่นและจัดงานเพื่อประโยชน์สาธารณะ งดการจัดงานหรือกิจกรรมที่มีลักษณะเป็นการเลี้ยงรับรองหรือเอื้อประโยชน์แก่บุคคลใดโดยเฉพาะ',
      'Target local residents and the public interest; do not hold events or activities that amount to hospitality or favour particular persons.',
    ),
    expected: 'no',
    weight: 2,
    evidenceRecommended: false,
  }),

  // (2) แผนพัฒนาท้องถิ่น
  planIncludedQuestion('festival', 1),
  question('festival', 'development_plan', 2, {
    text: text(
      'วัตถุประสงค์ เป้าหมาย และตัวชี้วัดของโครงการในแผนพัฒนาท้องถิ่นสอดคล้องกับยุทธศาสตร์การพัฒนาด้านศาสนา ศิลปะ วัฒนธรรม หรือการท่องเที่ยวของ อปท. ใช่หรือไม่',
      "Are the project's objectives, targets and indicators in the development plan consistent with the LAO's development strategy on religion, arts, culture or tourism?",
    ),
    guidance: text(
      'ยุทธศาสตร์การพัฒนาของ อปท. และหน้ารายละเอียดโครงการในแผนพัฒนาท้องถิ่นที่ระบุตัวชี้วัดและผลที่คาดว่าจะได้รับ',
      "The LAO's development strategy and the project detail page in the plan stating indicators and expected results.",
    ),
    references: [REF_PLAN_CONTENT],
    recommendation: text(
      'ให้กำหนดวัตถุประสงค์และตัวชี้วัดของโครงการให้เชื่อมโยงกับยุทธศาสตร์การพัฒนาและวัดผลได้จริง',
      'Tie the project’s objectives and indicators to the development strategy and make them measurable.',
    ),
  }),
  planAmendmentQuestion('festival', 3),
  operatingPlanQuestion('festival', 4),
  question('festival', 'development_plan', 5, {
    text: text(
      'ได้ประเมินผลโครงการเมื่อจัดงานแล้วเสร็จ และนำผลไปใช้ในการติดตามและประเมินผลแผนพัฒนาท้องถิ่น ใช่หรือไม่',
      'Was the project evaluated after the event and the result used in monitoring and evaluating the local development plan?',
    ),
    guidance: text(
      'รายงานผลการดำเนินโครงการเสนอผู้บริหารท้องถิ่น (ผลตามตัวชี้วัด จำนวนผู้เข้าร่วม งบประมาณที่ใช้จริง) และรายงานการติดตามและประเมินผลแผนพัฒนาท้องถิ่นที่ปรากฏโครงการ',
      'The project report to the local executive (results against indicators, participants, actual spending) and the plan evaluation report covering the project.',
    ),
    references: [REF_PLAN_MONITORING],
    recommendation: text(
      'ให้จัดทำรายงานผลโครงการเมื่อแล้วเสร็จทุกครั้ง และส่งให้คณะกรรมการติดตามและประเมินผลแผนพัฒนาท้องถิ่นใช้ประกอบการประเมินผล',
      'Report on every project once completed and pass it to the development plan monitoring and evaluation committee.',
    ),
  }),

  // (3) การจัดทำงบประมาณ
  question('festival', 'budget', 1, {
    text: text(
      'ได้ตั้งงบประมาณไว้ในข้อบัญญัติหรือเทศบัญญัติงบประมาณรายจ่ายในแผนงานและประเภทรายจ่ายที่ถูกต้อง (เช่น แผนงานการศาสนา วัฒนธรรม และนันทนาการ งบดำเนินงาน หมวดค่าใช้สอย) ใช่หรือไม่',
      'Was the event budgeted in the budget ordinance under the correct programme and expenditure type (e.g. the religion, culture and recreation programme, operating budget, services category)?',
    ),
    guidance: text(
      'ข้อบัญญัติหรือเทศบัญญัติงบประมาณรายจ่ายและคำชี้แจงงบประมาณหน้าที่ปรากฏโครงการ พร้อมชื่อโครงการและจำนวนเงิน',
      'The budget ordinance and the budget explanation page showing the project name and amount.',
    ),
    references: [REF_BUDGET],
    recommendation: text(
      'ให้ตั้งงบประมาณโครงการจัดงานในแผนงานและประเภทรายจ่ายที่ตรงกับลักษณะรายจ่ายตามหลักการจำแนกประเภทรายรับรายจ่ายของ อปท. และระบุชื่อโครงการในคำชี้แจงงบประมาณ',
      'Budget the event under the programme and expenditure type matching the LAO chart of revenue and expenditure, and name the project in the budget explanation.',
    ),
    weight: 2,
  }),
  question('festival', 'budget', 2, {
    text: text(
      'ประมาณการค่าใช้จ่ายของโครงการจัดทำตามรายการและอัตราที่ระเบียบกำหนด โดยคำนึงถึงความประหยัด ความคุ้มค่า และสถานะการคลังของ อปท. ใช่หรือไม่',
      "Was the cost estimate built from the items and rates the regulation allows, with regard to economy, value for money and the LAO's fiscal position?",
    ),
    guidance: text(
      'ประมาณการค่าใช้จ่ายแยกรายการพร้อมอัตราที่ใช้ เทียบกับรายการและอัตราตามระเบียบ',
      'The itemised cost estimate with unit rates, compared with the items and rates in the regulation.',
    ),
    references: [REF_EVENTS_SPORTS, REF_BUDGET],
    recommendation: text(
      'ให้จัดทำประมาณการค่าใช้จ่ายแยกรายการตามที่ระเบียบกำหนดและไม่เกินอัตราที่กำหนด ตัดรายการที่ไม่จำเป็นหรือฟุ่มเฟือย',
      'Itemise the estimate as the regulation prescribes, within its rates, and drop unnecessary or extravagant items.',
    ),
  }),
  budgetTransferQuestion('festival', 3),
  overspendQuestion('festival', 4),

  // (4) กฎหมายและระเบียบที่เกี่ยวข้องกับการดำเนินงาน
  question('festival', 'implementation', 1, {
    text: text(
      'ได้จัดทำโครงการที่ระบุวัตถุประสงค์ กำหนดการ และประมาณการค่าใช้จ่ายแยกรายการ และได้รับอนุมัติจากผู้บริหารท้องถิ่นก่อนดำเนินการ ใช่หรือไม่',
      'Was a project document with objectives, programme and itemised cost estimate approved by the local executive before the event?',
    ),
    guidance: text(
      'โครงการที่ผู้บริหารท้องถิ่นอนุมัติ โดยวันที่อนุมัติก่อนวันจัดงานและก่อนการก่อหนี้ผูกพัน',
      'The project approved by the local executive, dated before the event and before any obligation.',
    ),
    references: [REF_EVENTS_SPORTS],
    recommendation: text(
      'ให้เสนอโครงการขออนุมัติผู้บริหารท้องถิ่นก่อนดำเนินการทุกครั้ง โดยแนบกำหนดการและประมาณการค่าใช้จ่ายแยกรายการ',
      'Submit every project for the local executive’s approval beforehand, with the programme and itemised estimate.',
    ),
    weight: 2,
  }),
  question('festival', 'implementation', 2, {
    text: text(
      'ค่าใช้จ่ายที่เบิกจ่ายเป็นรายการที่ระเบียบว่าด้วยการเบิกค่าใช้จ่ายในการจัดงานฯ กำหนดให้เบิกได้ และไม่เกินอัตราที่กำหนด ใช่หรือไม่',
      'Were all expenses paid of a kind the events-expenses regulation allows, and within its rates?',
    ),
    guidance: text(
      'ฎีกาเบิกจ่ายพร้อมหลักฐานการจ่าย (ใบเสร็จรับเงิน ใบสำคัญรับเงิน) เทียบกับรายการและอัตราตามระเบียบ',
      'Vouchers with payment evidence (receipts, payment slips) checked against the items and rates in the regulation.',
    ),
    references: [REF_EVENTS_SPORTS, REF_FINANCE_PAYMENT],
    recommendation: text(
      'ให้ตรวจสอบรายการและอัตราค่าใช้จ่ายกับระเบียบก่อนวางฎีกา และเรียกคืนเงินที่เบิกจ่ายเกินสิทธิหรือเกินอัตรา',
      'Check each item and rate against the regulation before the voucher, and recover amounts paid beyond entitlement or rate.',
    ),
    weight: 2,
  }),
  question('festival', 'implementation', 3, {
    text: text(
      'มีการเบิกจ่ายค่าใช้จ่ายที่ระเบียบไม่ได้กำหนดให้เบิกได้ เช่น ค่าเครื่องดื่มที่มีแอลกอฮอล์ ค่าของขวัญหรือของที่ระลึกที่ไม่มีระเบียบให้เบิก หรือค่าใช้จ่ายที่ไม่เกี่ยวข้องกับการจัดงาน ใช่หรือไม่',
      'Were any expenses paid that the regulation does not allow, such as alcoholic drinks, gifts or souvenirs with no regulatory basis, or costs unrelated to the event?',
    ),
    guidance: text(
      'ตรวจทานใบเสร็จรับเงินและรายการค่าใช้จ่ายทั้งหมดของโครงการว่าไม่มีรายการต้องห้ามหรือไม่เกี่ยวข้อง',
      'A review of all receipts and expense items for prohibited or unrelated items.',
    ),
    references: [REF_EVENTS_SPORTS, REF_MOI],
    recommendation: text(
      'ให้ระงับการเบิกจ่ายรายการที่ระเบียบไม่ได้กำหนดให้เบิกได้ เรียกเงินที่จ่ายไปแล้วคืน และกำชับผู้เกี่ยวข้องให้ตรวจสอบรายการก่อนจัดซื้อจัดจ้าง',
      'Stop paying items the regulation does not allow, recover what was paid and instruct staff to check items before procurement.',
    ),
    expected: 'no',
    weight: 2,
    evidenceRecommended: false,
  }),
  procurementQuestion(
    'festival',
    4,
    text(
      'เช่น การตกแต่งสถานที่ เครื่องเสียง เวที และการจ้างมหรสพหรือการแสดง',
      'e.g. decoration, sound system, stage, and hired performances',
    ),
  ),
  advanceSettlementQuestion('festival', 5),
];

const SPORTS_QUESTIONS: readonly AssessmentQuestion[] = [
  // (1) อำนาจหน้าที่ตามกฎหมาย
  question('sports', 'authority', 1, {
    text: text(
      'การส่งเสริมกีฬาหรือการจัดการแข่งขันกีฬาตามโครงการอยู่ในอำนาจหน้าที่ของ อปท. ตามกฎหมาย ใช่หรือไม่',
      'Is the sports promotion or competition within the LAO’s legal powers and duties?',
    ),
    guidance: text(
      'โครงการที่ระบุหลักการและเหตุผล และบทบัญญัติของกฎหมายที่ให้อำนาจ (มาตราและอนุมาตรา) ในการส่งเสริมกีฬา',
      'The project document stating its rationale and the enabling provision (section and item) for sports promotion.',
    ),
    references: authorityReferences(
      text('มาตรา 16 (14) และมาตรา 17 (18)', 'sections 16 (14) and 17 (18)'),
    ),
    recommendation: text(
      'ให้ระบุบทบัญญัติที่ให้อำนาจในการส่งเสริมกีฬาไว้ในโครงการ และตรวจสอบว่ากิจกรรมทุกรายการเป็นการส่งเสริมกีฬาตามอำนาจหน้าที่',
      'Cite the enabling provision for sports promotion in the project and check every activity falls within it.',
    ),
    weight: 2,
  }),
  question('sports', 'authority', 2, {
    text: text(
      'ลักษณะของโครงการ (เช่น การจัดการแข่งขันกีฬาภายใน อปท. การแข่งขันระหว่าง อปท. หรือการส่งนักกีฬาเข้าร่วมการแข่งขัน) เป็นกิจกรรมที่ระเบียบว่าด้วยการเบิกค่าใช้จ่ายในการจัดงาน การจัดกิจกรรมสาธารณะ การส่งเสริมกีฬา และการแข่งขันกีฬาฯ กำหนดให้ อปท. ดำเนินการได้ ใช่หรือไม่',
      'Is the activity (e.g. an LAO-level competition, an inter-LAO competition, or sending athletes to a competition) one the events, public activities and sports regulation allows an LAO to carry out?',
    ),
    guidance: text(
      'โครงการหรือหนังสือเชิญเข้าร่วมการแข่งขันที่ระบุลักษณะการแข่งขันและผู้จัด',
      'The project or the invitation to compete, identifying the kind of competition and the organiser.',
    ),
    references: [REF_EVENTS_SPORTS],
    recommendation: text(
      'ให้ตรวจสอบลักษณะการแข่งขันกับนิยามในระเบียบก่อนจัดทำโครงการ และไม่ใช้งบประมาณกับกิจกรรมที่ระเบียบไม่ได้กำหนดไว้',
      'Check the kind of competition against the regulation’s definitions before drafting the project and do not fund activities it does not cover.',
    ),
  }),
  question('sports', 'authority', 3, {
    text: text(
      'ผู้เข้าร่วมหรือนักกีฬาที่ อปท. สนับสนุนเป็นเด็ก เยาวชน ประชาชน หรือบุคลากรในท้องถิ่นตามกลุ่มเป้าหมายของโครงการ ใช่หรือไม่',
      'Are the participants or athletes the LAO supports local children, youth, residents or staff, as the project’s target group?',
    ),
    guidance: text(
      'ใบสมัครหรือรายชื่อนักกีฬาและผู้เข้าร่วม พร้อมหลักฐานแสดงว่าเป็นกลุ่มเป้าหมายในท้องถิ่น (เช่น ที่อยู่ตามทะเบียนบ้าน หรือสถานศึกษาในเขต)',
      'Entry forms or lists of athletes and participants with evidence they are the local target group (e.g. registered address or a school in the area).',
    ),
    references: [REF_EVENTS_SPORTS],
    recommendation: text(
      'ให้กำหนดคุณสมบัติผู้เข้าร่วมและนักกีฬาไว้ในโครงการให้ตรงกับกลุ่มเป้าหมายในท้องถิ่น และตรวจสอบหลักฐานก่อนรับสมัคร',
      'Define participant and athlete eligibility in the project in line with the local target group and check evidence at registration.',
    ),
  }),
  question('sports', 'authority', 4, {
    text: text(
      'มีการใช้งบประมาณของ อปท. สนับสนุนสโมสรกีฬาอาชีพหรือเอกชนโดยตรง โดยไม่มีกฎหมายหรือระเบียบให้อำนาจ ใช่หรือไม่',
      'Was LAO budget used to support a professional sports club or private company directly, without a legal or regulatory basis?',
    ),
    guidance: text(
      'รายการค่าใช้จ่ายและผู้รับเงินทั้งหมดของโครงการ เพื่อยืนยันว่าไม่มีการจ่ายเงินสนับสนุนสโมสรกีฬาอาชีพหรือเอกชนโดยไม่มีอำนาจ',
      'All expense items and payees of the project, confirming no unauthorised payment to a professional club or private company.',
    ),
    references: [REF_EVENTS_SPORTS, REF_SUBSIDY, REF_MOI],
    recommendation: text(
      'ให้ยุติการสนับสนุนสโมสรกีฬาอาชีพหรือเอกชนที่ไม่มีกฎหมายหรือระเบียบให้อำนาจ และพิจารณาความรับผิดทางละเมิดหรือเรียกเงินคืนตามที่กฎหมายกำหนด',
      'Stop supporting professional clubs or private companies without a legal basis and consider liability or recovery as the law provides.',
    ),
    expected: 'no',
    weight: 2,
    evidenceRecommended: false,
  }),

  // (2) แผนพัฒนาท้องถิ่น
  planIncludedQuestion('sports', 1),
  question('sports', 'development_plan', 2, {
    text: text(
      'วัตถุประสงค์ เป้าหมาย และตัวชี้วัดของโครงการในแผนพัฒนาท้องถิ่นสอดคล้องกับยุทธศาสตร์ด้านการพัฒนาคุณภาพชีวิต สุขภาพ เด็กและเยาวชน หรือการกีฬาของ อปท. ใช่หรือไม่',
      "Are the project's objectives, targets and indicators in the plan consistent with the LAO's strategy on quality of life, health, children and youth, or sports?",
    ),
    guidance: text(
      'ยุทธศาสตร์การพัฒนาของ อปท. และหน้ารายละเอียดโครงการในแผนพัฒนาท้องถิ่นที่ระบุตัวชี้วัดและผลที่คาดว่าจะได้รับ',
      "The LAO's development strategy and the project detail page in the plan stating indicators and expected results.",
    ),
    references: [REF_PLAN_CONTENT],
    recommendation: text(
      'ให้กำหนดวัตถุประสงค์และตัวชี้วัดของโครงการกีฬาให้เชื่อมโยงกับยุทธศาสตร์การพัฒนาและวัดผลได้จริง เช่น จำนวนผู้เข้าร่วมหรือจำนวนชนิดกีฬา',
      'Link the sports project’s objectives and indicators to the strategy and make them measurable, e.g. participants or number of sports.',
    ),
  }),
  planAmendmentQuestion('sports', 3),
  operatingPlanQuestion('sports', 4),

  // (3) การจัดทำงบประมาณ
  question('sports', 'budget', 1, {
    text: text(
      'ได้ตั้งงบประมาณไว้ในข้อบัญญัติหรือเทศบัญญัติงบประมาณรายจ่ายในแผนงานและประเภทรายจ่ายที่ถูกต้อง (เช่น แผนงานการศาสนา วัฒนธรรม และนันทนาการ งานกีฬาและนันทนาการ) ใช่หรือไม่',
      'Was the project budgeted in the budget ordinance under the correct programme and expenditure type (e.g. the religion, culture and recreation programme, sports and recreation work)?',
    ),
    guidance: text(
      'ข้อบัญญัติหรือเทศบัญญัติงบประมาณรายจ่ายและคำชี้แจงงบประมาณหน้าที่ปรากฏโครงการ พร้อมชื่อโครงการและจำนวนเงิน',
      'The budget ordinance and the budget explanation page showing the project name and amount.',
    ),
    references: [REF_BUDGET],
    recommendation: text(
      'ให้ตั้งงบประมาณโครงการกีฬาในแผนงานและประเภทรายจ่ายที่ตรงกับลักษณะรายจ่าย และระบุชื่อโครงการในคำชี้แจงงบประมาณ โดยแยกค่าวัสดุกีฬาและค่าใช้สอยให้ถูกหมวด',
      'Budget the sports project under the matching programme and expenditure type, name it in the budget explanation, and separate sports materials from services correctly.',
    ),
    weight: 2,
  }),
  question('sports', 'budget', 2, {
    text: text(
      'ประมาณการค่าใช้จ่าย (เช่น ค่าตอบแทนกรรมการผู้ตัดสิน ค่าอาหารนักกีฬา ถ้วยรางวัลหรือเงินรางวัล) จัดทำตามรายการและอัตราที่ระเบียบกำหนด และคำนึงถึงความประหยัดและความคุ้มค่า ใช่หรือไม่',
      'Was the cost estimate (e.g. referee fees, athletes’ meals, trophies or prize money) built from the items and rates the regulation allows, with regard to economy and value for money?',
    ),
    guidance: text(
      'ประมาณการค่าใช้จ่ายแยกรายการพร้อมอัตราที่ใช้ จำนวนกรรมการและนักกีฬา เทียบกับรายการและอัตราตามระเบียบ',
      'The itemised estimate with unit rates and numbers of referees and athletes, compared with the regulation.',
    ),
    references: [REF_EVENTS_SPORTS, REF_BUDGET],
    recommendation: text(
      'ให้จัดทำประมาณการค่าใช้จ่ายตามรายการและอัตราที่ระเบียบกำหนด โดยใช้จำนวนนักกีฬาและกรรมการตามที่คาดการณ์ได้จริง',
      'Build the estimate from the regulation’s items and rates using realistic numbers of athletes and officials.',
    ),
  }),
  budgetTransferQuestion('sports', 3),
  overspendQuestion('sports', 4),

  // (4) กฎหมายและระเบียบที่เกี่ยวข้องกับการดำเนินงาน
  question('sports', 'implementation', 1, {
    text: text(
      'ได้จัดทำโครงการและได้รับอนุมัติจากผู้บริหารท้องถิ่นก่อนดำเนินการ และมีคำสั่งแต่งตั้งคณะกรรมการจัดการแข่งขันและกรรมการผู้ตัดสิน ใช่หรือไม่',
      'Was the project approved by the local executive beforehand, with orders appointing the organising committee and the referees?',
    ),
    guidance: text(
      'โครงการที่ผู้บริหารท้องถิ่นอนุมัติ คำสั่งแต่งตั้งคณะกรรมการจัดการแข่งขันและกรรมการผู้ตัดสิน โดยลงวันที่ก่อนการแข่งขัน',
      'The approved project and the orders appointing the organising committee and referees, dated before the competition.',
    ),
    references: [REF_EVENTS_SPORTS],
    recommendation: text(
      'ให้ขออนุมัติโครงการและออกคำสั่งแต่งตั้งคณะกรรมการและกรรมการผู้ตัดสินก่อนการแข่งขันทุกครั้ง เพื่อใช้เป็นหลักฐานการเบิกค่าตอบแทน',
      'Approve the project and issue appointment orders for committees and referees before each competition, as the basis for paying fees.',
    ),
    weight: 2,
  }),
  question('sports', 'implementation', 2, {
    text: text(
      'ค่าตอบแทนกรรมการผู้ตัดสิน ค่าอาหารและเครื่องดื่มสำหรับนักกีฬา ค่าถ้วยรางวัลหรือเงินรางวัล และค่าใช้จ่ายอื่น เบิกจ่ายตามรายการและไม่เกินอัตราที่ระเบียบกำหนด ใช่หรือไม่',
      'Were referee fees, athletes’ food and drinks, trophies or prize money and other costs paid as the regulation lists them and within its rates?',
    ),
    guidance: text(
      'ฎีกาเบิกจ่ายพร้อมหลักฐานการจ่าย ลายมือชื่อผู้รับเงินค่าตอบแทน และรายชื่อนักกีฬาที่ใช้คำนวณค่าอาหาร เทียบกับอัตราตามระเบียบ',
      'Vouchers with payment evidence, signatures of fee recipients and the athlete lists used to compute meal costs, checked against the regulation’s rates.',
    ),
    references: [REF_EVENTS_SPORTS, REF_FINANCE_PAYMENT],
    recommendation: text(
      'ให้ตรวจสอบรายการและอัตราค่าใช้จ่ายกับระเบียบก่อนวางฎีกา ใช้จำนวนผู้มีสิทธิตามจริงในการคำนวณ และเรียกคืนเงินที่เบิกเกินอัตรา',
      'Check items and rates against the regulation before the voucher, compute from the actual number of eligible people, and recover overpayments.',
    ),
    weight: 2,
  }),
  question('sports', 'implementation', 3, {
    text: text(
      'การจ่ายเงินรางวัลหรือของรางวัลมีหลักฐานผลการแข่งขันที่ลงนามโดยกรรมการ และหลักฐานการรับเงินหรือรับของรางวัลของผู้ได้รับรางวัลครบถ้วน ใช่หรือไม่',
      'Are prize payments or prizes backed by results signed by the officials and by complete proof of receipt from each winner?',
    ),
    guidance: text(
      'ใบบันทึกผลการแข่งขันที่กรรมการลงนาม และใบสำคัญรับเงินหรือทะเบียนรับของรางวัลที่ผู้ได้รับรางวัลลงลายมือชื่อ',
      'Result sheets signed by the officials and payment slips or a prize register signed by each winner.',
    ),
    references: [REF_EVENTS_SPORTS, REF_FINANCE_PAYMENT],
    recommendation: text(
      'ให้จ่ายเงินรางวัลตามผลการแข่งขันที่กรรมการรับรองเท่านั้น และให้ผู้ได้รับรางวัลลงลายมือชื่อรับเงินหรือรับของรางวัลทุกราย',
      'Pay prizes only against results certified by the officials and obtain a signed receipt from every winner.',
    ),
  }),
  question('sports', 'implementation', 4, {
    text: text(
      'กรณีส่งนักกีฬาเข้าร่วมการแข่งขัน ได้เบิกค่าใช้จ่าย (เช่น ค่าเบี้ยเลี้ยง ค่าที่พัก และค่าพาหนะ) ตามที่ระเบียบกำหนด และมีหลักฐานการเข้าร่วมการแข่งขัน ใช่หรือไม่ (หากไม่มีการส่งนักกีฬา ให้ตอบ "ไม่เกี่ยวข้อง")',
      'If athletes were sent to a competition, were their costs (e.g. allowances, accommodation and transport) paid as the regulation provides, with proof of participation? (Answer "not applicable" if no athletes were sent.)',
    ),
    guidance: text(
      'หนังสือเชิญหรือระเบียบการแข่งขัน คำสั่งส่งนักกีฬาและผู้ควบคุมทีม ใบสมัครหรือผลการแข่งขัน และหลักฐานการจ่ายค่าใช้จ่ายตามระเบียบ',
      'The invitation or competition rules, the order sending athletes and team officials, entries or results, and payment evidence under the regulation.',
    ),
    references: [REF_EVENTS_SPORTS, REF_FINANCE_PAYMENT],
    recommendation: text(
      'ให้ออกคำสั่งส่งนักกีฬาและผู้ควบคุมทีมก่อนเดินทาง เบิกค่าใช้จ่ายตามรายการและอัตราที่ระเบียบกำหนด และเก็บหลักฐานการเข้าร่วมการแข่งขันไว้ประกอบฎีกา',
      'Issue the order sending athletes and team officials before travel, pay costs per the regulation’s items and rates, and file proof of participation with the voucher.',
    ),
  }),
  procurementQuestion(
    'sports',
    5,
    text(
      'เช่น อุปกรณ์กีฬา ถ้วยรางวัลและเหรียญรางวัล และการเช่าสนามหรือเครื่องเสียง',
      'e.g. sports equipment, trophies and medals, and venue or sound system hire',
    ),
  ),
  advanceSettlementQuestion('sports', 6),
];

/** The first complete template: ปีงบประมาณ พ.ศ. 2568 (1 Oct 2024 – 30 Sep 2025), version 1. */
export const firstTemplate: AssessmentTemplate = {
  id: 'lao-fiscal-discipline',
  fiscalYear: 2568,
  version: 1,
  title: {
    th: 'แบบประเมินตนเองเพื่อเสริมสร้างวินัยการเงินการคลังขององค์กรปกครองส่วนท้องถิ่น',
    en: 'Fiscal Discipline Self-Assessment for Local Administrative Organizations',
  },
  issuer: {
    th: 'สำนักงานการตรวจเงินแผ่นดิน',
    en: 'State Audit Office of the Kingdom of Thailand',
  },
  projectTypes: [
    {
      id: 'subsidy',
      order: 1,
      label: {
        th: 'การให้เงินอุดหนุนแก่หน่วยงานของรัฐหรือองค์กรอื่น',
        en: 'Subsidies to government agencies or other organizations',
      },
      description: {
        th: 'โครงการที่ อปท. ตั้งงบประมาณเงินอุดหนุนให้หน่วยงานของรัฐ อปท. อื่น หรือองค์กรอื่นเป็นผู้ดำเนินการ',
        en: 'Projects for which the LAO budgets a subsidy so that a government agency, another LAO or another organization carries them out.',
      },
    },
    {
      id: 'festival',
      order: 2,
      label: {
        th: 'โครงการจัดงานประเพณีท้องถิ่นหรืองานเทศกาล',
        en: 'Local traditional events and festivals',
      },
      description: {
        th: 'โครงการที่ อปท. จัดหรือร่วมจัดงานประเพณี งานรัฐพิธี งานวันสำคัญ หรืองานเทศกาลของท้องถิ่น',
        en: 'Projects in which the LAO holds or co-hosts local traditions, state ceremonies, commemorative days or festivals.',
      },
    },
    {
      id: 'sports',
      order: 3,
      label: {
        th: 'โครงการส่งเสริมกีฬาหรือการจัดการแข่งขันกีฬา',
        en: 'Sports promotion and sports competitions',
      },
      description: {
        th: 'โครงการที่ อปท. ส่งเสริมกีฬา จัดการแข่งขันกีฬา หรือส่งนักกีฬาเข้าร่วมการแข่งขัน',
        en: 'Projects in which the LAO promotes sports, holds competitions or sends athletes to compete.',
      },
    },
  ],
  frameworks: [
    { id: 'authority', order: 1, label: text('อำนาจหน้าที่ตามกฎหมาย', 'Legal powers and duties') },
    { id: 'development_plan', order: 2, label: text('แผนพัฒนาท้องถิ่น', 'Local development plan') },
    { id: 'budget', order: 3, label: text('การจัดทำงบประมาณ', 'Budgeting') },
    {
      id: 'implementation',
      order: 4,
      label: text(
        'กฎหมายและระเบียบที่เกี่ยวข้องกับการดำเนินงาน',
        'Laws and regulations governing implementation',
      ),
    },
  ],
  legalSources: LEGAL_SOURCES,
  questions: [...SUBSIDY_QUESTIONS, ...FESTIVAL_QUESTIONS, ...SPORTS_QUESTIONS],
};
