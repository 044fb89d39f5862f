import type { Role } from '../orgs/index.ts';
import { demoCitizens } from '../registry/index.ts';

/**
 * Demo people for development sign-in and tests: the registry's demo citizens (names, citizen
 * IDs, cards), with the staff roles some of them hold. `docs/demo-data.md` lists them.
 */
const demoRoles: Record<string, Array<{ organization: string; role: Role }>> = {
  '3100500678913': [
    { organization: 'dopa', role: 'registrar' },
    { organization: 'dopa', role: 'agency_officer' },
  ],
  '1509900345677': [
    { organization: 'dga', role: 'platform_admin' },
    { organization: 'dga', role: 'rp_admin' },
  ],
  '3400100456783': [
    { organization: 'oag', role: 'auditor' },
    { organization: 'oag', role: 'audit_template_editor' },
  ],
  '1000300567896': [{ organization: 'nso', role: 'publisher' }],
};

export const demoPeople = demoCitizens.map((c) => ({
  citizenId: c.citizenId,
  th: `${c.givenName.th} ${c.familyName.th}`,
  en: `${c.givenName.en} ${c.familyName.en}`,
  email: c.email,
  roles: demoRoles[c.citizenId] ?? [],
}));
