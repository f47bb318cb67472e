/**
 * The card client the browser uses, chosen by the server's configuration: the software card of development
 * (R-AUTH-3) or the real JPKI client with a card reader or phone (production). Both implement the same interface
 * (src/web/card/jpki-client.ts) and the server verifies both the same way.
 */
export const JPKI_CLIENT_KINDS = ['software-card', 'jpki-reader'] as const;
export type JpkiClientKind = (typeof JPKI_CLIENT_KINDS)[number];
