import { chromium, type Browser } from '@playwright/test';
import { openHarness, startExportHarness } from '../bench/export.ts';
import { chromiumArgs, chromiumPath } from '../helpers/chromium.ts';
import type { AuditRow } from '../../renderer/src/export/legibility/audit.ts';
import { legibilityTable } from './table.ts';

/**
 * `npm run legibility`: the legibility audit (issue 15) over every board of the example workshop
 * and of the crowded test workshop (tests/helpers/crowdedWorkshop.ts), each recorded by the export
 * path in Chromium and measured in Presenter at 1920×1080 and 1280×720 and on an A4 report page.
 * Prints one Markdown table per workshop; nothing here fails a build (the e2e test
 * tests/e2e/legibility.spec.ts holds the counts).
 */

interface AuditEngine {
  buildExampleWorkshop(): unknown;
  buildCrowdedWorkshop(): unknown;
  auditWorkshop(doc: unknown): Promise<AuditRow[]>;
}

let browser: Browser | undefined;
const harness = await startExportHarness();
try {
  const executablePath = chromiumPath();
  browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: [...chromiumArgs, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])] });
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await openHarness(page, harness);
  for (const which of ['example', 'crowded'] as const) {
    const rows = await page.evaluate(async (w) => {
      const engine = (window as unknown as { exportEngine: AuditEngine }).exportEngine;
      return engine.auditWorkshop(w === 'example' ? engine.buildExampleWorkshop() : engine.buildCrowdedWorkshop());
    }, which);
    console.log(`\n### ${which === 'example' ? 'The example workshop' : 'The crowded workshop'}\n`);
    console.log(legibilityTable(rows));
    if (process.argv.includes('--crossings')) for (const r of rows) if (r.target === '1920x1080') console.log(r.board, JSON.stringify(r.cut), JSON.stringify(r.crossings));
  }
} finally {
  await browser?.close();
  await harness.close();
}
