import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { fileTypeFromBuffer } from 'file-type';
import { ACCEPTED_TYPES, createContentCheck, isAcceptedMime, type AcceptedMime } from './content/content-check.js';
import type { ContentCheck } from './content/limits.js';
import { UploadRefusedError, type UploadLimits } from './refusals.js';

/** file-type's recommended sample: enough to recognise every format it knows. */
const SNIFF_BYTES = 4100;

export interface GateResult {
  mime: AcceptedMime;
  size: number;
  sha256: string;
}

/**
 * Sits between the multipart file stream and storage. Memory stays bounded: only the first 4,100 bytes are held
 * (to sniff the type by content), everything else passes straight through while the gate counts bytes against the
 * per-file and total limits, hashes, and feeds the content check. Any refusal errors the stream, which fails the
 * storage write.
 */
export class UploadGate extends Transform {
  /** Settles once the type is sniffed from the head: storage needs the content type before the first byte. */
  readonly detected: Promise<AcceptedMime>;
  private resolveDetected: (mime: AcceptedMime) => void = () => undefined;
  private rejectDetected: (error: Error) => void = () => undefined;
  private head: Buffer[] = [];
  private headBytes = 0;
  private size = 0;
  private mime: AcceptedMime | undefined;
  private check: ContentCheck | undefined;
  private readonly hash = createHash('sha256');
  private digest: string | undefined;

  constructor(
    private readonly fileNumber: number,
    private readonly limits: UploadLimits,
    /** Bytes of earlier files counted against the total (this request and the application's earlier uploads). */
    private readonly bytesBefore: number,
  ) {
    super();
    this.detected = new Promise((resolve, reject) => {
      this.resolveDetected = resolve;
      this.rejectDetected = reject;
    });
    // Errors are reported through `detected` and the storage write that consumes this stream.
    this.detected.catch(() => undefined);
    this.on('error', () => undefined);
  }

  get result(): GateResult | undefined {
    if (!this.mime || this.digest === undefined) return undefined;
    return { mime: this.mime, size: this.size, sha256: this.digest };
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.limits.maxFileBytes) return this.refuse('file-too-large', callback);
    if (this.bytesBefore + this.size > this.limits.maxTotalBytes) return this.refuse('total-too-large', callback);
    this.hash.update(chunk);
    if (this.check) {
      this.check.feed(chunk);
      return callback(null, chunk);
    }
    this.head.push(chunk);
    this.headBytes += chunk.length;
    if (this.headBytes < SNIFF_BYTES) return callback();
    this.sniff().then(() => callback(), (error: Error) => this.fail(error, callback));
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.rejectDetected(error ?? new Error('upload stream closed before its type was known'));
    callback(error);
  }

  override _flush(callback: TransformCallback): void {
    if (this.size === 0) return this.refuse('empty-file', callback);
    const finishCheck = () => {
      const verdict = this.check?.finish();
      if (verdict) return this.refuse(verdict, callback);
      this.digest = this.hash.digest('hex');
      callback();
    };
    if (this.check) return finishCheck();
    this.sniff().then(finishCheck, (error: Error) => this.fail(error, callback));
  }

  private async sniff(): Promise<void> {
    const head = Buffer.concat(this.head);
    this.head = [];
    const mime = (await fileTypeFromBuffer(head))?.mime;
    if (!isAcceptedMime(mime)) throw new UploadRefusedError(this.fileNumber, 'unsupported-type', this.limits);
    this.mime = mime;
    this.check = createContentCheck(ACCEPTED_TYPES[mime], this.limits);
    this.check.feed(head);
    this.resolveDetected(mime);
    this.push(head);
  }

  private refuse(reason: ConstructorParameters<typeof UploadRefusedError>[1], callback: TransformCallback): void {
    this.fail(new UploadRefusedError(this.fileNumber, reason, this.limits), callback);
  }

  private fail(error: Error, callback: TransformCallback): void {
    this.rejectDetected(error);
    callback(error);
  }
}
