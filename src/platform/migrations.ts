import { sql } from 'kysely';
import { GENESIS } from './audit.ts';
import type { Migration } from './db/migrations.ts';

export const platformMigrations: Migration[] = [
  {
    id: '202611210001_platform_init',
    module: 'platform',
    async up(db) {
      await sql`create schema if not exists platform`.execute(db);
      await sql`create extension if not exists pg_trgm`.execute(db);
      await sql`create table platform.meta (key text primary key, value jsonb not null)`.execute(
        db,
      );

      // Only a hash of the session token is stored: a leaked table cannot be replayed as cookies.
      await sql`create table platform.sessions (
        token_hash text primary key,
        account_id text,
        data jsonb not null default '{}',
        created_at timestamptz not null default now(),
        last_seen_at timestamptz not null default now(),
        idle_expires_at timestamptz not null,
        expires_at timestamptz not null
      )`.execute(db);
      await sql`create index sessions_account on platform.sessions (account_id)`.execute(db);
      await sql`create index sessions_expiry on platform.sessions (idle_expires_at)`.execute(db);

      await sql`create table platform.audit_log (
        seq bigint primary key,
        at timestamptz not null,
        actor text not null,
        action text not null,
        subject text not null,
        before_digest text,
        after_digest text,
        details jsonb not null default '{}',
        prev_hash text not null,
        hash text not null
      )`.execute(db);
      await sql`create index audit_log_subject on platform.audit_log (subject, seq)`.execute(db);
      // The head records the last row so that deleting the newest rows is detected too.
      await sql`create table platform.audit_head (
        id boolean primary key default true check (id),
        seq bigint not null,
        hash text not null
      )`.execute(db);
      // Append-only by construction: changing history needs a deliberate DISABLE TRIGGER, and
      // even then `pratu audit verify` finds the break in the hash chain.
      await sql`create function platform.audit_log_append_only() returns trigger
        language plpgsql as $$
        begin
          raise exception 'platform.audit_log is append-only';
        end $$`.execute(db);
      await sql`create trigger audit_log_append_only before update or delete on platform.audit_log
        for each row execute function platform.audit_log_append_only()`.execute(db);

      await sql`create table platform.jobs (
        id bigserial primary key,
        queue text not null,
        payload jsonb not null default '{}',
        singleton_key text,
        state text not null default 'queued'
          check (state in ('queued', 'running', 'done', 'failed')),
        run_at timestamptz not null default now(),
        attempts int not null default 0,
        max_attempts int not null default 5,
        locked_until timestamptz,
        progress jsonb,
        result jsonb,
        last_error text,
        created_at timestamptz not null default now(),
        finished_at timestamptz
      )`.execute(db);
      await sql`create index jobs_ready on platform.jobs (queue, run_at) where state = 'queued'`.execute(
        db,
      );
      // A singleton key allows one pending job per key (e.g. one purge at a time).
      await sql`create unique index jobs_singleton on platform.jobs (queue, singleton_key)
        where singleton_key is not null and state in ('queued', 'running')`.execute(db);
    },
  },
  {
    id: '202611221030_platform_audit_one_statement',
    module: 'platform',
    async up(db) {
      // Rows appended from now on are hashed by the append statement itself (audit.ts, version
      // 2); the rows before keep their hash and say how it was made.
      await sql`alter table platform.audit_log
        add column hash_version smallint not null default 1`.execute(db);
      // The append statement locks the head row, so it must exist before the first row.
      await sql`insert into platform.audit_head (id, seq, hash)
        values (true, 0, ${GENESIS}) on conflict (id) do nothing`.execute(db);
    },
  },
];
