/**
 * Cancelling an export and keeping the window alive during one. A cancelled export rejects with
 * the DOMException `AbortError` that fetch and the rest of the platform use, so the caller tells a
 * cancel from a failure the usual way (`error.name === 'AbortError'`).
 */

export function abortError(): DOMException {
  return new DOMException('The export was cancelled.', 'AbortError');
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError();
}

/**
 * Lets the event loop run (input, painting, a click on "Avbryt") before the next board, then
 * throws if the export was cancelled meanwhile. A macrotask, not a microtask: a resolved promise
 * would not let the browser paint or handle the click.
 */
export async function yieldToEventLoop(signal: AbortSignal | undefined): Promise<void> {
  throwIfAborted(signal);
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  throwIfAborted(signal);
}
