import { basename, isAbsolute } from 'node:path';
import type { OpenResult } from '../../shared/api/results.ts';
import type { CallContext } from '../api/platform.ts';
import { isWorkshopPath } from './workshopPath.ts';

/**
 * A file dropped on a window. The path comes from the preload (webUtils.getPathForFile), never
 * from page script, but it is still checked: an absolute path, or the call is refused; only a
 * .samkart file is opened, anything else is answered "not a Samkart workshop" untouched.
 */
export function openDroppedPath(openPath: (ctx: CallContext, path: string) => OpenResult, ctx: CallContext, path: unknown): OpenResult | null {
  if (typeof path !== 'string' || path.length > 4096 || path.includes('\0') || !isAbsolute(path)) return null;
  if (!isWorkshopPath(path)) return { status: 'notOurFile', fileName: basename(path) };
  return openPath(ctx, path);
}
