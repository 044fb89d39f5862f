import type { Identity } from '../../identity/index.ts';
import type { OrgsApi } from '../../orgs/index.ts';
import type { SeedContext } from '../../platform/module.ts';
import { DEMO_PNG, demoAccounts, demoDefinitions, demoOrganizations } from './demo.ts';
import type { EServiceApi, Upload } from './service.ts';
import { todayIso } from './values.ts';

/**
 * Idempotent demo data. Definitions are created only when missing (a designer's later edits are
 * never overwritten); demo applications only when the demo person has none for that service.
 * Applications go through the same functions as the pages (draft, save, submit, act), so the
 * demo data obeys every rule the real journey does.
 */
export async function seedEServices(
  deps: { orgs: OrgsApi; identity: Identity; api: EServiceApi },
  ctx: SeedContext,
) {
  const { orgs, identity, api } = deps;
  for (const org of demoOrganizations) await orgs.ensureOrganization(org);
  const people: Record<string, string> = {};
  for (const person of demoAccounts) {
    const account = await identity.ensureAccount({
      citizen_id: person.citizenId,
      display_name_th: person.th,
      display_name_en: person.en,
      email: person.email,
      phone: null,
      demo: true,
    });
    people[person.en] = account.id;
    for (const grant of person.roles) {
      const org = await orgs.findOrganizationByCode(grant.organization);
      if (org) await orgs.grantRole('system:seed', account.id, org.id, grant.role);
    }
  }
  let created = 0;
  for (const def of demoDefinitions) {
    if (await api.findDefinitionByCode(def.code)) continue;
    const row = await api.importDefinition(null, JSON.stringify(def), { actor: 'system:seed' });
    await api.publishRow('system:seed', row);
    created++;
  }
  ctx.log(`eservices: ${demoDefinitions.length} demo e-services (${created} new)`);

  const somchai = await identity.findAccountByCitizenId('1101700123456');
  const boonmee = people['Boonmee Srisawat'];
  const officer = people['Thanakorn Sukjai'];
  const dcyOfficer = people['Phimchanok Kaewmanee'];
  const dopaOfficer = (await identity.findAccountByCitizenId('3100500678913'))?.id;
  const png = (field: string): Upload => ({
    field,
    filename: `${field}.png`,
    bytes: new Uint8Array(DEMO_PNG),
  });
  const address = {
    'address.house_no': '45/7',
    'address.moo': '',
    'address.soi': 'รัตนาธิเบศร์ 18',
    'address.road': 'รัตนาธิเบศร์',
    'address.subdistrict': 'บางกระสอ',
    'address.province': '12',
    'address.district': 'เมืองนนทบุรี',
    'address.postal_code': '11000',
  };
  const recent = (days: number) => todayIso(new Date(Date.now() - days * 86_400_000));

  /** Fills and submits one application; returns its id (or null when the person already has one). */
  async function apply(
    accountId: string | undefined,
    code: string,
    pages: Record<string, { values: Record<string, string>; uploads?: Upload[] }>,
    submit = true,
  ): Promise<string | null> {
    if (!accountId) return null;
    const def = await api.findDefinitionByCode(code);
    if (!def) return null;
    const mine = await api.applicationsOf(accountId);
    if (mine.some((a) => a.definition_id === def.id)) return null;
    const { id } = await api.startApplication(accountId, code);
    for (const [pageId, page] of Object.entries(pages)) {
      await api.savePage(accountId, id, pageId, page.values, page.uploads ?? [], { kind: 'save' });
    }
    if (!submit) return id;
    const result = await api.submit(accountId, id, api.formToken('submit', id, accountId), true);
    if (!result.ok) {
      throw new Error(
        `demo application ${code} does not pass its own rules: ${JSON.stringify(result)}`,
      );
    }
    return id;
  }
  const act = async (staffId: string | undefined, id: string | null, action: string, text = '') => {
    if (!staffId || !id) return;
    await api.staffAct(staffId, id, action, api.formToken(`act:${action}`, id, staffId), text);
  };

  const elderly = await apply(boonmee, 'elderly-allowance-application', {
    applicant: {
      values: {
        full_name: 'บุญมี ศรีสวัสดิ์',
        phone: '0812345678',
        email: 'boonmee@example.test',
        birth_date: '1958-03-14',
        nationality: 'th',
        marital_status: 'widowed',
      },
    },
    residence: { values: address },
    welfare: { values: { receives_pension: 'no', other_welfare: '' } },
    payment: {
      values: { payment_method: 'bank', bank: 'ktb', account_no: '9876543210' },
      uploads: [png('bankbook_copy')],
    },
    documents: { values: {}, uploads: [png('id_card_copy')] },
  });
  await act(officer, elderly, 'start_review');
  await act(officer, elderly, 'approve', 'ตรวจสอบทะเบียนบ้านและอายุแล้ว ถูกต้อง');

  await apply(boonmee, 'complaint-local', {
    problem: {
      values: {
        topic: 'lighting',
        details: 'ไฟถนนหน้าซอยดับมาสามคืนแล้ว กลางคืนมืดมาก ผู้สูงอายุเดินลำบาก',
        seen_on: recent(2),
        place: 'ปากซอยรัตนาธิเบศร์ 18 ใกล้ป้ายรถเมล์',
      },
    },
    contact: { values: { full_name: 'บุญมี ศรีสวัสดิ์', phone: '0812345678' } },
  });

  const complaint = await apply(somchai?.id, 'complaint-local', {
    problem: {
      values: {
        topic: 'drainage',
        details: 'ท่อระบายน้ำอุดตัน ฝนตกแล้วน้ำท่วมขังหน้าบ้านหลายวัน มีกลิ่นเหม็น',
        seen_on: recent(5),
        place: 'ถนนประชาราษฎร์ หน้าบ้านเลขที่ 88',
      },
    },
    contact: { values: { full_name: 'สมชาย ใจดี', phone: '0891234567' } },
  });
  await act(officer, complaint, 'start_review', 'ส่งเรื่องให้กองช่างออกตรวจพื้นที่แล้ว');
  if (officer && complaint) {
    await api.comment(
      officer,
      complaint,
      api.formToken('comment', complaint, officer),
      'นัดกองช่างเข้าลอกท่อวันพฤหัสบดี (บันทึกภายใน)',
    );
  }

  const grant = await apply(somchai?.id, 'birth-grant-application', {
    applicant: {
      values: { full_name: 'สมชาย ใจดี', phone: '0891234567', relation_to_child: 'father' },
    },
    child: {
      values: {
        child_name: 'ด.ญ. ใบเตย ใจดี',
        child_citizen_id: '1100700555011',
        child_birth_date: recent(120),
      },
    },
    household: {
      values: {
        '_rows.members': '3',
        'members.0.name': 'สมชาย ใจดี',
        'members.0.relation': 'parent',
        'members.0.income': '180000',
        'members.1.name': 'สุดา ใจดี',
        'members.1.relation': 'parent',
        'members.1.income': '60000',
        'members.2.name': 'ด.ญ. ใบเตย ใจดี',
        'members.2.relation': 'child',
        'members.2.income': '0',
      },
    },
    payment: { values: { promptpay_linked: 'on' }, uploads: [png('birth_certificate')] },
  });
  await act(dcyOfficer, grant, 'start_review');
  await act(
    dcyOfficer,
    grant,
    'request_info',
    'สำเนาสูติบัตรไม่ชัด กรุณาแนบสำเนาใหม่ที่เห็นเลขประจำตัวประชาชนของเด็กชัดเจน',
  );

  await apply(somchai?.id, 'moving-address', {
    applicant: { values: { full_name: 'สมชาย ใจดี', phone: '0891234567' } },
    addresses: {
      values: {
        'from_address.house_no': '12',
        'from_address.moo': '3',
        'from_address.subdistrict': 'ช้างเผือก',
        'from_address.province': '50',
        'from_address.district': 'เมืองเชียงใหม่',
        'from_address.postal_code': '50300',
        ...Object.fromEntries(
          Object.entries(address).map(([k, v]) => [k.replace('address.', 'to_address.'), v]),
        ),
        house_code: '12990045678',
        moved_on: recent(3),
        reason: 'work',
      },
    },
    movers: { values: { '_rows.also_moving': '0' } },
    consent: { values: {}, uploads: [png('householder_consent')] },
  });
  void dopaOfficer;

  await apply(
    somchai?.id,
    'business-permit-local',
    {
      operator: {
        values: { full_name: 'สมชาย ใจดี', phone: '0891234567', operator_kind: 'person' },
      },
      business: {
        values: {
          business_name: 'ร้านซักรีดใจดี',
          business_type: 'laundry',
          area_sqm: '60',
          workers: '2',
        },
      },
    },
    false,
  );
  ctx.log('eservices: demo applications in several states');
}
