import type { Role } from '../../../orgs/index.ts';
import { formatDate, formatNumber, type Lang, pick } from '../../../platform/i18n/index.ts';
import {
  Button,
  DataTable,
  ErrorSummary,
  Form,
  LinkButton,
  Notice,
  SelectField,
  TextArea,
  TextField,
} from '../../../platform/views/components.tsx';
import type { PageContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import type { ApplicationRow, CommentRow, DefinitionRow, EventRow } from '../store.ts';
import type { EServiceDefinition, Transition } from '../types.ts';
import { type SlaState, slaStatus } from '../workflow.ts';
import { BarChart } from './chart.tsx';
import { AnswersSummary, SlaTag, statusLabel, Timeline } from './common.tsx';

type Org = { id: string; code: string; name: { th: string; en: string } };

export function BackofficeHome(props: {
  ctx: PageContext;
  services: Array<{
    row: DefinitionRow;
    organization: Org;
    open: number;
    overdue: number;
    near: number;
    total: number;
  }>;
  canBuild: boolean;
}) {
  const { ctx } = props;
  const th = ctx.lang === 'th';
  const title = th ? 'งานคำขอของหน่วยงาน' : 'Agency back office';
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p>
        {props.canBuild && (
          <>
            <a href="/builder">
              {th ? 'สร้างและแก้ไขบริการ (ตัวสร้างบริการ)' : 'Build and edit services (builder)'}
            </a>
            {' · '}
          </>
        )}
        <a href="/services/statistics">{th ? 'สถิติบริการสาธารณะ' : 'Public service statistics'}</a>
      </p>
      <DataTable
        caption={th ? 'บริการของหน่วยงานของคุณ' : 'Your agencies’ services'}
        rows={props.services}
        empty={th ? 'หน่วยงานของคุณยังไม่มีบริการออนไลน์' : 'Your agencies have no online services yet'}
        columns={[
          {
            header: th ? 'บริการ' : 'Service',
            cell: (s) => (
              <a href={`/backoffice/eservices/${s.row.id}`}>
                {pick(s.row.working.title, ctx.lang)}
              </a>
            ),
          },
          { header: th ? 'หน่วยงาน' : 'Agency', cell: (s) => pick(s.organization.name, ctx.lang) },
          {
            header: th ? 'รอดำเนินการ' : 'Open',
            cell: (s) => formatNumber(s.open, ctx.lang),
            numeric: true,
          },
          {
            header: th ? 'เกินกำหนด' : 'Overdue',
            cell: (s) =>
              s.overdue > 0 ? <strong>{formatNumber(s.overdue, ctx.lang)}</strong> : '0',
            numeric: true,
          },
          {
            header: th ? 'ใกล้ครบกำหนด' : 'Due soon',
            cell: (s) => (s.near > 0 ? <strong>{formatNumber(s.near, ctx.lang)}</strong> : '0'),
            numeric: true,
          },
          {
            header: th ? 'ทั้งหมด' : 'Total',
            cell: (s) => formatNumber(s.total, ctx.lang),
            numeric: true,
          },
        ]}
      />
    </Layout>
  );
}

export interface QueueFilterValues {
  status: string;
  from: string;
  to: string;
  overdue: string;
  assigned: string;
  tracking: string;
  page: string;
}

