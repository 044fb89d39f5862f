import type { OrganizationKind } from '../../orgs/index.ts';

/**
 * The kind of organization behind each agency code of the built-in catalogue, used only when the
 * import meets an agency the orgs module does not know yet (an existing organization is never
 * changed: the orgs module owns it). Sources: each agency's founding act, e.g. the Public
 * Organization Act B.E. 2542 for องค์การมหาชน, the State Enterprise Labour Relations Act for
 * รัฐวิสาหกิจ; 'lao' stands for whichever local administration serves the citizen.
 */
const KNOWN_KINDS: Readonly<Record<string, OrganizationKind>> = {
  mof: 'ministry',
  moph: 'ministry',
  mfa: 'ministry',
  msdhs: 'ministry',
  moi: 'ministry',
  lao: 'local_administration',
  pea: 'state_enterprise',
  mea: 'state_enterprise',
  pwa: 'state_enterprise',
  mwa: 'state_enterprise',
  srt: 'state_enterprise',
  nha: 'state_enterprise',
  baac: 'state_enterprise',
  raot: 'state_enterprise',
  nhso: 'public_organization',
  dga: 'public_organization',
  tgo: 'public_organization',
  niems: 'public_organization',
  nsf: 'public_organization',
  slf: 'public_organization',
  eef: 'public_organization',
  osmep: 'public_organization',
  trc: 'public_organization',
  ksp: 'public_organization',
  alro: 'department',
  nbtc: 'independent_agency',
  ombudsman: 'independent_agency',
  nacc: 'independent_agency',
  admincourt: 'independent_agency',
  coj: 'independent_agency',
  ago: 'independent_agency',
  ncb: 'company',
};

/** Agencies the table does not list are government departments, the common case. */
export function agencyKind(code: string): OrganizationKind {
  return KNOWN_KINDS[code] ?? 'department';
}
