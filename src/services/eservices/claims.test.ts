import { describe, expect, it } from 'vitest';
import { demoDefinitions } from './demo.ts';
import { emptyDraft, prefilledDraft } from './form.ts';
import { registryPersonClaims } from './service.ts';

describe('claims from the registry record (when the identity module releases it)', () => {
  const person = {
    birthDate: '1958-03-14',
    gender: 'male',
    address: {
      houseNo: '45/7',
      moo: 3,
      soi: 'รัตนาธิเบศร์ 18',
      road: null,
      subdistrict: 'บางกระสอ',
      district: 'เมืองนนทบุรี',
      province: 'นนทบุรี',
      postalCode: '11000',
    },
  };

  it('maps names of places to the geography codes the form uses', () => {
    expect(registryPersonClaims(person)).toEqual({
      birthdate: '1958-03-14',
      gender: 'male',
      address: {
        houseNo: '45/7',
        moo: '3',
        soi: 'รัตนาธิเบศร์ 18',
        subdistrict: 'บางกระสอ',
        districtCode: '1201',
        provinceCode: '12',
        postalCode: '11000',
      },
    });
  });

  it('leaves out what the registry does not know for sure', () => {
    expect(
      registryPersonClaims({
        ...person,
        birthDate: '1958-00-00',
        address: { ...person.address, district: 'ไม่มีอำเภอนี้' },
      }),
    ).toEqual({ gender: 'male' });
    expect(registryPersonClaims(null)).toEqual({});
  });

  it('fills the elderly allowance’s birth date and address from them', () => {
    const elderly = demoDefinitions.find((d) => d.code === 'elderly-allowance-application')!;
    const draft = prefilledDraft(elderly, registryPersonClaims(person));
    expect(draft.values['address.district']).toBe('1201');
    expect(draft.values.birth_date).toBe('1958-03-14');
    expect(draft.prefilled).toEqual({ birth_date: 'birthdate', address: 'address' });
    expect(prefilledDraft(elderly, {})).toEqual(emptyDraft());
  });
});
