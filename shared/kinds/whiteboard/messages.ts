import { defineArea } from '../../i18n/area.ts';

/** Fritt lerret: the plain whiteboard's name and description. */
export const whiteboard = defineArea(
  {
    'kind.whiteboard': 'Fritt lerret',
    'kind.whiteboard.description': 'En åpen tavle for lapper, tekst, figurer, piler og rammer.',
  },
  {
    'kind.whiteboard': 'Free canvas',
    'kind.whiteboard.description': 'An open board for notes, text, shapes, arrows and frames.',
  },
);
