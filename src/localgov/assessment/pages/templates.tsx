import { formatDate, pick } from '../../../platform/i18n/index.ts';
import {
  Button,
  Checkbox,
  DataTable,
  ErrorSummary,
  Form,
  Notice,
  SelectField,
  TextArea,
} from '../../../platform/views/components.tsx';
import type { PageContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import {
  type AssessmentQuestion,
  type AssessmentTemplate,
  formatFiscalYear,
  questionsFor,
  resolveLegalReference,
} from '../../assessment-template.ts';
import type { TemplateRow } from '../store.ts';
import { answerLabels, Breadcrumbs, frameworkTitle, RadioGroup, TEMPLATES } from './shared.tsx';

type TemplateSummary = Omit<TemplateRow, 'definition'>;

function statusText(status: string, th: boolean) {
  return status === 'published' ? (th ? 'ประกาศใช้แล้ว' : 'Published') : th ? 'ร่าง' : 'Draft';
}

export function TemplateListPage(props: {
  ctx: PageContext;
  templates: TemplateSummary[];
  fiscalYears: number[];
  values: Record<string, string>;
  errors: Record<string, string>;
}) {
  const { ctx } = props;
  const th = ctx.lang === 'th';
  const title = th ? 'แบบประเมินตามปีงบประมาณ' : 'Questionnaire templates';
  const label = (t: TemplateSummary) =>
    th
      ? `${formatFiscalYear(t.fiscal_year, ctx.lang)} ฉบับที่ ${t.version}`
      : `${formatFiscalYear(t.fiscal_year, ctx.lang)}, version ${t.version}`;
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p class="lead">
        {th
          ? 'แบบประเมินแต่ละฉบับใช้ได้ตั้งแต่ปีงบประมาณของฉบับนั้น แบบประเมินที่เริ่มแล้วใช้ฉบับเดิมจนยื่น ฉบับที่ประกาศใช้แล้วแก้ไขไม่ได้ ให้สร้างฉบับใหม่แล้วแก้ไข'
          : 'Each version applies from its fiscal year on; an assessment keeps the version it started with. Published versions are frozen: make a new version to change questions.'}
      </p>
      <DataTable
        caption={th ? 'ฉบับทั้งหมด' : 'All versions'}
        rows={props.templates}
        columns={[
          {
            header: th ? 'ฉบับ' : 'Version',
            cell: (t) => <a href={`${TEMPLATES}/${t.id}`}>{label(t)}</a>,
          },
          { header: th ? 'สถานะ' : 'Status', cell: (t) => statusText(t.status, th) },
          {
            header: th ? 'ประกาศใช้เมื่อ' : 'Published',
            cell: (t) => (t.published_at ? formatDate(t.published_at, ctx.lang) : '–'),
          },
        ]}
      />
      <h2 id="new-version">{th ? 'สร้างฉบับใหม่' : 'Make a new version'}</h2>
      <ErrorSummary errors={props.errors} lang={ctx.lang} />
      <Form ctx={ctx} action={`${TEMPLATES}/versions`}>
        <SelectField
          name="source"
          label={th ? 'คัดลอกจากฉบับ' : 'Copy from'}
          value={props.values.source}
          error={props.errors.source}
          options={props.templates.map((t) => ({ value: t.id, label: label(t) }))}
        />
        <SelectField
          name="fiscal_year"
          label={th ? 'ใช้สำหรับปีงบประมาณ' : 'For fiscal year'}
          value={props.values.fiscal_year}
          error={props.errors.fiscal_year}
          options={props.fiscalYears.map((y) => ({
            value: String(y),
            label: formatFiscalYear(y, ctx.lang),
          }))}
        />
        <div class="actions">
          <Button>{th ? 'สร้างฉบับร่าง' : 'Create a draft'}</Button>
        </div>
      </Form>
    </Layout>
  );
}

