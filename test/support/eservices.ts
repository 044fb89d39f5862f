import type { EServicesTestApp } from '../../src/services/eservices/testing.ts';
import type { EServiceDefinition } from '../../src/services/eservices/types.ts';
import { newPerson, uniqueCode } from './app.ts';

/** A fresh agency with an officer, a designer and one published e-service of its own. */
export async function agencyWithEService(
  t: EServicesTestApp,
  codePrefix: string,
  definition: (code: string, organizationCode: string) => EServiceDefinition,
) {
  const org = await t.app.orgs.ensureOrganization({
    code: uniqueCode('agency'),
    kind: 'department',
    name_th: 'หน่วยงานทดสอบ',
    name_en: 'Test agency',
  });
  const officer = await newPerson(t, ['agency_officer'], org.id);
  const designer = await newPerson(t, ['service_designer'], org.id);
  const code = uniqueCode(codePrefix);
  const row = await t.eservices.importDefinition(
    designer.account.id,
    JSON.stringify(definition(code, org.code)),
  );
  await t.eservices.publish(designer.account.id, row.id);
  return { org, officer, designer, code, definitionId: row.id };
}

/** A fresh citizen whose account has an e-mail address, so status changes are mailed as well. */
export async function citizenWithEmail(t: EServicesTestApp) {
  const citizen = await newPerson(t);
  const email = `${citizen.citizenId}@example.test`;
  await t.app.identity.ensureAccount({
    citizen_id: citizen.citizenId,
    display_name_th: citizen.account.display_name_th,
    display_name_en: citizen.account.display_name_en,
    email,
    phone: null,
    demo: false,
  });
  return { ...citizen, email };
}
