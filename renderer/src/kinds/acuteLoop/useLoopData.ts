import { useMemo } from 'react';
import { readAcuteLoopProps, type AcuteLoopProps } from '../../../../shared/kinds/acuteLoop/schema.ts';
import { loopView, type LoopView } from '../../../../shared/kinds/acuteLoop/stationViews.ts';
import type { Board } from '../../../../shared/model/records.ts';
import { useWorkshop } from '../../state/WorkshopContext.ts';

/**
 * The board's acute-loop data, read once per change of the board or the actor registry (records
 * keep their identity when untouched, so a note edited on another board costs nothing here).
 */
export function useLoopData(board: Board): { props: AcuteLoopProps; view: LoopView } {
  const actors = useWorkshop((s) => s.doc.actors);
  const props = useMemo(() => readAcuteLoopProps(board.props), [board.props]);
  const view = useMemo(() => loopView(props, actors), [props, actors]);
  return { props, view };
}
