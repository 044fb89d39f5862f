import { sql } from 'kysely';
import type { Migration } from '../../platform/db/migrations.ts';

/**
 * The self-assessment's tables in the `localgov` schema, all prefixed `assessment_` because the
 * directory and the e-mail registry share the schema.
 */
export const assessmentMigrations: Migration[] = [
  {
    id: '202611210130_assessment_init',
    module: 'localgov',
    async up(db) {
      await sql`create schema if not exists localgov`.execute(db);

      // A template version is one complete questionnaire (assessment-template.ts) as JSON.
      // Published versions are frozen: assessments point at them and must score the same forever.
      await sql`create table localgov.assessment_templates (
        id uuid primary key default gen_random_uuid(),
        template_key text not null,
        fiscal_year integer not null check (fiscal_year between 2400 and 2800),
        version integer not null check (version >= 1),
        definition jsonb not null,
        status text not null default 'draft' check (status in ('draft', 'published')),
        based_on uuid references localgov.assessment_templates(id),
        created_by text not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        published_by text,
        published_at timestamptz,
        unique (template_key, fiscal_year, version),
        check (status = 'draft' or (published_at is not null and published_by is not null))
      )`.execute(db);
      await sql`create function localgov.assessment_template_frozen() returns trigger
        language plpgsql as $$
        begin
          raise exception 'a published assessment template cannot be changed'
            using errcode = 'P0001', hint = 'assessment.template_published';
        end $$`.execute(db);
      await sql`create trigger assessment_template_frozen
        before update or delete on localgov.assessment_templates
        for each row when (old.status = 'published')
        execute function localgov.assessment_template_frozen()`.execute(db);

      // One administration's self-assessment of one project. Everything a dashboard groups by
      // (province, region, administration type) is copied in when the assessment is started,
      // and the scores when it is submitted, so dashboards never join or re-score.
      await sql`create table localgov.assessment_records (
        id uuid primary key default gen_random_uuid(),
        administration_code text not null,
        administration_name_th text not null,
        administration_name_en text not null,
        administration_type text not null,
        province_code text not null,
        region text not null,
        fiscal_year integer not null check (fiscal_year between 2400 and 2800),
        project_type text not null check (project_type in ('subsidy', 'festival', 'sports')),
        project_name text not null check (length(project_name) between 1 and 300),
        project_budget numeric(15, 2) not null check (project_budget >= 0),
        template_id uuid not null references localgov.assessment_templates(id),
        status text not null default 'draft' check (status in ('draft', 'submitted')),
        answers jsonb not null default '{}',
        filled_by text not null,
        signed_off_by text,
        signed_off_at timestamptz,
        submitted_at timestamptz,
        overall_score numeric(5, 2) check (overall_score between 0 and 100),
        score_authority numeric(5, 2),
        score_development_plan numeric(5, 2),
        score_budget numeric(5, 2),
        score_implementation numeric(5, 2),
        level text check (level in ('very_good', 'good', 'fair', 'needs_improvement')),
        findings_count integer,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check (status = 'draft' or (submitted_at is not null and signed_off_by is not null))
      )`.execute(db);
      await sql`create unique index assessment_records_project on localgov.assessment_records
        (administration_code, fiscal_year, project_type, lower(project_name))`.execute(db);
      await sql`create index assessment_records_province on localgov.assessment_records
        (province_code, fiscal_year) where status = 'submitted'`.execute(db);
      await sql`create index assessment_records_year on localgov.assessment_records
        (fiscal_year, administration_code) where status = 'submitted'`.execute(db);
      // Submitted is final (the executive signed it): the database refuses any change, so no
      // code path, present or future, can alter what was signed.
      await sql`create function localgov.assessment_record_locked() returns trigger
        language plpgsql as $$
        begin
          raise exception 'a submitted assessment cannot be changed'
            using errcode = 'P0001', hint = 'assessment.locked';
        end $$`.execute(db);
      await sql`create trigger assessment_record_locked
        before update or delete on localgov.assessment_records
        for each row when (old.status = 'submitted')
        execute function localgov.assessment_record_locked()`.execute(db);

      await sql`create table localgov.assessment_evidence (
        id uuid primary key default gen_random_uuid(),
        assessment_id uuid not null references localgov.assessment_records(id),
        question_id text not null,
        file_name text not null,
        content_type text not null
          check (content_type in ('application/pdf', 'image/jpeg', 'image/png')),
        size_bytes integer not null check (size_bytes between 1 and 5242880),
        sha256 text not null,
        content bytea not null,
        uploaded_by text not null,
        uploaded_at timestamptz not null default now()
      )`.execute(db);
      await sql`create index assessment_evidence_assessment on localgov.assessment_evidence
        (assessment_id, question_id)`.execute(db);
      await sql`create function localgov.assessment_evidence_locked() returns trigger
        language plpgsql as $$
        begin
          if exists (select 1 from localgov.assessment_records r
                     where r.id = coalesce(new.assessment_id, old.assessment_id)
                       and r.status = 'submitted') then
            raise exception 'evidence of a submitted assessment cannot be changed'
              using errcode = 'P0001', hint = 'assessment.locked';
          end if;
          return coalesce(new, old);
        end $$`.execute(db);
      await sql`create trigger assessment_evidence_locked
        before insert or update or delete on localgov.assessment_evidence
        for each row execute function localgov.assessment_evidence_locked()`.execute(db);

      await sql`create table localgov.assessment_history (
        id bigint generated always as identity primary key,
        assessment_id uuid not null references localgov.assessment_records(id),
        at timestamptz not null default now(),
        actor text not null,
        action text not null,
        details jsonb not null default '{}'
      )`.execute(db);
      await sql`create index assessment_history_assessment on localgov.assessment_history
        (assessment_id, id)`.execute(db);

      // Running totals of submitted assessments per (year, project type, province,
      // administration type): at most 5 × 3 × 77 × 7 rows for five years, so every dashboard
      // figure is a sum over a few thousand rows however many assessments there are. Kept in
      // the submit transaction; rebuilt from the records after bulk loads.
      await sql`create table localgov.assessment_score_totals (
        fiscal_year integer not null,
        project_type text not null,
        province_code text not null,
        region text not null,
        administration_type text not null,
        assessments integer not null default 0,
        budget_sum numeric(18, 2) not null default 0,
        overall_sum numeric(14, 2) not null default 0,
        overall_count integer not null default 0,
        authority_sum numeric(14, 2) not null default 0,
        authority_count integer not null default 0,
        development_plan_sum numeric(14, 2) not null default 0,
        development_plan_count integer not null default 0,
        budget_score_sum numeric(14, 2) not null default 0,
        budget_score_count integer not null default 0,
        implementation_sum numeric(14, 2) not null default 0,
        implementation_count integer not null default 0,
        findings_sum integer not null default 0,
        level_very_good integer not null default 0,
        level_good integer not null default 0,
        level_fair integer not null default 0,
        level_needs_improvement integer not null default 0,
        primary key (fiscal_year, project_type, province_code, administration_type)
      )`.execute(db);
    },
  },
];
