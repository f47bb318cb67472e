import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { FixedClock } from '../../../../domain/calendar/clock.js';
import type { Config } from '../../../config.js';
import type { DatabaseHandle } from '../../../db/client.js';
import { registerErrorHandler } from '../../../plugins/errors.js';
import { LocalFileStorage } from '../../storage/local-file-storage.js';
import { receiveUploads } from '../receive-uploads.js';
import { registerMultipart } from '../register-multipart.js';

export interface UploadTestApp {
  app: FastifyInstance;
  storage: LocalFileStorage;
  storageDir: string;
  close(): Promise<void>;
}

/**
 * A small Fastify app with the real error handler and one upload route, for the uploads tests (the main app
 * cannot gain routes once it is ready). `?existingFiles=&existingBytes=` stand for an application's earlier files.
 */
export async function buildUploadTestApp(database: DatabaseHandle, limits: Config['uploads']): Promise<UploadTestApp> {
  const storageDir = mkdtempSync(join(tmpdir(), 'zairyu-uploads-'));
  const storage = new LocalFileStorage(storageDir);
  const clock = new FixedClock(new Date('2026-11-23T01:00:00Z'));
  const app = Fastify({ logger: false });
  registerErrorHandler(app);
  await registerMultipart(app, { uploads: limits });
  app.post('/test/uploads', async (request) => {
    const query = request.query as { existingFiles?: string; existingBytes?: string };
    const existing = { files: Number(query.existingFiles ?? 0), bytes: Number(query.existingBytes ?? 0) };
    return receiveUploads(request, { db: database.db, storage, clock, limits }, { purpose: 'attachment', existing });
  });
  await app.ready();
  return {
    app, storage, storageDir,
    async close() {
      await app.close();
      rmSync(storageDir, { recursive: true, force: true });
    },
  };
}
