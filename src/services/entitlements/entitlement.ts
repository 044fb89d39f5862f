import type { Text } from '../../platform/i18n/index.ts';

/** One right a citizen holds (or asked for) at one agency, as every connector reports it. */
export interface Entitlement {
  code: string;
  title: Text;
  status: 'active' | 'pending' | 'ended' | 'not_eligible';
  amountBaht: number | null;
  detail: Text | null;
  validFrom: string | null;
  validUntil: string | null;
}

export const entitlementStatuses = {
  active: { th: 'ได้รับสิทธิ', en: 'Active' },
  pending: { th: 'อยู่ระหว่างพิจารณา', en: 'Pending' },
  ended: { th: 'สิ้นสุดแล้ว', en: 'Ended' },
  not_eligible: { th: 'ไม่มีสิทธิ', en: 'Not eligible' },
} as const satisfies Record<Entitlement['status'], Text>;

export function isEntitlementStatus(value: unknown): value is Entitlement['status'] {
  return typeof value === 'string' && Object.hasOwn(entitlementStatuses, value);
}

/**
 * What a source answered for one citizen: its rights, or that it could not answer in time. A
 * broken source never takes the page down with it (issue 4: "not available right now").
 */
export type SourceResult =
  | { source: string; ok: true; entitlements: Entitlement[]; cached: boolean }
  | { source: string; ok: false; reason: 'timeout' | 'error' | 'circuit_open' };

/** Reads one entitlement from an agency's JSON, refusing anything that is not the agreed shape. */
export function parseEntitlement(value: unknown): Entitlement | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  const text = (x: unknown): Text | null => {
    if (!x || typeof x !== 'object') return null;
    const t = x as Record<string, unknown>;
    return typeof t.th === 'string' && typeof t.en === 'string' ? { th: t.th, en: t.en } : null;
  };
  const title = text(v.title);
  const date = (x: unknown) => (typeof x === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(x) ? x : null);
  if (typeof v.code !== 'string' || !title || !isEntitlementStatus(v.status)) return null;
  const amount =
    typeof v.amount_baht === 'number' && Number.isFinite(v.amount_baht) ? v.amount_baht : null;
  return {
    code: v.code.slice(0, 100),
    title,
    status: v.status,
    amountBaht: amount,
    detail: text(v.detail),
    validFrom: date(v.valid_from),
    validUntil: date(v.valid_until),
  };
}
