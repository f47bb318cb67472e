import type { JpkiClient } from './jpki-client.js';
import { JpkiClientError } from './jpki-client.js';

/**
 * The real JPKI client adapter (a My Number card in a reader, or the smartphone JPKI app). Production provides it
 * behind the JpkiClient interface; a real card keeps its keys and retry counters in hardware. No reader exists in
 * this environment, so every call refuses with CARD_READER_NOT_AVAILABLE ("not available in this environment").
 */
export class JpkiReaderClient implements JpkiClient {
  readonly kind = 'jpki-reader' as const;

  private unavailable(): Promise<never> {
    return Promise.reject(new JpkiClientError('CARD_READER_NOT_AVAILABLE'));
  }

  listCards = () => this.unavailable();
  getStatus = () => this.unavailable();
  readAuthenticationCertificate = () => this.unavailable();
  signWithAuthenticationKey = () => this.unavailable();
  signWithSignatureKey = () => this.unavailable();
}
