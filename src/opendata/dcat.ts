import { findLicense } from './licenses.ts';

/**
 * DCAT export (W3C Data Catalog Vocabulary, version 2) of the catalogue and of each dataset, as
 * JSON-LD and Turtle, built from the same CKAN dicts the API returns. The mapping follows
 * ckanext-dcat's profile (dct:title, dct:description, dcat:keyword, dcat:distribution with
 * dcat:accessURL/downloadURL, dct:accrualPeriodicity with the EU frequency vocabulary), so DCAT
 * harvesters read Pratu as they read a CKAN site.
 */

const PREFIXES = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  hydra: 'http://www.w3.org/ns/hydra/core#',
  locn: 'http://www.w3.org/ns/locn#',
  gsp: 'http://www.opengis.net/ont/geosparql#',
} as const;

type Literal = { value: string; lang?: string; datatype?: string };
type Obj = { iri: string } | Literal | Node;
export interface Node {
  id?: string;
  types: string[];
  props: Array<[string, Obj]>;
}

const lit = (value: string, lang?: string): Literal => (lang ? { value, lang } : { value });
const typed = (value: string, datatype: string): Literal => ({ value, datatype });

const EU_FREQUENCY: Record<string, string> = {
  realtime: 'CONT',
  daily: 'DAILY',
  weekly: 'WEEKLY',
  monthly: 'MONTHLY',
  quarterly: 'QUARTERLY',
  // Six-monthly is ANNUAL_2 in the EU vocabulary (BIENNIAL means every two years).
  half_yearly: 'ANNUAL_2',
  yearly: 'ANNUAL',
  irregular: 'IRREG',
  never: 'NEVER',
};

// biome-ignore lint/suspicious/noExplicitAny: CKAN dicts are open-ended JSON read field by field.
type Dict = Record<string, any>;

const isoDateTime = (naive: string | null) => (naive ? `${naive.slice(0, 19)}Z` : null);

