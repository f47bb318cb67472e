import { base32Decode, totpCode } from '../server/features/accounts/totp.js';

/** `npm run totp:code -- SECRET`: the current TOTP code for a base32 secret (development, demo accounts). */
const secret = process.argv[2];
if (!secret) {
  console.error('usage: npm run totp:code -- BASE32SECRET');
  process.exit(2);
}
console.log(totpCode(base32Decode(secret), new Date()));
