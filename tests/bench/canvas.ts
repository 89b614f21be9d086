import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { join } from 'node:path';
import { WorkshopFile } from '../../electron/store/workshopFile.ts';
import { chromiumArgs, chromiumPath } from '../helpers/chromium.ts';
import { startBuiltHost, stopHost, type RunningHost } from '../helpers/host.ts';
import { tempFolder } from '../helpers/workshop.ts';
import { benchWorkshop, thousands, type BenchBoard } from './canvasBoards.ts';
import { median, percentile } from './stats.ts';

/**
 * The canvas in Chromium: the built renderer against the browser host at 1920×1080, as the e2e
 * tests run it (software rendering). One workshop file per size (1,000, 10,000 and 50,000 items,
 * canvasBoards.ts), each opened in a fresh page, so the heap figure is that board's workshop alone.
 *
 * - first frame: from the click on the board in the board list to the canvas's first drawing of
 *   the board's items, the `samkart:board-drawn` User Timing mark (renderer/src/canvas/items/
 *   firstFrame.ts). Every item in view is drawn in that frame.
 * - item list: how long after that first frame the accessible item list (screen readers,
 *   keyboard) holds every item. It is filled after the first frame on purpose.
 * - heap: the renderer's JS heap after a garbage collection, the board shown and listed.
 * - Then the camera moves for a fixed number of frames, driven by real input through Chromium:
 *   the mouse wheel (pan) and Ctrl + wheel out and back in (zoom), at 100 % in the middle of the
 *   board and with the board fitted to the window.
 * - Editing at 100 %: clicking notes (select), dragging about 500 selected notes (a marquee over
 *   42 groups at 10 %), typing into a note.
 *   p95: of the gaps between animation frames inside the page; 16.7 ms is every frame at 60 Hz,
 *   33.3 ms every other one. main CPU: the renderer's main-thread CPU time per frame (Chromium's
 *   own ThreadTime), which other programs on a busy machine inflate far less than the gaps.
 * Each figure is also shown as a ratio to the same run's 1,000-item board: on a shared machine
 * the ratio is the figure to read.
 */

const sizes = [1_000, 10_000, 50_000] as const;
const fileName = (items: number) => `Ytelsesmåling ${items}.samkart`;
const viewport = { width: 1920, height: 1080 };

interface PhaseResult {
  frames: number[];
  moved: number;
  /** Main-thread CPU ms per frame. */
  cpu: number;
}

interface BoardResult {
  board: BenchBoard;
  firstFrame: number;
  /** ms from the first frame until the list is complete. */
  listAfter: number;
  heapMb: number;
  pan: PhaseResult;
  zoom: PhaseResult;
  fitPan: PhaseResult;
  fitZoom: PhaseResult;
  select: PhaseResult;
  drag: PhaseResult & { selected: number };
  typing: PhaseResult;
}

interface KonvaStage {
  container(): HTMLElement;
  x(): number;
  y(): number;
  scaleX(): number;
}

async function threadTime(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) * 1000;
}

/** Starts recording frame times in the page; the camera is read from the board's Konva stage. */
async function startFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const host = document.querySelector<HTMLElement>('[data-testid="canvas"]')!;
    const stages = (window as unknown as { Konva: { stages: KonvaStage[] } }).Konva.stages;
    const stage = stages.find((s) => host.contains(s.container()))!;
    const camera = () => `${stage.x()} ${stage.y()} ${stage.scaleX()}`;
    const rec = { times: [] as number[], moved: [] as boolean[], stop: false };
    (window as unknown as { benchFrames: typeof rec }).benchFrames = rec;
    let last = camera();
    const tick = (t: number) => {
      if (rec.stop) return;
      const now = camera();
      rec.times.push(t);
      rec.moved.push(now !== last);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

async function frameCount(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { benchFrames: { times: number[] } }).benchFrames.times.length);
}