export function datasetNode(pkg: Dict, siteUrl: string): Node {
  const props: Array<[string, Obj]> = [];
  const add = (p: string, o: Obj | null | undefined) => {
    if (o) props.push([p, o]);
  };
  const text = (p: string, v: unknown) => {
    if (typeof v === 'string' && v.trim() !== '') add(p, lit(v, 'th'));
  };
  add('dct:identifier', lit(pkg.id));
  text('dct:title', pkg.title ?? pkg.name);
  text('dct:description', pkg.notes);
  const issued = isoDateTime(pkg.metadata_created);
  const modified = isoDateTime(pkg.metadata_modified);
  if (issued) add('dct:issued', typed(issued, 'xsd:dateTime'));
  if (modified) add('dct:modified', typed(modified, 'xsd:dateTime'));
  add('dcat:landingPage', { iri: `${siteUrl}/data/dataset/${pkg.name}` });
  for (const tag of pkg.tags ?? []) add('dcat:keyword', lit(tag.name, 'th'));
  for (const group of pkg.groups ?? []) {
    add('dcat:theme', { iri: `${siteUrl}/data?groups=${encodeURIComponent(group.name)}` });
  }
  if (pkg.organization) {
    add('dct:publisher', {
      id: `${siteUrl}/data/organization/${pkg.organization.name}`,
      types: ['foaf:Organization'],
      props: [['foaf:name', lit(pkg.organization.title, 'th')]],
    });
  }
  if (pkg.maintainer || pkg.maintainer_email) {
    const contact: Array<[string, Obj]> = [];
    if (pkg.maintainer) contact.push(['vcard:fn', lit(pkg.maintainer)]);
    if (pkg.maintainer_email)
      contact.push(['vcard:hasEmail', { iri: `mailto:${pkg.maintainer_email}` }]);
    add('dcat:contactPoint', { types: ['vcard:Organization'], props: contact });
  }
  const license = findLicense(pkg.license_id);
  if (license?.url) add('dct:license', { iri: license.url });
  else if (pkg.license_id) add('dct:license', lit(pkg.license_title ?? pkg.license_id));
  const extras = new Map<string, string>((pkg.extras ?? []).map((e: Dict) => [e.key, e.value]));
  const freq = extras.get('update_frequency_unit');
  if (freq && EU_FREQUENCY[freq]) {
    add('dct:accrualPeriodicity', {
      iri: `http://publications.europa.eu/resource/authority/frequency/${EU_FREQUENCY[freq]}`,
    });
  }
  const bbox = [
    'west_bound_longitude',
    'south_bound_latitude',
    'east_bound_longitude',
    'north_bound_latitude',
  ].map((k) => extras.get(k));
  if (bbox.every((v) => v !== undefined)) {
    const [w, s, e, n] = bbox;
    add('dct:spatial', {
      types: ['dct:Location'],
      props: [
        [
          'dcat:bbox',
          typed(
            `POLYGON((${w} ${s}, ${e} ${s}, ${e} ${n}, ${w} ${n}, ${w} ${s}))`,
            'gsp:wktLiteral',
          ),
        ],
      ],
    });
  }
  const first = extras.get('first_year_of_data');
  const last = extras.get('last_year_of_data');
  if (first && last) {
    // Buddhist-era years in the metadata; DCAT dates are Common Era.
    add('dct:temporal', {
      types: ['dct:PeriodOfTime'],
      props: [
        ['dcat:startDate', typed(`${Number(first) - 543}-01-01`, 'xsd:date')],
        ['dcat:endDate', typed(`${Number(last) - 543}-12-31`, 'xsd:date')],
      ],
    });
  }
  for (const r of pkg.resources ?? []) {
    const dist: Array<[string, Obj]> = [['dct:identifier', lit(r.id)]];
    if (r.name) dist.push(['dct:title', lit(r.name, 'th')]);
    if (r.description) dist.push(['dct:description', lit(r.description, 'th')]);
    if (r.url) {
      dist.push(['dcat:accessURL', { iri: r.url }]);
      if (r.url_type === 'upload' || r.url_type === 'datastore')
        dist.push(['dcat:downloadURL', { iri: r.url }]);
    }
    if (r.format) dist.push(['dct:format', lit(r.format)]);
    if (r.mimetype) dist.push(['dcat:mediaType', lit(r.mimetype)]);
    if (typeof r.size === 'number')
      dist.push(['dcat:byteSize', typed(String(r.size), 'xsd:nonNegativeInteger')]);
    if (license?.url) dist.push(['dct:license', { iri: license.url }]);
    add('dcat:distribution', {
      id: `${siteUrl}/data/dataset/${pkg.name}/resource/${r.id}`,
      types: ['dcat:Distribution'],
      props: dist,
    });
  }
  return { id: `${siteUrl}/data/dataset/${pkg.name}`, types: ['dcat:Dataset'], props };
}

export function catalogNode(
  datasets: Dict[],
  siteUrl: string,
  page: { page: number; pageSize: number; total: number },
): Node {
  const last = Math.max(1, Math.ceil(page.total / page.pageSize));
  const pageUrl = (n: number) => `${siteUrl}/data/catalog.jsonld?page=${n}`;
  const paging: Node = {
    id: pageUrl(page.page),
    types: ['hydra:PagedCollection'],
    props: [
      ['hydra:totalItems', typed(String(page.total), 'xsd:integer')],
      ['hydra:itemsPerPage', typed(String(page.pageSize), 'xsd:integer')],
      ['hydra:firstPage', lit(pageUrl(1))],
      ['hydra:lastPage', lit(pageUrl(last))],
      ...(page.page < last
        ? ([['hydra:nextPage', lit(pageUrl(page.page + 1))]] as Array<[string, Obj]>)
        : []),
      ...(page.page > 1
        ? ([['hydra:previousPage', lit(pageUrl(page.page - 1))]] as Array<[string, Obj]>)
        : []),
    ],
  };
  return {
    id: `${siteUrl}/data/catalog`,
    types: ['dcat:Catalog'],
    props: [
      ['dct:title', lit('ข้อมูลเปิดภาครัฐ (Pratu)', 'th')],
      ['dct:title', lit('Government open data (Pratu)', 'en')],
      ['dct:description', lit('บัญชีข้อมูลเปิดของหน่วยงานภาครัฐบน Pratu', 'th')],
      ['foaf:homepage', { iri: `${siteUrl}/data` }],
      ['dct:language', { iri: 'http://id.loc.gov/vocabulary/iso639-1/th' }],
      ...datasets.map((d): [string, Obj] => ['dcat:dataset', datasetNode(d, siteUrl)]),
      ['hydra:view', paging],
    ],
  };
}

