import { sql } from 'kysely';
import type { Migration } from '../platform/db/migrations.ts';

/**
 * The open-data portal's schema. `opendata` holds the catalogue (CKAN's data model: datasets,
 * resources, groups, tags; organizations come from the orgs module), API tokens, usage counters,
 * data requests and datastore bookkeeping. `opendata_datastore` holds one table per resource,
 * named by the resource id, as CKAN's DataStore does (ckanext/datastore/backend/postgres.py), so
 * that `datastore_search_sql` can be confined to that one schema.
 */
export const opendataMigrations: Migration[] = [
  {
    id: '202611210140_opendata_catalogue',
    module: 'opendata',
    async up(db) {
      await sql`create schema if not exists opendata`.execute(db);
      await sql`create schema if not exists opendata_datastore`.execute(db);

      // Column names and lengths follow CKAN's package table (ckan/model/package.py) so that the
      // API dictionaries map one to one; the Thai Government Data Catalog (GDC) fields used by
      // data.go.th are typed columns, shown through the API as extras (docs/opendata.md).
      await sql`create table opendata.datasets (
        id uuid primary key default gen_random_uuid(),
        name text not null unique,
        title text,
        notes text,
        owner_org uuid,
        private boolean not null default false,
        state text not null default 'active' check (state in ('active', 'draft', 'deleted')),
        type text not null default 'dataset',
        license_id text,
        author text,
        author_email text,
        maintainer text,
        maintainer_email text,
        url text,
        version text,
        creator_user_id text,
        metadata_created timestamptz not null default now(),
        metadata_modified timestamptz not null default now(),
        extras jsonb not null default '{}',
        data_type text check (data_type in ('record', 'statistics', 'geospatial', 'multiple',
          'other')),
        objective text,
        update_frequency text check (update_frequency in ('realtime', 'daily', 'weekly',
          'monthly', 'quarterly', 'half_yearly', 'yearly', 'irregular', 'never')),
        update_frequency_interval integer check (update_frequency_interval > 0),
        geographic_coverage text check (geographic_coverage in ('country', 'region', 'province',
          'district', 'subdistrict', 'village', 'other', 'none')),
        data_source text,
        data_classification text check (data_classification in ('public', 'internal',
          'confidential', 'secret', 'top_secret')),
        accessibility_conditions text,
        release_calendar text,
        first_year integer,
        last_year integer,
        unit_of_measure text,
        geo_scale text,
        bbox_west numeric,
        bbox_south numeric,
        bbox_east numeric,
        bbox_north numeric,
        search_vector tsvector not null default ''::tsvector,
        search_trigram text not null default '',
        tag_names text[] not null default '{}',
        group_names text[] not null default '{}',
        res_formats text[] not null default '{}',
        num_resources integer not null default 0,
        num_tags integer not null default 0
      )`.execute(db);
      await sql`create index datasets_search on opendata.datasets using gin (search_vector)`.execute(
        db,
      );
      await sql`create index datasets_trigram on opendata.datasets
        using gin (search_trigram gin_trgm_ops)`.execute(db);
      await sql`create index datasets_tags on opendata.datasets using gin (tag_names)`.execute(db);
      await sql`create index datasets_groups on opendata.datasets using gin (group_names)`.execute(
        db,
      );
      await sql`create index datasets_formats on opendata.datasets using gin (res_formats)`.execute(
        db,
      );
      await sql`create index datasets_org on opendata.datasets (owner_org)`.execute(db);
      await sql`create index datasets_listing on opendata.datasets
        (state, private, metadata_modified desc)`.execute(db);

      await sql`create table opendata.resources (
        id uuid primary key default gen_random_uuid(),
        package_id uuid not null references opendata.datasets(id),
        url text not null default '',
        name text,
        description text,
        format text,
        mimetype text,
        mimetype_inner text,
        size bigint,
        hash text,
        last_modified timestamptz,
        created timestamptz not null default now(),
        metadata_modified timestamptz not null default now(),
        position integer not null default 0,
        url_type text,
        resource_type text,
        cache_url text,
        cache_last_updated timestamptz,
        state text not null default 'active' check (state in ('active', 'deleted')),
        datastore_active boolean not null default false,
        extras jsonb not null default '{}'
      )`.execute(db);
      await sql`create index resources_package on opendata.resources (package_id, position)`.execute(
        db,
      );
      // Uploaded files live in the database so that every Pratu process serves them and a backup
      // of PostgreSQL is a backup of the portal (files are capped at 10 MB by the HTTP layer).
      await sql`create table opendata.resource_files (
        resource_id uuid primary key references opendata.resources(id),
        file_name text not null,
        content bytea not null,
        size bigint not null,
        sha256 text not null,
        uploaded_at timestamptz not null default now()
      )`.execute(db);

      await sql`create table opendata.groups (
        id uuid primary key default gen_random_uuid(),
        name text not null unique,
        title text not null default '',
        title_en text not null default '',
        description text not null default '',
        image_url text not null default '',
        created timestamptz not null default now(),
        state text not null default 'active'
      )`.execute(db);
      await sql`create table opendata.group_members (
        group_id uuid not null references opendata.groups(id),
        dataset_id uuid not null references opendata.datasets(id),
        primary key (group_id, dataset_id)
      )`.execute(db);
      await sql`create index group_members_dataset on opendata.group_members (dataset_id)`.execute(
        db,
      );

      // Free tags have no vocabulary (CKAN's vocabulary_id null); the column keeps the model.
      await sql`create table opendata.tags (
        id uuid primary key default gen_random_uuid(),
        name text not null,
        vocabulary_id uuid
      )`.execute(db);
      await sql`create unique index tags_free_name on opendata.tags (name)
        where vocabulary_id is null`.execute(db);
      await sql`create table opendata.dataset_tags (
        dataset_id uuid not null references opendata.datasets(id),
        tag_id uuid not null references opendata.tags(id),
        primary key (dataset_id, tag_id)
      )`.execute(db);
      await sql`create index dataset_tags_tag on opendata.dataset_tags (tag_id)`.execute(db);

      // Only a SHA-256 of each token is kept (like platform sessions): a leaked table cannot be
      // replayed against the API.
      await sql`create table opendata.api_tokens (
        id uuid primary key default gen_random_uuid(),
        account_id text not null,
        name text not null default '',
        token_hash text not null unique,
        created_at timestamptz not null default now(),
        last_access timestamptz,
        revoked_at timestamptz
      )`.execute(db);
      await sql`create index api_tokens_account on opendata.api_tokens (account_id)`.execute(db);

      // Usage is counted per day without recording who: one row per (day, dataset, resource,
      // event). Dataset-level events use the nil UUID as resource_id, so the key has no nulls.
      await sql`create table opendata.usage_daily (
        day date not null,
        dataset_id uuid not null,
        resource_id uuid not null,
        event text not null check (event in ('view', 'download', 'api')),
        count integer not null default 0,
        primary key (day, dataset_id, resource_id, event)
      )`.execute(db);
      await sql`create index usage_daily_dataset on opendata.usage_daily (dataset_id, day)`.execute(
        db,
      );

      // The data dictionary of each datastore table (CKAN keeps it in column comments) and the
      // history of loads with the lines that were refused.
      await sql`create table opendata.datastore_tables (
        resource_id uuid primary key references opendata.resources(id),
        fields jsonb not null,
        primary_key text[] not null default '{}',
        writable boolean not null default false,
        row_count bigint not null default 0,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      )`.execute(db);
      await sql`create table opendata.datastore_loads (
        id uuid primary key default gen_random_uuid(),
        resource_id uuid not null references opendata.resources(id),
        job_id bigint,
        state text not null default 'queued'
          check (state in ('queued', 'running', 'done', 'failed')),
        rows_total bigint not null default 0,
        rows_loaded bigint not null default 0,
        bad_row_count bigint not null default 0,
        bad_rows jsonb not null default '[]',
        fields jsonb not null default '[]',
        message text,
        requested_by text,
        created_at timestamptz not null default now(),
        started_at timestamptz,
        finished_at timestamptz
      )`.execute(db);
      await sql`create index datastore_loads_resource on opendata.datastore_loads
        (resource_id, created_at desc)`.execute(db);

      await sql`create table opendata.data_requests (
        id uuid primary key default gen_random_uuid(),
        title text not null,
        description text not null default '',
        requester_account_id text not null,
        organization_id uuid,
        state text not null default 'open' check (state in ('open', 'answered', 'declined')),
        answer text,
        answered_by text,
        answered_at timestamptz,
        dataset_id uuid references opendata.datasets(id),
        vote_count integer not null default 0,
        created_at timestamptz not null default now()
      )`.execute(db);
      await sql`create index data_requests_votes on opendata.data_requests
        (vote_count desc, created_at)`.execute(db);
      await sql`create table opendata.data_request_votes (
        request_id uuid not null references opendata.data_requests(id),
        account_id text not null,
        created_at timestamptz not null default now(),
        primary key (request_id, account_id)
      )`.execute(db);
    },
  },
  {
    // The search document is most of a dataset row (about 1.1 KB of 1.5 KB in the benchmark
    // catalogue). Kept beside the row, it no longer slows the scans that count results and
    // build facets, which read only the narrow catalogue columns (bench/opendata.bench.ts).
    id: '202611210141_opendata_search_table',
    module: 'opendata',
    async up(db) {
      await sql`create table opendata.dataset_search (
        dataset_id uuid primary key references opendata.datasets(id),
        search_vector tsvector not null,
        search_trigram text not null default ''
      )`.execute(db);
      await sql`insert into opendata.dataset_search (dataset_id, search_vector, search_trigram)
        select id, search_vector, search_trigram from opendata.datasets`.execute(db);
      await sql`drop index if exists opendata.datasets_search`.execute(db);
      await sql`drop index if exists opendata.datasets_trigram`.execute(db);
      await sql`alter table opendata.datasets drop column search_vector, drop column search_trigram`.execute(
        db,
      );
      await sql`create index dataset_search_vector on opendata.dataset_search
        using gin (search_vector)`.execute(db);
      await sql`create index dataset_search_trigram on opendata.dataset_search
        using gin (search_trigram gin_trgm_ops)`.execute(db);
    },
  },
];
