import type { ComponentChildren } from 'preact';
import { formatDate, type Lang, pick } from '../../../platform/i18n/index.ts';
import { fieldId } from '../../../platform/views/components.tsx';
import type { AssessmentScore } from '../../assessment-scoring.ts';
import type { Answer, AssessmentTemplate, FrameworkId } from '../../assessment-template.ts';
import { formatFiscalYear } from '../../assessment-template.ts';
import { formatBaht, formatScore, levelLabel, projectTypeLabel } from '../dashboard.ts';
import type { Assessment } from '../service.ts';

export const BASE = '/localgov/assessments';
export const DASHBOARD = '/localgov/dashboard';
export const TEMPLATES = '/localgov/assessment-templates';

export const answerLabels: Record<Answer, { th: string; en: string }> = {
  yes: { th: 'ใช่', en: 'Yes' },
  no: { th: 'ไม่ใช่', en: 'No' },
  na: { th: 'ไม่เกี่ยวข้อง', en: 'Not applicable' },
};

export function statusLabel(status: string, lang: Lang): string {
  if (status === 'submitted') return lang === 'th' ? 'ลงนามและยื่นแล้ว' : 'Signed off and submitted';
  return lang === 'th' ? 'ร่าง' : 'Draft';
}

export function frameworkTitle(template: AssessmentTemplate, id: FrameworkId, lang: Lang) {
  const f = template.frameworks.find((x) => x.id === id);
  if (!f) return id;
  return lang === 'th'
    ? `หมวด ${f.order} ${pick(f.label, lang)}`
    : `Part ${f.order}: ${pick(f.label, lang)}`;
}

/** Radio buttons as one fieldset; the first radio carries the field id the error summary links to. */
export function RadioGroup(props: {
  name: string;
  legend: ComponentChildren;
  hint?: ComponentChildren;
  hintId?: string;
  options: Array<{ value: string; label: string }>;
  value?: string | undefined;
  error?: string | undefined;
  inline?: boolean;
}) {
  const id = fieldId(props.name);
  const describedBy =
    [props.hint ? (props.hintId ?? `${id}-hint`) : '', props.error ? `${id}-error` : '']
      .filter(Boolean)
      .join(' ') || undefined;
  return (
    <fieldset class={props.error ? 'field invalid' : 'field'} aria-describedby={describedBy}>
      <legend>{props.legend}</legend>
      {props.hint &&
        (props.hintId ? (
          props.hint
        ) : (
          <p class="hint" id={`${id}-hint`}>
            {props.hint}
          </p>
        ))}
      {props.error && (
        <p class="field-error" id={`${id}-error`}>
          {props.error}
        </p>
      )}
      <div class={props.inline ? 'actions' : undefined}>
        {props.options.map((o, i) => {
          const optionId = i === 0 ? id : `${id}-${o.value}`;
          return (
            <div class="check" key={o.value}>
              <input
                type="radio"
                id={optionId}
                name={props.name}
                value={o.value}
                checked={props.value === o.value}
              />
              <label for={optionId}>{o.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** Who, what, when of one assessment, as a description list. */
export function AssessmentFacts(props: {
  record: Assessment;
  template: AssessmentTemplate;
  lang: Lang;
  names: Record<string, string>;
}) {
  const { record: r, lang } = props;
  const th = lang === 'th';
  const name = (id: string | null) => (id ? (props.names[id] ?? id) : '–');
  const rows: Array<[string, ComponentChildren]> = [
    [
      th ? 'อปท.' : 'Local administration',
      `${th ? r.administration_name_th : r.administration_name_en} (${r.administration_code})`,
    ],
    [th ? 'ปีงบประมาณ' : 'Fiscal year', formatFiscalYear(r.fiscal_year, lang)],
    [th ? 'ประเภทโครงการ' : 'Project type', projectTypeLabel(r.project_type, lang)],
    [
      th ? 'งบประมาณโครงการ' : 'Project budget',
      `${formatBaht(r.project_budget, lang)} ${th ? 'บาท' : 'baht'}`,
    ],
    [
      th ? 'แบบประเมินที่ใช้' : 'Questionnaire',
      th
        ? `${formatFiscalYear(props.template.fiscalYear, lang)} ฉบับที่ ${props.template.version}`
        : `${formatFiscalYear(props.template.fiscalYear, lang)}, version ${props.template.version}`,
    ],
    [th ? 'สถานะ' : 'Status', statusLabel(r.status, lang)],
    [th ? 'ผู้จัดทำ (บันทึกล่าสุด)' : 'Filled in by (last saved)', name(r.filled_by)],
  ];
  if (r.status === 'submitted') {
    rows.push([th ? 'ผู้บริหารผู้ลงนามรับรอง' : 'Signed off by', name(r.signed_off_by)]);
    rows.push([
      th ? 'วันที่ยื่น' : 'Submitted',
      r.submitted_at ? formatDate(r.submitted_at, lang, { withTime: true }) : '–',
    ]);
  }
  return (
    <table>
      <caption class="visually-hidden">{th ? 'ข้อมูลแบบประเมิน' : 'About this assessment'}</caption>
      <tbody>
        {rows.map(([k, v]) => (
          <tr key={k}>
            <th scope="row">{k}</th>
            <td>{v}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Overall and per-framework scores; "provisional" while answers are missing. */
export function ScoreTable(props: { score: AssessmentScore; lang: Lang; caption: string }) {
  const { score, lang } = props;
  const th = lang === 'th';
  return (
    <div class="table-scroll">
      <table>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{th ? 'กรอบการประเมิน' : 'Framework'}</th>
            <th scope="col" class="num">
              {th ? 'ตอบแล้ว' : 'Answered'}
            </th>
            <th scope="col" class="num">
              {th ? 'คะแนน (0–100)' : 'Score (0–100)'}
            </th>
          </tr>
        </thead>
        <tbody>
          {score.frameworks.map((f) => {
            const total = Object.values(f.counts).reduce((a, b) => a + b, 0);
            return (
              <tr key={f.framework}>
                <th scope="row">{pick(f.label, lang)}</th>
                <td class="num">
                  {total - f.counts.unanswered} / {total}
                </td>
                <td class="num">{formatScore(f.score, lang)}</td>
              </tr>
            );
          })}
          <tr>
            <th scope="row">{th ? 'คะแนนรวม' : 'Overall'}</th>
            <td class="num">
              {score.completeness.answered} / {score.completeness.total}
            </td>
            <td class="num">
              <strong>{formatScore(score.overall, lang)}</strong>
              {score.level && ` (${levelLabel(score.level.id, lang)})`}
            </td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

export function Breadcrumbs(props: { items: Array<{ href: string; label: string }>; lang: Lang }) {
  return (
    <nav aria-label={props.lang === 'th' ? 'เส้นทาง' : 'Breadcrumb'}>
      <ol class="plain">
        {props.items.map((i) => (
          <li key={i.href}>
            <a href={i.href}>← {i.label}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
