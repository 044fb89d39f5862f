import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('has development defaults that need no setup', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.databaseUrl).toBeNull();
    expect(c.devSignIn).toBe(true);
    expect(c.env).toBe('development');
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ PRATU_ENV: 'staging' }, 'PRATU_ENV'],
    [{ PRATU_ENV: 'production' }, 'PRATU_SECRET'],
    [{ PRATU_ENV: 'production', PRATU_SECRET: 'short' }, 'PRATU_SECRET'],
    [{ PRATU_DEV_SIGN_IN: 'maybe' }, 'PRATU_DEV_SIGN_IN'],
    [{ PRATU_PUBLIC_URL: 'not a url' }, 'PRATU_PUBLIC_URL'],
  ])('names the bad variable in %o', (env, variable) => {
    try {
      loadConfig(env);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).variable).toBe(variable);
      expect((error as Error).message).toContain(variable);
    }
  });

  it('keeps development sign-in off in production and refuses to turn it on', () => {
    const secret = 'x'.repeat(40);
    expect(loadConfig({ PRATU_ENV: 'production', PRATU_SECRET: secret }).devSignIn).toBe(false);
    expect(() =>
      loadConfig({ PRATU_ENV: 'production', PRATU_SECRET: secret, PRATU_DEV_SIGN_IN: 'true' }),
    ).toThrow(/PRATU_DEV_SIGN_IN/);
  });
});
