/**
 * How hard the reliability tests push. `npm run reliability` sets SAMKART_RELIABILITY=1 for the
 * full counts the issue asks for (100 crash rounds, 1,000 fuzz cases); the normal test run uses
 * smaller counts that still exercise every path, so CI stays within its time budget.
 */
export const fullRun = process.env.SAMKART_RELIABILITY === '1';

export const scale = {
  storeCrashRounds: fullRun ? 100 : 6,
  hostCrashRounds: fullRun ? 100 : 4,
  /** A round is killed after a random number of acknowledged edits up to this. */
  storeMaxAcks: fullRun ? 400 : 100,
  hostMaxAcks: fullRun ? 150 : 50,
  fileFuzzCases: fullRun ? 1000 : 100,
  apiFuzzCasesPerMethod: fullRun ? 200 : 25,
  propertyRuns: fullRun ? 500 : 60,
} as const;
