/**
 * Seed directory of Thailand's 7,850 local administrations (องค์กรปกครองส่วนท้องถิ่น, อปท.).
 *
 * The type counts are the Department of Local Administration's (DLA, กรมส่งเสริมการปกครอง
 * ท้องถิ่น) 2023 figures. The 76 PAOs, the 30 city municipalities, Bangkok, Pattaya and the
 * town municipalities listed in REAL_TOWNS are real; the other town municipalities and the
 * tambon-level administrations are generated: named after real districts and sub-districts from
 * geography.ts where there are enough, then after plausible Thai place names. Spread over the
 * districts follows the real number of ตำบล per district, so the northeast has the most, as it
 * does in reality. Addresses, phone numbers and web sites are generated, not looked up (only
 * Bangkok's city-hall address and switchboard and the bangkok.go.th and pattaya.go.th sites are
 * the real ones), so the directory is for demos, tests and load, not for contacting anyone.
 *
 * Generation is deterministic (a seeded PRNG, never Math.random) so that two runs, two machines
 * and the tests all see the same 7,850 rows.
 */

import {
  type District,
  findCapitalDistrict,
  findDistrictByCode,
  findProvinceByCode,
  formatDistrictNameTh,
  formatProvinceNameTh,
  formatSubdistrictNameTh,
  listDistricts,
  PROVINCES,
  type Province,
  type RegionCode,
} from '../orgs/index.ts';

export type LocalAdministrationType =
  | 'pao'
  | 'city_municipality'
  | 'town_municipality'
  | 'subdistrict_municipality'
  | 'sao'
  | 'bangkok'
  | 'pattaya';

export const LOCAL_ADMINISTRATION_TYPES: readonly LocalAdministrationType[] = [
  'pao',
  'city_municipality',
  'town_municipality',
  'subdistrict_municipality',
  'sao',
  'bangkok',
  'pattaya',
];

export interface LocalAdministrationTypeLabel {
  /** Full Thai title, which is also the prefix of the administration's Thai name. */
  th: string;
  en: string;
  /** The abbreviation used in Thai official letters (อบจ., ทน., ...). */
  abbrTh: string;
}

export const LOCAL_ADMINISTRATION_TYPE_LABELS: Readonly<
  Record<LocalAdministrationType, LocalAdministrationTypeLabel>
> = {
  pao: { th: 'องค์การบริหารส่วนจังหวัด', en: 'Provincial Administrative Organization', abbrTh: 'อบจ.' },
  city_municipality: { th: 'เทศบาลนคร', en: 'City Municipality', abbrTh: 'ทน.' },
  town_municipality: { th: 'เทศบาลเมือง', en: 'Town Municipality', abbrTh: 'ทม.' },
  subdistrict_municipality: {
    th: 'เทศบาลตำบล',
    en: 'Subdistrict Municipality',
    abbrTh: 'ทต.',
  },
  sao: {
    th: 'องค์การบริหารส่วนตำบล',
    en: 'Subdistrict Administrative Organization',
    abbrTh: 'อบต.',
  },
  // The two special-form administrations (อปท. รูปแบบพิเศษ) have their own Acts and no
  // type title in their names; กทม. is the usual short form, Pattaya has none.
  bangkok: { th: 'กรุงเทพมหานคร', en: 'Bangkok Metropolitan Administration', abbrTh: 'กทม.' },
  pattaya: { th: 'เมืองพัทยา', en: 'Pattaya City', abbrTh: 'เมืองพัทยา' },
};

/** DLA counts as of 2023. */
export const LOCAL_ADMINISTRATION_COUNTS: Readonly<Record<LocalAdministrationType, number>> = {
  pao: 76,
  city_municipality: 30,
  town_municipality: 195,
  subdistrict_municipality: 2247,
  sao: 5300,
  bangkok: 1,
  pattaya: 1,
};

export const TOTAL_LOCAL_ADMINISTRATIONS = 7850;

export interface LocalAdministrationSeed {
  /** DLA-style 7-digit code; see the code scheme below. */
  code: string;
  type: LocalAdministrationType;
  nameTh: string;
  nameEn: string;
  provinceCode: string;
  districtCode: string;
  /** Thai name of the ตำบล/แขวง where the office stands, without the word ตำบล/แขวง. */
  subdistrictTh: string;
  /** Full Thai postal address, ending in the postal code. */
  address: string;
  postalCode: string;
  /** Landline in the Thai government's written form, e.g. '0-4282-1234'. */
  phone: string;
  /** e.g. 'https://chiangkhan.go.th'. */
  website: string;
  /** Host of `website`, also the domain of the administration's official e-mail. */
  domain: string;
}

// Code scheme: one type digit, the DOPA province code, then a 4-digit running number within
// that type and province, numbered in district order: 4420001 is Loei's first เทศบาลตำบล.
// Type digits: 1 อบจ., 2 ทน., 3 ทม., 4 ทต., 5 อบต., 6 the two special-form administrations.
// DLA's own codes also open with the type and the province, then carry the district and a
// 2-digit counter; keeping the same leading digits means the codes group and sort the same way.
const TYPE_DIGIT: Readonly<Record<LocalAdministrationType, string>> = {
  pao: '1',
  city_municipality: '2',
  town_municipality: '3',
  subdistrict_municipality: '4',
  sao: '5',
  bangkok: '6',
  pattaya: '6',
};

function formatCode(type: LocalAdministrationType, provinceCode: string, running: number): string {
  return TYPE_DIGIT[type] + provinceCode + String(running).padStart(4, '0');
}

type NamedPlace = readonly [
  provinceCode: string,
  districtTh: string,
  baseTh: string,
  baseEn: string,
  subdistrictTh?: string,
];

