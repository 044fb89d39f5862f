import { formatDate, type Lang, t } from '../../../platform/i18n/index.ts';
import {
  Button,
  DataTable,
  ErrorSummary,
  Form,
  Notice,
  TextArea,
  TextField,
} from '../../../platform/views/components.tsx';
import type { PageContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import type { LocalAdministration } from '../../directory/administrations.ts';
import {
  administrationName,
  Pagination,
  provinceName,
  typeName,
} from '../../directory/pages/parts.tsx';
import type { AddressViolation } from '../address-rules.ts';
import type { RegistrationStatus } from '../lifecycle.ts';
import type { HistoryRow, RegistrationRow } from '../store.ts';
import { DnsCheckView, HistoryTable, statusLabel } from './parts.tsx';

function date(value: Date | null, lang: Lang) {
  return value ? formatDate(value, lang, { withTime: true }) : '-';
}

// --- Public look-up ----------------------------------------------------------------------

export function LookupPage(props: {
  ctx: PageContext;
  address: string;
  error?: string | undefined;
  result: { registration: RegistrationRow; administration: LocalAdministration } | null;
  searched: boolean;
}) {
  const { ctx, result } = props;
  const th = ctx.lang === 'th';
  const lang = ctx.lang;
  const title = th ? 'ตรวจสอบอีเมลกลางของ อปท.' : "Check an administration's official address";
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p class="lead">
        {th
          ? 'ได้รับอีเมลที่อ้างว่ามาจากองค์กรปกครองส่วนท้องถิ่น? ตรวจว่าที่อยู่นั้นเป็นอีเมลกลางที่ขึ้นทะเบียนไว้จริงหรือไม่'
          : 'Received mail that claims to come from a local administration? Check that the address is its registered official one.'}
      </p>
      <ErrorSummary errors={props.error ? { address: props.error } : {}} lang={lang} />
      <Form ctx={ctx} action="/localgov/email" method="get">
        <TextField
          name="address"
          type="email"
          label={th ? 'ที่อยู่อีเมล' : 'E-mail address'}
          hint={th ? 'เช่น saraban@chiangkhan.go.th' : 'e.g. saraban@chiangkhan.go.th'}
          value={props.address}
          error={props.error}
          autocomplete="off"
          inputMode="email"
        />
        <div class="actions">
          <Button>{th ? 'ตรวจสอบ' : 'Check'}</Button>
        </div>
      </Form>
      {props.searched && !props.error && (
        <section aria-labelledby="lookup-result">
          <h2 id="lookup-result">{th ? 'ผลการตรวจสอบ' : 'Result'}</h2>
          {result ? (
            <Notice kind="success">
              <p>
                {th ? (
                  <>
                    <strong>{result.registration.address}</strong> เป็นอีเมลกลางที่ขึ้นทะเบียนของ{' '}
                    <a href={`/localgov/directory/${result.administration.code}`}>
                      {result.administration.nameTh}
                    </a>{' '}
                    จังหวัด{provinceName(result.administration.provinceCode, 'th')}
                  </>
                ) : (
                  <>
                    <strong>{result.registration.address}</strong> is the registered official
                    address of{' '}
                    <a href={`/localgov/directory/${result.administration.code}`}>
                      {result.administration.nameEn}
                    </a>
                    , {provinceName(result.administration.provinceCode, 'en')}
                  </>
                )}
              </p>
              <p>
                {th ? 'อนุมัติเมื่อ ' : 'Approved '}
                {date(result.registration.approved_at, lang)}
                {result.registration.status === 'reconfirmation_due' &&
                  (th ? ' (อยู่ระหว่างการยืนยันประจำปี)' : ' (yearly confirmation in progress)')}
              </p>
            </Notice>
          ) : (
            <Notice kind="warning">
              {th
                ? `${props.address} ไม่ใช่อีเมลกลางที่ขึ้นทะเบียนของ อปท. ใด โปรดระวังอีเมลที่แอบอ้างเป็นหน่วยงาน`
                : `${props.address} is not the registered official address of any administration. Beware of mail pretending to come from one.`}
            </Notice>
          )}
        </section>
      )}
      <p class="muted">
        {th ? 'สำหรับโปรแกรม: ' : 'For programs: '}
        <code>/api/localgov/email-registry/lookup?address=…</code>,{' '}
        <a href="/api/localgov/email-registry.csv">CSV</a>,{' '}
        <a href="/api/localgov/email-registry.json">JSON</a>
      </p>
    </Layout>
  );
}

