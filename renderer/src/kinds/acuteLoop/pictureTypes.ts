import type { AcuteLoopProps } from '../../../../shared/kinds/acuteLoop/schema.ts';
import type { LoopView } from '../../../../shared/kinds/acuteLoop/stationViews.ts';
import type { Translate } from '../../../../shared/kinds/acuteLoop/texts.ts';
import type { Actor } from '../../../../shared/model/records.ts';
import type { Language } from '../../../../shared/i18n/messages.ts';
import type { LoopSelection } from './loopSession.ts';

/** What every part of the picture gets: the data, the words, and (while editing) what it may do. */
export interface PictureContext {
  props: AcuteLoopProps;
  view: LoopView;
  actors: Readonly<Record<string, Actor>>;
  t: Translate;
  language: Language;
  /** Handles, dragging and selection are on only while the editing panel is open. */
  editing: boolean;
  selection: LoopSelection;
  actions: PictureActions;
}

export interface PictureActions {
  selectStation(id: string): void;
  selectTransition(fromId: string, toId: string): void;
  /** Insert a new station at this position in the loop; a split break goes to the first new transition unless told `second`. */
  addStationAt(index: number, breakOn?: 'first' | 'second'): void;
  moveStation(id: string, toIndex: number, laneId?: string | null): void;
}
