import { formatDate, pick } from '../../platform/i18n/index.ts';
import {
  Button,
  DataTable,
  ErrorSummary,
  Form,
  fieldId,
  LinkButton,
  Notice,
  SelectField,
  TextArea,
  TextField,
} from '../../platform/views/components.tsx';
import type { PageContext } from '../../platform/views/context.ts';
import { Layout } from '../../platform/views/layout.tsx';
import { claimLabels, knownScopes } from '../oidc/claims.ts';
import type { RelyingPartyRow } from '../relying-parties/service.ts';

/** The relying-party console: register an app, see its credentials, go live. */

export function environmentLabel(rp: RelyingPartyRow, lang: 'th' | 'en'): string {
  if (rp.suspended_at) return lang === 'th' ? 'ระงับการใช้งาน' : 'Suspended';
  if (rp.environment === 'production') return lang === 'th' ? 'ใช้งานจริง' : 'Live';
  if (rp.production_requested_at) {
    return lang === 'th' ? 'ทดสอบ (รออนุมัติใช้งานจริง)' : 'Sandbox (awaiting approval)';
  }
  return lang === 'th' ? 'ทดสอบ' : 'Sandbox';
}

export function RelyingPartiesPage(props: {
  ctx: PageContext;
  rps: RelyingPartyRow[];
  awaiting: RelyingPartyRow[];
  canRegister: boolean;
}) {
  const { ctx } = props;
  const th = ctx.lang === 'th';
  const title = th ? 'แอปพลิเคชันที่เชื่อมต่อดิจิทัลไอดี' : 'Apps connected to Digital ID';
  const columns = [
    {
      header: th ? 'ชื่อ' : 'Name',
      cell: (rp: RelyingPartyRow) => (
        <a href={`/relying-parties/${rp.id}`}>
          {pick({ th: rp.name_th, en: rp.name_en }, ctx.lang)}
        </a>
      ),
    },
    { header: 'client_id', cell: (rp: RelyingPartyRow) => <code>{rp.client_id}</code> },
    {
      header: th ? 'สถานะ' : 'Status',
      cell: (rp: RelyingPartyRow) => environmentLabel(rp, ctx.lang),
    },
  ];
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p>
        {th
          ? 'คู่มือการเชื่อมต่ออยู่ในเอกสาร docs/connect-your-app.md ของโครงการ'
          : 'The connection guide is docs/connect-your-app.md in the project.'}
      </p>
      {props.canRegister && (
        <p>
          <LinkButton href="/relying-parties/new">
            {th ? 'ลงทะเบียนแอปพลิเคชันใหม่' : 'Register a new app'}
          </LinkButton>
        </p>
      )}
      {props.awaiting.length > 0 && (
        <>
          <h2>{th ? 'รออนุมัติใช้งานจริง' : 'Awaiting approval to go live'}</h2>
          <DataTable
            caption={th ? 'คำขอใช้งานจริง' : 'Requests to go live'}
            rows={props.awaiting}
            columns={columns}
          />
        </>
      )}
      <h2>{th ? 'แอปพลิเคชันทั้งหมด' : 'All apps'}</h2>
      <DataTable
        caption={th ? `ทั้งหมด ${props.rps.length} รายการ` : `${props.rps.length} apps`}
        rows={props.rps}
        empty={th ? 'ยังไม่มีแอปพลิเคชัน' : 'No apps yet'}
        columns={columns}
      />
    </Layout>
  );
}

export interface RelyingPartyFormValues {
  organization_id?: string;
  name_th?: string;
  name_en?: string;
  purpose_th?: string;
  purpose_en?: string;
  redirect_uris?: string;
  post_logout_redirect_uris?: string;
  scopes?: string[];
  client_credentials?: boolean;
  token_endpoint_auth_method?: string;
  jwks?: string;
  logo_url?: string;
  min_aal?: string;
}

