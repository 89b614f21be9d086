import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { connectorPath } from '../../../../shared/items/geometry.ts';
import { itemLabelKey } from '../../../../shared/items/itemTypes.ts';
import { itemTypes } from '../../../../shared/items/itemTypes.ts';
import type { Item } from '../../../../shared/model/records.ts';
import { deleteItems, updateItems } from '../../../../shared/ops/itemOps.ts';
import { useT } from '../../i18n/useT.ts';
import { useWorkshop } from '../../state/WorkshopContext.ts';
import type { CanvasRuntime } from '../activeCanvas.ts';
import { insertNoteAfter, itemsById, run } from '../actions.ts';
import { lookupIn } from '../boardIndex.ts';
import { noteColours } from '../items/draw.ts';
import type { Camera } from '../camera.ts';
import { polylineMidpoint } from '../connectorGeometry.ts';
import { itemText, textKeyOf } from '../itemText.ts';
import { canvasFontFamily, connectorLabelSize, frameHeaderHeight, frameTitleSize, textPaddingOf } from '../itemStyle.ts';
import { clearSelection, setEditing, useCamera, useCanvasSession } from '../sessionStore.ts';
import { heightForText, layoutItemText } from '../textLayout.ts';

interface Placement {
  style: React.CSSProperties;
  multiline: boolean;
}

/** Where the editor sits over an item, in canvas pixels, with the item's font at the current zoom. */
function placement(item: Item, text: string, camera: Camera, items: Readonly<Record<string, Item>>): Placement {
  const z = camera.zoom;
  const sx = (x: number) => x * z + camera.x;
  const sy = (y: number) => y * z + camera.y;
  if (item.type === 'frame') {
    const h = Math.min(frameHeaderHeight, item.h);
    return {
      multiline: false,
      style: { left: sx(item.x), top: sy(item.y), width: item.w * z, height: h * z, fontSize: frameTitleSize * z, fontWeight: 800, padding: `0 ${16 * z}px`, lineHeight: `${h * z}px` },
    };
  }
  if (item.type === 'connector') {
    const mid = polylineMidpoint(connectorPath(item, lookupIn(items)));
    const w = Math.max(200, Math.min(480, text.length * connectorLabelSize * 0.6 + 40)) * z;
    const lines = Math.max(1, text.split('\n').length);
    const h = (lines * connectorLabelSize * 1.25 + 16) * z;
    return {
      multiline: true,
      style: { left: sx(mid.x) - w / 2, top: sy(mid.y) - h / 2, width: w, height: h, fontSize: connectorLabelSize * z, textAlign: 'center', padding: `${8 * z}px`, lineHeight: 1.25 },
    };
  }
  const layout = layoutItemText(item, text, { live: true });
  const pad = textPaddingOf(item.type);
  const drawnH = layout ? Math.max(item.h, layout.drawnHeight) : item.h;
  const fontSize = layout?.fontSize ?? 20;
  const top = layout ? layout.y : pad;
  return {
    multiline: true,
    style: {
      left: sx(item.x),
      top: sy(item.y),
      width: item.w * z,
      height: drawnH * z,
      fontSize: fontSize * z,
      lineHeight: 1.25,
      padding: `${top * z}px ${pad * z}px ${pad * z}px`,
      textAlign: layout?.align ?? 'left',
      transform: item.rotation ? `rotate(${item.rotation}deg)` : undefined,
    },
  };
}

/**
 * Editing text in place: a real <textarea> over the item, so typing works as everywhere else
 * (æøå, dead keys, emoji, input methods, right-to-left with dir="auto"). It commits when it
 * loses focus, on Escape or Ctrl+Enter; on a note, Tab commits and starts the next note beside it.
 * The note's text shrinks (or the note grows) live, as it will on the board.
 */
export function TextEditor({ runtime }: { runtime: CanvasRuntime }) {
  const editingId = useCanvasSession((s) => s.editingId);
  const item = useWorkshop((s) => (editingId ? s.doc.items[editingId] : undefined));
  if (!editingId || !item) return null;
  return <Editor key={editingId} runtime={runtime} item={item} />;
}

function Editor({ runtime, item }: { runtime: CanvasRuntime; item: Item }) {
  const t = useT();
  const camera = useCamera(runtime.boardId);
  const items = useWorkshop((s) => s.doc.items);
  const [text, setText] = useState(() => itemText(item));
  const ref = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);
  const latest = useRef(text);
  latest.current = text;
  const mounts = useRef(0);
  const key = textKeyOf(item)!;

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.focus({ preventScroll: true });
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);

  const commit = (after?: 'next') => {
    if (done.current) return;
    done.current = true;
    const current = itemsById(runtime)[item.id];
    setEditing(null);
    if (!current) return;
    const typed = latest.current;
    const value = key === 'title' || key === 'label' ? typed.replace(/\s+$/u, '') : typed;
    if (current.type === 'text' && value.trim() === '') {
      // An empty text item is invisible: don't leave one behind.
      if (run(runtime, deleteItems, { ids: [current.id] })) clearSelection();
    } else if (value !== itemText(current)) {
      const h = heightForText(current, value, itemTypes.note.defaultSize.h);
      run(runtime, updateItems, { patches: [{ id: current.id, props: { [key]: value }, ...(h !== undefined && h !== current.h ? { h } : {}) }] });
    }
    if (after === 'next') {
      const fresh = itemsById(runtime)[item.id];
      if (fresh) insertNoteAfter(runtime, fresh);
    } else {
      runtime.host.focus({ preventScroll: true });
    }
  };

  // Unmounted without losing focus (the board closed): keep what was typed. The check on the next
  // tick skips React's development double mount.
  useEffect(() => {
    const counter = mounts;
    const generation = ++counter.current;
    return () => {
      setTimeout(() => {
        if (counter.current === generation && !done.current) commit();
      }, 0);
    };
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  if (!camera) return null;
  const { style, multiline } = placement(item, text, camera, items);
  const labelKey = itemLabelKey(item);
  const onKeyDown = (e: React.KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'Escape' || (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) || (e.key === 'Enter' && !multiline) || (e.key === 'Enter' && item.type === 'connector' && !e.shiftKey)) {
      e.preventDefault();
      e.stopPropagation();
      commit();
    } else if (e.key === 'Tab' && !e.shiftKey && item.type === 'note') {
      e.preventDefault();
      commit('next');
    }
  };
  const colourStyle: React.CSSProperties =
    item.type === 'note' ? { background: noteColours(item).fill, color: noteColours(item).text } : item.type === 'text' ? { color: typeof item.props['color'] === 'string' ? item.props['color'] : undefined } : {};
  return (
    <textarea
      ref={ref}
      className={`canvas-editor editor-${item.type}`}
      dir="auto"
      spellCheck
      aria-label={t('canvas.editorLabel', { type: labelKey ? t(labelKey) : t('canvas.itemOther') })}
      value={text}
      style={{ ...style, ...colourStyle, fontFamily: canvasFontFamily }}
      onChange={(e) => setText(e.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => commit()}
    />
  );
}
