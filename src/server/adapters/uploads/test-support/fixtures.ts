import { deflateSync } from 'node:zlib';

/** Crafted files for the content checks: minimal but structurally real PDF, PNG and JPEG bytes. */

export interface PdfOptions {
  pages?: number;
  /** Extra entries for the catalog dictionary, e.g. "/OpenAction 9 0 R". */
  catalogExtra?: string;
  /** Extra objects (bodies without "n 0 obj"), numbered after the pages. */
  extraObjects?: string[];
  trailerExtra?: string;
  /** Lie in the page tree's /Count. */
  pagesCount?: number;
  /** Bytes of binary filler in a stream object, to reach a size. */
  fillerBytes?: number;
  /** Put the page objects in a Flate object stream (PDF 1.5), with an optional extra object inside it. */
  objectStream?: { extraInside?: string; filter?: string };
  header?: string;
  noEof?: boolean;
  noTrailer?: boolean;
}

export function buildPdf(options: PdfOptions = {}): Buffer {
  const pages = options.pages ?? 1;
  const firstPage = 3;
  const extra = options.extraObjects ?? [];
  const kids = Array.from({ length: pages }, (_, i) => `${firstPage + i} 0 R`).join(' ');
  const pageBody = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>';
  const objects: (string | Buffer)[] = [
    `<< /Type /Catalog /Pages 2 0 R ${options.catalogExtra ?? ''}>>`,
    `<< /Type /Pages /Kids [${kids}] /Count ${options.pagesCount ?? pages} >>`,
  ];
  let objStm: Buffer | undefined;
  if (options.objectStream) {
    const inside = [...Array.from({ length: pages }, () => pageBody), ...(options.objectStream.extraInside ? [options.objectStream.extraInside] : [])];
    let offsets = '';
    let content = '';
    inside.forEach((body, i) => {
      offsets += `${firstPage + i} ${content.length} `;
      content += `${body}\n`;
    });
    const filter = options.objectStream.filter ?? '/FlateDecode';
    const data = filter === '' ? Buffer.from(offsets + content) : deflateSync(Buffer.from(offsets + content));
    objStm = Buffer.concat([
      Buffer.from(`<< /Type /ObjStm /N ${inside.length} /First ${offsets.length} ${filter ? `/Filter ${filter}` : ''} /Length ${data.length} >>\nstream\n`),
      data,
      Buffer.from('\nendstream'),
    ]);
  } else {
    for (let i = 0; i < pages; i++) objects.push(pageBody);
  }
  objects.push(...extra);
  if (options.fillerBytes) {
    const filler = Buffer.alloc(options.fillerBytes);
    for (let i = 0; i < filler.length; i++) filler[i] = 0x80 + ((i * 7) % 0x7f);
    objects.push(Buffer.concat([Buffer.from(`<< /Length ${filler.length} >>\nstream\n`), filler, Buffer.from('\nendstream')]));
  }
  if (objStm) objects.push(objStm);

  const parts: Buffer[] = [Buffer.from(`${options.header ?? '%PDF-1.7'}\n%\xe2\xe3\xcf\xd3\n`, 'latin1')];
  let offset = parts[0]?.length ?? 0;
  const xref: number[] = [];
  objects.forEach((body, i) => {
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), typeof body === 'string' ? Buffer.from(body, 'latin1') : body, Buffer.from('\nendobj\n')]);
    xref.push(offset);
    parts.push(obj);
    offset += obj.length;
  });
  const table = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${xref.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  const trailer = options.noTrailer ? '' : `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${options.trailerExtra ?? ''}>>\n`;
  parts.push(Buffer.from(`${table}${trailer}startxref\n${offset}\n${options.noEof ? '' : '%%EOF\n'}`));
  return Buffer.concat(parts);
}

