// One user action at a time on a screen: `running` disables its buttons while the action
// runs, and an error it throws is reported like any other (handleError, or the screen's own
// reporter, e.g. the Action Plan's).
import { handleError } from './handle-error';

export class Busy {
  running = $state(false);

  readonly #report: (error: unknown) => void;

  constructor(report: (error: unknown) => void = handleError) {
    this.#report = report;
  }

  async run(step: () => Promise<unknown>): Promise<void> {
    this.running = true;
    try {
      await step();
    } catch (error) {
      this.#report(error);
    } finally {
      this.running = false;
    }
  }
}
