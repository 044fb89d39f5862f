import { formatDate, formatNumber } from '../../platform/i18n/index.ts';
import {
  Button,
  DataTable,
  ErrorSummary,
  Form,
  Notice,
  SelectField,
  TextArea,
  TextField,
} from '../../platform/views/components.tsx';
import type { PageContext } from '../../platform/views/context.ts';
import { Layout } from '../../platform/views/layout.tsx';
import type { DataRequestRow } from '../store-community.ts';
import { Breadcrumbs, tx } from './ui.tsx';

export interface RequestView extends DataRequestRow {
  organizationTitle: string;
  datasetName: string | null;
  datasetTitle: string | null;
  voted: boolean;
}

function StateTag({ state, lang }: { state: DataRequestRow['state']; lang: 'th' | 'en' }) {
  const t = tx(lang);
  const text = {
    open: t('รอคำตอบ', 'Open'),
    answered: t('ตอบแล้ว', 'Answered'),
    declined: t('ไม่สามารถเปิดเผยได้', 'Declined'),
  }[state];
  return <span class="tag">{text}</span>;
}

function VoteForm(props: { ctx: PageContext; request: RequestView; signedIn: boolean }) {
  const t = tx(props.ctx.lang);
  if (!props.signedIn) return null;
  if (props.request.voted) return <span class="muted">{t('คุณโหวตแล้ว', 'You voted')}</span>;
  return (
    <Form ctx={props.ctx} action={`/data/requests/${props.request.id}/vote`}>
      <Button variant="secondary">
        {t('ต้องการข้อมูลนี้ด้วย', 'I want this too')}
        <span class="visually-hidden"> {props.request.title}</span>
      </Button>
    </Form>
  );
}

export function RequestsPage(props: {
  ctx: PageContext;
  requests: RequestView[];
  organizations: Array<{ id: string; title: string }>;
  signedIn: boolean;
  values: Record<string, string>;
  errors: Record<string, string>;
  notice?: string;
}) {
  const { ctx, values, errors } = props;
  const t = tx(ctx.lang);
  const title = t('ขอชุดข้อมูล', 'Data requests');
  const year = new Date().getUTCFullYear();
  return (
    <Layout ctx={ctx} title={title}>
      <Breadcrumbs
        lang={ctx.lang}
        items={[{ href: '/data', label: t('ข้อมูลเปิด', 'Open data') }, { label: title }]}
      />
      <h1>{title}</h1>
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      <p class="lead">
        {t(
          'ยังไม่พบข้อมูลที่ต้องการ? ขอให้หน่วยงานเปิดเผยได้ที่นี่ คำขอที่มีผู้ต้องการมากจะอยู่ด้านบน และใช้จัดทำผลสำรวจความต้องการชุดข้อมูลประจำปี',
          'Cannot find the data you need? Ask the responsible agency here. The most wanted requests come first and make the yearly survey of wanted data.',
        )}
      </p>
      <p>
        <a href={`/data/requests/survey/${year}`}>
          {t(`ผลสำรวจชุดข้อมูลที่ประชาชนต้องการ ปี ${year + 543}`, `Most-wanted data survey ${year}`)}
        </a>
      </p>
      <ul class="plain grid">
        {props.requests.map((r) => (
          <li class="card" key={r.id}>
            <h2>
              <a href={`/data/requests/${r.id}`}>{r.title}</a>
            </h2>
            <p class="muted">{r.organizationTitle}</p>
            <p>
              <StateTag state={r.state} lang={ctx.lang} />{' '}
              {t(
                `${formatNumber(r.vote_count, 'th')} คนต้องการ`,
                `${formatNumber(r.vote_count, 'en')} want it`,
              )}
            </p>
            <VoteForm ctx={ctx} request={r} signedIn={props.signedIn} />
          </li>
        ))}
      </ul>
      <h2 id="new-request">{t('ส่งคำขอชุดข้อมูล', 'Request a dataset')}</h2>
      {props.signedIn ? (
        <>
          <ErrorSummary errors={errors} lang={ctx.lang} />
          <Form ctx={ctx} action="/data/requests">
            <TextField
              name="title"
              label={t('ต้องการข้อมูลอะไร', 'What data do you need')}
              value={values.title}
              error={errors.title}
              required
            />
            <TextArea
              name="description"
              label={t('รายละเอียดและการนำไปใช้', 'Details and how you would use it')}
              value={values.description}
              error={errors.description}
            />
            <SelectField
              name="organization_id"
              label={t('หน่วยงานที่น่าจะมีข้อมูลนี้', 'The agency that probably holds it')}
              value={values.organization_id}
              error={errors.organization_id}
              placeholder={t('เลือกหน่วยงาน', 'Choose an agency')}
              options={props.organizations.map((o) => ({ value: o.id, label: o.title }))}
              required
            />
            <div class="actions">
              <Button>{t('ส่งคำขอ', 'Send the request')}</Button>
            </div>
          </Form>
        </>
      ) : (
        <p>
          {ctx.signInHref ? (
            <a href={`${ctx.signInHref}?next=${encodeURIComponent('/data/requests')}`}>
              {t('เข้าสู่ระบบ', 'Sign in')}
            </a>
          ) : (
            t('เข้าสู่ระบบ', 'Sign in')
          )}{' '}
          {t('เพื่อขอชุดข้อมูลหรือโหวต', 'to request data or vote.')}
        </p>
      )}
    </Layout>
  );
}

