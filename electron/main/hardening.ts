import { app, type Session } from 'electron';
import { devContentSecurityPolicy } from '../host/securityHeaders.ts';
import { devServerOrigin, isClipboardPermission, isTrustedSender } from './trust.ts';

/**
 * Applied to every webContents the app ever creates (windows, devtools, anything unexpected):
 * no navigating away from our own pages, no new windows, no <webview>. The decisions themselves
 * are the pure helpers in trust.ts.
 */
export function hardenAllWebContents(devServerUrl: string | undefined): void {
  const allowed = (url: string) => isTrustedSender(url, devServerUrl);
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => {
      if (!allowed(event.url)) event.preventDefault();
    });
    contents.on('will-frame-navigate', (event) => {
      if (!allowed(event.url)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => {
      if (!allowed(event.url)) event.preventDefault();
    });
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

/**
 * The session our windows use: every permission (camera, notifications, geolocation, ...) is
 * refused without asking, and checks answer no. In development the dev server's pages get the
 * same Content-Security-Policy header that app:// sends.
 */
export function hardenSession(session: Session, devServerUrl: string | undefined): void {
  // The one exception: our own pages may use the clipboard (copy and paste of notes).
  const allow = (permission: string, url: string) => isClipboardPermission(permission) && isTrustedSender(url, devServerUrl);
  session.setPermissionRequestHandler((contents, permission, callback) => callback(allow(permission, contents.getURL())));
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => allow(permission, requestingOrigin));
  const dev = devServerOrigin(devServerUrl);
  if (dev) {
    session.webRequest.onHeadersReceived({ urls: [`${dev}/*`] }, (details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [devContentSecurityPolicy] } });
    });
  }
}