// All 30 city municipalities (เทศบาลนคร) as of 2023.
const REAL_CITIES: readonly NamedPlace[] = [
  ['50', 'เมืองเชียงใหม่', 'เชียงใหม่', 'Chiang Mai'],
  ['57', 'เมืองเชียงราย', 'เชียงราย', 'Chiang Rai'],
  ['52', 'เมืองลำปาง', 'ลำปาง', 'Lampang', 'หัวเวียง'],
  ['65', 'เมืองพิษณุโลก', 'พิษณุโลก', 'Phitsanulok'],
  ['60', 'เมืองนครสวรรค์', 'นครสวรรค์', 'Nakhon Sawan'],
  ['63', 'แม่สอด', 'แม่สอด', 'Mae Sot'],
  ['40', 'เมืองขอนแก่น', 'ขอนแก่น', 'Khon Kaen'],
  ['41', 'เมืองอุดรธานี', 'อุดรธานี', 'Udon Thani'],
  ['30', 'เมืองนครราชสีมา', 'นครราชสีมา', 'Nakhon Ratchasima'],
  ['34', 'เมืองอุบลราชธานี', 'อุบลราชธานี', 'Ubon Ratchathani'],
  ['47', 'เมืองสกลนคร', 'สกลนคร', 'Sakon Nakhon'],
  ['73', 'เมืองนครปฐม', 'นครปฐม', 'Nakhon Pathom'],
  ['74', 'เมืองสมุทรสาคร', 'สมุทรสาคร', 'Samut Sakhon'],
  ['74', 'กระทุ่มแบน', 'อ้อมน้อย', 'Om Noi'],
  ['12', 'เมืองนนทบุรี', 'นนทบุรี', 'Nonthaburi'],
  ['12', 'ปากเกร็ด', 'ปากเกร็ด', 'Pak Kret'],
  ['13', 'ธัญบุรี', 'รังสิต', 'Rangsit', 'ประชาธิปัตย์'],
  ['14', 'พระนครศรีอยุธยา', 'พระนครศรีอยุธยา', 'Phra Nakhon Si Ayutthaya'],
  ['11', 'เมืองสมุทรปราการ', 'สมุทรปราการ', 'Samut Prakan'],
  ['20', 'ศรีราชา', 'เจ้าพระยาสุรศักดิ์', 'Chao Phraya Surasak'],
  ['20', 'ศรีราชา', 'แหลมฉบัง', 'Laem Chabang'],
  ['21', 'เมืองระยอง', 'ระยอง', 'Rayong'],
  ['80', 'เมืองนครศรีธรรมราช', 'นครศรีธรรมราช', 'Nakhon Si Thammarat'],
  ['84', 'เมืองสุราษฎร์ธานี', 'สุราษฎร์ธานี', 'Surat Thani'],
  ['84', 'เกาะสมุย', 'เกาะสมุย', 'Ko Samui'],
  ['83', 'เมืองภูเก็ต', 'ภูเก็ต', 'Phuket'],
  ['90', 'หาดใหญ่', 'หาดใหญ่', 'Hat Yai'],
  ['90', 'เมืองสงขลา', 'สงขลา', 'Songkhla'],
  ['92', 'เมืองตรัง', 'ตรัง', 'Trang'],
  ['95', 'เมืองยะลา', 'ยะลา', 'Yala'],
];

