/*
 * The two container formats the platforms want their app icon in, built from PNGs: Windows'
 * .ico and macOS's .icns both store PNG images as they are, behind a small directory.
 */

/** One PNG at its pixel size. */
export interface SizedPng {
  size: number;
  png: Uint8Array;
}

/** A Windows .ico holding each PNG (sizes up to 256; 256 is written as 0, as the format says). */
export function icoFile(images: readonly SizedPng[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  const entries: Buffer[] = [];
  let offset = 6 + 16 * images.length;
  for (const { size, png } of images) {
    if (size > 256) throw new Error(`an .ico entry is at most 256 px, not ${size}`);
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size === 256 ? 0 : size, 0);
    entry.writeUInt8(size === 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.byteLength, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.byteLength;
    entries.push(entry);
  }
  return Buffer.concat([header, ...entries, ...images.map((i) => Buffer.from(i.png))]);
}

/** macOS icon types that hold a PNG of this pixel size (the @2x types share sizes with 1x ones). */
const icnsTypes: Record<number, string[]> = {
  16: ['icp4'],
  32: ['icp5', 'ic11'],
  64: ['icp6', 'ic12'],
  128: ['ic07'],
  256: ['ic08', 'ic13'],
  512: ['ic09', 'ic14'],
  1024: ['ic10'],
};

/** A macOS .icns holding each PNG under every type of its size. */
export function icnsFile(images: readonly SizedPng[]): Buffer {
  const chunks: Buffer[] = [];
  for (const { size, png } of images) {
    for (const type of icnsTypes[size] ?? []) {
      const head = Buffer.alloc(8);
      head.write(type, 0, 'ascii');
      head.writeUInt32BE(8 + png.byteLength, 4);
      chunks.push(head, Buffer.from(png));
    }
  }
  const body = Buffer.concat(chunks);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + body.byteLength, 4);
  return Buffer.concat([head, body]);
}

/** Every size a platform asks for: Linux's hicolor theme, Windows' .ico, macOS's .icns. */
export const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;
export const ICNS_SIZES = [16, 32, 64, 128, 256, 512, 1024] as const;
