import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_ELIGIBILITY_REQUEST } from '../bench/eligibility.js';

/** Boots the real server process on an empty PGlite folder and stops it with SIGTERM. */
describe('server process', () => {
  it('migrates an empty database at start, serves /readyz, and exits 0 on SIGTERM after finishing requests', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'zairyu-shutdown-'));
    const port = 3900 + Math.floor(Math.random() * 90);
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/server.ts'], {
      env: { ...process.env, NODE_ENV: 'test', PORT: String(port), PGLITE_DIR: join(dataDir, 'db'), SERVE_WEB: 'false', SEED_DEMO: 'false', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const base = `http://127.0.0.1:${port}`;
      let ready: Response | undefined;
      for (let i = 0; i < 240 && !ready?.ok; i += 1) {
        await new Promise((r) => setTimeout(r, 250));
        ready = await fetch(`${base}/readyz`).catch(() => undefined);
      }
      expect(ready?.status, output).toBe(200);
      // A request whose headers have arrived but whose body is still coming is in flight when SIGTERM lands.
      const body = JSON.stringify(SAMPLE_ELIGIBILITY_REQUEST);
      const req = request(`${base}/api/v1/eligibility/check`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } });
      const response = new Promise<number>((resolve, reject) => {
        req.on('response', (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
      });
      req.write(body.slice(0, 20));
      await new Promise((r) => setTimeout(r, 500));
      child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 300));
      req.end(body.slice(20));
      expect(await response).toBe(200);
      expect(await exited).toBe(0);
      expect(output).toContain('shutting down');
    } finally {
      child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);
});
