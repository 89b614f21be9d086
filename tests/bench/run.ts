import { benchStore } from './store.ts';
import { benchExport } from './export.ts';
import { benchCanvas } from './canvas.ts';
import { benchParticipants } from './participants.ts';
import { cleanupFolders } from '../helpers/workshop.ts';

/**
 * `npm run bench`. Machines are noisy, so results are read as ratios within one run, never as
 * absolute thresholds; nothing here fails a build.
 */
const all: Record<string, () => string[] | Promise<string[]>> = { store: benchStore, export: benchExport, canvas: benchCanvas, participants: benchParticipants };
// `BENCH_ONLY=canvas npm run bench` runs one section (a comma-separated list for several).
const only = process.env['BENCH_ONLY']?.split(',').map((s) => s.trim()).filter(Boolean);
const sections = Object.entries(all)
  .filter(([name]) => !only || only.includes(name))
  .map(([, section]) => section);
const header = [
  'Samkart benchmarks (`npm run bench`): figures to compare, never pass/fail.',
  '- Run on a quiet machine and compare figures within one run (ratios, before/after on the same',
  '  machine); other programs on the machine stretch every time shown here.',
  '- ms are milliseconds; p50 is the median, p95 the value 95 % of samples stay under, the slow tail.',
  '- Canvas frame times: 16.7 ms is every frame of a 60 Hz screen (fluent), 33 ms is 30 fps, more',
  '  is visible stutter. "main CPU" is what the page itself spent per frame, the cost to look at',
  '  when the machine is busy; "moved" is how many frames had the camera move (input to handle).',
  '',
];
for (const line of header) console.log(line);
for (const section of sections) {
  for (const line of await section()) console.log(line);
  console.log('');
}
cleanupFolders();
