import { sql } from 'kysely';
import type { Migration } from '../../platform/db/migrations.ts';

export const directoryMigrations: Migration[] = [
  {
    id: '202611210120_localgov_directory',
    module: 'localgov',
    async up(db) {
      await sql`create schema if not exists localgov`.execute(db);
      // organization_id is the orgs module's opaque id (no cross-schema key, as in orgs.role_grants).
      await sql`create table localgov.administrations (
        id uuid primary key default gen_random_uuid(),
        code text not null unique check (code ~ '^[1-6][0-9]{6}$'),
        type text not null check (type in ('pao', 'city_municipality', 'town_municipality',
          'subdistrict_municipality', 'sao', 'bangkok', 'pattaya')),
        type_rank smallint not null,
        name_th text not null,
        name_en text not null,
        province_code text not null check (province_code ~ '^[0-9]{2}$'),
        district_code text not null check (district_code ~ '^[0-9]{4}$'),
        region text not null,
        address text not null,
        phone text not null default '',
        website text,
        domain text,
        organization_id uuid,
        search_vector tsvector not null,
        search_trigram text not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      )`.execute(db);
      // One domain, one administration: the e-mail registry trusts the registered domain.
      await sql`create unique index administrations_domain on localgov.administrations (domain)
        where domain is not null`.execute(db);
      // Each filter with the directory order after it, so a page is an index range. Region has
      // none: it is a filter of dashboards over other tables, and every index slows the bulk
      // load (PGlite maintains them in WebAssembly).
      await sql`create index administrations_province_type on localgov.administrations
        (province_code, type, type_rank, code)`.execute(db);
      await sql`create index administrations_type on localgov.administrations
        (type, type_rank, code)`.execute(db);
      await sql`create index administrations_order on localgov.administrations (type_rank, code)`.execute(
        db,
      );
      await sql`create index administrations_search on localgov.administrations
        using gin (search_vector)`.execute(db);
      await sql`create index administrations_trigram on localgov.administrations
        using gin (search_trigram gin_trgm_ops)`.execute(db);

      // Bulk imports COPY into this table first (COPY is the fast way in on both engines) and
      // then upsert from it in one statement. `batch` keeps concurrent imports apart; rows of a
      // batch whose import died are removed by the next import.
      await sql`create unlogged table localgov.administration_staging (
        batch uuid not null,
        line int not null,
        code text not null,
        type text not null,
        type_rank smallint not null,
        name_th text not null,
        name_en text not null,
        province_code text not null,
        district_code text not null,
        region text not null,
        address text not null,
        phone text not null,
        website text,
        domain text,
        words_a text not null,
        folded_a text not null,
        words_b text not null,
        folded_b text not null,
        words_c text not null,
        folded_c text not null,
        trigram text not null,
        created_at timestamptz not null default now()
      )`.execute(db);
      await sql`create index administration_staging_batch on localgov.administration_staging
        (batch)`.execute(db);

      // Every import, so an operator can see when the directory last changed and from what.
      await sql`create table localgov.directory_imports (
        id uuid primary key default gen_random_uuid(),
        at timestamptz not null default now(),
        actor text not null,
        source text not null,
        digest text not null,
        rows_total int not null,
        rows_inserted int not null,
        rows_updated int not null
      )`.execute(db);
      await sql`create index directory_imports_source on localgov.directory_imports (source, at)`.execute(
        db,
      );
    },
  },
];
