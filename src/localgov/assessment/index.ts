import type { FastifyInstance } from 'fastify';
import type { Identity } from '../../identity/index.ts';
import type { OrgsApi } from '../../orgs/index.ts';
import type { Lang } from '../../platform/i18n/index.ts';
import type { Kernel } from '../../platform/kernel.ts';
import type { Command, SeedContext } from '../../platform/module.ts';
import type { NavItem } from '../../platform/views/context.ts';
import { generateLocalAdministrations } from '../directory-data.ts';
import { buildDashboard, type Dashboard } from './dashboard.ts';
import { type DirectoryApi, toAdministration } from './directory-port.ts';
import './messages.ts';
import { assessmentMigrations } from './migrations.ts';
import { registerAssessmentRoutes } from './routes.tsx';
import {
  DEMO_ADMINISTRATION,
  DEMO_PEOPLE,
  loadDemoHistory,
  seedDemoAssessments,
  seedDemoPeople,
} from './seed.ts';
import { createAssessmentService } from './service.ts';
import type { DashboardFilter } from './store-dashboard.ts';
import * as dashboardStore from './store-dashboard.ts';

export type { AssessmentAccess } from './access.ts';
export type { Dashboard } from './dashboard.ts';
export type { Administration, DirectoryApi } from './directory-port.ts';
export type { Assessment, AssessmentService } from './service.ts';
export type { DashboardFilter } from './store-dashboard.ts';
export { DEMO_ADMINISTRATION, DEMO_PEOPLE };

/**
 * The fiscal-discipline self-assessment (issue 5): questionnaire templates per fiscal year,
 * assessments filled by an administration's officers and signed off by its executive,
 * dashboards and exports for State Audit Office auditors and DLA supervisors. The lead composes
 * it into `createLocalgov` next to the directory it reads administrations from.
 */
export function createSelfAssessment(
  deps: Kernel & { orgs: OrgsApi; identity: Identity; directory: DirectoryApi },
) {
  const now = () => new Date();
  const service = createAssessmentService({
    db: deps.db,
    now,
    findAdministration: async (code) =>
      toAdministration(await deps.directory.findAdministration(code)),
  });

  async function dashboard(filter: DashboardFilter, lang: Lang): Promise<Dashboard> {
    const { grouped, byYear } = await dashboardStore.dashboardTotals(deps.db, filter);
    return buildDashboard(filter, grouped, byYear, lang);
  }

  async function accountNames(ids: string[]): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const id of ids) {
      if (id.startsWith('system:')) {
        out[id] = id === 'system:demo' ? 'ข้อมูลตัวอย่าง (demo)' : id;
        continue;
      }
      const account = await deps.identity.findAccount(id).catch(() => null);
      out[id] = account?.display_name_th ?? id;
    }
    return out;
  }

  const seedDeps = { ...deps, service };

  const demoCommand: Command = {
    name: 'demo assessments',
    summary: 'Load demo self-assessments for every administration (benchmarks, load tests).',
    usage: [
      'pratu demo assessments [--years 2564-2568] [--administrations N]',
      '  Generates submitted assessments (3 project types per administration and year) with',
      '  the deterministic demo generator and loads them with COPY. Meant for an empty or',
      '  throw-away database: it does not check for rows already there.',
    ].join('\n'),
    async run(args, ctx) {
      const value = (flag: string) => {
        const i = args.indexOf(flag);
        return i >= 0 ? args[i + 1] : undefined;
      };
      const years = value('--years') ?? '2564-2568';
      const m = /^(\d{4})-(\d{4})$/.exec(years);
      const from = Number(m?.[1]);
      const to = Number(m?.[2]);
      if (!m || from > to || from < 2400 || to > 2800) {
        ctx.out('--years must be a Buddhist-era range such as 2564-2568');
        return 2;
      }
      const limit = value('--administrations');
      const all = generateLocalAdministrations();
      const count = limit === undefined ? all.length : Number(limit);
      if (!Number.isInteger(count) || count < 1) {
        ctx.out('--administrations must be a whole number');
        return 2;
      }
      const fiscalYears = Array.from({ length: to - from + 1 }, (_, i) => from + i);
      const started = Date.now();
      const loaded = await loadDemoHistory(seedDeps, {
        fiscalYears,
        administrations: all.slice(0, count),
        onProgress: (done, total) =>
          ctx.progress(
            `${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} assessments`,
          ),
      });
      ctx.progress('');
      ctx.out(
        `Loaded ${loaded} demo assessments in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
      return 0;
    },
  };

  const nav: NavItem[] = [
    {
      href: '/localgov/assessments',
      label: { th: 'ประเมินวินัยการคลัง อปท.', en: 'LAO fiscal self-assessment' },
    },
  ];

  return {
    ...service,
    dashboard,
    loadDemoHistory: (options: Parameters<typeof loadDemoHistory>[1]) =>
      loadDemoHistory(seedDeps, options),
    seedDemoAssessments: (options?: Parameters<typeof seedDemoAssessments>[1]) =>
      seedDemoAssessments(seedDeps, options),
    migrations: assessmentMigrations,
    nav,
    commands: [demoCommand],
    async routes(app: FastifyInstance) {
      await registerAssessmentRoutes(app, {
        service,
        rolesOf: deps.orgs.rolesOf,
        accountNames,
        dashboard,
        dashboardStore,
        db: deps.db,
        now,
        async findAdministrationName(code) {
          const a = toAdministration(
            await deps.directory.findAdministration(code).catch(() => null),
          );
          return a ? { th: a.nameTh, en: a.nameEn, provinceCode: a.provinceCode } : null;
        },
      });
    },
    async seed(ctx: SeedContext) {
      const template = await service.ensureFirstTemplate();
      const granted = await seedDemoPeople(seedDeps);
      const inserted = await seedDemoAssessments(seedDeps);
      ctx.log(
        `localgov: assessment template FY ${template.fiscal_year} v${template.version}, ` +
          `${DEMO_PEOPLE.length} demo people (${granted} new roles), ${inserted} demo assessments`,
      );
    },
  };
}

export type SelfAssessment = ReturnType<typeof createSelfAssessment>;
