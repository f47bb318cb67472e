import sharp, { type SharpOptions } from 'sharp';
import { facePhotoShapeProblem } from '../../../domain/attachments/face-photo.js';
import { createContentCheck } from '../uploads/content/content-check.js';
import { runCheck } from '../uploads/content/limits.js';
import type { UploadLimits } from '../uploads/refusals.js';
import { PhotoRefusedError, type PhotoRefusalReason } from './photo-refusals.js';

export interface FacePhoto {
  /** A fresh baseline JPEG in sRGB, upright, with no metadata at all (no EXIF, GPS, ICC, XMP, IPTC or comments). */
  jpeg: Buffer;
  width: number;
  height: number;
}

const JPEG_MAGIC = Buffer.from([0xff, 0xd8, 0xff]);
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG_QUALITY = 92;

function kindOf(bytes: Buffer): 'jpeg' | 'png' | undefined {
  if (bytes.subarray(0, JPEG_MAGIC.length).equals(JPEG_MAGIC)) return 'jpeg';
  if (bytes.subarray(0, PNG_MAGIC.length).equals(PNG_MAGIC)) return 'png';
  return undefined;
}

/**
 * The server's face photo check (R-ATT-1). The type comes from the magic bytes; the structure, the pixel count
 * (from the header, before any decoding) and polyglot markup are checked by the uploads' content check; then
 * sharp decodes with the same pixel limit, the upright size must be at least 354 × 472 and 3:4 portrait ±5 %,
 * and the result is re-encoded as a JPEG, rotated per the EXIF orientation and stripped of every metadata block.
 * Throws PhotoRefusedError (AppError 'PHOTO_REFUSED', 422) naming the reason.
 */
export async function checkFacePhoto(bytes: Buffer, limits: UploadLimits): Promise<FacePhoto> {
  const refuse = (reason: PhotoRefusalReason, size?: { width: number; height: number }) => new PhotoRefusedError(reason, limits, size);
  if (bytes.length === 0) throw refuse('empty-file');
  if (bytes.length > limits.maxFileBytes) throw refuse('file-too-large');
  const kind = kindOf(bytes);
  if (!kind) throw refuse('not-jpeg-or-png');
  const verdict = runCheck(createContentCheck(kind, limits), bytes);
  if (verdict === 'polyglot' || verdict === 'image-too-many-pixels') throw refuse(verdict);
  if (verdict) throw refuse('image-malformed');

  // A JPEG cut short and given a new end marker decodes with only a libjpeg warning, so JPEG fails on warnings;
  // PNG does not, because libpng warns about harmless things such as a slightly wrong sRGB profile.
  const options: SharpOptions = { limitInputPixels: limits.maxImagePixels, failOn: kind === 'jpeg' ? 'warning' : 'error', sequentialRead: true };
  try {
    const { autoOrient } = await sharp(bytes, options).metadata();
    const problem = facePhotoShapeProblem(autoOrient.width, autoOrient.height);
    if (problem) throw refuse(problem, autoOrient);
    // Output metadata is dropped unless asked for (keepMetadata / withMetadata), and none is asked for.
    const { data, info } = await sharp(bytes, options)
      .autoOrient()
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .jpeg({ quality: JPEG_QUALITY, progressive: false })
      .toBuffer({ resolveWithObject: true });
    return { jpeg: data, width: info.width, height: info.height };
  } catch (error) {
    if (error instanceof PhotoRefusedError) throw error;
    const message = error instanceof Error ? error.message : '';
    throw refuse(/pixel limit/i.test(message) ? 'image-too-many-pixels' : 'image-malformed');
  }
}
