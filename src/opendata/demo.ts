import {
  type NewOrganization,
  PROVINCES,
  type Province,
  REGION_LABELS_TH,
  REGIONS,
  type RegionCode,
} from '../orgs/index.ts';

/**
 * Demo catalogue: Thai government datasets of the kinds data.go.th publishes, each with a CSV
 * generated deterministically (the same bytes on every seed) at realistic scales. The numbers are
 * synthetic: province populations start from rounded registered figures for the largest
 * provinces and are drawn for the rest; every other value is derived from them with a seeded
 * generator. docs/demo-data.md lists the datasets.
 */

export const demoOrganizations: NewOrganization[] = [
  {
    code: 'pcd',
    kind: 'department',
    name_th: 'กรมควบคุมมลพิษ',
    name_en: 'Pollution Control Department',
  },
  {
    code: 'tmd',
    kind: 'department',
    name_th: 'กรมอุตุนิยมวิทยา',
    name_en: 'Thai Meteorological Department',
  },
  {
    code: 'mots',
    kind: 'ministry',
    name_th: 'กระทรวงการท่องเที่ยวและกีฬา',
    name_en: 'Ministry of Tourism and Sports',
  },
  {
    code: 'moph-ops',
    kind: 'department',
    name_th: 'สำนักงานปลัดกระทรวงสาธารณสุข',
    name_en: 'Office of the Permanent Secretary, Ministry of Public Health',
  },
  {
    code: 'obec',
    kind: 'department',
    name_th: 'สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน',
    name_en: 'Office of the Basic Education Commission',
  },
  { code: 'bb', kind: 'department', name_th: 'สำนักงบประมาณ', name_en: 'Bureau of the Budget' },
];

export const demoGroups = [
  {
    name: 'population',
    title: 'ประชากร',
    title_en: 'Population',
    description: 'ข้อมูลประชากรและทะเบียนราษฎร',
  },
  {
    name: 'economy',
    title: 'เศรษฐกิจและการคลัง',
    title_en: 'Economy and finance',
    description: 'งบประมาณ รายได้ และการจ้างงาน',
  },
  {
    name: 'environment',
    title: 'สิ่งแวดล้อม',
    title_en: 'Environment',
    description: 'คุณภาพอากาศ ขยะ และสภาพอากาศ',
  },
  { name: 'health', title: 'สาธารณสุข', title_en: 'Health', description: 'สถานพยาบาล เตียง และโรค' },
  {
    name: 'education',
    title: 'การศึกษา',
    title_en: 'Education',
    description: 'โรงเรียน นักเรียน และครู',
  },
  { name: 'tourism', title: 'การท่องเที่ยว', title_en: 'Tourism', description: 'นักท่องเที่ยวและรายได้' },
  {
    name: 'society',
    title: 'สังคมและสวัสดิการ',
    title_en: 'Society and welfare',
    description: 'สวัสดิการและการประกันสังคม',
  },
  {
    name: 'government',
    title: 'การบริหารราชการ',
    title_en: 'Government',
    description: 'การปกครองและบริการภาครัฐ',
  },
];

