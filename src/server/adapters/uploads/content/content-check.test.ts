import fc from 'fast-check';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { buildJpeg, buildPdf, buildPng } from '../test-support/fixtures.js';
import { createContentCheck, type AcceptedKind } from './content-check.js';
import { runCheck, type ContentLimits, type RefusalReason } from './limits.js';

const limits: ContentLimits = { maxPdfPages: 100, maxImagePixels: 40_000_000 };
const check = (kind: AcceptedKind, bytes: Buffer, chunkSize?: number) => runCheck(createContentCheck(kind, limits), bytes, chunkSize);
const html = Buffer.from('<html><body><script>alert(1)</script></body></html>');

interface Row {
  name: string;
  kind: AcceptedKind;
  bytes: Buffer;
  expected: RefusalReason | undefined;
}

const pdfRows: Row[] = [
  { name: 'a one-page PDF', kind: 'pdf', bytes: buildPdf(), expected: undefined },
  { name: 'exactly 100 pages', kind: 'pdf', bytes: buildPdf({ pages: 100 }), expected: undefined },
  { name: '101 pages', kind: 'pdf', bytes: buildPdf({ pages: 101 }), expected: 'pdf-too-many-pages' },
  { name: '101 pages behind a page tree that claims /Count 1', kind: 'pdf', bytes: buildPdf({ pages: 101, pagesCount: 1 }), expected: 'pdf-too-many-pages' },
  { name: 'a page tree /Count of 500', kind: 'pdf', bytes: buildPdf({ pagesCount: 500 }), expected: 'pdf-too-many-pages' },
  { name: '101 pages hidden in a Flate object stream', kind: 'pdf', bytes: buildPdf({ pages: 101, pagesCount: 1, objectStream: {} }), expected: 'pdf-too-many-pages' },
  { name: 'pages in an object stream (PDF 1.5)', kind: 'pdf', bytes: buildPdf({ pages: 3, objectStream: {} }), expected: undefined },
  { name: 'pages in an uncompressed object stream', kind: 'pdf', bytes: buildPdf({ pages: 3, objectStream: { filter: '' } }), expected: undefined },
  { name: 'encrypted (/Encrypt in the trailer)', kind: 'pdf', bytes: buildPdf({ trailerExtra: '/Encrypt 9 0 R /ID [<01> <01>]' }), expected: 'pdf-encrypted' },
  { name: '/OpenAction running /JavaScript', kind: 'pdf', bytes: buildPdf({ catalogExtra: '/OpenAction << /S /JavaScript /JS (app.alert(1)) >>' }), expected: 'pdf-scripted' },
  { name: '/JS in an indirect action', kind: 'pdf', bytes: buildPdf({ catalogExtra: '/OpenAction 9 0 R', extraObjects: ['<< /S /JavaScript /JS 10 0 R >>'] }), expected: 'pdf-scripted' },
  { name: 'a name spelled with #xx escapes (/J#61vaScript)', kind: 'pdf', bytes: buildPdf({ catalogExtra: '/Names << /J#61vaScript 9 0 R >>' }), expected: 'pdf-scripted' },
  { name: '/Launch action', kind: 'pdf', bytes: buildPdf({ extraObjects: ['<< /S /Launch /F (cmd.exe) >>'] }), expected: 'pdf-scripted' },
  { name: '/AA additional actions', kind: 'pdf', bytes: buildPdf({ extraObjects: ['<< /Type /Annot /AA << /E 9 0 R >> >>'] }), expected: 'pdf-scripted' },
  { name: 'an embedded file', kind: 'pdf', bytes: buildPdf({ extraObjects: ['<< /Type /EmbeddedFile /Length 0 >>'] }), expected: 'pdf-scripted' },
  { name: 'JavaScript hidden in a Flate object stream', kind: 'pdf', bytes: buildPdf({ objectStream: { extraInside: '<< /S /JavaScript /JS (x) >>' } }), expected: 'pdf-scripted' },
  { name: 'a plain /OpenAction to a page view', kind: 'pdf', bytes: buildPdf({ catalogExtra: '/OpenAction [3 0 R /Fit]' }), expected: undefined },
  { name: '"/JS" inside a string is not a name', kind: 'pdf', bytes: buildPdf({ extraObjects: ['<< /Title (about /JS and /Launch) >>'] }), expected: undefined },
  { name: 'an object stream with an unreadable filter', kind: 'pdf', bytes: buildPdf({ objectStream: { filter: '/LZWDecode' } }), expected: 'pdf-malformed' },
  { name: 'no %PDF- header', kind: 'pdf', bytes: buildPdf({ header: '%PFD-1.7' }), expected: 'pdf-malformed' },
  { name: 'no %%EOF', kind: 'pdf', bytes: buildPdf({ noEof: true }), expected: 'pdf-malformed' },
  { name: 'no trailer', kind: 'pdf', bytes: buildPdf({ noTrailer: true }), expected: 'pdf-malformed' },
  { name: 'truncated in the middle', kind: 'pdf', bytes: buildPdf({ pages: 5 }).subarray(0, 300), expected: 'pdf-malformed' },
  { name: 'truncated inside a stream', kind: 'pdf', bytes: buildPdf({ fillerBytes: 4000 }).subarray(0, 2000), expected: 'pdf-malformed' },
  { name: 'HTML appended after %%EOF (polyglot)', kind: 'pdf', bytes: Buffer.concat([buildPdf(), html]), expected: 'polyglot' },
  { name: 'a script tag inside the PDF (polyglot)', kind: 'pdf', bytes: buildPdf({ extraObjects: ['<< /Note (<SCRIPT src=x>) >>'] }), expected: 'polyglot' },
];

