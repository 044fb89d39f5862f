import { randomUUID } from 'node:crypto';
import type { AdapterPayload } from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/app.ts';
import { createAdapterFactory } from './adapter.ts';
import * as store from './store.ts';

/**
 * The adapter contract of node-oidc-provider's example/my_adapter.js, on the real database
 * (PGlite, or PostgreSQL with DATABASE_URL) with the real migrations.
 */
let t: TestApp;
let adapter: ReturnType<typeof createAdapterFactory>;
beforeAll(async () => {
  t = await startTestApp();
  adapter = createAdapterFactory(t.app.db, { findClientMetadata: async () => undefined });
});
afterAll(() => t?.stop());

const id = () => randomUUID();

describe('the oidc-provider adapter', () => {
  it('stores, finds and overwrites a payload', async () => {
    const a = adapter('AccessToken');
    const jti = id();
    await a.upsert(jti, { jti, kind: 'AccessToken', grantId: 'g' } as AdapterPayload, 60);
    expect(await a.find(jti)).toMatchObject({ jti, grantId: 'g' });
    await a.upsert(jti, { jti, kind: 'AccessToken', grantId: 'h' } as AdapterPayload, 60);
    expect((await a.find(jti))?.grantId).toBe('h');
    // Models do not see each other's ids.
    expect(await adapter('RefreshToken').find(jti)).toBeUndefined();
  });

  it('answers concurrent calls each with its own row, the later of two writes to one id winning', async () => {
    const a = adapter('Session');
    const ids = [id(), id(), id()];
    await Promise.all(ids.map((jti, i) => a.upsert(jti, { jti, n: i } as AdapterPayload, 60)));
    const found = await Promise.all([...ids, id()].map((jti) => a.find(jti)));
    expect(found.map((f) => f?.n)).toEqual([0, 1, 2, undefined]);
    const same = id();
    await Promise.all([1, 2, 3].map((n) => a.upsert(same, { n } as AdapterPayload, 60)));
    expect((await a.find(same))?.n).toBe(3);
    await Promise.all(ids.map((jti) => a.consume(jti)));
    expect((await Promise.all(ids.map((jti) => a.find(jti)))).every((f) => f?.consumed)).toBe(true);
    await Promise.all(ids.map((jti) => a.destroy(jti)));
    expect(await Promise.all(ids.map((jti) => a.find(jti)))).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('returns nothing once expired', async () => {
    const a = adapter('AuthorizationCode');
    const jti = id();
    await a.upsert(jti, { jti } as AdapterPayload, 60);
    await store.upsertModels(t.app.db, [
      {
        model: 'AuthorizationCode',
        id: jti,
        payload: { jti },
        expiresAt: new Date(Date.now() - 1000),
      },
    ]);
    expect(await a.find(jti)).toBeUndefined();
    expect(await store.purgeExpiredModels(t.app.db)).toBeGreaterThanOrEqual(1);
  });

  it('marks a consumed model and keeps returning it with a truthy consumed', async () => {
    const a = adapter('AuthorizationCode');
    const jti = id();
    await a.upsert(jti, { jti } as AdapterPayload, 60);
    expect((await a.find(jti))?.consumed).toBeUndefined();
    await a.consume(jti);
    const found = await a.find(jti);
    expect(found?.consumed).toBeTypeOf('number');
    expect(found?.consumed).toBeGreaterThan(Date.now() / 1000 - 60);
  });

  it('finds a session by uid and a device code by user code', async () => {
    const uid = id();
    await adapter('Session').upsert('s1-' + uid, { uid, accountId: 'a' } as AdapterPayload, 60);
    expect((await adapter('Session').findByUid(uid))?.accountId).toBe('a');
    expect(await adapter('Interaction').findByUid(uid)).toBeUndefined();
    const userCode = id();
    await adapter('DeviceCode').upsert(id(), { userCode } as AdapterPayload, 60);
    expect((await adapter('DeviceCode').findByUserCode(userCode))?.userCode).toBe(userCode);
  });

  it('destroys one model, and every model of a grant', async () => {
    const grantId = id();
    const at = adapter('AccessToken');
    const rt = adapter('RefreshToken');
    const [a1, a2, r1, other] = [id(), id(), id(), id()];
    await at.upsert(a1, { grantId } as AdapterPayload, 60);
    await at.upsert(a2, { grantId } as AdapterPayload, 60);
    await rt.upsert(r1, { grantId } as AdapterPayload, 60);
    await at.upsert(other, { grantId: id() } as AdapterPayload, 60);
    await at.revokeByGrantId(grantId);
    expect(await at.find(a1)).toBeUndefined();
    expect(await at.find(a2)).toBeUndefined();
    // revokeByGrantId is per model: oidc-provider calls it on each model it wants revoked.
    expect(await rt.find(r1)).toBeDefined();
    expect(await at.find(other)).toBeDefined();
    await rt.destroy(r1);
    expect(await rt.find(r1)).toBeUndefined();
  });

  it('keeps relying parties read-only', async () => {
    await expect(adapter('Client').upsert('x', {} as AdapterPayload, 60)).rejects.toThrow(
      /read-only/,
    );
  });
});
