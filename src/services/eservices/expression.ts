import { completedYears, daysBetween, todayIso } from './values.ts';

/**
 * A small, closed expression language for eligibility rules, e.g.
 *   age(birth_date) >= 60 && nationality == 'th'
 *   sum(members.income) / count(members) <= 100000
 * Parsed into a tree and interpreted here: never `eval`, no property access on host objects, no
 * loops, bounded length and depth, so a definition imported from anywhere cannot run code.
 *
 * Grammar (lowest precedence first):
 *   or      := and (("||" | "or") and)*
 *   and     := not (("&&" | "and") not)*
 *   not     := ("!" | "not") not | compare
 *   compare := sum (("==" | "!=" | "<" | "<=" | ">" | ">=" | "in") sum)?
 *   sum     := product (("+" | "-") product)*
 *   product := unary (("*" | "/") unary)*
 *   unary   := "-" unary | primary
 *   primary := number | 'string' | "string" | true | false | null
 *            | name ("." name)? | name "(" args ")" | "(" or ")" | "[" items "]"
 */
export type Value = number | string | boolean | null | Value[];

export type Node =
  | { k: 'lit'; v: Value }
  | { k: 'ref'; path: string[] }
  | { k: 'call'; fn: string; args: Node[] }
  | { k: 'not'; x: Node }
  | { k: 'neg'; x: Node }
  | { k: 'bin'; op: string; a: Node; b: Node }
  | { k: 'list'; items: Node[] };

export class ExpressionError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
    this.name = 'ExpressionError';
  }
}

const MAX_LENGTH = 500;
const MAX_DEPTH = 32;

interface Token {
  t: 'num' | 'str' | 'name' | 'op' | 'end';
  v: string;
  pos: number;
}

const OPERATORS = [
  '&&',
  '||',
  '==',
  '!=',
  '<=',
  '>=',
  '<',
  '>',
  '!',
  '+',
  '-',
  '*',
  '/',
  '(',
  ')',
  '[',
  ']',
  ',',
  '.',
];

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (/\d/.test(c)) {
      const m = /^\d+(\.\d+)?/.exec(src.slice(i))!;
      tokens.push({ t: 'num', v: m[0], pos: i });
      i += m[0].length;
      continue;
    }
    if (c === "'" || c === '"') {
      let j = i + 1;
      let text = '';
      while (j < src.length && src[j] !== c) {
        if (src[j] === '\\' && j + 1 < src.length) j++;
        text += src[j];
        j++;
      }
      if (j >= src.length) throw new ExpressionError('unterminated string', i);
      tokens.push({ t: 'str', v: text, pos: i });
      i = j + 1;
      continue;
    }
    if (/[a-z_]/i.test(c)) {
      const m = /^[a-z_][a-z0-9_]*/i.exec(src.slice(i))!;
      tokens.push({ t: 'name', v: m[0], pos: i });
      i += m[0].length;
      continue;
    }
    const op = OPERATORS.find((o) => src.startsWith(o, i));
    if (!op) throw new ExpressionError(`unexpected character "${c}"`, i);
    tokens.push({ t: 'op', v: op, pos: i });
    i += op.length;
  }
  tokens.push({ t: 'end', v: '', pos: src.length });
  return tokens;
}

