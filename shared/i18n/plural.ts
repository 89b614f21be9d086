/**
 * Counted words in messages: `{n, plural, one {# aktør} other {# aktører}}`, the ICU
 * MessageFormat plural shape (a subset: the categories `one` and `other`, which are all that
 * Norwegian and English use), chosen with Intl.PluralRules so "1 aktør" and "2 aktører" come out
 * right in either language. `#` stands for the number, formatted for the language; other
 * placeholders may appear inside a branch.
 */

const head = /\{(\w+), plural,/g;

export interface PluralBlock {
  /** Where the block starts and ends (exclusive) in the message. */
  start: number;
  end: number;
  name: string;
  forms: Record<string, string>;
}

/** The plural blocks of a message, in order; a malformed block is left out (and shows as written). */
export function pluralBlocks(message: string): PluralBlock[] {
  const blocks: PluralBlock[] = [];
  head.lastIndex = 0;
  for (let m = head.exec(message); m; m = head.exec(message)) {
    const forms: Record<string, string> = {};
    let i = m.index + m[0].length;
    let ok = false;
    for (;;) {
      while (message[i] === ' ') i++;
      if (message[i] === '}') {
        ok = true;
        i++;
        break;
      }
      const category = /^(\w+) ?\{/.exec(message.slice(i));
      if (!category) break;
      i += category[0].length;
      // The branch runs to its matching brace; inner `{name}` placeholders nest one level.
      let depth = 1;
      const from = i;
      while (i < message.length && depth > 0) {
        if (message[i] === '{') depth++;
        else if (message[i] === '}') depth--;
        i++;
      }
      if (depth !== 0) break;
      forms[category[1]!] = message.slice(from, i - 1);
    }
    if (ok && forms['other'] !== undefined) blocks.push({ start: m.index, end: i, name: m[1]!, forms });
    head.lastIndex = i;
  }
  return blocks;
}

const rulesCache = new Map<string, Intl.PluralRules>();

/** Replaces each plural block with the form its count calls for, `#` with the formatted count. */
export function applyPlurals(message: string, locale: string, params: Record<string, string | number>): string {
  const blocks = pluralBlocks(message);
  if (blocks.length === 0) return message;
  let rules = rulesCache.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    rulesCache.set(locale, rules);
  }
  let out = '';
  let at = 0;
  for (const block of blocks) {
    const raw = params[block.name];
    const count = typeof raw === 'number' ? raw : Number(raw);
    out += message.slice(at, block.start);
    if (raw === undefined || !Number.isFinite(count)) out += message.slice(block.start, block.end);
    else {
      const form = block.forms[rules.select(count)] ?? block.forms['other']!;
      out += form.replace(/#/g, count.toLocaleString(locale));
    }
    at = block.end;
  }
  return out + message.slice(at);
}
