import { describe, expect, it } from 'vitest';
import { demoDefinitions } from './demo.ts';
import {
  changeRows,
  checkEligibility,
  emptyDraft,
  formatAnswer,
  mergePosted,
  parseAll,
  parsePage,
  prefilledDraft,
  visibility,
  visiblePages,
} from './form.ts';
import type { DraftState, EServiceDefinition } from './types.ts';

const byCode = (code: string) =>
  demoDefinitions.find((d) => d.code === code)! as EServiceDefinition;
const elderly = byCode('elderly-allowance-application');
const grant = byCode('birth-grant-application');
const disability = byCode('disability-allowance-application');
const page = (def: EServiceDefinition, id: string) => def.pages.find((p) => p.id === id)!;
const withValues = (
  values: Record<string, string>,
  base: DraftState = emptyDraft(),
): DraftState => ({
  ...base,
  values: { ...base.values, ...values },
});

describe('conditional visibility (server-side)', () => {
  it('shows a field only when the earlier answer matches, and hides what depends on a hidden field', () => {
    let v = visibility(elderly, { payment_method: 'cash' });
    expect(v.fields.has('bank')).toBe(false);
    expect(v.fields.has('bankbook_copy')).toBe(false);
    v = visibility(elderly, { payment_method: 'bank' });
    expect(v.fields.has('bank')).toBe(true);
    expect(v.fields.has('bankbook_copy')).toBe(true);
    const chained: EServiceDefinition = {
      ...elderly,
      pages: [
        {
          id: 'p',
          title: { th: 'ก', en: 'p' },
          fields: [
            { name: 'a', type: 'checkbox', label: { th: 'ก', en: 'a' } },
            {
              name: 'b',
              type: 'text',
              label: { th: 'ข', en: 'b' },
              showIf: { field: 'a', equals: true },
            },
            {
              name: 'c',
              type: 'text',
              label: { th: 'ค', en: 'c' },
              showIf: { field: 'b', in: ['x', 'y'] },
            },
          ],
        },
      ],
    };
    expect([...visibility(chained, { a: 'on', b: 'x' }).fields]).toEqual(['a', 'b', 'c']);
    expect([...visibility(chained, { a: '', b: 'x' }).fields]).toEqual(['a']);
  });

  it('does not check or keep hidden fields', () => {
    const state = withValues({ payment_method: 'cash', bank: 'not-a-bank', account_no: 'garbage' });
    const { answers, problems } = parsePage(elderly, page(elderly, 'payment'), state);
    expect(problems).toEqual({});
    expect(answers).toEqual({ payment_method: 'cash' });
  });

  it('skips pages whose condition is not met', () => {
    const withPageCondition: EServiceDefinition = {
      ...disability,
      pages: disability.pages.map((p) =>
        p.id === 'disability' ? { ...p, showIf: { field: 'applying_as', equals: 'guardian' } } : p,
      ),
    };
    expect(visiblePages(withPageCondition, { applying_as: 'self' }).map((p) => p.id)).toEqual([
      'who',
      'payment',
      'documents',
    ]);
  });
});

