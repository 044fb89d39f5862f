import { createHash } from 'node:crypto';
import { type Counter, Gauge } from 'prom-client';
import type { Identity } from '../../identity/index.ts';
import { findProvinceByName, type OrgsApi, type Role, type RoleGrant } from '../../orgs/index.ts';
import { appendAudit, canonicalJson } from '../../platform/audit.ts';
import type { Db } from '../../platform/db/database.ts';
import { DomainError } from '../../platform/errors.ts';
import { FieldCollector } from '../../platform/forms.ts';
import { formatDate, type Lang, pick } from '../../platform/i18n/index.ts';
import type { Kernel } from '../../platform/kernel.ts';
import { revisionOf } from './builder.ts';
import { CODE_PATTERN, checkDefinition, newDefinition, type Problem } from './definition.ts';
import {
  changeRows,
  checkEligibility,
  emptyDraft,
  formatAnswer,
  mergePosted,
  type Problems,
  parseAll,
  parsePage,
  prefilledDraft,
  visibility,
  visiblePages,
} from './form.ts';
import { issueFormToken, verifyFormToken } from './form-token.ts';
import * as store from './store.ts';
import { trackingPrefix } from './tracking.ts';
import type {
  Answers,
  Claims,
  DraftState,
  EServiceDefinition,
  FileRef,
  Page,
  WorkflowState,
} from './types.ts';
import { checkUpload, safeFilename } from './uploads.ts';
import { findDistrictInProvince } from './values.ts';
import {
  availableTransitions,
  checkTransition,
  DRAFT,
  openStates,
  slaStatus,
  stateOf,
} from './workflow.ts';

export type Deps = Kernel & { orgs: OrgsApi; identity: Identity };

/** The registry's record of a person as src/registry/person.ts shapes it (RegistryPerson). */
interface RegistryPersonLike {
  birthDate?: string;
  gender?: string;
  address?: {
    houseNo: string;
    moo: number | string | null;
    soi: string | null;
    road: string | null;
    subdistrict: string;
    district: string;
    province: string;
    postalCode: string;
  } | null;
}

/**
 * Claims from a registry person: the birth date only when fully known (the registry writes 00
 * for an unknown month or day), the address with the geography's codes for the form's selects.
 */
export function registryPersonClaims(person: RegistryPersonLike | null): Claims {
  const claims: Claims = {};
  if (!person) return claims;
  if (person.birthDate && /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(person.birthDate)) {
    claims.birthdate = person.birthDate;
  }
  if (person.gender) claims.gender = person.gender;
  const a = person.address;
  const province = a ? findProvinceByName(a.province) : undefined;
  const district = a && province ? findDistrictInProvince(province.code, a.district) : undefined;
  if (a && province && district) {
    claims.address = {
      houseNo: a.houseNo,
      subdistrict: a.subdistrict,
      districtCode: district.code,
      provinceCode: province.code,
      postalCode: a.postalCode,
      ...(a.moo !== null && a.moo !== '' ? { moo: String(a.moo) } : {}),
      ...(a.soi ? { soi: a.soi } : {}),
      ...(a.road ? { road: a.road } : {}),
    };
  }
  return claims;
}

/** Roles that open an organization's back office; who may act is each transition's `roles`. */
export const STAFF_ROLES: Role[] = ['agency_officer', 'agency_admin', 'supervisor'];
/** Roles that may build and publish an organization's e-services. */
export const DESIGNER_ROLES: Role[] = ['service_designer', 'agency_admin'];

export interface Upload {
  field: string;
  filename: string;
  bytes: Uint8Array;
}

export type PageAction =
  | { kind: 'next' }
  | { kind: 'back' }
  | { kind: 'save' }
  | { kind: 'add_row'; field: string }
  | { kind: 'remove_row'; field: string; row: number };

export type PageResult =
  | { kind: 'show'; state: DraftState; problems: Problems; notice?: string; status: number }
  | { kind: 'go'; to: string };

export type SubmitResult =
  | { ok: true; trackingNo: string }
  | {
      ok: false;
      problems: Problems;
      firstPage: string | null;
      notEligible: Array<{ id: string; message: { th: string; en: string } }>;
      declarationMissing: boolean;
    };

/** Problems of a definition that cannot be published or imported, for the builder to list. */
export class DefinitionProblems extends DomainError {
  constructor(readonly problems: Problem[]) {
    super('eservices.definition_invalid', { status: 400 });
  }
}

const MAX_TEXT = 5000;

/**
 * A move the actor may make now, with its message or reason within MAX_TEXT; anything else is
 * refused as a field error on the text (400) or with the check's own status.
 */
function requireTransition(...args: Parameters<typeof checkTransition>) {
  const text = args[4];
  const check = checkTransition(...args);
  if (!check.ok) {
    if (check.status === 400)
      throw new DomainError('form.has_errors', { fields: { text: check.code } });
    throw new DomainError(check.code, { status: check.status });
  }
  if ([...text].length > MAX_TEXT) {
    throw new DomainError('form.has_errors', {
      fields: { text: 'eservices.text_too_long' },
      params: { max: MAX_TEXT },
    });
  }
  return check;
}

function fileIdsIn(answers: Answers): string[] {
  return Object.values(answers).flatMap((v) =>
    v && typeof v === 'object' && !Array.isArray(v) && 'filename' in v ? [(v as FileRef).id] : [],
  );
}
const DAY_MS = 86_400_000;

