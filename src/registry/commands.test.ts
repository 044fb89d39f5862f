import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../platform/config.ts';
import { openDatabase } from '../platform/db/database.ts';
import { registryCommands } from './commands.ts';

describe('registry commands before `pratu migrate`', () => {
  it('say to migrate first, change nothing and leave no tables behind', async () => {
    const database = await openDatabase({ databaseUrl: null, memory: true });
    try {
      const out: string[] = [];
      const seed = registryCommands().find((c) => c.name === 'seed registry')!;
      const code = await seed.run(['--people', '10', '--lang', 'en'], {
        config: loadConfig({ PRATU_ENV: 'test' }),
        database,
        out: (line) => out.push(line),
        progress: () => {},
      });
      expect(code).toBe(2);
      expect(out.join('\n')).toContain('run pratu migrate first');
      const ledger = await sql<{ ok: boolean }>`select
        to_regclass('platform.migrations') is not null as ok`.execute(database.db);
      expect(ledger.rows[0]?.ok).toBe(false);
    } finally {
      await database.close();
    }
  });
});
