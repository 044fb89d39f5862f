import {
  Button,
  ErrorSummary,
  Form,
  LinkButton,
  Notice,
  StepIndicator,
  TextField,
} from '../../../platform/views/components.tsx';
import type { PageContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import { enrolmentSteps, PasskeyForm, WithScript } from './shared.tsx';

function Steps({ ctx, current }: { ctx: PageContext; current: number }) {
  return (
    <StepIndicator
      steps={enrolmentSteps(ctx.lang)}
      current={current}
      label={ctx.lang === 'th' ? 'ขั้นตอนการลงทะเบียน' : 'Enrolment steps'}
    />
  );
}

/** Step 1: the three details from the ID card. */
export function EnrolStartPage(props: {
  ctx: PageContext;
  values: Record<string, string>;
  errors: Record<string, string>;
  /** A problem that belongs to no one field (no match, locked, expired). */
  problem?: string | undefined;
  notice?: string | undefined;
}) {
  const { ctx, values, errors } = props;
  const th = ctx.lang === 'th';
  const title = th ? 'ลงทะเบียนตัวตนดิจิทัล' : 'Enrol for your Digital ID';
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <Steps ctx={ctx} current={0} />
      <p class="lead">
        {th
          ? 'ใช้บัตรประจำตัวประชาชนที่ยังไม่หมดอายุ ใช้เวลาประมาณ 3 นาที เมื่อเสร็จแล้วคุณจะเข้าสู่ระบบบริการภาครัฐได้ด้วยพาสคีย์บนโทรศัพท์หรือคอมพิวเตอร์ของคุณ'
          : 'You need your ID card, not expired. It takes about 3 minutes. Afterwards you sign in to government services with a passkey on your phone or computer.'}
      </p>
      {props.notice && <Notice kind="warning">{props.notice}</Notice>}
      {props.problem && <Notice kind="error">{props.problem}</Notice>}
      <ErrorSummary errors={errors} lang={ctx.lang} />
      <Form ctx={ctx} action="/enrol">
        <TextField
          name="citizen_id"
          label={th ? 'เลขประจำตัวประชาชน' : 'Citizen ID number'}
          hint={th ? 'ตัวเลข 13 หลักด้านหน้าบัตร' : 'The 13 digits on the front of the card'}
          value={values.citizen_id}
          error={errors.citizen_id}
          inputMode="numeric"
          autocomplete="off"
          maxLength={20}
          required
        />
        <TextField
          name="laser_code"
          label={th ? 'เลขหลังบัตร (Laser ID)' : 'Laser code (back of the card)'}
          hint={
            th
              ? 'ตัวอักษร 2 ตัวและตัวเลข 10 หลักด้านหลังบัตร เช่น JT1-1234567-12'
              : '2 letters and 10 digits on the back of the card, e.g. JT1-1234567-12'
          }
          value={values.laser_code}
          error={errors.laser_code}
          autocomplete="off"
          maxLength={20}
          required
        />
        <TextField
          name="birth_date"
          label={th ? 'วันเกิด' : 'Date of birth'}
          hint={
            th
              ? 'ตามที่พิมพ์ในบัตร วว/ดด/ปปปป เช่น 14/05/2533 (ถ้าบัตรระบุแค่ปีเกิด ให้กรอกเฉพาะปี)'
              : 'As printed on the card, DD/MM/YYYY, e.g. 14/05/1990 (if the card shows only a year, type the year)'
          }
          value={values.birth_date}
          error={errors.birth_date}
          autocomplete="bday"
          maxLength={12}
          required
        />
        <div class="actions">
          <Button>{th ? 'ตรวจสอบข้อมูลบัตร' : 'Check my card'}</Button>
        </div>
      </Form>
      <h2>{th ? 'ลงทะเบียนแล้ว?' : 'Already enrolled?'}</h2>
      <p>
        <a href="/sign-in">{th ? 'เข้าสู่ระบบด้วยดิจิทัลไอดี' : 'Sign in with your Digital ID'}</a>
      </p>
      <p class="muted">
        {th
          ? 'ทำโทรศัพท์หาย เปลี่ยนเครื่อง หรือลืม PIN? ลงทะเบียนใหม่ที่หน้านี้ด้วยบัตรประชาชน พาสคีย์เดิมทั้งหมดจะถูกยกเลิกและตั้ง PIN ใหม่'
          : 'Lost your phone, changed devices or forgot your PIN? Enrol again here with your ID card: every old passkey is revoked and you set a new PIN.'}
      </p>
    </Layout>
  );
}

