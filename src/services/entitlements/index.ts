import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Identity } from '../../identity/index.ts';
import type { OrgsApi } from '../../orgs/index.ts';
import { appendAudit } from '../../platform/audit.ts';
import type { Kernel } from '../../platform/kernel.ts';
import type { NavItem } from '../../platform/views/context.ts';
import { parseEntitlementCsv } from './csv-upload.ts';
import { demoAgencyAnswer, demoSources, demoTableRows, registerDemoAgencyApi } from './demo.ts';
import type { SourceResult } from './entitlement.ts';
import { createHttpConnector } from './http-connector.ts';
import { entitlementMigrations } from './migrations.ts';
import { registerEntitlementRoutes } from './routes.tsx';
import * as store from './store.ts';

/** The page must render within a second even when every agency is slow (issue 4). */
const PAGE_BUDGET_MS = 800;

/**
 * "My entitlements": a citizen's rights gathered from many agencies through connectors, a table
 * an agency fills by CSV or an HTTP JSON API the agency runs, each failing on its own.
 */
export function createEntitlements(deps: Kernel & { orgs: OrgsApi; identity: Identity }) {
  const { db } = deps;
  const connector = createHttpConnector();

  async function gather(
    citizenId: string,
  ): Promise<Array<{ source: store.EntitlementSource; result: SourceResult }>> {
    const sources = await store.listSources(db);
    const tableCodes = sources.filter((s) => s.kind === 'table').map((s) => s.code);
    const [tables, ...remote] = await Promise.all([
      store.recordsFor(db, citizenId, tableCodes),
      ...sources
        .filter((s) => s.kind === 'http')
        .map((s) =>
          s.endpoint && s.signingSecret
            ? connector.fetch(
                {
                  code: s.code,
                  endpoint: s.endpoint,
                  signingSecret: s.signingSecret,
                  timeoutMs: Math.min(s.timeoutMs, PAGE_BUDGET_MS),
                  cacheSeconds: s.cacheSeconds,
                },
                citizenId,
              )
            : Promise.resolve<SourceResult>({ source: s.code, ok: false, reason: 'error' }),
        ),
    ]);
    const byCode = new Map(remote.map((r) => [r.source, r]));
    return sources.map((source) => ({
      source,
      result:
        source.kind === 'table'
          ? {
              source: source.code,
              ok: true,
              entitlements: tables.get(source.code) ?? [],
              cached: false,
            }
          : byCode.get(source.code)!,
    }));
  }

  const api = {
    gather,
    listSources: (all = false) => store.listSources(db, !all),
    setSourceEndpoint: (code: string, endpoint: string, timeoutMs?: number) =>
      store.setSourceEndpoint(db, code, endpoint, timeoutMs),
    countRecords: (code: string) => store.countRecords(db, code),
    /** Replaces a table source's list from an agency's CSV; all or nothing, audited. */
    async uploadCsv(actor: string, sourceCode: string, csv: string) {
      const rows = parseEntitlementCsv(csv);
      await db.transaction().execute(async (trx) => {
        await store.replaceRecords(trx, sourceCode, rows);
        await appendAudit(trx, {
          actor,
          action: 'services.entitlements_uploaded',
          subject: `entitlement-source:${sourceCode}`,
          details: { rows: rows.length },
        });
      });
      return rows.length;
    },
    connector,
  };

  const nav: NavItem[] = [
    { href: '/services/entitlements', label: { th: 'สิทธิของฉัน', en: 'My entitlements' } },
  ];

  return {
    ...api,
    migrations: entitlementMigrations,
    nav,
    async routes(app: FastifyInstance) {
      await registerEntitlementRoutes(app, { ...api, orgs: deps.orgs, identity: deps.identity });
      if (deps.config.env !== 'production') {
        await app.register(async (scope) =>
          registerDemoAgencyApi(scope, async (code) => {
            const s = (await store.listSources(db, false)).find((x) => x.code === code);
            return s?.signingSecret ?? null;
          }),
        );
      }
    },
    /** Demo sources and rows for the demo citizens and some synthetic people. */
    async seed() {
      const sources = await store.listSources(db, false);
      for (const [i, d] of demoSources.entries()) {
        const org = await deps.orgs.ensureOrganization({
          code: d.organization.code,
          kind: d.organization.kind,
          name_th: d.organization.th,
          name_en: d.organization.en,
        });
        const existing = sources.find((s) => s.code === d.code);
        await store.upsertSource(db, {
          code: d.code,
          organization_id: org.id,
          name_th: d.th,
          name_en: d.en,
          kind: d.kind,
          endpoint: d.kind === 'http' ? `${deps.config.publicUrl}/demo/agency-api/${d.code}` : null,
          // Keep an existing secret so a re-seed does not break a running demo.
          signing_secret:
            d.kind === 'http' ? (existing?.signingSecret ?? randomBytes(32).toString('hex')) : null,
          position: (i + 1) * 10,
        });
      }
      for (const d of demoSources.filter((s) => s.kind === 'table')) {
        await db
          .transaction()
          .execute((trx) => store.replaceRecords(trx, d.code, demoTableRows(d.code)));
      }
    },
    demoAgencyAnswer,
  };
}

export type Entitlements = ReturnType<typeof createEntitlements>;
