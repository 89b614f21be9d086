import { useMemo } from 'react';
import type { Board } from '../../../../shared/model/records.ts';
import { useApp } from '../../state/appStore.ts';
import { useT } from '../../i18n/useT.ts';
import { useWorkshop } from '../../state/WorkshopContext.ts';
import { LoopPicture } from './LoopPicture.tsx';
import { useLoopSession, viewModeOf } from './loopSession.ts';
import type { PictureContext } from './pictureTypes.ts';
import { useFontsLoaded } from './textMeasure.ts';
import { useLoopData } from './useLoopData.ts';

const noActions: PictureContext['actions'] = {
  selectStation: () => undefined,
  selectTransition: () => undefined,
  addStationAt: () => undefined,
  moveStation: () => undefined,
};

/** The picture, not interactive, in board coordinates: the shared canvas's backdrop for this kind. */
export function AcuteLoopBackground({ board }: { board: Board }) {
  const t = useT();
  const language = useApp((s) => s.language);
  const actors = useWorkshop((s) => s.doc.actors);
  const { props, view } = useLoopData(board);
  const mode = useLoopSession((s) => viewModeOf(s.modes, board.id));
  const fontsVersion = useFontsLoaded();
  const ctx = useMemo<PictureContext>(() => ({ props, view, actors, t, language, editing: false, selection: null, actions: noActions }), [props, view, actors, t, language]);
  return <LoopPicture key={`${mode}-${fontsVersion}`} boardName={board.name} mode={mode} ctx={ctx} fontsVersion={fontsVersion} />;
}
