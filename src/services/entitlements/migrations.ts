import { sql } from 'kysely';
import type { Migration } from '../../platform/db/migrations.ts';

export const entitlementMigrations: Migration[] = [
  {
    id: '202611210170_services_entitlements',
    module: 'services',
    async up(db) {
      await sql`create schema if not exists services`.execute(db);
      // A source is one agency's list of rights: either rows the agency uploads (kind 'table') or
      // an HTTP JSON API of the agency's own (kind 'http') asked at the moment the citizen looks.
      await sql`create table services.entitlement_sources (
        code text primary key,
        organization_id uuid not null,
        name_th text not null,
        name_en text not null,
        kind text not null check (kind in ('table', 'http')),
        endpoint text,
        signing_secret text,
        timeout_ms int not null default 600 check (timeout_ms between 50 and 5000),
        cache_seconds int not null default 60 check (cache_seconds between 0 and 3600),
        enabled boolean not null default true,
        position int not null default 100,
        updated_at timestamptz not null default now()
      )`.execute(db);
      await sql`create table services.entitlement_records (
        source_code text not null references services.entitlement_sources(code),
        citizen_id char(13) not null,
        entitlement_code text not null,
        title_th text not null,
        title_en text not null,
        status text not null check (status in ('active', 'pending', 'ended', 'not_eligible')),
        amount_baht numeric(14, 2),
        detail_th text,
        detail_en text,
        valid_from date,
        valid_until date,
        updated_at timestamptz not null default now(),
        primary key (source_code, citizen_id, entitlement_code)
      )`.execute(db);
      await sql`create index entitlement_records_citizen on services.entitlement_records (citizen_id)`.execute(
        db,
      );
    },
  },
];
