import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** poppler-utils (Debian) turn a PDF back into text, images and pixels; CI installs it (DESIGN §1). */
export const hasPoppler = ['pdftotext', 'pdfimages', 'pdftoppm', 'pdffonts'].every((tool) => spawnSync(tool, ['-v']).status === 0);

function withPdf<T>(pdf: Buffer, run: (dir: string, file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'zairyu-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    return run(dir, file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function pdfText(pdf: Buffer, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return withPdf(pdf, (_dir, file) => execFileSync('pdftotext', [...range, file, '-'], { encoding: 'utf8' }));
}

export function pdfFonts(pdf: Buffer): string {
  return withPdf(pdf, (_dir, file) => execFileSync('pdffonts', [file], { encoding: 'utf8' }));
}

/** The first embedded image, as the PNG pdfimages writes. */
export function firstPdfImage(pdf: Buffer): Buffer {
  return withPdf(pdf, (dir, file) => {
    execFileSync('pdfimages', ['-png', '-f', '1', '-l', '1', file, join(dir, 'img')]);
    return readFileSync(join(dir, 'img-000.png'));
  });
}

export function renderPage(pdf: Buffer, page: number, dpi: number): Buffer {
  return withPdf(pdf, (dir, file) => {
    execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, join(dir, 'page')]);
    return readFileSync(join(dir, 'page.png'));
  });
}
