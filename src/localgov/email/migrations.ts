import { sql } from 'kysely';
import type { Migration } from '../../platform/db/migrations.ts';

export const emailRegistryMigrations: Migration[] = [
  {
    id: '202611210121_localgov_email_registry',
    module: 'localgov',
    async up(db) {
      // One row per registration of an address by an administration, through its whole life
      // (lifecycle.ts). registered_by and decided_by are identity account ids or 'system:…'.
      await sql`create table localgov.official_emails (
        id uuid primary key default gen_random_uuid(),
        administration_id uuid not null references localgov.administrations(id),
        address text not null check (address = lower(address) and length(address) <= 254),
        domain text not null,
        status text not null check (status in ('pending_confirmation', 'pending_approval',
          'approved', 'rejected', 'reconfirmation_due', 'lapsed', 'withdrawn', 'superseded')),
        registered_by text not null,
        registered_at timestamptz not null default now(),
        confirmed_at timestamptz,
        decided_by text,
        decided_at timestamptz,
        decision_reason text,
        approved_at timestamptz,
        reconfirm_by timestamptz,
        lapse_at timestamptz,
        dns_check jsonb,
        updated_at timestamptz not null default now()
      )`.execute(db);
      // At most one official and one pending address per administration, and an official
      // address belongs to one administration: the look-up must have a single answer.
      await sql`create unique index official_emails_one_official on localgov.official_emails
        (administration_id) where status in ('approved', 'reconfirmation_due')`.execute(db);
      await sql`create unique index official_emails_one_pending on localgov.official_emails
        (administration_id) where status in ('pending_confirmation', 'pending_approval')`.execute(
        db,
      );
      await sql`create unique index official_emails_address_official on localgov.official_emails
        (address) where status in ('approved', 'reconfirmation_due')`.execute(db);
      await sql`create index official_emails_address on localgov.official_emails (address)`.execute(
        db,
      );
      await sql`create index official_emails_administration on localgov.official_emails
        (administration_id, registered_at)`.execute(db);
      await sql`create index official_emails_status on localgov.official_emails
        (status, registered_at)`.execute(db);
      await sql`create index official_emails_reconfirm on localgov.official_emails (reconfirm_by)
        where status = 'approved'`.execute(db);
      await sql`create index official_emails_lapse on localgov.official_emails (lapse_at)
        where status = 'reconfirmation_due'`.execute(db);

      // Confirmation links: only the SHA-256 of the token is kept, so a database dump cannot be
      // used to confirm an address. Single use (used_at), replaced by a newer link (revoked_at).
      await sql`create table localgov.official_email_tokens (
        token_hash text primary key,
        official_email_id uuid not null references localgov.official_emails(id),
        purpose text not null check (purpose in ('registration', 'reconfirmation')),
        created_at timestamptz not null default now(),
        expires_at timestamptz not null,
        used_at timestamptz,
        revoked_at timestamptz
      )`.execute(db);
      await sql`create index official_email_tokens_registration on localgov.official_email_tokens
        (official_email_id) where used_at is null and revoked_at is null`.execute(db);

      // Every change, in order, with who made it and why; never updated or deleted.
      await sql`create table localgov.official_email_history (
        id bigserial primary key,
        official_email_id uuid not null references localgov.official_emails(id),
        administration_id uuid not null references localgov.administrations(id),
        at timestamptz not null default now(),
        actor text not null,
        event text not null,
        from_status text,
        to_status text,
        reason text,
        details jsonb not null default '{}'
      )`.execute(db);
      await sql`create index official_email_history_registration on
        localgov.official_email_history (official_email_id, id)`.execute(db);
      await sql`create index official_email_history_administration on
        localgov.official_email_history (administration_id, id)`.execute(db);
      await sql`create function localgov.refuse_history_change() returns trigger
        language plpgsql as $$ begin
          raise exception 'localgov.official_email_history is append-only';
        end $$`.execute(db);
      await sql`create trigger official_email_history_append_only
        before update or delete on localgov.official_email_history
        for each row execute function localgov.refuse_history_change()`.execute(db);
    },
  },
];
