// Reads a reference file off the main thread, so that a large one neither freezes the window
// nor escapes the time limit (the page terminates a Worker that runs too long). Answers with
// the set, or why it was refused (errors cross as values). Runs in: a dedicated Worker.
import { readReferenceInWorker, type ReferenceReadRequest } from '../io/reference-file-protocol';

self.addEventListener('message', (event: MessageEvent<ReferenceReadRequest>) => {
  void readReferenceInWorker(event.data).then((reply) => self.postMessage(reply));
});
