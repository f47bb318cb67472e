import type { JpkiClientKind } from '../../domain/jpki/index.js';
import { webCardStorage, type CardStorage } from './card-storage.js';
import type { JpkiClient } from './jpki-client.js';
import { JpkiReaderClient } from './jpki-reader-client.js';
import { SoftwareCard } from './software-card.js';

export * from './card-storage.js';
export * from './jpki-client.js';
export { JpkiReaderClient } from './jpki-reader-client.js';
export { SoftwareCard, type SoftwareCardOptions } from './software-card.js';

/** The card client the server's configuration asks for. */
export function createJpkiClient(kind: JpkiClientKind, storage: CardStorage = webCardStorage()): JpkiClient {
  return kind === 'software-card' ? new SoftwareCard({ storage }) : new JpkiReaderClient();
}
