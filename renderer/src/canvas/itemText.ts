import type { Item } from '../../../shared/model/records.ts';

/**
 * The words an item carries and where they live in its props: a note's text, a frame's title, an
 * arrow's label, an image's alternative text. Editing, search, the accessible list and the
 * clipboard all read text through here.
 */

export type TextKey = 'text' | 'title' | 'label' | 'alt';

/** The prop holding an item's editable text, or undefined for types without text. */
export function textKeyOf(item: Pick<Item, 'type'>): TextKey | undefined {
  switch (item.type) {
    case 'note':
    case 'text':
    case 'shape':
      return 'text';
    case 'frame':
      return 'title';
    case 'connector':
      return 'label';
    case 'image':
      return 'alt';
    default:
      return undefined;
  }
}

export function itemText(item: Item): string {
  const key = textKeyOf(item);
  const value = key ? item.props[key] : item.props['text'];
  return typeof value === 'string' ? value : '';
}

/** Whether text can be typed into the item on the board (an image's alt text is edited in the panel). */
export function isEditableOnCanvas(item: Pick<Item, 'type'>): boolean {
  const key = textKeyOf(item);
  return key !== undefined && key !== 'alt';
}

const strongRtl = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const strongLtr = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/u;

/**
 * The base direction of a text by its first strong character, as `dir="auto"` decides it in HTML,
 * so the canvas lays out Arabic or Hebrew the way the editor showed it.
 */
export function textDirection(text: string): 'ltr' | 'rtl' {
  for (const ch of text) {
    if (strongRtl.test(ch)) return 'rtl';
    if (strongLtr.test(ch)) return 'ltr';
  }
  return 'ltr';
}

/** Normalises for search: case-folded and NFC, so "Å" typed as A + ring finds "å". Diacritics count (å is not a). */
export function searchKey(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('nb');
}
