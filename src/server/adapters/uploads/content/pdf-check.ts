import { inflateSync } from 'node:zlib';
import type { ContentCheck, ContentLimits, RefusalReason } from './limits.js';
import { PdfLexer, type PdfFacts, type StreamInfo } from './pdf-lexer.js';

const TAIL_BYTES = 1024;
/** Object streams are inflated to be inspected; their total inflated size per file is capped (bombs). */
const MAX_OBJECT_STREAM_BYTES = 8 * 1024 * 1024;

/**
 * PDF content check (R-ATT-2): refuses a missing header or trailer structure (malformed), /Encrypt (encrypted),
 * active content (/JavaScript, /JS, /Launch, /AA, /XFA, /RichMedia, embedded files; an /OpenAction that runs
 * script names /JavaScript or /JS and is caught by those) and more pages than allowed.
 *
 * The page count is a conservative scan, not a parse: it counts every dictionary typed /Page anywhere in the
 * file (object streams included, and pages left behind by incremental updates) and takes the larger of that and
 * the page tree's own /Count. It can over-count a file that was edited in place, but it cannot be talked into
 * under-counting by a forged /Count.
 */
export class PdfCheck implements ContentCheck {
  private readonly lexer: PdfLexer;
  private readonly inner: PdfFacts[] = [];
  private head = Buffer.alloc(0);
  private tail = Buffer.alloc(0);
  private objectStream: Buffer[] = [];
  private objectStreamBytes = 0;
  private inflatedBytes = 0;
  private isUnverifiable = false;

  constructor(private readonly limits: ContentLimits) {
    this.lexer = new PdfLexer((info, piece) => this.onStream(info, piece));
  }

  feed(chunk: Buffer): void {
    if (this.head.length < 8) this.head = Buffer.concat([this.head, chunk.subarray(0, 8)]).subarray(0, 8);
    this.tail = Buffer.concat([this.tail, chunk.subarray(-TAIL_BYTES)]).subarray(-TAIL_BYTES);
    this.lexer.feed(chunk);
  }

  finish(): RefusalReason | undefined {
    this.lexer.end();
    const facts = this.lexer.facts;
    const all = [facts, ...this.inner];
    if (!this.head.subarray(0, 5).equals(Buffer.from('%PDF-'))) return 'pdf-malformed';
    if (all.some((f) => f.hasEncrypt)) return 'pdf-encrypted';
    if (all.some((f) => f.activeContent.size > 0)) return 'pdf-scripted';
    if (this.isUnverifiable || this.lexer.isInsideStream || all.some((f) => f.tooDeep)) return 'pdf-malformed';
    const hasEof = this.tail.includes('%%EOF');
    const hasXref = (facts.hasXrefTable && facts.hasTrailer) || facts.hasXrefStream;
    if (!hasEof || !facts.hasStartxref || !hasXref) return 'pdf-malformed';
    const pages = Math.max(
      all.reduce((n, f) => n + f.pageObjects, 0),
      ...all.map((f) => f.pagesTreeCount),
    );
    if (pages === 0) return 'pdf-malformed';
    if (pages > this.limits.maxPdfPages) return 'pdf-too-many-pages';
    return undefined;
  }

  private onStream(info: StreamInfo, piece: Buffer | 'end'): void {
    if (info.type !== 'ObjStm' || this.isUnverifiable) return;
    if (piece !== 'end') {
      this.objectStreamBytes += piece.length;
      if (this.objectStreamBytes > MAX_OBJECT_STREAM_BYTES) this.isUnverifiable = true;
      else this.objectStream.push(piece);
      return;
    }
    const raw = Buffer.concat(this.objectStream);
    this.objectStream = [];
    this.objectStreamBytes = 0;
    const body = streamBody(raw);
    const content = this.decode(body, info.filters);
    if (!content) return;
    const lexer = new PdfLexer();
    lexer.feed(content);
    lexer.end();
    this.inner.push(lexer.facts);
  }

  /** Only unfiltered and Flate object streams can be read; anything else cannot be checked, so it is refused. */
  private decode(body: Buffer, filters: string[]): Buffer | undefined {
    if (filters.length === 0) return body;
    if (filters.length !== 1 || !['FlateDecode', 'Fl'].includes(filters[0] ?? '')) {
      this.isUnverifiable = true;
      return undefined;
    }
    try {
      const out = inflateSync(body, { maxOutputLength: MAX_OBJECT_STREAM_BYTES - this.inflatedBytes + 1 });
      this.inflatedBytes += out.length;
      if (this.inflatedBytes > MAX_OBJECT_STREAM_BYTES) throw new Error('object streams too large');
      return out;
    } catch {
      this.isUnverifiable = true;
      return undefined;
    }
  }
}

/** The bytes between "stream<EOL>" and "<EOL>endstream". */
function streamBody(raw: Buffer): Buffer {
  let start = 0;
  if (raw[0] === 0x0d) start += 1;
  if (raw[start] === 0x0a) start += 1;
  let end = raw.length - 'endstream'.length;
  if (raw[end - 1] === 0x0a) end -= 1;
  if (raw[end - 1] === 0x0d) end -= 1;
  return raw.subarray(start, Math.max(start, end));
}
