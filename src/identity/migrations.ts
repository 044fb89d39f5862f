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
  {
    id: '202611210120_identity_oidc_store',
    module: 'identity',
    async up(db) {
      // The oidc-provider adapter's one generic table (STYLE.md 9, after logto's
      // oidc_model_instances): every model (Session, AccessToken, AuthorizationCode, Grant,
      // Interaction, ...) is a JSON payload under (model_name, id). expires_at lets find() ignore
      // and the purge job delete expired rows; consumed_at is the adapter's consume().
      await sql`create table identity.oidc_model_instances (
        model_name text not null,
        id text not null,
        payload jsonb not null,
        expires_at timestamptz,
        consumed_at timestamptz,
        primary key (model_name, id)
      )`.execute(db);
      // The three secondary look-ups of the adapter contract: Session by uid (findByUid),
      // DeviceCode by userCode (findByUserCode), every token of a grant (revokeByGrantId).
      await sql`create index oidc_model_instances_uid on identity.oidc_model_instances
        (model_name, (payload->>'uid'))`.execute(db);
      await sql`create index oidc_model_instances_user_code on identity.oidc_model_instances
        (model_name, (payload->>'userCode'))`.execute(db);
      await sql`create index oidc_model_instances_grant on identity.oidc_model_instances
        (model_name, (payload->>'grantId'))`.execute(db);
      await sql`create index oidc_model_instances_expiry on identity.oidc_model_instances
        (expires_at)`.execute(db);

      // ES256 signing keys: the public half in clear (it is published anyway), the private half
      // sealed with AES-GCM. A key signs until retired_at and is published until publish_until,
      // so tokens signed before a rotation still verify.
      await sql`create table identity.oidc_signing_keys (
        kid text primary key,
        alg text not null,
        public_jwk jsonb not null,
        private_jwk_sealed text not null,
        created_at timestamptz not null default now(),
        retired_at timestamptz,
        publish_until timestamptz
      )`.execute(db);
      // Other sealed provider secrets (the pairwise subject salt).
      await sql`create table identity.oidc_secrets (
        name text primary key,
        sealed text not null,
        created_at timestamptz not null default now()
      )`.execute(db);
    },
  },
  {
    id: '202611210121_identity_relying_parties',
    module: 'identity',
    async up(db) {
      // Relying parties: agencies' and companies' apps that sign citizens in through Pratu. The
      // OpenID provider reads this table as its client store and never writes it.
      await sql`create table identity.relying_parties (
        id uuid primary key default gen_random_uuid(),
        client_id text not null unique,
        organization_id uuid,
        name_th text not null,
        name_en text not null,
        purpose_th text not null,
        purpose_en text not null,
        logo_url text,
        redirect_uris jsonb not null default '[]',
        post_logout_redirect_uris jsonb not null default '[]',
        scopes jsonb not null default '[]',
        grant_types jsonb not null default '[]',
        token_endpoint_auth_method text not null
          check (token_endpoint_auth_method in ('client_secret_basic', 'private_key_jwt')),
        jwks jsonb,
        client_secret_sealed text,
        min_aal smallint not null default 2 check (min_aal in (1, 2)),
        environment text not null default 'sandbox' check (environment in ('sandbox', 'production')),
        production_requested_at timestamptz,
        approved_by text,
        approved_at timestamptz,
        first_party boolean not null default false,
        suspended_at timestamptz,
        created_by text not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      )`.execute(db);
      await sql`create index relying_parties_organization on identity.relying_parties
        (organization_id)`.execute(db);
    },
  },
  {
    id: '202611210122_identity_consents_access_log',
    module: 'identity',
    async up(db) {
      // A citizen's standing consent to one relying party: which OpenID scopes, and the
      // oidc-provider Grant that carries it. Revoking deletes the row and the grant's tokens.
      await sql`create table identity.consents (
        account_id uuid not null references identity.accounts(id),
        client_id text not null,
        grant_id text not null,
        scopes jsonb not null,
        granted_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (account_id, client_id)
      )`.execute(db);

      // Every release of personal data to a relying party. Hash-partitioned by account so it can
      // become a Citus distributed table (ARCHITECTURE.md, "Running and scaling"); the citizen's
      // page reads one partition.
      await sql`create table identity.access_log (
        id uuid not null default gen_random_uuid(),
        account_id uuid not null,
        client_id text not null,
        relying_party_name_th text not null,
        relying_party_name_en text not null,
        purpose_th text not null,
        purpose_en text not null,
        event text not null check (event in ('id_token', 'userinfo', 'introspection')),
        claims jsonb not null,
        at timestamptz not null default now(),
        primary key (account_id, id)
      ) partition by hash (account_id)`.execute(db);
      for (let i = 0; i < 8; i++) {
        await sql
          .raw(`create table identity.access_log_p${i} partition of identity.access_log
            for values with (modulus 8, remainder ${i})`)
          .execute(db);
      }
      await sql`create index access_log_account_at on identity.access_log (account_id, at desc)`.execute(
        db,
      );
    },
  },
  {
    id: '202611220100_identity_oidc_partial_indexes',
    module: 'identity',
    async up(db) {
      // Each secondary look-up concerns only the rows that carry its property (uid: sessions;
      // userCode: device codes; grantId: codes and tokens), yet every upsert of every model paid
      // for an entry (a NULL one) in all three. Partial indexes skip those rows; the look-ups
      // state the same `?` condition so the planner may use them.
      for (const [name, property] of [
        ['oidc_model_instances_uid', 'uid'],
        ['oidc_model_instances_user_code', 'userCode'],
        ['oidc_model_instances_grant', 'grantId'],
      ] as const) {
        await sql.raw(`drop index identity.${name}`).execute(db);
        await sql
          .raw(`create index ${name} on identity.oidc_model_instances
            (model_name, (payload->>'${property}')) where payload ? '${property}'`)
          .execute(db);
      }
    },
  },
];
