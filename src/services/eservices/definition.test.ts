import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { roles } from '../../orgs/index.ts';
import { checkDefinition, defaultWorkflow, newDefinition } from './definition.ts';
import { demoDefinitions } from './demo.ts';
import { claimNames, type EServiceDefinition, fieldTypes, fileKinds } from './types.ts';

const schema = JSON.parse(
  readFileSync(new URL('../../../docs/eservice-definition.schema.json', import.meta.url), 'utf8'),
) as {
  $defs: Record<string, { enum?: string[]; properties?: Record<string, { enum?: string[] }> }>;
};

const base = (): EServiceDefinition => ({
  ...newDefinition({
    code: 'pet-registration',
    organization: 'dla',
    title: { th: 'ขึ้นทะเบียนสัตว์เลี้ยง', en: 'Pet registration' },
  }),
  pages: [
    {
      id: 'pet',
      title: { th: 'สัตว์เลี้ยง', en: 'Pet' },
      fields: [
        {
          name: 'species',
          type: 'choice',
          label: { th: 'ชนิด', en: 'Species' },
          required: true,
          options: [
            { value: 'dog', label: { th: 'สุนัข', en: 'Dog' } },
            { value: 'cat', label: { th: 'แมว', en: 'Cat' } },
          ],
        },
        {
          name: 'breed',
          type: 'text',
          label: { th: 'พันธุ์', en: 'Breed' },
          showIf: { field: 'species', equals: 'dog' },
        },
        { name: 'born', type: 'date', label: { th: 'วันเกิด', en: 'Born' }, max: 'today' },
      ],
    },
  ],
  eligibility: [
    { id: 'young', rule: 'age(born) < 20', message: { th: 'อายุไม่เกิน 20 ปี', en: 'Under 20' } },
  ],
});

