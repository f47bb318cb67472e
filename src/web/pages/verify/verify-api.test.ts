import { describe, expect, it } from 'vitest';
import { payloadFromFragment } from './verify-api.js';

const PAYLOAD = `ZV1.AbCdEfGhIjKlMnOp.EC.EC-2026-7K3M9Q2X.20261123.20270223.${'a'.repeat(22)}.${'S'.repeat(86)}`;

describe('the payload a scanned QR code opens the page with (R-PLUS-1)', () => {
  it('is read from the fragment, percent-encoded or not', () => {
    expect(payloadFromFragment(`#${PAYLOAD}`)).toBe(PAYLOAD);
    expect(payloadFromFragment(`#${encodeURIComponent(PAYLOAD)}`)).toBe(PAYLOAD);
  });

  it('is absent from an empty fragment or one without a payload', () => {
    expect(payloadFromFragment('')).toBeUndefined();
    expect(payloadFromFragment('#main')).toBeUndefined();
  });
});