/** Step 2: create a passkey (needs JavaScript), or go on with a PIN only. */
export function EnrolPasskeyPage(props: {
  ctx: PageContext;
  name: string;
  reEnrolment: boolean;
  problem?: string | undefined;
}) {
  const { ctx } = props;
  const th = ctx.lang === 'th';
  const title = th ? 'สร้างพาสคีย์' : 'Create a passkey';
  return (
    <Layout ctx={ctx} title={title} scripts={['passkey']}>
      <h1>{title}</h1>
      <Steps ctx={ctx} current={1} />
      <Notice kind="success">
        {th ? `ตรวจสอบบัตรผ่านแล้ว: ${props.name}` : `Your card checked out: ${props.name}`}
      </Notice>
      <p class="lead">
        {th
          ? 'พาสคีย์คือกุญแจที่เก็บอยู่ในโทรศัพท์หรือคอมพิวเตอร์ของคุณ ปลดล็อกด้วยลายนิ้วมือ ใบหน้า หรือรหัสปลดล็อกเครื่อง ไม่ต้องจำรหัสผ่าน และเว็บไซต์ปลอมขโมยไปใช้ไม่ได้'
          : 'A passkey is a key kept on your phone or computer, unlocked with your fingerprint, face or screen lock. Nothing to remember, and a fake website cannot steal it.'}
      </p>
      {props.reEnrolment && (
        <Notice kind="warning">
          {th
            ? 'คุณเคยลงทะเบียนแล้ว เมื่อลงทะเบียนใหม่เสร็จ พาสคีย์เดิมทั้งหมดจะใช้ไม่ได้อีก และ PIN เดิมจะถูกแทนที่'
            : 'You enrolled before. When this enrolment is complete, every old passkey stops working and your old PIN is replaced.'}
        </Notice>
      )}
      {props.problem && <Notice kind="error">{props.problem}</Notice>}
      <noscript>
        <Notice kind="warning">
          {th
            ? 'การสร้างพาสคีย์ต้องเปิดใช้ JavaScript ในเบราว์เซอร์ คุณยังลงทะเบียนต่อด้วย PIN อย่างเดียวได้ (ระดับความน่าเชื่อถือ AAL1 บางบริการอาจต้องใช้พาสคีย์)'
            : 'Creating a passkey needs JavaScript turned on in your browser. You can still go on with a PIN only (assurance level AAL1; some services may require a passkey).'}
        </Notice>
      </noscript>
      <PasskeyForm
        ctx={ctx}
        mode="register"
        action="/enrol/passkey"
        optionsUrl="/enrol/passkey/options"
      >
        <WithScript>
          <div class="actions">
            <Button>{th ? 'สร้างพาสคีย์' : 'Create a passkey'}</Button>
          </div>
        </WithScript>
      </PasskeyForm>
      <p>
        <LinkButton href="/enrol/pin" variant="secondary">
          {th ? 'ข้ามไปตั้ง PIN อย่างเดียว' : 'Continue with a PIN only'}
        </LinkButton>
      </p>
    </Layout>
  );
}