export function valuesOf(rp: RelyingPartyRow): RelyingPartyFormValues {
  return {
    name_th: rp.name_th,
    name_en: rp.name_en,
    purpose_th: rp.purpose_th,
    purpose_en: rp.purpose_en,
    redirect_uris: rp.redirect_uris.join('\n'),
    post_logout_redirect_uris: rp.post_logout_redirect_uris.join('\n'),
    scopes: rp.scopes,
    client_credentials: rp.grant_types.includes('client_credentials'),
    token_endpoint_auth_method: rp.token_endpoint_auth_method,
    jwks: rp.jwks ? JSON.stringify(rp.jwks, null, 2) : '',
    logo_url: rp.logo_url ?? '',
    min_aal: String(rp.min_aal),
  };
}

function ScopeChoices(props: { ctx: PageContext; chosen: string[]; error?: string | undefined }) {
  const { ctx } = props;
  const th = ctx.lang === 'th';
  const id = fieldId('scopes');
  return (
    <fieldset class={props.error ? 'field invalid' : 'field'} id={id}>
      <legend>{th ? 'ข้อมูลที่แอปพลิเคชันต้องการ (scope)' : 'Data the app needs (scopes)'}</legend>
      <p class="hint">
        {th
          ? 'ขอเท่าที่จำเป็นต่อวัตถุประสงค์เท่านั้น ประชาชนจะเห็นรายการนี้ก่อนให้ความยินยอม'
          : 'Ask only for what the purpose needs; citizens see this list before they consent.'}
      </p>
      {props.error && <p class="field-error">{props.error}</p>}
      {knownScopes
        .filter((s) => s !== 'openid')
        .map((s) => (
          <div class="check" key={s}>
            <input
              id={`${id}-${s}`}
              type="checkbox"
              name="scopes"
              value={s}
              checked={props.chosen.includes(s)}
            />
            <label for={`${id}-${s}`}>
              <code>{s}</code> {claimLabels[s] ? `: ${pick(claimLabels[s], ctx.lang)}` : ''}
            </label>
          </div>
        ))}
    </fieldset>
  );
}

