// The second half of the start, loaded by main.ts while the shell is drawn: the database opens
// (or the app explains why it cannot), and the first screen's code loads meanwhile.
import { startApp } from '$lib/actions/boot';
import { screens } from './views/screens';

void startApp();
void screens.workspace();

// `npm run bench` opens the app with ?bench=1 to reach its in-page measurements.
if (new URLSearchParams(location.search).has('bench')) void import('./lib/bench/harness');
