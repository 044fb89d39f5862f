import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import type { Identity } from '../../identity/index.ts';
import type { OrgsApi } from '../../orgs/index.ts';
import type { Migration } from '../../platform/db/migrations.ts';
import { type Text, t as translate } from '../../platform/i18n/index.ts';
import type { JobQueue } from '../../platform/jobs.ts';
import type { Kernel } from '../../platform/kernel.ts';
import type { Command, SeedContext } from '../../platform/module.ts';
import type { NavItem } from '../../platform/views/context.ts';
import { generateLocalAdministrations, toDirectoryCsv } from '../directory-data.ts';
import { createNodeResolver, type DnsResolver, readDnsSetting } from '../email/dns-check.ts';
import { emailRegistryMigrations } from '../email/migrations.ts';
import { createEmailRegistry } from '../email/registry.ts';
import { registerEmailRoutes } from '../email/routes.tsx';
import { MAX_IMPORT_BYTES } from './csv-import.ts';
import { createDirectory, type ImportProgress } from './directory.ts';
import { directoryMigrations } from './migrations.ts';
import { registerDirectoryRoutes } from './routes.tsx';

export type { EmailRegistry } from '../email/registry.ts';
export type {
  LocalAdministration,
  LocalAdministrationType,
} from './administrations.ts';
export {
  administrationCodeOf,
  LOCAL_ADMINISTRATION_TYPE_LABELS,
  LOCAL_ADMINISTRATION_TYPES,
  ORGANIZATION_CODE_PREFIX,
  organizationCodeOf,
  typeLabel,
} from './administrations.ts';
export type { Directory, ImportResult } from './directory.ts';
export type { DirectoryFilter } from './directory-filter.ts';

/** A link the lead may add to the /localgov landing page (the self-assessment, for one). */
export interface LandingLink {
  href: string;
  label: Text;
  description?: Text;
}

// The 13 administrations of the seed article (DGA's Digital Local Government MOU, 31 Jan 2567).
// All but Chiang Khan get an approved demo address; Chiang Khan is left for the demo officer to
// register, so the whole flow can be tried on it.
const SEED_ARTICLE: ReadonlyArray<readonly [provinceCode: string, nameTh: string]> = [
  ['52', 'เทศบาลนครลำปาง'],
  ['90', 'เทศบาลเมืองบ้านพรุ'],
  ['40', 'เทศบาลเมืองศิลา'],
  ['13', 'เทศบาลเมืองสนั่นรักษ์'],
  ['20', 'เทศบาลเมืองแสนสุข'],
  ['90', 'เทศบาลตำบลเกาะแต้ว'],
  ['81', 'เทศบาลตำบลเหนือคลอง'],
  ['57', 'เทศบาลตำบลนางแล'],
  ['21', 'เทศบาลตำบลนิคมพัฒนา'],
  ['20', 'เทศบาลตำบลบางเสร่'],
  ['51', 'เทศบาลตำบลบ้านกลาง'],
  ['72', 'องค์การบริหารส่วนตำบลป่าสะแก'],
];
const DEMO_OFFICER_DOMAIN = 'chiangkhan.go.th';

/** Demo staff of this part (docs/demo-data.md); citizen IDs are invented. */
export const DEMO_STAFF = [
  {
    citizenId: '3420300123451',
    th: 'สมศรี สารบรรณ',
    en: 'Somsri Saraban',
    email: 'somsri@example.test',
    role: 'localgov_officer' as const,
    organization: 'chiangkhan',
  },
  {
    citizenId: '1105700998871',
    th: 'กมล ทะเบียนกลาง',
    en: 'Kamon Thabiankang',
    email: 'kamon@example.test',
    role: 'email_registry_officer' as const,
    organization: 'dga',
  },
];

/** Seconds between runs of the yearly re-confirmation cycle (it acts only on what is due). */
const RECONFIRMATION_EVERY_MS = 6 * 3600 * 1000;
export const RECONFIRMATION_QUEUE = 'localgov.email-reconfirmation';

/**
 * The directory of local administrations and their official e-mail registry. The lead composes
 * it into `createLocalgov` (src/localgov/index.ts); the self-assessment uses its API.
 */
