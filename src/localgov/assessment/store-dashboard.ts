import { type Kysely, sql } from 'kysely';
import type { Db } from '../../platform/db/database.ts';
import type { Answer } from '../assessment-template.ts';
import type { AssessmentRow } from './store.ts';

/**
 * SQL behind the dashboards (part of the module's store: the only SQL on assessment tables).
 * National figures come from localgov.assessment_score_totals, never from the records.
 */

// biome-ignore lint/suspicious/noExplicitAny: raw SQL below; results are typed per query.
const raw = (db: Db) => db as Kysely<any>;

export interface TotalsDelta {
  fiscal_year: number;
  project_type: string;
  province_code: string;
  region: string;
  administration_type: string;
  budget: string;
  overall: string | null;
  authority: string | null;
  development_plan: string | null;
  budget_score: string | null;
  implementation: string | null;
  level: string | null;
  findings: number;
}

/** Adds one submitted assessment to the running totals, in the submit transaction. */
export async function addToTotals(db: Db, d: TotalsDelta): Promise<void> {
  const one = (v: string | null) => (v === null ? 0 : 1);
  const num = (v: string | null) => v ?? '0';
  await sql`insert into localgov.assessment_score_totals as t (
      fiscal_year, project_type, province_code, region, administration_type, assessments,
      budget_sum, overall_sum, overall_count, authority_sum, authority_count,
      development_plan_sum, development_plan_count, budget_score_sum, budget_score_count,
      implementation_sum, implementation_count, findings_sum,
      level_very_good, level_good, level_fair, level_needs_improvement)
    values (${d.fiscal_year}, ${d.project_type}, ${d.province_code}, ${d.region},
      ${d.administration_type}, 1, ${d.budget}::numeric,
      ${num(d.overall)}::numeric, ${one(d.overall)},
      ${num(d.authority)}::numeric, ${one(d.authority)},
      ${num(d.development_plan)}::numeric, ${one(d.development_plan)},
      ${num(d.budget_score)}::numeric, ${one(d.budget_score)},
      ${num(d.implementation)}::numeric, ${one(d.implementation)}, ${d.findings},
      ${d.level === 'very_good' ? 1 : 0}, ${d.level === 'good' ? 1 : 0},
      ${d.level === 'fair' ? 1 : 0}, ${d.level === 'needs_improvement' ? 1 : 0})
    on conflict (fiscal_year, project_type, province_code, administration_type) do update set
      assessments = t.assessments + excluded.assessments,
      budget_sum = t.budget_sum + excluded.budget_sum,
      overall_sum = t.overall_sum + excluded.overall_sum,
      overall_count = t.overall_count + excluded.overall_count,
      authority_sum = t.authority_sum + excluded.authority_sum,
      authority_count = t.authority_count + excluded.authority_count,
      development_plan_sum = t.development_plan_sum + excluded.development_plan_sum,
      development_plan_count = t.development_plan_count + excluded.development_plan_count,
      budget_score_sum = t.budget_score_sum + excluded.budget_score_sum,
      budget_score_count = t.budget_score_count + excluded.budget_score_count,
      implementation_sum = t.implementation_sum + excluded.implementation_sum,
      implementation_count = t.implementation_count + excluded.implementation_count,
      findings_sum = t.findings_sum + excluded.findings_sum,
      level_very_good = t.level_very_good + excluded.level_very_good,
      level_good = t.level_good + excluded.level_good,
      level_fair = t.level_fair + excluded.level_fair,
      level_needs_improvement = t.level_needs_improvement + excluded.level_needs_improvement
  `.execute(db);
}

/**
 * Recomputes the totals from the records, after bulk loads. The exclusive table lock makes a
 * concurrent submit wait and then add itself to the rebuilt totals, so none is lost or counted
 * twice. Must run inside a transaction.
 */
export async function rebuildTotals(db: Db): Promise<void> {
  await sql`lock table localgov.assessment_score_totals in exclusive mode`.execute(db);
  await sql`delete from localgov.assessment_score_totals`.execute(db);
  await sql`insert into localgov.assessment_score_totals (
      fiscal_year, project_type, province_code, region, administration_type, assessments,
      budget_sum, overall_sum, overall_count, authority_sum, authority_count,
      development_plan_sum, development_plan_count, budget_score_sum, budget_score_count,
      implementation_sum, implementation_count, findings_sum,
      level_very_good, level_good, level_fair, level_needs_improvement)
    select fiscal_year, project_type, province_code, min(region), administration_type, count(*),
      sum(project_budget),
      coalesce(sum(overall_score), 0), count(overall_score),
      coalesce(sum(score_authority), 0), count(score_authority),
      coalesce(sum(score_development_plan), 0), count(score_development_plan),
      coalesce(sum(score_budget), 0), count(score_budget),
      coalesce(sum(score_implementation), 0), count(score_implementation),
      coalesce(sum(findings_count), 0),
      count(*) filter (where level = 'very_good'), count(*) filter (where level = 'good'),
      count(*) filter (where level = 'fair'), count(*) filter (where level = 'needs_improvement')
    from localgov.assessment_records
    where status = 'submitted'
    group by fiscal_year, project_type, province_code, administration_type`.execute(db);
}

