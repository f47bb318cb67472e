import type { Bilingual } from '../../../domain/validation/field-errors.js';
import type { Config } from '../../config.js';
import { AppError, type ErrorCode } from '../../errors.js';
import type { RefusalReason } from './content/limits.js';

export type UploadLimits = Config['uploads'];

const megabytes = (bytes: number) => String(Math.round((bytes / (1024 * 1024)) * 10) / 10);
const megapixels = (pixels: number) => String(Math.round(pixels / 100_000) / 10);

const REASONS: Record<RefusalReason, { code: ErrorCode; text: (l: UploadLimits) => Bilingual }> = {
  'too-many-files': {
    code: 'PAYLOAD_TOO_LARGE',
    text: (l) => ({ ja: `添付できるファイルは${l.maxFiles}件までです。`, en: `You can attach at most ${l.maxFiles} files.` }),
  },
  'file-too-large': {
    code: 'PAYLOAD_TOO_LARGE',
    text: (l) => ({ ja: `1ファイルの大きさは${megabytes(l.maxFileBytes)}MBまでです。`, en: `Each file must be ${megabytes(l.maxFileBytes)} MB or smaller.` }),
  },
  'total-too-large': {
    code: 'PAYLOAD_TOO_LARGE',
    text: (l) => ({
      ja: `添付ファイルの合計（顔写真を含む）は${megabytes(l.maxTotalBytes)}MBまでです。`,
      en: `All attachments together (including the photo) must be ${megabytes(l.maxTotalBytes)} MB or smaller.`,
    }),
  },
  'empty-file': { code: 'UNPROCESSABLE', text: () => ({ ja: 'ファイルが空です。', en: 'The file is empty.' }) },
  'unsupported-type': {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    text: () => ({
      ja: 'PDF、JPEG、PNGのファイルのみ添付できます（ファイル名ではなく中身で判定します）。',
      en: 'Only PDF, JPEG and PNG files are accepted (judged by the content, not the file name).',
    }),
  },
  'pdf-malformed': {
    code: 'UNPROCESSABLE',
    text: () => ({
      ja: 'PDFが壊れているか、確認できない形式です。PDFとして保存し直してから添付してください。',
      en: 'The PDF is damaged or in a form that cannot be checked. Save it again as a PDF and attach it again.',
    }),
  },
  'pdf-encrypted': {
    code: 'UNPROCESSABLE',
    text: () => ({
      ja: 'パスワードで保護（暗号化）されたPDFは添付できません。保護を解除して保存し直してください。',
      en: 'Password-protected (encrypted) PDFs cannot be accepted. Remove the protection and save it again.',
    }),
  },
  'pdf-scripted': {
    code: 'UNPROCESSABLE',
    text: () => ({
      ja: 'スクリプト、自動実行の動作または埋め込みファイルを含むPDFは添付できません。印刷機能で新しいPDFに保存し直してください。',
      en: 'PDFs with scripts, automatic actions or embedded files cannot be accepted. Print it to a new PDF and attach that.',
    }),
  },
  'pdf-too-many-pages': {
    code: 'UNPROCESSABLE',
    text: (l) => ({ ja: `PDFは${l.maxPdfPages}ページまでです。ファイルを分けて添付してください。`, en: `A PDF may have at most ${l.maxPdfPages} pages. Split it into several files.` }),
  },
  'image-malformed': {
    code: 'UNPROCESSABLE',
    text: () => ({ ja: '画像ファイルが壊れています。保存し直してから添付してください。', en: 'The image is damaged. Save it again and attach it again.' }),
  },
  'image-too-many-pixels': {
    code: 'UNPROCESSABLE',
    text: (l) => ({
      ja: `画像の画素数が多すぎます（${megapixels(l.maxImagePixels)}メガピクセルまで）。縮小してから添付してください。`,
      en: `The image has too many pixels (at most ${megapixels(l.maxImagePixels)} megapixels). Reduce its size and attach it again.`,
    }),
  },
  polyglot: {
    code: 'UNPROCESSABLE',
    text: () => ({
      ja: 'ファイルの中に別の形式のデータ（HTMLやスクリプトなど）が含まれているため添付できません。画像またはPDFとして保存し直してください。',
      en: 'The file also contains data of another kind (such as HTML or script) and cannot be accepted. Save it again as an image or PDF.',
    }),
  },
  'malware-found': {
    code: 'UNPROCESSABLE',
    text: () => ({
      ja: 'ウイルスなどの不正なプログラムが見つかったため、受け付けられません。ファイルを確認してください。',
      en: 'Malware was found in the file, so it cannot be accepted. Check the file.',
    }),
  },
  'scan-unavailable': {
    code: 'UNAVAILABLE',
    text: () => ({
      ja: 'ウイルス検査を行えないため、今は受け付けられません。しばらくしてからもう一度お試しください。',
      en: 'The file cannot be checked for viruses right now, so it was not accepted. Please try again later.',
    }),
  },
};

/** The reason's sentence alone, without the file number (the face photo check reuses it). */
export function refusalText(reason: RefusalReason, limits: UploadLimits): Bilingual {
  return REASONS[reason].text(limits);
}

/** A refusal that names the file by its number in the upload and says why, in Japanese and English. */
export class UploadRefusedError extends AppError {
  constructor(readonly fileNumber: number, readonly reason: RefusalReason, limits: UploadLimits) {
    const { code, text } = REASONS[reason];
    const message = text(limits);
    super(code, { ja: `${fileNumber}件目のファイル：${message.ja}`, en: `File ${fileNumber}: ${message.en}` }, undefined, { fileNumber, reason });
  }
}

export const UPLOAD_INTERRUPTED: Bilingual = {
  ja: 'ファイルの送信が途中で終わったか、送信データの形式が正しくありません。もう一度お試しください。',
  en: 'The upload was interrupted or the request is not valid multipart data. Please try again.',
};
