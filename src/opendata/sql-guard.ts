/**
 * The checks `datastore_search_sql` makes before a statement reaches PostgreSQL. CKAN relies on a
 * read-only database role, an EXPLAIN of the statement and an allow-list of functions
 * (ckanext/datastore/backend/postgres.py, `get_table_and_function_names_from_sql`). Pratu runs on
 * one database role, so it adds its own layers, each enough to refuse a write:
 *
 *  1. this lexer: exactly one statement, starting with SELECT or WITH, no data-changing or
 *     session-changing keyword, and every function called on the allow-list below;
 *  2. the store runs it in a READ ONLY transaction with only `opendata_datastore` on the search
 *     path and a statement timeout (PostgreSQL), after EXPLAIN shows that every relation it
 *     reads is a datastore table the caller may read (checkPlan) and that its estimated cost is
 *     bounded (the only brake on the embedded database, whose WASM build has no timer).
 */

export class SqlRefused extends Error {
  constructor(
    readonly kind:
      | 'not_single'
      | 'not_select'
      | 'function'
      | 'system'
      | 'resource'
      | 'cost'
      | 'syntax',
    message: string,
  ) {
    super(message);
  }
}

type Token =
  | { t: 'word'; v: string }
  | { t: 'ident'; v: string }
  | { t: 'string' }
  | { t: 'number' }
  | { t: 'punct'; v: string };

function lex(sql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = sql.length;
  while (i < n) {
    const c = sql.charAt(i);
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '-' && sql.charAt(i + 1) === '-') {
      const end = sql.indexOf('\n', i);
      i = end < 0 ? n : end + 1;
      continue;
    }
    if (c === '/' && sql.charAt(i + 1) === '*') {
      // PostgreSQL block comments nest.
      let depth = 1;
      i += 2;
      while (i < n && depth > 0) {
        if (sql.startsWith('/*', i)) {
          depth++;
          i += 2;
        } else if (sql.startsWith('*/', i)) {
          depth--;
          i += 2;
        } else i++;
      }
      if (depth > 0) throw new SqlRefused('syntax', 'Unterminated comment');
      continue;
    }
    if (c === "'" || ((c === 'E' || c === 'e') && sql.charAt(i + 1) === "'")) {
      const escapes = c !== "'";
      i += escapes ? 2 : 1;
      for (;;) {
        if (i >= n) throw new SqlRefused('syntax', 'Unterminated string');
        const ch = sql.charAt(i);
        if (escapes && ch === '\\') i += 2;
        else if (ch === "'" && sql.charAt(i + 1) === "'") i += 2;
        else if (ch === "'") {
          i++;
          break;
        } else i++;
      }
      tokens.push({ t: 'string' });
      continue;
    }
    if (c === '$') {
      const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(i));
      if (tag) {
        const end = sql.indexOf(tag[0], i + tag[0].length);
        if (end < 0) throw new SqlRefused('syntax', 'Unterminated string');
        i = end + tag[0].length;
        tokens.push({ t: 'string' });
        continue;
      }
      throw new SqlRefused('syntax', 'Parameters are not allowed');
    }
    if (c === '"') {
      let v = '';
      i++;
      for (;;) {
        if (i >= n) throw new SqlRefused('syntax', 'Unterminated quoted identifier');
        const ch = sql.charAt(i);
        if (ch === '"' && sql.charAt(i + 1) === '"') {
          v += '"';
          i += 2;
        } else if (ch === '"') {
          i++;
          break;
        } else {
          v += ch;
          i++;
        }
      }
      tokens.push({ t: 'ident', v });
      continue;
    }
    if ((c === 'U' || c === 'u') && sql.charAt(i + 1) === '&') {
      throw new SqlRefused('syntax', 'Unicode escapes are not allowed');
    }
    const word = /^[A-Za-z_\u0080-\uffff][A-Za-z0-9_$\u0080-\uffff]*/.exec(sql.slice(i, i + 200));
    if (word) {
      tokens.push({ t: 'word', v: word[0].toLowerCase() });
      i += word[0].length;
      continue;
    }
    const num = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(sql.slice(i, i + 100));
    if (num) {
      tokens.push({ t: 'number' });
      i += num[0].length;
      continue;
    }
    if (sql.startsWith('::', i)) {
      tokens.push({ t: 'punct', v: '::' });
      i += 2;
      continue;
    }
    tokens.push({ t: 'punct', v: c });
    i++;
  }
  return tokens;
}

const FORBIDDEN = new Set([
  'insert',
  'update',
  'delete',
  'merge',
  'create',
  'drop',
  'alter',
  'truncate',
  'grant',
  'revoke',
  'copy',
  'into',
  'lock',
  'call',
  'do',
  'execute',
  'prepare',
  'deallocate',
  'listen',
  'notify',
  'unlisten',
  'set',
  'reset',
  'vacuum',
  'analyze',
  'explain',
  'refresh',
  'cluster',
  'reindex',
  'comment',
  'security',
  'import',
  'load',
  'checkpoint',
  'discard',
  'begin',
  'commit',
  'rollback',
  'savepoint',
  'release',
]);

