import type { ComponentChildren } from 'preact';
import { type Lang, t } from '../i18n/index.ts';
import type { PageContext } from './context.ts';

export type FieldErrors = Record<string, string>;

/** Lists every problem at the top of a form, each linking to its field (GOV.UK's pattern). */
export function ErrorSummary({ errors, lang }: { errors: FieldErrors; lang: Lang }) {
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex={-1}>
      <h2 id="error-summary-title">{t(lang, 'form.has_errors')}</h2>
      <ul>
        {entries.map(([field, message]) => (
          <li key={field}>
            <a href={`#${fieldId(field)}`}>{message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function fieldId(name: string): string {
  return `f-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}

interface BaseFieldProps {
  name: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  required?: boolean;
}

function describedBy(name: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${fieldId(name)}-hint` : '', error ? `${fieldId(name)}-error` : '']
    .filter(Boolean)
    .join(' ');
  return ids || undefined;
}

function FieldShell(props: BaseFieldProps & { children: ComponentChildren }) {
  const id = fieldId(props.name);
  return (
    <div class={props.error ? 'field invalid' : 'field'}>
      <label for={id}>{props.label}</label>
      {props.hint && (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.error && (
        <p class="field-error" id={`${id}-error`}>
          {props.error}
        </p>
      )}
      {props.children}
    </div>
  );
}

export function TextField(
  props: BaseFieldProps & {
    value?: string | undefined;
    type?: 'text' | 'email' | 'tel' | 'number' | 'date' | 'password' | 'url' | 'search';
    autocomplete?: string;
    inputMode?: 'numeric' | 'tel' | 'email' | 'text' | 'decimal';
    maxLength?: number;
    pattern?: string;
  },
) {
  const id = fieldId(props.name);
  return (
    <FieldShell {...props}>
      <input
        id={id}
        name={props.name}
        // Preact narrows attributes per input type; the union of our allowed types is safe here.
        type={(props.type ?? 'text') as 'text'}
        value={props.value ?? ''}
        autocomplete={props.autocomplete}
        inputMode={props.inputMode}
        maxLength={props.maxLength}
        pattern={props.pattern}
        required={props.required}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props.name, props.hint, props.error)}
      />
    </FieldShell>
  );
}

export function TextArea(props: BaseFieldProps & { value?: string | undefined; rows?: number }) {
  const id = fieldId(props.name);
  return (
    <FieldShell {...props}>
      <textarea
        id={id}
        name={props.name}
        rows={props.rows ?? 4}
        required={props.required}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props.name, props.hint, props.error)}
      >
        {props.value ?? ''}
      </textarea>
    </FieldShell>
  );
}

export function SelectField(
  props: BaseFieldProps & {
    value?: string | undefined;
    options: Array<{ value: string; label: string }>;
    placeholder?: string;
  },
) {
  const id = fieldId(props.name);
  return (
    <FieldShell {...props}>
      <select
        id={id}
        name={props.name}
        required={props.required}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props.name, props.hint, props.error)}
      >
        {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value} selected={o.value === props.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function Checkbox(props: BaseFieldProps & { checked?: boolean; value?: string }) {
  const id = fieldId(props.name);
  return (
    <div class={props.error ? 'field invalid' : 'field'}>
      {props.error && (
        <p class="field-error" id={`${id}-error`}>
          {props.error}
        </p>
      )}
      <div class="check">
        <input
          id={id}
          type="checkbox"
          name={props.name}
          value={props.value ?? 'on'}
          checked={props.checked}
          aria-describedby={describedBy(props.name, props.hint, props.error)}
        />
        <label for={id}>{props.label}</label>
      </div>
      {props.hint && (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
    </div>
  );
}

/** A form that always carries the CSRF token; pages never write the hidden field by hand. */
export function Form(props: {
  ctx: PageContext;
  action: string;
  method?: 'post' | 'get';
  multipart?: boolean;
  children: ComponentChildren;
  class?: string;
  id?: string;
}) {
  const method = props.method ?? 'post';
  return (
    <form
      action={props.action}
      method={method}
      enctype={props.multipart ? 'multipart/form-data' : undefined}
      class={props.class}
      id={props.id}
      noValidate
    >
      {method === 'post' && <input type="hidden" name="_csrf" value={props.ctx.csrfToken} />}
      {props.children}
    </form>
  );
}

export function Button(props: {
  children: ComponentChildren;
  variant?: 'primary' | 'secondary' | 'danger';
  name?: string;
  value?: string;
}) {
  const cls = props.variant && props.variant !== 'primary' ? `button ${props.variant}` : 'button';
  return (
    <button type="submit" class={cls} name={props.name} value={props.value}>
      {props.children}
    </button>
  );
}

export function LinkButton(props: {
  href: string;
  children: ComponentChildren;
  variant?: 'primary' | 'secondary';
}) {
  return (
    <a class={props.variant === 'secondary' ? 'button secondary' : 'button'} href={props.href}>
      {props.children}
    </a>
  );
}

export function Notice(props: {
  kind?: 'info' | 'success' | 'warning' | 'error';
  children: ComponentChildren;
}) {
  const kind = props.kind ?? 'info';
  return (
    <div
      class={kind === 'info' ? 'notice' : `notice ${kind}`}
      role={kind === 'error' ? 'alert' : 'status'}
    >
      {props.children}
    </div>
  );
}

export interface Column<Row> {
  header: string;
  cell: (row: Row) => ComponentChildren;
  numeric?: boolean;
}

export function DataTable<Row>(props: {
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  empty?: string;
}) {
  return (
    <div class="table-scroll">
      <table>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            {props.columns.map((c) => (
              <th key={c.header} scope="col" class={c.numeric ? 'num' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.length === 0 && props.empty ? (
            <tr>
              <td colSpan={props.columns.length}>{props.empty}</td>
            </tr>
          ) : (
            props.rows.map((row) => (
              <tr>
                {props.columns.map((c) => (
                  <td key={c.header} class={c.numeric ? 'num' : undefined}>
                    {c.cell(row)}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

/** Where the person is in a multi-step journey; the current step is announced to screen readers. */
export function StepIndicator(props: { steps: string[]; current: number; label: string }) {
  return (
    <nav aria-label={props.label}>
      <ol class="steps">
        {props.steps.map((step, i) => (
          <li
            key={step}
            class={i < props.current ? 'done' : undefined}
            aria-current={i === props.current ? 'step' : undefined}
          >
            {step}
          </li>
        ))}
      </ol>
    </nav>
  );
}
