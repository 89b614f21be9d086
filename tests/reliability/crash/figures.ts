/** What a crash run reports; `npm run reliability` prints these. */
export interface CrashFigures {
  rounds: number;
  /** SIGKILLs that hit a live writer. */
  kills: number;
  /** Edits acknowledged as saved before the kills. */
  edits: number;
  /** Acknowledged edits missing after a kill. The whole point: must be 0. */
  lostEdits: number;
  /** Rounds whose file failed to open, failed its integrity check or held a torn document. */
  problems: string[];
}

export function emptyFigures(): CrashFigures {
  return { rounds: 0, kills: 0, edits: 0, lostEdits: 0, problems: [] };
}

/** Resolves after `ms`; the harness's only timer. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
