import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { testConfig } from '../../config.js';
import { AppError } from '../../errors.js';
import { buildJpeg, buildPng } from '../uploads/test-support/fixtures.js';
import { checkFacePhoto } from './check-face-photo.js';
import type { PhotoRefusalReason } from './photo-refusals.js';

const limits = testConfig().uploads;
const RED = { r: 220, g: 20, b: 20 };
const BLUE = { r: 20, g: 20, b: 220 };

/** A solid image of the size, encoded by sharp. */
function image(width: number, height: number, format: 'jpeg' | 'png' | 'webp' | 'gif' | 'tiff' = 'jpeg'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: BLUE } }).toFormat(format).toBuffer();
}

/** Inserts a JPEG comment (COM) segment right after the start-of-image marker. */
function withJpegComment(jpeg: Buffer, text: string): Buffer {
  const body = Buffer.from(text, 'latin1');
  const header = Buffer.from([0xff, 0xfe, (body.length + 2) >> 8, (body.length + 2) & 0xff]);
  return Buffer.concat([jpeg.subarray(0, 2), header, body, jpeg.subarray(2)]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Inserts a tEXt chunk right after IHDR (8 bytes of signature + 25 of IHDR). */
function withPngText(png: Buffer, keyword: string, text: string): Buffer {
  return Buffer.concat([png.subarray(0, 33), pngChunk('tEXt', Buffer.from(`${keyword}\0${text}`, 'latin1')), png.subarray(33)]);
}

/** PNG chunks, so a test can cut the image data short and still end with a valid IEND. */
function pngWithHalfTheImageData(png: Buffer): Buffer {
  const out: Buffer[] = [png.subarray(0, 8)];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.subarray(at + 4, at + 8);
    let data = png.subarray(at + 8, at + 8 + length);
    if (type.toString('latin1') === 'IDAT') data = data.subarray(0, Math.floor(data.length / 2));
    out.push(pngChunk(type.toString('latin1'), data));
    at += 12 + length;
  }
  return Buffer.concat(out);
}

async function refusal(bytes: Buffer, overrides: Partial<typeof limits> = {}): Promise<{ reason: PhotoRefusalReason; ja: string; en: string }> {
  const error: unknown = await checkFacePhoto(bytes, { ...limits, ...overrides }).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected a refusal, got ${String(error)}`);
  expect(error.code).toBe('PHOTO_REFUSED');
  expect(error.userMessage.ja).toMatch(/^顔写真：/);
  expect(error.userMessage.en).toMatch(/^Face photo: /);
  return { reason: error.extra?.reason as PhotoRefusalReason, ...error.userMessage };
}

describe('R-ATT-1 face photo: accepted photos come back as a fresh JPEG', () => {
  it('accepts a JPEG of exactly 354 × 472 and a larger PNG, and returns a JPEG of the same size', async () => {
    const fromJpeg = await checkFacePhoto(await image(354, 472), limits);
    expect(fromJpeg).toMatchObject({ width: 354, height: 472 });
    const fromPng = await checkFacePhoto(await image(600, 800, 'png'), limits);
    expect(fromPng).toMatchObject({ width: 600, height: 800 });
    for (const { jpeg, width, height } of [fromJpeg, fromPng]) {
      const meta = await sharp(jpeg).metadata();
      expect({ format: meta.format, width: meta.width, height: meta.height }).toEqual({ format: 'jpeg', width, height });
    }
  });

  it('flattens a transparent PNG onto white', async () => {
    const png = await sharp({ create: { width: 354, height: 472, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
    const { jpeg } = await checkFacePhoto(png, limits);
    const { data } = await sharp(jpeg).raw().toBuffer({ resolveWithObject: true });
    expect([...data.subarray(0, 3)].every((v) => v > 245)).toBe(true);
  });

  it('turns the photo upright from its EXIF orientation, then removes EXIF, GPS, ICC, XMP and comments', async () => {
    // Stored sideways (472 wide × 354 high) with the left half red; orientation 6 means "rotate 90° clockwise".
    const sideways = await sharp({ create: { width: 472, height: 354, channels: 3, background: BLUE } })
      .composite([{ input: { create: { width: 236, height: 354, channels: 3, background: RED } }, left: 0, top: 0 }])
      .jpeg()
      .withIccProfile('p3')
      .withExif({
        IFD0: { Make: 'PhoneMaker', ImageDescription: 'applicant at home' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '35/1 41/1 2200/100', GPSLongitudeRef: 'E', GPSLongitude: '139/1 41/1 3000/100' },
      })
      .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" dc:creator="Jane Doe"/></rdf:RDF></x:xmpmeta>')
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const input = withJpegComment(sideways, 'taken by Jane Doe');
    const before = await sharp(input).metadata();
    expect(before.orientation).toBe(6);
    expect(before.exif?.includes(Buffer.from('PhoneMaker'))).toBe(true);
    expect(before.exif?.length).toBeGreaterThan(100); // the GPS directory is in there too
    expect(before.icc).toBeDefined();
    expect(before.xmp).toBeDefined();
    expect(input.includes(Buffer.from([0xff, 0xfe, 0x00, 0x13]))).toBe(true); // libvips does not list JPEG comments

    const { jpeg, width, height } = await checkFacePhoto(input, limits);
    expect({ width, height }).toEqual({ width: 354, height: 472 });
    const after = await sharp(jpeg).metadata();
    expect({ orientation: after.orientation, exif: after.exif, icc: after.icc, xmp: after.xmp, iptc: after.iptc, comments: after.comments }).toEqual({
      orientation: undefined, exif: undefined, icc: undefined, xmp: undefined, iptc: undefined, comments: undefined,
    });
    for (const marker of ['Exif', 'ICC_PROFILE', 'http://ns.adobe.com', 'PhoneMaker', 'Jane', 'GPS']) {
      expect(jpeg.includes(Buffer.from(marker)), marker).toBe(false);
    }
    expect(jpeg.includes(Buffer.from([0xff, 0xfe])), 'no comment segment').toBe(false);
    // The red left half is now the top half.
    const { data, info } = await sharp(jpeg).raw().toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)];
    expect(pixel(177, 60)[0]).toBeGreaterThan(180);
    expect(pixel(177, 410)[2]).toBeGreaterThan(180);
  });

  it('removes a PNG\'s text chunks and EXIF', async () => {
    const png = await sharp({ create: { width: 354, height: 472, channels: 3, background: BLUE } }).png().withExif({ IFD0: { Artist: 'Jane Doe' } }).toBuffer();
    const input = withPngText(png, 'Comment', 'taken by Jane Doe at home');
    const before = await sharp(input).metadata();
    expect(before.comments).toEqual([{ keyword: 'Comment', text: 'taken by Jane Doe at home' }]);
    expect(before.exif).toBeDefined();
    const { jpeg } = await checkFacePhoto(input, limits);
    const after = await sharp(jpeg).metadata();
    expect({ exif: after.exif, comments: after.comments, xmp: after.xmp, icc: after.icc }).toEqual({ exif: undefined, comments: undefined, xmp: undefined, icc: undefined });
    expect(jpeg.includes(Buffer.from('Jane'))).toBe(false);
  });

  it('judges the proportion on the upright photo: a sideways-stored portrait passes, a landscape does not', async () => {
    const landscape = await image(800, 600);
    expect((await refusal(landscape)).reason).toBe('wrong-proportion');
    const tagged = await sharp(landscape).withMetadata({ orientation: 8 }).jpeg().toBuffer();
    expect((await sharp(tagged).metadata()).orientation).toBe(8);
    expect(await checkFacePhoto(tagged, limits)).toMatchObject({ width: 600, height: 800 });
  });
});

describe('R-ATT-1 face photo: the 3:4 proportion ±5 % and the minimum size', () => {
  it.each([
    { width: 787, height: 1000, ok: true },
    { width: 713, height: 1000, ok: true },
    { width: 788, height: 1000, ok: false },
    { width: 712, height: 1000, ok: false },
    { width: 500, height: 500, ok: false },
  ])('$width × $height (width ÷ height against 0.75 ± 5 %) → accepted: $ok', async ({ width, height, ok }) => {
    const bytes = await image(width, height);
    if (ok) expect(await checkFacePhoto(bytes, limits)).toMatchObject({ width, height });
    else expect(await refusal(bytes)).toMatchObject({ reason: 'wrong-proportion', ja: expect.stringContaining('横3：縦4'), en: expect.stringContaining(`${width} × ${height} pixels`) });
  });

  it.each([
    { width: 353, height: 472 },
    { width: 354, height: 471 },
    { width: 300, height: 400 },
  ])('refuses $width × $height as too small, naming the size and the minimum', async ({ width, height }) => {
    const r = await refusal(await image(width, height));
    expect(r).toMatchObject({ reason: 'too-small' });
    expect(r.ja).toContain(`幅${width}×高さ${height}ピクセル`);
    expect(r.ja).toContain('幅354ピクセル以上、高さ472ピクセル以上');
    expect(r.en).toContain('at least 354 pixels wide and 472 pixels high');
  });
});

describe('R-ATT-1 face photo: other formats, bombs, damage and hidden content are refused with the reason', () => {
  it.each(['webp', 'gif', 'tiff'] as const)('refuses %s (by content) as not JPEG or PNG', async (format) => {
    const r = await refusal(await image(354, 472, format));
    expect(r).toMatchObject({ reason: 'not-jpeg-or-png', ja: expect.stringContaining('JPEGまたはPNG'), en: expect.stringContaining('JPEG or PNG') });
  });

  it('refuses a PDF, HTML and an empty file', async () => {
    expect((await refusal(Buffer.from('%PDF-1.7\n%%EOF\n'))).reason).toBe('not-jpeg-or-png');
    expect((await refusal(Buffer.from('<!doctype html><img src=x onerror=alert(1)>'))).reason).toBe('not-jpeg-or-png');
    expect((await refusal(Buffer.alloc(0))).reason).toBe('empty-file');
  });

  it('refuses a decompression bomb from its header, before decoding (50,000 × 50,000 PNG, 65,535 × 65,535 JPEG)', async () => {
    const png = buildPng({ width: 50_000, height: 50_000 }).subarray(0, 33);
    const pngRefusal = await refusal(Buffer.concat([png, buildPng().subarray(33)]));
    expect(pngRefusal).toMatchObject({ reason: 'image-too-many-pixels', en: expect.stringContaining('at most 40 megapixels') });
    expect((await refusal(buildJpeg({ width: 65_535, height: 65_535 }))).reason).toBe('image-too-many-pixels');
  });

  it('decodes with the configured pixel limit', async () => {
    const bytes = await image(354, 472);
    expect((await refusal(bytes, { maxImagePixels: 354 * 472 - 1 })).reason).toBe('image-too-many-pixels');
    expect(await checkFacePhoto(bytes, { ...limits, maxImagePixels: 354 * 472 })).toMatchObject({ width: 354 });
  });

  it('refuses truncated images, with and without a forged end marker', async () => {
    const jpeg = await sharp({ create: { width: 354, height: 472, channels: 3, background: BLUE, noise: { type: 'gaussian', mean: 128, sigma: 40 } } }).jpeg().toBuffer();
    const cut = jpeg.subarray(0, Math.floor(jpeg.length * 0.6));
    expect((await refusal(cut)).reason).toBe('image-malformed');
    expect((await refusal(Buffer.concat([cut, Buffer.from([0xff, 0xd9])]))).reason).toBe('image-malformed');
    const png = await sharp({ create: { width: 354, height: 472, channels: 3, background: BLUE, noise: { type: 'gaussian', mean: 128, sigma: 40 } } }).png().toBuffer();
    expect((await refusal(png.subarray(0, png.length - 100))).reason).toBe('image-malformed');
    const halfData = await refusal(pngWithHalfTheImageData(png));
    expect(halfData).toMatchObject({ reason: 'image-malformed', ja: expect.stringContaining('壊れています'), en: expect.stringContaining('damaged') });
  });

  it('refuses a photo with HTML appended (polyglot) and one larger than the per-file limit', async () => {
    const jpeg = await image(354, 472);
    expect((await refusal(Buffer.concat([jpeg, Buffer.from('<html><script>alert(1)</script>')]))).reason).toBe('polyglot');
    expect((await refusal(jpeg, { maxFileBytes: jpeg.length - 1 })).reason).toBe('file-too-large');
  });
});
