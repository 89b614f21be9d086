import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { WorkshopActions, WorkshopState, WorkshopStore } from './workshopStore.ts';

export const WorkshopContext = createContext<WorkshopStore | null>(null);

/**
 * Subscribes a component to one slice of the open workshop. Records keep their identity when
 * untouched (immer), so a component selecting one record re-renders only when that record changes.
 */
export function useWorkshop<T>(selector: (state: WorkshopState & WorkshopActions) => T): T {
  const store = useContext(WorkshopContext);
  if (!store) throw new Error('useWorkshop outside a workshop');
  return useStore(store, selector);
}

export function useWorkshopStore(): WorkshopStore {
  const store = useContext(WorkshopContext);
  if (!store) throw new Error('useWorkshopStore outside a workshop');
  return store;
}
