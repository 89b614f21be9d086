// shared/ sees no DOM or Node typings; both runtimes provide Web Crypto on globalThis.
declare const crypto: { getRandomValues<T extends Uint8Array>(array: T): T };

const alphabet = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** A random, URL-safe token of `length` characters (about 5.95 bits each). */
export function randomToken(length = 16): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  let out = '';
  for (const b of bytes) out += alphabet[b % alphabet.length];
  return out;
}
