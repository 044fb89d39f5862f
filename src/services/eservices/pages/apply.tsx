import { formatDate, pick, t } from '../../../platform/i18n/index.ts';
import {
  Button,
  Checkbox,
  ErrorSummary,
  Form,
  LinkButton,
  Notice,
  StepIndicator,
} from '../../../platform/views/components.tsx';
import type { PageContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import { visibility, visiblePages } from '../form.ts';
import type { Answers, DraftState, EServiceDefinition, Page } from '../types.ts';
import { AnswersSummary, formatBaht } from './common.tsx';
import { claimLabels, claimSource, PageFields } from './fields.tsx';

export const FORM_SCRIPT = 'eservice-form';

function steps(def: EServiceDefinition, values: Record<string, string>, lang: 'th' | 'en') {
  return [
    ...visiblePages(def, values).map((p) => pick(p.title, lang)),
    lang === 'th' ? 'ตรวจสอบและยื่น' : 'Check and send',
  ];
}

/** Before starting: what the service is, what it costs, what it will read from the Digital ID. */
export function StartPage(props: {
  ctx: PageContext;
  def: EServiceDefinition;
  organization: { th: string; en: string };
  drafts: Array<{ id: string; updated_at: Date }>;
  token: string;
}) {
  const { ctx, def } = props;
  const lang = ctx.lang;
  const th = lang === 'th';
  const title = pick(def.title, lang);
  return (
    <Layout ctx={ctx} title={title}>
      <p class="muted">{pick(props.organization, lang)}</p>
      <h1>{title}</h1>
      <p class="lead">{pick(def.description, lang)}</p>
      <dl>
        <dt>{th ? 'ค่าธรรมเนียม' : 'Fee'}</dt>
        <dd>
          {formatBaht(def.fee.amountBaht, lang)}
          {def.fee.note ? ` · ${pick(def.fee.note, lang)}` : ''}
        </dd>
        <dt>{th ? 'ระยะเวลาพิจารณา' : 'Decision within'}</dt>
        <dd>{th ? `ภายใน ${def.slaDays} วัน` : `${def.slaDays} days`}</dd>
      </dl>
      {def.eligibility.length > 0 && (
        <>
          <h2>{th ? 'คุณสมบัติของผู้ยื่นคำขอ' : 'Who can apply'}</h2>
          <ul>
            {def.eligibility.map((r) => (
              <li key={r.id}>{pick(r.message, lang)}</li>
            ))}
          </ul>
        </>
      )}
      {def.claims.length > 0 && (
        <>
          <h2>{th ? 'ข้อมูลที่กรอกให้อัตโนมัติ' : 'What we fill in for you'}</h2>
          <p>
            {th
              ? 'บริการนี้ใช้ข้อมูลต่อไปนี้จากดิจิทัลไอดีของคุณเพื่อกรอกแบบฟอร์มให้ คุณจะเห็นทุกช่องที่กรอกให้ก่อนยื่น'
              : 'This service uses the following from your Digital ID to fill in the form; you see every filled-in answer before you send it.'}
          </p>
          <ul>
            {def.claims.map((c) => (
              <li key={c}>
                {pick(claimLabels[c], lang)} — {claimSource(c, lang)}
              </li>
            ))}
          </ul>
        </>
      )}
      {props.drafts.length > 0 && (
        <>
          <h2>{th ? 'ร่างที่บันทึกไว้' : 'Your saved drafts'}</h2>
          <ul>
            {props.drafts.map((d) => (
              <li key={d.id}>
                <a href={`/applications/${d.id}`}>
                  {th ? 'ทำต่อจากร่างที่บันทึกเมื่อ ' : 'Continue the draft saved on '}
                  {formatDate(d.updated_at, lang, { withTime: true })}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      <Form ctx={ctx} action={`/eservices/${def.code}/apply`}>
        <input type="hidden" name="_token" value={props.token} />
        <div class="actions">
          <Button>{th ? 'เริ่มยื่นคำขอใหม่' : 'Start a new application'}</Button>
        </div>
      </Form>
    </Layout>
  );
}

export function FormPage(props: {
  ctx: PageContext;
  def: EServiceDefinition;
  page: Page;
  applicationId: string;
  state: DraftState;
  errors: Record<string, string>;
  notice?: string | undefined;
  saved?: boolean;
}) {
  const { ctx, def, page, state } = props;
  const lang = ctx.lang;
  const th = lang === 'th';
  const shown = visibility(def, state.values);
  const pages = visiblePages(def, state.values);
  const current = Math.max(
    0,
    pages.findIndex((p) => p.id === page.id),
  );
  const multipart = page.fields.some((f) => f.type === 'file');
  const prefilledHere = page.fields.filter((f) => state.prefilled[f.name]);
  const title = pick(page.title, lang);
  const visibleHere = page.fields.filter((f) => shown.fields.has(f.name)).map((f) => f.name);
  return (
    <Layout
      ctx={ctx}
      title={`${title} · ${pick(def.title, lang)}`}
      scripts={ctx.assets.scripts[FORM_SCRIPT] ? [FORM_SCRIPT] : []}
    >
      <p class="muted">{pick(def.title, lang)}</p>
      <StepIndicator
        steps={steps(def, state.values, lang)}
        current={current}
        label={th ? 'ขั้นตอน' : 'Steps'}
      />
      <h1>{title}</h1>
      {page.intro && <p class="lead">{pick(page.intro, lang)}</p>}
      {props.saved && <Notice kind="success">{t(lang, 'eservices.draft_saved')}</Notice>}
      {props.notice && <Notice kind="info">{t(lang, props.notice)}</Notice>}
      {prefilledHere.length > 0 && (
        <Notice kind="info">
          {th ? 'ข้อมูลบางช่องกรอกไว้ให้แล้ว: ' : 'Some answers are filled in for you: '}
          {prefilledHere
            .map((f) => {
              const claim = state.prefilled[f.name]!;
              return `${pick(f.label, lang)} (${th ? 'จาก' : 'from'} ${claimSource(claim, lang)})`;
            })
            .join('; ')}
        </Notice>
      )}
      <ErrorSummary errors={props.errors} lang={lang} />
      <Form
        ctx={ctx}
        action={`/applications/${props.applicationId}/pages/${page.id}`}
        multipart={multipart}
        id="eservice-form"
      >
        {/* Enter in a text box submits the form's first button: make that "next", not "remove row".
            A hidden default button still serves implicit submission (HTML, 4.10.21.2). */}
        <button type="submit" name="_action" value="next" hidden tabindex={-1}>
          {th ? 'ถัดไป' : 'Next'}
        </button>
        <input type="hidden" name="_shown" value={visibleHere.join(',')} />
        <PageFields
          lang={lang}
          page={page}
          state={state}
          errors={props.errors}
          visible={shown.fields}
          fileHref={(fileId) => `/applications/${props.applicationId}/files/${fileId}`}
        />
        <div class="actions">
          <Button name="_action" value="next">
            {th ? 'ถัดไป' : 'Next'}
          </Button>
          <Button variant="secondary" name="_action" value="save">
            {th ? 'บันทึกร่าง' : 'Save draft'}
          </Button>
          <Button variant="secondary" name="_action" value="back">
            {th ? 'ย้อนกลับ' : 'Back'}
          </Button>
        </div>
      </Form>
    </Layout>
  );
}

export function CheckPage(props: {
  ctx: PageContext;
  def: EServiceDefinition;
  applicationId: string;
  state: DraftState;
  answers: Answers;
  problems: Record<string, string>;
  firstPage: string | null;
  eligibility: Array<{ rule: { id: string; message: { th: string; en: string } }; met: boolean }>;
  token: string;
  declarationError?: string | undefined;
  closed: boolean;
}) {
  const { ctx, def, state } = props;
  const lang = ctx.lang;
  const th = lang === 'th';
  const pages = visiblePages(def, state.values);
  const title = th ? 'ตรวจสอบข้อมูลก่อนยื่น' : 'Check your answers before sending';
  const notMet = props.eligibility.filter((e) => !e.met);
  const incomplete = Object.keys(props.problems).length > 0;
  const errors: Record<string, string> = props.declarationError
    ? { declaration: props.declarationError }
    : {};
  return (
    <Layout ctx={ctx} title={`${title} · ${pick(def.title, lang)}`}>
      <p class="muted">{pick(def.title, lang)}</p>
      <StepIndicator
        steps={steps(def, state.values, lang)}
        current={pages.length}
        label={th ? 'ขั้นตอน' : 'Steps'}
      />
      <h1>{title}</h1>
      {props.closed && <Notice kind="warning">{t(lang, 'eservices.service_closed')}</Notice>}
      {incomplete && (
        <div class="error-summary" role="alert" aria-labelledby="incomplete-title" tabindex={-1}>
          <h2 id="incomplete-title">
            {th ? 'ยังกรอกข้อมูลไม่ครบหรือไม่ถูกต้อง' : 'Some answers are missing or wrong'}
          </h2>
          <ul>
            {Object.entries(props.problems).map(([name, message]) => {
              const page = def.pages.find((p) =>
                p.fields.some((f) => name === f.name || name.startsWith(`${f.name}.`)),
              );
              return (
                <li key={name}>
                  <a
                    href={`/applications/${props.applicationId}/pages/${page?.id ?? props.firstPage}`}
                  >
                    {message}
                  </a>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {notMet.length > 0 && (
        <Notice kind="warning">
          <p>{t(lang, 'eservices.not_eligible')}</p>
          <ul>
            {notMet.map((e) => (
              <li key={e.rule.id}>{pick(e.rule.message, lang)}</li>
            ))}
          </ul>
        </Notice>
      )}
      <AnswersSummary
        ctx={ctx}
        def={def}
        answers={props.answers}
        values={state.values}
        changeHref={(pageId) => `/applications/${props.applicationId}/pages/${pageId}`}
        fileHref={(f) => `/applications/${props.applicationId}/files/${f.id}`}
      />
      <h2>{th ? 'ค่าธรรมเนียม' : 'Fee'}</h2>
      <p>
        {formatBaht(def.fee.amountBaht, lang)}
        {def.fee.note ? ` · ${pick(def.fee.note, lang)}` : ''}
      </p>
      {!incomplete && notMet.length === 0 && !props.closed && (
        <>
          <ErrorSummary errors={errors} lang={lang} />
          <Form ctx={ctx} action={`/applications/${props.applicationId}/submit`}>
            <input type="hidden" name="_token" value={props.token} />
            <Checkbox
              name="declaration"
              label={
                th
                  ? 'ข้าพเจ้าขอรับรองว่าข้อมูลข้างต้นเป็นความจริงทุกประการ'
                  : 'I confirm that the information above is true'
              }
              error={errors.declaration}
            />
            <div class="actions">
              <Button>{th ? 'ยื่นคำขอ' : 'Send the application'}</Button>
              <LinkButton variant="secondary" href="/applications">
                {th ? 'ยื่นภายหลัง (เก็บเป็นร่าง)' : 'Send later (keep as a draft)'}
              </LinkButton>
            </div>
          </Form>
        </>
      )}
    </Layout>
  );
}
