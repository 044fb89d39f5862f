/**
 * Thai administrative geography: provinces (จังหวัด), districts (อำเภอ/เขต) and a sample of
 * sub-districts (ตำบล/แขวง).
 *
 * Codes are the Department of Provincial Administration (DOPA, กรมการปกครอง) administrative
 * codes, the same digits that open a house-registration (ทะเบียนบ้าน) code and that appear in
 * positions 2-5 of many citizen IDs: 2 digits for the province, 4 for the district (province code
 * + running number). Bueng Kan (38) was carved out of Nong Khai in 2011 and reuses the old Nong
 * Khai district numbers 43xx -> 38xx, which is why Nong Khai has gaps (4303, 4304, ...).
 *
 * Regions use the six-region split of the National Geographical Committee (1977), which is
 * what the National Statistical Office and school geography use; the four-region split of the
 * Ministry of Interior folds east and west into central.
 *
 * English names follow the Royal Thai General System of Transcription (RTGS) as used by DOPA,
 * except where a royal name has a conventional spelling (e.g. Galyani Vadhana, Sirindhorn).
 *
 * Districts: all 928 (878 อำเภอ + 50 เขต). Sub-districts: up to five per district, the seat
 * (the ตำบล coded xx01) first; `subdistrictCount` is the district's full number of
 * ตำบล/แขวง in the DOPA list, so callers can size things without the full list.
 */

export type RegionCode = 'north' | 'northeast' | 'central' | 'east' | 'west' | 'south';

export interface Region {
  code: RegionCode;
  nameTh: string;
  nameEn: string;
}

export const REGIONS: readonly Region[] = [
  { code: 'north', nameTh: 'ภาคเหนือ', nameEn: 'Northern Region' },
  { code: 'northeast', nameTh: 'ภาคตะวันออกเฉียงเหนือ', nameEn: 'Northeastern Region' },
  { code: 'central', nameTh: 'ภาคกลาง', nameEn: 'Central Region' },
  { code: 'east', nameTh: 'ภาคตะวันออก', nameEn: 'Eastern Region' },
  { code: 'west', nameTh: 'ภาคตะวันตก', nameEn: 'Western Region' },
  { code: 'south', nameTh: 'ภาคใต้', nameEn: 'Southern Region' },
];

export const REGION_LABELS_TH: Readonly<Record<RegionCode, string>> = {
  north: 'ภาคเหนือ',
  northeast: 'ภาคตะวันออกเฉียงเหนือ',
  central: 'ภาคกลาง',
  east: 'ภาคตะวันออก',
  west: 'ภาคตะวันตก',
  south: 'ภาคใต้',
};

export const REGION_LABELS_EN: Readonly<Record<RegionCode, string>> = {
  north: 'Northern Region',
  northeast: 'Northeastern Region',
  central: 'Central Region',
  east: 'Eastern Region',
  west: 'Western Region',
  south: 'Southern Region',
};

export interface Province {
  /** DOPA 2-digit code, e.g. '50' for Chiang Mai. */
  code: string;
  /** Thai name without the word จังหวัด, e.g. 'เชียงใหม่'. */
  nameTh: string;
  nameEn: string;
  region: RegionCode;
  /** First two digits of the province's postal codes (Thailand Post), e.g. '50'. */
  postalPrefix: string;
}

export interface Subdistrict {
  /** Thai name without ตำบล/แขวง. */
  nameTh: string;
  nameEn: string;
  postalCode: string;
}

export interface District {
  /** DOPA 4-digit code: province code + 2-digit running number, e.g. '4203'. */
  code: string;
  provinceCode: string;
  /** Thai name without อำเภอ/เขต, e.g. 'เชียงคาน', 'เมืองเลย'. */
  nameTh: string;
  nameEn: string;
  /** Postal code of the district seat. */
  postalCode: string;
  /** Number of ตำบล/แขวง in the district in the DOPA list. */
  subdistrictCount: number;
  /** A sample of real sub-districts, the seat first. */
  subdistricts: readonly Subdistrict[];
}

type ProvinceRow = readonly [
  code: string,
  nameTh: string,
  nameEn: string,
  region: RegionCode,
  postalPrefix: string,
];

// The postal prefix equals the DOPA code for most provinces but not all: Thailand Post numbered
// its zones on its own, so Samut Prakan shares Bangkok's 10 and the central provinces from
// Nonthaburi (11) to Saraburi (18) sit one below their DOPA code.
const PROVINCE_ROWS: readonly ProvinceRow[] = [
  ['10', 'กรุงเทพมหานคร', 'Bangkok', 'central', '10'],
  ['11', 'สมุทรปราการ', 'Samut Prakan', 'central', '10'],
  ['12', 'นนทบุรี', 'Nonthaburi', 'central', '11'],
  ['13', 'ปทุมธานี', 'Pathum Thani', 'central', '12'],
  ['14', 'พระนครศรีอยุธยา', 'Phra Nakhon Si Ayutthaya', 'central', '13'],
  ['15', 'อ่างทอง', 'Ang Thong', 'central', '14'],
  ['16', 'ลพบุรี', 'Lop Buri', 'central', '15'],
  ['17', 'สิงห์บุรี', 'Sing Buri', 'central', '16'],
  ['18', 'ชัยนาท', 'Chai Nat', 'central', '17'],
  ['19', 'สระบุรี', 'Saraburi', 'central', '18'],
  ['20', 'ชลบุรี', 'Chon Buri', 'east', '20'],
  ['21', 'ระยอง', 'Rayong', 'east', '21'],
  ['22', 'จันทบุรี', 'Chanthaburi', 'east', '22'],
  ['23', 'ตราด', 'Trat', 'east', '23'],
  ['24', 'ฉะเชิงเทรา', 'Chachoengsao', 'east', '24'],
  ['25', 'ปราจีนบุรี', 'Prachin Buri', 'east', '25'],
  ['26', 'นครนายก', 'Nakhon Nayok', 'central', '26'],
  ['27', 'สระแก้ว', 'Sa Kaeo', 'east', '27'],
  ['30', 'นครราชสีมา', 'Nakhon Ratchasima', 'northeast', '30'],
  ['31', 'บุรีรัมย์', 'Buri Ram', 'northeast', '31'],
  ['32', 'สุรินทร์', 'Surin', 'northeast', '32'],
  ['33', 'ศรีสะเกษ', 'Si Sa Ket', 'northeast', '33'],
  ['34', 'อุบลราชธานี', 'Ubon Ratchathani', 'northeast', '34'],
  ['35', 'ยโสธร', 'Yasothon', 'northeast', '35'],
  ['36', 'ชัยภูมิ', 'Chaiyaphum', 'northeast', '36'],
  ['37', 'อำนาจเจริญ', 'Amnat Charoen', 'northeast', '37'],
  ['38', 'บึงกาฬ', 'Bueng Kan', 'northeast', '38'],
  ['39', 'หนองบัวลำภู', 'Nong Bua Lam Phu', 'northeast', '39'],
  ['40', 'ขอนแก่น', 'Khon Kaen', 'northeast', '40'],
  ['41', 'อุดรธานี', 'Udon Thani', 'northeast', '41'],
  ['42', 'เลย', 'Loei', 'northeast', '42'],
  ['43', 'หนองคาย', 'Nong Khai', 'northeast', '43'],
  ['44', 'มหาสารคาม', 'Maha Sarakham', 'northeast', '44'],
  ['45', 'ร้อยเอ็ด', 'Roi Et', 'northeast', '45'],
  ['46', 'กาฬสินธุ์', 'Kalasin', 'northeast', '46'],
  ['47', 'สกลนคร', 'Sakon Nakhon', 'northeast', '47'],
  ['48', 'นครพนม', 'Nakhon Phanom', 'northeast', '48'],
  ['49', 'มุกดาหาร', 'Mukdahan', 'northeast', '49'],
  ['50', 'เชียงใหม่', 'Chiang Mai', 'north', '50'],
  ['51', 'ลำพูน', 'Lamphun', 'north', '51'],
  ['52', 'ลำปาง', 'Lampang', 'north', '52'],
  ['53', 'อุตรดิตถ์', 'Uttaradit', 'north', '53'],
  ['54', 'แพร่', 'Phrae', 'north', '54'],
  ['55', 'น่าน', 'Nan', 'north', '55'],
  ['56', 'พะเยา', 'Phayao', 'north', '56'],
  ['57', 'เชียงราย', 'Chiang Rai', 'north', '57'],
  ['58', 'แม่ฮ่องสอน', 'Mae Hong Son', 'north', '58'],
  ['60', 'นครสวรรค์', 'Nakhon Sawan', 'central', '60'],
  ['61', 'อุทัยธานี', 'Uthai Thani', 'central', '61'],
  ['62', 'กำแพงเพชร', 'Kamphaeng Phet', 'central', '62'],
  ['63', 'ตาก', 'Tak', 'west', '63'],
  ['64', 'สุโขทัย', 'Sukhothai', 'central', '64'],
  ['65', 'พิษณุโลก', 'Phitsanulok', 'central', '65'],
  ['66', 'พิจิตร', 'Phichit', 'central', '66'],
  ['67', 'เพชรบูรณ์', 'Phetchabun', 'central', '67'],
  ['70', 'ราชบุรี', 'Ratchaburi', 'west', '70'],
  ['71', 'กาญจนบุรี', 'Kanchanaburi', 'west', '71'],
  ['72', 'สุพรรณบุรี', 'Suphan Buri', 'central', '72'],
  ['73', 'นครปฐม', 'Nakhon Pathom', 'central', '73'],
  ['74', 'สมุทรสาคร', 'Samut Sakhon', 'central', '74'],
  ['75', 'สมุทรสงคราม', 'Samut Songkhram', 'central', '75'],
  ['76', 'เพชรบุรี', 'Phetchaburi', 'west', '76'],
  ['77', 'ประจวบคีรีขันธ์', 'Prachuap Khiri Khan', 'west', '77'],
  ['80', 'นครศรีธรรมราช', 'Nakhon Si Thammarat', 'south', '80'],
  ['81', 'กระบี่', 'Krabi', 'south', '81'],
  ['82', 'พังงา', 'Phang Nga', 'south', '82'],
  ['83', 'ภูเก็ต', 'Phuket', 'south', '83'],
  ['84', 'สุราษฎร์ธานี', 'Surat Thani', 'south', '84'],
  ['85', 'ระนอง', 'Ranong', 'south', '85'],
  ['86', 'ชุมพร', 'Chumphon', 'south', '86'],
  ['90', 'สงขลา', 'Songkhla', 'south', '90'],
  ['91', 'สตูล', 'Satun', 'south', '91'],
  ['92', 'ตรัง', 'Trang', 'south', '92'],
  ['93', 'พัทลุง', 'Phatthalung', 'south', '93'],
  ['94', 'ปัตตานี', 'Pattani', 'south', '94'],
  ['95', 'ยะลา', 'Yala', 'south', '95'],
  ['96', 'นราธิวาส', 'Narathiwat', 'south', '96'],
];

/**
 * Districts whose seat is served by a post office of a neighbouring province, so their postal
 * code does not start with their own province's prefix. Galyani Vadhana (Chiang Mai) was split
 * off Mae Chaem in 2009, and its mountain villages are reached from Pai, so Thailand Post
 * serves them from Pai's 58130 (Mae Hong Son).
 */
export const CROSS_PROVINCE_POSTAL_DISTRICTS: ReadonlySet<string> = new Set(['5025']);

type SubdistrictRow = readonly [nameTh: string, nameEn: string, postalCode?: string];

type DistrictRow = readonly [
  code: string,
  nameTh: string,
  nameEn: string,
  postalCode: string,
  subdistrictCount: number,
  subdistricts: readonly SubdistrictRow[],
];