// Town municipalities (เทศบาลเมือง) outside the provincial capitals that are known to exist.
// The capital of every province without a city municipality there is a town municipality too;
// those are derived from PROVINCES rather than listed.
const REAL_TOWNS: readonly NamedPlace[] = [
  ['11', 'พระประแดง', 'ปู่เจ้าสมิงพราย', 'Phu Chao Saming Phrai'],
  ['11', 'พระประแดง', 'ลัดหลวง', 'Lat Luang'],
  ['11', 'พระประแดง', 'พระประแดง', 'Phra Pradaeng'],
  ['11', 'เมืองสมุทรปราการ', 'ด่านสำโรง', 'Dan Samrong'],
  ['12', 'บางบัวทอง', 'บางบัวทอง', 'Bang Bua Thong'],
  ['12', 'บางกรวย', 'บางกรวย', 'Bang Kruai'],
  ['12', 'เมืองนนทบุรี', 'บางศรีเมือง', 'Bang Si Mueang'],
  ['12', 'บางบัวทอง', 'พิมลราช', 'Phimon Rat'],
  ['12', 'เมืองนนทบุรี', 'ไทรม้า', 'Sai Ma'],
  ['12', 'บางบัวทอง', 'บางคูรัด', 'Bang Khu Rat'],
  ['12', 'บางกรวย', 'ปลายบาง', 'Plai Bang'],
  ['13', 'คลองหลวง', 'ท่าโขลง', 'Tha Khlong'],
  ['13', 'ลำลูกกา', 'คูคต', 'Khu Khot'],
  ['13', 'ลำลูกกา', 'ลาดสวาย', 'Lat Sawai'],
  ['13', 'ธัญบุรี', 'บึงยี่โถ', 'Bueng Yi Tho'],
  ['13', 'ลำลูกกา', 'ลำสามแก้ว', 'Lam Sam Kaeo'],
  ['13', 'ธัญบุรี', 'สนั่นรักษ์', 'Sanan Rak', 'บึงสนั่น'],
  ['14', 'พระนครศรีอยุธยา', 'อโยธยา', 'Ayothaya'],
  ['14', 'วังน้อย', 'ลำตาเสา', 'Lam Ta Sao'],
  ['16', 'เมืองลพบุรี', 'เขาสามยอด', 'Khao Sam Yot'],
  ['19', 'พระพุทธบาท', 'พระพุทธบาท', 'Phra Phutthabat'],
  ['19', 'แก่งคอย', 'ทับกวาง', 'Thap Kwang'],
  ['19', 'แก่งคอย', 'แก่งคอย', 'Kaeng Khoi'],
  ['20', 'เมืองชลบุรี', 'แสนสุข', 'Saen Suk'],
  ['20', 'บ้านบึง', 'บ้านบึง', 'Ban Bueng'],
  ['20', 'พนัสนิคม', 'พนัสนิคม', 'Phanat Nikhom'],
  ['20', 'ศรีราชา', 'ศรีราชา', 'Si Racha'],
  ['20', 'บางละมุง', 'หนองปรือ', 'Nong Prue'],
  ['20', 'เมืองชลบุรี', 'บ้านสวน', 'Ban Suan'],
  ['20', 'เมืองชลบุรี', 'อ่างศิลา', 'Ang Sila'],
  ['21', 'บ้านฉาง', 'บ้านฉาง', 'Ban Chang'],
  ['21', 'เมืองระยอง', 'มาบตาพุด', 'Map Ta Phut'],
  ['22', 'เมืองจันทบุรี', 'ท่าช้าง', 'Tha Chang'],
  // The municipality keeps the older spelling with ญญ; the district is now อรัญประเทศ.
  ['27', 'อรัญประเทศ', 'อรัญญประเทศ', 'Aranyaprathet'],
  ['27', 'วังน้ำเย็น', 'วังน้ำเย็น', 'Wang Nam Yen'],
  ['30', 'ปากช่อง', 'ปากช่อง', 'Pak Chong'],
  ['30', 'บัวใหญ่', 'บัวใหญ่', 'Bua Yai'],
  ['30', 'สีคิ้ว', 'สีคิ้ว', 'Sikhio'],
  ['30', 'ปักธงชัย', 'เมืองปัก', 'Mueang Pak'],
  ['30', 'เมืองนครราชสีมา', 'หัวทะเล', 'Hua Thale'],
  ['31', 'นางรอง', 'นางรอง', 'Nang Rong'],
  ['33', 'กันทรลักษ์', 'กันทรลักษ์', 'Kantharalak'],
  ['34', 'วารินชำราบ', 'วารินชำราบ', 'Warin Chamrap'],
  ['34', 'เมืองอุบลราชธานี', 'แจระแม', 'Chaeramae'],
  ['34', 'เมืองอุบลราชธานี', 'ขามใหญ่', 'Kham Yai'],
  ['40', 'เมืองขอนแก่น', 'ศิลา', 'Sila'],
  ['40', 'บ้านไผ่', 'บ้านไผ่', 'Ban Phai'],
  ['40', 'ชุมแพ', 'ชุมแพ', 'Chum Phae'],
  ['40', 'เมืองขอนแก่น', 'บ้านทุ่ม', 'Ban Thum'],
  ['40', 'พล', 'เมืองพล', 'Mueang Phon'],
  ['40', 'เมืองขอนแก่น', 'เมืองเก่า', 'Mueang Kao'],
  ['41', 'เมืองอุดรธานี', 'หนองสำโรง', 'Nong Samrong'],
  ['41', 'บ้านดุง', 'บ้านดุง', 'Ban Dung'],
  ['43', 'ท่าบ่อ', 'ท่าบ่อ', 'Tha Bo'],
  ['46', 'กุฉินารายณ์', 'บัวขาว', 'Bua Khao'],
  ['50', 'เมืองเชียงใหม่', 'แม่เหียะ', 'Mae Hia'],
  ['50', 'สันกำแพง', 'ต้นเปา', 'Ton Pao'],
  ['50', 'แม่แตง', 'เมืองแกนพัฒนา', 'Mueang Kaen Phatthana'],
  ['52', 'เมืองลำปาง', 'เขลางค์นคร', 'Khelang Nakhon'],
  ['65', 'เมืองพิษณุโลก', 'อรัญญิก', 'Aranyik'],
  ['60', 'ตาคลี', 'ตาคลี', 'Takhli'],
  ['64', 'สวรรคโลก', 'สวรรคโลก', 'Sawankhalok'],
  ['67', 'หล่มสัก', 'หล่มสัก', 'Lom Sak'],
  ['70', 'บ้านโป่ง', 'บ้านโป่ง', 'Ban Pong'],
  ['70', 'โพธาราม', 'โพธาราม', 'Photharam'],
  ['73', 'สามพราน', 'สามพราน', 'Sam Phran'],
  ['73', 'สามพราน', 'ไร่ขิง', 'Rai Khing'],
  ['73', 'สามพราน', 'กระทุ่มล้ม', 'Krathum Lom'],
  ['74', 'กระทุ่มแบน', 'กระทุ่มแบน', 'Krathum Baen'],
  ['76', 'ชะอำ', 'ชะอำ', 'Cha-am'],
  ['77', 'หัวหิน', 'หัวหิน', 'Hua Hin'],
  ['80', 'ทุ่งสง', 'ทุ่งสง', 'Thung Song'],
  ['80', 'ปากพนัง', 'ปากพนัง', 'Pak Phanang'],
  ['80', 'เมืองนครศรีธรรมราช', 'ปากพูน', 'Pak Phun'],
  ['84', 'พุนพิน', 'ท่าข้าม', 'Tha Kham'],
  ['84', 'บ้านนาสาร', 'นาสาร', 'Na San'],
  ['83', 'กะทู้', 'ป่าตอง', 'Patong'],
  ['83', 'กะทู้', 'กะทู้', 'Kathu'],
  ['83', 'เมืองภูเก็ต', 'กะรน', 'Karon'],
  ['90', 'หาดใหญ่', 'บ้านพรุ', 'Ban Phru'],
  ['90', 'หาดใหญ่', 'คอหงส์', 'Kho Hong'],
  ['90', 'หาดใหญ่', 'คลองแห', 'Khlong Hae'],
  ['90', 'สิงหนคร', 'ม่วงงาม', 'Muang Ngam'],
  ['90', 'สะเดา', 'สะเดา', 'Sadao'],
  ['90', 'สะเดา', 'ปาดังเบซาร์', 'Padang Besar'],
  ['90', 'เมืองสงขลา', 'เขารูปช้าง', 'Khao Rup Chang'],
  ['90', 'สิงหนคร', 'สิงหนคร', 'Singhanakhon'],
  ['92', 'กันตัง', 'กันตัง', 'Kantang'],
  ['95', 'เบตง', 'เบตง', 'Betong'],
  ['96', 'สุไหงโก-ลก', 'สุไหงโก-ลก', 'Su-ngai Kolok'],
  ['86', 'หลังสวน', 'หลังสวน', 'Lang Suan'],
  ['85', 'เมืองระนอง', 'บางริ้น', 'Bang Rin'],
];

