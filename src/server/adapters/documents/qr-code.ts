import QRCode from 'qrcode';

export interface QrOptions {
  /** Pixels per module. */
  scale?: number;
  /** Error correction: M (15 %) survives print wear; H for small or damaged prints. */
  errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H';
}

/** A QR code as a black-on-white PNG, with the standard 4-module quiet zone. */
export async function qrPng(payload: string, options: QrOptions = {}): Promise<Buffer> {
  return QRCode.toBuffer(payload, {
    type: 'png',
    errorCorrectionLevel: options.errorCorrectionLevel ?? 'M',
    margin: 4,
    scale: options.scale ?? 4,
    color: { dark: '#000000', light: '#ffffff' },
  });
}
