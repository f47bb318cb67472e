import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../../src/server/db/client.js';
import { pgliteTemplateFile, postgresAdminUrl, postgresTemplateDb, postgresUrlFor } from './test-env.js';

export type Backend = 'pglite' | 'postgres';

/** The backends database tests run on: PGlite always; PostgreSQL when the global setup found one (always in CI). */
export function testBackends(): Backend[] {
  return postgresTemplateDb() ? ['pglite', 'postgres'] : ['pglite'];
}

/** A fresh, migrated database: PGlite loaded from the migrated template, or a PostgreSQL database copied from the template. */
export async function createTestDatabase(backend: Backend): Promise<DatabaseHandle> {
  if (backend === 'pglite') {
    const dump = readFileSync(pgliteTemplateFile());
    const client = await PGlite.create({ loadDataDir: new Blob([dump]) });
    return openDatabase({ kind: 'pglite-instance', client });
  }
  const template = postgresTemplateDb();
  if (!template) throw new Error('PostgreSQL is not available for this test run');
  const name = `zairyu_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create database ${name} template ${template}`);
  const handle = await openDatabase({ kind: 'postgres', url: postgresUrlFor(name) });
  return {
    ...handle,
    async close() {
      await handle.close();
      await adminQuery(`drop database if exists ${name} with (force)`);
    },
  };
}

/** An empty PostgreSQL database (not migrated), e.g. for tests of starting up; drop() removes it. */
export async function createEmptyPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `zairyu_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create database ${name}`);
  return { url: postgresUrlFor(name), drop: () => adminQuery(`drop database if exists ${name} with (force)`) };
}

async function adminQuery(text: string): Promise<void> {
  const admin = new pg.Client({ connectionString: postgresAdminUrl() });
  await admin.connect();
  try {
    await admin.query(text);
  } finally {
    await admin.end();
  }
}
