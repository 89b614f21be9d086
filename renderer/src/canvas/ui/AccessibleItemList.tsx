import { useEffect, useRef } from 'react';
import type { Board } from '../../../../shared/model/records.ts';
import { useT } from '../../i18n/useT.ts';
import { useWorkshopStore } from '../../state/WorkshopContext.ts';
import type { CanvasRuntime } from '../activeCanvas.ts';
import { revealItem } from '../actions.ts';
import { noExtension, useCanvasKind } from '../extensionContext.ts';
import { setSelection } from '../sessionStore.ts';
import { ItemListMirror } from './itemListMirror.ts';

export { describeItem, type KindDescriber } from './describeItem.ts';

/**
 * The board for screen readers, keyboard users and tests: a visually hidden list with one entry
 * per item, back to front. Focusing an entry selects the item on the canvas (and brings it into
 * view), so the keyboard commands (arrows, Enter, Delete) act on it. React renders the list
 * element only; its rows are kept by ItemListMirror, after the board's first frame.
 */
export function AccessibleItemList({ runtime, board }: { runtime: CanvasRuntime; board: Board }) {
  const t = useT();
  const store = useWorkshopStore();
  const extension = useCanvasKind()?.extension ?? noExtension;
  const ulRef = useRef<HTMLUListElement>(null);
  const mirrorRef = useRef<ItemListMirror | null>(null);
  const context = { t, board, extension };
  const contextRef = useRef(context);
  contextRef.current = context;

  useEffect(() => {
    const ul = ulRef.current;
    if (!ul) return;
    const mirror = new ItemListMirror(ul, store, board.id, contextRef.current, (id) => {
      setSelection([id]);
      revealItem(runtime, id);
    });
    mirrorRef.current = mirror;
    return () => {
      mirror.dispose();
      mirrorRef.current = null;
      ul.replaceChildren();
    };
  }, [store, board.id, runtime]);

  useEffect(() => {
    mirrorRef.current?.setContext({ t, board, extension });
  }, [t, board, extension]);

  return <ul ref={ulRef} className="sr-only canvas-item-list" role="list" aria-label={t('canvas.itemsList', { board: board.name })} data-canvas-keyboard />;
}
