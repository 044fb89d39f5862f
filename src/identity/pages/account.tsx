import type { RoleGrant } from '../../orgs/index.ts';
import { roles } from '../../orgs/index.ts';
import { Button, DataTable, Form, Notice } from '../../platform/views/components.tsx';
import type { PageContext } from '../../platform/views/context.ts';
import { Layout } from '../../platform/views/layout.tsx';
import type { AccountRow } from '../store.ts';

export function AccountPage(props: { ctx: PageContext; account: AccountRow; grants: RoleGrant[] }) {
  const { ctx, account } = props;
  const th = ctx.lang === 'th';
  const name = th ? account.display_name_th : account.display_name_en;
  return (
    <Layout ctx={ctx} title={th ? 'บัญชีของฉัน' : 'My account'}>
      <h1>{name}</h1>
      <nav aria-label={th ? 'เมนูบัญชี' : 'Account menu'}>
        <ul>
          <li>
            <a href="/account/data">
              {th ? 'ข้อมูลของฉันในทะเบียนราษฎร' : 'My data in the civil registry'}
            </a>
          </li>
          <li>
            <a href="/account/passkeys">{th ? 'พาสคีย์ของฉัน' : 'My passkeys'}</a>
          </li>
          <li>
            <a href="/account/consents">{th ? 'ความยินยอมของฉัน' : 'My consents'}</a>
          </li>
          <li>
            <a href="/account/access-log">{th ? 'ประวัติการใช้ข้อมูลของฉัน' : 'My access log'}</a>
          </li>
          {props.grants.some((g) => g.role === 'rp_admin' || g.role === 'platform_admin') && (
            <li>
              <a href="/relying-parties">
                {th ? 'แอปพลิเคชันที่เชื่อมต่อดิจิทัลไอดี' : 'Apps connected to Digital ID'}
              </a>
            </li>
          )}
        </ul>
      </nav>
      <h2>{th ? 'บทบาทของฉัน' : 'My roles'}</h2>
      <DataTable
        caption={th ? 'บทบาทในหน่วยงาน' : 'Roles in organizations'}
        rows={props.grants}
        empty={th ? 'ยังไม่มีบทบาทในหน่วยงานใด' : 'No roles in any organization yet'}
        columns={[
          { header: th ? 'บทบาท' : 'Role', cell: (g) => roles[g.role][ctx.lang] },
          { header: th ? 'หน่วยงาน' : 'Organization', cell: (g) => g.organizationName[ctx.lang] },
        ]}
      />
    </Layout>
  );
}

export function SignOutPage({ ctx }: { ctx: PageContext }) {
  const th = ctx.lang === 'th';
  return (
    <Layout ctx={ctx} title={th ? 'ออกจากระบบ' : 'Sign out'}>
      <h1>{th ? 'ออกจากระบบ' : 'Sign out'}</h1>
      <Form ctx={ctx} action="/sign-out">
        <Button>{th ? 'ยืนยันออกจากระบบ' : 'Sign out now'}</Button>
      </Form>
    </Layout>
  );
}

export function DevSignInPage(props: { ctx: PageContext; accounts: AccountRow[]; next: string }) {
  const { ctx } = props;
  const th = ctx.lang === 'th';
  return (
    <Layout ctx={ctx} title={th ? 'เข้าสู่ระบบ (ทดสอบ)' : 'Sign in (development)'}>
      <h1>{th ? 'เข้าสู่ระบบด้วยผู้ใช้ตัวอย่าง' : 'Sign in as a demo user'}</h1>
      <Notice kind="warning">
        {th
          ? 'หน้านี้มีไว้สำหรับการพัฒนาเท่านั้น และปิดใช้งานในระบบจริง'
          : 'This page exists for development only and is disabled in production.'}
      </Notice>
      <ul>
        {props.accounts.map((a) => (
          <li key={a.id}>
            <Form ctx={ctx} action="/dev/sign-in">
              <input type="hidden" name="account_id" value={a.id} />
              <input type="hidden" name="next" value={props.next} />
              <Button variant="secondary">{th ? a.display_name_th : a.display_name_en}</Button>
            </Form>
          </li>
        ))}
      </ul>
    </Layout>
  );
}
