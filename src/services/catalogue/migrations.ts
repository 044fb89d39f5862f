import { sql } from 'kysely';
import type { Migration } from '../../platform/db/migrations.ts';

/**
 * The service catalogue's tables in the `services` schema, prefixed `catalogue_` because the
 * e-services and entitlements parts of the same module share the schema.
 */
export const catalogueMigrations: Migration[] = [
  {
    id: '202611210160_catalogue_init',
    module: 'services',
    async up(db) {
      await sql`create schema if not exists services`.execute(db);
      // agency_id is the orgs module's organization id: an opaque reference, no cross-schema
      // foreign key (ARCHITECTURE.md: a module touches only its own schema). The agency's names
      // are kept as the import file gave them, for display and for the search index.
      await sql`create table services.catalogue_services (
        id uuid primary key default gen_random_uuid(),
        code text not null unique,
        name_th text not null,
        name_en text not null,
        description_th text not null,
        description_en text not null,
        agency_id uuid not null,
        agency_code text not null,
        agency_name_th text not null,
        agency_name_en text not null,
        category text not null,
        channels text[] not null,
        fee_baht numeric(12, 2) not null check (fee_baht >= 0),
        fee_note_th text,
        fee_note_en text,
        processing_days numeric(7, 2) check (processing_days >= 0),
        processing_text_th text not null,
        processing_text_en text not null,
        required_documents jsonb not null default '[]',
        eligibility_th text not null,
        eligibility_en text not null,
        eservice_definition_code text,
        external_url text,
        keywords_th text[] not null default '{}',
        keywords_en text[] not null default '{}',
        source_hash text not null,
        search_vector tsvector not null,
        rank_vector tsvector not null,
        search_trigram text not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check ((eservice_definition_code is null) <> (external_url is null))
      )`.execute(db);
      // Why each setting: platform/search/search-sql.ts (planning time, decompression per row).
      await sql`alter table services.catalogue_services
        alter column search_vector set statistics 0,
        alter column rank_vector set storage plain`.execute(db);
      await sql`create index catalogue_services_search on services.catalogue_services
        using gin (search_vector)`.execute(db);
      await sql`create index catalogue_services_trigram on services.catalogue_services
        using gin (search_trigram gin_trgm_ops)`.execute(db);
      await sql`create index catalogue_services_category on services.catalogue_services
        (category)`.execute(db);
      await sql`create index catalogue_services_agency on services.catalogue_services
        (agency_code)`.execute(db);

      // Page views live apart from the services: updating a services row re-enters all of its
      // several hundred lexemes into the GIN index's pending list, and a view per page load
      // would keep that list long, which every search must then read through.
      await sql`create table services.catalogue_views (
        service_id uuid primary key references services.catalogue_services(id) on delete cascade,
        views bigint not null default 0 check (views >= 0)
      )`.execute(db);
      await sql`create index catalogue_views_popular on services.catalogue_views
        (views desc)`.execute(db);

      // Every lexeme of the catalogue with how many services hold it (anywhere, and in names or
      // keywords); the empty word holds the number of services. Rebuilt by each import
      // (search-sql.ts refreshVocabulary); read to weigh query words and to repair typos.
      await sql`create table services.catalogue_words (
        word text collate "C" primary key,
        documents integer not null,
        title_documents integer not null
      )`.execute(db);
      await sql`create index catalogue_words_trigram on services.catalogue_words
        using gin (word gin_trgm_ops)`.execute(db);

      // One row per (term, owner): organization_id is null for built-in and imported entries,
      // else the agency that added it. term_key is the folded lookup key (search-sql.ts
      // synonymKey), so 'ก.ย.ศ.' and 'กยศ' are the same term.
      await sql`create table services.catalogue_synonyms (
        id uuid primary key default gen_random_uuid(),
        term text not null,
        term_key text not null,
        expansions text[] not null check (cardinality(expansions) between 1 and 20),
        source text not null check (source in ('builtin', 'import', 'agency')),
        organization_id uuid,
        created_by text not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      )`.execute(db);
      await sql`create unique index catalogue_synonyms_platform_term on services.catalogue_synonyms
        (term_key) where organization_id is null`.execute(db);
      await sql`create unique index catalogue_synonyms_agency_term on services.catalogue_synonyms
        (organization_id, term_key) where organization_id is not null`.execute(db);
    },
  },
];