export function TemplatePage(props: {
  ctx: PageContext;
  row: TemplateRow;
  notice?: string | undefined;
  error?: string | undefined;
}) {
  const { ctx, row } = props;
  const template = row.definition;
  const th = ctx.lang === 'th';
  const draft = row.status === 'draft';
  const title = th
    ? `แบบประเมิน${formatFiscalYear(row.fiscal_year, ctx.lang)} ฉบับที่ ${row.version}`
    : `Template for ${formatFiscalYear(row.fiscal_year, ctx.lang)}, version ${row.version}`;
  return (
    <Layout ctx={ctx} title={title}>
      <Breadcrumbs
        lang={ctx.lang}
        items={[{ href: TEMPLATES, label: th ? 'แบบประเมินทุกฉบับ' : 'All versions' }]}
      />
      <h1>{title}</h1>
      <p class="lead">
        {pick(template.title, ctx.lang)} · {statusText(row.status, th)} ·{' '}
        {th ? `${template.questions.length} คำถาม` : `${template.questions.length} questions`}
      </p>
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      {props.error && <Notice kind="error">{props.error}</Notice>}
      {draft && (
        <Form ctx={ctx} action={`${TEMPLATES}/${row.id}/publish`}>
          <p>
            {th
              ? 'เมื่อประกาศใช้แล้ว แบบประเมินที่เริ่มใหม่ตั้งแต่ปีงบประมาณนี้จะใช้ฉบับนี้ และจะแก้ไขฉบับนี้ไม่ได้อีก'
              : 'Once published, new assessments from this fiscal year use this version, and it can no longer be changed.'}
          </p>
          <Button>{th ? 'ประกาศใช้ฉบับนี้' : 'Publish this version'}</Button>
        </Form>
      )}
      {template.projectTypes.map((p) => (
        <section key={p.id} aria-labelledby={`pt-${p.id}`}>
          <h2 id={`pt-${p.id}`}>{pick(p.label, ctx.lang)}</h2>
          {template.frameworks.map((f) => {
            const questions = questionsFor(template, p.id, f.id);
            return (
              <div key={f.id}>
                <h3>{frameworkTitle(template, f.id, ctx.lang)}</h3>
                <ol>
                  {questions.map((q) => (
                    <li key={q.id}>
                      <p>
                        {pick(q.text, ctx.lang)}{' '}
                        <span class="tag">
                          {th ? 'น้ำหนัก' : 'weight'} {q.weight} · {th ? 'ผ่านเมื่อตอบ' : 'compliant'} "
                          {answerLabels[q.expected][ctx.lang]}"
                        </span>
                      </p>
                      <p class="hint">
                        {q.references
                          .map((r) => pick(resolveLegalReference(template, r).citation, ctx.lang))
                          .join('; ')}
                      </p>
                      {draft && (
                        <p>
                          <a href={`${TEMPLATES}/${row.id}/questions/${q.id}`}>
                            {th ? 'แก้ไข' : 'Edit'}
                            <span class="visually-hidden"> {q.id}</span>
                          </a>
                          {' · '}
                          <a href={`${TEMPLATES}/${row.id}/questions/${q.id}/remove`}>
                            {th ? 'ลบ' : 'Remove'}
                            <span class="visually-hidden"> {q.id}</span>
                          </a>
                        </p>
                      )}
                    </li>
                  ))}
                </ol>
                {draft && (
                  <p>
                    <a
                      href={`${TEMPLATES}/${row.id}/questions/new?project_type=${p.id}&framework=${f.id}`}
                    >
                      {th ? 'เพิ่มคำถามในหมวดนี้' : 'Add a question here'}
                      <span class="visually-hidden">
                        {' '}
                        {pick(p.label, ctx.lang)} {pick(f.label, ctx.lang)}
                      </span>
                    </a>
                  </p>
                )}
              </div>
            );
          })}
        </section>
      ))}
    </Layout>
  );
}

