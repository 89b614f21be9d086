import { ApiError } from '../../shared/api/results.ts';

/** SQLite's error codes that mean "the file is damaged" rather than "the disk said no". */
const corruptCodes = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_VTAB', 'SQLITE_CORRUPT_SEQUENCE', 'SQLITE_CORRUPT_INDEX']);

export function sqliteCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
}

export function isCorruptError(error: unknown): boolean {
  return corruptCodes.has(sqliteCode(error));
}

/**
 * SQLite's generic error while opening (a missing or existing table in a migration, "unsupported
 * file format"): the file's schema doesn't match the version its header claims. Disk trouble has
 * codes of its own (SQLITE_IOERR_*, SQLITE_FULL, SQLITE_READONLY, SQLITE_CANTOPEN).
 */
export function isSchemaMismatch(error: unknown): boolean {
  return sqliteCode(error) === 'SQLITE_ERROR';
}

export function isBusyError(error: unknown): boolean {
  return sqliteCode(error).startsWith('SQLITE_BUSY') || sqliteCode(error).startsWith('SQLITE_LOCKED');
}

/** Turns a failed write into the message the user needs: what happened, and that the work is safe. */
export function writeError(error: unknown): ApiError {
  const code = sqliteCode(error);
  if (code.startsWith('SQLITE_CONSTRAINT')) return new ApiError('error.invalidEdit', code);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return new ApiError('error.diskFull', code);
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return new ApiError('error.readOnly', code);
  return new ApiError('error.writeFailed', code || (error instanceof Error ? error.message : String(error)));
}