describe('typed answers', () => {
  it('reports every problem on a page, keyed by input name, and keeps valid answers typed', () => {
    const state = withValues({
      full_name: '',
      phone: '0212345678',
      email: 'nope',
      birth_date: '31/02/2500',
      nationality: 'xx',
    });
    const { problems } = parsePage(elderly, page(elderly, 'applicant'), state);
    expect(Object.fromEntries(Object.entries(problems).map(([k, p]) => [k, p.code]))).toEqual({
      citizen_id: 'eservices.required',
      full_name: 'eservices.required',
      phone: 'eservices.phone_mobile',
      email: 'eservices.email_format',
      birth_date: 'eservices.date_not_real',
      nationality: 'eservices.choose',
      marital_status: 'eservices.choose',
    });
    const good = withValues({
      citizen_id: '1101700123456',
      full_name: ' สมชาย ใจดี ',
      phone: '081 234 5678',
      email: '',
      birth_date: '14/03/2501',
      nationality: 'th',
      marital_status: 'married',
    });
    expect(parsePage(elderly, page(elderly, 'applicant'), good)).toEqual({
      problems: {},
      answers: {
        citizen_id: '1101700123456',
        full_name: 'สมชาย ใจดี',
        phone: '0812345678',
        birth_date: '1958-03-14',
        nationality: 'th',
        marital_status: 'married',
      },
    });
  });

  it('checks Thai addresses against the province’s districts and postal codes', () => {
    const addr = (parts: Record<string, string>) =>
      withValues(Object.fromEntries(Object.entries(parts).map(([k, v]) => [`address.${k}`, v])));
    const p = page(elderly, 'residence');
    const ok = parsePage(
      elderly,
      p,
      addr({
        house_no: '45/7',
        moo: 'หมู่ 3',
        soi: 'ซอยรัตนาธิเบศร์ 18',
        subdistrict: 'ต.บางกระสอ',
        district: 'อ.เมืองนนทบุรี',
        province: '12',
        postal_code: '11000',
      }),
    );
    expect(ok.problems).toEqual({});
    expect(ok.answers.address).toEqual({
      houseNo: '45/7',
      moo: '3',
      soi: 'รัตนาธิเบศร์ 18',
      subdistrict: 'บางกระสอ',
      districtCode: '1201',
      provinceCode: '12',
      postalCode: '11000',
    });
    expect(formatAnswer(p.fields[0]!, ok.answers.address, 'th')).toBe(
      '45/7 หมู่ 3 ซอยรัตนาธิเบศร์ 18 ตำบลบางกระสอ อำเภอเมืองนนทบุรี จังหวัดนนทบุรี 11000',
    );
    const bad = parsePage(
      elderly,
      p,
      addr({
        house_no: '1',
        subdistrict: 'x',
        district: 'เมืองเชียงใหม่',
        province: '12',
        postal_code: '50000',
      }),
    );
    expect(Object.fromEntries(Object.entries(bad.problems).map(([k, v]) => [k, v.code]))).toEqual({
      'address.district': 'eservices.district_not_in_province',
      'address.postal_code': 'eservices.postal_code_province',
    });
    expect(parsePage(elderly, p, emptyDraft()).problems['address.house_no']?.code).toBe(
      'eservices.address_required',
    );
  });

  it('handles repeating rows: add, remove, skip empty rows, minimum rows', () => {
    const field = page(grant, 'household').fields[0]!;
    let state = emptyDraft();
    state = mergePosted(page(grant, 'household'), state, {
      '_rows.members': '2',
      'members.0.name': 'ก',
      'members.0.relation': 'parent',
      'members.0.income': '120,000',
    });
    state = changeRows(field, state, { add: true });
    expect(state.rows.members).toBe(3);
    state = {
      ...state,
      values: {
        ...state.values,
        'members.2.name': 'ค',
        'members.2.relation': 'child',
        'members.2.income': '0',
      },
    };
    let r = parsePage(grant, page(grant, 'household'), state);
    expect(r.problems).toEqual({});
    expect(r.answers.members).toEqual([
      { name: 'ก', relation: 'parent', income: 120000 },
      { name: 'ค', relation: 'child', income: 0 },
    ]);
    state = changeRows(field, state, { remove: 0 });
    expect(state.rows.members).toBe(2);
    expect(state.values['members.1.name']).toBe('ค');
    r = parsePage(grant, page(grant, 'household'), state);
    expect(r.problems.members?.code).toBe('eservices.rows_min');
    state = changeRows(field, state, { remove: 1 });
    expect(state.rows.members).toBe(2);
  });

  it('keeps locked claim values whatever is posted', () => {
    const state = prefilledDraft(elderly, {
      citizen_id: '1101700123456',
      name_th: 'สมชาย ใจดี',
      phone: '0812345678',
      address: undefined,
    });
    expect(state.prefilled).toEqual({
      citizen_id: 'citizen_id',
      full_name: 'name_th',
      phone: 'phone',
    });
    const merged = mergePosted(page(elderly, 'applicant'), state, {
      citizen_id: '3100500678913',
      full_name: 'ชื่อใหม่',
    });
    expect(merged.values.citizen_id).toBe('1101700123456');
    expect(merged.values.full_name).toBe('ชื่อใหม่');
  });

  it('fills only declared claims', () => {
    const undeclared = { ...elderly, claims: elderly.claims.filter((c) => c !== 'phone') };
    expect(prefilledDraft(undeclared, { phone: '0812345678' }).values.phone).toBeUndefined();
  });
});

describe('eligibility', () => {
  it('evaluates the definition’s rules on the parsed answers', () => {
    const state = withValues({
      citizen_id: '1101700123456',
      full_name: 'ก',
      phone: '0812345678',
      birth_date: '1990-01-01',
      nationality: 'th',
      marital_status: 'single',
      receives_pension: 'yes',
    });
    const { answers } = parseAll(elderly, state);
    expect(checkEligibility(elderly, answers, '2025-01-01').map((e) => [e.rule.id, e.met])).toEqual(
      [
        ['age', false],
        ['thai', true],
        ['no_pension', false],
      ],
    );
    const older = parseAll(
      elderly,
      withValues({ ...state.values, birth_date: '1960-01-01', receives_pension: 'no' }),
    ).answers;
    expect(checkEligibility(elderly, older, '2025-01-01').every((e) => e.met)).toBe(true);
  });

  it('averages household income over repeating rows', () => {
    const members = (incomes: number[]) => ({
      '_rows.members': String(incomes.length),
      ...Object.fromEntries(
        incomes.flatMap((n, i) => [
          [`members.${i}.name`, `m${i}`],
          [`members.${i}.relation`, 'other'],
          [`members.${i}.income`, String(n)],
        ]),
      ),
    });
    const rows = (incomes: number[]) => {
      const s = mergePosted(page(grant, 'household'), emptyDraft(), members(incomes));
      return parsePage(grant, page(grant, 'household'), s).answers;
    };
    const rule = (answers: ReturnType<typeof rows>) =>
      checkEligibility(grant, { ...answers, child_birth_date: '2024-01-01' }, '2025-01-01').find(
        (e) => e.rule.id === 'income',
      )!.met;
    expect(rule(rows([150000, 50000]))).toBe(true);
    expect(rule(rows([250000, 50000]))).toBe(false);
  });
});
