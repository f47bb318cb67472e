import type { ContentCheck, ContentLimits, RefusalReason } from './limits.js';

type Phase = 'start' | 'marker' | 'length' | 'segment' | 'entropy' | 'after-end' | 'broken';

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;

/** Start-of-frame markers (baseline, progressive, lossless, arithmetic); not DHT (C4), JPG (C8) or DAC (CC). */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

/** Markers that stand alone, without a length: TEM and the restart markers. */
function isStandalone(marker: number): boolean {
  return marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);
}

/**
 * JPEG content check (R-ATT-2): walks the marker segments without decoding. The dimensions come from the SOF
 * segment (so a decompression bomb is refused from its header); segments are skipped by length, so an EXIF
 * thumbnail's own end marker is not mistaken for the image's. Data after EOI (a polyglot) is refused; zero
 * padding after EOI is tolerated.
 */
export class JpegCheck implements ContentCheck {
  private phase: Phase = 'start';
  private startBytes = 0;
  private marker = 0;
  private lengthBytes: number[] = [];
  private remaining = 0;
  private frameHeader: number[] = [];
  private afterFF = false;
  private width = 0;
  private height = 0;
  private sawFrame = false;
  private sawEnd = false;
  private hasTrailingData = false;

  constructor(private readonly limits: ContentLimits) {}

  feed(chunk: Buffer): void {
    for (let i = 0; i < chunk.length && this.phase !== 'broken'; i++) {
      const b = chunk[i] as number;
      switch (this.phase) {
        case 'segment': {
          const take = this.segmentBytes(chunk, i);
          i += take - 1;
          break;
        }
        case 'after-end':
          if (b !== 0) this.hasTrailingData = true;
          break;
        default:
          this.step(b);
      }
    }
  }

  finish(): RefusalReason | undefined {
    if (this.width > 0 && this.height > 0 && this.width * this.height > this.limits.maxImagePixels) return 'image-too-many-pixels';
    if (this.phase === 'broken' || !this.sawEnd || !this.sawFrame || this.width === 0 || this.height === 0) return 'image-malformed';
    if (this.hasTrailingData) return 'polyglot';
    return undefined;
  }

  private step(b: number): void {
    switch (this.phase) {
      case 'start':
        this.startBytes += 1;
        if ((this.startBytes === 1 && b !== 0xff) || (this.startBytes === 2 && b !== SOI)) this.phase = 'broken';
        else if (this.startBytes === 2) this.phase = 'marker';
        return;
      case 'marker':
        return this.markerByte(b);
      case 'length':
        this.lengthBytes.push(b);
        if (this.lengthBytes.length === 2) this.startSegment();
        return;
      case 'entropy':
        return this.entropyByte(b);
      default:
    }
  }

  private markerByte(b: number): void {
    if (!this.afterFF) {
      if (b === 0xff) this.afterFF = true;
      else this.phase = 'broken';
      return;
    }
    if (b === 0xff) return; // fill bytes
    this.afterFF = false;
    this.onMarker(b);
  }

  private entropyByte(b: number): void {
    if (!this.afterFF) {
      if (b === 0xff) this.afterFF = true;
      return;
    }
    if (b === 0xff) return;
    this.afterFF = false;
    if (b === 0x00 || isStandalone(b)) return; // stuffed byte or restart marker: still scan data
    this.onMarker(b);
  }

  private onMarker(marker: number): void {
    if (marker === EOI) {
      this.sawEnd = true;
      this.phase = 'after-end';
    } else if (marker === SOI || marker === 0x00) {
      this.phase = 'broken';
    } else if (isStandalone(marker)) {
      this.phase = 'marker';
    } else {
      this.marker = marker;
      this.lengthBytes = [];
      this.phase = 'length';
    }
  }

  private startSegment(): void {
    const length = ((this.lengthBytes[0] ?? 0) << 8) | (this.lengthBytes[1] ?? 0);
    if (length < 2) {
      this.phase = 'broken';
      return;
    }
    this.remaining = length - 2;
    this.frameHeader = [];
    this.phase = this.remaining > 0 ? 'segment' : this.nextPhase();
  }

  private segmentBytes(chunk: Buffer, from: number): number {
    const take = Math.min(this.remaining, chunk.length - from);
    if (isStartOfFrame(this.marker) && this.frameHeader.length < 5) {
      for (const b of chunk.subarray(from, from + Math.min(take, 5 - this.frameHeader.length))) this.frameHeader.push(b);
      if (this.frameHeader.length === 5) this.readFrameHeader();
    }
    this.remaining -= take;
    if (this.remaining === 0) {
      if (isStartOfFrame(this.marker) && this.frameHeader.length < 5) this.phase = 'broken';
      else this.phase = this.nextPhase();
    }
    return take;
  }

  private readFrameHeader(): void {
    const [, h1 = 0, h2 = 0, w1 = 0, w2 = 0] = this.frameHeader;
    this.sawFrame = true;
    // A second frame header (e.g. a JPEG pretending to be two images) keeps the largest size.
    this.height = Math.max(this.height, (h1 << 8) | h2);
    this.width = Math.max(this.width, (w1 << 8) | w2);
  }

  private nextPhase(): Phase {
    return this.marker === SOS ? 'entropy' : 'marker';
  }
}
