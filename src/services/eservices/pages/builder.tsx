import { formatDate, type Lang, pick } from '../../../platform/i18n/index.ts';
import {
  Button,
  Checkbox,
  DataTable,
  ErrorSummary,
  Form,
  LinkButton,
  Notice,
  SelectField,
  TextArea,
  TextField,
} from '../../../platform/views/components.tsx';
import type { PageContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import { fieldsBefore, formatOptions, formatRowFields, revisionOf } from '../builder.ts';
import { claimFits, type Problem } from '../definition.ts';
import { emptyDraft, prefilledDraft } from '../form.ts';
import type { DefinitionRow, VersionRow } from '../store.ts';
import {
  type ClaimName,
  type Claims,
  claimNames,
  type EServiceDefinition,
  type Field,
  type FieldType,
  fieldTypes,
  fileKinds,
  type Page,
} from '../types.ts';
import { kindLabels } from '../uploads.ts';
import { CheckOption, DefinitionProblemList, formatBaht } from './common.tsx';
import { claimLabels, PageFields } from './fields.tsx';

type Org = { id: string; code: string; name: { th: string; en: string } };

export const fieldTypeLabels: Record<FieldType, { th: string; en: string }> = {
  text: { th: 'ข้อความ', en: 'Text' },
  number: { th: 'ตัวเลข', en: 'Number' },
  date: { th: 'วันที่ (แสดง พ.ศ.)', en: 'Date (shown in B.E.)' },
  choice: { th: 'ตัวเลือก', en: 'Choice' },
  checkbox: { th: 'ช่องทำเครื่องหมาย', en: 'Checkbox' },
  citizen_id: { th: 'เลขประจำตัวประชาชน', en: 'Citizen ID' },
  address: { th: 'ที่อยู่', en: 'Thai address' },
  phone: { th: 'โทรศัพท์', en: 'Phone' },
  email: { th: 'อีเมล', en: 'E-mail' },
  file: { th: 'แนบไฟล์', en: 'File upload' },
  repeat: { th: 'รายการหลายแถว', en: 'Repeating rows' },
};

const statusText = (row: DefinitionRow, lang: Lang) => {
  const th = lang === 'th';
  if (row.status === 'published')
    return th
      ? `เผยแพร่อยู่ (ฉบับที่ ${row.published_version})`
      : `Published (version ${row.published_version})`;
  if (row.status === 'unpublished') return th ? 'ปิดรับคำขอ' : 'Closed';
  return th ? 'ร่าง (ยังไม่เผยแพร่)' : 'Draft (not published)';
};

export function BuilderListPage(props: {
  ctx: PageContext;
  rows: DefinitionRow[];
  organizations: Org[];
  values: Record<string, string>;
  errors: Record<string, string>;
  problems?: Problem[];
  importText?: string;
  importErrors?: Record<string, string>;
}) {
  const { ctx, values, errors } = props;
  const lang = ctx.lang;
  const th = lang === 'th';
  const title = th ? 'ตัวสร้างบริการออนไลน์' : 'E-service builder';
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p class="lead">
        {th
          ? 'สร้างแบบฟอร์มบริการออนไลน์ของหน่วยงานได้เอง โดยไม่ต้องเขียนโปรแกรม'
          : 'Put your agency’s service online without writing code'}
      </p>
      <DataTable
        caption={th ? 'บริการของหน่วยงานของคุณ' : 'Your agencies’ services'}
        rows={props.rows}
        empty={th ? 'ยังไม่มีบริการ' : 'No services yet'}
        columns={[
          {
            header: th ? 'บริการ' : 'Service',
            cell: (r) => <a href={`/builder/${r.id}`}>{pick(r.working.title, lang)}</a>,
          },
          { header: th ? 'รหัส' : 'Code', cell: (r) => <code>{r.code}</code> },
          { header: th ? 'สถานะ' : 'Status', cell: (r) => statusText(r, lang) },
          {
            header: th ? 'แก้ไขล่าสุด' : 'Last edited',
            cell: (r) => formatDate(r.updated_at, lang, { style: 'short' }),
          },
        ]}
      />
      <h2 id="new">{th ? 'สร้างบริการใหม่' : 'Create a service'}</h2>
      <ErrorSummary errors={errors} lang={lang} />
      <Form ctx={ctx} action="/builder">
        <TextField
          name="title_th"
          label={th ? 'ชื่อบริการ (ภาษาไทย)' : 'Service name (Thai)'}
          value={values.title_th}
          error={errors.title_th}
        />
        <TextField
          name="title_en"
          label={th ? 'ชื่อบริการ (ภาษาอังกฤษ)' : 'Service name (English)'}
          value={values.title_en}
          error={errors.title_en}
        />
        <TextField
          name="code"
          label={th ? 'รหัสบริการ' : 'Service code'}
          hint={
            th
              ? 'ภาษาอังกฤษตัวเล็กและขีด เช่น pet-registration ใช้ในลิงก์ของบริการ เปลี่ยนภายหลังไม่ได้'
              : 'Lower-case letters and hyphens, e.g. pet-registration; used in links; cannot change later'
          }
          value={values.code}
          error={errors.code}
          autocomplete="off"
        />
        {props.organizations.length > 1 ? (
          <SelectField
            name="organization_id"
            label={th ? 'หน่วยงานเจ้าของบริการ' : 'Owning agency'}
            value={values.organization_id}
            error={errors.organization_id}
            placeholder={th ? 'เลือกหน่วยงาน' : 'Choose an agency'}
            options={props.organizations.map((o) => ({ value: o.id, label: pick(o.name, lang) }))}
          />
        ) : (
          <>
            <input type="hidden" name="organization_id" value={props.organizations[0]?.id ?? ''} />
            <p>
              {th ? 'หน่วยงานเจ้าของบริการ: ' : 'Owning agency: '}
              {props.organizations[0] ? pick(props.organizations[0].name, lang) : '—'}
            </p>
          </>
        )}
        <div class="actions">
          <Button>{th ? 'สร้างบริการ' : 'Create the service'}</Button>
        </div>
      </Form>
      <h2 id="import">{th ? 'นำเข้านิยามบริการ (JSON)' : 'Import a definition (JSON)'}</h2>
      <p>
        {th ? 'รูปแบบไฟล์ตาม ' : 'The format follows '}
        <code>docs/eservice-definition.schema.json</code>
      </p>
      {props.problems && <DefinitionProblemList problems={props.problems} lang={lang} />}
      <ErrorSummary errors={props.importErrors ?? {}} lang={lang} />
      <Form ctx={ctx} action="/builder/import" multipart>
        <div class="field">
          <label for="f-definition_file">{th ? 'ไฟล์ JSON' : 'JSON file'}</label>
          <input
            type="file"
            id="f-definition_file"
            name="definition_file"
            accept="application/json,.json"
          />
        </div>
        <TextArea
          name="definition"
          label={th ? 'หรือวางเนื้อหา JSON' : 'Or paste the JSON'}
          value={props.importText}
          error={props.importErrors?.definition}
          rows={6}
        />
        <Button variant="secondary">{th ? 'นำเข้า' : 'Import'}</Button>
      </Form>
    </Layout>
  );
}