// --- JSON-LD -----------------------------------------------------------------------------------

function jsonObj(o: Obj): unknown {
  if ('iri' in o) return { '@id': o.iri };
  if ('types' in o) return jsonNode(o);
  if (o.lang) return { '@value': o.value, '@language': o.lang };
  if (o.datatype) return { '@value': o.value, '@type': o.datatype };
  return o.value;
}

function jsonNode(node: Node): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (node.id) out['@id'] = node.id;
  out['@type'] = node.types.length === 1 ? node.types[0] : node.types;
  for (const [p, o] of node.props) {
    const value = jsonObj(o);
    const existing = out[p];
    if (existing === undefined) out[p] = value;
    else out[p] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}

export function toJsonLd(node: Node): Record<string, unknown> {
  return { '@context': PREFIXES, ...jsonNode(node) };
}

// --- Turtle ------------------------------------------------------------------------------------

function iri(value: string): string {
  // IRIREF may not hold spaces, <, >, ", {, }, |, ^, ` or backslash (Turtle 1.1, section 6.5).
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it escapes.
  return `<${value.replace(/[\u0000-\u0020<>"{}|^`\\]/g, (c) => encodeURIComponent(c))}>`;
}

function literal(o: Literal): string {
  const escaped = o.value
    .replaceAll('\\', '\\\\')
    .replaceAll('"', '\\"')
    .replaceAll('\n', '\\n')
    .replaceAll('\r', '\\r');
  if (o.lang) return `"${escaped}"@${o.lang}`;
  if (o.datatype) return `"${escaped}"^^${o.datatype}`;
  return `"${escaped}"`;
}

function ttlObj(o: Obj, indent: string): string {
  if ('iri' in o) return iri(o.iri);
  if ('types' in o) {
    if (o.id) return iri(o.id);
    return `[\n${ttlBody(o, `${indent}  `)}\n${indent}]`;
  }
  return literal(o);
}

function ttlBody(node: Node, indent: string): string {
  const lines = [`${indent}a ${node.types.join(', ')}`];
  for (const [p, o] of node.props) lines.push(`${indent}${p} ${ttlObj(o, indent)}`);
  return lines.join(' ;\n');
}

/** Named nodes are written as their own subjects after the node that links to them. */
function collectNamed(node: Node, out: Node[]): void {
  for (const [, o] of node.props) {
    if ('types' in o) {
      if (o.id) out.push(o);
      collectNamed(o, out);
    }
  }
}

export function toTurtle(node: Node): string {
  const head = Object.entries(PREFIXES)
    .map(([p, u]) => `@prefix ${p}: <${u}> .`)
    .join('\n');
  const subjects = [node];
  collectNamed(node, subjects);
  const seen = new Set<string>();
  const blocks = subjects
    .filter((n) => {
      const key = n.id ?? '';
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((n) => `${n.id ? iri(n.id) : '[]'}\n${ttlBody(n, '  ')} .`);
  return `${head}\n\n${blocks.join('\n\n')}\n`;
}
