import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEmptyPostgresDatabase, testBackends } from '../../test/helpers/database.js';
import { openDatabase } from './db/client.js';

/** The server processes the primary forked (not other children, such as the TypeScript loader's esbuild service). */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc').filter((d) => /^\d+$/.test(d)).flatMap((d) => {
    try {
      const fields = readFileSync(`/proc/${d}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      const isServer = readFileSync(`/proc/${d}/cmdline`, 'utf8').includes('server/server.ts');
      return Number(fields[1]) === pid && isServer ? [Number(d)] : [];
    } catch {
      return []; // the process ended while we looked
    }
  });
}

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

describe.runIf(testBackends().includes('postgres'))('several server processes on one PostgreSQL (DESIGN §5)', () => {
  it('instances starting together on a fresh database migrate it once, the second after the first', async () => {
    const database = await createEmptyPostgresDatabase();
    const [a, b] = await Promise.all([openDatabase({ kind: 'postgres', url: database.url }), openDatabase({ kind: 'postgres', url: database.url })]);
    try {
      await Promise.all([a.migrate(), b.migrate()]);
      expect(await a.isMigrated()).toBe(true);
      expect(await b.isMigrated()).toBe(true);
    } finally {
      await a.close();
      await b.close();
      await database.drop();
    }
  });

  it('SERVER_PROCESSES=2 serves one port from two processes, replaces one that dies, and SIGTERM stops them all', async () => {
    const database = await createEmptyPostgresDatabase();
    const storage = mkdtempSync(join(tmpdir(), 'zairyu-processes-'));
    const port = 3700 + Math.floor(Math.random() * 200);
    const primary = spawn(process.execPath, ['--import', 'tsx', 'src/server/server.ts'], {
      env: {
        ...process.env, NODE_ENV: 'test', DATABASE_URL: database.url, SERVER_PROCESSES: '2', PORT: String(port), HOST: '127.0.0.1',
        LOG_LEVEL: 'warn', SERVE_WEB: 'false', SEED_DEMO: 'false', STORAGE_DIR: storage, JPKI_DEV_CA_DIR: join(storage, 'jpki'),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let printed = '';
    primary.stdout?.on('data', (chunk: Buffer) => { printed += chunk.toString(); });
    const pid = primary.pid ?? 0;
    const ready = async () => (await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => undefined))?.ok || undefined;
    try {
      // The primary says so once both listen (one process answering /readyz is not both).
      await until('both processes listening', () => (printed.includes('2 server processes on') ? true : undefined));
      await until('ready', ready);
      const first = childrenOf(pid);
      expect(first).toHaveLength(2);

      process.kill(first[0] ?? 0, 'SIGKILL');
      const replaced = await until('a replacement', () => {
        const now = childrenOf(pid);
        return now.length === 2 && !now.includes(first[0] ?? 0) ? now : undefined;
      });
      expect(replaced).toContain(first[1]);
      await until('ready again', ready);

      const code = exited(primary);
      primary.kill('SIGTERM');
      expect(await code).toBe(0);
      expect(childrenOf(pid)).toEqual([]);
    } finally {
      primary.kill('SIGKILL');
      await database.drop();
      rmSync(storage, { recursive: true, force: true });
    }
  }, 120_000);
});
