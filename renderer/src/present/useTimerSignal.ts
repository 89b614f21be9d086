import { useEffect, useRef } from 'react';
import { endedBetween } from '../../../shared/present/timer.ts';
import { playChime } from './chime.ts';
import { usePresentation } from './presentationStore.ts';

/**
 * Sounds the timer's gentle signal once, when it runs out. Only the workshop's window does this
 * (the presenter view is often on the same machine: one chime, not two).
 */
export function useTimerSignal(): void {
  const timer = usePresentation((s) => s.state.timer);
  const last = useRef(Date.now());
  useEffect(() => {
    last.current = Date.now();
    if (timer.status !== 'running') return;
    const id = setInterval(() => {
      const now = Date.now();
      if (endedBetween(timer, last.current, now)) playChime();
      last.current = now;
    }, 200);
    return () => clearInterval(id);
  }, [timer]);
}
