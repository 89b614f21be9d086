import type { CSSProperties } from 'react';
import { projectorTheme, type ThemeColour } from '../../../shared/present/projectorTheme.ts';

/**
 * The projector theme as CSS custom properties (`--pt-bar`, `--pt-timerText`, ...), set on the
 * projection's and the presenter view's root, so present.css uses exactly the colours the
 * contrast test checked and no copy of them can drift.
 */
export function themeVariables(): CSSProperties {
  const vars: Record<string, string> = {};
  for (const key of Object.keys(projectorTheme) as ThemeColour[]) vars[`--pt-${key}`] = projectorTheme[key];
  return vars as CSSProperties;
}