export function RequestPage(props: {
  ctx: PageContext;
  request: RequestView;
  signedIn: boolean;
  canAnswer: boolean;
  values: Record<string, string>;
  errors: Record<string, string>;
  notice?: string;
}) {
  const { ctx, request, values, errors } = props;
  const t = tx(ctx.lang);
  return (
    <Layout ctx={ctx} title={request.title}>
      <Breadcrumbs
        lang={ctx.lang}
        items={[
          { href: '/data', label: t('ข้อมูลเปิด', 'Open data') },
          { href: '/data/requests', label: t('ขอชุดข้อมูล', 'Data requests') },
          { label: request.title },
        ]}
      />
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      <h1>{request.title}</h1>
      <p>
        <StateTag state={request.state} lang={ctx.lang} />{' '}
        {t(
          `${formatNumber(request.vote_count, 'th')} คนต้องการ`,
          `${formatNumber(request.vote_count, 'en')} want it`,
        )}{' '}
        · {request.organizationTitle} · {formatDate(request.created_at, ctx.lang)}
      </p>
      {request.description && <p class="lead">{request.description}</p>}
      <VoteForm ctx={ctx} request={request} signedIn={props.signedIn} />
      {request.state !== 'open' && (
        <>
          <h2>{t('คำตอบจากหน่วยงาน', 'The agency’s answer')}</h2>
          <p>{request.answer}</p>
          {request.datasetName && (
            <p>
              {t('ชุดข้อมูล: ', 'Dataset: ')}
              <a href={`/data/dataset/${request.datasetName}`}>
                {request.datasetTitle ?? request.datasetName}
              </a>
            </p>
          )}
        </>
      )}
      {props.canAnswer && (
        <>
          <h2>{t('ตอบคำขอ (สำหรับหน่วยงาน)', 'Answer (for the agency)')}</h2>
          <ErrorSummary errors={errors} lang={ctx.lang} />
          <Form ctx={ctx} action={`/data/requests/${request.id}/answer`}>
            <SelectField
              name="state"
              label={t('ผลการพิจารณา', 'Decision')}
              value={values.state ?? 'answered'}
              error={errors.state}
              options={[
                { value: 'answered', label: t('เปิดเผยแล้ว', 'Published') },
                { value: 'declined', label: t('ไม่สามารถเปิดเผยได้', 'Cannot be published') },
              ]}
            />
            <TextArea
              name="answer"
              label={t('คำตอบ', 'Answer')}
              value={values.answer}
              error={errors.answer}
              required
            />
            <TextField
              name="dataset"
              label={t('ชื่อย่อ URL ของชุดข้อมูลที่ตอบคำขอ', 'URL name of the dataset that answers it')}
              hint={t('เว้นว่างได้ถ้าไม่สามารถเปิดเผย', 'Leave empty when declining')}
              value={values.dataset}
              error={errors.dataset}
            />
            <div class="actions">
              <Button>{t('บันทึกคำตอบ', 'Save the answer')}</Button>
            </div>
          </Form>
        </>
      )}
    </Layout>
  );
}

