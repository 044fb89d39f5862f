import { mkdirSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CompiledQuery, Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/**
 * The one database handle every module receives. Modules type it with their own table
 * interfaces through `typedDb`, and touch only their own schema (ARCHITECTURE.md).
 */
// biome-ignore lint/suspicious/noExplicitAny: the shared handle is typed per module by typedDb().
export type Db = Kysely<any>;

export interface Database {
  db: Db;
  kind: 'postgres' | 'pglite';
  /**
   * Bulk-loads CSV text into a table with PostgreSQL's COPY, the fastest way in on both engines
   * (row-by-row inserts are an order of magnitude slower, see the foundation issue). Chunks
   * may be UTF-8 bytes, which spares a caller that has them decoding and encoding them again.
   */
  copyCsv(
    table: string,
    columns: string[],
    csv: string | AsyncIterable<string | Uint8Array>,
  ): Promise<void>;
  /**
   * Bulk-loads rows already in COPY's binary format (signature, rows, end mark), in chunks as they
   * come: for a caller that holds typed values, so the server parses neither CSV nor dates.
   */
  copyBinary(table: string, columns: string[], data: AsyncIterable<Uint8Array>): Promise<void>;
  close(): Promise<void>;
}

export function typedDb<T>(db: Db): Kysely<T> {
  return db as Kysely<T>;
}

// Type OIDs from PostgreSQL's pg_type.dat.
const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;

function quoteIdent(name: string): string {
  return name
    .split('.')
    .map((part) => `"${part.replaceAll('"', '""')}"`)
    .join('.');
}

function copyStatement(table: string, columns: string[], format = 'csv, HEADER false'): string {
  const cols = columns.map(quoteIdent).join(', ');
  return `COPY ${quoteIdent(table)} (${cols}) FROM STDIN WITH (FORMAT ${format})`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/**
 * Ids arrive from URLs, forms and tokens: one that is not a UUID matches no row of a uuid column,
 * and stores check it first so that it finds nothing rather than fail with PostgreSQL's error.
 */
export const isUuid = (value: string) => UUID.test(value);

// Statement text → name of its prepared statement; see `prepared`.
const preparedNames = new Map<string, string>();

/**
 * A statement that PostgreSQL parses and plans once per connection (a named prepared statement)
 * rather than on every execution, for the few statements every sign-in step runs: measured on
 * the OpenID adapter's look-up, the server's CPU per execution fell from about 50 µs to 12 µs and
 * the round trip from 250 µs to 80 µs. Give it SQL with `$1…` parameters and an explicit column
 * list (a prepared `select *` fails once a migration adds a column). PGlite runs it as any query.
 */
export function prepared(text: string): (parameters: readonly unknown[]) => CompiledQuery {
  if (!preparedNames.has(text)) preparedNames.set(text, `pratu_${preparedNames.size + 1}`);
  return (parameters) => CompiledQuery.raw(text, [...parameters]);
}

/**
 * Runs `work` while holding a session-level advisory lock, so that processes sharing one
 * PostgreSQL database do it one at a time. The lock is held on a connection of its own, so
 * `work` may use the pool freely (and its own transactions). The embedded database has one
 * process, so there it just runs.
 */
export async function oneProcessAtATime<T>(
  database: Database,
  lock: number,
  work: () => Promise<T>,
): Promise<T> {
  if (database.kind !== 'postgres') return work();
  return database.db.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock(${lock})`.execute(connection);
    try {
      return await work();
    } finally {
      await sql`select pg_advisory_unlock(${lock})`.execute(connection);
    }
  });
}

export async function openDatabase(options: {
  databaseUrl: string | null;
  dataDir?: string;
  poolSize?: number;
  /** For tests: an in-memory embedded database, gone when closed. */
  memory?: boolean;
}): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openPGlite(options.memory ? null : (options.dataDir ?? './data'));
}

function openPostgres(url: string, poolSize: number): Database {
  // Same value shapes on both engines: counts and ids as numbers (all below 2^53 here),
  // numerics as exact strings, dates as 'YYYY-MM-DD' (pg's default turns them into a local
  // midnight Date, which shifts the day in negative time zones).
  const parsers: Record<number, (v: string) => unknown> = {
    [INT8]: Number,
    [DATE]: (v) => v,
  };
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: 5000,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        parsers[oid] ?? pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client losing its server (restart, fail-over) must not crash the process; the next
  // query gets a fresh connection and /healthz reports the outage meanwhile.
  pool.on('error', () => {});
  // Kysely's driver sends (text, values); a registered text goes as its named statement, which
  // pg prepares on this connection the first time and then only binds (pg's query config `name`).
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: unknown }).query = (...args: unknown[]) => {
      const [text, values] = args;
      const name = typeof text === 'string' ? preparedNames.get(text) : undefined;
      if (name && Array.isArray(values) && args.length === 2) {
        return query({ name, text, values });
      }
      return query(...args);
    };
  });
  const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool }) }) as Db;
  const copy = async (statement: string, source: Readable) => {
    const client = await pool.connect();
    try {
      await pipeline(source, client.query(copyFrom(statement)));
    } finally {
      client.release();
    }
  };
  return {
    db,
    kind: 'postgres',
    copyCsv: (table, columns, csv) =>
      copy(
        copyStatement(table, columns),
        typeof csv === 'string' ? Readable.from([csv]) : Readable.from(csv),
      ),
    copyBinary: (table, columns, data) =>
      copy(copyStatement(table, columns, 'binary'), Readable.from(data)),
    async close() {
      await db.destroy();
    },
  };
}

async function openPGlite(dataDir: string | null): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  // Imported here, not at the top: a process on PostgreSQL never needs the embedded database.
  const [{ PGlite }, { pg_trgm }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
  ]);
  const pglite = new PGlite(dataDir ?? 'memory://', {
    extensions: { pg_trgm },
    parsers: { [INT8]: Number, [NUMERIC]: (v: string) => v, [DATE]: (v: string) => v },
  });
  await pglite.waitReady;
  const { PGliteDialect } = await import('./pglite-dialect.ts');
  const db = new Kysely<unknown>({ dialect: new PGliteDialect(pglite) }) as Db;
  // PGlite reads COPY input from a Blob named /dev/blob. Going through Kysely's connection
  // keeps the single-connection mutex, so a COPY never interleaves with a transaction.
  const copy = (statement: string, parts: BlobPart[]) =>
    db.connection().execute(async (conn) => {
      await conn.executeQuery(sql`select 1`.compile(conn));
      await pglite.query(statement.replace('STDIN', "'/dev/blob'"), [], {
        blob: new Blob(parts),
      });
    });
  return {
    db,
    kind: 'pglite',
    async copyCsv(table, columns, csv) {
      const parts: BlobPart[] = [];
      if (typeof csv === 'string') parts.push(csv);
      // The cast only drops the type's allowance for shared memory, which Blob copies as well.
      else for await (const chunk of csv) parts.push(chunk as BlobPart);
      await copy(copyStatement(table, columns), parts);
    },
    async copyBinary(table, columns, data) {
      const parts: BlobPart[] = [];
      for await (const chunk of data) parts.push(chunk as BlobPart);
      await copy(copyStatement(table, columns, 'binary'), parts);
    },
    async close() {
      await db.destroy();
    },
  };
}

/** True when an error means the database cannot be reached (as opposed to a bad query). */
export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | null;
  if (!e) return false;
  const code = e.code ?? '';
  return (
    [
      'ECONNREFUSED',
      'ECONNRESET',
      'ETIMEDOUT',
      'ENOTFOUND',
      'EHOSTUNREACH',
      '57P01',
      '57P03',
    ].includes(code) ||
    code.startsWith('08') ||
    /Connection terminated|timeout exceeded when trying to connect|Cannot use a pool after calling end/i.test(
      e.message ?? '',
    )
  );
}