export function filterQuery(f: Partial<QueueFilterValues>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v) params.set(k, v);
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function QueuePage(props: {
  ctx: PageContext;
  row: DefinitionRow;
  def: EServiceDefinition;
  items: ApplicationRow[];
  total: number;
  filter: QueueFilterValues;
  names: Record<string, string>;
  pageSize: number;
  errors: Record<string, string>;
}) {
  const { ctx, def, row, filter } = props;
  const lang = ctx.lang;
  const th = lang === 'th';
  const title = pick(def.title, lang);
  const now = new Date();
  const page = Math.max(1, Number(filter.page) || 1);
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize));
  const base = `/backoffice/eservices/${row.id}`;
  return (
    <Layout ctx={ctx} title={`${th ? 'คิวคำขอ' : 'Queue'} · ${title}`}>
      <p>
        <a href="/backoffice">{th ? '← งานคำขอทั้งหมด' : '← All services'}</a>
      </p>
      <h1>{title}</h1>
      <p>
        <a href={`${base}/dashboard`}>{th ? 'แดชบอร์ดของบริการ' : 'Service dashboard'}</a>
        {' · '}
        <a href={`${base}/export.csv${filterQuery({ ...filter, page: '' })}`}>
          {th ? 'ดาวน์โหลด CSV (ตามตัวกรอง)' : 'Download CSV (filtered)'}
        </a>
      </p>
      <ErrorSummary errors={props.errors} lang={lang} />
      <form method="get" action={base} class="card">
        <h2>{th ? 'ตัวกรอง' : 'Filters'}</h2>
        <SelectField
          name="status"
          label={th ? 'สถานะ' : 'Status'}
          value={filter.status}
          placeholder={th ? 'ทุกสถานะ' : 'Any status'}
          options={[
            { value: 'open', label: th ? 'รอดำเนินการทั้งหมด' : 'All open' },
            ...def.workflow.states.map((s) => ({ value: s.code, label: pick(s.label, lang) })),
          ]}
        />
        <TextField
          name="from"
          type="date"
          label={th ? 'ยื่นตั้งแต่วันที่' : 'Sent from'}
          value={filter.from}
          error={props.errors.from}
        />
        <TextField
          name="to"
          type="date"
          label={th ? 'ถึงวันที่' : 'Sent until'}
          value={filter.to}
          error={props.errors.to}
        />
        <SelectField
          name="overdue"
          label={th ? 'กำหนดเวลา' : 'Deadline'}
          value={filter.overdue}
          placeholder={th ? 'ทั้งหมด' : 'All'}
          options={[{ value: 'yes', label: th ? 'เฉพาะที่เกินกำหนด' : 'Overdue only' }]}
        />
        <SelectField
          name="assigned"
          label={th ? 'ผู้รับผิดชอบ' : 'Assigned to'}
          value={filter.assigned}
          placeholder={th ? 'ทุกคน' : 'Anyone'}
          options={[
            { value: 'me', label: th ? 'ฉัน' : 'Me' },
            { value: 'none', label: th ? 'ยังไม่มีผู้รับผิดชอบ' : 'Nobody yet' },
          ]}
        />
        <TextField
          name="tracking"
          label={th ? 'เลขที่คำขอ' : 'Tracking number'}
          value={filter.tracking}
          error={props.errors.tracking}
        />
        <div class="actions">
          <button type="submit" class="button">
            {th ? 'กรอง' : 'Filter'}
          </button>
          <LinkButton variant="secondary" href={base}>
            {th ? 'ล้างตัวกรอง' : 'Clear'}
          </LinkButton>
        </div>
      </form>
      <DataTable
        caption={
          th
            ? `พบ ${formatNumber(props.total, lang)} คำขอ (หน้า ${page}/${pages})`
            : `${formatNumber(props.total, lang)} applications (page ${page}/${pages})`
        }
        rows={props.items}
        empty={th ? 'ไม่มีคำขอตามตัวกรอง' : 'No applications match'}
        columns={[
          {
            header: th ? 'เลขที่คำขอ' : 'Tracking number',
            cell: (a) => <a href={`/backoffice/applications/${a.id}`}>{a.tracking_no}</a>,
          },
          { header: th ? 'สถานะ' : 'Status', cell: (a) => statusLabel(def, a.status, lang) },
          {
            header: th ? 'ยื่นเมื่อ' : 'Sent',
            cell: (a) =>
              a.submitted_at ? formatDate(a.submitted_at, lang, { style: 'short' }) : '',
          },
          {
            header: th ? 'กำหนดเสร็จ' : 'Due',
            cell: (a) => {
              if (!a.submitted_at) return '';
              const sla = slaStatus(a.submitted_at, def.slaDays, now, a.decided_at);
              return (
                <>
                  {formatDate(sla.dueAt, lang, { style: 'short' })}{' '}
                  <SlaTag state={sla.state} daysLeft={sla.daysLeft} lang={lang} />
                </>
              );
            },
          },
          {
            header: th ? 'ผู้รับผิดชอบ' : 'Assigned to',
            cell: (a) => (a.assigned_to ? (props.names[a.assigned_to] ?? '—') : '—'),
          },
        ]}
      />
      {pages > 1 && (
        <nav aria-label={th ? 'หน้าของรายการ' : 'Pages'}>
          <ul class="plain">
            {page > 1 && (
              <li>
                <a href={`${base}${filterQuery({ ...filter, page: String(page - 1) })}`}>
                  {th ? '← หน้าก่อน' : '← Previous'}
                </a>
              </li>
            )}
            {page < pages && (
              <li>
                <a href={`${base}${filterQuery({ ...filter, page: String(page + 1) })}`}>
                  {th ? 'หน้าถัดไป →' : 'Next →'}
                </a>
              </li>
            )}
          </ul>
        </nav>
      )}
    </Layout>
  );
}

