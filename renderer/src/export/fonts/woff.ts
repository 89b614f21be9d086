import { evenGlyphRecords, type SfntTable } from './evenGlyphs.ts';

/**
 * A WOFF font unpacked into the plain TrueType/OpenType file it wraps. fontkit reads WOFF, but
 * inflates a table again on every access to it, so laying out text from a WOFF costs a
 * decompression of the glyph table per string (seconds for a report); unpacked once, the same
 * font lays out in microseconds. The shipped files stay WOFF, the format the SVGs embed. On the
 * way, odd-length glyph records are padded (evenGlyphs.ts), which the PDF's font subsetter needs.
 */

const woffSignature = 0x774f4646; // 'wOFF'

async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export function isWoff(bytes: Uint8Array): boolean {
  return bytes.length >= 44 && new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0) === woffSignature;
}

/** The font inside a WOFF file; any other font file is returned as it is. */
export async function unpackWoff(bytes: Uint8Array): Promise<Uint8Array> {
  if (!isWoff(bytes)) return bytes;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const flavor = view.getUint32(4);
  const numTables = view.getUint16(12);
  const tables: SfntTable[] = [];
  for (let i = 0; i < numTables; i++) {
    const at = 44 + i * 20;
    const tag = view.getUint32(at);
    const offset = view.getUint32(at + 4);
    const compLength = view.getUint32(at + 8);
    const origLength = view.getUint32(at + 12);
    const checksum = view.getUint32(at + 16);
    const stored = bytes.subarray(offset, offset + compLength);
    const data = compLength < origLength ? await inflate(stored) : stored;
    if (data.length !== origLength) throw new Error('Damaged font file: a table does not unpack to its stated size.');
    tables.push({ tag, checksum, data });
  }
  // The sfnt header, then the table directory (sorted by tag, as the format asks), then the tables, each 4-byte aligned.
  tables.sort((a, b) => a.tag - b.tag);
  return writeSfnt(flavor, evenGlyphRecords(tables));
}

function writeSfnt(flavor: number, tables: readonly SfntTable[]): Uint8Array {
  const numTables = tables.length;
  let searchRange = 1;
  let entrySelector = 0;
  while (searchRange * 2 <= numTables) {
    searchRange *= 2;
    entrySelector++;
  }
  const headerSize = 12 + numTables * 16;
  let size = headerSize;
  for (const t of tables) size += (t.data.length + 3) & ~3;
  const out = new Uint8Array(size);
  const o = new DataView(out.buffer);
  o.setUint32(0, flavor);
  o.setUint16(4, numTables);
  o.setUint16(6, searchRange * 16);
  o.setUint16(8, entrySelector);
  o.setUint16(10, numTables * 16 - searchRange * 16);
  let offset = headerSize;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    o.setUint32(at, t.tag);
    o.setUint32(at + 4, t.checksum);
    o.setUint32(at + 8, offset);
    o.setUint32(at + 12, t.data.length);
    out.set(t.data, offset);
    offset += (t.data.length + 3) & ~3;
  });
  return out;
}