// Capital town municipalities whose name is not simply the province's.
const CAPITAL_TOWN_NAMES: Readonly<Record<string, readonly [string, string]>> = {
  '64': ['สุโขทัยธานี', 'Sukhothai Thani'],
};

// The administrations named in the seed article must exist under exactly these names; the city
// and town ones are in the lists above and flagged here so that they keep the plain web host.
const SEED_ARTICLE_MUNICIPALITIES = new Set([
  '52:ลำปาง',
  '90:บ้านพรุ',
  '40:ศิลา',
  '13:สนั่นรักษ์',
  '20:แสนสุข',
]);
const REQUIRED_SUBDISTRICT_MUNICIPALITIES: readonly NamedPlace[] = [
  ['90', 'เมืองสงขลา', 'เกาะแต้ว', 'Ko Taeo'],
  ['42', 'เชียงคาน', 'เชียงคาน', 'Chiang Khan'],
  ['81', 'เหนือคลอง', 'เหนือคลอง', 'Nuea Khlong'],
  ['57', 'เมืองเชียงราย', 'นางแล', 'Nang Lae'],
  ['21', 'นิคมพัฒนา', 'นิคมพัฒนา', 'Nikhom Phatthana'],
  ['20', 'สัตหีบ', 'บางเสร่', 'Bang Sare'],
  ['51', 'เมืองลำพูน', 'บ้านกลาง', 'Ban Klang'],
];
const REQUIRED_SAOS: readonly NamedPlace[] = [['72', 'เดิมบางนางบวช', 'ป่าสะแก', 'Pa Sakae']];

// Short, memorable hosts that the big cities are known by instead of their full romanised name.
const DOMAIN_OVERRIDES: Readonly<Record<string, string>> = {
  'city_municipality:เชียงใหม่': 'cmcity.go.th',
  'city_municipality:นครราชสีมา': 'koratcity.go.th',
  'city_municipality:พระนครศรีอยุธยา': 'ayutthayacity.go.th',
  'city_municipality:นครศรีธรรมราช': 'nakhonsicity.go.th',
  'city_municipality:อุบลราชธานี': 'uboncity.go.th',
  'city_municipality:อุดรธานี': 'udoncity.go.th',
};

// Royal and commemorative district names are not used as names of tambon-level bodies.
const NOT_A_PLACE_NAME = new Set([
  'เฉลิมพระเกียรติ',
  'กัลยาณิวัฒนา',
  'วชิรบารมี',
  'จุฬาภรณ์',
  'สิรินธร',
  'ศรีนครินทร์',
  'วิภาวดี',
]);

// Landline area codes (the digits after the trunk 0) by province.
// biome-ignore format: one telephone area per line.
const AREA_CODE: Readonly<Record<string, string>> = {
  '10': '2', '11': '2', '12': '2', '13': '2',
  '14': '35', '15': '35', '72': '35',
  '16': '36', '17': '36', '19': '36',
  '18': '56', '60': '56', '61': '56', '66': '56', '67': '56',
  '20': '38', '21': '38', '24': '38',
  '22': '39', '23': '39',
  '25': '37', '26': '37', '27': '37',
  '30': '44', '31': '44', '32': '44', '36': '44',
  '33': '45', '34': '45', '35': '45', '37': '45',
  '40': '43', '44': '43', '45': '43', '46': '43',
  '38': '42', '39': '42', '41': '42', '42': '42', '43': '42', '47': '42', '48': '42', '49': '42',
  '50': '53', '51': '53', '57': '53', '58': '53',
  '52': '54', '54': '54', '55': '54', '56': '54',
  '53': '55', '62': '55', '63': '55', '64': '55', '65': '55',
  '70': '32', '76': '32', '77': '32',
  '71': '34', '73': '34', '74': '34', '75': '34',
  '80': '75', '81': '75', '92': '75',
  '82': '76', '83': '76',
  '84': '77', '85': '77', '86': '77',
  '90': '74', '91': '74', '93': '74',
  '94': '73', '95': '73', '96': '73',
};

type Morpheme = readonly [th: string, en: string];

