// Renderer entry: fonts, styles, and the app. Runs in: the renderer (both editions).
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
import { startApp } from '$lib/actions/boot';
import App from './App.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
// The database starts opening before the app mounts ("Opening Chairdesk…").
void startApp();
mount(App, { target });

// `npm run bench` opens the app with ?bench=1 to reach its in-page measurements.
if (new URLSearchParams(location.search).has('bench')) void import('./lib/bench/harness');
