import { useId, useRef, type HTMLAttributes, type ReactNode } from 'react';
import { tabKeyTarget } from './tabKeys.ts';

/**
 * The one accessible tab list (WAI-ARIA tabs with automatic activation): a roving tabindex, so
 * Tab enters the list on the current tab and leaves it for the panel; arrow keys, Home and End
 * move between tabs and select them. The panel may stand elsewhere in the layout (the actor map
 * puts a button between them), so the two are separate components tied by `useTabIds`.
 */

export interface TabItem<T extends string> {
  id: T;
  label: ReactNode;
}

/** The ids tying a tab list to its panel; one per tab list (React's useId underneath). */
export interface TabIds {
  tab(id: string): string;
  panel: string;
}

export function useTabIds(): TabIds {
  const base = useId();
  return { tab: (id) => `${base}-tab-${id}`, panel: `${base}-panel` };
}

interface TabListProps<T extends string> {
  ids: TabIds;
  tabs: readonly TabItem<T>[];
  current: T;
  onSelect(id: T): void;
  /** The list's accessible name. */
  label: string;
  className?: string;
  /** Each tab's class; the current one gets " current" added. */
  tabClassName?: string;
}

export function TabList<T extends string>({ ids, tabs, current, onSelect, label, className, tabClassName = 'tab' }: TabListProps<T>) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  return (
    <div role="tablist" aria-label={label} className={className}>
      {tabs.map((tab, index) => (
        <button
          key={tab.id}
          ref={(el) => {
            refs.current[index] = el;
          }}
          type="button"
          role="tab"
          id={ids.tab(tab.id)}
          aria-selected={tab.id === current}
          aria-controls={ids.panel}
          tabIndex={tab.id === current ? 0 : -1}
          className={`${tabClassName}${tab.id === current ? ' current' : ''}`}
          onClick={() => onSelect(tab.id)}
          onKeyDown={(e) => {
            const to = tabKeyTarget(e.key, index, tabs.length);
            if (to === null) return;
            e.preventDefault();
            onSelect(tabs[to]!.id);
            refs.current[to]?.focus();
          }}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}

/** The panel of the current tab, labelled by it. */
export function TabPanel({ ids, current, children, ...rest }: { ids: TabIds; current: string; children: ReactNode } & Omit<HTMLAttributes<HTMLDivElement>, 'id' | 'role'>) {
  return (
    <div {...rest} role="tabpanel" id={ids.panel} aria-labelledby={ids.tab(current)}>
      {children}
    </div>
  );
}
