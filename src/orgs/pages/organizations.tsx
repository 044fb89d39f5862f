import {
  Button,
  DataTable,
  ErrorSummary,
  Form,
  Notice,
  SelectField,
  TextField,
} from '../../platform/views/components.tsx';
import type { PageContext } from '../../platform/views/context.ts';
import { Layout } from '../../platform/views/layout.tsx';
import { organizationKinds } from '../roles.ts';
import type { OrganizationRow } from '../store.ts';

export function OrganizationsPage(props: {
  ctx: PageContext;
  organizations: OrganizationRow[];
  values: Record<string, string>;
  errors: Record<string, string>;
  notice?: string;
}) {
  const { ctx, values, errors } = props;
  const th = ctx.lang === 'th';
  const title = th ? 'หน่วยงานในระบบ' : 'Organizations';
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      <DataTable
        caption={
          th
            ? `ทั้งหมด ${props.organizations.length} หน่วยงาน`
            : `${props.organizations.length} organizations`
        }
        rows={props.organizations}
        columns={[
          { header: th ? 'รหัส' : 'Code', cell: (o) => o.code },
          { header: th ? 'ชื่อ' : 'Name', cell: (o) => (th ? o.name_th : o.name_en) },
          { header: th ? 'ประเภท' : 'Kind', cell: (o) => organizationKinds[o.kind][ctx.lang] },
        ]}
      />
      <h2 id="new">{th ? 'เพิ่มหน่วยงาน' : 'Add an organization'}</h2>
      <ErrorSummary errors={errors} lang={ctx.lang} />
      <Form ctx={ctx} action="/admin/organizations">
        <TextField
          name="code"
          label={th ? 'รหัสหน่วยงาน' : 'Code'}
          hint={th ? 'ภาษาอังกฤษตัวเล็ก เช่น dopa' : 'Lower-case letters, e.g. dopa'}
          value={values.code}
          error={errors.code}
          required
          autocomplete="off"
        />
        <TextField
          name="name_th"
          label={th ? 'ชื่อภาษาไทย' : 'Thai name'}
          value={values.name_th}
          error={errors.name_th}
          required
        />
        <TextField
          name="name_en"
          label={th ? 'ชื่อภาษาอังกฤษ' : 'English name'}
          value={values.name_en}
          error={errors.name_en}
          required
        />
        <SelectField
          name="kind"
          label={th ? 'ประเภทหน่วยงาน' : 'Kind'}
          value={values.kind}
          error={errors.kind}
          placeholder={th ? 'เลือกประเภท' : 'Choose a kind'}
          options={Object.entries(organizationKinds).map(([value, label]) => ({
            value,
            label: label[ctx.lang],
          }))}
          required
        />
        <div class="actions">
          <Button>{th ? 'เพิ่มหน่วยงาน' : 'Add organization'}</Button>
        </div>
      </Form>
    </Layout>
  );
}
