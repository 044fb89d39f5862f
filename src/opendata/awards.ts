import type { Db } from '../platform/db/database.ts';
import { type QualityScore, qualityScore } from './quality.ts';
import type { DatasetRow } from './store.ts';
import * as store from './store.ts';
import * as community from './store-community.ts';

/**
 * The Open Data Awards of a year, as data.go.th gives them (seed 003: 3 plaques for the most
 * popular datasets, 3 for datasets that answer citizens' requests, 39 certificates for valuable
 * datasets). Each dataset wins at most once: the plaques are decided first.
 */
export const AWARD_COUNTS = { popular: 3, requests: 3, valuable: 39 } as const;

export interface AwardEntry {
  dataset: DatasetRow;
  /** Why it won: uses in the year, request votes, or the quality score. */
  views?: number;
  downloads?: number;
  votes?: number;
  requests?: number;
  score?: QualityScore;
}

export interface Awards {
  year: number;
  popular: AwardEntry[];
  requests: AwardEntry[];
  valuable: AwardEntry[];
}

export async function computeAwards(db: Db, year: number, now = new Date()): Promise<Awards> {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const endOfYear = new Date(Date.UTC(year + 1, 0, 1));
  const at = now < endOfYear ? now : endOfYear;
  const won = new Set<string>();

  const usage = await community.usageByDataset(db, { from, to, limit: 50 });
  const usageRows = await store.findDatasetsByIds(
    db,
    usage.map((u) => u.dataset_id),
  );
  const rowById = new Map(usageRows.map((r) => [r.id, r]));
  const popular: AwardEntry[] = [];
  for (const u of usage) {
    const dataset = rowById.get(u.dataset_id);
    if (!dataset || popular.length >= AWARD_COUNTS.popular) continue;
    popular.push({ dataset, views: u.views, downloads: u.downloads });
    won.add(dataset.id);
  }

  const answered = await community.answeredRequestDatasets(db, year);
  const answeredRows = await store.findDatasetsByIds(
    db,
    answered.map((a) => a.dataset_id),
  );
  const answeredById = new Map(answeredRows.map((r) => [r.id, r]));
  const requests: AwardEntry[] = [];
  for (const a of answered) {
    const dataset = answeredById.get(a.dataset_id);
    if (!dataset || won.has(dataset.id) || requests.length >= AWARD_COUNTS.requests) continue;
    requests.push({ dataset, votes: a.votes, requests: a.requests });
    won.add(dataset.id);
  }

  const downloads = await community.downloadsInYear(db, year);
  const maxDownloads = Math.max(0, ...downloads.values());
  const scored: AwardEntry[] = [];
  for (let offset = 0; ; offset += 500) {
    const ids = await store.listPublicDatasetIds(db, { limit: 500, offset });
    if (ids.length === 0) break;
    const rows = (await store.findDatasetsByIds(db, ids)).filter(
      (r) => r.metadata_created < endOfYear,
    );
    const resources = await store.listResourcesOf(
      db,
      rows.map((r) => r.id),
    );
    for (const dataset of rows) {
      if (won.has(dataset.id)) continue;
      const score = qualityScore({
        dataset,
        tagCount: dataset.num_tags,
        resources: resources.filter((r) => r.package_id === dataset.id),
        downloads: downloads.get(dataset.id) ?? 0,
        maxDownloads,
        at,
      });
      scored.push({ dataset, score, downloads: downloads.get(dataset.id) ?? 0 });
    }
    if (ids.length < 500) break;
  }
  scored.sort(
    (a, b) =>
      (b.score?.total ?? 0) - (a.score?.total ?? 0) ||
      (b.downloads ?? 0) - (a.downloads ?? 0) ||
      a.dataset.name.localeCompare(b.dataset.name),
  );
  return { year, popular, requests, valuable: scored.slice(0, AWARD_COUNTS.valuable) };
}
