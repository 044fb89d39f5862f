import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type QueryKind, qualityQueries } from './quality-queries.ts';
import { type CatalogueTestApp, startAppWithCatalogue } from './testing.ts';

/**
 * The search-quality table: how citizens really type, each query with the service it must find
 * among the first three results, on the demo catalogue, on both databases.
 */
describe('search quality on the demo catalogue', () => {
  let t: CatalogueTestApp;
  beforeAll(async () => {
    t = await startAppWithCatalogue({ seed: true, server: false });
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('has at least 60 queries, of every kind', () => {
    expect(qualityQueries.length).toBeGreaterThanOrEqual(60);
    const kinds = new Set<QueryKind>(qualityQueries.map((q) => q.kind));
    expect([...kinds].sort()).toEqual(
      [
        'abbreviation',
        'english',
        'everyday words',
        'mixed',
        'no spaces',
        'no tone marks',
        'partial',
        'typo',
      ].sort(),
    );
    for (const { q, expect: code } of qualityQueries) {
      expect(q.trim(), code).not.toBe('');
    }
  });

  it.each(qualityQueries)('$kind: “$q” finds $expect in the top 3', async ({ q, expect: code }) => {
    const found = await t.catalogue.searchServices(q, { limit: 3 });
    const codes = found.services.map((s) => s.code);
    expect(codes, `${q} → ${codes.join(', ')} (${found.stage})`).toContain(code);
  });
});
