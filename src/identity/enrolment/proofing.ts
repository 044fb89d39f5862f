import type { Registry, RegistryPerson } from '../../registry/index.ts';

/**
 * Identity proofing as a pipeline of steps (issue 3): each step looks at what the applicant gave
 * and what earlier steps found, and answers passed, failed or needs_input. The card check runs
 * today; a face check against the registry photo slots in after it and raises the assurance level
 * (see assurance.ts and docs/enrolment.md for the mapping to NIST SP 800-63-3 and ThaID's levels).
 */

/**
 * The registry's answer to "does this card exist, active and unexpired, held by a living person
 * born on that date?" (the registry module's `checkCard`). Its `reason` goes to the proofing record
 * only: the applicant is never told which part was wrong.
 */
export type CardRegistry = Pick<Registry, 'checkCard'>;

export type StepOutcome = 'passed' | 'failed' | 'needs_input';

export interface ProofingContext {
  /** What the applicant typed, already in canonical form. */
  claim: { citizenId: string; laserCode: string; birthDate: string };
  /** Filled by the card check: the registry's record of the person. */
  person: RegistryPerson | null;
  /** Anything a later step needs from an earlier one (a face image, a liveness score ...). */
  evidence: Record<string, unknown>;
}

export interface ProofingStep {
  id: string;
  /** The identity assurance level reached once this step (and all before it) passed. */
  ial: number;
  /** The outcome, optionally with a detail for the proofing record (never shown to the person). */
  run(
    ctx: ProofingContext,
  ): Promise<StepOutcome | { outcome: StepOutcome; detail: Record<string, unknown> }>;
}

export interface ProofingEvent {
  step: string;
  outcome: StepOutcome;
  /** Level reached after this step: the step's level when passed, else the level before it. */
  ial: number | null;
  detail: Record<string, unknown>;
}

export type ProofingResult =
  | { outcome: 'passed'; ial: number; person: RegistryPerson }
  | { outcome: 'failed'; step: string; ial: number | null }
  | { outcome: 'needs_input'; step: string; ial: number | null };

/**
 * Runs the steps in order and stops at the first that does not pass, recording every step's
 * outcome through `record` (the store writes it to identity.proofing_events).
 */
export async function runProofing(
  steps: readonly ProofingStep[],
  ctx: ProofingContext,
  record: (event: ProofingEvent) => Promise<void>,
): Promise<ProofingResult> {
  if (steps.length === 0) throw new Error('A proofing pipeline needs at least one step');
  let ial: number | null = null;
  for (const step of steps) {
    const answer = await step.run(ctx);
    const { outcome, detail } =
      typeof answer === 'string' ? { outcome: answer, detail: {} } : answer;
    if (outcome === 'passed') ial = Math.max(ial ?? 0, step.ial);
    await record({ step: step.id, outcome, ial, detail });
    if (outcome !== 'passed') return { outcome, step: step.id, ial };
  }
  if (!ctx.person) throw new Error('A proofing pipeline passed without finding the person');
  return { outcome: 'passed', ial: ial ?? 0, person: ctx.person };
}

/**
 * Step 1: the citizen ID, laser code and birth date must match an active, unexpired card of a
 * living person in the population registry (the same check DOPA's card-status service makes).
 */
export function cardCheckStep(registry: CardRegistry, ial: number): ProofingStep {
  return {
    id: 'card_check',
    ial,
    async run(ctx) {
      const result = await registry.checkCard(ctx.claim);
      if (!result.ok) return { outcome: 'failed', detail: { reason: result.reason } };
      // A registry that answered for another person would be a bug worth stopping on.
      if (result.person.citizenId !== ctx.claim.citizenId) {
        return { outcome: 'failed', detail: { reason: 'registry_returned_another_person' } };
      }
      ctx.person = result.person;
      return 'passed';
    },
  };
}

/**
 * Thai and English display names from the registry record, given name first and without the
 * title, as the foundation's accounts are named (`สมชาย ใจดี`).
 */
export function displayNames(person: RegistryPerson): { th: string; en: string } {
  const join = (parts: Array<string | undefined>) =>
    parts
      .filter((p): p is string => !!p && p.trim() !== '')
      .join(' ')
      .trim();
  const th = join([person.givenName.th, person.middleName?.th, person.familyName.th]);
  const en = join([person.givenName.en, person.middleName?.en, person.familyName.en]);
  return { th: th || en, en: en || th };
}