// Place-name heads typical of each region: the northeast names villages after ponds and
// mounds (หนอง, โนน, โคก), the north after streams (แม่, ห้วย), the south after hills and
// canals (ควน, คลอง), the central plain after river reaches (บาง, ท่า).
// biome-ignore format: one row of five per line reads as a table.
const NAME_HEADS: Readonly<Record<RegionCode, readonly Morpheme[]>> = {
  north: [
    ['แม่', 'Mae'], ['ป่า', 'Pa'], ['สัน', 'San'], ['ห้วย', 'Huai'], ['ดอน', 'Don'],
    ['บ้าน', 'Ban'], ['ทุ่ง', 'Thung'], ['เวียง', 'Wiang'], ['หนอง', 'Nong'], ['ดง', 'Dong'],
  ],
  northeast: [
    ['หนอง', 'Nong'], ['โนน', 'Non'], ['โคก', 'Khok'], ['นา', 'Na'], ['ดอน', 'Don'],
    ['บ้าน', 'Ban'], ['ห้วย', 'Huai'], ['กุด', 'Kut'], ['คำ', 'Kham'], ['ดง', 'Dong'],
    ['บึง', 'Bueng'],
  ],
  central: [
    ['บาง', 'Bang'], ['คลอง', 'Khlong'], ['หนอง', 'Nong'], ['ท่า', 'Tha'], ['บ้าน', 'Ban'],
    ['ดอน', 'Don'], ['วัง', 'Wang'], ['โคก', 'Khok'], ['ห้วย', 'Huai'], ['ทุ่ง', 'Thung'],
  ],
  east: [
    ['บาง', 'Bang'], ['คลอง', 'Khlong'], ['หนอง', 'Nong'], ['ท่า', 'Tha'], ['บ้าน', 'Ban'],
    ['เขา', 'Khao'], ['วัง', 'Wang'], ['โคก', 'Khok'], ['ห้วย', 'Huai'], ['ทุ่ง', 'Thung'],
  ],
  west: [
    ['หนอง', 'Nong'], ['ท่า', 'Tha'], ['บ้าน', 'Ban'], ['ดอน', 'Don'], ['วัง', 'Wang'],
    ['ห้วย', 'Huai'], ['เขา', 'Khao'], ['บาง', 'Bang'], ['ทุ่ง', 'Thung'], ['โคก', 'Khok'],
  ],
  south: [
    ['ควน', 'Khuan'], ['ทุ่ง', 'Thung'], ['คลอง', 'Khlong'], ['ท่า', 'Tha'], ['บาง', 'Bang'],
    ['นา', 'Na'], ['เขา', 'Khao'], ['บ้าน', 'Ban'], ['ห้วย', 'Huai'], ['ลำ', 'Lam'],
  ],
};

// biome-ignore format: one row of five per line reads as a table.
const NAME_TAILS: readonly Morpheme[] = [
  ['บัว', 'Bua'], ['แดง', 'Daeng'], ['ทอง', 'Thong'], ['สะแก', 'Sakae'], ['ยาง', 'Yang'],
  ['ไผ่', 'Phai'], ['งาม', 'Ngam'], ['หิน', 'Hin'], ['ม่วง', 'Muang'], ['ตะเคียน', 'Takhian'],
  ['โพธิ์', 'Pho'], ['ขาม', 'Kham'], ['แก้ว', 'Kaeo'], ['ทราย', 'Sai'], ['ขาว', 'Khao'],
  ['ตาล', 'Tan'], ['หว้า', 'Wa'], ['มะค่า', 'Makha'], ['จาน', 'Chan'], ['เตย', 'Toei'],
  ['กุง', 'Kung'], ['ดู่', 'Du'], ['สูง', 'Sung'], ['สำราญ', 'Samran'], ['เจริญ', 'Charoen'],
  ['สว่าง', 'Sawang'], ['พัฒนา', 'Phatthana'], ['ใหญ่', 'Yai'], ['กลาง', 'Klang'],
  ['น้ำใส', 'Nam Sai'], ['ปลาไหล', 'Pla Lai'], ['กระทุ่ม', 'Krathum'], ['ตะแบก', 'Tabaek'],
  ['มะปราง', 'Maprang'], ['ยาว', 'Yao'], ['แวง', 'Waeng'], ['ค้อ', 'Kho'], ['ศาลา', 'Sala'],
  ['สวรรค์', 'Sawan'], ['ชุมแสง', 'Chum Saeng'], ['เหล็ก', 'Lek'], ['มะขาม', 'Makham'],
];

const ROADS: readonly string[] = [
  'ถนนเทศบาล 1',
  'ถนนเทศบาล 2',
  'ถนนเทศบาล 3',
  'ถนนสุขาภิบาล 1',
  'ถนนสุขาภิบาล 2',
  'ถนนราษฎร์อุทิศ',
  'ถนนประชาสามัคคี',
  'ถนนประชาอุทิศ',
  'ถนนราษฎร์บำรุง',
  'ถนนเจริญราษฎร์',
  'ถนนประชาพัฒนา',
  'ถนนศรีสุข',
];

/** mulberry32: small, fast and good enough to shuffle seed data reproducibly. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function shuffle<T>(random: () => number, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = items[i] as T;
    items[i] = items[j] as T;
    items[j] = a;
  }
  return items;
}

/** Code-point order: codes are ASCII digits, and locale collation is slow and not needed. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function slugify(nameEn: string): string {
  return nameEn.toLowerCase().replace(/[^a-z0-9]/g, '');
}

interface Draft {
  type: LocalAdministrationType;
  baseTh: string;
  baseEn: string;
  provinceCode: string;
  district: District;
  subdistrictTh: string;
  postalCode: string;
  required: boolean;
}

function requireProvince(code: string): Province {
  const province = findProvinceByCode(code);
  if (!province) throw new Error(`unknown province ${code}`);
  return province;
}

function requireDistrict(provinceCode: string, districtTh: string): District {
  const district = listDistricts(provinceCode).find((d) => d.nameTh === districtTh);
  if (!district) throw new Error(`unknown district ${districtTh} in province ${provinceCode}`);
  return district;
}

/** The office stands in the sub-district it is named after when that one is known. */
function locate(district: District, baseTh: string, subdistrictTh?: string) {
  const wanted = subdistrictTh ?? baseTh;
  const known = district.subdistricts.find((s) => s.nameTh === wanted);
  if (known) return { subdistrictTh: known.nameTh, postalCode: known.postalCode };
  if (subdistrictTh) throw new Error(`unknown sub-district ${subdistrictTh} in ${district.code}`);
  const seat = district.subdistricts[0];
  if (!seat) throw new Error(`district ${district.code} has no sub-districts`);
  return { subdistrictTh: seat.nameTh, postalCode: seat.postalCode };
}