/** Deterministic generator (mulberry32) seeded by a string (FNV-1a). */
export function seeded(seed: string): () => number {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Registered population (rounded to thousands) of the largest provinces; the rest are drawn.
const KNOWN_POPULATION: Record<string, number> = {
  '10': 5_471_000,
  '30': 2_631_000,
  '34': 1_868_000,
  '40': 1_800_000,
  '50': 1_797_000,
  '20': 1_596_000,
  '31': 1_578_000,
  '41': 1_566_000,
  '80': 1_548_000,
  '90': 1_432_000,
  '33': 1_458_000,
  '32': 1_380_000,
  '11': 1_360_000,
  '45': 1_299_000,
  '12': 1_283_000,
  '13': 1_190_000,
  '36': 1_126_000,
  '46': 973_000,
  '83': 420_000,
  '58': 286_000,
};

const basePopulation = (() => {
  const rand = seeded('population');
  const out = new Map<string, number>();
  for (const p of PROVINCES) {
    out.set(
      p.code,
      KNOWN_POPULATION[p.code] ?? Math.round((190_000 + rand() * 900_000) / 100) * 100,
    );
  }
  return out;
})();

export const populationOf = (p: Province) => basePopulation.get(p.code) ?? 500_000;

type Row = Array<string | number>;

function csv(header: string[], rows: Row[]): string {
  const cell = (v: string | number) => {
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return `${[header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

const round = (n: number, step = 1) => Math.round(n / step) * step;
const MONTHS_TH = [
  'ม.ค.',
  'ก.พ.',
  'มี.ค.',
  'เม.ย.',
  'พ.ค.',
  'มิ.ย.',
  'ก.ค.',
  'ส.ค.',
  'ก.ย.',
  'ต.ค.',
  'พ.ย.',
  'ธ.ค.',
];
const regionName = (r: RegionCode) => REGION_LABELS_TH[r];

function perProvince(
  seed: string,
  header: string[],
  cells: (p: Province, rand: () => number, pop: number) => Row,
): string {
  const rand = seeded(seed);
  return csv(
    ['รหัสจังหวัด', 'จังหวัด', 'ภาค', ...header],
    PROVINCES.map((p) => [
      p.code,
      p.nameTh,
      regionName(p.region),
      ...cells(p, rand, populationOf(p)),
    ]),
  );
}

export interface DemoDataset {
  name: string;
  title: string;
  notes: string;
  organization: string;
  tags: string[];
  groups: string[];
  dataType: 'record' | 'statistics' | 'geospatial' | 'multiple' | 'other';
  frequency: 'daily' | 'monthly' | 'quarterly' | 'yearly' | 'irregular' | 'never';
  coverage: 'country' | 'region' | 'province' | 'district' | 'other';
  objective: string;
  source: string;
  unit?: string;
  firstYear?: number;
  lastYear?: number;
  bbox?: [number, number, number, number];
  scale?: string;
  license: string;
  maintainer: string;
  email: string;
  resourceName: string;
  fileName: string;
  csv(): string;
}

const YEARS = [2558, 2559, 2560, 2561, 2562, 2563, 2564, 2565, 2566, 2567];
const THAILAND_BBOX: [number, number, number, number] = [97.34, 5.61, 105.64, 20.46];

function specs(): DemoDataset[] {
  const base = {
    license: 'open-data-common',
    coverage: 'province' as const,
    frequency: 'yearly' as const,
    dataType: 'statistics' as const,
  };
  const list: DemoDataset[] = [
    {
      ...base,
      name: 'registered-population-province-2567',
      title: 'จำนวนประชากรจากการทะเบียนราษฎร จำแนกรายจังหวัด ปี 2567',
      notes:
        'จำนวนประชากรตามหลักฐานการทะเบียนราษฎร ณ วันที่ 31 ธันวาคม 2567 จำแนกตามเพศ และจำนวนบ้าน รายจังหวัด',
      organization: 'dopa',
      tags: ['ประชากร', 'ทะเบียนราษฎร', 'จังหวัด'],
      groups: ['population'],
      objective: 'เพื่อใช้ในการวางแผนพัฒนาและจัดสรรงบประมาณของรัฐ',
      source: 'ระบบฐานข้อมูลทะเบียนราษฎร สำนักบริหารการทะเบียน',
      unit: 'คน',
      firstYear: 2567,
      lastYear: 2567,
      maintainer: 'สำนักบริหารการทะเบียน',
      email: 'stat@dopa.example.go.th',
      resourceName: 'ประชากรรายจังหวัด 2567',
      fileName: 'population-province-2567.csv',
      csv: () =>
        perProvince('pop2567', ['ชาย', 'หญิง', 'รวม', 'จำนวนบ้าน'], (_p, rand, pop) => {
          const male = round(pop * (0.48 + rand() * 0.02));
          return [male, pop - male, pop, round(pop / (2.4 + rand() * 0.8))];
        }),
    },
    {
      ...base,
      name: 'registered-population-region-2558-2567',
      title: 'ประชากรจากการทะเบียนราษฎร จำแนกตามภาค ปี 2558–2567',
      notes: 'จำนวนประชากรรวมรายภาค ย้อนหลัง 10 ปี',
      organization: 'dopa',
      tags: ['ประชากร', 'ภาค', 'อนุกรมเวลา'],
      groups: ['population'],
      coverage: 'region',
      objective: 'เพื่อติดตามการเปลี่ยนแปลงของประชากรในระยะยาว',
      source: 'ระบบฐานข้อมูลทะเบียนราษฎร',
      unit: 'คน',
      firstYear: 2558,
      lastYear: 2567,
      maintainer: 'สำนักบริหารการทะเบียน',
      email: 'stat@dopa.example.go.th',
      resourceName: 'ประชากรรายภาค',
      fileName: 'population-region.csv',
      csv: () => {
        const rows: Row[] = [];
        for (const r of REGIONS) {
          const total = PROVINCES.filter((p) => p.region === r.code).reduce(
            (a, p) => a + populationOf(p),
            0,
          );
          YEARS.forEach(
            (y, i) => void rows.push([y, r.nameTh, round(total * (0.975 + i * 0.0028))]),
          );
        }
        return csv(['ปี', 'ภาค', 'ประชากร'], rows);
      },
    },
    {
      ...base,
      name: 'births-deaths-province-2566',
      title: 'จำนวนการเกิดและการตาย จำแนกรายจังหวัด ปี 2566',
      notes: 'จำนวนการแจ้งเกิดและแจ้งตายตามทะเบียนราษฎร รายจังหวัด',
      organization: 'dopa',
      tags: ['การเกิด', 'การตาย', 'ประชากร'],
      groups: ['population', 'health'],
      objective: 'เพื่อวิเคราะห์อัตราการเกิดและการตาย',
      source: 'ทะเบียนคนเกิดและคนตาย',
      unit: 'ราย',
      firstYear: 2566,
      lastYear: 2566,
      maintainer: 'สำนักบริหารการทะเบียน',
      email: 'stat@dopa.example.go.th',
      resourceName: 'เกิดและตาย 2566',
      fileName: 'births-deaths-2566.csv',
      csv: () =>
        perProvince('births', ['เกิด', 'ตาย'], (_p, rand, pop) => [
          round(pop * (0.0068 + rand() * 0.002)),
          round(pop * (0.0078 + rand() * 0.002)),
        ]),
    },
    {
      ...base,
      name: 'id-card-issuance-monthly-2567',
      title: 'จำนวนการออกบัตรประจำตัวประชาชน รายเดือน ปี 2567',
      notes: 'จำนวนบัตรประจำตัวประชาชนที่ออกให้ทั่วประเทศ จำแนกตามประเภทการทำบัตร',
      organization: 'dopa',
      tags: ['บัตรประจำตัวประชาชน', 'บริการ'],
      groups: ['government'],
      dataType: 'record',
      frequency: 'monthly',
      coverage: 'country',
      objective: 'เพื่อบริหารจัดการงานบริการทะเบียน',
      source: 'ระบบบัตรประจำตัวประชาชน',
      maintainer: 'สำนักบริหารการทะเบียน',
      email: 'stat@dopa.example.go.th',
      resourceName: 'การออกบัตรรายเดือน',
      fileName: 'id-cards-2567.csv',
      csv: () => {
        const rand = seeded('idcard');
        return csv(
          ['เดือน', 'ทำบัตรครั้งแรก', 'บัตรหมดอายุ', 'บัตรหาย', 'รวม'],
          MONTHS_TH.map((m) => {
            const a = round(60_000 + rand() * 20_000);
            const b = round(420_000 + rand() * 90_000);
            const c = round(110_000 + rand() * 30_000);
            return [`${m} 2567`, a, b, c, a + b + c];
          }),
        );
      },
    },
    {
      ...base,
      name: 'unemployment-rate-region-quarterly',
      title: 'อัตราการว่างงาน จำแนกตามภาค รายไตรมาส 2563–2567',
      notes: 'อัตราการว่างงานจากการสำรวจภาวะการทำงานของประชากร จำแนกตามภาค',
      organization: 'nso',
      tags: ['แรงงาน', 'การว่างงาน', 'เศรษฐกิจ'],
      groups: ['economy'],
      frequency: 'quarterly',
      coverage: 'region',
      objective: 'เพื่อติดตามภาวะตลาดแรงงาน',
      source: 'การสำรวจภาวะการทำงานของประชากร',
      unit: 'ร้อยละ',
      firstYear: 2563,
      lastYear: 2567,
      maintainer: 'กองสถิติสังคม',
      email: 'services@nso.example.go.th',
      resourceName: 'อัตราการว่างงานรายไตรมาส',
      fileName: 'unemployment-quarterly.csv',
      csv: () => {
        const rand = seeded('unemp');
        const rows: Row[] = [];
        for (const y of [2563, 2564, 2565, 2566, 2567]) {
          for (const q of [1, 2, 3, 4]) {
            for (const r of REGIONS) rows.push([y, q, r.nameTh, (0.6 + rand() * 1.6).toFixed(2)]);
          }
        }
        return csv(['ปี', 'ไตรมาส', 'ภาค', 'อัตราการว่างงาน'], rows);
      },
    },
    {
      ...base,
      name: 'household-income-region-2566',
      title: 'รายได้เฉลี่ยต่อเดือนต่อครัวเรือน จำแนกตามภาค ปี 2566',
      notes: 'ผลการสำรวจภาวะเศรษฐกิจและสังคมของครัวเรือน',
      organization: 'nso',
      tags: ['รายได้', 'ครัวเรือน', 'เศรษฐกิจ'],
      groups: ['economy', 'society'],
      frequency: 'yearly',
      coverage: 'region',
      objective: 'เพื่อวัดความเป็นอยู่ของครัวเรือน',
      source: 'การสำรวจภาวะเศรษฐกิจและสังคมของครัวเรือน',
      unit: 'บาท',
      firstYear: 2566,
      lastYear: 2566,
      maintainer: 'กองสถิติเศรษฐกิจ',
      email: 'services@nso.example.go.th',
      resourceName: 'รายได้ครัวเรือนรายภาค',
      fileName: 'household-income-2566.csv',
      csv: () => {
        const rand = seeded('income');
        return csv(
          ['ภาค', 'รายได้เฉลี่ย', 'ค่าใช้จ่ายเฉลี่ย', 'หนี้สินเฉลี่ย'],
          REGIONS.map((r) => {
            const income = round(21_000 + rand() * 16_000);
            return [
              r.nameTh,
              income,
              round(income * (0.7 + rand() * 0.15)),
              round(income * (5 + rand() * 6)),
            ];
          }),
        );
      },
    },
    {
      ...base,
      name: 'internet-use-province-2566',
      title: 'ร้อยละของประชากรที่ใช้อินเทอร์เน็ต จำแนกรายจังหวัด ปี 2566',
      notes: 'ผลการสำรวจการมีการใช้เทคโนโลยีสารสนเทศและการสื่อสารในครัวเรือน',
      organization: 'nso',
      tags: ['อินเทอร์เน็ต', 'ดิจิทัล', 'ไอซีที'],
      groups: ['society'],
      objective: 'เพื่อติดตามความเหลื่อมล้ำทางดิจิทัล',
      source: 'การสำรวจการมีการใช้เทคโนโลยีสารสนเทศและการสื่อสารในครัวเรือน',
      unit: 'ร้อยละ',
      firstYear: 2566,
      lastYear: 2566,
      maintainer: 'กองสถิติสังคม',
      email: 'services@nso.example.go.th',
      resourceName: 'การใช้อินเทอร์เน็ตรายจังหวัด',
      fileName: 'internet-use-2566.csv',
      csv: () =>
        perProvince('internet', ['ใช้อินเทอร์เน็ต', 'ใช้โทรศัพท์มือถือ'], (p, rand) => [
          (p.code === '10' ? 96.1 : 78 + rand() * 16).toFixed(1),
          (90 + rand() * 8).toFixed(1),
        ]),
    },
    {
      ...base,
      name: 'elderly-population-province-2567',
      title: 'จำนวนผู้สูงอายุ (60 ปีขึ้นไป) จำแนกรายจังหวัด ปี 2567',
      notes: 'จำนวนและสัดส่วนผู้สูงอายุต่อประชากรทั้งหมด',
      organization: 'nso',
      tags: ['ผู้สูงอายุ', 'ประชากร', 'สังคมสูงวัย'],
      groups: ['population', 'society'],
      objective: 'เพื่อเตรียมการรองรับสังคมสูงวัย',
      source: 'ทะเบียนราษฎรประมวลผลโดยสำนักงานสถิติแห่งชาติ',
      unit: 'คน',
      firstYear: 2567,
      lastYear: 2567,
      maintainer: 'กองสถิติสังคม',
      email: 'services@nso.example.go.th',
      resourceName: 'ผู้สูงอายุรายจังหวัด',
      fileName: 'elderly-2567.csv',
      csv: () =>
        perProvince('elderly', ['ผู้สูงอายุ', 'ร้อยละของประชากร'], (_p, rand, pop) => {
          const share = 0.16 + rand() * 0.1;
          return [round(pop * share), (share * 100).toFixed(2)];
        }),
    },
    {
      ...base,
      name: 'pm25-daily-major-cities-2567-q1',
      title: 'ค่าฝุ่นละออง PM2.5 เฉลี่ยรายวัน เมืองหลัก ไตรมาสแรก ปี 2567',
      notes:
        'ค่าเฉลี่ย 24 ชั่วโมงของฝุ่นละอองขนาดไม่เกิน 2.5 ไมครอน (มคก./ลบ.ม.) จากสถานีตรวจวัดคุณภาพอากาศ ช่วงมกราคม–มีนาคม 2567',
      organization: 'pcd',
      tags: ['ฝุ่น', 'pm2.5', 'คุณภาพอากาศ', 'มลพิษ'],
      groups: ['environment', 'health'],
      frequency: 'daily',
      objective: 'เพื่อเฝ้าระวังและแจ้งเตือนคุณภาพอากาศแก่ประชาชน',
      source: 'สถานีตรวจวัดคุณภาพอากาศอัตโนมัติ',
      unit: 'ไมโครกรัมต่อลูกบาศก์เมตร',
      firstYear: 2567,
      lastYear: 2567,
      maintainer: 'กองจัดการคุณภาพอากาศและเสียง',
      email: 'air@pcd.example.go.th',
      resourceName: 'PM2.5 รายวัน ม.ค.–มี.ค. 2567',
      fileName: 'pm25-daily-2567-q1.csv',
      csv: () => {
        const rand = seeded('pm25');
        const cities = PROVINCES.filter((p) =>
          [
            '10',
            '50',
            '57',
            '52',
            '40',
            '30',
            '20',
            '90',
            '83',
            '65',
            '55',
            '63',
            '58',
            '34',
            '41',
            '11',
            '12',
            '13',
            '24',
            '70',
          ].includes(p.code),
        );
        const rows: Row[] = [];
        for (const p of cities) {
          const north = p.region === 'north' ? 1.8 : 1;
          for (let d = 0; d < 91; d++) {
            const date = new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10);
            const season = 1 + (d > 45 ? (d - 45) / 45 : 0) * (north - 1);
            rows.push([date, p.code, p.nameTh, (18 + rand() * 40 * season * north).toFixed(1)]);
          }
        }
        return csv(['วันที่', 'รหัสจังหวัด', 'จังหวัด', 'pm25'], rows);
      },
    },
    {
      ...base,
      name: 'pm25-monthly-province-2566',
      title: 'ค่าเฉลี่ยรายเดือนของฝุ่นละออง PM2.5 จำแนกรายจังหวัด ปี 2566',
      notes: 'ค่าเฉลี่ยรายเดือนของ PM2.5 ทุกจังหวัด',
      organization: 'pcd',
      tags: ['ฝุ่น', 'pm2.5', 'คุณภาพอากาศ'],
      groups: ['environment'],
      frequency: 'monthly',
      objective: 'เพื่อวิเคราะห์ฤดูกาลของมลพิษทางอากาศ',
      source: 'สถานีตรวจวัดคุณภาพอากาศ',
      unit: 'ไมโครกรัมต่อลูกบาศก์เมตร',
      firstYear: 2566,
      lastYear: 2566,
      maintainer: 'กองจัดการคุณภาพอากาศและเสียง',
      email: 'air@pcd.example.go.th',
      resourceName: 'PM2.5 รายเดือน 2566',
      fileName: 'pm25-monthly-2566.csv',
      csv: () => {
        const rand = seeded('pm25m');
        const rows: Row[] = [];
        for (const p of PROVINCES) {
          MONTHS_TH.forEach((m, i) => {
            const dry = [0, 1, 2, 3, 11].includes(i) ? (p.region === 'north' ? 2.4 : 1.5) : 0.7;
            rows.push([p.code, p.nameTh, `${m} 2566`, (12 + rand() * 18 * dry).toFixed(1)]);
          });
        }
        return csv(['รหัสจังหวัด', 'จังหวัด', 'เดือน', 'pm25'], rows);
      },
    },
    {
      ...base,
      name: 'air-quality-stations',
      title: 'ทำเนียบสถานีตรวจวัดคุณภาพอากาศ',
      notes: 'ที่ตั้งและพิกัดของสถานีตรวจวัดคุณภาพอากาศอัตโนมัติทั่วประเทศ',
      organization: 'pcd',
      tags: ['สถานีตรวจวัด', 'คุณภาพอากาศ', 'พิกัด'],
      groups: ['environment'],
      dataType: 'geospatial',
      frequency: 'irregular',
      coverage: 'country',
      objective: 'เพื่อให้ประชาชนทราบตำแหน่งสถานีตรวจวัด',
      source: 'ทะเบียนสถานีตรวจวัด',
      bbox: THAILAND_BBOX,
      scale: '1:50000',
      maintainer: 'กองจัดการคุณภาพอากาศและเสียง',
      email: 'air@pcd.example.go.th',
      resourceName: 'สถานีตรวจวัด',
      fileName: 'air-stations.csv',
      csv: () => {
        const rand = seeded('stations');
        return csv(
          ['รหัสสถานี', 'จังหวัด', 'ละติจูด', 'ลองจิจูด', 'เปิดใช้งาน'],
          PROVINCES.slice(0, 60).map((p, i) => [
            `${String(i + 1).padStart(2, '0')}t`,
            p.nameTh,
            (6 + rand() * 14).toFixed(5),
            (98 + rand() * 7).toFixed(5),
            `${2550 + Math.floor(rand() * 17)}-01-01`,
          ]),
        );
      },
    },
    {
      ...base,
      name: 'municipal-solid-waste-province-2566',
      title: 'ปริมาณขยะมูลฝอยชุมชน จำแนกรายจังหวัด ปี 2566',
      notes: 'ปริมาณขยะที่เกิดขึ้น ขยะที่นำไปใช้ประโยชน์ และขยะที่กำจัดอย่างถูกต้อง (ตันต่อปี)',
      organization: 'pcd',
      tags: ['ขยะ', 'สิ่งแวดล้อม', 'รีไซเคิล'],
      groups: ['environment'],
      objective: 'เพื่อติดตามการจัดการขยะมูลฝอยของท้องถิ่น',
      source: 'รายงานขององค์กรปกครองส่วนท้องถิ่น',
      unit: 'ตันต่อปี',
      firstYear: 2566,
      lastYear: 2566,
      maintainer: 'กองจัดการกากของเสียและสารอันตราย',
      email: 'waste@pcd.example.go.th',
      resourceName: 'ขยะรายจังหวัด',
      fileName: 'waste-2566.csv',
      csv: () =>
        perProvince('waste', ['ขยะที่เกิดขึ้น', 'นำไปใช้ประโยชน์', 'กำจัดถูกต้อง'], (_p, rand, pop) => {
          const total = round((pop * (1.05 + rand() * 0.3) * 365) / 1000);
          return [total, round(total * (0.25 + rand() * 0.2)), round(total * (0.3 + rand() * 0.3))];
        }),
    },
    {
      ...base,
      name: 'rainfall-monthly-province-2566',
      title: 'ปริมาณน้ำฝนรายเดือน จำแนกรายจังหวัด ปี 2566',
      notes: 'ปริมาณน้ำฝนสะสมรายเดือน (มิลลิเมตร) จากสถานีตรวจอากาศ',
      organization: 'tmd',
      tags: ['ฝน', 'ปริมาณน้ำฝน', 'อุตุนิยมวิทยา'],
      groups: ['environment'],
      frequency: 'monthly',
      objective: 'เพื่อการวางแผนการเกษตรและบริหารจัดการน้ำ',
      source: 'สถานีตรวจอากาศ กรมอุตุนิยมวิทยา',
      unit: 'มิลลิเมตร',
      firstYear: 2566,
      lastYear: 2566,
      maintainer: 'กองภูมิอากาศ',
      email: 'climate@tmd.example.go.th',
      resourceName: 'ฝนรายเดือน 2566',
      fileName: 'rainfall-2566.csv',
      csv: () => {
        const rand = seeded('rain');
        const rows: Row[] = [];
        const season = [5, 15, 30, 70, 180, 170, 190, 220, 260, 160, 50, 10];
        for (const p of PROVINCES) {
          const wet = p.region === 'south' ? 1.5 : p.region === 'east' ? 1.3 : 1;
          season.forEach(
            (s, i) =>
              void rows.push([
                p.code,
                p.nameTh,
                i + 1,
                (s * wet * (0.6 + rand() * 0.8)).toFixed(1),
              ]),
          );
        }
        return csv(['รหัสจังหวัด', 'จังหวัด', 'เดือน', 'ปริมาณฝน'], rows);
      },
    },
    {
      ...base,
      name: 'max-temperature-region-2566',
      title: 'อุณหภูมิสูงสุดเฉลี่ยรายเดือน จำแนกตามภาค ปี 2566',
      notes: 'อุณหภูมิสูงสุดเฉลี่ย (องศาเซลเซียส) รายเดือน',
      organization: 'tmd',
      tags: ['อุณหภูมิ', 'อุตุนิยมวิทยา', 'โลกร้อน'],
      groups: ['environment'],
      frequency: 'monthly',
      coverage: 'region',
      objective: 'เพื่อเฝ้าระวังภาวะอากาศร้อน',
      source: 'สถานีตรวจอากาศ',
      unit: 'องศาเซลเซียส',
      firstYear: 2566,
      lastYear: 2566,
      maintainer: 'กองภูมิอากาศ',
      email: 'climate@tmd.example.go.th',
      resourceName: 'อุณหภูมิสูงสุดรายภาค',
      fileName: 'max-temp-2566.csv',
      csv: () => {
        const rand = seeded('temp');
        const rows: Row[] = [];
        for (const r of REGIONS) {
          [31, 33, 35, 37, 35, 33, 32, 32, 32, 32, 31, 30].forEach(
            (t, i) => void rows.push([r.nameTh, MONTHS_TH[i]!, (t + rand() * 2 - 1).toFixed(1)]),
          );
        }
        return csv(['ภาค', 'เดือน', 'อุณหภูมิสูงสุด'], rows);
      },
    },
    {
      ...base,
      name: 'tourism-visitors-province-2566',
      title: 'สถิตินักท่องเที่ยวและรายได้จากการท่องเที่ยว จำแนกรายจังหวัด ปี 2566',
      notes: 'จำนวนผู้เยี่ยมเยือนชาวไทยและชาวต่างชาติ และรายได้จากการท่องเที่ยว (ล้านบาท)',
      organization: 'mots',
      tags: ['นักท่องเที่ยว', 'การท่องเที่ยว', 'รายได้'],
      groups: ['tourism', 'economy'],
      objective: 'เพื่อวางแผนส่งเสริมการท่องเที่ยว',
      source: 'สำนักงานปลัดกระทรวงการท่องเที่ยวและกีฬา',
      unit: 'คน / ล้านบาท',
      firstYear: 2566,
      lastYear: 2566,
      maintainer: 'กองเศรษฐกิจการท่องเที่ยวและกีฬา',
      email: 'stat@mots.example.go.th',
      resourceName: 'นักท่องเที่ยวรายจังหวัด 2566',
      fileName: 'tourism-2566.csv',
      csv: () =>
        perProvince(
          'tourism',
          ['ผู้เยี่ยมเยือนชาวไทย', 'ผู้เยี่ยมเยือนชาวต่างชาติ', 'รายได้'],
          (p, rand, pop) => {
            const hot = ['10', '83', '50', '20', '81', '84', '77', '71'].includes(p.code) ? 6 : 1;
            const thai = round(pop * (0.8 + rand() * 2) * hot);
            const foreign = round(thai * (hot > 1 ? 0.5 + rand() * 0.8 : 0.02 + rand() * 0.08));
            return [thai, foreign, round((thai * 3_000 + foreign * 9_000) / 1_000_000)];
          },
        ),
    },
    {
      ...base,
      name: 'international-arrivals-monthly-2566',
      title: 'จำนวนนักท่องเที่ยวต่างชาติที่เดินทางเข้าประเทศ รายเดือน จำแนกตามสัญชาติ ปี 2566',
      notes: 'นักท่องเที่ยวต่างชาติ 10 สัญชาติแรก รายเดือน',
      organization: 'mots',
      tags: ['นักท่องเที่ยวต่างชาติ', 'การท่องเที่ยว'],
      groups: ['tourism'],
      frequency: 'monthly',
      coverage: 'country',
      objective: 'เพื่อติดตามตลาดนักท่องเที่ยวต่างประเทศ',
      source: 'สำนักงานตรวจคนเข้าเมือง',
      unit: 'คน',
      firstYear: 2566,
      lastYear: 2566,
      maintainer: 'กองเศรษฐกิจการท่องเที่ยวและกีฬา',
      email: 'stat@mots.example.go.th',
      resourceName: 'นักท่องเที่ยวต่างชาติรายเดือน',
      fileName: 'arrivals-2566.csv',
      csv: () => {
        const rand = seeded('arrivals');
        const nations: Array<[string, number]> = [
          ['มาเลเซีย', 400_000],
          ['จีน', 300_000],
          ['เกาหลีใต้', 140_000],
          ['อินเดีย', 130_000],
          ['รัสเซีย', 120_000],
          ['ลาว', 100_000],
          ['ญี่ปุ่น', 80_000],
          ['สหรัฐอเมริกา', 80_000],
          ['สิงคโปร์', 70_000],
          ['เวียดนาม', 60_000],
        ];
        const rows: Row[] = [];
        for (const [nation, base] of nations) {
          MONTHS_TH.forEach(
            (m, i) =>
              void rows.push([
                `${m} 2566`,
                i + 1,
                nation,
                round(base * (0.5 + i * 0.06 + rand() * 0.3)),
              ]),
          );
        }
        return csv(['เดือน', 'ลำดับเดือน', 'สัญชาติ', 'จำนวน'], rows);
      },
    },
    {
      ...base,
      name: 'hotel-occupancy-region-2566',
      title: 'อัตราการเข้าพักแรมของโรงแรม จำแนกตามภาค รายเดือน ปี 2566',
      notes: 'ร้อยละการเข้าพักของห้องพักโรงแรมและที่พักแรม',
      organization: 'mots',
      tags: ['โรงแรม', 'ที่พัก', 'การท่องเที่ยว'],
      groups: ['tourism'],
      frequency: 'monthly',
      coverage: 'region',
      objective: 'เพื่อวิเคราะห์ภาวะธุรกิจที่พักแรม',
      source: 'การสำรวจสถานประกอบการที่พักแรม',
      unit: 'ร้อยละ',
      firstYear: 2566,
      lastYear: 2566,
      maintainer: 'กองเศรษฐกิจการท่องเที่ยวและกีฬา',
      email: 'stat@mots.example.go.th',
      resourceName: 'อัตราเข้าพักรายภาค',
      fileName: 'hotel-occupancy-2566.csv',
      csv: () => {
        const rand = seeded('hotel');
        const rows: Row[] = [];
        for (const r of REGIONS)
          MONTHS_TH.forEach((m) => void rows.push([r.nameTh, m, (45 + rand() * 35).toFixed(1)]));
        return csv(['ภาค', 'เดือน', 'อัตราการเข้าพัก'], rows);
      },
    },
    {
      ...base,
      name: 'hospital-beds-province-2566',
      title: 'จำนวนโรงพยาบาลและเตียงผู้ป่วย จำแนกรายจังหวัด ปี 2566',
      notes: 'จำนวนโรงพยาบาลรัฐ เตียงผู้ป่วยใน และแพทย์ รายจังหวัด พร้อมอัตราเตียงต่อประชากร 1,000 คน',
      organization: 'moph-ops',
      tags: ['โรงพยาบาล', 'เตียง', 'สาธารณสุข', 'แพทย์'],
      groups: ['health'],
      objective: 'เพื่อวางแผนการกระจายทรัพยากรสุขภาพ',
      source: 'ระบบรายงานทรัพยากรสาธารณสุข (GIS Health)',
      unit: 'แห่ง / เตียง / คน',
      firstYear: 2566,
      lastYear: 2566,
      maintainer: 'กองยุทธศาสตร์และแผนงาน',
      email: 'hr@moph.example.go.th',
      resourceName: 'เตียงผู้ป่วยรายจังหวัด',
      fileName: 'hospital-beds-2566.csv',
      csv: () =>
        perProvince(
          'beds',
          ['โรงพยาบาล', 'เตียง', 'แพทย์', 'เตียงต่อประชากร 1000 คน'],
          (_p, rand, pop) => {
            const beds = round(pop * (0.0018 + rand() * 0.0014));
            return [
              round(pop / (60_000 + rand() * 40_000)) + 1,
              beds,
              round(pop / (2_000 + rand() * 2_500)),
              ((beds / pop) * 1000).toFixed(2),
            ];
          },
        ),
    },
    {
      ...base,
      name: 'dengue-cases-region-monthly-2566',
      title: 'จำนวนผู้ป่วยไข้เลือดออก จำแนกตามภาค รายเดือน ปี 2566',
      notes: 'จำนวนผู้ป่วยไข้เลือดออกจากระบบเฝ้าระวังโรค (รง. 506)',
      organization: 'moph-ops',
      tags: ['ไข้เลือดออก', 'โรคติดต่อ', 'เฝ้าระวังโรค'],
      groups: ['health'],
      frequency: 'monthly',
      coverage: 'region',
      objective: 'เพื่อเฝ้าระวังและควบคุมการระบาด',
      source: 'ระบบรายงานการเฝ้าระวังโรค 506',
      unit: 'ราย',
      firstYear: 2566,
      lastYear: 2566,
      maintainer: 'กองระบาดวิทยา',
      email: 'epid@moph.example.go.th',
      resourceName: 'ไข้เลือดออกรายเดือน',
      fileName: 'dengue-2566.csv',
      csv: () => {
        const rand = seeded('dengue');
        const rows: Row[] = [];
        const season = [0.3, 0.2, 0.2, 0.3, 0.7, 1.2, 1.6, 1.7, 1.4, 1, 0.6, 0.4];
        for (const r of REGIONS)
          season.forEach(
            (s, i) => void rows.push([r.nameTh, i + 1, round(900 * s * (0.5 + rand()))]),
          );
        return csv(['ภาค', 'เดือน', 'ผู้ป่วย'], rows);
      },
    },
    {
      ...base,
      name: 'uc-registration-province-2567',
      title: 'จำนวนผู้มีสิทธิหลักประกันสุขภาพแห่งชาติ (บัตรทอง) จำแนกรายจังหวัด ปี 2567',
      notes: 'จำนวนประชากรที่ลงทะเบียนสิทธิหลักประกันสุขภาพถ้วนหน้า',
      organization: 'nhso',
      tags: ['บัตรทอง', 'หลักประกันสุขภาพ', 'สิทธิรักษาพยาบาล'],
      groups: ['health', 'society'],
      objective: 'เพื่อจัดสรรงบเหมาจ่ายรายหัว',
      source: 'ฐานข้อมูลทะเบียนสิทธิ สปสช.',
      unit: 'คน',
      firstYear: 2567,
      lastYear: 2567,
      maintainer: 'สำนักบริหารทะเบียน',
      email: 'data@nhso.example.go.th',
      resourceName: 'ผู้มีสิทธิบัตรทองรายจังหวัด',
      fileName: 'uc-2567.csv',
      csv: () =>
        perProvince('uc', ['ผู้มีสิทธิ'], (p, rand, pop) => [
          round(pop * (p.code === '10' ? 0.45 : 0.68 + rand() * 0.12)),
        ]),
    },
    {
      ...base,
      name: 'uc-capitation-budget-2558-2567',
      title: 'งบเหมาจ่ายรายหัวหลักประกันสุขภาพแห่งชาติ ปี 2558–2567',
      notes: 'อัตราเหมาจ่ายรายหัว (บาทต่อผู้มีสิทธิ) และงบประมาณรวม',
      organization: 'nhso',
      tags: ['งบประมาณ', 'หลักประกันสุขภาพ', 'เหมาจ่ายรายหัว'],
      groups: ['health', 'economy'],
      coverage: 'country',
      objective: 'เพื่อความโปร่งใสของการใช้งบประมาณ',
      source: 'รายงานประจำปี สปสช.',
      unit: 'บาท',
      firstYear: 2558,
      lastYear: 2567,
      maintainer: 'สำนักบริหารกองทุน',
      email: 'data@nhso.example.go.th',
      resourceName: 'เหมาจ่ายรายหัว',
      fileName: 'capitation.csv',
      csv: () =>
        csv(
          ['ปี', 'อัตราเหมาจ่ายรายหัว', 'งบประมาณรวม (ล้านบาท)'],
          YEARS.map((y, i) => [y, round(2_895 + i * 102), round(151_000 + i * 5_400)]),
        ),
    },
    {
      ...base,
      name: 'schools-students-teachers-province-2566',
      title: 'จำนวนโรงเรียน นักเรียน และครู สังกัด สพฐ. จำแนกรายจังหวัด ปีการศึกษา 2566',
      notes: 'ข้อมูลพื้นฐานการศึกษาจากระบบ DMC ณ 10 มิถุนายน 2566',
      organization: 'obec',
      tags: ['โรงเรียน', 'นักเรียน', 'ครู', 'การศึกษา'],
      groups: ['education'],
      objective: 'เพื่อวางแผนอัตรากำลังครูและการจัดสรรงบประมาณ',
      source: 'ระบบจัดเก็บข้อมูลนักเรียนรายบุคคล (DMC)',
      unit: 'แห่ง / คน',
      firstYear: 2566,
      lastYear: 2566,
      maintainer: 'สำนักนโยบายและแผนการศึกษาขั้นพื้นฐาน',
      email: 'plan@obec.example.go.th',
      resourceName: 'โรงเรียนรายจังหวัด',
      fileName: 'schools-2566.csv',
      csv: () =>
        perProvince('schools', ['โรงเรียน', 'นักเรียน', 'ครู'], (_p, rand, pop) => {
          const students = round(pop * (0.085 + rand() * 0.03));
          return [
            round(students / (180 + rand() * 120)),
            students,
            round(students / (18 + rand() * 6)),
          ];
        }),
    },
    {
      ...base,
      name: 'students-by-grade-2566',
      title: 'จำนวนนักเรียน สังกัด สพฐ. จำแนกตามระดับชั้น ปีการศึกษา 2566',
      notes: 'นักเรียนทั่วประเทศ จำแนกตามชั้นและเพศ',
      organization: 'obec',
      tags: ['นักเรียน', 'ระดับชั้น', 'การศึกษา'],
      groups: ['education'],
      coverage: 'country',
      objective: 'เพื่อวางแผนการจัดการศึกษา',
      source: 'ระบบ DMC',
      unit: 'คน',
      firstYear: 2566,
      lastYear: 2566,
      maintainer: 'สำนักนโยบายและแผนการศึกษาขั้นพื้นฐาน',
      email: 'plan@obec.example.go.th',
      resourceName: 'นักเรียนตามชั้น',
      fileName: 'students-grade-2566.csv',
      csv: () => {
        const rand = seeded('grades');
        const grades = [
          'อนุบาล 1',
          'อนุบาล 2',
          'อนุบาล 3',
          'ป.1',
          'ป.2',
          'ป.3',
          'ป.4',
          'ป.5',
          'ป.6',
          'ม.1',
          'ม.2',
          'ม.3',
          'ม.4',
          'ม.5',
          'ม.6',
        ];
        return csv(
          ['ชั้น', 'ชาย', 'หญิง'],
          grades.map((g) => {
            const n = round(380_000 + rand() * 120_000);
            return [g, round(n * 0.51), round(n * 0.49)];
          }),
        );
      },
    },
    {
      ...base,
      name: 'small-schools-province-2566',
      title: 'โรงเรียนขนาดเล็ก (นักเรียนไม่เกิน 120 คน) จำแนกรายจังหวัด ปีการศึกษา 2566',
      notes: 'จำนวนโรงเรียนขนาดเล็กและร้อยละต่อโรงเรียนทั้งหมด',
      organization: 'obec',
      tags: ['โรงเรียนขนาดเล็ก', 'การศึกษา', 'ความเหลื่อมล้ำ'],
      groups: ['education'],
      objective: 'เพื่อวางแผนควบรวมและพัฒนาโรงเรียนขนาดเล็ก',
      source: 'ระบบ DMC',
      unit: 'แห่ง',
      firstYear: 2566,
      lastYear: 2566,
      maintainer: 'สำนักนโยบายและแผนการศึกษาขั้นพื้นฐาน',
      email: 'plan@obec.example.go.th',
      resourceName: 'โรงเรียนขนาดเล็ก',
      fileName: 'small-schools-2566.csv',
      csv: () =>
        perProvince('small', ['โรงเรียนขนาดเล็ก', 'ร้อยละ'], (_p, rand, pop) => {
          const all = round(pop / 2_500);
          const share = 0.2 + rand() * 0.4;
          return [round(all * share), (share * 100).toFixed(1)];
        }),
    },
    {
      ...base,
      name: 'budget-by-ministry-2567',
      title: 'งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2567 จำแนกตามกระทรวง',
      notes: 'วงเงินงบประมาณตามพระราชบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2567 (ล้านบาท)',
      organization: 'bb',
      tags: ['งบประมาณ', 'งบประมาณรายจ่าย', 'กระทรวง'],
      groups: ['economy', 'government'],
      coverage: 'country',
      objective: 'เพื่อเปิดเผยการจัดสรรงบประมาณแผ่นดินต่อสาธารณะ',
      source: 'พระราชบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2567',
      unit: 'ล้านบาท',
      firstYear: 2567,
      lastYear: 2567,
      maintainer: 'สำนักงบประมาณ',
      email: 'opendata@bb.example.go.th',
      resourceName: 'งบประมาณรายกระทรวง 2567',
      fileName: 'budget-ministry-2567.csv',
      csv: () =>
        csv(
          ['กระทรวง', 'งบประมาณ'],
          [
            ['งบกลาง', 606_765],
            ['กระทรวงการคลัง', 338_516],
            ['กระทรวงศึกษาธิการ', 328_346],
            ['กระทรวงมหาดไทย', 353_126],
            ['กระทรวงกลาโหม', 198_320],
            ['กระทรวงสาธารณสุข', 165_866],
            ['กระทรวงคมนาคม', 183_401],
            ['กระทรวงเกษตรและสหกรณ์', 126_424],
            ['กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม', 128_581],
            ['กระทรวงแรงงาน', 58_792],
            ['กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์', 29_051],
            ['กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม', 26_831],
            ['กระทรวงการท่องเที่ยวและกีฬา', 5_954],
            ['กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม', 7_380],
          ],
        ),
    },
    {
      ...base,
      name: 'budget-total-2558-2567',
      title: 'วงเงินงบประมาณรายจ่ายประจำปี ปี 2558–2567',
      notes: 'วงเงินงบประมาณรายจ่ายรวม ประมาณการรายได้ และการขาดดุล (ล้านบาท)',
      organization: 'bb',
      tags: ['งบประมาณ', 'การคลัง', 'อนุกรมเวลา'],
      groups: ['economy'],
      coverage: 'country',
      objective: 'เพื่อวิเคราะห์แนวโน้มการคลังของรัฐ',
      source: 'เอกสารงบประมาณโดยสังเขป',
      unit: 'ล้านบาท',
      firstYear: 2558,
      lastYear: 2567,
      maintainer: 'สำนักงบประมาณ',
      email: 'opendata@bb.example.go.th',
      resourceName: 'วงเงินงบประมาณรายปี',
      fileName: 'budget-total.csv',
      csv: () =>
        csv(
          ['ปี', 'วงเงินงบประมาณ', 'ประมาณการรายได้', 'ขาดดุล'],
          [
            [2558, 2_575_000, 2_325_000, 250_000],
            [2559, 2_720_000, 2_330_000, 390_000],
            [2560, 2_733_000, 2_343_000, 390_000],
            [2561, 2_900_000, 2_450_000, 450_000],
            [2562, 3_000_000, 2_550_000, 450_000],
            [2563, 3_200_000, 2_731_000, 469_000],
            [2564, 3_285_962, 2_677_000, 608_962],
            [2565, 3_100_000, 2_400_000, 700_000],
            [2566, 3_185_000, 2_490_000, 695_000],
            [2567, 3_480_000, 2_787_000, 693_000],
          ],
        ),
    },
    {
      ...base,
      name: 'provincial-budget-2567',
      title: 'งบประมาณจังหวัดและกลุ่มจังหวัด ปีงบประมาณ พ.ศ. 2567 จำแนกรายจังหวัด',
      notes: 'งบประมาณที่จัดสรรให้จังหวัดตามแผนพัฒนาจังหวัด (ล้านบาท)',
      organization: 'bb',
      tags: ['งบประมาณ', 'จังหวัด', 'แผนพัฒนาจังหวัด'],
      groups: ['economy', 'government'],
      objective: 'เพื่อเปิดเผยงบประมาณเชิงพื้นที่',
      source: 'ระบบงบประมาณเชิงพื้นที่',
      unit: 'ล้านบาท',
      firstYear: 2567,
      lastYear: 2567,
      maintainer: 'สำนักงบประมาณ',
      email: 'opendata@bb.example.go.th',
      resourceName: 'งบประมาณจังหวัด 2567',
      fileName: 'provincial-budget-2567.csv',
      csv: () =>
        perProvince('provbudget', ['งบประมาณจังหวัด'], (_p, rand, pop) => [
          (80 + (pop / 1_000_000) * 60 + rand() * 120).toFixed(2),
        ]),
    },
    {
      ...base,
      name: 'social-security-insured-province-2567',
      title: 'จำนวนผู้ประกันตน มาตรา 33 39 และ 40 จำแนกรายจังหวัด ปี 2567',
      notes: 'จำนวนผู้ประกันตนในระบบประกันสังคม ณ ธันวาคม 2567',
      organization: 'sso',
      tags: ['ประกันสังคม', 'ผู้ประกันตน', 'แรงงาน'],
      groups: ['society', 'economy'],
      objective: 'เพื่อติดตามความครอบคลุมของการคุ้มครองทางสังคม',
      source: 'ฐานข้อมูลผู้ประกันตน',
      unit: 'คน',
      firstYear: 2567,
      lastYear: 2567,
      maintainer: 'สำนักงานประกันสังคม',
      email: 'data@sso.example.go.th',
      resourceName: 'ผู้ประกันตนรายจังหวัด',
      fileName: 'insured-2567.csv',
      csv: () =>
        perProvince('sso', ['มาตรา 33', 'มาตรา 39', 'มาตรา 40'], (p, rand, pop) => {
          const industrial = ['10', '11', '12', '13', '20', '21', '74'].includes(p.code) ? 3 : 1;
          return [
            round(pop * (0.08 + rand() * 0.08) * industrial),
            round(pop * (0.02 + rand() * 0.02)),
            round(pop * (0.1 + rand() * 0.08)),
          ];
        }),
    },
    {
      ...base,
      name: 'local-administrations-by-type-province',
      title: 'จำนวนองค์กรปกครองส่วนท้องถิ่น จำแนกตามประเภท รายจังหวัด',
      notes: 'จำนวน อบจ. เทศบาลนคร เทศบาลเมือง เทศบาลตำบล และ อบต. ในแต่ละจังหวัด',
      organization: 'dla',
      tags: ['อปท.', 'ท้องถิ่น', 'เทศบาล', 'อบต.'],
      groups: ['government'],
      frequency: 'irregular',
      dataType: 'record',
      objective: 'เพื่อเป็นข้อมูลพื้นฐานของการปกครองส่วนท้องถิ่น',
      source: 'ทะเบียน อปท. กรมส่งเสริมการปกครองท้องถิ่น',
      maintainer: 'กองพัฒนาและส่งเสริมการบริหารงานท้องถิ่น',
      email: 'info@dla.example.go.th',
      resourceName: 'อปท. รายจังหวัด',
      fileName: 'local-administrations.csv',
      csv: () =>
        perProvince(
          'lao',
          ['อบจ.', 'เทศบาลนคร', 'เทศบาลเมือง', 'เทศบาลตำบล', 'อบต.'],
          (p, rand, pop) =>
            p.code === '10'
              ? [0, 0, 0, 0, 0]
              : [
                  1,
                  pop > 900_000 ? 1 : 0,
                  round(1 + rand() * 4),
                  round(8 + rand() * 40),
                  round(20 + rand() * 180),
                ],
        ),
    },
    {
      ...base,
      name: 'audit-findings-2566',
      title: 'ผลการตรวจสอบการใช้จ่ายเงินแผ่นดิน จำแนกตามประเภทการตรวจสอบ ปี 2566',
      notes: 'จำนวนหน่วยรับตรวจและข้อตรวจพบ จำแนกตามประเภทการตรวจสอบ',
      organization: 'oag',
      tags: ['การตรวจสอบ', 'ความโปร่งใส', 'การคลัง'],
      groups: ['government'],
      coverage: 'country',
      objective: 'เพื่อเปิดเผยผลการตรวจเงินแผ่นดินต่อสาธารณะ',
      source: 'รายงานผลการปฏิบัติงานประจำปี',
      unit: 'หน่วย / ข้อ',
      firstYear: 2566,
      lastYear: 2566,
      maintainer: 'สำนักงานการตรวจเงินแผ่นดิน',
      email: 'opendata@oag.example.go.th',
      resourceName: 'ผลการตรวจสอบ 2566',
      fileName: 'audit-2566.csv',
      csv: () =>
        csv(
          ['ประเภทการตรวจสอบ', 'หน่วยรับตรวจ', 'ข้อตรวจพบ'],
          [
            ['การตรวจสอบงบการเงิน', 7_950, 3_120],
            ['การตรวจสอบการปฏิบัติตามกฎหมาย', 1_480, 2_240],
            ['การตรวจสอบผลสัมฤทธิ์และประสิทธิภาพ', 210, 640],
            ['การตรวจสอบการจัดซื้อจัดจ้าง', 930, 1_380],
          ],
        ),
    },
    {
      ...base,
      name: 'digital-government-services-usage-2567',
      title: 'สถิติการใช้งานบริการภาครัฐดิจิทัล รายเดือน ปี 2567',
      notes: 'จำนวนการเข้าใช้งานแอปพลิเคชันและบริการดิจิทัลของรัฐ (ล้านครั้ง)',
      organization: 'dga',
      tags: ['รัฐบาลดิจิทัล', 'บริการออนไลน์', 'แอปพลิเคชัน'],
      groups: ['government'],
      frequency: 'monthly',
      coverage: 'country',
      objective: 'เพื่อวัดการใช้บริการภาครัฐผ่านช่องทางดิจิทัล',
      source: 'ระบบสถิติการใช้งานของแพลตฟอร์มกลาง',
      unit: 'ล้านครั้ง',
      firstYear: 2567,
      lastYear: 2567,
      maintainer: 'สำนักงานพัฒนารัฐบาลดิจิทัล',
      email: 'opendata@dga.example.or.th',
      resourceName: 'การใช้งานรายเดือน',
      fileName: 'digital-services-2567.csv',
      csv: () => {
        const rand = seeded('dga');
        return csv(
          ['เดือน', 'ทางรัฐ', 'ดิจิทัลไอดี', 'ตู้บริการ'],
          MONTHS_TH.map((m, i) => [
            `${m} 2567`,
            (18 + i * 0.8 + rand() * 2).toFixed(2),
            (9 + i * 0.5 + rand()).toFixed(2),
            (0.4 + rand() * 0.2).toFixed(2),
          ]),
        );
      },
    },
    {
      ...base,
      name: 'open-data-catalogue-statistics-2567',
      title: 'สถิติชุดข้อมูลเปิดภาครัฐ จำแนกตามหมวดหมู่ ปี 2567',
      notes: 'จำนวนชุดข้อมูลบนศูนย์กลางข้อมูลเปิดภาครัฐ จำแนกตามหมวดหมู่',
      organization: 'dga',
      tags: ['ข้อมูลเปิด', 'บัญชีข้อมูล', 'รัฐบาลเปิด'],
      groups: ['government'],
      coverage: 'country',
      objective: 'เพื่อติดตามความก้าวหน้าของการเปิดเผยข้อมูล',
      source: 'ศูนย์กลางข้อมูลเปิดภาครัฐ',
      unit: 'ชุดข้อมูล',
      firstYear: 2567,
      lastYear: 2567,
      maintainer: 'สถาบันนวัตกรรมและธรรมาภิบาลข้อมูล',
      email: 'opendata@dga.example.or.th',
      resourceName: 'ชุดข้อมูลตามหมวดหมู่',
      fileName: 'catalogue-stats-2567.csv',
      csv: () =>
        csv(
          ['หมวดหมู่', 'ชุดข้อมูล'],
          [
            ['สังคมและสวัสดิการ', 2_310],
            ['เศรษฐกิจ', 1_980],
            ['สาธารณสุข', 1_420],
            ['การศึกษา', 1_150],
            ['สิ่งแวดล้อม', 990],
            ['การเมืองและการปกครอง', 1_640],
            ['การท่องเที่ยว', 720],
            ['อื่น ๆ', 1_120],
          ],
        ),
    },
    {
      ...base,
      name: 'civil-registration-offices',
      title: 'ทำเนียบสำนักทะเบียนอำเภอ',
      notes: 'รายชื่อสำนักทะเบียนอำเภอและเขต จำแนกตามจังหวัด',
      organization: 'dopa',
      tags: ['สำนักทะเบียน', 'อำเภอ', 'ทำเนียบ'],
      groups: ['government'],
      dataType: 'record',
      frequency: 'never',
      coverage: 'district',
      objective: 'เพื่อให้ประชาชนค้นหาสำนักทะเบียนใกล้บ้าน',
      source: 'ทะเบียนหน่วยงาน กรมการปกครอง',
      license: 'cc-by',
      maintainer: 'สำนักบริหารการทะเบียน',
      email: 'stat@dopa.example.go.th',
      resourceName: 'สำนักทะเบียนอำเภอ',
      fileName: 'registration-offices.csv',
      csv: () => {
        const rand = seeded('offices');
        return csv(
          ['รหัสจังหวัด', 'จังหวัด', 'สำนักทะเบียน', 'โทรศัพท์'],
          PROVINCES.map((p) => [
            p.code,
            p.nameTh,
            `สำนักทะเบียนอำเภอเมือง${p.nameTh}`,
            `0-${String(Math.floor(2_000_0000 + rand() * 7_999_9999)).slice(0, 4)}-${String(Math.floor(rand() * 9999)).padStart(4, '0')}`,
          ]),
        );
      },
    },
  ];
  return list;
}

export const demoDatasets: readonly DemoDataset[] = specs();

/** Data requests from demo people (votes and answers are added by the seed). */
export const demoRequests = [
  {
    title: 'ค่าฝุ่น PM2.5 รายชั่วโมงทุกสถานี',
    description: 'ต้องการข้อมูลรายชั่วโมงเพื่อทำแอปแจ้งเตือนฝุ่นสำหรับโรงเรียน',
    organization: 'pcd',
    answer: {
      dataset: 'pm25-daily-major-cities-2567-q1',
      text: 'เปิดเผยค่าเฉลี่ยรายวันแล้ว ข้อมูลรายชั่วโมงจะตามมา',
    },
  },
  {
    title: 'จำนวนเตียงว่างในโรงพยาบาลรัฐแบบวันต่อวัน',
    description: 'เพื่อช่วยผู้ป่วยหาโรงพยาบาลที่มีเตียงว่าง',
    organization: 'moph-ops',
    answer: { dataset: 'hospital-beds-province-2566', text: 'เปิดเผยจำนวนเตียงรายจังหวัดแล้ว' },
  },
  {
    title: 'งบประมาณรายโครงการของจังหวัด',
    description: 'อยากรู้ว่างบจังหวัดใช้ทำโครงการอะไรบ้าง',
    organization: 'bb',
    answer: { dataset: 'provincial-budget-2567', text: 'เปิดเผยงบประมาณรายจังหวัดแล้ว' },
  },
  {
    title: 'จำนวนนักเรียนที่หลุดออกจากระบบการศึกษา รายอำเภอ',
    description: 'ใช้วางแผนโครงการพาน้องกลับมาเรียน',
    organization: 'obec',
    answer: null,
  },
  {
    title: 'ข้อมูลน้ำท่วมซ้ำซากรายตำบล',
    description: 'สำหรับวางแผนรับมืออุทกภัย',
    organization: 'tmd',
    answer: null,
  },
  {
    title: 'ประชากรแฝงในเขตเมือง',
    description: 'ประชากรที่อาศัยจริงแต่ไม่ได้ย้ายทะเบียนบ้าน',
    organization: 'nso',
    answer: null,
  },
] as const;
