// Renderer entry, the first half of the start: fonts, styles, and the app's shell, drawn over
// index.html's frame of it once that has been painted, in the language and with the
// chairmanship the window showed when it was last open (lib/state/start-hint.svelte.ts). The
// database and everything that reads it come with ./start.ts, loaded beside it. Runs in: the renderer (both editions).
// Noto Sans in two weights, each in a file per script with the range of letters it covers
// (unicode-range): a screen fetches only the files of the letters it shows, all at once, and
// letters of several scripts come in the same family. Tajik letters (ӣ ӯ ҳ ҷ қ ғ) are in the
// Cyrillic Extended file.
import '$lib/platform/trusted-types';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import './app.css';
import './print.css';
import { mount } from 'svelte';
import { app } from '$lib/state/app.svelte';
import { applyStartHint, readStartHint } from '$lib/state/start-hint.svelte';
import App from './App.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
// Requested first, so that its modules load while the shell is drawn.
import('./start').catch((error: unknown) => (app.loadFailure = error instanceof Error ? error.message : String(error)));
applyStartHint(readStartHint());
// index.html's frame of the shell is painted from the page alone; the app is drawn over it once
// that frame is on screen (the page's first contentful paint), at once in a window not shown
// yet, or after 100 ms in one that paints nothing. (Drawn at once, it could hide the frame
// before its first paint.)
let drawn = false;
const draw = (): void => {
  if (drawn) return;
  drawn = true;
  mount(App, { target });
};
if (document.visibilityState === 'hidden') draw();
else {
  new PerformanceObserver((entries, observer) => {
    if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    draw();
  }).observe({ type: 'paint', buffered: true });
  setTimeout(draw, 100);
}
