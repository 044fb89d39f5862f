import { type Kysely, sql } from 'kysely';
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

type Nullable<T> = { [K in keyof T]: T[K] | null };

/**
 * One row of registry.find_persons (migrations.ts): a person, the house of the current
 * residence and the newest card, each null when there is none.
 */
type PersonRow = PeopleTable &
  Nullable<Omit<HousesTable, 'office'>> &
  Nullable<Omit<CardsTable, 'citizen_id' | 'status'>> & {
    card_status: CardsTable['status'] | null;
  };

/**
 * People with their current address and newest card, in one round trip: the look-up behind
 * enrolment and every OpenID claim, called for several people at once by the batched look-up
 * (index.ts). It runs in a database function, whose plan is kept per connection (see the
 * migrations), called as a prepared statement.
 */
const findPersonsQuery = prepared(`select citizen_id, title_th, title_en, given_name_th,
  middle_name_th, family_name_th, given_name_en, middle_name_en, family_name_en, birth_date,
  gender, nationality, status, demo, house_id, house_no, moo, soi, road, subdistrict, district,
  province, postal_code, card_number, laser_code, issued_on, expires_on, card_status, photo_ref
  from registry.find_persons($1)`);

/** The people among `citizenIds`, one answer per ID (null: not in the registry, or not an ID). */
export async function findPersons(
  db: Db,
  citizenIds: readonly string[],
): Promise<(RegistryPerson | null)[]> {
  const valid = citizenIds.filter((id) => /^\d{13}$/.test(id));
  const { rows } =
    valid.length > 0
      ? await db.executeQuery<PersonRow>(findPersonsQuery([valid]))
      : { rows: [] as PersonRow[] };
  const byId = new Map(rows.map((row) => [row.citizen_id, toPerson(row)]));
  return citizenIds.map((id) => byId.get(id) ?? null);
}

function toPerson(row: PersonRow): RegistryPerson {
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
