import { sql } from 'kysely';
import type { Migration } from '../../platform/db/migrations.ts';

/**
 * Tables of enrolment and authenticators, in the identity schema beside `identity.accounts`
 * (created by 202611210020, so these ids sort after it).
 */
export const enrolmentMigrations: Migration[] = [
  {
    id: '202611210110_identity_enrolments',
    module: 'identity',
    async up(db) {
      await sql`create schema if not exists identity`.execute(db);
      // One row per attempt to enrol, failed ones included: the proofing events hang off it and
      // the browser holds only a random token whose SHA-256 is token_hash (a cookie, not state).
      await sql`create table identity.enrolments (
        id uuid primary key default gen_random_uuid(),
        citizen_id char(13) not null,
        account_id uuid references identity.accounts(id),
        token_hash text unique,
        kind text not null default 'enrolment' check (kind in ('enrolment', 're_enrolment')),
        status text not null check (status in ('proofing', 'proofed', 'failed', 'completed')),
        ial numeric(3, 1),
        birth_date text,
        client_address text,
        created_at timestamptz not null default now(),
        expires_at timestamptz not null,
        completed_at timestamptz
      )`.execute(db);
      await sql`create index enrolments_account on identity.enrolments (account_id, completed_at)
        where status = 'completed'`.execute(db);
      await sql`create index enrolments_citizen on identity.enrolments (citizen_id, created_at)`.execute(
        db,
      );

      // Every step of identity proofing, passed or not (NIST SP 800-63A 4.2: keep a record of the
      // proofing performed). No card data is kept, only which step ran and how it ended.
      await sql`create table identity.proofing_events (
        id bigint generated always as identity primary key,
        enrolment_id uuid not null references identity.enrolments(id),
        step text not null,
        outcome text not null check (outcome in ('passed', 'failed', 'needs_input', 'refused')),
        ial numeric(3, 1),
        detail jsonb not null default '{}',
        at timestamptz not null default now()
      )`.execute(db);
      await sql`create index proofing_events_enrolment on identity.proofing_events (enrolment_id, id)`.execute(
        db,
      );
    },
  },
  {
    id: '202611210111_identity_authenticators',
    module: 'identity',
    async up(db) {
      // WebAuthn credentials (W3C WebAuthn Level 3, 7.1 step 27 "register the new credential"):
      // id, public key, signature counter, transports, backup state; user_handle is what the
      // authenticator returns for a discoverable credential (7.2 step 6).
      await sql`create table identity.passkeys (
        id uuid primary key default gen_random_uuid(),
        account_id uuid not null references identity.accounts(id),
        credential_id text not null unique,
        public_key bytea not null,
        sign_count bigint not null default 0,
        transports jsonb not null default '[]',
        aaguid text not null,
        device_type text not null check (device_type in ('singleDevice', 'multiDevice')),
        backed_up boolean not null,
        user_handle text not null,
        status text not null check (status in ('pending', 'active', 'revoked')),
        enrolment_id uuid references identity.enrolments(id),
        created_at timestamptz not null default now(),
        last_used_at timestamptz,
        revoked_at timestamptz,
        revoked_reason text
      )`.execute(db);
      await sql`create index passkeys_account on identity.passkeys (account_id, status)`.execute(
        db,
      );
      await sql`create index passkeys_enrolment on identity.passkeys (enrolment_id)`.execute(db);

      // One PIN per account, argon2id in PHC string form (parameters travel with the hash).
      await sql`create table identity.pins (
        account_id uuid primary key references identity.accounts(id),
        pin_hash text not null,
        enrolment_id uuid references identity.enrolments(id),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        last_used_at timestamptz
      )`.execute(db);

      // Counters for lock-outs (per citizen ID) and throttles (per client address), in the
      // database so they hold across every `pratu serve` process.
      await sql`create table identity.lockouts (
        key text primary key,
        failures integer not null default 0,
        window_started_at timestamptz not null default now(),
        locked_until timestamptz,
        updated_at timestamptz not null default now()
      )`.execute(db);
      await sql`create index lockouts_updated on identity.lockouts (updated_at)`.execute(db);

      // WebAuthn challenges (WebAuthn 13.4.3: random, at least 16 bytes, used once): single use
      // is the used_at column set by one conditional UPDATE.
      await sql`create table identity.webauthn_challenges (
        id uuid primary key default gen_random_uuid(),
        purpose text not null check (purpose in ('registration', 'authentication')),
        challenge text not null,
        account_id uuid references identity.accounts(id),
        enrolment_id uuid references identity.enrolments(id),
        created_at timestamptz not null default now(),
        expires_at timestamptz not null,
        used_at timestamptz
      )`.execute(db);
      await sql`create index webauthn_challenges_expiry on identity.webauthn_challenges (expires_at)`.execute(
        db,
      );
    },
  },
];
