import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import type { Answers } from '../../../forms/types.js';
import { buildPdf } from '../../adapters/uploads/test-support/fixtures.js';
import { multipartBody, type PartSpec } from '../../adapters/uploads/test-support/multipart-body.js';
import type { TestBrowser } from '../accounts/test-support.js';

/** A face photo the server accepts (R-ATT-1): a 3:4 portrait JPEG of 360 × 480 with EXIF metadata to strip. */
export function facePhoto(width = 360, height = 480): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 210, b: 220 } } })
    .jpeg().withExif({ IFD0: { Copyright: 'test', ImageDescription: 'GPS here' } }).toBuffer();
}

export function multipart(browser: TestBrowser, method: 'PUT' | 'POST', url: string, parts: PartSpec[]) {
  const body = multipartBody(parts);
  return browser.request({ method, url, payload: body.stream(), headers: { 'content-type': body.contentType } });
}

export function uploadPhoto(browser: TestBrowser, id: string, content: Buffer) {
  return multipart(browser, 'PUT', `/api/v1/applications/${id}/photo`, [{ field: 'photo', filename: 'me.jpg', contentType: 'image/jpeg', content }]);
}

export function uploadDocuments(browser: TestBrowser, id: string, documentCode: string, files: Buffer[]) {
  return multipart(browser, 'POST', `/api/v1/applications/${id}/attachments`, [
    { field: 'documentCode', isField: true, content: Buffer.from(documentCode) },
    ...files.map((content, i) => ({ field: 'files', filename: `scan-${i}.pdf`, contentType: 'application/pdf', content })),
  ]);
}

interface ViewLike {
  id: string;
  revision: number;
  checklist: { code: string; requirement: string }[];
  receiptMethods: string[];
}

/**
 * A draft ready to submit: the answers, the photo, one small PDF per required checklist item and the first
 * receipt method offered. Fails the test with the server's answer when a step is refused.
 */
export async function completeDraft(browser: TestBrowser, answers: Answers, key: string = randomUUID()): Promise<ViewLike> {
  const created = await browser.post('/api/v1/applications', { idempotencyKey: `draft-${key}` });
  if (created.statusCode !== 201) throw new Error(`create: ${created.statusCode} ${created.body}`);
  const id = String(created.json().id);
  const saved = await browser.request({ method: 'PATCH', url: `/api/v1/applications/${id}/answers`, payload: { revision: 0, changes: answers } });
  if (saved.statusCode !== 200 || saved.json().errors.length > 0) throw new Error(`save: ${saved.statusCode} ${saved.body}`);
  const photo = await uploadPhoto(browser, id, await facePhoto());
  if (photo.statusCode !== 200) throw new Error(`photo: ${photo.statusCode} ${photo.body}`);
  const view = photo.json() as ViewLike;
  for (const item of view.checklist.filter((i) => i.requirement === 'REQUIRED')) {
    const res = await uploadDocuments(browser, id, item.code, [buildPdf()]);
    if (res.statusCode !== 201) throw new Error(`document ${item.code}: ${res.statusCode} ${res.body}`);
  }
  const method = view.receiptMethods[0];
  if (!method) throw new Error('no receipt method offered');
  const chosen = await browser.request({ method: 'PUT', url: `/api/v1/applications/${id}/receipt-method`, payload: { method } });
  if (chosen.statusCode !== 200) throw new Error(`receipt method: ${chosen.statusCode} ${chosen.body}`);
  return chosen.json() as ViewLike;
}

export function submit(browser: TestBrowser, id: string, key: string = randomUUID()) {
  return browser.post(`/api/v1/applications/${id}/submit`, { idempotencyKey: `submit-${key}` });
}
