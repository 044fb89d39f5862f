import { findProvinceByCode, PROVINCES, REGIONS, type RegionCode } from '../../orgs/index.ts';
import { DomainError } from '../../platform/errors.ts';
import type { Lang } from '../../platform/i18n/index.ts';
import { SCORE_LEVELS, type ScoreLevelId } from '../assessment-scoring.ts';
import { type FrameworkId, firstTemplate, type ProjectType } from '../assessment-template.ts';
import {
  LOCAL_ADMINISTRATION_TYPE_LABELS,
  LOCAL_ADMINISTRATION_TYPES,
  type LocalAdministrationType,
} from '../directory-data.ts';
import { FRAMEWORKS, isProjectType } from './assessments.ts';
import type { DashboardFilter, GroupedSums, TotalsSums } from './store-dashboard.ts';
import './messages.ts';

/**
 * Dashboard figures from the running totals: every mean is Σscore ÷ n over submitted
 * assessments (not a mean of means), so a province of 200 assessments weighs 200 times one.
 */

export interface Figures {
  assessments: number;
  budget: number;
  /** Mean overall score (0–100, two decimals), null when nothing was scored. */
  overall: number | null;
  frameworks: Record<FrameworkId, number | null>;
  findingsPerAssessment: number | null;
  levels: Record<ScoreLevelId, number>;
}

export interface Row extends Figures {
  key: string;
  label: string;
}

const mean = (sum: string | number, count: number) =>
  count > 0 ? Math.round((Number(sum) * 100) / count) / 100 : null;

export function figuresOf(s: TotalsSums): Figures {
  return {
    assessments: Number(s.assessments),
    budget: Number(s.budget_sum),
    overall: mean(s.overall_sum, Number(s.overall_count)),
    frameworks: {
      authority: mean(s.authority_sum, Number(s.authority_count)),
      development_plan: mean(s.development_plan_sum, Number(s.development_plan_count)),
      budget: mean(s.budget_score_sum, Number(s.budget_score_count)),
      implementation: mean(s.implementation_sum, Number(s.implementation_count)),
    },
    findingsPerAssessment: mean(s.findings_sum, Number(s.assessments)),
    levels: {
      very_good: Number(s.level_very_good),
      good: Number(s.level_good),
      fair: Number(s.level_fair),
      needs_improvement: Number(s.level_needs_improvement),
    },
  };
}

const EMPTY: TotalsSums = {
  assessments: 0,
  budget_sum: '0',
  overall_sum: '0',
  overall_count: 0,
  authority_sum: '0',
  authority_count: 0,
  development_plan_sum: '0',
  development_plan_count: 0,
  budget_score_sum: '0',
  budget_score_count: 0,
  implementation_sum: '0',
  implementation_count: 0,
  findings_sum: 0,
  level_very_good: 0,
  level_good: 0,
  level_fair: 0,
  level_needs_improvement: 0,
};

export function regionLabel(code: string, lang: Lang): string {
  const region = REGIONS.find((r) => r.code === code);
  return region ? (lang === 'th' ? region.nameTh : region.nameEn) : code;
}
export function provinceLabel(code: string, lang: Lang): string {
  const province = findProvinceByCode(code);
  return province ? (lang === 'th' ? province.nameTh : province.nameEn) : code;
}
export function administrationTypeLabel(type: string, lang: Lang): string {
  const label = LOCAL_ADMINISTRATION_TYPE_LABELS[type as LocalAdministrationType];
  return label ? label[lang] : type;
}
export function projectTypeLabel(type: string, lang: Lang): string {
  return firstTemplate.projectTypes.find((p) => p.id === type)?.label[lang] ?? type;
}
export function frameworkLabel(id: FrameworkId, lang: Lang): string {
  return firstTemplate.frameworks.find((f) => f.id === id)?.label[lang] ?? id;
}
export function levelLabel(id: string | null, lang: Lang): string {
  return SCORE_LEVELS.find((l) => l.id === id)?.label[lang] ?? '–';
}

export interface Dashboard {
  filter: DashboardFilter;
  total: Figures;
  byRegion: Row[];
  byProvince: Row[];
  byAdministrationType: Row[];
  byProjectType: Row[];
  byFiscalYear: Row[];
}

/**
 * Shapes the grouped totals into the dashboard's breakdowns, in a fixed reading order (regions
 * and provinces as the geography lists them, types as the law orders them) and with every
 * category present, zero rows included, so a missing region is visible rather than absent.
 */
