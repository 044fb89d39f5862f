import { type Generated, type Kysely, sql } from 'kysely';
import type { Db } from '../../platform/db/database.ts';
import type { EntitlementRow } from './csv-upload.ts';
import type { Entitlement } from './entitlement.ts';

interface SourceTable {
  code: string;
  organization_id: string;
  name_th: string;
  name_en: string;
  kind: 'table' | 'http';
  endpoint: string | null;
  signing_secret: string | null;
  timeout_ms: Generated<number>;
  cache_seconds: Generated<number>;
  enabled: Generated<boolean>;
  position: Generated<number>;
  updated_at: Generated<Date>;
}
interface RecordTable extends EntitlementRow {
  source_code: string;
  updated_at: Generated<Date>;
}
interface Tables {
  'services.entitlement_sources': SourceTable;
  'services.entitlement_records': RecordTable;
}
const t = (db: Db) => db as Kysely<Tables>;

export type EntitlementSource = {
  code: string;
  organizationId: string;
  name: { th: string; en: string };
  kind: 'table' | 'http';
  endpoint: string | null;
  signingSecret: string | null;
  timeoutMs: number;
  cacheSeconds: number;
  enabled: boolean;
};

export async function listSources(db: Db, onlyEnabled = true): Promise<EntitlementSource[]> {
  let q = t(db).selectFrom('services.entitlement_sources').selectAll();
  if (onlyEnabled) q = q.where('enabled', '=', true);
  const rows = await q.orderBy('position').orderBy('code').execute();
  return rows.map((r) => ({
    code: r.code,
    organizationId: r.organization_id,
    name: { th: r.name_th, en: r.name_en },
    kind: r.kind,
    endpoint: r.endpoint,
    signingSecret: r.signing_secret,
    timeoutMs: r.timeout_ms,
    cacheSeconds: r.cache_seconds,
    enabled: r.enabled,
  }));
}

export async function upsertSource(
  db: Db,
  s: Omit<SourceTable, 'timeout_ms' | 'cache_seconds' | 'enabled' | 'position' | 'updated_at'> & {
    timeout_ms?: number;
    cache_seconds?: number;
    position?: number;
  },
) {
  await t(db)
    .insertInto('services.entitlement_sources')
    .values(s)
    .onConflict((oc) =>
      oc.column('code').doUpdateSet({
        name_th: s.name_th,
        name_en: s.name_en,
        kind: s.kind,
        endpoint: s.endpoint,
        signing_secret: s.signing_secret,
        organization_id: s.organization_id,
        ...(s.timeout_ms ? { timeout_ms: s.timeout_ms } : {}),
        ...(s.position ? { position: s.position } : {}),
        updated_at: sql`now()`,
      }),
    )
    .execute();
}

export async function setSourceEndpoint(
  db: Db,
  code: string,
  endpoint: string,
  timeoutMs?: number,
) {
  await t(db)
    .updateTable('services.entitlement_sources')
    .set({ endpoint, ...(timeoutMs ? { timeout_ms: timeoutMs } : {}) })
    .where('code', '=', code)
    .execute();
}

/** Replaces a table source's whole list in one statement pair, inside the caller's transaction. */
export async function replaceRecords(trx: Db, sourceCode: string, rows: EntitlementRow[]) {
  await t(trx)
    .deleteFrom('services.entitlement_records')
    .where('source_code', '=', sourceCode)
    .execute();
  for (let i = 0; i < rows.length; i += 1000) {
    await t(trx)
      .insertInto('services.entitlement_records')
      .values(rows.slice(i, i + 1000).map((r) => ({ ...r, source_code: sourceCode })))
      .execute();
  }
}

export async function countRecords(db: Db, sourceCode: string): Promise<number> {
  const r = await t(db)
    .selectFrom('services.entitlement_records')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('source_code', '=', sourceCode)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function recordsFor(db: Db, citizenId: string, sourceCodes: string[]) {
  if (sourceCodes.length === 0) return new Map<string, Entitlement[]>();
  const rows = await t(db)
    .selectFrom('services.entitlement_records')
    .selectAll()
    .where('citizen_id', '=', citizenId)
    .where('source_code', 'in', sourceCodes)
    .orderBy('source_code')
    .orderBy('entitlement_code')
    .execute();
  const out = new Map<string, Entitlement[]>();
  for (const r of rows) {
    const list = out.get(r.source_code) ?? [];
    list.push({
      code: r.entitlement_code,
      title: { th: r.title_th, en: r.title_en },
      status: r.status,
      amountBaht: r.amount_baht === null ? null : Number(r.amount_baht),
      detail: r.detail_th ? { th: r.detail_th, en: r.detail_en ?? r.detail_th } : null,
      validFrom: r.valid_from,
      validUntil: r.valid_until,
    });
    out.set(r.source_code, list);
  }
  return out;
}
