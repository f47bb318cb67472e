import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql, type SQLWrapper } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema.js';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction handle; repositories accept either, so a service can run them in one transaction. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url));

export interface DatabaseHandle {
  kind: 'pglite' | 'postgres';
  db: Db;
  migrate(): Promise<void>;
  /** True when every migration in the folder has been applied. */
  isMigrated(): Promise<boolean>;
  close(): Promise<void>;
}

export type DatabaseConfig = { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string } | { kind: 'pglite-instance'; client: PGlite };

export async function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  if (config.kind === 'postgres') return openPostgres(config.url);
  let client: PGlite;
  if (config.kind === 'pglite') {
    mkdirSync(config.dataDir, { recursive: true });
    client = await PGlite.create({ dataDir: config.dataDir });
  } else {
    client = config.client;
  }
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    migrate: () => migratePglite(drizzlePglite({ client, schema }), { migrationsFolder: MIGRATIONS_FOLDER }),
    isMigrated: () => isMigrated(db),
    close: () => client.close(),
  };
}

function openPostgres(url: string): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection dropped by the server (restart, failover) must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  const db = drizzleNodePg({ client: pool, schema });
  return {
    kind: 'postgres',
    db: db as unknown as Db,
    migrate: () => migrateOneAtATime(pool, () => migrateNodePg(db, { migrationsFolder: MIGRATIONS_FOLDER })),
    isMigrated: () => isMigrated(db as unknown as Db),
    close: () => pool.end(),
  };
}

/** Any key of our own: instances starting together against a fresh database would otherwise race to create its tables. */
const MIGRATION_LOCK_KEY = 7_310_000;

/** Runs the migrations while holding a session lock on a connection of its own, so a second instance waits, then finds them done. */
async function migrateOneAtATime(pool: pg.Pool, migrate: () => Promise<void>): Promise<void> {
  const holder = await pool.connect();
  try {
    await holder.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await migrate();
  } finally {
    await holder.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    holder.release();
  }
}

/**
 * A query of the hot path built once per database handle (or transaction) instead of on every call; drizzle's
 * `.prepare(name)` also makes it a named statement, parsed once per connection.
 */
export function preparedFor<Q>(build: (db: DbOrTx) => Q): (db: DbOrTx) => Q {
  const built = new WeakMap<DbOrTx, Q>();
  return (db) => {
    let query = built.get(db);
    if (!query) {
      query = build(db);
      built.set(db, query);
    }
    return query;
  };
}

/**
 * Independent writes of one transaction sent as one statement (the first ones as data-modifying WITH parts), one
 * round trip instead of one each. They run on one snapshot and none sees another's rows: only for writes that do
 * not depend on each other. Undefined entries (nothing to write) are skipped.
 */
export async function writeTogether(tx: DbOrTx, writes: readonly (SQLWrapper | undefined)[]): Promise<void> {
  const parts = writes.filter((w): w is SQLWrapper => w !== undefined);
  const last = parts.pop();
  if (!last) return;
  // getSQL(): the statement itself; a builder placed in sql`` directly comes wrapped in parentheses, as a subquery.
  const withParts = parts.map((w, i) => sql`${sql.raw(`write_${i}`)} as (${w.getSQL()})`);
  await tx.execute(withParts.length > 0 ? sql`with ${sql.join(withParts, sql`, `)} ${last.getSQL()}` : last.getSQL());
}

let expectedMigrations: number | undefined;

async function isMigrated(db: Db): Promise<boolean> {
  if (expectedMigrations === undefined) {
    const { readMigrationFiles } = await import('drizzle-orm/migrator');
    expectedMigrations = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).length;
  }
  const expected = expectedMigrations;
  try {
    const rows = await db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    return Number(rowsOf<{ n: number }>(rows)[0]?.n ?? 0) >= expected;
  } catch {
    return false;
  }
}

/** node-postgres returns { rows }, PGlite returns { rows } as well; this keeps callers driver-agnostic. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  const rows = (result as { rows?: T[] }).rows;
  return rows ?? [];
}
