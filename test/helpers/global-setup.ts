import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/server/db/client.js';
import { postgresAdminUrl, postgresUrlFor } from './test-env.js';

/**
 * Migrates one PGlite template (dumped to a file every test file loads) and, when PostgreSQL answers,
 * a template database that every test file copies. Names are unique per run, so runs can overlap.
 * In CI PostgreSQL is required.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const runId = randomBytes(4).toString('hex');
  const templateFile = join(tmpdir(), `zairyu-pglite-template-${runId}.tar.gz`);
  const client = await PGlite.create();
  const handle = await openDatabase({ kind: 'pglite-instance', client });
  await handle.migrate();
  const dump = await client.dumpDataDir('gzip');
  writeFileSync(templateFile, Buffer.from(await dump.arrayBuffer()));
  await handle.close();
  project.provide('pgliteTemplateFile', templateFile);

  const templateDb = `zairyu_template_${runId}`;
  const hasPostgres = await preparePostgresTemplate(templateDb);
  if (!hasPostgres && process.env.CI) {
    throw new Error(`CI requires PostgreSQL for the database tests, but ${postgresAdminUrl()} did not answer`);
  }
  if (!hasPostgres) console.warn(`[tests] PostgreSQL not reachable at ${postgresAdminUrl()}: database tests run on PGlite only`);
  project.provide('postgresTemplateDb', hasPostgres ? templateDb : null);

  return async () => {
    rmSync(templateFile, { force: true });
    if (hasPostgres) await adminQuery(`drop database if exists ${templateDb} with (force)`).catch(() => undefined);
  };
}

async function adminQuery(text: string): Promise<void> {
  const admin = new pg.Client({ connectionString: postgresAdminUrl(), connectionTimeoutMillis: 3000 });
  await admin.connect();
  try {
    await admin.query(text);
  } finally {
    await admin.end();
  }
}

async function preparePostgresTemplate(name: string): Promise<boolean> {
  try {
    await adminQuery(`create database ${name}`);
  } catch {
    return false;
  }
  const handle = await openDatabase({ kind: 'postgres', url: postgresUrlFor(name) });
  await handle.migrate();
  await handle.close();
  return true;
}
