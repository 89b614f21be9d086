import { useMemo } from 'react';
import { addStation, moveStation, setTransition } from '../../../../shared/kinds/acuteLoop/ops.ts';
import { newStation } from '../../../../shared/kinds/acuteLoop/schema.ts';
import type { BoardId } from '../../../../shared/model/ids.ts';
import { useT } from '../../i18n/useT.ts';
import { useWorkshopStore } from '../../state/WorkshopContext.ts';
import { selectStation, selectTransition } from './loopSession.ts';
import type { PictureActions } from './pictureTypes.ts';

/** What the picture (and the panel) can do to the loop: every edit one operation, one undo step. */
export function useLoopActions(boardId: BoardId): PictureActions & { toggleBroken(fromId: string, toId: string, broken: boolean): void } {
  const store = useWorkshopStore();
  const t = useT();
  return useMemo(() => {
    const run = store.getState().run;
    return {
      selectStation: (id: string) => selectStation(id),
      selectTransition: (fromId: string, toId: string) => selectTransition(fromId, toId),
      addStationAt(index: number, breakOn?: 'first' | 'second') {
        const station = newStation(t('acuteLoop.station.new'));
        if (run(addStation, { boardId, index, station, ...(breakOn ? { breakOn } : {}) })) selectStation(station.id, 'name');
      },
      moveStation(id: string, toIndex: number, laneId?: string | null) {
        run(moveStation, laneId === undefined ? { boardId, stationId: id, toIndex } : { boardId, stationId: id, toIndex, laneId });
      },
      toggleBroken(fromId: string, toId: string, broken: boolean) {
        run(setTransition, { boardId, fromId, toId, broken });
      },
    };
  }, [store, boardId, t]);
}
