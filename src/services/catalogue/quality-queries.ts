/**
 * How Thai citizens type into a government search box, each with the service they were looking
 * for. search-quality.test.ts requires that service among the first three results on both
 * databases; the benchmark times the same queries. Written from the ways people search the Tang
 * Rat and agency portals: no spaces, agency abbreviations with and without dots, tone marks left
 * out or wrong, one-letter typos, English words mixed in, English only, everyday words that no
 * official name contains. None is copied from a service name as a whole.
 */
export type QueryKind =
  | 'no spaces'
  | 'abbreviation'
  | 'no tone marks'
  | 'typo'
  | 'mixed'
  | 'english'
  | 'everyday words'
  | 'partial';

export interface QualityQuery {
  q: string;
  kind: QueryKind;
  expect: string;
}

export const qualityQueries: readonly QualityQuery[] = [
  // Thai written the usual way, without spaces.
  { q: 'เช็คสิทธิประกันสังคม', kind: 'no spaces', expect: 'sso-rights-check' },
  { q: 'ตรวจสอบสิทธิบัตรทอง', kind: 'no spaces', expect: 'nhso-rights-check' },
  { q: 'ลงทะเบียนเบี้ยผู้สูงอายุ', kind: 'no spaces', expect: 'elderly-allowance' },
  { q: 'ต่อภาษีรถยนต์', kind: 'no spaces', expect: 'vehicle-tax-renewal' },
  { q: 'จ่ายค่าไฟการไฟฟ้าส่วนภูมิภาค', kind: 'no spaces', expect: 'pea-electricity-bill' },
  { q: 'ย้ายทะเบียนบ้านออนไลน์', kind: 'no spaces', expect: 'moving-address' },
  { q: 'บัตรประชาชนหายทำใหม่', kind: 'no spaces', expect: 'id-card-replacement' },
  { q: 'ขอสำเนาคำพิพากษาศาลปกครอง', kind: 'no spaces', expect: 'admin-court-judgment-copy' },
  { q: 'อายัดบัญชีม้า', kind: 'no spaces', expect: 'mule-account-freeze' },
  { q: 'จดทะเบียนบริษัทจำกัด', kind: 'no spaces', expect: 'company-registration' },
  { q: 'ลงทะเบียนเงินเด็กแรกเกิด', kind: 'no spaces', expect: 'birth-grant' },
  { q: 'ขอเลขที่บ้านใหม่', kind: 'no spaces', expect: 'house-number-request' },
  { q: 'จองตั๋วรถไฟ', kind: 'no spaces', expect: 'train-ticket-booking' },
  { q: 'ยื่นภาษีเงินได้ออนไลน์', kind: 'no spaces', expect: 'personal-income-tax-filing' },
  { q: 'ขึ้นทะเบียนคนว่างงาน', kind: 'no spaces', expect: 'unemployment-benefit' },
  { q: 'ค่าน้ำประปานครหลวง', kind: 'no spaces', expect: 'mwa-water-bill' },
  { q: 'เปลี่ยนโรงพยาบาลประกันสังคม', kind: 'no spaces', expect: 'sso-hospital-change' },
  { q: 'สมัครเรียนป1', kind: 'no spaces', expect: 'school-admission' },
  { q: 'ทำบัตรคนพิการ', kind: 'no spaces', expect: 'disability-id-card' },
  { q: 'แจ้งเกิดลูก', kind: 'no spaces', expect: 'birth-registration' },
  // Abbreviations, with and without their dots.
  { q: 'สปสช', kind: 'abbreviation', expect: 'nhso-rights-check' },
  { q: 'กยศ', kind: 'abbreviation', expect: 'student-loan-application' },
  { q: 'ก.ย.ศ.', kind: 'abbreviation', expect: 'student-loan-application' },
  { q: 'บัตร ปชช', kind: 'abbreviation', expect: 'national-id-card' },
  { q: 'กฟภ', kind: 'abbreviation', expect: 'pea-electricity-bill' },
  { q: 'กปน.', kind: 'abbreviation', expect: 'mwa-water-bill' },
  { q: 'หจก', kind: 'abbreviation', expect: 'partnership-registration' },
  { q: 'สคบ', kind: 'abbreviation', expect: 'consumer-complaint' },
  { q: 'ป.ป.ช.', kind: 'abbreviation', expect: 'anti-corruption-complaint' },
  { q: 'สมัคร ม.40', kind: 'abbreviation', expect: 'sso-section-40-registration' },
  { q: 'รง4', kind: 'abbreviation', expect: 'factory-licence' },
  { q: 'สด.9', kind: 'abbreviation', expect: 'military-conscription-registration' },
  { q: 'ธกส เงินเกษตรกร', kind: 'abbreviation', expect: 'baac-payment-status' },
  { q: 'กศน', kind: 'abbreviation', expect: 'non-formal-education-enrolment' },
  { q: 'ภงด90', kind: 'abbreviation', expect: 'personal-income-tax-filing' },
  { q: 'ตม 90 วัน', kind: 'abbreviation', expect: 'ninety-day-report' },
  // Tone marks left out or wrong.
  { q: 'เบียยังชีพผูสูงอายุ', kind: 'no tone marks', expect: 'elderly-allowance' },
  { q: 'ใบขับขีหมดอายุ', kind: 'no tone marks', expect: 'driving-licence-renewal' },
  { q: 'เงินเดกแรกเกิด', kind: 'no tone marks', expect: 'birth-grant' },
  { q: 'ภาษีทีดิน', kind: 'no tone marks', expect: 'land-building-tax' },
  { q: 'แจงตาย', kind: 'no tone marks', expect: 'death-registration' },
  { q: 'เบียความพิการ', kind: 'no tone marks', expect: 'disability-allowance' },
  { q: 'สิทธิ์บัตรทอง', kind: 'no tone marks', expect: 'nhso-rights-check' },
  { q: 'แจ้งความออนไลน', kind: 'no tone marks', expect: 'online-police-report' },
  { q: 'ไฟฟาดับ', kind: 'no tone marks', expect: 'pea-outage-report' },
  { q: 'ใบขับขี่หาย่', kind: 'no tone marks', expect: 'driving-licence-replacement' },
  { q: 'เบี๊ยคนพิการ', kind: 'no tone marks', expect: 'disability-allowance' },
  // Typos: a letter missing, swapped or wrong.
  { q: 'ประกนสังคม', kind: 'typo', expect: 'sso-rights-check' },
  { q: 'หนังสือเดนทาง', kind: 'typo', expect: 'passport-application' },
  { q: 'พาสปอต', kind: 'typo', expect: 'passport-application' },
  { q: 'ทะเบยนสมรส', kind: 'typo', expect: 'marriage-registration' },
  { q: 'จดทะเบียนพานิชย์', kind: 'typo', expect: 'commercial-registration' },
  { q: 'ใบสังจราจร', kind: 'typo', expect: 'traffic-fine-payment' },
  { q: 'pasport', kind: 'typo', expect: 'passport-application' },
  { q: 'unemploymet benefit', kind: 'typo', expect: 'unemployment-benefit' },
  { q: 'เครดิตบูโล', kind: 'typo', expect: 'credit-bureau-report' },
  { q: 'บัตรสวัสดิการแหงรัฐ', kind: 'typo', expect: 'state-welfare-card-registration' },
  // Thai and English together.
  { q: 'passport ต่ออายุ', kind: 'mixed', expect: 'passport-application' },
  { q: 'จด vat', kind: 'mixed', expect: 'vat-registration' },
  { q: 'ค่าไฟ PEA', kind: 'mixed', expect: 'pea-electricity-bill' },
  { q: 'ลงทะเบียน ThaID', kind: 'mixed', expect: 'thaid-registration' },
  { q: 'work permit ต่างด้าว', kind: 'mixed', expect: 'foreign-work-permit' },
  { q: 'ค่าฝุ่น PM2.5', kind: 'mixed', expect: 'air-quality-check' },
  { q: 'เช็คใบสั่ง ptm', kind: 'mixed', expect: 'traffic-fine-payment' },
  { q: 'ส่งงบการเงิน e-filing', kind: 'mixed', expect: 'dbd-efiling' },
  { q: 'ขึ้นทะเบียน sme', kind: 'mixed', expect: 'sme-registration' },
  { q: 'เช็คเงินคืน tax', kind: 'mixed', expect: 'tax-refund-status' },
  // English only.
  { q: 'social security', kind: 'english', expect: 'sso-rights-check' },
  { q: 'renew driving licence', kind: 'english', expect: 'driving-licence-renewal' },
  { q: 'birth certificate', kind: 'english', expect: 'birth-registration' },
  { q: 'elderly allowance', kind: 'english', expect: 'elderly-allowance' },
  { q: 'register a company', kind: 'english', expect: 'company-registration' },
  { q: 'student loan', kind: 'english', expect: 'student-loan-application' },
  { q: 'criminal record check', kind: 'english', expect: 'criminal-record-check' },
  { q: 'trademark', kind: 'english', expect: 'trademark-registration' },
  { q: 'visa', kind: 'english', expect: 'thai-e-visa' },
  { q: 'tax refund', kind: 'english', expect: 'tax-refund-status' },
  { q: 'water bill bangkok', kind: 'english', expect: 'mwa-water-bill' },
  // Everyday words no official name uses.
  { q: 'บัตรคนจน', kind: 'everyday words', expect: 'state-welfare-card-registration' },
  { q: 'เบี้ยคนแก่', kind: 'everyday words', expect: 'elderly-allowance' },
  { q: 'เงินชราภาพ', kind: 'everyday words', expect: 'sso-old-age-benefit' },
  { q: 'โดนโกงออนไลน์', kind: 'everyday words', expect: 'online-police-report' },
  { q: 'ตกงาน', kind: 'everyday words', expect: 'unemployment-benefit' },
  { q: 'ย้ายบ้าน', kind: 'everyday words', expect: 'moving-address' },
  { q: 'แต่งงาน', kind: 'everyday words', expect: 'marriage-registration' },
  { q: 'น้ำท่วมบ้าน', kind: 'everyday words', expect: 'disaster-relief' },
  { q: 'ไฟถนนดับ', kind: 'everyday words', expect: 'local-complaint' },
  { q: 'ส้วมเต็ม', kind: 'everyday words', expect: 'septic-tank-emptying' },
  { q: 'งูเข้าบ้าน', kind: 'everyday words', expect: 'wildlife-hotline-1362' },
  { q: 'ซื้อรถมือสอง', kind: 'everyday words', expect: 'vehicle-ownership-transfer' },
  { q: 'กู้เงินเรียน', kind: 'everyday words', expect: 'student-loan-application' },
  { q: 'แก๊งคอลเซ็นเตอร์', kind: 'everyday words', expect: 'online-police-report' },
  { q: 'นายจ้างไม่จ่ายเงินเดือน', kind: 'everyday words', expect: 'labour-complaint' },
  { q: 'ของไม่ตรงปก', kind: 'everyday words', expect: 'consumer-complaint' },
  // Stopped typing half-way through a word.
  { q: 'ประกันสัง', kind: 'partial', expect: 'sso-rights-check' },
  { q: 'หนังสือเดิน', kind: 'partial', expect: 'passport-application' },
  { q: 'ใบขับ', kind: 'partial', expect: 'driving-licence-renewal' },
  { q: 'เบี้ยยังชี', kind: 'partial', expect: 'elderly-allowance' },
];
