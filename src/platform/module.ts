import type { FastifyInstance } from 'fastify';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import type { Migration } from './db/migrations.ts';
import type { JobQueue } from './jobs.ts';
import type { NavItem } from './views/context.ts';

/** What the composition root needs from a module: its schema, routes, jobs, commands, seed. */
export interface PratuModule {
  name: string;
  migrations?: Migration[];
  routes?(app: FastifyInstance): Promise<void>;
  nav?: NavItem[];
  /** Client-script entries bundled by esbuild (name → source file). */
  scripts?: Record<string, string>;
  jobs?(queue: JobQueue): void;
  commands?: Command[];
  /** Idempotent demo data; runs in module order (dependencies first). */
  seed?(ctx: SeedContext): Promise<void>;
}

export interface SeedContext {
  log(message: string): void;
}

export interface CommandContext {
  config: Config;
  database: Database;
  /** Lines meant for the person at the terminal (progress, results). */
  out(line: string): void;
  /** Replaces the current terminal line (progress bars); a plain line when not a TTY. */
  progress(line: string): void;
}

export interface Command {
  /** One or two words: `seed`, `import registry`, `audit verify`. */
  name: string;
  summary: string;
  usage: string;
  run(args: string[], ctx: CommandContext): Promise<number | undefined>;
}