const problemsOf = (mutate: (d: EServiceDefinition & Record<string, unknown>) => void) => {
  const d = base() as EServiceDefinition & Record<string, unknown>;
  mutate(d);
  const r = checkDefinition(JSON.parse(JSON.stringify(d)));
  return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message.en}`);
};

describe('e-service definitions', () => {
  it('accepts every demo definition and a builder-made one', () => {
    for (const d of demoDefinitions) {
      const r = checkDefinition(JSON.parse(JSON.stringify(d)));
      expect(r.ok ? [] : r.problems.map((p) => `${d.code} ${p.path}: ${p.message.en}`)).toEqual([]);
    }
    expect(problemsOf(() => {})).toEqual([]);
  });

  it('explains shape problems with their JSON path, in Thai and English', () => {
    const r = checkDefinition({ code: 'Bad Code', pages: [] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.problems.map((p) => p.path);
    expect(paths).toContain('$.code');
    expect(paths).toContain('$.organization');
    expect(paths).toContain('$.pages');
    expect(paths).toContain('$.workflow');
    expect(r.problems.every((p) => p.message.th && p.message.en)).toBe(true);
    expect(checkDefinition('[]').ok).toBe(false);
  });

  it('refuses unknown keys and keys that do not belong to the field type', () => {
    expect(
      problemsOf((d) => {
        (d as Record<string, unknown>).colour = 'red';
      }),
    ).toEqual(['$.colour: unknown key, or not allowed here']);
    expect(
      problemsOf((d) => {
        (d.pages[0]!.fields[1] as unknown as Record<string, unknown>).options = [];
      }),
    ).toEqual(['$.pages[0].fields[1].options: unknown key, or not allowed here']);
  });

  it('checks conditions: earlier field, known option, exactly one of equals/in', () => {
    expect(
      problemsOf((d) => {
        d.pages[0]!.fields[1]!.showIf = { field: 'born', equals: 'x' };
      }),
    ).toEqual(['$.pages[0].fields[1].showIf.field: must name a field that comes before this one']);
    expect(
      problemsOf((d) => {
        d.pages[0]!.fields[1]!.showIf = { field: 'species', equals: 'bird' };
      }),
    ).toEqual(['$.pages[0].fields[1].showIf: "bird" is not an option of species']);
    expect(
      problemsOf((d) => {
        d.pages[0]!.fields[1]!.showIf = { field: 'species', equals: 'dog', in: ['cat'] };
      }),
    ).toEqual(['$.pages[0].fields[1].showIf: needs exactly one of equals or in']);
  });

  it('checks prefill claims are declared and fit the field', () => {
    expect(
      problemsOf((d) => {
        d.pages[0]!.fields[2]!.prefill = 'birthdate';
      }),
    ).toEqual(['$.pages[0].fields[2].prefill: "birthdate" must be declared in claims first']);
    expect(
      problemsOf((d) => {
        d.claims.push('email');
        d.pages[0]!.fields[2]!.prefill = 'email';
      }),
    ).toEqual(['$.pages[0].fields[2].prefill: claim email cannot fill a date field']);
    expect(
      problemsOf((d) => {
        d.pages[0]!.fields[2]!.locked = true;
      }),
    ).toEqual(['$.pages[0].fields[2].locked: only a prefilled field can be locked']);
  });

  it('checks eligibility rules against the fields', () => {
    expect(
      problemsOf((d) => {
        d.eligibility[0]!.rule = 'age(birthday) < 20';
      }),
    ).toEqual(['$.eligibility[0].rule: invalid rule: unknown field "birthday"']);
    expect(
      problemsOf((d) => {
        d.eligibility[0]!.rule = 'age(born) <';
      })[0],
    ).toMatch(/invalid rule: the expression ends too early/);
  });

  it('checks patterns compile and are not catastrophic', () => {
    expect(
      problemsOf((d) => {
        d.pages[0]!.fields[1]!.pattern = '[a-z';
        d.pages[0]!.fields[1]!.patternMessage = { th: 'x', en: 'x' };
      })[0],
    ).toMatch(/invalid pattern/);
    expect(
      problemsOf((d) => {
        d.pages[0]!.fields[1]!.pattern = '(a+)+b';
        d.pages[0]!.fields[1]!.patternMessage = { th: 'x', en: 'x' };
      }),
    ).toEqual(['$.pages[0].fields[1].pattern: nested repetition could make matching very slow']);
  });

  it('checks the workflow can finish, every state is reachable and roles exist', () => {
    expect(
      problemsOf((d) => {
        d.workflow.transitions = d.workflow.transitions.filter(
          (t) => t.action !== 'approve' && t.action !== 'reject',
        );
      }),
    ).toEqual([
      '$.workflow.states: state "approved" cannot be reached',
      '$.workflow.states: state "rejected" cannot be reached',
    ]);
    expect(
      problemsOf((d) => {
        d.workflow.transitions[0]!.roles = ['wizard' as never];
      }),
    ).toEqual([
      '$.workflow.transitions[0].roles: must list the staff roles that act, e.g. ["agency_officer"]',
    ]);
    expect(
      problemsOf((d) => {
        d.workflow.transitions.push({
          ...d.workflow.transitions[0]!,
          action: 'reopen',
          from: ['approved'],
        });
      }),
    ).toEqual(['$.workflow.transitions[6].from: cannot leave the final state "approved"']);
    expect(
      problemsOf((d) => {
        d.workflow.initial = 'nowhere';
      }),
    ).toContain('$.workflow.initial: must be one of the states');
  });

  it('keeps the JSON Schema in step with the checker', () => {
    expect(schema.$defs.FieldType?.enum).toEqual([...fieldTypes]);
    expect(schema.$defs.ClaimName?.enum).toEqual([...claimNames]);
    expect(schema.$defs.FileKind?.enum).toEqual([...fileKinds]);
    expect(schema.$defs.Role?.enum).toEqual(Object.keys(roles));
    const workflow = defaultWorkflow();
    expect(workflow.states.map((s) => s.code)).toContain(workflow.initial);
  });
});
