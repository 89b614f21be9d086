/** The actor map's kind name, on its own so that modules the kind's index imports can use it too. */
export const actorMapKindName = 'actorMap';
