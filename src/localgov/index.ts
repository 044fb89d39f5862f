import type { Identity } from '../identity/index.ts';
import type { OrgsApi } from '../orgs/index.ts';
import type { Kernel } from '../platform/kernel.ts';
import type { PratuModule } from '../platform/module.ts';
import { createSelfAssessment } from './assessment/index.ts';
import { createLocalgovDirectory } from './directory/index.ts';
import type { DnsResolver } from './email/dns-check.ts';

/**
 * Local government (issue 5): the directory of 7,850 local administrations with their official
 * e-mail registry, and the State Audit Office's fiscal-discipline self-assessment, which reads
 * administrations from the directory. This module is their one door.
 */
export function createLocalgov(
  deps: Kernel & { orgs: OrgsApi; identity: Identity; dnsResolver?: DnsResolver | null },
) {
  const directory = createLocalgovDirectory({
    ...deps,
    landingLinks: [
      {
        href: '/localgov/assessments',
        label: { th: 'ประเมินวินัยการเงินการคลัง', en: 'Fiscal-discipline self-assessment' },
        description: {
          th: 'โปรแกรมเสริมสร้างวินัยการเงินการคลังของ อปท. ของสำนักงานการตรวจเงินแผ่นดิน',
          en: "The State Audit Office's fiscal-discipline program for local administrations",
        },
      },
    ],
  });
  const assessment = createSelfAssessment({ ...deps, directory });

  const module: PratuModule = {
    name: 'localgov',
    migrations: [...directory.migrations, ...assessment.migrations],
    nav: [...directory.nav],
    commands: [...directory.commands, ...assessment.commands],
    jobs(queue) {
      directory.jobs(queue);
    },
    async routes(app) {
      await directory.routes(app);
      await assessment.routes(app);
    },
    async seed(ctx) {
      await directory.seed(ctx);
      await assessment.seed(ctx);
    },
  };
  return { module, directory, assessment };
}

export type Localgov = ReturnType<typeof createLocalgov>;
