import ExcelJS from 'exceljs';
import type { Lang } from '../../platform/i18n/index.ts';
import { formatFiscalYear } from '../assessment-template.ts';
import {
  administrationTypeLabel,
  type Dashboard,
  projectTypeLabel,
  provinceLabel,
  type Row,
  regionLabel,
} from './dashboard.ts';
import type { AdministrationSummaryRow } from './store-dashboard.ts';

/**
 * The dashboard as an Excel workbook (XLSX): one sheet per breakdown with numbers as numbers
 * (auditors sort and pivot them), plus one row per administration of the selection.
 */

const words = {
  th: {
    summary: 'สรุป',
    region: 'ภาค',
    province: 'จังหวัด',
    type: 'ประเภท อปท.',
    project: 'ประเภทโครงการ',
    year: 'รายปี',
    administrations: 'อปท.',
    group: 'กลุ่ม',
    assessments: 'จำนวนแบบประเมิน',
    overall: 'คะแนนเฉลี่ยรวม',
    authority: 'อำนาจหน้าที่',
    plan: 'แผนพัฒนาท้องถิ่น',
    budget: 'การจัดทำงบประมาณ',
    implementation: 'การดำเนินงานตามระเบียบ',
    findings: 'ข้อบกพร่องเฉลี่ยต่อแบบ',
    veryGood: 'ดีมาก',
    good: 'ดี',
    fair: 'พอใช้',
    needs: 'ต้องปรับปรุง',
    budgetSum: 'งบประมาณโครงการรวม (บาท)',
    code: 'รหัส อปท.',
    name: 'ชื่อ อปท.',
    filters: 'ตัวกรอง',
    all: 'ทั้งหมด',
    title: 'ผลการประเมินตนเองด้านวินัยการเงินการคลังของ อปท.',
  },
  en: {
    summary: 'Summary',
    region: 'Region',
    province: 'Province',
    type: 'Administration type',
    project: 'Project type',
    year: 'By year',
    administrations: 'Administrations',
    group: 'Group',
    assessments: 'Assessments',
    overall: 'Mean overall score',
    authority: 'Legal powers',
    plan: 'Development plan',
    budget: 'Budgeting',
    implementation: 'Implementation',
    findings: 'Findings per assessment',
    veryGood: 'Very good',
    good: 'Good',
    fair: 'Fair',
    needs: 'Needs improvement',
    budgetSum: 'Total project budget (baht)',
    code: 'Code',
    name: 'Administration',
    filters: 'Filters',
    all: 'All',
    title: 'Local administrations’ fiscal-discipline self-assessment results',
  },
} as const;

function addRowsSheet(workbook: ExcelJS.Workbook, name: string, rows: readonly Row[], lang: Lang) {
  const w = words[lang];
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: w.group, key: 'label', width: 42 },
    { header: w.assessments, key: 'assessments', width: 14, style: { numFmt: '#,##0' } },
    { header: w.overall, key: 'overall', width: 14, style: { numFmt: '0.00' } },
    { header: w.authority, key: 'authority', width: 14, style: { numFmt: '0.00' } },
    { header: w.plan, key: 'plan', width: 14, style: { numFmt: '0.00' } },
    { header: w.budget, key: 'budget', width: 14, style: { numFmt: '0.00' } },
    { header: w.implementation, key: 'implementation', width: 14, style: { numFmt: '0.00' } },
    { header: w.findings, key: 'findings', width: 14, style: { numFmt: '0.00' } },
    { header: w.veryGood, key: 'veryGood', width: 10, style: { numFmt: '#,##0' } },
    { header: w.good, key: 'good', width: 10, style: { numFmt: '#,##0' } },
    { header: w.fair, key: 'fair', width: 10, style: { numFmt: '#,##0' } },
    { header: w.needs, key: 'needs', width: 12, style: { numFmt: '#,##0' } },
    { header: w.budgetSum, key: 'budgetSum', width: 20, style: { numFmt: '#,##0.00' } },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) {
    sheet.addRow({
      label: r.label,
      assessments: r.assessments,
      overall: r.overall,
      authority: r.frameworks.authority,
      plan: r.frameworks.development_plan,
      budget: r.frameworks.budget,
      implementation: r.frameworks.implementation,
      findings: r.findingsPerAssessment,
      veryGood: r.levels.very_good,
      good: r.levels.good,
      fair: r.levels.fair,
      needs: r.levels.needs_improvement,
      budgetSum: r.budget,
    });
  }
}