export function RelyingPartyFormPage(props: {
  ctx: PageContext;
  action: string;
  editing: RelyingPartyRow | null;
  organizations: Array<{ id: string; name: { th: string; en: string } }>;
  values: RelyingPartyFormValues;
  errors: Record<string, string>;
}) {
  const { ctx, values, errors } = props;
  const th = ctx.lang === 'th';
  const title = props.editing
    ? th
      ? `แก้ไข ${props.editing.name_th}`
      : `Edit ${props.editing.name_en}`
    : th
      ? 'ลงทะเบียนแอปพลิเคชันใหม่'
      : 'Register a new app';
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      {!props.editing && (
        <Notice>
          {th
            ? 'แอปพลิเคชันใหม่เริ่มในโหมดทดสอบ ใช้ได้ทันทีกับผู้ใช้ตัวอย่างเท่านั้น เมื่อพร้อมแล้วจึงขออนุมัติใช้งานจริง'
            : 'A new app starts in the sandbox, working at once with demo citizens only; ask to go live when ready.'}
        </Notice>
      )}
      <ErrorSummary errors={errors} lang={ctx.lang} />
      <Form ctx={ctx} action={props.action}>
        {!props.editing && (
          <SelectField
            name="organization_id"
            label={th ? 'หน่วยงานเจ้าของแอปพลิเคชัน' : 'Organization that owns the app'}
            value={values.organization_id}
            error={errors.organization_id}
            options={props.organizations.map((o) => ({
              value: o.id,
              label: pick(o.name, ctx.lang),
            }))}
            required
          />
        )}
        <TextField
          name="name_th"
          label={th ? 'ชื่อแอปพลิเคชัน (ภาษาไทย)' : 'App name (Thai)'}
          value={values.name_th}
          error={errors.name_th}
          required
        />
        <TextField
          name="name_en"
          label={th ? 'ชื่อแอปพลิเคชัน (ภาษาอังกฤษ)' : 'App name (English)'}
          value={values.name_en}
          error={errors.name_en}
          required
        />
        <TextArea
          name="purpose_th"
          label={th ? 'วัตถุประสงค์ของการใช้ข้อมูล (ภาษาไทย)' : 'Purpose of using the data (Thai)'}
          hint={
            th ? 'ประชาชนจะเห็นข้อความนี้ในหน้าขอความยินยอม' : 'Citizens read this on the consent page'
          }
          value={values.purpose_th}
          error={errors.purpose_th}
          rows={3}
          required
        />
        <TextArea
          name="purpose_en"
          label={th ? 'วัตถุประสงค์ของการใช้ข้อมูล (ภาษาอังกฤษ)' : 'Purpose of using the data (English)'}
          value={values.purpose_en}
          error={errors.purpose_en}
          rows={3}
          required
        />
        <TextArea
          name="redirect_uris"
          label={
            th ? 'ที่อยู่สำหรับส่งผู้ใช้กลับ (Redirect URI) บรรทัดละหนึ่งรายการ' : 'Redirect URIs, one per line'
          }
          hint={
            th
              ? 'ต้องขึ้นต้นด้วย https:// ในโหมดทดสอบใช้ http://localhost ได้'
              : 'https:// only; http://localhost is allowed in the sandbox'
          }
          value={values.redirect_uris}
          error={errors.redirect_uris}
          rows={3}
        />
        <TextArea
          name="post_logout_redirect_uris"
          label={th ? 'ที่อยู่หลังออกจากระบบ (ไม่บังคับ)' : 'Post-logout redirect URIs (optional)'}
          value={values.post_logout_redirect_uris}
          error={errors.post_logout_redirect_uris}
          rows={2}
        />
        <ScopeChoices ctx={ctx} chosen={values.scopes ?? ['openid']} error={errors.scopes} />
        <div class="field">
          <div class="check">
            <input
              id={fieldId('client_credentials')}
              type="checkbox"
              name="client_credentials"
              value="on"
              checked={values.client_credentials}
            />
            <label for={fieldId('client_credentials')}>
              {th
                ? 'ใช้ client credentials (ระบบต่อระบบ ไม่มีข้อมูลประชาชน)'
                : 'Use client credentials (system to system, no citizen data)'}
            </label>
          </div>
        </div>
        <SelectField
          name="token_endpoint_auth_method"
          label={th ? 'วิธียืนยันตัวตนของแอปพลิเคชัน' : 'How the app authenticates'}
          value={values.token_endpoint_auth_method ?? 'client_secret_basic'}
          error={errors.token_endpoint_auth_method}
          options={[
            {
              value: 'client_secret_basic',
              label: th ? 'รหัสลับ (client_secret_basic)' : 'Client secret (client_secret_basic)',
            },
            {
              value: 'private_key_jwt',
              label: th ? 'กุญแจส่วนตัว (private_key_jwt)' : 'Private key (private_key_jwt)',
            },
          ]}
          required
        />
        <TextArea
          name="jwks"
          label={
            th
              ? 'กุญแจสาธารณะ JWKS (เฉพาะ private_key_jwt)'
              : 'Public keys as JWKS (private_key_jwt only)'
          }
          value={values.jwks}
          error={errors.jwks}
          rows={4}
        />
        <TextField
          name="logo_url"
          type="url"
          label={th ? 'ที่อยู่โลโก้ (https://, ไม่บังคับ)' : 'Logo URL (https://, optional)'}
          value={values.logo_url}
          error={errors.logo_url}
        />
        <SelectField
          name="min_aal"
          label={th ? 'ระดับการยืนยันตัวตนขั้นต่ำ' : 'Minimum sign-in assurance'}
          value={values.min_aal ?? '2'}
          error={errors.min_aal}
          options={[
            {
              value: '2',
              label: th ? 'AAL2: พาสคีย์เท่านั้น (แนะนำ)' : 'AAL2: passkey only (recommended)',
            },
            {
              value: '1',
              label: th ? 'AAL1: ยอมรับ PIN อย่างเดียว' : 'AAL1: a PIN alone is accepted',
            },
          ]}
          required
        />
        <div class="actions">
          <Button>{props.editing ? (th ? 'บันทึก' : 'Save') : th ? 'ลงทะเบียน' : 'Register'}</Button>
        </div>
      </Form>
    </Layout>
  );
}

