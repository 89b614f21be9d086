import { z } from 'zod';
import { create } from 'zustand';

/** What to export: one board as a picture, the workshop as the PDF report, a Word document or slides, or one table. */
export const exportKinds = ['board', 'report', 'docx', 'pptx', 'table'] as const;
export type ExportKind = (typeof exportKinds)[number];

const ChoicesSchema = z.object({
  what: z.enum(exportKinds).catch('board'),
  boardFormat: z.enum(['png', 'svg']).catch('png'),
  scale: z.union([z.literal(1), z.literal(2), z.literal('a4-300dpi')]).catch(2),
  background: z.boolean().catch(true),
  paper: z.enum(['A4', 'A3']).catch('A4'),
  orientation: z.enum(['landscape', 'portrait']).catch('landscape'),
});

/**
 * The dialog's choices, remembered in this browser profile between exports and sessions: a
 * facilitator who exports 2× PNGs without background for a report wants the same next time. The
 * board and the table are not remembered here; they follow the board on screen.
 */
export type ExportChoices = z.infer<typeof ChoicesSchema>;

const STORAGE_KEY = 'samkart.exportChoices';

function readChoices(): ExportChoices {
  let stored: unknown = {};
  try {
    stored = JSON.parse(globalThis.localStorage?.getItem(STORAGE_KEY) ?? '{}');
  } catch {
    // Damaged or unavailable storage: the defaults will do.
  }
  return ChoicesSchema.parse(typeof stored === 'object' && stored !== null ? stored : {});
}

interface ExportUiState {
  open: boolean;
  choices: ExportChoices;
}

export const useExportUi = create<ExportUiState>(() => ({ open: false, choices: readChoices() }));

export function openExportDialog(): void {
  useExportUi.setState({ open: true, choices: readChoices() });
}

export function closeExportDialog(): void {
  useExportUi.setState({ open: false });
}

export function setExportChoices(patch: Partial<ExportChoices>): void {
  const choices = { ...useExportUi.getState().choices, ...patch };
  useExportUi.setState({ choices });
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(choices));
  } catch {
    // A full or blocked storage only means the choice isn't remembered.
  }
}
