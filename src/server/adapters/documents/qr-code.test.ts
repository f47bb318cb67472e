import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrPng } from './qr-code.js';
import { decodePng } from './test-support/png-decode.js';
import { readQr } from './test-support/qr-read.js';

describe('QR codes for issued documents (R-RES-4, R-PLUS-1)', () => {
  it.each([
    ['a verification URL', 'https://zairyu.example/verify/COE-2026-000123?c=8f3a2b'],
    ['digits only', '202611230001'],
    ['upper-case alphanumerics', 'COE-2026-000123 ABC'],
    ['Japanese text (UTF-8 bytes)', '在留資格認定証明書 COE-2026-000123'],
    ['a signed payload large enough for several blocks', `zo1.${'A1b2C3d4'.repeat(40)}`],
  ])('%s round-trips: PNG pixels → modules → text', async (_name, payload) => {
    const png = await qrPng(payload);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(readQr(decodePng(png))).toBe(payload);
  });

  it('the reader is not circular: it disagrees when the image is of another payload', async () => {
    expect(readQr(decodePng(await qrPng('https://zairyu.example/a')))).not.toBe('https://zairyu.example/b');
  });

  it('uses error correction M by default and H on request, with the payload in qrcode\'s own segments', async () => {
    const m = QRCode.create('COE-1', { errorCorrectionLevel: 'M' });
    expect(m.segments.map((s) => String(s.data)).join('')).toBe('COE-1');
    const h = decodePng(await qrPng('COE-1', { errorCorrectionLevel: 'H' }));
    expect(readQr(h)).toBe('COE-1');
  });
});
