/**
 * How items look, in board units: one place for the numbers the drawing, the hit test, the text
 * editor and the exporters must agree on. Chosen for a projector: big type, thick lines.
 */

/**
 * The canvas font: the same Atkinson Hyperlegible Next as the interface, bundled for offline use,
 * then the system's colour emoji if it has one, and last the bundled one-colour Noto Emoji
 * (styles/emojiFont.css), so emoji never draw as empty boxes.
 */
export const canvasFontFamily = '"Atkinson Hyperlegible Next", system-ui, sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji", "Noto Emoji"';

/** Space between a note's edge and its text. */
export const notePadding = 14;
export const noteCornerRadius = 6;

/** Shapes keep their text a little further in, so it stays inside ellipses and diamonds too. */
export const shapePadding = 16;

/** A text item's inner padding (kept small: a text item is mostly its text). */
export const textPadding = 4;

/** The title bar of a frame: where its name is shown and where it is grabbed. */
export const frameHeaderHeight = 52;
export const frameTitleSize = 28;
export const frameBorder = '#5b6b7b';

export const connectorLabelSize = 22;
/** New arrows are drawn a little heavier than the shared default of 2, for the projector. */
export const connectorStrokeWidth = 3;

/** Selection and guides: the app's accent, thick enough to see from the back of the room. */
export const selectionColour = '#07457f';
export const highlightColour = '#c2410c';
export const guideColour = '#d9187a';

/** Padding inside the text area for each item type. */
export function textPaddingOf(type: string): number {
  return type === 'note' ? notePadding : type === 'shape' ? shapePadding : type === 'text' ? textPadding : notePadding;
}
