// The packaged app refuses to start with a debugging port or an inspector open: either would
// let any local program read and drive the window (and so the data). Electron's fuses already
// ignore Node's --inspect family; this also covers Chromium's remote debugging switches, which
// no fuse governs. Development builds keep them. Runs in: main, first thing.

/** Switches that open the app to a debugger, as `--name` or `--name=value`. */
export const DEBUGGING_SWITCHES = [
  'remote-debugging-port',
  'remote-debugging-pipe',
  'remote-debugging-address',
  'remote-allow-origins',
  'inspect',
  'inspect-brk',
  'inspect-port',
  'inspect-publish-uid',
  'debug',
  'debug-brk',
] as const;

/** The debugging switches among the command-line arguments (Chromium also reads `-name` and any case). */
export function debuggingSwitches(argv: readonly string[]): string[] {
  return argv.flatMap((arg) => {
    const match = /^--?([a-z-]+)(?:=.*)?$/is.exec(arg);
    const name = match?.[1]?.toLowerCase();
    return name !== undefined && (DEBUGGING_SWITCHES as readonly string[]).includes(name) ? [name] : [];
  });
}

export interface LaunchCheck {
  isPackaged: boolean;
  argv: readonly string[];
  /** Chromium's own view of its switches (`app.commandLine.hasSwitch`), which also sees those set by the environment. */
  hasSwitch: (name: string) => boolean;
}

/** The switches that must stop a packaged app from starting; empty when it may start. */
export function refusedSwitches({ isPackaged, argv, hasSwitch }: LaunchCheck): string[] {
  if (!isPackaged) return [];
  return [...new Set([...debuggingSwitches(argv), ...DEBUGGING_SWITCHES.filter((name) => hasSwitch(name))])];
}
