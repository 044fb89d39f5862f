import { sql } from 'kysely';
import type { Migration } from '../platform/db/migrations.ts';

export const identityMigrations: Migration[] = [
  {
    id: '202611210020_identity_accounts',
    module: 'identity',
    async up(db) {
      await sql`create schema if not exists identity`.execute(db);
      // One account per person. Staff are citizens too: their roles come from orgs.role_grants.
      await sql`create table identity.accounts (
        id uuid primary key default gen_random_uuid(),
        citizen_id char(13) unique,
        display_name_th text not null,
        display_name_en text not null,
        email text,
        phone text,
        demo boolean not null default false,
        created_at timestamptz not null default now()
      )`.execute(db);
    },
  },
];
