import { formatDate, type Lang, pick, t } from '../../../platform/i18n/index.ts';
import {
  Button,
  DataTable,
  ErrorSummary,
  Form,
  LinkButton,
  Notice,
  TextArea,
} from '../../../platform/views/components.tsx';
import type { PageContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import type { ApplicationRow, EventRow, NotificationRow } from '../store.ts';
import type { EServiceDefinition, Transition } from '../types.ts';
import { AnswersSummary, statusLabel, Timeline } from './common.tsx';

export function MyApplicationsPage(props: {
  ctx: PageContext;
  items: Array<{
    id: string;
    status: string;
    tracking_no: string | null;
    title_th: string;
    title_en: string;
    created_at: Date;
    submitted_at: Date | null;
    statusText: string;
  }>;
  unread: number;
}) {
  const { ctx } = props;
  const th = ctx.lang === 'th';
  const title = th ? 'คำขอของฉัน' : 'My applications';
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p>
        <a href="/inbox">{th ? 'กล่องข้อความแจ้งเตือน' : 'Notification inbox'}</a>
        {props.unread > 0 && (
          <strong class="tag">{th ? ` ใหม่ ${props.unread} ข้อความ` : ` ${props.unread} new`}</strong>
        )}
      </p>
      <DataTable
        caption={th ? 'ล่าสุดก่อน' : 'Newest first'}
        rows={props.items}
        empty={th ? 'ยังไม่มีคำขอ' : 'No applications yet'}
        columns={[
          {
            header: th ? 'บริการ' : 'Service',
            cell: (r) => <a href={`/applications/${r.id}`}>{th ? r.title_th : r.title_en}</a>,
          },
          { header: th ? 'เลขที่คำขอ' : 'Tracking number', cell: (r) => r.tracking_no ?? '—' },
          { header: th ? 'สถานะ' : 'Status', cell: (r) => r.statusText },
          {
            header: th ? 'วันที่' : 'Date',
            cell: (r) => formatDate(r.submitted_at ?? r.created_at, ctx.lang),
          },
        ]}
      />
    </Layout>
  );
}

export function ApplicationPage(props: {
  ctx: PageContext;
  def: EServiceDefinition;
  record: ApplicationRow;
  events: EventRow[];
  actions: Array<{ transition: Transition; token: string }>;
  letter: string | null;
  justSubmitted: boolean;
  errors: Record<string, string>;
  values: Record<string, string>;
  errorAction?: string;
}) {
  const { ctx, def, record } = props;
  const lang = ctx.lang;
  const th = lang === 'th';
  const title = pick(def.title, lang);
  const fileHref = (id: string) => `/applications/${record.id}/files/${id}`;
  return (
    <Layout ctx={ctx} title={`${record.tracking_no ?? ''} ${title}`}>
      <p class="muted">{title}</p>
      <h1>{th ? `คำขอเลขที่ ${record.tracking_no}` : `Application ${record.tracking_no}`}</h1>
      {props.justSubmitted && (
        <Notice kind="success">
          <p>
            <strong>
              {th
                ? `ยื่นคำขอแล้ว เลขที่คำขอของคุณคือ ${record.tracking_no}`
                : `Application sent. Your tracking number is ${record.tracking_no}`}
            </strong>
          </p>
          <p>
            {th
              ? `เก็บเลขนี้ไว้เพื่อติดตามสถานะ ระบบจะแจ้งทุกครั้งที่สถานะเปลี่ยน หน่วยงานจะพิจารณาภายใน ${def.slaDays} วัน`
              : `Keep this number to follow your application. We notify you at every change; the agency decides within ${def.slaDays} days.`}
          </p>
        </Notice>
      )}
      <p class="lead">
        {th ? 'สถานะ: ' : 'Status: '}
        <strong>{statusLabel(def, record.status, lang)}</strong>
      </p>
      {record.submitted_at && (
        <p>
          {th ? 'ยื่นเมื่อ ' : 'Sent on '}
          {formatDate(record.submitted_at, lang, { withTime: true })}
          {record.due_at && !record.outcome && (
            <>
              {th ? ' · กำหนดพิจารณาเสร็จภายใน ' : ' · decision due by '}
              {formatDate(record.due_at, lang)}
            </>
          )}
        </p>
      )}
      {props.letter && (
        <section>
          <h2>{th ? 'ผลการพิจารณา' : 'Decision'}</h2>
          <div class="mail-body">{props.letter}</div>
          <p>
            <a href={`/applications/${record.id}/result`}>
              {th ? 'หนังสือแจ้งผล (พิมพ์ได้)' : 'Decision letter (printable)'}
            </a>
          </p>
        </section>
      )}
      {props.actions.map(({ transition, token }) => {
        const needsText = transition.needs === 'message' || transition.needs === 'reason';
        const failed = props.errorAction === transition.action;
        const errors = failed ? props.errors : {};
        return (
          <section key={transition.action}>
            <h2>{pick(transition.label, lang)}</h2>
            <ErrorSummary errors={errors} lang={lang} />
            <Form
              ctx={ctx}
              action={`/applications/${record.id}/act`}
              multipart={transition.needs === 'message'}
            >
              <input type="hidden" name="action" value={transition.action} />
              <input type="hidden" name="_token" value={token} />
              {needsText || transition.action !== 'withdraw' ? (
                <TextArea
                  name={`text.${transition.action}`}
                  label={
                    transition.needs === 'message'
                      ? th
                        ? 'ข้อความถึงเจ้าหน้าที่'
                        : 'Your message to the officer'
                      : th
                        ? 'หมายเหตุ (ไม่บังคับ)'
                        : 'Note (optional)'
                  }
                  value={failed ? props.values[`text.${transition.action}`] : ''}
                  error={errors[`text.${transition.action}`]}
                />
              ) : (
                <p>
                  {th
                    ? 'เมื่อยกเลิกแล้ว หน่วยงานจะหยุดพิจารณาคำขอนี้ และย้อนกลับไม่ได้'
                    : 'Once withdrawn, the agency stops handling this application; this cannot be undone.'}
                </p>
              )}
              {transition.needs === 'message' && (
                <div class={errors.attachment ? 'field invalid' : 'field'}>
                  <label for="f-attachment">
                    {th ? 'ไฟล์แนบ (ไม่บังคับ)' : 'Attachment (optional)'}
                  </label>
                  <p class="hint" id="f-attachment-hint">
                    {th ? 'PDF, JPEG หรือ PNG ขนาดไม่เกิน 5 MB' : 'PDF, JPEG or PNG, at most 5 MB'}
                  </p>
                  {errors.attachment && (
                    <p class="field-error" id="f-attachment-error">
                      {errors.attachment}
                    </p>
                  )}
                  <input
                    type="file"
                    id="f-attachment"
                    name="attachment"
                    accept="application/pdf,.pdf,image/jpeg,.jpg,.jpeg,image/png,.png"
                    aria-describedby={
                      errors.attachment
                        ? 'f-attachment-hint f-attachment-error'
                        : 'f-attachment-hint'
                    }
                  />
                </div>
              )}
              <div class="actions">
                <Button variant={transition.action === 'withdraw' ? 'danger' : 'primary'}>
                  {pick(transition.label, lang)}
                </Button>
              </div>
            </Form>
          </section>
        );
      })}
      <h2>{th ? 'ความเคลื่อนไหว' : 'Timeline'}</h2>
      <Timeline ctx={ctx} def={def} events={props.events} fileHref={fileHref} />
      <h2>{th ? 'ข้อมูลที่ยื่น' : 'What you sent'}</h2>
      <AnswersSummary
        ctx={ctx}
        def={def}
        answers={record.answers ?? {}}
        fileHref={(f) => fileHref(f.id)}
      />
    </Layout>
  );
}

