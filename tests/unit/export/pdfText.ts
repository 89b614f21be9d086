import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * A PDF's text layer as a reader's PDF viewer extracts it (pdf.js, as in Firefox): one string per
 * page, lines in reading order, pieces of one line joined with a space where there is a gap
 * between them and without one where a line continues in another font (a Sami letter from the
 * fallback font inside a word).
 */

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const task = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false });
  const pdf = await task.promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    const items = (content.items as TextItem[]).filter((i) => typeof i.str === 'string' && i.str !== '');
    // Lines top to bottom (PDF y grows upwards), pieces left to right.
    const lines = new Map<number, TextItem[]>();
    for (const item of items) {
      const y = Math.round(item.transform[5]! * 2) / 2;
      const key = [...lines.keys()].find((k) => Math.abs(k - y) < 1) ?? y;
      lines.set(key, [...(lines.get(key) ?? []), item]);
    }
    const text = [...lines.entries()]
      .sort((a, b) => b[0] - a[0])
      .map(([, line]) => {
        line.sort((a, b) => a.transform[4]! - b.transform[4]!);
        let out = '';
        let end = -Infinity;
        for (const item of line) {
          const x = item.transform[4]!;
          const size = Math.hypot(item.transform[0]!, item.transform[1]!) || 10;
          if (out !== '' && x - end > size * 0.15) out += ' ';
          out += item.str;
          end = x + item.width;
        }
        return out;
      })
      .join('\n');
    pages.push(text);
  }
  await task.destroy();
  return pages;
}
