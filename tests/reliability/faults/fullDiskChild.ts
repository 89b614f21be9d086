import { writeSync } from 'node:fs';
import { editUntilFull, rescue } from './fullDisk.ts';

/**
 * The full-disk scenario in a process started under `ulimit -f` (RLIMIT_FSIZE), for machines where
 * a small tmpfs can't be mounted: no file of this process can grow past the limit, so the WAL
 * stops growing exactly as on a full disk (EFBIG instead of ENOSPC). Prints one JSON line, and
 * exits without closing the workshop, as a crash would, so the parent checks the file as left.
 *
 *   node --experimental-transform-types --no-warnings fullDiskChild.ts <file> <rescue-target>
 */
const [path, target] = process.argv.slice(2);
const { result, file } = editUntilFull(path!);
const rescued = await rescue(file, result, target!);
writeSync(1, `${JSON.stringify({ result, rescued })}\n`);
process.exit(0);
