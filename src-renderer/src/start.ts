// The second half of the start, loaded by main.ts while the shell is drawn: the database opens
// (or the app explains why it cannot). The workspace with the first screen comes in the same
// chunk (vite.renderer.config.ts), ready when the shell asks for it. The opening is imported
// first: its body runs before the rest of the chunk is evaluated, so the database opens
// meanwhile.
import { opening } from '$lib/actions/opening';
import { startApp } from '$lib/actions/boot';

void startApp(opening);
