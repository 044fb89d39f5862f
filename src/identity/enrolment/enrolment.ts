import { createHash, randomBytes } from 'node:crypto';
import type { RegistrationResponseJSON } from '@simplewebauthn/server';
import { appendAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db/database.ts';
import { DomainError } from '../../platform/errors.ts';
import { FieldCollector } from '../../platform/forms.ts';
import { normalizeLaserCode, parseCitizenId } from '../../registry/index.ts';
import type { AccountRow } from '../store.ts';
import { type Aal, acrFor, PIN_AMR, passkeyAmr } from './assurance.ts';
import {
  type CounterDecision,
  type CounterPolicy,
  citizenLockPolicy,
  countAttempt,
  forgiveAttempts,
  lockKeys,
} from './lockout.ts';
import * as passkeys from './passkeys.ts';
import { checkPin, hashPin, toBirthDate } from './pin.ts';
import { displayNames, type ProofingStep, runProofing } from './proofing.ts';
import * as store from './store.ts';

/**
 * Self-enrolment (issue 3): prove who you are against the population registry, then bind a
 * passkey and a PIN to your account. Enrolling again with the card (a lost phone) replaces them.
 */

export interface AccountsApi {
  ensureAccount(account: {
    citizen_id: string;
    display_name_th: string;
    display_name_en: string;
    email: string | null;
    phone: string | null;
    demo: boolean;
  }): Promise<AccountRow>;
  findAccount(id: string): Promise<AccountRow | null>;
  findAccountByCitizenId(citizenId: string): Promise<AccountRow | null>;
}

export interface EnrolmentDeps {
  db: Db;
  accounts: AccountsApi;
  rp: passkeys.RelyingPartyIdentity;
  /** The proofing pipeline, in order (card check first; a face check slots in after it). */
  steps: readonly ProofingStep[];
  /** Per-address throttle; null when the site's rate limit is off (benchmarks). */
  addressPolicy: CounterPolicy | null;
  /** Ends every web session of an account (re-enrolment after a lost phone), when wired in. */
  sessions?: { destroyForAccount(accountId: string): Promise<number> };
}

/** How long a proofed enrolment waits for its passkey and PIN. */
export const ENROLMENT_TTL_MS = 20 * 60_000;

const THAI_DIGITS = /[\u0e50-\u0e59]/g;
const toArabic = (s: string) => s.replace(THAI_DIGITS, (c) => String(c.charCodeAt(0) - 0x0e50));

// The forms the registry's birth-date matcher reads (YYYY-MM-DD, YYYY-MM, YYYY, DD/MM/YYYY,
// MM/YYYY with / . or -); anything else is a typing mistake we can name before asking it.
const BIRTH_DATE_SHAPE = /^(\d{4}(-\d{2}(-\d{2})?)?|(\d{1,2}[/.-])?\d{1,2}[/.-]\d{4})$/;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

export interface CardDetails {
  citizenId: string;
  laserCode: string;
  birthDate: string;
}

/** Checks the shape of the three card details; the registry decides whether they match. */
export function parseCardDetails(values: Record<string, string>): CardDetails {
  const fields = new FieldCollector();
  const rawId = values.citizen_id ?? '';
  const rawLaser = values.laser_code ?? '';
  const rawBirth = toArabic(values.birth_date ?? '').replace(/\s/g, '');
  let citizenId = '';
  if (!rawId) fields.add('citizen_id', 'identity.enrol_citizen_id_required');
  else {
    const parsed = parseCitizenId(rawId);
    if (parsed.ok) citizenId = parsed.id;
    else {
      fields.add(
        'citizen_id',
        parsed.reason === 'checksum'
          ? 'identity.enrol_citizen_id_checksum'
          : 'identity.enrol_citizen_id_format',
      );
    }
  }
  const laserCode = normalizeLaserCode(rawLaser);
  if (!rawLaser) fields.add('laser_code', 'identity.enrol_laser_code_required');
  else if (!laserCode) fields.add('laser_code', 'identity.enrol_laser_code_format');
  if (!rawBirth) fields.add('birth_date', 'identity.enrol_birth_date_required');
  else if (!BIRTH_DATE_SHAPE.test(rawBirth)) {
    fields.add('birth_date', 'identity.enrol_birth_date_format');
  }
  fields.throwIfAny();
  return { citizenId, laserCode: laserCode ?? '', birthDate: rawBirth };
}

function timeOfDay(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Bangkok',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(date);
}

function refuseIfDenied(decision: CounterDecision, code: string) {
  if (decision.allowed) return;
  const minutes = Math.max(1, Math.ceil((decision.retryAt.getTime() - Date.now()) / 60_000));
  throw new DomainError(code, {
    status: 429,
    params: { until: timeOfDay(decision.retryAt), minutes },
  });
}

/** Throttle per client address (counts every attempt), then the lock per citizen ID. */
export async function guardAttempt(
  deps: Pick<EnrolmentDeps, 'db' | 'addressPolicy'>,
  keys: { address: string; citizen: string },
  lockedCode: string,
): Promise<CounterDecision> {
  if (deps.addressPolicy) {
    const byAddress = await countAttempt(deps.db, keys.address, deps.addressPolicy);
    refuseIfDenied(byAddress, 'identity.too_many_attempts_from_address');
  }
  const byCitizen = await countAttempt(deps.db, keys.citizen, citizenLockPolicy);
  refuseIfDenied(byCitizen, lockedCode);
  return byCitizen;
}

export interface StartedEnrolment {
  /** Goes to the browser (a cookie); only its SHA-256 is stored. */
  token: string;
  enrolment: store.EnrolmentRow;
  account: AccountRow;
}

/**
 * Step 1: check the card details, run identity proofing and open an enrolment for the passkey
 * and PIN steps. Every attempt is recorded with its proofing events; a failure says nothing about
 * which detail was wrong.
 */
export async function startEnrolment(
  deps: EnrolmentDeps,
  values: Record<string, string>,
  clientAddress: string,
): Promise<StartedEnrolment> {
  const claim = parseCardDetails(values);
  const citizenKey = lockKeys.enrolCitizen(claim.citizenId);
  const attempt = await guardAttempt(
    deps,
    { address: lockKeys.enrolAddress(clientAddress), citizen: citizenKey },
    'identity.enrol_locked',
  );

  const enrolment = await store.insertEnrolment(deps.db, {
    citizen_id: claim.citizenId,
    status: 'proofing',
    client_address: clientAddress,
    expires_at: new Date(Date.now() + ENROLMENT_TTL_MS),
  });
  const result = await runProofing(deps.steps, { claim, person: null, evidence: {} }, (event) =>
    store.insertProofingEvent(deps.db, {
      enrolment_id: enrolment.id,
      step: event.step,
      outcome: event.outcome,
      ial: event.ial,
      detail: event.detail,
    }),
  );
  if (result.outcome !== 'passed') {
    await store.updateEnrolment(deps.db, enrolment.id, { status: 'failed' });
    throw new DomainError('identity.enrol_no_match', {
      status: 400,
      params: { remaining: attempt.allowed ? attempt.remaining : 0 },
    });
  }
  await forgiveAttempts(deps.db, citizenKey);

  const names = displayNames(result.person);
  // Names and the demo flag follow the registry; contact details the person gave are kept
  // (ensureAccount overwrites every column it is given).
  const existing = await deps.accounts.findAccountByCitizenId(claim.citizenId);
  const account = await deps.accounts.ensureAccount({
    citizen_id: claim.citizenId,
    display_name_th: names.th,
    display_name_en: names.en,
    email: existing?.email ?? null,
    phone: existing?.phone ?? null,
    demo: result.person.demo,
  });
  const kind = (await store.countCompletedEnrolments(deps.db, account.id))
    ? 're_enrolment'
    : 'enrolment';
  const token = randomBytes(32).toString('base64url');
  await store.updateEnrolment(deps.db, enrolment.id, {
    status: 'proofed',
    token_hash: hashToken(token),
    account_id: account.id,
    ial: String(result.ial),
    kind,
    birth_date: result.person.birthDate,
    expires_at: new Date(Date.now() + ENROLMENT_TTL_MS),
  });
  const opened = await store.findEnrolment(deps.db, enrolment.id);
  return { token, enrolment: opened!, account };
}

/** The open enrolment of a browser, or an error that sends the person back to the start. */
export async function openEnrolment(db: Db, token: string | null): Promise<store.EnrolmentRow> {
  const enrolment = token ? await store.findOpenEnrolmentByToken(db, hashToken(token)) : null;
  if (!enrolment?.account_id) throw new DomainError('identity.enrol_expired', { status: 400 });
  return enrolment;
}

export async function startEnrolmentPasskey(
  deps: EnrolmentDeps,
  enrolment: store.EnrolmentRow,
  account: AccountRow,
) {
  return passkeys.startRegistration(deps.db, deps.rp, {
    accountId: account.id,
    citizenId: enrolment.citizen_id,
    displayName: account.display_name_th,
    enrolmentId: enrolment.id,
    // Not excluded: re-enrolling on the same phone must be able to replace the old credential.
    excludeCredentialIds: [],
  });
}

export async function finishEnrolmentPasskey(
  deps: EnrolmentDeps,
  enrolment: store.EnrolmentRow,
  challengeId: string,
  response: RegistrationResponseJSON,
) {
  return passkeys.finishRegistration(deps.db, deps.rp, {
    challengeId,
    response,
    accountId: enrolment.account_id!,
    enrolmentId: enrolment.id,
  });
}

export interface CompletedEnrolment {
  accountId: string;
  kind: store.EnrolmentKind;
  ial: number;
  amr: string[];
  aal: Aal;
  acr: string;
  passkeysAdded: number;
  passkeysRevoked: number;
}

/** A numeric column to a number (numeric comes back as a string on both engines). */
export const toIal = (value: string | null) => (value === null ? 0 : Number(value));

/**
 * Last step: set the PIN and make the enrolment count. One transaction activates the new
 * passkeys, revokes every older one (a re-enrolment after a lost phone), stores the PIN and writes
 * the audit row; the person's other sessions end after it commits.
 */
export async function completeEnrolment(
  deps: EnrolmentDeps,
  enrolment: store.EnrolmentRow,
  values: Record<string, string>,
): Promise<CompletedEnrolment> {
  const fields = new FieldCollector();
  const { pin, problem } = checkPin(values.pin ?? '', {
    birthDate: toBirthDate(enrolment.birth_date),
  });
  if (problem) fields.add('pin', problem);
  else if (checkPin(values.pin_confirm ?? '').pin !== pin) {
    fields.add('pin_confirm', 'identity.pin_mismatch');
  }
  fields.throwIfAny();

  const accountId = enrolment.account_id!;
  // argon2 takes tens of milliseconds: hash before the transaction, never while holding it.
  const pinHash = await hashPin(pin);
  const pending = await store.listEnrolmentPasskeys(deps.db, enrolment.id);

  const outcome = await deps.db.transaction().execute(async (trx) => {
    const earlier = await store.countCompletedEnrolments(trx, accountId);
    const kind: store.EnrolmentKind = earlier > 0 ? 're_enrolment' : 'enrolment';
    if (!(await store.completeEnrolment(trx, enrolment.id, kind))) {
      throw new DomainError('identity.enrol_already_completed', { status: 409 });
    }
    const revoked = await store.revokeAccountPasskeys(
      trx,
      accountId,
      kind === 're_enrolment' ? 're_enrolment' : 'superseded',
      enrolment.id,
    );
    const added = await store.activateEnrolmentPasskeys(trx, enrolment.id);
    await store.upsertPin(trx, accountId, pinHash, enrolment.id);
    await appendAudit(trx, {
      actor: accountId,
      action:
        kind === 're_enrolment'
          ? 'identity.re_enrolment_completed'
          : 'identity.enrolment_completed',
      subject: `account:${accountId}`,
      details: {
        enrolment_id: enrolment.id,
        ial: toIal(enrolment.ial),
        passkeys_added: added,
        passkeys_revoked: revoked,
        pin: 'set',
      },
    });
    return { kind, revoked, added };
  });

  // A new PIN starts with a clean slate; old sessions (perhaps on the lost phone) end.
  await forgiveAttempts(deps.db, lockKeys.pinCitizen(enrolment.citizen_id));
  if (outcome.kind === 're_enrolment') await deps.sessions?.destroyForAccount(accountId);

  const strongest = pending[0];
  const aal: Aal = outcome.added > 0 ? 2 : 1;
  return {
    accountId,
    kind: outcome.kind,
    ial: toIal(enrolment.ial),
    amr: strongest && outcome.added > 0 ? passkeyAmr(strongest.device_type) : [...PIN_AMR],
    aal,
    acr: acrFor(aal),
    passkeysAdded: outcome.added,
    passkeysRevoked: outcome.revoked.length,
  };
}
