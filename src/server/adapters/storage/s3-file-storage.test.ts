import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../config.js';
import { createStorage } from './create-storage.js';
import { newStorageKey } from './file-storage.js';
import { LocalFileStorage } from './local-file-storage.js';
import { S3FileStorage } from './s3-file-storage.js';
import { FakeS3Server } from './test-support/fake-s3-server.js';
import { describeStorageContract } from './test-support/storage-contract.js';

const MiB = 1024 * 1024;
const credentials = { accessKeyId: 'AKIDTEST', secretAccessKey: 'test-secret-key' };

async function openS3(partSizeBytes?: number) {
  const server = new FakeS3Server('zairyu-files');
  const endpoint = await server.start();
  const storage = new S3FileStorage({ bucket: 'zairyu-files', endpoint, region: 'ap-northeast-1', forcePathStyle: true, partSizeBytes, ...credentials });
  return { server, storage, close: async () => { await storage.close(); await server.stop(); } };
}

describeStorageContract('S3FileStorage', openS3);

describe('S3FileStorage against an S3 protocol peer on loopback (R-ATT-2)', () => {
  let s3: Awaited<ReturnType<typeof openS3>>;
  beforeAll(async () => {
    s3 = await openS3(5 * MiB);
  });
  afterAll(async () => s3.close());

  it('sends path-style, SigV4-signed requests with the content type and a known length', async () => {
    const key = newStorageKey('uploads');
    s3.server.requests.length = 0;
    await s3.storage.put(key, Buffer.from('%PDF-1.7 small'), 'application/pdf');
    const [put] = s3.server.requests;
    expect(put).toMatchObject({ method: 'PUT', path: `/zairyu-files/${key}`, bodyBytes: 14 });
    expect(put?.headers['content-type']).toBe('application/pdf');
    expect(put?.headers['content-length']).toBe('14');
    expect(put?.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDTEST\/\d{8}\/ap-northeast-1\/s3\/aws4_request, SignedHeaders=[^,]*host[^,]*, Signature=[0-9a-f]{64}$/);
    expect(s3.server.objects.get(key)?.contentType).toBe('application/pdf');
  });

  it('streams an object larger than one part as a multipart upload, one part in memory at a time', async () => {
    const key = newStorageKey('uploads');
    const bytes = randomBytes(12 * MiB + 123);
    s3.server.requests.length = 0;
    const chunks = Array.from({ length: Math.ceil(bytes.length / (64 * 1024)) }, (_, i) => bytes.subarray(i * 64 * 1024, (i + 1) * 64 * 1024));
    expect(await s3.storage.put(key, Readable.from(chunks), 'application/pdf')).toEqual({ size: bytes.length });
    const calls = s3.server.requests.map((r) => `${r.method} ${[...r.query.keys()].filter((k) => k !== 'x-id').sort().join('&')}`);
    expect(calls, JSON.stringify(calls)).toEqual(['POST uploads', 'PUT partNumber&uploadId', 'PUT partNumber&uploadId', 'PUT partNumber&uploadId', 'POST uploadId']);
    expect(s3.server.requests.slice(1, 4).map((r) => r.bodyBytes)).toEqual([5 * MiB, 5 * MiB, 2 * MiB + 123]);
    expect((await buffer(await s3.storage.get(key))).equals(bytes)).toBe(true);
  });

  it('aborts the multipart upload when a part fails, leaving no object and no open upload', async () => {
    const key = newStorageKey('uploads');
    s3.server.requests.length = 0;
    let sent = 0;
    const source = new Readable({
      read() {
        sent += 1;
        if (sent > 11 * 16) this.destroy(new Error('client went away'));
        else this.push(Buffer.alloc(64 * 1024, sent));
      },
    });
    await expect(s3.storage.put(key, source, 'application/pdf')).rejects.toThrow('client went away');
    expect(s3.server.requests.at(-1)?.method).toBe('DELETE');
    expect(s3.server.requests.at(-1)?.query.has('uploadId')).toBe(true);
    expect(s3.server.openUploads).toBe(0);
    expect(await s3.storage.exists(key)).toBe(false);
  });

  it('a server error surfaces as a rejection (after the SDK retries)', async () => {
    s3.server.failNext = 10;
    await expect(s3.storage.put(newStorageKey('uploads'), Buffer.from('x'), 'text/plain')).rejects.toThrow();
    s3.server.failNext = 0;
  });
});

describe('createStorage chooses the adapter from configuration (R-ATT-2)', () => {
  it('local folder by default, S3 when S3_BUCKET is set', async () => {
    const local = createStorage(testConfig({ STORAGE_DIR: 'var/test-files' }));
    expect(local).toBeInstanceOf(LocalFileStorage);
    const s3 = createStorage(testConfig({ S3_BUCKET: 'b', S3_ENDPOINT: 'http://127.0.0.1:9', S3_ACCESS_KEY_ID: 'a', S3_SECRET_ACCESS_KEY: 's' }));
    expect(s3).toBeInstanceOf(S3FileStorage);
    await local.close();
    await s3.close();
  });
});