// --- Officers ----------------------------------------------------------------------------

export function OfficerHomePage(props: {
  ctx: PageContext;
  administrations: LocalAdministration[];
}) {
  const { ctx } = props;
  const th = ctx.lang === 'th';
  const title = th ? 'สำหรับเจ้าหน้าที่ อปท.' : 'For officers of local administrations';
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      {props.administrations.length === 0 ? (
        <Notice kind="warning">
          {th
            ? 'บัญชีของคุณยังไม่ได้รับสิทธิ์เจ้าหน้าที่ของ อปท. ใด กรุณาติดต่อผู้ดูแลระบบของหน่วยงาน'
            : 'Your account is not an officer of any local administration yet; ask your administrator.'}
        </Notice>
      ) : (
        <DataTable
          caption={th ? 'อปท. ที่คุณเป็นเจ้าหน้าที่' : 'Administrations you are an officer of'}
          rows={props.administrations}
          columns={[
            {
              header: th ? 'ชื่อ' : 'Name',
              cell: (a) => administrationName(a, ctx.lang),
            },
            { header: th ? 'ประเภท' : 'Type', cell: (a) => typeName(a.type, ctx.lang) },
            {
              header: th ? 'อีเมลกลาง' : 'Official e-mail',
              cell: (a) => (
                <a href={`/localgov/directory/${a.code}/email`}>
                  {th ? 'ขึ้นทะเบียน / ดูสถานะ' : 'Register / see status'}
                </a>
              ),
            },
          ]}
        />
      )}
    </Layout>
  );
}

const NOTICES: Record<string, { th: string; en: string }> = {
  registered: {
    th: 'ส่งลิงก์ยืนยันไปยังที่อยู่ที่ขึ้นทะเบียนแล้ว ผู้ดูแลกล่องจดหมายนั้นต้องเปิดลิงก์และกดยืนยันภายใน 72 ชั่วโมง',
    en: 'A confirmation link was sent to the address. Whoever runs that mailbox must open it and confirm within 72 hours.',
  },
  resent: {
    th: 'ส่งลิงก์ยืนยันใหม่แล้ว ลิงก์เดิมใช้ไม่ได้อีก',
    en: 'A new link was sent; the old one no longer works.',
  },
  withdrawn: { th: 'ยกเลิกคำขอแล้ว', en: 'The registration was withdrawn.' },
  approved: {
    th: 'อนุมัติแล้ว ที่อยู่นี้แสดงในทะเบียนสาธารณะแล้ว',
    en: 'Approved: the address is now in the public registry.',
  },
  rejected: {
    th: 'บันทึกการไม่อนุมัติและแจ้ง อปท. แล้ว',
    en: 'Rejected; the administration has been told why.',
  },
  dns: { th: 'ตรวจ DNS อีกครั้งแล้ว', en: 'DNS checked again.' },
};

export function noticeText(key: string | undefined, lang: Lang): string | null {
  const n = key ? NOTICES[key] : undefined;
  return n ? n[lang] : null;
}

