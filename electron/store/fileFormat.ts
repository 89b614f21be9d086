/**
 * The file format's fixed marks (sqlite.org/appfileformat.html). `application_id` tells a Samkart
 * file from any other SQLite database; `user_version` is the schema version.
 */
export const APPLICATION_ID = 0x53414d4b; // "SAMK"
export const FILE_EXTENSION = '.samkart';

/** Offsets in the 100-byte SQLite header, so a file can be classified without opening it. */
export const header = {
  magic: 'SQLite format 3\u0000',
  size: 100,
  /** 1 = rollback journal, 2 = WAL; anything else and SQLite won't write (or read) the file. */
  writeVersionOffset: 18,
  readVersionOffset: 19,
  /** The schema format number, 1–4. */
  schemaFormatOffset: 44,
  userVersionOffset: 60,
  applicationIdOffset: 68,
} as const;
