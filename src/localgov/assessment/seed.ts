import type { Identity } from '../../identity/index.ts';
import type { Role } from '../../orgs/index.ts';
import { findDistrictByCode, type OrgsApi } from '../../orgs/index.ts';
import type { Database, Db } from '../../platform/db/database.ts';
import { firstTemplate } from '../assessment-template.ts';
import { generateLocalAdministrations, type LocalAdministrationSeed } from '../directory-data.ts';
import {
  DEMO_ACTOR,
  DEMO_CSV_COLUMNS,
  type DemoAssessment,
  demoAssessments,
  demoCsv,
  sampleAdministrations,
} from './demo-data.ts';
import { administrationOrgCode, type DirectoryApi } from './directory-port.ts';
import type { AssessmentService } from './service.ts';
import * as store from './store.ts';
import { rebuildTotals } from './store-dashboard.ts';

/** เทศบาลตำบลเชียงคาน, Loei: the administration the demo officers work for. */
export const DEMO_ADMINISTRATION = '4420006';
/** `npm start` seeds this many administrations × 3 project types × these years. */
export const SEED_ADMINISTRATIONS = 300;
export const SEED_FISCAL_YEARS = [2568, 2569];

/** Demo people of the self-assessment (docs/demo-data.md); citizen IDs are invented. */
export const DEMO_PEOPLE: ReadonlyArray<{
  citizenId: string;
  th: string;
  en: string;
  email: string;
  grants: Array<{ organization: string; role: Role }>;
}> = [
  {
    citizenId: '3420300456787',
    th: 'กนกวรรณ ริมโขง',
    en: 'Kanokwan Rimkhong',
    email: 'kanokwan@example.test',
    grants: [
      { organization: administrationOrgCode(DEMO_ADMINISTRATION), role: 'localgov_officer' },
    ],
  },
  {
    citizenId: '3420300789018',
    th: 'ธนพล ศรีเชียงคาน',
    en: 'Thanaphon Srichiangkhan',
    email: 'thanaphon@example.test',
    grants: [
      { organization: administrationOrgCode(DEMO_ADMINISTRATION), role: 'localgov_executive' },
    ],
  },
  {
    citizenId: '3100500234560',
    th: 'พรทิพย์ กำกับดี',
    en: 'Pornthip Kamkabdee',
    email: 'pornthip@example.test',
    grants: [{ organization: 'dla', role: 'supervisor' }],
  },
];

export function districtNameOf(code: string): string {
  return findDistrictByCode(code)?.nameTh ?? '';
}

interface SeedDeps {
  db: Db;
  database: Database;
  orgs: OrgsApi;
  identity: Identity;
  directory: DirectoryApi;
  service: AssessmentService;
}

/** The orgs organization of an administration: the directory's, else one made from the seed data. */
async function organizationOf(deps: SeedDeps, code: string): Promise<string | null> {
  try {
    const id = await deps.directory.administrationOrganizationId(code);
    if (id) return id;
  } catch {
    // The directory may not know it yet (seeded later or elsewhere); fall through.
  }
  const existing = await deps.orgs.findOrganizationByCode(administrationOrgCode(code));
  if (existing) return existing.id;
  const seedRow = generateLocalAdministrations().find((a) => a.code === code);
  if (!seedRow) return null;
  const org = await deps.orgs.ensureOrganization({
    code: administrationOrgCode(code),
    kind: 'local_administration',
    name_th: seedRow.nameTh,
    name_en: seedRow.nameEn,
  });
  return org.id;
}

export async function seedDemoPeople(deps: SeedDeps): Promise<number> {
  let granted = 0;
  for (const person of DEMO_PEOPLE) {
    const account = await deps.identity.ensureAccount({
      citizen_id: person.citizenId,
      display_name_th: person.th,
      display_name_en: person.en,
      email: person.email,
      phone: null,
      demo: true,
    });
    for (const grant of person.grants) {
      const organizationId = grant.organization.startsWith('lao-')
        ? await organizationOf(deps, grant.organization.slice(4))
        : ((await deps.orgs.findOrganizationByCode(grant.organization))?.id ?? null);
      if (!organizationId) continue;
      if (await deps.orgs.grantRole('system:seed', account.id, organizationId, grant.role)) {
        granted++;
      }
    }
  }
  return granted;
}

/**
 * The small demo set for `npm start`, once: multi-row inserts in one transaction under an
 * advisory lock, so two processes seeding one database at once neither fail nor double up.
 */
export async function seedDemoAssessments(
  deps: SeedDeps,
  options: { administrations?: number; fiscalYears?: number[] } = {},
): Promise<number> {
  const template = await deps.service.ensureFirstTemplate();
  const all = generateLocalAdministrations();
  const chosen = sampleAdministrations(all, options.administrations ?? SEED_ADMINISTRATIONS, [
    DEMO_ADMINISTRATION,
  ]);
  const rows = [
    ...demoAssessments(
      chosen,
      options.fiscalYears ?? SEED_FISCAL_YEARS,
      firstTemplate,
      template.id,
      districtNameOf,
    ),
  ];
  return deps.db.transaction().execute(async (trx) => {
    await store.lockDemoLoad(trx);
    if ((await store.countRecordsBy(trx, DEMO_ACTOR)) > 0) return 0;
    const inserted = await store.insertDemoRecords(trx, rows);
    await rebuildTotals(trx);
    return inserted;
  });
}

/**
 * The full demo history for benchmarks and load tests: every administration (or a subset) × 3
 * project types × `fiscalYears`. A year with no assessments yet is loaded with COPY (fastest);
 * a year that has some goes through inserts that skip rows already there, so loading twice, or
 * over the `npm start` seed, adds nothing twice. Then totals are rebuilt and statistics
 * refreshed.
 */
export async function loadDemoHistory(
  deps: Pick<SeedDeps, 'db' | 'database' | 'service'>,
  options: {
    fiscalYears: number[];
    administrations?: readonly LocalAdministrationSeed[];
    onProgress?: (done: number, total: number) => void;
  },
): Promise<number> {
  const template = await deps.service.ensureFirstTemplate();
  const administrations = options.administrations ?? generateLocalAdministrations();
  const perYear = administrations.length * 3;
  const total = perYear * options.fiscalYears.length;
  let done = 0;
  for (const year of options.fiscalYears) {
    const rows = demoAssessments(
      administrations,
      [year],
      firstTemplate,
      template.id,
      districtNameOf,
    );
    if (await store.hasRecordsIn(deps.db, year)) {
      const batch: DemoAssessment[] = [];
      let inYear = 0;
      for (const row of rows) {
        batch.push(row);
        if (batch.length === 2000) {
          await store.insertDemoRecords(deps.db, batch.splice(0));
          inYear += 2000;
          options.onProgress?.(done + inYear, total);
        }
      }
      await store.insertDemoRecords(deps.db, batch);
    } else {
      await deps.database.copyCsv(store.RECORDS_TABLE, [...DEMO_CSV_COLUMNS], demoCsv(rows));
    }
    done += perYear;
    options.onProgress?.(done, total);
  }
  await deps.db.transaction().execute((trx) => rebuildTotals(trx));
  await store.analyzeRecords(deps.db);
  return total;
}
