import { benchStore } from './store.ts';
import { cleanupFolders } from '../helpers/workshop.ts';

/**
 * `npm run bench`. Machines are noisy, so results are read as ratios within one run, never as
 * absolute thresholds; nothing here fails a build.
 */
const sections: (() => string[] | Promise<string[]>)[] = [benchStore];
for (const section of sections) {
  for (const line of await section()) console.log(line);
  console.log('');
}
cleanupFolders();
