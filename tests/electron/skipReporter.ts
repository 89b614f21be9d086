import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Prints why a test was skipped, so a run without an Electron binary says so plainly. */
export default class SkipReasonReporter implements Reporter {
  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return;
    const reason = [...result.annotations, ...test.annotations].find((a) => a.type === 'skip')?.description ?? 'no reason given';
    console.log(`  skipped: ${test.title}\n    reason: ${reason}`);
  }
}
