import { describe, expect, expectTypeOf, it } from 'vitest';
import { parseClipboard } from '../../../shared/items/clipboard.ts';
import { itemTypeNames } from '../../../shared/items/itemTypes.ts';
import { actorChipItemType, actorChipType } from '../../../shared/kinds/actorMap/chip.ts';
import { hukiMatrixItemType, hukiMatrixType, type HukiMatrixProps } from '../../../shared/kinds/huki/model.ts';
import { checkAnyItemProps, kindItemType, kindItemTypes, minItemSize } from '../../../shared/kinds/kindItemTypes.ts';
import { pieceItemType, pieceType, type PieceProps } from '../../../shared/kinds/puzzle/piece.ts';
import { boardKinds } from '../../../shared/kinds/registry.ts';
import { buildExampleWorkshop } from '../../../shared/examples/vaernesregionen.ts';
import { RowChangeSchema } from '../../../shared/model/changes.ts';
import type { ActorId } from '../../../shared/model/ids.ts';
import { limits } from '../../../shared/model/limits.ts';
import type { Item } from '../../../shared/model/records.ts';
import { createItems, updateItems } from '../../../shared/ops/itemOps.ts';
import { OperationError, perform } from '../../../shared/ops/operation.ts';
import { boardId, id, workshop } from '../items/fixtures.ts';

/** An item of any type with these props, on the test board. */
function itemOf(type: string, name: string, props: Record<string, unknown>): Item {
  return { id: id(name), boardId, type, x: 0, y: 0, w: 200, h: 100, rotation: 0, z: 1, parentId: null, groupId: null, locked: false, props };
}

/** Each kind item type with props its schema accepts and props it must refuse. */
const cases = [
  { type: actorChipType, good: { actorId: 'a_nav' }, bad: { actorId: 'NAV Stjørdal' } },
  { type: hukiMatrixType, good: { actorIds: ['a_nav'], phases: [{ id: 'f_1', name: 'Før', tasks: [{ id: 'o_1', name: 'Kartlegge', cells: [{ actorId: 'a_nav', letter: 'H' }] }] }] }, bad: { phases: [{ id: 'f_1', tasks: [{ id: 'o_1', cells: [{ actorId: 'a_nav', letter: 'X' }] }] }] } },
  { type: pieceType, good: { text: 'Helsestasjon for ungdom', actorId: null }, bad: { text: 'x'.repeat(limits.name + 1) } },
] as const;

