import { jstDateOf } from '../../../domain/calendar/jst.js';
import { FONT } from './fonts.js';
import { qrPng } from './qr-code.js';
import { renderPdf, type PdfDocument } from './render-pdf.js';

export interface BilingualRow {
  labelJa: string;
  labelEn: string;
  value: string;
}

export interface BilingualDocument {
  titleJa: string;
  titleEn: string;
  issuerJa?: string;
  issuerEn?: string;
  documentNumber?: string;
  issuedAt: Date;
  rows: BilingualRow[];
  /** Paragraphs under the table, each in Japanese then English. */
  notes?: { ja: string; en: string }[];
  footerJa: string;
  footerEn: string;
  qr?: { payload: string; captionJa: string; captionEn: string };
  /** PDF metadata (Keywords) for machine reading, e.g. the signed payload of the QR code (R-PLUS-1). */
  keywords?: string;
}

const GREY = '#555555';
const RULE = '#999999';
const LABEL_WIDTH = 180;
const QR_SIZE = 100;
const FOOTER_SPACE = 48;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A JST calendar date in both languages: 2026年11月23日 and 23 November 2026. */
export function bilingualDate(instant: Date): { ja: string; en: string } {
  const [y, m, d] = jstDateOf(instant).split('-').map(Number) as [number, number, number];
  return { ja: `${y}年${m}月${d}日`, en: `${d} ${MONTHS[m - 1] ?? ''} ${y}` };
}

/**
 * The house layout for issued documents (DESIGN §3.8, R-RES-4): the title in Japanese then English, the number
 * and issue date, labelled rows (label in both languages), notes, a QR code to verify, and on every page a
 * footer with the page number.
 */
export async function renderBilingualDocument(input: BilingualDocument): Promise<Buffer> {
  const qr = input.qr ? await qrPng(input.qr.payload) : undefined;
  return renderPdf({ title: `${input.titleJa} / ${input.titleEn}`, createdAt: input.issuedAt, ...(input.keywords ? { keywords: input.keywords } : {}) }, (doc) => {
    drawHeader(doc, input);
    for (const row of input.rows) drawRow(doc, row);
    for (const note of input.notes ?? []) drawNote(doc, note);
    if (qr && input.qr) drawQr(doc, qr, input.qr);
    drawFooters(doc, input);
  });
}

function contentWidth(doc: PdfDocument): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

function bottomLimit(doc: PdfDocument): number {
  return doc.page.height - doc.page.margins.bottom - FOOTER_SPACE;
}

/** Starts a new page when the next block would run into the footer. */
function ensureSpace(doc: PdfDocument, height: number): void {
  if (doc.y + height > bottomLimit(doc)) doc.addPage();
}

function drawHeader(doc: PdfDocument, input: BilingualDocument): void {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  if (input.issuerJa || input.issuerEn) {
    doc.font(FONT.regular).fontSize(9).fillColor(GREY).text([input.issuerJa, input.issuerEn].filter(Boolean).join(' / '), left, doc.y, { width });
    doc.moveDown(0.5);
  }
  doc.font(FONT.bold).fontSize(20).fillColor('black').text(input.titleJa, left, doc.y, { width });
  doc.font(FONT.regular).fontSize(12).fillColor(GREY).text(input.titleEn, left, doc.y, { width });
  doc.moveDown(0.6);
  const date = bilingualDate(input.issuedAt);
  doc.fontSize(9).fillColor('black');
  if (input.documentNumber) doc.text(`文書番号 Document No.  ${input.documentNumber}`, left, doc.y, { width, align: 'right' });
  doc.text(`発行日 Issued  ${date.ja}（${date.en}）`, left, doc.y, { width, align: 'right' });
  doc.moveDown(0.6);
  doc.moveTo(left, doc.y).lineTo(left + width, doc.y).lineWidth(1).strokeColor('black').stroke();
  doc.moveDown(0.4);
}

function drawRow(doc: PdfDocument, row: BilingualRow): void {
  const left = doc.page.margins.left;
  const valueWidth = contentWidth(doc) - LABEL_WIDTH - 12;
  const labelHeight = doc.font(FONT.bold).fontSize(10).heightOfString(row.labelJa, { width: LABEL_WIDTH })
    + doc.font(FONT.regular).fontSize(8).heightOfString(row.labelEn, { width: LABEL_WIDTH });
  const valueHeight = doc.font(FONT.regular).fontSize(11).heightOfString(row.value, { width: valueWidth });
  const height = Math.max(labelHeight, valueHeight) + 10;
  ensureSpace(doc, height);
  const top = doc.y + 5;
  doc.font(FONT.bold).fontSize(10).fillColor('black').text(row.labelJa, left, top, { width: LABEL_WIDTH });
  doc.font(FONT.regular).fontSize(8).fillColor(GREY).text(row.labelEn, left, doc.y, { width: LABEL_WIDTH });
  doc.font(FONT.regular).fontSize(11).fillColor('black').text(row.value, left + LABEL_WIDTH + 12, top, { width: valueWidth });
  const bottom = top + height - 5;
  doc.moveTo(left, bottom).lineTo(left + contentWidth(doc), bottom).lineWidth(0.5).strokeColor(RULE).stroke();
  doc.x = left;
  doc.y = bottom;
}

function drawNote(doc: PdfDocument, note: { ja: string; en: string }): void {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const height = doc.fontSize(10).heightOfString(note.ja, { width }) + doc.fontSize(9).heightOfString(note.en, { width }) + 16;
  ensureSpace(doc, height);
  doc.moveDown(0.8);
  doc.font(FONT.regular).fontSize(10).fillColor('black').text(note.ja, left, doc.y, { width });
  doc.fontSize(9).fillColor(GREY).text(note.en, left, doc.y, { width });
}

function drawQr(doc: PdfDocument, png: Buffer, qr: NonNullable<BilingualDocument['qr']>): void {
  const left = doc.page.margins.left;
  ensureSpace(doc, QR_SIZE + 24);
  const top = doc.y + 16;
  doc.image(png, left, top, { width: QR_SIZE, height: QR_SIZE });
  const textLeft = left + QR_SIZE + 16;
  const width = contentWidth(doc) - QR_SIZE - 16;
  doc.font(FONT.regular).fontSize(10).fillColor('black').text(qr.captionJa, textLeft, top + 8, { width });
  doc.fontSize(9).fillColor(GREY).text(qr.captionEn, textLeft, doc.y + 2, { width });
  doc.x = left;
  doc.y = top + QR_SIZE;
}

function drawFooters(doc: PdfDocument, input: BilingualDocument): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const left = doc.page.margins.left;
    const width = contentWidth(doc);
    const bottomMargin = doc.page.margins.bottom;
    // Writing below the bottom margin would make pdfkit open a new page; lift the margin while stamping.
    doc.page.margins.bottom = 0;
    const y = doc.page.height - bottomMargin - 24;
    doc.moveTo(left, y - 6).lineTo(left + width, y - 6).lineWidth(0.5).strokeColor(RULE).stroke();
    doc.font(FONT.regular).fontSize(8).fillColor(GREY);
    doc.text(input.footerJa, left, y, { width: width - 60 });
    doc.text(input.footerEn, left, doc.y, { width: width - 60 });
    doc.text(`${i - range.start + 1} / ${range.count}`, left + width - 60, y, { width: 60, align: 'right' });
    doc.page.margins.bottom = bottomMargin;
  }
}
