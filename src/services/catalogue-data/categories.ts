/**
 * Life-event categories of the service catalogue. The codes are the `Category` enum of
 * docs/services.schema.json (a test keeps the two in step); the labels are what the portal shows.
 */

export const SERVICE_CATEGORY_CODES = [
  'birth',
  'education',
  'work',
  'health',
  'elderly',
  'disability',
  'family',
  'business',
  'vehicles-transport',
  'tax',
  'housing',
  'utilities',
  'justice',
  'identity-civil-registration',
  'agriculture',
  'welfare',
  'travel',
  'environment',
] as const;

export type ServiceCategoryCode = (typeof SERVICE_CATEGORY_CODES)[number];

export interface ServiceCategory {
  readonly code: ServiceCategoryCode;
  readonly th: string;
  readonly en: string;
  /** Symbolic icon name (Lucide naming); the UI maps it to an SVG and may ignore it. */
  readonly icon?: string;
}

// Order is the display order on the portal home page: life events first, then everyday matters.
export const serviceCategories: ReadonlyArray<ServiceCategory> = [
  { code: 'birth', th: 'การเกิด', en: 'Birth', icon: 'baby' },
  {
    code: 'identity-civil-registration',
    th: 'บัตรประชาชนและทะเบียนราษฎร',
    en: 'Identity and civil registration',
    icon: 'id-card',
  },
  { code: 'family', th: 'ครอบครัว', en: 'Family', icon: 'users' },
  { code: 'education', th: 'การศึกษา', en: 'Education', icon: 'graduation-cap' },
  { code: 'work', th: 'การทำงานและประกันสังคม', en: 'Work and social security', icon: 'briefcase' },
  {
    code: 'health',
    th: 'สุขภาพและการรักษาพยาบาล',
    en: 'Health and medical care',
    icon: 'heart-pulse',
  },
  { code: 'elderly', th: 'ผู้สูงอายุ', en: 'Older persons', icon: 'person-standing' },
  { code: 'disability', th: 'คนพิการ', en: 'Persons with disabilities', icon: 'accessibility' },
  { code: 'welfare', th: 'สวัสดิการสังคม', en: 'Social welfare', icon: 'hand-heart' },
  { code: 'business', th: 'ธุรกิจและการเงิน', en: 'Business and finance', icon: 'store' },
  { code: 'tax', th: 'ภาษี', en: 'Tax', icon: 'receipt' },
  {
    code: 'vehicles-transport',
    th: 'ยานพาหนะและการคมนาคม',
    en: 'Vehicles and transport',
    icon: 'car',
  },
  { code: 'housing', th: 'ที่อยู่อาศัยและที่ดิน', en: 'Housing and land', icon: 'house' },
  {
    code: 'utilities',
    th: 'น้ำ ไฟฟ้า และโทรคมนาคม',
    en: 'Water, electricity and telecoms',
    icon: 'plug-zap',
  },
  {
    code: 'justice',
    th: 'กฎหมาย ความยุติธรรม และการร้องเรียน',
    en: 'Justice, law and complaints',
    icon: 'scale',
  },
  { code: 'agriculture', th: 'การเกษตร', en: 'Agriculture', icon: 'sprout' },
  { code: 'travel', th: 'การเดินทางและท่องเที่ยว', en: 'Travel and tourism', icon: 'plane' },
  { code: 'environment', th: 'สิ่งแวดล้อมและชุมชน', en: 'Environment and community', icon: 'leaf' },
];

const categoryByCode: ReadonlyMap<string, ServiceCategory> = new Map(
  serviceCategories.map((category) => [category.code, category]),
);

export function isServiceCategoryCode(value: unknown): value is ServiceCategoryCode {
  return typeof value === 'string' && categoryByCode.has(value);
}

export function findServiceCategory(code: string): ServiceCategory | undefined {
  return categoryByCode.get(code);
}
