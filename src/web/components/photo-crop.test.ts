import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { facePhotoShapeProblem } from '../../domain/attachments/face-photo.js';
import {
  MAX_OUTPUT_WIDTH, canCrop, clampCrop, initialCrop, keyboardStep, largestCropWidth, moveCrop, outputSize, resizeCrop, toSourcePixels,
  type CropRect, type Size,
} from './photo-crop.js';

const phone: Size = { width: 3024, height: 4032 };
const landscape: Size = { width: 4032, height: 3024 };

function expectValid(rect: CropRect, image: Size) {
  expect(rect.width / rect.height).toBeCloseTo(0.75, 10);
  expect(rect.width).toBeGreaterThanOrEqual(354);
  expect(rect.height).toBeGreaterThanOrEqual(472 - 1e-9);
  expect(rect.x).toBeGreaterThanOrEqual(0);
  expect(rect.y).toBeGreaterThanOrEqual(0);
  expect(rect.x + rect.width).toBeLessThanOrEqual(image.width + 1e-9);
  expect(rect.y + rect.height).toBeLessThanOrEqual(image.height + 1e-9);
}

describe('R-ATT-1 photo crop geometry (3:4 portrait, at least 354 × 472 source pixels)', () => {
  it('starts with the largest centred 3:4 crop', () => {
    expect(initialCrop(phone)).toEqual({ x: 0, y: 0, width: 3024, height: 4032 });
    expect(initialCrop(landscape)).toEqual({ x: (4032 - 2268) / 2, y: 0, width: 2268, height: 3024 });
  });

  it('says when the source is too small: it must hold 354 × 472', () => {
    expect(canCrop({ width: 354, height: 472 })).toBe(true);
    expect(canCrop({ width: 353, height: 1000 })).toBe(false);
    expect(canCrop({ width: 1000, height: 471 })).toBe(false);
    expect(canCrop({ width: 640, height: 480 })).toBe(true); // 360 × 480 fits
    expect(largestCropWidth({ width: 640, height: 480 })).toBe(360);
  });

  it('moves inside the image and stops at its edges', () => {
    const start = initialCrop(landscape);
    expect(moveCrop(start, 100, 0, landscape).x).toBe(start.x + 100);
    expect(moveCrop(start, 10_000, 10_000, landscape)).toMatchObject({ x: 4032 - 2268, y: 0 });
    expect(moveCrop(start, -10_000, -5, landscape)).toMatchObject({ x: 0, y: 0 });
  });

  it('resizes about the centre (keyboard) and about the top-left corner (dragging the handle)', () => {
    const start = initialCrop(landscape);
    const smaller = resizeCrop(start, 1200, landscape, 'center');
    expect(smaller).toEqual({ x: 2016 - 600, y: 1512 - 800, width: 1200, height: 1600 });
    const dragged = resizeCrop(smaller, 900, landscape, 'top-left');
    expect(dragged).toEqual({ x: smaller.x, y: smaller.y, width: 900, height: 1200 });
    // Growing from the corner stops at the image's bottom edge.
    expect(resizeCrop(dragged, 5000, landscape, 'top-left')).toMatchObject({ x: smaller.x, y: smaller.y, height: 3024 - smaller.y });
    expect(resizeCrop(start, 10, landscape, 'center').width).toBe(354);
    expect(resizeCrop(start, 99_999, landscape, 'center').width).toBe(2268);
  });

  it('steps 2 % of the largest crop per arrow key, 10 % with Shift', () => {
    expect(keyboardStep(landscape, false)).toBe(45);
    expect(keyboardStep(landscape, true)).toBe(227);
    expect(keyboardStep({ width: 10, height: 10 }, false)).toBe(1);
  });

  it('outputs the crop\'s own size, scaled down to 1200 × 1600 at most, never below 354 × 472', () => {
    expect(outputSize({ x: 0, y: 0, width: 354, height: 472 })).toEqual({ width: 354, height: 472 });
    expect(outputSize({ x: 0, y: 0, width: 900, height: 1200 })).toEqual({ width: 900, height: 1200 });
    expect(outputSize({ x: 0, y: 0, width: 3024, height: 4032 })).toEqual({ width: MAX_OUTPUT_WIDTH, height: 1600 });
  });

  it('converts screen pixels to source pixels by the shown width', () => {
    expect(toSourcePixels(39, { width: 3900, height: 5200 }, 390)).toBe(390);
    expect(toSourcePixels(10, phone, 0)).toBe(0);
  });

  it('whatever the moves and resizes, the crop stays valid and its output passes the server\'s shape check (property)', () => {
    const sizes = fc.record({ width: fc.integer({ min: 354, max: 9000 }), height: fc.integer({ min: 472, max: 9000 }) }).filter(canCrop);
    const op = fc.oneof(
      fc.record({ kind: fc.constant('move' as const), dx: fc.integer({ min: -5000, max: 5000 }), dy: fc.integer({ min: -5000, max: 5000 }) }),
      fc.record({ kind: fc.constant('resize' as const), width: fc.integer({ min: -100, max: 10_000 }), corner: fc.boolean() }),
    );
    fc.assert(
      fc.property(sizes, fc.array(op, { maxLength: 12 }), (image, ops) => {
        let rect = initialCrop(image);
        for (const o of ops) {
          rect = o.kind === 'move' ? moveCrop(rect, o.dx, o.dy, image) : resizeCrop(rect, o.width, image, o.corner ? 'top-left' : 'center');
          expectValid(rect, image);
        }
        const out = outputSize(rect);
        expect(facePhotoShapeProblem(out.width, out.height)).toBeUndefined();
        expect(clampCrop(rect, image)).toEqual(rect);
      }),
      { numRuns: 400 },
    );
  });
});
