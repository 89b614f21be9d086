/** One bundled library or font and its licence, as its own package or licence file states it. */
export interface LicenceEntry {
  name: string;
  /** The package's version; empty for a font file (its copyright line says which). */
  version: string;
  /** An SPDX identifier (MIT, OFL-1.1 …) or the licence's own name. */
  licence: string;
  kind: 'library' | 'font' | 'runtime';
  /** A font's copyright line, shortened. */
  copyright?: string;
}

/** What "Om Samkart" shows: generated from the build and the running app, never typed by hand. */
export interface AboutInfo {
  productName: string;
  version: string;
  copyright: string;
  /** The newest file format version (PRAGMA user_version) this build reads and writes. */
  schemaVersion: number;
  /** Electron's, Chromium's and Node's versions where they run; null in the browser host's page. */
  runtime: { electron: string | null; chrome: string | null; node: string };
  /** Where settings and the recent list are kept. */
  settingsFolder: string | null;
  /** The log file a user can send to IT; null where none is kept (the browser host). */
  logFile: string | null;
  licences: LicenceEntry[];
}
