import { sql } from 'kysely';
import type { Migration } from '../platform/db/migrations.ts';

export const orgsMigrations: Migration[] = [
  {
    id: '202611210010_orgs_init',
    module: 'orgs',
    async up(db) {
      await sql`create schema if not exists orgs`.execute(db);
      await sql`create table orgs.organizations (
        id uuid primary key default gen_random_uuid(),
        code text not null unique,
        kind text not null check (kind in ('ministry', 'department', 'local_administration',
          'state_enterprise', 'public_organization', 'independent_agency', 'company')),
        name_th text not null,
        name_en text not null,
        parent_id uuid references orgs.organizations(id),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      )`.execute(db);
      await sql`create index organizations_parent on orgs.organizations (parent_id)`.execute(db);
      // account_id is the identity module's opaque account reference (no cross-schema key).
      await sql`create table orgs.role_grants (
        id uuid primary key default gen_random_uuid(),
        account_id text not null,
        organization_id uuid not null references orgs.organizations(id),
        role text not null,
        granted_by text not null,
        granted_at timestamptz not null default now(),
        revoked_at timestamptz
      )`.execute(db);
      await sql`create unique index role_grants_active on orgs.role_grants
        (account_id, organization_id, role) where revoked_at is null`.execute(db);
      await sql`create index role_grants_org on orgs.role_grants (organization_id, role)
        where revoked_at is null`.execute(db);
    },
  },
];