export function ManagePage(props: {
  ctx: PageContext;
  administration: LocalAdministration;
  official: RegistrationRow | null;
  pending: RegistrationRow | null;
  history: HistoryRow[];
  names: Map<string, string>;
  values: Record<string, string>;
  errors: Record<string, string>;
  violations: AddressViolation[];
  notice: string | null;
}) {
  const { ctx, administration: a, official, pending } = props;
  const th = ctx.lang === 'th';
  const lang = ctx.lang;
  const name = administrationName(a, lang);
  const title = th ? `อีเมลกลางของ${a.nameTh}` : `Official address of ${a.nameEn}`;
  const example = `saraban@${a.domain ?? 'example.go.th'}`;
  return (
    <Layout ctx={ctx} title={title}>
      <p>
        <a href={`/localgov/directory/${a.code}`}>‹ {name}</a>
      </p>
      <h1>{title}</h1>
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      <h2>{th ? 'อีเมลกลางปัจจุบัน' : 'Current official address'}</h2>
      {official ? (
        <dl>
          <dt>{th ? 'ที่อยู่' : 'Address'}</dt>
          <dd>{official.address}</dd>
          <dt>{th ? 'สถานะ' : 'Status'}</dt>
          <dd>{statusLabel(official.status, lang)}</dd>
          <dt>{th ? 'ต้องยืนยันประจำปีภายใน' : 'Confirm again by'}</dt>
          <dd>
            {official.status === 'reconfirmation_due'
              ? date(official.lapse_at, lang)
              : date(official.reconfirm_by, lang)}
          </dd>
        </dl>
      ) : (
        <p>{th ? 'ยังไม่มีอีเมลกลางที่อนุมัติ' : 'No approved official address yet.'}</p>
      )}
      {official?.status === 'reconfirmation_due' && (
        <Form ctx={ctx} action={`/localgov/directory/${a.code}/email/resend`}>
          <p>
            {th
              ? 'ถึงกำหนดยืนยันประจำปีแล้ว ระบบส่งลิงก์ไปที่อีเมลกลางแล้ว หากไม่ได้รับ ขอส่งใหม่ได้'
              : 'The yearly confirmation is due and a link was mailed to the address; ask for a new one if it did not arrive.'}
          </p>
          <div class="actions">
            <Button variant="secondary">
              {th ? 'ส่งลิงก์ยืนยันประจำปีใหม่' : 'Send the yearly link again'}
            </Button>
          </div>
        </Form>
      )}

      {pending && (
        <section aria-labelledby="pending-title">
          <h2 id="pending-title">{th ? 'คำขอที่รอดำเนินการ' : 'Pending registration'}</h2>
          <dl>
            <dt>{th ? 'ที่อยู่' : 'Address'}</dt>
            <dd id="pending-address">{pending.address}</dd>
            <dt>{th ? 'สถานะ' : 'Status'}</dt>
            <dd id="pending-status">{statusLabel(pending.status, lang)}</dd>
            <dt>{th ? 'ขอเมื่อ' : 'Registered'}</dt>
            <dd>{date(pending.registered_at, lang)}</dd>
          </dl>
          <h3>{th ? 'ผลตรวจ DNS ของโดเมน' : "The domain's DNS"}</h3>
          <DnsCheckView lang={lang} result={pending.dns_check} />
          <div class="actions">
            {pending.status === 'pending_confirmation' && (
              <Form ctx={ctx} action={`/localgov/directory/${a.code}/email/resend`}>
                <Button variant="secondary">{th ? 'ส่งลิงก์ยืนยันใหม่' : 'Send the link again'}</Button>
              </Form>
            )}
            <Form ctx={ctx} action={`/localgov/directory/${a.code}/email/withdraw`}>
              <Button variant="danger">{th ? 'ยกเลิกคำขอ' : 'Withdraw'}</Button>
            </Form>
          </div>
        </section>
      )}

      <h2 id="register">
        {official || pending
          ? th
            ? 'ขึ้นทะเบียนที่อยู่ใหม่'
            : 'Register a new address'
          : th
            ? 'ขึ้นทะเบียนอีเมลกลาง'
            : 'Register the official address'}
      </h2>
      <p>
        {th
          ? `ตามระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ (ฉบับที่ 4) พ.ศ. 2564 อีเมลกลางต้องขึ้นต้นด้วย saraban และอยู่บนโดเมน .go.th หรือโดเมนของ อปท. เช่น ${example} ระบบจะส่งลิงก์ยืนยันไปยังที่อยู่นั้น แล้วเจ้าหน้าที่ทะเบียนจะพิจารณาอนุมัติ`
          : `Under the Correspondence Regulation (No. 4) B.E. 2564 the official address begins with "saraban" and is on a .go.th domain or the administration's own, e.g. ${example}. A confirmation link is mailed to it; then a registry officer approves it.`}
      </p>
      {props.violations.length > 1 && (
        <div class="error-summary" role="alert" aria-labelledby="rules-title" tabindex={-1}>
          <h2 id="rules-title">
            {th ? 'ที่อยู่นี้ไม่เป็นไปตามกฎต่อไปนี้' : 'This address breaks these rules'}
          </h2>
          <ul>
            {props.violations.map((v) => (
              <li key={v.rule}>
                <a href="#f-address">{t(lang, v.rule, v.params)}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {props.violations.length <= 1 && <ErrorSummary errors={props.errors} lang={lang} />}
      <Form ctx={ctx} action={`/localgov/directory/${a.code}/email`}>
        <TextField
          name="address"
          type="email"
          label={th ? 'อีเมลกลาง' : 'Official address'}
          hint={th ? `เช่น ${example}` : `e.g. ${example}`}
          value={props.values.address}
          error={props.errors.address}
          autocomplete="off"
          inputMode="email"
          required
        />
        <div class="actions">
          <Button>{th ? 'ขึ้นทะเบียนและส่งลิงก์ยืนยัน' : 'Register and send the link'}</Button>
        </div>
      </Form>

      <HistoryTable
        lang={lang}
        rows={props.history}
        names={props.names}
        caption={th ? 'ประวัติการเปลี่ยนแปลง' : 'History'}
      />
    </Layout>
  );
}

// --- Confirmation link ---------------------------------------------------------------------

export function ConfirmPage(props: {
  ctx: PageContext;
  token: string;
  registration: RegistrationRow;
  administration: LocalAdministration;
  purpose: 'registration' | 'reconfirmation';
}) {
  const { ctx, registration: r, administration: a } = props;
  const th = ctx.lang === 'th';
  const title = th ? 'ยืนยันอีเมลกลาง' : 'Confirm the official address';
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p class="lead">
        {props.purpose === 'reconfirmation'
          ? th
            ? `ยืนยันว่า ${r.address} ยังเป็นอีเมลกลางของ${a.nameTh} สำหรับอีกหนึ่งปี`
            : `Confirm that ${r.address} is still the official address of ${a.nameEn} for another year.`
          : th
            ? `ยืนยันว่า ${r.address} เป็นกล่องจดหมายที่${a.nameTh}ดูแล และขอขึ้นทะเบียนเป็นอีเมลกลาง`
            : `Confirm that ${a.nameEn} runs the mailbox ${r.address} and wants it registered as its official address.`}
      </p>
      <Form ctx={ctx} action={`/localgov/email/confirm/${props.token}`}>
        <div class="actions">
          <Button>{th ? 'ยืนยัน' : 'Confirm'}</Button>
        </div>
      </Form>
      <p class="muted">
        {th
          ? 'หากหน่วยงานไม่ได้ขอขึ้นทะเบียน ไม่ต้องกดยืนยัน ปิดหน้านี้ได้เลย'
          : 'If nobody at the administration asked for this, do not confirm; just close this page.'}
      </p>
    </Layout>
  );
}

export function ConfirmedPage(props: {
  ctx: PageContext;
  registration: RegistrationRow;
  administration: LocalAdministration;
}) {
  const { ctx, registration: r, administration: a } = props;
  const th = ctx.lang === 'th';
  const title = th ? 'ยืนยันแล้ว' : 'Confirmed';
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <Notice kind="success">
        {r.status === 'pending_approval'
          ? th
            ? `ยืนยัน ${r.address} แล้ว คำขอของ${a.nameTh}อยู่ระหว่างการพิจารณาของเจ้าหน้าที่ทะเบียน`
            : `${r.address} is confirmed. ${a.nameEn}'s registration now waits for a registry officer.`
          : th
            ? `ยืนยัน ${r.address} ประจำปีแล้ว ที่อยู่นี้ยังเป็นอีเมลกลางของ${a.nameTh}`
            : `${r.address} is confirmed for another year as ${a.nameEn}'s official address.`}
      </Notice>
      <p>
        <a href={`/localgov/directory/${a.code}`}>
          {th ? `ไปที่หน้า${a.nameTh}` : `Go to ${a.nameEn}`}
        </a>
      </p>
    </Layout>
  );
}

// --- Registry officers ---------------------------------------------------------------------

export interface QueueRow {
  registration: RegistrationRow;
  administration: LocalAdministration | null;
}

export function QueuePage(props: {
  ctx: PageContext;
  status: RegistrationStatus;
  statuses: readonly RegistrationStatus[];
  rows: QueueRow[];
  total: number;
  limit: number;
  offset: number;
}) {
  const { ctx } = props;
  const th = ctx.lang === 'th';
  const lang = ctx.lang;
  const title = th ? 'ทะเบียนอีเมลกลาง: คำขอ' : 'Official e-mail registry: registrations';
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <nav aria-label={th ? 'สถานะ' : 'Status'}>
        <ul class="plain">
          {props.statuses.map((s) => (
            <li key={s}>
              <a
                href={`/localgov/email-registry?status=${s}`}
                aria-current={s === props.status ? 'page' : undefined}
              >
                {statusLabel(s, lang)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <DataTable
        caption={
          th
            ? `${statusLabel(props.status, lang)}: ${props.total.toLocaleString('th-TH')} รายการ`
            : `${statusLabel(props.status, lang)}: ${props.total.toLocaleString('en-US')}`
        }
        rows={props.rows}
        empty={th ? 'ไม่มีรายการ' : 'Nothing here'}
        columns={[
          {
            header: th ? 'ที่อยู่' : 'Address',
            cell: (r) => (
              <a href={`/localgov/email-registry/${r.registration.id}`}>{r.registration.address}</a>
            ),
          },
          {
            header: th ? 'อปท.' : 'Administration',
            cell: (r) => (r.administration ? administrationName(r.administration, lang) : '-'),
          },
          {
            header: th ? 'จังหวัด' : 'Province',
            cell: (r) =>
              r.administration ? provinceName(r.administration.provinceCode, lang) : '-',
          },
          {
            header: 'DNS',
            cell: (r) =>
              r.registration.dns_check?.performed
                ? r.registration.dns_check.passed
                  ? th
                    ? 'ครบ'
                    : 'Complete'
                  : th
                    ? 'ไม่ครบ'
                    : 'Incomplete'
                : '-',
          },
          {
            header: th ? 'ขอเมื่อ' : 'Registered',
            cell: (r) => date(r.registration.registered_at, lang),
          },
        ]}
      />
      <Pagination
        lang={lang}
        total={props.total}
        limit={props.limit}
        offset={props.offset}
        href={(page) => `/localgov/email-registry?status=${props.status}&page=${page}`}
      />
    </Layout>
  );
}

export function ReviewPage(props: {
  ctx: PageContext;
  registration: RegistrationRow;
  administration: LocalAdministration;
  history: HistoryRow[];
  names: Map<string, string>;
  errors: Record<string, string>;
  values: Record<string, string>;
  notice: string | null;
}) {
  const { ctx, registration: r, administration: a } = props;
  const th = ctx.lang === 'th';
  const lang = ctx.lang;
  const title = th ? `คำขอขึ้นทะเบียน ${r.address}` : `Registration of ${r.address}`;
  return (
    <Layout ctx={ctx} title={title}>
      <p>
        <a href="/localgov/email-registry">{th ? '‹ รายการคำขอ' : '‹ Registrations'}</a>
      </p>
      <h1>{title}</h1>
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      <ErrorSummary errors={props.errors} lang={lang} />
      <dl>
        <dt>{th ? 'อปท.' : 'Administration'}</dt>
        <dd>
          <a href={`/localgov/directory/${a.code}`}>{administrationName(a, lang)}</a> ({a.code},{' '}
          {provinceName(a.provinceCode, lang)})
        </dd>
        <dt>{th ? 'โดเมนที่ อปท. จดทะเบียน' : "Administration's registered domain"}</dt>
        <dd>{a.domain ?? '-'}</dd>
        <dt>{th ? 'สถานะ' : 'Status'}</dt>
        <dd id="registration-status">{statusLabel(r.status, lang)}</dd>
        <dt>{th ? 'ขอโดย' : 'Registered by'}</dt>
        <dd>
          {props.names.get(r.registered_by) ?? r.registered_by}, {date(r.registered_at, lang)}
        </dd>
        <dt>{th ? 'ยืนยันทางอีเมลเมื่อ' : 'Confirmed by e-mail'}</dt>
        <dd>{date(r.confirmed_at, lang)}</dd>
        {r.decision_reason && (
          <>
            <dt>{th ? 'เหตุผล' : 'Reason'}</dt>
            <dd>{r.decision_reason}</dd>
          </>
        )}
      </dl>
      <h2>{th ? 'ผลตรวจ DNS ของโดเมน' : "The domain's DNS"}</h2>
      <DnsCheckView lang={lang} result={r.dns_check} />
      <Form ctx={ctx} action={`/localgov/email-registry/${r.id}/dns-check`}>
        <div class="actions">
          <Button variant="secondary">{th ? 'ตรวจ DNS อีกครั้ง' : 'Check DNS again'}</Button>
        </div>
      </Form>
      {r.status === 'pending_approval' && (
        <section aria-labelledby="decide-title">
          <h2 id="decide-title">{th ? 'พิจารณา' : 'Decide'}</h2>
          <Form ctx={ctx} action={`/localgov/email-registry/${r.id}/approve`}>
            <div class="actions">
              <Button>{th ? 'อนุมัติ' : 'Approve'}</Button>
            </div>
          </Form>
          <Form ctx={ctx} action={`/localgov/email-registry/${r.id}/reject`}>
            <TextArea
              name="reason"
              label={th ? 'เหตุผลที่ไม่อนุมัติ' : 'Reason for rejecting'}
              hint={
                th
                  ? 'อปท. จะเห็นเหตุผลนี้ในอีเมลแจ้งผล'
                  : 'The administration reads this in the decision e-mail'
              }
              value={props.values.reason}
              error={props.errors.reason}
              rows={3}
            />
            <div class="actions">
              <Button variant="danger">{th ? 'ไม่อนุมัติ' : 'Reject'}</Button>
            </div>
          </Form>
        </section>
      )}
      {r.status === 'pending_confirmation' && (
        <Notice>
          {th
            ? 'ยังรอผู้ดูแลกล่องจดหมายยืนยันผ่านลิงก์ในอีเมล จึงยังพิจารณาไม่ได้'
            : 'The mailbox holder has not followed the confirmation link yet, so it cannot be decided.'}
        </Notice>
      )}
      <HistoryTable
        lang={lang}
        rows={props.history}
        names={props.names}
        caption={th ? 'ประวัติ' : 'History'}
      />
    </Layout>
  );
}
