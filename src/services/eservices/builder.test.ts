import { describe, expect, it } from 'vitest';
import { FormError } from '../../platform/forms.ts';
import {
  addField,
  addPage,
  moveField,
  parseFieldForm,
  parseOptions,
  removeField,
  removePage,
  suggestName,
  updateSettings,
} from './builder.ts';
import { checkDefinition, newDefinition } from './definition.ts';

const start = () =>
  newDefinition({
    code: 'pet-registration',
    organization: 'dla',
    title: { th: 'ขึ้นทะเบียนสัตว์เลี้ยง', en: 'Pet registration' },
  });
const field = (
  def: ReturnType<typeof start>,
  values: Record<string, string>,
  accept: string[] = [],
) => parseFieldForm(def, values, { accept });
const codes = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof FormError) return error.fields;
    throw error;
  }
  return {};
};

describe('builder operations', () => {
  it('builds a publishable definition from form posts, without mutating the input', () => {
    let def = start();
    const before = JSON.stringify(def);
    def = addField(
      def,
      0,
      field(def, { type: 'text', label_th: 'ชื่อสัตว์', label_en: 'Pet name', required: 'on' }),
    );
    def = addField(
      def,
      0,
      field(def, {
        type: 'choice',
        label_th: 'ชนิด',
        label_en: 'Species',
        options: 'dog|สุนัข|Dog\ncat|แมว|Cat',
      }),
    );
    def = addPage(def, { page_title_th: 'เจ้าของ', page_title_en: 'Owner' });
    def = addField(
      def,
      1,
      field(def, {
        type: 'phone',
        name: 'owner_phone',
        label_th: 'โทร',
        label_en: 'Phone',
        prefill: 'phone',
        phone_kind: 'mobile',
      }),
    );
    def = addField(
      def,
      1,
      field(def, { type: 'file', label_th: 'รูป', label_en: 'Photo', max_size_kb: '99999' }, [
        'png',
        'exe',
      ]),
    );
    expect(JSON.stringify(start())).toBe(before);
    expect(def.pages[0]!.fields.map((f) => f.name)).toEqual(['pet_name', 'species']);
    expect(def.claims).toContain('phone');
    expect(def.pages[1]!.fields[1]).toMatchObject({ accept: ['png'], maxSizeKb: 10240 });
    expect(checkDefinition(def)).toMatchObject({ ok: true });
  });

  it('explains bad field forms by input name', () => {
    const def = addField(
      start(),
      0,
      field(start(), { type: 'text', name: 'pet_name', label_th: 'ชื่อ', label_en: 'Name' }),
    );
    expect(
      codes(() => field(def, { type: 'text', name: 'pet_name', label_th: 'ก', label_en: 'x' })),
    ).toEqual({ name: 'eservices.field_name_taken' });
    expect(codes(() => field(def, { type: 'bogus', name: 'Bad Name' }))).toEqual({
      type: 'eservices.field_type_invalid',
      name: 'eservices.field_name_invalid',
      label_th: 'eservices.label_th_required',
      label_en: 'eservices.label_en_required',
    });
    expect(
      codes(() =>
        field(def, {
          type: 'choice',
          name: 'c',
          label_th: 'ก',
          label_en: 'c',
          options: 'only-one',
        }),
      ),
    ).toEqual({ options: 'eservices.options_invalid' });
    expect(
      codes(() =>
        field(def, {
          type: 'text',
          name: 'd',
          label_th: 'ก',
          label_en: 'd',
          show_if_field: 'nope',
          show_if_values: 'x',
        }),
      ),
    ).toEqual({ show_if_field: 'eservices.value_invalid' });
    expect(
      codes(() =>
        field(def, { type: 'date', name: 'e', label_th: 'ก', label_en: 'e', prefill: 'email' }),
      ),
    ).toEqual({ prefill: 'eservices.value_invalid' });
  });

  it('reads option lines and suggests unique names', () => {
    expect(parseOptions('Yes|ใช่|Yes\nno|ไม่ใช่')).toEqual([
      { value: 'yes', label: { th: 'ใช่', en: 'Yes' } },
      { value: 'no', label: { th: 'ไม่ใช่', en: 'ไม่ใช่' } },
    ]);
    expect(parseOptions('a|ก\na|ข')).toBeNull();
    const def = addField(
      start(),
      0,
      field(start(), { type: 'date', label_th: 'วันเกิด', label_en: 'Date of birth' }),
    );
    expect(suggestName(def, 'Date of birth')).toBe('date_of_birth_2');
    expect(suggestName(def, '1st visit!')).toBe('f_1st_visit');
  });

  it('moves fields within and across pages, and removes only what nothing refers to', () => {
    let def = start();
    def = addField(
      def,
      0,
      field(def, { type: 'checkbox', name: 'a', label_th: 'ก', label_en: 'a' }),
    );
    def = addField(
      def,
      0,
      field(def, {
        type: 'text',
        name: 'b',
        label_th: 'ข',
        label_en: 'b',
        show_if_field: 'a',
        show_if_values: 'true',
      }),
    );
    def = addPage(def, { page_title_th: 'สอง', page_title_en: 'Two' });
    expect(def.pages[0]!.fields[1]!.showIf).toEqual({ field: 'a', equals: true });
    def = moveField(def, 'b', 'down');
    expect(def.pages.map((p) => p.fields.map((f) => f.name))).toEqual([['a'], ['b']]);
    def = moveField(def, 'b', 'up');
    def = moveField(def, 'b', 'up');
    expect(def.pages[0]!.fields.map((f) => f.name)).toEqual(['b', 'a']);
    expect(() => removeField(def, 'a')).toThrow(/field_in_use/);
    expect(() => removePage(def, def.pages[0]!.id)).toThrow(/page_not_empty/);
    def = removePage(def, def.pages[1]!.id);
    expect(def.pages).toHaveLength(1);
    def = removeField(removeField(def, 'b'), 'a');
    expect(def.pages[0]!.fields).toEqual([]);
  });

  it('updates settings and keeps claims that prefilled fields still use', () => {
    let def = addField(
      start(),
      0,
      field(start(), {
        type: 'email',
        name: 'mail',
        label_th: 'อีเมล',
        label_en: 'E-mail',
        prefill: 'email',
      }),
    );
    def = updateSettings(
      def,
      {
        title_th: 'ใหม่',
        title_en: 'New',
        description_th: 'ก',
        description_en: 'd',
        fee: '1,250.5',
        sla_days: '7',
        result_approved_th: 'ก',
        result_approved_en: 'a',
        result_rejected_th: 'ก',
        result_rejected_en: 'r',
      },
      ['citizen_id', 'bogus'],
    );
    expect(def).toMatchObject({
      title: { th: 'ใหม่', en: 'New' },
      fee: { amountBaht: 1250.5 },
      slaDays: 7,
      claims: ['citizen_id', 'email'],
    });
    expect(
      codes(() =>
        updateSettings(def, { title_th: '', title_en: 'x', fee: '-1', sla_days: '0' }, []),
      ),
    ).toMatchObject({
      title_th: 'eservices.label_th_required',
      fee: 'eservices.number_invalid',
      sla_days: 'eservices.number_invalid',
    });
  });
});
