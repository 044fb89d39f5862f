import { listDistricts, PROVINCES } from '../../../orgs/index.ts';
import { formatDate, type Lang, pick } from '../../../platform/i18n/index.ts';
import {
  Checkbox,
  fieldId,
  SelectField,
  TextArea,
  TextField,
} from '../../../platform/views/components.tsx';
import { formatSize, partName, ROWS_INPUT, rowCount, rowName } from '../form.ts';
import type { ClaimName, DraftState, Field, Page } from '../types.ts';
import { acceptAttribute, kindLabels } from '../uploads.ts';
import { checkDate } from '../values.ts';

/**
 * Server-rendered inputs for every field type. Each keeps what was typed (values come from the
 * draft, never from re-parsed data), shows its own error, and works without JavaScript.
 */
export const claimLabels: Record<ClaimName, { th: string; en: string }> = {
  citizen_id: { th: 'เลขประจำตัวประชาชน', en: 'citizen ID' },
  name_th: { th: 'ชื่อ–นามสกุล (ภาษาไทย)', en: 'name in Thai' },
  name_en: { th: 'ชื่อ–นามสกุล (ภาษาอังกฤษ)', en: 'name in English' },
  email: { th: 'อีเมล', en: 'e-mail' },
  phone: { th: 'โทรศัพท์', en: 'phone' },
  birthdate: { th: 'วันเกิด', en: 'date of birth' },
  gender: { th: 'เพศ', en: 'gender' },
  address: { th: 'ที่อยู่ตามทะเบียนบ้าน', en: 'registered address' },
};

export const claimSource = (claim: ClaimName, lang: Lang) =>
  ['birthdate', 'gender', 'address'].includes(claim)
    ? lang === 'th'
      ? 'ทะเบียนราษฎร ผ่านดิจิทัลไอดีของคุณ'
      : 'the civil registry, through your Digital ID'
    : lang === 'th'
      ? 'บัญชีดิจิทัลไอดีของคุณ'
      : 'your Digital ID account';

interface Ctx {
  lang: Lang;
  values: Record<string, string>;
  errors: Record<string, string>;
  prefilled: DraftState['prefilled'];
  files: DraftState['files'];
  fileHref?: (fileId: string) => string;
}

function hintOf(field: Field, c: Ctx): string | undefined {
  const parts: string[] = [];
  if (field.hint) parts.push(pick(field.hint, c.lang));
  const claim = c.prefilled[field.name];
  if (claim) {
    parts.push(
      c.lang === 'th'
        ? `กรอกไว้ให้จาก${claimSource(claim, c.lang)} (${claimLabels[claim].th})${field.locked ? ' แก้ไขไม่ได้' : ' แก้ไขได้หากไม่ถูกต้อง'}`
        : `Filled in from ${claimSource(claim, c.lang)} (${claimLabels[claim].en})${field.locked ? '; cannot be changed' : '; change it if it is wrong'}`,
    );
  }
  return parts.length ? parts.join(' · ') : undefined;
}

const optional = (field: Field, lang: Lang) =>
  field.required ? '' : lang === 'th' ? ' (ไม่บังคับ)' : ' (optional)';

/** Native date input plus the date in the Buddhist era, as Thai readers check dates. */
function DateInput({ field, name, c }: { field: Field; name: string; c: Ctx }) {
  const raw = c.values[name] ?? '';
  const parsed = raw ? checkDate(raw) : null;
  // A typed value the picker cannot show (e.g. 15/01/2510) stays as text so nothing is lost.
  const type = !raw || (parsed?.ok && /^\d{4}-\d{2}-\d{2}$/.test(raw)) ? 'date' : 'text';
  const value = type === 'date' ? raw : raw;
  const be =
    parsed?.ok && c.lang === 'th'
      ? `วันที่ที่เลือก: ${formatDate(parsed.value, 'th')}`
      : parsed?.ok
        ? `Chosen date: ${formatDate(parsed.value, 'en')} (${formatDate(parsed.value, 'th')})`
        : c.lang === 'th'
          ? 'เลือกจากปฏิทิน หรือพิมพ์ วว/ดด/ปปปป เป็น พ.ศ. หรือ ค.ศ. ก็ได้'
          : 'Pick from the calendar, or type DD/MM/YYYY in the Buddhist or Common Era';
  const hint = [hintOf(field, c), be].filter(Boolean).join(' · ');
  return (
    <TextField
      name={name}
      type={type}
      label={pick(field.label, c.lang) + optional(field, c.lang)}
      hint={hint}
      value={value}
      error={c.errors[name]}
      autocomplete={field.prefill === 'birthdate' ? 'bday' : undefined}
    />
  );
}