export function createEServiceApi(deps: Deps) {
  const { db, config, orgs, identity } = deps;

  // Published versions are immutable, so they can be cached forever by (definition, version).
  const versions = new Map<string, EServiceDefinition>();
  async function versionOf(definitionId: string, version: number): Promise<EServiceDefinition> {
    const key = `${definitionId}:${version}`;
    const hit = versions.get(key);
    if (hit) return hit;
    const row = await store.findVersion(db, definitionId, version);
    if (!row) throw new DomainError('eservices.service_not_found', { status: 404 });
    if (versions.size > 1000) versions.clear();
    versions.set(key, row.definition);
    return row.definition;
  }

  // Metrics: counters for events as they happen, gauges read from the database on each scrape
  // so every process reports the same totals (the statistics page's figures).
  const registry = deps.metrics.registry;
  const counter = (name: string, help: string, labels: string[]) =>
    (registry.getSingleMetric(name) as Counter<string> | undefined) ??
    deps.metrics.counter(name, help, labels);
  const submittedTotal = counter(
    'pratu_eservice_applications_submitted_total',
    'Applications submitted, by e-service',
    ['service'],
  );
  const statusChanges = counter(
    'pratu_eservice_status_changes_total',
    'Application status changes, by e-service and new status',
    ['service', 'status'],
  );
  const decisionsTotal = counter(
    'pratu_eservice_decisions_total',
    'Decisions on applications, by e-service and outcome',
    ['service', 'outcome'],
  );
  let snapshot: { at: number; value: Promise<Awaited<ReturnType<typeof statistics>>> } | null =
    null;
  const statsSnapshot = () => {
    if (!snapshot || Date.now() - snapshot.at > 5000)
      snapshot = { at: Date.now(), value: statistics() };
    return snapshot.value;
  };
  const gauge = (
    name: string,
    help: string,
    fill: (g: Gauge<string>, s: Awaited<ReturnType<typeof statistics>>) => void,
  ) => {
    if (registry.getSingleMetric(name)) return;
    new Gauge({
      name,
      help,
      labelNames: ['organization'],
      registers: [registry],
      async collect() {
        this.reset();
        try {
          fill(this, await statsSnapshot());
        } catch {
          // A scrape while the database is away reports nothing rather than failing /metrics.
        }
      },
    });
  };
  gauge('pratu_eservices_online', 'Published e-services, by organization', (g, s) => {
    for (const o of s.online) g.set({ organization: o.organization.code }, o.n);
  });
  gauge('pratu_eservice_applications', 'Submitted applications, by organization', (g, s) => {
    for (const o of s.perOrganization) g.set({ organization: o.organization.code }, o.submitted);
  });
  gauge(
    'pratu_eservice_median_decision_days',
    'Median days from submission to decision, by organization',
    (g, s) => {
      for (const o of s.perOrganization)
        if (o.medianDays !== null) g.set({ organization: o.organization.code }, o.medianDays);
    },
  );

  const orgCache = new Map<
    string,
    { id: string; code: string; name: { th: string; en: string } }
  >();
  async function orgOf(id: string) {
    const hit = orgCache.get(id);
    if (hit) return hit;
    const o = await orgs.findOrganization(id);
    const value = o
      ? { id: o.id, code: o.code, name: { th: o.name_th, en: o.name_en } }
      : { id, code: 'unknown', name: { th: 'ไม่ทราบหน่วยงาน', en: 'Unknown agency' } };
    if (o) orgCache.set(id, value);
    return value;
  }

  /**
   * Claims from the identity module. Today it gives the account (citizen ID, names, e-mail,
   * phone); when it exposes `personOf(accountId)` (registry data released through the Digital
   * ID), birth date, gender and address come from there. Only declared claims are ever used.
   */
  async function claimsFor(accountId: string): Promise<Claims> {
    const account = await identity.findAccount(accountId);
    if (!account) return {};
    const claims: Claims = {
      name_th: account.display_name_th,
      name_en: account.display_name_en,
    };
    if (account.citizen_id) claims.citizen_id = account.citizen_id;
    if (account.email) claims.email = account.email;
    if (account.phone) claims.phone = account.phone;
    const personOf = (identity as unknown as { personOf?: (id: string) => Promise<unknown> })
      .personOf;
    if (typeof personOf === 'function') {
      const person = (await personOf.call(identity, accountId)) as RegistryPersonLike | null;
      Object.assign(claims, registryPersonClaims(person));
    }
    return claims;
  }

  const grantsIn = (grants: RoleGrant[], organizationId: string, wanted: Role[]) =>
    grants
      .filter((g) => g.organizationId === organizationId && wanted.includes(g.role))
      .map((g) => g.role);

  async function orgIdsWith(accountId: string, wanted: Role[]): Promise<string[]> {
    const grants = await orgs.rolesOf(accountId);
    return [...new Set(grants.filter((g) => wanted.includes(g.role)).map((g) => g.organizationId))];
  }

  // Definitions and the builder -----------------------------------------------------------

  async function requireDesigner(accountId: string, definitionId: string) {
    const row = await store.findDefinition(db, definitionId);
    if (!row) throw new DomainError('eservices.definition_not_found', { status: 404 });
    const grants = await orgs.rolesOf(accountId);
    if (grantsIn(grants, row.organization_id, DESIGNER_ROLES).length === 0) {
      throw new DomainError('eservices.not_designer', { status: 403 });
    }
    return row;
  }

  async function createDefinition(accountId: string, values: Record<string, string>) {
    const errors = new FieldCollector();
    const code = (values.code ?? '').toLowerCase();
    if (!CODE_PATTERN.test(code) || code.length < 2 || code.length > 80)
      errors.add('code', 'eservices.code_invalid');
    if (!values.title_th) errors.add('title_th', 'eservices.label_th_required');
    if (!values.title_en) errors.add('title_en', 'eservices.label_en_required');
    const allowed = await orgIdsWith(accountId, DESIGNER_ROLES);
    const orgId = values.organization_id || (allowed.length === 1 ? allowed[0]! : '');
    if (!allowed.includes(orgId)) errors.add('organization_id', 'eservices.organization_required');
    errors.throwIfAny();
    const org = await orgOf(orgId);
    const working = newDefinition({
      code,
      organization: org.code,
      title: { th: values.title_th!, en: values.title_en! },
    });
    return db.transaction().execute(async (trx) => {
      if (await store.findDefinitionByCode(trx, code)) {
        throw new DomainError('form.has_errors', { fields: { code: 'eservices.code_taken' } });
      }
      const row = await store.insertDefinition(trx, {
        code,
        organization_id: orgId,
        working,
        actor: accountId,
      });
      await appendAudit(trx, {
        actor: accountId,
        action: 'eservices.definition_created',
        subject: `eservice:${row.id}`,
        after: working,
        details: { code },
      });
      return row;
    });
  }

  /**
   * Applies a designer's change to the working copy. `seen` is the revision the designer's form
   * was drawn from (builder pages send it): a stale one is refused, and the write itself only
   * lands on the copy the change was computed from, so two edits never overwrite each other.
   */
  async function editWorking(
    accountId: string,
    definitionId: string,
    change: (def: EServiceDefinition) => EServiceDefinition,
    what: string,
    seen?: string,
  ) {
    const row = await requireDesigner(accountId, definitionId);
    if (seen !== undefined && seen !== revisionOf(row.working)) {
      throw new DomainError('eservices.definition_changed', { status: 409 });
    }
    const next = change(row.working);
    await db.transaction().execute(async (trx) => {
      if (!(await store.updateWorking(trx, row.id, next, accountId, row.working)))
        throw new DomainError('eservices.definition_changed', { status: 409 });
      await appendAudit(trx, {
        actor: accountId,
        action: 'eservices.definition_edited',
        subject: `eservice:${row.id}`,
        before: row.working,
        after: next,
        details: { change: what },
      });
    });
    return next;
  }

  async function publish(accountId: string, definitionId: string): Promise<number> {
    return publishRow(accountId, await requireDesigner(accountId, definitionId));
  }

  /** Publishes the working copy as a new immutable version (also used by seeds and the CLI). */
  async function publishRow(actor: string, row: store.DefinitionRow): Promise<number> {
    const accountId = actor;
    const check = checkDefinition(row.working);
    if (!check.ok) throw new DefinitionProblems(check.problems);
    const org = await orgOf(row.organization_id);
    if (check.definition.organization !== org.code || check.definition.code !== row.code) {
      throw new DefinitionProblems([
        {
          path: '$.organization',
          message: {
            th: `รหัสบริการและหน่วยงานต้องเป็น ${row.code} และ ${org.code}`,
            en: `code and organization must stay ${row.code} and ${org.code}`,
          },
        },
      ]);
    }
    return db.transaction().execute(async (trx) => {
      const locked = await store.lockDefinition(trx, row.id);
      if (!locked) throw new DomainError('eservices.definition_not_found', { status: 404 });
      const latest = locked.published_version
        ? await store.findVersion(trx, row.id, locked.published_version)
        : null;
      const unchanged =
        latest && canonicalJson(latest.definition) === canonicalJson(check.definition);
      if (unchanged && locked.status === 'published') {
        throw new DomainError('eservices.nothing_to_publish', { status: 409 });
      }
      // Re-opening an unchanged, unpublished service reuses its last version.
      const version = unchanged ? locked.published_version! : (locked.published_version ?? 0) + 1;
      if (!unchanged) {
        await store.insertVersion(trx, {
          definition_id: row.id,
          version,
          definition: check.definition,
          published_by: accountId,
        });
      }
      await store.setDefinitionStatus(trx, row.id, 'published', version, accountId);
      await appendAudit(trx, {
        actor: accountId,
        action: 'eservices.definition_published',
        subject: `eservice:${row.id}`,
        after: check.definition,
        details: { code: row.code, version },
      });
      return version;
    });
  }

  async function unpublish(accountId: string, definitionId: string) {
    const row = await requireDesigner(accountId, definitionId);
    if (row.status !== 'published') return;
    await db.transaction().execute(async (trx) => {
      await store.setDefinitionStatus(trx, row.id, 'unpublished', row.published_version, accountId);
      await appendAudit(trx, {
        actor: accountId,
        action: 'eservices.definition_unpublished',
        subject: `eservice:${row.id}`,
        details: { code: row.code, version: row.published_version },
      });
    });
  }

  /**
   * Imports a definition as the working copy (created, or replacing the working copy of the same
   * code in the same organization). Publishing stays a separate, deliberate step.
   */
  async function importDefinition(
    accountId: string | null,
    json: string,
    options: { actor?: string } = {},
  ) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch (error) {
      throw new DomainError('eservices.import_json_invalid', {
        status: 400,
        params: { detail: error instanceof Error ? error.message : String(error) },
      });
    }
    const check = checkDefinition(parsed);
    if (!check.ok) throw new DefinitionProblems(check.problems);
    const def = check.definition;
    const org = await orgs.findOrganizationByCode(def.organization);
    if (!org) {
      throw new DefinitionProblems([
        {
          path: '$.organization',
          message: {
            th: `ไม่พบหน่วยงาน ${def.organization}`,
            en: `no organization ${def.organization}`,
          },
        },
      ]);
    }
    // A person imports only into an organization they design for; the CLI (accountId null) is
    // the operator and may import anywhere.
    if (accountId) {
      const grants = await orgs.rolesOf(accountId);
      if (grantsIn(grants, org.id, DESIGNER_ROLES).length === 0) {
        throw new DomainError('eservices.not_designer', { status: 403 });
      }
    }
    const actor = accountId ?? options.actor ?? 'cli';
    return db.transaction().execute(async (trx) => {
      const existing = await store.findDefinitionByCode(trx, def.code);
      if (existing && existing.organization_id !== org.id) {
        throw new DomainError('eservices.import_other_org', { status: 409 });
      }
      if (existing && !(await store.updateWorking(trx, existing.id, def, actor, existing.working)))
        throw new DomainError('eservices.definition_changed', { status: 409 });
      const row = existing
        ? existing
        : await store.insertDefinition(trx, {
            code: def.code,
            organization_id: org.id,
            working: def,
            actor,
          });
      await appendAudit(trx, {
        actor,
        action: 'eservices.definition_imported',
        subject: `eservice:${row.id}`,
        before: existing?.working,
        after: def,
        details: { code: def.code },
      });
      return { ...row, working: def };
    });
  }

  async function publishedByCode(code: string) {
    const row = await store.findDefinitionByCode(db, code);
    if (row?.status !== 'published' || !row.published_version) return null;
    return {
      row,
      def: await versionOf(row.id, row.published_version),
      version: row.published_version,
    };
  }

  // Citizens ------------------------------------------------------------------------------

  async function loadOwn(accountId: string, id: string) {
    const record = await store.findApplication(db, id);
    if (!record) throw new DomainError('eservices.application_not_found', { status: 404 });
    if (record.applicant_id !== accountId)
      throw new DomainError('eservices.not_your_application', { status: 403 });
    return { record, def: await versionOf(record.definition_id, record.version) };
  }

  async function loadOwnDraft(accountId: string, id: string) {
    const loaded = await loadOwn(accountId, id);
    if (loaded.record.status !== DRAFT || !loaded.record.draft) {
      throw new DomainError('eservices.not_a_draft', { status: 409 });
    }
    return { ...loaded, draft: loaded.record.draft };
  }

  async function startApplication(
    accountId: string,
    code: string,
  ): Promise<{ id: string; firstPage: string }> {
    const pub = await publishedByCode(code);
    if (!pub) throw new DomainError('eservices.service_not_found', { status: 404 });
    const draft = prefilledDraft(pub.def, await claimsFor(accountId));
    const row = await store.insertApplication(db, {
      definition_id: pub.row.id,
      version: pub.version,
      organization_id: pub.row.organization_id,
      applicant_id: accountId,
      draft,
    });
    const first = visiblePages(pub.def, draft.values)[0] ?? pub.def.pages[0]!;
    return { id: row.id, firstPage: first.id };
  }

  /**
   * Starting from the start page's form: its single-use token makes a second post of the same
   * form (double tap, reload, replay) open the draft the first one created instead of another.
   */
  async function startApplicationOnce(
    accountId: string,
    code: string,
    token: string,
  ): Promise<{ id: string; firstPage: string | null }> {
    const hash = checkToken(token, 'start', code, accountId);
    const earlier = await store.applicationStartedWith(db, hash);
    if (earlier) return { id: earlier, firstPage: null };
    const pub = await publishedByCode(code);
    if (!pub) throw new DomainError('eservices.service_not_found', { status: 404 });
    const draft = prefilledDraft(pub.def, await claimsFor(accountId));
    const lostRace = Symbol('lost race');
    try {
      const id = await db.transaction().execute(async (trx) => {
        const row = await store.insertApplication(trx, {
          definition_id: pub.row.id,
          version: pub.version,
          organization_id: pub.row.organization_id,
          applicant_id: accountId,
          draft,
        });
        // A concurrent post of the same form got there first: drop this draft, use that one.
        if (!(await store.useStartToken(trx, hash, row.id))) throw lostRace;
        return row.id;
      });
      const first = visiblePages(pub.def, draft.values)[0] ?? pub.def.pages[0]!;
      return { id, firstPage: first.id };
    } catch (error) {
      if (error !== lostRace) throw error;
      const winner = await store.applicationStartedWith(db, hash);
      if (!winner) throw new DomainError('eservices.form_already_sent', { status: 409 });
      return { id: winner, firstPage: null };
    }
  }

  function neighbour(
    def: EServiceDefinition,
    values: Record<string, string>,
    pageId: string,
    step: 1 | -1,
  ) {
    const index = def.pages.findIndex((p) => p.id === pageId);
    const shown = visibility(def, values).pages;
    for (let i = index + step; i >= 0 && i < def.pages.length; i += step) {
      if (shown.has(def.pages[i]!.id)) return def.pages[i]!;
    }
    return null;
  }

  async function storeDraft(
    recordId: string,
    accountId: string,
    state: DraftState,
    uploads: Upload[],
    page: Page,
  ) {
    const next: DraftState = { ...state, files: { ...state.files } };
    await db.transaction().execute(async (trx) => {
      for (const u of uploads) {
        const field = page.fields.find((f) => f.name === u.field && f.type === 'file');
        if (!field) continue;
        const check = checkUpload(u.bytes, field.accept ?? [], field.maxSizeKb ?? 2048);
        if (!check.ok) continue;
        const filename = safeFilename(u.filename, check.kind);
        const id = await store.insertFile(trx, {
          application_id: recordId,
          field: field.name,
          filename,
          kind: check.kind,
          size: u.bytes.length,
          sha256: createHash('sha256').update(u.bytes).digest('hex'),
          content: u.bytes,
          uploaded_by: accountId,
        });
        const old = next.files[field.name];
        if (old) await store.deleteDraftFile(trx, recordId, old.id);
        next.files[field.name] = {
          id,
          filename,
          kind: check.kind,
          size: u.bytes.length,
        } satisfies FileRef;
      }
      const saved = await store.saveDraft(trx, recordId, next);
      if (!saved) throw new DomainError('eservices.not_a_draft', { status: 409 });
    });
    return next;
  }

  /**
   * One page posted. Wrong uploads refuse the whole post (nothing stored). Otherwise the typed
   * values are kept in the draft; "next" moves on only when the page's visible fields are valid.
   */
  async function savePage(
    accountId: string,
    id: string,
    pageId: string,
    posted: Record<string, string>,
    uploads: Upload[],
    action: PageAction,
  ): Promise<PageResult> {
    const { def, draft, record } = await loadOwnDraft(accountId, id);
    const page = def.pages.find((p) => p.id === pageId);
    if (!page) throw new DomainError('eservices.page_not_found', { status: 404 });
    let state = mergePosted(page, draft, posted);
    const uploadProblems: Problems = {};
    const shownNow = visibility(def, state.values).fields;
    const relevant = uploads.filter((u) =>
      page.fields.some((f) => f.name === u.field && f.type === 'file' && shownNow.has(f.name)),
    );
    for (const u of relevant) {
      const field = page.fields.find((f) => f.name === u.field)!;
      const check = checkUpload(u.bytes, field.accept ?? [], field.maxSizeKb ?? 2048);
      if (!check.ok)
        uploadProblems[field.name] = { code: check.code, params: check.params, label: field.label };
    }
    if (Object.keys(uploadProblems).length) {
      return { kind: 'show', state, problems: uploadProblems, status: 400 };
    }
    const base = `/applications/${record.id}`;
    switch (action.kind) {
      case 'add_row':
      case 'remove_row': {
        const field = page.fields.find((f) => f.name === action.field && f.type === 'repeat');
        if (!field) throw new DomainError('eservices.field_not_found', { status: 404 });
        state = changeRows(
          field,
          state,
          action.kind === 'add_row' ? { add: true } : { remove: action.row },
        );
        state = await storeDraft(record.id, accountId, state, relevant, page);
        return { kind: 'show', state, problems: {}, status: 200 };
      }
      case 'save':
        await storeDraft(record.id, accountId, state, relevant, page);
        return { kind: 'go', to: `${base}/pages/${page.id}?saved=1` };
      case 'back': {
        await storeDraft(record.id, accountId, state, relevant, page);
        const prev = neighbour(def, state.values, page.id, -1);
        return {
          kind: 'go',
          to: prev ? `${base}/pages/${prev.id}` : `/eservices/${def.code}/apply`,
        };
      }
      case 'next': {
        // Without JavaScript, a question revealed by an answer on the same page appears only
        // after a round trip: show the page again with it, rather than an error about it.
        const shownBefore =
          posted._shown === undefined ? null : new Set(posted._shown.split(',').filter(Boolean));
        const revealed = shownBefore
          ? page.fields.filter((f) => shownNow.has(f.name) && !shownBefore.has(f.name))
          : [];
        state = await storeDraft(record.id, accountId, state, relevant, page);
        if (revealed.length) {
          return {
            kind: 'show',
            state,
            problems: {},
            notice: 'eservices.more_questions',
            status: 200,
          };
        }
        const { problems } = parsePage(def, page, state);
        if (Object.keys(problems).length) return { kind: 'show', state, problems, status: 400 };
        const next = neighbour(def, state.values, page.id, 1);
        return { kind: 'go', to: next ? `${base}/pages/${next.id}` : `${base}/check` };
      }
    }
  }

  function reviewDraft(def: EServiceDefinition, draft: DraftState) {
    const { answers, problems, firstPageWithProblem } = parseAll(def, draft);
    const eligibility = checkEligibility(def, answers);
    return {
      answers,
      problems,
      firstPage: firstPageWithProblem === null ? null : def.pages[firstPageWithProblem]!.id,
      eligibility,
    };
  }

  async function notify(
    trx: Db,
    n: {
      record: store.ApplicationRow;
      def: EServiceDefinition;
      tracking: string;
      state: WorkflowState;
      email: string | null;
      message?: string | null;
    },
  ) {
    const { def, state, tracking } = n;
    const title = {
      th: `คำขอ ${tracking}: ${state.label.th}`,
      en: `Application ${tracking}: ${state.label.en}`,
    };
    const link = `${config.publicUrl}/applications/${n.record.id}`;
    const body = {
      th: `${def.title.th}\nสถานะ: ${state.label.th}${n.message ? `\nข้อความจากเจ้าหน้าที่หรือผู้ยื่น: ${n.message}` : ''}`,
      en: `${def.title.en}\nStatus: ${state.label.en}${n.message ? `\nMessage: ${n.message}` : ''}`,
    };
    await store.insertNotification(trx, {
      account_id: n.record.applicant_id,
      application_id: n.record.id,
      title_th: title.th,
      title_en: title.en,
      body_th: body.th,
      body_en: body.en,
    });
    if (n.email) {
      await deps.mailer.queueMail(trx, {
        to: n.email,
        subject: `[ประตู Pratu] ${title.th} / ${title.en}`,
        text: `${body.th}\n\nดูรายละเอียด: ${link}\n\n---\n\n${body.en}\n\nDetails: ${link}\n`,
      });
    }
  }

  /**
   * Counts a status change on /metrics. Called only after the transaction committed: a counter
   * bumped inside one that then rolls back (a lost race, a failed audit append) would count a
   * change that never happened.
   */
  function countStatusChange(def: EServiceDefinition, state: WorkflowState) {
    statusChanges.inc({ service: def.code, status: state.code });
    if (state.final && state.outcome)
      decisionsTotal.inc({ service: def.code, outcome: state.outcome });
  }

  function checkToken(token: string, purpose: string, subject: string, accountId: string) {
    const r = verifyFormToken(config.secret, token, purpose, subject, accountId);
    if (!r.ok) throw new DomainError(r.code, { status: 403 });
    return r.hash;
  }

  async function useTokenOrRefuse(trx: Db, hash: string) {
    if (!(await store.useToken(trx, hash)))
      throw new DomainError('eservices.form_already_sent', { status: 409 });
  }

  async function submit(
    accountId: string,
    id: string,
    token: string,
    declared: boolean,
  ): Promise<SubmitResult> {
    const record = await store.findApplicationWithStatus(db, id);
    if (!record) throw new DomainError('eservices.application_not_found', { status: 404 });
    if (record.applicant_id !== accountId) {
      throw new DomainError('eservices.not_your_application', { status: 403 });
    }
    const hash = checkToken(token, 'submit', id, accountId);
    // A second click or a replayed post after the application went in.
    if (record.status !== DRAFT || !record.draft) {
      throw new DomainError('eservices.form_already_sent', { status: 409 });
    }
    if (record.definition_status !== 'published') {
      throw new DomainError('eservices.service_closed', { status: 409 });
    }
    const [def, account] = await Promise.all([
      versionOf(record.definition_id, record.version),
      identity.findAccount(accountId),
    ]);
    const review = reviewDraft(def, record.draft);
    const notEligible = review.eligibility
      .filter((e) => !e.met)
      .map((e) => ({ id: e.rule.id, message: e.rule.message }));
    if (Object.keys(review.problems).length || notEligible.length || !declared) {
      return {
        ok: false,
        problems: review.problems,
        firstPage: review.firstPage,
        notEligible,
        declarationMissing: !declared,
      };
    }
    const now = new Date();
    const initial = stateOf(def, def.workflow.initial)!;
    const kept = fileIdsIn(review.answers);
    const dropped = Object.values(record.draft.files).some((f) => !kept.includes(f.id));
    const trackingNo = await db.transaction().execute(async (trx) => {
      // Token, tracking number, answers and the timeline event in one statement; the audit
      // chain gets the event later from the outbox (chainCitizenEvents), in a batch.
      const done = await store.submitDraft(trx, {
        id: record.id,
        tokenHash: hash,
        status: initial.code,
        answers: review.answers,
        trackingPrefix: trackingPrefix(now),
        at: now,
        dueAt: new Date(now.getTime() + def.slaDays * DAY_MS),
        actor: accountId,
      });
      if (!done.fresh || !done.tracking_no) {
        throw new DomainError('eservices.form_already_sent', { status: 409 });
      }
      // Uploads of questions that ended up hidden are not part of the application: drop them.
      if (dropped) await store.deleteFilesExcept(trx, record.id, kept);
      await notify(trx, {
        record,
        def,
        tracking: done.tracking_no,
        state: initial,
        email: account?.email ?? null,
      });
      return done.tracking_no;
    });
    submittedTotal.inc({ service: def.code });
    countStatusChange(def, initial);
    return { ok: true, trackingNo };
  }

  /**
   * Appends citizens' events to the hash-chained audit log, oldest first, in batches: one
   * transaction (one lock, one flush) per batch instead of one per request. Returns how many.
   */
  async function chainCitizenEvents(batch = 500): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await db.transaction().execute(async (trx) => {
        const events = await store.lockUnauditedEvents(trx, batch);
        for (const e of events) {
          await appendAudit(trx, {
            actor: e.actor_id,
            action:
              e.action === 'submit'
                ? 'eservices.application_submitted'
                : `eservices.application_${e.action}`,
            subject: `application:${e.application_id}`,
            before: { status: e.from_status },
            after:
              e.action === 'submit'
                ? { status: e.to_status, tracking: e.tracking_no, answers: e.answers }
                : { status: e.to_status },
            details: {
              event: e.id,
              at: e.at.toISOString(),
              tracking: e.tracking_no,
              version: e.version,
            },
          });
        }
        await store.markAudited(
          trx,
          events.map((e) => e.id),
        );
        return events.length;
      });
      total += n;
      if (n < batch) return total;
    }
  }

  /** A citizen's workflow move (answer a request for information, withdraw). */
  async function citizenAct(
    accountId: string,
    id: string,
    action: string,
    token: string,
    text: string,
    upload: Upload | null,
  ) {
    const { record, def } = await loadOwn(accountId, id);
    const hash = checkToken(token, `act:${action}`, id, accountId);
    const check = requireTransition(def, record.status, action, { by: 'citizen' }, text);
    let fileKind: ReturnType<typeof checkUpload> | null = null;
    if (upload) {
      fileKind = checkUpload(upload.bytes, ['pdf', 'jpeg', 'png'], 5120);
      if (!fileKind.ok) {
        throw new DomainError('form.has_errors', {
          fields: { attachment: fileKind.code },
          params: fileKind.params,
        });
      }
    }
    const account = await identity.findAccount(accountId);
    await db.transaction().execute(async (trx) => {
      await useTokenOrRefuse(trx, hash);
      const outcome = check.to.final ? (check.to.outcome ?? null) : null;
      const moved = await store.moveApplication(trx, record.id, record.status, {
        status: check.to.code,
        ...(check.to.final ? { outcome, decided_at: new Date() } : {}),
      });
      if (!moved) throw new DomainError('eservices.transition_not_now', { status: 409 });
      let fileId: string | null = null;
      if (upload && fileKind?.ok) {
        fileId = await store.insertFile(trx, {
          application_id: record.id,
          field: `_event:${action}`,
          filename: safeFilename(upload.filename, fileKind.kind),
          kind: fileKind.kind,
          size: upload.bytes.length,
          sha256: createHash('sha256').update(upload.bytes).digest('hex'),
          content: upload.bytes,
          uploaded_by: accountId,
        });
      }
      await store.insertEvent(trx, {
        application_id: record.id,
        actor_kind: 'citizen',
        actor_id: accountId,
        action,
        from_status: record.status,
        to_status: check.to.code,
        message: text.trim() || null,
        file_id: fileId,
      });
      await notify(trx, {
        record,
        def,
        tracking: record.tracking_no ?? '',
        state: check.to,
        email: account?.email ?? null,
        message: text.trim() || null,
      });
      // The officer who has the application is waiting for this answer (or should stop work).
      if (record.assigned_to && record.assigned_to !== accountId) {
        const tracking = record.tracking_no ?? '';
        await store.insertNotification(trx, {
          account_id: record.assigned_to,
          application_id: record.id,
          link: `/backoffice/applications/${record.id}`,
          title_th: `คำขอ ${tracking}: ${check.to.label.th}`,
          title_en: `Application ${tracking}: ${check.to.label.en}`,
          body_th: `${def.title.th}\nผู้ยื่นคำขอ${text.trim() ? `: ${text.trim()}` : 'ดำเนินการแล้ว'}`,
          body_en: `${def.title.en}\nThe applicant${text.trim() ? ` wrote: ${text.trim()}` : ' acted'}`,
        });
      }
    });
    countStatusChange(def, check.to);
  }

  // Staff ---------------------------------------------------------------------------------

  async function staffAccess(accountId: string, organizationId: string) {
    const grants = await orgs.rolesOf(accountId);
    const roles = grantsIn(grants, organizationId, [...STAFF_ROLES, ...DESIGNER_ROLES]);
    if (!roles.some((r) => STAFF_ROLES.includes(r))) {
      throw new DomainError('eservices.not_your_agency', { status: 403 });
    }
    return roles;
  }

  async function loadForStaff(accountId: string, id: string) {
    const record = await store.findApplication(db, id);
    if (!record || record.status === DRAFT)
      throw new DomainError('eservices.application_not_found', { status: 404 });
    const roles = await staffAccess(accountId, record.organization_id);
    return { record, roles, def: await versionOf(record.definition_id, record.version) };
  }

  /** The back-office page of one application: reading a citizen's data is on the record too. */
  async function viewForStaff(accountId: string, id: string) {
    const loaded = await loadForStaff(accountId, id);
    await appendAudit(db, {
      actor: accountId,
      action: 'eservices.application_viewed',
      subject: `application:${loaded.record.id}`,
    });
    return loaded;
  }

  async function definitionForStaff(accountId: string, definitionId: string) {
    const row = await store.findDefinition(db, definitionId);
    if (!row) throw new DomainError('eservices.definition_not_found', { status: 404 });
    const roles = await staffAccess(accountId, row.organization_id);
    return { row, roles };
  }

  async function officersOf(organizationId: string) {
    const ids = new Set<string>();
    for (const role of STAFF_ROLES)
      for (const id of await orgs.listAccountsWithRole(organizationId, role)) ids.add(id);
    const people = [];
    for (const id of ids) {
      const a = await identity.findAccount(id);
      if (a) people.push({ id, name: { th: a.display_name_th, en: a.display_name_en } });
    }
    return people.sort((a, b) => a.name.th.localeCompare(b.name.th, 'th'));
  }

  async function staffAct(
    accountId: string,
    id: string,
    action: string,
    token: string,
    text: string,
  ) {
    const { record, roles, def } = await loadForStaff(accountId, id);
    const hash = checkToken(token, `act:${action}`, id, accountId);
    const check = requireTransition(def, record.status, action, { by: 'staff', roles }, text);
    const applicant = await identity.findAccount(record.applicant_id);
    const needs = check.transition.needs ?? 'none';
    await db.transaction().execute(async (trx) => {
      await useTokenOrRefuse(trx, hash);
      const final = check.to.final === true;
      const moved = await store.moveApplication(trx, record.id, record.status, {
        status: check.to.code,
        ...(final
          ? {
              outcome: check.to.outcome ?? null,
              decided_at: new Date(),
              decision_reason: text.trim() || null,
            }
          : {}),
      });
      if (!moved) throw new DomainError('eservices.transition_not_now', { status: 409 });
      // Taking up an application assigns it, unless someone already has it.
      if (!record.assigned_to && !final) await store.assignApplication(trx, record.id, accountId);
      await store.insertEvent(trx, {
        application_id: record.id,
        actor_kind: 'staff',
        actor_id: accountId,
        action,
        audited: true,
        from_status: record.status,
        to_status: check.to.code,
        message: text.trim() || null,
      });
      await notify(trx, {
        record,
        def,
        tracking: record.tracking_no ?? '',
        state: check.to,
        email: applicant?.email ?? null,
        message: text.trim() || null,
      });
      await appendAudit(trx, {
        actor: accountId,
        action: `eservices.application_${action}`,
        subject: `application:${record.id}`,
        before: { status: record.status },
        after: { status: check.to.code, reason: needs === 'reason' ? text.trim() : undefined },
        details: { service: def.code, tracking: record.tracking_no },
      });
    });
    countStatusChange(def, check.to);
  }

  async function assign(accountId: string, id: string, assignee: string) {
    const { record } = await loadForStaff(accountId, id);
    const target = assignee === 'me' ? accountId : assignee;
    if (target) {
      const grants = await orgs.rolesOf(target);
      if (grantsIn(grants, record.organization_id, STAFF_ROLES).length === 0) {
        throw new DomainError('form.has_errors', {
          fields: { assignee: 'eservices.assignee_invalid' },
        });
      }
    }
    await db.transaction().execute(async (trx) => {
      await store.assignApplication(trx, record.id, target || null);
      await appendAudit(trx, {
        actor: accountId,
        action: 'eservices.application_assigned',
        subject: `application:${record.id}`,
        before: { assigned_to: record.assigned_to },
        after: { assigned_to: target || null },
      });
    });
  }

  async function comment(accountId: string, id: string, token: string, body: string) {
    const { record } = await loadForStaff(accountId, id);
    const hash = checkToken(token, 'comment', id, accountId);
    const text = body.trim();
    if (!text)
      throw new DomainError('form.has_errors', { fields: { body: 'eservices.comment_required' } });
    if ([...text].length > MAX_TEXT) {
      throw new DomainError('form.has_errors', {
        fields: { body: 'eservices.text_too_long' },
        params: { max: MAX_TEXT },
      });
    }
    await db.transaction().execute(async (trx) => {
      await useTokenOrRefuse(trx, hash);
      await store.insertComment(trx, {
        application_id: record.id,
        author_id: accountId,
        body: text,
      });
      await appendAudit(trx, {
        actor: accountId,
        action: 'eservices.application_commented',
        subject: `application:${record.id}`,
        after: { comment: text },
      });
    });
  }

  // Statistics ----------------------------------------------------------------------------

  async function statistics() {
    const now = new Date();
    const since = new Date(now.getTime() - 365 * DAY_MS);
    const [online, perMonth, perOrg, overall] = await Promise.all([
      store.onlinePerOrganization(db),
      store.applicationsPerMonth(db, since),
      store.decisionsPerOrganization(db),
      store.medianDecision(db),
    ]);
    // Twelve Bangkok calendar months, oldest first, zero-filled.
    const months: string[] = [];
    const bangkokNow = new Date(now.getTime() + 7 * 3600_000);
    for (let i = 11; i >= 0; i--) {
      const d = new Date(Date.UTC(bangkokNow.getUTCFullYear(), bangkokNow.getUTCMonth() - i, 1));
      months.push(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`);
    }
    const byMonth = new Map(perMonth.map((m) => [m.month, m.n]));
    return {
      online: await Promise.all(
        online.map(async (o) => ({ organization: await orgOf(o.organizationId), n: o.n })),
      ),
      perMonth: months.map((month) => ({ month, n: byMonth.get(month) ?? 0 })),
      perOrganization: await Promise.all(
        perOrg.map(async (o) => ({ ...o, organization: await orgOf(o.organizationId) })),
      ),
      overall,
    };
  }

  async function dashboard(definitionId: string) {
    const now = new Date();
    const days: string[] = [];
    for (let i = 29; i >= 0; i--) {
      days.push(new Date(now.getTime() + 7 * 3600_000 - i * DAY_MS).toISOString().slice(0, 10));
    }
    const since = new Date(`${days[0]}T00:00:00+07:00`);
    const [volume, median, counts] = await Promise.all([
      store.volumePerDay(db, definitionId, since),
      store.medianDecision(db, { definitionId }),
      store.statusCounts(db, definitionId),
    ]);
    const byDay = new Map(volume.map((v) => [v.day, v.n]));
    return { perDay: days.map((day) => ({ day, n: byDay.get(day) ?? 0 })), median, counts };
  }

  /** The letter the citizen receives with a decision, from the version they applied under. */
  function resultLetter(
    def: EServiceDefinition,
    record: store.ApplicationRow,
    applicantName: string,
    lang: Lang,
  ): string | null {
    if (record.outcome !== 'approved' && record.outcome !== 'rejected') return null;
    const template = pick(def.result[record.outcome], lang);
    const values: Record<string, string> = {
      name: applicantName,
      tracking: record.tracking_no ?? '',
      service: pick(def.title, lang),
      date: record.decided_at ? formatDate(record.decided_at, lang) : '',
      reason: record.decision_reason ?? '-',
    };
    return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
  }

  return {
    // For the catalogue
    async findPublishedDefinition(code: string) {
      const pub = await publishedByCode(code);
      if (!pub) return null;
      const org = await orgOf(pub.row.organization_id);
      return {
        code: pub.def.code,
        version: pub.version,
        title: pub.def.title,
        description: pub.def.description,
        organization: org,
        fee: pub.def.fee,
        slaDays: pub.def.slaDays,
        applyUrl: `/eservices/${encodeURIComponent(pub.def.code)}/apply`,
      };
    },
    applyUrl: (code: string) => `/eservices/${encodeURIComponent(code)}/apply`,
    listPublished: () => store.listPublished(db),

    // Builder
    requireDesigner,
    designerOrganizations: async (accountId: string) => {
      const ids = await orgIdsWith(accountId, DESIGNER_ROLES);
      return Promise.all(ids.map(orgOf));
    },
    listDefinitionsFor: async (accountId: string) =>
      store.listDefinitions(db, await orgIdsWith(accountId, DESIGNER_ROLES)),
    createDefinition,
    editWorking,
    publish,
    publishRow,
    findDefinitionByCode: (code: string) => store.findDefinitionByCode(db, code),
    unpublish,
    importDefinition,
    listVersions: (definitionId: string) => store.listVersions(db, definitionId),
    findVersion: (definitionId: string, version: number) =>
      store.findVersion(db, definitionId, version),
    orgOf,

    // Citizens
    versionOf,
    publishedByCode,
    claimsFor,
    startApplication,
    startApplicationOnce,
    draftsOf: (accountId: string, definitionId: string) =>
      store.listDraftsFor(db, accountId, definitionId),
    loadOwn,
    loadOwnDraft,
    savePage,
    reviewDraft,
    submit,
    citizenAct,
    chainCitizenEvents,
    applicationsOf: (accountId: string) => store.listApplicationsOf(db, accountId),
    events: (id: string) => store.listEvents(db, id),
    async fileFor(accountId: string, id: string, fileId: string) {
      const record = await store.findApplication(db, id);
      if (!record) throw new DomainError('eservices.application_not_found', { status: 404 });
      if (record.applicant_id !== accountId) {
        const grants = await orgs.rolesOf(accountId);
        if (grantsIn(grants, record.organization_id, STAFF_ROLES).length === 0) {
          throw new DomainError(
            grants.some((g) => STAFF_ROLES.includes(g.role))
              ? 'eservices.not_your_agency'
              : 'eservices.not_your_application',
            { status: 403 },
          );
        }
        if (record.status === DRAFT)
          throw new DomainError('eservices.application_not_found', { status: 404 });
      }
      const file = await store.findFile(db, id, fileId);
      if (!file) throw new DomainError('request.not_found', { status: 404 });
      // An official opening a citizen's document is on the record (PDPA accountability).
      if (record.applicant_id !== accountId) {
        await appendAudit(db, {
          actor: accountId,
          action: 'eservices.application_file_viewed',
          subject: `application:${record.id}`,
          details: { file: file.id, field: file.field },
        });
      }
      return file;
    },
    notifications: (accountId: string) => store.listNotifications(db, accountId),
    unreadCount: (accountId: string) => store.countUnread(db, accountId),
    markAllRead: (accountId: string) => store.markNotificationsRead(db, accountId),
    markApplicationRead: (accountId: string, applicationId: string) =>
      store.markNotificationsRead(db, accountId, applicationId),
    formToken: (purpose: string, subject: string, accountId: string) =>
      issueFormToken(config.secret, purpose, subject, accountId),
    resultLetter,
    citizenTransitions: (def: EServiceDefinition, status: string) =>
      availableTransitions(def, status, { by: 'citizen' }),

    // Staff
    staffOrganizations: async (accountId: string) => {
      const ids = await orgIdsWith(accountId, STAFF_ROLES);
      return Promise.all(ids.map(orgOf));
    },
    async backofficeHome(accountId: string) {
      const ids = await orgIdsWith(accountId, STAFF_ROLES);
      const [defs, summary] = await Promise.all([
        store.listDefinitions(db, ids),
        store.queueSummary(db, ids),
      ]);
      const byDef = new Map(summary.map((s) => [s.definition_id, s]));
      return Promise.all(
        defs.map(async (d) => ({
          row: d,
          organization: await orgOf(d.organization_id),
          open: Number(byDef.get(d.id)?.open ?? 0),
          overdue: Number(byDef.get(d.id)?.overdue ?? 0),
          near: Number(byDef.get(d.id)?.near ?? 0),
          total: Number(byDef.get(d.id)?.total ?? 0),
        })),
      );
    },
    definitionForStaff,
    async queue(
      accountId: string,
      definitionId: string,
      filter: Omit<store.QueueFilter, 'definitionId' | 'openStates'>,
    ) {
      const { row, roles } = await definitionForStaff(accountId, definitionId);
      const def = row.published_version
        ? await versionOf(row.id, row.published_version)
        : row.working;
      const f: store.QueueFilter = { ...filter, definitionId: row.id, openStates: openStates(def) };
      const [items, total] = await Promise.all([store.listQueue(db, f), store.countQueue(db, f)]);
      return { row, def, roles, items, total };
    },
    async exportRows(
      accountId: string,
      definitionId: string,
      filter: Omit<store.QueueFilter, 'definitionId' | 'openStates'>,
    ) {
      const { row } = await definitionForStaff(accountId, definitionId);
      const def = row.published_version
        ? await versionOf(row.id, row.published_version)
        : row.working;
      const items = await store.listForExport(
        db,
        { ...filter, definitionId: row.id, openStates: openStates(def) },
        50_000,
      );
      const withDefs = [];
      for (const item of items)
        withDefs.push({ item, def: await versionOf(item.definition_id, item.version) });
      await db.transaction().execute((trx) =>
        appendAudit(trx, {
          actor: accountId,
          action: 'eservices.applications_exported',
          subject: `eservice:${row.id}`,
          details: { rows: items.length },
        }),
      );
      return { row, def, rows: withDefs };
    },
    loadForStaff,
    viewForStaff,
    comments: (id: string) => store.listComments(db, id),
    officersOf,
    staffTransitions: (def: EServiceDefinition, status: string, roles: Role[]) =>
      availableTransitions(def, status, { by: 'staff', roles }),
    staffAct,
    assign,
    comment,
    dashboard,
    /**
     * The public figures, at most 5 seconds old: the same snapshot /metrics reads, so both show
     * the same numbers, and a flood of visits to a public page costs one set of queries.
     */
    statistics: statsSnapshot,
    slaStatus,
    async accountName(id: string) {
      const a = await identity.findAccount(id);
      return a ? { th: a.display_name_th, en: a.display_name_en } : null;
    },
    formatAnswer,
    emptyDraft,
  };
}

export type EServiceApi = ReturnType<typeof createEServiceApi>;