export function SurveyPage(props: {
  ctx: PageContext;
  year: number;
  requests: RequestView[];
  byOrganization: Array<{ title: string; requests: number; votes: number; answered: number }>;
}) {
  const { ctx } = props;
  const t = tx(ctx.lang);
  const title = t(
    `ผลสำรวจชุดข้อมูลที่ประชาชนต้องการ ปี ${props.year + 543}`,
    `Most-wanted data survey ${props.year}`,
  );
  return (
    <Layout ctx={ctx} title={title}>
      <Breadcrumbs
        lang={ctx.lang}
        items={[
          { href: '/data', label: t('ข้อมูลเปิด', 'Open data') },
          { href: '/data/requests', label: t('ขอชุดข้อมูล', 'Data requests') },
          { label: title },
        ]}
      />
      <h1>{title}</h1>
      <p class="lead">
        {t(
          'สรุปจากคำขอชุดข้อมูลที่ส่งเข้ามาในปี เรียงตามจำนวนผู้ต้องการ (หนึ่งบัญชีโหวตได้หนึ่งครั้งต่อคำขอ)',
          'From the data requests sent during the year, ranked by how many people want them (one vote per account per request).',
        )}
      </p>
      <DataTable
        caption={t('ชุดข้อมูลที่ต้องการมากที่สุด', 'Most wanted data')}
        rows={props.requests}
        empty={t('ไม่มีคำขอในปีนี้', 'No requests in this year.')}
        columns={[
          {
            header: t('อันดับ', 'Rank'),
            numeric: true,
            cell: (r) => String(props.requests.indexOf(r) + 1),
          },
          {
            header: t('ข้อมูลที่ต้องการ', 'Data wanted'),
            cell: (r) => <a href={`/data/requests/${r.id}`}>{r.title}</a>,
          },
          { header: t('หน่วยงาน', 'Agency'), cell: (r) => r.organizationTitle },
          {
            header: t('ผู้ต้องการ', 'Votes'),
            numeric: true,
            cell: (r) => formatNumber(r.vote_count, ctx.lang),
          },
          {
            header: t('สถานะ', 'State'),
            cell: (r) => <StateTag state={r.state} lang={ctx.lang} />,
          },
        ]}
      />
      <DataTable
        caption={t('คำขอแยกตามหน่วยงาน', 'Requests by agency')}
        rows={props.byOrganization}
        columns={[
          { header: t('หน่วยงาน', 'Agency'), cell: (r) => r.title },
          {
            header: t('คำขอ', 'Requests'),
            numeric: true,
            cell: (r) => formatNumber(r.requests, ctx.lang),
          },
          {
            header: t('ผู้ต้องการรวม', 'Votes'),
            numeric: true,
            cell: (r) => formatNumber(r.votes, ctx.lang),
          },
          {
            header: t('ตอบแล้ว', 'Answered'),
            numeric: true,
            cell: (r) => formatNumber(r.answered, ctx.lang),
          },
        ]}
      />
    </Layout>
  );
}

export function TokensPage(props: {
  ctx: PageContext;
  tokens: Array<{ id: string; name: string; created_at: Date; last_access: Date | null }>;
  newToken?: string;
  errors: Record<string, string>;
}) {
  const { ctx } = props;
  const t = tx(ctx.lang);
  const title = t('API token ของฉัน', 'My API tokens');
  return (
    <Layout ctx={ctx} title={title}>
      <Breadcrumbs
        lang={ctx.lang}
        items={[{ href: '/data', label: t('ข้อมูลเปิด', 'Open data') }, { label: title }]}
      />
      <h1>{title}</h1>
      <p>
        {t(
          'ใช้ token ในส่วนหัว Authorization ของคำขอไปยัง API แบบ CKAN (/api/3/action/...) เช่น สำหรับเพิ่มชุดข้อมูลด้วยโปรแกรม',
          'Send a token in the Authorization header of requests to the CKAN API (/api/3/action/...), for example to publish datasets from a program.',
        )}
      </p>
      {props.newToken && (
        <Notice kind="success">
          <p>
            {t(
              'token ใหม่ของคุณ (แสดงครั้งเดียว เก็บไว้ในที่ปลอดภัย):',
              'Your new token (shown once; keep it safe):',
            )}
          </p>
          <p>
            <code>{props.newToken}</code>
          </p>
        </Notice>
      )}
      <DataTable
        caption={t('token ที่ใช้งานอยู่', 'Active tokens')}
        rows={props.tokens}
        empty={t('ยังไม่มี token', 'No tokens yet.')}
        columns={[
          { header: t('ชื่อ', 'Name'), cell: (r) => r.name },
          { header: t('สร้างเมื่อ', 'Created'), cell: (r) => formatDate(r.created_at, ctx.lang) },
          {
            header: t('ใช้ล่าสุด', 'Last used'),
            cell: (r) =>
              r.last_access ? formatDate(r.last_access, ctx.lang, { withTime: true }) : '—',
          },
          {
            header: t('ยกเลิก', 'Revoke'),
            cell: (r) => (
              <Form ctx={ctx} action={`/data/tokens/${r.id}/revoke`}>
                <Button variant="danger">
                  {t('ยกเลิก', 'Revoke')}
                  <span class="visually-hidden"> {r.name}</span>
                </Button>
              </Form>
            ),
          },
        ]}
      />
      <h2>{t('สร้าง token ใหม่', 'Create a token')}</h2>
      <ErrorSummary errors={props.errors} lang={ctx.lang} />
      <Form ctx={ctx} action="/data/tokens">
        <TextField
          name="name"
          label={t('ชื่อ token', 'Token name')}
          hint={t('เช่น ระบบนำเข้าข้อมูลรายวัน', 'e.g. nightly import')}
          error={props.errors.name}
          required
        />
        <div class="actions">
          <Button>{t('สร้าง token', 'Create the token')}</Button>
        </div>
      </Form>
    </Layout>
  );
}