async function stopFrames(page: Page): Promise<{ frames: number[]; moved: number }> {
  const { times, moved } = await page.evaluate(() => {
    const rec = (window as unknown as { benchFrames: { times: number[]; moved: boolean[]; stop: boolean } }).benchFrames;
    rec.stop = true;
    return { times: rec.times, moved: rec.moved };
  });
  const frames = times.slice(1).map((t, i) => t - times[i]!);
  return { frames, moved: moved.slice(1).filter(Boolean).length / Math.max(1, frames.length) };
}

/**
 * Repeats `step` (one input event each) until the page has drawn `frames` more frames. A few
 * events are kept in flight: Chromium hands input to the page once per frame, so waiting for each
 * event's acknowledgement would leave every other frame without input and flatter the figures.
 */
async function drive(page: Page, frames: number, step: (i: number) => Promise<void>): Promise<void> {
  const target = (await frameCount(page)) + frames;
  const inFlight: Promise<void>[] = [];
  for (let i = 0; ; i++) {
    inFlight.push(step(i));
    if (inFlight.length >= 6) await inFlight.shift();
    if (i % 8 === 7 && (await frameCount(page)) >= target) break;
  }
  await Promise.all(inFlight);
}

/** Records frames and main-thread CPU while `act` drives input. */
async function phase(page: Page, cdp: CDPSession, act: () => Promise<void>): Promise<PhaseResult> {
  await page.waitForTimeout(300);
  const cpuBefore = await threadTime(cdp);
  await startFrames(page);
  await act();
  const recorded = await stopFrames(page);
  const cpu = ((await threadTime(cdp)) - cpuBefore) / Math.max(1, recorded.frames.length);
  return { ...recorded, cpu };
}

