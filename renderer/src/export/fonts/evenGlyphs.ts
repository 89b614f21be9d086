/**
 * Pads every glyph record of a TrueType `glyf` table to an even length, rewriting `loca` to match.
 *
 * Why: @pdf-lib/fontkit's subsetter writes the subset's `loca` in the short format (offsets / 2)
 * whatever the source font used, without padding the glyph records it copies. A font with a long
 * `loca` and odd-length records (Noto Emoji has 801 of them) then comes out of `embedFont(...,
 * { subset: true })` with every offset after the first odd record off by a byte: the glyphs are
 * blank in every PDF viewer, silently (the text layer is still right). Even records make the
 * halving exact. Fonts with a short `loca` are even by definition and are left alone.
 */

export interface SfntTable {
  tag: number;
  checksum: number;
  data: Uint8Array;
}

const tagOf = (name: string) => [...name].reduce((n, c) => n * 256 + c.charCodeAt(0), 0);
const HEAD = tagOf('head');
const LOCA = tagOf('loca');
const GLYF = tagOf('glyf');
const MAXP = tagOf('maxp');

function view(data: Uint8Array): DataView {
  return new DataView(data.buffer, data.byteOffset, data.byteLength);
}

/** The sfnt checksum of a table: its big-endian 32-bit words summed, the last one zero-padded. */
export function tableChecksum(data: Uint8Array): number {
  const padded = new Uint8Array((data.length + 3) & ~3);
  padded.set(data);
  const v = view(padded);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + v.getUint32(i)) >>> 0;
  return sum;
}

/** The tables with `glyf` and `loca` rewritten when some glyph record has an odd length; otherwise the same list. */
export function evenGlyphRecords(tables: readonly SfntTable[]): readonly SfntTable[] {
  const find = (tag: number) => tables.find((t) => t.tag === tag);
  const head = find(HEAD);
  const loca = find(LOCA);
  const glyf = find(GLYF);
  const maxp = find(MAXP);
  if (!head || !loca || !glyf || !maxp || head.data.length < 54 || maxp.data.length < 6) return tables;
  const longFormat = view(head.data).getInt16(50) === 1;
  if (!longFormat) return tables;
  const numGlyphs = view(maxp.data).getUint16(4);
  const locaView = view(loca.data);
  if (loca.data.length < (numGlyphs + 1) * 4) return tables;
  const offsets = Array.from({ length: numGlyphs + 1 }, (_, i) => locaView.getUint32(i * 4));
  let odd = false;
  for (let i = 0; i < numGlyphs; i++) {
    const start = offsets[i]!;
    const end = offsets[i + 1]!;
    if (end < start || end > glyf.data.length) return tables; // a damaged font is fontkit's to refuse, not ours
    if ((end - start) % 2 !== 0) odd = true;
  }
  if (!odd) return tables;

  let size = 0;
  for (let i = 0; i < numGlyphs; i++) size += (offsets[i + 1]! - offsets[i]! + 1) & ~1;
  const newGlyf = new Uint8Array(size);
  const newLoca = new Uint8Array((numGlyphs + 1) * 4);
  const newLocaView = view(newLoca);
  let at = 0;
  for (let i = 0; i < numGlyphs; i++) {
    newLocaView.setUint32(i * 4, at);
    const record = glyf.data.subarray(offsets[i]!, offsets[i + 1]!);
    newGlyf.set(record, at);
    at += (record.length + 1) & ~1;
  }
  newLocaView.setUint32(numGlyphs * 4, at);
  return tables.map((t) => {
    if (t.tag === GLYF) return { tag: t.tag, data: newGlyf, checksum: tableChecksum(newGlyf) };
    if (t.tag === LOCA) return { tag: t.tag, data: newLoca, checksum: tableChecksum(newLoca) };
    return t;
  });
}
