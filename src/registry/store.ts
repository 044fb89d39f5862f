import { type CompiledQuery, type Kysely, sql } from 'kysely';
import { type Db, prepared } from '../platform/db/database.ts';
import type { RegistrationOffice } from './offices.ts';
import { formatAddress, type RegistryPerson, type ResidenceRecord } from './person.ts';

interface PeopleTable {
  citizen_id: string;
  title_th: string;
  title_en: string;
  given_name_th: string;
  middle_name_th: string | null;
  family_name_th: string;
  given_name_en: string;
  middle_name_en: string | null;
  family_name_en: string;
  birth_date: string;
  gender: 'male' | 'female' | 'other';
  nationality: string;
  status: 'alive' | 'deceased';
  demo: boolean;
}
interface HousesTable {
  house_id: string;
  house_no: string;
  moo: number | null;
  soi: string | null;
  road: string | null;
  subdistrict: string;
  district: string;
  province: string;
  postal_code: string;
  office: string | null;
}
interface ResidencesTable {
  citizen_id: string;
  house_id: string;
  role: 'owner' | 'resident';
  since: string;
  until: string | null;
}
interface CardsTable {
  citizen_id: string;
  card_number: string;
  laser_code: string;
  issued_on: string;
  expires_on: string | null;
  status: 'active' | 'expired' | 'revoked';
  photo_ref: string | null;
}
interface OfficesTable {
  code: string;
  name_th: string;
  name_en: string;
  province_code: string | null;
  district_code: string | null;
}
export interface RegistryTables {
  'registry.offices': OfficesTable;
  'registry.people': PeopleTable;
  'registry.houses': HousesTable;
  'registry.residences': ResidencesTable;
  'registry.cards': CardsTable;
}
export type { CardsTable, HousesTable, OfficesTable, PeopleTable, ResidencesTable };

const t = (db: Db) => db as Kysely<RegistryTables>;

/**
 * One person with their current address and newest card, in one round trip: the look-up behind
 * enrolment and every OpenID claim, so it must stay a single indexed query per partition.
 */
function findPersonQuery(db: Db, citizenId: string) {
  return t(db)
    .selectFrom('registry.people as p')
    .leftJoin('registry.residences as r', (j) =>
      j.onRef('r.citizen_id', '=', 'p.citizen_id').on('r.until', 'is', null),
    )
    .leftJoin('registry.houses as h', 'h.house_id', 'r.house_id')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('registry.cards as c')
          .selectAll('c')
          .whereRef('c.citizen_id', '=', 'p.citizen_id')
          .where('c.citizen_id', '=', citizenId)
          .orderBy(sql`c.status = 'active'`, 'desc')
          .orderBy('c.issued_on', 'desc')
          .limit(sql.lit(1))
          .as('c'),
      (j) => j.onTrue(),
    )
    .select([
      'p.citizen_id',
      'p.title_th',
      'p.title_en',
      'p.given_name_th',
      'p.middle_name_th',
      'p.family_name_th',
      'p.given_name_en',
      'p.middle_name_en',
      'p.family_name_en',
      'p.birth_date',
      'p.gender',
      'p.nationality',
      'p.status',
      'p.demo',
      'h.house_id',
      'h.house_no',
      'h.moo',
      'h.soi',
      'h.road',
      'h.subdistrict',
      'h.district',
      'h.province',
      'h.postal_code',
      'c.card_number',
      'c.laser_code',
      'c.issued_on',
      'c.expires_on',
      'c.status as card_status',
      'c.photo_ref',
    ])
    .where('p.citizen_id', '=', citizenId)
    .orderBy('r.since', 'desc')
    .limit(sql.lit(1));
}

type PersonRow = NonNullable<
  Awaited<ReturnType<ReturnType<typeof findPersonQuery>['executeTakeFirst']>>
>;

