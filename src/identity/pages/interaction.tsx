import { pick, type Text } from '../../platform/i18n/index.ts';
import { Button, ErrorSummary, Form, Notice, TextField } from '../../platform/views/components.tsx';
import type { PageContext } from '../../platform/views/context.ts';
import { Layout } from '../../platform/views/layout.tsx';
import { PasskeyForm, WithScript } from '../enrolment/pages/shared.tsx';
import { claimLabels } from '../oidc/claims.ts';

/**
 * The OpenID provider's interaction pages: sign-in (passkey, or PIN where the relying party
 * accepts one factor) and consent. Server-rendered, no-store, work without JavaScript except the
 * passkey ceremony itself, which cannot.
 */
export interface RelyingPartyView {
  name: Text;
  purpose: Text;
  logoUrl: string | null;
  sandbox: boolean;
}

function RelyingPartyHeader(props: { ctx: PageContext; rp: RelyingPartyView }) {
  const { ctx, rp } = props;
  const th = ctx.lang === 'th';
  return (
    <div class="card">
      {rp.logoUrl && (
        <img src={rp.logoUrl} alt={th ? `โลโก้ ${rp.name.th}` : `${rp.name.en} logo`} height={48} />
      )}
      <p>
        <strong>{pick(rp.name, ctx.lang)}</strong>
      </p>
      <p class="muted">
        {th ? 'วัตถุประสงค์: ' : 'Purpose: '}
        {pick(rp.purpose, ctx.lang)}
      </p>
      {rp.sandbox && (
        <p class="tag">
          {th ? 'แอปพลิเคชันทดสอบ: ใช้ได้เฉพาะผู้ใช้ตัวอย่าง' : 'Sandbox app: demo citizens only'}
        </p>
      )}
    </div>
  );
}

export function InteractionLoginPage(props: {
  ctx: PageContext;
  uid: string;
  rp: RelyingPartyView;
  /** A passkey challenge made for this page, so the ceremony starts without fetching one. */
  passkey?: { challengeId: string; options: unknown };
  pinAllowed: boolean;
  stepUp: boolean;
  problem?: string | undefined;
  values?: Record<string, string>;
  errors?: Record<string, string>;
}) {
  const { ctx, uid, rp } = props;
  const th = ctx.lang === 'th';
  const title = th ? 'เข้าสู่ระบบด้วยดิจิทัลไอดี' : 'Sign in with Digital ID';
  const base = `/interaction/${uid}`;
  return (
    <Layout ctx={ctx} title={title} scripts={['passkey']}>
      <h1>{title}</h1>
      <p class="lead">
        {th ? 'แอปพลิเคชันต่อไปนี้ขอให้คุณยืนยันตัวตน' : 'The following app asks you to prove who you are'}
      </p>
      <RelyingPartyHeader ctx={ctx} rp={rp} />
      {props.stepUp && (
        <Notice kind="warning">
          {th
            ? 'แอปพลิเคชันนี้ต้องการการยืนยันตัวตนที่รัดกุมขึ้น กรุณาเข้าสู่ระบบด้วยพาสคีย์'
            : 'This app needs a stronger sign-in: please use your passkey'}
        </Notice>
      )}
      {props.problem && <Notice kind="error">{props.problem}</Notice>}

      <h2>{th ? 'ใช้พาสคีย์' : 'Use your passkey'}</h2>
      <noscript>
        <Notice kind="warning">
          {th
            ? 'การใช้พาสคีย์ต้องเปิดใช้ JavaScript ในเบราว์เซอร์'
            : 'Passkeys need JavaScript turned on in your browser'}
        </Notice>
      </noscript>
      <PasskeyForm
        ctx={ctx}
        mode="authenticate"
        action={`${base}/passkey`}
        optionsUrl={`${base}/passkey/options`}
        preset={props.passkey}
      >
        <WithScript>
          <p>
            {th
              ? 'ใช้ลายนิ้วมือ ใบหน้า หรือรหัสปลดล็อกเครื่องของคุณ'
              : 'Use your fingerprint, face or screen lock'}
          </p>
          <div class="actions">
            <Button>{th ? 'เข้าสู่ระบบด้วยพาสคีย์' : 'Sign in with a passkey'}</Button>
          </div>
        </WithScript>
      </PasskeyForm>

      {props.pinAllowed && (
        <>
          <h2>{th ? 'หรือใช้ PIN' : 'Or use your PIN'}</h2>
          <ErrorSummary errors={props.errors ?? {}} lang={ctx.lang} />
          <Form ctx={ctx} action={`${base}/pin`}>
            <TextField
              name="citizen_id"
              label={th ? 'เลขประจำตัวประชาชน 13 หลัก' : 'Citizen ID (13 digits)'}
              inputMode="numeric"
              autocomplete="username"
              maxLength={17}
              value={props.values?.citizen_id}
              error={props.errors?.citizen_id}
              required
            />
            <TextField
              name="pin"
              type="password"
              label="PIN"
              inputMode="numeric"
              autocomplete="current-password"
              maxLength={12}
              error={props.errors?.pin}
              required
            />
            <div class="actions">
              <Button variant="secondary">{th ? 'เข้าสู่ระบบด้วย PIN' : 'Sign in with PIN'}</Button>
            </div>
          </Form>
        </>
      )}

      <p>
        <a href="/enrol">{th ? 'ยังไม่มีดิจิทัลไอดี? ลงทะเบียน' : 'No Digital ID yet? Enrol'}</a>
      </p>
      <Form ctx={ctx} action={`${base}/abort`}>
        <Button variant="secondary">
          {th ? 'ยกเลิกและกลับไปที่แอปพลิเคชัน' : 'Cancel and return to the app'}
        </Button>
      </Form>
    </Layout>
  );
}

