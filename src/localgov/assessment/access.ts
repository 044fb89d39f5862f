import type { RoleGrant } from '../../orgs/index.ts';

/**
 * Who may do what with self-assessments, read from the viewer's role grants (STYLE.md 13: the
 * route asks for a permission, this file decides it from the organization scope).
 *
 * - `localgov_officer` / `localgov_executive` granted in the orgs organization `lao-<code>`
 *   act for that one administration only.
 * - State Audit Office auditors (`auditor` in `oag`) and Department of Local Administration
 *   supervisors (`supervisor` in `dla`) read every submitted assessment and the dashboards.
 * - `audit_template_editor` in `oag` edits and publishes questionnaire templates.
 */
export interface AssessmentAccess {
  accountId: string;
  name: string;
  /** Administration codes the viewer fills assessments for (officer or executive). */
  memberOf: ReadonlySet<string>;
  /** Names of those administrations, as the organizations carry them. */
  administrationNames: ReadonlyMap<string, { th: string; en: string }>;
  /** Administration codes whose assessments the viewer may sign off and submit. */
  executiveOf: ReadonlySet<string>;
  dashboards: boolean;
  templateEditor: boolean;
}

export const OAG_CODE = 'oag';
export const DLA_CODE = 'dla';
const LAO_PREFIX = 'lao-';

export function accessFromGrants(
  viewer: { id: string; name: string },
  grants: readonly RoleGrant[],
): AssessmentAccess {
  const memberOf = new Set<string>();
  const administrationNames = new Map<string, { th: string; en: string }>();
  const executiveOf = new Set<string>();
  let dashboards = false;
  let templateEditor = false;
  for (const g of grants) {
    const code = g.organizationCode;
    if (code.startsWith(LAO_PREFIX)) {
      const administration = code.slice(LAO_PREFIX.length);
      if (g.role === 'localgov_officer' || g.role === 'localgov_executive') {
        memberOf.add(administration);
        administrationNames.set(administration, g.organizationName);
      }
      if (g.role === 'localgov_executive') executiveOf.add(administration);
    }
    if (
      (g.role === 'auditor' && code === OAG_CODE) ||
      (g.role === 'supervisor' && code === DLA_CODE)
    ) {
      dashboards = true;
    }
    if (g.role === 'audit_template_editor' && code === OAG_CODE) templateEditor = true;
  }
  return {
    accountId: viewer.id,
    name: viewer.name,
    memberOf,
    administrationNames,
    executiveOf,
    dashboards,
    templateEditor,
  };
}

interface RecordScope {
  administration_code: string;
  status: 'draft' | 'submitted';
}

/**
 * An administration's own people see its drafts and submissions; auditors and supervisors see
 * submissions only (a draft is the administration's working paper until its executive signs).
 */
export function canViewAssessment(access: AssessmentAccess, record: RecordScope): boolean {
  if (access.memberOf.has(record.administration_code)) return true;
  return access.dashboards && record.status === 'submitted';
}

/** Whether the viewer belongs to the administration (edits are then refused only if locked). */
export function isMember(access: AssessmentAccess, record: RecordScope): boolean {
  return access.memberOf.has(record.administration_code);
}