const pngRows: Row[] = [
  { name: 'a 4 × 4 PNG', kind: 'png', bytes: buildPng(), expected: undefined },
  { name: 'exactly 40 megapixels', kind: 'png', bytes: buildPng({ width: 8000, height: 5000 }), expected: undefined },
  { name: '40 megapixels + 1 row', kind: 'png', bytes: buildPng({ width: 8000, height: 5001 }), expected: 'image-too-many-pixels' },
  { name: 'a 50,000 × 50,000 bomb (header only, never decoded)', kind: 'png', bytes: buildPng({ width: 50_000, height: 50_000 }).subarray(0, 33), expected: 'image-too-many-pixels' },
  { name: 'HTML appended after IEND (polyglot)', kind: 'png', bytes: buildPng({ trailing: html }), expected: 'polyglot' },
  { name: 'any data after IEND', kind: 'png', bytes: buildPng({ trailing: Buffer.from('PK\x03\x04zip') }), expected: 'polyglot' },
  { name: 'zero padding after IEND', kind: 'png', bytes: buildPng({ trailing: Buffer.alloc(16) }), expected: undefined },
  { name: 'HTML in a text chunk (polyglot)', kind: 'png', bytes: buildPng({ text: '<html><script>x</script>' }), expected: 'polyglot' },
  { name: 'no IEND (truncated)', kind: 'png', bytes: buildPng().subarray(0, -12), expected: 'image-malformed' },
  { name: 'zero width', kind: 'png', bytes: buildPng({ width: 0 }), expected: 'image-malformed' },
  { name: 'IHDR not first', kind: 'png', bytes: Buffer.concat([buildPng().subarray(0, 8), buildPng().subarray(33)]), expected: 'image-malformed' },
  { name: 'a bad signature', kind: 'png', bytes: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), buildPng().subarray(8)]), expected: 'image-malformed' },
];

const jpegRows: Row[] = [
  { name: 'a baseline JPEG', kind: 'jpeg', bytes: buildJpeg(), expected: undefined },
  { name: 'a progressive JPEG with two scans', kind: 'jpeg', bytes: buildJpeg({ progressive: true }), expected: undefined },
  { name: 'an EXIF thumbnail with its own end marker', kind: 'jpeg', bytes: buildJpeg({ withThumbnail: true }), expected: undefined },
  { name: 'exactly 40 megapixels', kind: 'jpeg', bytes: buildJpeg({ width: 8000, height: 5000 }), expected: undefined },
  { name: '65,535 × 65,535 (bomb)', kind: 'jpeg', bytes: buildJpeg({ width: 65_535, height: 65_535 }), expected: 'image-too-many-pixels' },
  { name: 'HTML appended after EOI (polyglot)', kind: 'jpeg', bytes: buildJpeg({ trailing: html }), expected: 'polyglot' },
  { name: 'any data after EOI', kind: 'jpeg', bytes: buildJpeg({ trailing: Buffer.from('extra') }), expected: 'polyglot' },
  { name: 'zero padding after EOI', kind: 'jpeg', bytes: buildJpeg({ trailing: Buffer.alloc(8) }), expected: undefined },
  { name: 'a script in a comment segment (polyglot)', kind: 'jpeg', bytes: buildJpeg({ comment: '<script>alert(1)</script>' }), expected: 'polyglot' },
  { name: 'no frame header', kind: 'jpeg', bytes: buildJpeg({ omitFrame: true }), expected: 'image-malformed' },
  { name: 'no end marker (truncated)', kind: 'jpeg', bytes: buildJpeg({ omitEnd: true }), expected: 'image-malformed' },
  { name: 'garbage where a marker belongs', kind: 'jpeg', bytes: Buffer.concat([Buffer.from([0xff, 0xd8, 0x00]), buildJpeg().subarray(2)]), expected: 'image-malformed' },
];

describe('R-ATT-2 content checks over crafted bytes', () => {
  it.each([...pdfRows, ...pngRows, ...jpegRows])('$kind: $name → $expected', ({ kind, bytes, expected }) => {
    expect(check(kind, bytes)).toBe(expected);
  });

  it.each([...pdfRows, ...pngRows, ...jpegRows])('$kind: $name gives the same verdict fed one byte at a time', ({ kind, bytes, expected }) => {
    if (bytes.length > 20_000) return;
    expect(check(kind, bytes, 1)).toBe(expected);
  });

  it('the verdict never depends on where the chunks are cut (property)', () => {
    const samples = [...pdfRows, ...pngRows, ...jpegRows].filter((r) => r.bytes.length < 20_000);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: samples.length - 1 }), fc.integer({ min: 1, max: 700 }), (index, size) => {
        const row = samples[index];
        if (!row) return;
        expect(check(row.kind, row.bytes, size)).toBe(row.expected);
      }),
      { numRuns: 300 },
    );
  });

  it('a real PNG (the QR code renderer\'s) passes', async () => {
    const png = await QRCode.toBuffer('https://zairyu.example/verify/ABC', { type: 'png' });
    expect(check('png', png)).toBeUndefined();
  });

  it('the page limit comes from configuration', () => {
    expect(runCheck(createContentCheck('pdf', { ...limits, maxPdfPages: 2 }), buildPdf({ pages: 3 }))).toBe('pdf-too-many-pages');
    expect(runCheck(createContentCheck('png', { ...limits, maxImagePixels: 15 }), buildPng())).toBe('image-too-many-pixels');
  });
});