/** A PDF of exactly `size` bytes (the filler stream makes up the difference). */
export function buildPdfOfSize(size: number): Buffer {
  const base = buildPdf({ fillerBytes: 1 }).length - 1;
  // The /Length and xref offsets grow with the number of digits; converge in a few steps.
  let filler = size - base;
  for (let i = 0; i < 5; i++) {
    const length = buildPdf({ fillerBytes: filler }).length;
    if (length === size) break;
    filler += size - length;
  }
  const pdf = buildPdf({ fillerBytes: filler });
  if (pdf.length !== size) throw new Error(`could not build a PDF of ${size} bytes`);
  return pdf;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  return Buffer.concat([length, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]); // the check does not verify CRCs
}

export interface PngOptions {
  width?: number;
  height?: number;
  trailing?: Buffer;
  /** A private ancillary chunk of this many bytes, to reach a size. */
  paddingBytes?: number;
  text?: string;
}

export function buildPng(options: PngOptions = {}): Buffer {
  const width = options.width ?? 4;
  const height = options.height ?? 4;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const rows = Math.min(height, 16);
  const pixels = Buffer.alloc(rows * (Math.min(width, 16) + 1), 0x7f);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    ...(options.text ? [pngChunk('tEXt', Buffer.from(`Comment\0${options.text}`, 'latin1'))] : []),
    ...(options.paddingBytes ? [pngChunk('prVt', Buffer.alloc(options.paddingBytes, 0x81))] : []),
    pngChunk('IDAT', deflateSync(pixels)),
    pngChunk('IEND', Buffer.alloc(0)),
    options.trailing ?? Buffer.alloc(0),
  ]);
}

function segment(marker: number, payload: Buffer): Buffer {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}

export interface JpegOptions {
  width?: number;
  height?: number;
  trailing?: Buffer;
  /** An EXIF-like APP1 segment holding a thumbnail with its own SOI/EOI. */
  withThumbnail?: boolean;
  /** Entropy-coded bytes (stuffed 0xFF 0x00 and restart markers are added), to reach a size. */
  scanBytes?: number;
  comment?: string;
  progressive?: boolean;
  omitFrame?: boolean;
  omitEnd?: boolean;
}

export function buildJpeg(options: JpegOptions = {}): Buffer {
  const frame = Buffer.from([8, 0, 0, 0, 0, 1, 1, 0x11, 0]);
  frame.writeUInt16BE(options.height ?? 16, 1);
  frame.writeUInt16BE(options.width ?? 16, 3);
  const scan = Buffer.alloc(options.scanBytes ?? 64, 0x5a);
  if (scan.length > 8) {
    scan[2] = 0xff; scan[3] = 0x00; // a stuffed 0xFF data byte
    scan[6] = 0xff; scan[7] = 0xd0; // a restart marker
  }
  const thumbnail = Buffer.concat([Buffer.from('Exif\0\0'), Buffer.from([0xff, 0xd8, 0xff, 0xdb, 0, 3, 0, 0xff, 0xd9])]);
  const sos = segment(0xda, Buffer.from([1, 1, 0, 0, 0x3f, 0]));
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xe0, Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1')),
    ...(options.withThumbnail ? [segment(0xe1, thumbnail)] : []),
    ...(options.comment ? [segment(0xfe, Buffer.from(options.comment, 'latin1'))] : []),
    segment(0xdb, Buffer.alloc(65, 1)),
    ...(options.omitFrame ? [] : [segment(options.progressive ? 0xc2 : 0xc0, frame)]),
    segment(0xc4, Buffer.alloc(20, 0)),
    sos,
    scan,
    ...(options.progressive ? [segment(0xc4, Buffer.alloc(20, 0)), sos, scan] : []),
    options.omitEnd ? Buffer.alloc(0) : Buffer.from([0xff, 0xd9]),
    options.trailing ?? Buffer.alloc(0),
  ]);
}

/** A PNG of exactly `size` bytes (a private ancillary chunk makes up the difference). */
export function buildPngOfSize(size: number): Buffer {
  return buildPng({ paddingBytes: size - buildPng().length - 12 });
}

/** A JPEG of exactly `size` bytes (entropy-coded data makes up the difference). */
export function buildJpegOfSize(size: number): Buffer {
  return buildJpeg({ scanBytes: size - buildJpeg({ scanBytes: 0 }).length });
}
