import type { NewOrganization, Role } from '../../orgs/index.ts';
import { defaultWorkflow } from './definition.ts';
import type { EServiceDefinition, Field, LocalText } from './types.ts';

/**
 * Demo data: realistic e-services of a municipality, the Department of Children and Youth and
 * the Department of Provincial Administration, with the rules their regulations state (cited
 * beside each). Codes match the catalogue's `eService.definitionCode`s. Everything personal here
 * is invented; docs/demo-data.md lists it.
 */
export const demoOrganizations: NewOrganization[] = [
  {
    code: 'nonthaburi-city',
    kind: 'local_administration',
    name_th: 'เทศบาลนครนนทบุรี',
    name_en: 'Nonthaburi City Municipality',
  },
  {
    code: 'dcy',
    kind: 'department',
    name_th: 'กรมกิจการเด็กและเยาวชน',
    name_en: 'Department of Children and Youth',
  },
  {
    code: 'dopa',
    kind: 'department',
    name_th: 'กรมการปกครอง',
    name_en: 'Department of Provincial Administration',
  },
];

export const demoAccounts: Array<{
  citizenId: string;
  th: string;
  en: string;
  email: string;
  roles: Array<{ organization: string; role: Role }>;
}> = [
  {
    citizenId: '3100501234563',
    th: 'กมลวรรณ ทองดี',
    en: 'Kamonwan Thongdee',
    email: 'kamonwan@example.test',
    roles: [
      { organization: 'nonthaburi-city', role: 'service_designer' },
      { organization: 'nonthaburi-city', role: 'agency_admin' },
    ],
  },
  {
    citizenId: '1209900345670',
    th: 'ธนากร สุขใจ',
    en: 'Thanakorn Sukjai',
    email: 'thanakorn@example.test',
    roles: [{ organization: 'nonthaburi-city', role: 'agency_officer' }],
  },
  {
    citizenId: '1400600135793',
    th: 'พิมพ์ชนก แก้วมณี',
    en: 'Phimchanok Kaewmanee',
    email: 'phimchanok@example.test',
    roles: [{ organization: 'dcy', role: 'agency_officer' }],
  },
  {
    citizenId: '3500109876547',
    th: 'บุญมี ศรีสวัสดิ์',
    en: 'Boonmee Srisawat',
    email: 'boonmee@example.test',
    roles: [],
  },
];

const L = (th: string, en: string): LocalText => ({ th, en });

const applicantFields = (extra: { email?: boolean } = {}): Field[] => [
  {
    name: 'citizen_id',
    type: 'citizen_id',
    label: L('เลขประจำตัวประชาชน', 'Citizen ID'),
    required: true,
    prefill: 'citizen_id',
    locked: true,
  },
  {
    name: 'full_name',
    type: 'text',
    label: L('ชื่อ–นามสกุล', 'Full name'),
    required: true,
    prefill: 'name_th',
    maxLength: 200,
  },
  {
    name: 'phone',
    type: 'phone',
    label: L('เบอร์โทรศัพท์มือถือ', 'Mobile phone'),
    required: true,
    prefill: 'phone',
    phoneKind: 'mobile',
  },
  ...(extra.email
    ? [
        {
          name: 'email',
          type: 'email',
          label: L('อีเมล', 'E-mail'),
          prefill: 'email',
          hint: L('ใช้รับการแจ้งเตือน', 'For notifications'),
        } satisfies Field,
      ]
    : []),
];

const idCardCopy: Field = {
  name: 'id_card_copy',
  type: 'file',
  label: L('สำเนาบัตรประจำตัวประชาชน', 'Copy of the ID card'),
  required: true,
  accept: ['pdf', 'jpeg', 'png'],
  maxSizeKb: 2048,
};

const paymentPage = (bankbookRequired: boolean) => ({
  id: 'payment',
  title: L('ช่องทางการรับเงิน', 'How you receive the money'),
  fields: [
    {
      name: 'payment_method',
      type: 'choice',
      label: L('ประสงค์รับเงินทาง', 'Receive the money by'),
      required: true,
      options: [
        { value: 'bank', label: L('โอนเข้าบัญชีเงินฝากธนาคาร', 'Transfer to a bank account') },
        { value: 'cash', label: L('รับเงินสดด้วยตนเอง', 'Cash, in person') },
        { value: 'proxy', label: L('รับเงินสดโดยผู้รับมอบอำนาจ', 'Cash, through a proxy') },
      ],
    },
    {
      name: 'bank',
      type: 'choice',
      display: 'select',
      label: L('ธนาคาร', 'Bank'),
      required: true,
      showIf: { field: 'payment_method', equals: 'bank' },
      options: [
        { value: 'ktb', label: L('ธนาคารกรุงไทย', 'Krungthai Bank') },
        { value: 'gsb', label: L('ธนาคารออมสิน', 'Government Savings Bank') },
        { value: 'baac', label: L('ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร', 'BAAC') },
        { value: 'bbl', label: L('ธนาคารกรุงเทพ', 'Bangkok Bank') },
        { value: 'kbank', label: L('ธนาคารกสิกรไทย', 'Kasikornbank') },
        { value: 'scb', label: L('ธนาคารไทยพาณิชย์', 'Siam Commercial Bank') },
      ],
    },
    {
      name: 'account_no',
      type: 'text',
      label: L('เลขที่บัญชี', 'Account number'),
      required: true,
      showIf: { field: 'payment_method', equals: 'bank' },
      pattern: '[0-9]{10,12}',
      patternMessage: L(
        'เลขที่บัญชีต้องเป็นตัวเลข 10 ถึง 12 หลัก ไม่ต้องใส่ขีด',
        'The account number is 10 to 12 digits, without dashes',
      ),
    },
    {
      name: 'bankbook_copy',
      type: 'file',
      label: L('สำเนาหน้าสมุดบัญชีเงินฝาก', 'Copy of the bank book'),
      required: bankbookRequired,
      showIf: { field: 'payment_method', equals: 'bank' },
      accept: ['pdf', 'jpeg', 'png'],
      maxSizeKb: 2048,
    },
    {
      name: 'proxy_name',
      type: 'text',
      label: L('ชื่อผู้รับมอบอำนาจ', 'Name of the proxy'),
      required: true,
      showIf: { field: 'payment_method', equals: 'proxy' },
    },
    {
      name: 'proxy_citizen_id',
      type: 'citizen_id',
      label: L('เลขประจำตัวประชาชนของผู้รับมอบอำนาจ', 'Citizen ID of the proxy'),
      required: true,
      showIf: { field: 'payment_method', equals: 'proxy' },
    },
  ] satisfies Field[],
});

