import { itemLabelKey } from '../../../../shared/items/itemTypes.ts';
import type { MessageKey } from '../../../../shared/i18n/messages.ts';
import type { MessageParams } from '../../../../shared/i18n/translate.ts';
import type { Item } from '../../../../shared/model/records.ts';
import type { CanvasExtension, DescribeContext } from '../extension.ts';
import { itemText } from '../itemText.ts';

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
