import { isMethodName } from '../../shared/api/contract.ts';
import type { Envelope } from '../../shared/api/results.ts';
import type { LogFile } from './logFile.ts';

/**
 * One log line per API call: which method, how it ended (ok, a result status such as
 * "notOurFile", or an error key) and how long it took. The arguments, the detail of an error and
 * the value are never looked at: they hold titles, notes and paths.
 */
export function logCall(log: LogFile, method: unknown, envelope: Envelope<unknown>, ms: number): void {
  const name = isMethodName(method) ? method : 'unknownMethod';
  if (!envelope.ok) {
    log.warn('api.call', { method: name, outcome: envelope.error.key, ms });
    return;
  }
  const value = envelope.value;
  const status = typeof value === 'object' && value !== null && 'status' in value && typeof value.status === 'string' ? value.status : 'ok';
  // The high-frequency calls (every edit, the presentation long-poll) are logged only when they fail.
  if (name === 'applyChanges' || name === 'awaitPresentation' || name === 'publishPresentation') {
    if (status === 'ok' || status === 'applied') return;
  }
  log.info('api.call', { method: name, outcome: status, ms });
}
