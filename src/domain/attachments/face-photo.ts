/**
 * The face photo's shape (SPEC R-ATT-1): 4 cm high × 3 cm wide, at least 354 × 472 pixels (3 × 4 cm at 300 dpi),
 * the 3:4 portrait proportion within ±5 %. The browser's cropper and the server's check both read these.
 */
export const FACE_PHOTO = {
  minWidth: 354,
  minHeight: 472,
  /** width ÷ height */
  aspect: 3 / 4,
  /** Allowed relative deviation of width ÷ height from the aspect. */
  aspectTolerance: 0.05,
} as const;

export type FacePhotoShapeProblem = 'too-small' | 'wrong-proportion';

/** Why an image of this size cannot be a face photo, or undefined when it can. */
export function facePhotoShapeProblem(width: number, height: number): FacePhotoShapeProblem | undefined {
  // Size first: cropping a too-small image to 3:4 would only make it smaller.
  if (!(width >= FACE_PHOTO.minWidth && height >= FACE_PHOTO.minHeight)) return 'too-small';
  const deviation = Math.abs(width / height / FACE_PHOTO.aspect - 1);
  // A hair of slack so that exactly ±5 % is accepted despite floating point.
  if (deviation > FACE_PHOTO.aspectTolerance + 1e-9) return 'wrong-proportion';
  return undefined;
}
