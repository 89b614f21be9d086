/**
 * The puzzle's kind name, in a module of its own (as the actor map's and the acute loop's are):
 * the kind's index reads it without importing the operations, which import the item operations
 * that look up the kinds' item types, so the import cycle can't leave it undefined.
 */
export const puzzleKindName = 'puzzle';
