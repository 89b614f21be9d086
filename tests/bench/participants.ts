import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../helpers/chromium.ts';
import { startBuiltHost, stopHost } from '../helpers/host.ts';
import { median, percentile } from './stats.ts';

/**
 * Deltakere: 200 participants (the room's cap) each send a note in the same second. The facilitator's
 * window (the built renderer in Chromium, 1920×1080, against the browser host) has the room open on
 * 127.0.0.1 with notes going straight into a frame. Measured:
 * - submit → board: from the moment a participant's request leaves (Node's clock) to the frame in
 *   which the note is in the facilitator's board (its accessible item list, which is rendered from
 *   the same document the canvas draws, every frame checked; the page's clock is the same machine's).
 * - the facilitator's frame times meanwhile (the gaps between animation frames in the page), from
 *   the first request until the last note is in.
 */

const PARTICIPANTS = 200;
const viewport = { width: 1920, height: 1080 };

export async function benchParticipants(): Promise<string[]> {
  const host = await startBuiltHost();
  const executablePath = chromiumPath();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: [...chromiumArgs, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])] });
  try {
    const page = await (await browser.newContext({ viewport, locale: 'nb-NO' })).newPage();
    await page.goto(host.url);
    await page.getByRole('button', { name: /Åpne eksempel/ }).click();
    await page.getByRole('button', { name: 'Fasilitering' }).click();
    await page.getByRole('button', { name: 'Åpne for deltakere …' }).click();
    const dialog = page.getByRole('dialog', { name: 'Åpne for deltakere' });
    await dialog.getByRole('combobox', { name: 'Nettverk' }).selectOption('127.0.0.1');
    await dialog.getByRole('button', { name: 'Åpne rommet' }).click();
    const address = page.locator('.room-address');
    await address.waitFor();
    const url = (await address.locator('span').textContent())!.trim();
    const code = (await address.locator('strong').textContent())!.trim();

    const call = async (method: string, args: unknown[], token?: string) => {
      const response = await fetch(`${url}/p/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...(token ? { 'X-Samkart-Participant': token } : {}) }, body: JSON.stringify({ args }) });
      const envelope = (await response.json()) as { ok: boolean; value: unknown; error?: string };
      if (!envelope.ok) throw new Error(`${method}: ${envelope.error}`);
      return envelope.value;
    };
    const tokens: string[] = [];
    for (let i = 0; i < PARTICIPANTS; i++) tokens.push(((await call('join', [{ code, name: `Deltaker ${i + 1}` }])) as { token: string }).token);
    await page.waitForTimeout(1000);

    // The page records every frame and the first frame each note is in the board's item list.
    await page.evaluate((count) => {
      const rec = { frames: [] as number[], seen: new Map<number, number>(), stop: false };
      (window as unknown as { benchRoom: typeof rec }).benchRoom = rec;
      const tick = (t: number) => {
        if (rec.stop) return;
        rec.frames.push(t);
        const text = document.querySelector('.canvas-item-list')?.textContent ?? '';
        for (let i = 0; i < count; i++) if (!rec.seen.has(i) && text.includes(`Målepunkt ${i}#`)) rec.seen.set(i, performance.timeOrigin + performance.now());
        if (rec.seen.size === count) rec.stop = true;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    }, PARTICIPANTS);

    // Everyone at once: 200 requests in flight together.
    const sent = new Array<number>(PARTICIPANTS);
    const burstStart = Date.now();
    await Promise.all(
      tokens.map((token, i) => {
        sent[i] = Date.now();
        return call('addNote', [{ text: `Målepunkt ${i}# fra deltaker ${i + 1}`, colour: 'yellow' }], token);
      }),
    );
    const acceptedIn = Date.now() - burstStart;
    await page.waitForFunction(() => (window as unknown as { benchRoom: { stop: boolean } }).benchRoom.stop, undefined, { timeout: 120_000 });
    const { frames, seen } = await page.evaluate(() => {
      const rec = (window as unknown as { benchRoom: { frames: number[]; seen: Map<number, number> } }).benchRoom;
      return { frames: rec.frames, seen: [...rec.seen.entries()] };
    });
    const latency = seen.map(([i, at]) => at - sent[i]!);
    const lastSeen = Math.max(...seen.map(([, at]) => at));
    const startInPage = frames.findIndex((t) => t >= 0);
    const gaps = frames.slice(startInPage + 1).map((t, i) => t - frames[startInPage + i]!);
    const ms = (v: number) => `${v.toFixed(0)} ms`;
    return [
      `Deltakere: ${PARTICIPANTS} participants each send a note at the same moment (Chromium ${browser.version()}, ${viewport.width}×${viewport.height})`,
      `  all ${PARTICIPANTS} requests answered in ${ms(acceptedIn)}; the last note on the board ${ms(lastSeen - burstStart)} after the first request`,
      `  submit → facilitator's board: p50 ${ms(median(latency))}, p95 ${ms(percentile(latency, 95))}, max ${ms(Math.max(...latency))}`,
      `  facilitator's frames meanwhile (${gaps.length}): p50 ${median(gaps).toFixed(1)} ms, p95 ${percentile(gaps, 95).toFixed(1)} ms, max ${Math.max(...gaps).toFixed(1)} ms`,
    ];
  } finally {
    await browser.close();
    await stopHost(host);
  }
}
