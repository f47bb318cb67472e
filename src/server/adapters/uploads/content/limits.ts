/** Why a file is refused; each reason has a bilingual message in ../refusals.ts. */
export type RefusalReason =
  | 'too-many-files'
  | 'file-too-large'
  | 'total-too-large'
  | 'empty-file'
  | 'unsupported-type'
  | 'pdf-malformed'
  | 'pdf-encrypted'
  | 'pdf-scripted'
  | 'pdf-too-many-pages'
  | 'image-malformed'
  | 'image-too-many-pixels'
  | 'polyglot'
  | 'malware-found'
  | 'scan-unavailable';

/** The content limits of SPEC R-ATT-2 (config.uploads). */
export interface ContentLimits {
  maxPdfPages: number;
  maxImagePixels: number;
}

/** A check fed a file chunk by chunk; `finish` gives the verdict (undefined: accepted). */
export interface ContentCheck {
  feed(chunk: Buffer): void;
  finish(): RefusalReason | undefined;
}

/** Runs a check over a whole buffer, optionally in pieces of `chunkSize` bytes (tests split at every boundary). */
export function runCheck(check: ContentCheck, bytes: Buffer, chunkSize = bytes.length || 1): RefusalReason | undefined {
  for (let i = 0; i < bytes.length; i += chunkSize) check.feed(bytes.subarray(i, i + chunkSize));
  return check.finish();
}
