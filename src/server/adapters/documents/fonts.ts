import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Noto Sans JP (SIL OFL) shipped in @expo-google-fonts/noto-sans-jp; pdfkit embeds only the glyphs used. */
export const FONT_PATHS = {
  regular: require.resolve('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf'),
} as const;

export const FONT = { regular: 'NotoSansJP', bold: 'NotoSansJP-Bold' } as const;

let cache: { regular: Buffer; bold: Buffer } | undefined;

/** The font files (about 5 MB each) are read once per process, not once per document. */
export function fontData(): { regular: Buffer; bold: Buffer } {
  cache ??= { regular: readFileSync(FONT_PATHS.regular), bold: readFileSync(FONT_PATHS.bold) };
  return cache;
}
