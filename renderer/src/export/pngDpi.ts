/**
 * A PNG's resolution (its pHYs chunk), so a picture exported for print opens at its size on paper:
 * the A4 picture at 300 dpi is 297 mm wide in Word, not 93 cm at the 96 dpi a program assumes
 * when the chunk is missing (a canvas writes none). Pure bytes in, bytes out.
 */

const crcTable = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const signatureLength = 8;

/** The PNG with a pHYs chunk saying `dpi` dots per inch (any pHYs it had is replaced). */
export function withPngDpi(png: Uint8Array, dpi: number): Uint8Array {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: Uint8Array[] = [png.subarray(0, signatureLength)];
  let offset = signatureLength;
  const perMetre = Math.round(dpi / 0.0254);
  const phys = new Uint8Array(21);
  const physView = new DataView(phys.buffer);
  physView.setUint32(0, 9);
  phys.set([0x70, 0x48, 0x59, 0x73], 4); // "pHYs"
  physView.setUint32(8, perMetre);
  physView.setUint32(12, perMetre);
  phys[16] = 1; // the unit is the metre
  physView.setUint32(17, crc32(phys.subarray(4, 17)));
  while (offset + 12 <= png.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    const end = offset + 12 + length;
    if (type !== 'pHYs') chunks.push(png.subarray(offset, end));
    // pHYs must come before the first IDAT: right after IHDR.
    if (type === 'IHDR') chunks.push(phys);
    offset = end;
  }
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The dpi a PNG says it has, or null without a pHYs chunk in metres. */
export function pngDpi(png: Uint8Array): number | null {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let offset = signatureLength;
  while (offset + 12 <= png.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    if (type === 'pHYs' && png[offset + 16] === 1) return view.getUint32(offset + 8) * 0.0254;
    if (type === 'IDAT') return null;
    offset += 12 + length;
  }
  return null;
}
