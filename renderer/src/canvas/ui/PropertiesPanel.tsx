import { useId, type ReactNode } from 'react';
import {
  AlignCenterHorizontal,
  AlignCenterVertical,
  AlignEndHorizontal,
  AlignEndVertical,
  AlignHorizontalDistributeCenter,
  AlignStartHorizontal,
  AlignStartVertical,
  AlignVerticalDistributeCenter,
  BringToFront,
  Copy,
  Group,
  Lock,
  LockOpen,
  SendToBack,
  Trash2,
  Ungroup,
} from 'lucide-react';
import { useShallow } from 'zustand/react/shallow';
import type { MessageKey } from '../../../../shared/i18n/messages.ts';
import { itemLabelKey, itemTypes } from '../../../../shared/items/itemTypes.ts';
import { palette, paletteKeys, type PaletteKey } from '../../../../shared/items/palette.ts';
import type { Item } from '../../../../shared/model/records.ts';
import { runCommand } from '../../commands/registry.ts';
import { useT } from '../../i18n/useT.ts';
import { CommitField } from '../../ui/CommitField.tsx';
import { useWorkshop } from '../../state/WorkshopContext.ts';
import type { CanvasRuntime } from '../activeCanvas.ts';
import { itemsById, run, updateSelectedProps } from '../actions.ts';
import { updateItems } from '../../../../shared/ops/itemOps.ts';
import { setNoteColour, useCanvasSession } from '../sessionStore.ts';
import { heightForText } from '../textLayout.ts';

const fontSizes = [12, 16, 20, 24, 28, 32, 40, 48, 64, 80, 96, 128];
const strokeWidths = [1, 2, 4, 8];
/** Line colours: dark ink, the app's blue, a strong red, a mid grey; all readable on the projector. */
const inkColours: { value: string; labelKey: MessageKey }[] = [
  { value: '#1a1a1a', labelKey: 'canvas.colour.black' },
  { value: '#07457f', labelKey: 'canvas.colour.blue' },
  { value: '#b3261e', labelKey: 'canvas.colour.red' },
  { value: '#5b6b7b', labelKey: 'canvas.colour.grey' },
];

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="props-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

function all<T>(items: readonly Item[], read: (item: Item) => T): T | undefined {
  const first = items[0] ? read(items[0]) : undefined;
  return items.every((item) => read(item) === first) ? first : undefined;
}

function Swatches({ label, options, current, onPick }: { label: string; options: { value: string; fill: string; name: string }[]; current: string | undefined; onPick(value: string): void }) {
  return (
    <div className="swatches" role="group" aria-label={label}>
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          className={`swatch-btn${o.value === 'transparent' ? ' none' : ''}`}
          style={{ background: o.fill }}
          aria-label={o.name}
          title={o.name}
          aria-pressed={current === o.value}
          onClick={() => onPick(o.value)}
        />
      ))}
    </div>
  );
}

function IconCommand({ commandId, label, children }: { commandId: string; label: string; children: ReactNode }) {
  return (
    <button type="button" className="props-btn" aria-label={label} title={label} onClick={() => void runCommand(commandId)}>
      {children}
    </button>
  );
}

/**
 * Properties of the selection, top right: colour, font size, text fitting, line, label. A change
 * applies to every selected item that has the property, in one undo step. Arranging, locking and
 * deleting run the same commands as the keyboard.
 */
