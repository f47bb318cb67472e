import { randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { assertValidStorageKey, InvalidStorageKeyError, StorageNotFoundError, type ClosableFileStorage } from './file-storage.js';

const TEMP_FOLDER = '.tmp';

/**
 * Files in a local folder. A write goes to a temporary file that is flushed and then renamed into place,
 * so a reader never sees a half-written file and a crash leaves at most a stray temporary file.
 */
export class LocalFileStorage implements ClosableFileStorage {
  private readonly root: string;

  constructor(dir: string) {
    this.root = resolve(dir);
  }

  async put(key: string, body: Readable | Buffer, _contentType: string): Promise<{ size: number }> {
    // The source may fail while the folders are being created, before it is read: without a listener that
    // error would crash the process. Reading it below still reports the error.
    if (!Buffer.isBuffer(body)) body.on('error', () => undefined);
    const target = this.pathOf(key);
    const tempDir = join(this.root, TEMP_FOLDER);
    await mkdir(tempDir, { recursive: true });
    await mkdir(dirname(target), { recursive: true });
    const temp = join(tempDir, `${randomUUID()}.part`);
    const handle = await open(temp, 'wx', 0o600);
    let size = 0;
    try {
      const source = Buffer.isBuffer(body) ? [body] : body;
      for await (const chunk of source) {
        const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
        await handle.write(bytes);
        size += bytes.length;
      }
      await handle.sync();
      await handle.close();
      await rename(temp, target);
    } catch (error) {
      await handle.close().catch(() => undefined);
      await rm(temp, { force: true });
      throw error;
    }
    return { size };
  }

  async get(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    try {
      const handle = await open(path, 'r');
      return handle.createReadStream();
    } catch (error) {
      if (isMissing(error)) throw new StorageNotFoundError();
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(key))).isFile();
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  async close(): Promise<void> {}

  /** Resolves a key inside the folder; the key check already refuses "..", the prefix check is the second lock. */
  private pathOf(key: string): string {
    assertValidStorageKey(key);
    const path = resolve(this.root, key);
    if (!path.startsWith(this.root + sep)) throw new InvalidStorageKeyError();
    return path;
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
