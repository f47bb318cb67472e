import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { appForSuite } from '../../../../test/helpers/app.js';
import { testBackends } from '../../../../test/helpers/database.js';
import { usageApplicationFiles, usageApplications } from '../../db/schema.js';
import { TestBrowser, auditActions, signedInBrowser } from '../accounts/test-support.js';
import {
  PLEDGE, REQUEST_LETTER, approvedStaff, corporateNumber, documentParts, postMultipart, storedFileCount, usageApplicationCount, usageForm,
} from './test-support.js';

const WITH_DOCUMENTS = '/api/v1/usage-applications/with-documents';

describe.each(testBackends())('usage application documents (R-ORG-1) on %s', (backend) => {
  const t = appForSuite(backend);

  const supportForm = (tag: string) => usageForm(`${tag}-${backend}`, { type: 'SUPPORT', requestingOrganization: { name: '委託元A', corporateNumber: corporateNumber(41) } });
  const reviewer = (office = 'TOKYO') => signedInBrowser(t, { officerRole: 'USAGE_REVIEWER', office });

  async function fileSupport(tag: string): Promise<string> {
    const res = await postMultipart(new TestBrowser(t.app), WITH_DOCUMENTS, { form: JSON.stringify(supportForm(tag)) }, documentParts());
    expect(res.statusCode).toBe(201);
    return String(res.json().id);
  }

  it('R-ORG-1 a support organisation sends the request letter and pledge; only the reviewer downloads them, each view audited', async () => {
    const id = await fileSupport('docs');
    const links = await t.ctx.database.db.select().from(usageApplicationFiles).where(eq(usageApplicationFiles.usageApplicationId, id));
    expect(links.map((l) => l.kind).sort()).toEqual(['PLEDGE', 'REQUEST_LETTER']);

    const { browser } = await reviewer();
    const view = (await browser.get(`/api/v1/usage-applications/${id}`)).json();
    expect(view.documents.map((d: { kind: string; contentType: string }) => `${d.kind}:${d.contentType}`).sort()).toEqual(['PLEDGE:image/png', 'REQUEST_LETTER:application/pdf']);
    const letter = view.documents.find((d: { kind: string }) => d.kind === 'REQUEST_LETTER');
    const download = await browser.get(`/api/v1/usage-applications/${id}/files/${letter.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe('attachment; filename="request-letter.pdf"');
    expect(download.headers['cache-control']).toBe('no-store');
    expect(download.rawPayload.equals(REQUEST_LETTER)).toBe(true);
    const pledge = view.documents.find((d: { kind: string }) => d.kind === 'PLEDGE');
    expect((await browser.get(`/api/v1/usage-applications/${id}/files/${pledge.id}`)).rawPayload.equals(PLEDGE)).toBe(true);
    expect((await auditActions(t)).filter((a) => a.subjectId === id && a.action === 'usage-application.document-read' && a.outcome === 'SUCCESS')).toHaveLength(2);
    expect((await browser.get('/api/v1/usage-applications')).json().applications.find((a: { id: string }) => a.id === id).documents).toHaveLength(2);
  });

  it('R-ORG-1 anonymous, wrong-role, staff and other-bureau callers cannot download; another application\'s file is not found', async () => {
    const id = await fileSupport('guard');
    const other = await fileSupport('guard-other');
    const { browser } = await reviewer();
    const [file] = (await browser.get(`/api/v1/usage-applications/${id}`)).json().documents as { id: string }[];
    const url = `/api/v1/usage-applications/${id}/files/${file?.id ?? ''}`;
    expect((await new TestBrowser(t.app).get(url)).statusCode).toBe(401);
    expect((await (await signedInBrowser(t, { officerRole: 'EXAMINER' })).browser.get(url)).statusCode).toBe(403);
    expect((await (await approvedStaff(t, 'ACCEPTING', { corporateNumber: corporateNumber(4242) })).browser.get(url)).statusCode).toBe(403);
    const osaka = await (await reviewer('OSAKA')).browser.get(url);
    expect(osaka.statusCode).toBe(403);
    expect(osaka.json().message.en).toMatch(/jurisdiction/);
    expect((await auditActions(t)).some((a) => a.subjectId === id && a.action === 'usage-application.document-read' && a.outcome === 'DENIED')).toBe(true);
    expect((await browser.get(`/api/v1/usage-applications/${other}/files/${file?.id ?? ''}`)).statusCode).toBe(404);
    expect((await browser.get(`/api/v1/usage-applications/${id}/files/not-a-uuid`)).statusCode).toBe(400);
  });

  it('R-ORG-1 a missing pledge, a bad form or a file that is not PDF/JPEG/PNG is refused by field (ja/en) and nothing is kept', async () => {
    const filesBefore = await storedFileCount(t);
    const applicationsBefore = await usageApplicationCount(t);
    const anonymous = new TestBrowser(t.app);
    const [letter] = documentParts();
    const noPledge = await postMultipart(anonymous, WITH_DOCUMENTS, { form: JSON.stringify(supportForm('no-pledge')) }, letter ? [letter] : []);
    expect(noPledge.statusCode).toBe(400);
    expect(noPledge.json().fields).toEqual([{ path: 'pledge', message: { ja: '委託元の機関の誓約書を添付してください。', en: 'Attach the pledge of the requesting organisation.' } }]);

    const badForm = { ...supportForm('bad'), organization: { ...supportForm('bad').organization, corporateNumber: '1000012050002' } };
    const bad = await postMultipart(anonymous, WITH_DOCUMENTS, { form: JSON.stringify(badForm) }, letter ? [letter] : []);
    expect(bad.json().fields.map((f: { path: string }) => f.path).sort()).toEqual(['organization.corporateNumber', 'pledge']);
    expect((await postMultipart(anonymous, WITH_DOCUMENTS, { form: '{not json' })).json().fields[0].path).toBe('form');

    const text = await postMultipart(anonymous, WITH_DOCUMENTS, { form: JSON.stringify(supportForm('text')) }, [
      ...documentParts().slice(0, 1), { field: 'pledge', filename: 'pledge.pdf', contentType: 'application/pdf', content: Buffer.from('just text, not a PDF at all '.repeat(200)) },
    ]);
    expect(text.statusCode).toBe(415);
    expect(text.json().message.en).toMatch(/PDF, JPEG and PNG/);

    const json = await anonymous.post('/api/v1/usage-applications', supportForm('json'));
    expect(json.statusCode).toBe(400);
    expect(json.json().fields.map((f: { path: string }) => f.path)).toEqual(['requestLetter', 'pledge']);
    const accepting = await postMultipart(anonymous, WITH_DOCUMENTS, { form: JSON.stringify(usageForm(`accepting-${backend}`)) }, documentParts());
    expect(accepting.json().fields.map((f: { path: string }) => f.path).sort()).toEqual(['pledge', 'requestLetter']);
    expect(accepting.json().fields[0].message.en).toBe('No documents are attached to this application.');

    expect(await storedFileCount(t)).toBe(filesBefore);
    expect(await usageApplicationCount(t)).toBe(applicationsBefore);
    expect((await t.app.inject({ method: 'POST', url: WITH_DOCUMENTS, payload: {} })).statusCode).toBe(403); // no CSRF token
  });

  it('R-ORG-1 an accepting organisation may file through the same multipart route without documents', async () => {
    const res = await postMultipart(new TestBrowser(t.app), WITH_DOCUMENTS, { form: JSON.stringify(usageForm(`plain-${backend}`)) });
    expect(res.statusCode).toBe(201);
    const [row] = await t.ctx.database.db.select().from(usageApplications).where(eq(usageApplications.id, String(res.json().id)));
    expect(row).toMatchObject({ kind: 'NEW', status: 'PENDING', orgType: 'ACCEPTING' });
  });
});
