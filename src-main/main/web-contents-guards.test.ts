import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { guardSession, guardWebContents } from './web-contents-guards';

type Listener = (event: { preventDefault: () => void }, url?: string) => void;

function fakeContents(): { contents: WebContents; emit: (name: string, url?: string) => boolean; open: (url: string) => unknown } {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => unknown) | null = null;
  const contents = {
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: (details: { url: string }) => unknown) => (openHandler = handler),
  } as unknown as WebContents;
  return {
    contents,
    emit: (name, url) => {
      let prevented = false;
      listeners.get(name)?.({ preventDefault: () => (prevented = true) }, url);
      return prevented;
    },
    open: (url) => openHandler?.({ url }),
  };
}

describe('web contents guards', () => {
  it.each(['https://evil.example/', 'file:///etc/passwd', 'javascript:alert(1)', 'app://chairdesk/../'])(
    'blocks navigation to %s',
    (url) => {
      const page = fakeContents();
      guardWebContents(page.contents, vi.fn());
      expect(page.emit('will-navigate', url)).toBe(true);
      expect(page.emit('will-redirect', url)).toBe(true);
    },
  );

  it('hands a clicked mailto: link to the mail client for a plain address only, and stays on the page', () => {
    const page = fakeContents();
    const openExternal = vi.fn();
    guardWebContents(page.contents, openExternal);
    expect(page.emit('will-navigate', 'mailto:protocol@mfa.tj')).toBe(true);
    expect(page.emit('will-navigate', 'mailto:protocol@mfa.tj?attach=/etc/passwd')).toBe(true);
    expect(page.emit('will-navigate', 'https://evil.example/')).toBe(true);
    expect(openExternal.mock.calls).toEqual([['mailto:protocol@mfa.tj']]);
  });

  it('lets the app reload its own page', () => {
    const page = fakeContents();
    guardWebContents(page.contents, vi.fn());
    expect(page.emit('will-navigate', 'app://chairdesk/index.html')).toBe(false);
  });

  it('never attaches a <webview>', () => {
    const page = fakeContents();
    guardWebContents(page.contents, vi.fn());
    expect(page.emit('will-attach-webview')).toBe(true);
  });

  it('denies every new window and hands only allowlisted links to the system browser', () => {
    const page = fakeContents();
    const openExternal = vi.fn();
    guardWebContents(page.contents, openExternal);
    expect(page.open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(page.open('app://chairdesk/index.html')).toEqual({ action: 'deny' });
    expect(page.open('https://github.com/')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
    expect(openExternal).toHaveBeenCalledWith('https://github.com/');
  });

  it('denies permissions and cancels every request that is not the app, data: or blob:', () => {
    const handlers: Record<string, unknown> = {};
    let beforeRequest: ((details: { url: string }, callback: (r: { cancel: boolean }) => void) => void) | null = null;
    const session = {
      setPermissionRequestHandler: (h: unknown) => (handlers.request = h),
      setPermissionCheckHandler: (h: unknown) => (handlers.check = h),
      setDevicePermissionHandler: (h: unknown) => (handlers.device = h),
      webRequest: { onBeforeRequest: (h: typeof beforeRequest) => (beforeRequest = h) },
    } as unknown as Session;
    guardSession(session);
    expect((handlers.check as () => boolean)()).toBe(false);
    expect((handlers.device as () => boolean)()).toBe(false);
    const verdict = (url: string): boolean => {
      let cancel = false;
      beforeRequest?.({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(verdict('app://chairdesk/assets/index.js')).toBe(false);
    expect(verdict('data:font/woff2;base64,AAAA')).toBe(false);
    expect(verdict('blob:app://chairdesk/123')).toBe(false);
    expect(verdict('https://fonts.googleapis.com/css')).toBe(true);
    expect(verdict('http://127.0.0.1:9229/')).toBe(true);
  });
});