export function buildDashboard(
  filter: DashboardFilter,
  grouped: readonly GroupedSums[],
  byYear: ReadonlyArray<TotalsSums & { fiscal_year: number }>,
  lang: Lang,
): Dashboard {
  const find = (dimension: GroupedSums['dimension'], key: string) =>
    grouped.find((g) => g.dimension === dimension && g.key === key) ?? EMPTY;
  const rows = (
    dimension: GroupedSums['dimension'],
    keys: readonly string[],
    label: (key: string) => string,
  ): Row[] => keys.map((key) => ({ key, label: label(key), ...figuresOf(find(dimension, key)) }));

  const regions = filter.region ? [filter.region] : REGIONS.map((r) => r.code);
  const provinces = PROVINCES.filter(
    (p) =>
      (!filter.region || p.region === filter.region) &&
      (!filter.provinceCode || p.code === filter.provinceCode),
  ).map((p) => p.code);
  const types = filter.administrationType
    ? [filter.administrationType]
    : [...LOCAL_ADMINISTRATION_TYPES];
  const projects = filter.projectType
    ? [filter.projectType]
    : firstTemplate.projectTypes.map((p) => p.id);

  return {
    filter,
    total: figuresOf(find('all', '')),
    byRegion: rows('region', regions, (k) => regionLabel(k, lang)),
    byProvince: rows('province_code', provinces, (k) => provinceLabel(k, lang)),
    byAdministrationType: rows('administration_type', types, (k) =>
      administrationTypeLabel(k, lang),
    ),
    byProjectType: rows('project_type', projects, (k) => projectTypeLabel(k, lang)),
    byFiscalYear: byYear.map((y) => ({
      key: String(y.fiscal_year),
      label: lang === 'th' ? `พ.ศ. ${y.fiscal_year}` : `B.E. ${y.fiscal_year}`,
      ...figuresOf(y),
    })),
  };
}

/** Per-framework means of the whole selection, as chart rows. */
export function frameworkRows(figures: Figures, lang: Lang): Row[] {
  return FRAMEWORKS.map((id) => ({
    ...figures,
    key: id,
    label: frameworkLabel(id, lang),
    overall: figures.frameworks[id],
  }));
}

/**
 * Reads dashboard filters from a query string. Unknown values are refused with a clear error
 * instead of being ignored, so a mistyped link never shows the wrong figures as if right.
 */
export function parseDashboardFilter(
  query: Record<string, unknown>,
  defaultYear: number,
): DashboardFilter {
  const problems: string[] = [];
  const value = (name: string) => {
    // A repeated parameter (?year=2567&year=2568) counts as its last value, like forms.ts.
    const raw = query[name];
    const last = Array.isArray(raw) ? raw[raw.length - 1] : raw;
    const v = typeof last === 'string' ? last.trim() : undefined;
    return v ? v : undefined;
  };
  const yearText = value('year');
  const fiscalYear = yearText === undefined ? defaultYear : Number(yearText);
  if (!Number.isInteger(fiscalYear) || fiscalYear < 2400 || fiscalYear > 2800) {
    problems.push(`year=${yearText}`);
  }
  const projectType = value('project_type');
  if (projectType !== undefined && !isProjectType(projectType)) {
    problems.push(`project_type=${projectType}`);
  }
  const region = value('region');
  if (region !== undefined && !REGIONS.some((r) => r.code === (region as RegionCode))) {
    problems.push(`region=${region}`);
  }
  const administrationType = value('administration_type');
  if (
    administrationType !== undefined &&
    !(LOCAL_ADMINISTRATION_TYPES as readonly string[]).includes(administrationType)
  ) {
    problems.push(`administration_type=${administrationType}`);
  }
  const provinceCode = value('province');
  if (provinceCode !== undefined && !findProvinceByCode(provinceCode)) {
    problems.push(`province=${provinceCode}`);
  }
  if (problems.length > 0) {
    throw new DomainError('assessment.filter_invalid', {
      status: 400,
      params: { detail: problems.join(', ').slice(0, 200) },
    });
  }
  return {
    fiscalYear,
    projectType: projectType as ProjectType | undefined,
    region,
    administrationType,
    provinceCode,
  };
}

/** The query string of a filter, for links and export URLs. */
export function filterQuery(f: DashboardFilter, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams({ year: String(f.fiscalYear) });
  if (f.projectType) params.set('project_type', f.projectType);
  if (f.region) params.set('region', f.region);
  if (f.administrationType) params.set('administration_type', f.administrationType);
  if (f.provinceCode) params.set('province', f.provinceCode);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  return params.toString();
}

// Intl.NumberFormat is costly to build (about a millisecond); a dashboard prints thousands of
// numbers, so each format is built once per language.
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, decimals: 0 | 2): Intl.NumberFormat {
  const key = `${lang}:${decimals}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'th' ? 'th-TH' : 'en-GB', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    formats.set(key, format);
  }
  return format;
}

export function formatScore(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined) return '–';
  return numberFormat(lang, 2).format(value);
}
export function formatCount(value: number, lang: Lang): string {
  return numberFormat(lang, 0).format(value);
}
export function formatBaht(value: number | string, lang: Lang): string {
  return numberFormat(lang, 2).format(Number(value));
}
