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
 * tests run it (software rendering). For a 2,000- and a 10,000-item whiteboard (canvasBoards.ts):
 *
 * - first frame: from the click on the board in the board list to the canvas's first drawing of
 *   the board's items, the `samkart:board-drawn` User Timing mark (renderer/src/canvas/items/
 *   firstFrame.ts). Every item in view is drawn in that frame.
 * - item list: until the accessible item list (screen readers, keyboard) holds every item. It is
 *   filled after the first frame on purpose.
 * - Then the camera moves for a fixed number of frames, driven by real input through Chromium:
 *   the mouse wheel, space + drag, and Ctrl + wheel out and back in. First at 100 % in the middle
 *   of the board (300 frames), then with the whole board in view (150 frames).
 *   p50/p95: the gaps between animation frames inside the page; 16.7 ms is every frame at 60 Hz,
 *   33.3 ms every other one. main CPU: the renderer's main-thread CPU time per frame (Chromium's
 *   own ThreadTime), which other programs on a busy machine inflate far less than the gaps.
 *   moved: the share of frames in which the camera changed; the rest had no input to handle.
 */

const sizes = [2_000, 10_000] as const;
const fileName = 'Ytelsesmåling.samkart';
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
  listReady: number;
  work: PhaseResult;
  overview: PhaseResult;
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

/** A third each: wheel pan along a circle, space + drag along another, Ctrl + wheel out and back in. */
async function panAndZoom(page: Page, cdp: CDPSession, frames: number): Promise<PhaseResult> {
  const box = (await page.getByTestId('canvas').boundingBox())!;
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const third = Math.round(frames / 3);
  await page.mouse.move(centre.x, centre.y);
  await page.waitForTimeout(300);
  const cpuBefore = await threadTime(cdp);
  await startFrames(page);

  await drive(page, third, (i) => page.mouse.wheel(Math.round(60 * Math.cos(i / 12)), Math.round(60 * Math.sin(i / 12))));

  await page.getByTestId('canvas').focus();
  await page.keyboard.down('Space');
  await page.mouse.down();
  await drive(page, third, (i) => page.mouse.move(centre.x + 300 * Math.sin(i / 10), centre.y + 200 * (1 - Math.cos(i / 10))));
  await page.mouse.up();
  await page.keyboard.up('Space');
  await page.mouse.move(centre.x, centre.y);

  await page.keyboard.down('Control');
  // 30 steps of ×0.94 out (to about a sixth), then as many back in.
  await drive(page, frames - 2 * third, (i) => page.mouse.wheel(0, Math.floor(i / 30) % 2 === 0 ? 12 : -12));
  await page.keyboard.up('Control');

  const recorded = await stopFrames(page);
  const cpu = ((await threadTime(cdp)) - cpuBefore) / Math.max(1, recorded.frames.length);
  return { ...recorded, cpu };
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

async function measureBoard(browser: Browser, host: RunningHost, board: BenchBoard): Promise<BoardResult> {
  // A fresh page per board: nothing measured or cached for one board helps the next.
  const context = await browser.newContext({ viewport, locale: 'nb-NO' });
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Åpne …' }).click();
    await page.getByRole('button', { name: fileName }).click();
    // The workshop opens on its small first board: the app and its fonts are loaded, so what is
    // timed below is the big board's own cost.
    await page.getByRole('navigation').getByRole('button', { name: new RegExp(`^${board.name}`) }).waitFor();
    await page.getByTestId('canvas').waitFor();
    await page.waitForTimeout(500);

    const opened = await openBoard(page, board);
    await page.waitForTimeout(500);

    // Where people work: 100 %, in the middle of the board.
    await page.getByRole('button', { name: /^Zoomnivå/ }).click();
    const work = await panAndZoom(page, cdp, 300);

    // The whole wall at once (zoom to fit, as the board opens).
    await page.getByRole('button', { name: 'Tilpass til vinduet' }).click();
    const overview = await panAndZoom(page, cdp, 150);

    return { board, ...opened, work, overview };
  } finally {
    await context.close();
  }
}

const ms = (v: number, width = 8) => `${v.toFixed(1)} ms`.padStart(width);
const pct = (v: number) => `${Math.round(v * 100)} %`.padStart(5);
const times = (a: number, b: number) => `${(b / a).toFixed(2)}×`;
const columns = (p50: string, p95: string, cpu: string, moved: string) => `${p50.padStart(8)} ${p95.padStart(8)} ${cpu.padStart(8)} ${moved.padStart(5)}`;
const phase = (r: PhaseResult) => columns(ms(median(r.frames)), ms(percentile(r.frames, 95)), ms(r.cpu), pct(r.moved));
const opening = (items: string, first: string, list: string) => `  ${items.padStart(6)}  ${first.padStart(12)} ${list.padStart(12)}`;

export async function benchCanvas(): Promise<string[]> {
  const folder = tempFolder('samkart-bench-canvas-');
  const { doc, boards } = benchWorkshop(sizes);
  WorkshopFile.create(join(folder, fileName), doc).close();
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

  const phaseWidth = columns('', '', '', '').length;
  const lines = [
    `Canvas: a whiteboard of notes, shapes, text, arrows and frames (Chromium ${version}, ${viewport.width}×${viewport.height}, software rendering)`,
    `${opening('', '', '')} | ${'at 100 %, 300 frames'.padEnd(phaseWidth)} | whole board in view, 150 frames`,
    `${opening('items', 'first frame', 'item list')} | ${columns('p50', 'p95', 'main CPU', 'moved')} | ${columns('p50', 'p95', 'main CPU', 'moved')}`,
  ];
  for (const r of results) {
    lines.push(`${opening(thousands(r.board.items), ms(r.firstFrame), ms(r.listReady))} | ${phase(r.work)} | ${phase(r.overview)}`);
  }
  const [small, large] = results;
  if (small && large) {
    lines.push(
      `  ${thousands(large.board.items)} vs ${thousands(small.board.items)}: first frame ${times(small.firstFrame, large.firstFrame)}, item list ${times(small.listReady, large.listReady)}, ` +
        `p95 at 100 % ${times(percentile(small.work.frames, 95), percentile(large.work.frames, 95))}, ` +
        `p95 whole board ${times(percentile(small.overview.frames, 95), percentile(large.overview.frames, 95))}`,
    );
  }
  return lines;
}
