import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newStorageKey, StorageNotFoundError, type ClosableFileStorage } from '../file-storage.js';

/** The behaviour every FileStorage shares; each implementation runs it against its real back end. */
export function describeStorageContract(name: string, open: () => Promise<{ storage: ClosableFileStorage; close(): Promise<void> }>): void {
  describe(`${name}: FileStorage contract (R-ATT-2)`, () => {
    let storage: ClosableFileStorage;
    let close: () => Promise<void>;
    beforeAll(async () => {
      ({ storage, close } = await open());
    });
    afterAll(async () => close());

    it('stores a Buffer and reads the same bytes back', async () => {
      const key = newStorageKey('test');
      const bytes = randomBytes(1000);
      expect(await storage.put(key, bytes, 'application/pdf')).toEqual({ size: 1000 });
      expect(await storage.exists(key)).toBe(true);
      expect(await buffer(await storage.get(key))).toEqual(bytes);
    });

    it('stores a stream of many chunks and reports its size', async () => {
      const key = newStorageKey('test');
      const chunks = Array.from({ length: 50 }, (_, i) => Buffer.alloc(4096, i));
      const expected = createHash('sha256').update(Buffer.concat(chunks)).digest('hex');
      expect(await storage.put(key, Readable.from(chunks), 'image/png')).toEqual({ size: 50 * 4096 });
      const back = await buffer(await storage.get(key));
      expect(createHash('sha256').update(back).digest('hex')).toBe(expected);
    });

    it('stores an empty object', async () => {
      const key = newStorageKey('test');
      expect(await storage.put(key, Buffer.alloc(0), 'application/octet-stream')).toEqual({ size: 0 });
      expect((await buffer(await storage.get(key))).length).toBe(0);
    });

    it('a missing key: exists is false, get throws StorageNotFoundError, delete is a no-op', async () => {
      const key = newStorageKey('test');
      expect(await storage.exists(key)).toBe(false);
      await expect(storage.get(key)).rejects.toBeInstanceOf(StorageNotFoundError);
      await expect(storage.delete(key)).resolves.toBeUndefined();
    });

    it('delete removes the object', async () => {
      const key = newStorageKey('test');
      await storage.put(key, Buffer.from('x'), 'text/plain');
      await storage.delete(key);
      expect(await storage.exists(key)).toBe(false);
    });

    it.each(['../etc/passwd', '/etc/passwd', 'a/../../b', 'a//b', '.hidden', 'a\\..\\b', '', 'a/./b', 'uploads/..'])(
      'refuses the key %j (no path traversal)',
      async (key) => {
        await expect(storage.put(key, Buffer.from('x'), 'text/plain')).rejects.toThrow('invalid storage key');
        await expect(storage.get(key)).rejects.toThrow('invalid storage key');
        await expect(storage.exists(key)).rejects.toThrow('invalid storage key');
        await expect(storage.delete(key)).rejects.toThrow('invalid storage key');
      },
    );

    it('a failing source stream rejects put and leaves no object behind', async () => {
      const key = newStorageKey('test');
      const failing = new Readable({
        read() {
          this.push(Buffer.alloc(1024));
          this.destroy(new Error('client went away'));
        },
      });
      await expect(storage.put(key, failing, 'application/pdf')).rejects.toThrow('client went away');
      expect(await storage.exists(key)).toBe(false);
    });
  });
}
