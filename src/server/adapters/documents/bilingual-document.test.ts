import { describe, expect, it } from 'vitest';
import { runCheck } from '../uploads/content/limits.js';
import { PdfCheck } from '../uploads/content/pdf-check.js';
import { bilingualDate, renderBilingualDocument, type BilingualDocument } from './bilingual-document.js';
import { decodePng } from './test-support/png-decode.js';
import { firstPdfImage, hasPoppler, pdfFonts, pdfText, renderPage } from './test-support/poppler.js';
import { readQr } from './test-support/qr-read.js';

const payload = 'https://zairyu.example/verify/COE-2026-000123?c=8f3a2b';
const coe: BilingualDocument = {
  titleJa: '在留資格認定証明書', titleEn: 'Certificate of Eligibility',
  issuerJa: '出入国在留管理庁', issuerEn: 'Immigration Services Agency of Japan',
  documentNumber: 'COE-2026-000123',
  issuedAt: new Date('2026-11-23T01:00:00Z'),
  rows: [
    { labelJa: '氏名', labelEn: 'Name', value: 'NGUYEN VAN AN' },
    { labelJa: '国籍・地域', labelEn: 'Nationality / Region', value: 'ベトナム Viet Nam' },
    { labelJa: '在留資格', labelEn: 'Status of residence', value: '技術・人文知識・国際業務 Engineer / Specialist in Humanities / International Services' },
  ],
  notes: [{ ja: 'この証明書は発行日から3か月間有効です。', en: 'This certificate is valid for 3 months from the date of issue.' }],
  footerJa: 'この文書は在留オンラインにより電子的に発行されました。',
  footerEn: 'This document was issued electronically by Zairyu Online.',
  qr: { payload, captionJa: 'QRコードを読み取ると、この文書が有効か確認できます。', captionEn: 'Scan the QR code to check that this document is valid.' },
};

/** pdftotext may break a line where the layout wraps; compare without whitespace. */
const squash = (s: string) => s.replace(/\s+/g, '');

describe('bilingual PDF documents with Noto Sans JP (R-RES-4, DESIGN §3.8)', () => {
  it('is a complete PDF of tens of kilobytes (the font is subset, not embedded whole)', async () => {
    const pdf = await renderBilingualDocument(coe);
    expect(pdf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF');
    expect(pdf.length).toBeGreaterThan(5_000);
    expect(pdf.length).toBeLessThan(100_000);
    console.log(`[documents] bilingual one-page PDF with QR: ${(pdf.length / 1024).toFixed(1)} KiB`);
  });

  it('would itself pass the attachment checks: no script, not encrypted, well-formed (R-ATT-2)', async () => {
    const pdf = await renderBilingualDocument(coe);
    expect(runCheck(new PdfCheck({ maxPdfPages: 100, maxImagePixels: 40_000_000 }), pdf)).toBeUndefined();
  });

  it('renders the same bytes for the same input (stable for signing)', async () => {
    expect((await renderBilingualDocument(coe)).equals(await renderBilingualDocument(coe))).toBe(true);
  });

  it('formats the issue date as a JST calendar date in both languages', () => {
    expect(bilingualDate(new Date('2026-11-22T15:00:00Z'))).toEqual({ ja: '2026年11月23日', en: '23 November 2026' });
    expect(bilingualDate(new Date('2026-11-22T14:59:59Z'))).toEqual({ ja: '2026年11月22日', en: '22 November 2026' });
  });

  it.skipIf(!hasPoppler)('the text comes back in Japanese and English (pdftotext)', async () => {
    const text = squash(pdfText(await renderBilingualDocument(coe)));
    for (const s of [
      '在留資格認定証明書', 'CertificateofEligibility', '出入国在留管理庁', 'COE-2026-000123', '2026年11月23日', '23November2026',
      '氏名', 'Name', 'NGUYENVANAN', '国籍・地域', 'ベトナムVietNam', '技術・人文知識・国際業務', 'この証明書は発行日から3か月間有効です。',
      'Thiscertificateisvalidfor3monthsfromthedateofissue.', 'この文書は在留オンラインにより電子的に発行されました。', '1/1',
    ]) {
      expect(text).toContain(s);
    }
    expect(text.indexOf('在留資格認定証明書')).toBeLessThan(text.indexOf('CertificateofEligibility'));
  });

  it.skipIf(!hasPoppler)('embeds subsets of Noto Sans JP regular and bold', async () => {
    const fonts = pdfFonts(await renderBilingualDocument(coe));
    expect(fonts).toMatch(/[A-Z]{6}\+NotoSansJP-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    expect(fonts).toMatch(/[A-Z]{6}\+NotoSansJP-Bold\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });

  it.skipIf(!hasPoppler)('embeds the QR code, which reads back to the payload from the PDF itself', async () => {
    const image = decodePng(firstPdfImage(await renderBilingualDocument(coe)));
    expect(readQr(image)).toBe(payload);
  });

  it.skipIf(!hasPoppler)('the rendered page shows ink where the title and the QR code are (pdftoppm)', async () => {
    const page = decodePng(renderPage(await renderBilingualDocument(coe), 1, 50));
    expect(Math.abs(page.width - (595.28 / 72) * 50)).toBeLessThan(1);
    const inkIn = (x0: number, y0: number, x1: number, y1: number) => {
      let n = 0;
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if ((page.grey[y * page.width + x] ?? 255) < 128) n += 1;
      return n;
    };
    expect(inkIn(35, 55, 200, 80)).toBeGreaterThan(50); // 在留資格認定証明書
    expect(inkIn(0, 0, page.width, 30)).toBe(0); // top margin stays blank
  });

  it.skipIf(!hasPoppler)('flows long tables onto further pages with a numbered footer on each', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => ({ labelJa: `項目${i + 1}`, labelEn: `Item ${i + 1}`, value: `値 value ${i + 1}` }));
    const pdf = await renderBilingualDocument({ ...coe, rows });
    const pages = Number(/\/Type \/Pages\s*\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1] ?? 0);
    expect(pages).toBeGreaterThanOrEqual(3);
    for (let p = 1; p <= pages; p++) {
      const text = squash(pdfText(pdf, p));
      expect(text).toContain(`${p}/${pages}`);
      expect(text).toContain('ThisdocumentwasissuedelectronicallybyZairyuOnline.');
    }
    const all = squash(pdfText(pdf));
    for (const s of ['項目60', 'Item60', '値value60']) expect(all).toContain(s);
  });
});
