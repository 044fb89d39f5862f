import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { type Db, typedDb } from './db/database.ts';

interface SessionRow {
  token_hash: string;
  account_id: string | null;
  data: Record<string, unknown>;
  created_at: Date;
  last_seen_at: Date;
  idle_expires_at: Date;
  expires_at: Date;
}
interface Tables {
  'platform.sessions': SessionRow;
}

export interface Session {
  tokenHash: string;
  accountId: string | null;
  data: Record<string, unknown>;
  createdAt: Date;
  lastSeenAt: Date;
}

export interface SessionPolicy {
  idleMinutes: number;
  maxHours: number;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

// Writing last_seen on every request would turn every page view into a write; a minute of slack
// in the idle timeout is the price of not doing so.
const TOUCH_EVERY_MS = 60_000;

/**
 * Web sessions live in the database, never in process memory, so any number of `pratu serve`
 * processes can answer the same person (ARCHITECTURE.md, "Running and scaling").
 */
export function createSessionStore(database: Db, policy: SessionPolicy) {
  const db = typedDb<Tables>(database);
  const idleMs = policy.idleMinutes * 60_000;

  return {
    async load(token: string): Promise<Session | null> {
      if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
      const tokenHash = hashToken(token);
      const row = await db
        .selectFrom('platform.sessions')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .where('idle_expires_at', '>', sql<Date>`now()`)
        .where('expires_at', '>', sql<Date>`now()`)
        .executeTakeFirst();
      if (!row) return null;
      const now = Date.now();
      if (now - row.last_seen_at.getTime() > TOUCH_EVERY_MS) {
        await db
          .updateTable('platform.sessions')
          .set({
            last_seen_at: new Date(now),
            idle_expires_at: sql<Date>`least(expires_at, ${new Date(now + idleMs)}::timestamptz)`,
          })
          .where('token_hash', '=', tokenHash)
          .execute();
      }
      return {
        tokenHash,
        accountId: row.account_id,
        data: row.data,
        createdAt: row.created_at,
        lastSeenAt: row.last_seen_at,
      };
    },

    /** Starts a fresh session; the caller drops the old one (rotation on sign-in). */
    async create(accountId: string | null, data: Record<string, unknown> = {}) {
      const token = randomBytes(32).toString('base64url');
      const now = Date.now();
      await db
        .insertInto('platform.sessions')
        .values({
          token_hash: hashToken(token),
          account_id: accountId,
          data: JSON.stringify(data) as unknown as Record<string, unknown>,
          created_at: new Date(now),
          last_seen_at: new Date(now),
          idle_expires_at: new Date(now + idleMs),
          expires_at: new Date(now + policy.maxHours * 3_600_000),
        })
        .execute();
      return token;
    },

    async update(tokenHash: string, data: Record<string, unknown>): Promise<void> {
      await db
        .updateTable('platform.sessions')
        .set({ data: JSON.stringify(data) as unknown as Record<string, unknown> })
        .where('token_hash', '=', tokenHash)
        .execute();
    },

    async destroy(tokenHash: string): Promise<void> {
      await db.deleteFrom('platform.sessions').where('token_hash', '=', tokenHash).execute();
    },

    async destroyForAccount(accountId: string): Promise<number> {
      const r = await db
        .deleteFrom('platform.sessions')
        .where('account_id', '=', accountId)
        .executeTakeFirst();
      return Number(r.numDeletedRows);
    },

    async purgeExpired(): Promise<number> {
      const r = await db
        .deleteFrom('platform.sessions')
        .where((eb) =>
          eb.or([
            eb('idle_expires_at', '<=', sql<Date>`now()`),
            eb('expires_at', '<=', sql<Date>`now()`),
          ]),
        )
        .executeTakeFirst();
      return Number(r.numDeletedRows);
    },

    hashToken,
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;
