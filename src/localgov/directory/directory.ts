import { createHash, randomUUID } from 'node:crypto';
import type { OrgsApi } from '../../orgs/index.ts';
import { appendAudit } from '../../platform/audit.ts';
import { type Database, type Db, isUuid } from '../../platform/db/database.ts';
import { DomainError } from '../../platform/errors.ts';
import { defineMessages } from '../../platform/i18n/index.ts';
import { toTsQuery } from '../../platform/search/thai-text.ts';
import {
  administrationCodeOf,
  isAdministrationCode,
  type LocalAdministration,
  organizationCodeOf,
} from './administrations.ts';
import { type ImportProblem, type ReadRow, readDirectoryCsv } from './csv-import.ts';
import type { DirectoryFilter } from './directory-filter.ts';
import { createSearchIndexer, parseDirectoryQuery, trigramQuery } from './search.ts';
import * as store from './store.ts';

defineMessages({
  'localgov.administration_not_found': {
    th: 'ไม่พบองค์กรปกครองส่วนท้องถิ่นรหัส {code}',
    en: 'No local administration has the code {code}',
  },
  'localgov.domain_taken': {
    th: 'โดเมน {value} เป็นของ อปท. รหัส {other} อยู่แล้ว (หนึ่งโดเมนเป็นของ อปท. เดียว)',
    en: 'The domain {value} already belongs to administration {other} (a domain belongs to one administration)',
  },
});

export interface ImportProgress {
  phase: 'index' | 'load' | 'save';
  done: number;
  total: number;
}

export type ImportResult =
  | { ok: true; total: number; inserted: number; updated: number; unchanged: number }
  | { ok: false; problems: ImportProblem[]; records: number };