const num = (v: string | null) => (v === null ? null : Number(v));

export async function dashboardWorkbook(
  d: Dashboard,
  administrations: readonly AdministrationSummaryRow[],
  lang: Lang,
): Promise<Buffer> {
  const w = words[lang];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Pratu';
  workbook.created = new Date();
  const f = d.filter;

  const summary = workbook.addWorksheet(w.summary);
  summary.columns = [
    { key: 'k', width: 32 },
    { key: 'v', width: 60 },
  ];
  summary.addRow([w.title]).font = { bold: true, size: 14 };
  summary.addRow([formatFiscalYear(f.fiscalYear, lang)]);
  summary.addRow([]);
  summary.addRow([w.filters]).font = { bold: true };
  summary.addRow([w.project, f.projectType ? projectTypeLabel(f.projectType, lang) : w.all]);
  summary.addRow([w.region, f.region ? regionLabel(f.region, lang) : w.all]);
  summary.addRow([w.province, f.provinceCode ? provinceLabel(f.provinceCode, lang) : w.all]);
  summary.addRow([
    w.type,
    f.administrationType ? administrationTypeLabel(f.administrationType, lang) : w.all,
  ]);
  summary.addRow([]);
  summary.addRow([w.assessments, d.total.assessments]);
  summary.addRow([w.overall, d.total.overall]);
  summary.addRow([w.authority, d.total.frameworks.authority]);
  summary.addRow([w.plan, d.total.frameworks.development_plan]);
  summary.addRow([w.budget, d.total.frameworks.budget]);
  summary.addRow([w.implementation, d.total.frameworks.implementation]);
  summary.addRow([w.findings, d.total.findingsPerAssessment]);
  summary.addRow([w.budgetSum, d.total.budget]);

  addRowsSheet(workbook, w.region, d.byRegion, lang);
  addRowsSheet(workbook, w.province, d.byProvince, lang);
  addRowsSheet(workbook, w.type, d.byAdministrationType, lang);
  addRowsSheet(workbook, w.project, d.byProjectType, lang);
  addRowsSheet(workbook, w.year, d.byFiscalYear, lang);

  const list = workbook.addWorksheet(w.administrations, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  list.columns = [
    { header: w.code, key: 'code', width: 12 },
    { header: w.name, key: 'name', width: 44 },
    { header: w.type, key: 'type', width: 28 },
    { header: w.province, key: 'province', width: 18 },
    { header: w.region, key: 'region', width: 24 },
    { header: w.assessments, key: 'assessments', width: 12, style: { numFmt: '#,##0' } },
    { header: w.overall, key: 'overall', width: 14, style: { numFmt: '0.00' } },
    { header: w.authority, key: 'authority', width: 14, style: { numFmt: '0.00' } },
    { header: w.plan, key: 'plan', width: 14, style: { numFmt: '0.00' } },
    { header: w.budget, key: 'budget', width: 14, style: { numFmt: '0.00' } },
    { header: w.implementation, key: 'implementation', width: 14, style: { numFmt: '0.00' } },
    { header: w.findings, key: 'findings', width: 12, style: { numFmt: '#,##0' } },
    { header: w.budgetSum, key: 'budgetSum', width: 20, style: { numFmt: '#,##0.00' } },
  ];
  list.getRow(1).font = { bold: true };
  for (const a of administrations) {
    list.addRow({
      code: a.administration_code,
      name: lang === 'th' ? a.administration_name_th : a.administration_name_en,
      type: administrationTypeLabel(a.administration_type, lang),
      province: provinceLabel(a.province_code, lang),
      region: regionLabel(a.region, lang),
      assessments: Number(a.assessments),
      overall: num(a.overall),
      authority: num(a.authority),
      plan: num(a.development_plan),
      budget: num(a.budget),
      implementation: num(a.implementation),
      findings: Number(a.findings),
      budgetSum: Number(a.budget_sum),
    });
  }
  list.autoFilter = { from: 'A1', to: 'M1' };

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
