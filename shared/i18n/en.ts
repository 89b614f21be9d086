import type { Dictionary } from './messages.ts';
import { core } from './areas/core.ts';
import { workshop } from './areas/workshop.ts';
import { canvas } from './areas/canvas.ts';
import { desktop } from './areas/desktop.ts';

/** English. Typed against the Norwegian keys, so a missing or extra key fails the type check. */
export const en: Dictionary = {
  ...core.en,
  ...workshop.en,
  ...canvas.en,
  ...desktop.en,
};