// The look-up is built and compiled once, then run as a prepared statement with new parameters:
// building the Kysely query tree on every call cost a visible share of a look-up that must stay
// under 2 ms at p99 (bench/registry.bench.ts), and PostgreSQL planning the four-table join again
// on every token grant cost it more than running it (bench/identity.bench.ts). Its columns are
// listed, so a migration adding one to a table does not break the prepared statement, and its
// limits are literals: with `limit $n` PostgreSQL judged its cached generic plan dearer than one
// made for the value and planned the join again on every execution.
const MARKER = '0000000000000';
const compiledFindPerson = new WeakMap<
  Db,
  { run: (parameters: readonly unknown[]) => CompiledQuery; parameters: readonly unknown[] }
>();

export async function findPerson(db: Db, citizenId: string): Promise<RegistryPerson | null> {
  if (!/^\d{13}$/.test(citizenId)) return null;
  let compiled = compiledFindPerson.get(db);
  if (!compiled) {
    const query = findPersonQuery(db, MARKER).compile();
    compiled = { run: prepared(query.sql), parameters: query.parameters };
    compiledFindPerson.set(db, compiled);
  }
  const result = await db.executeQuery<PersonRow>(
    compiled.run(compiled.parameters.map((p) => (p === MARKER ? citizenId : p))),
  );
  const row = result.rows[0];
  if (!row) return null;
  const address = row.house_id
    ? {
        houseId: row.house_id,
        houseNo: row.house_no!,
        moo: row.moo,
        soi: row.soi,
        road: row.road,
        subdistrict: row.subdistrict!,
        district: row.district!,
        province: row.province!,
        postalCode: row.postal_code!,
      }
    : null;
  return {
    citizenId: row.citizen_id,
    title: { th: row.title_th, en: row.title_en },
    givenName: { th: row.given_name_th, en: row.given_name_en },
    middleName: row.middle_name_th
      ? { th: row.middle_name_th, en: row.middle_name_en ?? '' }
      : null,
    familyName: { th: row.family_name_th, en: row.family_name_en },
    birthDate: row.birth_date,
    gender: row.gender,
    nationality: row.nationality,
    alive: row.status === 'alive',
    demo: row.demo,
    address: address ? { ...address, formatted: formatAddress(address) } : null,
    card: row.card_number
      ? {
          cardNumber: row.card_number,
          laserCode: row.laser_code!,
          issuedOn: row.issued_on!,
          expiresOn: row.expires_on,
          status: row.card_status!,
        }
      : null,
    photoRef: row.photo_ref ?? null,
  };
}

/**
 * Idempotent multi-row upserts of whole households (seed and small imports). Bulk imports of
 * millions go through COPY into staging tables instead.
 */
export async function upsertRecords(
  db: Db,
  records: {
    people: PeopleTable[];
    houses: HousesTable[];
    residences: ResidencesTable[];
    cards: CardsTable[];
  },
): Promise<void> {
  const x = t(db);
  const chunk = <T>(rows: T[], size = 500) =>
    Array.from({ length: Math.ceil(rows.length / size) }, (_, i) =>
      rows.slice(i * size, (i + 1) * size),
    );
  for (const rows of chunk(records.houses)) {
    await x
      .insertInto('registry.houses')
      .values(rows)
      .onConflict((oc) =>
        oc.column('house_id').doUpdateSet((eb) => ({
          house_no: eb.ref('excluded.house_no'),
          moo: eb.ref('excluded.moo'),
          soi: eb.ref('excluded.soi'),
          road: eb.ref('excluded.road'),
          subdistrict: eb.ref('excluded.subdistrict'),
          district: eb.ref('excluded.district'),
          province: eb.ref('excluded.province'),
          postal_code: eb.ref('excluded.postal_code'),
          office: eb.ref('excluded.office'),
        })),
      )
      .execute();
  }
  for (const rows of chunk(records.people)) {
    await x
      .insertInto('registry.people')
      .values(rows)
      .onConflict((oc) =>
        oc.column('citizen_id').doUpdateSet((eb) => ({
          title_th: eb.ref('excluded.title_th'),
          title_en: eb.ref('excluded.title_en'),
          given_name_th: eb.ref('excluded.given_name_th'),
          middle_name_th: eb.ref('excluded.middle_name_th'),
          family_name_th: eb.ref('excluded.family_name_th'),
          given_name_en: eb.ref('excluded.given_name_en'),
          middle_name_en: eb.ref('excluded.middle_name_en'),
          family_name_en: eb.ref('excluded.family_name_en'),
          birth_date: eb.ref('excluded.birth_date'),
          gender: eb.ref('excluded.gender'),
          nationality: eb.ref('excluded.nationality'),
          status: eb.ref('excluded.status'),
          demo: eb.ref('excluded.demo'),
          updated_at: sql`now()`,
        })),
      )
      .execute();
  }
  for (const rows of chunk(records.residences)) {
    await x
      .insertInto('registry.residences')
      .values(rows)
      .onConflict((oc) =>
        oc.columns(['citizen_id', 'house_id', 'since']).doUpdateSet((eb) => ({
          role: eb.ref('excluded.role'),
          until: eb.ref('excluded.until'),
        })),
      )
      .execute();
  }
  for (const rows of chunk(records.cards)) {
    await x
      .insertInto('registry.cards')
      .values(rows)
      .onConflict((oc) =>
        oc.columns(['citizen_id', 'card_number']).doUpdateSet((eb) => ({
          laser_code: eb.ref('excluded.laser_code'),
          issued_on: eb.ref('excluded.issued_on'),
          expires_on: eb.ref('excluded.expires_on'),
          status: eb.ref('excluded.status'),
          photo_ref: eb.ref('excluded.photo_ref'),
        })),
      )
      .execute();
  }
}

