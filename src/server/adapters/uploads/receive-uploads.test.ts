import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testConfig } from '../../config.js';
import type { DatabaseHandle } from '../../db/client.js';
import { storedFiles } from '../../db/schema.js';
import { createTestDatabase, testBackends } from '../../../../test/helpers/database.js';
import { buildJpegOfSize, buildPdf, buildPdfOfSize, buildPngOfSize } from './test-support/fixtures.js';
import { multipartBody, type PartSpec } from './test-support/multipart-body.js';
import { buildUploadTestApp, type UploadTestApp } from './test-support/upload-test-app.js';

const MiB = 1024 * 1024;
const limits = testConfig().uploads;

/** Every stored object under the storage folder (temporary files excluded). */
function storedObjects(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) {
        if (name !== '.tmp') walk(path);
      } else out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out;
}

/** Twenty files of exactly 1.25 MiB: 25 MiB in total, PDF, PNG and JPEG by content. */
function twentyFiles(lastExtraBytes = 0): PartSpec[] {
  const size = 1.25 * MiB;
  const pdf = buildPdfOfSize(size);
  const png = buildPngOfSize(size);
  const jpeg = buildJpegOfSize(size);
  return Array.from({ length: 20 }, (_, i) => {
    const content = i === 19 && lastExtraBytes ? buildPdfOfSize(size + lastExtraBytes) : [pdf, png, jpeg][i % 3] ?? pdf;
    return { field: 'documents', filename: `../../etc/passwd-${i}.exe`, contentType: 'text/plain', content };
  });
}

describe('R-ATT-2 defaults from configuration', () => {
  it('are exactly 20 files, 25 MiB in total, 10 MiB per file, 100 PDF pages, 40 megapixels', () => {
    expect(limits).toEqual({ maxFiles: 20, maxTotalBytes: 25 * MiB, maxFileBytes: 10 * MiB, maxPdfPages: 100, maxImagePixels: 40_000_000 });
  });
});

