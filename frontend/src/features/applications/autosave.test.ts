import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver } from './autosave';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('the autosave queue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves the latest input once the changes pause', () => {
    const save = vi.fn(() => Promise.resolve());
    const saver = new Autosaver<string>(save, 800);
    saver.change('a');
    vi.advanceTimersByTime(500);
    saver.change('ab');
    vi.advanceTimersByTime(799);
    expect(save).not.toHaveBeenCalled();
    expect(saver.busy).toBe(true);
    vi.advanceTimersByTime(1);
    expect(save).toHaveBeenCalledExactlyOnceWith('ab');
  });

  it('never runs two saves at once and sends only the newest waiting input', async () => {
    const running = [deferred(), deferred()];
    const save = vi.fn((input: string) => {
      void input;
      return running[save.mock.calls.length - 1].promise;
    });
    const saver = new Autosaver<string>(save, 800);
    saver.change('a');
    vi.advanceTimersByTime(800);
    saver.change('ab');
    vi.advanceTimersByTime(800);
    saver.change('abc');
    vi.advanceTimersByTime(800);
    expect(save).toHaveBeenCalledTimes(1);

    running[0].resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(save.mock.calls.map(([input]) => input)).toEqual(['a', 'abc']);
    running[1].resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.busy).toBe(false);
  });

  it('sends at once on flush and forgets what is discarded', async () => {
    const save = vi.fn(() => Promise.resolve());
    const saver = new Autosaver<string>(save, 800);
    saver.change('a');
    saver.flush();
    expect(save).toHaveBeenCalledWith('a');
    await vi.advanceTimersByTimeAsync(0);
    saver.change('b');
    saver.discard();
    vi.advanceTimersByTime(1000);
    expect(save).toHaveBeenCalledTimes(1);
    expect(saver.busy).toBe(false);
  });
});