export function PropertiesPanel({ runtime }: { runtime: CanvasRuntime }) {
  const t = useT();
  const selection = useCanvasSession((s) => s.selection);
  const editing = useCanvasSession((s) => s.editingId !== null);
  const selected = useWorkshop(useShallow((s) => selection.map((id) => s.doc.items[id]).filter((item): item is Item => item !== undefined)));
  if (selected.length === 0 || editing) return null;

  const notes = selected.filter((i) => i.type === 'note');
  const texts = selected.filter((i) => i.type === 'text');
  const shapes = selected.filter((i) => i.type === 'shape');
  const connectors = selected.filter((i) => i.type === 'connector');
  const frames = selected.filter((i) => i.type === 'frame');
  const sized = [...notes, ...texts];
  const allLocked = selected.every((i) => i.locked);
  const single = selected.length === 1 ? selected[0]! : undefined;
  const singleLabel = single ? itemLabelKey(single) : undefined;
  const set = (props: Record<string, unknown>, accept: (item: Item) => boolean) => updateSelectedProps(runtime, props, accept);
  const isType = (type: string) => (item: Item) => item.type === type;

  /** Font size and fitting change a growing note's or a text's height too: one patch per item. */
  const setTextProps = (props: Record<string, unknown>) => {
    const patches = selected
      .filter((item) => (item.type === 'note' || item.type === 'text') && !item.locked)
      .map((item) => {
        const next = { ...item, props: { ...item.props, ...props } };
        const h = heightForText(next, typeof item.props['text'] === 'string' ? item.props['text'] : '', itemTypes.note.defaultSize.h);
        return { id: item.id, props, ...(h !== undefined && h !== item.h ? { h } : {}) };
      });
    if (patches.length > 0) run(runtime, updateItems, { patches });
  };

  const noteOptions = paletteKeys.map((k) => ({ value: k, fill: palette[k].fill, name: t(palette[k].labelKey) }));
  const fillOptions = [
    { value: '#ffffff', fill: '#ffffff', name: t('canvas.colour.white') },
    ...paletteKeys.map((k) => ({ value: palette[k].fill, fill: palette[k].fill, name: t(palette[k].labelKey) })),
    { value: 'transparent', fill: 'transparent', name: t('canvas.prop.noFill') },
  ];
  const inkOptions = inkColours.map((c) => ({ value: c.value, fill: c.value, name: t(c.labelKey) }));
  const fontSize = all(sized, (i) => i.props['fontSize'] as number);
  const fit = all(notes, (i) => i.props['fit'] as string);

  return (
    <aside className="canvas-props" aria-label={t('canvas.properties')} data-canvas-panel data-canvas-ui>
      <p className="props-title">{single && singleLabel ? t(singleLabel) : t('canvas.selectionCount', { count: selected.length })}</p>
      {allLocked && <p className="props-locked">{t('canvas.lockedNote')}</p>}

      {!allLocked && notes.length > 0 && (
        <Section title={t('canvas.prop.colour')}>
          <Swatches
            label={t('canvas.prop.colour')}
            options={noteOptions}
            current={all(notes, (i) => i.props['color'] as string)}
            onPick={(value) => {
              setNoteColour(value as PaletteKey);
              set({ color: value }, isType('note'));
            }}
          />
        </Section>
      )}
      {!allLocked && sized.length > 0 && (
        <Section title={t('canvas.prop.fontSize')}>
          <select className="props-select" aria-label={t('canvas.prop.fontSize')} value={fontSize ?? ''} onChange={(e) => setTextProps({ fontSize: Number(e.target.value) })}>
            {fontSize === undefined && <option value="">–</option>}
            {[...new Set([...fontSizes, ...(fontSize ? [fontSize] : [])])]
              .sort((a, b) => a - b)
              .map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
          </select>
        </Section>
      )}
      {!allLocked && notes.length > 0 && (
        <Section title={t('canvas.prop.fit')}>
          <div className="segmented" role="group" aria-label={t('canvas.prop.fit')}>
            {(['shrink', 'grow'] as const).map((f) => (
              <button key={f} type="button" aria-pressed={fit === f} onClick={() => setTextProps({ fit: f })}>
                {t(f === 'shrink' ? 'canvas.fit.shrink' : 'canvas.fit.grow')}
              </button>
            ))}
          </div>
        </Section>
      )}
      {!allLocked && texts.length > 0 && (
        <Section title={t('canvas.prop.textAlign')}>
          <div className="segmented" role="group" aria-label={t('canvas.prop.textAlign')}>
            {(['left', 'center', 'right'] as const).map((a) => (
              <button key={a} type="button" aria-pressed={all(texts, (i) => i.props['align']) === a} onClick={() => set({ align: a }, isType('text'))}>
                {t(a === 'left' ? 'canvas.textAlign.left' : a === 'center' ? 'canvas.textAlign.center' : 'canvas.textAlign.right')}
              </button>
            ))}
          </div>
        </Section>
      )}
      {!allLocked && (shapes.length > 0 || frames.length > 0) && (
        <Section title={t('canvas.prop.fill')}>
          <Swatches
            label={t('canvas.prop.fill')}
            options={fillOptions}
            current={all([...shapes, ...frames], (i) => i.props['fill'] as string)}
            onPick={(value) => set({ fill: value }, (i) => i.type === 'shape' || i.type === 'frame')}
          />
        </Section>
      )}
      {!allLocked && (shapes.length > 0 || connectors.length > 0) && (
        <Section title={t('canvas.prop.stroke')}>
          <Swatches
            label={t('canvas.prop.stroke')}
            options={inkOptions}
            current={all([...shapes, ...connectors], (i) => i.props['stroke'] as string)}
            onPick={(value) => set({ stroke: value }, (i) => i.type === 'shape' || i.type === 'connector')}
          />
          <div className="segmented" role="group" aria-label={t('canvas.prop.strokeWidth')}>
            {strokeWidths.map((w) => (
              <button
                key={w}
                type="button"
                aria-label={`${t('canvas.prop.strokeWidth')} ${w}`}
                aria-pressed={all([...shapes, ...connectors], (i) => i.props['strokeWidth']) === w}
                onClick={() => set({ strokeWidth: w }, (i) => i.type === 'shape' || i.type === 'connector')}
              >
                <span className="stroke-sample" style={{ height: Math.max(1, w) }} aria-hidden />
              </button>
            ))}
          </div>
        </Section>
      )}
      {!allLocked && connectors.length > 0 && (
        <Section title={t('canvas.prop.routing')}>
          <div className="segmented" role="group" aria-label={t('canvas.prop.routing')}>
            {(['straight', 'elbow'] as const).map((r) => (
              <button key={r} type="button" aria-pressed={all(connectors, (i) => i.props['routing']) === r} onClick={() => set({ routing: r }, isType('connector'))}>
                {t(r === 'straight' ? 'canvas.routing.straight' : 'canvas.routing.elbow')}
              </button>
            ))}
          </div>
          <label className="props-check">
            <input type="checkbox" checked={all(connectors, (i) => i.props['startArrow']) === true} onChange={(e) => set({ startArrow: e.target.checked }, isType('connector'))} />
            {t('canvas.prop.startArrow')}
          </label>
          <label className="props-check">
            <input type="checkbox" checked={all(connectors, (i) => i.props['endArrow']) !== false} onChange={(e) => set({ endArrow: e.target.checked }, isType('connector'))} />
            {t('canvas.prop.endArrow')}
          </label>
        </Section>
      )}
      {!allLocked && single && (single.type === 'connector' || single.type === 'frame' || single.type === 'image') && (
        <Section title={t(single.type === 'connector' ? 'canvas.prop.label' : single.type === 'frame' ? 'canvas.prop.title' : 'canvas.prop.alt')}>
          <CommitField
            className="props-input"
            aria-label={t(single.type === 'connector' ? 'canvas.prop.label' : single.type === 'frame' ? 'canvas.prop.title' : 'canvas.prop.alt')}
            value={String(single.props[single.type === 'connector' ? 'label' : single.type === 'frame' ? 'title' : 'alt'] ?? '')}
            maxLength={500}
            onCommit={(value) => {
              const key = single.type === 'connector' ? 'label' : single.type === 'frame' ? 'title' : 'alt';
              if (itemsById(runtime)[single.id]) run(runtime, updateItems, { patches: [{ id: single.id, props: { [key]: value } }] });
            }}
          />
        </Section>
      )}

      <Section title={t('canvas.prop.arrange')}>
        <div className="props-row">
          {!allLocked && <IconCommand commandId="canvas.bringToFront" label={t('canvas.bringToFront')}><BringToFront aria-hidden size={20} /></IconCommand>}
          {!allLocked && <IconCommand commandId="canvas.sendToBack" label={t('canvas.sendToBack')}><SendToBack aria-hidden size={20} /></IconCommand>}
          {selected.length >= 2 && <IconCommand commandId="canvas.group" label={t('op.items.group')}><Group aria-hidden size={20} /></IconCommand>}
          {selected.some((i) => i.groupId) && <IconCommand commandId="canvas.ungroup" label={t('op.items.ungroup')}><Ungroup aria-hidden size={20} /></IconCommand>}
          <IconCommand commandId="canvas.duplicate" label={t('common.duplicate')}><Copy aria-hidden size={20} /></IconCommand>
        </div>
        {!allLocked && selected.length >= 2 && (
          <div className="props-row">
            <IconCommand commandId="canvas.align.left" label={t('canvas.align.left')}><AlignStartVertical aria-hidden size={20} /></IconCommand>
            <IconCommand commandId="canvas.align.center" label={t('canvas.align.center')}><AlignCenterVertical aria-hidden size={20} /></IconCommand>
            <IconCommand commandId="canvas.align.right" label={t('canvas.align.right')}><AlignEndVertical aria-hidden size={20} /></IconCommand>
            <IconCommand commandId="canvas.align.top" label={t('canvas.align.top')}><AlignStartHorizontal aria-hidden size={20} /></IconCommand>
            <IconCommand commandId="canvas.align.middle" label={t('canvas.align.middle')}><AlignCenterHorizontal aria-hidden size={20} /></IconCommand>
            <IconCommand commandId="canvas.align.bottom" label={t('canvas.align.bottom')}><AlignEndHorizontal aria-hidden size={20} /></IconCommand>
            {selected.length >= 3 && (
              <>
                <IconCommand commandId="canvas.distribute.horizontal" label={t('canvas.distribute.horizontal')}><AlignHorizontalDistributeCenter aria-hidden size={20} /></IconCommand>
                <IconCommand commandId="canvas.distribute.vertical" label={t('canvas.distribute.vertical')}><AlignVerticalDistributeCenter aria-hidden size={20} /></IconCommand>
              </>
            )}
          </div>
        )}
      </Section>
      <div className="props-actions">
        <button type="button" className="btn quiet props-wide" onClick={() => void runCommand('canvas.lock')}>
          {allLocked ? <LockOpen aria-hidden size={20} /> : <Lock aria-hidden size={20} />} {t(allLocked ? 'canvas.unlock' : 'canvas.lock')}
        </button>
        {!allLocked && (
          <button type="button" className="btn danger props-wide" onClick={() => void runCommand('canvas.delete')}>
            <Trash2 aria-hidden size={20} /> {t('common.delete')}
          </button>
        )}
      </div>
    </aside>
  );
}
