import type { ContentCheck, ContentLimits, RefusalReason } from './limits.js';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const MAX_CHUNK_LENGTH = 0x7fffffff;

type Phase = 'signature' | 'chunk-header' | 'chunk-data' | 'after-end' | 'broken';

/**
 * PNG content check (R-ATT-2): walks the chunk structure without decoding pixels. The dimensions come from
 * IHDR, so a decompression bomb (e.g. 50,000 × 50,000) is refused from its 33-byte header. Data after IEND
 * (an appended HTML page or archive: a polyglot) is refused; zero padding after IEND is tolerated.
 */
export class PngCheck implements ContentCheck {
  private phase: Phase = 'signature';
  private pending = Buffer.alloc(0);
  private chunkType = '';
  private remaining = 0;
  private chunkCount = 0;
  private width = 0;
  private height = 0;
  private sawEnd = false;
  private hasTrailingData = false;

  constructor(private readonly limits: ContentLimits) {}

  feed(chunk: Buffer): void {
    let data = chunk;
    while (data.length > 0 && this.phase !== 'broken') {
      switch (this.phase) {
        case 'signature':
          data = this.collect(data, 8, (bytes) => {
            this.phase = bytes.equals(SIGNATURE) ? 'chunk-header' : 'broken';
          });
          break;
        case 'chunk-header':
          data = this.collect(data, 8, (bytes) => this.startChunk(bytes));
          break;
        case 'chunk-data':
          data = this.chunkData(data);
          break;
        case 'after-end':
          if (data.some((b) => b !== 0)) this.hasTrailingData = true;
          data = Buffer.alloc(0);
          break;
        default:
          data = Buffer.alloc(0);
      }
    }
  }

  finish(): RefusalReason | undefined {
    if (this.width > 0 && this.height > 0 && this.width * this.height > this.limits.maxImagePixels) return 'image-too-many-pixels';
    if (this.phase === 'broken' || !this.sawEnd || this.width === 0 || this.height === 0) return 'image-malformed';
    if (this.hasTrailingData) return 'polyglot';
    return undefined;
  }

  private startChunk(header: Buffer): void {
    const length = header.readUInt32BE(0);
    const type = header.subarray(4, 8).toString('latin1');
    const isFirst = this.chunkCount === 0;
    this.chunkCount += 1;
    if (length > MAX_CHUNK_LENGTH || !/^[A-Za-z]{4}$/.test(type) || isFirst !== (type === 'IHDR') || (type === 'IHDR' && length !== 13)) {
      this.phase = 'broken';
      return;
    }
    this.chunkType = type;
    this.remaining = length + 4; // data and CRC
    this.phase = 'chunk-data';
  }

  private chunkData(data: Buffer): Buffer {
    if (this.chunkType === 'IHDR' && this.remaining === 17) {
      return this.collect(data, 8, (bytes) => {
        this.width = bytes.readUInt32BE(0);
        this.height = bytes.readUInt32BE(4);
        this.remaining -= 8;
        this.phase = 'chunk-data';
      });
    }
    const take = Math.min(this.remaining, data.length);
    this.remaining -= take;
    if (this.remaining === 0) {
      if (this.chunkType === 'IEND') {
        this.sawEnd = true;
        this.phase = 'after-end';
      } else {
        this.phase = 'chunk-header';
      }
    }
    return data.subarray(take);
  }

  /** Gathers `size` bytes across chunk boundaries, then hands them over. */
  private collect(data: Buffer, size: number, done: (bytes: Buffer) => void): Buffer {
    const need = size - this.pending.length;
    this.pending = Buffer.concat([this.pending, data.subarray(0, need)]);
    if (this.pending.length < size) return Buffer.alloc(0);
    const bytes = this.pending;
    this.pending = Buffer.alloc(0);
    done(bytes);
    return data.subarray(need);
  }
}