function RadioGroup({ field, name, c }: { field: Field; name: string; c: Ctx }) {
  const id = fieldId(name);
  const error = c.errors[name];
  const hint = hintOf(field, c);
  const described =
    [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <fieldset aria-describedby={described}>
        <legend>{pick(field.label, c.lang) + optional(field, c.lang)}</legend>
        {hint && (
          <p class="hint" id={`${id}-hint`}>
            {hint}
          </p>
        )}
        {error && (
          <p class="field-error" id={`${id}-error`}>
            {error}
          </p>
        )}
        {(field.options ?? []).map((o, i) => {
          const optionId = i === 0 ? id : `${id}-${o.value}`;
          return (
            <div class="check" key={o.value}>
              <input
                type="radio"
                id={optionId}
                name={name}
                value={o.value}
                checked={c.values[name] === o.value}
                aria-invalid={error ? 'true' : undefined}
              />
              <label for={optionId}>{pick(o.label, c.lang)}</label>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}

function SimpleInput({
  field,
  name,
  c,
  inRow,
}: {
  field: Field;
  name: string;
  c: Ctx;
  inRow?: boolean;
}) {
  const label = pick(field.label, c.lang) + optional(field, c.lang);
  const hint = inRow ? (field.hint ? pick(field.hint, c.lang) : undefined) : hintOf(field, c);
  const common = { name, label, value: c.values[name] ?? '', error: c.errors[name], hint };
  if (!inRow && field.locked && c.prefilled[field.name]) {
    return (
      <div class="field">
        <p>
          <strong>{label}</strong>
        </p>
        <p id={fieldId(name)}>{displayLocked(field, c.values[name] ?? '')}</p>
        {hint && <p class="hint">{hint}</p>}
      </div>
    );
  }
  switch (field.type) {
    case 'text':
      return field.multiline ? (
        <TextArea {...common} rows={5} />
      ) : (
        <TextField
          {...common}
          autocomplete={
            field.prefill === 'name_th' || field.prefill === 'name_en' ? 'name' : undefined
          }
          maxLength={field.maxLength}
        />
      );
    case 'number':
      return (
        <TextField
          {...common}
          inputMode={field.integer ? 'numeric' : 'decimal'}
          hint={
            [common.hint, field.unit ? pick(field.unit, c.lang) : ''].filter(Boolean).join(' · ') ||
            undefined
          }
        />
      );
    case 'date':
      return <DateInput field={field} name={name} c={c} />;
    case 'choice':
      return field.display === 'select' ? (
        <SelectField
          {...common}
          placeholder={c.lang === 'th' ? 'เลือก' : 'Choose'}
          options={(field.options ?? []).map((o) => ({
            value: o.value,
            label: pick(o.label, c.lang),
          }))}
        />
      ) : (
        <RadioGroup field={field} name={name} c={c} />
      );
    case 'checkbox':
      return (
        <Checkbox
          name={name}
          label={pick(field.label, c.lang)}
          hint={hint}
          error={c.errors[name]}
          checked={c.values[name] === 'on'}
        />
      );
    case 'citizen_id':
      return (
        <TextField
          {...common}
          inputMode="numeric"
          autocomplete="off"
          maxLength={17}
          hint={[
            hint,
            c.lang === 'th' ? 'ตัวเลข 13 หลักบนบัตรประจำตัวประชาชน' : 'The 13 digits on the ID card',
          ]
            .filter(Boolean)
            .join(' · ')}
        />
      );
    case 'phone':
      return <TextField {...common} type="tel" autocomplete="tel" inputMode="tel" />;
    case 'email':
      return <TextField {...common} type="email" autocomplete="email" inputMode="email" />;
    default:
      return null;
  }
}

function displayLocked(field: Field, raw: string): string {
  if (field.type === 'citizen_id' && /^\d{13}$/.test(raw)) {
    return `${raw[0]}-${raw.slice(1, 5)}-${raw.slice(5, 10)}-${raw.slice(10, 12)}-${raw[12]}`;
  }
  return raw;
}

function AddressInput({ field, c }: { field: Field; c: Ctx }) {
  const th = c.lang === 'th';
  const n = (p: string) => partName(field.name, p);
  const province = c.values[n('province')] ?? '';
  const districts = province ? listDistricts(province) : [];
  const listId = `${fieldId(field.name)}-districts`;
  const hint = hintOf(field, c);
  return (
    <fieldset class="field">
      <legend>{pick(field.label, c.lang) + optional(field, c.lang)}</legend>
      {hint && <p class="hint">{hint}</p>}
      <TextField
        name={n('house_no')}
        label={th ? 'บ้านเลขที่' : 'House number'}
        value={c.values[n('house_no')]}
        error={c.errors[n('house_no')]}
      />
      <TextField
        name={n('moo')}
        label={th ? 'หมู่ที่ (ไม่บังคับ)' : 'Moo (optional)'}
        inputMode="numeric"
        value={c.values[n('moo')]}
        error={c.errors[n('moo')]}
      />
      <TextField
        name={n('soi')}
        label={th ? 'ซอย (ไม่บังคับ)' : 'Soi (optional)'}
        value={c.values[n('soi')]}
        error={c.errors[n('soi')]}
      />
      <TextField
        name={n('road')}
        label={th ? 'ถนน (ไม่บังคับ)' : 'Road (optional)'}
        value={c.values[n('road')]}
        error={c.errors[n('road')]}
      />
      <TextField
        name={n('subdistrict')}
        label={th ? 'ตำบล / แขวง' : 'Sub-district (tambon / khwaeng)'}
        value={c.values[n('subdistrict')]}
        error={c.errors[n('subdistrict')]}
      />
      <SelectField
        name={n('province')}
        label={th ? 'จังหวัด' : 'Province'}
        value={province}
        error={c.errors[n('province')]}
        placeholder={th ? 'เลือกจังหวัด' : 'Choose a province'}
        options={[...PROVINCES]
          .sort((a, b) =>
            th ? a.nameTh.localeCompare(b.nameTh, 'th') : a.nameEn.localeCompare(b.nameEn),
          )
          .map((p) => ({ value: p.code, label: th ? p.nameTh : p.nameEn }))}
      />
      <div class={c.errors[n('district')] ? 'field invalid' : 'field'}>
        <label for={fieldId(n('district'))}>
          {th ? 'อำเภอ / เขต' : 'District (amphoe / khet)'}
        </label>
        <p class="hint" id={`${fieldId(n('district'))}-hint`}>
          {districts.length
            ? th
              ? 'พิมพ์ชื่ออำเภอ รายชื่อจะแสดงตามจังหวัดที่เลือก'
              : 'Type the district; suggestions follow the chosen province'
            : th
              ? 'พิมพ์ชื่ออำเภอหรือเขต เช่น เมืองเชียงใหม่'
              : 'Type the district, e.g. Mueang Chiang Mai'}
        </p>
        {c.errors[n('district')] && (
          <p class="field-error" id={`${fieldId(n('district'))}-error`}>
            {c.errors[n('district')]}
          </p>
        )}
        <input
          id={fieldId(n('district'))}
          name={n('district')}
          value={districtShown(province, c.values[n('district')] ?? '', c.lang)}
          list={districts.length ? listId : undefined}
          autocomplete="off"
          aria-invalid={c.errors[n('district')] ? 'true' : undefined}
          aria-describedby={[
            `${fieldId(n('district'))}-hint`,
            c.errors[n('district')] ? `${fieldId(n('district'))}-error` : '',
          ]
            .filter(Boolean)
            .join(' ')}
        />
        {districts.length > 0 && (
          <datalist id={listId}>
            {districts.map((d) => (
              <option key={d.code} value={th ? d.nameTh : d.nameEn} />
            ))}
          </datalist>
        )}
      </div>
      <TextField
        name={n('postal_code')}
        label={th ? 'รหัสไปรษณีย์' : 'Postal code'}
        inputMode="numeric"
        autocomplete="postal-code"
        maxLength={5}
        value={c.values[n('postal_code')]}
        error={c.errors[n('postal_code')]}
      />
    </fieldset>
  );
}

/** A district stored as its code (from a claim) is shown by name. */
function districtShown(province: string, raw: string, lang: Lang): string {
  if (/^\d{4}$/.test(raw)) {
    const d = listDistricts(province).find((x) => x.code === raw);
    if (d) return lang === 'th' ? d.nameTh : d.nameEn;
  }
  return raw;
}

function FileInput({ field, c }: { field: Field; c: Ctx }) {
  const id = fieldId(field.name);
  const error = c.errors[field.name];
  const current = c.files[field.name];
  const th = c.lang === 'th';
  const kinds = (field.accept ?? []).map((k) => kindLabels[k]).join(', ');
  const size =
    (field.maxSizeKb ?? 2048) >= 1024
      ? `${Math.round(((field.maxSizeKb ?? 2048) / 1024) * 10) / 10} MB`
      : `${field.maxSizeKb} KB`;
  const hint = [
    hintOf(field, c),
    th ? `ไฟล์ ${kinds} ขนาดไม่เกิน ${size}` : `${kinds}, at most ${size}`,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={id}>{pick(field.label, c.lang) + optional(field, c.lang)}</label>
      <p class="hint" id={`${id}-hint`}>
        {hint}
      </p>
      {current && (
        <p id={`${id}-current`}>
          {th ? 'ไฟล์ที่แนบแล้ว: ' : 'Attached: '}
          {c.fileHref ? <a href={c.fileHref(current.id)}>{current.filename}</a> : current.filename}{' '}
          ({formatSize(current.size, c.lang)})
          {th ? ' — เลือกไฟล์ใหม่เพื่อแทนที่' : ' — choose another file to replace it'}
        </p>
      )}
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <input
        type="file"
        id={id}
        name={field.name}
        accept={acceptAttribute(field.accept ?? [])}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={[`${id}-hint`, current ? `${id}-current` : '', error ? `${id}-error` : '']
          .filter(Boolean)
          .join(' ')}
      />
    </div>
  );
}

function RepeatInput({
  field,
  c,
  state,
  preview,
}: {
  field: Field;
  c: Ctx;
  state: DraftState;
  preview: boolean;
}) {
  const th = c.lang === 'th';
  const count = rowCount(field, state);
  const rowLabel = field.rowLabel ? pick(field.rowLabel, c.lang) : th ? 'รายการที่' : 'Row';
  const error = c.errors[field.name];
  const id = fieldId(field.name);
  return (
    <fieldset class={error ? 'field invalid' : 'field'} id={id} tabindex={-1}>
      <legend>{pick(field.label, c.lang) + optional(field, c.lang)}</legend>
      {field.hint && <p class="hint">{pick(field.hint, c.lang)}</p>}
      {error && <p class="field-error">{error}</p>}
      <input type="hidden" name={`${ROWS_INPUT}${field.name}`} value={String(count)} />
      {Array.from({ length: count }, (_, r) => (
        <fieldset class="card" key={r}>
          <legend>{`${rowLabel} ${r + 1}`}</legend>
          {(field.fields ?? []).map((sub) => (
            <SimpleInput
              key={sub.name}
              field={sub}
              name={rowName(field.name, r, sub.name)}
              c={c}
              inRow
            />
          ))}
          {!preview && count > (field.minRows ?? 0) && (
            <button
              type="submit"
              class="button secondary"
              name="_action"
              value={`remove_row:${field.name}:${r}`}
            >
              {th ? `ลบ${rowLabel} ${r + 1}` : `Remove ${rowLabel.toLowerCase()} ${r + 1}`}
            </button>
          )}
        </fieldset>
      ))}
      {!preview && count < (field.maxRows ?? 20) && (
        <button
          type="submit"
          class="button secondary"
          name="_action"
          value={`add_row:${field.name}`}
        >
          {th ? `เพิ่ม${rowLabel}` : `Add another ${rowLabel.toLowerCase()}`}
        </button>
      )}
    </fieldset>
  );
}

/**
 * The fields of one page. Fields whose condition is not met are rendered hidden (so the optional
 * script can reveal them as the citizen answers) and ignored by the server.
 */
export function PageFields(props: {
  lang: Lang;
  page: Page;
  state: DraftState;
  errors: Record<string, string>;
  visible: Set<string>;
  preview?: boolean;
  fileHref?: (fileId: string) => string;
}) {
  const { lang, page, state } = props;
  const c: Ctx = {
    lang,
    values: state.values,
    errors: props.errors,
    prefilled: state.prefilled,
    files: state.files,
    ...(props.fileHref ? { fileHref: props.fileHref } : {}),
  };
  return (
    <>
      {page.fields.map((field) => {
        const shown = props.visible.has(field.name);
        let body = null;
        if (field.type === 'address') body = <AddressInput field={field} c={c} />;
        else if (field.type === 'file') body = <FileInput field={field} c={c} />;
        else if (field.type === 'repeat')
          body = <RepeatInput field={field} c={c} state={state} preview={!!props.preview} />;
        else body = <SimpleInput field={field} name={field.name} c={c} />;
        return (
          <div
            key={field.name}
            data-field={field.name}
            data-show-if={field.showIf ? JSON.stringify(field.showIf) : undefined}
            hidden={!shown && !props.preview ? true : undefined}
          >
            {props.preview && field.showIf && (
              <p class="tag">
                {lang === 'th' ? 'แสดงเมื่อ ' : 'Shown when '}
                {field.showIf.field}{' '}
                {field.showIf.in
                  ? `∈ [${field.showIf.in.join(', ')}]`
                  : `= ${String(field.showIf.equals)}`}
              </p>
            )}
            {body}
          </div>
        );
      })}
    </>
  );
}
