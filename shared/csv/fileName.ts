import { safeFileName } from '../util/fileName.ts';

/** A file name for an exported table: the one sanitiser (util/fileName.ts) with `.csv`. */
export function csvFileName(title: string, fallback = 'tabell'): string {
  return safeFileName(title, { extension: '.csv', fallback });
}
