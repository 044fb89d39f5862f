import type { Role } from '../../orgs/index.ts';
import type { EServiceDefinition, Transition, WorkflowState } from './types.ts';

/**
 * The life of an application after it is submitted, as its definition's workflow says. A state
 * machine checked on every move: who may take a transition, from which states, and what it needs.
 */
export const DRAFT = 'draft';

export function stateOf(def: EServiceDefinition, code: string): WorkflowState | undefined {
  return def.workflow.states.find((s) => s.code === code);
}

export function isFinal(def: EServiceDefinition, code: string): boolean {
  return stateOf(def, code)?.final === true;
}

export type Actor = { by: 'citizen' } | { by: 'staff'; roles: Role[] };

/** The transitions this actor may take from `status`, in the order the definition lists them. */
export function availableTransitions(
  def: EServiceDefinition,
  status: string,
  actor: Actor,
): Transition[] {
  return def.workflow.transitions.filter((t) => {
    if (!t.from.includes(status) || t.by !== actor.by) return false;
    if (actor.by === 'staff') return (t.roles ?? []).some((r) => actor.roles.includes(r));
    return true;
  });
}

export type TransitionCheck =
  | { ok: true; transition: Transition; to: WorkflowState }
  | { ok: false; code: string; status: number };

/**
 * Checks one move. Codes: not_allowed_now (the application is in another state, e.g. a second
 * click after it moved on), not_your_role, text_required.
 */
export function checkTransition(
  def: EServiceDefinition,
  status: string,
  action: string,
  actor: Actor,
  text: string,
): TransitionCheck {
  const transition = def.workflow.transitions.find((t) => t.action === action);
  if (!transition || transition.by !== actor.by) {
    return { ok: false, code: 'eservices.transition_unknown', status: 400 };
  }
  if (!transition.from.includes(status)) {
    return { ok: false, code: 'eservices.transition_not_now', status: 409 };
  }
  if (actor.by === 'staff' && !(transition.roles ?? []).some((r) => actor.roles.includes(r))) {
    return { ok: false, code: 'eservices.transition_role', status: 403 };
  }
  const needs = transition.needs ?? 'none';
  if ((needs === 'reason' || needs === 'message') && text.trim() === '') {
    return {
      ok: false,
      code: needs === 'reason' ? 'eservices.reason_required' : 'eservices.message_required',
      status: 400,
    };
  }
  const to = stateOf(def, transition.to);
  if (!to) return { ok: false, code: 'eservices.transition_unknown', status: 400 };
  return { ok: true, transition, to };
}

const DAY_MS = 86_400_000;

export type SlaState = 'ok' | 'near' | 'over' | 'done';

/**
 * The service-level target: a decision within `slaDays` calendar days of submission. "Near"
 * means the last fifth of the allowance (at least one day) so staff see it before it is late.
 */
export function slaStatus(
  submittedAt: Date,
  slaDays: number,
  now: Date,
  decidedAt: Date | null,
): { dueAt: Date; state: SlaState; daysLeft: number } {
  const dueAt = new Date(submittedAt.getTime() + slaDays * DAY_MS);
  const end = decidedAt ?? now;
  const daysLeft = Math.ceil((dueAt.getTime() - end.getTime()) / DAY_MS);
  if (decidedAt) return { dueAt, state: decidedAt > dueAt ? 'over' : 'done', daysLeft };
  if (now > dueAt) return { dueAt, state: 'over', daysLeft };
  const nearMs = Math.max(DAY_MS, (slaDays * DAY_MS) / 5);
  return { dueAt, state: dueAt.getTime() - now.getTime() <= nearMs ? 'near' : 'ok', daysLeft };
}

/** States in which staff have work to do (listed in the queue as open). */
export function openStates(def: EServiceDefinition): string[] {
  return def.workflow.states.filter((s) => !s.final).map((s) => s.code);
}
