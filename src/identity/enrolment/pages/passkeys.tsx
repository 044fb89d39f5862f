import { formatDate } from '../../../platform/i18n/index.ts';
import { Button, DataTable, Form, Notice } from '../../../platform/views/components.tsx';
import type { PageContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import type { PasskeySummary } from '../index.ts';
import { PasskeyForm, WithScript } from './shared.tsx';

/** The citizen's passkeys: when each was made and last used, and a way to remove it. */
export function PasskeysPage(props: {
  ctx: PageContext;
  passkeys: PasskeySummary[];
  /** Adding a passkey needs a passkey sign-in (AAL2); a PIN alone must not mint a stronger key. */
  canAdd: boolean;
  hasPin: boolean;
  notice?: string | undefined;
  problem?: string | undefined;
}) {
  const { ctx } = props;
  const th = ctx.lang === 'th';
  const title = th ? 'พาสคีย์ของฉัน' : 'My passkeys';
  const when = (d: Date | null) =>
    d ? formatDate(d, ctx.lang, { withTime: true }) : th ? 'ยังไม่เคยใช้' : 'Never';
  return (
    <Layout ctx={ctx} title={title} scripts={props.canAdd ? ['passkey'] : []}>
      <h1>{title}</h1>
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      {props.problem && <Notice kind="error">{props.problem}</Notice>}
      <p>
        {th
          ? 'อุปกรณ์แต่ละเครื่องที่คุณใช้เข้าสู่ระบบมีพาสคีย์ของตัวเอง หากอุปกรณ์หายหรือไม่ได้ใช้แล้ว ให้ลบพาสคีย์ของเครื่องนั้น'
          : 'Each device you sign in with holds its own passkey. If a device is lost or no longer yours, remove its passkey.'}
      </p>
      <DataTable
        caption={
          th
            ? `พาสคีย์ที่ใช้งานได้ ${props.passkeys.length} รายการ`
            : `${props.passkeys.length} active passkeys`
        }
        rows={props.passkeys}
        empty={th ? 'คุณยังไม่มีพาสคีย์' : 'You have no passkeys'}
        columns={[
          { header: th ? 'สร้างเมื่อ' : 'Created', cell: (p) => when(p.createdAt) },
          { header: th ? 'ใช้ล่าสุด' : 'Last used', cell: (p) => when(p.lastUsedAt) },
          {
            header: th ? 'ชนิด' : 'Kind',
            cell: (p) =>
              p.deviceType === 'multiDevice'
                ? th
                  ? 'ซิงก์ระหว่างอุปกรณ์'
                  : 'Synced between devices'
                : th
                  ? 'อยู่ในอุปกรณ์เครื่องเดียว'
                  : 'On one device',
          },
          {
            header: th ? 'จัดการ' : 'Manage',
            cell: (p) => (
              <Form ctx={ctx} action={`/account/passkeys/${p.id}/remove`}>
                <Button variant="danger">
                  {th ? 'ลบ' : 'Remove'}
                  <span class="visually-hidden">
                    {th
                      ? ` พาสคีย์ที่สร้างเมื่อ ${when(p.createdAt)}`
                      : ` the passkey created ${when(p.createdAt)}`}
                  </span>
                </Button>
              </Form>
            ),
          },
        ]}
      />
      {props.passkeys.length > 0 && !props.hasPin && (
        <Notice kind="warning">
          {th
            ? 'คุณไม่มี PIN หากลบพาสคีย์ทั้งหมด จะต้องลงทะเบียนใหม่ด้วยบัตรประชาชน'
            : 'You have no PIN: if you remove every passkey you will need to enrol again with your ID card.'}
        </Notice>
      )}
      <h2>{th ? 'เพิ่มพาสคีย์' : 'Add a passkey'}</h2>
      {props.canAdd ? (
        <>
          <noscript>
            <Notice kind="warning">
              {th
                ? 'การสร้างพาสคีย์ต้องเปิดใช้ JavaScript ในเบราว์เซอร์'
                : 'Creating a passkey needs JavaScript turned on in your browser.'}
            </Notice>
          </noscript>
          <PasskeyForm
            ctx={ctx}
            mode="register"
            action="/account/passkeys"
            optionsUrl="/account/passkeys/options"
          >
            <WithScript>
              <div class="actions">
                <Button variant="secondary">
                  {th ? 'เพิ่มพาสคีย์บนอุปกรณ์นี้' : 'Add a passkey on this device'}
                </Button>
              </div>
            </WithScript>
          </PasskeyForm>
        </>
      ) : (
        <p>
          {th
            ? 'การเพิ่มพาสคีย์ต้องเข้าสู่ระบบด้วยพาสคีย์ก่อน หากไม่มีพาสคีย์ที่ใช้ได้ '
            : 'To add a passkey, sign in with a passkey first. If you have none that works, '}
          <a href="/enrol">{th ? 'ลงทะเบียนใหม่ด้วยบัตรประชาชน' : 'enrol again with your ID card'}</a>.
        </p>
      )}
    </Layout>
  );
}