/** Adding or changing one question of a draft version. */
export function QuestionFormPage(props: {
  ctx: PageContext;
  row: TemplateRow;
  question: AssessmentQuestion | null;
  values: Record<string, string>;
  references: string[];
  errors: Record<string, string>;
  error?: string | undefined;
}) {
  const { ctx, row, values, errors } = props;
  const template: AssessmentTemplate = row.definition;
  const th = ctx.lang === 'th';
  const editing = props.question !== null;
  const title = editing
    ? th
      ? `แก้ไขคำถาม ${props.question?.id}`
      : `Edit question ${props.question?.id}`
    : th
      ? 'เพิ่มคำถาม'
      : 'Add a question';
  const action = editing
    ? `${TEMPLATES}/${row.id}/questions/${props.question?.id}`
    : `${TEMPLATES}/${row.id}/questions`;
  return (
    <Layout ctx={ctx} title={title}>
      <Breadcrumbs
        lang={ctx.lang}
        items={[
          {
            href: `${TEMPLATES}/${row.id}`,
            label: th ? 'กลับไปที่แบบประเมิน' : 'Back to the template',
          },
        ]}
      />
      <h1>{title}</h1>
      {props.error && <Notice kind="error">{props.error}</Notice>}
      <ErrorSummary errors={errors} lang={ctx.lang} />
      <Form ctx={ctx} action={action}>
        {!editing && (
          <>
            <SelectField
              name="project_type"
              label={th ? 'ประเภทโครงการ' : 'Project type'}
              value={values.project_type}
              error={errors.project_type}
              options={template.projectTypes.map((p) => ({
                value: p.id,
                label: pick(p.label, ctx.lang),
              }))}
            />
            <SelectField
              name="framework"
              label={th ? 'กรอบการประเมิน' : 'Framework'}
              value={values.framework}
              error={errors.framework}
              options={template.frameworks.map((f) => ({
                value: f.id,
                label: pick(f.label, ctx.lang),
              }))}
            />
          </>
        )}
        <TextArea
          name="text_th"
          label={th ? 'คำถาม (ภาษาไทย)' : 'Question (Thai)'}
          value={values.text_th}
          error={errors.text_th}
          required
        />
        <TextArea
          name="text_en"
          label={th ? 'คำถาม (ภาษาอังกฤษ)' : 'Question (English)'}
          value={values.text_en}
          error={errors.text_en}
        />
        <TextArea
          name="guidance_th"
          label={th ? 'หลักฐานที่ควรมี (ภาษาไทย)' : 'Evidence guidance (Thai)'}
          value={values.guidance_th}
          error={errors.guidance_th}
          required
        />
        <TextArea
          name="guidance_en"
          label={th ? 'หลักฐานที่ควรมี (ภาษาอังกฤษ)' : 'Evidence guidance (English)'}
          value={values.guidance_en}
          error={errors.guidance_en}
        />
        <TextArea
          name="recommendation_th"
          label={th ? 'ข้อเสนอแนะเมื่อไม่ผ่าน (ภาษาไทย)' : 'Recommendation when failed (Thai)'}
          value={values.recommendation_th}
          error={errors.recommendation_th}
          required
        />
        <TextArea
          name="recommendation_en"
          label={th ? 'ข้อเสนอแนะเมื่อไม่ผ่าน (ภาษาอังกฤษ)' : 'Recommendation when failed (English)'}
          value={values.recommendation_en}
          error={errors.recommendation_en}
        />
        <SelectField
          name="weight"
          label={th ? 'น้ำหนักคะแนน' : 'Weight'}
          value={values.weight ?? '1'}
          error={errors.weight}
          options={['1', '2', '3', '4', '5'].map((w) => ({ value: w, label: w }))}
        />
        <RadioGroup
          name="expected"
          legend={th ? 'ถือว่าปฏิบัติถูกต้องเมื่อตอบ' : 'Compliant answer'}
          hint={
            th
              ? 'คำถามส่วนใหญ่ผ่านเมื่อตอบ "ใช่" คำถามเรื่องการกระทำที่ต้องห้ามผ่านเมื่อตอบ "ไม่ใช่"'
              : 'Most questions expect "yes"; questions about a prohibited practice expect "no"'
          }
          value={values.expected ?? 'yes'}
          error={errors.expected}
          options={[
            { value: 'yes', label: answerLabels.yes[ctx.lang] },
            { value: 'no', label: answerLabels.no[ctx.lang] },
          ]}
          inline
        />
        <Checkbox
          name="evidence_recommended"
          label={th ? 'แนะนำให้แนบหลักฐาน' : 'Evidence recommended'}
          checked={values.evidence_recommended === 'on'}
        />
        <fieldset class={errors.reference ? 'field invalid' : 'field'} id="f-reference">
          <legend>{th ? 'กฎหมายหรือระเบียบที่อ้างอิง' : 'Laws and regulations cited'}</legend>
          {errors.reference && <p class="field-error">{errors.reference}</p>}
          {template.legalSources.map((s) => (
            <div class="check" key={s.id}>
              <input
                type="checkbox"
                id={`f-reference-${s.id}`}
                name="reference"
                value={s.id}
                checked={props.references.includes(s.id)}
              />
              <label for={`f-reference-${s.id}`}>{pick(s.title, ctx.lang)}</label>
            </div>
          ))}
        </fieldset>
        <div class="actions">
          <Button>{th ? 'บันทึก' : 'Save'}</Button>
        </div>
      </Form>
    </Layout>
  );
}

export function RemoveQuestionPage(props: {
  ctx: PageContext;
  row: TemplateRow;
  question: AssessmentQuestion;
}) {
  const { ctx, row, question } = props;
  const th = ctx.lang === 'th';
  const title = th ? `ลบคำถาม ${question.id}` : `Remove question ${question.id}`;
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p class="lead">{pick(question.text, ctx.lang)}</p>
      <Form ctx={ctx} action={`${TEMPLATES}/${row.id}/questions/${question.id}/remove`}>
        <div class="actions">
          <Button variant="danger">{th ? 'ลบคำถามนี้' : 'Remove this question'}</Button>
          <a href={`${TEMPLATES}/${row.id}`}>{th ? 'ยกเลิก' : 'Cancel'}</a>
        </div>
      </Form>
    </Layout>
  );
}
