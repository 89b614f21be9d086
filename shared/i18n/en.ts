import type { Dictionary } from './messages.ts';
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

/** English. Typed against the Norwegian keys, so a missing or extra key fails the type check. */
export const en: Dictionary = {
  ...core.en,
  ...workshop.en,
  ...canvas.en,
  ...canvasUi.en,
  ...desktop.en,
  ...present.en,
  ...recovery.en,
  ...snapshots.en,
  ...participants.en,
  ...exportUi.en,
  ...exportArea.en,
  ...about.en,
  ...exportOffice.en,
  ...exportPdf.en,
  ...fileSafety.en,
  // Each board kind's own area (shared/kinds/<kind>/messages.ts), from the kind registry.
  ...kindMessages.en,
};
