import type { Config } from './config.ts';
import type { Database, Db } from './db/database.ts';
import type { JobQueue } from './jobs.ts';
import type { Mailer } from './mail.tsx';
import type { Metrics } from './metrics.ts';

/** What every module factory receives from the composition root, besides the modules it uses. */
export interface Kernel {
  database: Database;
  db: Db;
  config: Config;
  jobs: JobQueue;
  metrics: Metrics;
  mailer: Mailer;
}
