import QRCode from 'qrcode';
import { getBlocksCount, getTotalCodewordsCount } from 'qrcode/lib/core/error-correction-code.js';
import { getSymbolTotalCodewords } from 'qrcode/lib/core/utils.js';
import type { GreyImage } from './png-decode.js';

/**
 * Reads a clean, axis-aligned QR code image (as rendered, or as extracted from a PDF) back to its text, for
 * tests. It samples the modules, reads the format information, unmasks, de-interleaves the codewords and parses
 * the numeric, alphanumeric and byte segments. A clean image needs no Reed–Solomon correction.
 */
export function readQr(image: GreyImage): string {
  const matrix = sampleModules(image);
  const size = matrix.length;
  const version = (size - 17) / 4;
  const { level, mask } = readFormat(matrix);
  const reference = QRCode.create('0', { version, errorCorrectionLevel: level });
  const reserved = reference.modules.reservedBit;
  const bits: number[] = [];
  let up = true;
  for (let col = size - 1; col > 0; col -= 2) {
    if (col === 6) col -= 1;
    for (let step = 0; step < size; step++) {
      const row = up ? size - 1 - step : step;
      for (const c of [col, col - 1]) {
        if (reserved[row * size + c]) continue;
        bits.push((matrix[row]?.[c] ?? 0) ^ (maskAt(mask, row, c) ? 1 : 0));
      }
    }
    up = !up;
  }
  const codewords: number[] = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) codewords.push(bits.slice(i, i + 8).reduce((n, b) => (n << 1) | b, 0));
  return parseSegments(dataCodewords(codewords, version, reference.errorCorrectionLevel), version);
}

function sampleModules({ width, height, grey }: GreyImage): number[][] {
  const dark = (x: number, y: number) => (grey[y * width + x] ?? 255) < 128;
  let x0 = width, y0 = height, x1 = -1, y1 = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (!dark(x, y)) continue;
      x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
    }
  }
  let run = 0;
  while (dark(x0 + run, y0)) run += 1;
  const moduleSize = run / 7;
  const size = Math.round((x1 - x0 + 1) / moduleSize);
  return Array.from({ length: size }, (_, r) =>
    Array.from({ length: size }, (_, c) => (dark(Math.floor(x0 + (c + 0.5) * moduleSize), Math.floor(y0 + (r + 0.5) * moduleSize)) ? 1 : 0)));
}

const LEVEL_BITS = { L: 1, M: 0, Q: 3, H: 2 } as const;

/** The 15 format bits around the top-left finder (the vertical copy), matched against all 32 valid codes. */
function readFormat(matrix: number[][]): { level: keyof typeof LEVEL_BITS; mask: number } {
  const size = matrix.length;
  let bits = 0;
  for (let i = 0; i < 15; i++) {
    const row = i < 6 ? i : i < 8 ? i + 1 : size - 15 + i;
    bits |= (matrix[row]?.[8] ?? 0) << i;
  }
  for (const [level, levelBits] of Object.entries(LEVEL_BITS) as [keyof typeof LEVEL_BITS, number][]) {
    for (let mask = 0; mask < 8; mask++) if (formatCode((levelBits << 3) | mask) === bits) return { level, mask };
  }
  throw new Error('no valid format information');
}

function formatCode(data: number): number {
  const G15 = 0x537;
  const length = (n: number) => 32 - Math.clz32(n);
  let d = data << 10;
  while (length(d) >= length(G15)) d ^= G15 << (length(d) - length(G15));
  return ((data << 10) | d) ^ 0x5412;
}

function maskAt(mask: number, i: number, j: number): boolean {
  switch (mask) {
    case 0: return (i + j) % 2 === 0;
    case 1: return i % 2 === 0;
    case 2: return j % 3 === 0;
    case 3: return (i + j) % 3 === 0;
    case 4: return (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0;
    case 5: return ((i * j) % 2) + ((i * j) % 3) === 0;
    case 6: return (((i * j) % 2) + ((i * j) % 3)) % 2 === 0;
    default: return (((i * j) % 3) + ((i + j) % 2)) % 2 === 0;
  }
}

function dataCodewords(codewords: number[], version: number, level: object): number[] {
  const total = getSymbolTotalCodewords(version);
  const dataTotal = total - getTotalCodewordsCount(version, level);
  const blocks = getBlocksCount(version, level);
  const group1 = blocks - (total % blocks);
  const size1 = Math.floor(dataTotal / blocks);
  const lengths = Array.from({ length: blocks }, (_, b) => (b < group1 ? size1 : size1 + 1));
  const out: number[][] = lengths.map(() => []);
  let k = 0;
  for (let i = 0; i < size1 + 1; i++) {
    lengths.forEach((length, b) => {
      if (i < length) out[b]?.push(codewords[k++] ?? 0);
    });
  }
  return out.flat();
}

const ALPHANUMERIC = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

function parseSegments(data: number[], version: number): string {
  let position = 0;
  const read = (n: number) => {
    let v = 0;
    for (let i = 0; i < n; i++, position++) v = (v << 1) | (((data[position >> 3] ?? 0) >> (7 - (position & 7))) & 1);
    return v;
  };
  const tier = version < 10 ? 0 : version < 27 ? 1 : 2;
  const bytes: number[] = [];
  while (position + 4 <= data.length * 8) {
    const mode = read(4);
    if (mode === 0) break;
    if (mode === 1) {
      let count = read([10, 12, 14][tier] ?? 10);
      for (; count >= 3; count -= 3) bytes.push(...Buffer.from(String(read(10)).padStart(3, '0')));
      if (count > 0) bytes.push(...Buffer.from(String(read(count === 2 ? 7 : 4)).padStart(count, '0')));
    } else if (mode === 2) {
      let count = read([9, 11, 13][tier] ?? 9);
      for (; count >= 2; count -= 2) {
        const v = read(11);
        bytes.push(ALPHANUMERIC.charCodeAt(Math.floor(v / 45)), ALPHANUMERIC.charCodeAt(v % 45));
      }
      if (count === 1) bytes.push(ALPHANUMERIC.charCodeAt(read(6)));
    } else if (mode === 4) {
      const count = read(tier === 0 ? 8 : 16);
      for (let i = 0; i < count; i++) bytes.push(read(8));
    } else {
      throw new Error(`unsupported QR segment mode ${mode}`);
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
