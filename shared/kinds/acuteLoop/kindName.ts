/** The acute loop's kind name, as stored in `board.kind`. */
export const acuteLoopKindName = 'acuteLoop';
