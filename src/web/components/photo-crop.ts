import { FACE_PHOTO } from '../../domain/attachments/face-photo.js';

/**
 * The face photo cropper's geometry (R-ATT-1), in the source image's pixels: the crop is always exactly 3 wide by
 * 4 high, inside the image and at least 354 × 472 source pixels, so the photo is never enlarged to reach the
 * minimum (that would pass the server's size check with a blurred face).
 */

export interface Size {
  width: number;
  height: number;
}

export interface CropRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Output photos are scaled down to this width (1200 × 1600), enough for the card and a few hundred kilobytes. */
export const MAX_OUTPUT_WIDTH = 1200;

const heightFor = (width: number) => width / FACE_PHOTO.aspect;

/** The width of the largest 3:4 portrait crop that fits in the image. */
export function largestCropWidth(image: Size): number {
  return Math.min(image.width, image.height * FACE_PHOTO.aspect);
}

/** Whether a crop of at least 354 × 472 source pixels fits in the image. */
export function canCrop(image: Size): boolean {
  return largestCropWidth(image) >= FACE_PHOTO.minWidth && image.height >= FACE_PHOTO.minHeight;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

/** Width limited to [354, largest], height from the width, position kept inside the image. */
export function clampCrop(rect: CropRect, image: Size): CropRect {
  const width = clamp(rect.width, FACE_PHOTO.minWidth, largestCropWidth(image));
  const height = heightFor(width);
  return { x: clamp(rect.x, 0, image.width - width), y: clamp(rect.y, 0, image.height - height), width, height };
}

/** The largest crop, centred. */
export function initialCrop(image: Size): CropRect {
  const width = largestCropWidth(image);
  const height = heightFor(width);
  return clampCrop({ x: (image.width - width) / 2, y: (image.height - height) / 2, width, height }, image);
}

export function moveCrop(rect: CropRect, dx: number, dy: number, image: Size): CropRect {
  return clampCrop({ ...rect, x: rect.x + dx, y: rect.y + dy }, image);
}

/**
 * A new width (the height follows). 'center' keeps the centre where it was (keyboard, buttons); 'top-left' keeps
 * the top-left corner (dragging the bottom-right handle). The result is then kept inside the image.
 */
export function resizeCrop(rect: CropRect, width: number, image: Size, anchor: 'center' | 'top-left'): CropRect {
  const bounded = clamp(width, FACE_PHOTO.minWidth, largestCropWidth(image));
  if (anchor === 'top-left') {
    const fitting = Math.min(bounded, image.width - rect.x, (image.height - rect.y) * FACE_PHOTO.aspect);
    return clampCrop({ x: rect.x, y: rect.y, width: fitting, height: heightFor(fitting) }, image);
  }
  const cx = rect.x + rect.width / 2;
  const cy = rect.y + rect.height / 2;
  return clampCrop({ x: cx - bounded / 2, y: cy - heightFor(bounded) / 2, width: bounded, height: heightFor(bounded) }, image);
}

/** One arrow-key step in source pixels: 2 % of the largest crop's width (10 % with Shift), at least 1 pixel. */
export function keyboardStep(image: Size, large: boolean): number {
  return Math.max(1, Math.round(largestCropWidth(image) * (large ? 0.1 : 0.02)));
}

/** The pixel size of the JPEG made from the crop: the crop's own size, scaled down to at most 1200 wide. */
export function outputSize(rect: CropRect): Size {
  const width = clamp(Math.round(rect.width), FACE_PHOTO.minWidth, MAX_OUTPUT_WIDTH);
  return { width, height: Math.round(heightFor(width)) };
}

/** A source-pixel distance for a distance in screen pixels over the image shown `shownWidth` pixels wide. */
export function toSourcePixels(screenPixels: number, image: Size, shownWidth: number): number {
  return shownWidth > 0 ? (screenPixels * image.width) / shownWidth : 0;
}
