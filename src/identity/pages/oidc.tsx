import { pick } from '../../platform/i18n/index.ts';
import { Notice } from '../../platform/views/components.tsx';
import type { PageContext } from '../../platform/views/context.ts';
import { Layout } from '../../platform/views/layout.tsx';

/**
 * Pages the OpenID provider shows itself (oidc-provider's renderError, logoutSource and
 * postLogoutSuccessSource), in Thai and English with the site's layout. The OAuth error code is
 * shown as-is too: it is what an agency's developer will search for.
 */
const errorExplanations: Record<string, { th: string; en: string }> = {
  invalid_redirect_uri: {
    th: 'แอปพลิเคชันที่ส่งคุณมาระบุที่อยู่สำหรับส่งกลับ (redirect_uri) ที่ไม่ได้ลงทะเบียนไว้ ระบบจึงไม่ส่งคุณกลับไปเพื่อความปลอดภัยของข้อมูลของคุณ กรุณาติดต่อผู้ให้บริการแอปพลิเคชันนั้น',
    en: 'The app that sent you here gave a return address (redirect_uri) it has not registered, so for your safety you are not sent back. Please contact the provider of that app.',
  },
  invalid_client: {
    th: 'ไม่พบแอปพลิเคชันที่ส่งคุณมา หรือแอปพลิเคชันนั้นถูกระงับการใช้งาน',
    en: 'The app that sent you here is unknown or has been suspended.',
  },
  invalid_request: {
    th: 'คำขอเข้าสู่ระบบจากแอปพลิเคชันไม่ถูกต้อง',
    en: 'The sign-in request from the app is not valid.',
  },
  session_not_found: {
    th: 'การเข้าสู่ระบบนี้หมดเวลาหรือถูกใช้ไปแล้ว กรุณากลับไปที่แอปพลิเคชันแล้วเริ่มเข้าสู่ระบบใหม่',
    en: 'This sign-in has expired or was already used. Go back to the app and start again.',
  },
};

export function OidcErrorPage(props: {
  ctx: PageContext;
  error: string;
  description?: string | undefined;
}) {
  const { ctx } = props;
  const th = ctx.lang === 'th';
  const explanation = errorExplanations[props.error] ?? {
    th: 'ไม่สามารถดำเนินการเข้าสู่ระบบตามคำขอของแอปพลิเคชันได้',
    en: 'The sign-in the app asked for could not be completed.',
  };
  const title = th ? 'ไม่สามารถเข้าสู่ระบบได้' : 'Sign-in could not continue';
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p class="lead">{pick(explanation, ctx.lang)}</p>
      <dl>
        <dt>{th ? 'รหัสข้อผิดพลาด' : 'Error code'}</dt>
        <dd>
          <code>{props.error}</code>
        </dd>
        {props.description && (
          <>
            <dt>{th ? 'รายละเอียด (ภาษาอังกฤษ)' : 'Detail'}</dt>
            <dd>{props.description}</dd>
          </>
        )}
      </dl>
      <p>
        <a href="/">{th ? 'กลับหน้าแรก' : 'Back to the home page'}</a>
      </p>
    </Layout>
  );
}

export function LogoutConfirmPage(props: {
  ctx: PageContext;
  action: string;
  xsrf: string;
  clientName: string | null;
}) {
  const { ctx } = props;
  const th = ctx.lang === 'th';
  const title = th ? 'ออกจากระบบดิจิทัลไอดี' : 'Sign out of Digital ID';
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p class="lead">
        {props.clientName
          ? th
            ? `แอปพลิเคชัน "${props.clientName}" ขอให้ออกจากระบบ คุณต้องการออกจากระบบดิจิทัลไอดีด้วยหรือไม่`
            : `"${props.clientName}" asks to sign you out. Do you also want to sign out of Digital ID?`
          : th
            ? 'คุณต้องการออกจากระบบดิจิทัลไอดีหรือไม่'
            : 'Do you want to sign out of Digital ID?'}
      </p>
      <form method="post" action={props.action}>
        <input type="hidden" name="xsrf" value={props.xsrf} />
        <div class="actions">
          <button type="submit" class="button" name="logout" value="yes">
            {th ? 'ออกจากระบบ' : 'Sign out'}
          </button>
          <button type="submit" class="button secondary">
            {th ? 'ยังไม่ออกจากระบบ' : 'Stay signed in'}
          </button>
        </div>
      </form>
    </Layout>
  );
}

export function LoggedOutPage(props: { ctx: PageContext; clientName: string | null }) {
  const { ctx } = props;
  const th = ctx.lang === 'th';
  const title = th ? 'ออกจากระบบแล้ว' : 'Signed out';
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <Notice kind="success">
        {th ? 'คุณออกจากระบบดิจิทัลไอดีเรียบร้อยแล้ว' : 'You have signed out of Digital ID.'}
      </Notice>
      <p>
        <a href="/">{th ? 'กลับหน้าแรก' : 'Back to the home page'}</a>
      </p>
    </Layout>
  );
}
