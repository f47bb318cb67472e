import PDFDocument from 'pdfkit';
import { FONT, fontData } from './fonts.js';

export interface PdfMeta {
  title: string;
  subject?: string;
  /** The Keywords entry: machine-readable data a checker reads back without OCR (e.g. a signed payload). */
  keywords?: string;
  /** Stamped as the creation date; with it fixed, the same input renders the same bytes. */
  createdAt: Date;
  /** The document's main language (BCP 47); Japanese by default (DESIGN §3.8). */
  lang?: string;
}

export type PdfDocument = PDFKit.PDFDocument;

/**
 * Renders an A4 PDF with Noto Sans JP registered (regular and bold) and selected, and returns its bytes.
 * Pages are buffered so that `draw` can go back and stamp footers with page numbers.
 */
export async function renderPdf(meta: PdfMeta, draw: (doc: PdfDocument) => void | Promise<void>): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    bufferPages: true,
    pdfVersion: '1.7',
    lang: meta.lang ?? 'ja-JP',
    displayTitle: true,
    // pdfkit hashes every info entry into the file ID, so an undefined entry must be left out, not set.
    info: { Title: meta.title, ...(meta.subject ? { Subject: meta.subject } : {}), ...(meta.keywords ? { Keywords: meta.keywords } : {}), Creator: 'Zairyu Online', Producer: 'Zairyu Online', CreationDate: meta.createdAt },
  });
  const fonts = fontData();
  doc.registerFont(FONT.regular, fonts.regular);
  doc.registerFont(FONT.bold, fonts.bold);
  doc.font(FONT.regular);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  await draw(doc);
  doc.end();
  return done;
}
