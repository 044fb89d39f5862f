import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { demoCitizens } from '../../registry/index.ts';
import type { EntitlementRow } from './csv-upload.ts';
import type { Entitlement } from './entitlement.ts';
import { verifySignature } from './http-connector.ts';

/**
 * Demo agencies for the "my entitlements" page. Two answer over HTTP, the way a real agency's API
 * would (signed requests, JSON); three are tables the agency fills by CSV upload.
 */
export const demoSources = [
  {
    code: 'sso',
    organization: {
      code: 'sso',
      kind: 'department' as const,
      th: 'สำนักงานประกันสังคม',
      en: 'Social Security Office',
    },
    kind: 'http' as const,
    th: 'สิทธิประกันสังคม',
    en: 'Social security',
  },
  {
    code: 'nhso',
    organization: {
      code: 'nhso',
      kind: 'public_organization' as const,
      th: 'สำนักงานหลักประกันสุขภาพแห่งชาติ',
      en: 'National Health Security Office',
    },
    kind: 'http' as const,
    th: 'สิทธิการรักษาพยาบาล',
    en: 'Health coverage',
  },
  {
    code: 'birth-grant',
    organization: {
      code: 'dcy',
      kind: 'department' as const,
      th: 'กรมกิจการเด็กและเยาวชน',
      en: 'Department of Children and Youth',
    },
    kind: 'table' as const,
    th: 'เงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด',
    en: 'Child support grant',
  },
  {
    code: 'elderly-allowance',
    organization: {
      code: 'dla',
      kind: 'department' as const,
      th: 'กรมส่งเสริมการปกครองท้องถิ่น',
      en: 'Department of Local Administration',
    },
    kind: 'table' as const,
    th: 'เบี้ยยังชีพผู้สูงอายุ',
    en: 'Elderly allowance',
  },
  {
    code: 'welfare-card',
    organization: {
      code: 'cgd',
      kind: 'department' as const,
      th: 'กรมบัญชีกลาง',
      en: "Comptroller General's Department",
    },
    kind: 'table' as const,
    th: 'บัตรสวัสดิการแห่งรัฐ',
    en: 'State welfare card',
  },
];

/** Deterministic per citizen, so a demo looks the same every time without storing anything. */
function pick(citizenId: string, salt: string, n: number): number {
  return createHash('sha256').update(`${salt}:${citizenId}`).digest().readUInt32BE(0) % n;
}

export function demoAgencyAnswer(source: string, citizenId: string): Entitlement[] {
  if (source === 'sso') {
    const section = ['33', '39', '40'][pick(citizenId, 'sso', 3)]!;
    return [
      {
        code: `section-${section}`,
        title: { th: `ผู้ประกันตนมาตรา ${section}`, en: `Insured person, section ${section}` },
        status: 'active',
        amountBaht: null,
        detail: {
          th: `ส่งเงินสมทบต่อเนื่อง ${12 + pick(citizenId, 'months', 120)} เดือน สิทธิรักษาพยาบาลที่โรงพยาบาลตามที่เลือก`,
          en: `${12 + pick(citizenId, 'months', 120)} months of contributions; medical care at the chosen hospital`,
        },
        validFrom: '2024-01-01',
        validUntil: null,
      },
    ];
  }
  if (source === 'nhso') {
    return [
      {
        code: 'uc',
        title: { th: 'หลักประกันสุขภาพแห่งชาติ (บัตรทอง)', en: 'Universal Coverage Scheme (gold card)' },
        status: 'active',
        amountBaht: null,
        detail: {
          th: 'หน่วยบริการประจำ: โรงพยาบาลส่งเสริมสุขภาพตำบลใกล้บ้าน รักษาได้ทุกที่ด้วยบัตรประชาชนใบเดียว (30 บาทรักษาทุกที่)',
          en: 'Registered unit: the nearest sub-district health promoting hospital; care anywhere with your ID card',
        },
        validFrom: '2023-10-01',
        validUntil: null,
      },
    ];
  }
  return [];
}