function draftFrom(type: LocalAdministrationType, place: NamedPlace, required: boolean): Draft {
  const [provinceCode, districtTh, baseTh, baseEn, subdistrictTh] = place;
  const district = requireDistrict(provinceCode, districtTh);
  return {
    type,
    baseTh,
    baseEn,
    provinceCode,
    district,
    ...locate(district, baseTh, subdistrictTh),
    required,
  };
}

/**
 * Splits `total` over the districts in proportion to their number of ตำบล (largest-remainder
 * method, so the parts add up exactly and no district is left without one).
 */
function allocateByTambons(districts: readonly District[], total: number): Map<string, number> {
  const tambons = districts.reduce((sum, d) => sum + d.subdistrictCount, 0);
  const shares = districts.map((d) => {
    const exact = (total * d.subdistrictCount) / tambons;
    return { code: d.code, whole: Math.max(1, Math.floor(exact)), rest: exact - Math.floor(exact) };
  });
  let left = total - shares.reduce((sum, s) => sum + s.whole, 0);
  const byRest = [...shares].sort((a, b) => b.rest - a.rest || compareText(a.code, b.code));
  for (let i = 0; left > 0; i = (i + 1) % byRest.length, left--) {
    const share = byRest[i];
    if (share) share.whole++;
  }
  for (let i = byRest.length - 1; left < 0; i = (i - 1 + byRest.length) % byRest.length) {
    const share = byRest[i];
    if (share && share.whole > 1) {
      share.whole--;
      left++;
    }
  }
  return new Map(shares.map((s) => [s.code, s.whole]));
}

