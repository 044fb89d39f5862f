import type { OrgsApi } from '../../orgs/index.ts';
import { appendAudit } from '../../platform/audit.ts';
import type { Config } from '../../platform/config.ts';
import type { Db } from '../../platform/db/database.ts';
import { DomainError } from '../../platform/errors.ts';
import { defineMessages } from '../../platform/i18n/index.ts';
import type { Mailer } from '../../platform/mail.tsx';
import type { LocalAdministration } from '../directory/administrations.ts';
import type { Directory } from '../directory/directory.ts';
import {
  type AddressViolation,
  checkOfficialAddress,
  domainOf,
  isWithinDomain,
  normalizeAddress,
} from './address-rules.ts';
import { checkDomainDns, type DnsCheckResult, type DnsResolver } from './dns-check.ts';
import {
  CONFIRMATION_TTL_MS,
  hashToken,
  isOfficial,
  isWellFormedToken,
  newToken,
  nextStatus,
  RECONFIRM_GRACE_MS,
  RECONFIRM_INTERVAL_MS,
  type RegistrationStatus,
  type TokenState,
  tokenState,
} from './lifecycle.ts';
import { confirmationMail, decisionMail } from './mail-messages.ts';
import * as store from './store.ts';

export type { RegistrationRow } from './store.ts';

defineMessages({
  'email.domain_of_another_administration': {
    th: 'โดเมน {domain} เป็นโดเมนที่{otherTh}จดทะเบียนไว้ จึงใช้เป็นอีเมลกลางของ อปท. อื่นไม่ได้',
    en: "The domain {domain} is registered to {otherEn}, so it cannot be another administration's official address",
  },
  'email.address_taken': {
    th: '{address} เป็นอีเมลกลางของ{otherTh}อยู่แล้ว',
    en: '{address} is already the official address of {otherEn}',
  },
  'email.address_already_official': {
    th: '{address} เป็นอีเมลกลางของหน่วยงานนี้อยู่แล้ว ไม่ต้องขึ้นทะเบียนซ้ำ',
    en: "{address} is already this administration's official address; there is nothing to register",
  },
  'email.link_unknown': {
    th: 'ลิงก์ยืนยันนี้ไม่ถูกต้อง กรุณาเปิดลิงก์จากอีเมลล่าสุดอีกครั้ง หรือขอให้เจ้าหน้าที่ส่งลิงก์ใหม่ ไม่มีข้อมูลใดถูกเปลี่ยนแปลง',
    en: 'This confirmation link is not valid. Open the link in the latest e-mail again, or ask the officer to send a new one. Nothing was changed.',
  },
  'email.link_used': {
    th: 'ลิงก์ยืนยันนี้ถูกใช้ไปแล้ว ลิงก์แต่ละลิงก์ใช้ได้ครั้งเดียว ไม่มีข้อมูลใดถูกเปลี่ยนแปลง',
    en: 'This confirmation link has already been used; each link works once. Nothing was changed.',
  },
  'email.link_expired': {
    th: 'ลิงก์ยืนยันนี้หมดอายุแล้ว กรุณาให้เจ้าหน้าที่ อปท. ส่งลิงก์ใหม่ ไม่มีข้อมูลใดถูกเปลี่ยนแปลง',
    en: "This confirmation link has expired; ask the administration's officer to send a new one. Nothing was changed.",
  },
  'email.link_replaced': {
    th: 'ลิงก์ยืนยันนี้ถูกแทนที่ด้วยลิงก์ที่ส่งภายหลังแล้ว กรุณาใช้ลิงก์จากอีเมลล่าสุด ไม่มีข้อมูลใดถูกเปลี่ยนแปลง',
    en: 'This link was replaced by a newer one; use the link in the latest e-mail. Nothing was changed.',
  },
  'email.self_approval': {
    th: 'ผู้ขอขึ้นทะเบียนอนุมัติคำขอของตนเองไม่ได้ ต้องให้เจ้าหน้าที่ทะเบียนคนอื่นพิจารณา',
    en: 'You registered this address, so another registry officer must decide on it',
  },
  'email.reason_required': {
    th: 'กรุณาระบุเหตุผลที่ไม่อนุมัติ (อย่างน้อย 5 ตัวอักษร) เพื่อให้ อปท. แก้ไขได้',
    en: 'Give the reason for rejecting (at least 5 characters) so the administration can fix it',
  },
  'email.reason_too_long': {
    th: 'เหตุผลยาวเกิน 1,000 ตัวอักษร',
    en: 'The reason is longer than 1,000 characters',
  },
  'email.nothing_to_resend': {
    th: 'ไม่มีคำขอที่รอการยืนยันทางอีเมล จึงไม่มีลิงก์ให้ส่งใหม่',
    en: 'No registration is waiting for an e-mail confirmation, so there is no link to send again',
  },
  'email.resend_too_soon': {
    th: 'เพิ่งส่งลิงก์ไปเมื่อครู่ กรุณารอ 1 นาทีก่อนขอส่งใหม่',
    en: 'A link was sent a moment ago; wait a minute before asking for another',
  },
  'email.nothing_to_withdraw': {
    th: 'ไม่มีคำขอที่รอดำเนินการให้ยกเลิก',
    en: 'There is no pending registration to withdraw',
  },
  'email.registration_not_found': {
    th: 'ไม่พบคำขอขึ้นทะเบียนอีเมลกลางนี้',
    en: 'This registration was not found',
  },
  'email.concurrent_change': {
    th: 'มีผู้อื่นเปลี่ยนแปลงข้อมูลนี้พร้อมกัน กรุณาโหลดหน้าใหม่แล้วลองอีกครั้ง ไม่มีข้อมูลใดถูกเปลี่ยนแปลง',
    en: 'Someone else changed this at the same time. Reload the page and try again; nothing was changed.',
  },
});