export interface DashboardFilter {
  fiscalYear: number;
  projectType?: string | undefined;
  region?: string | undefined;
  administrationType?: string | undefined;
  provinceCode?: string | undefined;
}

/** Sums of one group of the totals (numbers when they came through JSON); means in dashboard.ts. */
export interface TotalsSums {
  assessments: number;
  budget_sum: string | number;
  overall_sum: string | number;
  overall_count: number;
  authority_sum: string | number;
  authority_count: number;
  development_plan_sum: string | number;
  development_plan_count: number;
  budget_score_sum: string | number;
  budget_score_count: number;
  implementation_sum: string | number;
  implementation_count: number;
  findings_sum: number;
  level_very_good: number;
  level_good: number;
  level_fair: number;
  level_needs_improvement: number;
}

export type Dimension = 'region' | 'province_code' | 'administration_type' | 'project_type';

export interface GroupedSums extends TotalsSums {
  dimension: Dimension | 'all';
  key: string;
}

const SUMS = sql`sum(assessments)::int8 as assessments, coalesce(sum(budget_sum), 0) as budget_sum,
  coalesce(sum(overall_sum), 0) as overall_sum, coalesce(sum(overall_count), 0)::int8 as overall_count,
  coalesce(sum(authority_sum), 0) as authority_sum,
  coalesce(sum(authority_count), 0)::int8 as authority_count,
  coalesce(sum(development_plan_sum), 0) as development_plan_sum,
  coalesce(sum(development_plan_count), 0)::int8 as development_plan_count,
  coalesce(sum(budget_score_sum), 0) as budget_score_sum,
  coalesce(sum(budget_score_count), 0)::int8 as budget_score_count,
  coalesce(sum(implementation_sum), 0) as implementation_sum,
  coalesce(sum(implementation_count), 0)::int8 as implementation_count,
  coalesce(sum(findings_sum), 0)::int8 as findings_sum,
  coalesce(sum(level_very_good), 0)::int8 as level_very_good,
  coalesce(sum(level_good), 0)::int8 as level_good,
  coalesce(sum(level_fair), 0)::int8 as level_fair,
  coalesce(sum(level_needs_improvement), 0)::int8 as level_needs_improvement`;

function totalsWhere(f: Omit<DashboardFilter, 'fiscalYear'>) {
  const parts = [sql`true`];
  if (f.projectType) parts.push(sql`project_type = ${f.projectType}`);
  if (f.region) parts.push(sql`region = ${f.region}`);
  if (f.administrationType) parts.push(sql`administration_type = ${f.administrationType}`);
  if (f.provinceCode) parts.push(sql`province_code = ${f.provinceCode}`);
  return sql.join(parts, sql` and `);
}

interface GroupedRow extends TotalsSums {
  g_region: number;
  g_province: number;
  g_type: number;
  g_project: number;
  region: string | null;
  province_code: string | null;
  administration_type: string | null;
  project_type: string | null;
}

/**
 * Every breakdown of one fiscal year (GROUPING SETS: one pass over the totals) and the trend
 * over all years, in one round trip. Each part comes back as one JSON array: decoding one value
 * instead of ~2,000 typed cells is most of the time on the embedded database.
 */
export async function dashboardTotals(
  db: Db,
  f: DashboardFilter,
): Promise<{ grouped: GroupedSums[]; byYear: Array<TotalsSums & { fiscal_year: number }> }> {
  const result = await sql<{
    grouped: GroupedRow[];
    by_year: Array<TotalsSums & { fiscal_year: number }>;
  }>`
    select
      (select coalesce(json_agg(g), '[]') from (
        select grouping(region) as g_region, grouping(province_code) as g_province,
          grouping(administration_type) as g_type, grouping(project_type) as g_project,
          region, province_code, administration_type, project_type, ${SUMS}
        from localgov.assessment_score_totals
        where fiscal_year = ${f.fiscalYear} and ${totalsWhere(f)}
        group by grouping sets ((region), (province_code), (administration_type), (project_type), ())
      ) g) as grouped,
      (select coalesce(json_agg(y order by y.fiscal_year), '[]') from (
        select fiscal_year, ${SUMS}
        from localgov.assessment_score_totals where ${totalsWhere(f)}
        group by fiscal_year
      ) y) as by_year`.execute(db);
  const row = result.rows[0];
  const grouped = (row?.grouped ?? []).map((r) => {
    const { g_region, g_province, g_type, g_project, region, province_code, ...sums } = r;
    const { administration_type, project_type, ...rest } = sums;
    let dimension: GroupedSums['dimension'] = 'all';
    let key = '';
    if (g_region === 0) [dimension, key] = ['region', region ?? ''];
    else if (g_province === 0) [dimension, key] = ['province_code', province_code ?? ''];
    else if (g_type === 0) [dimension, key] = ['administration_type', administration_type ?? ''];
    else if (g_project === 0) [dimension, key] = ['project_type', project_type ?? ''];
    return { ...rest, dimension, key };
  });
  return { grouped, byYear: row?.by_year ?? [] };
}

