import { graphemes, type Measure } from '../../items/textFit.ts';

/**
 * Line breaking for the acute-loop picture. Like the canvas's wrapText, but a word too long for
 * the line (Norwegian compounds: "Spesialisthelsetjeneste", "Kommunehelsetjenesten") is broken
 * with a hyphen, as a typesetter would, rather than cut silently. At most `maxLines` lines; the
 * last one ends in "…" when text was left out. `measure` is injected, so tests need no DOM.
 */
const softHyphen = '\u00ad';
/** Text as drawn: soft hyphens are break hints, never shown unless a line breaks there. */
const visible = (s: string) => s.split(softHyphen).join('');

export function wrapLines(text: string, width: number, fontSize: number, measure: Measure, maxLines = Infinity): string[] {
  const fits = (s: string) => measure(s, fontSize) <= width;
  const lines: string[] = [];
  let cut = false;
  for (const paragraph of text.trim().split(/\r\n|\r|\n/)) {
    let line = '';
    for (const word of paragraph.split(/[ \t]+/).filter((w) => w !== '')) {
      const candidate = line === '' ? visible(word) : `${line} ${visible(word)}`;
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      line = '';
      if (fits(visible(word))) {
        line = visible(word);
        continue;
      }
      // Break the word, at a soft hyphen (U+00AD, "Spesialist\u00adhelsetjeneste") if one fits,
      // else as many characters as fit with a hyphen, then the rest.
      let remaining = word;
      while (remaining.includes(softHyphen) && !fits(visible(remaining))) {
        const parts = remaining.split(softHyphen);
        let k = parts.length - 1;
        while (k > 0 && !fits(`${visible(parts.slice(0, k).join(''))}-`)) k--;
        if (k === 0) break;
        lines.push(`${visible(parts.slice(0, k).join(''))}-`);
        remaining = parts.slice(k).join(softHyphen);
      }
      let rest = graphemes(visible(remaining));
      while (rest.length > 0) {
        if (fits(rest.join(''))) {
          line = rest.join('');
          break;
        }
        let take = rest.length - 1;
        while (take > 1 && !fits(`${rest.slice(0, take).join('')}-`)) take--;
        lines.push(`${rest.slice(0, Math.max(1, take)).join('')}-`);
        rest = rest.slice(Math.max(1, take));
      }
    }
    lines.push(line);
  }
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  if (lines.length > maxLines) {
    lines.length = maxLines;
    cut = true;
  }
  if (cut) {
    const chars = graphemes(lines[maxLines - 1]!.replace(/-$/, ''));
    const full = chars.length;
    while (chars.length > 0 && !fits(`${chars.join('').trimEnd()}…`)) chars.pop();
    // Rather end on a whole word, unless that throws away most of the line.
    const lastSpace = chars.lastIndexOf(' ');
    if (chars.length < full && lastSpace > chars.length / 2) chars.length = lastSpace;
    lines[maxLines - 1] = `${chars.join('').trimEnd()}…`;
  }
  return lines;
}
