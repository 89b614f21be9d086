import { describe, expect, it } from 'vitest';
import { itemsToCopy, notesFromPlainText, parseClipboard, plainTextOf, reIdItems, serializeItems } from '../../../shared/items/clipboard.ts';
import type { ItemId } from '../../../shared/model/ids.ts';
import type { Item } from '../../../shared/model/records.ts';
import { boardId, item } from './fixtures.ts';

function byId(items: Item[]): Record<string, Item> {
  return Object.fromEntries(items.map((i) => [i.id, i]));
}

const frame = item('frame', 'vaernes', { x: 0, y: 0, w: 800, h: 600, props: { title: 'Værnesregionen' } });
const dps = item('note', 'dps', { x: 40, y: 80, parentId: frame.id, groupId: 'grp_team', props: { text: 'HNT Stjørdal DPS' } });
const kommune = item('note', 'kommune', { x: 300, y: 80, parentId: frame.id, groupId: 'grp_team', props: { text: 'Stjørdal kommune' } });
const snasa = item('note', 'snasa', { x: 1000, y: 80, props: { text: 'Snåase – Snåsa' } });
const inside = item('connector', 'inside', { props: { fromId: dps.id, toId: kommune.id } });
const outward = item('connector', 'outward', { props: { fromId: kommune.id, toId: snasa.id } });
const all = byId([frame, dps, kommune, snasa, inside, outward]);

describe('copying', () => {
  it('takes a frame’s contents and the connectors between copied items', () => {
    const copied = itemsToCopy([frame.id], all).map((i) => i.id).sort();
    expect(copied).toEqual([frame.id, dps.id, kommune.id, inside.id].sort());
  });

  it('writes a marked, versioned payload that parses back', () => {
    const text = serializeItems([dps.id, kommune.id], all);
    expect(JSON.parse(text)).toMatchObject({ samkart: 'items', version: 1 });
    const items = parseClipboard(text)!;
    expect(items.map((i) => i.id).sort()).toEqual([dps.id, kommune.id, inside.id].sort());
  });

  it('writes a connector’s current ends as points, so a dangling end stays where it was', () => {
    const [copy] = itemsToCopy([outward.id], all);
    expect(copy!.props['fromPoint']).toEqual({ x: 460, y: 130 });
    expect(copy!.props['toPoint']).toEqual({ x: 1000, y: 130 });
  });
});

describe('parsing', () => {
  it('rejects anything that is not a valid Samkart payload', () => {
    const valid = JSON.parse(serializeItems([snasa.id], all)) as { items: Item[] };
    const bad = (payload: unknown) => parseClipboard(JSON.stringify(payload));
    expect(parseClipboard('Fastlegen får ikke epikrise')).toBeNull();
    expect(parseClipboard('{not json')).toBeNull();
    expect(bad({ samkart: 'board', version: 1, items: [] })).toBeNull();
    expect(bad({ samkart: 'items', version: 2, items: valid.items })).toBeNull();
    expect(bad({ samkart: 'items', version: 1, items: [{ ...valid.items[0], x: 'left' }] })).toBeNull();
    expect(bad({ samkart: 'items', version: 1, items: [{ ...valid.items[0], props: { color: 'tomato' } }] })).toBeNull();
    expect(bad({ samkart: 'items', version: 1, items: [valid.items[0], valid.items[0]] })).toBeNull();
  });

  it('fills props missing in an older payload', () => {
    const old = { ...snasa, props: { text: 'Snåase – Snåsa' } };
    const [parsed] = parseClipboard(JSON.stringify({ samkart: 'items', version: 1, items: [old] }))!;
    expect(parsed!.props).toMatchObject({ text: 'Snåase – Snåsa', color: 'yellow', fit: 'shrink' });
  });
});

describe('re-id on paste', () => {
  let n = 0;
  const newId = () => `i_new${++n}` as ItemId;

  it('gives new ids and remaps frame, group and connector ends', () => {
    n = 0;
    const pasted = reIdItems(itemsToCopy([frame.id], all), { boardId, offset: { x: 20, y: 20 }, newId, newGroupId: () => 'grp_copy' });
    const map = new Map(itemsToCopy([frame.id], all).map((orig, i) => [orig.id, pasted[i]!]));
    const newFrame = map.get(frame.id)!;
    const newDps = map.get(dps.id)!;
    const newInside = map.get(inside.id)!;
    expect(pasted.every((i) => i.id.startsWith('i_new'))).toBe(true);
    expect(newDps).toMatchObject({ x: 60, y: 100, parentId: newFrame.id, groupId: 'grp_copy' });
    expect(newInside.props).toMatchObject({ fromId: newDps.id, toId: map.get(kommune.id)!.id });
  });

  it('drops references to items that were not copied, keeping the points', () => {
    const copied = itemsToCopy([outward.id, dps.id], all);
    const pasted = reIdItems(copied, { boardId, offset: { x: 0, y: 100 }, newId });
    const arrow = pasted.find((i) => i.type === 'connector')!;
    const note = pasted.find((i) => i.type === 'note')!;
    expect(arrow.props).toMatchObject({ fromId: null, toId: null, fromPoint: { x: 460, y: 230 }, toPoint: { x: 1000, y: 230 } });
    expect(note.parentId).toBeNull();
    expect(note.groupId).toBeNull();
  });
});

describe('plain text', () => {
  it('reads the items in rows, top to bottom and left to right', () => {
    const a = item('note', 'a', { x: 300, y: 5, props: { text: 'Ventetid BUP Stjørdal' } });
    const b = item('note', 'b', { x: 0, y: 0, props: { text: 'Fastlegen får ikke epikrise' } });
    const c = item('note', 'c', { x: 0, y: 200, props: { text: 'Hva er viktig for deg?' } });
    const empty = item('note', 'd', { x: 600, y: 0 });
    expect(plainTextOf([c, a, empty, b])).toBe('Fastlegen får ikke epikrise\nVentetid BUP Stjørdal\nHva er viktig for deg?');
  });

  it('makes one note per non-empty line, in a grid, without list bullets', () => {
    const text = '• Fastlegen får ikke epikrise\r\n\n- Ventetid BUP Stjørdal\n   \nRaarvihke – Røyrvik\n👍🏽 Bra samarbeid med NAV\n';
    const notes = notesFromPlainText(text, boardId, { x: 100, y: 100 });
    expect(notes.map((n) => n.props['text'])).toEqual([
      'Fastlegen får ikke epikrise',
      'Ventetid BUP Stjørdal',
      'Raarvihke – Røyrvik',
      '👍🏽 Bra samarbeid med NAV',
    ]);
    expect(notes.map((n) => [n.x, n.y])).toEqual([
      [100, 100],
      [320, 100],
      [100, 270],
      [320, 270],
    ]);
    // The note the N tool makes: one size, one type size, growing with its text.
    for (const n of notes) expect({ w: n.w, h: n.h, fontSize: n.props['fontSize'], fit: n.props['fit'] }).toEqual({ w: 200, h: 150, fontSize: 28, fit: 'grow' });
    expect(new Set(notes.map((n) => n.id)).size).toBe(4);
    expect(notesFromPlainText(' \n\n', boardId, { x: 0, y: 0 })).toEqual([]);
  });

  it('keeps a dash that is part of the words', () => {
    expect(notesFromPlainText('–3 døgn i PAM', boardId, { x: 0, y: 0 }, { color: 'pink' })[0]!.props).toMatchObject({ text: '–3 døgn i PAM', color: 'pink' });
  });
});
