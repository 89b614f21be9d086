import { graphemes, wrapText, type Measure } from '../../items/textFit.ts';

/**
 * Line breaking for the acute-loop picture: the canvas's wrapText with hyphenation (Norwegian
 * compounds: "Spesialisthelsetjeneste", "Kommunehelsetjenesten" are broken with a hyphen, as a
 * typesetter would, rather than cut silently), and at most `maxLines` lines; the last one ends in
 * "…" when text was left out. `measure` is injected, so tests need no DOM.
 */
export function wrapLines(text: string, width: number, fontSize: number, measure: Measure, maxLines = Infinity): string[] {
  const fits = (s: string) => measure(s, fontSize) <= width;
  const lines = wrapText(text.trim(), width, fontSize, measure, { hyphenate: true });
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  if (lines.length > maxLines) {
    lines.length = maxLines;
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
