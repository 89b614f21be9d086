import { defineArea } from '../area.ts';

/** The desktop app's own text: native menu items and dialogs that the browser host doesn't have. */
export const desktop = defineArea(
  {
    'menu.zoomIn': 'Zoom inn',
    'menu.zoomOut': 'Zoom ut',
    'menu.zoomToFit': 'Tilpass til vinduet',
    'menu.zoomReset': 'Zoom 100 %',
    'dialog.fileType': 'Samkart-verksted',
  },
  {
    'menu.zoomIn': 'Zoom in',
    'menu.zoomOut': 'Zoom out',
    'menu.zoomToFit': 'Zoom to fit',
    'menu.zoomReset': 'Zoom to 100%',
    'dialog.fileType': 'Samkart workshop',
  },
);
