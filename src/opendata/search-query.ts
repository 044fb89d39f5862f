/**
 * The subset of Solr's query syntax CKAN clients put in `q` and `fq` (docs/ckan-compat.md
 * section 8): `field:value`, `field:"quoted value"`, `field:*`, `field:[a TO b]` (harvesters ask
 * for `metadata_modified:[2024-01-01T00:00:00Z TO *]`), `AND`, `OR`, `NOT`/`-`/`+`, brackets,
 * and `*:*`. Terms written side by side are ANDed. Pratu runs the result on PostgreSQL
 * (store.ts); anything it cannot read is a Search Query Error, never a 500.
 */

export type FilterNode =
  | { kind: 'all' }
  | { kind: 'and'; items: FilterNode[] }
  | { kind: 'or'; items: FilterNode[] }
  | { kind: 'not'; item: FilterNode }
  | { kind: 'term'; field: string; value: string }
  | { kind: 'range'; field: string; from: string | null; to: string | null }
  | { kind: 'text'; value: string };

/** Fields a filter may name, as CKAN's Solr index calls them. */
export const filterFields = new Set([
  'tags',
  'groups',
  'organization',
  'owner_org',
  'res_format',
  'license_id',
  'name',
  'id',
  'private',
  'capacity',
  'state',
  'type',
  'dataset_type',
  'metadata_modified',
  'metadata_created',
  'num_resources',
  'num_tags',
  'data_type',
  'title',
  'notes',
  'text',
]);

export class QuerySyntaxError extends Error {}

type Token =
  | { t: 'lparen' }
  | { t: 'rparen' }
  | { t: 'and' }
  | { t: 'or' }
  | { t: 'not' }
  | { t: 'plus' }
  | { t: 'field'; name: string }
  | { t: 'word'; value: string; quoted: boolean }
  | { t: 'range'; from: string | null; to: string | null };

const FIELD_RE = /^([A-Za-z_][\w.]*):/;

function lex(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input.charAt(i);
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '(') {
      tokens.push({ t: 'lparen' });
      i++;
      continue;
    }
    if (c === ')') {
      tokens.push({ t: 'rparen' });
      i++;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      let value = '';
      while (j < input.length && input.charAt(j) !== '"') {
        if (input.charAt(j) === '\\' && j + 1 < input.length) j++;
        value += input.charAt(j);
        j++;
      }
      if (j >= input.length) throw new QuerySyntaxError('Unbalanced quotes');
      tokens.push({ t: 'word', value, quoted: true });
      i = j + 1;
      continue;
    }
    if (c === '[' || c === '{') {
      const close = input.indexOf(c === '[' ? ']' : '}', i);
      if (close < 0) throw new QuerySyntaxError('Unbalanced range');
      const body = input.slice(i + 1, close).trim();
      const m = /^(\S+)\s+TO\s+(\S+)$/.exec(body);
      if (!m) throw new QuerySyntaxError('Invalid range');
      tokens.push({
        t: 'range',
        from: m[1] === '*' ? null : (m[1] ?? null),
        to: m[2] === '*' ? null : (m[2] ?? null),
      });
      i = close + 1;
      continue;
    }
    if (
      (c === '-' || c === '+' || c === '!') &&
      i + 1 < input.length &&
      !/\s/.test(input.charAt(i + 1))
    ) {
      const prev = tokens[tokens.length - 1];
      // A sign only counts at the start of a term, not inside a word such as 'pm2-5'.
      if (prev?.t !== 'field') {
        tokens.push(c === '+' ? { t: 'plus' } : { t: 'not' });
        i++;
        continue;
      }
    }
    if (c === '&' && input.charAt(i + 1) === '&') {
      tokens.push({ t: 'and' });
      i += 2;
      continue;
    }
    if (c === '|' && input.charAt(i + 1) === '|') {
      tokens.push({ t: 'or' });
      i += 2;
      continue;
    }
    const rest = input.slice(i);
    const field = FIELD_RE.exec(rest);
    if (field && !rest.startsWith(`${field[1]}://`)) {
      tokens.push({ t: 'field', name: field[1] ?? '' });
      i += field[0].length;
      continue;
    }
    let j = i;
    let value = '';
    while (j < input.length && !/[\s()"]/.test(input.charAt(j))) {
      if (input.charAt(j) === '\\' && j + 1 < input.length) j++;
      value += input.charAt(j);
      j++;
    }
    if (value === 'AND') tokens.push({ t: 'and' });
    else if (value === 'OR') tokens.push({ t: 'or' });
    else if (value === 'NOT') tokens.push({ t: 'not' });
    else tokens.push({ t: 'word', value, quoted: false });
    i = j;
  }
  return tokens;
}

