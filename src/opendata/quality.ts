import { type CatalogMetadata, frequencyDays } from './catalog-metadata.ts';
import { isMachineReadable, isOpenFormat } from './formats.ts';
import { findLicense } from './licenses.ts';

/**
 * The dataset quality score behind the "valuable datasets" awards (docs/opendata.md, "Quality
 * score"). Out of 100:
 *
 *  - metadata completeness, 30: the share of the GDC and CKAN fields a reader needs that are
 *    filled (the data type adds its own: statistics' calendar, years and unit; geospatial's scale
 *    and bounding box);
 *  - open format, 15: a resource in an open, machine-readable format (CSV, JSON, XML, GeoJSON,
 *    ODS, RDF, ...: Tim Berners-Lee's third star) scores 15, a proprietary machine-readable one
 *    (XLSX, XLS, SHP: two stars) 8, documents only (PDF, DOCX, ...) 0;
 *  - machine-readable datastore, 15: at least one resource loaded into the datastore, so the
 *    data can be queried through the API without downloading it;
 *  - update frequency met, 15: the last update is no older than the declared period times the
 *    interval, with half a period of grace; a one-off collection ('never') has nothing due and
 *    scores 15; 'irregular' 8; no declared frequency 0;
 *  - licence openness, 15: a licence that conforms to the Open Definition;
 *  - downloads, 10: log-scaled against the most downloaded dataset of the year,
 *    10 × log(1 + d) / log(1 + max), so use counts without letting a few giants take all.
 */
export interface QualityInput {
  dataset: CatalogMetadata & {
    title: string | null;
    notes: string | null;
    license_id: string | null;
    author: string | null;
    author_email: string | null;
    maintainer: string | null;
    maintainer_email: string | null;
    metadata_modified: Date;
  };
  tagCount: number;
  resources: Array<{
    format: string | null;
    datastore_active: boolean;
    last_modified: Date | null;
    created: Date;
  }>;
  downloads: number;
  maxDownloads: number;
  /** When the score is taken (the end of the award year, or now). */
  at: Date;
}

export interface QualityScore {
  total: number;
  metadata: number;
  openFormat: number;
  datastore: number;
  frequency: number;
  licence: number;
  downloads: number;
}

const filled = (v: unknown) => v !== null && v !== undefined && String(v).trim() !== '';

export function metadataChecks(input: QualityInput): Array<[string, boolean]> {
  const d = input.dataset;
  const checks: Array<[string, boolean]> = [
    ['title', filled(d.title)],
    ['notes', (d.notes ?? '').trim().length >= 20],
    ['tags', input.tagCount > 0],
    ['license_id', filled(d.license_id)],
    ['maintainer', filled(d.maintainer) || filled(d.author)],
    ['maintainer_email', filled(d.maintainer_email) || filled(d.author_email)],
    ['data_type', filled(d.data_type)],
    ['objective', filled(d.objective)],
    ['update_frequency', filled(d.update_frequency)],
    ['geographic_coverage', filled(d.geographic_coverage)],
    ['data_source', filled(d.data_source)],
    ['data_classification', filled(d.data_classification)],
    ['accessibility_conditions', filled(d.accessibility_conditions)],
  ];
  if (d.data_type === 'statistics' || d.data_type === 'multiple') {
    checks.push(
      ['release_calendar', filled(d.release_calendar)],
      ['first_year', filled(d.first_year)],
      ['last_year', filled(d.last_year)],
      ['unit_of_measure', filled(d.unit_of_measure)],
    );
  }
  if (d.data_type === 'geospatial' || d.data_type === 'multiple') {
    checks.push(
      ['geo_scale', filled(d.geo_scale)],
      ['bbox', [d.bbox_west, d.bbox_south, d.bbox_east, d.bbox_north].every(filled)],
    );
  }
  return checks;
}

export function lastUpdate(input: QualityInput): Date {
  let latest = input.dataset.metadata_modified.getTime();
  for (const r of input.resources) {
    latest = Math.max(latest, (r.last_modified ?? r.created).getTime());
  }
  return new Date(latest);
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function qualityScore(input: QualityInput): QualityScore {
  const checks = metadataChecks(input);
  const metadata = (30 * checks.filter(([, ok]) => ok).length) / checks.length;

  const formats = input.resources.map((r) => r.format ?? '');
  const openFormat = formats.some((f) => isOpenFormat(f) && isMachineReadable(f))
    ? 15
    : formats.some((f) => isMachineReadable(f))
      ? 8
      : 0;

  const datastore = input.resources.some((r) => r.datastore_active) ? 15 : 0;

  let frequency = 0;
  const f = input.dataset.update_frequency;
  if (f === 'never') frequency = 15;
  else if (f === 'irregular') frequency = 8;
  else if (f) {
    const period = (frequencyDays[f] ?? 0) * (input.dataset.update_frequency_interval ?? 1);
    const ageDays = (input.at.getTime() - lastUpdate(input).getTime()) / 86_400_000;
    frequency = ageDays <= period * 1.5 ? 15 : 0;
  }

  const licence = findLicense(input.dataset.license_id)?.open ? 15 : 0;

  const downloads =
    input.maxDownloads > 0
      ? (10 * Math.log1p(Math.max(0, input.downloads))) / Math.log1p(input.maxDownloads)
      : 0;

  const parts = { metadata, openFormat, datastore, frequency, licence, downloads };
  const total = Object.values(parts).reduce((a, b) => a + b, 0);
  return {
    total: round1(total),
    metadata: round1(metadata),
    openFormat,
    datastore,
    frequency,
    licence,
    downloads: round1(downloads),
  };
}
