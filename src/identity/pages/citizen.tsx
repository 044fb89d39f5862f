import { formatDate, pick, type Text } from '../../platform/i18n/index.ts';
import { Button, DataTable, Form, Notice } from '../../platform/views/components.tsx';
import type { PageContext } from '../../platform/views/context.ts';
import { Layout } from '../../platform/views/layout.tsx';
import type { RegistryPerson } from '../../registry/index.ts';
import {
  formatCitizenId,
  formatEnglishDate,
  formatThaiDate,
  parsePartialDate,
} from '../../registry/index.ts';
import type { AccessLogRow } from '../access-log.ts';
import { claimLabels } from '../oidc/claims.ts';

/** The citizen's own pages: my data, my consents, my access log. */

export interface ConsentView {
  clientId: string;
  name: Text;
  purpose: Text;
  scopes: string[];
  grantedAt: Date;
}

const eventLabels: Record<AccessLogRow['event'], Text> = {
  id_token: { th: 'ตอนเข้าสู่ระบบ (ID token)', en: 'At sign-in (ID token)' },
  userinfo: { th: 'แอปพลิเคชันขอข้อมูล (userinfo)', en: 'The app asked for data (userinfo)' },
  introspection: {
    th: 'ระบบของหน่วยงานตรวจสอบสิทธิ์ (introspection)',
    en: "The agency's system checked a token (introspection)",
  },
};

function claimName(claim: string, lang: 'th' | 'en'): string {
  const label = claimLabels[claim] ?? claimLabels[claim.replace(/_verified$/, '')];
  if (claim === 'email' || claim === 'email_verified') return pick(claimLabels.email!, lang);
  if (claim === 'phone_number' || claim === 'phone_number_verified') {
    return pick(claimLabels.phone!, lang);
  }
  return label ? pick(label, lang) : claim;
}

function uniqueNames(claims: string[], lang: 'th' | 'en'): string {
  return [...new Set(claims.map((c) => claimName(c, lang)))].join(', ');
}

export function ConsentsPage(props: {
  ctx: PageContext;
  consents: ConsentView[];
  notice?: string;
}) {
  const { ctx } = props;
  const th = ctx.lang === 'th';
  const title = th ? 'ความยินยอมของฉัน' : 'My consents';
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p class="lead">
        {th
          ? 'แอปพลิเคชันที่คุณยินยอมให้ใช้ข้อมูล หากยกเลิก แอปพลิเคชันนั้นจะใช้สิทธิ์เดิมไม่ได้ทันที และต้องขอความยินยอมจากคุณใหม่ในครั้งต่อไป'
          : 'Apps you allowed to use your data. Withdrawing stops their current access at once; they must ask you again next time.'}
      </p>
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      {props.consents.length === 0 ? (
        <p>{th ? 'คุณยังไม่ได้ให้ความยินยอมแก่แอปพลิเคชันใด' : 'You have not given consent to any app.'}</p>
      ) : (
        props.consents.map((c) => (
          <section class="card" key={c.clientId}>
            <h2>{pick(c.name, ctx.lang)}</h2>
            <p>
              {th ? 'วัตถุประสงค์: ' : 'Purpose: '}
              {pick(c.purpose, ctx.lang)}
            </p>
            <p>
              {th ? 'ข้อมูลที่ยินยอม: ' : 'Data you allowed: '}
              {c.scopes.filter((s) => s !== 'openid').length
                ? c.scopes
                    .filter((s) => s !== 'openid')
                    .map((s) => (claimLabels[s] ? pick(claimLabels[s], ctx.lang) : s))
                    .join(', ')
                : th
                  ? 'การยืนยันว่าเข้าสู่ระบบเท่านั้น'
                  : 'Only that you signed in'}
            </p>
            <p class="muted">
              {th ? 'ให้ความยินยอมเมื่อ ' : 'Given on '}
              {formatDate(c.grantedAt, ctx.lang, { withTime: true })}
            </p>
            <Form ctx={ctx} action={`/account/consents/${encodeURIComponent(c.clientId)}/revoke`}>
              <Button variant="danger">
                {th ? `ยกเลิกความยินยอมให้ ${c.name.th}` : `Withdraw consent from ${c.name.en}`}
              </Button>
            </Form>
          </section>
        ))
      )}
    </Layout>
  );
}

