import { spawn, type ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';
import pg from 'pg';

export interface LoadResult {
  name: string;
  requestsPerSecond: number;
  p99Ms: number;
  non2xx: number;
}

/** Starts a TypeScript entry point as a separate process (so load generator and server do not share an event loop). */
export async function startProcess(entry: string, env: Record<string, string>, readyUrl: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  for (let i = 0; i < 240; i += 1) {
    const res = await fetch(readyUrl).catch(() => undefined);
    if (res?.ok) return child;
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`${entry} did not become ready at ${readyUrl}`);
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  child.kill('SIGKILL');
}

export async function load(name: string, url: string, seconds: number, connections: number, options: Partial<autocannon.Options> = {}): Promise<LoadResult> {
  const result = await autocannon({ url, duration: seconds, connections, ...options });
  return { name, requestsPerSecond: Math.round(result.requests.average), p99Ms: result.latency.p99, non2xx: result.non2xx };
}

/** A fresh PostgreSQL database for a benchmark; the URL comes from BENCH_DATABASE_URL's server (default local). */
export async function freshPostgresDatabase(name: string): Promise<string> {
  const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export function printTable(rows: LoadResult[], baseline: LoadResult): void {
  console.log('\n| endpoint | requests/s | p99 (ms) | non-2xx | ratio to baseline |');
  console.log('|---|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(`| ${r.name} | ${r.requestsPerSecond} | ${r.p99Ms} | ${r.non2xx} | ${(r.requestsPerSecond / baseline.requestsPerSecond).toFixed(2)} |`);
  }
}