class Parser {
  private i = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly allowText: boolean,
  ) {}

  parse(): FilterNode {
    if (this.tokens.length === 0) return { kind: 'all' };
    const node = this.or();
    if (this.i < this.tokens.length) throw new QuerySyntaxError('Unexpected token');
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private or(): FilterNode {
    const items = [this.and()];
    while (this.peek()?.t === 'or') {
      this.i++;
      items.push(this.and());
    }
    return items.length === 1 ? items[0]! : { kind: 'or', items };
  }

  private and(): FilterNode {
    const items = [this.unary()];
    for (;;) {
      const next = this.peek();
      if (!next || next.t === 'or' || next.t === 'rparen') break;
      if (next.t === 'and') this.i++;
      items.push(this.unary());
    }
    return items.length === 1 ? items[0]! : { kind: 'and', items };
  }

  private unary(): FilterNode {
    const next = this.peek();
    if (next?.t === 'not') {
      this.i++;
      return { kind: 'not', item: this.unary() };
    }
    if (next?.t === 'plus') {
      this.i++;
      return this.unary();
    }
    return this.primary();
  }

  private primary(): FilterNode {
    const token = this.tokens[this.i++];
    if (!token) throw new QuerySyntaxError('Unexpected end of query');
    if (token.t === 'lparen') {
      const node = this.or();
      if (this.tokens[this.i++]?.t !== 'rparen') throw new QuerySyntaxError('Unbalanced brackets');
      return node;
    }
    if (token.t === 'field') return this.fieldValue(token.name);
    if (token.t === 'word') {
      if (token.value === '*' || token.value === '*:*') return { kind: 'all' };
      if (!this.allowText) return { kind: 'text', value: token.value };
      return { kind: 'text', value: token.value };
    }
    throw new QuerySyntaxError('Unexpected token');
  }

  private fieldValue(field: string): FilterNode {
    const token = this.tokens[this.i++];
    if (!token) throw new QuerySyntaxError(`Missing value for ${field}`);
    if (field === '*' || (token.t === 'word' && token.value === '*' && field === '')) {
      return { kind: 'all' };
    }
    if (token.t === 'word') return { kind: 'term', field, value: token.value };
    if (token.t === 'range') return { kind: 'range', field, from: token.from, to: token.to };
    if (token.t === 'lparen') {
      // field:(a OR b): each value for the same field.
      const inner = this.or();
      if (this.tokens[this.i++]?.t !== 'rparen') throw new QuerySyntaxError('Unbalanced brackets');
      return bindField(inner, field);
    }
    throw new QuerySyntaxError(`Missing value for ${field}`);
  }
}

function bindField(node: FilterNode, field: string): FilterNode {
  switch (node.kind) {
    case 'text':
      return { kind: 'term', field, value: node.value };
    case 'and':
    case 'or':
      return { kind: node.kind, items: node.items.map((n) => bindField(n, field)) };
    case 'not':
      return { kind: 'not', item: bindField(node.item, field) };
    default:
      return node;
  }
}

/**
 * Parses `fq` (or the field part of `q`). Unknown fields are an error, as Solr's "undefined
 * field" is. Free words are kept as `text` nodes (Solr searches them in the default field).
 */
export function parseFilter(input: string): FilterNode {
  const trimmed = input.trim();
  if (trimmed === '' || trimmed === '*:*') return { kind: 'all' };
  const node = new Parser(lex(trimmed.replaceAll('*:*', ' ')), true).parse();
  checkFields(node);
  return node;
}

function checkFields(node: FilterNode): void {
  switch (node.kind) {
    case 'and':
    case 'or':
      for (const n of node.items) checkFields(n);
      return;
    case 'not':
      checkFields(node.item);
      return;
    case 'term':
    case 'range':
      if (!filterFields.has(node.field))
        throw new QuerySyntaxError(`undefined field ${node.field}`);
      return;
    default:
      return;
  }
}

/**
 * Splits `q` into field filters and free text, so that `q=tags:economy ภาษี` filters on the tag
 * and searches the words. Words that look like `unknown:value` (a URL, a time) stay text.
 */
export function splitQuery(q: string): { filter: FilterNode; text: string } {
  const trimmed = q.trim();
  if (trimmed === '' || trimmed === '*:*' || trimmed === '""' || trimmed === "''") {
    return { filter: { kind: 'all' }, text: '' };
  }
  const hasField = /(^|[\s(+-])([A-Za-z_][\w.]*):(?!\/\/)/.exec(trimmed);
  const fieldName = hasField?.[2];
  if (!fieldName || !filterFields.has(fieldName)) return { filter: { kind: 'all' }, text: trimmed };
  try {
    const node = parseFilter(trimmed);
    const texts: string[] = [];
    const filter = stripText(node, texts);
    return { filter: filter ?? { kind: 'all' }, text: texts.join(' ') };
  } catch {
    return { filter: { kind: 'all' }, text: trimmed };
  }
}

function stripText(node: FilterNode, texts: string[]): FilterNode | null {
  switch (node.kind) {
    case 'text':
      texts.push(node.value);
      return null;
    case 'and': {
      const items = node.items.map((n) => stripText(n, texts)).filter((n): n is FilterNode => !!n);
      if (items.length === 0) return null;
      return items.length === 1 ? items[0]! : { kind: 'and', items };
    }
    default:
      return node;
  }
}

/** Sort clauses CKAN clients send; `score`/`rank` is relevance. */
export const sortFields = new Set([
  'score',
  'rank',
  'metadata_modified',
  'metadata_created',
  'name',
  'title_string',
  'title',
  'num_resources',
  'num_tags',
  'id',
]);

export function parseSort(sort: string): Array<{ field: string; dir: 'asc' | 'desc' }> | null {
  const clauses = sort
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const out: Array<{ field: string; dir: 'asc' | 'desc' }> = [];
  for (const clause of clauses) {
    const [field, dir = 'asc', ...rest] = clause.split(/\s+/);
    if (!field || rest.length || !sortFields.has(field)) return null;
    if (dir !== 'asc' && dir !== 'desc') return null;
    out.push({ field: field === 'rank' ? 'score' : field, dir });
  }
  return out.length ? out : null;
}
