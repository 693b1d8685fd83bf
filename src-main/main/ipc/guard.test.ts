import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { guarded, IpcRefusal, type SenderEvent } from './guard';

const from = (url: string | null): SenderEvent => ({
  senderFrame: url === null ? null : { url },
});

describe('guarded IPC handlers', () => {
  const schema = z.object({ name: z.string() });

  it('runs the handler for the app origin with a valid payload', async () => {
    const run = vi.fn(({ name }: { name: string }) => `hello ${name}`);
    const handler = guarded('test', schema, run, () => undefined);
    expect(await handler(from('app://chairdesk/index.html'), { name: 'Aslov' })).toEqual({ ok: true, value: 'hello Aslov' });
  });

  it.each([
    ['a null frame', null],
    ['another origin', 'https://evil.example/'],
    ['a file page', 'file:///tmp/x.html'],
  ])('refuses %s without running the handler', async (_label, url) => {
    const run = vi.fn();
    const log = vi.fn();
    const result = await guarded('test', schema, run, log)(from(url), { name: 'x' });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(run).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledOnce();
  });

  it.each([undefined, null, 42, { name: 7 }, { nom: 'x' }])('refuses the payload %j and logs it', async (payload) => {
    const run = vi.fn();
    const log = vi.fn();
    const result = await guarded('test', schema, run, log)(from('app://chairdesk/index.html'), payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(run).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('invalid payload'));
  });

  it('returns a refusal or a failure as a value, never throws', async () => {
    const refusing = guarded('test', schema, () => {
      throw new IpcRefusal('too-large', 'too big');
    });
    expect(await refusing(from('app://chairdesk/'), { name: 'x' })).toEqual({
      ok: false,
      error: { code: 'too-large', message: 'too big' },
    });
    const failing = guarded(
      'test',
      schema,
      () => Promise.reject(new Error('EACCES')),
      () => undefined,
    );
    expect(await failing(from('app://chairdesk/'), { name: 'x' })).toMatchObject({ ok: false, error: { code: 'io-failed' } });
  });
});
