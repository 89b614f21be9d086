import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute } from 'node:path';
import type { ExportFolders } from './exportHandlers.ts';

/**
 * The folder of the last export, in a small JSON file in the profile folder beside the settings:
 * people export a series of pictures into the same report folder, so the next dialog starts there.
 * (The profile's own settings.json keeps only what its schema knows, so this has its own file.)
 * A folder that is gone (a USB stick pulled out) is forgotten and the dialog starts elsewhere.
 */
export class ExportFolderMemory implements ExportFolders {
  constructor(private readonly file: string) {}

  last(): string | null {
    try {
      const folder = (JSON.parse(readFileSync(this.file, 'utf8')) as { lastFolder?: unknown }).lastFolder;
      return typeof folder === 'string' && isAbsolute(folder) && existsSync(folder) && statSync(folder).isDirectory() ? folder : null;
    } catch {
      return null;
    }
  }

  remember(folder: string): void {
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify({ lastFolder: folder }, null, 2));
      renameSync(tmp, this.file);
    } catch {
      // Only a convenience: the export itself is saved, and the next dialog starts in the default folder.
    }
  }
}
