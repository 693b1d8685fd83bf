// Renderer entry, the first half of the start: fonts, styles, and the app's shell, drawn at
// once in the language and with the chairmanship the window showed when it was last open
// (lib/state/start-hint.svelte.ts). The database and everything that reads it come with
// ./start.ts, loaded beside it. Runs in: the renderer (both editions).
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/latin-ext-600.css';
import '@fontsource/noto-sans/cyrillic-400.css';
import '@fontsource/noto-sans/cyrillic-600.css';
// Tajik letters (ӣ ӯ ҳ ҷ қ ғ) live in the Cyrillic Extended block.
import '@fontsource/noto-sans/cyrillic-ext-400.css';
import '@fontsource/noto-sans/cyrillic-ext-600.css';
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
