import { pick } from '../../platform/i18n/index.ts';
import {
  Button,
  Checkbox,
  ErrorSummary,
  Form,
  SelectField,
  TextArea,
  TextField,
} from '../../platform/views/components.tsx';
import type { PageContext } from '../../platform/views/context.ts';
import { Layout } from '../../platform/views/layout.tsx';
import { catalogFields } from '../catalog-metadata.ts';
import { licenses } from '../licenses.ts';
import { Breadcrumbs, tx } from './ui.tsx';

/** The dataset form: CKAN's fields and the GDC metadata, named as the API names them. */
export function DatasetFormPage(props: {
  ctx: PageContext;
  mode: 'new' | 'edit';
  datasetName?: string;
  values: Record<string, string>;
  groupsChecked: string[];
  errors: Record<string, string>;
  organizations: Array<{ id: string; title: string }>;
  groups: Array<{ name: string; title: string }>;
}) {
  const { ctx, values, errors } = props;
  const t = tx(ctx.lang);
  const title =
    props.mode === 'new' ? t('เพิ่มชุดข้อมูล', 'Add a dataset') : t('แก้ไขชุดข้อมูล', 'Edit the dataset');
  const action = props.mode === 'new' ? '/data/new' : `/data/dataset/${props.datasetName}/edit`;
  const general = catalogFields.filter((f) => !f.onlyFor);
  const stats = catalogFields.filter(
    (f) => f.onlyFor?.includes('statistics') && !f.onlyFor.includes('geospatial'),
  );
  const geo = catalogFields.filter(
    (f) => f.onlyFor?.includes('geospatial') && !f.onlyFor.includes('statistics'),
  );
  const catalogField = (f: (typeof catalogFields)[number]) =>
    f.choices ? (
      <SelectField
        key={f.key}
        name={f.key}
        label={pick(f.label, ctx.lang)}
        value={values[f.key]}
        error={errors[f.key]}
        placeholder={t('— ไม่ระบุ —', '— not given —')}
        options={Object.entries(f.choices).map(([value, label]) => ({
          value,
          label: pick(label, ctx.lang),
        }))}
      />
    ) : (
      <TextField
        key={f.key}
        name={f.key}
        label={pick(f.label, ctx.lang)}
        value={values[f.key]}
        error={errors[f.key]}
        {...(f.kind === 'year' || f.kind === 'positive' ? { inputMode: 'numeric' as const } : {})}
        {...(f.kind === 'longitude' || f.kind === 'latitude'
          ? { inputMode: 'decimal' as const }
          : {})}
      />
    );
  return (
    <Layout ctx={ctx} title={title}>
      <Breadcrumbs
        lang={ctx.lang}
        items={[
          { href: '/data', label: t('ข้อมูลเปิด', 'Open data') },
          ...(props.datasetName
            ? [{ href: `/data/dataset/${props.datasetName}`, label: props.datasetName }]
            : []),
          { label: title },
        ]}
      />
      <h1>{title}</h1>
      <ErrorSummary errors={errors} lang={ctx.lang} />
      <Form ctx={ctx} action={action}>
        <TextField
          name="title"
          label={t('ชื่อชุดข้อมูล', 'Title')}
          value={values.title}
          error={errors.title}
          required
        />
        <TextField
          name="name"
          label={t('ชื่อย่อสำหรับ URL', 'URL name')}
          hint={t(
            'ภาษาอังกฤษตัวเล็ก ตัวเลข - หรือ _ ยาว 2–100 ตัว เช่น pm25-daily-2567',
            'Lower-case letters, digits, - or _, 2–100 characters, e.g. pm25-daily-2567',
          )}
          value={values.name}
          error={errors.name}
          required
          autocomplete="off"
        />
        <TextArea
          name="notes"
          label={t('คำอธิบาย', 'Description')}
          value={values.notes}
          error={errors.notes}
          rows={5}
        />
        <SelectField
          name="owner_org"
          label={t('หน่วยงานเจ้าของข้อมูล', 'Organization')}
          value={values.owner_org}
          error={errors.owner_org}
          options={props.organizations.map((o) => ({ value: o.id, label: o.title }))}
          required
        />
        <SelectField
          name="license_id"
          label={t('สัญญาอนุญาต', 'Licence')}
          value={values.license_id || 'open-data-common'}
          error={errors.license_id}
          options={licenses.map((l) => ({
            value: l.id,
            label: ctx.lang === 'th' ? l.titleTh : l.title,
          }))}
        />
        <TextField
          name="tag_string"
          label={t('คำสำคัญ', 'Tags')}
          hint={t('คั่นด้วยจุลภาค เช่น ฝุ่น, อากาศ, pm2.5', 'Separate with commas, e.g. air, pm2.5')}
          value={values.tag_string}
          error={errors.tag_string ?? errors.tags}
        />
        {props.groups.length > 0 && (
          <fieldset>
            <legend>{t('หมวดหมู่', 'Groups')}</legend>
            {props.groups.map((g) => (
              <Checkbox
                key={g.name}
                name={`group_${g.name}`}
                label={g.title}
                checked={props.groupsChecked.includes(g.name)}
              />
            ))}
          </fieldset>
        )}
        <Checkbox
          name="private"
          label={t(
            'ส่วนตัว (เห็นเฉพาะเจ้าหน้าที่ของหน่วยงาน)',
            'Private (only staff of the organization see it)',
          )}
          checked={values.private === 'true' || values.private === 'on'}
          error={errors.private}
        />
        <TextField
          name="maintainer"
          label={t('ผู้ดูแลข้อมูล', 'Maintainer')}
          value={values.maintainer}
          error={errors.maintainer}
        />
        <TextField
          name="maintainer_email"
          type="email"
          label={t('อีเมลผู้ดูแลข้อมูล', 'Maintainer e-mail')}
          value={values.maintainer_email}
          error={errors.maintainer_email}
          autocomplete="off"
        />
        <TextField
          name="url"
          type="url"
          label={t('ลิงก์แหล่งข้อมูลต้นทาง', 'Source link')}
          value={values.url}
          error={errors.url}
        />
        <TextField
          name="version"
          label={t('เวอร์ชัน', 'Version')}
          value={values.version}
          error={errors.version}
        />
        <h2>{t('บัญชีข้อมูลภาครัฐ (GDC)', 'Government Data Catalog (GDC)')}</h2>
        {general.map(catalogField)}
        <h3>{t('สำหรับข้อมูลสถิติ', 'For statistical data')}</h3>
        <p class="hint">
          {t(
            'กรอกเมื่อประเภทชุดข้อมูลเป็นข้อมูลสถิติหรือหลากหลายประเภท',
            'Fill in when the data type is statistical or multiple.',
          )}
        </p>
        {stats.map(catalogField)}
        <h3>{t('สำหรับข้อมูลภูมิสารสนเทศ', 'For geospatial data')}</h3>
        <p class="hint">
          {t(
            'กรอกเมื่อประเภทชุดข้อมูลเป็นข้อมูลภูมิสารสนเทศหรือหลากหลายประเภท',
            'Fill in when the data type is geospatial or multiple.',
          )}
        </p>
        {geo.map(catalogField)}
        <div class="actions">
          <Button>
            {props.mode === 'new' ? t('บันทึกและเพิ่มทรัพยากร', 'Save and add data') : t('บันทึก', 'Save')}
          </Button>
          <a href={props.datasetName ? `/data/dataset/${props.datasetName}` : '/data'}>
            {t('ยกเลิก', 'Cancel')}
          </a>
        </div>
      </Form>
    </Layout>
  );
}

