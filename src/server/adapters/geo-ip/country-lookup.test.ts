import { beforeAll, describe, expect, it } from 'vitest';
import { openCountryLookup, type CountryLookup } from './country-lookup.js';

describe('country lookup from the shipped IP databases (R-OPS-1)', () => {
  let lookup: CountryLookup;
  beforeAll(async () => {
    lookup = await openCountryLookup();
  });

  it.each([
    ['133.242.0.1', 'JAPAN'], // SAKURA Internet
    ['210.130.1.1', 'JAPAN'], // IIJ
    ['153.127.1.1', 'JAPAN'], // NTT
    ['2001:240::1', 'JAPAN'], // IIJ IPv6
    ['2400:4050::1', 'JAPAN'], // NTT IPv6
    ['::ffff:133.242.0.1', 'JAPAN'], // IPv4-mapped IPv6
    ['8.8.8.8', 'FOREIGN'],
    ['81.2.69.142', 'FOREIGN'],
    ['2001:4860:4860::8888', 'FOREIGN'],
    ['127.0.0.1', 'LOCAL'],
    ['::1', 'LOCAL'],
    ['10.1.2.3', 'LOCAL'],
    ['172.16.0.1', 'LOCAL'],
    ['192.168.1.1', 'LOCAL'],
    ['fd00::1', 'LOCAL'],
    ['not-an-ip', 'UNKNOWN'],
  ])('R-OPS-1 %s is %s', (ip, expected) => {
    expect(lookup.classify(ip)).toBe(expected);
  });

  it('R-OPS-1 172.32.0.1 is outside the private range and is looked up', () => {
    expect(lookup.classify('172.32.0.1')).not.toBe('LOCAL');
  });
});
