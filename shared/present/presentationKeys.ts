/**
 * The keys a presentation answers to, in the projection and in the presenter view alike. A
 * presentation clicker sends PageDown/PageUp (some send arrows, B or a full stop for a black
 * screen); keyboards use the arrows, Home/End and Esc. Pure, so the map is tested in Node.
 */
export type PresentationKeyAction = 'next' | 'previous' | 'first' | 'last' | 'exit';

const actions: Record<string, PresentationKeyAction> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  Escape: 'exit',
};

/** The action of a key press, or null. Presses with Ctrl, Alt or Cmd belong to the browser or the OS. */
export function presentationKeyAction(event: { key: string; ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean }): PresentationKeyAction | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  return actions[event.key] ?? null;
}

/** The keys per action, for the shortcut overlay and the presenter view's help line. */
export function keysOf(action: PresentationKeyAction): string[] {
  return Object.entries(actions).filter(([, a]) => a === action).map(([key]) => key);
}
