import type { AccountRow } from '../identity/index.ts';
import type { OrgsApi } from '../orgs/index.ts';
import type { Db } from '../platform/db/database.ts';
import type { Reader } from './access.ts';
import type { Catalogue } from './catalogue.ts';
import type { Community } from './community.ts';
import { demoDatasets, demoGroups, demoOrganizations, demoRequests } from './demo.ts';
import * as store from './store.ts';
import * as community from './store-community.ts';

export interface SeedDeps {
  db: Db;
  orgs: OrgsApi;
  catalogue: Catalogue;
  community: Community;
  listDemoAccounts(): Promise<AccountRow[]>;
  findAccountByCitizenId(citizenId: string): Promise<AccountRow | null>;
  loadReader(accountId: string): Promise<Reader>;
  /** Loads an uploaded table now (the seed does not wait for the job worker). */
  loadNow(resourceId: string, actor: string): Promise<void>;
  today: string;
  log(message: string): void;
}

const SEED_READER: Reader = {
  accountId: 'system:seed',
  name: 'system:seed',
  sysadmin: true,
  memberOf: new Set(),
  publisherOf: new Set(),
};

// Which datasets people use most in the demo (for the popular page and the awards).
const POPULAR = new Map([
  ['pm25-daily-major-cities-2567-q1', 40],
  ['registered-population-province-2567', 30],
  ['budget-by-ministry-2567', 24],
  ['tourism-visitors-province-2566', 18],
  ['hospital-beds-province-2566', 15],
  ['schools-students-teachers-province-2566', 12],
]);

/**
 * The demo catalogue (idempotent): organizations and groups, the datasets of demo.ts with their
 * CSV uploaded and loaded into the datastore, a year of daily usage counts, and data requests
 * with votes and answers. The demo publisher (วิชัย ข้อมูลดี, publisher at nso) is created by the
 * identity seed; `pratu opendata token --user 1000300567896` prints a token for them.
 */
export async function seedOpendata(deps: SeedDeps): Promise<void> {
  const { db, catalogue } = deps;
  const started = Date.now();
  for (const org of demoOrganizations) await deps.orgs.ensureOrganization(org);
  for (const group of demoGroups) await store.upsertGroup(db, group);

  const publisher = await deps.findAccountByCitizenId('1000300567896');
  let created = 0;
  for (const spec of demoDatasets) {
    if (await store.findDatasetByIdOrName(db, spec.name)) continue;
    const org = await deps.orgs.findOrganizationByCode(spec.organization);
    if (!org) continue;
    // The demo publisher owns the NSO datasets, so their dashboard and tokens have something to show.
    const reader =
      spec.organization === 'nso' && publisher ? await deps.loadReader(publisher.id) : SEED_READER;
    const pkg = await catalogue.createPackage(reader, {
      name: spec.name,
      title: spec.title,
      notes: spec.notes,
      owner_org: org.id,
      license_id: spec.license,
      maintainer: spec.maintainer,
      maintainer_email: spec.email,
      tags: spec.tags.map((name) => ({ name })),
      groups: spec.groups.map((name) => ({ name })),
      data_type: spec.dataType,
      objective: spec.objective,
      update_frequency_unit: spec.frequency,
      update_frequency_interval: '1',
      geo_coverage: spec.coverage,
      data_source: spec.source,
      data_classification: 'public',
      accessible_condition: 'เปิดเผยได้ทั่วไป ไม่มีเงื่อนไข',
      ...(spec.unit && (spec.dataType === 'statistics' || spec.dataType === 'multiple')
        ? {
            unit_of_measure: spec.unit,
            first_year_of_data: String(spec.firstYear ?? ''),
            last_year_of_data: String(spec.lastYear ?? ''),
            release_calendar:
              spec.frequency === 'yearly'
                ? 'เผยแพร่ภายในไตรมาสแรกของปีถัดไป'
                : 'เผยแพร่ภายใน 15 วันหลังสิ้นรอบ',
          }
        : {}),
      ...(spec.bbox
        ? {
            equivalent_scale: spec.scale ?? '',
            west_bound_longitude: String(spec.bbox[0]),
            south_bound_latitude: String(spec.bbox[1]),
            east_bound_longitude: String(spec.bbox[2]),
            north_bound_latitude: String(spec.bbox[3]),
          }
        : {}),
    });
    const resource = await catalogue.createResource(
      reader,
      { package_id: pkg.id, name: spec.resourceName, description: spec.notes, format: 'CSV' },
      { fileName: spec.fileName, content: Buffer.from(spec.csv(), 'utf8'), mimetype: 'text/csv' },
      { queueLoad: false },
    );
    await deps.loadNow(resource.id as string, reader.accountId);
    await community.seedUsage(db, {
      datasetId: pkg.id as string,
      resourceId: resource.id as string,
      weight: POPULAR.get(spec.name) ?? 3,
      days: 400,
      today: deps.today,
    });
    created++;
  }

  const accounts = await deps.listDemoAccounts();
  let requests = 0;
  for (const [k, spec] of demoRequests.entries()) {
    if (accounts.length === 0 || (await community.findDataRequestByTitle(db, spec.title))) continue;
    const org = await deps.orgs.findOrganizationByCode(spec.organization);
    if (!org) continue;
    const requester = accounts[k % accounts.length]!;
    const row = await deps.community.createRequest(await deps.loadReader(requester.id), {
      title: spec.title,
      description: spec.description,
      organization_id: org.id,
    });
    // Earlier requests are wanted by more people.
    for (const voter of accounts.slice(0, Math.max(1, accounts.length - k))) {
      await deps.community.vote(await deps.loadReader(voter.id), row.id);
    }
    if (spec.answer) {
      await deps.community.answer(SEED_READER, row.id, {
        state: 'answered',
        answer: spec.answer.text,
        dataset: spec.answer.dataset,
      });
    }
    requests++;
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  deps.log(
    `opendata: ${created} demo datasets loaded into the datastore, ${requests} data requests (${seconds} s)`,
  );
}
