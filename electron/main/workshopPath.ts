import { isAbsolute, resolve } from 'node:path';
import { FILE_EXTENSION } from '../store/fileFormat.ts';

/**
 * Paths that reach the main process from outside the API: the command line, macOS "open-file",
 * a second instance, a file dropped on a window. Each must name a workshop file by an absolute
 * path; anything else is ignored before a file is touched.
 */
export function isWorkshopPath(path: unknown): path is string {
  return (
    typeof path === 'string' &&
    path.length > FILE_EXTENSION.length &&
    path.length <= 4096 &&
    !path.includes('\0') &&
    isAbsolute(path) &&
    path.toLowerCase().endsWith(FILE_EXTENSION)
  );
}

/** A save dialog may hand back a name without our extension (Linux dialogs often do): add it. */
export function withWorkshopExtension(path: string): string {
  return path.toLowerCase().endsWith(FILE_EXTENSION) ? path : `${path}${FILE_EXTENSION}`;
}

/**
 * The workshop file named on a command line, if any: the last argument that is not a switch and
 * ends in .samkart, resolved against the directory the command was run in.
 */
export function workshopPathFromArgv(argv: readonly string[], workingDirectory: string): string | null {
  for (let i = argv.length - 1; i >= 1; i--) {
    const arg = argv[i];
    if (arg === undefined || arg.startsWith('-') || !arg.toLowerCase().endsWith(FILE_EXTENSION)) continue;
    const path = resolve(workingDirectory, arg);
    if (isWorkshopPath(path)) return path;
  }
  return null;
}