// Generated from the DOPA district and sub-district lists and Thailand Post codes; a sub-district
// row carries its own postal code only where it differs from the district seat's.
// biome-ignore format: one district per line keeps the 928-row table reviewable in diffs.
const DISTRICT_ROWS: readonly DistrictRow[] = [
  // 10 กรุงเทพมหานคร
  ['1001', 'พระนคร', 'Phra Nakhon', '10200', 12, [['พระบรมมหาราชวัง', 'Phra Borom Maha Ratchawang'], ['ชนะสงคราม', 'Chana Songkhram'], ['บวรนิเวศ', 'Bowon Niwet'], ['เสาชิงช้า', 'Sao Chingcha'], ['บางขุนพรหม', 'Bang Khun Phrom']]],
  ['1002', 'ดุสิต', 'Dusit', '10300', 5, [['ดุสิต', 'Dusit'], ['วชิรพยาบาล', 'Wachiraphayaban'], ['สวนจิตรลดา', 'Suan Chitlada'], ['สี่แยกมหานาค', 'Si Yaek Maha Nak']]],
  ['1003', 'หนองจอก', 'Nong Chok', '10530', 8, [['หนองจอก', 'Nong Chok'], ['กระทุ่มราย', 'Krathum Rai'], ['คลองสิบ', 'Khlong Sip'], ['โคกแฝด', 'Khok Faet'], ['ลำผักชี', 'Lam Phak Chi']]],
  ['1004', 'บางรัก', 'Bang Rak', '10500', 5, [['มหาพฤฒาราม', 'Maha Phruettharam'], ['สีลม', 'Si Lom'], ['สุริยวงศ์', 'Suriyawong'], ['บางรัก', 'Bang Rak'], ['สี่พระยา', 'Si Phraya']]],
  ['1005', 'บางเขน', 'Bang Khen', '10220', 2, [['อนุสาวรีย์', 'Anusawari'], ['ท่าแร้ง', 'Tha Raeng']]],
  ['1006', 'บางกะปิ', 'Bang Kapi', '10240', 2, [['คลองจั่น', 'Khlong Chan'], ['หัวหมาก', 'Hua Mak']]],
  ['1007', 'ปทุมวัน', 'Pathum Wan', '10330', 4, [['รองเมือง', 'Rong Mueang'], ['วังใหม่', 'Wang Mai'], ['ปทุมวัน', 'Pathum Wan'], ['ลุมพินี', 'Lumphini']]],
  ['1008', 'ป้อมปราบศัตรูพ่าย', 'Pom Prap Sattru Phai', '10100', 5, [['ป้อมปราบ', 'Pom Prap'], ['วัดเทพศิรินทร์', 'Wat Thep Sirin'], ['คลองมหานาค', 'Khlong Maha Nak'], ['บ้านบาตร', 'Ban Bat'], ['วัดโสมนัส', 'Wat Sommanat']]],
  ['1009', 'พระโขนง', 'Phra Khanong', '10260', 2, [['บางจาก', 'Bang Chak'], ['พระโขนงใต้', 'Phra Khanong Tai']]],
  ['1010', 'มีนบุรี', 'Min Buri', '10510', 2, [['มีนบุรี', 'Min Buri'], ['แสนแสบ', 'Saen Saep']]],
  ['1011', 'ลาดกระบัง', 'Lat Krabang', '10520', 6, [['ลาดกระบัง', 'Lat Krabang'], ['คลองสองต้นนุ่น', 'Khlong Song Ton Nun'], ['คลองสามประเวศ', 'Khlong Sam Prawet'], ['ลำปลาทิว', 'Lam Pla Thio'], ['ทับยาว', 'Thap Yao']]],
  ['1012', 'ยานนาวา', 'Yan Nawa', '10120', 2, [['ช่องนนทรี', 'Chong Nonsi'], ['บางโพงพาง', 'Bang Phongphang']]],
  ['1013', 'สัมพันธวงศ์', 'Samphanthawong', '10100', 3, [['จักรวรรดิ', 'Chakkrawat'], ['สัมพันธวงศ์', 'Samphanthawong'], ['ตลาดน้อย', 'Talat Noi']]],
  ['1014', 'พญาไท', 'Phaya Thai', '10400', 2, [['สามเสนใน', 'Sam Sen Nai'], ['พญาไท', 'Phaya Thai']]],
  ['1015', 'ธนบุรี', 'Thon Buri', '10600', 7, [['วัดกัลยาณ์', 'Wat Kanlaya'], ['หิรัญรูจี', 'Hiran Ruchi'], ['บางยี่เรือ', 'Bang Yi Ruea'], ['ตลาดพลู', 'Talat Phlu'], ['ดาวคะนอง', 'Dao Khanong']]],
  ['1016', 'บางกอกใหญ่', 'Bangkok Yai', '10600', 2, [['วัดอรุณ', 'Wat Arun'], ['วัดท่าพระ', 'Wat Tha Phra']]],
  ['1017', 'ห้วยขวาง', 'Huai Khwang', '10310', 3, [['ห้วยขวาง', 'Huai Khwang'], ['บางกะปิ', 'Bang Kapi'], ['สามเสนนอก', 'Sam Sen Nok']]],
  ['1018', 'คลองสาน', 'Khlong San', '10600', 4, [['สมเด็จเจ้าพระยา', 'Somdet Chao Phraya'], ['คลองสาน', 'Khlong San'], ['บางลำภูล่าง', 'Bang Lamphu Lang'], ['คลองต้นไทร', 'Khlong Ton Sai']]],
  ['1019', 'ตลิ่งชัน', 'Taling Chan', '10170', 6, [['คลองชักพระ', 'Khlong Chak Phra'], ['ตลิ่งชัน', 'Taling Chan'], ['ฉิมพลี', 'Chimphli'], ['บางพรม', 'Bang Phrom'], ['บางระมาด', 'Bang Ramat']]],
  ['1020', 'บางกอกน้อย', 'Bangkok Noi', '10700', 5, [['ศิริราช', 'Sirirat'], ['บ้านช่างหล่อ', 'Ban Chang Lo'], ['บางขุนนนท์', 'Bang Khun Non'], ['บางขุนศรี', 'Bang Khun Si'], ['อรุณอมรินทร์', 'Arun Amarin']]],
  ['1021', 'บางขุนเทียน', 'Bang Khun Thian', '10150', 2, [['ท่าข้าม', 'Tha Kham'], ['แสมดำ', 'Samae Dam']]],
  ['1022', 'ภาษีเจริญ', 'Phasi Charoen', '10160', 7, [['บางหว้า', 'Bang Wa'], ['บางด้วน', 'Bang Duan'], ['บางแวก', 'Bang Waek'], ['คลองขวาง', 'Khlong Khwang'], ['คูหาสวรรค์', 'Khuha Sawan']]],
  ['1023', 'หนองแขม', 'Nong Khaem', '10160', 2, [['หนองแขม', 'Nong Khaem'], ['หนองค้างพลู', 'Nong Khang Phlu']]],
  ['1024', 'ราษฎร์บูรณะ', 'Rat Burana', '10140', 2, [['ราษฎร์บูรณะ', 'Rat Burana'], ['บางปะกอก', 'Bang Pakok']]],
  ['1025', 'บางพลัด', 'Bang Phlat', '10700', 4, [['บางพลัด', 'Bang Phlat'], ['บางอ้อ', 'Bang O'], ['บางบำหรุ', 'Bang Bamru'], ['บางยี่ขัน', 'Bang Yi Khan']]],
  ['1026', 'ดินแดง', 'Din Daeng', '10400', 2, [['ดินแดง', 'Din Daeng'], ['รัชดาภิเษก', 'Ratchadaphisek']]],
  ['1027', 'บึงกุ่ม', 'Bueng Kum', '10230', 3, [['คลองกุ่ม', 'Khlong Kum'], ['นวมินทร์', 'Nawamin'], ['นวลจันทร์', 'Nuan Chan']]],
  ['1028', 'สาทร', 'Sathon', '10120', 3, [['ทุ่งวัดดอน', 'Thung Wat Don'], ['ยานนาวา', 'Yan Nawa'], ['ทุ่งมหาเมฆ', 'Thung Maha Mek']]],
  ['1029', 'บางซื่อ', 'Bang Sue', '10800', 2, [['บางซื่อ', 'Bang Sue'], ['วงศ์สว่าง', 'Wong Sawang']]],
  ['1030', 'จตุจักร', 'Chatuchak', '10900', 5, [['ลาดยาว', 'Lat Yao'], ['เสนานิคม', 'Sena Nikhom'], ['จันทรเกษม', 'Chan Kasem'], ['จอมพล', 'Chom Phon'], ['จตุจักร', 'Chatuchak']]],
  ['1031', 'บางคอแหลม', 'Bang Kho Laem', '10120', 3, [['บางคอแหลม', 'Bang Kho Laem'], ['วัดพระยาไกร', 'Wat Phraya Krai'], ['บางโคล่', 'Bang Khlo']]],
  ['1032', 'ประเวศ', 'Prawet', '10250', 3, [['ประเวศ', 'Prawet'], ['หนองบอน', 'Nong Bon'], ['ดอกไม้', 'Dokmai']]],
  ['1033', 'คลองเตย', 'Khlong Toei', '10110', 3, [['คลองเตย', 'Khlong Toei'], ['คลองตัน', 'Khlong Tan'], ['พระโขนง', 'Phra Khanong']]],
  ['1034', 'สวนหลวง', 'Suan Luang', '10250', 3, [['สวนหลวง', 'Suan Luang'], ['อ่อนนุช', 'On Nut'], ['พัฒนาการ', 'Phatthanakan']]],
  ['1035', 'จอมทอง', 'Chom Thong', '10150', 4, [['บางขุนเทียน', 'Bang Khun Thian'], ['บางค้อ', 'Bang Kho'], ['บางมด', 'Bang Mot'], ['จอมทอง', 'Chom Thong']]],
  ['1036', 'ดอนเมือง', 'Don Mueang', '10210', 3, [['สีกัน', 'Si Kan'], ['ดอนเมือง', 'Don Mueang'], ['สนามบิน', 'Sanam Bin']]],
  ['1037', 'ราชเทวี', 'Ratchathewi', '10400', 4, [['ทุ่งพญาไท', 'Thung Phaya Thai'], ['ถนนพญาไท', 'Thanon Phaya Thai'], ['ถนนเพชรบุรี', 'Thanon Phetchaburi'], ['มักกะสัน', 'Makkasan']]],
  ['1038', 'ลาดพร้าว', 'Lat Phrao', '10230', 2, [['ลาดพร้าว', 'Lat Phrao'], ['จรเข้บัว', 'Chorakhe Bua']]],
  ['1039', 'วัฒนา', 'Watthana', '10110', 3, [['คลองเตยเหนือ', 'Khlong Toei Nuea'], ['คลองตันเหนือ', 'Khlong Tan Nuea'], ['พระโขนงเหนือ', 'Phra Khanong Nuea']]],
  ['1040', 'บางแค', 'Bang Khae', '10160', 4, [['บางแค', 'Bang Khae'], ['บางแคเหนือ', 'Bang Khae Nuea'], ['บางไผ่', 'Bang Phai'], ['หลักสอง', 'Lak Song']]],
  ['1041', 'หลักสี่', 'Lak Si', '10210', 2, [['ทุ่งสองห้อง', 'Thung Song Hong'], ['ตลาดบางเขน', 'Talat Bang Khen']]],
  ['1042', 'สายไหม', 'Sai Mai', '10220', 3, [['สายไหม', 'Sai Mai'], ['ออเงิน', 'O Ngoen'], ['คลองถนน', 'Khlong Thanon']]],
  ['1043', 'คันนายาว', 'Khan Na Yao', '10230', 2, [['คันนายาว', 'Khan Na Yao'], ['รามอินทรา', 'Ram Inthra']]],
  ['1044', 'สะพานสูง', 'Saphan Sung', '10240', 3, [['สะพานสูง', 'Saphan Sung'], ['ราษฎร์พัฒนา', 'Rat Phatthana'], ['ทับช้าง', 'Thap Chang']]],
  ['1045', 'วังทองหลาง', 'Wang Thonglang', '10310', 4, [['วังทองหลาง', 'Wang Thonglang'], ['สะพานสอง', 'Saphan Song'], ['คลองเจ้าคุณสิงห์', 'Khlong Chao Khun Sing'], ['พลับพลา', 'Phlapphla']]],
  ['1046', 'คลองสามวา', 'Khlong Sam Wa', '10510', 5, [['สามวาตะวันตก', 'Sam Wa Tawan Tok'], ['สามวาตะวันออก', 'Sam Wa Tawan Ok'], ['บางชัน', 'Bang Chan'], ['ทรายกองดิน', 'Sai Kong Din'], ['ทรายกองดินใต้', 'Sai Kong Din Tai']]],
  ['1047', 'บางนา', 'Bang Na', '10260', 2, [['บางนาเหนือ', 'Bang Na Nuea'], ['บางนาใต้', 'Bang Na Tai']]],
  ['1048', 'ทวีวัฒนา', 'Thawi Watthana', '10170', 2, [['ทวีวัฒนา', 'Thawi Watthana'], ['ศาลาธรรมสพน์', 'Sala Thammasop']]],
  ['1049', 'ทุ่งครุ', 'Thung Khru', '10140', 2, [['บางมด', 'Bang Mot'], ['ทุ่งครุ', 'Thung Khru']]],
  ['1050', 'บางบอน', 'Bang Bon', '10150', 4, [['บางบอนเหนือ', 'Bang Bon Nuea'], ['บางบอนใต้', 'Bang Bon Tai'], ['คลองบางพราน', 'Khlong Bang Phran'], ['คลองบางบอน', 'Khlong Bang Bon']]],
  // 11 สมุทรปราการ
  ['1101', 'เมืองสมุทรปราการ', 'Mueang Samut Prakan', '10270', 13, [['ปากน้ำ', 'Pak Nam'], ['สำโรงเหนือ', 'Samrong Nuea'], ['บางเมือง', 'Bang Mueang'], ['ท้ายบ้าน', 'Thai Ban', '10280'], ['บางปูใหม่', 'Bang Pu Mai', '10280']]],
  ['1102', 'บางบ่อ', 'Bang Bo', '10560', 8, [['บางบ่อ', 'Bang Bo'], ['บางพลีน้อย', 'Bang Phli Noi'], ['คลองด่าน', 'Khlong Dan', '10550'], ['คลองสวน', 'Khlong Suan']]],
  ['1103', 'บางพลี', 'Bang Phli', '10540', 6, [['บางพลีใหญ่', 'Bang Phli Yai'], ['บางแก้ว', 'Bang Kaeo'], ['บางปลา', 'Bang Pla'], ['บางโฉลง', 'Bang Chalong'], ['หนองปรือ', 'Nong Prue']]],
  ['1104', 'พระประแดง', 'Phra Pradaeng', '10130', 15, [['ตลาด', 'Talat'], ['บางพึ่ง', 'Bang Phueng'], ['บางจาก', 'Bang Chak'], ['บางครุ', 'Bang Khru'], ['บางหญ้าแพรก', 'Bang Ya Phraek']]],
  ['1105', 'พระสมุทรเจดีย์', 'Phra Samut Chedi', '10290', 5, [['นาเกลือ', 'Na Kluea'], ['แหลมฟ้าผ่า', 'Laem Fa Pha'], ['ในคลองบางปลากด', 'Nai Khlong Bang Pla Kot'], ['ปากคลองบางปลากด', 'Pak Khlong Bang Pla Kot'], ['บ้านคลองสวน', 'Ban Khlong Suan']]],
  ['1106', 'บางเสาธง', 'Bang Sao Thong', '10570', 3, [['บางเสาธง', 'Bang Sao Thong'], ['ศีรษะจรเข้น้อย', 'Sisa Chorakhe Noi'], ['ศีรษะจรเข้ใหญ่', 'Sisa Chorakhe Yai']]],
  // 12 นนทบุรี
  ['1201', 'เมืองนนทบุรี', 'Mueang Nonthaburi', '11000', 10, [['สวนใหญ่', 'Suan Yai'], ['ตลาดขวัญ', 'Talat Khwan'], ['บางเขน', 'Bang Khen'], ['ท่าทราย', 'Tha Sai'], ['บางไผ่', 'Bang Phai']]],
  ['1202', 'บางกรวย', 'Bang Kruai', '11130', 9, [['บางกรวย', 'Bang Kruai'], ['บางสีทอง', 'Bang Si Thong'], ['บางขนุน', 'Bang Khanun'], ['บางขุนกอง', 'Bang Khun Kong'], ['บางคูเวียง', 'Bang Khu Wiang']]],
  ['1203', 'บางใหญ่', 'Bang Yai', '11140', 6, [['บางม่วง', 'Bang Muang'], ['บางแม่นาง', 'Bang Mae Nang'], ['บางเลน', 'Bang Len'], ['เสาธงหิน', 'Sao Thong Hin'], ['บางใหญ่', 'Bang Yai']]],
  ['1204', 'บางบัวทอง', 'Bang Bua Thong', '11110', 8, [['โสนลอย', 'Sano Loi'], ['บางบัวทอง', 'Bang Bua Thong'], ['บางรักใหญ่', 'Bang Rak Yai'], ['บางคูรัด', 'Bang Khu Rat'], ['ละหาร', 'Lahan']]],
  ['1205', 'ไทรน้อย', 'Sai Noi', '11150', 7, [['ไทรน้อย', 'Sai Noi'], ['หนองเพรางาย', 'Nong Phrao Ngai'], ['ไทรใหญ่', 'Sai Yai'], ['ขุนศรี', 'Khun Si'], ['คลองขวาง', 'Khlong Khwang']]],
  ['1206', 'ปากเกร็ด', 'Pak Kret', '11120', 12, [['บ้านใหม่', 'Ban Mai'], ['ปากเกร็ด', 'Pak Kret'], ['บางตลาด', 'Bang Talat'], ['บางพูด', 'Bang Phut'], ['คลองพระอุดม', 'Khlong Phra Udom']]],
  // 13 ปทุมธานี
  ['1301', 'เมืองปทุมธานี', 'Mueang Pathum Thani', '12000', 14, [['บ้านใหม่', 'Ban Mai'], ['บ้านกลาง', 'Ban Klang'], ['บ้านฉาง', 'Ban Chang'], ['บ้านกระแชง', 'Ban Krachaeng'], ['บางคูวัด', 'Bang Khu Wat']]],
  ['1302', 'คลองหลวง', 'Khlong Luang', '12120', 7, [['คลองสอง', 'Khlong Song'], ['คลองสาม', 'Khlong Sam'], ['คลองสี่', 'Khlong Si'], ['คลองห้า', 'Khlong Ha'], ['คลองหก', 'Khlong Hok']]],
  ['1303', 'ธัญบุรี', 'Thanyaburi', '12130', 6, [['ประชาธิปัตย์', 'Prachathipat'], ['บึงยี่โถ', 'Bueng Yi Tho'], ['รังสิต', 'Rangsit', '12110'], ['ลำผักกูด', 'Lam Phak Kut', '12110'], ['บึงสนั่น', 'Bueng Sanan', '12110']]],
  ['1304', 'หนองเสือ', 'Nong Suea', '12170', 7, [['บึงบา', 'Bueng Ba'], ['บึงบอน', 'Bueng Bon'], ['บึงกาสาม', 'Bueng Ka Sam'], ['บึงชำอ้อ', 'Bueng Cham O'], ['หนองสามวัง', 'Nong Sam Wang']]],
  ['1305', 'ลาดหลุมแก้ว', 'Lat Lum Kaeo', '12140', 7, [['ลาดหลุมแก้ว', 'Lat Lum Kaeo'], ['คูบางหลวง', 'Khu Bang Luang'], ['คูขวาง', 'Khu Khwang'], ['คลองพระอุดม', 'Khlong Phra Udom'], ['บ่อเงิน', 'Bo Ngoen']]],
  ['1306', 'ลำลูกกา', 'Lam Luk Ka', '12130', 8, [['คูคต', 'Khu Khot'], ['ลาดสวาย', 'Lat Sawai', '12150'], ['ลำลูกกา', 'Lum Luk Ka', '12150'], ['บึงทองหลาง', 'Bueng Thong Lang', '12150'], ['ลำไทร', 'Lam Sai', '12150']]],
  ['1307', 'สามโคก', 'Sam Khok', '12160', 11, [['บางเตย', 'Bang Toei'], ['คลองควาย', 'Khlong Khwai'], ['สามโคก', 'Sam Khok'], ['กระแชง', 'Krachaeng'], ['บางโพธิ์เหนือ', 'Bang Pho Nuea']]],
  // 14 พระนครศรีอยุธยา
  ['1401', 'พระนครศรีอยุธยา', 'Phra Nakhon Si Ayutthaya', '13000', 21, [['หัวรอ', 'Hua Ro'], ['ไผ่ลิง', 'Phai Ling'], ['ภูเขาทอง', 'Phukhao Thong'], ['สำเภาล่ม', 'Samphao Lom'], ['สวนพริก', 'Suan Phrik']]],
  ['1402', 'ท่าเรือ', 'Tha Ruea', '13130', 10, [['จำปา', 'Champa'], ['ท่าเรือ', 'Tha Ruea'], ['ท่าหลวง', 'Tha Luang', '18270'], ['บ้านร่อม', 'Ban Rom'], ['ศาลาลอย', 'Sala Loi']]],
  ['1403', 'นครหลวง', 'Nakhon Luang', '13260', 12, [['นครหลวง', 'Nakhon Luang'], ['ท่าช้าง', 'Tha Chang'], ['บ่อโพง', 'Bo Phong'], ['ปากจั่น', 'Pak Chan'], ['บางระกำ', 'Bang Rakam']]],
  ['1404', 'บางไทร', 'Bang Sai', '13190', 23, [['บ้านเกาะ', 'Ban Ko'], ['บางไทร', 'Bang Sai'], ['บางพลี', 'Bang Phli'], ['สนามชัย', 'Sanam Chai'], ['บ้านแป้ง', 'Ban Paeng']]],
  ['1405', 'บางบาล', 'Bang Ban', '13250', 16, [['บางบาล', 'Bang Ban'], ['วัดยม', 'Wat Yom'], ['ไทรน้อย', 'Sai Noi'], ['สะพานไทย', 'Saphan Thai'], ['กบเจา', 'Kop Chao']]],
  ['1406', 'บางปะอิน', 'Bang Pa-in', '13160', 18, [['บ้านแป้ง', 'Ban Paeng'], ['เชียงรากน้อย', 'Chiang Rak Noi', '13180'], ['วัดยม', 'Wat Yom'], ['บ้านเลน', 'Ban Len'], ['บ้านโพ', 'Ban Pho']]],
  ['1407', 'บางปะหัน', 'Bang Pahan', '13220', 17, [['บ้านม้า', 'Ban Ma'], ['บางปะหัน', 'Bang Pahan'], ['บางเดื่อ', 'Bang Duea'], ['เสาธง', 'Sao Thong'], ['ทางกลาง', 'Thang Klang']]],
  ['1408', 'ผักไห่', 'Phak Hai', '13120', 16, [['โคกช้าง', 'Khok Chang'], ['ผักไห่', 'Phak Hai'], ['บ้านแค', 'Ban Kae'], ['ลาดน้ำเค็ม', 'Lat Nam Khem'], ['ท่าดินแดง', 'Tha Din Daeng']]],
  ['1409', 'ภาชี', 'Phachi', '13140', 8, [['ภาชี', 'Phachi'], ['โคกม่วง', 'Khok Muang'], ['หนองน้ำใส', 'Nong Nam Sai'], ['ดอนหญ้านาง', 'Don Ya Nang'], ['ไผ่ล้อม', 'Phai Lom']]],
  ['1410', 'ลาดบัวหลวง', 'Lat Bua Luang', '13230', 7, [['ลาดบัวหลวง', 'Lat Bua Luang'], ['หลักชัย', 'Lak Chai'], ['สามเมือง', 'Sam Mueang']]],
  ['1411', 'วังน้อย', 'Wang Noi', '13170', 10, [['ลำตาเสา', 'Lam Ta Sao'], ['บ่อตาโล่', 'Bo Ta Lo'], ['วังน้อย', 'Wang Noi'], ['ลำไทร', 'Lam Sai'], ['พยอม', 'Phom']]],
  ['1412', 'เสนา', 'Sena', '13110', 17, [['เสนา', 'Sena'], ['เจ้าเจ็ด', 'Chao Chet'], ['สามกอ', 'Sam Ko'], ['บางนมโค', 'Bang Nom Kho'], ['หัวเวียง', 'Hua Wiang']]],
  ['1413', 'บางซ้าย', 'Bang Sai', '13270', 6, [['บางซ้าย', 'Bang Sai'], ['แก้วฟ้า', 'Kaeo Fa'], ['เต่าเล่า', 'Tao Lao'], ['ปลายกลัด', 'Plai Klat'], ['วังพัฒนา', 'Wang Phatthana']]],
  ['1414', 'อุทัย', 'Uthai', '13210', 11, [['เสนา', 'Sena'], ['คานหาม', 'Khan Ham'], ['บ้านช้าง', 'Ban Chang'], ['หนองไม้ซุง', 'Nong Mai Sung'], ['อุทัย', 'Uthai']]],
  ['1415', 'มหาราช', 'Maha Rat', '13150', 12, [['บ้านใหม่', 'Ban Mai'], ['น้ำเต้า', 'Nam Tao'], ['หัวไผ่', 'Hua Phai'], ['มหาราช', 'Maha Rat'], ['บางนา', 'Bang Na']]],
  ['1416', 'บ้านแพรก', 'Ban Phraek', '13240', 5, [['บ้านใหม่', 'Ban Mai'], ['บ้านแพรก', 'Ban Phraek'], ['คลองน้อย', 'Khlong Noi'], ['สองห้อง', 'Song Hong']]],
  // 15 อ่างทอง
  ['1501', 'เมืองอ่างทอง', 'Mueang Ang Thong', '14000', 14, [['ตลาดหลวง', 'Talat Luang'], ['บางแก้ว', 'Bang Kaeo'], ['ศาลาแดง', 'Sala Daeng'], ['ป่างิ้ว', 'Pa Ngio'], ['บ้านแห', 'Ban Hae']]],
  ['1502', 'ไชโย', 'Chaiyo', '14140', 9, [['จรเข้ร้อง', 'Chorakhe Rong'], ['ไชยภูมิ', 'Chaiyaphum'], ['ไชโย', 'Chaiyo'], ['หลักฟ้า', 'Lak Fa']]],
  ['1503', 'ป่าโมก', 'Pa Mok', '14130', 8, [['บางปลากด', 'Bang Pla Kot'], ['ป่าโมก', 'Pa Mok'], ['สายทอง', 'Sai Thong'], ['โรงช้าง', 'Rong Chang'], ['บางเสด็จ', 'Bang Sadet']]],
  ['1504', 'โพธิ์ทอง', 'Pho Thong', '14120', 15, [['อ่างแก้ว', 'Ang Kaeo'], ['บางพลับ', 'Bang Phlap'], ['หนองแม่ไก่', 'Nong Mae Kai'], ['บางระกำ', 'Bang Rakam'], ['โพธิ์รังนก', 'Pho Rang Nok']]],
  ['1505', 'แสวงหา', 'Sawaeng Ha', '14150', 7, [['แสวงหา', 'Sawaeng Ha'], ['ศรีพราน', 'Si Phran'], ['บ้านพราน', 'Ban Phran'], ['วังน้ำเย็น', 'Wang Nam Yen'], ['สีบัวทอง', 'Si Bua Thong']]],
  ['1506', 'วิเศษชัยชาญ', 'Wiset Chai Chan', '14110', 15, [['ศาลเจ้าโรงทอง', 'San Chao Rong Thong'], ['ไผ่ดำพัฒนา', 'Phai Dam Phatthana'], ['สาวร้องไห้', 'Sao Rong Hai'], ['ท่าช้าง', 'Tha Chang'], ['บางจัก', 'Bang Chak']]],
  ['1507', 'สามโก้', 'Samko', '14160', 5, [['สามโก้', 'Samko'], ['โพธิ์ม่วงพันธ์', 'Pho Muang Phan'], ['มงคลธรรมนิมิต', 'Mongkhon Tham Nimit']]],
  // 16 ลพบุรี
  ['1601', 'เมืองลพบุรี', 'Mueang Lop Buri', '15000', 24, [['ท่าหิน', 'Tha Hin'], ['กกโก', 'Kok Ko'], ['โก่งธนู', 'Kong Thanu', '13240'], ['เขาพระงาม', 'Khao Phra Ngam', '15160'], ['เขาสามยอด', 'Khao Sam Yot']]],
  ['1602', 'พัฒนานิคม', 'Phatthana Nikhom', '15140', 9, [['พัฒนานิคม', 'Phatthana Nikhom'], ['มะนาวหวาน', 'Manao Wan'], ['ดีลัง', 'Di Lang', '15220'], ['ชอนน้อย', 'Chon Noi'], ['หนองบัว', 'Nong Bua']]],
  ['1603', 'โคกสำโรง', 'Khok Samrong', '15120', 13, [['โคกสำโรง', 'Khok Samrong'], ['เกาะแก้ว', 'Ko Kaeo'], ['หลุมข้าว', 'Lum Khao'], ['ห้วยโป่ง', 'Huai Pong'], ['คลองเกตุ', 'Khlong Ket']]],
  ['1604', 'ชัยบาดาล', 'Chai Badan', '15130', 17, [['ลำนารายณ์', 'Lam Narai'], ['ชัยนารายณ์', 'Chai Narai'], ['ห้วยหิน', 'Huai Hin'], ['ม่วงค่อม', 'Muang Khom', '15230'], ['บัวชุม', 'Bua Chum']]],
  ['1605', 'ท่าวุ้ง', 'Tha Wung', '15150', 11, [['ท่าวุ้ง', 'Tha Wung'], ['บางคู้', 'Bang Khu'], ['โพตลาดแก้ว', 'Pho Talat Kaeo'], ['บางลี่', 'Bang Li'], ['บางงา', 'Bang Nga']]],
  ['1606', 'บ้านหมี่', 'Ban Mi', '15110', 22, [['ไผ่ใหญ่', 'Phai Yai'], ['บ้านทราย', 'Ban Sai'], ['บ้านกล้วย', 'Ban Kluai'], ['ดงพลับ', 'Dong Phlap'], ['บ้านชี', 'Ban Chi', '15180']]],
  ['1607', 'ท่าหลวง', 'Tha Luang', '15230', 6, [['หนองผักแว่น', 'Nong Phak Waen'], ['ซับจำปา', 'Sap Champa'], ['แก่งผักกูด', 'Kaeng Phak Kut'], ['ท่าหลวง', 'Tha Luang'], ['ทะเลวังวัด', 'Thale Wang Wat']]],
  ['1608', 'สระโบสถ์', 'Sa Bot', '15240', 5, [['ทุ่งท่าช้าง', 'Thung Tha Chang'], ['สระโบสถ์', 'Sa Bot'], ['มหาโพธิ', 'Maha Phot'], ['ห้วยใหญ่', 'Huai Yai']]],
  ['1609', 'โคกเจริญ', 'Khok Charoen', '15250', 5, [['โคกเจริญ', 'Khok Charoen'], ['ยางราก', 'Yang Rak'], ['หนองมะค่า', 'Nong Makha'], ['วังทอง', 'Wang Thong']]],
  ['1610', 'ลำสนธิ', 'Lam Sonthi', '15190', 6, [['หนองรี', 'Nong Ri'], ['กุดตาเพชร', 'Kut Ta Phet'], ['ลำสนธิ', 'Lam Sonthi'], ['ซับสมบูรณ์', 'Sap Sombun'], ['เขารวก', 'Khao Ruak']]],
  ['1611', 'หนองม่วง', 'Nong Muang', '15170', 6, [['หนองม่วง', 'Nong Muang'], ['บ่อทอง', 'Bo Thong'], ['ยางโทน', 'Yang Thon'], ['ชอนสมบูรณ์', 'Son Sombun'], ['ดงดินแดง', 'Dong Din Daeng']]],
  // 17 สิงห์บุรี
  ['1701', 'เมืองสิงห์บุรี', 'Mueang Sing Buri', '16000', 8, [['บางพุทรา', 'Bang Phutsa'], ['บางมัญ', 'Bang Man'], ['โพกรวม', 'Phok Ruam'], ['ม่วงหมู่', 'Muang Mu'], ['หัวไผ่', 'Hua Phai']]],
  ['1702', 'บางระจัน', 'Bang Rachan', '16130', 8, [['สิงห์', 'Sing'], ['ไม้ดัด', 'Mai Dat'], ['เชิงกลัด', 'Choeng Klat'], ['โพชนไก่', 'Pho Chon Kai'], ['แม่ลา', 'Mae La']]],
  ['1703', 'ค่ายบางระจัน', 'Khai Bang Rachan', '16150', 6, [['โพทะเล', 'Pho Thale'], ['บางระจัน', 'Bang Rachan'], ['ท่าข้าม', 'Tha Kham'], ['คอทราย', 'Kho Sai'], ['หนองกระทุ่ม', 'Nong Krathum']]],
  ['1704', 'พรหมบุรี', 'Phrom Buri', '16120', 7, [['พระงาม', 'Phra Ngam'], ['พรหมบุรี', 'Phrom Buri', '16160'], ['บางน้ำเชี่ยว', 'Bang Nam Chiao'], ['บ้านหม้อ', 'Ban Mo'], ['บ้านแป้ง', 'Ban Paeng']]],
  ['1705', 'ท่าช้าง', 'Tha Chang', '16140', 4, [['ถอนสมอ', 'Thon Samo'], ['โพประจักษ์', 'Pho Prachak'], ['วิหารขาว', 'Wihan Khao'], ['พิกุลทอง', 'Phikun Thong']]],
  ['1706', 'อินทร์บุรี', 'In Buri', '16110', 10, [['อินทร์บุรี', 'In Buri'], ['ทับยา', 'Thap Ya'], ['งิ้วราย', 'Ngio Rai'], ['ชีน้ำร้าย', 'Chi Nam Rai'], ['ท่างาม', 'Tha Ngam']]],
  // 18 ชัยนาท
  ['1801', 'เมืองชัยนาท', 'Mueang Chai Nat', '17000', 9, [['ในเมือง', 'Nai Mueang'], ['บ้านกล้วย', 'Ban Kluai'], ['ท่าชัย', 'Tha Chai'], ['ชัยนาท', 'Chai Nat'], ['เขาท่าพระ', 'Khao Tha Phra']]],
  ['1802', 'มโนรมย์', 'Manorom', '17110', 7, [['คุ้งสำเภา', 'Khung Samphao'], ['วัดโคก', 'Wat Khok'], ['ศิลาดาน', 'Sila Dan'], ['ท่าฉนวน', 'Tha Chanuan'], ['หางน้ำสาคร', 'Hang Nam Sakon', '17170']]],
  ['1803', 'วัดสิงห์', 'Wat Sing', '17120', 7, [['วัดสิงห์', 'Wat Sing'], ['มะขามเฒ่า', 'Makham Thao'], ['หนองน้อย', 'Nong Noi'], ['หนองบัว', 'Nong Bua'], ['หนองขุ่น', 'Nong Khun']]],
  ['1804', 'สรรพยา', 'Sapphaya', '17150', 7, [['สรรพยา', 'Sapphaya'], ['ตลุก', 'Taluk'], ['เขาแก้ว', 'Khao Kaeo'], ['โพนางดำตก', 'Pho Nang Dam Tok'], ['โพนางดำออก', 'Pho Nang Dam Ok']]],
  ['1805', 'สรรคบุรี', 'Sankhaburi', '17140', 8, [['แพรกศรีราชา', 'Phraek Si Racha'], ['ห้วยกรด', 'Huai Krot'], ['โพงาม', 'Pho Ngam'], ['บางขุด', 'Bang Khut'], ['ดงคอน', 'Dong Khon']]],
  ['1806', 'หันคา', 'Hankha', '17130', 8, [['หันคา', 'Hankha'], ['บ้านเชี่ยน', 'Ban Chian'], ['ไพรนกยูง', 'Phrai Nok Yung'], ['หนองแซง', 'Nong Saeng', '17160'], ['ห้วยงู', 'Huai Ngu', '17160']]],
  ['1807', 'หนองมะโมง', 'Nong Mamong', '17120', 4, [['หนองมะโมง', 'Nong Mamong'], ['กุดจอก', 'Kut Chok'], ['วังตะเคียน', 'Wang Takhian'], ['สะพานหิน', 'Saphan Hin']]],
  ['1808', 'เนินขาม', 'Noen Kham', '17130', 3, [['เนินขาม', 'Noen Kham'], ['สุขเดือนห้า', 'Suk Duean Ha'], ['กะบกเตี้ย', 'Kabok Tia']]],
  // 19 สระบุรี
  ['1901', 'เมืองสระบุรี', 'Mueang Saraburi', '18000', 11, [['โคกสว่าง', 'Khok Sawang'], ['หนองโน', 'Nong No'], ['หนองยาว', 'Nong Yao'], ['หนองปลาไหล', 'Nong Pla Lai'], ['ตลิ่งชัน', 'Taling Chan']]],
  ['1902', 'แก่งคอย', 'Kaeng Khoi', '18110', 14, [['แก่งคอย', 'Kaeng Khoi'], ['ทับกวาง', 'Thap Kang', '18260'], ['ตาลเดี่ยว', 'Tan Diao'], ['ห้วยแห้ง', 'Huai Haeng'], ['ท่าคล้อ', 'Tha Khlo']]],
  ['1903', 'หนองแค', 'Nong Khae', '18140', 18, [['หนองแค', 'Nong Khae'], ['คชสิทธิ์', 'Khot Sit', '18250'], ['โคกตูม', 'Khok Tum', '18250'], ['โคกแย้', 'Khok Yae', '18230'], ['ไผ่ต่ำ', 'Phai Tam']]],
  ['1904', 'วิหารแดง', 'Wihan Daeng', '18150', 6, [['หนองหมู', 'Nong Mu'], ['บ้านลำ', 'Ban Lam'], ['วิหารแดง', 'Wihan Daeng'], ['หนองสรวง', 'Nong Suang']]],
  ['1905', 'หนองแซง', 'Nong Saeng', '18170', 9, [['หนองแซง', 'Nong Saeng'], ['หนองควายโซ', 'Nong Khai So'], ['หนองหัวโพ', 'Nong Hua Pho'], ['หนองกบ', 'Nong Kop'], ['ไก่เส่า', 'Kai Sao']]],
  ['1906', 'บ้านหมอ', 'Ban Mo', '18130', 9, [['บ้านหมอ', 'Ban Mo'], ['หรเทพ', 'On Thep'], ['โคกใหญ่', 'Khok Yai'], ['ไผ่ขวาง', 'Phai Khwang'], ['หนองบัว', 'Nong Bua']]],
  ['1907', 'ดอนพุด', 'Don Phut', '18210', 4, [['ดงตะงาว', 'Dong Ta Ngao'], ['บ้านหลวง', 'Ban Luang'], ['ดอนพุด', 'Don Phut']]],
  ['1908', 'หนองโดน', 'Nong Don', '18190', 4, [['หนองโดน', 'Nong Don'], ['ดอนทอง', 'Don Thong'], ['บ้านโปร่ง', 'Ban Prong']]],
  ['1909', 'พระพุทธบาท', 'Phra Phutthabat', '18120', 9, [['พระพุทธบาท', 'Phra Phutthabat'], ['นายาว', 'Na Yao'], ['พุคำจาน', 'Phu Kham Chan'], ['เขาวง', 'Khao Wong'], ['ห้วยป่าหวาย', 'Huai Pa Wai']]],
  ['1910', 'เสาไห้', 'Sao Hai', '18160', 12, [['เสาไห้', 'Sao Hai'], ['บ้านยาง', 'Ban Yang'], ['งิ้วงาม', 'Ngio Ngam'], ['ต้นตาล', 'Ton Tan'], ['ท่าช้าง', 'Tha Chang']]],
  ['1911', 'มวกเหล็ก', 'Muak Lek', '18180', 6, [['มวกเหล็ก', 'Muak Lek'], ['มิตรภาพ', 'Mittaphap'], ['หนองย่างเสือ', 'Nong Yang Suea']]],
  ['1912', 'วังม่วง', 'Wang Muang', '18220', 3, [['แสลงพัน', 'Salaeng Phan'], ['คำพราน', 'Kham Phran'], ['วังม่วง', 'Wang Muang']]],
  ['1913', 'เฉลิมพระเกียรติ', 'Chaloem Phra Kiat', '18240', 6, [['พุแค', 'Phu Khae'], ['ห้วยบง', 'Huai Bong', '18000'], ['บ้านแก้ง', 'Ban Kaeng', '18000']]],
  // 20 ชลบุรี
  ['2001', 'เมืองชลบุรี', 'Mueang Chon Buri', '20000', 18, [['บางปลาสร้อย', 'Bang Pla Soi'], ['มะขามหย่ง', 'Makham Yong'], ['บ้านโขด', 'Ban Khot'], ['แสนสุข', 'Saen Suk', '20130'], ['บ้านสวน', 'Ban Suan']]],
  ['2002', 'บ้านบึง', 'Ban Bueng', '20170', 8, [['บ้านบึง', 'Ban Bueng'], ['มาบไผ่', 'Map Phai'], ['หนองบอนแดง', 'Nong Bon Daeng'], ['หนองชาก', 'Nong Chak'], ['หนองไผ่แก้ว', 'Nong Phai Kaeo', '20220']]],
  ['2003', 'หนองใหญ่', 'Nong Yai', '20190', 5, [['หนองเสือช้าง', 'Nong Suea Chang'], ['คลองพลู', 'Khlong Phlu'], ['หนองใหญ่', 'Nong Yai'], ['ห้างสูง', 'Hang Sung'], ['เขาซก', 'Khao Sok']]],
  ['2004', 'บางละมุง', 'Bang Lamung', '20150', 8, [['บางละมุง', 'Bang Lamung'], ['หนองปรือ', 'Nong Prue'], ['หนองปลาไหล', 'Nong Pla Lai'], ['โป่ง', 'Pong'], ['เขาไม้แก้ว', 'Khao Mai Kaeo']]],
  ['2005', 'พานทอง', 'Phan Thong', '20160', 11, [['พานทอง', 'Phan Thong'], ['มาบโป่ง', 'Map Pong'], ['หนองหงษ์', 'Nong Hong'], ['โคกขี้หนอน', 'Khok Khi Non'], ['บ้านเก่า', 'Ban Kao']]],
  ['2006', 'พนัสนิคม', 'Phanat Nikhom', '20140', 20, [['หนองปรือ', 'Nong Prue'], ['พนัสนิคม', 'Phanat Nikhom'], ['วัดหลวง', 'Wat Luang'], ['หมอนนาง', 'Mon Nang'], ['สระสี่เหลี่ยม', 'Sa Si Liam']]],
  ['2007', 'ศรีราชา', 'Si Racha', '20110', 8, [['ศรีราชา', 'Si Racha'], ['บึง', 'Bueng', '20230'], ['หนองขาม', 'Nong Kham', '20230'], ['บางพระ', 'Bang Phra']]],
  ['2008', 'เกาะสีชัง', 'Ko Sichang', '20120', 1, [['ท่าเทววงษ์', 'Tha Thewawong']]],
  ['2009', 'สัตหีบ', 'Sattahip', '20180', 5, [['สัตหีบ', 'Sattahip'], ['นาจอมเทียน', 'Na Chom Thian', '20250'], ['พลูตาหลวง', 'Phlu Ta Luang'], ['บางเสร่', 'Bang Sare', '20250']]],
  ['2010', 'บ่อทอง', 'Bo Thong', '20270', 6, [['บ่อกวางทอง', 'Bo Kwang Thong'], ['วัดสุวรรณ', 'Wat Suwan'], ['บ่อทอง', 'Bo Thong'], ['ธาตุทอง', 'That Thong'], ['เกษตรสุวรรณ', 'Kaset Suwan']]],
  ['2011', 'เกาะจันทร์', 'Ko Chan', '20240', 2, [['ท่าบุญมี', 'Tha Bun Mi'], ['เกาะจันทร์', 'Ko Chan']]],
  // 21 ระยอง
  ['2101', 'เมืองระยอง', 'Mueang Rayong', '21000', 15, [['ท่าประดู่', 'Tha Pradu'], ['เชิงเนิน', 'Choeng Noen'], ['ปากน้ำ', 'Pak Nam'], ['แกลง', 'Klaeng', '21160'], ['บ้านแลง', 'Ban Laeng']]],
  ['2102', 'บ้านฉาง', 'Ban Chang', '21130', 3, [['สำนักท้อน', 'Samnak Thon'], ['พลา', 'Phla'], ['บ้านฉาง', 'Ban Chang']]],
  ['2103', 'แกลง', 'Klaeng', '21110', 15, [['ทางเกวียน', 'Thang Kwian'], ['วังหว้า', 'Wang Wa'], ['ชากโดน', 'Chak Don'], ['เนินฆ้อ', 'Noen Kho'], ['ชากพง', 'Chak Phong', '21190']]],
  ['2104', 'วังจันทร์', 'Wang Chan', '21210', 4, [['ชุมแสง', 'Chum Saeng'], ['วังจันทร์', 'Wang Chan'], ['ป่ายุบใน', 'Pa Yup Nai'], ['พลงตาเอี่ยม', 'Phlong Ta Iam']]],
  ['2105', 'บ้านค่าย', 'Ban Khai', '21120', 7, [['บ้านค่าย', 'Ban Khai'], ['หนองตะพาน', 'Nong Taphan'], ['ตาขัน', 'Ta Khan'], ['หนองบัว', 'Nong Bua'], ['ชากบก', 'Chak Bok']]],
  ['2106', 'ปลวกแดง', 'Pluak Daeng', '21140', 6, [['หนองไร่', 'Nong Rai'], ['มาบยางพร', 'Map Yang Phon'], ['ละหาร', 'Lahan'], ['ตาสิทธิ์', 'Ta Sit'], ['ปลวกแดง', 'Pluak Daeng']]],
  ['2107', 'เขาชะเมา', 'Khao Chamao', '21110', 4, [['ชำฆ้อ', 'Cham Kho'], ['ห้วยทับมอญ', 'Huai Thap Mon'], ['เขาน้อย', 'Khao Noi']]],
  ['2108', 'นิคมพัฒนา', 'Nikhom Phatthana', '21180', 4, [['มาบข่า', 'Map Kha'], ['พนานิคม', 'Phana Nikhom'], ['นิคมพัฒนา', 'Nikhom Phatthana'], ['มะขามคู่', 'Makham Khu']]],
  // 22 จันทบุรี
  ['2201', 'เมืองจันทบุรี', 'Mueang Chanthaburi', '22000', 11, [['ตลาด', 'Talat'], ['วัดใหม่', 'Wat Mai'], ['คลองนารายณ์', 'Khlong Narai'], ['เกาะขวาง', 'Ko Khwang'], ['คมบาง', 'Khom Bang']]],
  ['2202', 'ขลุง', 'Khlung', '22110', 12, [['ขลุง', 'Khlung'], ['บ่อ', 'Bo'], ['เกวียนหัก', 'Kwian Hak'], ['บางชัน', 'Bang Chan'], ['วันยาว', 'Wan Yao']]],
  ['2203', 'ท่าใหม่', 'Tha Mai', '22120', 14, [['ท่าใหม่', 'Tha Mai'], ['ยายร้า', 'Yai Ra'], ['สีพยา', 'Si Phaya'], ['บ่อพุ', 'Bo Phu'], ['พลอยแหวน', 'Phloi Waen']]],
  ['2204', 'โป่งน้ำร้อน', 'Pong Nam Ron', '22140', 5, [['ทับไทร', 'Thap Sai'], ['โป่งน้ำร้อน', 'Pong Nam Ron'], ['หนองตาคง', 'Nong Ta Khong'], ['เทพนิมิต', 'Thep Nimit'], ['คลองใหญ่', 'Khlong Yai']]],
  ['2205', 'มะขาม', 'Makham', '22150', 6, [['มะขาม', 'Makham'], ['ท่าหลวง', 'Tha Luang'], ['อ่างคีรี', 'Ang Khiri']]],
  ['2206', 'แหลมสิงห์', 'Laem Sing', '22130', 7, [['ปากน้ำแหลมสิงห์', 'Pak Nam Laem Sing'], ['หนองชิ่ม', 'Nong Chim'], ['คลองน้ำเค็ม', 'Khlong Nam Khem', '22190'], ['บางสระเก้า', 'Bang Sa Kao', '22190']]],
  ['2207', 'สอยดาว', 'Soi Dao', '22180', 5, [['ทรายขาว', 'Sai Khao'], ['ทุ่งขนาน', 'Thung Khanan'], ['ทับช้าง', 'Thap Chang']]],
  ['2208', 'แก่งหางแมว', 'Kaeng Hang Maeo', '22160', 5, [['แก่งหางแมว', 'Kaeng Hang Maeo'], ['สามพี่น้อง', 'Sam Phi Nong'], ['ขุนซ่อง', 'Khun Song']]],
  ['2209', 'นายายอาม', 'Na Yai Am', '22160', 6, [['วังโตนด', 'Wang Tanot', '22170'], ['กระแจะ', 'Krachae', '22170'], ['สนามไชย', 'Sanam Chai', '22170'], ['ช้างข้าม', 'Chang Kham'], ['นายายอาม', 'Na Yai Am']]],
  ['2210', 'เขาคิชฌกูฏ', 'Khao Khitchakut', '22210', 5, [['พลวง', 'Phluang'], ['ตะเคียนทอง', 'Takian Thong'], ['คลองพลู', 'Khlong Phlu']]],
  // 23 ตราด
  ['2301', 'เมืองตราด', 'Mueang Trat', '23000', 14, [['บางพระ', 'Bang Phra'], ['หนองเสม็ด', 'Nong Samet'], ['หนองโสน', 'Nong Sano'], ['หนองคันทรง', 'Nong Khan Song'], ['อ่าวใหญ่', 'Ao Yai']]],
  ['2302', 'คลองใหญ่', 'Khlong Yai', '23110', 3, [['คลองใหญ่', 'Khlong Yai'], ['ไม้รูด', 'Mai Rut'], ['หาดเล็ก', 'Hat Lek']]],
  ['2303', 'เขาสมิง', 'Khao Saming', '23130', 8, [['เขาสมิง', 'Khao Saming'], ['วังตะเคียน', 'Wang Takhian'], ['ท่าโสม', 'Tha Som', '23150'], ['สะตอ', 'Sato', '23150'], ['เทพนิมิต', 'Thep Nimit', '23150']]],
  ['2304', 'บ่อไร่', 'Bo Rai', '23140', 5, [['ด่านชุมพล', 'Dan Chumphon'], ['หนองบอน', 'Nong Bon'], ['ช้างทูน', 'Chang Thun'], ['บ่อพลอย', 'Bo Phloi'], ['นนทรีย์', 'Nonsi']]],
  ['2305', 'แหลมงอบ', 'Laem Ngop', '23120', 4, [['คลองใหญ่', 'Khlong Yai'], ['แหลมงอบ', 'Laem Ngop'], ['น้ำเชี่ยว', 'Nam Chiao']]],
  ['2306', 'เกาะกูด', 'Ko Kut', '23000', 2, [['เกาะหมาก', 'Ko Mak'], ['เกาะกูด', 'Ko Kut']]],
  ['2307', 'เกาะช้าง', 'Ko Chang', '23170', 2, [['เกาะช้าง', 'Ko Chang'], ['เกาะช้างใต้', 'Ko Chang Tai']]],
  // 24 ฉะเชิงเทรา
  ['2401', 'เมืองฉะเชิงเทรา', 'Mueang Chachoengsao', '24000', 19, [['หน้าเมือง', 'Na Mueang'], ['ท่าไข่', 'Tha Khai'], ['บ้านใหม่', 'Ban Mai'], ['คลองนา', 'Khlong Na'], ['บางไผ่', 'Bang Phai']]],
  ['2402', 'บางคล้า', 'Bang Khla', '24110', 9, [['บางคล้า', 'Bang Khla'], ['บางสวน', 'Bang Suan'], ['ปากน้ำ', 'Pak Nam'], ['ท่าทองหลาง', 'Tha Thonglang'], ['เสม็ดเหนือ', 'Samet Nuea']]],
  ['2403', 'บางน้ำเปรี้ยว', 'Bang Nam Priao', '24150', 10, [['บางน้ำเปรี้ยว', 'Bang Nam Priao'], ['บางขนาก', 'Bang Khanak'], ['หมอนทอง', 'Mon Thong'], ['บึงน้ำรักษ์', 'Bueng Nam Rak', '24170'], ['ดอนเกาะกา', 'Don Ko Ka', '24170']]],
  ['2404', 'บางปะกง', 'Bang Pakong', '24130', 12, [['บางปะกง', 'Bang Pakong'], ['บางวัว', 'Bang Wua', '24180'], ['บางผึ้ง', 'Bang Phueng'], ['บางเกลือ', 'Bang Kluea', '24180'], ['สองคลอง', 'Song Khlong']]],
  ['2405', 'บ้านโพธิ์', 'Ban Pho', '24140', 17, [['บ้านโพธิ์', 'Ban Pho'], ['เกาะไร่', 'Ko Rai'], ['คลองขุด', 'Khlong Khut'], ['คลองบ้านโพธิ์', 'Khlong Ban Pho'], ['คลองประเวศ', 'Khlong Prawet']]],
  ['2406', 'พนมสารคาม', 'Phanom Sarakham', '24120', 8, [['เกาะขนุน', 'Ko Khanun'], ['บ้านซ่อง', 'Ban Song'], ['พนมสารคาม', 'Phanom Sarakham'], ['เมืองเก่า', 'Mueang Kao'], ['หนองยาว', 'Nong Yao']]],
  ['2407', 'ราชสาส์น', 'Ratchasan', '24120', 3, [['บางคา', 'Bang Kha'], ['เมืองใหม่', 'Mueang Mai'], ['ดงน้อย', 'Dong Noi']]],
  ['2408', 'สนามชัยเขต', 'Sanam Chai Khet', '24160', 4, [['คู้ยายหมี', 'Ku Yai Mi'], ['ท่ากระดาน', 'Tha Kradan'], ['ทุ่งพระยา', 'Thung Phraya'], ['ลาดกระทิง', 'Lat Krathing']]],
  ['2409', 'แปลงยาว', 'Plaeng Yao', '24190', 4, [['แปลงยาว', 'Plaeng Yao'], ['วังเย็น', 'Wang Yen'], ['หัวสำโรง', 'Hua Samrong'], ['หนองไม้แก่น', 'Nong Mai Kaen']]],
  ['2410', 'ท่าตะเกียบ', 'Tha Takiap', '24160', 2, [['ท่าตะเกียบ', 'Tha Takiap'], ['คลองตะเกรา', 'Khlong Takrao']]],
  ['2411', 'คลองเขื่อน', 'Khlong Khuean', '24000', 5, [['ก้อนแก้ว', 'Kon Kaeo'], ['คลองเขื่อน', 'Khlong Khuean'], ['บางเล่า', 'Bang Lao'], ['บางโรง', 'Bang Rong'], ['บางตลาด', 'Bang Talat', '24110']]],
  // 25 ปราจีนบุรี
  ['2501', 'เมืองปราจีนบุรี', 'Mueang Prachin Buri', '25000', 13, [['หน้าเมือง', 'Na Mueang'], ['รอบเมือง', 'Rop Mueang'], ['วัดโบสถ์', 'Wat Bot'], ['ท่างาม', 'Tha Ngam'], ['บ้านพระ', 'Ban Phra', '25230']]],
  ['2502', 'กบินทร์บุรี', 'Kabin Buri', '25110', 14, [['กบินทร์', 'Kabin'], ['เมืองเก่า', 'Mueang Kao', '25240'], ['วังดาล', 'Wang Dan'], ['นนทรี', 'Nonsi'], ['ย่านรี', 'Yan Ri']]],
  ['2503', 'นาดี', 'Na Di', '25220', 6, [['สะพานหิน', 'Saphan Hin'], ['นาดี', 'Na Di'], ['ทุ่งโพธิ์', 'Thung Pho'], ['แก่งดินสอ', 'Kaeng Din So']]],
  ['2506', 'บ้านสร้าง', 'Ban Sang', '25150', 9, [['บ้านสร้าง', 'Ban Sang'], ['บางเตย', 'Bang Toei'], ['บางยาง', 'Bang Yang'], ['บางพลวง', 'Bang Phluang'], ['บางปลาร้า', 'Bang Pla Ra']]],
  ['2507', 'ประจันตคาม', 'Prachantakham', '25130', 9, [['ประจันตคาม', 'Prachantakham'], ['เกาะลอย', 'Ko Loi'], ['บ้านหอย', 'Ban Hoi'], ['หนองแสง', 'Nong Saeng'], ['ดงบัง', 'Dong Bang']]],
  ['2508', 'ศรีมหาโพธิ', 'Si Maha Phot', '25140', 10, [['ศรีมหาโพธิ', 'Si Maha Phot'], ['บ้านทาม', 'Ban Tham'], ['ท่าตูม', 'Tha Tum'], ['บางกุ้ง', 'Bang Kung'], ['หนองโพรง', 'Nong Phrong']]],
  ['2509', 'ศรีมโหสถ', 'Si Mahosot', '25190', 4, [['คู้ลำพัน', 'Khu Lam Phan'], ['โคกไทย', 'Khok Thai'], ['ไผ่ชะเลือด', 'Phai Cha Lueat']]],
  // 26 นครนายก
  ['2601', 'เมืองนครนายก', 'Mueang Nakhon Nayok', '26000', 13, [['นครนายก', 'Nakhon Nayok'], ['ท่าช้าง', 'Tha Chang'], ['บ้านใหญ่', 'Ban Yai'], ['ท่าทราย', 'Tha Sai'], ['ดอนยอ', 'Don Yo']]],
  ['2602', 'ปากพลี', 'Pak Phli', '26130', 7, [['เกาะหวาย', 'Ko Wai'], ['เกาะโพธิ์', 'Ko Pho'], ['ปากพลี', 'Pak Phli'], ['โคกกรวด', 'Khok Kruat'], ['ท่าเรือ', 'Tha Ruea']]],
  ['2603', 'บ้านนา', 'Ban Na', '26110', 10, [['บ้านนา', 'Ban Na'], ['บ้านพร้าว', 'Ban Phrao'], ['บ้านพริก', 'Ban Phrik'], ['ทองหลาง', 'Thong Lang'], ['บางอ้อ', 'Bang O']]],
  ['2604', 'องครักษ์', 'Ongkharak', '26120', 11, [['บึงศาล', 'Bueng San'], ['โพธิ์แทน', 'Pho Thaen'], ['บางสมบูรณ์', 'Bang Sombun'], ['ทรายมูล', 'Sai Mun'], ['บางปลากด', 'Bang Pla Kot']]],
  // 27 สระแก้ว
  ['2701', 'เมืองสระแก้ว', 'Mueang Sa Kaeo', '27000', 8, [['สระแก้ว', 'Sa Kaeo'], ['บ้านแก้ง', 'Ban Kaeng'], ['ศาลาลำดวน', 'Sala Lamduan'], ['โคกปี่ฆ้อง', 'Khok Pi Khong'], ['ท่าแยก', 'Tha Yaek']]],
  ['2702', 'คลองหาด', 'Khlong Hat', '27260', 7, [['คลองหาด', 'Khlong Hat'], ['ไทยอุดม', 'Thai Udom'], ['ซับมะกรูด', 'Sap Makrut'], ['ไทรเดี่ยว', 'Sai Diao'], ['คลองไก่เถื่อน', 'Khlong Kai Thuean']]],
  ['2703', 'ตาพระยา', 'Ta Phraya', '27180', 5, [['ตาพระยา', 'Ta Phraya'], ['ทัพเสด็จ', 'Thap Sadet'], ['ทัพราช', 'Thap Rat'], ['ทัพไทย', 'Thap Thai'], ['โคคลาน', 'Kho Khlan']]],
  ['2704', 'วังน้ำเย็น', 'Wang Nam Yen', '27210', 4, [['วังน้ำเย็น', 'Wang Nam Yen'], ['ตาหลังใน', 'Ta Lang Nai'], ['คลองหินปูน', 'Khlong Hin Pun'], ['ทุ่งมหาเจริญ', 'Thung Maha Charoen']]],
  ['2705', 'วัฒนานคร', 'Watthana Nakhon', '27160', 11, [['หนองแวง', 'Nong Waeng'], ['วัฒนานคร', 'Watthana Nakhon'], ['ท่าเกวียน', 'Tha Kwian'], ['ผักขะ', 'Phak Kha'], ['โนนหมากเค็ง', 'Non Mak Kheng']]],
  ['2706', 'อรัญประเทศ', 'Aranyaprathet', '27120', 13, [['อรัญประเทศ', 'Aranyaprathet'], ['เมืองไผ่', 'Mueang Phai'], ['หันทราย', 'Han Sai'], ['คลองน้ำใส', 'Khlong Nam Sai'], ['ท่าข้าม', 'Tha Kham']]],
  ['2707', 'เขาฉกรรจ์', 'Khao Chakan', '27000', 4, [['เขาฉกรรจ์', 'Khao Chakan'], ['หนองหว้า', 'Nong Wa'], ['พระเพลิง', 'Phra Phloeng'], ['เขาสามสิบ', 'Khao Sam Sip']]],
  ['2708', 'โคกสูง', 'Khok Sung', '27120', 4, [['โคกสูง', 'Khok Sung'], ['หนองแวง', 'Nong Waeng', '27180'], ['หนองม่วง', 'Nong Muang', '27180'], ['โนนหมากมุ่น', 'Non Mak Mun']]],
  ['2709', 'วังสมบูรณ์', 'Wang Sombun', '27250', 3, [['วังสมบูรณ์', 'Wang Sombun'], ['วังใหม่', 'Wang Mai'], ['วังทอง', 'Wang Thong']]],
  // 30 นครราชสีมา
  ['3001', 'เมืองนครราชสีมา', 'Mueang Nakhon Ratchasima', '30000', 25, [['ในเมือง', 'Nai Mueang'], ['โพธิ์กลาง', 'Pho Klang'], ['โคกสูง', 'Khok Sung', '30310'], ['หนองระเวียง', 'Nong Rawiang'], ['หมื่นไวย', 'Muen Wai']]],
  ['3002', 'ครบุรี', 'Khon Buri', '30250', 12, [['บ้านใหม่', 'Ban Mai'], ['แชะ', 'Chae'], ['ครบุรี', 'Khon Buri'], ['จระเข้หิน', 'Chorakhe Hin'], ['มาบตะโกเอน', 'Map Tako En']]],
  ['3003', 'เสิงสาง', 'Soeng Sang', '30330', 6, [['เสิงสาง', 'Soeng Sang'], ['สระตะเคียน', 'Sa Takhian'], ['โนนสมบูรณ์', 'Non Sombun'], ['กุดโบสถ์', 'Kut Bot'], ['บ้านราษฎร์', 'Ban Lat']]],
  ['3004', 'คง', 'Khong', '30260', 10, [['เมืองคง', 'Mueang Khong'], ['คูขาด', 'Khu Khat'], ['ตาจั่น', 'Ta Chan'], ['บ้านปรางค์', 'Ban Prang'], ['หนองมะนาว', 'Nong Manao']]],
  ['3005', 'บ้านเหลื่อม', 'Ban Lueam', '30350', 4, [['บ้านเหลื่อม', 'Ban Lueam'], ['วังโพธิ์', 'Wang Pho'], ['โคกกระเบื้อง', 'Khok Krabueang'], ['ช่อระกา', 'Cho Raka']]],
  ['3006', 'จักราช', 'Chakkarat', '30230', 8, [['จักราช', 'Chakkarat'], ['ทองหลาง', 'Thong Lang'], ['สีสุก', 'Si Suk'], ['หนองขาม', 'Nong Kham'], ['หนองพลวง', 'Nong Phluang']]],
  ['3007', 'โชคชัย', 'Chok Chai', '30190', 10, [['พลับพลา', 'Phlapphla'], ['ท่าอ่าง', 'Tha Ang'], ['ท่าลาดขาว', 'Tha Lat Khao'], ['ท่าจะหลุง', 'Tha Chalung'], ['ท่าเยี่ยม', 'Tha Yiam']]],
  ['3008', 'ด่านขุนทด', 'Dan Khun Thot', '30210', 16, [['กุดพิมาน', 'Kut Phiman'], ['ด่านขุนทด', 'Dan Khun Thot'], ['ด่านนอก', 'Dan Nok'], ['ด่านใน', 'Dan Nai'], ['ตะเคียน', 'Takhian']]],
  ['3009', 'โนนไทย', 'Non Thai', '30220', 10, [['โนนไทย', 'Non Thai'], ['ด่านจาก', 'Dan Chak'], ['สำโรง', 'Samrong'], ['ค้างพลู', 'Khang Phu'], ['บ้านวัง', 'Ban Wang']]],
  ['3010', 'โนนสูง', 'Non Sung', '30160', 16, [['มะค่า', 'Makha'], ['โนนสูง', 'Non Sung'], ['ใหม่', 'Mai'], ['โตนด', 'Tanot'], ['ดอนชมพู', 'Don Chomphu']]],
  ['3011', 'ขามสะแกแสง', 'Kham Sakaesaeng', '30290', 7, [['ขามสะแกแสง', 'Kham Sakaesaeng'], ['โนนเมือง', 'Non Mueang'], ['เมืองนาท', 'Mueang Nat'], ['เมืองเกษตร', 'Mueang Kaset']]],
  ['3012', 'บัวใหญ่', 'Bua Yai', '30120', 10, [['บัวใหญ่', 'Bua Yai'], ['ห้วยยาง', 'Huai Yang'], ['หนองบัวสะอาด', 'Nong Bua Sa-at'], ['โนนทองหลาง', 'Non Thonglang'], ['กุดจอก', 'Kut Chok']]],
  ['3013', 'ประทาย', 'Prathai', '30180', 13, [['หนองพลวง', 'Nong Phluang'], ['ประทาย', 'Prathai'], ['กระทุ่มราย', 'Krathum Rai'], ['วังไม้แดง', 'Wang Mai Daeng'], ['ตลาดไทร', 'Talat Sai']]],
  ['3014', 'ปักธงชัย', 'Pak Thong Chai', '30150', 16, [['สำโรง', 'Samrong'], ['เมืองปัก', 'Mueang Pak'], ['โคกไทย', 'Khok Thai'], ['นกออก', 'Nok Ok'], ['ดอน', 'Don']]],
  ['3015', 'พิมาย', 'Phimai', '30110', 12, [['ในเมือง', 'Nai Mueang'], ['หนองระเวียง', 'Nong Rawiang'], ['โบสถ์', 'Bot'], ['กระเบื้องใหญ่', 'Krabueang Yai'], ['ท่าหลวง', 'Tha Luang']]],
  ['3016', 'ห้วยแถลง', 'Huai Thalaeng', '30240', 10, [['หินดาด', 'Hin Dat'], ['งิ้ว', 'Ngio'], ['ห้วยแถลง', 'Huai Thalaeng'], ['ทับสวาย', 'Thap Sawai'], ['เมืองพลับพลา', 'Mueang Phlapphla']]],
  ['3017', 'ชุมพวง', 'Chum Phuang', '30270', 9, [['ตลาดไทร', 'Talat Sai'], ['ชุมพวง', 'Chum Phuang'], ['ท่าลาด', 'Tha Lat'], ['โนนรัง', 'Non Rang'], ['หนองหลัก', 'Nong Lak']]],
  ['3018', 'สูงเนิน', 'Sung Noen', '30170', 11, [['สูงเนิน', 'Sung Noen'], ['บุ่งขี้เหล็ก', 'Bung Khilek'], ['โนนค่า', 'Non Kha'], ['โค้งยาง', 'Khong Yang'], ['นากลาง', 'Na Klang', '30380']]],
  ['3019', 'ขามทะเลสอ', 'Kham Thale So', '30280', 5, [['ขามทะเลสอ', 'Kham Thale So'], ['โป่งแดง', 'Pong Daeng'], ['พันดุง', 'Phan Dung'], ['หนองสรวง', 'Nong Suang'], ['บึงอ้อ', 'Bueng O']]],
  ['3020', 'สีคิ้ว', 'Sikhio', '30140', 12, [['สีคิ้ว', 'Sikhio'], ['บ้านหัน', 'Ban Han'], ['กฤษณา', 'Kritsana'], ['ลาดบัวขาว', 'Lat Bua Khao', '30340'], ['หนองหญ้าขาว', 'Nong Ya Khao']]],
  ['3021', 'ปากช่อง', 'Pak Chong', '30130', 12, [['ปากช่อง', 'Pak Chong'], ['กลางดง', 'Klang Dong', '30320'], ['หมูสี', 'Mu Si'], ['หนองสาหร่าย', 'Nong Salai'], ['ขนงพระ', 'Khanong Phra']]],
  ['3022', 'หนองบุญมาก', 'Nong Bun Mak', '30410', 9, [['บ้านใหม่', 'Ban Mai'], ['หนองตะไก้', 'Nong Takai'], ['สารภี', 'Saraphi'], ['ไทยเจริญ', 'Thai Charoen'], ['หนองหัวแรต', 'Nong Hua Raet']]],
  ['3023', 'แก้งสนามนาง', 'Kaeng Sanam Nang', '30440', 5, [['สีสุก', 'Si Suk'], ['แก้งสนามนาง', 'Kaeng Sanam Nang'], ['โนนสำราญ', 'Non Samran'], ['บึงสำโรง', 'Bueng Samrong']]],
  ['3024', 'โนนแดง', 'Non Daeng', '30360', 5, [['โนนแดง', 'Non Daeng'], ['วังหิน', 'Wang Hin'], ['ดอนยาวใหญ่', 'Don Yao Yai']]],
  ['3025', 'วังน้ำเขียว', 'Wang Nam Khiao', '30370', 5, [['วังน้ำเขียว', 'Wang Nam Khiao'], ['วังหมี', 'Wang Mi'], ['อุดมทรัพย์', 'Udom Sap'], ['ไทยสามัคคี', 'Thai Samakkhi']]],
  ['3026', 'เทพารักษ์', 'Thepharak', '30210', 4, [['หนองแวง', 'Nong Waeng'], ['บึงปรือ', 'Bueng Prue'], ['วังยายทอง', 'Wang Yai Thong']]],
  ['3027', 'เมืองยาง', 'Mueang Yang', '30270', 4, [['กระเบื้องนอก', 'Krabueang Nok'], ['เมืองยาง', 'Mueang Yang'], ['ละหานปลาค้าว', 'Lahan Pla Khao'], ['โนนอุดม', 'Non Udom']]],
  ['3028', 'พระทองคำ', 'Phra Thong Kham', '30220', 5, [['พังเทียม', 'Phang Thiam'], ['สระพระ', 'Sa Phra'], ['ทัพรั้ง', 'Thap Rang'], ['หนองหอย', 'Nong Hoi']]],
  ['3029', 'ลำทะเมนชัย', 'Lam Thamenchai', '30270', 4, [['ช่องแมว', 'Chong Maeo'], ['ขุย', 'Khui'], ['บ้านยาง', 'Ban Yang'], ['ไพล', 'Phlai']]],
  ['3030', 'บัวลาย', 'Bua Lai', '30120', 4, [['หนองหว้า', 'Nong Wa'], ['บัวลาย', 'Bua Lai'], ['โนนจาน', 'Non Chan']]],
  ['3031', 'สีดา', 'Sida', '30430', 5, [['สีดา', 'Sida'], ['โพนทอง', 'Phon Thong'], ['สามเมือง', 'Sam Mueang']]],
  ['3032', 'เฉลิมพระเกียรติ', 'Chaloem Phra Kiat', '30230', 5, [['ท่าช้าง', 'Tha Chang'], ['หนองงูเหลือม', 'Nong Ngu Lueam', '30000'], ['หนองยาง', 'Nong Yang'], ['พระพุทธ', 'Phra Phut'], ['ช้างทอง', 'Chang Thong']]],
  // 31 บุรีรัมย์
  ['3101', 'เมืองบุรีรัมย์', 'Mueang Buri Ram', '31000', 19, [['ในเมือง', 'Nai Mueang'], ['เสม็ด', 'Samet'], ['บ้านบัว', 'Ban Bua'], ['สะแกโพรง', 'Sakae Phrong'], ['สวายจีก', 'Sawai Chik']]],
  ['3102', 'คูเมือง', 'Khu Mueang', '31190', 7, [['คูเมือง', 'Khu Mueang'], ['บ้านแพ', 'Ban Phae'], ['พรสำราญ', 'Phon Samran'], ['หินเหล็กไฟ', 'Hin Lek Fai'], ['ตูมใหญ่', 'Tum Yai']]],
  ['3103', 'กระสัง', 'Krasang', '31160', 11, [['กระสัง', 'Krasang'], ['ลำดวน', 'Lamduan'], ['สองชั้น', 'Song Chan'], ['สูงเนิน', 'Sung Noen'], ['เมืองไผ่', 'Mueang Phai']]],
  ['3104', 'นางรอง', 'Nang Rong', '31110', 15, [['ชุมแสง', 'Chum Saeng'], ['นางรอง', 'Nang Rong'], ['สะเดา', 'Sadao'], ['หนองโบสถ์', 'Nong Bot'], ['หนองกง', 'Nong Kong']]],
  ['3105', 'หนองกี่', 'Nong Ki', '31210', 10, [['เมืองไผ่', 'Mueang Phai'], ['หนองกี่', 'Nong Ki'], ['โคกสว่าง', 'Khok Sawang'], ['ท่าโพธิ์ชัย', 'Tha Pho Chai'], ['โคกสูง', 'Khok Sung']]],
  ['3106', 'ละหานทราย', 'Lahan Sai', '31170', 6, [['ละหานทราย', 'Lahan Sai'], ['ตาจง', 'Ta Chong'], ['สำโรงใหม่', 'Samrong Mai'], ['หนองแวง', 'Nong Waeng'], ['โคกว่าน', 'Khok Wan']]],
  ['3107', 'ประโคนชัย', 'Prakhon Chai', '31140', 16, [['ประโคนชัย', 'Prakhon Chai'], ['แสลงโทน', 'Salaeng Thon'], ['บ้านไทร', 'Ban Sai'], ['จรเข้มาก', 'Chon Khe Mak'], ['ปังกู', 'Pang Ku']]],
  ['3108', 'บ้านกรวด', 'Ban Kruat', '31180', 9, [['ปราสาท', 'Prasat'], ['บ้านกรวด', 'Ban Kruat'], ['โนนเจริญ', 'Non Charoen'], ['หนองไม้งาม', 'Nong Mai Ngam'], ['สายตะกู', 'Sai Taku']]],
  ['3109', 'พุทไธสง', 'Phutthaisong', '31120', 7, [['บ้านยาง', 'Ban Yang'], ['พุทไธสง', 'Phutthaisong'], ['มะเฟือง', 'Mafueang'], ['บ้านจาน', 'Ban Chan'], ['บ้านเป้า', 'Ban Pao']]],
  ['3110', 'ลำปลายมาศ', 'Lam Plai Mat', '31130', 16, [['บ้านยาง', 'Ban Yang'], ['ลำปลายมาศ', 'Lam Plai Mat'], ['หนองคู', 'Nong Khu'], ['แสลงพัน', 'Salaeng Phan'], ['ตลาดโพธิ์', 'Talat Pho']]],
  ['3111', 'สตึก', 'Satuek', '31150', 12, [['กระสัง', 'Krasang'], ['ชุมแสง', 'Chum Saeng'], ['สตึก', 'Satuek'], ['นิคม', 'Nikhom'], ['ทุ่งวัง', 'Thung Wang']]],
  ['3112', 'ปะคำ', 'Pakham', '31220', 5, [['ไทยเจริญ', 'Thai Charoen'], ['ปะคำ', 'Pakham'], ['หนองบัว', 'Nong Bua'], ['โคกมะม่วง', 'Khok Mamuang'], ['หูทำนบ', 'Hu Thamnop']]],
  ['3113', 'นาโพธิ์', 'Na Pho', '31230', 5, [['นาโพธิ์', 'Na Pho'], ['บ้านคู', 'Ban Khu'], ['บ้านดู่', 'Ban Du'], ['ดอนกอก', 'Don Kok'], ['ศรีสว่าง', 'Si Sawang']]],
  ['3114', 'หนองหงส์', 'Nong Hong', '31240', 7, [['ไทยสามัคคี', 'Thai Samakkhi'], ['ห้วยหิน', 'Huai Hin'], ['สระแก้ว', 'Sa Kaeo'], ['หนองชัยศรี', 'Nong Chai Si'], ['เสาเดียว', 'Sao Diao']]],
  ['3115', 'พลับพลาชัย', 'Phlapphla Chai', '31250', 5, [['สะเดา', 'Sadao'], ['โคกขมิ้น', 'Khok Khamin'], ['ป่าชัน', 'Pa Chan'], ['สำโรง', 'Samrong']]],
  ['3116', 'ห้วยราช', 'Huai Rat', '31000', 8, [['ห้วยราช', 'Huai Rat'], ['สามแวง', 'Sam Waeng'], ['ตาเสา', 'Ta Sao'], ['บ้านตะโก', 'Ban Tako'], ['โคกเหล็ก', 'Khok Lek']]],
  ['3117', 'โนนสุวรรณ', 'Non Suwan', '31110', 4, [['ทุ่งจังหัน', 'Thung Changhan'], ['โนนสุวรรณ', 'Non Suwan'], ['ดงอีจาน', 'Dong I Chan'], ['โกรกแก้ว', 'Krok Kaeo']]],
  ['3118', 'ชำนิ', 'Chamni', '31110', 6, [['ชำนิ', 'Chamni'], ['หนองปล่อง', 'Nong Plong'], ['เมืองยาง', 'Mueang Yang']]],
  ['3119', 'บ้านใหม่ไชยพจน์', 'Ban Mai Chaiyaphot', '31120', 5, [['หนองแวง', 'Nong Waeng'], ['ทองหลาง', 'Thong Lang'], ['กู่สวนแตง', 'Ku Suan Taeng'], ['แดงใหญ่', 'Daeng Yai']]],
  ['3120', 'โนนดินแดง', 'Non Din Daeng', '31260', 3, [['โนนดินแดง', 'Non Din Daeng'], ['ลำนางรอง', 'Lam Nang Rong'], ['ส้มป่อย', 'Sam Poi']]],
  ['3121', 'บ้านด่าน', 'Ban Dan', '31000', 4, [['บ้านด่าน', 'Ban Dan'], ['ปราสาท', 'Prasat'], ['โนนขวาง', 'Non Khwang'], ['วังเหนือ', 'Wang Nuea']]],
  ['3122', 'แคนดง', 'Khaen Dong', '31150', 4, [['แคนดง', 'Khaen Dong'], ['สระบัว', 'Sa Bua'], ['หัวฝาย', 'Hua Fai']]],
  ['3123', 'เฉลิมพระเกียรติ', 'Chaloem Phra Kiat', '31110', 5, [['ตาเป๊ก', 'Ta Pek'], ['เจริญสุข', 'Charoen Suk'], ['อีสานเขต', 'Isan Khet'], ['ถาวร', 'Thawon', '31170'], ['ยายแย้มวัฒนา', 'Yai Yaem Watthana', '31170']]],
  // 32 สุรินทร์
  ['3201', 'เมืองสุรินทร์', 'Mueang Surin', '32000', 21, [['ในเมือง', 'Nai Mueang'], ['ตั้งใจ', 'Tang Chai'], ['เพี้ยราม', 'Pia Ram'], ['นาดี', 'Na Di'], ['ท่าสว่าง', 'Tha Sawang']]],
  ['3202', 'ชุมพลบุรี', 'Chumphon Buri', '32190', 9, [['ชุมพลบุรี', 'Chumphon Buri'], ['นาหนองไผ่', 'Na Nong Phai'], ['ไพรขลา', 'Phrai Khla'], ['ศรีณรงค์', 'Si Narong'], ['เมืองบัว', 'Mueang Bua']]],
  ['3203', 'ท่าตูม', 'Tha Tum', '32120', 10, [['ท่าตูม', 'Tha Tum'], ['พรมเทพ', 'Phrom Thep'], ['โพนครก', 'Phon Khrok'], ['เมืองแก', 'Mueang Kae'], ['บะ', 'Ba']]],
  ['3204', 'จอมพระ', 'Chom Phra', '32180', 9, [['จอมพระ', 'Chom Phra'], ['เมืองลีง', 'Mueang Ling'], ['บ้านผือ', 'Ban Phue'], ['ชุมแสง', 'Chum Saeng']]],
  ['3205', 'ปราสาท', 'Prasat', '32140', 18, [['กังแอน', 'Kang Aen'], ['ไพล', 'Phlai'], ['ปรือ', 'Prue'], ['ทุ่งมน', 'Thung Mon'], ['หนองใหญ่', 'Nong Yai']]],
  ['3206', 'กาบเชิง', 'Kap Choeng', '32210', 6, [['ด่าน', 'Dan'], ['คูตัน', 'Khu Tan'], ['กาบเชิง', 'Kap Choeng'], ['โคกตะเคียน', 'Khok Takhian'], ['ตะเคียน', 'Takhian']]],
  ['3207', 'รัตนบุรี', 'Rattanaburi', '32130', 12, [['รัตนบุรี', 'Rattanaburi'], ['ธาตุ', 'That'], ['แก', 'Kae'], ['ดอนแรด', 'Don Raet'], ['หนองบัวทอง', 'Nong Bua Thong']]],
  ['3208', 'สนม', 'Sanom', '32160', 7, [['สนม', 'Sanom'], ['นานวน', 'Na Nuan'], ['โพนโก', 'Phon Ko'], ['แคน', 'Khaen'], ['หัวงัว', 'Hua Ngua']]],
  ['3209', 'ศีขรภูมิ', 'Sikhoraphum', '32110', 15, [['หนองบัว', 'Nong Bua'], ['ยาง', 'Yang'], ['หนองเหล็ก', 'Nong Lek'], ['หนองขวาว', 'Nong Khwao'], ['ช่างปี่', 'Chang Pi']]],
  ['3210', 'สังขะ', 'Sangkha', '32150', 12, [['สังขะ', 'Sangkha'], ['ดม', 'Dom'], ['พระแก้ว', 'Phra Kaeo'], ['บ้านจารย์', 'Ban Chan'], ['ตาตุม', 'Ta Tum']]],
  ['3211', 'ลำดวน', 'Lamduan', '32220', 5, [['ลำดวน', 'Lamduan'], ['โชคเหนือ', 'Chok Nuea'], ['อู่โลก', 'U Lok'], ['ตรำดม', 'Tram Dom'], ['ตระเปียงเตีย', 'Trapiang Tia']]],
  ['3212', 'สำโรงทาบ', 'Samrong Thap', '32170', 10, [['ศรีสุข', 'Si Suk'], ['สำโรงทาบ', 'Samrong Thap'], ['หนองไผ่ล้อม', 'Nong Phai Lom'], ['กระออม', 'Kra-om'], ['หนองฮะ', 'Nong Ha']]],
  ['3213', 'บัวเชด', 'Buachet', '32230', 6, [['บัวเชด', 'Buachet'], ['สะเดา', 'Sadao'], ['ตาวัง', 'Ta Wang'], ['อาโพน', 'A Phon']]],
  ['3214', 'พนมดงรัก', 'Phanom Dong Rak', '32140', 4, [['โคกกลาง', 'Khok Klang'], ['บักได', 'Bak Dai'], ['ตาเมียง', 'Ta Miang'], ['จีกแดก', 'Chik Daek']]],
  ['3215', 'ศรีณรงค์', 'Si Narong', '32150', 5, [['ณรงค์', 'Narong'], ['ศรีสุข', 'Si Suk'], ['หนองแวง', 'Nong Waeng']]],
  ['3216', 'เขวาสินรินทร์', 'Khwao Sinarin', '32000', 5, [['บึง', 'Bueng'], ['บ้านแร่', 'Ban Rae'], ['ปราสาททอง', 'Prasat Thong']]],
  ['3217', 'โนนนารายณ์', 'Non Narai', '32130', 5, [['หนองหลวง', 'Nong Luang'], ['หนองเทพ', 'Nong Thep'], ['โนน', 'Non'], ['ระเวียง', 'Rawiang'], ['คำผง', 'Kham Phong']]],
  // 33 ศรีสะเกษ
  ['3301', 'เมืองศรีสะเกษ', 'Mueang Si Sa Ket', '33000', 18, [['เมืองเหนือ', 'Mueang Nuea'], ['เมืองใต้', 'Mueang Tai'], ['คูซอด', 'Khu Sot'], ['ซำ', 'Sam'], ['จาน', 'Chan']]],
  ['3302', 'ยางชุมน้อย', 'Yang Chum Noi', '33190', 7, [['คอนกาม', 'Khon Kam'], ['ยางชุมน้อย', 'Yang Chum Noi'], ['ลิ้นฟ้า', 'Lin Fa'], ['โนนคูณ', 'Non Khun'], ['กุดเมืองฮาม', 'Kut Mueang Ham']]],
  ['3303', 'กันทรารมย์', 'Kanthararom', '33130', 16, [['จาน', 'Chan'], ['หนองแก้ว', 'Nong Kaeo'], ['ดูน', 'Dun'], ['โนนสัง', 'Non Sang'], ['หนองหัวช้าง', 'Nong Hua Chang']]],
  ['3304', 'กันทรลักษ์', 'Kantharalak', '33110', 20, [['เมือง', 'Mueang'], ['สังเม็ก', 'Sang Mek'], ['น้ำอ้อม', 'Nam Om'], ['รุง', 'Rung'], ['จานใหญ่', 'Chan Yai']]],
  ['3305', 'ขุขันธ์', 'Khukhan', '33140', 22, [['กันทรารมย์', 'Kanthararom'], ['ใจดี', 'Chai Di'], ['โสน', 'Sano'], ['ปรือใหญ่', 'Prue Yai'], ['สะเดาใหญ่', 'Sadao Yai']]],
  ['3306', 'ไพรบึง', 'Phrai Bueng', '33180', 6, [['ไพรบึง', 'Phrai Bueng'], ['ดินแดง', 'Din Daeng'], ['สุขสวัสดิ์', 'Suk Sawat'], ['โนนปูน', 'Non Pun']]],
  ['3307', 'ปรางค์กู่', 'Prang Ku', '33170', 10, [['ดู่', 'Du'], ['ตูม', 'Tum'], ['พิมาย', 'Phimai'], ['กู่', 'Ku'], ['หนองเชียงทูน', 'Nong Chiang Thun']]],
  ['3308', 'ขุนหาญ', 'Khun Han', '33150', 12, [['สิ', 'Si'], ['บักดอง', 'Bak Dong'], ['พราน', 'Phran'], ['โพธิ์วงศ์', 'Pho Wong'], ['ไพร', 'Phrai']]],
  ['3309', 'ราษีไศล', 'Rasi Salai', '33160', 13, [['ดู่', 'Du'], ['เมืองคง', 'Mueang Khong'], ['เมืองแคน', 'Mueang Khaen'], ['หนองแค', 'Nong Khae'], ['จิกสังข์ทอง', 'Chik Sang Thong']]],
  ['3310', 'อุทุมพรพิสัย', 'Uthumphon Phisai', '33120', 19, [['หนองไฮ', 'Nong Hai'], ['กำแพง', 'Kamphaeng'], ['ก้านเหลือง', 'Kan Lueang'], ['ทุ่งไชย', 'Thung Chai'], ['สำโรง', 'Samrong']]],
  ['3311', 'บึงบูรพ์', 'Bueng Bun', '33220', 2, [['เป๊าะ', 'Po'], ['บึงบูรพ์', 'Bueng Bun']]],
  ['3312', 'ห้วยทับทัน', 'Huai Thap Than', '33210', 6, [['ปราสาท', 'Prasat'], ['ผักไหม', 'Phak Mai'], ['กล้วยกว้าง', 'Kluai Kwang'], ['ห้วยทับทัน', 'Huai Thap Than'], ['เมืองหลวง', 'Mueang Luang']]],
  ['3313', 'โนนคูณ', 'Non Khun', '33250', 5, [['โพธิ์', 'Pho'], ['หนองกุง', 'Nong Kung'], ['บก', 'Bok'], ['โนนค้อ', 'Non Kho'], ['เหล่ากวาง', 'Lao Kwang']]],
  ['3314', 'ศรีรัตนะ', 'Si Rattana', '33240', 7, [['สระเยาว์', 'Sa Yao'], ['ศรีแก้ว', 'Si Kaeo'], ['ตูม', 'Tum'], ['สะพุง', 'Saphung']]],
  ['3315', 'น้ำเกลี้ยง', 'Nam Kliang', '33130', 6, [['ละเอาะ', 'La-o'], ['น้ำเกลี้ยง', 'Nam Kliang'], ['เขิน', 'Khoen'], ['ตองปิด', 'Tong Pit'], ['รุ่งระวี', 'Rung Rawi']]],
  ['3316', 'วังหิน', 'Wang Hin', '33270', 8, [['ธาตุ', 'That'], ['บุสูง', 'Bu Sung'], ['ดวนใหญ่', 'Duan Yai'], ['บ่อแก้ว', 'Bo Kaeo'], ['ศรีสำราญ', 'Si Samran']]],
  ['3317', 'ภูสิงห์', 'Phu Sing', '33140', 7, [['โคกตาล', 'Khok Tan'], ['ห้วยตามอญ', 'Huai Ta Mon'], ['ตะเคียนราม', 'Takian Ram'], ['ดงรัก', 'Dong Rak'], ['ไพรพัฒนา', 'Phrai Phatthana']]],
  ['3318', 'เมืองจันทร์', 'Mueang Chan', '33120', 3, [['ตาโกน', 'Ta Kon'], ['เมืองจันทร์', 'Mueang Chan'], ['หนองใหญ่', 'Nong Yai']]],
  ['3319', 'เบญจลักษ์', 'Benchalak', '33110', 5, [['หนองหว้า', 'Nong Wa'], ['เสียว', 'Siao'], ['หนองงูเหลือม', 'Nong Ngu Lueam'], ['ท่าคล้อ', 'Tha Khlo'], ['หนองฮาง', 'Nong Hang']]],
  ['3320', 'พยุห์', 'Phayu', '33230', 5, [['โนนเพ็ก', 'Nong Phek'], ['พรหมสวัสดิ์', 'Phrom Sawat'], ['พยุห์', 'Phayu'], ['หนองค้า', 'Nong Kha']]],
  ['3321', 'โพธิ์ศรีสุวรรณ', 'Pho Si Suwan', '33120', 5, [['เสียว', 'Siao'], ['หนองม้า', 'Nong Ma'], ['ผือใหญ่', 'Phue Yai'], ['อีเซ', 'I Se']]],
  ['3322', 'ศิลาลาด', 'Sila Lat', '33160', 4, [['กุง', 'Kung'], ['โจดม่วง', 'Chot Muang'], ['หนองบัวดง', 'Nong Bua Dong']]],
  // 34 อุบลราชธานี
  ['3401', 'เมืองอุบลราชธานี', 'Mueang Ubon Ratchathani', '34000', 12, [['ในเมือง', 'Nai Mueang'], ['หัวเรือ', 'Hua Ruea'], ['หนองขอน', 'Nong Khon'], ['ปทุม', 'Pathum'], ['ขามใหญ่', 'Kham Yai']]],
  ['3402', 'ศรีเมืองใหม่', 'Si Mueang Mai', '34250', 11, [['นาคำ', 'Na Kham'], ['แก้งกอก', 'Kaeng Kok'], ['วาริน', 'Warin'], ['ลาดควาย', 'Lat Khwai'], ['สงยาง', 'Song Yang']]],
  ['3403', 'โขงเจียม', 'Khong Chiam', '34220', 5, [['โขงเจียม', 'Khong Chiam'], ['ห้วยยาง', 'Huai Yang'], ['นาโพธิ์กลาง', 'Na Pho Klang'], ['หนองแสงใหญ่', 'Nong Saeng Yai'], ['ห้วยไผ่', 'Huai Phai']]],
  ['3404', 'เขื่องใน', 'Khueang Nai', '34150', 18, [['เขื่องใน', 'Khueang Nai'], ['สร้างถ่อ', 'Sang Tho'], ['ค้อทอง', 'Kho Thong'], ['หัวดอน', 'Hua Don'], ['ชีทวน', 'Chi Thuan']]],
  ['3405', 'เขมราฐ', 'Khemarat', '34170', 9, [['เขมราฐ', 'Khemarat'], ['ขามป้อม', 'Kham Pom'], ['หนองผือ', 'Nong Phue'], ['นาแวง', 'Na Waeng'], ['แก้งเหนือ', 'Kaeng Nuea']]],
  ['3407', 'เดชอุดม', 'Det Udom', '34160', 16, [['เมืองเดช', 'Mueang Det'], ['นาส่วง', 'Na Suang'], ['นาเจริญ', 'Na Charoen'], ['ทุ่งเทิง', 'Thung Thoeng'], ['สมสะอาด', 'Som Sa-at']]],
  ['3408', 'นาจะหลวย', 'Na Chaluai', '34280', 6, [['โนนสมบูรณ์', 'Non Sombun'], ['นาจะหลวย', 'Na Chaluai'], ['พรสวรรค์', 'Phon Sawan'], ['บ้านตูม', 'Ban Tum'], ['โสกแสง', 'Sok Saeng']]],
  ['3409', 'น้ำยืน', 'Nam Yuen', '34260', 7, [['โซง', 'Song'], ['ยาง', 'Yang'], ['บุเปือย', 'Bu Pueai'], ['สีวิเชียร', 'Si Wichian'], ['ยางใหญ่', 'Yang Yai']]],
  ['3410', 'บุณฑริก', 'Buntharik', '34230', 8, [['บัวงาม', 'Bua Ngam'], ['โพนงาม', 'Phon Ngam'], ['ห้วยข่า', 'Huai Kha'], ['คอแลน', 'Kho Laen'], ['นาโพธิ์', 'Na Pho']]],
  ['3411', 'ตระการพืชผล', 'Trakan Phuet Phon', '34130', 23, [['เกษม', 'Kasem'], ['ขามเปี้ย', 'Kham Pia'], ['คอนสาย', 'Khon Sai'], ['โคกจาน', 'Khok Chan'], ['นาสะไม', 'Na Samai']]],
  ['3412', 'กุดข้าวปุ้น', 'Kut Khaopun', '34270', 5, [['ข้าวปุ้น', 'Khao Pun'], ['โนนสวาง', 'Non Sawang'], ['แก่งเค็ง', 'Kaeng Kheng'], ['หนองทันน้ำ', 'Nong Than Nam']]],
  ['3414', 'ม่วงสามสิบ', 'Muang Sam Sip', '34140', 14, [['หนองเหล่า', 'Nong Lao'], ['ม่วงสามสิบ', 'Muang Sam Sip'], ['เหล่าบก', 'Lao Bok'], ['หนองช้างใหญ่', 'Nong Chang Yai'], ['หนองเมือง', 'Nong Mueang']]],
  ['3415', 'วารินชำราบ', 'Warin Chamrap', '34190', 16, [['วารินชำราบ', 'Warin Chamrap'], ['ธาตุ', 'That'], ['ท่าลาด', 'Tha Lat', '34310'], ['โนนโหนน', 'Non Non'], ['คูเมือง', 'Khu Mueang']]],
  ['3419', 'พิบูลมังสาหาร', 'Phibun Mangsahan', '34110', 14, [['นาโพธิ์', 'Na Pho'], ['พิบูล', 'Phibun'], ['กุดชมภู', 'Kut Chomphu'], ['ดอนจิก', 'Don Chik'], ['ทรายมูล', 'Sai Mun']]],
  ['3420', 'ตาลสุม', 'Tan Sum', '34330', 6, [['สำโรง', 'Samrong'], ['ตาลสุม', 'Tan Sum'], ['จิกเทิง', 'Chik Thoeng'], ['หนองกุง', 'Nong Kung'], ['นาคาย', 'Na Khai']]],
  ['3421', 'โพธิ์ไทร', 'Pho Sai', '34340', 6, [['สำโรง', 'Samrong'], ['โพธิ์ไทร', 'Pho Sai'], ['ม่วงใหญ่', 'Muang Yai'], ['สองคอน', 'Song Khon'], ['สารภี', 'Saraphi']]],
  ['3422', 'สำโรง', 'Samrong', '34360', 9, [['ขามป้อม', 'Kham Pom'], ['โนนกาเล็น', 'Non Ka Len'], ['ค้อน้อย', 'Kho Noi'], ['หนองไฮ', 'Nong Hai'], ['สำโรง', 'Samrong']]],
  ['3424', 'ดอนมดแดง', 'Don Mot Daeng', '34000', 4, [['ดอนมดแดง', 'Don Mot Daeng'], ['คำไฮใหญ่', 'Kham Hai Yai'], ['เหล่าแดง', 'Lao Daeng']]],
  ['3425', 'สิรินธร', 'Sirindhorn', '34350', 6, [['คำเขื่อนแก้ว', 'Kham Khuean Kaeo'], ['คันไร่', 'Khan Rai'], ['ฝางคำ', 'Fang Kham'], ['ช่องเม็ก', 'Chong Mek'], ['โนนก่อ', 'Non Ko']]],
  ['3426', 'ทุ่งศรีอุดม', 'Thung Si Udom', '34160', 5, [['หนองอ้ม', 'Nong Om'], ['นาเกษม', 'Na Kasem'], ['กุดเรือ', 'Kut Ruea'], ['นาห่อม', 'Na Hom']]],
  ['3429', 'นาเยีย', 'Na Yia', '34160', 3, [['นาเยีย', 'Na Yia'], ['นาเรือง', 'Na Rueang'], ['นาดี', 'Na Di']]],
  ['3430', 'นาตาล', 'Na Tan', '34170', 4, [['กองโพน', 'Kong Phon'], ['พังเคน', 'Phang Khen'], ['นาตาล', 'Na Tan']]],
  ['3431', 'เหล่าเสือโก้ก', 'Lao Suea Kok', '34000', 4, [['โพนเมือง', 'Phon Mueang'], ['เหล่าเสือโก้ก', 'Lao Suea Kok'], ['หนองบก', 'Nong Bok'], ['แพงใหญ่', 'Phaeng Yai']]],
  ['3432', 'สว่างวีระวงศ์', 'Sawang Wirawong', '34190', 4, [['ท่าช้าง', 'Tha Chang'], ['สว่าง', 'Sawang'], ['แก่งโดม', 'Kaeng Dom']]],
  ['3433', 'น้ำขุ่น', 'Nam Khun', '34260', 4, [['ขี้เหล็ก', 'Khilek'], ['ตาเกา', 'Ta Kao'], ['โคกสะอาด', 'Khok Sa-at']]],
  // 35 ยโสธร
  ['3501', 'เมืองยโสธร', 'Mueang Yasothon', '35000', 18, [['ในเมือง', 'Nai Mueang'], ['น้ำคำใหญ่', 'Nam Kham Yai'], ['ตาดทอง', 'Tat Thong'], ['สำราญ', 'Samran'], ['ค้อเหนือ', 'Kho Nuea']]],
  ['3502', 'ทรายมูล', 'Sai Mun', '35170', 5, [['นาเวียง', 'Na Wiang'], ['ดงมะไฟ', 'Dong Mafai'], ['ทรายมูล', 'Sai Mun'], ['ดู่ลาด', 'Du Lat'], ['ไผ่', 'Phai']]],
  ['3503', 'กุดชุม', 'Kut Chum', '35140', 9, [['กุดชุม', 'Kut Chum'], ['โนนเปือย', 'Non Pueai'], ['นาโส่', 'Na So'], ['ห้วยแก้ง', 'Huai Kaeng'], ['หนองหมี', 'Nong Mi']]],
  ['3504', 'คำเขื่อนแก้ว', 'Kham Khuean Kaeo', '35110', 13, [['ย่อ', 'Yo'], ['สงเปือย', 'Song Pueai'], ['โพนทัน', 'Phon Than'], ['ทุ่งมน', 'Thung Mon'], ['นาคำ', 'Na Kham', '35180']]],
  ['3505', 'ป่าติ้ว', 'Pa Tio', '35150', 5, [['โพธิ์ไทร', 'Pho Sai'], ['โคกนาโก', 'Khok Na Ko'], ['เชียงเพ็ง', 'Chiang Pheng'], ['ศรีฐาน', 'Si Than']]],
  ['3506', 'มหาชนะชัย', 'Maha Chana Chai', '35130', 10, [['ฟ้าหยาด', 'Fa Yat'], ['หัวเมือง', 'Hua Mueang'], ['คูเมือง', 'Khu Mueang'], ['ผือฮี', 'Phue Hi'], ['บากเรือ', 'Bak Ruea']]],
  ['3507', 'ค้อวัง', 'Kho Wang', '35160', 4, [['ค้อวัง', 'Kho Wang'], ['น้ำอ้อม', 'Nam Om'], ['กุดน้ำใส', 'Kut Nam Sai']]],
  ['3508', 'เลิงนกทา', 'Loeng Nok Tha', '35120', 10, [['บุ่งค้า', 'Bung Kha'], ['สวาท', 'Sawat'], ['ห้องแซง', 'Hong Saeng'], ['สามัคคี', 'Samakkhi'], ['กุดเชียงหมี', 'Kut Chiang Mi']]],
  ['3509', 'ไทยเจริญ', 'Thai Charoen', '35120', 5, [['น้ำคำ', 'Nam Kham'], ['ส้มผ่อ', 'Som Pho'], ['คำเตย', 'Kham Toei'], ['คำไผ่', 'Kham Phai'], ['ไทยเจริญ', 'Thai Charoen']]],
  // 36 ชัยภูมิ
  ['3601', 'เมืองชัยภูมิ', 'Mueang Chaiyaphum', '36000', 19, [['ในเมือง', 'Nai Mueang'], ['รอบเมือง', 'Rop Mueang'], ['โพนทอง', 'Phon Thong'], ['นาฝาย', 'Na Fai'], ['บ้านค่าย', 'Ban Khai', '36240']]],
  ['3602', 'บ้านเขว้า', 'Ban Khwao', '36170', 6, [['บ้านเขว้า', 'Ban Khwao'], ['ตลาดแร้ง', 'Talat Raeng'], ['ชีบน', 'Chi Bon'], ['ภูแลนคา', 'Phu Laen Kha'], ['โนนแดง', 'Non Daeng']]],
  ['3603', 'คอนสวรรค์', 'Khon Sawan', '36140', 9, [['คอนสวรรค์', 'Khon Sawan'], ['ยางหวาย', 'Yang Wai'], ['ช่องสามหมอ', 'Chong Sam Mo'], ['โนนสะอาด', 'Non Sa-at'], ['ห้วยไร่', 'Huai Rai']]],
  ['3604', 'เกษตรสมบูรณ์', 'Kaset Sombun', '36120', 11, [['บ้านยาง', 'Ban Yang'], ['บ้านหัน', 'Ban Han'], ['บ้านเดื่อ', 'Ban Duea'], ['บ้านเป้า', 'Ban Pao'], ['กุดเลาะ', 'Kut Lo']]],
  ['3605', 'หนองบัวแดง', 'Nong Bua Daeng', '36210', 8, [['หนองบัวแดง', 'Nong Bua Daeng'], ['กุดชุมแสง', 'Kut Chum Saeng'], ['ถ้ำวัวแดง', 'Tham Wua Daeng'], ['นางแดด', 'Nang Daet'], ['หนองแวง', 'Nong Waeng']]],
  ['3606', 'จัตุรัส', 'Chatturat', '36130', 9, [['บ้านกอก', 'Ban Kok'], ['หนองบัวบาน', 'Nong Bua Ban'], ['บ้านขาม', 'Ban Kham'], ['กุดน้ำใส', 'Kut Nam Sai'], ['หนองโดน', 'Nong Don']]],
  ['3607', 'บำเหน็จณรงค์', 'Bamnet Narong', '36160', 7, [['บ้านเพชร', 'Ban Phet'], ['บ้านตาล', 'Ban Tan', '36220'], ['หัวทะเล', 'Hua Thale', '36220'], ['เกาะมะนาว', 'Ko Manao'], ['โคกเพชรพัฒนา', 'Khok Phet Phatthana']]],
  ['3608', 'หนองบัวระเหว', 'Nong Bua Rawe', '36250', 5, [['หนองบัวระเหว', 'Nong Bua Rawe'], ['ห้วยแย้', 'Huai Yae'], ['โคกสะอาด', 'Khok Sa-at'], ['โสกปลาดุก', 'Sok Pla Duk']]],
  ['3609', 'เทพสถิต', 'Thep Sathit', '36230', 5, [['บ้านไร่', 'Ban Rai'], ['วะตะแบก', 'Wa Tabaek'], ['โป่งนก', 'Pong Nok']]],
  ['3610', 'ภูเขียว', 'Phu Khiao', '36110', 11, [['บ้านเพชร', 'Ban Phet'], ['โคกสะอาด', 'Khok Sa-at'], ['ผักปัง', 'Phak Pang'], ['กวางโจน', 'Kwang Chon'], ['หนองคอนไทย', 'Nong Khon Thai']]],
  ['3611', 'บ้านแท่น', 'Ban Thaen', '36190', 5, [['บ้านแท่น', 'Ban Thaen'], ['สามสวน', 'Sam Suan'], ['สระพัง', 'Sa Phang'], ['บ้านเต่า', 'Ban Tao'], ['หนองคู', 'Nong Khu']]],
  ['3612', 'แก้งคร้อ', 'Kaeng Khro', '36150', 10, [['หนองไผ่', 'Nong Phai'], ['ช่องสามหมอ', 'Chong Sam Mo'], ['หนองขาม', 'Nong Kham'], ['บ้านแก้ง', 'Ban Kaeng'], ['นาหนองทุ่ม', 'Na Nong Thum']]],
  ['3613', 'คอนสาร', 'Khon San', '36180', 8, [['คอนสาร', 'Khon San'], ['ทุ่งพระ', 'Thung Phra'], ['โนนคูณ', 'Non Khun'], ['ห้วยยาง', 'Huai Yang'], ['ดงบัง', 'Dong Bang']]],
  ['3614', 'ภักดีชุมพล', 'Phakdi Chumphon', '36260', 4, [['เจาทอง', 'Chao Thong'], ['บ้านเจียง', 'Ban Chiang'], ['วังทอง', 'Wang Thong'], ['แหลมทอง', 'Laem Thong']]],
  ['3615', 'เนินสง่า', 'Noen Sa-nga', '36130', 4, [['หนองฉิม', 'Nong Chim'], ['ตาเนิน', 'Ta Noen'], ['รังงาม', 'Rang Ngam']]],
  ['3616', 'ซับใหญ่', 'Sap Yai', '36130', 3, [['ท่ากูบ', 'Tha Kup'], ['ซับใหญ่', 'Sap Yai'], ['ตะโกทอง', 'Tako Thong']]],
  // 37 อำนาจเจริญ
  ['3701', 'เมืองอำนาจเจริญ', 'Mueang Amnat Charoen', '37000', 19, [['บุ่ง', 'Bung'], ['ไก่คำ', 'Kai Kham'], ['นาจิก', 'Na Chik'], ['ปลาค้าว', 'Pla Khao'], ['สร้างนกทา', 'Sang Nok Tha']]],
  ['3702', 'ชานุมาน', 'Chanuman', '37210', 5, [['ชานุมาน', 'Chanuman'], ['โคกสาร', 'Khok San'], ['คำเขื่อนแก้ว', 'Kham Khuean Kaeo'], ['โคกก่ง', 'Khok Kong'], ['ป่าก่อ', 'Pa Ko']]],
  ['3703', 'ปทุมราชวงศา', 'Pathum Ratchawongsa', '37110', 7, [['หนองข่า', 'Nong Kha'], ['คำโพน', 'Kham Phon'], ['นาหว้า', 'Na Wa'], ['ลือ', 'Lue'], ['ห้วย', 'Huai']]],
  ['3704', 'พนา', 'Phana', '37180', 4, [['พนา', 'Phana'], ['จานลาน', 'Chan Lan'], ['พระเหลา', 'Phra Lao']]],
  ['3705', 'เสนางคนิคม', 'Senangkhanikhom', '37290', 6, [['โพนทอง', 'Phon Thong'], ['หนองไฮ', 'Nong Hai'], ['นาเวียง', 'Na Wiang'], ['ไร่สีสุก', 'Rai Si Suk'], ['เสนางคนิคม', 'Senangkhanikhom']]],
  ['3706', 'หัวตะพาน', 'Hua Taphan', '37240', 8, [['หัวตะพาน', 'Hua Taphan'], ['คำพระ', 'Kham Phra'], ['เค็งใหญ่', 'Kheng Yai'], ['หนองแก้ว', 'Nong Kaeo'], ['โพนเมืองน้อย', 'Phon Mueang Noi']]],
  ['3707', 'ลืออำนาจ', 'Lue Amnat', '37120', 7, [['เปือย', 'Pueai'], ['ไร่ขี', 'Rai Khi'], ['อำนาจ', 'Amnat'], ['ดงบัง', 'Dong Bang'], ['แมด', 'Maet']]],
  // 38 บึงกาฬ
  ['3801', 'เมืองบึงกาฬ', 'Mueang Bueng Kan', '38000', 12, [['คำนาดี', 'Kham Na Di'], ['ชัยพร', 'Chaiyaphon'], ['นาสวรรค์', 'Na Sawan'], ['บึงกาฬ', 'Bueng Kan'], ['วิศิษฐ์', 'Wisit']]],
  ['3802', 'เซกา', 'Seka', '38150', 9, [['ซาง', 'Sang'], ['ท่ากกแดง', 'Tha Kok Daeng'], ['ท่าสะอาด', 'Tha Sa-at'], ['น้ำจั้น', 'Nam Chan'], ['บ้านต้อง', 'Ban Tong']]],
  ['3803', 'โซ่พิสัย', 'So Phisai', '38170', 7, [['คำแก้ว', 'Kham Kaeo'], ['ถ้ำเจริญ', 'Tham Charoen'], ['บัวตูม', 'Bua Tum'], ['ศรีชมภู', 'Si Chomphu'], ['หนองพันทา', 'Nong Phan Tha']]],
  ['3804', 'พรเจริญ', 'Phon Charoen', '38180', 7, [['ดอนหญ้านาง', 'Don Ya Nang'], ['ป่าแฝก', 'Pa Faek'], ['พรเจริญ', 'Phon Charoen'], ['วังชมภู', 'Wang Chomphu'], ['ศรีชมภู', 'Si Chomphu']]],
  ['3805', 'ศรีวิไล', 'Si Wilai', '38210', 5, [['ชุมภูพร', 'Chum Phu Phon'], ['นาสะแบง', 'Na Sabaeng'], ['นาสิงห์', 'Na Sing'], ['นาแสง', 'Na Saeng'], ['ศรีวิไล', 'Si Wilai']]],
  ['3806', 'บึงโขงหลง', 'Bueng Khong Long', '38220', 4, [['ดงบัง', 'Dong Bang'], ['ท่าดอกคำ', 'Tha Dok Kham'], ['บึงโขงหลง', 'Bueng Khong Long'], ['โพธิ์หมากแข้ง', 'Pho Mak Khaeng']]],
  ['3807', 'ปากคาด', 'Pak Khat', '38190', 6, [['นากั้ง', 'Na Kang'], ['นาดง', 'Na Dong'], ['ปากคาด', 'Pak Khat'], ['สมสนุก', 'Som Sanuk'], ['หนองยอง', 'Nong Yong']]],
  ['3808', 'บุ่งคล้า', 'Bung Khla', '38000', 3, [['บุ่งคล้า', 'Bung Khla'], ['หนองเดิ่น', 'Nong Doen'], ['โคกกว้าง', 'Khok Kwang']]],
  // 39 หนองบัวลำภู
  ['3901', 'เมืองหนองบัวลำภู', 'Mueang Nong Bua Lam Phu', '39000', 15, [['หนองบัว', 'Nong Bua'], ['โพธิ์ชัย', 'Pho Chai'], ['หนองสวรรค์', 'Nong Sawan'], ['หัวนา', 'Hua Na'], ['บ้านขาม', 'Ban Kham']]],
  ['3902', 'นากลาง', 'Na Klang', '39170', 9, [['นากลาง', 'Na Klang'], ['ด่านช้าง', 'Dan Chang'], ['กุดดินจี่', 'Kut Din Chi', '39350'], ['ฝั่งแดง', 'Fang Daeng'], ['เก่ากลอย', 'Kao Kloi', '39350']]],
  ['3903', 'โนนสัง', 'Non Sang', '39140', 10, [['โนนเมือง', 'Non Mueang'], ['โนนสัง', 'Non Sang'], ['บ้านถิ่น', 'Ban Thin'], ['หนองเรือ', 'Nong Ruea'], ['กุดดู่', 'Kut Du']]],
  ['3904', 'ศรีบุญเรือง', 'Si Bun Rueang', '39180', 12, [['เมืองใหม่', 'Mueang Mai'], ['ศรีบุญเรือง', 'Si Bun Rueang'], ['หนองบัวใต้', 'Nong Bua Tai'], ['นากอก', 'Na Kok'], ['โนนสะอาด', 'Non Sa-at']]],
  ['3905', 'สุวรรณคูหา', 'Suwannakhuha', '39270', 8, [['นาดี', 'Na Di'], ['นาสี', 'Na Si'], ['บ้านโคก', 'Ban Khok'], ['นาด่าน', 'Na Dan'], ['ดงมะไฟ', 'Dong Mafai']]],
  ['3906', 'นาวัง', 'Na Wang', '39170', 5, [['นาเหล่า', 'Na Lao'], ['นาแก', 'Na Kae'], ['วังทอง', 'Wang Thong'], ['วังปลาป้อม', 'Wang Pla Pom'], ['เทพคีรี', 'Thep Khiri']]],
  // 40 ขอนแก่น
  ['4001', 'เมืองขอนแก่น', 'Mueang Khon Kaen', '40000', 18, [['ในเมือง', 'Nai Mueang'], ['สำราญ', 'Samran'], ['โคกสี', 'Khok Si'], ['ท่าพระ', 'Tha Phra', '40260'], ['ศิลา', 'Sila']]],
  ['4002', 'บ้านฝาง', 'Ban Fang', '40270', 7, [['หนองบัว', 'Nong Bua'], ['ป่าหวายนั่ง', 'Pa Wai Nang'], ['โนนฆ้อง', 'Non Khong'], ['บ้านเหล่า', 'Ban Lao'], ['ป่ามะนาว', 'Pa Manao']]],
  ['4003', 'พระยืน', 'Phra Yuen', '40320', 5, [['บ้านโต้น', 'Ban Ton'], ['พระยืน', 'Phra Yuen'], ['พระบุ', 'Phra Bu'], ['หนองแวง', 'Nong Waeng'], ['ขามป้อม', 'Kham Pom']]],
  ['4004', 'หนองเรือ', 'Nong Ruea', '40210', 10, [['หนองเรือ', 'Nong Ruea'], ['บ้านกง', 'Ban Kong', '40240'], ['ยางคำ', 'Yang Kham', '40240'], ['จระเข้', 'Chorakhe', '40240'], ['โนนทอง', 'Non Thong']]],
  ['4005', 'ชุมแพ', 'Chum Phae', '40130', 12, [['โนนสะอาด', 'Non Sa-at', '40290'], ['ชุมแพ', 'Chum Phae'], ['โนนหัน', 'Non Han', '40290'], ['นาหนองทุ่ม', 'Na Nong Thum', '40290'], ['โนนอุดม', 'Non Udom']]],
  ['4006', 'สีชมพู', 'Si Chomphu', '40220', 10, [['สีชมพู', 'Si Chomphu'], ['ศรีสุข', 'Si Suk'], ['นาจาน', 'Na Chan'], ['วังเพิ่ม', 'Wang Phoem'], ['ซำยาง', 'Sam Yang']]],
  ['4007', 'น้ำพอง', 'Nam Phong', '40140', 12, [['น้ำพอง', 'Nam Phong'], ['วังชัย', 'Wang Chai'], ['หนองกุง', 'Nong Kung'], ['บัวใหญ่', 'Bua Yai'], ['สะอาด', 'Sa-at', '40310']]],
  ['4008', 'อุบลรัตน์', 'Ubolratana', '40250', 6, [['โคกสูง', 'Khok Sung'], ['บ้านดง', 'Ban Dong'], ['นาคำ', 'Na Kham'], ['ทุ่งโป่ง', 'Thung Pong']]],
  ['4009', 'กระนวน', 'Kranuan', '40170', 9, [['บ้านฝาง', 'Ban Fang'], ['หนองโก', 'Nong Ko'], ['หนองกุงใหญ่', 'Nong Kung Yai'], ['ห้วยโจด', 'Huai Chot'], ['ห้วยยาง', 'Huai Yang']]],
  ['4010', 'บ้านไผ่', 'Ban Phai', '40110', 10, [['ในเมือง', 'Nai Mueang'], ['บ้านไผ่', 'Ban Phai'], ['เมืองเพีย', 'Mueang Phia'], ['บ้านลาน', 'Ban Lan'], ['แคนเหนือ', 'Khaen Nuea']]],
  ['4011', 'เปือยน้อย', 'Pueai Noi', '40340', 4, [['ขามป้อม', 'Kham Pom'], ['สระแก้ว', 'Sa Kaeo'], ['วังม่วง', 'Wang Muang'], ['เปือยน้อย', 'Pueai Noi']]],
  ['4012', 'พล', 'Phon', '40120', 12, [['เมืองพล', 'Mueang Phon'], ['โจดหนองแก', 'Chot Nong Kae'], ['เก่างิ้ว', 'Kao Ngio'], ['หนองมะเขือ', 'Nong Makhuea'], ['หนองแวงโสกพระ', 'Nong Waeng Sok Phra']]],
  ['4013', 'แวงใหญ่', 'Waeng Yai', '40330', 5, [['โนนทอง', 'Non Thong'], ['โนนสะอาด', 'Non Sa-at'], ['คอนฉิม', 'Khon Chim']]],
  ['4014', 'แวงน้อย', 'Waeng Noi', '40230', 6, [['ทางขวาง', 'Thang Khang'], ['ท่าวัด', 'Tha Wat'], ['แวงน้อย', 'Waeng Noi'], ['ก้านเหลือง', 'Kan Lueang']]],
  ['4015', 'หนองสองห้อง', 'Nong Song Hong', '40190', 12, [['หนองสองห้อง', 'Nong Song Hong'], ['โนนธาตุ', 'Non That'], ['ตะกั่วป่า', 'Takua Pa'], ['สำโรง', 'Samrong'], ['หนองเม็ก', 'Nong Mek']]],
  ['4016', 'ภูเวียง', 'Phu Wiang', '40150', 11, [['บ้านเรือ', 'Ban Ruea'], ['หว้าทอง', 'Wa Thong'], ['นาชุมแสง', 'Na Chum Saeng'], ['นาหว้า', 'Na Wa'], ['สงเปือย', 'Song Pueai']]],
  ['4017', 'มัญจาคีรี', 'Mancha Khiri', '40160', 8, [['กุดเค้า', 'Kut Khao'], ['สวนหม่อน', 'Suan Mon'], ['หนองแปน', 'Nong Paen'], ['โพนเพ็ก', 'Phon Phek'], ['คำแคน', 'Kham Khaen']]],
  ['4018', 'ชนบท', 'Chonnabot', '40180', 8, [['ชนบท', 'Chonnabot'], ['กุดเพียขอม', 'Kut Phia Khom'], ['วังแสง', 'Wang Saeng'], ['ห้วยแก', 'Huai Kae'], ['บ้านแท่น', 'Ban Thaen']]],
  ['4019', 'เขาสวนกวาง', 'Khao Suan Kwang', '40280', 5, [['โนนสมบูรณ์', 'Non Sombun'], ['เขาสวนกวาง', 'Khao Suan Kwang'], ['นางิ้ว', 'Na Ngio'], ['คำม่วง', 'Kham Muang']]],
  ['4020', 'ภูผาม่าน', 'Phu Pha Man', '40350', 5, [['โนนคอม', 'Non Khom'], ['นาฝาย', 'Na Fai'], ['วังสวาบ', 'Wang Sap'], ['ห้วยม่วง', 'Huai Muang']]],
  ['4021', 'ซำสูง', 'Sam Sung', '40170', 5, [['กระนวน', 'Kranuan'], ['บ้านโนน', 'Ban Non'], ['คำแมด', 'Kham Maet'], ['คูคำ', 'Khu Kham'], ['ห้วยเตย', 'Huai Toei']]],
  ['4022', 'โคกโพธิ์ไชย', 'Khok Pho Chai', '40160', 4, [['บ้านโคก', 'Ban Khok'], ['โพธิ์ไชย', 'Pho Chai'], ['ซับสมบูรณ์', 'Sap Sombun'], ['นาแพง', 'Na Phaeng']]],
  ['4023', 'หนองนาคำ', 'Nong Na Kham', '40150', 3, [['บ้านโคก', 'Ban Khok'], ['กุดธาตุ', 'Kut That'], ['ขนวน', 'Khanuan']]],
  ['4024', 'บ้านแฮด', 'Ban Haet', '40110', 4, [['บ้านแฮด', 'Ban Haet'], ['โคกสำราญ', 'Khok Samran'], ['หนองแซง', 'Nong Saeng'], ['โนนสมบูรณ์', 'Non Sombun']]],
  ['4025', 'โนนศิลา', 'Non Sila', '40110', 5, [['เปือยใหญ่', 'Pueai Yai'], ['โนนศิลา', 'Non Sila'], ['บ้านหัน', 'Ban Han'], ['โนนแดง', 'Non Daeng'], ['หนองปลาหมอ', 'Nong Pla Mo']]],
  ['4029', 'เวียงเก่า', 'Wiang Kao', '40150', 3, [['ในเมือง', 'Nai Mueang'], ['เขาน้อย', 'Khao Noi'], ['เมืองเก่าพัฒนา', 'Mueang Kao Phatthana']]],
  // 41 อุดรธานี
  ['4101', 'เมืองอุดรธานี', 'Mueang Udon Thani', '41000', 21, [['หมากแข้ง', 'Mak Khaeng'], ['บ้านขาว', 'Ban Khao'], ['หนองบัว', 'Nong Bua'], ['บ้านตาด', 'Ban Tat'], ['โนนสูง', 'Non Sung', '41330']]],
  ['4102', 'กุดจับ', 'Kut Chap', '41250', 7, [['ขอนยูง', 'Khon Yung'], ['ปะโค', 'Pa Kho'], ['เชียงเพ็ง', 'Chiang Pheng'], ['กุดจับ', 'Kut Chap'], ['สร้างก่อ', 'Sang Ko']]],
  ['4103', 'หนองวัวซอ', 'Nong Wua So', '41360', 8, [['หมากหญ้า', 'Mak Ya'], ['หนองอ้อ', 'Nong O', '41220'], ['กุดหมากไฟ', 'Kut Mak Fai', '41220'], ['น้ำพ่น', 'Nam Phon'], ['หนองบัวบาน', 'Nong Bua Ban']]],
  ['4104', 'กุมภวาปี', 'Kumphawapi', '41110', 13, [['ปะโค', 'Pa Kho', '41370'], ['หนองหว้า', 'Nong Wa'], ['ตูมใต้', 'Tum Tai'], ['พันดอน', 'Phan Don', '41370'], ['เวียงคำ', 'Wiang Kham']]],
  ['4105', 'โนนสะอาด', 'Non Sa-at', '41240', 6, [['โนนสะอาด', 'Non Sa-at'], ['โพธิ์ศรีสำราญ', 'Pho Si Samran'], ['บุ่งแก้ว', 'Bung Kaeo'], ['ทมนางาม', 'Thom Na Ngam'], ['หนองกุงศรี', 'Nong Kung Si']]],
  ['4106', 'หนองหาน', 'Nong Han', '41130', 12, [['หนองไผ่', 'Nong Phai'], ['หนองหาน', 'Nong Han'], ['หนองเม็ก', 'Nong Mek'], ['พังงู', 'Phang Ngu'], ['สะแบง', 'Sabaeng']]],
  ['4107', 'ทุ่งฝน', 'Thung Fon', '41310', 4, [['ทุ่งใหญ่', 'Thung Yai'], ['ทุ่งฝน', 'Thung Fon'], ['นาชุมแสง', 'Na Chum Saeng'], ['นาทม', 'Na Thom']]],
  ['4108', 'ไชยวาน', 'Chai Wan', '41290', 4, [['หนองหลัก', 'Nong Lak'], ['โพนสูง', 'Phon Sung'], ['ไชยวาน', 'Chai Wan'], ['คำเลาะ', 'Kham Lo']]],
  ['4109', 'ศรีธาตุ', 'Si That', '41230', 7, [['ศรีธาตุ', 'Si That'], ['บ้านโปร่ง', 'Ban Prong'], ['หัวนาคำ', 'Hua Na Kham'], ['หนองนกเขียน', 'Nong Nok Khian'], ['นายูง', 'Na Yung']]],
  ['4110', 'วังสามหมอ', 'Wang Sam Mo', '41280', 6, [['หนองกุงทับม้า', 'Nong Kung Thap Ma'], ['หนองหญ้าไซ', 'Nong Ya Sai'], ['บะยาว', 'Ba Yao'], ['คำโคกสูง', 'Kham Khok Sung'], ['วังสามหมอ', 'Wang Sam Mo']]],
  ['4111', 'บ้านดุง', 'Ban Dung', '41190', 13, [['บ้านตาด', 'Ban Tat'], ['โพนสูง', 'Phon Sung'], ['บ้านดุง', 'Ban Dung'], ['ดงเย็น', 'Dong Yen'], ['อ้อมกอ', 'Om Ko']]],
  ['4117', 'บ้านผือ', 'Ban Phue', '41160', 13, [['บ้านค้อ', 'Ban Kho'], ['บ้านผือ', 'Ban Phue'], ['หายโศก', 'Hai Sok'], ['คำบง', 'Kham Bong'], ['โนนทอง', 'Non Thong']]],
  ['4118', 'น้ำโสม', 'Nam Som', '41210', 7, [['หนองแวง', 'Nong Waeng'], ['นางัว', 'Na Ngua'], ['น้ำโสม', 'Nam Som'], ['โสมเยี่ยม', 'Som Yiam'], ['ศรีสำราญ', 'Si Samran']]],
  ['4119', 'เพ็ญ', 'Phen', '41150', 11, [['โคกกลาง', 'Khok Klang'], ['เพ็ญ', 'Phen'], ['บ้านธาตุ', 'Ban That'], ['นาพู่', 'Na Phu'], ['เชียงหวาง', 'Chiang Wang']]],
  ['4120', 'สร้างคอม', 'Sang Khom', '41260', 6, [['บ้านโคก', 'Ban Khok'], ['เชียงดา', 'Chiang Da'], ['สร้างคอม', 'Sang Khom'], ['นาสะอาด', 'Na Sa-at'], ['บ้านหินโงม', 'Ban Hin Ngom']]],
  ['4121', 'หนองแสง', 'Nong Saeng', '41340', 4, [['นาดี', 'Na Di'], ['หนองแสง', 'Nong Saeng'], ['แสงสว่าง', 'Saeng Sawang'], ['ทับกุง', 'Thap Kung']]],
  ['4122', 'นายูง', 'Na Yung', '41380', 4, [['นายูง', 'Na Yung'], ['โนนทอง', 'Non Thong'], ['นาแค', 'Na Khae'], ['บ้านก้อง', 'Ban Kong']]],
  ['4123', 'พิบูลย์รักษ์', 'Phibun Rak', '41130', 3, [['บ้านแดง', 'Ban Daeng'], ['ดอนกลอย', 'Don Kloi'], ['นาทราย', 'Na Sai']]],
  ['4124', 'กู่แก้ว', 'Ku Kaeo', '41130', 4, [['คอนสาย', 'Khon Sai'], ['ค้อใหญ่', 'Kho Yai'], ['โนนทองอินทร์', 'Non Thong In']]],
  ['4125', 'ประจักษ์ศิลปาคม', 'Prachaksinlapakhom', '41110', 3, [['อุ่มจาน', 'Um Chan'], ['ห้วยสามพาด', 'Huai Sam Phat'], ['นาม่วง', 'Na Muang']]],
  // 42 เลย
  ['4201', 'เมืองเลย', 'Mueang Loei', '42000', 14, [['กุดป่อง', 'Kut Pong'], ['เมือง', 'Mueang'], ['นาอ้อ', 'Na O', '42100'], ['กกดู่', 'Kok Du'], ['น้ำหมาน', 'Nam Man']]],
  ['4202', 'นาด้วง', 'Na Duang', '42210', 4, [['นาด้วง', 'Na Duang'], ['นาดอกคำ', 'Na Dok Kham'], ['ท่าสะอาด', 'Tha Sa-at'], ['ท่าสวรรค์', 'Tha Sawan']]],
  ['4203', 'เชียงคาน', 'Chiang Khan', '42110', 8, [['เชียงคาน', 'Chiang Khan'], ['ธาตุ', 'That'], ['นาซ่าว', 'Na Sao'], ['เขาแก้ว', 'Khao Kaeo'], ['ปากตม', 'Pak Tom']]],
  ['4204', 'ปากชม', 'Pak Chom', '42150', 6, [['ปากชม', 'Pak Chom'], ['ห้วยพิชัย', 'Huai Phichai'], ['ชมเจริญ', 'Chom Charoen']]],
  ['4205', 'ด่านซ้าย', 'Dan Sai', '42120', 10, [['ด่านซ้าย', 'Dan Sai'], ['ปากหมัน', 'Pak Man'], ['นาดี', 'Na Di'], ['โคกงาม', 'Khok Ngam'], ['โพนสูง', 'Phon Sung']]],
  ['4206', 'นาแห้ว', 'Na Haeo', '42170', 5, [['แสงภา', 'Saeng Pha'], ['นาแห้ว', 'Na Haeo'], ['นาพึง', 'Na Phueng'], ['นามาลา', 'Na Ma La'], ['เหล่ากอหก', 'Lao Ko Hok']]],
  ['4207', 'ภูเรือ', 'Phu Ruea', '42160', 6, [['ร่องจิก', 'Rong Chik'], ['ปลาบ่า', 'Pla Ba'], ['ท่าศาลา', 'Tha Sala'], ['หนองบัว', 'Nong Bua'], ['ลาดค่าง', 'Lat Khang']]],
  ['4208', 'ท่าลี่', 'Tha Li', '42140', 6, [['ท่าลี่', 'Tha Li'], ['หนองผือ', 'Nong Phue'], ['อาฮี', 'A Hi'], ['น้ำแคม', 'Nam Khaem'], ['โคกใหญ่', 'Khok Yai']]],
  ['4209', 'วังสะพุง', 'Wang Saphung', '42130', 10, [['วังสะพุง', 'Wang Saphung'], ['ทรายขาว', 'Sai Khao'], ['หนองหญ้าปล้อง', 'Nong Ya Plong'], ['หนองงิ้ว', 'Nong Ngio'], ['ผาน้อย', 'Pha Noi']]],
  ['4210', 'ภูกระดึง', 'Phu Kradueng', '42180', 4, [['ศรีฐาน', 'Si Than'], ['ผานกเค้า', 'Pha Nok Khao'], ['ภูกระดึง', 'Phu Kradueng'], ['ห้วยส้ม', 'Huai Som']]],
  ['4211', 'ภูหลวง', 'Phu Luang', '42230', 5, [['หนองคัน', 'Nong Khan'], ['ภูหอ', 'Phu Ho'], ['เลยวังไสย์', 'Loei Wang Sai'], ['แก่งศรีภูมิ', 'Kaeng Si Phum']]],
  ['4212', 'ผาขาว', 'Pha Khao', '42240', 5, [['ท่าช้างคล้อง', 'Tha Chang Khlong'], ['ผาขาว', 'Pha Khao'], ['โนนป่าซาง', 'Non Pa Sang'], ['โนนปอแดง', 'Non Po Daeng'], ['บ้านเพิ่ม', 'Ban Phoem']]],
  ['4213', 'เอราวัณ', 'Erawan', '42220', 4, [['เอราวัณ', 'Erawan'], ['ผาอินทร์แปลง', 'Pha In Plaeng'], ['ผาสามยอด', 'Pha Sam Yot']]],
  ['4214', 'หนองหิน', 'Nong Hin', '42190', 3, [['ปวนพุ', 'Puan Phu'], ['หนองหิน', 'Nong Hin'], ['ตาดข่า', 'Tat Kha']]],
  // 43 หนองคาย
  ['4301', 'เมืองหนองคาย', 'Mueang Nong Khai', '43000', 16, [['ในเมือง', 'Nai Mueang'], ['มีชัย', 'Mi Chai'], ['โพธิ์ชัย', 'Pho Chai'], ['วัดธาตุ', 'Wat That'], ['หาดคำ', 'Hat Kham']]],
  ['4302', 'ท่าบ่อ', 'Tha Bo', '43110', 10, [['บ้านเดื่อ', 'Ban Duea'], ['ท่าบ่อ', 'Tha Bo'], ['น้ำโมง', 'Nam Mong'], ['โคกคอน', 'Khok Khon'], ['บ้านถ่อน', 'Ban Thon']]],
  ['4305', 'โพนพิสัย', 'Phon Phisai', '43120', 11, [['จุมพล', 'Chumphon'], ['วัดหลวง', 'Wat Luang'], ['กุดบง', 'Kut Bong'], ['ชุมช้าง', 'Chum Chang'], ['ทุ่งหลวง', 'Thung Luang']]],
  ['4307', 'ศรีเชียงใหม่', 'Si Chiang Mai', '43130', 4, [['พานพร้าว', 'Phan Phrao'], ['บ้านหม้อ', 'Ban Mo'], ['พระพุทธบาท', 'Phra Phutthabat'], ['หนองปลาปาก', 'Nong Pla Pak']]],
  ['4308', 'สังคม', 'Sangkhom', '43160', 5, [['แก้งไก่', 'Kaeng Kai'], ['ผาตั้ง', 'Pha Tang'], ['บ้านม่วง', 'Ban Muang'], ['นางิ้ว', 'Na Ngio'], ['สังคม', 'Sangkhom']]],
  ['4314', 'สระใคร', 'Sakhrai', '43100', 3, [['สระใคร', 'Sa Khrai'], ['บ้านฝาง', 'Ban Fang'], ['คอกช้าง', 'Khok Chang']]],
  ['4315', 'เฝ้าไร่', 'Fao Rai', '43120', 5, [['หนองหลวง', 'Nong Luang'], ['เฝ้าไร่', 'Fao Rai'], ['วังหลวง', 'Wang Luang'], ['อุดมพร', 'Udom Phon'], ['นาดี', 'Na Di']]],
  ['4316', 'รัตนวาปี', 'Rattanawapi', '43120', 5, [['รัตนวาปี', 'Rattanawapi'], ['โพนแพง', 'Phon Phaeng'], ['นาทับไฮ', 'Na Thap Hai'], ['พระบาทนาสิงห์', 'Phra Bat Na Sing'], ['บ้านต้อน', 'Ban Ton']]],
  ['4317', 'โพธิ์ตาก', 'Pho Tak', '43130', 3, [['โพธิ์ตาก', 'Pho Tak'], ['โพนทอง', 'Phon Thong'], ['ด่านศรีสุข', 'Dan Si Suk']]],
  // 44 มหาสารคาม
  ['4401', 'เมืองมหาสารคาม', 'Mueang Maha Sarakham', '44000', 14, [['ตลาด', 'Talat'], ['เขวา', 'Khwao'], ['ท่าตูม', 'Tha Tum'], ['แวงน่าง', 'Waeng Nang'], ['โคกก่อ', 'Khok Ko']]],
  ['4402', 'แกดำ', 'Kae Dam', '44190', 5, [['แกดำ', 'Kae Dam'], ['วังแสง', 'Wang Saeng'], ['มิตรภาพ', 'Mittaphap'], ['หนองกุง', 'Nong Kung']]],
  ['4403', 'โกสุมพิสัย', 'Kosum Phisai', '44140', 17, [['หัวขวาง', 'Hua Khwang'], ['ยางน้อย', 'Yang Noi'], ['วังยาว', 'Wang Yao'], ['เขวาไร่', 'Khwao Rai'], ['แพง', 'Phaeng']]],
  ['4404', 'กันทรวิชัย', 'Kantharawichai', '44150', 10, [['โคกพระ', 'Khok Phra'], ['มะค่า', 'Makha'], ['ท่าขอนยาง', 'Tha Khon Yang'], ['นาสีนวน', 'Na Si Nuan'], ['ขามเรียง', 'Kham Riang']]],
  ['4405', 'เชียงยืน', 'Chiang Yuen', '44160', 8, [['เชียงยืน', 'Chiang Yuen'], ['หนองซอน', 'Nong Son'], ['ดอนเงิน', 'Don Ngoen'], ['กู่ทอง', 'Ku Thong'], ['นาทอง', 'Na Thong']]],
  ['4406', 'บรบือ', 'Borabue', '44130', 15, [['บรบือ', 'Borabue'], ['บ่อใหญ่', 'Bo Yai'], ['วังไชย', 'Wang Chai'], ['หนองม่วง', 'Nong Muang'], ['โนนราษี', 'Non Rasi']]],
  ['4407', 'นาเชือก', 'Na Chueak', '44170', 10, [['หนองกุง', 'Nong Kung'], ['เขวาไร่', 'Khwao Rai'], ['นาเชือก', 'Na Chueak'], ['สำโรง', 'Samrong'], ['หนองแดง', 'Nong Daeng']]],
  ['4408', 'พยัคฆภูมิพิสัย', 'Phayakkhaphum Phisai', '44110', 14, [['หนองบัว', 'Nong Bua'], ['ก้ามปู', 'Kham Pu'], ['เวียงสะอาด', 'Wiang Sa-at'], ['เม็กดำ', 'Mek Dam'], ['นาสีนวล', 'Na Si Nuan']]],
  ['4409', 'วาปีปทุม', 'Wapi Pathum', '44120', 15, [['หนองแสง', 'Nong Saeng'], ['ขามป้อม', 'Kham Pom'], ['เสือโก้ก', 'Suea Kok'], ['ดงใหญ่', 'Dong Yai'], ['โพธิ์ชัย', 'Pho Chai']]],
  ['4410', 'นาดูน', 'Na Dun', '44180', 9, [['หนองไผ่', 'Nong Phai'], ['นาดูน', 'Na Dun'], ['หนองคู', 'Nong Khu'], ['ดงบัง', 'Dong Bang'], ['ดงดวน', 'Dong Duan']]],
  ['4411', 'ยางสีสุราช', 'Yang Sisurat', '44210', 7, [['ดงเมือง', 'Dong Mueang'], ['แวงดง', 'Waeng Dong'], ['นาภู', 'Na Phu'], ['บ้านกู่', 'Ban Ku'], ['ยางสีสุราช', 'Yang Sisurat']]],
  ['4412', 'กุดรัง', 'Kut Rang', '44130', 5, [['กุดรัง', 'Kut Rang'], ['เลิงแฝก', 'Loeng Faek'], ['นาโพธิ์', 'Na Pho'], ['หนองแวง', 'Nong Waeng'], ['ห้วยเตย', 'Huai Toei']]],
  ['4413', 'ชื่นชม', 'Chuen Chom', '44160', 4, [['หนองกุง', 'Nong Kung'], ['ชื่นชม', 'Chuen Chom'], ['เหล่าดอกไม้', 'Lao Dok Mai'], ['กุดปลาดุก', 'Kut Pla Duk']]],
  // 45 ร้อยเอ็ด
  ['4501', 'เมืองร้อยเอ็ด', 'Mueang Roi Et', '45000', 15, [['ในเมือง', 'Nai Mueang'], ['รอบเมือง', 'Rop Mueang'], ['เหนือเมือง', 'Nuea Mueang'], ['ขอนแก่น', 'Khon Kaen'], ['นาโพธิ์', 'Na Pho']]],
  ['4502', 'เกษตรวิสัย', 'Kaset Wisai', '45150', 13, [['หนองแวง', 'Nong Waeng'], ['เกษตรวิสัย', 'Kaset Wisai'], ['เมืองบัว', 'Mueang Bua'], ['เหล่าหลวง', 'Lao Luang'], ['สิงห์โคก', 'Sing Khok']]],
  ['4503', 'ปทุมรัตต์', 'Pathum Rat', '45190', 8, [['บัวแดง', 'Bua Daeng'], ['ดอกล้ำ', 'Dok Lam'], ['หนองแคน', 'Nong Khaen'], ['โพนสูง', 'Phon Sung'], ['โนนสวรรค์', 'Non Sawan']]],
  ['4504', 'จตุรพักตรพิมาน', 'Chaturaphak Phiman', '45180', 12, [['หัวช้าง', 'Hua Chang'], ['หนองผือ', 'Nong Phue'], ['เมืองหงส์', 'Mueang Hong'], ['โคกล่าม', 'Khok Lam'], ['น้ำใส', 'Nam Sai']]],
  ['4505', 'ธวัชบุรี', 'Thawat Buri', '45170', 12, [['ธงธานี', 'Thong Thani'], ['หนองไผ่', 'Nong Phai'], ['ธวัชบุรี', 'Thawat Buri'], ['อุ่มเม้า', 'Um Mao'], ['เขวาทุ่ง', 'Khwao Thung']]],
  ['4506', 'พนมไพร', 'Phanom Phrai', '45140', 13, [['พนมไพร', 'Phanom Phrai'], ['แสนสุข', 'Saen Suk'], ['กุดน้ำใส', 'Kut Nam Sai'], ['หนองทัพไทย', 'Nong Thap Thai'], ['โพธิ์ใหญ่', 'Pho Yai']]],
  ['4507', 'โพนทอง', 'Phon Thong', '45110', 14, [['โพธิ์ทอง', 'Pho Thong'], ['หนองใหญ่', 'Nong Yai'], ['แวง', 'Waeng'], ['โคกกกม่วง', 'Khok Kok Muang'], ['นาอุดม', 'Na Udom']]],
  ['4508', 'โพธิ์ชัย', 'Pho Chai', '45230', 9, [['เชียงใหม่', 'Chiang Mai'], ['ขามเปี้ย', 'Kham Pia'], ['บัวคำ', 'Bua Kham'], ['สะอาด', 'Sa-at'], ['หนองตาไก้', 'Nong Takai']]],
  ['4509', 'หนองพอก', 'Nong Phok', '45210', 9, [['รอบเมือง', 'Rop Mueang'], ['บึงงาม', 'Bueng Ngam'], ['หนองพอก', 'Nong Phok'], ['โคกสว่าง', 'Khok Sawang'], ['ภูเขาทอง', 'Phukhao Thong']]],
  ['4510', 'เสลภูมิ', 'Selaphum', '45120', 18, [['โพธิ์ทอง', 'Pho Thong'], ['กลาง', 'Klang'], ['นางาม', 'Na Ngam'], ['เมืองไพร', 'Mueang Phrai'], ['นาแซง', 'Na Saeng']]],
  ['4511', 'สุวรรณภูมิ', 'Suwannaphum', '45130', 15, [['หัวช้าง', 'Hua Chang'], ['สระคู', 'Sa Khu'], ['ดอกไม้', 'Dok Mai'], ['นาใหญ่', 'Na Yai'], ['หินกอง', 'Hin Kong']]],
  ['4512', 'เมืองสรวง', 'Mueang Suang', '45220', 5, [['หนองผือ', 'Nong Phue'], ['หนองหิน', 'Nong Hin'], ['คูเมือง', 'Khu Mueang'], ['กกกุง', 'Kok Kung'], ['เมืองสรวง', 'Mueang Suang']]],
  ['4513', 'โพนทราย', 'Phon Sai', '45240', 5, [['โพนทราย', 'Phon Sai'], ['สามขา', 'Sam Kha'], ['ศรีสว่าง', 'Si Sawang'], ['ยางคำ', 'Yang Kham'], ['ท่าหาดยาว', 'Tha Hat Yao']]],
  ['4514', 'อาจสามารถ', 'At Samat', '45160', 10, [['ขี้เหล็ก', 'Khilek'], ['อาจสามารถ', 'At Samat'], ['โพนเมือง', 'Phon Mueang'], ['บ้านแจ้ง', 'Ban Chaeng'], ['หน่อม', 'Nom']]],
  ['4515', 'เมยวดี', 'Moei Wadi', '45250', 4, [['ชุมพร', 'Chumphon'], ['เมยวดี', 'Moei Wadi'], ['ชมสะอาด', 'Chom Sa-at']]],
  ['4516', 'ศรีสมเด็จ', 'Si Somdet', '45000', 8, [['สวนจิก', 'Suan Chik', '45280'], ['โพธิ์ทอง', 'Pho Thong'], ['ศรีสมเด็จ', 'Si Somdet'], ['หนองใหญ่', 'Nong Yai'], ['เมืองเปลือย', 'Mueang Plueai']]],
  ['4517', 'จังหาร', 'Changhan', '45000', 8, [['ปาฝา', 'Pa Fa'], ['ดงสิงห์', 'Dong Sing'], ['ม่วงลาด', 'Muang Lat'], ['จังหาร', 'Changhan'], ['ดินดำ', 'Din Dam']]],
  ['4518', 'เชียงขวัญ', 'Chiang Khwan', '45000', 6, [['หมูม้น', 'Mu Mon', '45170'], ['พระธาตุ', 'Phra That'], ['บ้านเขือง', 'Ban Khueang'], ['พระเจ้า', 'Phra Chao'], ['เชียงขวัญ', 'Chiang Khwan']]],
  ['4519', 'หนองฮี', 'Nong Hi', '45140', 4, [['หนองฮี', 'Nong Hi'], ['เด่นราษฎร์', 'Den Rat'], ['สาวแห', 'Sao Hae']]],
  ['4520', 'ทุ่งเขาหลวง', 'Thung Khao Luang', '45170', 5, [['เหล่า', 'Lao'], ['บึงงาม', 'Bueng Ngam'], ['ทุ่งเขาหลวง', 'Thung Khao Luang']]],
  // 46 กาฬสินธุ์
  ['4601', 'เมืองกาฬสินธุ์', 'Mueang Kalasin', '46000', 17, [['กาฬสินธุ์', 'Kalasin'], ['เหนือ', 'Nuea'], ['หลุบ', 'Lup'], ['ไผ่', 'Phai'], ['ลำปาว', 'Lam Pao']]],
  ['4602', 'นามน', 'Na Mon', '46230', 5, [['นามน', 'Na Mon'], ['ยอดแกง', 'Yot Kaeng'], ['สงเปลือย', 'Song Plueai'], ['หลักเหลี่ยม', 'Lak Liam'], ['หนองบัว', 'Nong Bua']]],
  ['4603', 'กมลาไสย', 'Kamalasai', '46130', 8, [['กมลาไสย', 'Kamalasai'], ['หลักเมือง', 'Lak Mueang'], ['โพนงาม', 'Phon Ngam'], ['ดงลิง', 'Dong Ling'], ['หนองแปน', 'Nong Paen']]],
  ['4604', 'ร่องคำ', 'Rong Kham', '46210', 3, [['ร่องคำ', 'Rong Kham'], ['สามัคคี', 'Samakkhi'], ['เหล่าอ้อย', 'Lao Oi']]],
  ['4605', 'กุฉินารายณ์', 'Kuchinarai', '46110', 12, [['บัวขาว', 'Bua Khao'], ['เหล่าใหญ่', 'Lao Yai'], ['จุมจัง', 'Chum Chang'], ['เหล่าไฮงาม', 'Lao Hai Ngam'], ['กุดหว้า', 'Kut Wa']]],
  ['4606', 'เขาวง', 'Khao Wong', '46160', 6, [['สงเปลือย', 'Song Plueai'], ['คุ้มเก่า', 'Khum Kao'], ['หนองผือ', 'Nong Phue'], ['กุดปลาค้าว', 'Kut Pla Khao']]],
  ['4607', 'ยางตลาด', 'Yang Talat', '46120', 15, [['ยางตลาด', 'Yang Talat'], ['หัวงัว', 'Hua Ngua'], ['อุ่มเม่า', 'Um Mao'], ['บัวบาน', 'Bua Ban'], ['หัวนาคำ', 'Hua Na Kham']]],
  ['4608', 'ห้วยเม็ก', 'Huai Mek', '46170', 9, [['ห้วยเม็ก', 'Huai Mek'], ['คำใหญ่', 'Kham Yai'], ['กุดโดน', 'Kut Don'], ['บึงนาเรียง', 'Bueng Na Riang'], ['หัวหิน', 'Hua Hin']]],
  ['4609', 'สหัสขันธ์', 'Sahatsakhan', '46140', 8, [['โนนศิลา', 'Non Sila'], ['ภูสิงห์', 'Phu Sing'], ['สหัสขันธ์', 'Sahatsakhan'], ['นามะเขือ', 'Na Makhuea'], ['นิคม', 'Nikhom']]],
  ['4610', 'คำม่วง', 'Kham Muang', '46180', 6, [['ทุ่งคลอง', 'Thung Khlong'], ['โพน', 'Phon'], ['ดินจี่', 'Din Chi'], ['นาบอน', 'Na Bon'], ['นาทัน', 'Na Than']]],
  ['4611', 'ท่าคันโท', 'Tha Khantho', '46190', 6, [['ท่าคันโท', 'Tha Khantho'], ['กุงเก่า', 'Kung Kao'], ['ยางอู้ม', 'Yang Um'], ['กุดจิก', 'Kut Chik'], ['นาตาล', 'Na Tan']]],
  ['4612', 'หนองกุงศรี', 'Nong Kung Si', '46220', 9, [['หนองบัว', 'Nong Bua'], ['โคกเครือ', 'Khok Khruea'], ['หนองกุงศรี', 'Nong Kung Si'], ['หนองสรวง', 'Nong Suang'], ['เสาเล้า', 'Sao Lao']]],
  ['4613', 'สมเด็จ', 'Somdet', '46150', 8, [['สมเด็จ', 'Somdet'], ['หนองแวง', 'Nong Waeng'], ['แซงบาดาล', 'Saeng Badan'], ['มหาไชย', 'Maha Chai'], ['หมูม่น', 'Mu Mon']]],
  ['4614', 'ห้วยผึ้ง', 'Huai Phueng', '46240', 4, [['คำบง', 'Kham Bong'], ['ไค้นุ่น', 'Khai Nun'], ['นิคมห้วยผึ้ง', 'Nikhom Huai Phueng']]],
  ['4615', 'สามชัย', 'Sam Chai', '46180', 4, [['สำราญ', 'Samran'], ['สำราญใต้', 'Samran Tai'], ['คำสร้างเที่ยง', 'Kham Sang Thiang'], ['หนองช้าง', 'Nong Chang']]],
  ['4616', 'นาคู', 'Na Khu', '46160', 5, [['ภูแล่นช้าง', 'Phu Laen Chang'], ['นาคู', 'Na Khu'], ['บ่อแก้ว', 'Bo Kaeo'], ['สายนาวัง', 'Sai Na Wang'], ['โนนนาจาน', 'Non Na Chan']]],
  ['4617', 'ดอนจาน', 'Don Chan', '46000', 5, [['ม่วงนา', 'Muang Na'], ['ดอนจาน', 'Don Chan'], ['นาจำปา', 'Na Champa'], ['สะอาดไชยศรี', 'Sa-at Chai Si']]],
  ['4618', 'ฆ้องชัย', 'Khong Chai', '46130', 5, [['ลำชี', 'Lam Chi'], ['โคกสะอาด', 'Khok Sa-at'], ['เหล่ากลาง', 'Lao Klang'], ['โนนศิลาเลิง', 'Non Sila Loeng']]],
  // 47 สกลนคร
  ['4701', 'เมืองสกลนคร', 'Mueang Sakon Nakhon', '47000', 16, [['ธาตุเชิงชุม', 'That Choeng Chum'], ['ขมิ้น', 'Khamin', '47220'], ['งิ้วด่อน', 'Ngio Don'], ['โนนหอม', 'Non Hom'], ['เชียงเครือ', 'Chiang Khruea']]],
  ['4702', 'กุสุมาลย์', 'Kusuman', '47210', 5, [['กุสุมาลย์', 'Kusuman'], ['นาโพธิ์', 'Na Pho'], ['นาเพียง', 'Na Phiang', '47230'], ['อุ่มจาน', 'Um Chan', '47230'], ['โพธิ์ไพศาล', 'Pho Phaisan']]],
  ['4703', 'กุดบาก', 'Kut Bak', '47180', 3, [['กุดบาก', 'Kut Bak'], ['นาม่อง', 'Na Mong'], ['กุดไห', 'Kut Hai']]],
  ['4704', 'พรรณานิคม', 'Phanna Nikhom', '47130', 10, [['พรรณา', 'Phanna'], ['วังยาง', 'Wang Yang'], ['พอกน้อย', 'Phok Noi', '47220'], ['นาหัวบ่อ', 'Na Hua Bo', '47220'], ['ไร่', 'Rai']]],
  ['4705', 'พังโคน', 'Phang Khon', '47160', 5, [['พังโคน', 'Phang Khon'], ['ม่วงไข่', 'Muang Khai'], ['แร่', 'Rae'], ['ไฮหย่อง', 'Hai Yong'], ['ต้นผึ้ง', 'Ton Phueng']]],
  ['4706', 'วาริชภูมิ', 'Waritchaphum', '47150', 5, [['หนองลาด', 'Nong Lat'], ['วาริชภูมิ', 'Waritchaphum'], ['ปลาโหล', 'Pla Lo'], ['คำบ่อ', 'Kham Bo'], ['ค้อเขียว', 'Kho Khiao']]],
  ['4707', 'นิคมน้ำอูน', 'Nikhom Nam Un', '47270', 4, [['นิคมน้ำอูน', 'Nikhom Nam Un'], ['หนองปลิง', 'Nong Pling'], ['หนองบัว', 'Nong Bua']]],
  ['4708', 'วานรนิวาส', 'Wanon Niwat', '47120', 14, [['วานรนิวาส', 'Wanon Niwat'], ['เดื่อศรีคันไชย', 'Duea Si Khan Chai'], ['ขัวก่าย', 'Khua Kai'], ['หนองสนม', 'Nong Sanom'], ['ธาตุ', 'That']]],
  ['4709', 'คำตากล้า', 'Kham Ta Kla', '47250', 4, [['คำตากล้า', 'Kham Ta Kla'], ['หนองบัวสิม', 'Nong Bua Sim'], ['นาแต้', 'Na Tae']]],
  ['4710', 'บ้านม่วง', 'Ban Muang', '47140', 9, [['ม่วง', 'Muang'], ['มาย', 'Mai'], ['ดงหม้อทอง', 'Dong Mo Thong'], ['ดงเหนือ', 'Dong Nuea'], ['ดงหม้อทองใต้', 'Dong Mo Thong Tai']]],
  ['4711', 'อากาศอำนวย', 'Akat Amnuai', '47170', 8, [['อากาศ', 'Akat'], ['โพนแพง', 'Phon Phaeng'], ['วาใหญ่', 'Wa Yai'], ['โพนงาม', 'Phon Ngam'], ['ท่าก้อน', 'Tha Kon']]],
  ['4712', 'สว่างแดนดิน', 'Sawang Daen Din', '47110', 16, [['สว่างแดนดิน', 'Sawang Daen Din'], ['คำสะอาด', 'Kham Sa-at'], ['บ้านต้าย', 'Ban Tai'], ['บงเหนือ', 'Bong Nuea'], ['โพนสูง', 'Phon Sung']]],
  ['4713', 'ส่องดาว', 'Song Dao', '47190', 4, [['ส่องดาว', 'Song Dao'], ['ท่าศิลา', 'Tha Sila'], ['วัฒนา', 'Watthana'], ['ปทุมวาปี', 'Pathum Wapi']]],
  ['4714', 'เต่างอย', 'Tao Ngoi', '47260', 4, [['เต่างอย', 'Tao Ngoi'], ['นาตาล', 'Na Tan'], ['จันทร์เพ็ญ', 'Chan Phen']]],
  ['4715', 'โคกศรีสุพรรณ', 'Khok Si Suphan', '47280', 4, [['เหล่าโพนค้อ', 'Lao Phon Kho'], ['ด่านม่วงคำ', 'Dan Muang Kham'], ['แมดนาท่ม', 'Maet Na Thom']]],
  ['4716', 'เจริญศิลป์', 'Charoen Sin', '47290', 5, [['บ้านเหล่า', 'Ban Lao'], ['เจริญศิลป์', 'Charoen Sin'], ['ทุ่งแก', 'Thung Kae'], ['โคกศิลา', 'Khok Sila'], ['หนองแปน', 'Nong Paen']]],
  ['4717', 'โพนนาแก้ว', 'Phon Na Kaeo', '47230', 5, [['นาตงวัฒนา', 'Na Tong Watthana'], ['บ้านโพน', 'Ban Phon'], ['นาแก้ว', 'Na Kaeo'], ['บ้านแป้น', 'Ban Paen'], ['เชียงสือ', 'Chiang Sue']]],
  ['4718', 'ภูพาน', 'Phu Phan', '47180', 4, [['โคกภู', 'Khok Phu'], ['สร้างค้อ', 'Sang Kho'], ['หลุบเลา', 'Lup Lao']]],
  // 48 นครพนม
  ['4801', 'เมืองนครพนม', 'Mueang Nakhon Phanom', '48000', 15, [['ในเมือง', 'Nai Mueang'], ['หนองแสง', 'Nong Saeng'], ['นาทราย', 'Na Sai'], ['นาราชควาย', 'Na Rat Khwai'], ['บ้านผึ้ง', 'Ban Phueng']]],
  ['4802', 'ปลาปาก', 'Pla Pak', '48160', 8, [['ปลาปาก', 'Pla Pak'], ['หนองฮี', 'Nong Hi'], ['โคกสว่าง', 'Khok Sawang'], ['โคกสูง', 'Khok Sung'], ['มหาชัย', 'Maha Chai']]],
  ['4803', 'ท่าอุเทน', 'Tha Uthen', '48120', 9, [['ท่าอุเทน', 'Tha Uthen'], ['โนนตาล', 'Non Tan'], ['ท่าจำปา', 'Tha Champa'], ['พนอม', 'Phanom'], ['รามราช', 'Ram Rat']]],
  ['4804', 'บ้านแพง', 'Ban Phaeng', '48140', 6, [['บ้านแพง', 'Ban Phaeng'], ['ไผ่ล้อม', 'Phai Lom'], ['โพนทอง', 'Phon Thong'], ['หนองแวง', 'Nong Waeng'], ['นางัว', 'Na Ngua']]],
  ['4805', 'ธาตุพนม', 'That Phanom', '48110', 12, [['ธาตุพนม', 'That Phanom'], ['ฝั่งแดง', 'Fang Daeng'], ['โพนแพง', 'Phon Phaeng'], ['พระกลางทุ่ง', 'Phra Klang Thung'], ['นาถ่อน', 'Na Thon']]],
  ['4806', 'เรณูนคร', 'Renu Nakhon', '48170', 8, [['โพนทอง', 'Phon Thong'], ['เรณู', 'Renu'], ['ท่าลาด', 'Tha Lat'], ['นางาม', 'Na Ngam'], ['โคกหินแฮ่', 'Khok Hin Hae']]],
  ['4807', 'นาแก', 'Na Kae', '48130', 12, [['นาแก', 'Na Kae'], ['พระซอง', 'Phra Song'], ['หนองสังข์', 'Nong Sang'], ['นาคู่', 'Na Khu'], ['พิมาน', 'Phiman']]],
  ['4808', 'ศรีสงคราม', 'Si Songkhram', '48150', 9, [['ศรีสงคราม', 'Si Songkham'], ['นาเดื่อ', 'Na Duea'], ['สามผง', 'Sam Phong'], ['ท่าบ่อสงคราม', 'Tha Bo Songkham'], ['บ้านข่า', 'Ban Kha']]],
  ['4809', 'นาหว้า', 'Na Wa', '48180', 6, [['นางัว', 'Na Ngua'], ['นาหว้า', 'Na Wa'], ['บ้านเสียว', 'Ban Siao'], ['นาคูณใหญ่', 'Na Khun Yai'], ['เหล่าพัฒนา', 'Lao Phatthana']]],
  ['4810', 'โพนสวรรค์', 'Phon Sawan', '48190', 7, [['นาขมิ้น', 'Na Khamin'], ['โพนบก', 'Phon Bok'], ['โพนสวรรค์', 'Phon Sawan'], ['บ้านค้อ', 'Ban Kho'], ['นาหัวบ่อ', 'Na Hua Bo']]],
  ['4811', 'นาทม', 'Na Thom', '48140', 3, [['นาทม', 'Na Thom'], ['หนองซน', 'Nong Son'], ['ดอนเตย', 'Don Toei']]],
  ['4812', 'วังยาง', 'Wang Yang', '48130', 4, [['โคกสี', 'Khok Si'], ['วังยาง', 'Wang Yang'], ['ยอดชาด', 'Yot Chat'], ['หนองโพธิ์', 'Nong Pho']]],
  // 49 มุกดาหาร
  ['4901', 'เมืองมุกดาหาร', 'Mueang Mukdahan', '49000', 13, [['มุกดาหาร', 'Mukdahan'], ['ศรีบุญเรือง', 'Si Bun Rueang'], ['บ้านโคก', 'Ban Khok'], ['บางทรายใหญ่', 'Bang Sai Yai'], ['โพนทราย', 'Phon Sai']]],
  ['4902', 'นิคมคำสร้อย', 'Nikhom Kham Soi', '49130', 7, [['หนองแวง', 'Nong Waeng'], ['กกแดง', 'Kok Daeng'], ['นากอก', 'Na Kok'], ['นิคมคำสร้อย', 'Nikhom Kham Soi'], ['นาอุดม', 'Na Udom']]],
  ['4903', 'ดอนตาล', 'Don Tan', '49120', 7, [['ดอนตาล', 'Don Tan'], ['โพธิ์ไทร', 'Pho Sai'], ['ป่าไร่', 'Pa Rai'], ['บ้านบาก', 'Ban Bak'], ['บ้านแก้ง', 'Ban Kaeng']]],
  ['4904', 'ดงหลวง', 'Dong Luang', '49140', 6, [['ดงหลวง', 'Dong Luang'], ['หนองบัว', 'Nong Bua'], ['กกตูม', 'Kok Tum'], ['หนองแคน', 'Nong Khaen'], ['พังแดง', 'Phang Daeng']]],
  ['4905', 'คำชะอี', 'Khamcha-i', '49110', 9, [['บ้านซ่ง', 'Ban Song'], ['คำชะอี', 'Kham Cha-i'], ['บ้านค้อ', 'Ban Kho'], ['บ้านเหล่า', 'Ban Lao'], ['โพนงาม', 'Phon Ngam']]],
  ['4906', 'หว้านใหญ่', 'Wan Yai', '49150', 5, [['บางทรายน้อย', 'Bang Sai Noi'], ['หว้านใหญ่', 'Wan Yai'], ['ป่งขาม', 'Pong Kham'], ['ดงหมู', 'Dong Mu']]],
  ['4907', 'หนองสูง', 'Nong Sung', '49160', 6, [['หนองสูงใต้', 'Nong Sung Tai'], ['หนองสูง', 'Nong Sung'], ['โนนยาง', 'Non Yang'], ['บ้านเป้า', 'Ban Pao'], ['ภูวง', 'Phu Wong']]],
  // 50 เชียงใหม่
  ['5001', 'เมืองเชียงใหม่', 'Mueang Chiang Mai', '50200', 16, [['ศรีภูมิ', 'Si Phum'], ['พระสิงห์', 'Phra Sing'], ['ช้างคลาน', 'Chang Khlan', '50100'], ['วัดเกต', 'Wat Ket', '50000'], ['ช้างเผือก', 'Chang Phueak', '50300']]],
  ['5002', 'จอมทอง', 'Chom Thong', '50160', 6, [['บ้านหลวง', 'Ban Luang'], ['ข่วงเปา', 'Khuang Pao'], ['สบเตี๊ยะ', 'Sop Tia'], ['บ้านแปะ', 'Ban Pae', '50240'], ['ดอยแก้ว', 'Doi Kaeo']]],
  ['5003', 'แม่แจ่ม', 'Mae Chaem', '50270', 7, [['ท่าผา', 'Tha Pha'], ['บ้านทับ', 'Ban Thap'], ['แม่ศึก', 'Mae Suek'], ['แม่นาจร', 'Mae Na Chon'], ['ปางหินฝน', 'Pang Hin Fon']]],
  ['5004', 'เชียงดาว', 'Chiang Dao', '50170', 7, [['เชียงดาว', 'Chiang Dao'], ['เมืองนะ', 'Mueang Na'], ['เมืองงาย', 'Mueang Ngai'], ['แม่นะ', 'Mae Na'], ['เมืองคอง', 'Mueang Khong']]],
  ['5005', 'ดอยสะเก็ด', 'Doi Saket', '50220', 14, [['เชิงดอย', 'Choeng Doi'], ['สันปูเลย', 'San Pu Loei'], ['ลวงเหนือ', 'Luang Nuea'], ['ป่าป้อง', 'Pa Pong'], ['สง่าบ้าน', 'Sa-nga Ban']]],
  ['5006', 'แม่แตง', 'Mae Taeng', '50150', 13, [['สันมหาพน', 'San Maha Phon'], ['แม่แตง', 'Mae Taeng'], ['ขี้เหล็ก', 'Khilek'], ['ช่อแล', 'Cho Lae'], ['แม่หอพระ', 'Mae Ho Phra']]],
  ['5007', 'แม่ริม', 'Mae Rim', '50180', 11, [['ขี้เหล็ก', 'Khilek'], ['ริมใต้', 'Rim Tai'], ['ริมเหนือ', 'Rim Nuea'], ['สันโป่ง', 'San Pong'], ['ห้วยทราย', 'Huai Sai']]],
  ['5008', 'สะเมิง', 'Samoeng', '50250', 5, [['สะเมิงใต้', 'Samoeng Tai'], ['สะเมิงเหนือ', 'Samoeng Nuea'], ['แม่สาบ', 'Mae Sap'], ['บ่อแก้ว', 'Bo Kaeo']]],
  ['5009', 'ฝาง', 'Fang', '50110', 8, [['เวียง', 'Wiang'], ['ม่อนปิ่น', 'Mon Pin'], ['สันทราย', 'San Sai'], ['แม่คะ', 'Mae Ka'], ['แม่ข่า', 'Mae Kha', '50320']]],
  ['5010', 'แม่อาย', 'Mae Ai', '50280', 7, [['บ้านหลวง', 'Ban Luang'], ['แม่นาวาง', 'Mae Na Wang'], ['แม่สาว', 'Mae Sao'], ['แม่อาย', 'Mae Ai'], ['ท่าตอน', 'Tha Ton']]],
  ['5011', 'พร้าว', 'Phrao', '50190', 11, [['เวียง', 'Wiang'], ['สันทราย', 'San Sai'], ['ทุ่งหลวง', 'Thung Luang'], ['ป่าตุ้ม', 'Pa Tum'], ['บ้านโป่ง', 'Ban Pong']]],
  ['5012', 'สันป่าตอง', 'San Pa Tong', '50120', 11, [['ยุหว่า', 'Yu Wa'], ['สันกลาง', 'San Klang'], ['ท่าวังพร้าว', 'Tha Wang Phrao'], ['มะขามหลวง', 'Makham Luang'], ['แม่ก๊า', 'Mae Ka']]],
  ['5013', 'สันกำแพง', 'San Kamphaeng', '50130', 10, [['ห้วยทราย', 'Huai Sai'], ['สันกลาง', 'San Klang'], ['สันกำแพง', 'San Kamphaeng'], ['ทรายมูล', 'Sai Mun'], ['ร้องวัวแดง', 'Rong Wua Daeng']]],
  ['5014', 'สันทราย', 'San Sai', '50210', 12, [['สันทรายหลวง', 'San Sai Luang'], ['สันทรายน้อย', 'San Sai Noi'], ['สันป่าเปา', 'San Pa Pao'], ['หนองแหย่ง', 'Nong Yaeng'], ['หนองจ๊อม', 'Nong Chom']]],
  ['5015', 'หางดง', 'Hang Dong', '50230', 11, [['น้ำแพร่', 'Nam Phrae'], ['หางดง', 'Hang Dong'], ['หนองแก๋ว', 'Nong Kaeo'], ['หารแก้ว', 'Han Kaeo'], ['หนองตอง', 'Nong Tong', '50340']]],
  ['5016', 'ฮอด', 'Hot', '50240', 6, [['หางดง', 'Hang Dong'], ['ฮอด', 'Hot'], ['บ้านตาล', 'Ban Tan'], ['บ่อหลวง', 'Bo Luang'], ['บ่อสลี', 'Bo Sali']]],
  ['5017', 'ดอยเต่า', 'Doi Tao', '50260', 6, [['ดอยเต่า', 'Doi Tao'], ['ท่าเดื่อ', 'Tha Duea'], ['บ้านแอ่น', 'Ban Aen'], ['บงตัน', 'Bong Tan'], ['โปงทุ่ง', 'Pong Thung']]],
  ['5018', 'อมก๋อย', 'Omkoi', '50310', 6, [['อมก๋อย', 'Omkoi'], ['แม่ตื่น', 'Mae Tuen'], ['ม่อนจอง', 'Mon Chong'], ['สบโขง', 'Sop Khong']]],
  ['5019', 'สารภี', 'Saraphi', '50140', 12, [['ดอนแก้ว', 'Don Kaeo'], ['สันทราย', 'San Sai'], ['สารภี', 'Saraphi'], ['ชมภู', 'Chomphu'], ['ไชยสถาน', 'Chaiya Sathan']]],
  ['5020', 'เวียงแหง', 'Wiang Haeng', '50350', 3, [['เมืองแหง', 'Mueang Haeng'], ['เปียงหลวง', 'Piang Luang'], ['แสนไห', 'Saen Hai']]],
  ['5021', 'ไชยปราการ', 'Chai Prakan', '50320', 4, [['ปงตำ', 'Pong Tam'], ['ศรีดงเย็น', 'Si Dong Yen'], ['หนองบัว', 'Nong Bua']]],
  ['5022', 'แม่วาง', 'Mae Wang', '50360', 5, [['ทุ่งปี้', 'Thung Pi'], ['บ้านกาด', 'Ban Kat'], ['ดอนเปา', 'Don Pao']]],
  ['5023', 'แม่ออน', 'Mae On', '50130', 6, [['ออนเหนือ', 'On Nuea'], ['ห้วยแก้ว', 'Huai Kaeo'], ['แม่ทา', 'Mae Tha'], ['ทาเหนือ', 'Tha Nuea'], ['ออนกลาง', 'On Klang']]],
  ['5024', 'ดอยหล่อ', 'Doi Lo', '50160', 4, [['ยางคราม', 'Yang Khram'], ['สองแคว', 'Song Khwae'], ['ดอยหล่อ', 'Doi Lo'], ['สันติสุข', 'Santi Suk']]],
  ['5025', 'กัลยาณิวัฒนา', 'Galyani Vadhana', '58130', 3, [['บ้านจันทร์', 'Ban Chan'], ['แม่แดด', 'Mae Daet'], ['แจ่มหลวง', 'Chaem Luang']]],
  // 51 ลำพูน
  ['5101', 'เมืองลำพูน', 'Mueang Lamphun', '51000', 15, [['ในเมือง', 'Nai Mueang'], ['เหมืองง่า', 'Mueang Nga'], ['ริมปิง', 'Rim Ping'], ['ต้นธง', 'Ton Thong'], ['บ้านกลาง', 'Ban Klang']]],
  ['5102', 'แม่ทา', 'Mae Tha', '51140', 6, [['ทาปลาดุก', 'Tha Pla Duk'], ['ทาสบเส้า', 'Tha Sop Sao'], ['ทากาศ', 'Tha Kat', '51170'], ['ทาขุมเงิน', 'Tha Khum Ngoen', '51170'], ['ทาทุ่งหลวง', 'Tha Thung Luang', '51170']]],
  ['5103', 'บ้านโฮ่ง', 'Ban Hong', '51130', 5, [['บ้านโฮ่ง', 'Ban Hong'], ['ป่าพลู', 'Pa Phlu'], ['เหล่ายาว', 'Lao Yao'], ['ศรีเตี้ย', 'Si Tia'], ['หนองปลาสะวาย', 'Nong Pla Sawai']]],
  ['5104', 'ลี้', 'Li', '51110', 8, [['ลี้', 'Li'], ['แม่ตืน', 'Mae Tuen'], ['นาทราย', 'Na Sai'], ['ดงดำ', 'Dong Dam'], ['ก้อ', 'Ko']]],
  ['5105', 'ทุ่งหัวช้าง', 'Thung Hua Chang', '51160', 3, [['บ้านปวง', 'Ban Puang'], ['ทุ่งหัวช้าง', 'Thung Hua Chang'], ['ตะเคียนปม', 'Takhian Pom']]],
  ['5106', 'ป่าซาง', 'Pa Sang', '51120', 9, [['ปากบ่อง', 'Pak Bong'], ['ป่าซาง', 'Pa Sang'], ['แม่แรง', 'Mae Raeng'], ['ม่วงน้อย', 'Muang Noi'], ['บ้านเรือน', 'Ban Ruean']]],
  ['5107', 'บ้านธิ', 'Ban Thi', '51180', 2, [['บ้านธิ', 'Ban Thi'], ['ห้วยยาบ', 'Huai Yap']]],
  ['5108', 'เวียงหนองล่อง', 'Wiang Nong Long', '51120', 3, [['วังผาง', 'Wang Phang'], ['หนองล่อง', 'Nong Long'], ['หนองยวง', 'Nong Yuang']]],
  // 52 ลำปาง
  ['5201', 'เมืองลำปาง', 'Mueang Lampang', '52000', 19, [['เวียงเหนือ', 'Wiang Nuea'], ['หัวเวียง', 'Hua Wiang'], ['สวนดอก', 'Suan Dok', '52100'], ['สบตุ๋ย', 'Sop Tui', '52100'], ['พระบาท', 'Phra Bat']]],
  ['5202', 'แม่เมาะ', 'Mae Mo', '52220', 5, [['นาสัก', 'Na Sak'], ['บ้านดง', 'Ban Dong'], ['จางเหนือ', 'Chang Nuea'], ['แม่เมาะ', 'Mae Mo']]],
  ['5203', 'เกาะคา', 'Ko Kha', '52130', 9, [['ลำปางหลวง', 'Lampang Luang'], ['นาแก้ว', 'Na Kaeo'], ['ไหล่หิน', 'Lai Hin'], ['วังพร้าว', 'Wang Phrao'], ['ศาลา', 'Sala']]],
  ['5204', 'เสริมงาม', 'Soem Ngam', '52210', 4, [['เสริมขวา', 'Soem Khwa'], ['เสริมซ้าย', 'Soem Sai'], ['เสริมกลาง', 'Soem Klang']]],
  ['5205', 'งาว', 'Ngao', '52110', 10, [['หลวงเหนือ', 'Luang Nuea'], ['หลวงใต้', 'Luang Tai'], ['บ้านโป่ง', 'Ban Pong'], ['บ้านร้อง', 'Ban Rong'], ['ปงเตา', 'Pong Tao']]],
  ['5206', 'แจ้ห่ม', 'Chae Hom', '52120', 7, [['แจ้ห่ม', 'Chae Hom'], ['บ้านสา', 'Ban Sa'], ['ปงดอน', 'Pong Don'], ['แม่สุก', 'Mae Suk'], ['เมืองมาย', 'Mueang Mai']]],
  ['5207', 'วังเหนือ', 'Wang Nuea', '52140', 8, [['ทุ่งฮั้ว', 'Thung Hua'], ['วังเหนือ', 'Wang Nuea'], ['วังใต้', 'Wang Tai'], ['ร่องเคาะ', 'Rong Kho'], ['วังทอง', 'Wang Thong']]],
  ['5208', 'เถิน', 'Thoen', '52160', 8, [['ล้อมแรด', 'Lom Raet'], ['แม่วะ', 'Mae Wa', '52230'], ['แม่ปะ', 'Mae Pa'], ['แม่มอก', 'Mae Mok'], ['เวียงมอก', 'Wiang Mok']]],
  ['5209', 'แม่พริก', 'Mae Phrik', '52180', 4, [['แม่พริก', 'Mae Phrik'], ['ผาปัง', 'Pha Pang'], ['แม่ปุ', 'Mae Pu']]],
  ['5210', 'แม่ทะ', 'Mae Tha', '52150', 10, [['แม่ทะ', 'Mae Tha'], ['ป่าตัน', 'Pa Tan'], ['น้ำโจ้', 'Nam Cho'], ['ดอนไฟ', 'Don Fai'], ['หัวเสือ', 'Hua Suea']]],
  ['5211', 'สบปราบ', 'Sop Prap', '52170', 4, [['สบปราบ', 'Sop Prap'], ['สมัย', 'Samai'], ['นายาง', 'Na Yang']]],
  ['5212', 'ห้างฉัตร', 'Hang Chat', '52190', 7, [['ห้างฉัตร', 'Hang Chat'], ['หนองหล่ม', 'Nong Lom'], ['เมืองยาว', 'Mueang Yao'], ['ปงยางคก', 'Pong Yang Khok'], ['เวียงตาล', 'Wiang Tan']]],
  ['5213', 'เมืองปาน', 'Mueang Pan', '52240', 5, [['แจ้ซ้อน', 'Chae Son'], ['บ้านขอ', 'Ban Kho'], ['เมืองปาน', 'Mueang Pan'], ['หัวเมือง', 'Hua Mueang']]],
  // 53 อุตรดิตถ์
  ['5301', 'เมืองอุตรดิตถ์', 'Mueang Uttaradit', '53000', 17, [['ท่าอิฐ', 'Tha It'], ['ท่าเสา', 'Tha Sao'], ['บ้านเกาะ', 'Ban Ko'], ['ป่าเซ่า', 'Pa Sao'], ['คุ้งตะเภา', 'Khung Taphao']]],
  ['5302', 'ตรอน', 'Tron', '53140', 5, [['วังแดง', 'Wang Daeng'], ['บ้านแก่ง', 'Ban Kaeng'], ['หาดสองแคว', 'Hat Song Khwae'], ['น้ำอ่าง', 'Nam Ang'], ['ข่อยสูง', 'Khoi Sung']]],
  ['5303', 'ท่าปลา', 'Tha Pla', '53150', 8, [['ท่าปลา', 'Tha Pla'], ['หาดล้า', 'Hat La', '53190'], ['ผาเลือด', 'Pha Lueat', '53190'], ['น้ำหมัน', 'Nam Man'], ['ท่าแฝก', 'Tha Faek', '53110']]],
  ['5304', 'น้ำปาด', 'Nam Pat', '53110', 6, [['แสนตอ', 'Saen To'], ['บ้านฝาย', 'Ban Fai'], ['เด่นเหล็ก', 'Den Lek'], ['น้ำไคร้', 'Nam Khrai'], ['น้ำไผ่', 'Nam Phai']]],
  ['5305', 'ฟากท่า', 'Fak Tha', '53160', 4, [['ฟากท่า', 'Fak Tha'], ['สองคอน', 'Song Khon'], ['บ้านเสี้ยว', 'Ban Siao'], ['สองห้อง', 'Song Hong']]],
  ['5306', 'บ้านโคก', 'Ban Khok', '53180', 4, [['ม่วงเจ็ดต้น', 'Muang Chet Ton'], ['บ้านโคก', 'Ban Khok'], ['นาขุม', 'Na Khum']]],
  ['5307', 'พิชัย', 'Phichai', '53120', 11, [['ในเมือง', 'Nai Mueang'], ['ไร่อ้อย', 'Rai Oi'], ['ท่าสัก', 'Tha Sak', '53220'], ['บ้านหม้อ', 'Ban Mo'], ['ท่ามะเฟือง', 'Tha Mafueang']]],
  ['5308', 'ลับแล', 'Laplae', '53130', 8, [['ศรีพนมมาศ', 'Si Phanom Mat'], ['แม่พูล', 'Mae Phun'], ['นานกกก', 'Na Nok Kok'], ['ฝายหลวง', 'Fai Luang'], ['ชัยจุมพล', 'Chai Chumphon']]],
  ['5309', 'ทองแสนขัน', 'Thong Saen Khan', '53230', 4, [['น้ำพี้', 'Nam Phi'], ['บ่อทอง', 'Bo Thong'], ['ผักขวง', 'Phak Khuang'], ['ป่าคาย', 'Pa Khai']]],
  // 54 แพร่
  ['5401', 'เมืองแพร่', 'Mueang Phrae', '54000', 20, [['ในเวียง', 'Nai Wiang'], ['นาจักร', 'Na Chak'], ['น้ำชำ', 'Nam Cham'], ['ป่าแดง', 'Pa Daeng'], ['ทุ่งโฮ้ง', 'Thung Hong']]],
  ['5402', 'ร้องกวาง', 'Rong Kwang', '54140', 11, [['ร้องกวาง', 'Rong Kwang'], ['ร้องเข็ม', 'Rong Khem'], ['น้ำเลา', 'Nam Lao'], ['บ้านเวียง', 'Ban Wiang'], ['ทุ่งศรี', 'Thung Si']]],
  ['5403', 'ลอง', 'Long', '54150', 9, [['ห้วยอ้อ', 'Huai O'], ['บ้านปิน', 'Ban Pin'], ['ต้าผามอก', 'Ta Pha Mok'], ['เวียงต้า', 'Wiang Ta'], ['ปากกาง', 'Pak Kang']]],
  ['5404', 'สูงเม่น', 'Sung Men', '54130', 12, [['น้ำชำ', 'Nam Cham'], ['สูงเม่น', 'Sung Men'], ['หัวฝาย', 'Hua Fai'], ['ดอนมูล', 'Don Mun'], ['บ้านเหล่า', 'Ban Lao']]],
  ['5405', 'เด่นชัย', 'Den Chai', '54110', 5, [['เด่นชัย', 'Den Chai'], ['ไทรย้อย', 'Sai Yoi'], ['ห้วยไร่', 'Huai Rai'], ['ปงป่าหวาย', 'Pong Pa Wai']]],
  ['5406', 'สอง', 'Song', '54120', 8, [['บ้านหนุน', 'Ban Nun'], ['บ้านกลาง', 'Ban Klang'], ['ห้วยหม้าย', 'Huai Mai'], ['เตาปูน', 'Tao Pun'], ['หัวเมือง', 'Hua Mueang']]],
  ['5407', 'วังชิ้น', 'Wang Chin', '54160', 7, [['วังชิ้น', 'Wang Chin'], ['สรอย', 'Soi'], ['แม่ป้าก', 'Mae Pak'], ['นาพูน', 'Na Phun'], ['ป่าสัก', 'Pa Sak']]],
  ['5408', 'หนองม่วงไข่', 'Nong Muang Khai', '54170', 6, [['แม่คำมี', 'Mae Kham Mi'], ['หนองม่วงไข่', 'Nong Muang Khai'], ['น้ำรัด', 'Nam Rat'], ['วังหลวง', 'Wang Luang']]],
  // 55 น่าน
  ['5501', 'เมืองน่าน', 'Mueang Nan', '55000', 11, [['ในเวียง', 'Nai Wiang'], ['บ่อ', 'Bo'], ['ผาสิงห์', 'Pha Sing'], ['ไชยสถาน', 'Chaiya Sathan'], ['เรือง', 'Rueang']]],
  ['5502', 'แม่จริม', 'Mae Charim', '55170', 5, [['หมอเมือง', 'Mo Mueang'], ['หนองแดง', 'Nong Daeng'], ['น้ำพาง', 'Nam Phang'], ['น้ำปาย', 'Nam Pai'], ['แม่จริม', 'Mae Charim']]],
  ['5503', 'บ้านหลวง', 'Ban Luang', '55190', 4, [['ป่าคาหลวง', 'Pa Kha Luang'], ['บ้านฟ้า', 'Ban Fa'], ['บ้านพี้', 'Ban Phi']]],
  ['5504', 'นาน้อย', 'Na Noi', '55150', 7, [['นาน้อย', 'Na Noi'], ['เชียงของ', 'Chiang Khong'], ['สถาน', 'Sathan'], ['บัวใหญ่', 'Bua Yai'], ['น้ำตก', 'Nam Tok']]],
  ['5505', 'ปัว', 'Pua', '55120', 12, [['สถาน', 'Sathan'], ['ปัว', 'Pua'], ['ศิลาแลง', 'Sila Laeng'], ['ศิลาเพชร', 'Sila Phet'], ['ไชยวัฒนา', 'Chai Watthana']]],
  ['5506', 'ท่าวังผา', 'Tha Wang Pha', '55140', 10, [['ริม', 'Rim'], ['ป่าคา', 'Pa Kha'], ['ผาตอ', 'Pha To'], ['ยม', 'Yom'], ['ตาลชุม', 'Tan Chum']]],
  ['5507', 'เวียงสา', 'Wiang Sa', '55110', 17, [['ตาลชุม', 'Tan Chum'], ['กลางเวียง', 'Klang Wiang'], ['ไหล่น่าน', 'Lai Nan'], ['นาเหลือง', 'Na Lueang'], ['ส้าน', 'San']]],
  ['5508', 'ทุ่งช้าง', 'Thung Chang', '55130', 4, [['งอบ', 'Ngop'], ['และ', 'Lae'], ['ทุ่งช้าง', 'Thung Chang']]],
  ['5509', 'เชียงกลาง', 'Chiang Klang', '55160', 6, [['เชียงกลาง', 'Chiang Klang'], ['เชียงคาน', 'Chiang Khan'], ['พระธาตุ', 'Phra That'], ['พญาแก้ว', 'Phaya Kaeo'], ['พระพุทธบาท', 'Phra Phutthabat']]],
  ['5510', 'นาหมื่น', 'Na Muen', '55180', 4, [['บ่อแก้ว', 'Bo Kaeo'], ['เมืองลี', 'Mueang Li'], ['ปิงหลวง', 'Ping Luang']]],
  ['5511', 'สันติสุข', 'Santi Suk', '55210', 3, [['ดู่พงษ์', 'Du Phong'], ['พงษ์', 'Phong'], ['ป่าแลวหลวง', 'Pa Laeo Luang']]],
  ['5512', 'บ่อเกลือ', 'Bo Kluea', '55220', 4, [['บ่อเกลือเหนือ', 'Bo Kluea Nuea'], ['บ่อเกลือใต้', 'Bo Kluea Tai'], ['ภูฟ้า', 'Phu Fa'], ['ดงพญา', 'Dong Phaya']]],
  ['5513', 'สองแคว', 'Song Khwae', '55160', 3, [['นาไร่หลวง', 'Na Rai Luang'], ['ยอด', 'Yot'], ['ชนแดน', 'Chon Daen']]],
  ['5514', 'ภูเพียง', 'Phu Phiang', '55000', 7, [['ฝายแก้ว', 'Fai Kaeo'], ['ท่าน้าว', 'Tha Nao'], ['นาปัง', 'Na Pang'], ['เมืองจัง', 'Mueang Chang'], ['น้ำแก่น', 'Nam Kaen']]],
  ['5515', 'เฉลิมพระเกียรติ', 'Chaloem Phra Kiat', '55130', 2, [['ห้วยโก๋น', 'Huai Kon'], ['ขุนน่าน', 'Khun Nan']]],
  // 56 พะเยา
  ['5601', 'เมืองพะเยา', 'Mueang Phayao', '56000', 15, [['เวียง', 'Wiang'], ['แม่ต๋ำ', 'Mae Tam'], ['แม่นาเรือ', 'Mae Na Ruea'], ['บ้านต๊ำ', 'Ban Tam'], ['บ้านต๋อม', 'Ban Tom']]],
  ['5602', 'จุน', 'Chun', '56150', 7, [['ห้วยข้าวก่ำ', 'Huai Khao Kam'], ['จุน', 'Chun'], ['ลอ', 'Lo'], ['หงส์หิน', 'Hong Hin'], ['ห้วยยางขาม', 'Huai Yang Kham']]],
  ['5603', 'เชียงคำ', 'Chiang Kham', '56110', 10, [['เวียง', 'Wiang'], ['น้ำแวน', 'Nam Waen'], ['ฝายกวาง', 'Fai Kwang'], ['ร่มเย็น', 'Rom Yen'], ['เชียงบาน', 'Chiang Ban']]],
  ['5604', 'เชียงม่วน', 'Chiang Muan', '56160', 3, [['เชียงม่วน', 'Chiang Muan'], ['บ้านมาง', 'Ban Mang'], ['สระ', 'Sa']]],
  ['5605', 'ดอกคำใต้', 'Dok Khamtai', '56120', 12, [['ดอกคำใต้', 'Dok Kham Tai'], ['ดอนศรีชุม', 'Don Si Chum'], ['บ้านถ้ำ', 'Ban Tham'], ['บ้านปิน', 'Ban Pin'], ['ห้วยลาน', 'Huai Lan']]],
  ['5606', 'ปง', 'Pong', '56140', 7, [['ปง', 'Pong'], ['ควร', 'Khuan'], ['ออย', 'Oi'], ['ผาช้างน้อย', 'Pha Chang Noi'], ['นาปรัง', 'Na Prang']]],
  ['5607', 'แม่ใจ', 'Mae Chai', '56130', 6, [['แม่ใจ', 'Mae Chai'], ['ศรีถ้อย', 'Si Thoi'], ['แม่สุก', 'Mae Suk'], ['ป่าแฝก', 'Pa Faek'], ['บ้านเหล่า', 'Ban Lao']]],
  ['5608', 'ภูซาง', 'Phu Sang', '56110', 5, [['ทุ่งกล้วย', 'Thung Kluai'], ['สบบง', 'Sop Bong'], ['เชียงแรง', 'Chiang Raeng'], ['ภูซาง', 'Phu Sang'], ['ป่าสัก', 'Pa Sak']]],
  ['5609', 'ภูกามยาว', 'Phu Kamyao', '56000', 3, [['ดงเจน', 'Dong Chen'], ['ห้วยแก้ว', 'Huai Kaeo'], ['แม่อิง', 'Mae Ing']]],
  // 57 เชียงราย
  ['5701', 'เมืองเชียงราย', 'Mueang Chiang Rai', '57000', 16, [['เวียง', 'Wiang'], ['รอบเวียง', 'Rop Wiang'], ['บ้านดู่', 'Ban Du', '57100'], ['นางแล', 'Nang Lae', '57100'], ['แม่ข้าวต้ม', 'Mae Khao Tom', '57100']]],
  ['5702', 'เวียงชัย', 'Wiang Chai', '57210', 5, [['เวียงเหนือ', 'Wiang Nuea'], ['ผางาม', 'Pha Ngam'], ['เวียงชัย', 'Wiang Chai'], ['ดอนศิลา', 'Don Sila'], ['เมืองชุม', 'Mueang Chum']]],
  ['5703', 'เชียงของ', 'Chiang Khong', '57140', 7, [['เวียง', 'Wiang'], ['สถาน', 'Sathan'], ['บุญเรือง', 'Bun Rueang'], ['ห้วยซ้อ', 'Huai So'], ['ศรีดอนชัย', 'Si Don Chai']]],
  ['5704', 'เทิง', 'Thoeng', '57160', 10, [['เวียง', 'Wiang'], ['งิ้ว', 'Ngio'], ['ปล้อง', 'Plong', '57230'], ['แม่ลอย', 'Mae Loi', '57230'], ['เชียงเคี่ยน', 'Chiang Khian', '57230']]],
  ['5705', 'พาน', 'Phan', '57120', 15, [['แม่อ้อ', 'Mae O'], ['ธารทอง', 'Than Thong', '57250'], ['สันติสุข', 'Santi Suk'], ['ดอยงาม', 'Doi Ngam'], ['หัวง้ม', 'Hua Ngom']]],
  ['5706', 'ป่าแดด', 'Pa Daet', '57190', 5, [['สันมะค่า', 'San Makha'], ['ป่าแดด', 'Pa Daet'], ['โรงช้าง', 'Rong Chang'], ['ศรีโพธิ์เงิน', 'Si Pho Ngoen']]],
  ['5707', 'แม่จัน', 'Mae Chan', '57110', 11, [['สันทราย', 'San Sai'], ['ป่าซาง', 'Pa Sang'], ['แม่จัน', 'Mae Chan'], ['แม่คำ', 'Mae Kham', '57240'], ['แม่ไร่', 'Mae Rai', '57240']]],
  ['5708', 'เชียงแสน', 'Chiang Saen', '57150', 6, [['เวียง', 'Wiang'], ['ป่าสัก', 'Pa Sak'], ['ศรีดอนมูล', 'Si Don Mun'], ['แม่เงิน', 'Mae Ngoen']]],
  ['5709', 'แม่สาย', 'Mae Sai', '57130', 8, [['แม่สาย', 'Mae Sai'], ['ห้วยไคร้', 'Huai Khrai', '57220'], ['เกาะช้าง', 'Ko Chang'], ['โป่งผา', 'Pong Pha'], ['ศรีเมืองชุม', 'Si Mueang Chum']]],
  ['5710', 'แม่สรวย', 'Mae Suai', '57180', 7, [['ป่าแดด', 'Pa Daet'], ['แม่สรวย', 'Mae Suai'], ['แม่พริก', 'Mae Phrik'], ['ศรีถ้อย', 'Si Thoi'], ['ท่าก๊อ', 'Tha Ko']]],
  ['5711', 'เวียงป่าเป้า', 'Wiang Pa Pao', '57170', 7, [['เวียง', 'Wiang'], ['สันสลี', 'San Sali'], ['บ้านโป่ง', 'Ban Pong'], ['ป่างิ้ว', 'Pa Ngio'], ['เวียงกาหลง', 'Wiang Kalong', '57260']]],
  ['5712', 'พญาเม็งราย', 'Phaya Mengrai', '57290', 5, [['แม่เปา', 'Mae Pao'], ['แม่ต๋ำ', 'Mae Tam'], ['ไม้ยา', 'Mai Ya'], ['เม็งราย', 'Mengrai'], ['ตาดควัน', 'Tat Khwan']]],
  ['5713', 'เวียงแก่น', 'Wiang Kaen', '57310', 4, [['ม่วงยาย', 'Muang Yai'], ['ปอ', 'Po'], ['หล่ายงาว', 'Lai Ngao'], ['ท่าข้าม', 'Tha Kham']]],
  ['5714', 'ขุนตาล', 'Khun Tan', '57340', 3, [['ต้า', 'Ta'], ['ยางฮอม', 'Yang Hom'], ['ป่าตาล', 'Pa Tan']]],
  ['5715', 'แม่ฟ้าหลวง', 'Mae Fa Luang', '57240', 4, [['แม่สลองนอก', 'Mae Salong Nok', '57110'], ['เทอดไทย', 'Thoet Thai'], ['แม่สลองใน', 'Mae Salong Nai', '57110'], ['แม่ฟ้าหลวง', 'Mae Fa Luang']]],
  ['5716', 'แม่ลาว', 'Mae Lao', '57250', 5, [['บัวสลี', 'Bua Sali'], ['ป่าก่อดำ', 'Pa Ko Dam'], ['จอมหมอกแก้ว', 'Chom Mok Kaeo'], ['โป่งแพร่', 'Pong Phrae', '57000']]],
  ['5717', 'เวียงเชียงรุ้ง', 'Wiang Chiang Rung', '57210', 3, [['ทุ่งก่อ', 'Thung Ko'], ['ป่าซาง', 'Pa Sang'], ['ดงมหาวัน', 'Dong Maha Wan']]],
  ['5718', 'ดอยหลวง', 'Doi Luang', '57110', 3, [['ปงน้อย', 'Pong Noi'], ['หนองป่าก่อ', 'Nong Pa Ko'], ['โชคชัย', 'Chok Chai']]],
  // 58 แม่ฮ่องสอน
  ['5801', 'เมืองแม่ฮ่องสอน', 'Mueang Mae Hong Son', '58000', 7, [['จองคำ', 'Chong Kham'], ['ห้วยโป่ง', 'Huai Pong'], ['ผาบ่อง', 'Pha Bong'], ['ปางหมู', 'Pang Mu'], ['ห้วยผา', 'Huai Pha']]],
  ['5802', 'ขุนยวม', 'Khun Yuam', '58140', 6, [['ขุนยวม', 'Khun Yuam'], ['แม่เงา', 'Mae Ngao'], ['แม่ยวมน้อย', 'Mae Yuam Noi'], ['แม่กิ๊', 'Mae Ki']]],
  ['5803', 'ปาย', 'Pai', '58130', 7, [['เวียงใต้', 'Wiang Tai'], ['เวียงเหนือ', 'Wiang Nuea'], ['แม่ฮี้', 'Mae Hi'], ['ทุ่งยาว', 'Thung Yao'], ['เมืองแปง', 'Mueang Paeng']]],
  ['5804', 'แม่สะเรียง', 'Mae Sariang', '58110', 7, [['บ้านกาศ', 'Ban Kat'], ['แม่สะเรียง', 'Mae Sariang'], ['แม่คง', 'Mae Khong'], ['แม่เหาะ', 'Mae Ho'], ['แม่ยวม', 'Mae Yuam']]],
  ['5805', 'แม่ลาน้อย', 'Mae La Noi', '58120', 8, [['แม่ลาน้อย', 'Mae La Noi'], ['แม่ลาหลวง', 'Mae La Luang'], ['แม่โถ', 'Mae Tho'], ['ห้วยห้อม', 'Huai Hom'], ['แม่นาจาง', 'Mae Na Chang']]],
  ['5806', 'สบเมย', 'Sop Moei', '58110', 6, [['แม่คะตวน', 'Mae Khatuan'], ['สบเมย', 'Sop Moei'], ['กองก๋อย', 'Kong Koi'], ['แม่สวด', 'Mae Suat'], ['ป่าโปง', 'Pa Pong']]],
  ['5807', 'ปางมะผ้า', 'Pang Mapha', '58150', 4, [['ปางมะผ้า', 'Pang Mapha'], ['สบป่อง', 'Sop Pong'], ['นาปู่ป้อม', 'Na Pu Pom']]],
  // 60 นครสวรรค์
  ['6001', 'เมืองนครสวรรค์', 'Mueang Nakhon Sawan', '60000', 17, [['ปากน้ำโพ', 'Pak Nam Pho'], ['กลางแดด', 'Klang Daet'], ['แควใหญ่', 'Khwae Yai'], ['นครสวรรค์ตก', 'Nakhon Sawan Tok'], ['นครสวรรค์ออก', 'Nakhon Sawan Ok']]],
  ['6002', 'โกรกพระ', 'Krok Phra', '60170', 9, [['โกรกพระ', 'Krok Phra'], ['ยางตาล', 'Yang Tan'], ['นากลาง', 'Na Klang'], ['ศาลาแดง', 'Sala Daeng'], ['เนินกว้าว', 'Noen Kao']]],
  ['6003', 'ชุมแสง', 'Chum Saeng', '60120', 12, [['ชุมแสง', 'Chum Saeng'], ['พิกุล', 'Phikun'], ['ท่าไม้', 'Tha Mai'], ['บางเคียน', 'Bang Khian'], ['หนองกระเจา', 'Nong Krachao']]],
  ['6004', 'หนองบัว', 'Nong Bua', '60110', 9, [['หนองบัว', 'Nong Bua'], ['ห้วยร่วม', 'Huai Ruam'], ['ห้วยใหญ่', 'Huai Yai'], ['ทุ่งทอง', 'Thung Thong'], ['วังบ่อ', 'Wang Bo']]],
  ['6005', 'บรรพตพิสัย', 'Banphot Phisai', '60180', 13, [['หนองกรด', 'Nong Krot'], ['ท่างิ้ว', 'Tha Ngio'], ['บางตาหงาย', 'Bang Ta Ngai'], ['อ่างทอง', 'Ang Thong'], ['บ้านแดน', 'Ban Daen']]],
  ['6006', 'เก้าเลี้ยว', 'Kao Liao', '60230', 5, [['มหาโพธิ', 'Maha Phot'], ['เก้าเลี้ยว', 'Kao Liao'], ['หนองเต่า', 'Nong Tao'], ['เขาดิน', 'Khao Din'], ['หัวดง', 'Hua Dong']]],
  ['6007', 'ตาคลี', 'Takhli', '60140', 10, [['ตาคลี', 'Takhli'], ['ช่องแค', 'Chong Khae', '60210'], ['จันเสน', 'Chan Sen', '60260'], ['ห้วยหอม', 'Huai Hom', '60210'], ['หัวหวาย', 'Hua Wai']]],
  ['6008', 'ท่าตะโก', 'Tha Tako', '60160', 10, [['ท่าตะโก', 'Tha Tako'], ['หัวถนน', 'Hua Thanon'], ['ดอนคา', 'Dong Kha'], ['ทำนบ', 'Thamnop'], ['วังใหญ่', 'Wang Yai']]],
  ['6009', 'ไพศาลี', 'Phaisali', '60220', 8, [['โคกเดื่อ', 'Khok Duea'], ['สำโรงชัย', 'Samrong Chai'], ['วังน้ำลัด', 'Wang Nam Lat'], ['โพธิ์ประสาท', 'Pho Prasat'], ['วังข่อย', 'Wang Khoi']]],
  ['6010', 'พยุหะคีรี', 'Phayuha Khiri', '60130', 11, [['พยุหะ', 'Phayuha'], ['เนินมะกอก', 'Noen Makok'], ['นิคมเขาบ่อแก้ว', 'Nikhom Khao Bo Kaeo'], ['ม่วงหัก', 'Muang Hak'], ['ยางขาว', 'Yang Khao']]],
  ['6011', 'ลาดยาว', 'Lat Yao', '60150', 12, [['ลาดยาว', 'Lat Yao'], ['ห้วยน้ำหอม', 'Huai Nam Hom'], ['วังม้า', 'Wang Ma'], ['วังเมือง', 'Wang Mueang'], ['สร้อยละคร', 'Soi Lakhon']]],
  ['6012', 'ตากฟ้า', 'Tak Fa', '60190', 7, [['ตากฟ้า', 'Tak Fa'], ['สุขสำราญ', 'Suk Samran'], ['หนองพิกุล', 'Nong Phikun'], ['พุนกยูง', 'Phu Nok Yung'], ['เขาชายธง', 'Khao Chai Thong']]],
  ['6013', 'แม่วงก์', 'Mae Wong', '60150', 4, [['แม่วงก์', 'Mae Wong'], ['วังซ่าน', 'Wang San'], ['เขาชนกัน', 'Khao Chon Kan']]],
  ['6014', 'แม่เปิน', 'Mae Poen', '60150', 1, [['แม่เปิน', 'Mae Poen']]],
  ['6015', 'ชุมตาบง', 'Chum Ta Bong', '60150', 2, [['ปางสวรรค์', 'Pang Sawan'], ['ชุมตาบง', 'Chum Ta Bong']]],
  // 61 อุทัยธานี
  ['6101', 'เมืองอุทัยธานี', 'Mueang Uthai Thani', '61000', 14, [['อุทัยใหม่', 'Uthai Mai'], ['สะแกกรัง', 'Sakae Krang'], ['ดอนขวาง', 'Don Khwang'], ['หาดทนง', 'Hat Thanong'], ['ท่าซุง', 'Tha Sung']]],
  ['6102', 'ทัพทัน', 'Thap Than', '61120', 10, [['ทัพทัน', 'Thap Than'], ['ทุ่งนาไทย', 'Thung Na Thai'], ['หนองหญ้าปล้อง', 'Nong Ya Plong'], ['โคกหม้อ', 'Khok Mo'], ['หนองยายดา', 'Nong Yai Da']]],
  ['6103', 'สว่างอารมณ์', 'Sawang Arom', '61150', 5, [['สว่างอารมณ์', 'Sawang Arom'], ['หนองหลวง', 'Nong Luang'], ['พลวงสองนาง', 'Phluang Song Nang'], ['ไผ่เขียว', 'Phai Khiao'], ['บ่อยาง', 'Bo Yang']]],
  ['6104', 'หนองฉาง', 'Nong Chang', '61110', 10, [['หนองฉาง', 'Nong Chang'], ['หนองยาง', 'Nong Yang'], ['หนองนางนวล', 'Nong Nang Nuan'], ['หนองสรวง', 'Nong Suang'], ['บ้านเก่า', 'Ban Kao']]],
  ['6105', 'หนองขาหย่าง', 'Nong Khayang', '61130', 9, [['หนองขาหย่าง', 'Nong Khayang'], ['หนองไผ่', 'Nong Phai'], ['ดอนกลอย', 'Don Kloi'], ['ห้วยรอบ', 'Huai Rop'], ['ทุ่งพึ่ง', 'Thung Phueng']]],
  ['6106', 'บ้านไร่', 'Ban Rai', '61140', 13, [['บ้านไร่', 'Ban Rai'], ['ทัพหลวง', 'Thap Luang'], ['ห้วยแห้ง', 'Huai Haeng'], ['คอกควาย', 'Khok Khwai'], ['วังหิน', 'Wang Hin', '61180']]],
  ['6107', 'ลานสัก', 'Lan Sak', '61160', 6, [['ป่าอ้อ', 'Pa O'], ['ประดู่ยืน', 'Pradu Yuen'], ['ลานสัก', 'Lan Sak'], ['น้ำรอบ', 'Nam Rop'], ['ทุ่งนางาม', 'Thung Na Ngam']]],
  ['6108', 'ห้วยคต', 'Huai Khot', '61170', 3, [['ห้วยคต', 'Huai Khot'], ['สุขฤทัย', 'Suk Ruethai'], ['ทองหลาง', 'Thong Lang']]],
  // 62 กำแพงเพชร
  ['6201', 'เมืองกำแพงเพชร', 'Mueang Kamphaeng Phet', '62000', 16, [['ในเมือง', 'Nai Mueang'], ['อ่างทอง', 'Ang Thong'], ['นาบ่อคำ', 'Na Bo Kham'], ['นครชุม', 'Nakhon Chum'], ['ทรงธรรม', 'Song Tham']]],
  ['6202', 'ไทรงาม', 'Sai Ngam', '62150', 7, [['หนองคล้า', 'Nong Khla'], ['ไทรงาม', 'Sai Ngam'], ['หนองทอง', 'Nong Thong'], ['หนองไม้กอง', 'Nong Mai Kong'], ['มหาชัย', 'Maha Chai']]],
  ['6203', 'คลองลาน', 'Khlong Lan', '62180', 4, [['โป่งน้ำร้อน', 'Pong Nam Ron'], ['คลองน้ำไหล', 'Khlong Nam Lai'], ['คลองลานพัฒนา', 'Khlong Lan Phatthana'], ['สักงาม', 'Sak Ngam']]],
  ['6204', 'ขาณุวรลักษบุรี', 'Khanu Woralaksaburi', '62130', 11, [['ยางสูง', 'Yang Sung'], ['ป่าพุทรา', 'Pa Phutsa'], ['แสนตอ', 'Saen To'], ['บ่อถ้ำ', 'Bo Tham', '62140'], ['ดอนแตง', 'Don Taeng', '62140']]],
  ['6205', 'คลองขลุง', 'Khlong Khlung', '62120', 10, [['คลองขลุง', 'Khlong Khlung'], ['ท่ามะเขือ', 'Tha Makhuea'], ['ท่าพุทรา', 'Tha Phutsa'], ['แม่ลาด', 'Mae Lat'], ['วังยาง', 'Wang Yang']]],
  ['6206', 'พรานกระต่าย', 'Phran Kratai', '62110', 10, [['พรานกระต่าย', 'Phran Kratai'], ['หนองหัววัว', 'Nong Hua Wua'], ['ท่าไม้', 'Tha Mai'], ['วังควง', 'Wang Khuang'], ['วังตะแบก', 'Wang Tabaek']]],
  ['6207', 'ลานกระบือ', 'Lan Krabue', '62170', 7, [['ลานกระบือ', 'Lan Krabue'], ['ช่องลม', 'Chong Lom'], ['หนองหลวง', 'Nong Luang'], ['โนนพลวง', 'Non Phluang'], ['ประชาสุขสันต์', 'Pracha Suk San']]],
  ['6208', 'ทรายทองวัฒนา', 'Sai Thong Watthana', '62190', 3, [['ทุ่งทอง', 'Thung Thong'], ['ทุ่งทราย', 'Thung Sai'], ['ถาวรวัฒนา', 'Thawon Watthana']]],
  ['6209', 'ปางศิลาทอง', 'Pang Sila Thong', '62120', 3, [['โพธิ์ทอง', 'Pho Thong'], ['ปางตาไว', 'Pang Ta Wai'], ['หินดาต', 'Hin Dat']]],
  ['6210', 'บึงสามัคคี', 'Bueng Samakkhi', '62210', 4, [['วังชะโอน', 'Wang Cha-on'], ['บึงสามัคคี', 'Bueng Samakkhi'], ['เทพนิมิต', 'Thep Nimit']]],
  ['6211', 'โกสัมพีนคร', 'Kosamphi Nakhon', '62000', 3, [['ลานดอกไม้ตก', 'Lan Dokmai Tok'], ['โกสัมพี', 'Kosamphi'], ['เพชรชมภู', 'Phet Chomphu']]],
  // 63 ตาก
  ['6301', 'เมืองตาก', 'Mueang Tak', '63000', 14, [['หนองหลวง', 'Nong Luang'], ['เชียงเงิน', 'Chiang Ngoen'], ['หนองบัวเหนือ', 'Nong Bua Nuea'], ['ไม้งาม', 'Mai Ngam'], ['โป่งแดง', 'Pong Daeng']]],
  ['6302', 'บ้านตาก', 'Ban Tak', '63120', 7, [['ตากออก', 'Tak Ok'], ['สมอโคน', 'Samo Khon'], ['ตากตก', 'Tak Tok'], ['เกาะตะเภา', 'Ko Taphao'], ['ท้องฟ้า', 'Thong Fa']]],
  ['6303', 'สามเงา', 'Sam Ngao', '63130', 6, [['สามเงา', 'Sam Ngao'], ['วังหมัน', 'Wang Man'], ['ย่านรี', 'Yan Ri'], ['บ้านนา', 'Ban Na'], ['วังจันทร์', 'Wang Chan']]],
  ['6304', 'แม่ระมาด', 'Mae Ramat', '63140', 6, [['แม่ระมาด', 'Mae Ramat'], ['แม่ตื่น', 'Mae Tuen'], ['สามหมื่น', 'Sam Muen'], ['พระธาตุ', 'Phra That']]],
  ['6305', 'ท่าสองยาง', 'Tha Song Yang', '63150', 6, [['ท่าสองยาง', 'Tha Song Yang'], ['แม่ต้าน', 'Mae Tan'], ['แม่สอง', 'Mae Song'], ['แม่หละ', 'Mae La'], ['แม่วะหลวง', 'Mae Wa Luang']]],
  ['6306', 'แม่สอด', 'Mae Sot', '63110', 10, [['แม่สอด', 'Mae Sot'], ['แม่กุ', 'Mae Ku'], ['แม่ตาว', 'Mae Tao'], ['แม่ปะ', 'Mae Pa'], ['พระธาตุผาแดง', 'Phra That Pha Daeng']]],
  ['6307', 'พบพระ', 'Phop Phra', '63160', 5, [['พบพระ', 'Phop Phra'], ['คีรีราษฎร์', 'Khiri Rat'], ['รวมไทยพัฒนา', 'Ruam Thai Phatthana']]],
  ['6308', 'อุ้มผาง', 'Umphang', '63170', 6, [['หนองหลวง', 'Nong Luang'], ['อุ้มผาง', 'Umphang'], ['แม่จัน', 'Mae Chan'], ['แม่ละมุ้ง', 'Mae Lamung'], ['แม่กลอง', 'Mae Klong']]],
  ['6309', 'วังเจ้า', 'Wang Chao', '63180', 3, [['เชียงทอง', 'Chiang Thong'], ['นาโบสถ์', 'Na Bot'], ['ประดาง', 'Pradang']]],
  // 64 สุโขทัย
  ['6401', 'เมืองสุโขทัย', 'Mueang Sukhothai', '64000', 10, [['ธานี', 'Thani'], ['บ้านสวน', 'Ban Suan', '64220'], ['เมืองเก่า', 'Mueang Kao', '64210'], ['ปากแคว', 'Pak Khwae'], ['ยางซ้าย', 'Yang Sai']]],
  ['6402', 'บ้านด่านลานหอย', 'Ban Dan Lan Hoi', '64140', 7, [['ลานหอย', 'Lan Hoi'], ['บ้านด่าน', 'Ban Dan'], ['วังน้ำขาว', 'Wang Nam Khao'], ['ตลิ่งชัน', 'Taling Chan'], ['หนองหญ้าปล้อง', 'Nong Ya Plong']]],
  ['6403', 'คีรีมาศ', 'Khiri Mat', '64160', 10, [['โตนด', 'Tanot'], ['ทุ่งหลวง', 'Thung Luang'], ['บ้านป้อม', 'Ban Pom'], ['สามพวง', 'Sam Phuang'], ['ศรีคีรีมาศ', 'Si Khiri Mat']]],
  ['6404', 'กงไกรลาศ', 'Kong Krailat', '64170', 11, [['กง', 'Kong'], ['บ้านกร่าง', 'Ban Krang'], ['ไกรนอก', 'Krai Nok'], ['ไกรกลาง', 'Krai Klang'], ['ไกรใน', 'Krai Nai']]],
  ['6405', 'ศรีสัชนาลัย', 'Si Satchanalai', '64130', 11, [['หาดเสี้ยว', 'Hat Siao'], ['ป่างิ้ว', 'Pa Ngio'], ['แม่สำ', 'Mae Sam'], ['แม่สิน', 'Mae Sin'], ['บ้านตึก', 'Ban Tuek']]],
  ['6406', 'ศรีสำโรง', 'Si Samrong', '64120', 13, [['วังลึก', 'Wang Luek'], ['คลองตาล', 'Khlong Tan'], ['สามเรือน', 'Sam Ruean'], ['บ้านนา', 'Ban Na'], ['วังทอง', 'Wang Thong']]],
  ['6407', 'สวรรคโลก', 'Sawankhalok', '64110', 14, [['เมืองสวรรคโลก', 'Mueang Sawankhalok'], ['ในเมือง', 'Nai Mueang'], ['วังไม้ขอน', 'Wang Mai Khon'], ['ย่านยาว', 'Yan Yao'], ['นาทุ่ง', 'Na Thung']]],
  ['6408', 'ศรีนคร', 'Si Nakhon', '64180', 5, [['น้ำขุม', 'Nam Khum'], ['ศรีนคร', 'Si Nakhon'], ['หนองบัว', 'Nong Bua']]],
  ['6409', 'ทุ่งเสลี่ยม', 'Thung Saliam', '64230', 5, [['ไทยชนะศึก', 'Thai Chana Suek', '64150'], ['ทุ่งเสลี่ยม', 'Thung Saliam', '64150'], ['กลางดง', 'Klang Dong', '64150'], ['เขาแก้วศรีสมบูรณ์', 'Khao Kaeo Si Sombun']]],
  // 65 พิษณุโลก
  ['6501', 'เมืองพิษณุโลก', 'Mueang Phitsanulok', '65000', 20, [['ในเมือง', 'Nai Mueang'], ['วังน้ำคู้', 'Wang Nam Khu', '65230'], ['วัดจันทร์', 'Wat Chan'], ['วัดพริก', 'Wat Phrik', '65230'], ['ท่าทอง', 'Tha Thong']]],
  ['6502', 'นครไทย', 'Nakhon Thai', '65120', 11, [['นครไทย', 'Nakhon Thai'], ['บ้านแยง', 'Ban Yaeng'], ['เนินเพิ่ม', 'Noen Phoem'], ['นาบัว', 'Na Bua'], ['นครชุม', 'Nakhon Chum']]],
  ['6503', 'ชาติตระการ', 'Chat Trakan', '65170', 6, [['ป่าแดง', 'Pa Daeng'], ['ชาติตระการ', 'Chat Trakan'], ['สวนเมี่ยง', 'Suan Miang'], ['บ้านดง', 'Ban Dong'], ['บ่อภาค', 'Bo Phak']]],
  ['6504', 'บางระกำ', 'Bang Rakam', '65140', 11, [['บางระกำ', 'Bang Rakam'], ['พันเสา', 'Phan Sao'], ['บึงกอก', 'Bueng Kok'], ['หนองกุลา', 'Nong Kula'], ['ชุมแสงสงคราม', 'Chum Saeng Songkhram', '65240']]],
  ['6505', 'บางกระทุ่ม', 'Bang Krathum', '65110', 9, [['บางกระทุ่ม', 'Bang Krathum'], ['บ้านไร่', 'Ban Rai'], ['สนามคลี', 'Sanam Khli'], ['ท่าตาล', 'Tha Tan'], ['ไผ่ล้อม', 'Phai Lom']]],
  ['6506', 'พรหมพิราม', 'Phrom Phiram', '65150', 12, [['พรหมพิราม', 'Phrom Phiram'], ['ท่าช้าง', 'Tha Chang'], ['วงฆ้อง', 'Wong Khong', '65180'], ['หอกลอง', 'Ho Klong'], ['ตลุกเทียม', 'Taluk Thiam', '65180']]],
  ['6507', 'วัดโบสถ์', 'Wat Bot', '65160', 6, [['วัดโบสถ์', 'Wat Bot'], ['ท่างาม', 'Tha Ngam'], ['บ้านยาง', 'Ban Yang'], ['หินลาด', 'Hin Lat'], ['คันโช้ง', 'Khan Chong']]],
  ['6508', 'วังทอง', 'Wang Thong', '65130', 11, [['วังทอง', 'Wang Thong'], ['แม่ระกา', 'Mae Raka'], ['บ้านกลาง', 'Ban Klang', '65220'], ['วังพิกุล', 'Wang Phikun'], ['ท่าหมื่นราม', 'Tha Muen Ram']]],
  ['6509', 'เนินมะปราง', 'Noen Maprang', '65190', 7, [['บ้านน้อยซุ้มขี้เหล็ก', 'Ban Noi Sum Khilek'], ['วังโพรง', 'Wang Phrong'], ['ไทรย้อย', 'Sai Yoi'], ['บ้านมุง', 'Ban Mung'], ['ชมพู', 'Chomphu']]],
  // 66 พิจิตร
  ['6601', 'เมืองพิจิตร', 'Mueang Phichit', '66000', 16, [['ในเมือง', 'Nai Mueang'], ['ไผ่ขวาง', 'Phai Khwang'], ['ย่านยาว', 'Yan Yao'], ['ท่าฬ่อ', 'Tha Lo'], ['ปากทาง', 'Pak Thang']]],
  ['6602', 'วังทรายพูน', 'Wang Sai Phun', '66180', 4, [['หนองปล้อง', 'Nong Plong'], ['หนองพระ', 'Nong Phra'], ['หนองปลาไหล', 'Nong Pla Lai'], ['วังทรายพูน', 'Wang Sai Phun']]],
  ['6603', 'โพธิ์ประทับช้าง', 'Pho Prathap Chang', '66190', 7, [['ไผ่รอบ', 'Phai Rop'], ['วังจิก', 'Wang Chik'], ['โพธิ์ประทับช้าง', 'Pho Prathap Chang'], ['ไผ่ท่าโพ', 'Phai Tha Pho'], ['ดงเสือเหลือง', 'Dong Suea Lueang']]],
  ['6604', 'ตะพานหิน', 'Taphan Hin', '66110', 13, [['ตะพานหิน', 'Taphan Hin'], ['งิ้วราย', 'Ngio Rai'], ['ห้วยเกตุ', 'Huai Ket'], ['ไทรโรงโขน', 'Sai Rong Khon'], ['หนองพยอม', 'Nong Phom']]],
  ['6605', 'บางมูลนาก', 'Bang Mun Nak', '66120', 10, [['วังสำโรง', 'Wang Samrong'], ['บางมูลนาก', 'Bang Mun Nak'], ['บางไผ่', 'Bang Phai'], ['หอไกร', 'Ho Krai'], ['เนินมะกอก', 'Noen Makok']]],
  ['6606', 'โพทะเล', 'Pho Thale', '66130', 11, [['โพทะเล', 'Pho Thale'], ['ท้ายน้ำ', 'Thai Nam'], ['ทะนง', 'Thanong'], ['ท่าบัว', 'Tha Bua'], ['ทุ่งน้อย', 'Thung Noi']]],
  ['6607', 'สามง่าม', 'Sam Ngam', '66140', 5, [['สามง่าม', 'Sam Ngam'], ['กำแพงดิน', 'Kamphaeng Din', '66220'], ['รังนก', 'Rang Nok'], ['เนินปอ', 'Noen Po'], ['หนองโสน', 'Nong Sano']]],
  ['6608', 'ทับคล้อ', 'Thap Khlo', '66150', 4, [['ท้ายทุ่ง', 'Thai Thung'], ['เขาเจ็ดลูก', 'Khao Chet Luk', '66230'], ['เขาทราย', 'Khao Sai', '66230'], ['ทับคล้อ', 'Thap Khlo']]],
  ['6609', 'สากเหล็ก', 'Sak Lek', '66160', 5, [['สากเหล็ก', 'Sak Lek'], ['ท่าเยี่ยม', 'Tha Yiam'], ['คลองทราย', 'Khlong Sai'], ['หนองหญ้าไทร', 'Nong Ya Sai'], ['วังทับไทร', 'Wang Thap Sai']]],
  ['6610', 'บึงนาราง', 'Bueng Na Rang', '66130', 5, [['บางลาย', 'Bang Lai'], ['บึงนาราง', 'Bueng Na Rang'], ['โพธิ์ไทรงาม', 'Pho Sai Ngam'], ['แหลมรัง', 'Laem Rang'], ['ห้วยแก้ว', 'Huai Kaeo']]],
  ['6611', 'ดงเจริญ', 'Dong Charoen', '66210', 5, [['ห้วยร่วม', 'Huai Ruam'], ['วังงิ้ว', 'Wang Ngio'], ['วังงิ้วใต้', 'Wang Ngio Tai']]],
  ['6612', 'วชิรบารมี', 'Wachirabarami', '66220', 4, [['หนองหลุม', 'Nong Lum'], ['บ้านนา', 'Ban Na', '66140'], ['วังโมกข์', 'Wang Mok', '66140'], ['บึงบัว', 'Bueng Bua', '66140']]],
  // 67 เพชรบูรณ์
  ['6701', 'เมืองเพชรบูรณ์', 'Mueang Phetchabun', '67000', 17, [['ในเมือง', 'Nai Mueang'], ['บ้านโตก', 'Ban Tok'], ['ป่าเลา', 'Pa Lao'], ['นางั่ว', 'Na Ngua'], ['ท่าพล', 'Tha Phon', '67250']]],
  ['6702', 'ชนแดน', 'Chon Daen', '67150', 9, [['ชนแดน', 'Chon Daen'], ['ดงขุย', 'Dong Khui', '67190'], ['ท่าข้าม', 'Tha Kham'], ['พุทธบาท', 'Phutthabat'], ['ลาดแค', 'Lat Khae']]],
  ['6703', 'หล่มสัก', 'Lom Sak', '67110', 23, [['หล่มสัก', 'Lom Sak'], ['วัดป่า', 'Wat Pa'], ['ตาลเดี่ยว', 'Tan Diao'], ['ฝายนาแซง', 'Fai Na Saeng'], ['หนองสว่าง', 'Nong Sawang']]],
  ['6704', 'หล่มเก่า', 'Lom Kao', '67120', 9, [['หล่มเก่า', 'Lom Kao'], ['นาซำ', 'Na Sam'], ['บ้านเนิน', 'Ban Noen'], ['ศิลา', 'Sila'], ['นาแซง', 'Na Saeng']]],
  ['6705', 'วิเชียรบุรี', 'Wichian Buri', '67130', 14, [['น้ำร้อน', 'Nam Ron'], ['ท่าโรง', 'Tha Rong'], ['สระประดู่', 'Sa Pradu'], ['สามแยก', 'Sam Yaek'], ['โคกปรง', 'Khok Prong']]],
  ['6706', 'ศรีเทพ', 'Si Thep', '67170', 7, [['สระกรวด', 'Sa Kruat'], ['ศรีเทพ', 'Si Thep'], ['โคกสะอาด', 'Khok Sa-at'], ['หนองย่างทอย', 'Nong Yang Thoi'], ['ประดู่งาม', 'Pradu Ngam']]],
  ['6707', 'หนองไผ่', 'Nong Phai', '67140', 13, [['กองทูล', 'Kong Thun'], ['บ้านโภชน์', 'Ban Phot'], ['ท่าแดง', 'Tha Daeng'], ['เพชรละคร', 'Phet Lakhon'], ['บ่อไทย', 'Bo Thai']]],
  ['6708', 'บึงสามพัน', 'Bueng Sam Phan', '67160', 9, [['ซับสมอทอด', 'Sap Samo Thot'], ['ซับไม้แดง', 'Sap Mai Daeng'], ['หนองแจง', 'Nong Chaeng'], ['วังพิกุล', 'Wang Phikun', '67230'], ['พญาวัง', 'Phaya Wang']]],
  ['6709', 'น้ำหนาว', 'Nam Nao', '67260', 4, [['น้ำหนาว', 'Nam Nao'], ['หลักด่าน', 'Lak Dan'], ['วังกวาง', 'Wang Kwang'], ['โคกมน', 'Khok Mon']]],
  ['6710', 'วังโป่ง', 'Wang Pong', '67240', 5, [['ท้ายดง', 'Thai Dong'], ['วังโป่ง', 'Wang Pong'], ['วังหิน', 'Wang Hin'], ['วังศาล', 'Wang San']]],
  ['6711', 'เขาค้อ', 'Khao Kho', '67270', 7, [['แคมป์สน', 'Khaem Son', '67280'], ['ทุ่งสมอ', 'Thung Samo'], ['เขาค้อ', 'Khao Kho'], ['ริมสีม่วง', 'Rim Si Muang'], ['หนองแม่นา', 'Nong Mae Na']]],
  // 70 ราชบุรี
  ['7001', 'เมืองราชบุรี', 'Mueang Ratchaburi', '70000', 22, [['หน้าเมือง', 'Na Mueang'], ['เจดีย์หัก', 'Chedi Hak'], ['ดอนตะโก', 'Don Tako'], ['หนองกลางนา', 'Nong Klang Na'], ['ห้วยไผ่', 'Huai Phai']]],
  ['7002', 'จอมบึง', 'Chom Bueng', '70150', 6, [['จอมบึง', 'Chom Bueng'], ['ปากช่อง', 'Pak Chong'], ['เบิกไพร', 'Boek Phrai'], ['ด่านทับตะโก', 'Dan Thap Tako'], ['รางบัว', 'Rang Bua']]],
  ['7003', 'สวนผึ้ง', 'Suan Phueng', '70180', 4, [['ป่าหวาย', 'Pa Wai'], ['สวนผึ้ง', 'Suan Phueng'], ['ท่าเคย', 'Tha Khoei'], ['ตะนาวศรี', 'Tanao Si']]],
  ['7004', 'ดำเนินสะดวก', 'Damnoen Saduak', '70130', 13, [['บ้านไร่', 'Ban Rai'], ['ดำเนินสะดวก', 'Damnoen Saduak'], ['ประสาทสิทธิ์', 'Prasat Sit', '70210'], ['ศรีสุราษฎร์', 'Si Surat'], ['ตาหลวง', 'Ta Luang']]],
  ['7005', 'บ้านโป่ง', 'Ban Pong', '70110', 15, [['เบิกไพร', 'Boek Phrai'], ['บ้านโป่ง', 'Ban Pong'], ['ท่าผา', 'Tha Pha'], ['ปากแรต', 'Pak Raet'], ['หนองกบ', 'Nong Kop']]],
  ['7006', 'บางแพ', 'Bang Phae', '70160', 7, [['บางแพ', 'Bang Phae'], ['วังเย็น', 'Wang Yen'], ['หัวโพ', 'Hua Pho'], ['วัดแก้ว', 'Wat Kaeo'], ['ดอนใหญ่', 'Don Yai']]],
  ['7007', 'โพธาราม', 'Photharam', '70120', 19, [['ดอนกระเบื้อง', 'Don Krabueang'], ['โพธาราม', 'Photharam'], ['หนองโพ', 'Nong Pho'], ['คลองตาคต', 'Khlong Ta Khot'], ['บ้านฆ้อง', 'Ban Khong']]],
  ['7008', 'ปากท่อ', 'Pak Tho', '70140', 12, [['ดอนทราย', 'Don Sai'], ['ทุ่งหลวง', 'Thung Luang'], ['วังมะนาว', 'Wang Manao'], ['หนองกระทุ่ม', 'Nong Krathum'], ['ปากท่อ', 'Pak Tho']]],
  ['7009', 'วัดเพลง', 'Wat Phleng', '70170', 3, [['เกาะศาลพระ', 'Ko San Phra'], ['จอมประทัด', 'Chom Prathat'], ['วัดเพลง', 'Wat Phleng']]],
  ['7010', 'บ้านคา', 'Ban Kha', '70180', 3, [['บ้านบึง', 'Ban Bueng'], ['บ้านคา', 'Ban Kha'], ['หนองพันจันทร์', 'Nong Phan Chan']]],
  // 71 กาญจนบุรี
  ['7101', 'เมืองกาญจนบุรี', 'Mueang Kanchanaburi', '71000', 13, [['บ้านเหนือ', 'Ban Nuea'], ['บ้านใต้', 'Ban Tai'], ['ปากแพรก', 'Pak Phraek'], ['ท่ามะขาม', 'Tha Makham'], ['หนองบัว', 'Nong Bua', '71190']]],
  ['7102', 'ไทรโยค', 'Sai Yok', '71150', 7, [['ลุ่มสุ่ม', 'Lum Sum'], ['ท่าเสา', 'Tha Sao'], ['สิงห์', 'Sing'], ['ไทรโยค', 'Sai Yok'], ['วังกระแจะ', 'Wang Krachae']]],
  ['7103', 'บ่อพลอย', 'Bo Phloi', '71160', 6, [['บ่อพลอย', 'Bo Phloi'], ['หนองกุ่ม', 'Nong Kum'], ['หนองรี', 'Nong Ri', '71220'], ['หลุมรัง', 'Lum Rang'], ['ช่องด่าน', 'Chong Dan']]],
  ['7104', 'ศรีสวัสดิ์', 'Si Sawat', '71250', 6, [['นาสวน', 'Na Suan'], ['หนองเป็ด', 'Nong Pet'], ['ท่ากระดาน', 'Tha Kradan'], ['เขาโจด', 'Khao Chot', '71220']]],
  ['7105', 'ท่ามะกา', 'Tha Maka', '71120', 17, [['ท่าเสา', 'Tha Sao'], ['พงตึก', 'Phong Tuek'], ['ยางม่วง', 'Yang Muang'], ['ท่าไม้', 'Tha Mai'], ['ท่ามะกา', 'Tha Maka']]],
  ['7106', 'ท่าม่วง', 'Tha Muang', '71110', 13, [['ท่าม่วง', 'Tha Muang'], ['วังศาลา', 'Wang Sala'], ['ท่าล้อ', 'Tha Lo', '71000'], ['หนองขาว', 'Nong Khao'], ['ทุ่งทอง', 'Thung Thong']]],
  ['7107', 'ทองผาภูมิ', 'Thong Pha Phum', '71180', 7, [['หินดาด', 'Hin Dat'], ['ลิ่นถิ่น', 'Lin Thin'], ['ชะแล', 'Cha Lae']]],
  ['7108', 'สังขละบุรี', 'Sangkhla Buri', '71240', 3, [['หนองลู', 'Nong Lu'], ['ปรังเผล', 'Prang Phle'], ['ไล่โว่', 'Lai Wo']]],
  ['7109', 'พนมทวน', 'Phanom Thuan', '71140', 8, [['พังตรุ', 'Phang Tru'], ['พนมทวน', 'Phanom Thuan'], ['หนองโรง', 'Nong Rong'], ['ทุ่งสมอ', 'Thung Samo'], ['ดอนเจดีย์', 'Don Chedi']]],
  ['7110', 'เลาขวัญ', 'Lao Khwan', '71210', 7, [['เลาขวัญ', 'Lao Khwan'], ['หนองโสน', 'Nong Sano'], ['หนองประดู่', 'Nong Pradu'], ['หนองปลิง', 'Nong Pling'], ['หนองนกแก้ว', 'Nong Nok Kaeo']]],
  ['7111', 'ด่านมะขามเตี้ย', 'Dan Makham Tia', '71260', 4, [['ด่านมะขามเตี้ย', 'Dan Makham Tia'], ['จรเข้เผือก', 'Chon Khe Phueak'], ['หนองไผ่', 'Nong Phai']]],
  ['7112', 'หนองปรือ', 'Nong Prue', '71220', 3, [['หนองปรือ', 'Nong Prue'], ['หนองปลาไหล', 'Nong Pla Lai'], ['สมเด็จเจริญ', 'Somdet Charoen']]],
  ['7113', 'ห้วยกระเจา', 'Huai Krachao', '71170', 4, [['ห้วยกระเจา', 'Huai Krachao'], ['สระลงเรือ', 'Sa Long Ruea'], ['วังไผ่', 'Wang Phai']]],
  // 72 สุพรรณบุรี
  ['7201', 'เมืองสุพรรณบุรี', 'Mueang Suphan Buri', '72000', 20, [['ท่าพี่เลี้ยง', 'Tha Phi Liang'], ['ไผ่ขวาง', 'Phai Khwang'], ['โคกโคเฒ่า', 'Khok Kho Thao'], ['ดอนตาล', 'Don Tan'], ['ดอนโพธิ์ทอง', 'Don Pho Thong']]],
  ['7202', 'เดิมบางนางบวช', 'Doem Bang Nang Buat', '72120', 14, [['เขาพระ', 'Khao Phra'], ['เดิมบาง', 'Doem Bang'], ['นางบวช', 'Nang Buat'], ['เขาดิน', 'Khao Din'], ['ป่าสะแก', 'Pa Sakae']]],
  ['7203', 'ด่านช้าง', 'Dan Chang', '72180', 7, [['องค์พระ', 'Ong Phra'], ['ห้วยขมิ้น', 'Huai Khamin'], ['ด่านช้าง', 'Dan Chang'], ['หนองมะค่าโมง', 'Nong Makha Mong'], ['วังคัน', 'Wang Khan']]],
  ['7204', 'บางปลาม้า', 'Bang Pla Ma', '72150', 14, [['โคกคราม', 'Khok Khram'], ['บางปลาม้า', 'Bang Pla Ma'], ['บางใหญ่', 'Bang Yai'], ['กฤษณา', 'Kritsana'], ['สาลี', 'Sali']]],
  ['7205', 'ศรีประจันต์', 'Si Prachan', '72140', 9, [['ศรีประจันต์', 'Si Prachan'], ['บ้านกร่าง', 'Ban Krang'], ['มดแดง', 'Mot Daeng'], ['บางงาม', 'Bang Ngam'], ['ปลายนา', 'Plai Na']]],
  ['7206', 'ดอนเจดีย์', 'Don Chedi', '72170', 5, [['ดอนเจดีย์', 'Don Chedi'], ['หนองสาหร่าย', 'Nong Salai'], ['ทะเลบก', 'Thale Bok', '72250']]],
  ['7207', 'สองพี่น้อง', 'Song Phi Nong', '72110', 15, [['สองพี่น้อง', 'Song Phi Nong'], ['บางเลน', 'Bang Len'], ['บางตะเคียน', 'Bang Takian'], ['บ้านกุ่ม', 'Ban Kum'], ['หัวโพธิ์', 'Hua Pho']]],
  ['7208', 'สามชุก', 'Sam Chuk', '72130', 7, [['ย่านยาว', 'Yan Yao'], ['วังลึก', 'Wang Luek'], ['สามชุก', 'Sam Chuk'], ['หนองผักนาก', 'Nong Phak Nak'], ['บ้านสระ', 'Ban Sa']]],
  ['7209', 'อู่ทอง', 'U Thong', '72160', 13, [['อู่ทอง', 'U Thong'], ['สระยายโสม', 'Sa Yai Som', '72220'], ['จรเข้สามพัน', 'Chon Khe Sam Phan', '71170'], ['บ้านดอน', 'Ban Don'], ['หนองโอ่ง', 'Nong Ong']]],
  ['7210', 'หนองหญ้าไซ', 'Nong Ya Sai', '72240', 6, [['แจงงาม', 'Chaeng Ngam'], ['หนองโพธิ์', 'Nong Pho'], ['หนองหญ้าไซ', 'Nong Ya Sai'], ['หนองขาม', 'Nong Kham'], ['ทัพหลวง', 'Thap Luang']]],
  // 73 นครปฐม
  ['7301', 'เมืองนครปฐม', 'Mueang Nakhon Pathom', '73000', 25, [['พระปฐมเจดีย์', 'Phra Pathom Chedi'], ['บางแขม', 'Bang Khaem'], ['ตาก้อง', 'Ta Kong'], ['มาบแค', 'Map Khae'], ['สนามจันทร์', 'Sanam Chan']]],
  ['7302', 'กำแพงแสน', 'Kamphaeng Saen', '73140', 15, [['ทุ่งลูกนก', 'Thung Luk Nok'], ['ห้วยขวาง', 'Huai Khwang'], ['ทุ่งขวาง', 'Thung Khwang'], ['ทุ่งบัว', 'Thung Bua'], ['ดอนข่อย', 'Don Khoi']]],
  ['7303', 'นครชัยศรี', 'Nakhon Chai Si', '73120', 24, [['วัดแค', 'Wat Khae'], ['บางแก้ว', 'Bang Kaeo'], ['ขุนแก้ว', 'Khun Kaeo'], ['ท่าพระยา', 'Tha Phraya'], ['บางระกำ', 'Bang Rakam']]],
  ['7304', 'ดอนตูม', 'Don Tum', '73150', 8, [['สามง่าม', 'Sam Ngam'], ['ห้วยพระ', 'Huai Phra'], ['ดอนพุทรา', 'Don Phutsa'], ['บ้านหลวง', 'Ban Luang'], ['ดอนรวก', 'Don Ruak']]],
  ['7305', 'บางเลน', 'Bang Len', '73130', 15, [['บางระกำ', 'Bang Rakam'], ['บางเลน', 'Bang Len'], ['บางปลา', 'Bang Pla'], ['บางหลวง', 'Bang Luang', '73190'], ['บางภาษี', 'Bang Phasi']]],
  ['7306', 'สามพราน', 'Sam Phran', '73110', 16, [['ท่าข้าม', 'Tha Kham'], ['ทรงคนอง', 'Song Khanong', '73210'], ['หอมเกร็ด', 'Hom Kret'], ['บางเตย', 'Bang Toei', '73210'], ['สามพราน', 'Sam Phran']]],
  ['7307', 'พุทธมณฑล', 'Phutthamonthon', '73170', 3, [['ศาลายา', 'Salaya'], ['มหาสวัสดิ์', 'Maha Sawat'], ['คลองโยง', 'Khlong Yong']]],
  // 74 สมุทรสาคร
  ['7401', 'เมืองสมุทรสาคร', 'Mueang Samut Sakhon', '74000', 18, [['มหาชัย', 'Maha Chai'], ['บ้านบ่อ', 'Ban Bo'], ['บางโทรัด', 'Bang Tho Rat'], ['กาหลง', 'Kalong'], ['นาโคก', 'Na Khok']]],
  ['7402', 'กระทุ่มแบน', 'Krathum Baen', '74110', 10, [['อ้อมน้อย', 'Om Noi', '74130'], ['ท่าไม้', 'Tha Mai'], ['สวนหลวง', 'Suan Luang'], ['บางยาง', 'Bang Yang'], ['คลองมะเดื่อ', 'Khlong Maduea']]],
  ['7403', 'บ้านแพ้ว', 'Ban Phaeo', '74120', 12, [['บ้านแพ้ว', 'Ban Phaeo'], ['หลักสาม', 'Lak Sam'], ['โรงเข้', 'Rong Khe'], ['หนองสองห้อง', 'Nong Song Hong'], ['หนองบัว', 'Nong Bua']]],
  // 75 สมุทรสงคราม
  ['7501', 'เมืองสมุทรสงคราม', 'Mueang Samut Songkhram', '75000', 11, [['แม่กลอง', 'Mae Klong'], ['ลาดใหญ่', 'Lat Yai'], ['บางแก้ว', 'Bang Kaeo'], ['ท้ายหาด', 'Thai Hat'], ['แหลมใหญ่', 'Laem Yai']]],
  ['7502', 'บางคนที', 'Bang Khonthi', '75120', 13, [['บางสะแก', 'Bang Sakae'], ['บางยี่รงค์', 'Bang Yi Rong'], ['บางคนที', 'Bang Khonthi'], ['บางพรม', 'Bang Phrom'], ['บางกุ้ง', 'Bang Kung']]],
  ['7503', 'อัมพวา', 'Amphawa', '75110', 12, [['อัมพวา', 'Amphawa'], ['สวนหลวง', 'Suan Luang'], ['ท่าคา', 'Tha Kha'], ['วัดประดู่', 'Wat Pradu'], ['เหมืองใหม่', 'Mueang Mai']]],
  // 76 เพชรบุรี
  ['7601', 'เมืองเพชรบุรี', 'Mueang Phetchaburi', '76000', 24, [['ท่าราบ', 'Tha Rap'], ['คลองกระแชง', 'Khlong Krachaeng'], ['บางจาน', 'Bang Chan'], ['นาพันสาม', 'Na Phan Sam'], ['ธงชัย', 'Thong Chai']]],
  ['7602', 'เขาย้อย', 'Khao Yoi', '76140', 10, [['เขาย้อย', 'Khao Yoi'], ['สระพัง', 'Sa Phang'], ['บางเค็ม', 'Bang Khem'], ['ทับคาง', 'Thap Khang'], ['หนองปลาไหล', 'Nong Pla Lai']]],
  ['7603', 'หนองหญ้าปล้อง', 'Nong Ya Plong', '76160', 4, [['หนองหญ้าปล้อง', 'Nong Ya Plong'], ['ยางน้ำกลัดเหนือ', 'Yang Nam Klat Nuea'], ['ยางน้ำกลัดใต้', 'Yang Nam Klat Tai']]],
  ['7604', 'ชะอำ', 'Cha-am', '76120', 9, [['บางเก่า', 'Bang Kao'], ['นายาง', 'Na Yang'], ['เขาใหญ่', 'Khao Yai'], ['หนองศาลา', 'Nong Sala'], ['ห้วยทรายเหนือ', 'Huai Sai Nuea']]],
  ['7605', 'ท่ายาง', 'Tha Yang', '76130', 12, [['ท่ายาง', 'Tha Yang'], ['ท่าคอย', 'Tha Khoi'], ['ยางหย่อง', 'Yang Yong'], ['หนองจอก', 'Nong Chok'], ['มาบปลาเค้า', 'Map Pla Khao']]],
  ['7606', 'บ้านลาด', 'Ban Lat', '76150', 18, [['บ้านลาด', 'Ban Lat'], ['บ้านหาด', 'Ban Hat'], ['บ้านทาน', 'Ban Than'], ['ไร่มะขาม', 'Rai Makham'], ['ท่าเสน', 'Tha Sen']]],
  ['7607', 'บ้านแหลม', 'Ban Laem', '76110', 10, [['บ้านแหลม', 'Ban Laem'], ['บางขุนไทร', 'Bang Khun Sai'], ['ปากทะเล', 'Pak Thale'], ['บางแก้ว', 'Bang Kaeo'], ['บางครก', 'Bang Khrok']]],
  ['7608', 'แก่งกระจาน', 'Kaeng Krachan', '76170', 6, [['วังจันทร์', 'Wang Chan'], ['สองพี่น้อง', 'Song Phi Nong'], ['แก่งกระจาน', 'Kaeng Krachan']]],
  // 77 ประจวบคีรีขันธ์
  ['7701', 'เมืองประจวบคีรีขันธ์', 'Mueang Prachuap Khiri Khan', '77000', 6, [['ประจวบคีรีขันธ์', 'Prachuap Khiri Khan'], ['เกาะหลัก', 'Ko Lak'], ['คลองวาฬ', 'Khlong Wan'], ['ห้วยทราย', 'Huai Sai'], ['อ่าวน้อย', 'Ao Noi', '77210']]],
  ['7702', 'กุยบุรี', 'Kui Buri', '77150', 6, [['กุยบุรี', 'Kui Buri'], ['กุยเหนือ', 'Kui Nuea'], ['เขาแดง', 'Khao Daeng'], ['ดอนยายหนู', 'Don Yai Nu'], ['หาดขาม', 'Hat Kham']]],
  ['7703', 'ทับสะแก', 'Thap Sakae', '77130', 6, [['ทับสะแก', 'Thap Sakae'], ['อ่างทอง', 'Ang Thong'], ['นาหูกวาง', 'Na Hu Kwang'], ['เขาล้าน', 'Khao Lan'], ['ห้วยยาง', 'Huai Yang']]],
  ['7704', 'บางสะพาน', 'Bang Saphan', '77140', 7, [['พงศ์ประศาสน์', 'Phong Prasat'], ['ร่อนทอง', 'Ron Thong', '77230'], ['ธงชัย', 'Thong Chai', '77190'], ['ชัยเกษม', 'Chai Kasem', '77190'], ['ทองมงคล', 'Thong Mongkhon', '77230']]],
  ['7705', 'บางสะพานน้อย', 'Bang Saphan Noi', '77170', 5, [['ปากแพรก', 'Pak Phraek'], ['บางสะพาน', 'Bang Saphan'], ['ทรายทอง', 'Sai Thong']]],
  ['7706', 'ปราณบุรี', 'Pran Buri', '77120', 11, [['ปราณบุรี', 'Pran Buri'], ['เขาน้อย', 'Khao Noi'], ['ปากน้ำปราณ', 'Pak Nam Pran', '77220'], ['วังก์พง', 'Wang Phong'], ['เขาจ้าว', 'Khao Chao']]],
  ['7707', 'หัวหิน', 'Hua Hin', '77110', 7, [['หัวหิน', 'Hua Hin'], ['หนองแก', 'Nong Kae'], ['หินเหล็กไฟ', 'Hin Lek Fai'], ['หนองพลับ', 'Nong Phlap'], ['ทับใต้', 'Thap Tai']]],
  ['7708', 'สามร้อยยอด', 'Sam Roi Yot', '77120', 6, [['ไร่ใหม่', 'Rai Mai', '77180'], ['ศิลาลอย', 'Sila Loi', '77180'], ['สามร้อยยอด', 'Sam Roi Yot'], ['ไร่เก่า', 'Rai Kao', '77180']]],
  // 80 นครศรีธรรมราช
  ['8001', 'เมืองนครศรีธรรมราช', 'Mueang Nakhon Si Thammarat', '80000', 16, [['ในเมือง', 'Nai Mueang'], ['ท่าวัง', 'Tha Wang'], ['คลัง', 'Khlang'], ['ท่าไร่', 'Tha Rai'], ['ปากนคร', 'Pak Nakhon']]],
  ['8002', 'พรหมคีรี', 'Phrom Khiri', '80320', 5, [['อินคีรี', 'In Khiri'], ['บ้านเกาะ', 'Ban Ko'], ['ทอนหงส์', 'Thon Ong'], ['นาเรียง', 'Na Riang']]],
  ['8003', 'ลานสกา', 'Lan Saka', '80230', 5, [['เขาแก้ว', 'Khao Kaeo'], ['ลานสกา', 'Lan Saka'], ['ท่าดี', 'Tha Di'], ['ขุนทะเล', 'Khun Thale']]],
  ['8004', 'ฉวาง', 'Chawang', '80150', 10, [['ฉวาง', 'Chawang'], ['ละอาย', 'La-ai', '80250'], ['ไม้เรียง', 'Mai Riang', '80260'], ['ห้วยปริก', 'Huai Prik', '80260'], ['จันดี', 'Chan Di', '80250']]],
  ['8005', 'พิปูน', 'Phipun', '80270', 5, [['พิปูน', 'Phipun'], ['เขาพระ', 'Khao Phra'], ['ยางค้อม', 'Yang Khom'], ['ควนกลาง', 'Khuan Klang']]],
  ['8006', 'เชียรใหญ่', 'Chian Yai', '80190', 10, [['เชียรใหญ่', 'Chian Yai'], ['ท่าขนาน', 'Tha Khanan'], ['บ้านกลาง', 'Ban Klang'], ['บ้านเนิน', 'Ban Noen'], ['ไสหมาก', 'Sai Mak']]],
  ['8007', 'ชะอวด', 'Cha-uat', '80180', 11, [['ท่าเสม็ด', 'Tha Samet'], ['ท่าประจะ', 'Tha Pracha'], ['วังอ่าง', 'Wang Ang'], ['ขอนหาด', 'Khon Hat'], ['เกาะขันธ์', 'Ko Khan']]],
  ['8008', 'ท่าศาลา', 'Tha Sala', '80160', 10, [['ท่าศาลา', 'Tha Sala'], ['หัวตะพาน', 'Hua Taphan'], ['สระแก้ว', 'Sa Kaeo'], ['ไทยบุรี', 'Thai Buri'], ['ดอนตะโก', 'Don Tako']]],
  ['8009', 'ทุ่งสง', 'Thung Song', '80110', 13, [['ปากแพรก', 'Pak Phraek'], ['หนองหงส์', 'Nong Hong'], ['ควนกรด', 'Khuan Krot'], ['นาไม้ไผ่', 'Na Mai Phai'], ['นาหลวงเสน', 'Na Luang Sen']]],
  ['8010', 'นาบอน', 'Na Bon', '80220', 3, [['แก้วแสน', 'Kaeo Saen'], ['ทุ่งสง', 'Thung Song'], ['นาบอน', 'Na Bon']]],
  ['8011', 'ทุ่งใหญ่', 'Thung Yai', '80240', 7, [['ท่ายาง', 'Tha Yang'], ['ทุ่งสัง', 'Thung Sang'], ['ทุ่งใหญ่', 'Thung Yai'], ['ปริก', 'Prik']]],
  ['8012', 'ปากพนัง', 'Pak Phanang', '80140', 18, [['ปากแพรก', 'Pak Phraek'], ['ปากพนัง', 'Pak Phanang'], ['คลองน้อย', 'Khlong Noi', '80330'], ['ป่าระกำ', 'Pa Rakam', '80370'], ['ชะเมา', 'Chamao', '80330']]],
  ['8013', 'ร่อนพิบูลย์', 'Ron Phibun', '80130', 6, [['ร่อนพิบูลย์', 'Ron Phibun'], ['หินตก', 'Hin Tok', '80350'], ['เสาธง', 'Sao Thong', '80350'], ['ควนพัง', 'Khuan Phang'], ['ควนชุม', 'Khuan Chum']]],
  ['8014', 'สิชล', 'Sichon', '80120', 9, [['สิชล', 'Sichon'], ['ทุ่งปรัง', 'Thung Prang'], ['ฉลอง', 'Chalong'], ['เขาน้อย', 'Khao Noi'], ['ทุ่งใส', 'Thung Sai']]],
  ['8015', 'ขนอม', 'Khanom', '80210', 3, [['ขนอม', 'Khanom'], ['ควนทอง', 'Khuan Thong'], ['ท้องเนียน', 'Thong Nian']]],
  ['8016', 'หัวไทร', 'Hua Sai', '80170', 11, [['หัวไทร', 'Hua Sai'], ['ทรายขาว', 'Sai Khao'], ['แหลม', 'Laem'], ['เขาพังไกร', 'Khao Phang Krai'], ['บ้านราม', 'Ban Ram']]],
  ['8017', 'บางขัน', 'Bang Khan', '80360', 4, [['วังหิน', 'Wang Hin'], ['บางขัน', 'Bang Khan'], ['บ้านนิคม', 'Ban Nikhom']]],
  ['8018', 'ถ้ำพรรณรา', 'Tham Phannara', '80260', 3, [['ถ้ำพรรณรา', 'Tham Phannara'], ['คลองเส', 'Khlong Se'], ['ดุสิต', 'Dusit']]],
  ['8019', 'จุฬาภรณ์', 'Chulabhorn', '80180', 6, [['นาหมอบุญ', 'Na Mo Bun', '80130'], ['ทุ่งโพธิ์', 'Thung Pho', '80130'], ['ควนหนองคว้า', 'Khuan Nong Khwa', '80130']]],
  ['8020', 'พระพรหม', 'Phra Phrom', '80000', 4, [['นาพรุ', 'Na Phru'], ['ช้างซ้าย', 'Chang Sai'], ['นาสาร', 'Na San'], ['ท้ายสำเภา', 'Thai Samphao']]],
  ['8021', 'นบพิตำ', 'Nopphitam', '80160', 4, [['กะหรอ', 'Karo'], ['นบพิตำ', 'Nopphitam'], ['กรุงชิง', 'Krung Ching'], ['นาเหรง', 'Na Reng']]],
  ['8022', 'ช้างกลาง', 'Chang Klang', '80250', 3, [['ช้างกลาง', 'Chang Klang'], ['หลักช้าง', 'Lak Chang'], ['สวนขัน', 'Suan Khan']]],
  ['8023', 'เฉลิมพระเกียรติ', 'Chaloem Phra Kiat', '80190', 4, [['เชียรเขา', 'Chian Khao'], ['สวนหลวง', 'Suan Luang'], ['ทางพูน', 'Thang Phun', '80290']]],
  // 81 กระบี่
  ['8101', 'เมืองกระบี่', 'Mueang Krabi', '81000', 10, [['ปากน้ำ', 'Pak Nam'], ['กระบี่ใหญ่', 'Krabi Yai'], ['กระบี่น้อย', 'Krabi Noi'], ['เขาคราม', 'Khao Khram'], ['เขาทอง', 'Khao Thong']]],
  ['8102', 'เขาพนม', 'Khao Phanom', '81140', 6, [['เขาพนม', 'Khao Phanom'], ['เขาดิน', 'Khao Din'], ['สินปุน', 'Sin Pun', '80240'], ['หน้าเขา', 'Na Khao'], ['โคกหาร', 'Khok Han', '80240']]],
  ['8103', 'เกาะลันตา', 'Ko Lanta', '81150', 5, [['เกาะลันตาใหญ่', 'Ko Lanta Yai'], ['เกาะลันตาน้อย', 'Ko Lanta Noi'], ['เกาะกลาง', 'Ko Klang', '81120'], ['คลองยาง', 'Khlong Yang', '81120'], ['ศาลาด่าน', 'Sala Dan']]],
  ['8104', 'คลองท่อม', 'Khlong Thom', '81120', 7, [['คลองท่อมใต้', 'Khlong Thom Tai'], ['คลองท่อมเหนือ', 'Khlong Thom Nuea'], ['คลองพน', 'Khlong Phon', '81170'], ['ทรายขาว', 'Sai Khao', '81170'], ['ห้วยน้ำขาว', 'Huai Nam Khao']]],
  ['8105', 'อ่าวลึก', 'Ao Luek', '81110', 9, [['อ่าวลึกใต้', 'Ao Luek Tai'], ['แหลมสัก', 'Laem Sak'], ['นาเหนือ', 'Na Nuea'], ['คลองหิน', 'Khlong Hin'], ['อ่าวลึกน้อย', 'Ao Luek Noi']]],
  ['8106', 'ปลายพระยา', 'Plai Phraya', '81160', 4, [['เขาเขน', 'Khao Khen'], ['เขาต่อ', 'Khao To'], ['ปลายพระยา', 'Plai Phraya'], ['คีรีวง', 'Khiri Wong']]],
  ['8107', 'ลำทับ', 'Lam Thap', '81190', 4, [['ลำทับ', 'Lam Thap'], ['ดินอุดม', 'Din Udom'], ['ทุ่งไทรทอง', 'Thung Sai Thong'], ['ดินแดง', 'Din Daeng']]],
  ['8108', 'เหนือคลอง', 'Nuea Khlong', '81130', 8, [['คลองขนาน', 'Khlong Khanan'], ['โคกยาง', 'Khok Yang'], ['ตลิ่งชัน', 'Taling Chan'], ['ห้วยยูง', 'Huai Yung'], ['เหนือคลอง', 'Nuea Khlong']]],
  // 82 พังงา
  ['8201', 'เมืองพังงา', 'Mueang Phang Nga', '82000', 9, [['ท้ายช้าง', 'Thai Chang'], ['ถ้ำน้ำผุด', 'Tham Nam Phut'], ['บางเตย', 'Bang Toei'], ['ตากแดด', 'Tak Daet'], ['สองแพรก', 'Song Phraek']]],
  ['8202', 'เกาะยาว', 'Ko Yao', '82160', 3, [['เกาะยาวใหญ่', 'Ko Yao Yai'], ['เกาะยาวน้อย', 'Ko Yao Noi'], ['พรุใน', 'Phru Nai', '83000']]],
  ['8203', 'กะปง', 'Kapong', '82170', 5, [['กะปง', 'Kapong'], ['ท่านา', 'Tha Na'], ['เหมาะ', 'Mo']]],
  ['8204', 'ตะกั่วทุ่ง', 'Takua Thung', '82130', 7, [['ถ้ำ', 'Tham'], ['ท่าอยู่', 'Tha Yu'], ['หล่อยูง', 'Lo Yung', '82140'], ['โคกกลอย', 'Khok Kloi', '82140'], ['คลองเคียน', 'Khlong Khian']]],
  ['8205', 'ตะกั่วป่า', 'Takua Pa', '82110', 8, [['ตะกั่วป่า', 'Takua Pa'], ['บางนายสี', 'Bang Nai Si'], ['บางไทร', 'Bang Sai'], ['บางม่วง', 'Bang Muang', '82190'], ['โคกเคียน', 'Khok Khian']]],
  ['8206', 'คุระบุรี', 'Khura Buri', '82150', 4, [['คุระ', 'Khura'], ['บางวัน', 'Bang Wan'], ['เกาะพระทอง', 'Ko Phra Thong'], ['แม่นางขาว', 'Mae Nang Khao']]],
  ['8207', 'ทับปุด', 'Thap Put', '82180', 6, [['ทับปุด', 'Thap Put'], ['บ่อแสน', 'Bo Saen'], ['ถ้ำทองหลาง', 'Tham Thonglang'], ['โคกเจริญ', 'Khok Charoen'], ['บางเหรียง', 'Bang Riang']]],
  ['8208', 'ท้ายเหมือง', 'Thai Mueang', '82120', 6, [['ท้ายเหมือง', 'Thai Mueang'], ['นาเตย', 'Na Toei'], ['บางทอง', 'Bang Thong'], ['ทุ่งมะพร้าว', 'Thung Maphrao'], ['ลำภี', 'Lam Phi']]],
  // 83 ภูเก็ต
  ['8301', 'เมืองภูเก็ต', 'Mueang Phuket', '83000', 8, [['ตลาดใหญ่', 'Talat Yai'], ['ตลาดเหนือ', 'Talat Nuea'], ['เกาะแก้ว', 'Ko Kaeo'], ['รัษฎา', 'Ratsada'], ['ฉลอง', 'Chalong']]],
  ['8302', 'กะทู้', 'Kathu', '83120', 3, [['กะทู้', 'Kathu'], ['ป่าตอง', 'Patong', '83150'], ['กมลา', 'Kamala']]],
  ['8303', 'ถลาง', 'Thalang', '83110', 6, [['เทพกระษัตรี', 'Thep Krasattri'], ['ศรีสุนทร', 'Si Sunthon'], ['เชิงทะเล', 'Choeng Thale'], ['ป่าคลอก', 'Pa Khlok'], ['ไม้ขาว', 'Mai Khao']]],
  // 84 สุราษฎร์ธานี
  ['8401', 'เมืองสุราษฎร์ธานี', 'Mueang Surat Thani', '84000', 11, [['ตลาด', 'Talat'], ['มะขามเตี้ย', 'Makham Tia'], ['วัดประดู่', 'Wat Pradu'], ['ขุนทะเล', 'Khun Thale', '84100'], ['บางชนะ', 'Bang Chana']]],
  ['8402', 'กาญจนดิษฐ์', 'Kanchanadit', '84290', 13, [['ท่าทองใหม่', 'Tha Thong Mai'], ['ท่าทอง', 'Tha Thong', '84160'], ['ทุ่งกง', 'Thung Kong'], ['กรูด', 'Krut', '84160'], ['ช้างซ้าย', 'Chang Sai', '84160']]],
  ['8403', 'ดอนสัก', 'Don Sak', '84220', 4, [['ดอนสัก', 'Don Sak'], ['ชลคราม', 'Chonlakhram', '84160'], ['ไชยคราม', 'Chaiyakhram'], ['ปากแพรก', 'Pak Phraek', '84340']]],
  ['8404', 'เกาะสมุย', 'Ko Samui', '84140', 7, [['อ่างทอง', 'Ang Thong'], ['ตลิ่งงาม', 'Taling Ngam'], ['หน้าเมือง', 'Na Mueang'], ['บ่อผุด', 'Bo Phut', '84320'], ['แม่น้ำ', 'Mae Nam', '84330']]],
  ['8405', 'เกาะพะงัน', 'Ko Pha-ngan', '84280', 3, [['เกาะพะงัน', 'Ko Pha-ngan'], ['บ้านใต้', 'Ban Tai'], ['เกาะเต่า', 'Ko Tao']]],
  ['8406', 'ไชยา', 'Chaiya', '84110', 9, [['ตลาดไชยา', 'Talat Chaiya'], ['เวียง', 'Wiang'], ['ทุ่ง', 'Thung'], ['โมถ่าย', 'Mo Thai'], ['ปากหมาก', 'Pak Mak']]],
  ['8407', 'ท่าชนะ', 'Tha Chana', '84170', 6, [['ท่าชนะ', 'Tha Chana'], ['สมอทอง', 'Samo Thong'], ['วัง', 'Wang'], ['คลองพา', 'Khlong Pha']]],
  ['8408', 'คีรีรัฐนิคม', 'Khiri Rat Nikhom', '84180', 8, [['บ้านยาง', 'Ban Yang'], ['น้ำหัก', 'Nam Hak'], ['ท่ากระดาน', 'Tha Kradan'], ['ย่านยาว', 'Yan Yao']]],
  ['8409', 'บ้านตาขุน', 'Ban Ta Khun', '84230', 4, [['เขาวง', 'Khao Wong'], ['พรุไทย', 'Phru Thai'], ['เขาพัง', 'Khao Phang']]],
  ['8410', 'พนม', 'Phanom', '84250', 6, [['พนม', 'Phanom'], ['คลองศก', 'Khlong Sok'], ['พลูเถื่อน', 'Phlu Thuean'], ['พังกาญจน์', 'Phang Kan'], ['คลองชะอุ่น', 'Khlong Cha-un']]],
  ['8411', 'ท่าฉาง', 'Tha Chang', '84150', 6, [['ท่าฉาง', 'Tha Chang'], ['คลองไทร', 'Khlong Sai'], ['เขาถ่าน', 'Khao Than']]],
  ['8412', 'บ้านนาสาร', 'Ban Na San', '84120', 11, [['นาสาร', 'Na San'], ['พรุพี', 'Phru Phi', '84270'], ['ทุ่งเตา', 'Thung Tao'], ['ลำพูน', 'Lamphun'], ['ท่าชี', 'Tha Chi']]],
  ['8413', 'บ้านนาเดิม', 'Ban Na Doem', '84240', 4, [['ท่าเรือ', 'Tha Ruea'], ['บ้านนา', 'Ban Na'], ['ทรัพย์ทวี', 'Sap Thawi'], ['นาใต้', 'Na Tai']]],
  ['8414', 'เคียนซา', 'Khian Sa', '84260', 5, [['เคียนซา', 'Khian Sa'], ['เขาตอก', 'Khao Tok'], ['บ้านเสด็จ', 'Ban Sadet']]],
  ['8415', 'เวียงสระ', 'Wiang Sa', '84190', 5, [['เวียงสระ', 'Wiang Sa'], ['บ้านส้อง', 'Ban Song'], ['คลองฉนวน', 'Khlong Chanuan'], ['ทุ่งหลวง', 'Thung Luang']]],
  ['8416', 'พระแสง', 'Phrasaeng', '84210', 7, [['อิปัน', 'I-pan'], ['สินปุน', 'Sin Pun'], ['บางสวรรค์', 'Bang Sawan'], ['สินเจริญ', 'Sin Charoen']]],
  ['8417', 'พุนพิน', 'Phunphin', '84130', 16, [['กรูด', 'Krut'], ['ท่าข้าม', 'Tha Kham'], ['ท่าสะท้อน', 'Tha Sathon'], ['บางมะเดื่อ', 'Bang Maduea'], ['ท่าโรงช้าง', 'Tha Rong Chang']]],
  ['8418', 'ชัยบุรี', 'Chai Buri', '84350', 4, [['คลองน้อย', 'Khlong Noi'], ['ชัยบุรี', 'Chai Buri'], ['สองแพรก', 'Song Phraek'], ['ไทรทอง', 'Sai Thong']]],
  ['8419', 'วิภาวดี', 'Vibhavadi', '84180', 2, [['ตะกุกใต้', 'Takuk Tai'], ['ตะกุกเหนือ', 'Takuk Nuea']]],
  // 85 ระนอง
  ['8501', 'เมืองระนอง', 'Mueang Ranong', '85000', 9, [['หงาว', 'Ngao'], ['ปากน้ำ', 'Pak Nam'], ['บางนอน', 'Bang Non'], ['หาดส้มแป้น', 'Hat Som Paen'], ['ทรายแดง', 'Sai Daeng', '85130']]],
  ['8502', 'ละอุ่น', 'La-un', '85130', 7, [['ละอุ่นใต้', 'La-un Tai'], ['ละอุ่นเหนือ', 'La-un Nuea'], ['บางพระใต้', 'Bang Phra Tai'], ['บางพระเหนือ', 'Bang Phra Nuea'], ['บางแก้ว', 'Bang Kaeo']]],
  ['8503', 'กะเปอร์', 'Kapoe', '85120', 5, [['กะเปอร์', 'Kapoe'], ['เชี่ยวเหลียง', 'Chiao Liang'], ['บ้านนา', 'Ban Na'], ['บางหิน', 'Bang Hin']]],
  ['8504', 'กระบุรี', 'Kra Buri', '85110', 7, [['น้ำจืดน้อย', 'Nam Chuet Noi'], ['ปากจั่น', 'Pak Chan'], ['ลำเลียง', 'Lam Liang'], ['บางใหญ่', 'Bang Yai']]],
  ['8505', 'สุขสำราญ', 'Suk Samran', '85120', 2, [['นาคา', 'Nakha'], ['กำพวน', 'Kamphuan']]],
  // 86 ชุมพร
  ['8601', 'เมืองชุมพร', 'Mueang Chumphon', '86000', 17, [['ท่าตะเภา', 'Tha Taphao'], ['ปากน้ำ', 'Pak Nam', '86120'], ['ท่ายาง', 'Tha Yang'], ['บางหมาก', 'Bang Mak'], ['นาทุ่ง', 'Na Thung']]],
  ['8602', 'ท่าแซะ', 'Tha Sae', '86140', 10, [['ท่าแซะ', 'Tha Sae'], ['รับร่อ', 'Rap Ro', '86190'], ['ท่าข้าม', 'Tha Kham'], ['หงษ์เจริญ', 'Hong Charoen'], ['หินแก้ว', 'Hin Kaeo', '86190']]],
  ['8603', 'ปะทิว', 'Pathio', '86160', 7, [['บางสน', 'Bang Son'], ['ทะเลทรัพย์', 'Thale Sap'], ['ชุมโค', 'Chum Kho'], ['ดอนยาง', 'Don Yang', '86210'], ['ปากคลอง', 'Pak Khlong', '86210']]],
  ['8604', 'หลังสวน', 'Lang Suan', '86110', 13, [['ปากน้ำ', 'Pak Nam', '86150'], ['หลังสวน', 'Lang Suan'], ['ขันเงิน', 'Khan Ngoen'], ['นาขา', 'Na Kha'], ['นาพญา', 'Na Phaya']]],
  ['8605', 'ละแม', 'Lamae', '86170', 4, [['ละแม', 'Lamae'], ['ทุ่งหลวง', 'Thung Luang'], ['สวนแตง', 'Suan Taeng'], ['ทุ่งคาวัด', 'Thung Kha Wat']]],
  ['8606', 'พะโต๊ะ', 'Phato', '86180', 4, [['พะโต๊ะ', 'Phato'], ['ปากทรง', 'Pak Song'], ['ปังหวาน', 'Pang Wan'], ['พระรักษ์', 'Phra Rak']]],
  ['8607', 'สวี', 'Sawi', '86130', 11, [['นาโพธิ์', 'Na Pho'], ['สวี', 'Sawi'], ['ท่าหิน', 'Tha Hin'], ['ปากแพรก', 'Pak Phraek'], ['ด่านสวี', 'Dan Sawi']]],
  ['8608', 'ทุ่งตะโก', 'Thung Tako', '86220', 4, [['ปากตะโก', 'Pak Tako'], ['ตะโก', 'Tako'], ['ช่องไม้แก้ว', 'Chong Mai Kaeo']]],
  // 90 สงขลา
  ['9001', 'เมืองสงขลา', 'Mueang Songkhla', '90000', 6, [['บ่อยาง', 'Bo Yang'], ['เกาะแต้ว', 'Ko Taeo'], ['ทุ่งหวัง', 'Thung Wang'], ['เกาะยอ', 'Ko Yo', '90100']]],
  ['9002', 'สทิงพระ', 'Sathing Phra', '90190', 11, [['สนามชัย', 'Sanam Chai'], ['ดีหลวง', 'Di Luang'], ['ชุมพล', 'Chumphon'], ['คลองรี', 'Khlong Ri'], ['คูขุด', 'Khu Khut']]],
  ['9003', 'จะนะ', 'Chana', '90130', 14, [['บ้านนา', 'Ban Na'], ['ป่าชิง', 'Pa Ching'], ['สะพานไม้แก่น', 'Saphan Mai Kaen'], ['นาหว้า', 'Na Wa'], ['นาทับ', 'Na Thap']]],
  ['9004', 'นาทวี', 'Na Thawi', '90160', 10, [['นาทวี', 'Na Thawi'], ['ฉาง', 'Chang'], ['นาหมอศรี', 'Na Mo Si'], ['คลองทราย', 'Khlong Sai'], ['ท่าประดู่', 'Tha Pradu']]],
  ['9005', 'เทพา', 'Thepha', '90150', 7, [['เทพา', 'Thepha'], ['ปากบาง', 'Pak Bang'], ['เกาะสะบ้า', 'Ko Saba'], ['ลำไพล', 'Lam Phlai', '90260'], ['ท่าม่วง', 'Tha Muang']]],
  ['9006', 'สะบ้าย้อย', 'Saba Yoi', '90210', 9, [['สะบ้าย้อย', 'Saba Yoi'], ['ทุ่งพอ', 'Thung Pho'], ['จะแหน', 'Chanae'], ['คูหา', 'Khuha'], ['เขาแดง', 'Khao Daeng']]],
  ['9007', 'ระโนด', 'Ranot', '90140', 12, [['ระโนด', 'Ranot'], ['คลองแดน', 'Khlong Daen'], ['ท่าบอน', 'Tha Bon'], ['บ้านใหม่', 'Ban Mai'], ['บ่อตรุ', 'Bo Tru']]],
  ['9008', 'กระแสสินธุ์', 'Krasae Sin', '90270', 4, [['เชิงแส', 'Choeng Sae'], ['โรง', 'Rong'], ['เกาะใหญ่', 'Ko Yai'], ['กระแสสินธุ์', 'Krasae Sin']]],
  ['9009', 'รัตภูมิ', 'Rattaphum', '90180', 5, [['กำแพงเพชร', 'Kamphaeng Phet'], ['คูหาใต้', 'Khuha Tai'], ['ควนรู', 'Khuan Ru', '90220'], ['เขาพระ', 'Khao Phra']]],
  ['9010', 'สะเดา', 'Sadao', '90120', 9, [['สะเดา', 'Sadao'], ['ปริก', 'Prik'], ['พังลา', 'Phang La', '90170'], ['ทุ่งหมอ', 'Thung Mo', '90240'], ['ท่าโพธิ์', 'Tha Pho', '90170']]],
  ['9011', 'หาดใหญ่', 'Hat Yai', '90110', 13, [['หาดใหญ่', 'Hat Yai'], ['ควนลัง', 'Khuan Lang'], ['คูเต่า', 'Khu Tao'], ['คอหงส์', 'Kho Hong'], ['บ้านพรุ', 'Ban Phru', '90250']]],
  ['9012', 'นาหม่อม', 'Na Mom', '90310', 4, [['คลองหรัง', 'Khlong Rang'], ['พิจิตร', 'Phichit'], ['นาหม่อม', 'Na Mom']]],
  ['9013', 'ควนเนียง', 'Khuan Niang', '90220', 4, [['ควนโส', 'Khuan So'], ['รัตภูมิ', 'Rattaphum'], ['บางเหรียง', 'Bang Riang'], ['ห้วยลึก', 'Huai Luek']]],
  ['9014', 'บางกล่ำ', 'Bang Klam', '90110', 4, [['ท่าช้าง', 'Tha Chang'], ['บางกล่ำ', 'Bang Klam'], ['บ้านหาร', 'Ban Han'], ['แม่ทอม', 'Mae Thom']]],
  ['9015', 'สิงหนคร', 'Singhanakhon', '90280', 11, [['ชิงโค', 'Ching Kho'], ['สทิงหม้อ', 'Sathing Mo'], ['ทำนบ', 'Thamnop'], ['รำแดง', 'Ram Daeng', '90330'], ['วัดขนุน', 'Wat Khanun', '90330']]],
  ['9016', 'คลองหอยโข่ง', 'Khlong Hoi Khong', '90230', 4, [['คลองหอยโข่ง', 'Khlong Hoi Khong'], ['ทุ่งลาน', 'Thung Lan'], ['โคกม่วง', 'Khok Muang'], ['คลองหลา', 'Khlong La', '90115']]],
  // 91 สตูล
  ['9101', 'เมืองสตูล', 'Mueang Satun', '91000', 12, [['พิมาน', 'Phiman'], ['คลองขุด', 'Khlong Khut'], ['ควนขัน', 'Khuan Khan'], ['บ้านควน', 'Ban Khuan', '91140'], ['ฉลุง', 'Chalung', '91140']]],
  ['9102', 'ควนโดน', 'Khuan Don', '91160', 4, [['ควนโดน', 'Khuan Don'], ['ควนสตอ', 'Khuan Sato'], ['ย่านซื่อ', 'Yan Sue'], ['วังประจัน', 'Wang Prachan']]],
  ['9103', 'ควนกาหลง', 'Khuan Kalong', '91130', 3, [['ทุ่งนุ้ย', 'Thung Nui'], ['ควนกาหลง', 'Khuan Kalong'], ['อุไดเจริญ', 'Udai Charoen']]],
  ['9104', 'ท่าแพ', 'Tha Phae', '91150', 4, [['ท่าแพ', 'Tha Phae'], ['แป-ระ', 'Pae-ra'], ['สาคร', 'Sakhon'], ['ท่าเรือ', 'Tha Ruea']]],
  ['9105', 'ละงู', 'La-ngu', '91110', 6, [['กำแพง', 'Kamphaeng'], ['ละงู', 'La-ngu'], ['เขาขาว', 'Khao Khao'], ['ปากน้ำ', 'Pak Nam'], ['น้ำผุด', 'Nam Phut']]],
  ['9106', 'ทุ่งหว้า', 'Thung Wa', '91120', 5, [['ทุ่งหว้า', 'Thung Wa'], ['นาทอน', 'Na Thon'], ['ขอนคลาน', 'Khon Khlan'], ['ป่าแก่บ่อหิน', 'Pa Kae Bo Hin']]],
  ['9107', 'มะนัง', 'Manang', '91130', 2, [['นิคมพัฒนา', 'Nikhom Phatthana'], ['ปาล์มพัฒนา', 'Palm Phatthana']]],
  // 92 ตรัง
  ['9201', 'เมืองตรัง', 'Mueang Trang', '92000', 15, [['ทับเที่ยง', 'Thap Thiang'], ['บ้านควน', 'Ban Khuan'], ['นาโยงใต้', 'Na Yong Tai', '92170'], ['บางรัก', 'Bang Rak'], ['โคกหล่อ', 'Khok Lo']]],
  ['9202', 'กันตัง', 'Kantang', '92110', 14, [['กันตัง', 'Kantang'], ['ควนธานี', 'Khuan Thani'], ['บางหมาก', 'Bang Mak'], ['บางเป้า', 'Bang Pao'], ['วังวน', 'Wang Won']]],
  ['9203', 'ย่านตาขาว', 'Yan Ta Khao', '92140', 8, [['ย่านตาขาว', 'Yan Ta Khao'], ['หนองบ่อ', 'Nong Bo'], ['ในควน', 'Nai Khuan'], ['ทุ่งกระบือ', 'Thung Krabue'], ['ทุ่งค่าย', 'Thung Khai']]],
  ['9204', 'ปะเหลียน', 'Palian', '92120', 10, [['ท่าข้าม', 'Tha Kham'], ['ทุ่งยาว', 'Thung Yao', '92180'], ['ปะเหลียน', 'Palian', '92180'], ['บางด้วน', 'Bang Duan', '92140'], ['บ้านนา', 'Ban Na', '92140']]],
  ['9205', 'สิเกา', 'Sikao', '92150', 5, [['บ่อหิน', 'Bo Hin'], ['เขาไม้แก้ว', 'Khao Mai Kaeo'], ['นาเมืองเพชร', 'Na Mueang Phet', '92000']]],
  ['9206', 'ห้วยยอด', 'Huai Yot', '92130', 16, [['ห้วยยอด', 'Huai Yot'], ['หนองช้างแล่น', 'Nong Chang Laen'], ['บางดี', 'Bang Di', '92210'], ['บางกุ้ง', 'Bang Kung', '92210'], ['เขากอบ', 'Khao Kop']]],
  ['9207', 'วังวิเศษ', 'Wang Wiset', '92000', 5, [['ท่าสะบ้า', 'Tha Saba'], ['อ่าวตง', 'Ao Tong', '92220'], ['วังมะปราง', 'Wang Maprang', '92220'], ['เขาวิเศษ', 'Khao Wiset', '92220'], ['วังมะปรางเหนือ', 'Wang Maprang Nuea', '92220']]],
  ['9208', 'นาโยง', 'Na Yong', '92170', 6, [['โคกสะบ้า', 'Khok Saba'], ['นาหมื่นศรี', 'Na Muen Si'], ['นาโยงเหนือ', 'Na Yong Nuea'], ['ช่อง', 'Chong']]],
  ['9209', 'รัษฎา', 'Ratsada', '92130', 5, [['หนองปรือ', 'Nong Prue'], ['หนองบัว', 'Nong Bua', '92160'], ['คลองปาง', 'Khlong Pang', '92160'], ['ควนเมา', 'Khuan Mao', '92160'], ['เขาไพร', 'Khao Phrai', '92160']]],
  ['9210', 'หาดสำราญ', 'Hat Samran', '92120', 3, [['หาดสำราญ', 'Hat Samran'], ['ตะเสะ', 'Tase'], ['บ้าหวี', 'Ba Wi']]],
  // 93 พัทลุง
  ['9301', 'เมืองพัทลุง', 'Mueang Phatthalung', '93000', 14, [['คูหาสวรรค์', 'Khuha Sawan'], ['โคกชะงาย', 'Khok Cha-ngai'], ['นาท่อม', 'Na Thom'], ['ปรางหมู่', 'Prang Mu'], ['ท่าแค', 'Tha Khae']]],
  ['9302', 'กงหรา', 'Kong Ra', '93180', 5, [['กงหรา', 'Kong Ra'], ['คลองเฉลิม', 'Khlong Chaloem'], ['คลองทรายขาว', 'Khlong Sai Khao'], ['สมหวัง', 'Som Wang', '93000']]],
  ['9303', 'เขาชัยสน', 'Khao Chaison', '93130', 5, [['เขาชัยสน', 'Khao Chaison'], ['ควนขนุน', 'Khuan Khanun'], ['จองถนน', 'Chong Thanon'], ['หานโพธิ์', 'Han Pho'], ['โคกม่วง', 'Khok Muang']]],
  ['9304', 'ตะโหมด', 'Tamot', '93160', 3, [['คลองใหญ่', 'Khlong Yai'], ['ตะโหมด', 'Tamot'], ['แม่ขรี', 'Mae Khari']]],
  ['9305', 'ควนขนุน', 'Khuan Khanun', '93110', 12, [['ควนขนุน', 'Khuan Khanun'], ['ทะเลน้อย', 'Thale Noi', '93150'], ['พนมวังก์', 'Phanom Wang'], ['แหลมโตนด', 'Laem Tanot'], ['ปันแต', 'Pan Tae']]],
  ['9306', 'ปากพะยูน', 'Pak Phayun', '93120', 7, [['ดอนทราย', 'Don Sai'], ['ปากพะยูน', 'Pak Phayun'], ['ดอนประดู่', 'Don Pradu'], ['เกาะนางคำ', 'Ko Nang Kham'], ['เกาะหมาก', 'Ko Mak']]],
  ['9307', 'ศรีบรรพต', 'Si Banphot', '93190', 3, [['เขาย่า', 'Khao Ya'], ['เขาปู่', 'Khao Pu'], ['ตะแพน', 'Taphaen']]],
  ['9308', 'ป่าบอน', 'Pa Bon', '93170', 5, [['โคกทราย', 'Khok Sai'], ['ป่าบอน', 'Pa Bon'], ['หนองธง', 'Nong Thong'], ['วังใหม่', 'Wang Mai']]],
  ['9309', 'บางแก้ว', 'Bang Kaeo', '93140', 3, [['ท่ามะเดื่อ', 'Tha Maduea'], ['นาปะขอ', 'Na Pakho'], ['โคกสัก', 'Khok Sak']]],
  ['9310', 'ป่าพะยอม', 'Pa Phayom', '93210', 4, [['เกาะเต่า', 'Ko Tao'], ['ป่าพะยอม', 'Pa Phayom'], ['บ้านพร้าว', 'Ban Phrao'], ['ลานข่อย', 'Lan Khoi']]],
  ['9311', 'ศรีนครินทร์', 'Srinagarindra', '93000', 4, [['บ้านนา', 'Ban Na'], ['ลำสินธุ์', 'Lam Sin'], ['อ่างทอง', 'Ang Thong'], ['ชุมพล', 'Chumphon']]],
  // 94 ปัตตานี
  ['9401', 'เมืองปัตตานี', 'Mueang Pattani', '94000', 13, [['สะบารัง', 'Sabarang'], ['อาเนาะรู', 'Anoru'], ['จะบังติกอ', 'Chabang Tiko'], ['บานา', 'Bana'], ['ตันหยงลุโละ', 'Tanyong Lulo']]],
  ['9402', 'โคกโพธิ์', 'Khok Pho', '94120', 12, [['โคกโพธิ์', 'Khok Pho'], ['มะกรูด', 'Makrut'], ['ป่าบอน', 'Pa Bon'], ['ทรายขาว', 'Sai Khao'], ['นาประดู่', 'Na Pradu', '94180']]],
  ['9403', 'หนองจิก', 'Nong Chik', '94170', 12, [['เกาะเปาะ', 'Ko Po'], ['ดอนรัก', 'Don Rak'], ['บ่อทอง', 'Bo Thong'], ['บางเขา', 'Bang Khao']]],
  ['9404', 'ปะนาเระ', 'Panare', '94130', 10, [['ปะนาเระ', 'Panare'], ['ท่าข้าม', 'Tha Kham'], ['บ้านนอก', 'Ban Nok'], ['ดอน', 'Don', '94190'], ['ควน', 'Khuan', '94190']]],
  ['9405', 'มายอ', 'Mayo', '94140', 13, [['มายอ', 'Mayo'], ['ถนน', 'Thanon'], ['ตรัง', 'Trang'], ['ลางา', 'La-nga', '94190'], ['เกาะจัน', 'Ko Chan']]],
  ['9406', 'ทุ่งยางแดง', 'Thung Yang Daeng', '94140', 4, [['ตะโละแมะนา', 'Talo Maena'], ['พิเทน', 'Phithen'], ['น้ำดำ', 'Nam Dam'], ['ปากู', 'Paku']]],
  ['9407', 'สายบุรี', 'Sai Buri', '94110', 11, [['บางเก่า', 'Bang Kao'], ['ละหาร', 'Lahan'], ['มะนังดาลำ', 'Ma Nang Da Lam'], ['แป้น', 'Paen'], ['ทุ่งคล้า', 'Thung Khla', '94190']]],
  ['9408', 'ไม้แก่น', 'Mai Kaen', '94220', 4, [['ไทรทอง', 'Sai Thong'], ['ไม้แก่น', 'Mai Kaen'], ['ดอนทราย', 'Don Sai']]],
  ['9409', 'ยะหริ่ง', 'Yaring', '94150', 18, [['ตะโละ', 'Talo'], ['บางปู', 'Bang Pu'], ['หนองแรต', 'Nong Raet'], ['มะนังยง', 'Manang Yong'], ['แหลมโพธิ์', 'Laem Pho']]],
  ['9410', 'ยะรัง', 'Yarang', '94160', 12, [['ยะรัง', 'Yarang'], ['ประจัน', 'Prachan'], ['สะนอ', 'Sano'], ['วัด', 'Wat'], ['คลองใหม่', 'Khlong Mai']]],
  ['9411', 'กะพ้อ', 'Kapho', '94230', 3, [['กะรุบี', 'Karubi'], ['ตะโละดือรามัน', 'Talo Due Raman'], ['ปล่องหอย', 'Plong Hoi']]],
  ['9412', 'แม่ลาน', 'Mae Lan', '94180', 3, [['แม่ลาน', 'Mae Lan'], ['ป่าไร่', 'Pa Rai'], ['ม่วงเตี้ย', 'Muang Tia']]],
  // 95 ยะลา
  ['9501', 'เมืองยะลา', 'Mueang Yala', '95000', 14, [['ยะลา', 'Yala'], ['ท่าสาป', 'Tha Sap'], ['ลำใหม่', 'Lam Mai', '95160'], ['หน้าถ้ำ', 'Na Tham'], ['ลำพะยา', 'Lam Phaya', '95160']]],
  ['9502', 'เบตง', 'Betong', '95110', 5, [['เบตง', 'Betong'], ['ยะรม', 'Yarom'], ['ตาเนาะแมเราะ', 'Tano Maero'], ['อัยเยอร์เวง', 'Aiyoe Weng'], ['ธารน้ำทิพย์', 'Than Nam Thip']]],
  ['9503', 'บันนังสตา', 'Bannang Sata', '95130', 6, [['บันนังสตา', 'Bannang Sata'], ['บาเจาะ', 'Bacho'], ['ตลิ่งชัน', 'Taling Chan'], ['เขื่อนบางลาง', 'Khuean Bang Lang']]],
  ['9504', 'ธารโต', 'Than To', '95150', 4, [['แม่หวาด', 'Mae Wat', '95170'], ['บ้านแหร', 'Ban Rae'], ['ธารโต', 'Than To']]],
  ['9505', 'ยะหา', 'Yaha', '95120', 7, [['ยะหา', 'Yaha'], ['บาโร๊ะ', 'Ba Ro'], ['ตาชี', 'Ta Chi']]],
  ['9506', 'รามัน', 'Raman', '95140', 16, [['ท่าธง', 'Tha Thong'], ['เนินงาม', 'Noen Ngam'], ['บาโงย', 'Ba-ngoi'], ['วังพญา', 'Wang Phaya'], ['อาซ่อง', 'A-song']]],
  ['9507', 'กาบัง', 'Kabang', '95120', 2, [['กาบัง', 'Kabang'], ['บาละ', 'Bala']]],
  ['9508', 'กรงปินัง', 'Krong Pinang', '95000', 4, [['ปุโรง', 'Purong'], ['สะเอะ', 'Sa-e'], ['กรงปินัง', 'Krong Pinang'], ['ห้วยกระทิง', 'Huai Krathing']]],
  // 96 นราธิวาส
  ['9601', 'เมืองนราธิวาส', 'Mueang Narathiwat', '96000', 7, [['บางนาค', 'Bang Nak'], ['บางปอ', 'Bang Po'], ['โคกเคียน', 'Khok Khian']]],
  ['9602', 'ตากใบ', 'Tak Bai', '96110', 8, [['ศาลาใหม่', 'Sala Mai'], ['บางขุนทอง', 'Bang Khun Thong'], ['เกาะสะท้อน', 'Ko Sathon'], ['นานาค', 'Na Nak']]],
  ['9603', 'บาเจาะ', 'Bacho', '96170', 6, [['บาเจาะ', 'Bacho'], ['ลุโบะสาวอ', 'Lubo Sawo'], ['กาเยาะมาตี', 'Kayo Mati'], ['ปะลุกาสาเมาะ', 'Paluka Samo'], ['บาเระเหนือ', 'Bare Nuea']]],
  ['9604', 'ยี่งอ', 'Yi-ngo', '96180', 6, [['ละหาร', 'Lahan'], ['จอเบาะ', 'Cho Bo'], ['ลุโบะบายะ', 'Lubo Baya'], ['ลุโบะบือซา', 'Lubo Buesa'], ['ตะปอเยาะ', 'Tapoyo']]],
  ['9605', 'ระแงะ', 'Ra-ngae', '96130', 7, [['ตันหยงมัส', 'Tanyong Mat'], ['ตันหยงลิมอ', 'Tanyong Limo'], ['บองอ', 'Bo-ngo', '96220'], ['กาลิซา', 'Kalisa'], ['บาโงสะโต', 'Ba-ngo Sato']]],
  ['9606', 'รือเสาะ', 'Rueso', '96150', 9, [['รือเสาะ', 'Rueso'], ['เรียง', 'Riang'], ['สามัคคี', 'Samakkhi'], ['รือเสาะออก', 'Rueso Ok'], ['โคกสะตอ', 'Khok Sato']]],
  ['9607', 'ศรีสาคร', 'Si Sakhon', '96210', 6, [['ศรีสาคร', 'Si Sakhon'], ['เชิงคีรี', 'Choeng Khiri'], ['กาหลง', 'Kalong'], ['ศรีบรรพต', 'Si Banphot']]],
  ['9608', 'แว้ง', 'Waeng', '96160', 6, [['แว้ง', 'Waeng'], ['แม่ดง', 'Mae Dong'], ['เอราวัณ', 'Erawan']]],
  ['9609', 'สุคิริน', 'Sukhirin', '96190', 5, [['มาโมง', 'Mamong'], ['สุคิริน', 'Sukhirin'], ['ภูเขาทอง', 'Phukhao Thong'], ['ร่มไทร', 'Rom Sai']]],
  ['9610', 'สุไหงโก-ลก', 'Su-ngai Kolok', '96120', 4, [['สุไหงโก-ลก', 'Su-ngai Kolok'], ['ปาเสมัส', 'Pasemat'], ['มูโนะ', 'Muno'], ['ปูโยะ', 'Puyo']]],
  ['9611', 'สุไหงปาดี', 'Su-ngai Padi', '96140', 6, [['ปะลุรู', 'Paluru'], ['สุไหงปาดี', 'Su-ngai Padi'], ['โต๊ะเด็ง', 'To Deng'], ['สากอ', 'Sako'], ['ริโก๋', 'Riko']]],
  ['9612', 'จะแนะ', 'Chanae', '96220', 4, [['ดุซงญอ', 'Dusongyo'], ['จะแนะ', 'Chanae'], ['ผดุงมาตร', 'Phadung Mat'], ['ช้างเผือก', 'Chang Phueak']]],
  ['9613', 'เจาะไอร้อง', 'Cho-airong', '96130', 3, [['จวบ', 'Chuap'], ['บูกิต', 'Bukit'], ['มะรือโบออก', 'Maruebo Ok']]],
];

