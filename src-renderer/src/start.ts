// The second half of the start, loaded by main.ts while the shell is drawn: the database opens
// (or the app explains why it cannot). The workspace with the first screen comes in the same
// chunk (vite.renderer.config.ts), ready when the shell asks for it.
import { startApp } from '$lib/actions/boot';

void startApp();