export function ResultLetterPage(props: {
  ctx: PageContext;
  def: EServiceDefinition;
  record: ApplicationRow;
  letter: string;
  organization: { th: string; en: string };
}) {
  const { ctx, def, record } = props;
  const th = ctx.lang === 'th';
  const title = th ? 'หนังสือแจ้งผลการพิจารณา' : 'Decision letter';
  return (
    <Layout ctx={ctx} title={`${title} ${record.tracking_no}`}>
      <p>{pick(props.organization, ctx.lang)}</p>
      <h1>{title}</h1>
      <p>
        {th ? 'เรื่อง ' : 'Subject: '}
        {pick(def.title, ctx.lang)} · {record.tracking_no}
      </p>
      <div class="mail-body">{props.letter}</div>
      <p class="muted">
        {th
          ? 'หนังสือนี้ออกโดยระบบ ตรวจสอบได้ด้วยเลขที่คำขอกับหน่วยงาน'
          : 'Issued by the system; the agency can confirm it by the tracking number.'}
      </p>
      <LinkButton variant="secondary" href={`/applications/${record.id}`}>
        {th ? 'กลับไปที่คำขอ' : 'Back to the application'}
      </LinkButton>
    </Layout>
  );
}

export function InboxPage(props: { ctx: PageContext; items: NotificationRow[]; unread: number }) {
  const { ctx } = props;
  const lang: Lang = ctx.lang;
  const th = lang === 'th';
  const title = th ? 'กล่องข้อความ' : 'Inbox';
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p>{th ? `ยังไม่ได้อ่าน ${props.unread} ข้อความ` : `${props.unread} unread`}</p>
      {props.unread > 0 && (
        <Form ctx={ctx} action="/inbox/read">
          <Button variant="secondary">
            {th ? 'ทำเครื่องหมายว่าอ่านแล้วทั้งหมด' : 'Mark all as read'}
          </Button>
        </Form>
      )}
      {props.items.length === 0 ? (
        <p>{th ? 'ยังไม่มีข้อความ' : 'No messages yet'}</p>
      ) : (
        <ul class="plain">
          {props.items.map((n) => (
            <li class="card" key={n.id}>
              <h2>
                {n.link || n.application_id ? (
                  <a href={n.link ?? `/applications/${n.application_id}`}>
                    {th ? n.title_th : n.title_en}
                  </a>
                ) : th ? (
                  n.title_th
                ) : (
                  n.title_en
                )}
                {!n.read_at && <span class="tag">{th ? ' ใหม่' : ' new'}</span>}
              </h2>
              <p class="muted">{formatDate(n.at, lang, { withTime: true })}</p>
              {(th ? n.body_th : n.body_en).split('\n').map((line, i) => (
                <p key={i}>{line}</p>
              ))}
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

export function translateError(
  lang: Lang,
  code: string,
  params: Record<string, string | number> = {},
) {
  return t(lang, code, params);
}
