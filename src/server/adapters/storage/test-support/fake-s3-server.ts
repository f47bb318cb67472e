import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  bodyBytes: number;
}

interface StoredObject {
  body: Buffer;
  contentType: string;
  etag: string;
}

/**
 * A minimal S3 protocol peer for tests: path-style PUT/GET/HEAD/DELETE object and the multipart upload calls,
 * on loopback. It records every request so tests can check what the SDK actually sent.
 */
export class FakeS3Server {
  readonly requests: RecordedRequest[] = [];
  readonly objects = new Map<string, StoredObject>();
  private readonly uploads = new Map<string, Map<number, Buffer>>();
  /** Set to make the next requests fail with a 500 (an S3 outage). */
  failNext = 0;
  private server: Server | undefined;

  constructor(readonly bucket: string) {}

  async start(): Promise<string> {
    const server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
    });
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const body = await readBody(req);
    const method = req.method ?? 'GET';
    this.requests.push({ method, path: url.pathname, query: url.searchParams, headers: req.headers, bodyBytes: body.length });
    if (this.failNext > 0) {
      this.failNext -= 1;
      return sendXml(res, 500, '<Error><Code>InternalError</Code><Message>injected failure</Message></Error>');
    }
    const prefix = `/${this.bucket}/`;
    if (!url.pathname.startsWith(prefix)) return sendXml(res, 404, '<Error><Code>NoSuchBucket</Code></Error>');
    const key = decodeURIComponent(url.pathname.slice(prefix.length));
    const q = url.searchParams;
    if (method === 'POST' && q.has('uploads')) return this.createUpload(res, key);
    if (method === 'PUT' && q.has('uploadId')) return this.uploadPart(res, q, body);
    if (method === 'POST' && q.has('uploadId')) return this.completeUpload(res, key, q, body);
    if (method === 'DELETE' && q.has('uploadId')) {
      this.uploads.delete(q.get('uploadId') ?? '');
      return end(res, 204);
    }
    switch (method) {
      case 'PUT': {
        const etag = `"${createHash('md5').update(body).digest('hex')}"`;
        this.objects.set(key, { body, contentType: req.headers['content-type'] ?? 'application/octet-stream', etag });
        res.setHeader('ETag', etag);
        return end(res, 200);
      }
      case 'GET':
      case 'HEAD': {
        const object = this.objects.get(key);
        if (!object) return method === 'HEAD' ? end(res, 404) : sendXml(res, 404, `<Error><Code>NoSuchKey</Code><Key>${key}</Key></Error>`);
        res.writeHead(200, { 'Content-Type': object.contentType, 'Content-Length': object.body.length, ETag: object.etag });
        res.end(method === 'GET' ? object.body : undefined);
        return;
      }
      case 'DELETE':
        this.objects.delete(key);
        return end(res, 204);
      default:
        return sendXml(res, 405, '<Error><Code>MethodNotAllowed</Code></Error>');
    }
  }

  private createUpload(res: ServerResponse, key: string): void {
    const uploadId = randomUUID();
    this.uploads.set(uploadId, new Map());
    sendXml(res, 200, `<InitiateMultipartUploadResult><Bucket>${this.bucket}</Bucket><Key>${key}</Key><UploadId>${uploadId}</UploadId></InitiateMultipartUploadResult>`);
  }

  private uploadPart(res: ServerResponse, q: URLSearchParams, body: Buffer): void {
    const parts = this.uploads.get(q.get('uploadId') ?? '');
    if (!parts) return sendXml(res, 404, '<Error><Code>NoSuchUpload</Code></Error>');
    parts.set(Number(q.get('partNumber')), body);
    res.setHeader('ETag', `"${createHash('md5').update(body).digest('hex')}"`);
    end(res, 200);
  }

  private completeUpload(res: ServerResponse, key: string, q: URLSearchParams, body: Buffer): void {
    const uploadId = q.get('uploadId') ?? '';
    const parts = this.uploads.get(uploadId);
    if (!parts) return sendXml(res, 404, '<Error><Code>NoSuchUpload</Code></Error>');
    const numbers = [...body.toString('utf8').matchAll(/<PartNumber>(\d+)<\/PartNumber>/g)].map((m) => Number(m[1]));
    const buffers = numbers.map((n) => parts.get(n) ?? Buffer.alloc(0));
    const object = Buffer.concat(buffers);
    const etag = `"${createHash('md5').update(object).digest('hex')}-${numbers.length}"`;
    this.objects.set(key, { body: object, contentType: 'application/octet-stream', etag });
    this.uploads.delete(uploadId);
    sendXml(res, 200, `<CompleteMultipartUploadResult><Bucket>${this.bucket}</Bucket><Key>${key}</Key><ETag>${etag}</ETag></CompleteMultipartUploadResult>`);
  }

  get openUploads(): number {
    return this.uploads.size;
  }
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function sendXml(res: ServerResponse, status: number, xml: string): void {
  res.writeHead(status, { 'Content-Type': 'application/xml' });
  res.end(`<?xml version="1.0" encoding="UTF-8"?>\n${xml}`);
}

function end(res: ServerResponse, status: number): void {
  res.statusCode = status;
  res.end();
}
