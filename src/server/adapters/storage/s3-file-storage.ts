import {
  AbortMultipartUploadCommand, CompleteMultipartUploadCommand, CreateMultipartUploadCommand, DeleteObjectCommand,
  GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client, UploadPartCommand, type CompletedPart,
} from '@aws-sdk/client-s3';
import { Readable } from 'node:stream';
import { assertValidStorageKey, StorageNotFoundError, type ClosableFileStorage } from './file-storage.js';

export interface S3StorageOptions {
  bucket: string;
  endpoint?: string;
  region: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
  /** Objects larger than this go up as a multipart upload in parts of this size (S3's minimum part is 5 MiB). */
  partSizeBytes?: number;
}

const MIN_PART_BYTES = 5 * 1024 * 1024;
const DEFAULT_PART_BYTES = 8 * 1024 * 1024;

/**
 * An S3-compatible bucket. A stream is read one part at a time, so memory stays bounded by the part size:
 * an object that fits in one part is sent with PutObject and its known length, a larger one as a multipart
 * upload (aborted on any failure so no orphaned parts remain).
 */
export class S3FileStorage implements ClosableFileStorage {
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly partSize: number;

  constructor(options: S3StorageOptions) {
    this.bucket = options.bucket;
    this.partSize = Math.max(MIN_PART_BYTES, options.partSizeBytes ?? DEFAULT_PART_BYTES);
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle,
      credentials: options.accessKeyId && options.secretAccessKey ? { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey } : undefined,
      // Many S3-compatible stores do not accept the SDK's default CRC checksums; send them only where S3 requires them.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async put(key: string, body: Readable | Buffer, contentType: string): Promise<{ size: number }> {
    assertValidStorageKey(key);
    const parts = readParts(Buffer.isBuffer(body) ? Readable.from([body]) : body, this.partSize);
    const first = await parts.next();
    const firstPart = first.done ? Buffer.alloc(0) : first.value;
    const second = first.done ? first : await parts.next();
    if (second.done) {
      await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: firstPart, ContentLength: firstPart.length, ContentType: contentType }));
      return { size: firstPart.length };
    }
    return this.putMultipart(key, contentType, firstPart, second.value, parts);
  }

  async get(key: string): Promise<Readable> {
    assertValidStorageKey(key);
    try {
      const result = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (!(result.Body instanceof Readable)) throw new Error('S3 GetObject returned no readable body');
      return result.Body;
    } catch (error) {
      if (isNotFound(error)) throw new StorageNotFoundError();
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertValidStorageKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  async exists(key: string): Promise<boolean> {
    assertValidStorageKey(key);
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  async close(): Promise<void> {
    this.client.destroy();
  }

  private async putMultipart(key: string, contentType: string, first: Buffer, second: Buffer, rest: AsyncGenerator<Buffer>): Promise<{ size: number }> {
    const created = await this.client.send(new CreateMultipartUploadCommand({ Bucket: this.bucket, Key: key, ContentType: contentType }));
    const uploadId = created.UploadId;
    if (!uploadId) throw new Error('S3 CreateMultipartUpload returned no upload id');
    const completed: CompletedPart[] = [];
    let size = 0;
    try {
      const upload = async (part: Buffer) => {
        const partNumber = completed.length + 1;
        const result = await this.client.send(new UploadPartCommand({ Bucket: this.bucket, Key: key, UploadId: uploadId, PartNumber: partNumber, Body: part, ContentLength: part.length }));
        completed.push({ PartNumber: partNumber, ETag: result.ETag });
        size += part.length;
      };
      await upload(first);
      await upload(second);
      for await (const part of rest) await upload(part);
      await this.client.send(new CompleteMultipartUploadCommand({ Bucket: this.bucket, Key: key, UploadId: uploadId, MultipartUpload: { Parts: completed } }));
      return { size };
    } catch (error) {
      await this.client.send(new AbortMultipartUploadCommand({ Bucket: this.bucket, Key: key, UploadId: uploadId })).catch(() => undefined);
      throw error;
    }
  }
}

/** Yields buffers of at least `partSize` bytes (the last one may be smaller), holding at most one part in memory. */
async function* readParts(source: Readable, partSize: number): AsyncGenerator<Buffer> {
  let chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of source) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    chunks.push(buffer);
    length += buffer.length;
    if (length >= partSize) {
      yield Buffer.concat(chunks, length);
      chunks = [];
      length = 0;
    }
  }
  if (length > 0) yield Buffer.concat(chunks, length);
}

function isNotFound(error: unknown): boolean {
  const e = error as { name?: unknown; $metadata?: { httpStatusCode?: unknown } } | null;
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404;
}
