import { core } from './areas/core.ts';
import { workshop } from './areas/workshop.ts';
import { canvas } from './areas/canvas.ts';
import { desktop } from './areas/desktop.ts';

/** Norsk bokmål: the default language and the source of every key. Areas keep related text together. */
export const nb = {
  ...core.nb,
  ...workshop.nb,
  ...canvas.nb,
  ...desktop.nb,
};
