import type { App } from '../../app.ts';
import { generateLocalAdministrations, toDirectoryCsv } from '../directory-data.ts';

/**
 * Tests and benchmarks only: puts administrations of the generated directory data (the same
 * rows `npm start` seeds) into the directory, through its import, so a test that does not seed
 * all 7,850 can still start assessments for them. Rows are upserted by code.
 */
export async function ensureAdministrations(app: App, codes: readonly string[]): Promise<void> {
  const wanted = new Set(codes);
  const rows = generateLocalAdministrations().filter((a) => wanted.has(a.code));
  if (rows.length !== wanted.size)
    throw new Error(`unknown administration code in ${codes.join(', ')}`);
  const result = await app.localgov.directory.importDirectory(toDirectoryCsv(rows), {
    actor: 'test',
    source: 'test',
  });
  if (!result.ok) throw new Error(`directory import refused: ${JSON.stringify(result.problems)}`);
}

/** The orgs organization of an administration, where officer and executive roles are granted. */
export function administrationOrgId(app: App, code: string): Promise<string> {
  return app.localgov.directory.administrationOrganizationId(code);
}