export function AccessLogPage(props: {
  ctx: PageContext;
  rows: AccessLogRow[];
  total: number;
  page: number;
  pageSize: number;
}) {
  const { ctx, rows } = props;
  const th = ctx.lang === 'th';
  const title = th ? 'ประวัติการใช้ข้อมูลของฉัน' : 'My access log';
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize));
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p class="lead">
        {th
          ? 'ทุกครั้งที่ข้อมูลส่วนบุคคลของคุณถูกส่งให้แอปพลิเคชัน ระบบจะบันทึกไว้ที่นี่: ใคร ข้อมูลอะไร เมื่อใด และเพื่อวัตถุประสงค์ใด'
          : 'Every time your personal data goes to an app it is recorded here: who, what, when, and for what purpose.'}
      </p>
      <DataTable
        caption={th ? `ทั้งหมด ${props.total} รายการ` : `${props.total} releases`}
        rows={rows}
        empty={
          th ? 'ยังไม่มีการส่งข้อมูลของคุณให้แอปพลิเคชันใด' : 'Your data has not been released to any app.'
        }
        columns={[
          {
            header: th ? 'เมื่อ' : 'When',
            cell: (r) => formatDate(r.at, ctx.lang, { withTime: true, style: 'short' }),
          },
          {
            header: th ? 'แอปพลิเคชัน' : 'App',
            cell: (r) =>
              pick({ th: r.relying_party_name_th, en: r.relying_party_name_en }, ctx.lang),
          },
          { header: th ? 'ข้อมูล' : 'Data', cell: (r) => uniqueNames(r.claims, ctx.lang) },
          {
            header: th ? 'วัตถุประสงค์' : 'Purpose',
            cell: (r) => pick({ th: r.purpose_th, en: r.purpose_en }, ctx.lang),
          },
          { header: th ? 'ช่องทาง' : 'How', cell: (r) => pick(eventLabels[r.event], ctx.lang) },
        ]}
      />
      {pages > 1 && (
        <nav aria-label={th ? 'หน้า' : 'Pages'}>
          <p>
            {props.page > 1 && (
              <a href={`/account/access-log?page=${props.page - 1}`}>
                {th ? '← ใหม่กว่า' : '← Newer'}
              </a>
            )}{' '}
            {th ? `หน้า ${props.page} จาก ${pages}` : `Page ${props.page} of ${pages}`}{' '}
            {props.page < pages && (
              <a href={`/account/access-log?page=${props.page + 1}`}>
                {th ? 'เก่ากว่า →' : 'Older →'}
              </a>
            )}
          </p>
        </nav>
      )}
    </Layout>
  );
}

export function MyDataPage(props: { ctx: PageContext; person: RegistryPerson | null }) {
  const { ctx, person } = props;
  const th = ctx.lang === 'th';
  const title = th ? 'ข้อมูลของฉันในทะเบียนราษฎร' : 'My data in the civil registry';
  if (!person) {
    return (
      <Layout ctx={ctx} title={title}>
        <h1>{title}</h1>
        <p>{th ? 'ไม่พบข้อมูลของคุณในทะเบียนราษฎร' : 'No record of you was found in the registry.'}</p>
      </Layout>
    );
  }
  const birth = parsePartialDate(person.birthDate);
  const name = (lang: 'th' | 'en') =>
    [
      lang === 'th'
        ? `${person.title.th}${person.givenName.th}`
        : `${person.title.en} ${person.givenName.en}`,
      person.middleName?.[lang],
      person.familyName[lang],
    ]
      .filter(Boolean)
      .join(' ');
  const gender: Record<RegistryPerson['gender'], Text> = {
    male: { th: 'ชาย', en: 'Male' },
    female: { th: 'หญิง', en: 'Female' },
    other: { th: 'อื่น ๆ', en: 'Other' },
  };
  const rows: Array<[string, string]> = [
    [th ? 'เลขประจำตัวประชาชน' : 'Citizen ID', formatCitizenId(person.citizenId)],
    [th ? 'ชื่อ-นามสกุล (ภาษาไทย)' : 'Name (Thai)', name('th')],
    [th ? 'ชื่อ-นามสกุล (ภาษาอังกฤษ)' : 'Name (English)', name('en')],
    [
      th ? 'วันเกิด' : 'Date of birth',
      birth ? (th ? formatThaiDate(birth) : formatEnglishDate(birth)) : '',
    ],
    [th ? 'เพศ' : 'Sex', pick(gender[person.gender], ctx.lang)],
    [
      th ? 'ที่อยู่ตามทะเบียนบ้าน' : 'Registered address',
      person.address ? pick(person.address.formatted, ctx.lang) : '—',
    ],
  ];
  if (person.card) {
    rows.push([th ? 'เลขที่บัตร' : 'Card number', person.card.cardNumber]);
    rows.push([th ? 'วันออกบัตร' : 'Issued on', formatDate(person.card.issuedOn, ctx.lang)]);
    rows.push([
      th ? 'วันบัตรหมดอายุ' : 'Expires on',
      person.card.expiresOn ? formatDate(person.card.expiresOn, ctx.lang) : th ? 'ตลอดชีพ' : 'Never',
    ]);
  }
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p class="lead">
        {th
          ? 'ข้อมูลนี้มาจากทะเบียนราษฎร หากไม่ถูกต้อง กรุณาติดต่อสำนักทะเบียนที่ใกล้ที่สุด'
          : 'This comes from the civil registry; if anything is wrong, contact your nearest registration office.'}
      </p>
      <DataTable
        caption={th ? 'ข้อมูลส่วนบุคคล' : 'Personal data'}
        rows={rows}
        columns={[
          { header: th ? 'รายการ' : 'Item', cell: (r) => r[0] },
          { header: th ? 'ข้อมูล' : 'Value', cell: (r) => r[1] },
        ]}
      />
    </Layout>
  );
}

export function SignInProblemPage(props: { ctx: PageContext; message: string; retry: string }) {
  const { ctx } = props;
  const th = ctx.lang === 'th';
  const title = th ? 'เข้าสู่ระบบไม่สำเร็จ' : 'Sign-in did not complete';
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p class="lead">{props.message}</p>
      <p>
        <a class="button" href={props.retry}>
          {th ? 'ลองเข้าสู่ระบบอีกครั้ง' : 'Try signing in again'}
        </a>
      </p>
    </Layout>
  );
}