/** An address that breaks rules: every broken rule, for the form to list them all. */
export class AddressRuleError extends DomainError {
  constructor(readonly violations: AddressViolation[]) {
    const first = violations[0];
    super('form.has_errors', {
      status: 400,
      fields: { address: first?.rule ?? 'email.address_syntax' },
      params: first?.params ?? {},
    });
  }
}

const RESEND_INTERVAL_MS = 60_000;
const MAX_REASON = 1000;

export interface RegistryDeps {
  db: Db;
  config: Config;
  mailer: Mailer;
  orgs: OrgsApi;
  directory: Directory;
  resolver: DnsResolver | null;
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === '23505';
}

/** The official e-mail registry: registration, confirmation, approval, yearly re-confirmation. */
export function createEmailRegistry(deps: RegistryDeps) {
  const { db, directory } = deps;
  const confirmUrl = (token: string) => `${deps.config.publicUrl}/localgov/email/confirm/${token}`;
  const pageUrl = (code: string) => `${deps.config.publicUrl}/localgov/directory/${code}`;
  const mailAdministration = (a: LocalAdministration) => ({
    nameTh: a.nameTh,
    nameEn: a.nameEn,
    code: a.code,
  });

  /** Runs a write; a unique-index race with another request becomes a clear 409. */
  async function write<T>(run: (trx: Db) => Promise<T>): Promise<T> {
    try {
      return await db.transaction().execute(run);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError('email.concurrent_change', { status: 409, cause: error });
      }
      throw error;
    }
  }

  /** Every rule the address breaks for this administration, domain ownership included. */
  async function checkAddress(
    administration: LocalAdministration,
    raw: string,
  ): Promise<AddressViolation[]> {
    const violations = checkOfficialAddress(raw, { registeredDomain: administration.domain });
    if (violations.length > 0) return violations;
    const domain = domainOf(normalizeAddress(raw));
    const owner = await directory.findByDomainOrParent(domain);
    if (owner && owner.id !== administration.id) {
      violations.push({
        rule: 'email.domain_of_another_administration',
        params: { domain: owner.domain ?? domain, otherTh: owner.nameTh, otherEn: owner.nameEn },
      });
    }
    return violations;
  }

  async function issueLink(
    trx: Db,
    registration: store.RegistrationRow,
    administration: LocalAdministration,
    purpose: 'registration' | 'reconfirmation',
    expiresAt: Date,
    now: Date,
    requestedBy: string,
  ) {
    await store.revokeTokens(trx, registration.id, now);
    const { token, hash } = newToken();
    await store.insertToken(trx, {
      token_hash: hash,
      official_email_id: registration.id,
      purpose,
      created_at: now,
      expires_at: expiresAt,
    });
    await deps.mailer.queueMail(
      trx,
      confirmationMail({
        to: registration.address,
        administration: mailAdministration(administration),
        link: confirmUrl(token),
        expiresAt,
        requestedBy,
        purpose,
      }),
    );
    return token;
  }

  async function record(
    trx: Db,
    registration: store.RegistrationRow,
    event: string,
    actor: string,
    from: RegistrationStatus | null,
    details: { reason?: string | null; extra?: Record<string, unknown>; at: Date },
    before?: unknown,
  ) {
    await store.appendHistory(trx, {
      official_email_id: registration.id,
      administration_id: registration.administration_id,
      at: details.at,
      actor,
      event,
      from_status: from,
      to_status: registration.status,
      reason: details.reason ?? null,
      details: details.extra ?? {},
    });
    await appendAudit(trx, {
      actor,
      action: `localgov.email_${event}`,
      subject: `official_email:${registration.id}`,
      before,
      after: registration,
      details: {
        administration_id: registration.administration_id,
        address: registration.address,
        from,
        to: registration.status,
        ...(details.reason ? { reason: details.reason } : {}),
      },
    });
  }

  /** A registration and its administration, read outside any transaction. */
  async function registrationWithAdministration(id: string) {
    const registration = await store.findRegistration(db, id);
    if (!registration) throw new DomainError('email.registration_not_found', { status: 404 });
    const administration = await directory.findAdministration(registration.administration_id);
    if (!administration) throw new DomainError('email.registration_not_found', { status: 404 });
    return { registration, administration };
  }

  async function requireRegistration(trx: Db, id: string) {
    const row = await store.lockRegistration(trx, id);
    if (!row) throw new DomainError('email.registration_not_found', { status: 404 });
    return row;
  }

  const api = {
    checkAddress,

    /**
     * An officer registers an address: rules and domain ownership checked, the domain's DNS
     * looked up, a pending registration stored and a confirmation link queued to the address,
     * all in one transaction. A pending registration of the same administration is withdrawn.
     */
    async register(input: {
      actor: string;
      actorName: string;
      administrationCode: string;
      address: string;
      now?: Date;
    }): Promise<store.RegistrationRow> {
      const now = input.now ?? new Date();
      const administration = await directory.requireAdministration(input.administrationCode);
      const violations = await checkAddress(administration, input.address);
      if (violations.length > 0) throw new AddressRuleError(violations);
      const address = normalizeAddress(input.address);
      const official = await store.findOfficialByAddress(db, address);
      if (official) {
        if (official.administration_id === administration.id) {
          throw new AddressRuleError([
            { rule: 'email.address_already_official', params: { address } },
          ]);
        }
        const other = await directory.findAdministration(official.administration_id);
        throw new AddressRuleError([
          {
            rule: 'email.address_taken',
            params: { address, otherTh: other?.nameTh ?? '-', otherEn: other?.nameEn ?? '-' },
          },
        ]);
      }
      // DNS before the transaction: a slow name server must not hold database locks.
      const dns = await checkDomainDns(deps.resolver, domainOf(address), now);
      return write(async (trx) => {
        const pending = await store.findPending(trx, administration.id);
        if (pending) {
          const withdrawn = await store.updateRegistration(
            trx,
            pending.id,
            { status: nextStatus(pending.status, 'withdraw') },
            now,
          );
          await store.revokeTokens(trx, pending.id, now);
          await record(trx, withdrawn, 'withdrawn', input.actor, pending.status, {
            at: now,
            reason: 'replaced by a newer registration',
          });
        }
        const registration = await store.insertRegistration(trx, {
          administration_id: administration.id,
          address,
          domain: domainOf(address),
          registered_by: input.actor,
          status: 'pending_confirmation',
          registered_at: now,
          dns_check: dns,
        });
        await record(trx, registration, 'registered', input.actor, null, {
          at: now,
          extra: { dns_passed: dns.passed, dns_performed: dns.performed },
        });
        await issueLink(
          trx,
          registration,
          administration,
          'registration',
          new Date(now.getTime() + CONFIRMATION_TTL_MS),
          now,
          input.actorName,
        );
        return registration;
      });
    },

    /** What a confirmation link leads to, without using it (the page before the button). */
    async describeLink(token: string, now: Date = new Date()) {
      const row = isWellFormedToken(token) ? await store.findToken(db, hashToken(token)) : null;
      const state: TokenState = tokenState(row, now);
      if (!row) return { state, registration: null, administration: null, purpose: null };
      const registration = await store.findRegistration(db, row.official_email_id);
      const administration = registration
        ? await directory.findAdministration(registration.administration_id)
        : null;
      return { state, registration, administration, purpose: row.purpose };
    },

    /** Follows a confirmation link: single use, within its time, for a registration awaiting it. */
    async confirm(token: string, now: Date = new Date()): Promise<store.RegistrationRow> {
      if (!isWellFormedToken(token)) throw new DomainError('email.link_unknown', { status: 404 });
      const hash = hashToken(token);
      return write(async (trx) => {
        const used = await store.consumeToken(trx, hash, now);
        if (!used) {
          const state = tokenState(await store.findToken(trx, hash), now);
          throw new DomainError(`email.link_${state === 'valid' ? 'used' : state}`, {
            status: state === 'unknown' ? 404 : 410,
          });
        }
        const before = await requireRegistration(trx, used.official_email_id);
        if (used.purpose === 'registration') {
          const after = await store.updateRegistration(
            trx,
            before.id,
            { status: nextStatus(before.status, 'confirm'), confirmed_at: now },
            now,
          );
          await record(
            trx,
            after,
            'confirmed',
            `email:${after.address}`,
            before.status,
            { at: now },
            before,
          );
          return after;
        }
        const after = await store.updateRegistration(
          trx,
          before.id,
          {
            status: nextStatus(before.status, 'reconfirm'),
            confirmed_at: now,
            reconfirm_by: new Date(now.getTime() + RECONFIRM_INTERVAL_MS),
            lapse_at: null,
          },
          now,
        );
        await record(
          trx,
          after,
          'reconfirmed',
          `email:${after.address}`,
          before.status,
          { at: now },
          before,
        );
        return after;
      });
    },

    /** A fresh link for a registration waiting on one; the old links stop working. */
    async resend(input: {
      actor: string;
      actorName: string;
      administrationCode: string;
      now?: Date;
    }) {
      const now = input.now ?? new Date();
      const administration = await directory.requireAdministration(input.administrationCode);
      return write(async (trx) => {
        const rows = await store.listForAdministration(trx, administration.id, [
          'pending_confirmation',
          'reconfirmation_due',
        ]);
        // A new registration waiting for its first confirmation comes before a re-confirmation.
        const target =
          rows.find((r) => r.status === 'pending_confirmation') ??
          rows.find((r) => r.status === 'reconfirmation_due');
        if (!target) throw new DomainError('email.nothing_to_resend', { status: 409 });
        const locked = await requireRegistration(trx, target.id);
        nextStatus(locked.status, 'resend');
        const history = await store.listHistory(trx, { registrationId: locked.id });
        const lastLink = history.find((h) =>
          ['registered', 'link_resent', 'reconfirmation_due'].includes(h.event),
        );
        if (lastLink && now.getTime() - lastLink.at.getTime() < RESEND_INTERVAL_MS) {
          throw new DomainError('email.resend_too_soon', { status: 429 });
        }
        const purpose = locked.status === 'reconfirmation_due' ? 'reconfirmation' : 'registration';
        const expiresAt =
          purpose === 'reconfirmation' && locked.lapse_at
            ? locked.lapse_at
            : new Date(now.getTime() + CONFIRMATION_TTL_MS);
        await issueLink(trx, locked, administration, purpose, expiresAt, now, input.actorName);
        await record(trx, locked, 'link_resent', input.actor, locked.status, { at: now });
        return locked;
      });
    },

    /** The officer withdraws the pending registration of the administration. */
    async withdraw(input: { actor: string; administrationCode: string; now?: Date }) {
      const now = input.now ?? new Date();
      const administration = await directory.requireAdministration(input.administrationCode);
      return write(async (trx) => {
        const pending = await store.findPending(trx, administration.id);
        if (!pending) throw new DomainError('email.nothing_to_withdraw', { status: 409 });
        const after = await store.updateRegistration(
          trx,
          pending.id,
          { status: nextStatus(pending.status, 'withdraw') },
          now,
        );
        await store.revokeTokens(trx, pending.id, now);
        await record(trx, after, 'withdrawn', input.actor, pending.status, { at: now }, pending);
        return after;
      });
    },

    /** A registry officer approves a confirmed registration; it replaces any older official one. */
    async approve(input: { actor: string; registrationId: string; now?: Date }) {
      const now = input.now ?? new Date();
      // Read what the transaction needs from the directory first: PGlite is one connection, so
      // a query outside the transaction while it is open would wait for it forever.
      const { administration } = await registrationWithAdministration(input.registrationId);
      const outcome = await write(async (trx) => {
        const before = await requireRegistration(trx, input.registrationId);
        const status = nextStatus(before.status, 'approve');
        if (before.registered_by === input.actor) {
          throw new DomainError('email.self_approval', { status: 403 });
        }
        const holder = await store.findOfficialByAddress(trx, before.address);
        if (holder && holder.administration_id !== before.administration_id) {
          return {
            kind: 'taken',
            holder: holder.administration_id,
            address: before.address,
          } as const;
        }
        const previous = await store.findOfficial(trx, before.administration_id);
        if (previous) {
          const replaced = await store.updateRegistration(
            trx,
            previous.id,
            { status: nextStatus(previous.status, 'supersede') },
            now,
          );
          await store.revokeTokens(trx, previous.id, now);
          await record(
            trx,
            replaced,
            'superseded',
            input.actor,
            previous.status,
            { at: now, extra: { by: before.id } },
            previous,
          );
        }
        const after = await store.updateRegistration(
          trx,
          before.id,
          {
            status,
            decided_by: input.actor,
            decided_at: now,
            approved_at: now,
            decision_reason: null,
            reconfirm_by: new Date(now.getTime() + RECONFIRM_INTERVAL_MS),
          },
          now,
        );
        await record(trx, after, 'approved', input.actor, before.status, { at: now }, before);
        await deps.mailer.queueMail(
          trx,
          decisionMail({
            to: after.address,
            administration: mailAdministration(administration),
            decision: 'approved',
            pageUrl: pageUrl(administration.code),
          }),
        );
        return { kind: 'approved', registration: after } as const;
      });
      if (outcome.kind === 'taken') {
        const other = await directory.findAdministration(outcome.holder);
        throw new DomainError('email.address_taken', {
          status: 409,
          params: {
            address: outcome.address,
            otherTh: other?.nameTh ?? '-',
            otherEn: other?.nameEn ?? '-',
          },
        });
      }
      return outcome.registration;
    },

    /** A registry officer rejects a confirmed registration, with the reason the administration sees. */
    async reject(input: { actor: string; registrationId: string; reason: string; now?: Date }) {
      const now = input.now ?? new Date();
      const reason = input.reason.trim();
      if (reason.length < 5) {
        throw new DomainError('form.has_errors', { fields: { reason: 'email.reason_required' } });
      }
      if (reason.length > MAX_REASON) {
        throw new DomainError('form.has_errors', { fields: { reason: 'email.reason_too_long' } });
      }
      const { administration } = await registrationWithAdministration(input.registrationId);
      return write(async (trx) => {
        const before = await requireRegistration(trx, input.registrationId);
        const status = nextStatus(before.status, 'reject');
        if (before.registered_by === input.actor) {
          throw new DomainError('email.self_approval', { status: 403 });
        }
        const after = await store.updateRegistration(
          trx,
          before.id,
          { status, decided_by: input.actor, decided_at: now, decision_reason: reason },
          now,
        );
        await record(
          trx,
          after,
          'rejected',
          input.actor,
          before.status,
          { at: now, reason },
          before,
        );
        await deps.mailer.queueMail(
          trx,
          decisionMail({
            to: after.address,
            administration: mailAdministration(administration),
            decision: 'rejected',
            reason,
            pageUrl: pageUrl(administration.code),
          }),
        );
        return after;
      });
    },

    /** Looks the domain's MX, SPF and DMARC up again and keeps the result on the registration. */
    async recheckDns(input: { actor: string; registrationId: string; now?: Date }) {
      const now = input.now ?? new Date();
      const current = await store.findRegistration(db, input.registrationId);
      if (!current) throw new DomainError('email.registration_not_found', { status: 404 });
      const dns = await checkDomainDns(deps.resolver, current.domain, now);
      return write(async (trx) => {
        const before = await requireRegistration(trx, input.registrationId);
        const after = await store.updateRegistration(trx, before.id, { dns_check: dns }, now);
        await record(trx, after, 'dns_checked', input.actor, before.status, {
          at: now,
          extra: { passed: dns.passed, performed: dns.performed },
        });
        return after;
      });
    },

    /**
     * The yearly cycle (a scheduled job): approved addresses whose year is up become
     * `reconfirmation_due` and get a link valid for the grace period; those still unconfirmed
     * when it ends lapse. Each registration changes in its own transaction, so one bad row
     * cannot hold up the rest.
     */
    async runReconfirmationCycle(now: Date = new Date()) {
      let markedDue = 0;
      let lapsed = 0;
      for (;;) {
        const due = await store.dueForReconfirmation(db, now, 100);
        if (due.length === 0) break;
        for (const { id } of due) {
          const { administration } = await registrationWithAdministration(id);
          await write(async (trx) => {
            const before = await requireRegistration(trx, id);
            if (before.status !== 'approved' || !before.reconfirm_by || before.reconfirm_by > now) {
              return;
            }
            const lapseAt = new Date(now.getTime() + RECONFIRM_GRACE_MS);
            const after = await store.updateRegistration(
              trx,
              id,
              { status: nextStatus(before.status, 'mark_due'), lapse_at: lapseAt },
              now,
            );
            await issueLink(trx, after, administration, 'reconfirmation', lapseAt, now, 'Pratu');
            await record(
              trx,
              after,
              'reconfirmation_due',
              'system:reconfirmation',
              before.status,
              {
                at: now,
              },
              before,
            );
            markedDue++;
          });
        }
      }
      for (;;) {
        const due = await store.dueToLapse(db, now, 100);
        if (due.length === 0) break;
        for (const { id } of due) {
          const { administration } = await registrationWithAdministration(id);
          await write(async (trx) => {
            const before = await requireRegistration(trx, id);
            if (
              before.status !== 'reconfirmation_due' ||
              !before.lapse_at ||
              before.lapse_at > now
            ) {
              return;
            }
            const after = await store.updateRegistration(
              trx,
              id,
              { status: nextStatus(before.status, 'lapse') },
              now,
            );
            await store.revokeTokens(trx, id, now);
            await record(
              trx,
              after,
              'lapsed',
              'system:reconfirmation',
              before.status,
              { at: now },
              before,
            );
            await deps.mailer.queueMail(
              trx,
              decisionMail({
                to: after.address,
                administration: mailAdministration(administration),
                decision: 'lapsed',
                pageUrl: pageUrl(administration.code),
              }),
            );
            lapsed++;
          });
        }
      }
      return { markedDue, lapsed };
    },

    // --- Reading ---------------------------------------------------------------------------

    /** Which administration owns this address? Only official (approved) addresses answer. */
    async lookupAddress(raw: string) {
      const address = normalizeAddress(raw);
      const registration = await store.findOfficialByAddress(db, address);
      if (!registration) return null;
      const administration = await directory.findAdministration(registration.administration_id);
      return administration ? { registration, administration } : null;
    },

    /** The official address of an administration, if one is approved. */
    officialOf: (administrationId: string) => store.findOfficial(db, administrationId),
    async officialFor(administrationIds: readonly string[]) {
      const rows = await store.officialForAdministrations(db, administrationIds);
      return new Map(rows.map((r) => [r.administration_id, r]));
    },
    /** What the officer's page shows: the official address, the pending one, and the history. */
    async overview(administrationId: string) {
      const [official, rows, history] = await Promise.all([
        store.findOfficial(db, administrationId),
        store.listForAdministration(db, administrationId, [
          'pending_confirmation',
          'pending_approval',
        ]),
        store.listHistory(db, { administrationId }),
      ]);
      return { official, pending: rows[0] ?? null, history };
    },
    findRegistration: (id: string) => store.findRegistration(db, id),
    historyOf: (registrationId: string) => store.listHistory(db, { registrationId }),
    listQueue: (statuses: readonly RegistrationStatus[], page: { limit: number; offset: number }) =>
      store.listByStatus(db, statuses, page),
    exportOfficial: () => store.listOfficialWithAdministration(db),

    /**
     * Demo data: an approved address for an administration that has none. Idempotent, and safe
     * when several processes seed at once (the unique index decides; the loser does nothing).
     */
    async seedApproved(administration: LocalAdministration, address: string, now = new Date()) {
      if (checkOfficialAddress(address, { registeredDomain: administration.domain }).length > 0) {
        throw new Error(`demo address ${address} breaks the registry's rules`);
      }
      if (!administration.domain || !isWithinDomain(domainOf(address), administration.domain)) {
        throw new Error(`demo address ${address} is not on ${administration.code}'s domain`);
      }
      try {
        return await db.transaction().execute(async (trx) => {
          if (await store.findOfficial(trx, administration.id)) return false;
          const registration = await store.insertRegistration(trx, {
            administration_id: administration.id,
            address,
            domain: domainOf(address),
            registered_by: 'system:seed',
            status: 'approved',
            registered_at: now,
            confirmed_at: now,
            approved_at: now,
            decided_by: 'system:seed',
            decided_at: now,
            reconfirm_by: new Date(now.getTime() + RECONFIRM_INTERVAL_MS),
            dns_check: null,
          });
          await record(trx, registration, 'seeded', 'system:seed', null, { at: now });
          return true;
        });
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },
  };
  return api;
}

export type EmailRegistry = ReturnType<typeof createEmailRegistry>;
export type { DnsCheckResult };
export { isOfficial };
