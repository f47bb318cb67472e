import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { testBackends } from '../../../../test/helpers/database.js';
import { buildJpeg, buildPdf, buildPdfOfSize, buildPng } from '../../adapters/uploads/test-support/fixtures.js';
import { applicationFiles, storedFiles } from '../../db/schema.js';
import { INDIVIDUAL_EXTENSION } from './test-answers.js';
import { facePhoto, multipart, uploadDocuments, uploadPhoto } from './test-flows.js';
import { individualFiler, testStorageEnv, type TestFiler } from './test-support.js';

const MiB = 1024 * 1024;

interface View {
  id: string;
  photo: { id: string; sizeBytes: number; fileName: string } | null;
  attachments: { id: string; documentCode: string; sizeBytes: number; fileName: string; contentType: string }[];
  checklist: { code: string; requirement: string; received: boolean }[];
  limits: { usedFiles: number; usedBytes: number };
}

describe.each(testBackends())('application photo and documents (R-ATT-1, R-ATT-2, R-ATT-3) on %s', (backend) => {
  let t: TestApp;
  let filer: TestFiler;
  beforeAll(async () => {
    t = await startTestApp(backend, testStorageEnv());
    filer = await individualFiler(t);
  });
  afterAll(async () => {
    await t.close();
  });

  let n = 0;
  async function draft(): Promise<View> {
    n += 1;
    const created = await filer.browser.post('/api/v1/applications', { idempotencyKey: `uploads-${backend}-${n}` });
    const id = String(created.json().id);
    await filer.browser.request({ method: 'PATCH', url: `/api/v1/applications/${id}/answers`, payload: { revision: 0, changes: INDIVIDUAL_EXTENSION } });
    return (await filer.browser.get(`/api/v1/applications/${id}`)).json() as View;
  }
  const storedCount = async () => (await t.ctx.database.db.select().from(storedFiles)).length;
  const code = (view: View) => view.checklist[0]?.code ?? 'NONE';

  it('R-ATT-1 the photo is stored re-encoded without metadata, replaces the previous one, and the upload as sent is removed', async () => {
    const view = await draft();
    const original = await facePhoto();
    expect(original.includes(Buffer.from('GPS here'))).toBe(true);
    const first = await uploadPhoto(filer.browser, view.id, original);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().photo).toMatchObject({ contentType: 'image/jpeg', fileName: 'photo.jpg' });
    const second = await uploadPhoto(filer.browser, view.id, await facePhoto(720, 960));
    expect(second.statusCode).toBe(200);
    const photos = await t.ctx.database.db.select().from(applicationFiles).where(eq(applicationFiles.applicationId, view.id));
    expect(photos).toHaveLength(1);
    const download = await filer.browser.get(`/api/v1/applications/${view.id}/photo`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/jpeg');
    expect(download.headers['content-disposition']).toBe('inline; filename="photo.jpg"');
    const stored = download.rawPayload;
    expect(stored.includes(Buffer.from('GPS here'))).toBe(false);
    expect(stored.includes(Buffer.from('Exif'))).toBe(false);
    expect(await sharp(stored).metadata()).toMatchObject({ width: 720, height: 960, format: 'jpeg' });
    const uploads = await t.ctx.database.db.select().from(storedFiles).where(eq(storedFiles.purpose, 'application-photo-upload'));
    expect(uploads).toEqual([]);
  });

  it('R-ATT-1 a photo of the wrong shape or size, or not an image, is refused with the reason and nothing is kept', async () => {
    const view = await draft();
    const before = await storedCount();
    const cases: [Buffer, RegExp][] = [
      [await facePhoto(600, 600), /3:4|proportion|portrait/i],
      [await facePhoto(300, 400), /354/],
      [buildPdf(), /JPEG|PNG/],
    ];
    for (const [content, reason] of cases) {
      const res = await uploadPhoto(filer.browser, view.id, content);
      expect(res.statusCode, res.body).toBe(422);
      expect(res.json().message.en).toMatch(reason);
    }
    const two = await multipart(filer.browser, 'PUT', `/api/v1/applications/${view.id}/photo`, [
      { field: 'photo', content: await facePhoto() }, { field: 'photo', content: await facePhoto() },
    ]);
    expect(two.statusCode).toBe(422);
    expect(await storedCount()).toBe(before);
    expect((await filer.browser.get(`/api/v1/applications/${view.id}`)).json().photo).toBeNull();
  });

  it('R-ATT-3 documents are attached per checklist item, marked received, downloadable under a generated name, and removable', async () => {
    const view = await draft();
    expect(view.checklist.length).toBeGreaterThan(0);
    expect(view.checklist.every((i) => !i.received)).toBe(true);
    const res = await uploadDocuments(filer.browser, view.id, code(view), [buildPdf(), buildPdf({ pages: 2 })]);
    expect(res.statusCode, res.body).toBe(201);
    const after = res.json() as View;
    expect(after.checklist.find((i) => i.code === code(view))?.received).toBe(true);
    expect(after.attachments.map((a) => a.fileName)).toEqual([`${code(view).toLowerCase().replace(/_/g, '-')}-1.pdf`, `${code(view).toLowerCase().replace(/_/g, '-')}-2.pdf`]);
    const [first] = after.attachments;
    const download = await filer.browser.get(`/api/v1/applications/${view.id}/attachments/${first?.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="[a-z0-9-]+-1\.pdf"$/);
    expect(download.rawPayload.equals(buildPdf())).toBe(true);
    const removed = await filer.browser.request({ method: 'DELETE', url: `/api/v1/applications/${view.id}/attachments/${first?.id}` });
    expect(removed.json().attachments).toHaveLength(1);
    expect((await filer.browser.get(`/api/v1/applications/${view.id}/attachments/${first?.id}`)).statusCode).toBe(404);
  });

  it('R-ATT-3 a document code not on the checklist, or none, is refused and the files are not kept', async () => {
    const view = await draft();
    const before = await storedCount();
    const unknown = await uploadDocuments(filer.browser, view.id, 'NOT_A_DOCUMENT', [buildPdf()]);
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().fields).toEqual([{ path: 'documentCode', message: expect.any(Object) }]);
    const none = await multipart(filer.browser, 'POST', `/api/v1/applications/${view.id}/attachments`, [{ field: 'files', content: buildPdf() }]);
    expect(none.statusCode).toBe(422);
    expect(await storedCount()).toBe(before);
  });

  it('R-ATT-2 hostile uploads are refused with a message naming the file and why, and nothing is kept', async () => {
    const view = await draft();
    const before = await storedCount();
    const html = Buffer.from('<html><script>alert(1)</script></html>');
    const hostile: [string, Buffer, RegExp][] = [
      ['an encrypted PDF', buildPdf({ trailerExtra: '/Encrypt 9 0 R' }), /encrypted/],
      ['a PDF with JavaScript', buildPdf({ catalogExtra: '/OpenAction << /S /JavaScript /JS (app.alert(1)) >>' }), /scripts/],
      ['a JPEG with HTML appended', buildJpeg({ trailing: html }), /another kind/],
      ['a 50,000 × 50,000 PNG header', buildPng({ width: 50_000, height: 50_000 }), /too many pixels/],
    ];
    for (const [name, content, reason] of hostile) {
      const res = await uploadDocuments(filer.browser, view.id, code(view), [buildPdf(), content]);
      expect(res.statusCode, name).toBe(422);
      expect(res.json().message.en, name).toMatch(/^File 2: /);
      expect(res.json().message.en, name).toMatch(reason);
      expect(res.json().message.ja, name).toMatch(/^2件目のファイル/);
    }
    expect(await storedCount()).toBe(before);
    expect((await filer.browser.get(`/api/v1/applications/${view.id}`)).json().attachments).toEqual([]);
  });

  it('R-ATT-2 20 files of exactly 25 MiB including the photo are accepted; a 21st file and one byte more are refused', async () => {
    const view = await draft();
    const photo = (await uploadPhoto(filer.browser, view.id, await facePhoto())).json() as View;
    const photoBytes = photo.photo?.sizeBytes ?? 0;
    // 19 documents making up 25 MiB minus the stored photo: 18 of 1.25 MiB and one for the rest.
    const rest = 25 * MiB - photoBytes - 18 * 1.25 * MiB;
    const documents = [...Array.from({ length: 18 }, () => buildPdfOfSize(1.25 * MiB)), buildPdfOfSize(rest)];
    const first = await uploadDocuments(filer.browser, view.id, code(view), documents.slice(0, 10));
    expect(first.statusCode, first.body).toBe(201);
    const plusOne = await uploadDocuments(filer.browser, view.id, code(view), [...documents.slice(10, 18), buildPdfOfSize(rest + 1)]);
    expect(plusOne.statusCode).toBe(413);
    expect(plusOne.json().message.en).toMatch(/All attachments together \(including the photo\) must be 25 MB or smaller/);
    const full = await uploadDocuments(filer.browser, view.id, code(view), documents.slice(10));
    expect(full.statusCode, full.body).toBe(201);
    expect((full.json() as View).limits).toMatchObject({ usedFiles: 20, usedBytes: 25 * MiB });
    const twentyFirst = await uploadDocuments(filer.browser, view.id, code(view), [buildPdf()]);
    expect(twentyFirst.statusCode).toBe(413);
    expect(twentyFirst.json().message).toEqual({ ja: '21件目のファイル：添付できるファイルは20件までです。', en: 'File 21: You can attach at most 20 files.' });
    const replacedPhoto = await uploadPhoto(filer.browser, view.id, await facePhoto(720, 960));
    expect(replacedPhoto.statusCode).toBe(413);
    expect((await filer.browser.get(`/api/v1/applications/${view.id}`)).json().limits).toMatchObject({ usedFiles: 20, usedBytes: 25 * MiB });
  });
});
