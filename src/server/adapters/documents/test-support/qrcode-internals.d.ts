/** qrcode's own block tables (CommonJS, untyped), used by the test QR reader to de-interleave codewords. */
declare module 'qrcode/lib/core/error-correction-code.js' {
  export function getBlocksCount(version: number, errorCorrectionLevel: object): number;
  export function getTotalCodewordsCount(version: number, errorCorrectionLevel: object): number;
}
declare module 'qrcode/lib/core/utils.js' {
  export function getSymbolTotalCodewords(version: number): number;
}
