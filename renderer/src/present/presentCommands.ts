import { defineCommands } from '../commands/command.ts';
import { registerCommands } from '../commands/registry.ts';
import { toggleTimer } from '../../../shared/present/timer.ts';
import { canStartPresenting, firstPresentationSlide, lastPresentationSlide, startPresenting, stepPresentation, stopPresenting } from './presentActions.ts';
import { changePresentation } from './presentationStore.ts';
import { isPresenting } from './presentingWindow.ts';
import { unlockChime } from './chime.ts';

/**
 * The presentation's commands. F5 starts; PageDown/PageUp (what a clicker sends), Home and End
 * step while presenting. The arrow keys and Esc step and end too, but the canvas owns them as
 * shortcuts for nudging and deselecting, and a shortcut may have one command only; so while
 * presenting, PresentationOverlay takes every key first (presentationKeys.ts) and runs these
 * commands, and the canvas, hidden behind the projection, never sees a key.
 */
export const presentCommands = defineCommands([
  { id: 'present.start', labelKey: 'present.cmd.start', shortcuts: ['F5'], inTextFields: true, isEnabled: canStartPresenting, run: startPresenting },
  { id: 'present.next', labelKey: 'present.cmd.next', shortcuts: ['PageDown'], isEnabled: isPresenting, run: () => stepPresentation(1) },
  { id: 'present.previous', labelKey: 'present.cmd.previous', shortcuts: ['PageUp'], isEnabled: isPresenting, run: () => stepPresentation(-1) },
  { id: 'present.first', labelKey: 'present.cmd.first', shortcuts: ['Home'], isEnabled: isPresenting, run: firstPresentationSlide },
  { id: 'present.last', labelKey: 'present.cmd.last', shortcuts: ['End'], isEnabled: isPresenting, run: lastPresentationSlide },
  { id: 'present.exit', labelKey: 'present.cmd.exit', isEnabled: isPresenting, run: stopPresenting },
  {
    id: 'present.timer',
    labelKey: 'present.cmd.timer',
    run() {
      unlockChime();
      const now = Date.now();
      changePresentation((s) => ({ ...s, timer: toggleTimer(s.timer, now) }));
    },
  },
]);

registerCommands(presentCommands);
