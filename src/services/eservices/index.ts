import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Identity } from '../../identity/index.ts';
import type { OrgsApi } from '../../orgs/index.ts';
import type { JobQueue } from '../../platform/jobs.ts';
import type { Kernel } from '../../platform/kernel.ts';
import type { Command, PratuModule, SeedContext } from '../../platform/module.ts';
import type { NavItem } from '../../platform/views/context.ts';
import './messages.ts';
import { eserviceMigrations } from './migrations.ts';
import { FORM_SCRIPT } from './pages/apply.tsx';
import { registerBuilderRoutes } from './routes-builder.tsx';
import { registerCitizenRoutes } from './routes-citizen.tsx';
import { registerStaffRoutes } from './routes-staff.tsx';
import { seedEServices } from './seed.ts';
import { createEServiceApi, DefinitionProblems } from './service.ts';
import * as store from './store.ts';

export { checkDefinition } from './definition.ts';
export type { EServiceApi } from './service.ts';
export type { EServiceDefinition } from './types.ts';

const PURGE_QUEUE = 'eservices.purge-used-tokens';
const CHAIN_QUEUE = 'eservices.chain-citizen-events';

/**
 * Declarative e-services: definitions and the builder, applications and the back office,
 * notifications, and the public statistics. The services module composes this part; the
 * catalogue uses `findPublishedDefinition` and `applyUrl` to link its service pages here.
 */
export function createEServices(deps: Kernel & { orgs: OrgsApi; identity: Identity }) {
  const api = createEServiceApi(deps);

  const nav: NavItem[] = [
    { href: '/applications', label: { th: 'คำขอของฉัน', en: 'My applications' } },
    { href: '/inbox', label: { th: 'กล่องข้อความ', en: 'Inbox' } },
    { href: '/backoffice', label: { th: 'สำหรับเจ้าหน้าที่', en: 'For staff' } },
  ];

  const commands: Command[] = [
    {
      name: 'import eservice',
      summary: 'Import an e-service definition (JSON) and optionally publish it',
      usage: 'pratu import eservice <definition.json> [--publish]',
      async run(args, ctx) {
        const file = args.find((a) => !a.startsWith('--'));
        if (!file) {
          ctx.out('Usage: pratu import eservice <definition.json> [--publish]');
          return 2;
        }
        try {
          const row = await api.importDefinition(null, await readFile(file, 'utf8'), {
            actor: 'cli',
          });
          ctx.out(`Imported ${row.code} as the working copy.`);
          if (args.includes('--publish')) {
            const fresh = await api.findDefinitionByCode(row.code);
            const version = await api.publishRow('cli', fresh!);
            ctx.out(`Published ${row.code} version ${version}.`);
          }
          return 0;
        } catch (error) {
          if (error instanceof DefinitionProblems) {
            for (const p of error.problems) ctx.out(`${p.path}: ${p.message.en}`);
            ctx.out(`${error.problems.length} problems; nothing was imported.`);
            return 1;
          }
          ctx.out(`Import failed: ${error instanceof Error ? error.message : String(error)}`);
          return 1;
        }
      },
    },
    {
      name: 'export eservice',
      summary: 'Print an e-service definition (the working copy, or --version N) as JSON',
      usage: 'pratu export eservice <code> [--version N]',
      async run(args, ctx) {
        const code = args.find((a) => !a.startsWith('--'));
        const row = code ? await api.findDefinitionByCode(code) : null;
        if (!row) {
          ctx.out(`No e-service ${code ?? ''}`);
          return 1;
        }
        const at = args.indexOf('--version');
        const version = at >= 0 ? await api.findVersion(row.id, Number(args[at + 1])) : null;
        if (at >= 0 && !version) {
          ctx.out(`${row.code} has no version ${args[at + 1]}`);
          return 1;
        }
        ctx.out(JSON.stringify(version ? version.definition : row.working, null, 2));
        return 0;
      },
    },
  ];

  return {
    ...api,
    migrations: eserviceMigrations,
    nav,
    scripts: {
      [FORM_SCRIPT]: fileURLToPath(new URL('./client/form.ts', import.meta.url)),
    } as Record<string, string>,
    commands,
    async routes(app: FastifyInstance) {
      await registerCitizenRoutes(app, api);
      await registerStaffRoutes(app, api);
      await registerBuilderRoutes(app, api);
    },
    jobs(queue: JobQueue) {
      // Form tokens expire after two days; their used marks are kept a day longer, then dropped.
      queue.register(PURGE_QUEUE, async () => ({
        deleted: await store.purgeUsedTokens(deps.db, new Date(Date.now() - 3 * 86_400_000)),
      }));
      queue.schedule(PURGE_QUEUE, 6 * 3_600_000);
      queue.register(CHAIN_QUEUE, async () => ({ chained: await api.chainCitizenEvents() }));
      queue.schedule(CHAIN_QUEUE, 5_000);
    },
    seed: (ctx: SeedContext) =>
      seedEServices({ orgs: deps.orgs, identity: deps.identity, api }, ctx),
  };
}

export type EServices = ReturnType<typeof createEServices>;

/** The part as a PratuModule of its own (tests, benchmarks, or a composition without the rest). */
export function eservicesModule(e: EServices): PratuModule {
  return {
    name: 'eservices',
    migrations: e.migrations,
    routes: e.routes,
    nav: e.nav,
    scripts: e.scripts,
    jobs: e.jobs,
    commands: e.commands,
    seed: e.seed,
  };
}
