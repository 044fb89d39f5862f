import { describe, expect, it } from 'vitest';
import {
  checkExpression,
  ExpressionError,
  evaluate,
  holds,
  parseExpression,
  type Value,
} from './expression.ts';
import { lookupIn } from './form.ts';

const ctx = (answers: Record<string, Value>, today = '2025-06-01') => ({
  today,
  lookup: (path: string[]) => {
    const v = answers[path[0]!];
    if (path.length === 2 && Array.isArray(v)) {
      return v.map((row) => (row as unknown as Record<string, Value>)[path[1]!] ?? null) as Value;
    }
    return v ?? null;
  },
});
const run = (src: string, answers: Record<string, Value> = {}) =>
  evaluate(parseExpression(src), ctx(answers));

describe('eligibility expressions', () => {
  it('evaluates ages from birth dates against today in Thailand', () => {
    expect(holds('age(birth_date) >= 60', ctx({ birth_date: '1965-05-31' }))).toBe(true);
    expect(holds('age(birth_date) >= 60', ctx({ birth_date: '1965-06-02' }))).toBe(false);
    expect(run('age_on(b, "2000-01-01")', { b: '1990-01-02' })).toBe(9);
    expect(run('days_between("2025-05-20", today())')).toBe(12);
  });

  it('treats missing answers as null, so rules about them fail rather than pass', () => {
    expect(holds('age(birth_date) >= 60', ctx({}))).toBe(false);
    expect(holds('!(age(birth_date) < 60)', ctx({}))).toBe(true);
    expect(run('x == null', {})).toBe(true);
  });

  it('has the usual precedence, boolean words and lists', () => {
    expect(run('1 + 2 * 3')).toBe(7);
    expect(run('(1 + 2) * 3')).toBe(9);
    expect(run('-2 * -3')).toBe(6);
    expect(run("a == 'x' and not b or c", { a: 'x', b: true, c: false })).toBe(false);
    expect(run("a == 'x' && !b || c", { a: 'x', b: false, c: false })).toBe(true);
    expect(run("kind in ['a', 'b']", { kind: 'b' })).toBe(true);
    expect(run("kind in ['a', 'b']", { kind: 'c' })).toBe(false);
    expect(run('10 / 0')).toBe(null);
    expect(run("'10' > 9")).toBe(false);
  });

  it('aggregates repeating rows', () => {
    const members = [{ income: 120000 }, { income: 60000 }, { income: 0 }] as unknown as Value;
    expect(run('sum(members.income) / count(members)', { members })).toBe(60000);
    expect(run('max(members.income)', { members })).toBe(120000);
    expect(holds('sum(members.income) / count(members) <= 100000', ctx({ members }))).toBe(true);
  });

  it('refuses what is not in the language, with a position', () => {
    for (const bad of [
      'age(',
      '1 +',
      'a ==',
      "'open",
      'a; b',
      'a.b.c',
      'x = 1',
      '`cmd`',
      '[1, 2',
    ]) {
      expect(() => parseExpression(bad), bad).toThrow(ExpressionError);
    }
    expect(() => parseExpression('('.repeat(40) + '1' + ')'.repeat(40))).toThrow(
      /nested too deeply/,
    );
    expect(() => parseExpression('1+'.repeat(300) + '1')).toThrow(/longer than/);
  });

  it('cannot reach the host: names are only answers, calls only the listed functions', () => {
    const lookup = lookupIn({ age: 70 });
    expect(evaluate(parseExpression('constructor'), { lookup })).toBe(null);
    expect(evaluate(parseExpression('__proto__'), { lookup })).toBe(null);
    expect(evaluate(parseExpression('len(toString)'), { lookup })).toBe(0);
    expect(evaluate(parseExpression('age'), { lookup })).toBe(70);
    expect(checkExpression('eval(x)', () => true)).toEqual(['unknown function "eval"']);
    expect(checkExpression('process.exit', (p) => p[0] !== 'process')).toEqual([
      'unknown field "process.exit"',
    ]);
  });

  it('statically checks fields, functions and arity', () => {
    const known = (p: string[]) =>
      ['birth_date', 'members'].includes(p[0]!) && (p.length === 1 || p[1] === 'income');
    expect(checkExpression('age(birth_date) >= 60', known)).toEqual([]);
    expect(checkExpression('age(birthdate) >= 60', known)).toEqual(['unknown field "birthdate"']);
    expect(checkExpression('age(birth_date, 1)', known)).toEqual(['age() takes 1 argument(s)']);
    expect(checkExpression('sum(members.name)', known)).toEqual(['unknown field "members.name"']);
    expect(checkExpression('age(', known)[0]).toMatch(/position/);
  });
});