function refusal(run: () => unknown): OperationError {
  try {
    run();
  } catch (error) {
    if (error instanceof OperationError) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe("board kinds' item types", () => {
  it('the kinds declare their item types, each once and none with a core type name', () => {
    const declared = boardKinds().flatMap((kind) => (kind.itemTypes ?? []).map((t) => t.type));
    expect(declared).toEqual(expect.arrayContaining([actorChipType, hukiMatrixType, pieceType]));
    expect(new Set(declared).size).toBe(declared.length);
    for (const type of declared) expect(itemTypeNames as readonly string[]).not.toContain(type);
    expect(kindItemTypes().map((t) => t.type).sort()).toEqual([...declared].sort());
    expect(kindItemType(pieceType)).toBe(pieceItemType);
    expect(kindItemType('note')).toBeUndefined();
  });

  it.each(cases)('accepts valid $type props and fills their defaults', ({ type, good }) => {
    const checked = checkAnyItemProps(type, good);
    expect(checked).toEqual({ success: true, props: kindItemType(type)!.propsSchema.parse(good) });
    const { doc } = perform(workshop(), createItems, { items: [itemOf(type, 'ok', good)] });
    expect(doc.items[id('ok')]!.props).toEqual(kindItemType(type)!.propsSchema.parse(good));
  });

  it.each(cases)('refuses $type props of the wrong shape when an item is created, as it refuses a core item', ({ type, bad }) => {
    const kind = refusal(() => perform(workshop(), createItems, { items: [itemOf(type, 'bad', bad)] }));
    const core = refusal(() => perform(workshop(), createItems, { items: [itemOf('note', 'bad', { color: 'mauve' })] }));
    expect(kind.key).toBe(core.key);
    expect(kind.key).toBe('error.invalidEdit');
    expect(kind.message).toMatch(new RegExp(`^${type} props: `));
    expect(core.message).toMatch(/^note props: /);
  });

  it.each(cases)('refuses an update that would leave $type props wrong', ({ type, good, bad }) => {
    const { doc } = perform(workshop(), createItems, { items: [itemOf(type, 'it', good)] });
    const error = refusal(() => perform(doc, updateItems, { patches: [{ id: id('it'), props: bad }] }));
    expect(error.message).toMatch(new RegExp(`^${type} props: `));
  });

  it.each(cases)('refuses a paste of a $type with wrong props', ({ type, good, bad }) => {
    const payload = (props: Record<string, unknown>) => JSON.stringify({ samkart: 'items', version: 1, items: [itemOf(type, 'pasted', props)] });
    expect(parseClipboard(payload(good))).toHaveLength(1);
    expect(parseClipboard(payload(bad))).toBeNull();
  });

  it.each(cases)("refuses a $type with wrong props on the file's apply path", ({ type, good, bad }) => {
    const put = (props: Record<string, unknown>) => RowChangeSchema.safeParse({ table: 'items', op: 'put', record: itemOf(type, 'row', props) });
    expect(put(good).success).toBe(true);
    const refused = put(bad);
    expect(refused.success).toBe(false);
    expect(refused.error?.message).toContain(`${type} props: `);
  });

  it("keeps fields a kind's schema does not name (a newer version's), and passes a type no kind here declares", () => {
    expect(checkAnyItemProps(actorChipType, { actorId: 'a_nav', badge: 'ny' })).toEqual({ success: true, props: { actorId: 'a_nav', badge: 'ny' } });
    expect(checkAnyItemProps('journeyStep', { anything: [1, 2] })).toEqual({ success: true, props: { anything: [1, 2] } });
    expect(RowChangeSchema.safeParse({ table: 'items', op: 'put', record: itemOf('journeyStep', 'future', { anything: 1 }) }).success).toBe(true);
    expect(minItemSize(pieceType)).toBe(8);
  });

  it('every kind item of the example workshop passes its schema on the apply path (what this version writes still saves)', () => {
    const doc = buildExampleWorkshop();
    const kindItems = Object.values(doc.items).filter((item) => kindItemType(item.type));
    expect(new Set(kindItems.map((item) => item.type))).toEqual(new Set([actorChipType, hukiMatrixType, pieceType]));
    for (const item of kindItems) expect(RowChangeSchema.safeParse({ table: 'items', op: 'put', record: item }).success).toBe(true);
  });
});

describe('typed readers of kind items', () => {
  it('narrow an item by its type and give its props typed', () => {
    const item: Item = itemOf(hukiMatrixType, 'matrix', { actorIds: ['a_nav'] });
    expect(hukiMatrixItemType.is(item)).toBe(true);
    expect(pieceItemType.is(item)).toBe(false);
    expect(actorChipItemType.is(undefined)).toBe(false);
    if (hukiMatrixItemType.is(item)) {
      expectTypeOf(item.props).toExtend<HukiMatrixProps>();
      expect(item.props.actorIds).toEqual(['a_nav']);
    }
  });

  it('read props with their defaults filled, and safeRead gives undefined for props that do not pass', () => {
    const piece = itemOf(pieceType, 'piece', { text: 'BUP – utredning', actorId: 'a_bup' });
    const props = pieceItemType.read(piece);
    expectTypeOf(props).toEqualTypeOf<PieceProps>();
    expect(props).toEqual({ text: 'BUP – utredning', actorId: 'a_bup' as ActorId, targetGroup: '', ageRange: '', capacity: '', contact: '', notes: '' });
    expect(hukiMatrixItemType.read(itemOf(hukiMatrixType, 'empty', {}))).toEqual({ actorIds: [], phases: [] });
    expect(actorChipItemType.safeRead(itemOf(actorChipType, 'chip', { actorId: 7 }))).toBeUndefined();
    expect(() => actorChipItemType.read(itemOf(actorChipType, 'chip', { actorId: 7 }))).toThrow();
  });
});