export function RelyingPartyPage(props: {
  ctx: PageContext;
  rp: RelyingPartyRow;
  issuer: string;
  clientSecret?: string | null;
  notice?: string | undefined;
  problem?: string | undefined;
  canApprove: boolean;
}) {
  const { ctx, rp } = props;
  const th = ctx.lang === 'th';
  const title = pick({ th: rp.name_th, en: rp.name_en }, ctx.lang);
  const rows: Array<[string, string]> = [
    ['client_id', rp.client_id],
    [th ? 'สถานะ' : 'Status', environmentLabel(rp, ctx.lang)],
    ['Discovery', `${props.issuer}/.well-known/openid-configuration`],
    [th ? 'วิธียืนยันตัวตน' : 'Client authentication', rp.token_endpoint_auth_method],
    ['Redirect URIs', rp.redirect_uris.join(' ')],
    ['Scopes', rp.scopes.join(' ')],
    [th ? 'ระดับขั้นต่ำ' : 'Minimum assurance', `AAL${rp.min_aal}`],
    [th ? 'ลงทะเบียนเมื่อ' : 'Registered', formatDate(rp.created_at, ctx.lang, { withTime: true })],
  ];
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      {props.problem && <Notice kind="error">{props.problem}</Notice>}
      {props.clientSecret && (
        <Notice kind="warning">
          <p>
            {th
              ? 'รหัสลับของแอปพลิเคชัน (client_secret) แสดงเพียงครั้งเดียว กรุณาเก็บไว้ในที่ปลอดภัย:'
              : 'The client secret is shown only this once; store it somewhere safe:'}
          </p>
          <p>
            <code>{props.clientSecret}</code>
          </p>
        </Notice>
      )}
      <DataTable
        caption={th ? 'ข้อมูลการเชื่อมต่อ' : 'Connection details'}
        rows={rows}
        columns={[
          { header: th ? 'รายการ' : 'Item', cell: (r) => r[0] },
          { header: th ? 'ค่า' : 'Value', cell: (r) => <code>{r[1]}</code> },
        ]}
      />
      <div class="actions">
        <LinkButton href={`/relying-parties/${rp.id}/edit`} variant="secondary">
          {th ? 'แก้ไข' : 'Edit'}
        </LinkButton>
      </div>
      {rp.token_endpoint_auth_method === 'client_secret_basic' && (
        <Form ctx={ctx} action={`/relying-parties/${rp.id}/rotate-secret`}>
          <Button variant="secondary">
            {th
              ? 'ออกรหัสลับใหม่ (รหัสเดิมใช้ไม่ได้ทันที)'
              : 'Issue a new secret (the old one stops working)'}
          </Button>
        </Form>
      )}
      {rp.environment === 'sandbox' && !rp.production_requested_at && (
        <Form ctx={ctx} action={`/relying-parties/${rp.id}/request-production`}>
          <Button>{th ? 'ขออนุมัติใช้งานจริง' : 'Ask to go live'}</Button>
        </Form>
      )}
      {props.canApprove && rp.environment === 'sandbox' && rp.production_requested_at && (
        <Form ctx={ctx} action={`/relying-parties/${rp.id}/approve`}>
          <Button>{th ? 'อนุมัติให้ใช้งานจริง' : 'Approve going live'}</Button>
        </Form>
      )}
      {props.canApprove && (
        <Form
          ctx={ctx}
          action={`/relying-parties/${rp.id}/${rp.suspended_at ? 'resume' : 'suspend'}`}
        >
          <Button variant={rp.suspended_at ? 'secondary' : 'danger'}>
            {rp.suspended_at ? (th ? 'เปิดใช้งานอีกครั้ง' : 'Resume') : th ? 'ระงับการใช้งาน' : 'Suspend'}
          </Button>
        </Form>
      )}
    </Layout>
  );
}