export function parseExpression(src: string): Node {
  if (src.length > MAX_LENGTH) throw new ExpressionError(`longer than ${MAX_LENGTH} characters`, 0);
  const tokens = tokenize(src);
  let p = 0;
  let depth = 0;
  const peek = () => tokens[p]!;
  const next = () => tokens[p++]!;
  const isOp = (v: string) => peek().t === 'op' && peek().v === v;
  const isWord = (v: string) => peek().t === 'name' && peek().v === v;
  const expect = (v: string) => {
    if (!isOp(v)) throw new ExpressionError(`expected "${v}"`, peek().pos);
    next();
  };
  const enter = () => {
    if (++depth > MAX_DEPTH) throw new ExpressionError('nested too deeply', peek().pos);
  };

  function or(): Node {
    enter();
    let a = and();
    while (isOp('||') || isWord('or')) {
      next();
      a = { k: 'bin', op: '||', a, b: and() };
    }
    depth--;
    return a;
  }
  function and(): Node {
    let a = not();
    while (isOp('&&') || isWord('and')) {
      next();
      a = { k: 'bin', op: '&&', a, b: not() };
    }
    return a;
  }
  function not(): Node {
    if (isOp('!') || isWord('not')) {
      next();
      enter();
      const x = not();
      depth--;
      return { k: 'not', x };
    }
    return compare();
  }
  function compare(): Node {
    const a = sum();
    const tok = peek();
    if (tok.t === 'op' && ['==', '!=', '<', '<=', '>', '>='].includes(tok.v)) {
      next();
      return { k: 'bin', op: tok.v, a, b: sum() };
    }
    if (isWord('in')) {
      next();
      return { k: 'bin', op: 'in', a, b: sum() };
    }
    return a;
  }
  function sum(): Node {
    let a = product();
    while (isOp('+') || isOp('-')) {
      const op = next().v;
      a = { k: 'bin', op, a, b: product() };
    }
    return a;
  }
  function product(): Node {
    let a = unary();
    while (isOp('*') || isOp('/')) {
      const op = next().v;
      a = { k: 'bin', op, a, b: unary() };
    }
    return a;
  }
  function unary(): Node {
    if (isOp('-')) {
      next();
      enter();
      const x = unary();
      depth--;
      return { k: 'neg', x };
    }
    return primary();
  }
  function primary(): Node {
    const tok = next();
    if (tok.t === 'num') return { k: 'lit', v: Number(tok.v) };
    if (tok.t === 'str') return { k: 'lit', v: tok.v };
    if (tok.t === 'op' && tok.v === '(') {
      const x = or();
      expect(')');
      return x;
    }
    if (tok.t === 'op' && tok.v === '[') {
      const items: Node[] = [];
      if (!isOp(']')) {
        items.push(or());
        while (isOp(',')) {
          next();
          items.push(or());
        }
      }
      expect(']');
      return { k: 'list', items };
    }
    if (tok.t === 'name') {
      if (tok.v === 'true') return { k: 'lit', v: true };
      if (tok.v === 'false') return { k: 'lit', v: false };
      if (tok.v === 'null') return { k: 'lit', v: null };
      if (isOp('(')) {
        next();
        const args: Node[] = [];
        if (!isOp(')')) {
          args.push(or());
          while (isOp(',')) {
            next();
            args.push(or());
          }
        }
        expect(')');
        return { k: 'call', fn: tok.v, args };
      }
      const path = [tok.v];
      if (isOp('.')) {
        next();
        const sub = next();
        if (sub.t !== 'name') throw new ExpressionError('expected a field name after "."', sub.pos);
        path.push(sub.v);
      }
      return { k: 'ref', path };
    }
    throw new ExpressionError(
      tok.t === 'end' ? 'the expression ends too early' : `unexpected "${tok.v}"`,
      tok.pos,
    );
  }

  const tree = or();
  if (peek().t !== 'end') throw new ExpressionError(`unexpected "${peek().v}"`, peek().pos);
  return tree;
}

/** Functions of the language, with their arity. */
export const functions: Record<string, { min: number; max: number }> = {
  age: { min: 1, max: 1 },
  age_on: { min: 2, max: 2 },
  years_between: { min: 2, max: 2 },
  days_between: { min: 2, max: 2 },
  today: { min: 0, max: 0 },
  count: { min: 1, max: 1 },
  len: { min: 1, max: 1 },
  sum: { min: 1, max: 1 },
  min: { min: 1, max: 1 },
  max: { min: 1, max: 1 },
  is_empty: { min: 1, max: 1 },
};

/**
 * Static check of an expression against the definition: syntax, known functions with the right
 * number of arguments, and names that are fields (`field` or `repeat.subfield`).
 */
export function checkExpression(src: string, knows: (path: string[]) => boolean): string[] {
  let tree: Node;
  try {
    tree = parseExpression(src);
  } catch (error) {
    if (error instanceof ExpressionError)
      return [`${error.message} at position ${error.position + 1}`];
    throw error;
  }
  const problems: string[] = [];
  const walk = (n: Node) => {
    switch (n.k) {
      case 'ref':
        if (!knows(n.path)) problems.push(`unknown field "${n.path.join('.')}"`);
        break;
      case 'call': {
        const f = functions[n.fn];
        if (!f) problems.push(`unknown function "${n.fn}"`);
        else if (n.args.length < f.min || n.args.length > f.max) {
          problems.push(
            `${n.fn}() takes ${f.min === f.max ? f.min : `${f.min}-${f.max}`} argument(s)`,
          );
        }
        n.args.forEach(walk);
        break;
      }
      case 'not':
      case 'neg':
        walk(n.x);
        break;
      case 'bin':
        walk(n.a);
        walk(n.b);
        break;
      case 'list':
        n.items.forEach(walk);
        break;
      case 'lit':
        break;
    }
  };
  walk(tree);
  return problems;
}