// Keywords followed by '(' that are not function calls.
const NOT_FUNCTIONS = new Set([
  'in',
  'exists',
  'any',
  'all',
  'some',
  'values',
  'as',
  'over',
  'filter',
  'within',
  'array',
  'row',
  'and',
  'or',
  'not',
  'on',
  'using',
  'from',
  'join',
  'select',
  'where',
  'case',
  'when',
  'then',
  'else',
  'lateral',
  'having',
  'by',
  'union',
  'intersect',
  'except',
  'with',
  'recursive',
  'distinct',
  'is',
  'between',
  'like',
  'ilike',
  'similar',
  'limit',
  'offset',
  'group',
  'order',
  'partition',
  'rows',
  'range',
  'returning',
  'materialized',
  'only',
  'tablesample',
]);

/** Functions a query may call (a narrower list than CKAN's allowed_functions.txt). */
export const ALLOWED_FUNCTIONS = new Set([
  // aggregates
  'count',
  'sum',
  'avg',
  'min',
  'max',
  'stddev',
  'stddev_pop',
  'stddev_samp',
  'variance',
  'var_pop',
  'var_samp',
  'string_agg',
  'array_agg',
  'json_agg',
  'jsonb_agg',
  'json_object_agg',
  'bool_and',
  'bool_or',
  'every',
  'percentile_cont',
  'percentile_disc',
  'mode',
  'corr',
  'covar_pop',
  'covar_samp',
  'regr_slope',
  'regr_intercept',
  'regr_r2',
  // windows
  'row_number',
  'rank',
  'dense_rank',
  'percent_rank',
  'cume_dist',
  'ntile',
  'lag',
  'lead',
  'first_value',
  'last_value',
  'nth_value',
  // maths
  'abs',
  'ceil',
  'ceiling',
  'floor',
  'round',
  'trunc',
  'sqrt',
  'cbrt',
  'power',
  'pow',
  'exp',
  'ln',
  'log',
  'log10',
  'mod',
  'sign',
  'div',
  'greatest',
  'least',
  'width_bucket',
  // text
  'lower',
  'upper',
  'initcap',
  'length',
  'char_length',
  'character_length',
  'octet_length',
  'substring',
  'substr',
  'trim',
  'btrim',
  'ltrim',
  'rtrim',
  'left',
  'right',
  'replace',
  'split_part',
  'concat',
  'concat_ws',
  'position',
  'strpos',
  'lpad',
  'rpad',
  'reverse',
  'translate',
  'starts_with',
  'regexp_replace',
  'regexp_match',
  'format',
  'to_char',
  'to_number',
  'to_date',
  'to_timestamp',
  // dates
  'date_trunc',
  'date_part',
  'extract',
  'age',
  'now',
  'make_date',
  'make_timestamp',
  'date_bin',
  // conditionals and conversions
  'coalesce',
  'nullif',
  'cast',
  'int',
  'int4',
  'int8',
  'integer',
  'bigint',
  'numeric',
  'decimal',
  'float8',
  'text',
  'varchar',
  'date',
  'timestamp',
  'bool',
  // json and arrays
  'json_build_object',
  'json_build_array',
  'jsonb_build_object',
  'to_json',
  'to_jsonb',
  'row_to_json',
  'array_length',
  'cardinality',
  'unnest',
]);

/**
 * Lexical checks; returns the statement without a trailing semicolon. Throws SqlRefused.
 */
