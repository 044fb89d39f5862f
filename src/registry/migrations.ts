import { sql } from 'kysely';
import type { Migration } from '../platform/db/migrations.ts';

// The big tables are hash-partitioned by citizen ID (ARCHITECTURE.md, "Running and scaling"):
// 66 M people split evenly, each partition a unit that Citus can later distribute by the same
// key. Eight partitions keep a laptop's embedded database small and a server's evenly loaded.
const PARTITIONS = 8;

async function partitions(db: Parameters<Migration['up']>[0], table: string) {
  for (let i = 0; i < PARTITIONS; i++) {
    await sql
      .raw(
        `create table registry.${table}_p${i} partition of registry.${table}
           for values with (modulus ${PARTITIONS}, remainder ${i})`,
      )
      .execute(db);
  }
}

export const registryMigrations: Migration[] = [
  {
    id: '202611210100_registry_init',
    module: 'registry',
    async up(db) {
      await sql`create schema if not exists registry`.execute(db);
      await sql`create table registry.offices (
        code text primary key,
        name_th text not null,
        name_en text not null,
        province_code char(2),
        district_code char(4)
      )`.execute(db);
      // birth_date is the registry's own 'YYYY-MM-DD' with '00' for unknown parts, not a date:
      // about 2 % of records have no day or month and must not be invented.
      await sql`create table registry.people (
        citizen_id char(13) not null,
        title_th text not null,
        title_en text not null,
        given_name_th text not null,
        middle_name_th text,
        family_name_th text not null,
        given_name_en text not null,
        middle_name_en text,
        family_name_en text not null,
        birth_date char(10) not null,
        gender text not null check (gender in ('male', 'female', 'other')),
        nationality char(3) not null,
        status text not null check (status in ('alive', 'deceased')),
        demo boolean not null default false,
        updated_at timestamptz not null default now(),
        primary key (citizen_id)
      ) partition by hash (citizen_id)`.execute(db);
      await partitions(db, 'people');
      await sql`create table registry.houses (
        house_id char(11) primary key,
        house_no text not null,
        moo smallint,
        soi text,
        road text,
        subdistrict text not null,
        district text not null,
        province text not null,
        postal_code char(5) not null,
        office text
      )`.execute(db);
      await sql`create table registry.residences (
        citizen_id char(13) not null,
        house_id char(11) not null,
        role text not null check (role in ('owner', 'resident')),
        since date not null,
        until date,
        primary key (citizen_id, house_id, since)
      ) partition by hash (citizen_id)`.execute(db);
      await partitions(db, 'residences');
      await sql`create index residences_house on registry.residences (house_id) where until is null`.execute(
        db,
      );
      await sql`create table registry.cards (
        citizen_id char(13) not null,
        card_number text not null,
        laser_code char(12) not null,
        issued_on date not null,
        expires_on date,
        status text not null check (status in ('active', 'expired', 'revoked')),
        photo_ref text,
        primary key (citizen_id, card_number)
      ) partition by hash (citizen_id)`.execute(db);
      await partitions(db, 'cards');
    },
  },
  {
    id: '202611210200_registry_import',
    module: 'registry',
    async up(db) {
      // Key columns move to the "C" collation. Citizen IDs, house codes and card numbers are
      // digit strings whose order is byte order; under a linguistic collation (C.UTF-8 on glibc,
      // en_US, th_TH) every index comparison goes through strcoll(). Measured on PostgreSQL 15
      // with 200,000 residences: the (citizen_id, house_id, since) index builds in 0.6 s with "C"
      // against 1.4-1.9 s with C.UTF-8, and bulk inserts and look-ups gain the same way.
      // A partition key's type cannot be altered, so the partitioned tables are rebuilt.
      const rebuild = async (table: string, columns: string, names: string, key: string) => {
        await sql
          .raw(`create table registry.${table}_new (${columns}) partition by hash (citizen_id)`)
          .execute(db);
        for (let i = 0; i < PARTITIONS; i++) {
          await sql
            .raw(
              `create table registry.${table}_new_p${i} partition of registry.${table}_new
                 for values with (modulus ${PARTITIONS}, remainder ${i})`,
            )
            .execute(db);
        }
        await sql
          .raw(
            `insert into registry.${table}_new (${names}) select ${names} from registry.${table}`,
          )
          .execute(db);
        await sql.raw(`drop table registry.${table}`).execute(db);
        await sql.raw(`alter table registry.${table}_new rename to ${table}`).execute(db);
        for (let i = 0; i < PARTITIONS; i++) {
          await sql
            .raw(`alter table registry.${table}_new_p${i} rename to ${table}_p${i}`)
            .execute(db);
        }
        await sql
          .raw(`alter table registry.${table} add constraint ${table}_pkey primary key (${key})`)
          .execute(db);
      };
      // created_at: when a person first entered Pratu's copy of the registry. Besides being worth
      // knowing, it lets an import's upsert tell new rows from updated ones, since RETURNING
      // cannot read xmax from a partitioned table ("cannot retrieve a system column in this
      // context", PostgreSQL 15).
      await rebuild(
        'people',
        `citizen_id char(13) collate "C" not null,
        title_th text not null,
        title_en text not null,
        given_name_th text not null,
        middle_name_th text,
        family_name_th text not null,
        given_name_en text not null,
        middle_name_en text,
        family_name_en text not null,
        birth_date char(10) not null,
        gender text not null constraint people_gender_check check (gender in ('male', 'female', 'other')),
        nationality char(3) not null,
        status text not null constraint people_status_check check (status in ('alive', 'deceased')),
        demo boolean not null default false,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()`,
        `citizen_id, title_th, title_en, given_name_th, middle_name_th, family_name_th,
        given_name_en, middle_name_en, family_name_en, birth_date, gender, nationality, status,
        demo, updated_at`,
        'citizen_id',
      );
      await rebuild(
        'residences',
        `citizen_id char(13) collate "C" not null,
        house_id char(11) collate "C" not null,
        role text not null constraint residences_role_check check (role in ('owner', 'resident')),
        since date not null,
        until date`,
        'citizen_id, house_id, role, since, until',
        'citizen_id, house_id, since',
      );
      await sql`create index residences_house on registry.residences (house_id) where until is null`.execute(
        db,
      );
      await rebuild(
        'cards',
        `citizen_id char(13) collate "C" not null,
        card_number text collate "C" not null,
        laser_code char(12) not null,
        issued_on date not null,
        expires_on date,
        status text not null constraint cards_status_check check (status in ('active', 'expired', 'revoked')),
        photo_ref text`,
        'citizen_id, card_number, laser_code, issued_on, expires_on, status, photo_ref',
        'citizen_id, card_number',
      );
      await sql`alter table registry.houses alter column house_id type char(11) collate "C"`.execute(
        db,
      );
    },
  },
  {
    id: '202611220150_registry_find_persons',
    module: 'registry',
    async up(db) {
      // The look-up behind enrolment and every OpenID claim (store.ts findPersons), for several
      // people at once: concurrent token grants and sign-in steps share one call
      // (platform/db/batch.ts). In a function its plan is made once per connection. As a plain
      // statement PostgreSQL planned it again on every execution (a generic plan over the hash
      // partitions looks dearer than one pruned for the given ID), and planning the join cost
      // more than running it: a third of PostgreSQL's CPU on a token grant.
      // That kept plan is made without the looked-up values and, right after a first load,
      // without statistics, so:
      // - every table is reached by the citizen ID (or the house ID found by it) through its key,
      //   as a lateral probe with LIMIT 1; joined on the person's row, such a plan scanned a whole
      //   residence index per look-up;
      // - the current residence sorts first and one that ended means no address: testing
      //   'until is null' in the WHERE would let the plan use the partial house index instead;
      // - no JIT: the plan's estimate passed jit_above_cost and every call spent about 380 ms
      //   compiling it for a handful of key probes that take 0.2 ms.
      // Earlier development versions of this function (find_person) are replaced.
      await sql`drop function if exists registry.find_person(char(13))`.execute(db);
      await sql`create or replace function registry.find_persons(people char(13)[])
        returns table (
          citizen_id char(13), title_th text, title_en text, given_name_th text,
          middle_name_th text, family_name_th text, given_name_en text, middle_name_en text,
          family_name_en text, birth_date char(10), gender text, nationality char(3),
          status text, demo boolean, house_id char(11), house_no text, moo smallint, soi text,
          road text, subdistrict text, district text, province text, postal_code char(5),
          card_number text, laser_code char(12), issued_on date, expires_on date,
          card_status text, photo_ref text)
        language plpgsql stable
        set plan_cache_mode = force_generic_plan
        set jit = off
        as $$
        #variable_conflict use_column
        begin
          return query
          select p.citizen_id, p.title_th, p.title_en, p.given_name_th, p.middle_name_th,
            p.family_name_th, p.given_name_en, p.middle_name_en, p.family_name_en,
            p.birth_date, p.gender, p.nationality, p.status, p.demo, h.house_id, h.house_no,
            h.moo, h.soi, h.road, h.subdistrict, h.district, h.province, h.postal_code,
            c.card_number, c.laser_code, c.issued_on, c.expires_on, c.status, c.photo_ref
          from unnest(people) as q(id)
          cross join lateral (
            select * from registry.people x where x.citizen_id = q.id limit 1
          ) p
          left join lateral (
            select r.house_id, r.until from registry.residences r
            where r.citizen_id = q.id
            order by r.until is null desc, r.since desc
            limit 1
          ) r on r.until is null
          left join lateral (
            select * from registry.houses y where y.house_id = r.house_id limit 1
          ) h on true
          left join lateral (
            select * from registry.cards k
            where k.citizen_id = q.id
            order by k.status = 'active' desc, k.issued_on desc
            limit 1
          ) c on true;
        end
        $$`.execute(db);
    },
  },
];