function FieldRow({
  ctx,
  row,
  field,
  pageIndex,
}: {
  ctx: PageContext;
  row: DefinitionRow;
  field: Field;
  pageIndex: number;
}) {
  const lang = ctx.lang;
  const th = lang === 'th';
  const label = pick(field.label, lang);
  return (
    <tr>
      <td>
        <a href={`/builder/${row.id}/fields/${field.name}`}>{label}</a>
        {field.required && <span class="tag">{th ? 'บังคับ' : 'required'}</span>}
        {field.showIf && <span class="tag">{th ? 'มีเงื่อนไข' : 'conditional'}</span>}
        {field.prefill && <span class="tag">{th ? 'กรอกจากดิจิทัลไอดี' : 'from Digital ID'}</span>}
      </td>
      <td>{pick(fieldTypeLabels[field.type], lang)}</td>
      <td>
        <code>{field.name}</code>
      </td>
      <td>
        <Form ctx={ctx} action={`/builder/${row.id}/fields/${field.name}/move`} class="inline">
          <Revision row={row} />
          <input type="hidden" name="page" value={String(pageIndex)} />
          <button type="submit" class="button secondary" name="direction" value="up">
            {th ? `เลื่อน “${label}” ขึ้น` : `Move “${label}” up`}
          </button>
          <button type="submit" class="button secondary" name="direction" value="down">
            {th ? `เลื่อน “${label}” ลง` : `Move “${label}” down`}
          </button>
        </Form>
        <Form ctx={ctx} action={`/builder/${row.id}/fields/${field.name}/remove`} class="inline">
          <Revision row={row} />
          <button type="submit" class="button danger">
            {th ? `ลบ “${label}”` : `Remove “${label}”`}
          </button>
        </Form>
      </td>
    </tr>
  );
}

