import { useEffect } from 'react';
import { allCommands } from '../commands/registry.ts';
import { commandForEvent, isTextField } from '../commands/shortcuts.ts';
import { useApp } from '../state/appStore.ts';

/** Routes key presses and native menu commands into the command registry. */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      // A modal dialog owns the keyboard until it closes.
      if (useApp.getState().dialog) return;
      const command = commandForEvent(allCommands(), event, isTextField(event.target));
      if (!command || (command.isEnabled && !command.isEnabled())) return;
      event.preventDefault();
      void command.run();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