const localWorkflow = defaultWorkflow();

export const demoDefinitions: EServiceDefinition[] = [
  // ระเบียบกระทรวงมหาดไทยว่าด้วยหลักเกณฑ์การจ่ายเงินเบี้ยยังชีพผู้สูงอายุขององค์กรปกครองส่วนท้องถิ่น
  // พ.ศ. 2552 (และที่แก้ไข) ข้อ 6: สัญชาติไทย, ภูมิลำเนาในเขต อปท., อายุ 60 ปีบริบูรณ์ขึ้นไป,
  // ไม่ได้รับสวัสดิการอื่นจากรัฐ เช่น บำนาญ.
  {
    code: 'elderly-allowance-application',
    organization: 'nonthaburi-city',
    title: L('ลงทะเบียนขอรับเบี้ยยังชีพผู้สูงอายุ', 'Register for the old-age allowance'),
    description: L(
      'ผู้มีอายุ 60 ปีขึ้นไปที่มีสัญชาติไทยและมีทะเบียนบ้านในเขตเทศบาล ลงทะเบียนรับเบี้ยยังชีพรายเดือนแบบขั้นบันได 600–1,000 บาท',
      'Thai nationals aged 60 or over registered in the municipality sign up for the monthly old-age allowance of 600–1,000 baht',
    ),
    fee: { amountBaht: 0 },
    slaDays: 30,
    claims: ['citizen_id', 'name_th', 'phone', 'email', 'birthdate', 'address'],
    pages: [
      {
        id: 'applicant',
        title: L('ข้อมูลผู้ยื่นคำขอ', 'About you'),
        fields: [
          ...applicantFields({ email: true }),
          {
            name: 'birth_date',
            type: 'date',
            label: L('วันเดือนปีเกิด', 'Date of birth'),
            required: true,
            prefill: 'birthdate',
            max: 'today',
          },
          {
            name: 'nationality',
            type: 'choice',
            label: L('สัญชาติ', 'Nationality'),
            required: true,
            options: [
              { value: 'th', label: L('ไทย', 'Thai') },
              { value: 'other', label: L('อื่น ๆ', 'Other') },
            ],
          },
          {
            name: 'marital_status',
            type: 'choice',
            display: 'select',
            label: L('สถานภาพ', 'Marital status'),
            required: true,
            options: [
              { value: 'single', label: L('โสด', 'Single') },
              { value: 'married', label: L('สมรส', 'Married') },
              { value: 'widowed', label: L('หม้าย', 'Widowed') },
              { value: 'divorced', label: L('หย่าร้าง', 'Divorced') },
              { value: 'separated', label: L('แยกกันอยู่', 'Separated') },
            ],
          },
        ],
      },
      {
        id: 'residence',
        title: L('ที่อยู่ตามทะเบียนบ้าน', 'Registered address'),
        intro: L(
          'ต้องมีชื่ออยู่ในทะเบียนบ้านในเขตเทศบาลนครนนทบุรี',
          'You must be registered at an address in Nonthaburi City',
        ),
        fields: [
          {
            name: 'address',
            type: 'address',
            label: L('ที่อยู่ตามทะเบียนบ้าน', 'Registered address'),
            required: true,
            prefill: 'address',
          },
        ],
      },
      {
        id: 'welfare',
        title: L('สวัสดิการที่ได้รับอยู่', 'Other state benefits'),
        fields: [
          {
            name: 'receives_pension',
            type: 'choice',
            label: L(
              'ท่านได้รับเงินบำนาญ เบี้ยหวัด หรือเงินเดือนประจำจากหน่วยงานของรัฐหรือไม่',
              'Do you receive a state pension or a regular salary from the state?',
            ),
            required: true,
            options: [
              { value: 'no', label: L('ไม่ได้รับ', 'No') },
              { value: 'yes', label: L('ได้รับ', 'Yes') },
            ],
          },
          {
            name: 'other_welfare',
            type: 'text',
            label: L('สวัสดิการอื่นที่ได้รับ', 'Other benefits you receive'),
            hint: L(
              'เช่น เบี้ยความพิการ บัตรสวัสดิการแห่งรัฐ',
              'e.g. disability allowance, state welfare card',
            ),
            maxLength: 500,
          },
        ],
      },
      paymentPage(true),
      {
        id: 'documents',
        title: L('เอกสารประกอบ', 'Documents'),
        fields: [idCardCopy],
      },
    ],
    eligibility: [
      {
        id: 'age',
        rule: 'age(birth_date) >= 60',
        message: L('มีอายุ 60 ปีบริบูรณ์ขึ้นไป', 'You are 60 or older'),
      },
      {
        id: 'thai',
        rule: "nationality == 'th'",
        message: L('มีสัญชาติไทย', 'You are a Thai national'),
      },
      {
        id: 'no_pension',
        rule: "receives_pension == 'no'",
        message: L('ไม่ได้รับเงินบำนาญหรือเงินเดือนประจำจากรัฐ', 'You receive no state pension or salary'),
      },
    ],
    workflow: localWorkflow,
    result: {
      approved: L(
        'เรียน {name}\n\nเทศบาลนครนนทบุรีได้รับลงทะเบียนขอรับเบี้ยยังชีพผู้สูงอายุของท่าน (คำขอเลขที่ {tracking}) แล้วเมื่อวันที่ {date} ท่านจะได้รับเบี้ยยังชีพตั้งแต่เดือนตุลาคมของปีงบประมาณถัดไป ภายในวันที่ 10 ของทุกเดือน',
        'Dear {name},\n\nNonthaburi City has registered you for the old-age allowance (application {tracking}) on {date}. Payments start in October of the next fiscal year, by the 10th of each month.',
      ),
      rejected: L(
        'เรียน {name}\n\nคำขอลงทะเบียนเบี้ยยังชีพผู้สูงอายุเลขที่ {tracking} ไม่ได้รับการอนุมัติ เมื่อวันที่ {date}\nเหตุผล: {reason}\nท่านอุทธรณ์ได้ภายใน 15 วันที่สำนักงานเทศบาล',
        'Dear {name},\n\nApplication {tracking} for the old-age allowance was not approved on {date}.\nReason: {reason}\nYou may appeal within 15 days at the municipal office.',
      ),
    },
  },

  // ระเบียบกระทรวงมหาดไทยว่าด้วยการจ่ายเงินเบี้ยความพิการให้คนพิการขององค์กรปกครองส่วนท้องถิ่น พ.ศ. 2553:
  // ผู้มีบัตรประจำตัวคนพิการ; ผู้ดูแลยื่นแทนได้.
  {
    code: 'disability-allowance-application',
    organization: 'nonthaburi-city',
    title: L('ลงทะเบียนขอรับเบี้ยความพิการ', 'Register for the disability allowance'),
    description: L(
      'คนพิการที่มีบัตรประจำตัวคนพิการและมีทะเบียนบ้านในเขตเทศบาล ลงทะเบียนรับเบี้ยความพิการเดือนละ 800–1,000 บาท ผู้ดูแลยื่นแทนได้',
      'People with a disability card registered in the municipality sign up for the monthly disability allowance (800–1,000 baht); a carer may apply for them',
    ),
    fee: { amountBaht: 0 },
    slaDays: 30,
    claims: ['citizen_id', 'name_th', 'phone', 'address'],
    pages: [
      {
        id: 'who',
        title: L('ผู้ยื่นคำขอ', 'Who is applying'),
        fields: [
          {
            name: 'applying_as',
            type: 'choice',
            label: L('ท่านยื่นคำขอในฐานะ', 'You are applying as'),
            required: true,
            options: [
              { value: 'self', label: L('คนพิการ (ยื่นเอง)', 'The person with a disability') },
              { value: 'guardian', label: L('ผู้ดูแลคนพิการ (ยื่นแทน)', 'Their carer, on their behalf') },
            ],
          },
          ...applicantFields(),
          {
            name: 'disabled_person_name',
            type: 'text',
            label: L('ชื่อ–นามสกุลของคนพิการ', 'Name of the person with a disability'),
            required: true,
            showIf: { field: 'applying_as', equals: 'guardian' },
          },
          {
            name: 'disabled_person_id',
            type: 'citizen_id',
            label: L('เลขประจำตัวประชาชนของคนพิการ', 'Citizen ID of the person with a disability'),
            required: true,
            showIf: { field: 'applying_as', equals: 'guardian' },
          },
          {
            name: 'relationship',
            type: 'choice',
            display: 'select',
            label: L('ความเกี่ยวข้องกับคนพิการ', 'Relationship'),
            required: true,
            showIf: { field: 'applying_as', equals: 'guardian' },
            options: [
              { value: 'parent', label: L('บิดา/มารดา', 'Parent') },
              { value: 'child', label: L('บุตร', 'Child') },
              { value: 'spouse', label: L('คู่สมรส', 'Spouse') },
              { value: 'sibling', label: L('พี่น้อง', 'Sibling') },
              { value: 'other', label: L('อื่น ๆ', 'Other') },
            ],
          },
        ],
      },
      {
        id: 'disability',
        title: L('ข้อมูลความพิการ', 'About the disability'),
        fields: [
          {
            name: 'disability_type',
            type: 'choice',
            display: 'select',
            label: L('ประเภทความพิการ (ตามบัตรประจำตัวคนพิการ)', 'Type of disability (as on the card)'),
            required: true,
            options: [
              { value: 'visual', label: L('ทางการเห็น', 'Visual') },
              { value: 'hearing', label: L('ทางการได้ยินหรือสื่อความหมาย', 'Hearing or communication') },
              { value: 'physical', label: L('ทางการเคลื่อนไหวหรือทางร่างกาย', 'Physical or mobility') },
              { value: 'mental', label: L('ทางจิตใจหรือพฤติกรรม', 'Mental or behavioural') },
              { value: 'intellectual', label: L('ทางสติปัญญา', 'Intellectual') },
              { value: 'learning', label: L('ทางการเรียนรู้', 'Learning') },
              { value: 'autism', label: L('ออทิสติก', 'Autism') },
            ],
          },
          {
            name: 'card_issued',
            type: 'date',
            label: L('วันที่ออกบัตรประจำตัวคนพิการ', 'Date the disability card was issued'),
            required: true,
            max: 'today',
          },
          {
            name: 'address',
            type: 'address',
            label: L(
              'ที่อยู่ตามทะเบียนบ้านของคนพิการ',
              'Registered address of the person with a disability',
            ),
            required: true,
            prefill: 'address',
          },
        ],
      },
      paymentPage(false),
      {
        id: 'documents',
        title: L('เอกสารประกอบ', 'Documents'),
        fields: [
          {
            name: 'disability_card_copy',
            type: 'file',
            label: L('สำเนาบัตรประจำตัวคนพิการ', 'Copy of the disability card'),
            required: true,
            accept: ['pdf', 'jpeg', 'png'],
            maxSizeKb: 2048,
          },
          {
            name: 'power_of_attorney',
            type: 'file',
            label: L('หนังสือมอบอำนาจ (กรณียื่นแทน)', 'Power of attorney (when applying for someone)'),
            accept: ['pdf', 'jpeg', 'png'],
            maxSizeKb: 2048,
            showIf: { field: 'applying_as', equals: 'guardian' },
            required: true,
          },
        ],
      },
    ],
    eligibility: [],
    workflow: localWorkflow,
    result: {
      approved: L(
        'เรียน {name}\n\nเทศบาลนครนนทบุรีได้รับลงทะเบียนขอรับเบี้ยความพิการ (คำขอเลขที่ {tracking}) แล้วเมื่อวันที่ {date} เริ่มจ่ายในเดือนถัดไป',
        'Dear {name},\n\nNonthaburi City registered the disability allowance (application {tracking}) on {date}. Payments start next month.',
      ),
      rejected: L(
        'เรียน {name}\n\nคำขอเลขที่ {tracking} ไม่ได้รับการอนุมัติ เมื่อวันที่ {date}\nเหตุผล: {reason}',
        'Dear {name},\n\nApplication {tracking} was not approved on {date}.\nReason: {reason}',
      ),
    },
  },

  // โครงการเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด (มติคณะรัฐมนตรี 2558, 2562): เด็กอายุไม่เกิน 6 ปี
  // ในครัวเรือนรายได้เฉลี่ยไม่เกิน 100,000 บาทต่อคนต่อปี, 600 บาทต่อเดือน.
  {
    code: 'birth-grant-application',
    organization: 'dcy',
    title: L('ขอรับเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด', 'Apply for the child support grant'),
    description: L(
      'เงินอุดหนุนเดือนละ 600 บาทต่อเด็กหนึ่งคน จนถึงอายุ 6 ปี สำหรับครัวเรือนที่มีรายได้เฉลี่ยไม่เกิน 100,000 บาทต่อคนต่อปี',
      '600 baht a month per child until age 6, for households earning at most 100,000 baht per person per year',
    ),
    fee: { amountBaht: 0 },
    slaDays: 30,
    claims: ['citizen_id', 'name_th', 'phone'],
    pages: [
      {
        id: 'applicant',
        title: L('ผู้ยื่นคำขอ (มารดาหรือผู้ปกครอง)', 'Applicant (mother or guardian)'),
        fields: [
          ...applicantFields(),
          {
            name: 'relation_to_child',
            type: 'choice',
            label: L('ความเกี่ยวข้องกับเด็ก', 'Relationship to the child'),
            required: true,
            options: [
              { value: 'mother', label: L('มารดา', 'Mother') },
              { value: 'father', label: L('บิดา', 'Father') },
              { value: 'guardian', label: L('ผู้ปกครอง', 'Guardian') },
            ],
          },
        ],
      },
      {
        id: 'child',
        title: L('ข้อมูลเด็ก', 'The child'),
        fields: [
          {
            name: 'child_name',
            type: 'text',
            label: L('ชื่อ–นามสกุลของเด็ก', 'Child’s full name'),
            required: true,
          },
          {
            name: 'child_citizen_id',
            type: 'citizen_id',
            label: L('เลขประจำตัวประชาชนของเด็ก', 'Child’s citizen ID'),
            required: true,
          },
          {
            name: 'child_birth_date',
            type: 'date',
            label: L('วันเกิดของเด็ก', 'Child’s date of birth'),
            required: true,
            max: 'today',
          },
        ],
      },
      {
        id: 'household',
        title: L('สมาชิกในครัวเรือนและรายได้', 'Household members and income'),
        intro: L(
          'กรอกทุกคนที่อาศัยอยู่ในบ้านเดียวกันและกินอยู่ร่วมกัน รวมถึงตัวท่านและเด็ก (รายได้ต่อปี ไม่มีให้ใส่ 0)',
          'List everyone who lives and eats in the household, including you and the child (yearly income; 0 if none)',
        ),
        fields: [
          {
            name: 'members',
            type: 'repeat',
            label: L('สมาชิกในครัวเรือน', 'Household members'),
            rowLabel: L('สมาชิกคนที่', 'Member'),
            required: true,
            minRows: 2,
            maxRows: 15,
            fields: [
              { name: 'name', type: 'text', label: L('ชื่อ–นามสกุล', 'Full name'), required: true },
              {
                name: 'relation',
                type: 'choice',
                display: 'select',
                label: L('ความสัมพันธ์กับเด็ก', 'Relationship to the child'),
                required: true,
                options: [
                  { value: 'child', label: L('เด็กที่ขอรับเงิน', 'The child') },
                  { value: 'parent', label: L('บิดา/มารดา', 'Parent') },
                  { value: 'sibling', label: L('พี่/น้อง', 'Sibling') },
                  { value: 'grandparent', label: L('ปู่ ย่า ตา ยาย', 'Grandparent') },
                  { value: 'other', label: L('ญาติหรือผู้อาศัยอื่น', 'Other') },
                ],
              },
              {
                name: 'income',
                type: 'number',
                label: L('รายได้ต่อปี (บาท)', 'Yearly income (baht)'),
                required: true,
                min: 0,
                max: 100000000,
              },
            ],
          },
        ],
      },
      {
        id: 'payment',
        title: L('การรับเงินและเอกสาร', 'Payment and documents'),
        fields: [
          {
            name: 'promptpay_linked',
            type: 'checkbox',
            label: L(
              'ข้าพเจ้าผูกพร้อมเพย์กับเลขประจำตัวประชาชนแล้ว (เงินจะโอนผ่านพร้อมเพย์)',
              'My PromptPay is linked to my citizen ID (the grant is paid through it)',
            ),
            required: true,
          },
          {
            name: 'birth_certificate',
            type: 'file',
            label: L('สำเนาสูติบัตรของเด็ก', 'Copy of the child’s birth certificate'),
            required: true,
            accept: ['pdf', 'jpeg', 'png'],
            maxSizeKb: 2048,
          },
        ],
      },
    ],
    eligibility: [
      {
        id: 'child_age',
        rule: 'age(child_birth_date) < 6',
        message: L('เด็กมีอายุไม่ถึง 6 ปี', 'The child is under 6'),
      },
      {
        id: 'income',
        rule: 'sum(members.income) / count(members) <= 100000',
        message: L(
          'รายได้เฉลี่ยของครัวเรือนไม่เกิน 100,000 บาทต่อคนต่อปี',
          'Household income is at most 100,000 baht per person per year',
        ),
      },
    ],
    workflow: defaultWorkflow(),
    result: {
      approved: L(
        'เรียน {name}\n\nกรมกิจการเด็กและเยาวชนอนุมัติเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด (คำขอเลขที่ {tracking}) เมื่อวันที่ {date} เดือนละ 600 บาท โอนผ่านพร้อมเพย์ภายในวันที่ 10 ของทุกเดือน',
        'Dear {name},\n\nThe Department of Children and Youth approved the child support grant (application {tracking}) on {date}: 600 baht a month, paid by PromptPay by the 10th.',
      ),
      rejected: L(
        'เรียน {name}\n\nคำขอเลขที่ {tracking} ไม่ได้รับการอนุมัติ เมื่อวันที่ {date}\nเหตุผล: {reason}',
        'Dear {name},\n\nApplication {tracking} was not approved on {date}.\nReason: {reason}',
      ),
    },
  },

  // พระราชบัญญัติการทะเบียนราษฎร พ.ศ. 2534 มาตรา 30: แจ้งย้ายภายใน 15 วัน; ค่าธรรมเนียมแจ้งย้าย
  // ปลายทาง 20 บาทตามกฎกระทรวงกำหนดค่าธรรมเนียม.
  {
    code: 'moving-address',
    organization: 'dopa',
    title: L('แจ้งย้ายที่อยู่ (ย้ายปลายทาง)', 'Report a change of address'),
    description: L(
      'แจ้งย้ายชื่อเข้าทะเบียนบ้านใหม่ภายใน 15 วันนับแต่วันย้าย โดยไม่ต้องกลับไปแจ้งย้ายออกที่ภูมิลำเนาเดิม เจ้าบ้านปลายทางต้องยินยอม',
      'Move your name into a new house registration within 15 days of moving, without going back to the old district; the new householder must consent',
    ),
    fee: {
      amountBaht: 20,
      note: L('ค่าธรรมเนียมแจ้งย้ายปลายทาง', 'Fee for registering the move at the destination'),
    },
    slaDays: 3,
    claims: ['citizen_id', 'name_th', 'phone', 'address'],
    pages: [
      { id: 'applicant', title: L('ผู้แจ้งย้าย', 'Who is moving'), fields: applicantFields() },
      {
        id: 'addresses',
        title: L('ที่อยู่เดิมและที่อยู่ใหม่', 'Old and new address'),
        fields: [
          {
            name: 'from_address',
            type: 'address',
            label: L('ที่อยู่เดิม (ตามทะเบียนบ้าน)', 'Old address (as registered)'),
            required: true,
            prefill: 'address',
          },
          {
            name: 'to_address',
            type: 'address',
            label: L('ที่อยู่ใหม่', 'New address'),
            required: true,
          },
          {
            name: 'house_code',
            type: 'text',
            label: L('รหัสประจำบ้านของที่อยู่ใหม่', 'House code of the new address'),
            hint: L(
              'เลข 11 หลักในทะเบียนบ้าน (ท.ร.14)',
              'The 11 digits on the house registration (Tor.Ror.14)',
            ),
            required: true,
            pattern: '[0-9]{11}',
            patternMessage: L('รหัสประจำบ้านเป็นตัวเลข 11 หลัก', 'The house code is 11 digits'),
          },
          {
            name: 'moved_on',
            type: 'date',
            label: L('วันที่ย้ายเข้า', 'Date you moved in'),
            required: true,
            max: 'today',
          },
          {
            name: 'reason',
            type: 'choice',
            display: 'select',
            label: L('เหตุที่ย้าย', 'Reason for moving'),
            required: true,
            options: [
              { value: 'work', label: L('ทำงาน', 'Work') },
              { value: 'family', label: L('ครอบครัว', 'Family') },
              { value: 'study', label: L('ศึกษาต่อ', 'Study') },
              { value: 'other', label: L('อื่น ๆ', 'Other') },
            ],
          },
          {
            name: 'reason_other',
            type: 'text',
            label: L('โปรดระบุเหตุที่ย้าย', 'Please say why'),
            required: true,
            showIf: { field: 'reason', equals: 'other' },
          },
        ],
      },
      {
        id: 'movers',
        title: L('ผู้ที่ย้ายไปด้วย', 'People moving with you'),
        fields: [
          {
            name: 'also_moving',
            type: 'repeat',
            label: L('ผู้ย้ายร่วม (ถ้ามี)', 'Others moving (if any)'),
            rowLabel: L('ผู้ย้ายคนที่', 'Person'),
            minRows: 0,
            maxRows: 10,
            fields: [
              {
                name: 'citizen_id',
                type: 'citizen_id',
                label: L('เลขประจำตัวประชาชน', 'Citizen ID'),
                required: true,
              },
              { name: 'name', type: 'text', label: L('ชื่อ–นามสกุล', 'Full name'), required: true },
            ],
          },
        ],
      },
      {
        id: 'consent',
        title: L('ความยินยอมของเจ้าบ้าน', 'Householder’s consent'),
        fields: [
          {
            name: 'householder_consent',
            type: 'file',
            label: L('หนังสือยินยอมให้ย้ายเข้าของเจ้าบ้านปลายทาง', 'Consent letter of the new householder'),
            required: true,
            accept: ['pdf', 'jpeg', 'png'],
            maxSizeKb: 4096,
          },
        ],
      },
    ],
    eligibility: [
      {
        id: 'within_deadline',
        rule: 'days_between(moved_on, today()) <= 15',
        message: L(
          'แจ้งภายใน 15 วันนับแต่วันย้ายเข้า (เกินกำหนดให้ไปแจ้งที่สำนักทะเบียน)',
          'Report within 15 days of moving in (later, go to a registration office)',
        ),
      },
    ],
    workflow: defaultWorkflow(),
    result: {
      approved: L(
        'เรียน {name}\n\nนายทะเบียนได้เพิ่มชื่อท่านเข้าทะเบียนบ้านใหม่แล้ว (คำขอเลขที่ {tracking}) เมื่อวันที่ {date} ขอรับสำเนาทะเบียนบ้านฉบับใหม่ได้ที่สำนักทะเบียนหรือในแอป',
        'Dear {name},\n\nThe registrar added you to the new house registration (application {tracking}) on {date}.',
      ),
      rejected: L(
        'เรียน {name}\n\nคำขอแจ้งย้ายเลขที่ {tracking} ไม่ได้รับการอนุมัติ เมื่อวันที่ {date}\nเหตุผล: {reason}',
        'Dear {name},\n\nThe change of address {tracking} was not approved on {date}.\nReason: {reason}',
      ),
    },
  },

  // พระราชบัญญัติการสาธารณสุข พ.ศ. 2535 มาตรา 31–33 และข้อบัญญัติท้องถิ่นว่าด้วยกิจการที่เป็นอันตราย
  // ต่อสุขภาพ: ใบอนุญาตมีอายุ 1 ปี ค่าธรรมเนียมตามประเภทและขนาดกิจการ.
  {
    code: 'business-permit-local',
    organization: 'nonthaburi-city',
    title: L('ขอใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ', 'Apply for a health-hazard business licence'),
    description: L(
      'ผู้ประกอบกิจการตามที่ข้อบัญญัติกำหนด เช่น ร้านเสริมสวย ร้านซักรีด โรงงานผลิตอาหาร ต้องขอใบอนุญาตก่อนเปิดกิจการ ใบอนุญาตมีอายุ 1 ปี',
      'Businesses listed in the municipal ordinance (beauty salons, laundries, food production...) need this licence before opening; it lasts one year',
    ),
    fee: {
      amountBaht: 500,
      note: L(
        'อัตราสำหรับสถานประกอบการพื้นที่ไม่เกิน 200 ตารางเมตร',
        'Rate for premises up to 200 square metres',
      ),
    },
    slaDays: 30,
    claims: ['citizen_id', 'name_th', 'phone', 'email'],
    pages: [
      {
        id: 'operator',
        title: L('ผู้ขออนุญาต', 'Operator'),
        fields: [
          ...applicantFields({ email: true }),
          {
            name: 'operator_kind',
            type: 'choice',
            label: L('ขออนุญาตในนาม', 'Applying as'),
            required: true,
            options: [
              { value: 'person', label: L('บุคคลธรรมดา', 'An individual') },
              { value: 'company', label: L('นิติบุคคล', 'A company') },
            ],
          },
          {
            name: 'company_id',
            type: 'text',
            label: L('เลขทะเบียนนิติบุคคล', 'Company registration number'),
            required: true,
            showIf: { field: 'operator_kind', equals: 'company' },
            pattern: '[0-9]{13}',
            patternMessage: L(
              'เลขทะเบียนนิติบุคคลเป็นตัวเลข 13 หลัก',
              'The registration number is 13 digits',
            ),
          },
        ],
      },
      {
        id: 'business',
        title: L('กิจการ', 'The business'),
        fields: [
          {
            name: 'business_name',
            type: 'text',
            label: L('ชื่อสถานประกอบการ', 'Business name'),
            required: true,
            maxLength: 200,
          },
          {
            name: 'business_type',
            type: 'choice',
            display: 'select',
            label: L('ประเภทกิจการ', 'Kind of business'),
            required: true,
            options: [
              { value: 'beauty', label: L('เสริมสวย แต่งผม', 'Beauty salon or hairdresser') },
              { value: 'laundry', label: L('ซักรีด', 'Laundry') },
              {
                value: 'food_production',
                label: L('ผลิตหรือแปรรูปอาหาร', 'Food production or processing'),
              },
              { value: 'massage', label: L('นวดเพื่อสุขภาพ', 'Health massage') },
              { value: 'fitness', label: L('สถานออกกำลังกาย', 'Fitness centre') },
              { value: 'car_care', label: L('ล้าง อัดฉีดรถยนต์', 'Car wash') },
              { value: 'other', label: L('อื่น ๆ ตามข้อบัญญัติ', 'Other listed business') },
            ],
          },
          {
            name: 'area_sqm',
            type: 'number',
            label: L('พื้นที่ประกอบการ', 'Floor area'),
            unit: L('ตารางเมตร', 'square metres'),
            required: true,
            min: 1,
            max: 100000,
          },
          {
            name: 'workers',
            type: 'number',
            label: L('จำนวนคนงาน', 'Number of workers'),
            required: true,
            min: 0,
            max: 10000,
            integer: true,
          },
          {
            name: 'location',
            type: 'address',
            label: L('ที่ตั้งสถานประกอบการ', 'Address of the premises'),
            required: true,
          },
        ],
      },
      {
        id: 'documents',
        title: L('เอกสารประกอบ', 'Documents'),
        fields: [
          idCardCopy,
          {
            name: 'floor_plan',
            type: 'file',
            label: L('แผนผังสถานประกอบการ', 'Floor plan of the premises'),
            required: true,
            accept: ['pdf', 'jpeg', 'png'],
            maxSizeKb: 5120,
          },
        ],
      },
    ],
    eligibility: [],
    workflow: {
      ...defaultWorkflow(),
      // A licence is decided by the health officer after an inspection; an officer may also
      // take over an application a colleague started.
      states: defaultWorkflow().states.map((s) =>
        s.code === 'in_review'
          ? { ...s, label: L('ตรวจสถานที่และพิจารณา', 'Inspection and review') }
          : s,
      ),
    },
    result: {
      approved: L(
        'เรียน {name}\n\nเทศบาลนครนนทบุรีอนุญาตให้ประกอบกิจการตามคำขอเลขที่ {tracking} เมื่อวันที่ {date} ใบอนุญาตมีอายุ 1 ปี กรุณาชำระค่าธรรมเนียมและรับใบอนุญาตภายใน 15 วัน',
        'Dear {name},\n\nNonthaburi City granted the licence of application {tracking} on {date}; it lasts one year. Please pay the fee and collect it within 15 days.',
      ),
      rejected: L(
        'เรียน {name}\n\nคำขอใบอนุญาตเลขที่ {tracking} ไม่ได้รับอนุญาต เมื่อวันที่ {date}\nเหตุผล: {reason}\nท่านอุทธรณ์ต่อรัฐมนตรีได้ภายใน 30 วันตามมาตรา 63',
        'Dear {name},\n\nLicence application {tracking} was refused on {date}.\nReason: {reason}\nYou may appeal to the Minister within 30 days (section 63).',
      ),
    },
  },

  {
    code: 'complaint-local',
    organization: 'nonthaburi-city',
    title: L('ร้องเรียน ร้องทุกข์ ถึงเทศบาล', 'Report a problem to the municipality'),
    description: L(
      'แจ้งปัญหาในพื้นที่ เช่น ไฟฟ้าส่องสว่างดับ ถนนชำรุด ขยะตกค้าง น้ำท่วมขัง เสียงรบกวน เทศบาลจะแจ้งผลการดำเนินการภายใน 15 วัน',
      'Report a local problem — broken street lights, damaged roads, uncollected rubbish, flooding, noise — and hear back within 15 days',
    ),
    fee: { amountBaht: 0 },
    slaDays: 15,
    claims: ['citizen_id', 'name_th', 'phone'],
    pages: [
      {
        id: 'problem',
        title: L('เรื่องที่ร้องเรียน', 'The problem'),
        fields: [
          {
            name: 'topic',
            type: 'choice',
            display: 'select',
            label: L('ประเภทเรื่อง', 'Kind of problem'),
            required: true,
            options: [
              { value: 'lighting', label: L('ไฟฟ้าส่องสว่างสาธารณะ', 'Street lighting') },
              { value: 'road', label: L('ถนน ทางเท้าชำรุด', 'Roads and pavements') },
              { value: 'garbage', label: L('ขยะ สิ่งปฏิกูล', 'Rubbish') },
              { value: 'drainage', label: L('ท่อระบายน้ำ น้ำท่วมขัง', 'Drains and flooding') },
              { value: 'noise', label: L('เสียง กลิ่น ควันรบกวน', 'Noise, smell or smoke') },
              { value: 'animals', label: L('สัตว์จรจัด', 'Stray animals') },
              { value: 'other', label: L('อื่น ๆ', 'Other') },
            ],
          },
          {
            name: 'topic_other',
            type: 'text',
            label: L('โปรดระบุประเภทเรื่อง', 'Please say what kind'),
            required: true,
            showIf: { field: 'topic', equals: 'other' },
            maxLength: 200,
          },
          {
            name: 'details',
            type: 'text',
            multiline: true,
            label: L('รายละเอียด', 'What is happening'),
            required: true,
            minLength: 10,
            maxLength: 2000,
          },
          {
            name: 'seen_on',
            type: 'date',
            label: L('วันที่พบปัญหา', 'When you saw it'),
            required: true,
            max: 'today',
          },
          {
            name: 'place',
            type: 'text',
            label: L('สถานที่หรือจุดสังเกต', 'Where (place or landmark)'),
            required: true,
            maxLength: 300,
            hint: L(
              'เช่น หน้าซอยรัตนาธิเบศร์ 18 ใกล้ป้ายรถเมล์',
              'e.g. at the mouth of Soi Rattanathibet 18, by the bus stop',
            ),
          },
          {
            name: 'photo',
            type: 'file',
            label: L('ภาพถ่าย (ถ้ามี)', 'Photo (if you have one)'),
            accept: ['jpeg', 'png', 'webp'],
            maxSizeKb: 5120,
          },
        ],
      },
      {
        id: 'contact',
        title: L('ผู้ร้องเรียน', 'About you'),
        intro: L(
          'ข้อมูลของท่านจะไม่เปิดเผยต่อผู้ถูกร้องเรียน',
          'Your details are never shown to anyone complained about',
        ),
        fields: applicantFields(),
      },
    ],
    eligibility: [],
    workflow: {
      initial: 'submitted',
      states: [
        { code: 'submitted', label: L('รับเรื่องแล้ว', 'Received'), waitingFor: 'staff' },
        {
          code: 'in_review',
          label: L('กำลังตรวจสอบและแก้ไข', 'Being checked and fixed'),
          waitingFor: 'staff',
        },
        {
          code: 'info_requested',
          label: L('ขอข้อมูลเพิ่มเติม', 'More information requested'),
          waitingFor: 'citizen',
        },
        {
          code: 'resubmitted',
          label: L('ส่งข้อมูลเพิ่มเติมแล้ว', 'Information sent'),
          waitingFor: 'staff',
        },
        { code: 'approved', label: L('แก้ไขเรียบร้อยแล้ว', 'Fixed'), final: true, outcome: 'approved' },
        {
          code: 'rejected',
          label: L('ยุติเรื่อง', 'Closed without action'),
          final: true,
          outcome: 'rejected',
        },
        {
          code: 'withdrawn',
          label: L('ยกเลิกโดยผู้ร้อง', 'Withdrawn'),
          final: true,
          outcome: 'withdrawn',
        },
      ],
      transitions: defaultWorkflow().transitions.map((t) =>
        t.action === 'approve'
          ? { ...t, label: L('แจ้งว่าแก้ไขแล้ว', 'Mark as fixed'), needs: 'message' as const }
          : t.action === 'reject'
            ? { ...t, label: L('ยุติเรื่อง', 'Close without action') }
            : t,
      ),
    },
    result: {
      approved: L(
        'เรียน {name}\n\nเทศบาลนครนนทบุรีได้ดำเนินการแก้ไขเรื่องร้องเรียนเลขที่ {tracking} เรียบร้อยแล้วเมื่อวันที่ {date} ขอบคุณที่แจ้งปัญหา',
        'Dear {name},\n\nNonthaburi City fixed the problem you reported ({tracking}) on {date}. Thank you for telling us.',
      ),
      rejected: L(
        'เรียน {name}\n\nเรื่องร้องเรียนเลขที่ {tracking} ได้ยุติเมื่อวันที่ {date}\nเหตุผล: {reason}',
        'Dear {name},\n\nYour report {tracking} was closed on {date}.\nReason: {reason}',
      ),
    },
  },
];

/** A real 1×1 PNG (the smallest valid image), for demo uploads. */
export const DEMO_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
