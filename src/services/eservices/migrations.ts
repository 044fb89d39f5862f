import { sql } from 'kysely';
import type { Migration } from '../../platform/db/migrations.ts';

/**
 * The e-services part of the `services` schema (the catalogue adds its own tables beside these).
 * Tables start with eservice_ (definitions) or application_ (what citizens send).
 */
export const eserviceMigrations: Migration[] = [
  {
    id: '202611210150_services_eservices',
    module: 'services',
    async up(db) {
      await sql`create schema if not exists services`.execute(db);
      // The builder's working copy lives in `working` (may be incomplete); what citizens use is
      // an immutable row of eservice_versions.
      await sql`create table services.eservice_definitions (
        id uuid primary key default gen_random_uuid(),
        code text not null unique,
        organization_id uuid not null,
        working jsonb not null,
        status text not null default 'draft' check (status in ('draft', 'published', 'unpublished')),
        published_version int,
        created_by text not null,
        created_at timestamptz not null default now(),
        updated_by text not null,
        updated_at timestamptz not null default now()
      )`.execute(db);
      await sql`create index eservice_definitions_org on services.eservice_definitions (organization_id)`.execute(
        db,
      );
      await sql`create table services.eservice_versions (
        definition_id uuid not null references services.eservice_definitions(id),
        version int not null check (version > 0),
        definition jsonb not null,
        published_by text not null,
        published_at timestamptz not null default now(),
        primary key (definition_id, version)
      )`.execute(db);
      // "Published versions never change under a citizen's feet": the database refuses it too.
      await sql`create function services.eservice_versions_immutable() returns trigger
        language plpgsql as $$
        begin
          raise exception 'a published e-service version cannot be changed or deleted';
        end $$`.execute(db);
      await sql`create trigger eservice_versions_immutable
        before update or delete on services.eservice_versions
        for each row execute function services.eservice_versions_immutable()`.execute(db);

      await sql`create sequence services.application_tracking_seq`.execute(db);
      // organization_id is copied from the definition so the back office scopes every query by
      // it with one index; applicant_id is the identity module's opaque account id.
      await sql`create table services.application_records (
        id uuid primary key default gen_random_uuid(),
        definition_id uuid not null,
        version int not null,
        organization_id uuid not null,
        applicant_id text not null,
        status text not null,
        draft jsonb,
        answers jsonb,
        tracking_no text unique,
        outcome text check (outcome in ('approved', 'rejected', 'withdrawn')),
        decision_reason text,
        assigned_to text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        submitted_at timestamptz,
        due_at timestamptz,
        decided_at timestamptz,
        foreign key (definition_id, version) references services.eservice_versions (definition_id, version)
      )`.execute(db);
      await sql`create index application_records_applicant on services.application_records
        (applicant_id, created_at desc)`.execute(db);
      await sql`create index application_records_queue on services.application_records
        (definition_id, submitted_at desc) where submitted_at is not null`.execute(db);
      await sql`create index application_records_org on services.application_records
        (organization_id, submitted_at) where submitted_at is not null`.execute(db);

      await sql`create table services.application_events (
        id bigserial primary key,
        application_id uuid not null references services.application_records(id),
        at timestamptz not null default now(),
        actor_kind text not null check (actor_kind in ('citizen', 'staff', 'system')),
        actor_id text not null,
        action text not null,
        from_status text,
        to_status text,
        message text,
        file_id uuid
      )`.execute(db);
      await sql`create index application_events_app on services.application_events (application_id, id)`.execute(
        db,
      );
      // Internal notes between officers: a separate table, so no query for the citizen's pages
      // can return one by mistake.
      await sql`create table services.application_comments (
        id bigserial primary key,
        application_id uuid not null references services.application_records(id),
        author_id text not null,
        at timestamptz not null default now(),
        body text not null
      )`.execute(db);
      await sql`create index application_comments_app on services.application_comments (application_id, id)`.execute(
        db,
      );
      await sql`create table services.application_files (
        id uuid primary key default gen_random_uuid(),
        application_id uuid not null references services.application_records(id),
        field text not null,
        filename text not null,
        kind text not null,
        size int not null,
        sha256 text not null,
        content bytea not null,
        uploaded_by text not null,
        uploaded_at timestamptz not null default now()
      )`.execute(db);
      await sql`create index application_files_app on services.application_files (application_id)`.execute(
        db,
      );
      await sql`create table services.application_used_tokens (
        token_hash text primary key,
        used_at timestamptz not null default now()
      )`.execute(db);
      await sql`create table services.application_notifications (
        id bigserial primary key,
        account_id text not null,
        application_id uuid references services.application_records(id),
        at timestamptz not null default now(),
        title_th text not null,
        title_en text not null,
        body_th text not null,
        body_en text not null,
        read_at timestamptz
      )`.execute(db);
      await sql`create index application_notifications_account on services.application_notifications
        (account_id, id desc)`.execute(db);
    },
  },
  {
    // Citizens' own moves (submit, answer, withdraw) reach the hash-chained audit log through
    // this outbox: the event row commits with the change, and a job chains a batch of them in
    // one transaction. Chaining each inside the request would hold the chain's global lock
    // across every commit's disk flush, capping submissions at one per fsync.
    id: '202611210151_services_eservice_event_outbox',
    module: 'services',
    async up(db) {
      await sql`alter table services.application_events
        add column audited boolean not null default false`.execute(db);
      await sql`update services.application_events set audited = true`.execute(db);
      await sql`create index application_events_unaudited on services.application_events (id)
        where not audited`.execute(db);
      // The timeline is evidence: rows are never deleted, and only `audited` may change.
      await sql`create function services.application_events_append_only() returns trigger
        language plpgsql as $$
        begin
          if tg_op = 'DELETE' or (new.id, new.application_id, new.at, new.actor_kind, new.actor_id,
              new.action, new.from_status, new.to_status, new.message, new.file_id)
            is distinct from (old.id, old.application_id, old.at, old.actor_kind, old.actor_id,
              old.action, old.from_status, old.to_status, old.message, old.file_id) then
            raise exception 'application events are append-only';
          end if;
          return new;
        end $$`.execute(db);
      await sql`create trigger application_events_append_only
        before update or delete on services.application_events
        for each row execute function services.application_events_append_only()`.execute(db);
    },
  },
  {
    // A start form posted twice (a double tap on a slow phone, a reload) must open the draft the
    // first post created, not a second one: the used start token remembers that draft.
    id: '202611220240_services_start_token_application',
    module: 'services',
    async up(db) {
      await sql`alter table services.application_used_tokens
        add column application_id uuid references services.application_records(id)`.execute(db);
    },
  },
  {
    // An officer's inbox: a citizen's answer or withdrawal is news to the officer who has the
    // application, and their message leads to the back-office page, not the citizen's.
    id: '202611220310_services_notification_link',
    module: 'services',
    async up(db) {
      await sql`alter table services.application_notifications add column link text`.execute(db);
    },
  },
];
