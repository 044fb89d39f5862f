import { formatDate, type Lang, pick, t } from '../../../platform/i18n/index.ts';
import { LinkButton } from '../../../platform/views/components.tsx';
import type { PageContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import type { Problem } from '../definition.ts';
import { formatAnswer, type Problems, visibility } from '../form.ts';
import type { EventRow } from '../store.ts';
import type { Answers, EServiceDefinition, Field, FileRef } from '../types.ts';
import type { SlaState } from '../workflow.ts';

/** Field problems in the reader's language, keyed by input name (for ErrorSummary and fields). */
export function problemMessages(problems: Problems, lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, p] of Object.entries(problems)) {
    if (p.message) {
      out[name] = pick(p.message, lang);
      continue;
    }
    const params: Record<string, string | number> = {
      ...(p.params ?? {}),
      label: pick(p.label, lang),
    };
    for (const [k, v] of Object.entries(p.dateParams ?? {})) params[k] = formatDate(v, lang);
    out[name] = t(lang, p.code, params);
  }
  return out;
}

export function statusLabel(def: EServiceDefinition, status: string, lang: Lang): string {
  if (status === 'draft') return lang === 'th' ? 'ร่าง (ยังไม่ยื่น)' : 'Draft (not sent)';
  const s = def.workflow.states.find((x) => x.code === status);
  return s ? pick(s.label, lang) : status;
}

export function SlaTag({
  state,
  daysLeft,
  lang,
}: {
  state: SlaState;
  daysLeft: number;
  lang: Lang;
}) {
  const th = lang === 'th';
  const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);
  if (state === 'over') {
    return (
      <strong class="tag">
        {th ? `⚠ เกินกำหนด ${-daysLeft} วัน` : `⚠ ${days(-daysLeft)} overdue`}
      </strong>
    );
  }
  if (state === 'near') {
    return (
      <strong class="tag">
        {th ? `⏳ ใกล้ครบกำหนด (เหลือ ${daysLeft} วัน)` : `⏳ Due soon (${days(daysLeft)} left)`}
      </strong>
    );
  }
  if (state === 'done') return <span class="tag">{th ? 'เสร็จภายในกำหนด' : 'Decided in time'}</span>;
  return <span class="tag">{th ? `เหลือ ${daysLeft} วัน` : `${days(daysLeft)} left`}</span>;
}

/** The answers of an application, page by page, as people read them. */
export function AnswersSummary(props: {
  ctx: PageContext;
  def: EServiceDefinition;
  answers: Answers;
  fileHref?: (file: FileRef) => string;
  changeHref?: (pageId: string) => string;
  values?: Record<string, string>;
}) {
  const { ctx, def, answers } = props;
  const lang = ctx.lang;
  const shown = props.values ? visibility(def, props.values) : null;
  return (
    <>
      {def.pages
        .filter((p) =>
          shown ? shown.pages.has(p.id) : p.fields.some((f) => answers[f.name] !== undefined),
        )
        .map((page) => (
          <section key={page.id}>
            <h2>{pick(page.title, lang)}</h2>
            <dl class="summary">
              {page.fields
                .filter((f) => (shown ? shown.fields.has(f.name) : answers[f.name] !== undefined))
                .map((f) => (
                  <div key={f.name} class="summary-row">
                    <dt>{pick(f.label, lang)}</dt>
                    <dd>
                      <AnswerValueView
                        field={f}
                        value={answers[f.name]}
                        lang={lang}
                        fileHref={props.fileHref}
                      />
                    </dd>
                  </div>
                ))}
            </dl>
            {props.changeHref && (
              <p>
                <a href={props.changeHref(page.id)}>
                  {lang === 'th'
                    ? `แก้ไข${pick(page.title, lang)}`
                    : `Change ${pick(page.title, lang).toLowerCase()}`}
                </a>
              </p>
            )}
          </section>
        ))}
    </>
  );
}