async function centreOf(page: Page): Promise<{ x: number; y: number }> {
  const box = (await page.getByTestId('canvas').boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Wheel pan along a circle. */
async function pan(page: Page, cdp: CDPSession, frames: number): Promise<PhaseResult> {
  const centre = await centreOf(page);
  await page.mouse.move(centre.x, centre.y);
  return phase(page, cdp, () => drive(page, frames, (i) => page.mouse.wheel(Math.round(60 * Math.cos(i / 12)), Math.round(60 * Math.sin(i / 12)))));
}

/** Ctrl + wheel: 30 steps of ×0.94 out (to about a sixth), then as many back in. */
async function zoom(page: Page, cdp: CDPSession, frames: number): Promise<PhaseResult> {
  const centre = await centreOf(page);
  await page.mouse.move(centre.x, centre.y);
  await page.keyboard.down('Control');
  try {
    return await phase(page, cdp, () => drive(page, frames, (i) => page.mouse.wheel(0, Math.floor(i / 30) % 2 === 0 ? 12 : -12)));
  } finally {
    await page.keyboard.up('Control');
  }
}

interface StageInfo {
  x: number;
  y: number;
  zoom: number;
  left: number;
  top: number;
}

async function stageInfo(page: Page): Promise<StageInfo> {
  return page.evaluate(() => {
    const host = document.querySelector<HTMLElement>('[data-testid="canvas"]')!;
    const stage = (window as unknown as { Konva: { stages: KonvaStage[] } }).Konva.stages.find((s) => host.contains(s.container()))!;
    const r = host.getBoundingClientRect();
    return { x: stage.x(), y: stage.y(), zoom: stage.scaleX(), left: r.left, top: r.top };
  });
}

/** Screen centres of notes wholly in view (read from the accessible list's data attributes). */
async function notesInView(page: Page, limit: number): Promise<{ x: number; y: number }[]> {
  const s = await stageInfo(page);
  return page.evaluate(
    ({ s, limit, width, height }) => {
      const out: { x: number; y: number }[] = [];
      for (const li of document.querySelectorAll<HTMLElement>('.canvas-item-list li[data-type="note"]')) {
        const d = li.dataset;
        const x = Number(d['x']) * s.zoom + s.x;
        const y = Number(d['y']) * s.zoom + s.y;
        const w = Number(d['w']) * s.zoom;
        const h = Number(d['h']) * s.zoom;
        if (x > 60 && y > 60 && x + w < width - 360 && y + h < height - 200) out.push({ x: s.left + x + w / 2, y: s.top + y + h / 2 });
        if (out.length >= limit) break;
      }
      return out;
    },
    { s, limit, width: viewport.width, height: viewport.height },
  );
}

async function selectionSize(page: Page): Promise<number> {
  return page.locator('.canvas-item-list li[aria-current="true"]').count();
}

/**
 * Editing where people work: clicks that select notes, a drag of ~500 selected notes and typing
 * into one note. The camera is left at 100 % on the board's first groups.
 */
async function editing(page: Page, cdp: CDPSession, board: BenchBoard): Promise<Pick<BoardResult, 'select' | 'drag' | 'typing'>> {
  const canvas = page.getByTestId('canvas');
  // 100 %, then the first group's first note brought into view the keyboard way (the item list).
  await page.getByRole('button', { name: /^Zoomnivå/ }).click();
  await page.locator('.canvas-item-list li[data-type="note"]').first().focus();
  await page.waitForTimeout(300);
  await canvas.focus();
  await page.keyboard.press('Escape');
  const notes = await notesInView(page, 12);
  if (notes.length < 2) throw new Error(`${board.name}: no notes in view to click`);
  const select = await phase(page, cdp, () => drive(page, 60, (i) => page.mouse.click(notes[i % notes.length]!.x, notes[i % notes.length]!.y)));

  // About 500 notes: a marquee over 7 × 6 groups at 10 %.
  await canvas.focus();
  await page.keyboard.press('Escape');
  for (let i = 0; i < 20; i++) {
    if ((await stageInfo(page)).zoom <= 0.105) break;
    await page.keyboard.press('-');
  }
  await panTo(page, { x: 60, y: 60 });
  const s = await stageInfo(page);
  const toScreen = (bx: number, by: number) => ({ x: s.left + bx * s.zoom + s.x, y: s.top + by * s.zoom + s.y });
  const groupW = 1720;
  const groupH = 1020;
  // From empty board above the first frame (pressing inside a frame at this zoom would move it).
  const from = toScreen(-100, -100);
  const to = toScreen(6 * groupW + 1550, 5 * groupH + 850);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
  await page.waitForTimeout(500);
  const selected = await selectionSize(page);
  // Grab a selected note (the first group's first) and move everything.
  const grab = toScreen(40 + 120, 140 + 80);
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  const drag = await phase(page, cdp, () => drive(page, 90, (i) => page.mouse.move(grab.x + 200 * Math.sin(i / 12), grab.y + 120 * (1 - Math.cos(i / 12)))));
  await page.mouse.up();
  await page.waitForTimeout(500);

  // Typing into one note at 100 %.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /^Zoomnivå/ }).click();
  const one = (await notesInView(page, 1))[0];
  if (!one) throw new Error(`${board.name}: no note to type into`);
  await page.mouse.click(one.x, one.y);
  await page.keyboard.press('Enter');
  await page.locator('textarea.canvas-editor').waitFor();
  const words = ' Ringer fastlegen før helgen, og pårørende får beskjed. Snåase – Snåsa. ';
  const typing = await phase(page, cdp, () => drive(page, 60, (i) => page.keyboard.type(words[i % words.length]!)));
  await page.keyboard.press('Escape');
  return { select, drag: { ...drag, selected }, typing };
}

/** Pans with the wheel until the board's origin is at `at` on the stage. */
async function panTo(page: Page, at: { x: number; y: number }): Promise<void> {
  for (let i = 0; i < 40; i++) {
    const s = await stageInfo(page);
    const dx = s.x - at.x;
    const dy = s.y - at.y;
    if (Math.abs(dx) < 2 && Math.abs(dy) < 2) return;
    await page.mouse.wheel(Math.max(-400, Math.min(400, dx)), Math.max(-400, Math.min(400, dy)));
    await page.waitForTimeout(50);
  }
}

/** Clicks the board in the board list and times its first frame and its full item list. */
async function openBoard(page: Page, board: BenchBoard): Promise<{ firstFrame: number; listReady: number }> {
  return page.evaluate(
    async ({ name, boardId, items }) => {
      const button = [...document.querySelectorAll<HTMLButtonElement>('nav button.board-pick')].find((b) => b.textContent?.includes(name));
      if (!button) throw new Error(`no board button ${name}`);
      const start = performance.now();
      const drawn = new Promise<PerformanceMark>((resolve) => {
        const observer = new PerformanceObserver((list) => {
          const mark = list.getEntries().find((e) => (e as PerformanceMark).detail?.boardId === boardId) as PerformanceMark | undefined;
          if (mark) {
            observer.disconnect();
            resolve(mark);
          }
        });
        observer.observe({ type: 'mark' });
      });
      const listed = new Promise<number>((resolve) => {
        const poll = () => {
          if (document.querySelector('.canvas-item-list')?.childElementCount === items) resolve(performance.now());
          else requestAnimationFrame(poll);
        };
        poll();
      });
      button.click();
      const mark = await drawn;
      return { firstFrame: mark.startTime - start, listReady: (await listed) - start };
    },
    { name: board.name, boardId: board.id, items: board.items },
  );
}

async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

async function measureBoard(browser: Browser, host: RunningHost, board: BenchBoard): Promise<BoardResult> {
  // A fresh page per board: nothing measured or cached for one board helps the next.
  const context = await browser.newContext({ viewport, locale: 'nb-NO' });
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Åpne …' }).click();
    await page.getByRole('button', { name: fileName(board.items) }).click();
    // The workshop opens on its small first board: the app and its fonts are loaded, so what is
    // timed below is the big board's own cost.
    // Opening a 50,000-item workshop on a busy machine takes longer than Playwright's default 30 s.
    await page.getByRole('navigation').getByRole('button', { name: new RegExp(`^${board.name}`) }).waitFor({ timeout: 180_000 });
    await page.getByTestId('canvas').waitFor();
    await page.waitForTimeout(500);

    const opened = await openBoard(page, board);
    await page.waitForTimeout(500);
    const heap = await heapMb(cdp);

    // Where people work: 100 %, in the middle of the board.
    await page.getByRole('button', { name: /^Zoomnivå/ }).click();
    const panAt100 = await pan(page, cdp, 120);
    const zoomAt100 = await zoom(page, cdp, 120);

    // The whole wall at once (zoom to fit, as the board opens).
    await page.getByRole('button', { name: 'Tilpass til vinduet' }).click();
    const fitPan = await pan(page, cdp, 90);
    await page.getByRole('button', { name: 'Tilpass til vinduet' }).click();
    const fitZoom = await zoom(page, cdp, 90);

    const edits = await editing(page, cdp, board);
    return { board, firstFrame: opened.firstFrame, listAfter: opened.listReady - opened.firstFrame, heapMb: heap, pan: panAt100, zoom: zoomAt100, fitPan, fitZoom, ...edits };
  } finally {
    await context.close();
  }
}

const p95 = (r: PhaseResult) => percentile(r.frames, 95);

interface Row {
  label: string;
  target: string;
  value: (r: BoardResult) => number;
  unit: 'ms' | 'MB';
}

const rows: Row[] = [
  { label: 'first complete frame', target: '≤ 1000 ms at 50 000', value: (r) => r.firstFrame, unit: 'ms' },
  { label: 'item list complete after it', target: '≤ 200 ms at 10 000', value: (r) => r.listAfter, unit: 'ms' },
  { label: 'renderer JS heap', target: '50 000 ≤ 3 × 10 000', value: (r) => r.heapMb, unit: 'MB' },
  { label: 'pan p95, 100 %', target: '≤ 16.8 ms at 50 000', value: (r) => p95(r.pan), unit: 'ms' },
  { label: 'Ctrl+wheel zoom p95, 100 %', target: '≤ 16.8 ms at 10 000', value: (r) => p95(r.zoom), unit: 'ms' },
  { label: 'pan p95, zoom to fit', target: '≤ 33 ms at 50 000', value: (r) => p95(r.fitPan), unit: 'ms' },
  { label: 'zoom p95, zoom to fit', target: '≤ 33 ms at 50 000', value: (r) => p95(r.fitZoom), unit: 'ms' },
  { label: 'select (click) p95', target: '≤ 16.8 ms at 50 000', value: (r) => p95(r.select), unit: 'ms' },
  { label: 'drag selected notes p95', target: '≤ 16.8 ms at 50 000', value: (r) => p95(r.drag), unit: 'ms' },
  { label: 'typing in a note p95', target: '≤ 16.8 ms at 50 000', value: (r) => p95(r.typing), unit: 'ms' },
];

const cpuRows: { label: string; phase: (r: BoardResult) => PhaseResult }[] = [
  { label: 'pan, 100 %', phase: (r) => r.pan },
  { label: 'Ctrl+wheel zoom, 100 %', phase: (r) => r.zoom },
  { label: 'pan, zoom to fit', phase: (r) => r.fitPan },
  { label: 'zoom, zoom to fit', phase: (r) => r.fitZoom },
  { label: 'select (click)', phase: (r) => r.select },
  { label: 'drag selected notes', phase: (r) => r.drag },
  { label: 'typing in a note', phase: (r) => r.typing },
];

const figure = (v: number, unit: string) => `${v.toFixed(unit === 'MB' ? 0 : 1)} ${unit}`;
const cell = (v: number, base: number, unit: string) => `${figure(v, unit)} (${(v / base).toFixed(1)}×)`.padStart(18);

export async function benchCanvas(): Promise<string[]> {
  const folder = tempFolder('samkart-bench-canvas-');
  const boards: BenchBoard[] = [];
  for (const size of sizes) {
    const { doc, boards: [board] } = benchWorkshop([size]);
    WorkshopFile.create(join(folder, fileName(size)), doc).close();
    boards.push(board!);
  }
  const host = await startBuiltHost(folder, tempFolder('samkart-bench-profile-'));
  const executablePath = chromiumPath();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: [...chromiumArgs, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])] });
  const version = browser.version();
  const results: BoardResult[] = [];
  try {
    for (const board of boards) results.push(await measureBoard(browser, host, board));
  } finally {
    await browser.close();
    await stopHost(host);
  }

  const base = results[0]!;
  const labelWidth = 30;
  const lines = [
    `Canvas: a whiteboard of notes, shapes, text, arrows and frames (Chromium ${version}, ${viewport.width}×${viewport.height}, software rendering)`,
    `  (n×) = the same figure on this run's ${thousands(base.board.items)}-item board; 16.7 ms is every frame at 60 Hz`,
    `  ${'items'.padEnd(labelWidth)} ${results.map((r) => thousands(r.board.items).padStart(18)).join(' ')}   target`,
  ];
  for (const row of rows) {
    lines.push(`  ${row.label.padEnd(labelWidth)} ${results.map((r) => cell(row.value(r), row.value(base), row.unit)).join(' ')}   ${row.target}`);
  }
  lines.push(`  ${'notes dragged (items selected)'.padEnd(labelWidth)} ${results.map((r) => `${r.drag.selected}`.padStart(18)).join(' ')}`);
  lines.push(`  main-thread CPU per frame (what the page itself spent; other programs inflate it less than frame times):`);
  for (const row of cpuRows) {
    lines.push(`  ${row.label.padEnd(labelWidth)} ${results.map((r) => cell(row.phase(r).cpu, row.phase(base).cpu, 'ms')).join(' ')}`);
  }
  lines.push(`  ${'p50 frame, pan 100 % / fit'.padEnd(labelWidth)} ${results.map((r) => `${median(r.pan.frames).toFixed(1)} / ${median(r.fitPan.frames).toFixed(1)} ms`.padStart(18)).join(' ')}`);
  return lines;
}