/** The directory's domain operations, shared by routes, commands, the e-mail registry and seed. */
export function createDirectory(deps: { db: Db; database: Database; orgs: OrgsApi }) {
  const { db } = deps;

  async function findAdministration(idOrCode: string): Promise<LocalAdministration | null> {
    const key = idOrCode.trim();
    if (isAdministrationCode(key)) return store.findByCode(db, key);
    if (isUuid(key)) return store.findById(db, key);
    return null;
  }

  async function requireAdministration(code: string): Promise<LocalAdministration> {
    const found = await findAdministration(code);
    if (!found) {
      throw new DomainError('localgov.administration_not_found', {
        status: 404,
        params: { code: code.slice(0, 40) },
      });
    }
    return found;
  }

  async function listAdministrations(filter: Partial<DirectoryFilter>) {
    const q = filter.q?.trim() ?? '';
    const tsQuery = q ? toTsQuery(parseDirectoryQuery(q)) : '';
    // Lexemes are letters, marks and digits only (thai-text.ts toSafeLexeme), so ':*' appears
    // only as the prefix marker; ':*A' restricts the prefix match to weight A, the names.
    const query = q
      ? { tsQuery, namesTsQuery: tsQuery.replaceAll(':*', ':*A'), trigramText: trigramQuery(q) }
      : null;
    return store.searchAdministrations(db, query, {
      provinceCode: filter.provinceCode,
      type: filter.type,
      region: filter.region,
      limit: Math.min(Math.max(filter.limit ?? 20, 1), 1000),
      offset: Math.max(filter.offset ?? 0, 0),
    });
  }

  /**
   * The `orgs` organization of an administration (code `lao-<code>`, kind local_administration),
   * created on first use. Creating all 7,850 up front through `orgs.ensureOrganization` takes
   * about 10 s (one round trip each, measured 1.2 ms on PGlite and PostgreSQL), which every
   * seeded test would pay; most administrations never get a staff role in a demo.
   */
  async function administrationOrganizationId(code: string): Promise<string> {
    const administration = await requireAdministration(code);
    if (administration.organizationId) return administration.organizationId;
    const org = await deps.orgs.ensureOrganization({
      code: organizationCodeOf(administration.code),
      kind: 'local_administration',
      name_th: administration.nameTh,
      name_en: administration.nameEn,
    });
    await store.setOrganizationId(db, administration.code, org.id);
    return org.id;
  }

  /**
   * Validates and loads a directory file. All-or-nothing: if any row is bad, or a domain is
   * already another administration's, nothing is written and every problem comes back with its
   * line; otherwise every row is inserted or updated by code in one transaction.
   */
  async function importDirectory(
    input: string | Uint8Array,
    options: { actor: string; source: string; onProgress?: (p: ImportProgress) => void },
  ): Promise<ImportResult> {
    const read = readDirectoryCsv(input);
    if (read.problems.length > 0) {
      return { ok: false, problems: read.problems, records: read.records };
    }
    const digest = createHash('sha256').update(input).digest('hex');
    return loadRows(read.rows, { ...options, digest });
  }

  async function loadRows(
    rows: readonly ReadRow[],
    options: {
      actor: string;
      source: string;
      digest: string;
      onProgress?: (p: ImportProgress) => void;
    },
  ): Promise<ImportResult> {
    const progress = options.onProgress ?? (() => {});
    const total = rows.length;
    const staged: store.StagedAdministration[] = [];
    const index = createSearchIndexer();
    for (const [i, row] of rows.entries()) {
      staged.push({ ...row, search: index(row.value) });
      if ((i + 1) % 250 === 0 || i + 1 === total) progress({ phase: 'index', done: i + 1, total });
    }
    const batch = randomUUID();
    await store.purgeStaleStaging(db);
    progress({ phase: 'load', done: 0, total });
    await store.stageRows(deps.database, batch, staged);
    progress({ phase: 'load', done: total, total });
    try {
      const conflicts = await store.findDomainConflicts(db, batch);
      if (conflicts.length > 0) {
        return {
          ok: false,
          records: total,
          problems: conflicts.map((c) => ({
            line: c.line,
            column: 'website',
            code: 'localgov.domain_taken',
            params: { value: c.domain, other: c.other_code },
          })),
        };
      }
      const counts = await db.transaction().execute(async (trx) => {
        const result = await store.upsertFromStaging(trx, batch);
        // An administration whose organization already exists keeps its name there in step.
        for (const org of await store.listOrganizationsInBatch(trx, batch)) {
          await deps.orgs.ensureOrganization(
            {
              code: organizationCodeOf(org.code),
              kind: 'local_administration',
              name_th: org.name_th,
              name_en: org.name_en,
            },
            trx,
          );
        }
        await store.recordImport(trx, {
          actor: options.actor,
          source: options.source,
          digest: options.digest,
          rows_total: total,
          rows_inserted: result.inserted,
          rows_updated: result.updated,
        });
        await appendAudit(trx, {
          actor: options.actor,
          action: 'localgov.directory_imported',
          subject: 'localgov:directory',
          details: { source: options.source, digest: options.digest, total, ...result },
        });
        await store.deleteStaging(trx, batch);
        return result;
      });
      await store.tidyAfterLoad(db);
      progress({ phase: 'save', done: total, total });
      return { ok: true, total, ...counts };
    } finally {
      await store.deleteStaging(db, batch);
    }
  }

  return {
    findAdministration,
    requireAdministration,
    listAdministrations,
    administrationOrganizationId,
    importDirectory,
    loadRows,
    findByIds: (ids: readonly string[]) => store.findByIds(db, ids),
    findByCodes: (codes: readonly string[]) => store.findByCodes(db, codes),
    findByDomainOrParent: (domain: string) => store.findByDomainOrParent(db, domain),
    countAdministrations: () => store.countAdministrations(db),
    countByCodes: (codes: readonly string[]) => store.countByCodes(db, codes),
    countByType: () => store.countByType(db),
    lastImport: (source: string) => store.lastImport(db, source),
    /**
     * The administrations in which an account holds one of `roles`, read from its grants in
     * orgs (organizations coded `lao-<code>`).
     */
    async administrationsOf(
      accountId: string,
      roles: readonly string[],
    ): Promise<LocalAdministration[]> {
      const grants = await deps.orgs.rolesOf(accountId);
      const codes = new Set<string>();
      for (const g of grants) {
        const code = administrationCodeOf(g.organizationCode);
        if (code && roles.includes(g.role)) codes.add(code);
      }
      return store.findByCodes(db, [...codes]);
    },
  };
}

export type Directory = ReturnType<typeof createDirectory>;