export function StaffApplicationPage(props: {
  ctx: PageContext;
  def: EServiceDefinition;
  record: ApplicationRow;
  roles: Role[];
  applicant: { th: string; en: string } | null;
  events: EventRow[];
  comments: CommentRow[];
  names: Record<string, string>;
  officers: Array<{ id: string; name: { th: string; en: string } }>;
  actions: Array<{ transition: Transition; token: string }>;
  commentToken: string;
  errors: Record<string, string>;
  errorForm?: string;
  values: Record<string, string>;
  notice?: string;
}) {
  const { ctx, def, record } = props;
  const lang = ctx.lang;
  const th = lang === 'th';
  const sla: { state: SlaState; daysLeft: number; dueAt: Date } | null = record.submitted_at
    ? slaStatus(record.submitted_at, def.slaDays, new Date(), record.decided_at)
    : null;
  const fileHref = (id: string) => `/applications/${record.id}/files/${id}`;
  const errorsFor = (form: string) => (props.errorForm === form ? props.errors : {});
  return (
    <Layout ctx={ctx} title={`${record.tracking_no} · ${pick(def.title, lang)}`}>
      <p>
        <a href={`/backoffice/eservices/${record.definition_id}`}>
          {th ? '← กลับไปที่คิว' : '← Back to the queue'}
        </a>
      </p>
      <p class="muted">{pick(def.title, lang)}</p>
      <h1>{record.tracking_no}</h1>
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      {sla && sla.state === 'over' && (
        <Notice kind="warning">
          {th
            ? `เกินกำหนดพิจารณา ${def.slaDays} วันแล้ว (ครบกำหนด ${formatDate(sla.dueAt, lang)})`
            : `Past the ${def.slaDays}-day target (due ${formatDate(sla.dueAt, lang)})`}
        </Notice>
      )}
      {sla && sla.state === 'near' && (
        <Notice kind="warning">
          {th
            ? `ใกล้ครบกำหนดพิจารณา เหลือ ${sla.daysLeft} วัน (ครบกำหนด ${formatDate(sla.dueAt, lang)})`
            : `Due soon: ${sla.daysLeft === 1 ? '1 day' : `${sla.daysLeft} days`} left (due ${formatDate(sla.dueAt, lang)})`}
        </Notice>
      )}
      <dl>
        <dt>{th ? 'สถานะ' : 'Status'}</dt>
        <dd>{statusLabel(def, record.status, lang)}</dd>
        <dt>{th ? 'ผู้ยื่นคำขอ' : 'Applicant'}</dt>
        <dd>{props.applicant ? pick(props.applicant, lang) : '—'}</dd>
        <dt>{th ? 'ยื่นเมื่อ' : 'Sent'}</dt>
        <dd>
          {record.submitted_at ? formatDate(record.submitted_at, lang, { withTime: true }) : ''}
        </dd>
        <dt>{th ? 'ผู้รับผิดชอบ' : 'Assigned to'}</dt>
        <dd>
          {record.assigned_to
            ? (props.names[record.assigned_to] ?? '—')
            : th
              ? 'ยังไม่มี'
              : 'Nobody yet'}
        </dd>
        {record.decision_reason && (
          <>
            <dt>{th ? 'เหตุผล / หมายเหตุการตัดสิน' : 'Decision reason or note'}</dt>
            <dd>{record.decision_reason}</dd>
          </>
        )}
      </dl>

      {props.actions.length > 0 && <h2>{th ? 'ดำเนินการ' : 'Act'}</h2>}
      {props.actions.map(({ transition, token }) => {
        const errors = errorsFor(`act:${transition.action}`);
        const needs = transition.needs ?? 'none';
        return (
          <div class="card" key={transition.action}>
            <h3>{pick(transition.label, lang)}</h3>
            <ErrorSummary errors={errors} lang={lang} />
            <Form ctx={ctx} action={`/backoffice/applications/${record.id}/act`}>
              <input type="hidden" name="action" value={transition.action} />
              <input type="hidden" name="_token" value={token} />
              <TextArea
                name={`text.${transition.action}`}
                label={
                  needs === 'reason'
                    ? th
                      ? 'เหตุผล (ผู้ยื่นจะเห็นข้อความนี้)'
                      : 'Reason (the applicant will see this)'
                    : needs === 'message'
                      ? th
                        ? 'ข้อความถึงผู้ยื่น (ระบุสิ่งที่ต้องการเพิ่ม)'
                        : 'Message to the applicant (what is needed)'
                      : th
                        ? 'หมายเหตุถึงผู้ยื่น (ไม่บังคับ)'
                        : 'Note to the applicant (optional)'
                }
                value={
                  props.errorForm === `act:${transition.action}`
                    ? props.values[`text.${transition.action}`]
                    : ''
                }
                error={errors[`text.${transition.action}`]}
              />
              <Button variant={transition.to === 'rejected' ? 'danger' : 'primary'}>
                {pick(transition.label, lang)}
              </Button>
            </Form>
          </div>
        );
      })}

      <h2>{th ? 'ผู้รับผิดชอบ' : 'Assignment'}</h2>
      <ErrorSummary errors={errorsFor('assign')} lang={lang} />
      <Form ctx={ctx} action={`/backoffice/applications/${record.id}/assign`}>
        <SelectField
          name="assignee"
          label={th ? 'มอบหมายให้' : 'Assign to'}
          value={record.assigned_to ?? ''}
          placeholder={th ? 'ไม่มีผู้รับผิดชอบ' : 'Nobody'}
          error={errorsFor('assign').assignee}
          options={props.officers.map((o) => ({ value: o.id, label: pick(o.name, lang) }))}
        />
        <Button variant="secondary">{th ? 'บันทึกผู้รับผิดชอบ' : 'Save assignment'}</Button>
      </Form>

      <h2>{th ? 'บันทึกภายใน (ผู้ยื่นมองไม่เห็น)' : 'Internal notes (never shown to the applicant)'}</h2>
      {props.comments.length === 0 ? (
        <p class="muted">{th ? 'ยังไม่มีบันทึก' : 'No notes yet'}</p>
      ) : (
        <ul class="plain">
          {props.comments.map((c) => (
            <li class="card" key={c.id}>
              <p class="muted">
                {props.names[c.author_id] ?? '—'} · {formatDate(c.at, lang, { withTime: true })}
              </p>
              <p>{c.body}</p>
            </li>
          ))}
        </ul>
      )}
      <ErrorSummary errors={errorsFor('comment')} lang={lang} />
      <Form ctx={ctx} action={`/backoffice/applications/${record.id}/comments`}>
        <input type="hidden" name="_token" value={props.commentToken} />
        <TextArea
          name="body"
          label={th ? 'เพิ่มบันทึกภายใน' : 'Add an internal note'}
          value={props.errorForm === 'comment' ? props.values.body : ''}
          error={errorsFor('comment').body}
        />
        <Button variant="secondary">{th ? 'บันทึก' : 'Add note'}</Button>
      </Form>

      <h2>{th ? 'ความเคลื่อนไหว' : 'Timeline'}</h2>
      <Timeline ctx={ctx} def={def} events={props.events} fileHref={fileHref} names={props.names} />
      <h2>{th ? 'ข้อมูลในคำขอ' : 'The application'}</h2>
      <AnswersSummary
        ctx={ctx}
        def={def}
        answers={record.answers ?? {}}
        fileHref={(f) => fileHref(f.id)}
      />
    </Layout>
  );
}