function AnswerValueView(props: {
  field: Field;
  value: Answers[string] | undefined;
  lang: Lang;
  fileHref?: ((file: FileRef) => string) | undefined;
}) {
  const { field, value, lang } = props;
  if (value === undefined)
    return <span class="muted">{lang === 'th' ? '(ไม่ได้กรอก)' : '(not answered)'}</span>;
  if (field.type === 'file' && typeof value === 'object' && 'filename' in value && props.fileHref) {
    return <a href={props.fileHref(value as FileRef)}>{formatAnswer(field, value, lang)}</a>;
  }
  if (field.type === 'repeat' && Array.isArray(value)) {
    const subs = field.fields ?? [];
    return (
      <div class="table-scroll">
        <table>
          <caption class="visually-hidden">{pick(field.label, lang)}</caption>
          <thead>
            <tr>
              {subs.map((s) => (
                <th key={s.name} scope="col">
                  {pick(s.label, lang)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {value.map((row, i) => (
              <tr key={i}>
                {subs.map((s) => (
                  <td key={s.name}>
                    {formatAnswer(s, row[s.name] as Answers[string] | undefined, lang)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }
  const text = formatAnswer(field, value, lang);
  if (field.multiline) {
    return (
      <>
        {text.split('\n').map((line, i) => (
          <span key={i}>
            {i > 0 && <br />}
            {line}
          </span>
        ))}
      </>
    );
  }
  return <>{text}</>;
}

/** The status timeline the citizen (and staff) see: every move with its public message. */
export function Timeline(props: {
  ctx: PageContext;
  def: EServiceDefinition;
  events: EventRow[];
  fileHref?: (fileId: string) => string;
  names?: Record<string, string>;
}) {
  const { ctx, def } = props;
  const lang = ctx.lang;
  const th = lang === 'th';
  return (
    <ol class="timeline">
      {props.events.map((e) => (
        <li key={e.id}>
          <p>
            <strong>{statusLabel(def, e.to_status ?? '', lang)}</strong>{' '}
            <span class="muted">{formatDate(e.at, lang, { withTime: true })}</span>
          </p>
          <p class="muted">
            {e.actor_kind === 'citizen'
              ? th
                ? 'โดยผู้ยื่นคำขอ'
                : 'by the applicant'
              : e.actor_kind === 'staff'
                ? `${th ? 'โดยเจ้าหน้าที่' : 'by an officer'}${props.names?.[e.actor_id] ? ` (${props.names[e.actor_id]})` : ''}`
                : th
                  ? 'โดยระบบ'
                  : 'by the system'}
          </p>
          {e.message && <p class="message">{e.message}</p>}
          {e.file_id && props.fileHref && (
            <p>
              <a href={props.fileHref(e.file_id)}>{th ? 'ไฟล์แนบ' : 'Attachment'}</a>
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}

/** A refusal (replayed form, another person's application...) with a way back. */
export function RefusedPage(props: {
  ctx: PageContext;
  message: string;
  back?: { href: string; label: string };
}) {
  const th = props.ctx.lang === 'th';
  const title = th ? 'ไม่สามารถทำรายการได้' : 'This cannot be done';
  return (
    <Layout ctx={props.ctx} title={title}>
      <h1>{title}</h1>
      <p class="lead">{props.message}</p>
      {props.back && <LinkButton href={props.back.href}>{props.back.label}</LinkButton>}
    </Layout>
  );
}

export function DefinitionProblemList({ problems, lang }: { problems: Problem[]; lang: Lang }) {
  return (
    <div class="error-summary" role="alert" aria-labelledby="definition-problems" tabindex={-1}>
      <h2 id="definition-problems">
        {lang === 'th'
          ? `นิยามบริการมีจุดที่ต้องแก้ไข ${problems.length} จุด`
          : `${problems.length} problems in the definition`}
      </h2>
      <ul>
        {problems.slice(0, 100).map((p, i) => (
          <li key={i}>
            <code>{p.path}</code>: {pick(p.message, lang)}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function formatBaht(amount: number, lang: Lang): string {
  if (amount === 0) return lang === 'th' ? 'ไม่มีค่าธรรมเนียม' : 'Free';
  const n = new Intl.NumberFormat(lang === 'th' ? 'th-TH' : 'en-GB', {
    minimumFractionDigits: Number.isInteger(amount) ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(amount);
  return lang === 'th' ? `${n} บาท` : `${n} baht`;
}

/** One checkbox of a group posting `name=value` (ids stay unique, unlike one per name). */
export function CheckOption(props: {
  name: string;
  value: string;
  label: string;
  checked?: boolean | undefined;
}) {
  const id = `f-${props.name}-${props.value}`.replace(/[^a-zA-Z0-9_-]/g, '-');
  return (
    <div class="check">
      <input
        id={id}
        type="checkbox"
        name={props.name}
        value={props.value}
        checked={props.checked}
      />
      <label for={id}>{props.label}</label>
    </div>
  );
}
