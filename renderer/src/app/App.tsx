import { useEffect } from 'react';
import { runCommand } from '../commands/registry.ts';
import { HomeScreen } from '../home/HomeScreen.tsx';
import { useApp } from '../state/appStore.ts';
import { Notices } from '../ui/Notices.tsx';
import { WorkshopContext } from '../state/WorkshopContext.ts';
import { WorkshopScreen } from '../workshop/WorkshopScreen.tsx';
import { AppDialogs } from './AppDialogs.tsx';
import { useGlobalShortcuts } from './useGlobalShortcuts.ts';

export function App() {
  const workshop = useApp((s) => s.workshop);
  const bridge = useApp((s) => s.connection?.bridge ?? null);
  useGlobalShortcuts();
  useEffect(() => bridge?.onMenuCommand((id) => void runCommand(id)), [bridge]);
  return (
    <>
      {workshop ? (
        <WorkshopContext.Provider value={workshop}>
          <WorkshopScreen />
        </WorkshopContext.Provider>
      ) : (
        <HomeScreen />
      )}
      <AppDialogs />
      <Notices />
    </>
  );
}
