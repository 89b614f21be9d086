import { describe, expect, it } from 'vitest';
import { ItemSchema } from '../../../shared/model/records.ts';
import { checkItemProps, defaultItem, itemLabelKey, itemTypeNames, itemTypes, parseItemProps } from '../../../shared/items/itemTypes.ts';
import { nb } from '../../../shared/i18n/nb.ts';
import { boardId, item } from './fixtures.ts';

describe('item types', () => {
  it.each(itemTypeNames)('makes a complete, valid %s with defaults', (type) => {
    const made = defaultItem(type, boardId);
    expect(ItemSchema.safeParse(made).success).toBe(true);
    expect(made.type).toBe(type);
    expect(made.w).toBe(itemTypes[type].defaultSize.w);
    expect(made.id).toMatch(/^i_/);
    expect(parseItemProps(type, {})).toEqual(made.props);
  });

  it('takes overrides for geometry and props', () => {
    const note = defaultItem('note', boardId, { x: 40, y: 80, props: { text: 'Fastlegen får ikke epikrise', color: 'pink' } });
    expect(note).toMatchObject({ x: 40, y: 80, props: { text: 'Fastlegen får ikke epikrise', color: 'pink', fit: 'shrink' } });
  });

  it('fills missing props of an older item and rejects invalid ones', () => {
    expect(parseItemProps('connector', { fromId: 'i_a' })).toMatchObject({ fromId: 'i_a', toId: null, routing: 'straight', endArrow: true });
    expect(() => parseItemProps('note', { color: 'red' })).toThrow();
    expect(() => parseItemProps('shape', { shape: 'triangle' })).toThrow();
    expect(() => parseItemProps('text', { color: 'black' })).toThrow();
    expect(() => parseItemProps('note', { fontSize: 4 })).toThrow();
  });

  it("passes a board kind's own item types through unchanged", () => {
    expect(checkItemProps('puzzlePiece', { row: 2, tilbud: 'Rask psykisk helsehjelp' })).toEqual({
      success: true,
      props: { row: 2, tilbud: 'Rask psykisk helsehjelp' },
    });
    expect(checkItemProps('note', { color: 'mauve' }).success).toBe(false);
  });

  it('names items in Norwegian, shapes by their outline', () => {
    expect(nb[itemLabelKey(item('note', 'a'))!]).toBe('Lapp');
    expect(nb[itemLabelKey(item('shape', 'b', { props: { shape: 'diamond' } }))!]).toBe('Rombe');
    expect(nb[itemLabelKey(item('connector', 'c'))!]).toBe('Pil');
    expect(itemLabelKey({ ...item('note', 'd'), type: 'puzzlePiece' })).toBeUndefined();
  });
});
