import { formatDate, type Lang, pick } from '../../../platform/i18n/index.ts';
import {
  Button,
  Checkbox,
  DataTable,
  ErrorSummary,
  Form,
  fieldId,
  LinkButton,
  Notice,
} from '../../../platform/views/components.tsx';
import type { PageContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import type { AssessmentComparison, AssessmentScore } from '../../assessment-scoring.ts';
import {
  type Answer,
  type AssessmentQuestion,
  type AssessmentTemplate,
  type FrameworkId,
  formatFiscalYear,
  questionsFor,
  resolveLegalReference,
} from '../../assessment-template.ts';
import { answerField, evidenceField } from '../assessments.ts';
import { formatCount, formatScore } from '../dashboard.ts';
import { EVIDENCE_MAX_BYTES } from '../evidence.ts';
import type { Assessment } from '../service.ts';
import type { EvidenceInfo, HistoryRow } from '../store.ts';
import {
  AssessmentFacts,
  answerLabels,
  BASE,
  Breadcrumbs,
  DASHBOARD,
  frameworkTitle,
  RadioGroup,
  ScoreTable,
} from './shared.tsx';

/** "1.2" for every question of the assessment's project type, as printed on the form. */
export function questionNumbers(template: AssessmentTemplate, projectType: string) {
  const numbers = new Map<string, string>();
  for (const f of [...template.frameworks].sort((a, b) => a.order - b.order)) {
    const questions = questionsFor(
      template,
      projectType as AssessmentQuestion['projectType'],
      f.id,
    );
    for (const [i, q] of questions.entries()) numbers.set(q.id, `${f.order}.${i + 1}`);
  }
  return numbers;
}

function citations(template: AssessmentTemplate, q: AssessmentQuestion, lang: Lang): string {
  return q.references
    .map((r) => pick(resolveLegalReference(template, r).citation, lang))
    .join('; ');
}

function kilobytes(bytes: number, lang: Lang) {
  return `${formatCount(Math.max(1, Math.round(bytes / 1024)), lang)} KB`;
}

function StepNav(props: {
  ctx: PageContext;
  record: Assessment;
  template: AssessmentTemplate;
  current: FrameworkId | 'review';
  score: AssessmentScore;
}) {
  const { ctx, record, template } = props;
  const th = ctx.lang === 'th';
  const frameworks = [...template.frameworks].sort((a, b) => a.order - b.order);
  return (
    <nav aria-label={th ? 'หมวดของแบบประเมิน' : 'Parts of the assessment'}>
      <ol class="steps">
        {frameworks.map((f) => {
          const fs = props.score.frameworks.find((x) => x.framework === f.id);
          const done = fs ? fs.counts.unanswered === 0 : false;
          const label = pick(f.label, ctx.lang);
          return (
            <li
              key={f.id}
              class={done && props.current !== f.id ? 'done' : undefined}
              aria-current={props.current === f.id ? 'step' : undefined}
            >
              {props.current === f.id ? (
                label
              ) : (
                <a href={`${BASE}/${record.id}/${f.id}`}>
                  {label}
                  {done && (
                    <span class="visually-hidden">{th ? ' (ตอบครบแล้ว)' : ' (complete)'}</span>
                  )}
                </a>
              )}
            </li>
          );
        })}
        <li aria-current={props.current === 'review' ? 'step' : undefined}>
          {props.current === 'review' ? (
            th ? (
              'สรุปและยื่น'
            ) : (
              'Review and submit'
            )
          ) : (
            <a href={`${BASE}/${record.id}`}>{th ? 'สรุปและยื่น' : 'Review and submit'}</a>
          )}
        </li>
      </ol>
    </nav>
  );
}

/** One page of the questionnaire: the questions of one framework. Works without JavaScript. */
export function FrameworkPage(props: {
  ctx: PageContext;
  record: Assessment;
  template: AssessmentTemplate;
  framework: FrameworkId;
  score: AssessmentScore;
  evidence: EvidenceInfo[];
  values: Record<string, string>;
  errors: Record<string, string>;
  notice?: string | undefined;
  editable: boolean;
}) {
  const { ctx, record, template, framework } = props;
  const th = ctx.lang === 'th';
  const questions = questionsFor(
    template,
    record.project_type as AssessmentQuestion['projectType'],
    framework,
  );
  const numbers = questionNumbers(template, record.project_type);
  const frameworks = [...template.frameworks].sort((a, b) => a.order - b.order);
  const index = frameworks.findIndex((f) => f.id === framework);
  const title = frameworkTitle(template, framework, ctx.lang);
  const options = (['yes', 'no', 'na'] as const).map((a) => ({
    value: a,
    label: answerLabels[a][ctx.lang],
  }));
  const maxMb = EVIDENCE_MAX_BYTES / 1024 / 1024;

  const questionBlocks = questions.map((q) => {
    const name = answerField(q.id);
    const files = props.evidence.filter((e) => e.question_id === q.id);
    const hintId = `${fieldId(name)}-hint`;
    const legend = (
      <>
        {th ? 'ข้อ' : 'Question'} {numbers.get(q.id)} {pick(q.text, ctx.lang)}
      </>
    );
    const hint = (
      <div id={hintId}>
        <p class="hint">
          <strong>{th ? 'หลักฐานที่ควรมี: ' : 'Evidence expected: '}</strong>
          {pick(q.guidance, ctx.lang)}
        </p>
        <p class="hint">
          <strong>{th ? 'อ้างอิง: ' : 'Legal reference: '}</strong>
          {citations(template, q, ctx.lang)}
        </p>
      </div>
    );
    const answer = props.values[name] ?? '';
    return (
      <div class="card field" key={q.id}>
        {props.editable ? (
          <RadioGroup
            name={name}
            legend={legend}
            hint={hint}
            hintId={hintId}
            options={options}
            value={answer}
            error={props.errors[name]}
            inline
          />
        ) : (
          <>
            <h3>{legend}</h3>
            {hint}
            <p>
              <strong>{th ? 'คำตอบ: ' : 'Answer: '}</strong>
              {answer
                ? answerLabels[answer as Answer]?.[ctx.lang]
                : th
                  ? 'ยังไม่ได้ตอบ'
                  : 'Not answered'}
            </p>
          </>
        )}
        {files.length > 0 && (
          <ul>
            {files.map((f) => (
              <li key={f.id}>
                <a href={`${BASE}/${record.id}/evidence/${f.id}`}>{f.file_name}</a> (
                {kilobytes(f.size_bytes, ctx.lang)})
                {props.editable && (
                  <>
                    {' '}
                    <a href={`${BASE}/${record.id}/evidence/${f.id}/remove`}>
                      {th ? 'ลบไฟล์' : 'Remove'}
                      <span class="visually-hidden"> {f.file_name}</span>
                    </a>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
        {props.editable && (
          <div class={props.errors[evidenceField(q.id)] ? 'field invalid' : 'field'}>
            <label for={fieldId(evidenceField(q.id))}>
              {th
                ? `แนบหลักฐาน${q.evidenceRecommended ? ' (แนะนำ)' : ' (ไม่บังคับ)'}`
                : `Attach evidence${q.evidenceRecommended ? ' (recommended)' : ' (optional)'}`}
            </label>
            <p class="hint" id={`${fieldId(evidenceField(q.id))}-hint`}>
              {th
                ? `PDF, JPG หรือ PNG ไม่เกิน ${maxMb} MB ต่อไฟล์`
                : `PDF, JPG or PNG, up to ${maxMb} MB each`}
            </p>
            {props.errors[evidenceField(q.id)] && (
              <p class="field-error" id={`${fieldId(evidenceField(q.id))}-error`}>
                {props.errors[evidenceField(q.id)]}
              </p>
            )}
            <input
              type="file"
              id={fieldId(evidenceField(q.id))}
              name={evidenceField(q.id)}
              accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
              aria-describedby={`${fieldId(evidenceField(q.id))}-hint${props.errors[evidenceField(q.id)] ? ` ${fieldId(evidenceField(q.id))}-error` : ''}`}
            />
          </div>
        )}
      </div>
    );
  });

  return (
    <Layout ctx={ctx} title={`${title} | ${record.project_name}`}>
      <Breadcrumbs
        lang={ctx.lang}
        items={[{ href: `${BASE}/${record.id}`, label: record.project_name }]}
      />
      <h1>{title}</h1>
      <p class="lead">
        {record.project_name} · {th ? record.administration_name_th : record.administration_name_en}{' '}
        · {formatFiscalYear(record.fiscal_year, ctx.lang)}
      </p>
      <StepNav
        ctx={ctx}
        record={record}
        template={template}
        current={framework}
        score={props.score}
      />
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      <ErrorSummary errors={props.errors} lang={ctx.lang} />
      {!props.editable && record.status === 'submitted' && (
        <Notice>
          {th
            ? 'แบบประเมินนี้ยื่นแล้ว จึงแสดงแบบอ่านอย่างเดียว'
            : 'This assessment is submitted and shown read-only.'}
        </Notice>
      )}
      {props.editable ? (
        <Form ctx={ctx} action={`${BASE}/${record.id}/${framework}`} multipart>
          <p>
            {th
              ? 'เลือกคำตอบของทุกข้อ ระบบบันทึกเป็นร่างไว้ให้ กลับมาแก้ไขได้จนกว่าผู้บริหารจะลงนามและยื่น'
              : 'Choose an answer for every question. Your answers are kept as a draft you can change until an executive signs off and submits.'}
          </p>
          {questionBlocks}
          <div class="actions">
            <Button name="action" value="next">
              {index < frameworks.length - 1
                ? th
                  ? 'บันทึกและไปหมวดถัดไป'
                  : 'Save and continue'
                : th
                  ? 'บันทึกและไปสรุป'
                  : 'Save and review'}
            </Button>
            <Button name="action" value="save" variant="secondary">
              {th ? 'บันทึกร่าง' : 'Save draft'}
            </Button>
            {index > 0 && (
              <Button name="action" value="previous" variant="secondary">
                {th ? 'บันทึกและย้อนกลับ' : 'Save and go back'}
              </Button>
            )}
          </div>
        </Form>
      ) : (
        questionBlocks
      )}
    </Layout>
  );
}

function ComparisonSection(props: {
  ctx: PageContext;
  comparison: AssessmentComparison;
  previous: Assessment;
  numbers: Map<string, string>;
}) {
  const { ctx, comparison: c } = props;
  const th = ctx.lang === 'th';
  const delta = (d: number | null) => {
    if (d === null) return '–';
    const text = `${d > 0 ? '+' : d < 0 ? '−' : '±'}${formatScore(Math.abs(d), ctx.lang)}`;
    const word =
      d > 0
        ? th
          ? 'ดีขึ้น'
          : 'improved'
        : d < 0
          ? th
            ? 'ลดลง'
            : 'regressed'
          : th
            ? 'เท่าเดิม'
            : 'unchanged';
    return `${text} (${word})`;
  };
  const changes = (list: AssessmentComparison['improved']) => (
    <ul>
      {list.map((q) => (
        <li key={q.questionId}>
          {th ? 'ข้อ' : 'Question'} {props.numbers.get(q.questionId) ?? q.questionId}{' '}
          {pick(q.question, ctx.lang)} (
          {q.previousAnswer ? answerLabels[q.previousAnswer][ctx.lang] : '–'} →{' '}
          {q.currentAnswer ? answerLabels[q.currentAnswer][ctx.lang] : '–'})
        </li>
      ))}
    </ul>
  );
  return (
    <section aria-labelledby="comparison">
      <h2 id="comparison">
        {th
          ? `เปรียบเทียบกับ${formatFiscalYear(c.previousFiscalYear, ctx.lang)}`
          : `Compared with ${formatFiscalYear(c.previousFiscalYear, ctx.lang)}`}
      </h2>
      <p>
        {th ? 'เทียบกับแบบประเมินโครงการ ' : 'Compared with the assessment of '}
        <a href={`${BASE}/${props.previous.id}`}>{props.previous.project_name}</a>
      </p>
      <DataTable
        caption={th ? 'คะแนนเทียบกับปีก่อน' : 'Scores against the previous year'}
        rows={[
          ...c.frameworks.map((f) => ({ ...f, label: pick(f.label, ctx.lang) })),
          { label: th ? 'คะแนนรวม' : 'Overall', ...c.overall },
        ]}
        columns={[
          { header: th ? 'กรอบการประเมิน' : 'Framework', cell: (r) => r.label },
          {
            header: formatFiscalYear(c.previousFiscalYear, ctx.lang),
            cell: (r) => formatScore(r.previous, ctx.lang),
            numeric: true,
          },
          {
            header: formatFiscalYear(c.currentFiscalYear, ctx.lang),
            cell: (r) => formatScore(r.current, ctx.lang),
            numeric: true,
          },
          { header: th ? 'เปลี่ยนแปลง' : 'Change', cell: (r) => delta(r.delta), numeric: true },
        ]}
      />
      <h3>
        {th ? 'ข้อที่ดีขึ้น' : 'Improved'} ({c.improved.length})
      </h3>
      {c.improved.length > 0 ? changes(c.improved) : <p>{th ? 'ไม่มี' : 'None'}</p>}
      <h3>
        {th ? 'ข้อที่ถดถอย' : 'Regressed'} ({c.regressed.length})
      </h3>
      {c.regressed.length > 0 ? changes(c.regressed) : <p>{th ? 'ไม่มี' : 'None'}</p>}
    </section>
  );
}

const historyWords: Record<string, { th: string; en: string }> = {
  created: { th: 'สร้างแบบประเมิน', en: 'Created' },
  answers_saved: { th: 'บันทึกคำตอบ', en: 'Answers saved' },
  evidence_removed: { th: 'ลบไฟล์หลักฐาน', en: 'Evidence removed' },
  submitted: { th: 'ผู้บริหารลงนามรับรองและยื่น', en: 'Signed off and submitted' },
};

/** The summary page: facts, scores, findings with the rule to fix, comparison, sign-off. */
export function AssessmentPage(props: {
  ctx: PageContext;
  record: Assessment;
  template: AssessmentTemplate;
  score: AssessmentScore;
  evidence: EvidenceInfo[];
  history: HistoryRow[];
  names: Record<string, string>;
  comparison: { previous: Assessment; comparison: AssessmentComparison } | null;
  member: boolean;
  executive: boolean;
  /** The viewer saved the answers last, so another executive must sign (four eyes). */
  isFiller: boolean;
  dashboards: boolean;
  errors: Record<string, string>;
  notice?: string | undefined;
}) {
  const { ctx, record, template, score } = props;
  const th = ctx.lang === 'th';
  const numbers = questionNumbers(template, record.project_type);
  const draft = record.status === 'draft';
  const missing = score.completeness.missing;
  const firstMissing = missing[0];
  const firstMissingFramework = firstMissing
    ? template.questions.find((q) => q.id === firstMissing)?.framework
    : undefined;
  return (
    <Layout ctx={ctx} title={record.project_name}>
      <Breadcrumbs
        lang={ctx.lang}
        items={
          props.member
            ? [{ href: BASE, label: th ? 'แบบประเมินของ อปท.' : 'Our assessments' }]
            : [
                {
                  href: `${DASHBOARD}/administrations/${record.administration_code}`,
                  label: th ? record.administration_name_th : record.administration_name_en,
                },
              ]
        }
      />
      <h1>{record.project_name}</h1>
      {props.member && draft && (
        <StepNav ctx={ctx} record={record} template={template} current="review" score={score} />
      )}
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      <ErrorSummary errors={props.errors} lang={ctx.lang} />
      <AssessmentFacts record={record} template={template} lang={ctx.lang} names={props.names} />

      <h2>{draft ? (th ? 'คะแนนเบื้องต้น' : 'Provisional score') : th ? 'คะแนน' : 'Score'}</h2>
      {draft && !score.completeness.complete && (
        <Notice kind="warning">
          {th
            ? `ยังตอบไม่ครบ อีก ${missing.length} ข้อ คะแนนนี้เป็นคะแนนเบื้องต้น`
            : `${missing.length} questions are unanswered; this score is provisional.`}
          {props.member && firstMissingFramework && (
            <>
              {' '}
              <a href={`${BASE}/${record.id}/${firstMissingFramework}`}>
                {th ? 'ไปตอบข้อที่ยังไม่ได้ตอบ' : 'Answer the remaining questions'}
              </a>
            </>
          )}
        </Notice>
      )}
      <ScoreTable
        score={score}
        lang={ctx.lang}
        caption={th ? 'คะแนนตามกรอบการประเมิน' : 'Score by framework'}
      />
      {props.member && draft && (
        <p>
          {template.frameworks
            .slice()
            .sort((a, b) => a.order - b.order)
            .map((f) => (
              <span key={f.id}>
                <a href={`${BASE}/${record.id}/${f.id}`}>
                  {th ? 'ตอบหรือแก้ไข' : 'Answer or change'}{' '}
                  {frameworkTitle(template, f.id, ctx.lang)}
                </a>
                <br />
              </span>
            ))}
        </p>
      )}

      <h2 id="findings">
        {th ? 'ข้อบกพร่องและกฎหมายที่ต้องปฏิบัติ' : 'Findings and the rules to follow'} (
        {score.findings.length})
      </h2>
      {score.findings.length === 0 ? (
        <p>{th ? 'ไม่พบข้อบกพร่องจากคำตอบที่ให้ไว้' : 'No findings from the answers given.'}</p>
      ) : (
        <ol>
          {score.findings.map((f) => (
            <li key={f.questionId}>
              <p>
                <strong>
                  {th ? 'ข้อ' : 'Question'} {numbers.get(f.questionId)}
                </strong>{' '}
                {pick(f.question, ctx.lang)}
              </p>
              <p>
                {th ? 'คำตอบ: ' : 'Answer: '}
                {answerLabels[f.answer][ctx.lang]} ({th ? 'ที่ถูกต้องคือ' : 'compliant answer'}{' '}
                {answerLabels[f.expected][ctx.lang]})
              </p>
              <p>
                <strong>{th ? 'ข้อเสนอแนะ: ' : 'Recommendation: '}</strong>
                {pick(f.recommendation, ctx.lang)}
              </p>
              <p>
                <strong>{th ? 'กฎหมายหรือระเบียบที่ต้องปฏิบัติ: ' : 'Rules to follow: '}</strong>
                {f.references.map((r) => pick(r.citation, ctx.lang)).join('; ')}
              </p>
            </li>
          ))}
        </ol>
      )}

      {props.comparison && (
        <ComparisonSection
          ctx={ctx}
          comparison={props.comparison.comparison}
          previous={props.comparison.previous}
          numbers={numbers}
        />
      )}

      <h2>
        {th ? 'หลักฐานที่แนบ' : 'Evidence attached'} ({props.evidence.length})
      </h2>
      {props.evidence.length === 0 ? (
        <p>{th ? 'ยังไม่มีไฟล์หลักฐาน' : 'No evidence files yet.'}</p>
      ) : (
        <ul>
          {props.evidence.map((e) => (
            <li key={e.id}>
              {th ? 'ข้อ' : 'Question'} {numbers.get(e.question_id) ?? e.question_id}:{' '}
              <a href={`${BASE}/${record.id}/evidence/${e.id}`}>{e.file_name}</a> (
              {kilobytes(e.size_bytes, ctx.lang)})
            </li>
          ))}
        </ul>
      )}

      {draft && props.member && (
        <section aria-labelledby="sign-off">
          <h2 id="sign-off">{th ? 'ลงนามรับรองและยื่นแบบประเมิน' : 'Sign off and submit'}</h2>
          {!props.executive ? (
            <Notice>
              {th
                ? 'เมื่อตอบครบทุกข้อแล้ว ให้ผู้บริหารของ อปท. เข้าสู่ระบบเพื่อตรวจสอบ ลงนามรับรอง และยื่นแบบประเมิน'
                : 'When every question is answered, an executive of the administration signs in to check, sign off and submit.'}
            </Notice>
          ) : props.isFiller ? (
            <Notice kind="warning">
              {th
                ? 'คุณเป็นผู้บันทึกคำตอบล่าสุดของแบบประเมินนี้ ผู้ลงนามรับรองต้องเป็นผู้บริหารอีกท่านหนึ่ง (หลักการตรวจสองชั้น)'
                : 'You saved the latest answers, so another executive must sign off (four-eyes principle).'}
            </Notice>
          ) : !score.completeness.complete ? (
            <Notice kind="warning">
              {th
                ? `ยื่นได้เมื่อตอบครบทุกข้อ (ยังขาด ${missing.length} ข้อ)`
                : `It can be submitted once every question is answered (${missing.length} left).`}
            </Notice>
          ) : (
            <Form ctx={ctx} action={`${BASE}/${record.id}/submit`}>
              <p>
                {th
                  ? 'เมื่อยื่นแล้ว แบบประเมินจะถูกล็อก แก้ไขไม่ได้ และผู้ตรวจสอบของ สตง. และผู้กำกับดูแลจะเห็นผล'
                  : 'Once submitted the assessment is locked; State Audit Office auditors and supervisors will see it.'}
              </p>
              <Checkbox
                name="certify"
                label={
                  th
                    ? 'ข้าพเจ้าได้ตรวจสอบคำตอบและหลักฐานแล้ว และขอรับรองว่าถูกต้องตามความเป็นจริง'
                    : 'I have checked the answers and evidence and certify that they are true'
                }
                error={props.errors.certify}
              />
              <div class="actions">
                <Button>{th ? 'ลงนามรับรองและยื่นแบบประเมิน' : 'Sign off and submit'}</Button>
              </div>
            </Form>
          )}
        </section>
      )}

      <h2>{th ? 'ประวัติ' : 'History'}</h2>
      <DataTable
        caption={th ? 'การเปลี่ยนแปลงของแบบประเมินนี้' : 'Changes to this assessment'}
        rows={props.history}
        columns={[
          {
            header: th ? 'เมื่อ' : 'When',
            cell: (h) => formatDate(h.at, ctx.lang, { withTime: true }),
          },
          { header: th ? 'ผู้ทำรายการ' : 'By', cell: (h) => props.names[h.actor] ?? h.actor },
          {
            header: th ? 'รายการ' : 'What',
            cell: (h) => historyWords[h.action]?.[ctx.lang] ?? h.action,
          },
        ]}
        empty={th ? 'ไม่มีประวัติ' : 'No history'}
      />
      {props.dashboards && (
        <p>
          <LinkButton
            href={`${DASHBOARD}/administrations/${record.administration_code}`}
            variant="secondary"
          >
            {th ? 'ผลการประเมินทั้งหมดของ อปท. นี้' : 'All results of this administration'}
          </LinkButton>
        </p>
      )}
    </Layout>
  );
}

/** Asks before removing an evidence file (a link, then a POST: no JavaScript needed). */
export function RemoveEvidencePage(props: {
  ctx: PageContext;
  record: Assessment;
  evidence: EvidenceInfo;
  framework: FrameworkId;
}) {
  const { ctx, record, evidence } = props;
  const th = ctx.lang === 'th';
  const title = th ? 'ลบไฟล์หลักฐาน' : 'Remove an evidence file';
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p class="lead">
        {th ? `ต้องการลบไฟล์ "${evidence.file_name}" ใช่หรือไม่` : `Remove "${evidence.file_name}"?`}
      </p>
      <Form ctx={ctx} action={`${BASE}/${record.id}/evidence/${evidence.id}/remove`}>
        <div class="actions">
          <Button variant="danger">{th ? 'ลบไฟล์' : 'Remove the file'}</Button>
          <a href={`${BASE}/${record.id}/${props.framework}`}>{th ? 'ยกเลิก' : 'Cancel'}</a>
        </div>
      </Form>
    </Layout>
  );
}