export const PROVINCES: readonly Province[] = PROVINCE_ROWS.map(
  ([code, nameTh, nameEn, region, postalPrefix]) => ({
    code,
    nameTh,
    nameEn,
    region,
    postalPrefix,
  }),
);

export const DISTRICTS: readonly District[] = DISTRICT_ROWS.map(
  ([code, nameTh, nameEn, postalCode, subdistrictCount, subdistricts]) => ({
    code,
    provinceCode: code.slice(0, 2),
    nameTh,
    nameEn,
    postalCode,
    subdistrictCount,
    subdistricts: subdistricts.map(([subNameTh, subNameEn, subPostalCode]) => ({
      nameTh: subNameTh,
      nameEn: subNameEn,
      postalCode: subPostalCode ?? postalCode,
    })),
  }),
);

const provinceByCode = new Map(PROVINCES.map((p) => [p.code, p]));
const districtByCode = new Map(DISTRICTS.map((d) => [d.code, d]));
const districtsByProvince = new Map<string, District[]>();
for (const district of DISTRICTS) {
  const list = districtsByProvince.get(district.provinceCode);
  if (list) list.push(district);
  else districtsByProvince.set(district.provinceCode, [district]);
}

// Names people actually type besides the official ones: the short Thai forms used on signs and
// in speech, and the English forms used by the provinces' own tourism material.
const PROVINCE_ALIASES: Readonly<Record<string, string>> = {
  กรุงเทพ: '10',
  กรุงเทพฯ: '10',
  กทม: '10',
  krungthepmahanakhon: '10',
  อยุธยา: '14',
  ayutthaya: '14',
  โคราช: '30',
  korat: '30',
  lopburi: '16',
  buriram: '31',
  sisaket: '33',
  ubon: '34',
  phangnga: '82',
};

