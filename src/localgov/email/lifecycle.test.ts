import { describe, expect, it } from 'vitest';
import { DomainError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n/index.ts';
import {
  hashToken,
  isOfficial,
  isWellFormedToken,
  newToken,
  nextStatus,
  STATUSES,
  tokenState,
} from './lifecycle.ts';

describe('registration lifecycle', () => {
  it('follows the registry path from registration to yearly re-confirmation', () => {
    expect(nextStatus('pending_confirmation', 'confirm')).toBe('pending_approval');
    expect(nextStatus('pending_approval', 'approve')).toBe('approved');
    expect(nextStatus('pending_approval', 'reject')).toBe('rejected');
    expect(nextStatus('approved', 'mark_due')).toBe('reconfirmation_due');
    expect(nextStatus('reconfirmation_due', 'reconfirm')).toBe('approved');
    expect(nextStatus('reconfirmation_due', 'lapse')).toBe('lapsed');
    expect(nextStatus('approved', 'supersede')).toBe('superseded');
    expect(nextStatus('pending_approval', 'withdraw')).toBe('withdrawn');
  });

  it('refuses every other move with a 409 that names the state in words', () => {
    const refused: Array<[Parameters<typeof nextStatus>[0], Parameters<typeof nextStatus>[1]]> = [
      ['pending_confirmation', 'approve'],
      ['approved', 'approve'],
      ['rejected', 'confirm'],
      ['lapsed', 'reconfirm'],
      ['withdrawn', 'confirm'],
      ['approved', 'withdraw'],
    ];
    for (const [status, action] of refused) {
      let caught: unknown;
      try {
        nextStatus(status, action);
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(DomainError);
      expect((caught as DomainError).status).toBe(409);
      expect(t('th', (caught as DomainError).code)).toContain(t('th', `email.status.${status}`));
    }
    expect(STATUSES.filter(isOfficial)).toEqual(['approved', 'reconfirmation_due']);
  });

  it('makes unguessable single tokens and stores only their hash', () => {
    const a = newToken();
    const b = newToken();
    expect(a.token).not.toBe(b.token);
    expect(isWellFormedToken(a.token)).toBe(true);
    expect(a.hash).toBe(hashToken(a.token));
    expect(a.hash).not.toContain(a.token);
    expect(isWellFormedToken("x' or 1=1")).toBe(false);
  });

  it('tells a used, replaced or expired link from a valid one', () => {
    const now = new Date('2026-11-21T00:00:00Z');
    const later = new Date(now.getTime() + 1000);
    const base = { used_at: null, revoked_at: null, expires_at: later };
    expect(tokenState(null, now)).toBe('unknown');
    expect(tokenState(base, now)).toBe('valid');
    expect(tokenState({ ...base, used_at: now }, now)).toBe('used');
    expect(tokenState({ ...base, revoked_at: now }, now)).toBe('replaced');
    expect(tokenState(base, later)).toBe('expired');
  });
});
