/**
 * Built-in synonyms and abbreviations for Thai service search.
 *
 * Thai users search with agency acronyms (สปสช, กฟภ), informal words (บัตรคนจน, เบี้ยคนแก่),
 * hotline numbers and English loanwords; official service names rarely contain those words.
 *
 * Conventions (checked by the catalogue test):
 * - `term` is in normalised form: lowercase, trimmed, single spaces and no full stops, because
 *   the search normaliser strips the dots Thai abbreviations are often written with
 *   (สปสช. / ส.ป.ส.ช. → สปสช, ม.33 → ม33).
 * - Entries are one-directional: a query containing `term` is widened with `expansions`.
 *   Pairs that must work both ways (passport ↔ หนังสือเดินทาง) are listed twice.
 * - Every entry leads to at least one service in the built-in catalogue.
 */
export interface SynonymEntry {
  readonly term: string;
  readonly expansions: readonly string[];
}

export const builtInSynonyms: ReadonlyArray<SynonymEntry> = [
  // Health coverage
  { term: 'สปสช', expansions: ['สำนักงานหลักประกันสุขภาพแห่งชาติ', 'หลักประกันสุขภาพ', 'บัตรทอง', 'nhso'] },
  {
    term: 'บัตรทอง',
    expansions: ['หลักประกันสุขภาพแห่งชาติ', 'สิทธิหลักประกันสุขภาพ', 'สปสช', '30 บาทรักษาทุกที่'],
  },
  { term: '30 บาท', expansions: ['30 บาทรักษาทุกที่', 'บัตรทอง', 'หลักประกันสุขภาพแห่งชาติ'] },
  { term: 'สิทธิรักษา', expansions: ['สิทธิการรักษาพยาบาล', 'สิทธิหลักประกันสุขภาพ', 'ตรวจสอบสิทธิ'] },
  { term: '1330', expansions: ['สายด่วน สปสช', 'สำนักงานหลักประกันสุขภาพแห่งชาติ'] },
  { term: 'uc', expansions: ['universal coverage', 'หลักประกันสุขภาพแห่งชาติ', 'บัตรทอง'] },
  { term: 'ucep', expansions: ['เจ็บป่วยฉุกเฉินวิกฤต มีสิทธิทุกที่', 'ฉุกเฉิน'] },
  { term: '1669', expansions: ['เจ็บป่วยฉุกเฉิน', 'สถาบันการแพทย์ฉุกเฉินแห่งชาติ', 'รถพยาบาล'] },
  { term: 'อย', expansions: ['สำนักงานคณะกรรมการอาหารและยา', 'เลขสารบบอาหาร', 'ผลิตภัณฑ์สุขภาพ'] },
  { term: 'หมอพร้อม', expansions: ['ประวัติการรับวัคซีน', 'วัคซีน', 'กระทรวงสาธารณสุข'] },
  { term: 'วัคซีน', expansions: ['ประวัติการรับวัคซีน', 'หมอพร้อม', 'vaccination'] },
  { term: 'บริจาคอวัยวะ', expansions: ['แสดงความจำนงบริจาคอวัยวะ', 'สภากาชาดไทย', 'organ donation'] },
  { term: 'บริจาคเลือด', expansions: ['บริจาคโลหิต', 'ศูนย์บริการโลหิตแห่งชาติ'] },
  { term: 'ติดเตียง', expansions: ['ผู้มีภาวะพึ่งพิง', 'ดูแลระยะยาว', 'ผู้ป่วยติดเตียง'] },
  { term: 'ซึมเศร้า', expansions: ['สุขภาพจิต', 'ปรึกษาปัญหาสุขภาพจิต', '1323'] },

  // Social security
  { term: 'สปส', expansions: ['สำนักงานประกันสังคม', 'ประกันสังคม', 'sso'] },
  {
    term: 'ประกันสังคม',
    expansions: ['สำนักงานประกันสังคม', 'สิทธิประกันสังคม', 'ผู้ประกันตน', 'social security'],
  },
  { term: 'ม33', expansions: ['มาตรา 33', 'ผู้ประกันตนมาตรา 33', 'ประกันสังคม'] },
  { term: 'ม39', expansions: ['มาตรา 39', 'ผู้ประกันตนมาตรา 39', 'ประกันสังคม'] },
  { term: 'ม40', expansions: ['มาตรา 40', 'ผู้ประกันตนมาตรา 40', 'แรงงานนอกระบบ'] },
  { term: '1506', expansions: ['สายด่วนประกันสังคม', 'สำนักงานประกันสังคม'] },
  { term: 'ว่างงาน', expansions: ['ขึ้นทะเบียนว่างงาน', 'ประโยชน์ทดแทนกรณีว่างงาน', 'unemployment'] },
  { term: 'ตกงาน', expansions: ['ว่างงาน', 'ขึ้นทะเบียนว่างงาน', 'หางาน'] },
  // Not 'ประกันสังคม': old age is also the civil-service pension and the old-age allowance, and
  // that expansion made every social-security service match 'เงินชราภาพ' as well as the benefit.
  { term: 'ชราภาพ', expansions: ['บำนาญชราภาพ', 'บำเหน็จชราภาพ', 'old-age benefit'] },
  { term: 'เงินทดแทน', expansions: ['กองทุนเงินทดแทน', 'ประสบอันตรายจากการทำงาน'] },

  // Identity and civil registration
  { term: 'ปชช', expansions: ['ประชาชน', 'บัตรประจำตัวประชาชน'] },
  { term: 'บัตรประชาชน', expansions: ['บัตรประจำตัวประชาชน', 'บัตร ปชช', 'national id card'] },
  { term: 'บัตร ปชช', expansions: ['บัตรประจำตัวประชาชน', 'บัตรประชาชน'] },
  { term: 'id card', expansions: ['บัตรประจำตัวประชาชน', 'national id card'] },
  { term: 'thaid', expansions: ['ไทยดี', 'ดิจิทัลไอดี', 'ยืนยันตัวตน'] },
  { term: 'ไทยดี', expansions: ['thaid', 'ดิจิทัลไอดี'] },
  { term: 'ทร14', expansions: ['ทะเบียนบ้าน'] },
  { term: 'ทะเบียนบ้าน', expansions: ['ข้อมูลทะเบียนราษฎร', 'house registration'] },
  { term: 'ย้ายทะเบียนบ้าน', expansions: ['แจ้งย้ายที่อยู่', 'ย้ายปลายทาง', 'ย้ายเข้า'] },
  { term: 'ย้ายบ้าน', expansions: ['แจ้งย้ายที่อยู่', 'ย้ายปลายทาง'] },
  { term: 'ใบเกิด', expansions: ['สูติบัตร', 'แจ้งเกิด'] },
  { term: 'สูติบัตร', expansions: ['ใบเกิด', 'แจ้งเกิด', 'birth certificate'] },
  { term: 'ใบตาย', expansions: ['มรณบัตร', 'แจ้งตาย'] },
  { term: 'มรณบัตร', expansions: ['ใบตาย', 'แจ้งตาย', 'death certificate'] },
  { term: 'เปลี่ยนนามสกุล', expansions: ['ชื่อสกุล', 'จดทะเบียนตั้งชื่อสกุล'] },
  { term: 'สด9', expansions: ['ใบสำคัญทหารกองเกิน', 'ลงบัญชีทหารกองเกิน'] },
  { term: 'เกณฑ์ทหาร', expansions: ['ลงบัญชีทหารกองเกิน', 'ทหารกองเกิน'] },
  { term: '1548', expansions: ['สายด่วนกรมการปกครอง', 'กรมการปกครอง'] },

  // Family
  { term: 'แต่งงาน', expansions: ['จดทะเบียนสมรส', 'ทะเบียนสมรส'] },
  { term: 'หย่า', expansions: ['จดทะเบียนหย่า'] },
  { term: 'สมรสเท่าเทียม', expansions: ['จดทะเบียนสมรส', 'marriage equality'] },
  { term: 'เงินแรกเกิด', expansions: ['เงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด', 'เงินเด็กแรกเกิด'] },
  { term: 'เงินเด็กแรกเกิด', expansions: ['เงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด', 'เงินแรกเกิด'] },
  { term: 'เงินสงเคราะห์บุตร', expansions: ['สงเคราะห์บุตร', 'ประกันสังคม'] },
  { term: '1300', expansions: ['ศูนย์ช่วยเหลือสังคม', 'ความรุนแรงในครอบครัว'] },

  // Elderly, disability and welfare
  { term: 'เบี้ยคนแก่', expansions: ['เบี้ยยังชีพผู้สูงอายุ', 'เงินผู้สูงอายุ'] },
  { term: 'เงินคนแก่', expansions: ['เบี้ยยังชีพผู้สูงอายุ', 'เงินผู้สูงอายุ'] },
  { term: 'เงินผู้สูงอายุ', expansions: ['เบี้ยยังชีพผู้สูงอายุ'] },
  { term: 'คนแก่', expansions: ['ผู้สูงอายุ'] },
  { term: 'คนชรา', expansions: ['ผู้สูงอายุ'] },
  { term: 'elderly', expansions: ['ผู้สูงอายุ', 'เบี้ยยังชีพผู้สูงอายุ'] },
  { term: 'ผู้พิการ', expansions: ['คนพิการ', 'ความพิการ'] },
  { term: 'เบี้ยคนพิการ', expansions: ['เบี้ยความพิการ', 'เงินคนพิการ'] },
  { term: 'เงินคนพิการ', expansions: ['เบี้ยความพิการ'] },
  { term: 'disability', expansions: ['คนพิการ', 'ความพิการ'] },
  { term: 'บัตรคนจน', expansions: ['บัตรสวัสดิการแห่งรัฐ', 'บัตรสวัสดิการ'] },
  { term: 'บัตรสวัสดิการแห่งรัฐ', expansions: ['บัตรคนจน', 'welfare card'] },
  { term: 'กอช', expansions: ['กองทุนการออมแห่งชาติ', 'ออมเงิน'] },
  { term: 'บำนาญ', expansions: ['บำเหน็จบำนาญ', 'บำนาญชราภาพ', 'pension'] },
  { term: 'pension', expansions: ['บำนาญ', 'บำเหน็จบำนาญ'] },
  { term: 'น้ำท่วม', expansions: ['ผู้ประสบสาธารณภัย', 'ผู้ประสบภัย', 'flood relief'] },
  { term: 'หนี้นอกระบบ', expansions: ['เงินกู้นอกระบบ', 'แก้ไขปัญหาหนี้นอกระบบ'] },
  { term: 'เครดิตบูโร', expansions: ['ข้อมูลเครดิต', 'บริษัท ข้อมูลเครดิตแห่งชาติ', 'ncb'] },
  { term: 'ncb', expansions: ['เครดิตบูโร', 'ข้อมูลเครดิต'] },

  // Education and work
  { term: 'กยศ', expansions: ['กองทุนเงินให้กู้ยืมเพื่อการศึกษา', 'กู้ยืมเพื่อการศึกษา', 'student loan'] },
  { term: 'student loan', expansions: ['กองทุนเงินให้กู้ยืมเพื่อการศึกษา', 'กยศ'] },
  { term: 'กศน', expansions: ['การศึกษานอกระบบ', 'กรมส่งเสริมการเรียนรู้', 'สกร'] },
  { term: 'สกร', expansions: ['กรมส่งเสริมการเรียนรู้', 'กศน'] },
  { term: 'สพฐ', expansions: ['สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน', 'สมัครเรียน'] },
  { term: 'กสศ', expansions: ['กองทุนเพื่อความเสมอภาคทางการศึกษา', 'ทุนเสมอภาค'] },
  { term: 'ศพด', expansions: ['ศูนย์พัฒนาเด็กเล็ก'] },
  { term: 'school', expansions: ['โรงเรียน', 'สมัครเรียน'] },
  { term: 'ตั๋วครู', expansions: ['ใบอนุญาตประกอบวิชาชีพครู', 'คุรุสภา'] },
  { term: 'หางาน', expansions: ['สมัครงาน', 'ไทยมีงานทำ', 'job search'] },
  { term: 'job', expansions: ['หางาน', 'สมัครงาน'] },
  { term: 'work permit', expansions: ['ใบอนุญาตทำงาน', 'คนต่างด้าว'] },
  { term: 'ใบอนุญาตทำงาน', expansions: ['work permit', 'เวิร์คเพอร์มิต'] },
  { term: 'ค่าจ้างค้างจ่าย', expansions: ['นายจ้างไม่จ่ายค่าจ้าง', 'คร7', 'ค่าชดเชย'] },

  // Business and tax
  { term: 'จดบริษัท', expansions: ['จดทะเบียนจัดตั้งบริษัทจำกัด', 'นิติบุคคล'] },
  { term: 'หจก', expansions: ['ห้างหุ้นส่วนจำกัด', 'จดทะเบียนห้างหุ้นส่วน'] },
  { term: 'ทะเบียนพาณิชย์', expansions: ['จดทะเบียนพาณิชย์', 'commercial registration'] },
  { term: 'เปิดร้าน', expansions: ['จดทะเบียนพาณิชย์', 'สถานที่จำหน่ายอาหาร', 'ใบอนุญาตประกอบกิจการ'] },
  { term: 'รง4', expansions: ['ใบอนุญาตประกอบกิจการโรงงาน'] },
  { term: 'sme', expansions: ['วิสาหกิจขนาดกลางและขนาดย่อม', 'สสว'] },
  { term: 'tax', expansions: ['ภาษี'] },
  { term: 'ภาษี', expansions: ['tax'] },
  { term: 'ยื่นภาษี', expansions: ['ภาษีเงินได้บุคคลธรรมดา', 'ภงด90', 'ภงด91', 'tax return'] },
  { term: 'ภงด90', expansions: ['ภาษีเงินได้บุคคลธรรมดา', 'ยื่นภาษี'] },
  { term: 'ภงด91', expansions: ['ภาษีเงินได้บุคคลธรรมดา', 'ยื่นภาษี'] },
  { term: 'vat', expansions: ['ภาษีมูลค่าเพิ่ม'] },
  { term: 'ภาษีมูลค่าเพิ่ม', expansions: ['vat', 'ภพ01'] },
  { term: 'ภาษีที่ดิน', expansions: ['ภาษีที่ดินและสิ่งปลูกสร้าง', 'land tax'] },
  { term: 'ภาษีบ้าน', expansions: ['ภาษีที่ดินและสิ่งปลูกสร้าง'] },
  { term: 'ภาษีป้าย', expansions: ['ภป1', 'signboard tax'] },
  { term: 'สรรพากร', expansions: ['กรมสรรพากร', 'ภาษี'] },

  // Vehicles and transport
  { term: 'ขบ', expansions: ['กรมการขนส่งทางบก', 'ขนส่ง'] },
  { term: 'ขนส่ง', expansions: ['กรมการขนส่งทางบก', 'ใบอนุญาตขับรถ', 'ภาษีรถ'] },
  { term: 'ใบขับขี่', expansions: ['ใบอนุญาตขับรถ', 'driving licence'] },
  { term: 'driving licence', expansions: ['ใบอนุญาตขับรถ', 'ใบขับขี่'] },
  { term: 'driver license', expansions: ['ใบอนุญาตขับรถ', 'ใบขับขี่', 'driving licence'] },
  { term: 'ภาษีรถ', expansions: ['ภาษีรถประจำปี', 'ต่อภาษีรถ', 'vehicle tax'] },
  { term: 'ต่อทะเบียนรถ', expansions: ['ภาษีรถประจำปี', 'ต่อภาษีรถ'] },
  { term: 'ป้ายวงกลม', expansions: ['เครื่องหมายการเสียภาษี', 'ภาษีรถประจำปี'] },
  { term: 'ตรอ', expansions: ['สถานตรวจสภาพรถเอกชน', 'ตรวจสภาพรถ'] },
  { term: 'ใบสั่ง', expansions: ['ใบสั่งจราจร', 'ค่าปรับจราจร', 'traffic fine'] },
  { term: 'ptm', expansions: ['ใบสั่งจราจร', 'ค่าปรับจราจร', 'police ticket management'] },
  { term: 'ค่าทางด่วน', expansions: ['ค่าผ่านทาง', 'm-flow'] },

  // Utilities
  { term: 'กฟภ', expansions: ['การไฟฟ้าส่วนภูมิภาค', 'ค่าไฟฟ้า', 'pea'] },
  { term: 'กฟน', expansions: ['การไฟฟ้านครหลวง', 'ค่าไฟฟ้า', 'mea'] },
  { term: 'กปภ', expansions: ['การประปาส่วนภูมิภาค', 'ค่าน้ำประปา', 'pwa'] },
  { term: 'กปน', expansions: ['การประปานครหลวง', 'ค่าน้ำประปา', 'mwa'] },
  { term: 'ค่าไฟ', expansions: ['ค่าไฟฟ้า', 'electricity bill'] },
  { term: 'ค่าน้ำ', expansions: ['ค่าน้ำประปา', 'water bill'] },
  { term: 'ไฟดับ', expansions: ['ไฟฟ้าดับ', 'ไฟฟ้าขัดข้อง', 'power outage'] },
  { term: 'น้ำไม่ไหล', expansions: ['ท่อประปาแตกรั่ว', 'ประปา'] },
  { term: 'electricity', expansions: ['ค่าไฟฟ้า', 'ไฟฟ้า'] },
  { term: 'water', expansions: ['ค่าน้ำประปา', 'ประปา'] },
  { term: 'กสทช', expansions: ['สำนักงาน กสทช', 'ร้องเรียนบริการโทรคมนาคม'] },

  // Justice and complaints
  { term: 'บัญชีม้า', expansions: ['อายัดบัญชี', 'ระงับธุรกรรม', 'แจ้งความออนไลน์', 'mule account'] },
  { term: 'อายัดบัญชี', expansions: ['บัญชีม้า', 'ระงับธุรกรรม'] },
  {
    term: 'แจ้งความออนไลน์',
    expansions: ['แจ้งความ', 'อาชญากรรมทางเทคโนโลยี', 'online police report'],
  },
  { term: 'โดนหลอก', expansions: ['แจ้งความออนไลน์', 'อายัดบัญชี', 'ถูกหลอกลวง'] },
  { term: 'โดนโกง', expansions: ['แจ้งความออนไลน์', 'อายัดบัญชี'] },
  { term: 'มิจฉาชีพ', expansions: ['แจ้งความออนไลน์', 'บัญชีม้า'] },
  { term: 'แก๊งคอลเซ็นเตอร์', expansions: ['มิจฉาชีพ', 'แจ้งความออนไลน์', 'อายัดบัญชี'] },
  { term: 'aoc', expansions: ['ศูนย์ปฏิบัติการต่อต้านอาชญากรรมออนไลน์', '1441'] },
  { term: '1441', expansions: ['อายัดบัญชี', 'ศูนย์ปฏิบัติการต่อต้านอาชญากรรมออนไลน์'] },
  { term: 'ประวัติอาชญากรรม', expansions: ['ตรวจสอบประวัติบุคคล', 'criminal record'] },
  { term: 'ศาลปกครอง', expansions: ['คดีปกครอง', 'administrative court'] },
  { term: 'คำพิพากษา', expansions: ['คัดสำเนาคำพิพากษา', 'judgment'] },
  { term: 'ร้องทุกข์', expansions: ['ร้องเรียน'] },
  { term: 'ร้องเรียน', expansions: ['ร้องทุกข์', 'complaint'] },
  { term: '1567', expansions: ['ศูนย์ดำรงธรรม', 'ร้องเรียน'] },
  { term: 'สคบ', expansions: ['สำนักงานคณะกรรมการคุ้มครองผู้บริโภค', 'ร้องเรียนปัญหาผู้บริโภค'] },
  { term: 'ปปช', expansions: ['สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ', 'ทุจริต'] },
  { term: 'dsi', expansions: ['กรมสอบสวนคดีพิเศษ', 'ดีเอสไอ', 'คดีพิเศษ'] },
  { term: 'ดีเอสไอ', expansions: ['กรมสอบสวนคดีพิเศษ', 'dsi'] },
  { term: 'ทนายฟรี', expansions: ['ช่วยเหลือทางกฎหมาย', 'กองทุนยุติธรรม', 'ปรึกษากฎหมาย'] },

  // Local government
  { term: 'อปท', expansions: ['องค์กรปกครองส่วนท้องถิ่น', 'เทศบาล', 'อบต'] },
  { term: 'อบต', expansions: ['องค์การบริหารส่วนตำบล', 'องค์กรปกครองส่วนท้องถิ่น'] },
  { term: 'เทศบาล', expansions: ['องค์กรปกครองส่วนท้องถิ่น'] },
  { term: 'ค่าขยะ', expansions: ['ค่าธรรมเนียมเก็บและขนมูลฝอย', 'มูลฝอย'] },
  { term: 'ส้วมเต็ม', expansions: ['สูบสิ่งปฏิกูล', 'สูบส้วม'] },
  { term: 'ไฟถนนดับ', expansions: ['ไฟฟ้าส่องสว่างดับ', 'ร้องเรียน'] },

  // Housing, land and agriculture
  { term: 'โฉนด', expansions: ['โฉนดที่ดิน', 'กรมที่ดิน'] },
  { term: 'ราคาประเมิน', expansions: ['ราคาประเมินทุนทรัพย์', 'กรมธนารักษ์'] },
  { term: 'การเคหะ', expansions: ['การเคหะแห่งชาติ', 'บ้านเคหะ'] },
  { term: 'ทบก', expansions: ['ทะเบียนเกษตรกร', 'ขึ้นทะเบียนเกษตรกร'] },
  { term: 'ทะเบียนเกษตรกร', expansions: ['ขึ้นทะเบียนเกษตรกร', 'farmer registration'] },
  { term: 'farmer', expansions: ['เกษตรกร', 'ทะเบียนเกษตรกร'] },
  { term: 'ธกส', expansions: ['ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร', 'baac'] },
  { term: 'สปก', expansions: ['สำนักงานการปฏิรูปที่ดินเพื่อเกษตรกรรม', 'ปฏิรูปที่ดิน'] },
  { term: 'กยท', expansions: ['การยางแห่งประเทศไทย', 'ชาวสวนยาง'] },

  // Travel and environment
  { term: 'passport', expansions: ['หนังสือเดินทาง', 'พาสปอร์ต'] },
  { term: 'หนังสือเดินทาง', expansions: ['passport', 'พาสปอร์ต'] },
  { term: 'พาสปอร์ต', expansions: ['หนังสือเดินทาง', 'passport'] },
  { term: 'visa', expansions: ['วีซ่า', 'ตรวจลงตรา'] },
  { term: 'วีซ่า', expansions: ['visa', 'ตรวจลงตรา'] },
  { term: 'ตม', expansions: ['สำนักงานตรวจคนเข้าเมือง', 'immigration'] },
  { term: 'ฝุ่น', expansions: ['pm25', 'คุณภาพอากาศ'] },
  { term: 'pm25', expansions: ['ฝุ่น', 'คุณภาพอากาศ', 'air4thai'] },
];
