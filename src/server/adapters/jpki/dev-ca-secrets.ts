/** Uniform random choices from an alphabet (rejection sampling: no modulo bias). */
function randomFrom(alphabet: string, length: number): string {
  const limit = 256 - (256 % alphabet.length);
  let out = '';
  while (out.length < length) {
    for (const b of crypto.getRandomValues(new Uint8Array(length * 2))) {
      if (b < limit && out.length < length) out += alphabet[b % alphabet.length];
    }
  }
  return out;
}

export function generatePin(): string {
  return randomFrom('0123456789', 4);
}

/** 10 characters of A–Z and 0–9, redrawn until it mixes letters and digits. */
export function generatePassword(): string {
  for (;;) {
    const candidate = randomFrom('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10);
    if (/[A-Z]/.test(candidate) && /[0-9]/.test(candidate)) return candidate;
  }
}
