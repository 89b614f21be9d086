import { securityHeaders } from '../host/securityHeaders.ts';
import { readStatic } from '../host/staticFiles.ts';
import { APP_HOST, APP_SCHEME } from './trust.ts';

/**
 * Answers one `app://samkart/…` request with a file of the built renderer. Shares the static
 * reader (which never leaves the renderer folder) and the security headers (the CSP among them)
 * with the browser host, so both transports serve the page identically. Uses only the Fetch
 * API's Request/Response, so it runs unchanged in plain Node tests.
 */
export async function serveAppRequest(rendererDir: string, request: Pick<Request, 'url' | 'method'>): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'GET only');
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return plain(400, 'Bad request');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return plain(404, 'Not found');
  let file: Awaited<ReturnType<typeof readStatic>>;
  try {
    file = await readStatic(rendererDir, url.pathname);
  } catch {
    // A malformed escape (%E0) in the path: nothing we serve has such a name.
    return plain(400, 'Bad request');
  }
  if (!file) return plain(404, 'Not found');
  const body = request.method === 'HEAD' ? null : new Uint8Array(file.body);
  return new Response(body, { status: 200, headers: { ...securityHeaders, 'Content-Type': file.type } });
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' } });
}
