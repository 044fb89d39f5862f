/**
 * Resource formats: CKAN normalises a format to its canonical spelling (`clean_format`, backed by
 * ckan/config/resource_formats.json: 'csv' → 'CSV') and guesses it from the URL when empty
 * (`if_empty_guess_format`). Pratu keeps a small table of the formats government data uses, with
 * the openness facts the quality score needs (docs/opendata.md, "Quality score").
 */
interface FormatInfo {
  name: string;
  mimetype: string;
  extensions: string[];
  /** Structured data a program can read without a human (Tim Berners-Lee's 2 stars). */
  machineReadable: boolean;
  /** A non-proprietary format (3 stars). */
  open: boolean;
}

const FORMATS: FormatInfo[] = [
  { name: 'CSV', mimetype: 'text/csv', extensions: ['csv'], machineReadable: true, open: true },
  {
    name: 'TSV',
    mimetype: 'text/tab-separated-values',
    extensions: ['tsv'],
    machineReadable: true,
    open: true,
  },
  {
    name: 'JSON',
    mimetype: 'application/json',
    extensions: ['json'],
    machineReadable: true,
    open: true,
  },
  {
    name: 'GeoJSON',
    mimetype: 'application/geo+json',
    extensions: ['geojson'],
    machineReadable: true,
    open: true,
  },
  {
    name: 'XML',
    mimetype: 'application/xml',
    extensions: ['xml'],
    machineReadable: true,
    open: true,
  },
  {
    name: 'RDF',
    mimetype: 'application/rdf+xml',
    extensions: ['rdf'],
    machineReadable: true,
    open: true,
  },
  {
    name: 'JSON-LD',
    mimetype: 'application/ld+json',
    extensions: ['jsonld'],
    machineReadable: true,
    open: true,
  },
  { name: 'TTL', mimetype: 'text/turtle', extensions: ['ttl'], machineReadable: true, open: true },
  {
    name: 'KML',
    mimetype: 'application/vnd.google-earth.kml+xml',
    extensions: ['kml'],
    machineReadable: true,
    open: true,
  },
  {
    name: 'ODS',
    mimetype: 'application/vnd.oasis.opendocument.spreadsheet',
    extensions: ['ods'],
    machineReadable: true,
    open: true,
  },
  {
    name: 'XLSX',
    mimetype: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    machineReadable: true,
    open: false,
  },
  {
    name: 'XLS',
    mimetype: 'application/vnd.ms-excel',
    extensions: ['xls'],
    machineReadable: true,
    open: false,
  },
  {
    name: 'SHP',
    mimetype: 'application/x-esri-shape',
    extensions: ['shp'],
    machineReadable: true,
    open: false,
  },
  { name: 'TXT', mimetype: 'text/plain', extensions: ['txt'], machineReadable: false, open: true },
  {
    name: 'HTML',
    mimetype: 'text/html',
    extensions: ['html', 'htm'],
    machineReadable: false,
    open: true,
  },
  {
    name: 'PDF',
    mimetype: 'application/pdf',
    extensions: ['pdf'],
    machineReadable: false,
    open: false,
  },
  {
    name: 'DOCX',
    mimetype: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    machineReadable: false,
    open: false,
  },
  {
    name: 'ZIP',
    mimetype: 'application/zip',
    extensions: ['zip'],
    machineReadable: false,
    open: true,
  },
  { name: 'API', mimetype: '', extensions: [], machineReadable: true, open: true },
];

const byName = new Map(FORMATS.map((f) => [f.name.toLowerCase(), f]));
const byExtension = new Map(FORMATS.flatMap((f) => f.extensions.map((e) => [e, f] as const)));
const byMimetype = new Map(FORMATS.filter((f) => f.mimetype).map((f) => [f.mimetype, f]));

/** The canonical spelling of a format ('csv' → 'CSV', '.xlsx' → 'XLSX'); unknown ones as given. */
export function cleanFormat(format: string): string {
  const key = format.trim().replace(/^\./, '').toLowerCase();
  return byName.get(key)?.name ?? byExtension.get(key)?.name ?? format.trim();
}

function extensionOf(url: string): string {
  const path = url.split(/[?#]/)[0] ?? '';
  const last = path.split('/').pop() ?? '';
  const dot = last.lastIndexOf('.');
  return dot >= 0 ? last.slice(dot + 1).toLowerCase() : '';
}

/** The format a URL or file name suggests by its extension, or '' (CKAN's mimetype guess). */
export function guessFormat(urlOrFileName: string): string {
  return byExtension.get(extensionOf(urlOrFileName))?.name ?? '';
}

export function guessMimetype(urlOrFileName: string): string | null {
  return byExtension.get(extensionOf(urlOrFileName))?.mimetype || null;
}

export function formatFromMimetype(mimetype: string): string {
  return byMimetype.get(mimetype.split(';')[0]?.trim() ?? '')?.name ?? '';
}

export function isOpenFormat(format: string): boolean {
  return byName.get(format.toLowerCase())?.open ?? false;
}

export function isMachineReadable(format: string): boolean {
  return byName.get(format.toLowerCase())?.machineReadable ?? false;
}

/** Formats the datastore loader reads into a table of its own. */
export function isTabular(format: string): 'csv' | 'xlsx' | null {
  const f = format.toLowerCase();
  if (f === 'csv' || f === 'tsv') return 'csv';
  if (f === 'xlsx') return 'xlsx';
  return null;
}