export function createLocalgovDirectory(
  deps: Kernel & {
    orgs: OrgsApi;
    identity: Identity;
    landingLinks?: LandingLink[];
    /** Replaces the resolver configured by PRATU_DNS_SERVERS (tests use a loopback server). */
    dnsResolver?: DnsResolver | null;
  },
) {
  const directory = createDirectory({ db: deps.db, database: deps.database, orgs: deps.orgs });
  // PRATU_DNS_SERVERS belongs in Config; until it is there it is read here, once, failing fast.
  const configured = (deps.config as { dnsServers?: string }).dnsServers;
  const resolver =
    deps.dnsResolver !== undefined
      ? deps.dnsResolver
      : createNodeResolver(
          readDnsSetting(configured ?? process.env.PRATU_DNS_SERVERS, deps.config.env),
        );
  const email = createEmailRegistry({
    db: deps.db,
    config: deps.config,
    mailer: deps.mailer,
    orgs: deps.orgs,
    directory,
    resolver,
  });

  const migrations: Migration[] = [...directoryMigrations, ...emailRegistryMigrations];

  const importCommand: Command = {
    name: 'import localgov',
    summary: 'Load the directory of local administrations from a CSV file (all rows or none).',
    usage: [
      'pratu import localgov <file.csv> [--dry-run]',
      '  The format is in docs/localgov-directory.md: UTF-8, a header row of',
      '  code,type,name_th,name_en,province_code,district_code,address,phone,website.',
      '  Rows are inserted or updated by code. If any row is bad nothing is written and every',
      '  problem is listed with its line. --dry-run only checks the file.',
    ].join('\n'),
    async run(args, ctx) {
      const dryRun = args.includes('--dry-run');
      const file = args.find((a) => !a.startsWith('--'));
      if (!file) {
        ctx.out('Usage: pratu import localgov <file.csv> [--dry-run]');
        return 2;
      }
      let bytes: Uint8Array;
      try {
        const info = await stat(file);
        if (info.size > MAX_IMPORT_BYTES) {
          ctx.out(
            `${file}: larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; not a directory file`,
          );
          return 1;
        }
        bytes = await readFile(file);
      } catch (error) {
        ctx.out(`${file}: cannot be read (${(error as { code?: string }).code ?? String(error)})`);
        return 1;
      }
      const started = Date.now();
      const bar = progressBar(ctx.progress);
      try {
        const result = dryRun
          ? await dryRunImport(bytes)
          : await directory.importDirectory(bytes, {
              actor: `cli:${process.env.USER ?? 'operator'}`,
              source: `file:${file.split(/[\\/]/).pop() ?? file}`,
              onProgress: bar,
            });
        ctx.progress('');
        if (!result.ok) {
          ctx.out(
            `Nothing imported: ${result.problems.length} problem(s) in ${result.records} record(s).`,
          );
          for (const p of result.problems.slice(0, 200)) {
            const where = p.line > 0 ? `line ${p.line}` : 'file';
            const column = p.column ? ` [${p.column}]` : '';
            ctx.out(
              `  ${where}${column}: ${translate('th', p.code, p.params)} / ${translate('en', p.code, p.params)}`,
            );
          }
          if (result.problems.length > 200) {
            ctx.out(`  … and ${result.problems.length - 200} more`);
          }
          return 1;
        }
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        ctx.out(
          dryRun
            ? `${result.total} rows are valid; nothing was written (--dry-run).`
            : `Imported ${result.total} administrations in ${seconds} s: ${result.inserted} new, ${result.updated} updated, ${result.unchanged} unchanged.`,
        );
        return 0;
      } catch (error) {
        if ((error as { code?: string }).code === '42P01') {
          ctx.out('The database has no directory tables yet: run `pratu migrate` first.');
          return 1;
        }
        throw error;
      }
    },
  };

  async function dryRunImport(bytes: Uint8Array) {
    const { readDirectoryCsv } = await import('./csv-import.ts');
    const read = readDirectoryCsv(bytes);
    if (read.problems.length > 0) {
      return { ok: false as const, problems: read.problems, records: read.records };
    }
    return { ok: true as const, total: read.rows.length, inserted: 0, updated: 0, unchanged: 0 };
  }

  async function seed(ctx: SeedContext) {
    const rows = generateLocalAdministrations();
    const csv = toDirectoryCsv(rows);
    const digest = createHash('sha256').update(csv).digest('hex');
    const last = await directory.lastImport('seed');
    const present = await directory.countByCodes(rows.map((r) => r.code));
    if (last?.digest === digest && present === rows.length) {
      ctx.log(`localgov: directory of ${rows.length} administrations already loaded`);
    } else {
      const started = Date.now();
      const result = await directory.importDirectory(csv, {
        actor: 'system:seed',
        source: 'seed',
      });
      if (!result.ok) {
        const first = result.problems[0];
        throw new Error(
          `the generated directory does not pass its own import rules: line ${first?.line} ${first?.code} ${JSON.stringify(first?.params)}`,
        );
      }
      ctx.log(
        `localgov: directory of ${result.total} administrations (${result.inserted} new) in ${Date.now() - started} ms`,
      );
    }

    let approved = 0;
    for (const [provinceCode, nameTh] of SEED_ARTICLE) {
      const seedRow = rows.find((r) => r.provinceCode === provinceCode && r.nameTh === nameTh);
      const administration = seedRow ? await directory.findAdministration(seedRow.code) : null;
      if (!administration?.domain) continue;
      if (await email.seedApproved(administration, `saraban@${administration.domain}`)) approved++;
    }

    for (const person of DEMO_STAFF) {
      const account = await deps.identity.ensureAccount({
        citizen_id: person.citizenId,
        display_name_th: person.th,
        display_name_en: person.en,
        email: person.email,
        phone: null,
        demo: true,
      });
      let organizationId: string | null = null;
      if (person.organization === 'chiangkhan') {
        const administration = await directory.findByDomainOrParent(DEMO_OFFICER_DOMAIN);
        if (administration) {
          organizationId = await directory.administrationOrganizationId(administration.code);
        }
      } else {
        organizationId = (await deps.orgs.findOrganizationByCode(person.organization))?.id ?? null;
      }
      if (organizationId) {
        await deps.orgs.grantRole('system:seed', account.id, organizationId, person.role);
      }
    }
    ctx.log(
      `localgov: ${approved} demo official addresses approved, ${DEMO_STAFF.length} demo staff`,
    );
  }

  const nav: NavItem[] = [{ href: '/localgov', label: { th: 'ท้องถิ่น', en: 'Local government' } }];

  return {
    // The API other parts of localgov use (the self-assessment among them).
    findAdministration: directory.findAdministration,
    requireAdministration: directory.requireAdministration,
    listAdministrations: directory.listAdministrations,
    administrationOrganizationId: directory.administrationOrganizationId,
    administrationsOf: directory.administrationsOf,
    findAdministrationsByCodes: directory.findByCodes,
    countAdministrations: directory.countAdministrations,
    importDirectory: directory.importDirectory,
    /** The official e-mail registry's API. */
    email,
    migrations,
    commands: [importCommand],
    nav,
    seed,
    jobs(queue: JobQueue) {
      queue.register(RECONFIRMATION_QUEUE, async () => email.runReconfirmationCycle(new Date()));
      queue.schedule(RECONFIRMATION_QUEUE, RECONFIRMATION_EVERY_MS);
    },
    async routes(app: FastifyInstance) {
      await registerDirectoryRoutes(app, {
        directory,
        email,
        landingLinks: deps.landingLinks ?? [],
      });
      await registerEmailRoutes(app, {
        directory,
        email,
        orgs: deps.orgs,
        identity: deps.identity,
      });
    },
  };
}

export type LocalgovDirectory = ReturnType<typeof createLocalgovDirectory>;

/** `[#####.....]  3,000/7,850 indexing` on one terminal line. */
function progressBar(write: (line: string) => void) {
  const labels: Record<ImportProgress['phase'], string> = {
    index: 'checking and indexing',
    load: 'loading',
    save: 'saved',
  };
  return (p: ImportProgress) => {
    const width = 30;
    const filled = p.total === 0 ? width : Math.round((p.done / p.total) * width);
    const bar = `${'#'.repeat(filled)}${'.'.repeat(width - filled)}`;
    write(
      `[${bar}] ${p.done.toLocaleString('en-US')}/${p.total.toLocaleString('en-US')} ${labels[p.phase]}`,
    );
  };
}
