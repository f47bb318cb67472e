import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { newStorageKey } from './file-storage.js';
import { LocalFileStorage } from './local-file-storage.js';
import { describeStorageContract } from './test-support/storage-contract.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'zairyu-storage-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describeStorageContract('LocalFileStorage', async () => {
  const storage = new LocalFileStorage(tempDir());
  return { storage, close: () => storage.close() };
});

describe('LocalFileStorage specifics (R-ATT-2)', () => {
  it('keys are server-generated UUID paths, never a user file name', () => {
    expect(newStorageKey('uploads')).toMatch(/^uploads\/[0-9a-f]{2}\/[0-9a-f-]{36}$/);
    expect(() => newStorageKey('../x')).toThrow('invalid storage key');
  });

  it('writes atomically: nothing is visible at the key until the write completes, then a rename publishes it', async () => {
    const dir = tempDir();
    const storage = new LocalFileStorage(dir);
    const key = newStorageKey('uploads');
    const source = new PassThrough();
    const writing = storage.put(key, source, 'application/pdf');
    source.write(Buffer.alloc(64 * 1024, 1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await storage.exists(key)).toBe(false);
    expect(readdirSync(join(dir, '.tmp'))).toHaveLength(1);
    source.end(Buffer.alloc(1024, 2));
    expect(await writing).toEqual({ size: 65 * 1024 });
    expect(await storage.exists(key)).toBe(true);
    expect((await readFile(join(dir, key))).length).toBe(65 * 1024);
    expect(readdirSync(join(dir, '.tmp'))).toHaveLength(0);
  });

  it('a failed write removes its temporary file', async () => {
    const dir = tempDir();
    const storage = new LocalFileStorage(dir);
    const source = new PassThrough();
    const writing = storage.put(newStorageKey('uploads'), source, 'application/pdf');
    source.write(Buffer.alloc(1024));
    source.destroy(new Error('aborted'));
    await expect(writing).rejects.toThrow('aborted');
    expect(readdirSync(join(dir, '.tmp'))).toHaveLength(0);
  });

  it('a source that fails before it is read rejects the write without an unhandled error', async () => {
    const dir = tempDir();
    const storage = new LocalFileStorage(dir);
    const source = new PassThrough();
    const writing = storage.put(newStorageKey('uploads'), source, 'application/pdf');
    source.destroy(new Error('failed early'));
    await expect(writing).rejects.toThrow('failed early');
    expect(readdirSync(join(dir, '.tmp'))).toHaveLength(0);
  });

  it('the folder is created on first write, not at construction', async () => {
    const dir = join(tempDir(), 'not-yet');
    const storage = new LocalFileStorage(dir);
    expect(await storage.exists(newStorageKey('uploads'))).toBe(false);
    expect(() => readdirSync(dir)).toThrow();
  });
});