/** Step 3: choose a PIN; completing it makes the enrolment count. */
export function EnrolPinPage(props: {
  ctx: PageContext;
  passkeys: number;
  reEnrolment: boolean;
  errors: Record<string, string>;
}) {
  const { ctx, errors } = props;
  const th = ctx.lang === 'th';
  const title = th ? 'ตั้ง PIN' : 'Set a PIN';
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <Steps ctx={ctx} current={2} />
      {props.passkeys > 0 ? (
        <Notice kind="success">
          {th
            ? 'สร้างพาสคีย์แล้ว จะใช้งานได้เมื่อตั้ง PIN เสร็จ'
            : 'Your passkey is ready; it starts working once you set your PIN.'}
        </Notice>
      ) : (
        <Notice kind="warning">
          {th
            ? 'คุณยังไม่มีพาสคีย์ จะเข้าสู่ระบบได้ด้วย PIN เท่านั้น (ระดับ AAL1) บริการที่ต้องการความปลอดภัยสูงจะขอให้ใช้พาสคีย์'
            : 'You have no passkey, so you will sign in with your PIN only (AAL1); services that need more assurance ask for a passkey.'}{' '}
          <a href="/enrol/passkey">{th ? 'กลับไปสร้างพาสคีย์' : 'Go back and create one'}</a>
        </Notice>
      )}
      {props.reEnrolment && (
        <Notice kind="warning">
          {th
            ? 'เมื่อกดยืนยัน พาสคีย์เดิมทั้งหมดจะถูกยกเลิก PIN ใหม่จะแทนที่ PIN เดิม และทุกอุปกรณ์ที่ยังเข้าสู่ระบบอยู่จะถูกออกจากระบบ'
            : 'When you confirm, every old passkey is revoked, the new PIN replaces the old one, and every device still signed in is signed out.'}
        </Notice>
      )}
      <p>
        {th
          ? 'PIN ใช้เข้าสู่ระบบเมื่อไม่มีพาสคีย์ ต้องเป็นตัวเลขอย่างน้อย 6 หลัก ห้ามเรียงลำดับ (123456) ห้ามซ้ำ (111111, 121212) และห้ามเป็นวันเกิดของคุณ'
          : 'Your PIN signs you in when a passkey is not at hand. At least 6 digits; no sequences (123456), no repeats (111111, 121212), and not your date of birth.'}
      </p>
      <ErrorSummary errors={errors} lang={ctx.lang} />
      <Form ctx={ctx} action="/enrol/pin">
        <TextField
          name="pin"
          type="password"
          label={th ? 'PIN' : 'PIN'}
          error={errors.pin}
          inputMode="numeric"
          autocomplete="new-password"
          maxLength={12}
          required
        />
        <TextField
          name="pin_confirm"
          type="password"
          label={th ? 'ยืนยัน PIN อีกครั้ง' : 'Type the PIN again'}
          error={errors.pin_confirm}
          inputMode="numeric"
          autocomplete="new-password"
          maxLength={12}
          required
        />
        <div class="actions">
          <Button>{th ? 'ตั้ง PIN และเสร็จสิ้น' : 'Set PIN and finish'}</Button>
        </div>
      </Form>
    </Layout>
  );
}

export function EnrolDonePage(props: {
  ctx: PageContext;
  name: string;
  passkeys: number;
  revoked: number | null;
}) {
  const { ctx } = props;
  const th = ctx.lang === 'th';
  const title = th ? 'ลงทะเบียนเสร็จสิ้น' : 'You are enrolled';
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <Steps ctx={ctx} current={3} />
      <Notice kind="success">
        {th
          ? `ยินดีด้วย ${props.name} ตัวตนดิจิทัลของคุณพร้อมใช้งาน และคุณเข้าสู่ระบบอยู่ในขณะนี้`
          : `Welcome, ${props.name}. Your Digital ID is ready and you are signed in.`}
      </Notice>
      {props.revoked !== null && props.revoked > 0 && (
        <Notice kind="warning">
          {th
            ? `ยกเลิกพาสคีย์เดิม ${props.revoked} รายการแล้ว`
            : `${props.revoked} old passkeys were revoked.`}
        </Notice>
      )}
      <p>
        {th
          ? `คุณมีพาสคีย์ที่ใช้งานได้ ${props.passkeys} รายการ`
          : `You have ${props.passkeys} active passkeys.`}
      </p>
      <p>
        <LinkButton href="/account/passkeys">{th ? 'พาสคีย์ของฉัน' : 'My passkeys'}</LinkButton>{' '}
        <LinkButton href="/account" variant="secondary">
          {th ? 'บัญชีของฉัน' : 'My account'}
        </LinkButton>
      </p>
    </Layout>
  );
}
