import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';

export interface PartSpec {
  field?: string;
  /** The name the client claims; the server must never use it. */
  filename?: string;
  /** The type the client claims; the server must judge by content instead. */
  contentType?: string;
  content: Buffer;
  /** Plain form field instead of a file. */
  isField?: boolean;
}

const CHUNK = 64 * 1024;

/**
 * A multipart/form-data body produced lazily, 64 KiB at a time, so a test can send 25 MiB without holding it:
 * the same content buffer may be reused by every part.
 */
export function multipartBody(parts: PartSpec[]): { boundary: string; contentType: string; length: number; stream: () => Readable; buffer: () => Buffer } {
  const boundary = `----zairyu${randomBytes(8).toString('hex')}`;
  const heads = parts.map((p) => {
    const disposition = p.isField
      ? `form-data; name="${p.field ?? 'field'}"`
      : `form-data; name="${p.field ?? 'file'}"; filename="${p.filename ?? 'document.pdf'}"`;
    const type = p.isField ? '' : `Content-Type: ${p.contentType ?? 'application/octet-stream'}\r\n`;
    return Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${type}\r\n`);
  });
  const crlf = Buffer.from('\r\n');
  const closing = Buffer.from(`--${boundary}--\r\n`);
  const length = heads.reduce((n, h, i) => n + h.length + (parts[i]?.content.length ?? 0) + 2, 0) + closing.length;
  function* generate(): Generator<Buffer> {
    for (let i = 0; i < parts.length; i++) {
      yield heads[i] ?? Buffer.alloc(0);
      const content = parts[i]?.content ?? Buffer.alloc(0);
      for (let at = 0; at < content.length; at += CHUNK) yield content.subarray(at, at + CHUNK);
      yield crlf;
    }
    yield closing;
  }
  return {
    boundary,
    contentType: `multipart/form-data; boundary=${boundary}`,
    length,
    stream: () => Readable.from(generate(), { objectMode: false }),
    buffer: () => Buffer.concat([...generate()]),
  };
}
