import { validateCall } from '../../shared/api/contract.ts';
import { ApiError, type Envelope } from '../../shared/api/results.ts';
import type { Handlers } from './handlers.ts';
import type { CallContext } from './platform.ts';

/**
 * The single entry point both transports call: validates the method and arguments against the
 * contract, runs the handler, and turns every failure into a serialisable, translatable error.
 */
export async function dispatch(handlers: Handlers, ctx: CallContext, method: unknown, args: unknown): Promise<Envelope<unknown>> {
  const call = validateCall(method, args);
  if (!call.ok) return { ok: false, error: { key: 'error.invalidCall', detail: call.reason } };
  try {
    const handler = handlers[call.method] as (ctx: CallContext, ...a: unknown[]) => Promise<unknown>;
    const value = await handler(ctx, ...call.args);
    return { ok: true, value: value ?? null };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: { key: error.key, ...(error.detail ? { detail: withoutPaths(error.detail) } : {}) } };
    return { ok: false, error: { key: 'error.unexpected', detail: withoutPaths(error instanceof Error ? error.message : String(error)).slice(0, 300) } };
  }
}

/**
 * The renderer is never told where things are on this machine: an absolute path in a message
 * (Node's "ENAMETOOLONG: name too long, open '/home/…/x.samkart'") is cut to its last part.
 */
export function withoutPaths(text: string): string {
  return text.replace(/(?:[A-Za-z]:)?(?:[\\/][^\\/\s'"`]+)+[\\/]([^\\/\s'"`]*)/g, '$1');
}
