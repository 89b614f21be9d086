import { core } from './areas/core.ts';
import { workshop } from './areas/workshop.ts';
import { canvas } from './areas/canvas.ts';
import { canvasUi } from './areas/canvasUi.ts';
import { desktop } from './areas/desktop.ts';
import { present } from './areas/present.ts';
import { recovery } from './areas/recovery.ts';
import { snapshots } from './areas/snapshots.ts';
import { participants } from './areas/participants.ts';
import { exportUi } from './areas/exportUi.ts';
import { exportArea } from './areas/export.ts';
import { about } from './areas/about.ts';
import { exportOffice } from './areas/exportOffice.ts';
import { exportPdf } from './areas/exportPdf.ts';
import { fileSafety } from './areas/fileSafety.ts';
import { kindMessages } from '../kinds/registry.ts';

/** Norsk bokmål: the default language and the source of every key. Areas keep related text together. */
export const nb = {
  ...core.nb,
  ...workshop.nb,
  ...canvas.nb,
  ...canvasUi.nb,
  ...desktop.nb,
  ...present.nb,
  ...recovery.nb,
  ...snapshots.nb,
  ...participants.nb,
  ...exportUi.nb,
  ...exportArea.nb,
  ...about.nb,
  ...exportOffice.nb,
  ...exportPdf.nb,
  ...fileSafety.nb,
  // Each board kind's own area (shared/kinds/<kind>/messages.ts), from the kind registry.
  ...kindMessages.nb,
};
