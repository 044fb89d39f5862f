import { DISTRICTS, findProvinceByCode, isBangkok } from '../orgs/index.ts';

/** A registration office (สำนักทะเบียน) as stored in registry.offices. */
export interface RegistrationOffice {
  /** DOPA 4-digit code, the digits that open the house codes it issues (citizen-id.ts). */
  code: string;
  nameTh: string;
  nameEn: string;
  provinceCode: string;
  districtCode: string;
}

/**
 * One district registration office per district (อำเภอ) and one per Bangkok district (เขต), coded
 * like the district. ThaID's 2,533 offices also count the local (municipal) registration offices
 * (สำนักทะเบียนท้องถิ่น, codes counting down from xx99), which the shared geography does not list.
 * In Bangkok the district office itself (สำนักงานเขต) keeps the register.
 */
export function officesFromGeography(): RegistrationOffice[] {
  return DISTRICTS.map((d) => {
    const bangkok = isBangkok(d.provinceCode);
    const province = findProvinceByCode(d.provinceCode);
    return {
      code: d.code,
      nameTh: bangkok ? `สำนักงานเขต${d.nameTh}` : `สำนักทะเบียนอำเภอ${d.nameTh}`,
      nameEn: bangkok
        ? `${d.nameEn} District Office, Bangkok`
        : `${d.nameEn} District Registration Office, ${province?.nameEn ?? d.provinceCode}`,
      provinceCode: d.provinceCode,
      districtCode: d.code,
    };
  });
}