export function DashboardPage(props: {
  ctx: PageContext;
  row: DefinitionRow;
  def: EServiceDefinition;
  perDay: Array<{ day: string; n: number }>;
  median: { medianDays: number | null; decisions: number };
  counts: Array<{ status: string; n: number }>;
}) {
  const { ctx, def, row } = props;
  const lang: Lang = ctx.lang;
  const th = lang === 'th';
  const title = `${th ? 'แดชบอร์ด' : 'Dashboard'} · ${pick(def.title, lang)}`;
  const total = props.perDay.reduce((s, d) => s + d.n, 0);
  return (
    <Layout ctx={ctx} title={title}>
      <p>
        <a href={`/backoffice/eservices/${row.id}`}>{th ? '← กลับไปที่คิว' : '← Back to the queue'}</a>
      </p>
      <h1>{title}</h1>
      <ul class="grid plain">
        <li class="card">
          <h2>{th ? 'คำขอใน 30 วัน' : 'Applications, 30 days'}</h2>
          <p class="lead">{formatNumber(total, lang)}</p>
        </li>
        <li class="card">
          <h2>{th ? 'ระยะเวลาพิจารณา (มัธยฐาน)' : 'Median time to decision'}</h2>
          <p class="lead">
            {props.median.medianDays === null
              ? th
                ? 'ยังไม่มีการตัดสิน'
                : 'No decisions yet'
              : th
                ? `${props.median.medianDays.toFixed(1)} วัน`
                : `${props.median.medianDays.toFixed(1)} days`}
          </p>
          <p class="muted">
            {th
              ? `จาก ${formatNumber(props.median.decisions, lang)} คำขอที่ตัดสินแล้ว · เป้าหมาย ${def.slaDays} วัน`
              : `over ${formatNumber(props.median.decisions, lang)} decisions · target ${def.slaDays} days`}
          </p>
        </li>
      </ul>
      <h2>{th ? 'จำนวนคำขอต่อวัน' : 'Applications per day'}</h2>
      <BarChart
        id="volume"
        title={th ? 'จำนวนคำขอที่ยื่นต่อวัน 30 วันล่าสุด' : 'Applications sent per day, last 30 days'}
        description={
          th
            ? `รวม ${total} คำขอ สูงสุด ${Math.max(0, ...props.perDay.map((d) => d.n))} คำขอต่อวัน`
            : `${total} in total, at most ${Math.max(0, ...props.perDay.map((d) => d.n))} in one day`
        }
        data={props.perDay.map((d) => ({
          label: formatDate(d.day, lang),
          short: d.day.slice(8),
          value: d.n,
        }))}
        labelHeader={th ? 'วันที่' : 'Day'}
        valueHeader={th ? 'ตารางข้อมูลของแผนภูมิ' : 'Chart data as a table'}
      />
      <DataTable
        caption={th ? 'คำขอตามสถานะ' : 'Applications by status'}
        rows={props.counts}
        columns={[
          { header: th ? 'สถานะ' : 'Status', cell: (c) => statusLabel(def, c.status, lang) },
          { header: th ? 'จำนวน' : 'Count', cell: (c) => formatNumber(c.n, lang), numeric: true },
        ]}
      />
    </Layout>
  );
}
