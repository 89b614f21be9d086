/**
 * Writing XML safely: every user's text (a label may hold `<script>`, quotes, æøå, emoji or
 * right-to-left writing) goes through here, so the SVG is always well-formed and never runs
 * anything when opened.
 */

/** Whether XML 1.0 allows the character at all (it forbids most control characters, lone surrogates, U+FFFE/F). */
function allowed(codePoint: number): boolean {
  if (codePoint < 0x20) return codePoint === 0x09 || codePoint === 0x0a || codePoint === 0x0d;
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return false; // a lone surrogate (pairs arrive whole)
  return codePoint !== 0xfffe && codePoint !== 0xffff;
}

export function xmlText(value: string): string {
  let clean = '';
  for (const c of value) if (allowed(c.codePointAt(0)!)) clean += c;
  return clean.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function xmlAttr(value: string): string {
  return xmlText(value).replace(/"/g, '&quot;');
}

/** A number as short as it can be without visible loss (three decimals), never `-0`. */
export function num(value: number): string {
  const rounded = Math.round(value * 1000) / 1000;
  return Object.is(rounded, -0) || rounded === 0 ? '0' : String(rounded);
}
