import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Platform } from '../api/platform.ts';
import { freePath } from '../store/fileNames.ts';
import { ProfileStore } from '../store/profile.ts';
import { appVersion } from '../appVersion.ts';
import type { WebClients } from './webClients.ts';

/**
 * The browser host's side of the platform: there are no native dialogs, so new workshops,
 * copies and examples go into one folder (--dir), under free names that never overwrite.
 */
export function createWebPlatform(folder: string, profileDir: string, clients?: WebClients): Platform {
  mkdirSync(folder, { recursive: true });
  return {
    ...(clients ? { isClientGone: (clientId: string) => clients.isGone(clientId) } : {}),
    transport: 'web',
    version: appVersion,
    profile: new ProfileStore(profileDir),
    folder,
    exampleFolder: folder,
    settingsFolder: profileDir,
    async chooseNewPath(_ctx, name) {
      return freePath(folder, name);
    },
    async chooseOpenPath() {
      return null;
    },
    async chooseSaveAsPath(_ctx, name) {
      return freePath(folder, name);
    },
  };
}

/** The user's documents folder, where a user looks for their files. */
export function documentsFolder(): string {
  for (const name of ['Documents', 'Dokumenter']) {
    const candidate = join(homedir(), name);
    if (existsSync(candidate)) return candidate;
  }
  return homedir();
}