/** Generates the full directory; the same rows, in the same order, on every call. */
export function generateLocalAdministrations(): LocalAdministrationSeed[] {
  const random = createRandom(0x20230701);
  const drafts: Draft[] = [];
  // Names of municipal and tambon-level bodies already given out, per province, so that no
  // province has two with the same name (a PAO shares its name with the capital municipality,
  // as in reality, since their titles differ).
  const usedNames = new Map<string, Set<string>>();
  const used = (provinceCode: string) => {
    let set = usedNames.get(provinceCode);
    if (!set) {
      set = new Set();
      usedNames.set(provinceCode, set);
    }
    return set;
  };
  const add = (draft: Draft) => {
    used(draft.provinceCode).add(draft.baseTh);
    drafts.push(draft);
  };

  const bangkokDistrict = findDistrictByCode('1001');
  const pattayaDistrict = findDistrictByCode('2004');
  if (!bangkokDistrict || !pattayaDistrict) throw new Error('geography lacks 1001 or 2004');
  drafts.push({
    type: 'bangkok',
    baseTh: 'กรุงเทพมหานคร',
    baseEn: 'Bangkok',
    provinceCode: '10',
    district: bangkokDistrict,
    ...locate(bangkokDistrict, 'เสาชิงช้า'),
    required: true,
  });
  drafts.push({
    type: 'pattaya',
    baseTh: 'พัทยา',
    baseEn: 'Pattaya',
    provinceCode: '20',
    district: pattayaDistrict,
    ...locate(pattayaDistrict, 'หนองปรือ'),
    required: true,
  });

  const provinces = PROVINCES.filter((p) => p.code !== '10');
  for (const province of provinces) {
    const capital = findCapitalDistrict(province.code);
    if (!capital) throw new Error(`no capital district for ${province.code}`);
    drafts.push({
      type: 'pao',
      baseTh: province.nameTh,
      baseEn: province.nameEn,
      provinceCode: province.code,
      district: capital,
      ...locate(capital, ''),
      required: true,
    });
  }

  const inSeedArticle = (place: NamedPlace) =>
    SEED_ARTICLE_MUNICIPALITIES.has(`${place[0]}:${place[2]}`);
  for (const place of REAL_CITIES) {
    add(draftFrom('city_municipality', place, inSeedArticle(place)));
  }
  const citiesInCapitals = new Set(
    drafts
      .filter((d) => d.type === 'city_municipality')
      .filter((d) => d.district.code === `${d.provinceCode}01`)
      .map((d) => d.provinceCode),
  );
  for (const province of provinces) {
    if (citiesInCapitals.has(province.code)) continue;
    const [baseTh, baseEn] = CAPITAL_TOWN_NAMES[province.code] ?? [
      province.nameTh,
      province.nameEn,
    ];
    const capital = findCapitalDistrict(province.code);
    if (!capital) throw new Error(`no capital district for ${province.code}`);
    add({
      type: 'town_municipality',
      baseTh,
      baseEn,
      provinceCode: province.code,
      district: capital,
      ...locate(capital, baseTh),
      required: false,
    });
  }
  for (const place of REAL_TOWNS) {
    add(draftFrom('town_municipality', place, inSeedArticle(place)));
  }
  for (const place of REQUIRED_SUBDISTRICT_MUNICIPALITIES) {
    add(draftFrom('subdistrict_municipality', place, true));
  }
  for (const place of REQUIRED_SAOS) {
    add(draftFrom('sao', place, true));
  }

  // The remaining town municipalities stand in the seats of the largest districts (by number
  // of ตำบล, the best proxy for population here) that have no municipality yet.
  const countOf = (type: LocalAdministrationType) => drafts.filter((d) => d.type === type).length;
  const withMunicipality = new Set(
    drafts.filter((d) => d.type !== 'pao').map((d) => d.district.code),
  );
  const townSeats = provinces
    .flatMap((p) => listDistricts(p.code))
    .filter(
      (d) =>
        !d.code.endsWith('01') && !NOT_A_PLACE_NAME.has(d.nameTh) && !withMunicipality.has(d.code),
    )
    .sort((a, b) => b.subdistrictCount - a.subdistrictCount || compareText(a.code, b.code));
  for (const district of townSeats) {
    if (countOf('town_municipality') >= LOCAL_ADMINISTRATION_COUNTS.town_municipality) break;
    if (used(district.provinceCode).has(district.nameTh)) continue;
    add({
      type: 'town_municipality',
      baseTh: district.nameTh,
      baseEn: district.nameEn,
      provinceCode: district.provinceCode,
      district,
      ...locate(district, district.nameTh),
      required: false,
    });
  }

  // Tambon-level bodies (เทศบาลตำบล + อบต.), spread by the real number of ตำบล per district.
  const tambonLevelTotal =
    LOCAL_ADMINISTRATION_COUNTS.subdistrict_municipality + LOCAL_ADMINISTRATION_COUNTS.sao;
  const ruralDistricts = provinces.flatMap((p) => listDistricts(p.code));
  const quota = allocateByTambons(ruralDistricts, tambonLevelTotal);
  for (const d of drafts) {
    if (d.type === 'subdistrict_municipality' || d.type === 'sao') {
      quota.set(d.district.code, (quota.get(d.district.code) ?? 1) - 1);
    }
  }

  const seatSlots: Draft[] = [];
  const otherSlots: Draft[] = [];
  for (const province of provinces) {
    const names = used(province.code);
    const heads = NAME_HEADS[province.region];
    const synthetic = shuffle(
      random,
      heads.flatMap((head) => NAME_TAILS.map((tail) => [head, tail] as const)),
    );
    let nextSynthetic = 0;
    const takeSynthetic = (): Morpheme => {
      while (nextSynthetic < synthetic.length) {
        const pair = synthetic[nextSynthetic++];
        if (!pair) break;
        const [head, tail] = pair;
        const th = head[0] + tail[0];
        if (!names.has(th)) return [th, `${head[1]} ${tail[1]}`];
      }
      throw new Error(`ran out of place names for province ${province.code}`);
    };

    for (const district of listDistricts(province.code)) {
      const isCapital = district.code.endsWith('01');
      // In a capital district the seat ตำบล lies inside the city or town municipality.
      const real = district.subdistricts.slice(isCapital ? 1 : 0);
      const namesake = real.find((s) => s.nameTh === district.nameTh);
      const candidates = namesake ? [namesake, ...real.filter((s) => s !== namesake)] : real;
      const slots = quota.get(district.code) ?? 0;
      for (let slot = 0; slot < slots; slot++) {
        const sub = candidates.find((s) => !names.has(s.nameTh));
        const [baseTh, baseEn] = sub ? [sub.nameTh, sub.nameEn] : takeSynthetic();
        const draft: Draft = {
          type: 'sao',
          baseTh,
          baseEn,
          provinceCode: province.code,
          district,
          subdistrictTh: baseTh,
          postalCode: sub ? sub.postalCode : district.postalCode,
          required: false,
        };
        add(draft);
        // The district seat of a rural district is, nearly everywhere, a เทศบาลตำบล.
        if (slot === 0 && !isCapital) seatSlots.push(draft);
        else otherSlots.push(draft);
      }
    }
  }
  let municipalities = countOf('subdistrict_municipality');
  for (const draft of [...seatSlots, ...shuffle(random, otherSlots)]) {
    if (municipalities >= LOCAL_ADMINISTRATION_COUNTS.subdistrict_municipality) break;
    draft.type = 'subdistrict_municipality';
    municipalities++;
  }

  return finalise(drafts, random);
}

// Directory order: the special ones, then from the province level down, as DLA lists them.
const TYPE_RANK: Readonly<Record<LocalAdministrationType, number>> = {
  bangkok: 0,
  pattaya: 1,
  pao: 2,
  city_municipality: 3,
  town_municipality: 4,
  subdistrict_municipality: 5,
  sao: 6,
};

function formatNameTh(draft: Draft): string {
  if (draft.type === 'bangkok' || draft.type === 'pattaya') {
    return LOCAL_ADMINISTRATION_TYPE_LABELS[draft.type].th;
  }
  return LOCAL_ADMINISTRATION_TYPE_LABELS[draft.type].th + draft.baseTh;
}

function formatNameEn(draft: Draft): string {
  if (draft.type === 'bangkok' || draft.type === 'pattaya') {
    return LOCAL_ADMINISTRATION_TYPE_LABELS[draft.type].en;
  }
  return `${draft.baseEn} ${LOCAL_ADMINISTRATION_TYPE_LABELS[draft.type].en}`;
}

function formatPhone(random: () => number, provinceCode: string): string {
  const area = AREA_CODE[provinceCode];
  if (!area) throw new Error(`no area code for province ${provinceCode}`);
  // A Thai landline has 8 digits after the trunk 0; the subscriber part never starts with 0.
  let digits = area + String(1 + Math.floor(random() * 9));
  while (digits.length < 8) digits += String(Math.floor(random() * 10));
  return `0-${digits.slice(0, 4)}-${digits.slice(4)}`;
}

