import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../config.js';
import type { DatabaseHandle } from '../../db/client.js';
import { storedFiles } from '../../db/schema.js';
import { createTestDatabase, testBackends } from '../../../../test/helpers/database.js';
import { buildJpegOfSize, buildPdf, buildPdfOfSize, buildPngOfSize } from './test-support/fixtures.js';
import { multipartBody, type PartSpec } from './test-support/multipart-body.js';
import { buildUploadTestApp, type UploadTestApp } from './test-support/upload-test-app.js';

const MiB = 1024 * 1024;

/** A full collection before the baseline, so garbage from building the fixtures does not hide growth. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
}

/** Sends a multipart body over real HTTP, produced 64 KiB at a time, and returns the status and JSON answer. */
function post(port: number, parts: PartSpec[]): Promise<{ status: number; body: unknown }> {
  const body = multipartBody(parts);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method: 'POST', path: '/test/uploads', headers: { 'content-type': body.contentType, 'content-length': body.length } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
      },
    );
    // The server may answer a refusal before the whole body is sent and close the connection.
    req.on('error', (error) => ((error as { code?: string }).code === 'EPIPE' || (error as { code?: string }).code === 'ECONNRESET' ? undefined : reject(error)));
    body.stream().pipe(req);
  });
}

/** Samples every 5 ms from a baseline taken now; the peaks start at the baseline. */
function sampleMemory() {
  const baseline = process.memoryUsage();
  let peakRss = baseline.rss;
  let peakHeap = baseline.heapUsed + baseline.arrayBuffers;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed + m.arrayBuffers);
  }, 5);
  return () => {
    clearInterval(timer);
    return { baseline, peakRss, peakHeap };
  };
}

describe.each(testBackends())('R-ATT-2 uploads stream with bounded memory over HTTP on %s', (backend) => {
  let database: DatabaseHandle;
  let t: UploadTestApp;
  let port: number;
  beforeAll(async () => {
    database = await createTestDatabase(backend);
    t = await buildUploadTestApp(database, testConfig().uploads);
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    port = (t.app.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await t.close();
    await database.close();
  });

  it('receives 20 files totalling 25 MiB while the process grows far less than the upload', async () => {
    const size = 1.25 * MiB;
    const samples = [buildPdfOfSize(size), buildPngOfSize(size), buildJpegOfSize(size)];
    const parts = Array.from({ length: 20 }, (_, i) => ({ content: samples[i % 3] ?? Buffer.alloc(0) }));
    expect(parts.reduce((n, p) => n + p.content.length, 0)).toBe(25 * MiB);
    await post(port, [{ content: buildPdf() }]); // warm up: modules, the route, the database connection
    await database.db.delete(storedFiles);

    collectGarbage();
    const stop = sampleMemory();
    const res = await post(port, parts);
    const { baseline: before, peakRss, peakHeap } = stop();
    expect(res.status).toBe(200);
    expect(await database.db.select().from(storedFiles)).toHaveLength(20);
    const rssGrowth = (peakRss - before.rss) / MiB;
    const heapGrowth = (peakHeap - (before.heapUsed + before.arrayBuffers)) / MiB;
    console.log(`[R-ATT-2 memory, ${backend}] 25 MiB in 20 files: peak RSS growth ${rssGrowth.toFixed(1)} MiB, peak heap+buffers growth ${heapGrowth.toFixed(1)} MiB`);
    expect(rssGrowth).toBeLessThan(50);
  });

  it('peak memory does not follow the upload size: 100 MiB under raised limits peaks like 25 MiB', async () => {
    const big = await buildUploadTestApp(database, { ...testConfig().uploads, maxFiles: 80, maxTotalBytes: 100 * MiB });
    await big.app.listen({ host: '127.0.0.1', port: 0 });
    try {
      const pdf = buildPdfOfSize(1.25 * MiB);
      collectGarbage();
      const stop = sampleMemory();
      const res = await post((big.app.server.address() as AddressInfo).port, Array.from({ length: 80 }, () => ({ content: pdf })));
      const { baseline: before, peakRss, peakHeap } = stop();
      expect(res.status).toBe(200);
      const heapGrowth = (peakHeap - (before.heapUsed + before.arrayBuffers)) / MiB;
      console.log(`[R-ATT-2 memory, ${backend}] 100 MiB in 80 files: peak RSS growth ${((peakRss - before.rss) / MiB).toFixed(1)} MiB, peak heap+buffers growth ${heapGrowth.toFixed(1)} MiB`);
      expect(heapGrowth).toBeLessThan(50);
    } finally {
      await big.close();
    }
  });

  it('answers a refusal over HTTP while the client is still sending, and keeps nothing', async () => {
    await database.db.delete(storedFiles);
    const size = 1.25 * MiB;
    const parts = [...Array.from({ length: 19 }, () => ({ content: buildPdfOfSize(size) })), { content: buildPdfOfSize(size + 1) }, { content: buildPdfOfSize(size) }];
    const res = await post(port, parts);
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ fileNumber: 20, reason: 'total-too-large' });
    expect(await database.db.select().from(storedFiles)).toEqual([]);
  });
});
