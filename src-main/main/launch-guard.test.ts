import { describe, expect, it } from 'vitest';
import { refusedSwitches } from './launch-guard';

const packaged = (argv: string[], switches: string[] = []) => ({
  isPackaged: true,
  argv: ['/opt/Chairdesk/chairdesk', ...argv],
  hasSwitch: (name: string) => switches.includes(name),
});

describe('the packaged app refuses to start open to a debugger', () => {
  it.each([
    [['--remote-debugging-port=9222'], ['remote-debugging-port']],
    [['--remote-debugging-port', '9222'], ['remote-debugging-port']],
    [['--REMOTE-DEBUGGING-PORT=9222'], ['remote-debugging-port']],
    [['-remote-debugging-pipe'], ['remote-debugging-pipe']],
    [['--inspect'], ['inspect']],
    [['--inspect-brk=0.0.0.0:9229'], ['inspect-brk']],
    [
      ['--inspect-port=9229', '--remote-allow-origins=*'],
      ['inspect-port', 'remote-allow-origins'],
    ],
  ])('%j', (argv, refused) => {
    expect(refusedSwitches(packaged(argv))).toEqual(refused);
  });

  it('also when Chromium was given the switch another way', () => {
    expect(refusedSwitches(packaged([], ['remote-debugging-port']))).toEqual(['remote-debugging-port']);
  });

  it('starts with ordinary arguments, a file name that looks like a switch included', () => {
    expect(refusedSwitches(packaged(['--lang=ru', '/home/a/--inspect.xlsx', '--no-sandbox-is-not-ours']))).toEqual([]);
  });

  it('leaves development builds their debugger', () => {
    expect(refusedSwitches({ ...packaged(['--inspect', '--remote-debugging-port=9222']), isPackaged: false })).toEqual([]);
  });
});
