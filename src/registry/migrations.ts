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
];
