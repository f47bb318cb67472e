import { useEffect, useId, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FACE_PHOTO } from '../../domain/attachments/face-photo.js';
import { ErrorText, FormField } from './FormField.js';
import { canCrop, initialCrop, keyboardStep, moveCrop, outputSize, resizeCrop, toSourcePixels, type CropRect, type Size } from './photo-crop.js';

const JPEG_QUALITY = 0.92;
/** The preview canvas is drawn at most this wide; the crop itself is taken from the full-size image. */
const PREVIEW_WIDTH = 960;

type Loaded =
  | { kind: 'empty' | 'loading' | 'failed' }
  | { kind: 'too-small'; size: Size }
  | { kind: 'ready'; bitmap: ImageBitmap; size: Size };

interface Drag {
  mode: 'move' | 'resize';
  pointerId: number;
  startX: number;
  startY: number;
  start: CropRect;
}

/** Draws the crop onto a canvas of the output size (white under any transparency) and encodes a JPEG. */
function cropToJpeg(bitmap: ImageBitmap, rect: CropRect): Promise<Blob> {
  const out = outputSize(rect);
  const canvas = document.createElement('canvas');
  canvas.width = out.width;
  canvas.height = out.height;
  const context = canvas.getContext('2d');
  if (!context) return Promise.reject(new Error('no 2d canvas'));
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, out.width, out.height);
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, rect.x, rect.y, rect.width, rect.height, 0, 0, out.width, out.height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no JPEG'))), 'image/jpeg', JPEG_QUALITY));
}

const percent = (value: number, of: number) => `${(value / of) * 100}%`;

/**
 * R-ATT-1 in the browser: pick an image, move and resize a 3:4 portrait frame over it (pointer or keyboard), and
 * hand a JPEG of at least 354 × 472 pixels to `onCropped`. The image is read upright (EXIF orientation applied by
 * createImageBitmap) and never enlarged; a source too small for 354 × 472 is refused here with its size.
 */
export function PhotoCropper({ onCropped, disabled = false }: { onCropped: (blob: Blob) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'empty' });
  const [crop, setCrop] = useState<CropRect>();
  const [failed, setFailed] = useState(false);
  const [working, setWorking] = useState(false);
  const minimum = { minWidth: FACE_PHOTO.minWidth, minHeight: FACE_PHOTO.minHeight };
  const bitmap = loaded.kind === 'ready' ? loaded.bitmap : undefined;

  useEffect(() => () => bitmap?.close(), [bitmap]);

  const choose = async (file: File | undefined) => {
    setFailed(false);
    setCrop(undefined);
    if (!file) return setLoaded({ kind: 'empty' });
    setLoaded({ kind: 'loading' });
    let image: ImageBitmap;
    try {
      image = await createImageBitmap(file, { imageOrientation: 'from-image' });
    } catch {
      return setLoaded({ kind: 'failed' });
    }
    const size = { width: image.width, height: image.height };
    if (!canCrop(size)) {
      image.close();
      return setLoaded({ kind: 'too-small', size });
    }
    setLoaded({ kind: 'ready', bitmap: image, size });
    setCrop(initialCrop(size));
  };

  const use = async () => {
    if (loaded.kind !== 'ready' || !crop) return;
    setWorking(true);
    setFailed(false);
    try {
      onCropped(await cropToJpeg(loaded.bitmap, crop));
    } catch {
      setFailed(true);
    } finally {
      setWorking(false);
    }
  };

  const message =
    loaded.kind === 'failed' ? t('photoCropper.loadFailed')
    : loaded.kind === 'too-small' ? t('photoCropper.tooSmall', { ...loaded.size, ...minimum })
    : failed ? t('photoCropper.cropFailed')
    : undefined;

  return (
    <div className="flex flex-col gap-4">
      <FormField id={`${id}-file`} label={t('photoCropper.chooseLabel')} hint={t('photoCropper.chooseHint', minimum)}>
        {(control) => (
          <input
            {...control}
            type="file"
            accept="image/jpeg,image/png"
            disabled={disabled}
            className="max-w-full text-std-16N-170"
            onChange={(event) => void choose(event.currentTarget.files?.[0])}
          />
        )}
      </FormField>
      {loaded.kind === 'loading' && <p role="status">{t('photoCropper.loading')}</p>}
      <div role="alert">{message && <ErrorText id={`${id}-error`}>{message}</ErrorText>}</div>
      {loaded.kind === 'ready' && crop && (
        <CropArea
          id={id}
          bitmap={loaded.bitmap}
          size={loaded.size}
          crop={crop}
          onChange={setCrop}
          onUse={() => void use()}
          busy={working || disabled}
        />
      )}
    </div>
  );
}