const nameKeys = new Map<string, string>();
for (const p of PROVINCES) {
  nameKeys.set(normaliseName(p.nameTh), p.code);
  nameKeys.set(normaliseName(p.nameEn), p.code);
}
for (const [alias, code] of Object.entries(PROVINCE_ALIASES)) {
  nameKeys.set(normaliseName(alias), code);
}

/**
 * Folds the spellings of one name together: 'Chon Buri', 'chonburi' and 'CHON-BURI' match, and a
 * Thai name may carry จังหวัด / จ. in front as it does on forms.
 */
function normaliseName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/^(จังหวัด|จ\.)\s*/u, '')
    .replace(/[\s\-.']/gu, '');
}

export function findProvinceByCode(code: string): Province | undefined {
  return provinceByCode.get(code.trim());
}

/** Looks a province up by its Thai or English name (case-, space- and hyphen-insensitive). */
export function findProvinceByName(name: string): Province | undefined {
  const code = nameKeys.get(normaliseName(name));
  return code === undefined ? undefined : provinceByCode.get(code);
}

export function listDistricts(provinceCode: string): readonly District[] {
  return districtsByProvince.get(provinceCode.trim()) ?? [];
}

export function findDistrictByCode(code: string): District | undefined {
  return districtByCode.get(code.trim());
}

export function regionOf(provinceCode: string): RegionCode | undefined {
  return provinceByCode.get(provinceCode.trim())?.region;
}

/**
 * The district in which the province's hall (ศาลากลางจังหวัด) stands. DOPA numbers it xx01; for
 * most provinces it is อำเภอเมือง..., but Ayutthaya's is อำเภอพระนครศรีอยุธยา and Bangkok's is
 * เขตพระนคร.
 */
export function findCapitalDistrict(provinceCode: string): District | undefined {
  return districtByCode.get(`${provinceCode.trim()}01`);
}

/** Bangkok is divided into เขต and แขวง; every other province into อำเภอ and ตำบล. */
export function isBangkok(provinceCode: string): boolean {
  return provinceCode.trim() === '10';
}

/** 'อำเภอเชียงคาน', 'เขตพระนคร' — the form written in Thai addresses and letters. */
export function formatDistrictNameTh(district: District): string {
  return (isBangkok(district.provinceCode) ? 'เขต' : 'อำเภอ') + district.nameTh;
}

/** 'ตำบลเชียงคาน', 'แขวงเสาชิงช้า'. */
export function formatSubdistrictNameTh(provinceCode: string, subdistrictNameTh: string): string {
  return (isBangkok(provinceCode) ? 'แขวง' : 'ตำบล') + subdistrictNameTh;
}

/** 'จังหวัดเลย'; Bangkok is written bare, since it is not a จังหวัด. */
export function formatProvinceNameTh(province: Province): string {
  return isBangkok(province.code) ? province.nameTh : `จังหวัด${province.nameTh}`;
}
