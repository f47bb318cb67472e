import type { Config } from '../../config.js';
import type { ClosableFileStorage } from './file-storage.js';
import { LocalFileStorage } from './local-file-storage.js';
import { S3FileStorage } from './s3-file-storage.js';

/** The storage chosen by configuration: a local folder by default, an S3-compatible bucket when S3_BUCKET is set. */
export function createStorage(config: Pick<Config, 'storage'>): ClosableFileStorage {
  const storage = config.storage;
  switch (storage.kind) {
    case 'local':
      return new LocalFileStorage(storage.dir);
    case 's3':
      return new S3FileStorage(storage);
  }
}