export function checkStatement(sql: string): string {
  const tokens = lex(sql);
  let end = tokens.length;
  while (end > 0 && isPunct(tokens[end - 1], ';')) end--;
  if (tokens.slice(0, end).some((t) => isPunct(t, ';'))) {
    throw new SqlRefused('not_single', 'Query is not a single statement.');
  }
  const body = tokens.slice(0, end);
  const first = body.find((t) => !isPunct(t, '('));
  if (first?.t !== 'word' || (first.v !== 'select' && first.v !== 'with')) {
    throw new SqlRefused('not_select', 'Only a single SELECT statement is allowed');
  }
  let depth = 0;
  for (const [k, token] of body.entries()) {
    if (isPunct(token, '(')) depth++;
    if (isPunct(token, ')')) depth--;
    if (depth < 0) throw new SqlRefused('syntax', 'Unbalanced brackets');
    if (token.t !== 'word') continue;
    const prev = body[k - 1];
    const next = body[k + 1];
    // `select ... for update/share` takes row locks (and fails read-only): refuse it by name.
    if (
      token.v === 'for' &&
      next?.t === 'word' &&
      ['update', 'share', 'no', 'key'].includes(next.v)
    ) {
      throw new SqlRefused('not_select', 'Only a single SELECT statement is allowed');
    }
    if (FORBIDDEN.has(token.v) && !isPunct(prev, '.')) {
      throw new SqlRefused('not_select', 'Only a single SELECT statement is allowed');
    }
    if (token.v.startsWith('pg_') && !isPunct(next, '(')) {
      throw new SqlRefused('system', 'Not authorized to access system tables');
    }
    if (token.v === 'information_schema') {
      throw new SqlRefused('system', 'Not authorized to access system tables');
    }
    if (!isPunct(next, '(') || NOT_FUNCTIONS.has(token.v)) continue;
    if (isPunct(prev, '::') || (prev?.t === 'word' && prev.v === 'as')) continue;
    // `name (a, b) as (...)`: a CTE's column list, not a call.
    if (isCteColumnList(body, k + 1)) continue;
    if (isPunct(prev, '.')) {
      throw new SqlRefused('function', `Not authorized to call function ${qualifiedName(body, k)}`);
    }
    if (!ALLOWED_FUNCTIONS.has(token.v)) {
      throw new SqlRefused('function', `Not authorized to call function ${token.v}`);
    }
  }
  if (depth !== 0) throw new SqlRefused('syntax', 'Unbalanced brackets');
  for (const [k, token] of body.entries()) {
    if (token.t === 'ident' && isPunct(body[k + 1], '(') && !isCteColumnList(body, k + 1)) {
      throw new SqlRefused('function', `Not authorized to call function ${token.v}`);
    }
  }
  return sql.trim().replace(/;+\s*$/, '');
}

function isPunct(token: Token | undefined, v: string): boolean {
  return token?.t === 'punct' && token.v === v;
}

function qualifiedName(tokens: Token[], k: number): string {
  const parts: string[] = [];
  let i = k;
  while (i >= 0) {
    const tk = tokens[i];
    if (tk?.t === 'word' || tk?.t === 'ident') parts.unshift(tk.v);
    else break;
    if (!isPunct(tokens[i - 1], '.')) break;
    i -= 2;
  }
  return parts.join('.');
}

function isCteColumnList(tokens: Token[], open: number): boolean {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    if (isPunct(tokens[i], '(')) depth++;
    else if (isPunct(tokens[i], ')')) {
      depth--;
      if (depth === 0) {
        const after = tokens[i + 1];
        return after?.t === 'word' && after.v === 'as';
      }
    } else if (
      depth === 1 &&
      tokens[i]?.t !== 'word' &&
      tokens[i]?.t !== 'ident' &&
      !isPunct(tokens[i], ',')
    ) {
      return false;
    }
  }
  return false;
}

interface PlanNode {
  'Relation Name'?: string;
  Schema?: string;
  'Function Name'?: string;
  'Total Cost'?: number;
  Plans?: PlanNode[];
  [key: string]: unknown;
}

/**
 * Walks an EXPLAIN (FORMAT JSON) plan: every relation must be a datastore table in `readable`,
 * every function scanned must be allowed, and the estimated cost must stay under `maxCost`.
 */
export function checkPlan(
  plan: unknown,
  options: { readable(table: string): boolean; maxCost: number },
): void {
  const root = (Array.isArray(plan) ? plan[0] : plan) as { Plan?: PlanNode } | undefined;
  if (!root?.Plan) throw new SqlRefused('syntax', 'Could not read the query plan');
  const cost = root.Plan['Total Cost'] ?? 0;
  if (cost > options.maxCost) {
    throw new SqlRefused(
      'cost',
      `Query took too long (estimated cost ${Math.round(cost)} is over ${options.maxCost})`,
    );
  }
  const visit = (node: PlanNode) => {
    const relation = node['Relation Name'];
    if (relation !== undefined) {
      const schema = node.Schema ?? '';
      if (
        schema === 'pg_catalog' ||
        schema === 'information_schema' ||
        relation.startsWith('pg_')
      ) {
        throw new SqlRefused('system', 'Not authorized to access system tables');
      }
      if (schema !== 'opendata_datastore' || !options.readable(relation)) {
        throw new SqlRefused('resource', 'Not authorized to read resource.');
      }
    }
    const fn = node['Function Name'];
    if (fn !== undefined && !ALLOWED_FUNCTIONS.has(fn)) {
      throw new SqlRefused('function', `Not authorized to call function ${fn}`);
    }
    for (const child of node.Plans ?? []) visit(child);
  };
  visit(root.Plan);
}

/** Every relation name a plan reads (to look up which resources it needs). */
export function planRelations(plan: unknown): string[] {
  const out = new Set<string>();
  const root = (Array.isArray(plan) ? plan[0] : plan) as { Plan?: PlanNode } | undefined;
  const visit = (node: PlanNode | undefined) => {
    if (!node) return;
    if (node['Relation Name'] && node.Schema === 'opendata_datastore')
      out.add(node['Relation Name']);
    for (const child of node.Plans ?? []) visit(child);
  };
  visit(root?.Plan);
  return [...out];
}