export function ConsentPage(props: {
  ctx: PageContext;
  uid: string;
  rp: RelyingPartyView;
  scopes: string[];
  accountName: string;
}) {
  const { ctx, uid, rp } = props;
  const th = ctx.lang === 'th';
  const title = th ? 'ยินยอมให้ใช้ข้อมูล' : 'Share your data?';
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p class="lead">
        {th
          ? `${props.accountName} แอปพลิเคชันต่อไปนี้ขอข้อมูลของคุณจากทะเบียนราษฎร`
          : `${props.accountName}, the following app asks for your data from the civil registry`}
      </p>
      <RelyingPartyHeader ctx={ctx} rp={rp} />
      {props.scopes.length > 0 ? (
        <>
          <h2>{th ? 'ข้อมูลที่จะส่งให้' : 'What it will receive'}</h2>
          <ul>
            {props.scopes.map((s) => (
              <li key={s}>{claimLabels[s] ? pick(claimLabels[s], ctx.lang) : s}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>
          {th
            ? 'แอปพลิเคชันนี้ขอเพียงยืนยันว่าคุณเข้าสู่ระบบแล้ว โดยไม่ขอข้อมูลส่วนบุคคลอื่น'
            : 'This app only asks to confirm you signed in, and no other personal data'}
        </p>
      )}
      <p class="muted">
        {th
          ? 'แอปพลิเคชันจะได้รับรหัสอ้างอิงของคุณที่ใช้เฉพาะกับแอปพลิเคชันนี้ ระบบจะจดจำความยินยอมนี้ คุณยกเลิกได้ทุกเมื่อที่หน้า "ความยินยอมของฉัน" และดูได้ว่าข้อมูลถูกส่งไปเมื่อใดที่หน้า "ประวัติการใช้ข้อมูล"'
          : 'The app gets an identifier for you that only it uses. Your consent is remembered; withdraw it at any time on "My consents", and see every release on "My access log".'}
      </p>
      <Form ctx={ctx} action={`/interaction/${uid}/consent`}>
        <div class="actions">
          <Button name="decision" value="allow">
            {th ? 'ยินยอม' : 'Allow'}
          </Button>
          <Button name="decision" value="deny" variant="secondary">
            {th ? 'ไม่ยินยอม' : 'Do not allow'}
          </Button>
        </div>
      </Form>
    </Layout>
  );
}
