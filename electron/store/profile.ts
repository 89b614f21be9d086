import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { writeError } from './sqliteErrors.ts';
import { join } from 'node:path';
import { z } from 'zod';
import { languages, type Language } from '../../shared/i18n/messages.ts';
import { randomToken } from '../../shared/util/random.ts';

const RecentSchema = z.object({ id: z.string(), path: z.string(), title: z.string(), lastOpened: z.string() });
const ProfileSchema = z.object({
  language: z.enum(languages).default('nb'),
  recent: z.array(RecentSchema).default([]),
});
export type Profile = z.infer<typeof ProfileSchema>;
export type RecentRecord = z.infer<typeof RecentSchema>;

const MAX_RECENT = 20;

/**
 * The user's remembered settings and recent files, in one small JSON file in the profile folder
 * (Electron's userData, or the browser host's --profile). Written atomically: a crash mid-write
 * leaves the previous settings, never a half-written file.
 */
export class ProfileStore {
  private readonly file: string;
  private profile: Profile;

  constructor(private readonly dir: string) {
    this.file = join(dir, 'settings.json');
    this.profile = this.read();
  }

  private read(): Profile {
    try {
      return ProfileSchema.parse(JSON.parse(readFileSync(this.file, 'utf8')));
    } catch {
      // Missing or unreadable settings are not worth bothering the user about: start fresh.
      return ProfileSchema.parse({});
    }
  }

  private write(): void {
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      mkdirSync(this.dir, { recursive: true });
      writeFileSync(tmp, JSON.stringify(this.profile, null, 2));
      renameSync(tmp, this.file);
    } catch (error) {
      // A full disk says "disk full", like a failed edit, not "unexpected ENOSPC".
      rmSync(tmp, { force: true });
      throw writeError(error);
    }
  }

  get language(): Language {
    return this.profile.language;
  }

  setLanguage(language: Language): void {
    this.profile.language = language;
    this.write();
  }

  get recent(): readonly RecentRecord[] {
    return this.profile.recent;
  }

  /** Moves (or adds) a file to the top of the recent list. */
  touchRecent(path: string, title: string): RecentRecord {
    const existing = this.profile.recent.find((r) => r.path === path);
    const record = { id: existing?.id ?? randomToken(12), path, title, lastOpened: new Date().toISOString() };
    this.profile.recent = [record, ...this.profile.recent.filter((r) => r.path !== path)].slice(0, MAX_RECENT);
    this.write();
    return record;
  }

  updateRecentPath(oldPath: string, newPath: string, title: string): void {
    this.profile.recent = this.profile.recent.filter((r) => r.path !== oldPath);
    this.touchRecent(newPath, title);
  }

  removeRecent(id: string): void {
    this.profile.recent = this.profile.recent.filter((r) => r.id !== id);
    this.write();
  }

  findRecent(id: string): RecentRecord | undefined {
    return this.profile.recent.find((r) => r.id === id);
  }
}
