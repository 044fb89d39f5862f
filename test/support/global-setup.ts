import { loadConfig } from '../../src/platform/config.ts';

/**
 * On PostgreSQL, migrate the shared test database once before the files start, so parallel files
 * do not queue on the migration lock. With the embedded database each file migrates its own.
 */
export default async function setup() {
  if (!process.env.DATABASE_URL) return;
  const { createApp } = await import('../../src/app.ts');
  const app = await createApp(loadConfig({ ...process.env, PRATU_ENV: 'test' }));
  try {
    await app.migrate();
  } finally {
    await app.stop();
  }
}
