import { REGIONS } from '../../../orgs/index.ts';
import type { Lang } from '../../../platform/i18n/index.ts';
import {
  Button,
  type Column,
  DataTable,
  Form,
  Notice,
  SelectField,
  TextField,
} from '../../../platform/views/components.tsx';
import type { PageContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import { firstTemplate, formatFiscalYear } from '../../assessment-template.ts';
import { LOCAL_ADMINISTRATION_TYPES } from '../../directory-data.ts';
import {
  administrationTypeLabel,
  type Dashboard,
  filterQuery,
  formatBaht,
  formatCount,
  formatScore,
  frameworkRows,
  levelLabel,
  projectTypeLabel,
  provinceLabel,
  type Row,
} from '../dashboard.ts';
import type { Assessment } from '../service.ts';
import type { AdministrationSummaryRow, DashboardFilter } from '../store-dashboard.ts';
import { BarChart } from './chart.tsx';
import { BASE, Breadcrumbs, DASHBOARD, statusLabel } from './shared.tsx';

function rowColumns(lang: Lang, label: (r: Row) => preact.ComponentChildren): Column<Row>[] {
  const th = lang === 'th';
  return [
    { header: th ? 'กลุ่ม' : 'Group', cell: label },
    {
      header: th ? 'แบบประเมิน' : 'Assessments',
      cell: (r) => formatCount(r.assessments, lang),
      numeric: true,
    },
    {
      header: th ? 'คะแนนเฉลี่ย' : 'Mean score',
      cell: (r) => formatScore(r.overall, lang),
      numeric: true,
    },
    {
      header: th ? 'อำนาจหน้าที่' : 'Powers',
      cell: (r) => formatScore(r.frameworks.authority, lang),
      numeric: true,
    },
    {
      header: th ? 'แผนพัฒนา' : 'Plan',
      cell: (r) => formatScore(r.frameworks.development_plan, lang),
      numeric: true,
    },
    {
      header: th ? 'งบประมาณ' : 'Budget',
      cell: (r) => formatScore(r.frameworks.budget, lang),
      numeric: true,
    },
    {
      header: th ? 'ดำเนินงาน' : 'Implementation',
      cell: (r) => formatScore(r.frameworks.implementation, lang),
      numeric: true,
    },
    {
      header: th ? 'ต้องปรับปรุง' : 'Needs improvement',
      cell: (r) => formatCount(r.levels.needs_improvement, lang),
      numeric: true,
    },
  ];
}

/** A chart and the table of the same figures, under one heading. */
function Breakdown(props: {
  id: string;
  title: string;
  rows: Row[];
  lang: Lang;
  label?: (r: Row) => preact.ComponentChildren;
}) {
  const { lang } = props;
  const th = lang === 'th';
  const scored = props.rows.filter((r) => r.overall !== null);
  const best = [...scored].sort((a, b) => (b.overall ?? 0) - (a.overall ?? 0))[0];
  const worst = [...scored].sort((a, b) => (a.overall ?? 0) - (b.overall ?? 0))[0];
  const description =
    best && worst
      ? th
        ? `แผนภูมิแท่งคะแนนเฉลี่ย 0 ถึง 100 จำนวน ${props.rows.length} กลุ่ม สูงสุด ${best.label} ${formatScore(best.overall, lang)} ต่ำสุด ${worst.label} ${formatScore(worst.overall, lang)} ตัวเลขทั้งหมดอยู่ในตารางถัดไป`
        : `Bar chart of mean scores (0 to 100) for ${props.rows.length} groups; highest ${best.label} ${formatScore(best.overall, lang)}, lowest ${worst.label} ${formatScore(worst.overall, lang)}. The table below has every figure.`
      : th
        ? 'ยังไม่มีข้อมูล'
        : 'No data yet';
  return (
    <section aria-labelledby={`${props.id}-h`}>
      <h2 id={`${props.id}-h`}>{props.title}</h2>
      <BarChart
        id={props.id}
        title={props.title}
        description={description}
        data={props.rows.map((r) => ({
          label: r.label,
          value: r.overall,
          text: formatScore(r.overall, lang),
        }))}
      />
      <DataTable
        caption={th ? `ตาราง: ${props.title}` : `Table: ${props.title}`}
        rows={props.rows}
        columns={rowColumns(lang, props.label ?? ((r) => r.label))}
      />
    </section>
  );
}

function FilterForm(props: { ctx: PageContext; filter: DashboardFilter; years: number[] }) {
  const { ctx, filter } = props;
  const th = ctx.lang === 'th';
  const all = th ? 'ทั้งหมด' : 'All';
  const years = props.years.includes(filter.fiscalYear)
    ? props.years
    : [filter.fiscalYear, ...props.years];
  return (
    <Form ctx={ctx} action={DASHBOARD} method="get" class="card">
      <div class="grid">
        <SelectField
          name="year"
          label={th ? 'ปีงบประมาณ' : 'Fiscal year'}
          value={String(filter.fiscalYear)}
          options={years.map((y) => ({ value: String(y), label: formatFiscalYear(y, ctx.lang) }))}
        />
        <SelectField
          name="project_type"
          label={th ? 'ประเภทโครงการ' : 'Project type'}
          value={filter.projectType ?? ''}
          placeholder={all}
          options={firstTemplate.projectTypes.map((p) => ({
            value: p.id,
            label: p.label[ctx.lang],
          }))}
        />
        <SelectField
          name="region"
          label={th ? 'ภาค' : 'Region'}
          value={filter.region ?? ''}
          placeholder={all}
          options={REGIONS.map((r) => ({ value: r.code, label: th ? r.nameTh : r.nameEn }))}
        />
        <SelectField
          name="administration_type"
          label={th ? 'ประเภท อปท.' : 'Administration type'}
          value={filter.administrationType ?? ''}
          placeholder={all}
          options={LOCAL_ADMINISTRATION_TYPES.map((t) => ({
            value: t,
            label: administrationTypeLabel(t, ctx.lang),
          }))}
        />
      </div>
      <div class="actions">
        <Button>{th ? 'แสดงผล' : 'Show'}</Button>
      </div>
    </Form>
  );
}

function Totals(props: { d: Dashboard; lang: Lang }) {
  const { d, lang } = props;
  const th = lang === 'th';
  const t = d.total;
  return (
    <div class="grid">
      <div class="card">
        <h2>{th ? 'แบบประเมินที่ยื่นแล้ว' : 'Submitted assessments'}</h2>
        <p class="lead">{formatCount(t.assessments, lang)}</p>
      </div>
      <div class="card">
        <h2>{th ? 'คะแนนเฉลี่ยรวม' : 'Mean overall score'}</h2>
        <p class="lead">{formatScore(t.overall, lang)}</p>
      </div>
      <div class="card">
        <h2>{th ? 'ข้อบกพร่องเฉลี่ยต่อแบบ' : 'Findings per assessment'}</h2>
        <p class="lead">{formatScore(t.findingsPerAssessment, lang)}</p>
      </div>
      <div class="card">
        <h2>{th ? 'ระดับผลการประเมิน' : 'Levels'}</h2>
        <ul class="plain">
          {(['very_good', 'good', 'fair', 'needs_improvement'] as const).map((l) => (
            <li key={l}>
              {levelLabel(l, lang)}: {formatCount(t.levels[l], lang)}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

export function DashboardPage(props: { ctx: PageContext; dashboard: Dashboard; years: number[] }) {
  const { ctx, dashboard: d } = props;
  const th = ctx.lang === 'th';
  const title = th
    ? 'แดชบอร์ดผลการประเมินตนเองด้านวินัยการเงินการคลัง'
    : 'Fiscal-discipline self-assessment dashboard';
  const query = filterQuery(d.filter);
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p class="lead">
        {formatFiscalYear(d.filter.fiscalYear, ctx.lang)}
        {th
          ? ' · คะแนน 0–100 เฉลี่ยจากแบบประเมินที่ผู้บริหาร อปท. ลงนามและยื่นแล้ว'
          : ' · scores 0–100, means over assessments signed off and submitted'}
      </p>
      <FilterForm ctx={ctx} filter={d.filter} years={props.years} />
      <p>
        <a href={`${DASHBOARD}/export.xlsx?${query}`}>
          {th ? 'ดาวน์โหลดเป็น Excel (XLSX)' : 'Download as Excel (XLSX)'}
        </a>
        {' · '}
        <a href={`${DASHBOARD}/export.pdf?${query}`}>
          {th ? 'ดาวน์โหลดเป็น PDF' : 'Download as PDF'}
        </a>
      </p>
      <Form ctx={ctx} action={`${DASHBOARD}/administrations`} method="get">
        <TextField
          name="q"
          type="search"
          label={th ? 'ค้นหา อปท. ตามชื่อหรือรหัส' : 'Find an administration by name or code'}
        />
        <Button variant="secondary">{th ? 'ค้นหา' : 'Search'}</Button>
      </Form>
      {d.total.assessments === 0 && (
        <Notice>
          {th ? 'ยังไม่มีแบบประเมินที่ยื่นตามตัวกรองนี้' : 'No submitted assessments match these filters yet.'}
        </Notice>
      )}
      <Totals d={d} lang={ctx.lang} />
      <Breakdown
        id="by-framework"
        title={th ? 'คะแนนเฉลี่ยตามกรอบการประเมิน' : 'Mean score by framework'}
        rows={frameworkRows(d.total, ctx.lang)}
        lang={ctx.lang}
      />
      <Breakdown
        id="by-region"
        title={th ? 'คะแนนเฉลี่ยตามภาค' : 'Mean score by region'}
        rows={d.byRegion}
        lang={ctx.lang}
        label={(r) => (
          <a
            href={`${DASHBOARD}?${filterQuery({ ...d.filter, region: r.key, provinceCode: undefined })}`}
          >
            {r.label}
          </a>
        )}
      />
      <Breakdown
        id="by-type"
        title={th ? 'คะแนนเฉลี่ยตามประเภท อปท.' : 'Mean score by administration type'}
        rows={d.byAdministrationType}
        lang={ctx.lang}
      />
      <Breakdown
        id="by-project"
        title={th ? 'คะแนนเฉลี่ยตามประเภทโครงการ' : 'Mean score by project type'}
        rows={d.byProjectType}
        lang={ctx.lang}
      />
      <Breakdown
        id="by-year"
        title={th ? 'คะแนนเฉลี่ยรายปีงบประมาณ' : 'Mean score by fiscal year'}
        rows={d.byFiscalYear}
        lang={ctx.lang}
      />
      <Breakdown
        id="by-province"
        title={th ? 'คะแนนเฉลี่ยตามจังหวัด' : 'Mean score by province'}
        rows={d.byProvince}
        lang={ctx.lang}
        label={(r) => (
          <a
            href={`${DASHBOARD}/provinces/${r.key}?${filterQuery({ ...d.filter, provinceCode: undefined })}`}
          >
            {r.label}
          </a>
        )}
      />
    </Layout>
  );
}

export interface FrequentFinding {
  questionId: string;
  text: string;
  count: number;
  applicable: number;
}

/** One province: its figures, its administrations worst first, and the rules broken most. */
export function ProvincePage(props: {
  ctx: PageContext;
  dashboard: Dashboard;
  provinceCode: string;
  administrations: AdministrationSummaryRow[];
  findings: FrequentFinding[];
}) {
  const { ctx, dashboard: d } = props;
  const th = ctx.lang === 'th';
  const name = provinceLabel(props.provinceCode, ctx.lang);
  const title = th ? `ผลการประเมินจังหวัด${name}` : `Results in ${name}`;
  const back = filterQuery({ ...d.filter, provinceCode: undefined });
  return (
    <Layout ctx={ctx} title={title}>
      <Breadcrumbs
        lang={ctx.lang}
        items={[{ href: `${DASHBOARD}?${back}`, label: th ? 'แดชบอร์ด' : 'Dashboard' }]}
      />
      <h1>{title}</h1>
      <p class="lead">{formatFiscalYear(d.filter.fiscalYear, ctx.lang)}</p>
      <p>
        <a href={`${DASHBOARD}/export.xlsx?${filterQuery(d.filter)}`}>
          {th ? 'ดาวน์โหลดเป็น Excel (XLSX)' : 'Download as Excel (XLSX)'}
        </a>
        {' · '}
        <a href={`${DASHBOARD}/export.pdf?${filterQuery(d.filter)}`}>
          {th ? 'ดาวน์โหลดเป็น PDF' : 'Download as PDF'}
        </a>
      </p>
      <Totals d={d} lang={ctx.lang} />
      <Breakdown
        id="by-type"
        title={th ? 'คะแนนเฉลี่ยตามประเภท อปท.' : 'Mean score by administration type'}
        rows={d.byAdministrationType}
        lang={ctx.lang}
      />
      <section aria-labelledby="administrations-h">
        <h2 id="administrations-h">
          {th ? 'อปท. ในจังหวัด (คะแนนต่ำสุดก่อน)' : 'Administrations (lowest score first)'}
        </h2>
        <DataTable
          caption={
            th
              ? `อปท. ที่ยื่นแบบประเมิน ${props.administrations.length} แห่ง`
              : `${props.administrations.length} administrations that submitted`
          }
          rows={props.administrations}
          empty={th ? 'ไม่มี' : 'None'}
          columns={[
            {
              header: th ? 'อปท.' : 'Administration',
              cell: (a) => (
                <a href={`${DASHBOARD}/administrations/${a.administration_code}`}>
                  {th ? a.administration_name_th : a.administration_name_en}
                </a>
              ),
            },
            {
              header: th ? 'ประเภท' : 'Type',
              cell: (a) => administrationTypeLabel(a.administration_type, ctx.lang),
            },
            {
              header: th ? 'แบบประเมิน' : 'Assessments',
              cell: (a) => formatCount(Number(a.assessments), ctx.lang),
              numeric: true,
            },
            {
              header: th ? 'คะแนนเฉลี่ย' : 'Mean score',
              cell: (a) => formatScore(a.overall === null ? null : Number(a.overall), ctx.lang),
              numeric: true,
            },
            {
              header: th ? 'ข้อบกพร่อง' : 'Findings',
              cell: (a) => formatCount(Number(a.findings), ctx.lang),
              numeric: true,
            },
          ]}
        />
      </section>
      <section aria-labelledby="findings-h">
        <h2 id="findings-h">{th ? 'ข้อที่ไม่ผ่านบ่อยที่สุด' : 'Rules broken most often'}</h2>
        <DataTable
          caption={th ? 'คำถามที่ อปท. ตอบไม่ผ่านมากที่สุด 10 ข้อ' : 'The 10 questions most often failed'}
          rows={props.findings}
          empty={th ? 'ไม่มีข้อบกพร่อง' : 'No findings'}
          columns={[
            { header: th ? 'คำถาม' : 'Question', cell: (f) => f.text },
            {
              header: th ? 'ไม่ผ่าน' : 'Failed',
              cell: (f) => formatCount(f.count, ctx.lang),
              numeric: true,
            },
            {
              header: th ? 'ร้อยละของที่ตอบ' : '% of answers',
              cell: (f) =>
                formatScore(f.applicable > 0 ? (100 * f.count) / f.applicable : null, ctx.lang),
              numeric: true,
            },
          ]}
        />
      </section>
    </Layout>
  );
}

/** One administration across the years: the drill-down's last step before one assessment. */
export function AdministrationResultsPage(props: {
  ctx: PageContext;
  code: string;
  name: string;
  provinceCode: string | null;
  records: Assessment[];
  byYear: Row[];
}) {
  const { ctx } = props;
  const th = ctx.lang === 'th';
  const title = th ? `ผลการประเมินของ${props.name}` : `Results of ${props.name}`;
  return (
    <Layout ctx={ctx} title={title}>
      <Breadcrumbs
        lang={ctx.lang}
        items={[
          { href: DASHBOARD, label: th ? 'แดชบอร์ด' : 'Dashboard' },
          ...(props.provinceCode
            ? [
                {
                  href: `${DASHBOARD}/provinces/${props.provinceCode}`,
                  label: provinceLabel(props.provinceCode, ctx.lang),
                },
              ]
            : []),
        ]}
      />
      <h1>{title}</h1>
      <p class="lead">
        {th ? 'รหัส อปท. ' : 'Code '}
        {props.code}
      </p>
      {props.records.length === 0 ? (
        <Notice>{th ? 'ยังไม่มีแบบประเมินที่ยื่นแล้ว' : 'No submitted assessments yet.'}</Notice>
      ) : (
        <>
          <section aria-labelledby="by-year-h">
            <h2 id="by-year-h">{th ? 'คะแนนเฉลี่ยรายปี' : 'Mean score by year'}</h2>
            <BarChart
              id="by-year"
              title={th ? 'คะแนนเฉลี่ยรายปี' : 'Mean score by year'}
              description={
                th
                  ? `คะแนนเฉลี่ยของ ${props.byYear.length} ปีงบประมาณ ตัวเลขอยู่ในตารางถัดไป`
                  : `Mean score in ${props.byYear.length} fiscal years; figures in the table below.`
              }
              data={props.byYear.map((r) => ({
                label: r.label,
                value: r.overall,
                text: formatScore(r.overall, ctx.lang),
              }))}
            />
          </section>
          <DataTable
            caption={th ? 'แบบประเมินที่ยื่นแล้ว' : 'Submitted assessments'}
            rows={props.records}
            columns={[
              {
                header: th ? 'โครงการ' : 'Project',
                cell: (r) => <a href={`${BASE}/${r.id}`}>{r.project_name}</a>,
              },
              { header: th ? 'ปีงบประมาณ' : 'Fiscal year', cell: (r) => `${r.fiscal_year}` },
              {
                header: th ? 'ประเภท' : 'Type',
                cell: (r) => projectTypeLabel(r.project_type, ctx.lang),
              },
              {
                header: th ? 'งบประมาณ (บาท)' : 'Budget (baht)',
                cell: (r) => formatBaht(r.project_budget, ctx.lang),
                numeric: true,
              },
              {
                header: th ? 'คะแนน' : 'Score',
                cell: (r) =>
                  formatScore(r.overall_score === null ? null : Number(r.overall_score), ctx.lang),
                numeric: true,
              },
              { header: th ? 'ระดับ' : 'Level', cell: (r) => levelLabel(r.level, ctx.lang) },
              {
                header: th ? 'ข้อบกพร่อง' : 'Findings',
                cell: (r) => formatCount(r.findings_count ?? 0, ctx.lang),
                numeric: true,
              },
              { header: th ? 'สถานะ' : 'Status', cell: (r) => statusLabel(r.status, ctx.lang) },
            ]}
          />
        </>
      )}
    </Layout>
  );
}

export function AdministrationSearchPage(props: {
  ctx: PageContext;
  query: string;
  results: Array<{
    administration_code: string;
    administration_name_th: string;
    administration_name_en: string;
    province_code: string;
  }>;
}) {
  const { ctx } = props;
  const th = ctx.lang === 'th';
  const title = th ? 'ค้นหา อปท.' : 'Find an administration';
  return (
    <Layout ctx={ctx} title={title}>
      <Breadcrumbs
        lang={ctx.lang}
        items={[{ href: DASHBOARD, label: th ? 'แดชบอร์ด' : 'Dashboard' }]}
      />
      <h1>{title}</h1>
      <Form ctx={ctx} action={`${DASHBOARD}/administrations`} method="get">
        <TextField
          name="q"
          type="search"
          value={props.query}
          label={th ? 'ชื่อหรือรหัส อปท.' : 'Name or code'}
        />
        <Button>{th ? 'ค้นหา' : 'Search'}</Button>
      </Form>
      <DataTable
        caption={
          th ? `ผลการค้นหา ${props.results.length} รายการ` : `${props.results.length} results`
        }
        rows={props.results}
        empty={
          th
            ? 'ไม่พบ อปท. ที่ยื่นแบบประเมินตามคำค้นนี้'
            : 'No administration with submitted assessments matches'
        }
        columns={[
          {
            header: th ? 'อปท.' : 'Administration',
            cell: (r) => (
              <a href={`${DASHBOARD}/administrations/${r.administration_code}`}>
                {th ? r.administration_name_th : r.administration_name_en}
              </a>
            ),
          },
          { header: th ? 'รหัส' : 'Code', cell: (r) => r.administration_code },
          {
            header: th ? 'จังหวัด' : 'Province',
            cell: (r) => provinceLabel(r.province_code, ctx.lang),
          },
        ]}
      />
    </Layout>
  );
}
