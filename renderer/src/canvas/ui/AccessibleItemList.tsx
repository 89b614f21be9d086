import { memo, useDeferredValue, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { itemLabelKey } from '../../../../shared/items/itemTypes.ts';
import type { MessageKey } from '../../../../shared/i18n/messages.ts';
import type { MessageParams } from '../../../../shared/i18n/translate.ts';
import type { ItemId } from '../../../../shared/model/ids.ts';
import type { Actor, Board, Item } from '../../../../shared/model/records.ts';
import type { CanvasExtension, DescribeContext } from '../../kinds/rendererKind.ts';
import { useT } from '../../i18n/useT.ts';
import { useWorkshop } from '../../workshop/WorkshopContext.ts';
import type { CanvasRuntime } from '../activeCanvas.ts';
import { revealItem } from '../actions.ts';
import { orderedBoardItems } from '../boardIndex.ts';
import { noExtension, useCanvasKind } from '../extensionContext.ts';
import { itemText } from '../itemText.ts';
import { setSelection, useCanvasSession } from '../sessionStore.ts';

type T = (key: MessageKey, params?: MessageParams) => string;

/** The board kind's part in describing items: its extension and what its descriptions read. */
export interface KindDescriber {
  extension: CanvasExtension;
  context: DescribeContext;
}

/**
 * How an item reads aloud: "Lapp: Fastlegen får ikke epikrise", "Pil: Legevakt → PAM"; a board
 * kind's own items as the kind describes them ("Aktør: NAV (Kommunale tjenester)").
 */
export function describeItem(t: T, item: Item, lookup: (id: string) => Item | undefined, kind?: KindDescriber): string {
  const own = kind && kind.extension.itemRenderers?.[item.type] ? kind.extension.describeItem?.(item, t, kind.context) : undefined;
  if (own !== undefined) return item.locked ? t('canvas.itemLocked', { entry: own }) : own;
  const labelKey = itemLabelKey(item);
  const type = labelKey ? t(labelKey) : item.type;
  let text = itemText(item).trim().replace(/\s+/g, ' ');
  if (item.type === 'connector' && text === '') {
    const from = typeof item.props['fromId'] === 'string' ? lookup(item.props['fromId']) : undefined;
    const to = typeof item.props['toId'] === 'string' ? lookup(item.props['toId']) : undefined;
    const end = (i: Item | undefined) => (i ? itemText(i).trim().replace(/\s+/g, ' ') || t(itemLabelKey(i) ?? 'canvas.itemOther') : '…');
    text = `${end(from)} → ${end(to)}`;
  }
  const entry = t('canvas.itemEntry', { type, text: text || t('canvas.itemEmpty') });
  return item.locked ? t('canvas.itemLocked', { entry }) : entry;
}

const Row = memo(function Row({ id, runtime, selected, t, board, extension }: { id: ItemId; runtime: CanvasRuntime; selected: boolean; t: T; board: Board; extension: CanvasExtension }) {
  const item = useWorkshop((s) => s.doc.items[id]);
  // Only a kind's own items read the registry (a chip says its actor's name), so a rename
  // re-renders those rows and no others.
  const actors = useWorkshop((s): Readonly<Record<string, Actor>> | null => {
    const type = s.doc.items[id]?.type;
    return type && extension.describeItem && extension.itemRenderers?.[type] ? s.doc.actors : null;
  });
  const kind = useMemo(() => (actors ? { extension, context: { board, actors } } : undefined), [actors, extension, board]);
  if (!item) return null;
  return (
    <li
      role="listitem"
      tabIndex={0}
      dir="auto"
      aria-current={selected ? 'true' : undefined}
      data-item-id={id}
      data-type={item.type}
      data-x={Math.round(item.x)}
      data-y={Math.round(item.y)}
      data-w={Math.round(item.w)}
      data-h={Math.round(item.h)}
      data-parent={item.parentId ?? ''}
      onFocus={() => {
        setSelection([id]);
        revealItem(runtime, id);
      }}
    >
      {item.type === 'connector' ? <ConnectorText item={item} t={t} /> : describeItem(t, item, none, kind)}
    </li>
  );
});

const none = () => undefined;
const noIds: ItemId[] = [];

/** An arrow without a label reads as what it joins; only these rows follow other items. */
function ConnectorText({ item, t }: { item: Item; t: T }) {
  const fromId = typeof item.props['fromId'] === 'string' ? item.props['fromId'] : null;
  const toId = typeof item.props['toId'] === 'string' ? item.props['toId'] : null;
  const from = useWorkshop((s) => (fromId ? s.doc.items[fromId as ItemId] : undefined));
  const to = useWorkshop((s) => (toId ? s.doc.items[toId as ItemId] : undefined));
  return describeItem(t, item, (other) => (other === fromId ? from : other === toId ? to : undefined));
}

/**
 * The board for screen readers, keyboard users and tests: a visually hidden list with one entry
 * per item, back to front. Focusing an entry selects the item on the canvas (and brings it into
 * view), so the keyboard commands (arrows, Enter, Delete) act on it.
 */
export function AccessibleItemList({ runtime, board }: { runtime: CanvasRuntime; board: Board }) {
  const t = useT();
  const allIds = useWorkshop(useShallow((s) => orderedBoardItems(s.doc.items, board.id).map((item) => item.id)));
  // Filled in after the board's first frame: on a 10,000-item board the list must not delay the picture.
  const ids = useDeferredValue(allIds, noIds);
  // One subscription for the whole list: the rows don't listen to the session store, which
  // changes on every frame of a pan.
  const selection = useCanvasSession((s) => s.selection);
  const selected = useMemo(() => new Set<string>(selection), [selection]);
  const extension = useCanvasKind()?.extension ?? noExtension;
  return (
    <ul className="sr-only canvas-item-list" role="list" aria-label={t('canvas.itemsList', { board: board.name })} data-canvas-keyboard>
      {ids.map((id) => (
        <Row key={id} id={id} runtime={runtime} selected={selected.has(id)} t={t} board={board} extension={extension} />
      ))}
    </ul>
  );
}
