/**
 * The life of a registration in the official e-mail registry, as plain rules.
 *
 *   register ─▶ pending_confirmation ─(link followed)─▶ pending_approval ─(approve)─▶ approved
 *                    │                                        │ (reject)              │ yearly
 *                    └─(withdraw / newer registration)─▶ withdrawn   rejected        ▼
 *   approved ◀─(link followed)── reconfirmation_due ─(not confirmed in time)─▶ lapsed
 *   approved ─(a newer address approved for the same administration)─▶ superseded
 *
 * An address is official (published in look-ups and exports) while `approved` or
 * `reconfirmation_due`: the grace period lets the administration confirm without going dark.
 */

import { createHash, randomBytes } from 'node:crypto';
import { DomainError } from '../../platform/errors.ts';
import { defineMessages } from '../../platform/i18n/index.ts';

export const STATUSES = [
  'pending_confirmation',
  'pending_approval',
  'approved',
  'rejected',
  'reconfirmation_due',
  'lapsed',
  'withdrawn',
  'superseded',
] as const;
export type RegistrationStatus = (typeof STATUSES)[number];

export const OFFICIAL_STATUSES: readonly RegistrationStatus[] = ['approved', 'reconfirmation_due'];
export const PENDING_STATUSES: readonly RegistrationStatus[] = [
  'pending_confirmation',
  'pending_approval',
];

export type RegistrationAction =
  | 'confirm'
  | 'approve'
  | 'reject'
  | 'withdraw'
  | 'supersede'
  | 'mark_due'
  | 'reconfirm'
  | 'lapse'
  | 'resend';

const TRANSITIONS: Readonly<
  Record<RegistrationAction, Partial<Record<RegistrationStatus, RegistrationStatus>>>
> = {
  confirm: { pending_confirmation: 'pending_approval' },
  approve: { pending_approval: 'approved' },
  reject: { pending_approval: 'rejected' },
  withdraw: { pending_confirmation: 'withdrawn', pending_approval: 'withdrawn' },
  supersede: { approved: 'superseded', reconfirmation_due: 'superseded' },
  mark_due: { approved: 'reconfirmation_due' },
  reconfirm: { reconfirmation_due: 'approved' },
  lapse: { reconfirmation_due: 'lapsed' },
  // A fresh link, same status.
  resend: {
    pending_confirmation: 'pending_confirmation',
    reconfirmation_due: 'reconfirmation_due',
  },
};

const STATUS_LABELS: Readonly<Record<RegistrationStatus, { th: string; en: string }>> = {
  pending_confirmation: { th: 'รอยืนยันทางอีเมล', en: 'Waiting for the e-mail confirmation' },
  pending_approval: { th: 'รอเจ้าหน้าที่อนุมัติ', en: 'Waiting for approval' },
  approved: { th: 'อนุมัติแล้ว', en: 'Approved' },
  rejected: { th: 'ไม่อนุมัติ', en: 'Rejected' },
  reconfirmation_due: { th: 'ถึงกำหนดยืนยันประจำปี', en: 'Yearly re-confirmation due' },
  lapsed: { th: 'หมดอายุ (ไม่ได้ยืนยันประจำปี)', en: 'Lapsed (not re-confirmed in time)' },
  withdrawn: { th: 'ยกเลิกแล้ว', en: 'Withdrawn' },
  superseded: { th: 'ถูกแทนที่ด้วยที่อยู่ใหม่', en: 'Replaced by a newer address' },
};

// One message per status, so the reader sees the state in words, never a code.
defineMessages(
  Object.fromEntries(
    STATUSES.flatMap((status) => {
      const label = STATUS_LABELS[status];
      return [
        [`email.status.${status}`, label],
        [
          `email.wrong_status.${status}`,
          {
            th: `ทำรายการนี้ไม่ได้ เพราะการลงทะเบียนอยู่ในสถานะ "${label.th}" ไม่มีข้อมูลใดถูกเปลี่ยนแปลง`,
            en: `This cannot be done: the registration is "${label.en}". Nothing was changed.`,
          },
        ],
      ];
    }),
  ),
);

/** The status after `action`, or a DomainError (409) naming the current status. */
export function nextStatus(current: RegistrationStatus, action: RegistrationAction) {
  const next = TRANSITIONS[action][current];
  if (!next) {
    throw new DomainError(`email.wrong_status.${current}`, { status: 409 });
  }
  return next;
}

export function isOfficial(status: RegistrationStatus): boolean {
  return OFFICIAL_STATUSES.includes(status);
}

/** How long a first confirmation link stays valid. */
export const CONFIRMATION_TTL_MS = 72 * 3600 * 1000;
/** How long after approval (or the last re-confirmation) an address must be confirmed again. */
export const RECONFIRM_INTERVAL_MS = 365 * 24 * 3600 * 1000;
/** Grace period after a re-confirmation falls due before the address lapses. */
export const RECONFIRM_GRACE_MS = 30 * 24 * 3600 * 1000;

/** A link token: 256 random bits, sent once; only its SHA-256 is stored. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A token as it arrives in a URL: refuse anything that cannot be one before touching the DB. */
export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

export type TokenState = 'valid' | 'unknown' | 'used' | 'expired' | 'replaced';

/** Why a link cannot be used (or that it can). */
export function tokenState(
  token: { used_at: Date | null; revoked_at: Date | null; expires_at: Date } | null,
  now: Date,
): TokenState {
  if (!token) return 'unknown';
  if (token.used_at) return 'used';
  if (token.revoked_at) return 'replaced';
  if (token.expires_at.getTime() <= now.getTime()) return 'expired';
  return 'valid';
}
