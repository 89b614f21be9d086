/**
 * One area of the interface's text, both languages side by side so that a translator sees the
 * pair. The type makes the English keys exactly the Norwegian ones.
 */
export function defineArea<const K extends string>(nb: Record<K, string>, en: Record<K, string>) {
  return { nb, en };
}
