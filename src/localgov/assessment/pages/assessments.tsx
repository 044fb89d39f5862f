import { pick } from '../../../platform/i18n/index.ts';
import {
  Button,
  DataTable,
  ErrorSummary,
  Form,
  LinkButton,
  Notice,
  SelectField,
  TextField,
} from '../../../platform/views/components.tsx';
import type { PageContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import { firstTemplate, formatFiscalYear } from '../../assessment-template.ts';
import { formatScore, levelLabel, projectTypeLabel } from '../dashboard.ts';
import type { Assessment } from '../service.ts';
import { BASE, DASHBOARD, RadioGroup, statusLabel, TEMPLATES } from './shared.tsx';

/** An administration's own assessments, newest year first. */
export function AssessmentListPage(props: {
  ctx: PageContext;
  records: Assessment[];
  administrations: Array<{ code: string; name: string }>;
  dashboards: boolean;
  templateEditor: boolean;
}) {
  const { ctx } = props;
  const th = ctx.lang === 'th';
  const title = th ? 'ประเมินตนเองด้านวินัยการเงินการคลัง' : 'Fiscal-discipline self-assessment';
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p class="lead">
        {th
          ? 'องค์กรปกครองส่วนท้องถิ่นประเมินการใช้จ่ายเงินอุดหนุน งานประเพณี และการแข่งขันกีฬา ตามกรอบอำนาจหน้าที่ แผนพัฒนาท้องถิ่น การจัดทำงบประมาณ และระเบียบที่เกี่ยวข้อง ตามโครงการเสริมสร้างวินัยการเงินการคลังของสำนักงานการตรวจเงินแผ่นดิน'
          : 'Local administrations assess their subsidies, festivals and sports projects against their legal powers, development plan, budgeting and the regulations, under the State Audit Office’s fiscal-discipline programme.'}
      </p>
      {(props.dashboards || props.templateEditor) && (
        <ul>
          {props.dashboards && (
            <li>
              <a href={DASHBOARD}>{th ? 'แดชบอร์ดผลการประเมิน' : 'Results dashboard'}</a>
            </li>
          )}
          {props.templateEditor && (
            <li>
              <a href={TEMPLATES}>{th ? 'จัดการแบบประเมิน' : 'Questionnaire templates'}</a>
            </li>
          )}
        </ul>
      )}
      {props.administrations.length === 0 ? (
        !props.dashboards &&
        !props.templateEditor && (
          <Notice kind="warning">
            {th
              ? 'บัญชีของคุณยังไม่ได้รับสิทธิ์เจ้าหน้าที่หรือผู้บริหารของ อปท. ใด กรุณาติดต่อผู้ดูแลระบบของหน่วยงาน'
              : 'Your account is not an officer or executive of any local administration; ask your administrator.'}
          </Notice>
        )
      ) : (
        <>
          <p>
            {th ? 'อปท. ของคุณ: ' : 'Your administrations: '}
            {props.administrations.map((a) => a.name).join(', ')}
          </p>
          <p>
            <LinkButton href={`${BASE}/new`}>
              {th ? 'เริ่มแบบประเมินโครงการใหม่' : 'Start a new project assessment'}
            </LinkButton>
          </p>
          <DataTable
            caption={th ? 'แบบประเมินของ อปท.' : 'Assessments'}
            rows={props.records}
            empty={th ? 'ยังไม่มีแบบประเมิน' : 'No assessments yet'}
            columns={[
              {
                header: th ? 'โครงการ' : 'Project',
                cell: (r) => <a href={`${BASE}/${r.id}`}>{r.project_name}</a>,
              },
              {
                header: th ? 'ปีงบประมาณ' : 'Fiscal year',
                cell: (r) => formatFiscalYear(r.fiscal_year, ctx.lang),
              },
              {
                header: th ? 'ประเภท' : 'Type',
                cell: (r) => projectTypeLabel(r.project_type, ctx.lang),
              },
              {
                header: th ? 'อปท.' : 'Administration',
                cell: (r) => (th ? r.administration_name_th : r.administration_name_en),
              },
              { header: th ? 'สถานะ' : 'Status', cell: (r) => statusLabel(r.status, ctx.lang) },
              {
                header: th ? 'คะแนน' : 'Score',
                cell: (r) =>
                  r.overall_score === null
                    ? '–'
                    : `${formatScore(Number(r.overall_score), ctx.lang)} (${levelLabel(r.level, ctx.lang)})`,
                numeric: true,
              },
            ]}
          />
        </>
      )}
    </Layout>
  );
}

/** Starting an assessment: which administration, year, kind of project, its name and budget. */
export function NewAssessmentPage(props: {
  ctx: PageContext;
  administrations: Array<{ code: string; name: string }>;
  fiscalYears: number[];
  values: Record<string, string>;
  errors: Record<string, string>;
}) {
  const { ctx, values, errors } = props;
  const th = ctx.lang === 'th';
  const title = th ? 'เริ่มแบบประเมินโครงการใหม่' : 'Start a project assessment';
  return (
    <Layout ctx={ctx} title={title}>
      <p>
        <a href={BASE}>← {th ? 'แบบประเมินของ อปท.' : 'Our assessments'}</a>
      </p>
      <h1>{title}</h1>
      <ErrorSummary errors={errors} lang={ctx.lang} />
      <Form ctx={ctx} action={BASE}>
        <SelectField
          name="administration"
          label={th ? 'อปท.' : 'Local administration'}
          value={
            values.administration ??
            (props.administrations.length === 1 ? props.administrations[0]?.code : undefined)
          }
          error={errors.administration}
          options={props.administrations.map((a) => ({ value: a.code, label: a.name }))}
          placeholder={props.administrations.length > 1 ? (th ? 'เลือก อปท.' : 'Choose') : undefined}
          required
        />
        <SelectField
          name="fiscal_year"
          label={th ? 'ปีงบประมาณ' : 'Fiscal year'}
          hint={
            th
              ? 'ปีงบประมาณเริ่ม 1 ตุลาคม และสิ้นสุด 30 กันยายนของปีถัดไป'
              : 'A fiscal year runs from 1 October to 30 September'
          }
          value={values.fiscal_year ?? String(props.fiscalYears[0])}
          error={errors.fiscal_year}
          options={props.fiscalYears.map((y) => ({
            value: String(y),
            label: formatFiscalYear(y, ctx.lang),
          }))}
          required
        />
        <RadioGroup
          name="project_type"
          legend={th ? 'ประเภทโครงการ' : 'Project type'}
          value={values.project_type}
          error={errors.project_type}
          options={firstTemplate.projectTypes.map((p) => ({
            value: p.id,
            label: `${pick(p.label, ctx.lang)}: ${pick(p.description, ctx.lang)}`,
          }))}
        />
        <TextField
          name="project_name"
          label={th ? 'ชื่อโครงการ' : 'Project name'}
          hint={th ? 'ตามที่ปรากฏในข้อบัญญัติหรือเทศบัญญัติงบประมาณ' : 'As in the budget ordinance'}
          value={values.project_name}
          error={errors.project_name}
          maxLength={300}
          required
        />
        <TextField
          name="project_budget"
          label={th ? 'งบประมาณโครงการ (บาท)' : 'Project budget (baht)'}
          hint={th ? 'เช่น 150000 หรือ 1,250,000.50' : 'e.g. 150000 or 1,250,000.50'}
          value={values.project_budget}
          error={errors.project_budget}
          inputMode="decimal"
          required
        />
        <div class="actions">
          <Button>{th ? 'เริ่มแบบประเมิน' : 'Start the assessment'}</Button>
        </div>
      </Form>
    </Layout>
  );
}
