import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/support/app.ts';
import { appendAudit, canonicalJson, verifyAudit } from './audit.ts';

describe('audit log', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());

  it('hashes canonically, whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: [1, { d: 2, c: 3 }] })).toBe('{"a":[1,{"c":3,"d":2}],"b":1}');
  });

  it('chains rows and verifies them', async () => {
    const { db } = t.app;
    const before = await verifyAudit(db);
    expect(before.ok).toBe(true);
    await appendAudit(db, {
      actor: 'test',
      action: 'test.one',
      subject: 'thing:1',
      after: { x: 1 },
    });
    await appendAudit(db, {
      actor: 'test',
      action: 'test.two',
      subject: 'thing:1',
      before: { x: 1 },
    });
    const after = await verifyAudit(db);
    expect(after.ok).toBe(true);
    expect(after.rows).toBeGreaterThanOrEqual(before.rows + 2);
  });

  it('keeps one chain when many transactions append at once', async () => {
    const { db } = t.app;
    const before = await verifyAudit(db);
    const seqs = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        appendAudit(db, { actor: 'test', action: 'test.concurrent', subject: `thing:${i}` }),
      ),
    );
    expect(new Set(seqs).size).toBe(20);
    const after = await verifyAudit(db);
    expect(after.ok).toBe(true);
    expect(after.rows).toBeGreaterThanOrEqual(before.rows + 20);
  });

  it('refuses updates and deletes outright', async () => {
    await appendAudit(t.app.db, { actor: 'test', action: 'test.three', subject: 'thing:2' });
    await expect(
      sql`update platform.audit_log set actor = 'mallory'`.execute(t.app.db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`delete from platform.audit_log`.execute(t.app.db)).rejects.toThrow(
      /append-only/,
    );
  });

  // Tampering needs the trigger disabled; these run on their own database so the shared
  // PostgreSQL test database keeps an intact chain for other files.
  it('detects an edited, a deleted and a truncated row', async () => {
    const own = await startTestApp({ env: { DATABASE_URL: '' } });
    try {
      const { db } = own.app;
      for (let i = 0; i < 5; i++) {
        await appendAudit(db, { actor: 'test', action: 'test.row', subject: `thing:${i}` });
      }
      await sql`alter table platform.audit_log disable trigger audit_log_append_only`.execute(db);
      const last = (await verifyAudit(db)).rows;

      await sql`update platform.audit_log set actor = 'mallory' where seq = 2`.execute(db);
      expect(await verifyAudit(db)).toMatchObject({
        ok: false,
        problem: { seq: 2, reason: 'row altered' },
      });
      await sql`update platform.audit_log set actor = 'test' where seq = 2`.execute(db);
      expect((await verifyAudit(db)).ok).toBe(true);

      await sql`delete from platform.audit_log where seq = ${last}`.execute(db);
      expect(await verifyAudit(db)).toMatchObject({
        ok: false,
        problem: { reason: 'newest rows missing' },
      });

      await sql`delete from platform.audit_log where seq = 3`.execute(db);
      expect(await verifyAudit(db)).toMatchObject({
        ok: false,
        problem: { seq: 3, reason: 'row missing' },
      });
    } finally {
      await own.stop();
    }
  });

  it('goes on verifying rows hashed the first way (version 1) before the appended ones', async () => {
    const own = await startTestApp({ env: { DATABASE_URL: '' } });
    try {
      const { db } = own.app;
      // Rows as the first append wrote them: everything, seq and previous hash included, hashed
      // as one canonical JSON object, and the head moved by the application.
      let prev = '0'.repeat(64);
      for (let seq = 1; seq <= 3; seq++) {
        const at = new Date(Date.UTC(2026, 10, 1, 8, 0, seq));
        const row = { actor: 'test', action: 'test.v1', subject: `thing:${seq}`, details: {} };
        const hash = createHash('sha256')
          .update(
            canonicalJson({ seq, at: at.toISOString(), ...row, before: null, after: null, prev }),
          )
          .digest('hex');
        await sql`insert into platform.audit_log (seq, at, actor, action, subject, details,
          prev_hash, hash, hash_version)
          values (${seq}, ${at}, ${row.actor}, ${row.action}, ${row.subject}, '{}', ${prev},
            ${hash}, 1)`.execute(db);
        await sql`update platform.audit_head set seq = ${seq}, hash = ${hash}`.execute(db);
        prev = hash;
      }
      expect(await verifyAudit(db)).toEqual({ ok: true, rows: 3, problem: null });
      expect(await appendAudit(db, { actor: 'test', action: 'test.v2', subject: 'thing:4' })).toBe(
        4,
      );
      expect(await verifyAudit(db)).toEqual({ ok: true, rows: 4, problem: null });
      await sql`alter table platform.audit_log disable trigger audit_log_append_only`.execute(db);
      await sql`update platform.audit_log set subject = 'thing:5' where seq = 4`.execute(db);
      expect(await verifyAudit(db)).toMatchObject({ problem: { seq: 4, reason: 'row altered' } });
    } finally {
      await own.stop();
    }
  });
});
