import { JpegCheck } from './jpeg-check.js';
import type { ContentCheck, ContentLimits, RefusalReason } from './limits.js';
import { MarkupScan } from './markup-scan.js';
import { PdfCheck } from './pdf-check.js';
import { PngCheck } from './png-check.js';

/** The only types accepted (R-ATT-2), as sniffed from the content by file-type. */
export const ACCEPTED_TYPES = { 'application/pdf': 'pdf', 'image/jpeg': 'jpeg', 'image/png': 'png' } as const;
export type AcceptedMime = keyof typeof ACCEPTED_TYPES;
export type AcceptedKind = (typeof ACCEPTED_TYPES)[AcceptedMime];

export function isAcceptedMime(mime: string | undefined): mime is AcceptedMime {
  return mime !== undefined && Object.hasOwn(ACCEPTED_TYPES, mime);
}

/** The structural check for the kind, plus the polyglot scan for markup that every kind gets. */
export function createContentCheck(kind: AcceptedKind, limits: ContentLimits): ContentCheck {
  const structure = structuralCheck(kind, limits);
  const markup = new MarkupScan();
  return {
    feed(chunk) {
      structure.feed(chunk);
      markup.feed(chunk);
    },
    finish(): RefusalReason | undefined {
      // Markup first: a PDF with HTML appended after %%EOF is a polyglot, not merely a damaged PDF.
      if (markup.hasMarkup) return 'polyglot';
      return structure.finish();
    },
  };
}

function structuralCheck(kind: AcceptedKind, limits: ContentLimits): ContentCheck {
  switch (kind) {
    case 'pdf':
      return new PdfCheck(limits);
    case 'jpeg':
      return new JpegCheck(limits);
    case 'png':
      return new PngCheck(limits);
  }
}
