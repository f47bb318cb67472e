import type { Bilingual } from '../../../domain/validation/field-errors.js';
import { FACE_PHOTO, type FacePhotoShapeProblem } from '../../../domain/attachments/face-photo.js';
import { AppError } from '../../errors.js';
import { refusalText, type UploadLimits } from '../uploads/refusals.js';

/** Why a face photo is refused (R-ATT-1); carried in the error response as `reason`. */
export type PhotoRefusalReason =
  | 'not-jpeg-or-png'
  | 'empty-file'
  | 'file-too-large'
  | 'image-malformed'
  | 'image-too-many-pixels'
  | 'polyglot'
  | FacePhotoShapeProblem;

export interface PhotoSize {
  width: number;
  height: number;
}

const percent = Math.round(FACE_PHOTO.aspectTolerance * 100);

function reasonText(reason: PhotoRefusalReason, limits: UploadLimits, size: PhotoSize | undefined): Bilingual {
  const ja = size ? `（この写真は幅${size.width}×高さ${size.height}ピクセルです）` : '';
  const en = size ? ` (this photo is ${size.width} × ${size.height} pixels, width × height)` : '';
  switch (reason) {
    case 'not-jpeg-or-png':
      return {
        ja: '顔写真はJPEGまたはPNGの画像のみ受け付けます（ファイル名ではなく中身で判定します）。',
        en: 'The face photo must be a JPEG or PNG image (judged by the content, not the file name).',
      };
    case 'too-small':
      return {
        ja: `写真が小さすぎます${ja}。幅${FACE_PHOTO.minWidth}ピクセル以上、高さ${FACE_PHOTO.minHeight}ピクセル以上の写真を使ってください。`,
        en: `The photo is too small${en}. Use a photo at least ${FACE_PHOTO.minWidth} pixels wide and ${FACE_PHOTO.minHeight} pixels high.`,
      };
    case 'wrong-proportion':
      return {
        ja: `写真の縦横比が、横3：縦4の縦長ではありません${ja}。横3：縦4（誤差${percent}％以内）に切り抜いてください。`,
        en: `The photo is not in the 3:4 portrait proportion${en}. Crop it to 3 wide by 4 high (within ${percent} %).`,
      };
    default:
      return refusalText(reason, limits);
  }
}

/** AppError('PHOTO_REFUSED') whose message says why, in Japanese and English, prefixed "顔写真：" / "Face photo: ". */
export class PhotoRefusedError extends AppError {
  constructor(readonly reason: PhotoRefusalReason, limits: UploadLimits, size?: PhotoSize) {
    const text = reasonText(reason, limits, size);
    super('PHOTO_REFUSED', { ja: `顔写真：${text.ja}`, en: `Face photo: ${text.en}` }, undefined, { reason });
  }
}
