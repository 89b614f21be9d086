import { defineHandlers } from '../commands/command.ts';
import { toggleTimer } from '../../../shared/present/timer.ts';
import { canStartPresenting, firstPresentationSlide, lastPresentationSlide, startPresenting, stepPresentation, stopPresenting } from './presentActions.ts';
import { changePresentation } from './presentationStore.ts';
import { isPresenting } from './presentingWindow.ts';
import { unlockChime } from './chime.ts';

/**
 * The presentation's commands (keys in shared/commands/manifest.ts). F5 starts; PageDown/PageUp
 * (what a clicker sends), Home and End step while presenting. The arrow keys and Esc step and end
 * too, but the canvas owns them as shortcuts for nudging and deselecting, and a shortcut may have
 * one command only; so while presenting, PresentationOverlay takes every key first
 * (presentationKeys.ts) and runs these commands, and the canvas, hidden behind the projection,
 * never sees a key.
 */
export const presentHandlers = defineHandlers([
  { id: 'present.start', isEnabled: canStartPresenting, run: startPresenting },
  { id: 'present.next', isEnabled: isPresenting, run: () => stepPresentation(1) },
  { id: 'present.previous', isEnabled: isPresenting, run: () => stepPresentation(-1) },
  { id: 'present.first', isEnabled: isPresenting, run: firstPresentationSlide },
  { id: 'present.last', isEnabled: isPresenting, run: lastPresentationSlide },
  { id: 'present.exit', isEnabled: isPresenting, run: stopPresenting },
  {
    id: 'present.timer',
   
    run() {
      unlockChime();
      const now = Date.now();
      changePresentation((s) => ({ ...s, timer: toggleTimer(s.timer, now) }));
    },
  },
]);
