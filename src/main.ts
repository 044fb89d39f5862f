import { createApp } from './app.ts';
import { ConfigError, loadConfig } from './platform/config.ts';
import type { Command, CommandContext } from './platform/module.ts';

/**
 * `pratu`, the one program: wires modules together and dispatches sub-commands, nothing else
 * (ARCHITECTURE.md). Module commands come from each module's `commands`.
 */
const builtIn: Command[] = [
  {
    name: 'serve',
    summary: 'Start the web server (pages, APIs, OpenID provider) and the job worker.',
    usage:
      'pratu serve [--migrate] [--seed-if-empty]\n  --migrate        apply pending migrations first\n  --seed-if-empty  load demo data when the database has never been seeded',
    async run() {
      return undefined; // handled in main() because it needs the long-lived app
    },
  },
  {
    name: 'migrate',
    summary: 'Apply pending database migrations (safe to run from many processes at once).',
    usage: 'pratu migrate',
    async run() {
      return undefined;
    },
  },
  {
    name: 'seed',
    summary: 'Load demo data (organizations, demo people, ...); idempotent.',
    usage: 'pratu seed',
    async run() {
      return undefined;
    },
  },
  {
    name: 'audit verify',
    summary: 'Re-compute the audit log hash chain; exits 1 if a row was edited or deleted.',
    usage: 'pratu audit verify',
    async run() {
      return undefined;
    },
  },
];

function usage(commands: Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    'Pratu: an open-source digital-government platform',
    '',
    'Usage: pratu <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    'pratu <command> --help explains one command.',
    'Configuration comes from the environment: DATABASE_URL (PostgreSQL; the embedded',
    'database in ./data is used when unset), PORT, PRATU_* (see README.md).',
  ].join('\n');
}

function findCommand(
  commands: Command[],
  argv: string[],
): { command: Command; rest: string[] } | null {
  const two = argv.slice(0, 2).join(' ');
  const byTwo = commands.find((c) => c.name === two);
  if (byTwo) return { command: byTwo, rest: argv.slice(2) };
  const byOne = commands.find((c) => c.name === argv[0]);
  if (byOne) return { command: byOne, rest: argv.slice(1) };
  return null;
}

async function main(argv: string[]): Promise<number> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const wantsHelp = argv.includes('--help') || argv.includes('-h');
  const positional = argv.filter((a) => a !== '--help' && a !== '-h');

  // Help needs the command list but not the database: build it without opening one.
  const listOnly = positional.length === 0 || wantsHelp;
  const app = listOnly ? null : await createApp(config);
  const commands = [...builtIn, ...(app ? app.commands() : await moduleCommandsForHelp())];

  if (positional.length === 0) {
    process.stdout.write(`${usage(commands)}\n`);
    return wantsHelp ? 0 : 1;
  }
  const found = findCommand(commands, positional);
  if (!found) {
    process.stderr.write(`Unknown command: ${positional.join(' ')}\n\n${usage(commands)}\n`);
    await app?.stop();
    return 2;
  }
  if (wantsHelp || !app) {
    process.stdout.write(`${found.command.summary}\n\nUsage: ${found.command.usage}\n`);
    return 0;
  }

  const tty = process.stdout.isTTY === true;
  const ctx: CommandContext = {
    config,
    database: app.database,
    out: (line) => process.stdout.write(`${line}\n`),
    progress: (line) => process.stdout.write(tty ? `\r\x1b[2K${line}` : `${line}\n`),
  };
  const log = (m: string) => ctx.out(m);
  try {
    switch (found.command.name) {
      case 'serve': {
        if (found.rest.includes('--migrate') || found.rest.includes('--seed-if-empty')) {
          await app.migrate(log);
        }
        if (found.rest.includes('--seed-if-empty') && !(await app.isSeeded())) {
          ctx.out('Loading demo data (first start)...');
          await app.seed(log);
        }
        const address = await app.listen();
        app.jobs.start();
        ctx.out(`Pratu is serving at ${config.publicUrl} (listening on ${address})`);
        await waitForSignal();
        ctx.out('Shutting down: finishing requests and jobs...');
        await app.stop();
        return 0;
      }
      case 'migrate': {
        const applied = await app.migrate(log);
        ctx.out(
          applied.length ? `Applied ${applied.length} migrations.` : 'Database is up to date.',
        );
        return 0;
      }
      case 'seed':
        await app.migrate(log);
        await app.seed(log);
        ctx.out('Demo data loaded.');
        return 0;
      case 'audit verify': {
        const result = await app.verifyAudit();
        if (result.ok) {
          ctx.out(`Audit log intact: ${result.rows} rows, hash chain verified.`);
          return 0;
        }
        ctx.out(
          `AUDIT LOG TAMPERED: ${result.problem?.reason} at row ${result.problem?.seq} (${result.rows} rows verified before it).`,
        );
        return 1;
      }
      default:
        return (await found.command.run(found.rest, ctx)) ?? 0;
    }
  } finally {
    if (found.command.name !== 'serve') await app.stop();
  }
}

async function moduleCommandsForHelp(): Promise<Command[]> {
  // Modules declare commands as plain data; listing them must not need a database, so help
  // opens an in-memory one only to build the module graph.
  const { openDatabase } = await import('./platform/db/database.ts');
  const database = await openDatabase({ databaseUrl: null, memory: true });
  const app = await createApp(loadConfig(), { database });
  const commands = app.commands();
  await app.stop();
  return commands;
}

function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // Modules read their own settings while the app is composed; a bad one is a message naming
    // the variable, like the platform's, not a stack trace.
    // Exits at once: an embedded database opened from files may keep the event loop alive.
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
