/**
 * A number typed into a field the Norwegian way ("12,5", "1 234") or the English way ("12.5").
 * Empty means "not filled in" (null); anything else that isn't a non-negative number is refused.
 */
export function parseNonNegative(input: string): number | null | 'invalid' {
  const s = input.trim().replace(/[\u00a0\u202f\u2009 ]/g, '');
  if (s === '') return null;
  if (!/^(\d+([.,]\d+)?|[.,]\d+)$/.test(s)) return 'invalid';
  const value = Number(s.replace(',', '.'));
  return Number.isFinite(value) && value >= 0 ? value : 'invalid';
}

/** A number for a text field in the language's style (decimal comma in Norwegian), no grouping. */
export function numberFieldText(value: number | null, language: 'nb' | 'en'): string {
  if (value === null) return '';
  const text = String(Math.round(value * 1000) / 1000);
  return language === 'nb' ? text.replace('.', ',') : text;
}