export function BuilderEditPage(props: {
  ctx: PageContext;
  row: DefinitionRow;
  organization: Org;
  versions: VersionRow[];
  values: Record<string, string>;
  errors: Record<string, string>;
  errorForm?: string;
  problems?: Problem[];
  notice?: string;
  changedSincePublish: boolean;
}) {
  const { ctx, row } = props;
  const def = row.working;
  const lang = ctx.lang;
  const th = lang === 'th';
  const title = pick(def.title, lang);
  const errorsFor = (form: string) => (props.errorForm === form ? props.errors : {});
  const valuesFor = (form: string) => (props.errorForm === form ? props.values : {});
  const add = valuesFor('add_field');
  const settings = props.errorForm === 'settings' ? props.values : settingsValues(def);
  const settingsErrors = errorsFor('settings');
  return (
    <Layout ctx={ctx} title={`${th ? 'แก้ไขบริการ' : 'Edit service'} · ${title}`}>
      <p>
        <a href="/builder">{th ? '← บริการทั้งหมด' : '← All services'}</a>
      </p>
      <p class="muted">{pick(props.organization.name, lang)}</p>
      <h1>{title}</h1>
      <p>
        <strong>{statusText(row, lang)}</strong>
        {props.changedSincePublish && row.published_version && (
          <span class="tag">{th ? 'มีการแก้ไขที่ยังไม่เผยแพร่' : 'unpublished changes'}</span>
        )}
      </p>
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      {props.problems && <DefinitionProblemList problems={props.problems} lang={lang} />}
      {errorsFor('general').general && <Notice kind="error">{errorsFor('general').general}</Notice>}
      <div class="actions">
        <LinkButton variant="secondary" href={`/builder/${row.id}/preview`}>
          {th ? 'ดูตัวอย่างแบบที่ประชาชนเห็น' : 'Preview as a citizen'}
        </LinkButton>
        <Form ctx={ctx} action={`/builder/${row.id}/publish`} class="inline">
          <Button>{th ? 'เผยแพร่ฉบับใหม่' : 'Publish a new version'}</Button>
        </Form>
        {row.status === 'published' && (
          <Form ctx={ctx} action={`/builder/${row.id}/unpublish`} class="inline">
            <Button variant="danger">{th ? 'ปิดรับคำขอ' : 'Unpublish'}</Button>
          </Form>
        )}
      </div>
      <p>
        <a href={`/builder/${row.id}/export.json`}>
          {th ? 'ส่งออกนิยามบริการ (JSON)' : 'Export the definition (JSON)'}
        </a>
        {' · '}
        <a href={`/builder/${row.id}/versions`}>
          {th
            ? `ประวัติฉบับที่เผยแพร่ (${props.versions.length})`
            : `Version history (${props.versions.length})`}
        </a>
        {row.status === 'published' && (
          <>
            {' · '}
            <a href={`/eservices/${row.code}/apply`}>
              {th ? 'หน้าบริการสำหรับประชาชน' : 'Citizen page'}
            </a>
          </>
        )}
      </p>

      <h2>{th ? 'หน้าและช่องข้อมูล' : 'Pages and fields'}</h2>
      {def.pages.map((page, pi) => (
        <section key={page.id} class="card">
          <h3>
            {th ? `หน้า ${pi + 1}: ` : `Page ${pi + 1}: `}
            {pick(page.title, lang)}
          </h3>
          {page.fields.length === 0 ? (
            <>
              <p class="muted">{th ? 'ยังไม่มีช่องข้อมูล' : 'No fields yet'}</p>
              {def.pages.length > 1 && (
                <Form ctx={ctx} action={`/builder/${row.id}/pages/${page.id}/remove`}>
                  <Revision row={row} />
                  <Button variant="secondary">
                    {th ? `ลบหน้า ${pi + 1}` : `Remove page ${pi + 1}`}
                  </Button>
                </Form>
              )}
            </>
          ) : (
            <div class="table-scroll">
              <table>
                <caption class="visually-hidden">{pick(page.title, lang)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{th ? 'คำถาม' : 'Question'}</th>
                    <th scope="col">{th ? 'ชนิด' : 'Kind'}</th>
                    <th scope="col">{th ? 'ชื่อช่อง' : 'Name'}</th>
                    <th scope="col">{th ? 'จัดการ' : 'Actions'}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.fields.map((f) => (
                    <FieldRow key={f.name} ctx={ctx} row={row} field={f} pageIndex={pi} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}

      <h2 id="add-field">{th ? 'เพิ่มช่องข้อมูล' : 'Add a field'}</h2>
      <ErrorSummary errors={errorsFor('add_field')} lang={lang} />
      <Form ctx={ctx} action={`/builder/${row.id}/fields`}>
        <Revision row={row} />
        <SelectField
          name="type"
          label={th ? 'ชนิดของช่อง' : 'Kind of field'}
          value={add.type}
          error={errorsFor('add_field').type}
          placeholder={th ? 'เลือกชนิด' : 'Choose a kind'}
          options={fieldTypes.map((t) => ({ value: t, label: pick(fieldTypeLabels[t], lang) }))}
        />
        <TextField
          name="label_th"
          label={th ? 'คำถาม (ภาษาไทย)' : 'Question (Thai)'}
          value={add.label_th}
          error={errorsFor('add_field').label_th}
        />
        <TextField
          name="label_en"
          label={th ? 'คำถาม (ภาษาอังกฤษ)' : 'Question (English)'}
          value={add.label_en}
          error={errorsFor('add_field').label_en}
        />
        <TextField
          name="name"
          label={th ? 'ชื่อช่อง (ไม่บังคับ)' : 'Field name (optional)'}
          hint={
            th
              ? 'ภาษาอังกฤษ เช่น birth_date ถ้าเว้นว่าง ระบบตั้งจากคำถามภาษาอังกฤษ'
              : 'e.g. birth_date; made from the English question when empty'
          }
          value={add.name}
          error={errorsFor('add_field').name}
          autocomplete="off"
        />
        <SelectField
          name="page"
          label={th ? 'อยู่ในหน้า' : 'On page'}
          value={add.page ?? String(def.pages.length - 1)}
          options={def.pages.map((p, i) => ({
            value: String(i),
            label: `${i + 1}. ${pick(p.title, lang)}`,
          }))}
        />
        <Checkbox
          name="required"
          label={th ? 'ต้องกรอก' : 'Required'}
          checked={add.required === 'on'}
        />
        <TextArea
          name="options"
          label={th ? 'ตัวเลือก (สำหรับชนิด “ตัวเลือก”)' : 'Options (for “Choice”)'}
          hint={
            th
              ? 'บรรทัดละหนึ่งตัวเลือก: ค่า|ภาษาไทย|English เช่น yes|ใช่|Yes'
              : 'One per line: value|Thai|English, e.g. yes|ใช่|Yes'
          }
          value={add.options}
          error={errorsFor('add_field').options}
          rows={3}
        />
        <p class="hint">
          {th
            ? 'รายละเอียดอื่น เช่น เงื่อนไขการแสดง ขนาดไฟล์ ตั้งได้ในหน้าแก้ไขช่องหลังเพิ่มแล้ว'
            : 'Other details (conditions, file sizes...) are set on the field’s page after adding it.'}
        </p>
        <Button>{th ? 'เพิ่มช่อง' : 'Add the field'}</Button>
      </Form>

      <h2 id="add-page">{th ? 'เพิ่มหน้า' : 'Add a page'}</h2>
      <ErrorSummary errors={errorsFor('add_page')} lang={lang} />
      <Form ctx={ctx} action={`/builder/${row.id}/pages`}>
        <Revision row={row} />
        <TextField
          name="page_title_th"
          label={th ? 'ชื่อหน้า (ภาษาไทย)' : 'Page title (Thai)'}
          value={valuesFor('add_page').page_title_th}
          error={errorsFor('add_page').page_title_th}
        />
        <TextField
          name="page_title_en"
          label={th ? 'ชื่อหน้า (ภาษาอังกฤษ)' : 'Page title (English)'}
          value={valuesFor('add_page').page_title_en}
          error={errorsFor('add_page').page_title_en}
        />
        <Button variant="secondary">{th ? 'เพิ่มหน้า' : 'Add the page'}</Button>
      </Form>

      <h2 id="settings">{th ? 'ข้อมูลบริการ' : 'Service settings'}</h2>
      <ErrorSummary errors={settingsErrors} lang={lang} />
      <Form ctx={ctx} action={`/builder/${row.id}/settings`}>
        <Revision row={row} />
        <TextField
          name="title_th"
          label={th ? 'ชื่อบริการ (ภาษาไทย)' : 'Name (Thai)'}
          value={settings.title_th}
          error={settingsErrors.title_th}
        />
        <TextField
          name="title_en"
          label={th ? 'ชื่อบริการ (ภาษาอังกฤษ)' : 'Name (English)'}
          value={settings.title_en}
          error={settingsErrors.title_en}
        />
        <TextArea
          name="description_th"
          label={th ? 'คำอธิบาย (ภาษาไทย)' : 'Description (Thai)'}
          value={settings.description_th}
          error={settingsErrors.description_th}
          rows={3}
        />
        <TextArea
          name="description_en"
          label={th ? 'คำอธิบาย (ภาษาอังกฤษ)' : 'Description (English)'}
          value={settings.description_en}
          error={settingsErrors.description_en}
          rows={3}
        />
        <TextField
          name="fee"
          label={th ? 'ค่าธรรมเนียม (บาท)' : 'Fee (baht)'}
          inputMode="decimal"
          value={settings.fee}
          error={settingsErrors.fee}
        />
        <TextField
          name="sla_days"
          label={th ? 'ระยะเวลาพิจารณาเป้าหมาย (วัน)' : 'Target days to decide'}
          inputMode="numeric"
          value={settings.sla_days}
          error={settingsErrors.sla_days}
        />
        <fieldset class="field">
          <legend>{th ? 'ข้อมูลที่ขอใช้จากดิจิทัลไอดี' : 'Digital ID claims this service reads'}</legend>
          {claimNames.map((c) => (
            <CheckOption
              key={c}
              name="claims"
              value={c}
              label={pick(claimLabels[c], lang)}
              checked={(settings.claims ?? '').split(',').includes(c)}
            />
          ))}
        </fieldset>
        <TextArea
          name="result_approved_th"
          label={th ? 'หนังสือแจ้งผลเมื่ออนุมัติ (ภาษาไทย)' : 'Approval letter (Thai)'}
          hint="{name} {tracking} {service} {date}"
          value={settings.result_approved_th}
          error={settingsErrors.result_approved_th}
          rows={4}
        />
        <TextArea
          name="result_approved_en"
          label={th ? 'หนังสือแจ้งผลเมื่ออนุมัติ (ภาษาอังกฤษ)' : 'Approval letter (English)'}
          value={settings.result_approved_en}
          error={settingsErrors.result_approved_en}
          rows={4}
        />
        <TextArea
          name="result_rejected_th"
          label={th ? 'หนังสือแจ้งผลเมื่อไม่อนุมัติ (ภาษาไทย)' : 'Rejection letter (Thai)'}
          hint="{name} {tracking} {service} {date} {reason}"
          value={settings.result_rejected_th}
          error={settingsErrors.result_rejected_th}
          rows={4}
        />
        <TextArea
          name="result_rejected_en"
          label={th ? 'หนังสือแจ้งผลเมื่อไม่อนุมัติ (ภาษาอังกฤษ)' : 'Rejection letter (English)'}
          value={settings.result_rejected_en}
          error={settingsErrors.result_rejected_en}
          rows={4}
        />
        <Button variant="secondary">{th ? 'บันทึกข้อมูลบริการ' : 'Save settings'}</Button>
      </Form>
      <h2>{th ? 'ขั้นตอนการพิจารณา' : 'Workflow'}</h2>
      <p>
        {th ? 'สถานะ: ' : 'States: '}
        {def.workflow.states.map((s) => pick(s.label, lang)).join(' → ')}
      </p>
      <p class="muted">
        {th
          ? 'ปรับขั้นตอนการพิจารณาได้ด้วยการส่งออก แก้ไข และนำเข้านิยามบริการ (JSON)'
          : 'Change the workflow by exporting, editing and importing the definition (JSON).'}
      </p>
    </Layout>
  );
}

function settingsValues(def: EServiceDefinition): Record<string, string> {
  return {
    title_th: def.title.th,
    title_en: def.title.en,
    description_th: def.description.th,
    description_en: def.description.en,
    fee: String(def.fee.amountBaht),
    sla_days: String(def.slaDays),
    claims: def.claims.join(','),
    result_approved_th: def.result.approved.th,
    result_approved_en: def.result.approved.en,
    result_rejected_th: def.result.rejected.th,
    result_rejected_en: def.result.rejected.en,
  };
}

export function fieldValues(field: Field): Record<string, string> {
  const v: Record<string, string> = {
    label_th: field.label.th,
    label_en: field.label.en,
    hint_th: field.hint?.th ?? '',
    hint_en: field.hint?.en ?? '',
    required: field.required ? 'on' : '',
    show_if_field: field.showIf?.field ?? '',
    show_if_values: field.showIf
      ? (field.showIf.in ?? [field.showIf.equals]).map(String).join(', ')
      : '',
    prefill: field.prefill ?? '',
    locked: field.locked ? 'on' : '',
    multiline: field.multiline ? 'on' : '',
    min_length: field.minLength?.toString() ?? '',
    max_length: field.maxLength?.toString() ?? '',
    pattern: field.pattern ?? '',
    pattern_message_th: field.patternMessage?.th ?? '',
    pattern_message_en: field.patternMessage?.en ?? '',
    min: field.min?.toString() ?? '',
    max: field.max?.toString() ?? '',
    integer: field.integer ? 'on' : '',
    unit_th: field.unit?.th ?? '',
    unit_en: field.unit?.en ?? '',
    options: formatOptions(field),
    display: field.display ?? 'radio',
    phone_kind: field.phoneKind ?? 'any',
    accept: (field.accept ?? []).join(','),
    max_size_kb: field.maxSizeKb?.toString() ?? '',
    row_fields: formatRowFields(field),
    min_rows: field.minRows?.toString() ?? '',
    max_rows: field.maxRows?.toString() ?? '',
  };
  return v;
}

export function FieldEditPage(props: {
  ctx: PageContext;
  row: DefinitionRow;
  field: Field;
  values: Record<string, string>;
  errors: Record<string, string>;
}) {
  const { ctx, row, field, values, errors } = props;
  const lang = ctx.lang;
  const th = lang === 'th';
  const def = row.working;
  const earlier = fieldsBefore(def, field.name);
  const conditionTargets = earlier.filter((f) => !['repeat', 'file', 'address'].includes(f.type));
  const claims = claimNames.filter((c: ClaimName) => claimFits[c].includes(field.type));
  const title = `${th ? 'แก้ไขช่อง' : 'Edit field'}: ${pick(field.label, lang)}`;
  return (
    <Layout ctx={ctx} title={title}>
      <p>
        <a href={`/builder/${row.id}`}>{th ? '← กลับไปที่บริการ' : '← Back to the service'}</a>
      </p>
      <h1>{title}</h1>
      <p>
        {th ? 'ชนิด: ' : 'Kind: '}
        {pick(fieldTypeLabels[field.type], lang)} · {th ? 'ชื่อช่อง: ' : 'Name: '}
        <code>{field.name}</code>
      </p>
      <ErrorSummary errors={errors} lang={lang} />
      <Form ctx={ctx} action={`/builder/${row.id}/fields/${field.name}`}>
        <Revision row={row} />
        <TextField
          name="label_th"
          label={th ? 'คำถาม (ภาษาไทย)' : 'Question (Thai)'}
          value={values.label_th}
          error={errors.label_th}
        />
        <TextField
          name="label_en"
          label={th ? 'คำถาม (ภาษาอังกฤษ)' : 'Question (English)'}
          value={values.label_en}
          error={errors.label_en}
        />
        <TextField
          name="hint_th"
          label={th ? 'คำแนะนำ (ภาษาไทย ไม่บังคับ)' : 'Hint (Thai, optional)'}
          value={values.hint_th}
          error={errors.hint_th}
        />
        <TextField
          name="hint_en"
          label={th ? 'คำแนะนำ (ภาษาอังกฤษ ไม่บังคับ)' : 'Hint (English, optional)'}
          value={values.hint_en}
          error={errors.hint_en}
        />
        <Checkbox
          name="required"
          label={th ? 'ต้องกรอก' : 'Required'}
          checked={values.required === 'on'}
        />
        {field.type === 'text' && (
          <>
            <Checkbox
              name="multiline"
              label={th ? 'ข้อความหลายบรรทัด' : 'Several lines'}
              checked={values.multiline === 'on'}
            />
            <TextField
              name="min_length"
              label={th ? 'ความยาวต่ำสุด' : 'Minimum length'}
              inputMode="numeric"
              value={values.min_length}
              error={errors.min_length}
            />
            <TextField
              name="max_length"
              label={th ? 'ความยาวสูงสุด' : 'Maximum length'}
              inputMode="numeric"
              value={values.max_length}
              error={errors.max_length}
            />
            <TextField
              name="pattern"
              label={
                th ? 'รูปแบบ (regular expression ไม่บังคับ)' : 'Pattern (regular expression, optional)'
              }
              value={values.pattern}
              error={errors.pattern}
            />
            <TextField
              name="pattern_message_th"
              label={th ? 'ข้อความเมื่อไม่ตรงรูปแบบ (ภาษาไทย)' : 'Message when the pattern fails (Thai)'}
              value={values.pattern_message_th}
              error={errors.pattern_message_th}
            />
            <TextField
              name="pattern_message_en"
              label={
                th ? 'ข้อความเมื่อไม่ตรงรูปแบบ (ภาษาอังกฤษ)' : 'Message when the pattern fails (English)'
              }
              value={values.pattern_message_en}
              error={errors.pattern_message_en}
            />
          </>
        )}
        {(field.type === 'number' || field.type === 'date') && (
          <>
            <TextField
              name="min"
              label={th ? 'ค่าต่ำสุด' : 'Minimum'}
              hint={
                field.type === 'date'
                  ? th
                    ? 'YYYY-MM-DD (ค.ศ.) หรือ today'
                    : 'YYYY-MM-DD or today'
                  : undefined
              }
              value={values.min}
              error={errors.min}
            />
            <TextField
              name="max"
              label={th ? 'ค่าสูงสุด' : 'Maximum'}
              hint={
                field.type === 'date'
                  ? th
                    ? 'YYYY-MM-DD (ค.ศ.) หรือ today'
                    : 'YYYY-MM-DD or today'
                  : undefined
              }
              value={values.max}
              error={errors.max}
            />
          </>
        )}
        {field.type === 'number' && (
          <>
            <Checkbox
              name="integer"
              label={th ? 'จำนวนเต็มเท่านั้น' : 'Whole numbers only'}
              checked={values.integer === 'on'}
            />
            <TextField
              name="unit_th"
              label={th ? 'หน่วย (ภาษาไทย)' : 'Unit (Thai)'}
              value={values.unit_th}
              error={errors.unit_th}
            />
            <TextField
              name="unit_en"
              label={th ? 'หน่วย (ภาษาอังกฤษ)' : 'Unit (English)'}
              value={values.unit_en}
              error={errors.unit_en}
            />
          </>
        )}
        {field.type === 'choice' && (
          <>
            <TextArea
              name="options"
              label={
                th
                  ? 'ตัวเลือก: ค่า|ภาษาไทย|English บรรทัดละหนึ่ง'
                  : 'Options: value|Thai|English, one per line'
              }
              value={values.options}
              error={errors.options}
              rows={5}
            />
            <SelectField
              name="display"
              label={th ? 'รูปแบบการแสดง' : 'Shown as'}
              value={values.display}
              options={[
                { value: 'radio', label: th ? 'ปุ่มตัวเลือก (radio)' : 'Radio buttons' },
                { value: 'select', label: th ? 'รายการแบบเลื่อน (select)' : 'Drop-down list' },
              ]}
            />
          </>
        )}
        {field.type === 'phone' && (
          <SelectField
            name="phone_kind"
            label={th ? 'ชนิดเบอร์' : 'Kind of number'}
            value={values.phone_kind}
            options={[
              { value: 'any', label: th ? 'มือถือหรือโทรศัพท์บ้าน' : 'Mobile or landline' },
              { value: 'mobile', label: th ? 'มือถือเท่านั้น' : 'Mobile only' },
            ]}
          />
        )}
        {field.type === 'file' && (
          <>
            <fieldset class="field">
              <legend>{th ? 'ชนิดไฟล์ที่รับ' : 'Accepted kinds'}</legend>
              {fileKinds.map((k) => (
                <CheckOption
                  key={k}
                  name="accept"
                  value={k}
                  label={kindLabels[k]}
                  checked={values.accept?.split(',').includes(k)}
                />
              ))}
            </fieldset>
            <TextField
              name="max_size_kb"
              label={th ? 'ขนาดสูงสุด (KB, ไม่เกิน 10240)' : 'Maximum size (KB, at most 10240)'}
              inputMode="numeric"
              value={values.max_size_kb}
              error={errors.max_size_kb}
            />
          </>
        )}
        {field.type === 'repeat' && (
          <>
            <TextArea
              name="row_fields"
              label={th ? 'ช่องในแต่ละแถว' : 'Fields of each row'}
              hint={
                th
                  ? 'บรรทัดละหนึ่งช่อง: ชื่อ|ชนิด|ภาษาไทย|English|required เช่น name|text|ชื่อ|Name|required'
                  : 'One per line: name|type|Thai|English|required, e.g. name|text|ชื่อ|Name|required'
              }
              value={values.row_fields}
              error={errors.row_fields}
              rows={5}
            />
            <TextField
              name="min_rows"
              label={th ? 'จำนวนแถวต่ำสุด' : 'Minimum rows'}
              inputMode="numeric"
              value={values.min_rows}
              error={errors.min_rows}
            />
            <TextField
              name="max_rows"
              label={th ? 'จำนวนแถวสูงสุด' : 'Maximum rows'}
              inputMode="numeric"
              value={values.max_rows}
              error={errors.max_rows}
            />
          </>
        )}
        <fieldset class="field">
          <legend>{th ? 'เงื่อนไขการแสดง (ไม่บังคับ)' : 'Show only when (optional)'}</legend>
          <SelectField
            name="show_if_field"
            label={th ? 'แสดงเมื่อคำตอบของช่อง' : 'Show when the answer to'}
            value={values.show_if_field}
            error={errors.show_if_field}
            placeholder={th ? 'แสดงเสมอ' : 'Always show'}
            options={conditionTargets.map((f) => ({
              value: f.name,
              label: `${pick(f.label, lang)} (${f.name})`,
            }))}
          />
          <TextField
            name="show_if_values"
            label={th ? 'มีค่าเป็น (คั่นหลายค่าด้วยจุลภาค)' : 'is (several values separated by commas)'}
            hint={
              th
                ? 'ใช้ค่าของตัวเลือก เช่น yes หรือ true/false สำหรับช่องทำเครื่องหมาย'
                : 'Use option values, e.g. yes, or true/false for a checkbox'
            }
            value={values.show_if_values}
            error={errors.show_if_values}
          />
        </fieldset>
        {claims.length > 0 && (
          <fieldset class="field">
            <legend>
              {th ? 'กรอกให้จากดิจิทัลไอดี (ไม่บังคับ)' : 'Fill in from the Digital ID (optional)'}
            </legend>
            <SelectField
              name="prefill"
              label={th ? 'ข้อมูล' : 'Claim'}
              value={values.prefill}
              error={errors.prefill}
              placeholder={th ? 'ไม่กรอกให้' : 'Do not fill in'}
              options={claims.map((c) => ({ value: c, label: pick(claimLabels[c], lang) }))}
            />
            <Checkbox
              name="locked"
              label={th ? 'ล็อกไว้ ผู้ยื่นแก้ไขไม่ได้' : 'Locked: the citizen cannot change it'}
              checked={values.locked === 'on'}
            />
          </fieldset>
        )}
        <div class="actions">
          <Button>{th ? 'บันทึกช่อง' : 'Save the field'}</Button>
          <LinkButton variant="secondary" href={`/builder/${row.id}`}>
            {th ? 'ยกเลิก' : 'Cancel'}
          </LinkButton>
        </div>
      </Form>
    </Layout>
  );
}

export function PreviewPage(props: {
  ctx: PageContext;
  row: DefinitionRow;
  pageIndex: number;
  claims: Claims;
}) {
  const { ctx, row } = props;
  const def = row.working;
  const lang = ctx.lang;
  const th = lang === 'th';
  const page: Page | undefined = def.pages[props.pageIndex];
  const state = page ? prefilledDraft(def, props.claims) : emptyDraft();
  const title = `${th ? 'ตัวอย่าง' : 'Preview'}: ${pick(def.title, lang)}`;
  return (
    <Layout ctx={ctx} title={title}>
      <p>
        <a href={`/builder/${row.id}`}>{th ? '← กลับไปแก้ไข' : '← Back to editing'}</a>
      </p>
      <Notice kind="warning">
        {th
          ? 'นี่คือตัวอย่างแบบฟอร์มตามฉบับที่กำลังแก้ไข ส่งไม่ได้ ช่องที่มีเงื่อนไขแสดงทั้งหมดพร้อมป้ายกำกับ และข้อมูลที่กรอกให้มาจากดิจิทัลไอดีของคุณเอง'
          : 'A preview of the version being edited; it cannot be sent. Conditional fields all show, tagged; filled-in answers come from your own Digital ID.'}
      </Notice>
      <p class="muted">{pick(def.title, lang)}</p>
      <nav aria-label={th ? 'หน้าของแบบฟอร์ม' : 'Form pages'}>
        <ol>
          {def.pages.map((p, i) => (
            <li key={p.id}>
              {i === props.pageIndex ? (
                <strong aria-current="page">{pick(p.title, lang)}</strong>
              ) : (
                <a href={`/builder/${row.id}/preview?page=${i + 1}`}>{pick(p.title, lang)}</a>
              )}
            </li>
          ))}
        </ol>
      </nav>
      {page && (
        <>
          <h1>{pick(page.title, lang)}</h1>
          {page.intro && <p class="lead">{pick(page.intro, lang)}</p>}
          <form action="#" method="get" noValidate>
            <PageFields
              lang={lang}
              page={page}
              state={state}
              errors={{}}
              visible={new Set(page.fields.map((f) => f.name))}
              preview
            />
          </form>
        </>
      )}
      <h2>{th ? 'ค่าธรรมเนียมและระยะเวลา' : 'Fee and time'}</h2>
      <p>
        {formatBaht(def.fee.amountBaht, lang)} ·{' '}
        {th ? `พิจารณาภายใน ${def.slaDays} วัน` : `decided within ${def.slaDays} days`}
      </p>
    </Layout>
  );
}

export function VersionsPage(props: {
  ctx: PageContext;
  row: DefinitionRow;
  versions: VersionRow[];
  names: Record<string, string>;
}) {
  const { ctx, row } = props;
  const lang = ctx.lang;
  const th = lang === 'th';
  const title = `${th ? 'ประวัติฉบับ' : 'Versions'}: ${pick(row.working.title, lang)}`;
  return (
    <Layout ctx={ctx} title={title}>
      <p>
        <a href={`/builder/${row.id}`}>{th ? '← กลับไปแก้ไข' : '← Back to editing'}</a>
      </p>
      <h1>{title}</h1>
      <p>
        {th
          ? 'ฉบับที่เผยแพร่แล้วแก้ไขไม่ได้ คำขอแต่ละรายการใช้ฉบับที่ผู้ยื่นเริ่มกรอกเสมอ'
          : 'Published versions never change; each application keeps the version it started with.'}
      </p>
      <DataTable
        caption={th ? 'ล่าสุดก่อน' : 'Newest first'}
        rows={props.versions}
        empty={th ? 'ยังไม่เคยเผยแพร่' : 'Never published'}
        columns={[
          { header: th ? 'ฉบับที่' : 'Version', cell: (v) => String(v.version), numeric: true },
          {
            header: th ? 'เผยแพร่เมื่อ' : 'Published',
            cell: (v) => formatDate(v.published_at, lang, { withTime: true }),
          },
          { header: th ? 'โดย' : 'By', cell: (v) => props.names[v.published_by] ?? '—' },
          {
            header: th ? 'จำนวนช่อง' : 'Fields',
            cell: (v) => String(v.definition.pages.reduce((n, p) => n + p.fields.length, 0)),
            numeric: true,
          },
          {
            header: th ? 'ไฟล์' : 'File',
            cell: (v) => (
              <a href={`/builder/${row.id}/versions/${v.version}/export.json`}>
                {th ? `ส่งออกฉบับที่ ${v.version}` : `Export version ${v.version}`}
              </a>
            ),
          },
        ]}
      />
    </Layout>
  );
}

/** The working copy's revision, sent back with every edit so a stale form is refused. */
function Revision({ row }: { row: DefinitionRow }) {
  return <input type="hidden" name="_rev" value={revisionOf(row.working)} />;
}
