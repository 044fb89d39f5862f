import { describe, expect, it } from 'vitest';
import { defaultWorkflow, newDefinition } from './definition.ts';
import { availableTransitions, checkTransition, openStates, slaStatus } from './workflow.ts';

const def = newDefinition({ code: 'x', organization: 'dla', title: { th: 'ก', en: 'x' } });
const officer = { by: 'staff' as const, roles: ['agency_officer' as const] };

describe('application workflow', () => {
  it('walks the standard path: submitted → in_review ↔ info requested → approved', () => {
    expect(checkTransition(def, 'submitted', 'start_review', officer, '')).toMatchObject({
      ok: true,
      to: { code: 'in_review' },
    });
    expect(
      checkTransition(def, 'in_review', 'request_info', officer, 'ขอสำเนาทะเบียนบ้าน'),
    ).toMatchObject({ ok: true, to: { code: 'info_requested' } });
    expect(
      checkTransition(def, 'info_requested', 'respond', { by: 'citizen' }, 'แนบแล้ว'),
    ).toMatchObject({ ok: true, to: { code: 'resubmitted' } });
    expect(checkTransition(def, 'resubmitted', 'start_review', officer, '')).toMatchObject({
      ok: true,
    });
    expect(checkTransition(def, 'in_review', 'approve', officer, '')).toMatchObject({
      ok: true,
      to: { code: 'approved', final: true, outcome: 'approved' },
    });
  });

  it('refuses moves from the wrong state, by the wrong party or role, or without a needed text', () => {
    expect(checkTransition(def, 'approved', 'reject', officer, 'x')).toEqual({
      ok: false,
      code: 'eservices.transition_not_now',
      status: 409,
    });
    expect(checkTransition(def, 'in_review', 'approve', { by: 'citizen' }, '')).toEqual({
      ok: false,
      code: 'eservices.transition_unknown',
      status: 400,
    });
    expect(
      checkTransition(
        def,
        'in_review',
        'approve',
        { by: 'staff', roles: ['service_designer'] },
        '',
      ),
    ).toEqual({ ok: false, code: 'eservices.transition_role', status: 403 });
    expect(checkTransition(def, 'in_review', 'reject', officer, '  ')).toEqual({
      ok: false,
      code: 'eservices.reason_required',
      status: 400,
    });
    expect(checkTransition(def, 'in_review', 'request_info', officer, '')).toEqual({
      ok: false,
      code: 'eservices.message_required',
      status: 400,
    });
    expect(checkTransition(def, 'submitted', 'teleport', officer, '')).toMatchObject({
      ok: false,
      code: 'eservices.transition_unknown',
    });
  });

  it('lists only what this actor may do now', () => {
    expect(availableTransitions(def, 'in_review', officer).map((t) => t.action)).toEqual([
      'request_info',
      'approve',
      'reject',
    ]);
    expect(availableTransitions(def, 'in_review', { by: 'citizen' }).map((t) => t.action)).toEqual([
      'withdraw',
    ]);
    expect(
      availableTransitions(def, 'info_requested', { by: 'citizen' }).map((t) => t.action),
    ).toEqual(['respond', 'withdraw']);
    expect(availableTransitions(def, 'approved', { by: 'citizen' })).toEqual([]);
    const supervised = {
      ...def,
      workflow: {
        ...defaultWorkflow(),
        transitions: defaultWorkflow().transitions.map((t) =>
          t.action === 'approve' ? { ...t, roles: ['supervisor' as const] } : t,
        ),
      },
    };
    expect(availableTransitions(supervised, 'in_review', officer).map((t) => t.action)).toEqual([
      'request_info',
      'reject',
    ]);
    expect(openStates(def)).toEqual(['submitted', 'in_review', 'info_requested', 'resubmitted']);
  });

  it('warns in the last fifth of the service-level target and when it is past', () => {
    const sent = new Date('2025-01-01T09:00:00+07:00');
    const day = 86_400_000;
    expect(slaStatus(sent, 15, new Date(sent.getTime() + 5 * day), null)).toMatchObject({
      state: 'ok',
      daysLeft: 10,
    });
    expect(slaStatus(sent, 15, new Date(sent.getTime() + 12.5 * day), null)).toMatchObject({
      state: 'near',
      daysLeft: 3,
    });
    expect(slaStatus(sent, 15, new Date(sent.getTime() + 16 * day), null)).toMatchObject({
      state: 'over',
      daysLeft: -1,
    });
    expect(slaStatus(sent, 3, new Date(sent.getTime() + 2.2 * day), null).state).toBe('near');
    expect(
      slaStatus(sent, 15, new Date(sent.getTime() + 20 * day), new Date(sent.getTime() + 10 * day))
        .state,
    ).toBe('done');
    expect(
      slaStatus(sent, 15, new Date(sent.getTime() + 20 * day), new Date(sent.getTime() + 18 * day))
        .state,
    ).toBe('over');
  });
});