/** The demo agencies' HTTP endpoint; refuses unsigned or stale requests like a real one should. */
export async function registerDemoAgencyApi(
  app: FastifyInstance,
  secretOf: (source: string) => Promise<string | null>,
) {
  // The signature covers the exact bytes sent, so this scope keeps the raw body as a string.
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) =>
    done(null, body),
  );
  app.post('/demo/agency-api/:source', { config: { csrf: false } }, async (request, reply) => {
    const { source } = request.params as { source: string };
    const secret = await secretOf(source);
    const body = typeof request.body === 'string' ? request.body : '';
    const ok =
      secret !== null &&
      verifySignature(
        secret,
        body,
        request.headers['x-pratu-timestamp'] as string | undefined,
        request.headers['x-pratu-signature'] as string | undefined,
      );
    if (!ok) return reply.code(401).send({ error: 'bad signature' });
    let citizenId: unknown;
    try {
      citizenId = (JSON.parse(body) as { citizen_id?: unknown }).citizen_id;
    } catch {
      return reply.code(400).send({ error: 'invalid JSON' });
    }
    if (typeof citizenId !== 'string' || !/^\d{13}$/.test(citizenId)) {
      return reply.code(400).send({ error: 'citizen_id required' });
    }
    return { entitlements: demoAgencyAnswer(source, citizenId).map(toWire) };
  });
}

function toWire(e: Entitlement) {
  return {
    code: e.code,
    title: e.title,
    status: e.status,
    amount_baht: e.amountBaht,
    detail: e.detail,
    valid_from: e.validFrom,
    valid_until: e.validUntil,
  };
}

/** Rows the table agencies "uploaded" for the demo citizens (every other citizen, by turns). */
const demoTableTemplates: Record<
  string,
  Omit<EntitlementRow, 'citizen_id'> & { every: number; offset: number }
> = {
  'elderly-allowance': {
    every: 2,
    offset: 1,
    entitlement_code: 'elderly-2568',
    title_th: 'เบี้ยยังชีพผู้สูงอายุ ปีงบประมาณ 2568',
    title_en: 'Elderly allowance, fiscal year 2025',
    status: 'active',
    amount_baht: '600.00',
    detail_th: 'จ่ายเข้าบัญชีธนาคารทุกวันที่ 10 ของเดือน (อายุ 60–69 ปี เดือนละ 600 บาท)',
    detail_en: 'Paid to your bank account on the 10th of each month (ages 60–69: 600 baht)',
    valid_from: '2024-10-01',
    valid_until: '2025-09-30',
  },
  'welfare-card': {
    every: 2,
    offset: 0,
    entitlement_code: 'welfare-card-2565',
    title_th: 'บัตรสวัสดิการแห่งรัฐ',
    title_en: 'State welfare card',
    status: 'active',
    amount_baht: '300.00',
    detail_th: 'วงเงินซื้อสินค้าจำเป็นเดือนละ 300 บาท ค่าโดยสารรถสาธารณะเดือนละ 500 บาท',
    detail_en: '300 baht a month for essential goods, 500 baht for public transport',
    valid_from: '2023-01-01',
    valid_until: null,
  },
  'birth-grant': {
    every: 5,
    offset: 0,
    entitlement_code: 'child-support',
    title_th: 'เงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด',
    title_en: 'Child support grant',
    status: 'pending',
    amount_baht: '600.00',
    detail_th: 'อยู่ระหว่างการตรวจสอบคุณสมบัติโดยองค์กรปกครองส่วนท้องถิ่น',
    detail_en: 'Eligibility is being checked by the local administration',
    valid_from: null,
    valid_until: null,
  },
};

export function demoTableRows(sourceCode: string): EntitlementRow[] {
  const template = demoTableTemplates[sourceCode];
  if (!template) return [];
  const { every, offset, ...row } = template;
  return demoCitizens
    .filter((_, i) => i % every === offset)
    .map((c) => ({ ...row, citizen_id: c.citizenId }));
}
