import { createServer, type Server } from 'node:http';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { contentSecurityPolicy } from '../../electron/host/securityHeaders.ts';
import { chromiumArgs, chromiumPath } from '../helpers/chromium.ts';
import { median } from './stats.ts';

/**
 * The export engine in Chromium without the app around it: a page built by Vite (production
 * build, the app's Content-Security-Policy) that loads renderer/src/export and the example
 * workshop and hands both to the test through `window.exportEngine`. The engine's own end-to-end
 * test (tests/e2e/exportEngine.spec.ts) and the benchmark below use it; the page and its script
 * are test files written to tests/.tmp, never part of the app.
 *
 * `benchExport`: the PDF report, the Word document and the PowerPoint presentation of a 10-board
 * workshop (the example's five boards, each twice), from the document to the finished bytes,
 * median of three runs each in one page.
 */

const root = resolve(import.meta.dirname, '../..');

const harnessScript = `
import '@fontsource/atkinson-hyperlegible-next/400.css';
import '@fontsource/atkinson-hyperlegible-next/700.css';
import '@fontsource/atkinson-hyperlegible-next/800.css';
import { exportBoardPng, exportBoardSvg, exportWorkshopDocx, exportWorkshopPdf, exportWorkshopPptx } from '${root}/renderer/src/export/index.ts';
import { buildExampleWorkshop } from '${root}/shared/examples/vaernesregionen.ts';
import { boardsInOrder } from '${root}/shared/model/document.ts';
import { newBoardId, newItemId } from '${root}/shared/model/ids.ts';
import { auditWorkshop } from '${root}/renderer/src/export/legibility/measure.ts';
import { buildCrowdedWorkshop } from '${root}/tests/helpers/crowdedWorkshop.ts';

/** The example with every board twice (copies with new ids and " (2)" names): ten boards. */
function tenBoards() {
  const doc = buildExampleWorkshop();
  const boards = { ...doc.boards };
  const items = { ...doc.items };
  for (const board of boardsInOrder(doc)) {
    const id = newBoardId();
    boards[id] = { ...board, id, name: board.name + ' (2)', order: board.order + 100 };
    const ids = new Map();
    for (const item of Object.values(doc.items)) if (item.boardId === board.id) ids.set(item.id, newItemId());
    for (const item of Object.values(doc.items)) {
      if (item.boardId !== board.id) continue;
      const props = JSON.parse(JSON.stringify(item.props), (_k, v) => (typeof v === 'string' && ids.has(v) ? ids.get(v) : v));
      items[ids.get(item.id)] = { ...item, id: ids.get(item.id), boardId: id, parentId: item.parentId ? ids.get(item.parentId) ?? null : null, props };
    }
  }
  return { ...doc, boards, items };
}

window.exportEngine = { exportBoardPng, exportBoardSvg, exportWorkshopPdf, exportWorkshopDocx, exportWorkshopPptx, buildExampleWorkshop, tenBoards, boardsInOrder, auditWorkshop, buildCrowdedWorkshop };
document.body.dataset.ready = 'true';
`;

const harnessHtml = `<!doctype html>
<html lang="nb">
  <head>
    <meta charset="UTF-8" />
    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />
    <title>Samkart export engine</title>
  </head>
  <body>
    <script type="module" src="./harness.ts"></script>
  </body>
</html>
`;

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface ExportHarness {
  url: string;
  close(): Promise<void>;
}

/** Builds the harness page and serves it on a loopback port, with the app's security headers. */
export async function startExportHarness(): Promise<ExportHarness> {
  const folder = join(root, 'tests/.tmp', `export-harness-${process.pid}`);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'index.html'), harnessHtml);
  writeFileSync(join(folder, 'harness.ts'), harnessScript);
  const dist = join(folder, 'dist');
  await build({
    root: folder,
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: dist, emptyOutDir: true, chunkSizeWarningLimit: 100_000 },
  });
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dist, path === '/' ? 'index.html' : path);
    try {
      const body = readFileSync(file);
      response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': contentSecurityPolicy, 'Cache-Control': 'no-store' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      await new Promise<void>((done) => server.close(() => done()));
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Opens the harness in a page and waits for the engine to be there. */
export async function openHarness(page: Page, harness: ExportHarness): Promise<void> {
  await page.goto(harness.url);
  await page.waitForFunction(() => document.body.dataset['ready'] === 'true');
}

export async function benchExport(): Promise<string[]> {
  const harness = await startExportHarness();
  let browser: Browser | undefined;
  try {
    const executablePath = chromiumPath();
    browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: [...chromiumArgs, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])] });
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await openHarness(page, harness);
    const runs = await page.evaluate(async () => {
      type Make = (doc: unknown, options: unknown) => Promise<Uint8Array>;
      const engine = (window as unknown as { exportEngine: { tenBoards(): unknown; exportWorkshopPdf: Make; exportWorkshopDocx: Make; exportWorkshopPptx: Make } }).exportEngine;
      const doc = engine.tenBoards();
      const formats: [string, Make, unknown][] = [
        ['PDF report', engine.exportWorkshopPdf, { paper: 'A4', language: 'nb', exportedAt: new Date() }],
        ['Word (.docx)', engine.exportWorkshopDocx, { language: 'nb', exportedAt: new Date(), boardIds: null }],
        ['PowerPoint (.pptx)', engine.exportWorkshopPptx, { language: 'nb', exportedAt: new Date(), boardIds: null }],
      ];
      const results: { name: string; ms: number[]; bytes: number }[] = [];
      for (const [name, make, options] of formats) {
        const ms: number[] = [];
        let bytes = 0;
        for (let i = 0; i < 3; i++) {
          const start = performance.now();
          bytes = (await make(doc, options)).length;
          ms.push(performance.now() - start);
        }
        results.push({ name, ms, bytes });
      }
      return results;
    });
    return [
      'Export (Chromium, the export engine built for production)',
      `  a 10-board workshop (the example's five kinds, each twice), Norwegian; median of 3 (first run, with fonts fetched)`,
      ...runs.map((r) => `  ${r.name.padEnd(19)} ${(median(r.ms) / 1000).toFixed(2)} s (first ${(r.ms[0]! / 1000).toFixed(2)} s), ${Math.round(r.bytes / 1024)} kB`),
    ];
  } finally {
    await browser?.close();
    await harness.close();
  }
}