export async function countPeople(db: Db): Promise<number> {
  const r = await t(db)
    .selectFrom('registry.people')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Creates or refreshes registration offices in one statement per 500 (module seed). */
export async function upsertOffices(db: Db, offices: RegistrationOffice[]): Promise<void> {
  for (let i = 0; i < offices.length; i += 500) {
    await t(db)
      .insertInto('registry.offices')
      .values(
        offices.slice(i, i + 500).map((o) => ({
          code: o.code,
          name_th: o.nameTh,
          name_en: o.nameEn,
          province_code: o.provinceCode,
          district_code: o.districtCode,
        })),
      )
      .onConflict((oc) =>
        oc.column('code').doUpdateSet((eb) => ({
          name_th: eb.ref('excluded.name_th'),
          name_en: eb.ref('excluded.name_en'),
          province_code: eb.ref('excluded.province_code'),
          district_code: eb.ref('excluded.district_code'),
        })),
      )
      .execute();
  }
}

export async function findOffice(db: Db, code: string): Promise<RegistrationOffice | null> {
  const row = await t(db)
    .selectFrom('registry.offices')
    .selectAll()
    .where('code', '=', code)
    .executeTakeFirst();
  if (!row) return null;
  return {
    code: row.code,
    nameTh: row.name_th,
    nameEn: row.name_en,
    provinceCode: row.province_code ?? '',
    districtCode: row.district_code ?? '',
  };
}

export async function countOffices(db: Db): Promise<number> {
  const r = await t(db)
    .selectFrom('registry.offices')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Every residence of a person, newest first, with the house's address. */
export async function listResidences(db: Db, citizenId: string): Promise<ResidenceRecord[]> {
  if (!/^\d{13}$/.test(citizenId)) return [];
  const rows = await t(db)
    .selectFrom('registry.residences as r')
    .innerJoin('registry.houses as h', 'h.house_id', 'r.house_id')
    .select([
      'r.house_id',
      'r.role',
      'r.since',
      'r.until',
      'h.house_no',
      'h.moo',
      'h.soi',
      'h.road',
      'h.subdistrict',
      'h.district',
      'h.province',
      'h.postal_code',
    ])
    .where('r.citizen_id', '=', citizenId)
    .orderBy('r.since', 'desc')
    .execute();
  return rows.map((r) => {
    const address = {
      houseId: r.house_id,
      houseNo: r.house_no,
      moo: r.moo,
      soi: r.soi,
      road: r.road,
      subdistrict: r.subdistrict,
      district: r.district,
      province: r.province,
      postalCode: r.postal_code,
    };
    return {
      role: r.role,
      since: r.since,
      until: r.until,
      address: { ...address, formatted: formatAddress(address) },
    };
  });
}
