import { expect, test } from '@playwright/test';
import type { AuditRow } from '../../renderer/src/export/legibility/audit.ts';
import { openHarness, startExportHarness, type ExportHarness } from '../bench/export.ts';

/*
 * The legibility audit (issue 15) over the example workshop, in Chromium through the export path
 * (see tests/bench/export.ts for the harness page; `npm run legibility` prints the full table).
 * It holds the counts the example already meets at zero, on the wall (1920×1080, 1280×720) and
 * on A4. What is not met yet is listed in `open` below, by board kind and figure, so a fix that
 * reaches zero moves the board out of the list and the test then holds it.
 */

type Figure = 'truncated' | 'overlaps' | 'linesThrough' | 'belowFloor';

/** Kinds whose example board still misses a figure (see the README's "Legible from the back of the room"). */
const open: Readonly<Record<string, readonly Figure[]>> = {
  actorMap: ['linesThrough', 'belowFloor'],
  acuteLoop: ['belowFloor'],
  puzzle: ['belowFloor'],
  huki: ['belowFloor'],
};

let harness: ExportHarness;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  harness = await startExportHarness();
});

test.afterAll(async () => {
  await harness?.close();
});

test('every board of the example workshop: no overlapping texts, and the zero counts it has reached stay zero', async ({ page }) => {
  test.setTimeout(180_000);
  await openHarness(page, harness);
  const rows = await page.evaluate(async () => {
    const engine = (window as unknown as { exportEngine: { buildExampleWorkshop(): unknown; auditWorkshop(doc: unknown): Promise<AuditRow[]> } }).exportEngine;
    return engine.auditWorkshop(engine.buildExampleWorkshop());
  });
  expect(new Set(rows.map((r) => r.kind)).size).toBe(5);
  expect(new Set(rows.map((r) => r.target))).toEqual(new Set(['1920x1080', '1280x720', 'A4']));
  // The loop shows every station name and note whole, with no "+n" (issue 15): held by the zero counts below.
  for (const row of rows) {
    expect(row.texts, `${row.board}: the drawing holds its texts`).toBeGreaterThan(0);
    for (const figure of ['truncated', 'overlaps', 'linesThrough', 'belowFloor'] as const) {
      if (open[row.kind]?.includes(figure)) continue;
      expect(row[figure], `${row.board} at ${row.target}: ${figure}`).toBe(0);
    }
  }
});