export function ResourceFormPage(props: {
  ctx: PageContext;
  datasetName: string;
  datasetTitle: string;
  values: Record<string, string>;
  errors: Record<string, string>;
}) {
  const { ctx, values, errors } = props;
  const t = tx(ctx.lang);
  const title = t('เพิ่มทรัพยากร', 'Add a resource');
  return (
    <Layout ctx={ctx} title={title}>
      <Breadcrumbs
        lang={ctx.lang}
        items={[
          { href: '/data', label: t('ข้อมูลเปิด', 'Open data') },
          { href: `/data/dataset/${props.datasetName}`, label: props.datasetTitle },
          { label: title },
        ]}
      />
      <h1>{title}</h1>
      <p>
        {t(
          'อัปโหลดไฟล์ (ไม่เกิน 10 MB) หรือใส่ลิงก์ ไฟล์ CSV และ XLSX จะถูกนำเข้าคลังข้อมูลเพื่อให้ดูตัวอย่างและเรียกผ่าน API ได้',
          'Upload a file (up to 10 MB) or give a link. CSV and XLSX files are loaded into the datastore for preview and API access.',
        )}
      </p>
      <ErrorSummary errors={errors} lang={ctx.lang} />
      <Form ctx={ctx} action={`/data/dataset/${props.datasetName}/resource/new`} multipart>
        <div class={errors.upload ? 'field invalid' : 'field'}>
          <label for="f-upload">{t('ไฟล์', 'File')}</label>
          <p class="hint" id="f-upload-hint">
            {t('CSV, XLSX, JSON, PDF และอื่น ๆ', 'CSV, XLSX, JSON, PDF and others')}
          </p>
          {errors.upload && (
            <p class="field-error" id="f-upload-error">
              {errors.upload}
            </p>
          )}
          <input
            id="f-upload"
            name="upload"
            type="file"
            aria-describedby={errors.upload ? 'f-upload-hint f-upload-error' : 'f-upload-hint'}
          />
        </div>
        <TextField
          name="url"
          type="url"
          label={t('หรือ ลิงก์ไปยังข้อมูล', 'Or a link to the data')}
          value={values.url}
          error={errors.url}
        />
        <TextField
          name="name"
          label={t('ชื่อทรัพยากร', 'Name')}
          value={values.name}
          error={errors.name}
        />
        <TextArea
          name="description"
          label={t('คำอธิบาย', 'Description')}
          value={values.description}
          error={errors.description}
          rows={3}
        />
        <TextField
          name="format"
          label={t('รูปแบบไฟล์', 'Format')}
          hint={t('เว้นว่างได้ ระบบจะดูจากนามสกุลไฟล์', 'Optional: guessed from the file name')}
          value={values.format}
          error={errors.format}
        />
        <div class="actions">
          <Button>{t('บันทึกทรัพยากร', 'Save the resource')}</Button>
          <a href={`/data/dataset/${props.datasetName}`}>{t('ยกเลิก', 'Cancel')}</a>
        </div>
      </Form>
    </Layout>
  );
}
