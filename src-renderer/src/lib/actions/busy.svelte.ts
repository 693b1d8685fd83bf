// One user action at a time on a screen: `running` disables its buttons while the action
// runs, and an error it throws is reported like any other (handleError).
import { handleError } from './handle-error';

export class Busy {
  running = $state(false);

  async run(step: () => Promise<unknown>): Promise<void> {
    this.running = true;
    try {
      await step();
    } catch (error) {
      handleError(error);
    } finally {
      this.running = false;
    }
  }
}
