// Renderer entry, the first half of the start: fonts, styles, and the app's shell, drawn at
// once in the language and with the chairmanship the window showed when it was last open
// (lib/state/start-hint.svelte.ts). The database and everything that reads it come with
// ./start.ts, loaded beside it. Runs in: the renderer (both editions).
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
mount(App, { target });