interface CropAreaProps {
  id: string;
  bitmap: ImageBitmap;
  size: Size;
  crop: CropRect;
  onChange: (crop: CropRect) => void;
  onUse: () => void;
  busy: boolean;
}

function CropArea({ id, bitmap, size, crop, onChange, onUse, busy }: CropAreaProps) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const preview = useRef<HTMLCanvasElement>(null);
  const drag = useRef<Drag | undefined>(undefined);

  useEffect(() => {
    const canvas = preview.current;
    if (!canvas) return;
    const scale = Math.min(1, PREVIEW_WIDTH / bitmap.width);
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  }, [bitmap]);
  const out = outputSize(crop);
  const round = (n: number) => Math.round(n);

  const startDrag = (mode: Drag['mode']) => (event: PointerEvent<HTMLButtonElement>) => {
    event.preventDefault();
    event.stopPropagation();
    event.currentTarget.focus();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { mode, pointerId: event.pointerId, startX: event.clientX, startY: event.clientY, start: crop };
  };
  const onPointerMove = (event: PointerEvent<HTMLButtonElement>) => {
    const current = drag.current;
    if (!current || current.pointerId !== event.pointerId) return;
    const shown = box.current?.getBoundingClientRect().width ?? 0;
    const dx = toSourcePixels(event.clientX - current.startX, size, shown);
    const dy = toSourcePixels(event.clientY - current.startY, size, shown);
    if (current.mode === 'move') return onChange(moveCrop(current.start, dx, dy, size));
    const grow = Math.abs(dx) >= Math.abs(dy * FACE_PHOTO.aspect) ? dx : dy * FACE_PHOTO.aspect;
    onChange(resizeCrop(current.start, current.start.width + grow, size, 'top-left'));
  };
  const endDrag = () => {
    drag.current = undefined;
  };
  const dragHandlers = { onPointerMove, onPointerUp: endDrag, onPointerCancel: endDrag };

  const resizeBy = (steps: number, large = false) => onChange(resizeCrop(crop, crop.width + steps * keyboardStep(size, large), size, 'center'));
  const onFrameKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    const step = keyboardStep(size, event.shiftKey);
    const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    onChange(moveCrop(crop, move[0], move[1], size));
  };
  const onHandleKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    const direction = ({ ArrowUp: 1, ArrowRight: 1, ArrowDown: -1, ArrowLeft: -1 } as Record<string, number>)[event.key];
    if (direction === undefined) return;
    event.preventDefault();
    resizeBy(direction, event.shiftKey);
  };

  return (
    <div className="flex flex-col gap-4">
      <p id={`${id}-instructions`} className="text-std-16N-170">{t('photoCropper.instructions')}</p>
      <div ref={box} className="relative select-none overflow-hidden" style={{ width: `min(100%, 28rem, calc(65vh * ${size.width / size.height}))` }}>
        <canvas ref={preview} role="img" aria-label={t('photoCropper.imageAlt')} className="block h-auto w-full" />
        <button
          type="button"
          aria-label={t('photoCropper.frameLabel')}
          aria-describedby={`${id}-instructions ${id}-position`}
          className="absolute cursor-move touch-none border-2 border-white shadow-[0_0_0_9999px_rgba(0,0,0,0.5)] outline-1 outline-black"
          style={{ left: percent(crop.x, size.width), top: percent(crop.y, size.height), width: percent(crop.width, size.width), height: percent(crop.height, size.height) }}
          onPointerDown={startDrag('move')}
          onKeyDown={onFrameKey}
          {...dragHandlers}
        />
        <button
          type="button"
          aria-label={t('photoCropper.handleLabel')}
          aria-describedby={`${id}-position`}
          className="absolute size-8 -translate-x-full -translate-y-full cursor-nwse-resize touch-none rounded-4 border-2 border-black bg-white"
          style={{ left: percent(crop.x + crop.width, size.width), top: percent(crop.y + crop.height, size.height) }}
          onPointerDown={startDrag('resize')}
          onKeyDown={onHandleKey}
          {...dragHandlers}
        />
      </div>
      <p id={`${id}-position`} aria-live="polite" className="text-std-16N-170">
        {t('photoCropper.position', { x: round(crop.x), y: round(crop.y), width: round(crop.width), height: round(crop.height) })}
      </p>
      <div className="flex flex-wrap gap-3">
        <button type="button" className="dads-button-outline" onClick={() => resizeBy(-5)}>{t('photoCropper.shrink')}</button>
        <button type="button" className="dads-button-outline" onClick={() => resizeBy(5)}>{t('photoCropper.enlarge')}</button>
      </div>
      <p className="text-std-16B-170">{t('photoCropper.output', { width: out.width, height: out.height })}</p>
      <div>
        <button type="button" className="dads-button-primary" disabled={busy} onClick={onUse}>{t('photoCropper.use')}</button>
      </div>
    </div>
  );
}