describe.each(testBackends())('R-ATT-2 uploads streamed to storage on %s', (backend) => {
  let database: DatabaseHandle;
  let t: UploadTestApp;
  beforeAll(async () => {
    database = await createTestDatabase(backend);
    t = await buildUploadTestApp(database, limits);
  });
  afterAll(async () => {
    await t.close();
    await database.close();
  });
  beforeEach(async () => {
    await database.db.delete(storedFiles);
    for (const key of storedObjects(t.storageDir)) await t.storage.delete(key);
  });

  async function upload(parts: PartSpec[], query = '') {
    const body = multipartBody(parts);
    return t.app.inject({ method: 'POST', url: `/test/uploads${query}`, headers: { 'content-type': body.contentType }, payload: body.stream() });
  }

  async function expectNothingStored() {
    expect(storedObjects(t.storageDir)).toEqual([]);
    expect(await database.db.select().from(storedFiles)).toEqual([]);
  }

  it('accepts exactly 20 files of exactly 25 MiB in total, typed by content, named by the server, with a sha256 each', async () => {
    const parts = twentyFiles();
    const res = await upload(parts);
    expect(res.statusCode, res.body).toBe(200);
    const { files } = res.json() as { files: { id: string; fileNumber: number; storageKey: string; contentType: string; sizeBytes: number; sha256: string }[] };
    expect(files.map((f) => f.fileNumber)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(files.reduce((n, f) => n + f.sizeBytes, 0)).toBe(25 * MiB);
    expect(files.slice(0, 3).map((f) => f.contentType)).toEqual(['application/pdf', 'image/png', 'image/jpeg']);
    const rows = await database.db.select().from(storedFiles);
    expect(rows).toHaveLength(20);
    for (const [i, f] of files.entries()) {
      expect(f.storageKey).toMatch(/^attachment\/[0-9a-f]{2}\/[0-9a-f-]{36}$/);
      const onDisk = readFileSync(join(t.storageDir, f.storageKey));
      expect(onDisk.equals(parts[i]?.content ?? Buffer.alloc(0))).toBe(true);
      expect(f.sha256).toBe(createHash('sha256').update(onDisk).digest('hex'));
      expect(rows.find((r) => r.id === f.id)).toMatchObject({ storageKey: f.storageKey, sha256: f.sha256, sizeBytes: f.sizeBytes, purpose: 'attachment' });
    }
    expect(storedObjects(t.storageDir).some((p) => p.includes('passwd') || p.includes('.exe'))).toBe(false);
  });

  it('refuses a 21st file with a 413 naming file 21, and keeps none of the 20 before it', async () => {
    const small = buildPdf();
    const res = await upload(Array.from({ length: 21 }, () => ({ content: small })));
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({
      error: 'PAYLOAD_TOO_LARGE', fileNumber: 21, reason: 'too-many-files',
      message: { ja: '21件目のファイル：添付できるファイルは20件までです。', en: 'File 21: You can attach at most 20 files.' },
    });
    await expectNothingStored();
  });

  it('refuses 25 MiB + 1 byte in total at the file that crosses it, and keeps nothing', async () => {
    const res = await upload(twentyFiles(1));
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ fileNumber: 20, reason: 'total-too-large', message: { ja: expect.stringContaining('25MBまで'), en: expect.stringContaining('25 MB or smaller') } });
    await expectNothingStored();
  });

  it('counts the application\'s earlier files and bytes (the photo included)', async () => {
    const small = buildPdf();
    const byCount = await upload([{ content: small }, { content: small }], '?existingFiles=19');
    expect(byCount.json()).toMatchObject({ fileNumber: 21, reason: 'too-many-files' });
    const byBytes = await upload([{ content: small }], `?existingBytes=${25 * MiB - small.length + 1}`);
    expect(byBytes.json()).toMatchObject({ fileNumber: 1, reason: 'total-too-large' });
    await expectNothingStored();
  });

  it('accepts a file of exactly 10 MiB and refuses 10 MiB + 1 byte', async () => {
    const ok = await upload([{ content: buildPdfOfSize(10 * MiB) }]);
    expect(ok.statusCode, ok.body).toBe(200);
    for (const key of storedObjects(t.storageDir)) await t.storage.delete(key);
    await database.db.delete(storedFiles);
    const res = await upload([{ content: buildPngOfSize(1000) }, { content: buildPdfOfSize(10 * MiB + 1) }]);
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ fileNumber: 2, reason: 'file-too-large', message: { ja: '2件目のファイル：1ファイルの大きさは10MBまでです。', en: 'File 2: Each file must be 10 MB or smaller.' } });
    await expectNothingStored();
  });

  it.each([
    { name: 'HTML named .pdf and declared application/pdf', content: Buffer.from('<!doctype html><html><script>alert(1)</script></html>'), status: 415, reason: 'unsupported-type' },
    { name: 'a Windows executable named .png', content: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(5000, 0x90)]), status: 415, reason: 'unsupported-type' },
    { name: 'an encrypted PDF', content: buildPdf({ trailerExtra: '/Encrypt 9 0 R' }), status: 422, reason: 'pdf-encrypted' },
    { name: 'a scripted PDF', content: buildPdf({ catalogExtra: '/OpenAction << /S /JavaScript /JS (x) >>' }), status: 422, reason: 'pdf-scripted' },
    { name: 'a PDF of 101 pages', content: buildPdf({ pages: 101 }), status: 422, reason: 'pdf-too-many-pages' },
    { name: 'a PNG with HTML after IEND', content: Buffer.concat([buildPngOfSize(500), Buffer.from('<html>')]), status: 422, reason: 'polyglot' },
    { name: 'an empty file', content: Buffer.alloc(0), status: 422, reason: 'empty-file' },
  ])('refuses $name as file 2 ($status $reason) and deletes file 1', async ({ content, status, reason }) => {
    const res = await upload([{ content: buildPdf(), filename: 'a.pdf' }, { content, filename: 'b.pdf', contentType: 'application/pdf' }]);
    expect(res.statusCode).toBe(status);
    const body = res.json() as { fileNumber: number; reason: string; message: { ja: string; en: string } };
    expect(body).toMatchObject({ fileNumber: 2, reason });
    expect(body.message.ja).toMatch(/^2件目のファイル：/);
    expect(body.message.en).toMatch(/^File 2: /);
    await expectNothingStored();
  });

  it('returns plain form fields and ignores the declared names and types', async () => {
    const res = await upload([{ isField: true, field: 'category', content: Buffer.from('passport') }, { content: buildPdf(), filename: 'x.html', contentType: 'text/html' }]);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ fields: { category: 'passport' }, files: [{ fileNumber: 1, contentType: 'application/pdf' }] });
  });

  it('a request that is not multipart is a 415', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/test/uploads', payload: { file: 'x' } });
    expect(res.statusCode).toBe(415);
    expect(res.json()).toMatchObject({ error: 'UNSUPPORTED_MEDIA_TYPE' });
  });

  it('a truncated multipart body is a 400 and keeps nothing', async () => {
    const body = multipartBody([{ content: buildPdf() }, { content: buildPdfOfSize(200_000) }]).buffer();
    const res = await t.app.inject({
      method: 'POST', url: '/test/uploads',
      headers: { 'content-type': `multipart/form-data; boundary=${body.subarray(2, body.indexOf('\r\n')).toString()}` },
      payload: body.subarray(0, 100_000),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'INVALID_REQUEST', message: { ja: expect.stringContaining('途中'), en: expect.stringContaining('interrupted') } });
    await expectNothingStored();
  });
});