export interface EvalContext {
  /** The value of a field (`path[0]`) or of a sub-field of every row of a repeat (a list). */
  lookup(path: string[]): Value;
  today?: string;
}

const isDate = (v: Value): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
const numbers = (v: Value): number[] =>
  Array.isArray(v) ? v.filter((x): x is number => typeof x === 'number') : [];

function equal(a: Value, b: Value): boolean {
  if (Array.isArray(a) || Array.isArray(b)) return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}

function ordered(op: string, a: Value, b: Value): boolean {
  const comparable =
    (typeof a === 'number' && typeof b === 'number') ||
    (typeof a === 'string' && typeof b === 'string');
  if (!comparable) return false;
  const x = a as number | string;
  const y = b as number | string;
  switch (op) {
    case '<':
      return x < y;
    case '<=':
      return x <= y;
    case '>':
      return x > y;
    default:
      return x >= y;
  }
}

function truthy(v: Value): boolean {
  if (Array.isArray(v)) return v.length > 0;
  return v !== null && v !== false && v !== 0 && v !== '';
}

/**
 * Evaluates a tree. Missing answers are null and flow through: age(null) is null, and any
 * comparison with null is false, so a rule about an unanswered question is simply not met.
 */
export function evaluate(node: Node, ctx: EvalContext): Value {
  const today = ctx.today ?? todayIso();
  const ev = (n: Node): Value => evaluate(n, ctx);
  switch (node.k) {
    case 'lit':
      return node.v;
    case 'ref':
      return ctx.lookup(node.path);
    case 'list':
      return node.items.map(ev);
    case 'not':
      return !truthy(ev(node.x));
    case 'neg': {
      const v = ev(node.x);
      return typeof v === 'number' ? -v : null;
    }
    case 'bin': {
      const { op, a, b } = node;
      if (op === '&&') return truthy(ev(a)) && truthy(ev(b));
      if (op === '||') return truthy(ev(a)) || truthy(ev(b));
      const x = ev(a);
      const y = ev(b);
      switch (op) {
        case '==':
          return equal(x, y);
        case '!=':
          return !equal(x, y);
        case 'in':
          return Array.isArray(y) ? y.some((item) => equal(item, x)) : false;
        case '<':
        case '<=':
        case '>':
        case '>=':
          return ordered(op, x, y);
        default: {
          if (typeof x !== 'number' || typeof y !== 'number') return null;
          if (op === '+') return x + y;
          if (op === '-') return x - y;
          if (op === '*') return x * y;
          return y === 0 ? null : x / y;
        }
      }
    }
    case 'call': {
      const { fn, args } = node;
      const v = args.map(ev);
      switch (fn) {
        case 'today':
          return today;
        case 'age':
          return isDate(v[0]!) ? completedYears(v[0], today) : null;
        case 'age_on':
        case 'years_between':
          return isDate(v[0]!) && isDate(v[1]!) ? completedYears(v[0], v[1]) : null;
        case 'days_between':
          return isDate(v[0]!) && isDate(v[1]!) ? daysBetween(v[0], v[1]) : null;
        case 'count':
          return Array.isArray(v[0]) ? v[0].length : v[0] === null ? 0 : 1;
        case 'len':
          return typeof v[0] === 'string' || Array.isArray(v[0]) ? v[0].length : 0;
        case 'sum':
          return numbers(v[0]!).reduce((s, x) => s + x, 0);
        case 'min': {
          const list = numbers(v[0]!);
          return list.length ? Math.min(...list) : null;
        }
        case 'max': {
          const list = numbers(v[0]!);
          return list.length ? Math.max(...list) : null;
        }
        case 'is_empty':
          return !truthy(v[0]!);
        default:
          return null;
      }
    }
  }
}

// Rules come from published, immutable versions: parse each text once.
const parsed = new Map<string, Node | null>();

/** Evaluates a rule to a boolean; a malformed rule counts as not met. */
export function holds(src: string, ctx: EvalContext): boolean {
  let tree = parsed.get(src);
  if (tree === undefined) {
    try {
      tree = parseExpression(src);
    } catch {
      tree = null;
    }
    if (parsed.size > 5000) parsed.clear();
    parsed.set(src, tree);
  }
  return tree !== null && truthy(evaluate(tree, ctx));
}
