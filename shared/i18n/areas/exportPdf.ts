import { defineArea } from '../area.ts';

/** The PDF report's own choices in the export dialog (the report's words are in export.ts). */
export const exportPdf = defineArea(
  {
    'exportPdf.orientation': 'Sideretning',
    'exportPdf.orientation.landscape': 'Liggende',
    'exportPdf.orientation.portrait': 'Stående',
  },
  {
    'exportPdf.orientation': 'Orientation',
    'exportPdf.orientation.landscape': 'Landscape',
    'exportPdf.orientation.portrait': 'Portrait',
  },
);
