import { describe, expect, it } from 'vitest';
import type { RegistryPerson } from '../../registry/index.ts';
import {
  cardCheckStep,
  displayNames,
  type ProofingContext,
  type ProofingEvent,
  type ProofingStep,
  runProofing,
} from './proofing.ts';

const person: RegistryPerson = {
  citizenId: '1101700123456',
  title: { th: 'นาย', en: 'Mr.' },
  givenName: { th: 'สมชาย', en: 'Somchai' },
  middleName: null,
  familyName: { th: 'ใจดี', en: 'Jaidee' },
  birthDate: '1990-05-14',
  gender: 'male',
  nationality: 'THA',
  alive: true,
  demo: true,
  address: null,
  card: null,
  photoRef: null,
};

const context = (): ProofingContext => ({
  claim: { citizenId: person.citizenId, laserCode: 'JT1123456712', birthDate: '14/05/2533' },
  person: null,
  evidence: {},
});

function collector() {
  const events: ProofingEvent[] = [];
  return { events, record: async (e: ProofingEvent) => void events.push(e) };
}

const step = (
  id: string,
  ial: number,
  outcome: 'passed' | 'failed' | 'needs_input',
): ProofingStep => ({
  id,
  ial,
  run: async () => outcome,
});

describe('identity proofing pipeline', () => {
  it('passes the card check and records the level reached', async () => {
    const registry = { checkCard: async () => ({ ok: true as const, person }) };
    const { events, record } = collector();
    const result = await runProofing([cardCheckStep(registry, 2)], context(), record);
    expect(result).toEqual({ outcome: 'passed', ial: 2, person });
    expect(events).toEqual([{ step: 'card_check', outcome: 'passed', ial: 2, detail: {} }]);
  });

  it('fails on a card the registry refuses, keeping the reason for the record only', async () => {
    const registry = {
      checkCard: async () => ({ ok: false as const, reason: 'card_expired' as const }),
    };
    const { events, record } = collector();
    const result = await runProofing([cardCheckStep(registry, 2)], context(), record);
    expect(result).toEqual({ outcome: 'failed', step: 'card_check', ial: null });
    expect(events[0]?.detail).toEqual({ reason: 'card_expired' });
  });

  it('refuses a registry answer about another person', async () => {
    const registry = {
      checkCard: async () => ({
        ok: true as const,
        person: { ...person, citizenId: '3100500678913' },
      }),
    };
    const { record } = collector();
    const result = await runProofing([cardCheckStep(registry, 2)], context(), record);
    expect(result.outcome).toBe('failed');
  });

  it('runs later steps in order, stops at the first that does not pass', async () => {
    const registry = { checkCard: async () => ({ ok: true as const, person }) };
    const ran: string[] = [];
    const face: ProofingStep = {
      id: 'face_check',
      ial: 2.3,
      run: async (ctx) => {
        ran.push(`face saw ${ctx.person?.citizenId}`);
        return ctx.evidence.selfie ? 'passed' : 'needs_input';
      },
    };
    const never = step('never', 3, 'passed');
    const { events, record } = collector();
    const waiting = await runProofing([cardCheckStep(registry, 2), face, never], context(), record);
    expect(waiting).toEqual({ outcome: 'needs_input', step: 'face_check', ial: 2 });
    expect(ran).toEqual([`face saw ${person.citizenId}`]);
    expect(events.map((e) => `${e.step}:${e.outcome}:${e.ial}`)).toEqual([
      'card_check:passed:2',
      'face_check:needs_input:2',
    ]);

    const ctx = context();
    ctx.evidence.selfie = 'jpeg bytes';
    const all = await runProofing([cardCheckStep(registry, 2), face], ctx, collector().record);
    expect(all).toMatchObject({ outcome: 'passed', ial: 2.3 });
  });

  it('does not let a later, weaker step lower the level', async () => {
    const registry = { checkCard: async () => ({ ok: true as const, person }) };
    const result = await runProofing(
      [cardCheckStep(registry, 2), step('email', 1, 'passed')],
      context(),
      collector().record,
    );
    expect(result).toMatchObject({ outcome: 'passed', ial: 2 });
  });

  it('refuses an empty pipeline and one that passes without finding the person', async () => {
    await expect(runProofing([], context(), collector().record)).rejects.toThrow(/at least one/);
    await expect(
      runProofing([step('x', 1, 'passed')], context(), collector().record),
    ).rejects.toThrow(/without finding the person/);
  });

  it('names people as the accounts do: given name first, no title', () => {
    expect(displayNames(person)).toEqual({ th: 'สมชาย ใจดี', en: 'Somchai Jaidee' });
    expect(displayNames({ ...person, middleName: { th: 'กลาง', en: 'Klang' } })).toEqual({
      th: 'สมชาย กลาง ใจดี',
      en: 'Somchai Klang Jaidee',
    });
  });
});