export async function fiscalYearsWithData(db: Db): Promise<number[]> {
  const result = await sql<{ fiscal_year: number }>`select distinct fiscal_year
    from localgov.assessment_score_totals order by fiscal_year desc`.execute(raw(db));
  return result.rows.map((r) => r.fiscal_year);
}

export interface AdministrationSummaryRow {
  administration_code: string;
  administration_name_th: string;
  administration_name_en: string;
  administration_type: string;
  province_code: string;
  region: string;
  assessments: number;
  overall: string | null;
  authority: string | null;
  development_plan: string | null;
  budget: string | null;
  implementation: string | null;
  findings: number;
  budget_sum: string;
}

/** One row per administration (mean over its submitted projects) for a province or an export. */
export async function administrationSummaries(
  db: Db,
  f: DashboardFilter,
  limit = 10_000,
): Promise<AdministrationSummaryRow[]> {
  const parts = [sql`status = 'submitted'`, sql`fiscal_year = ${f.fiscalYear}`];
  if (f.projectType) parts.push(sql`project_type = ${f.projectType}`);
  if (f.region) parts.push(sql`region = ${f.region}`);
  if (f.administrationType) parts.push(sql`administration_type = ${f.administrationType}`);
  if (f.provinceCode) parts.push(sql`province_code = ${f.provinceCode}`);
  const result = await sql<AdministrationSummaryRow>`select administration_code,
      min(administration_name_th) as administration_name_th,
      min(administration_name_en) as administration_name_en,
      min(administration_type) as administration_type, min(province_code) as province_code,
      min(region) as region, count(*)::int8 as assessments,
      round(avg(overall_score), 2) as overall, round(avg(score_authority), 2) as authority,
      round(avg(score_development_plan), 2) as development_plan,
      round(avg(score_budget), 2) as budget,
      round(avg(score_implementation), 2) as implementation,
      coalesce(sum(findings_count), 0)::int8 as findings,
      sum(project_budget) as budget_sum
    from localgov.assessment_records
    where ${sql.join(parts, sql` and `)}
    group by administration_code
    order by overall asc nulls last, administration_code
    limit ${limit}`.execute(raw(db));
  return result.rows;
}

/** Submitted answers of one province and year, for "which rules are broken most". */
export async function submittedAnswers(
  db: Db,
  f: DashboardFilter,
): Promise<
  Array<
    Pick<AssessmentRow, 'template_id' | 'project_type' | 'fiscal_year'> & {
      answers: Record<string, Answer>;
    }
  >
> {
  const parts = [sql`status = 'submitted'`, sql`fiscal_year = ${f.fiscalYear}`];
  if (f.projectType) parts.push(sql`project_type = ${f.projectType}`);
  if (f.administrationType) parts.push(sql`administration_type = ${f.administrationType}`);
  if (f.provinceCode) parts.push(sql`province_code = ${f.provinceCode}`);
  if (f.region) parts.push(sql`region = ${f.region}`);
  const result = await sql<
    Pick<AssessmentRow, 'template_id' | 'project_type' | 'fiscal_year'> & {
      answers: Record<string, Answer>;
    }
  >`select template_id, project_type, fiscal_year, answers from localgov.assessment_records
    where ${sql.join(parts, sql` and `)} limit 5000`.execute(raw(db));
  return result.rows;
}

/** Administrations with submitted assessments whose code or name matches `query`. */
export async function searchAssessedAdministrations(db: Db, query: string, limit = 20) {
  const like = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const result = await sql<{
    administration_code: string;
    administration_name_th: string;
    administration_name_en: string;
    province_code: string;
  }>`select distinct on (administration_code) administration_code, administration_name_th,
      administration_name_en, province_code
    from localgov.assessment_records
    where status = 'submitted' and (administration_code = ${query}
      or administration_name_th ilike ${like} or administration_name_en ilike ${like})
    order by administration_code
    limit ${limit}`.execute(raw(db));
  return result.rows;
}