function formatAddress(random: () => number, draft: Draft, province: Province): string {
  const subdistrict = formatSubdistrictNameTh(draft.provinceCode, draft.subdistrictTh);
  const tail = `${subdistrict} ${formatDistrictNameTh(draft.district)} ${formatProvinceNameTh(province)} ${draft.postalCode}`;
  const houseNumber = 1 + Math.floor(random() * 299);
  const moo = 1 + Math.floor(random() * 12);
  switch (draft.type) {
    case 'bangkok':
      return `173 ถนนดินสอ ${tail}`;
    case 'pattaya':
      return `171 หมู่ 5 ${tail}`;
    case 'pao':
      return `${houseNumber} ถนนศูนย์ราชการ ${tail}`;
    case 'city_municipality':
    case 'town_municipality':
      return `${houseNumber} ${pick(random, ROADS)} ${tail}`;
    case 'subdistrict_municipality':
      return random() < 0.5
        ? `${houseNumber} หมู่ ${moo} ${pick(random, ROADS)} ${tail}`
        : `${houseNumber} หมู่ ${moo} ${tail}`;
    case 'sao':
      return `${houseNumber} หมู่ ${moo} ${tail}`;
  }
}

function chooseDomain(draft: Draft, province: Province, taken: Set<string>): string {
  const override = DOMAIN_OVERRIDES[`${draft.type}:${draft.baseTh}`];
  const slug = slugify(draft.baseEn);
  const provinceSlug = slugify(province.nameEn);
  const districtSlug = slugify(draft.district.nameEn);
  let candidates: string[];
  switch (draft.type) {
    case 'bangkok':
      candidates = ['bangkok'];
      break;
    case 'pattaya':
      candidates = ['pattaya'];
      break;
    case 'pao':
      candidates = [`${slug}pao`, `pao${slug}`];
      break;
    case 'city_municipality':
    case 'town_municipality':
      candidates = [`${slug}city`, `${slug}${provinceSlug}city`, `${slug}${districtSlug}city`];
      break;
    case 'subdistrict_municipality':
      candidates = [slug, `tambon${slug}`, `${slug}${provinceSlug}`, `${slug}${districtSlug}`];
      break;
    case 'sao':
      candidates = [slug, `sao${slug}`, `${slug}${provinceSlug}`, `${slug}${districtSlug}`];
      break;
  }
  if (override) candidates.unshift(override.replace(/\.go\.th$/, ''));
  for (const candidate of candidates) {
    const domain = `${candidate}.go.th`;
    if (!taken.has(domain)) return domain;
  }
  const last = candidates[candidates.length - 1];
  for (let n = 2; ; n++) {
    const domain = `${last}${n}.go.th`;
    if (!taken.has(domain)) return domain;
  }
}

function finalise(drafts: readonly Draft[], random: () => number): LocalAdministrationSeed[] {
  // Web sites go first to the administrations of the seed article and the special ones, so
  // they get the plain host (chiangkhan.go.th) however the rest of the list is ordered.
  const byDomainPriority = [...drafts].sort(
    (a, b) => Number(b.required) - Number(a.required) || TYPE_RANK[a.type] - TYPE_RANK[b.type],
  );
  const taken = new Set<string>();
  const domains = new Map<Draft, string>();
  for (const draft of byDomainPriority) {
    const domain = chooseDomain(draft, requireProvince(draft.provinceCode), taken);
    taken.add(domain);
    domains.set(draft, domain);
  }

  const ordered = drafts
    .map((draft, index) => ({ draft, index }))
    .sort(
      (a, b) =>
        TYPE_RANK[a.draft.type] - TYPE_RANK[b.draft.type] ||
        compareText(a.draft.district.code, b.draft.district.code) ||
        a.index - b.index,
    );
  const running = new Map<string, number>();
  return ordered.map(({ draft }) => {
    const province = requireProvince(draft.provinceCode);
    const counterKey = TYPE_DIGIT[draft.type] + draft.provinceCode;
    const next = (running.get(counterKey) ?? 0) + 1;
    running.set(counterKey, next);
    const domain = domains.get(draft) ?? '';
    return {
      code: formatCode(draft.type, draft.provinceCode, next),
      type: draft.type,
      nameTh: formatNameTh(draft),
      nameEn: formatNameEn(draft),
      provinceCode: draft.provinceCode,
      districtCode: draft.district.code,
      subdistrictTh: draft.subdistrictTh,
      address: formatAddress(random, draft, province),
      postalCode: draft.postalCode,
      phone: draft.type === 'bangkok' ? '0-2221-2141' : formatPhone(random, draft.provinceCode),
      website: `https://${domain}`,
      domain,
    };
  });
}

/**
 * Column order of the file read by `pratu import localgov <file.csv>`: UTF-8, a header row,
 * CRLF line ends and RFC 4180 quoting.
 */
export const DIRECTORY_CSV_COLUMNS = [
  'code',
  'type',
  'name_th',
  'name_en',
  'province_code',
  'district_code',
  'address',
  'phone',
  'website',
] as const;

/** RFC 4180 §2.6-2.7: quote a field that holds a comma, a quote or a line break. */
function quoteCsvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toDirectoryCsv(rows: readonly LocalAdministrationSeed[]): string {
  const lines = [DIRECTORY_CSV_COLUMNS.join(',')];
  for (const row of rows) {
    lines.push(
      [
        row.code,
        row.type,
        row.nameTh,
        row.nameEn,
        row.provinceCode,
        row.districtCode,
        row.address,
        row.phone,
        row.website,
      ]
        .map(quoteCsvField)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
