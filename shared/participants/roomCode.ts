// shared/ sees no DOM or Node typings; both runtimes provide Web Crypto on globalThis.
declare const crypto: { getRandomValues<T extends Uint8Array>(array: T): T };

/**
 * The characters of a room code: capitals and digits without the ones people misread on a
 * projector or type wrong on a phone (0/O, 1/I/L). 31 symbols, so a six-character code has
 * 31^6 ≈ 887 million values; with the server's lockout (a few wrong tries per minute) guessing is hopeless.
 */
export const roomCodeAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const roomCodeLength = 6;

/** A fresh room code, unbiased (rejection sampling), as six characters without the dash. */
export function newRoomCode(): string {
  let out = '';
  while (out.length < roomCodeLength) {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    for (const b of bytes) {
      // 248 = 8 × 31: values above it would favour the first letters.
      if (b < 248 && out.length < roomCodeLength) out += roomCodeAlphabet[b % roomCodeAlphabet.length];
    }
  }
  return out;
}

/** "K7PQ2M" → "K7P-Q2M": how the code is shown on the wall (two groups are easier to read out). */
export function formatRoomCode(code: string): string {
  return `${code.slice(0, 3)}-${code.slice(3)}`;
}

/**
 * What a participant typed, as the code to compare: case, spaces and dashes do not matter, and
 * the letters people confuse map to the ones the alphabet has (o→0 is not in it, so O stays O and fails).
 */
export function normaliseRoomCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s\-–—_.]/g, '').slice(0, 32);
}
