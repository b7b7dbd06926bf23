import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver, type SaveState } from './autosave.ts';

class Conflict extends Error {}

function setup(save: (doc: string, version: number) => Promise<number>) {
  const states: SaveState[] = [];
  const saved: [string, number][] = [];
  const saver = new Autosaver<string>(1, {
    delayMs: 800,
    save,
    isConflict: (e) => e instanceof Conflict,
    onState: (s) => states.push(s),
    onSaved: (doc, version) => saved.push([doc, version]),
  });
  return { saver, states, saved };
}

describe('Autosaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('debounces changes and saves the last one with the current version', async () => {
    const save = vi.fn(async (_doc: string, version: number) => version + 1);
    const { saver, states, saved } = setup(save);
    saver.change('a');
    await vi.advanceTimersByTimeAsync(500);
    saver.change('b');
    await vi.advanceTimersByTimeAsync(799);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith('b', 1);
    expect(saved).toEqual([['b', 2]]);
    expect(states.at(-1)).toBe('saved');
    expect(states).toContain('saving');
    expect(saver.currentVersion).toBe(2);
  });

  it('saves changes made during a save right after it, with the new version', async () => {
    let release: (v: number) => void = () => {};
    const save = vi.fn(
      (_doc: string, version: number) =>
        new Promise<number>((resolve) => {
          release = () => resolve(version + 1);
        }),
    );
    const { saver } = setup(save);
    saver.change('a');
    await vi.advanceTimersByTimeAsync(800);
    expect(save).toHaveBeenCalledTimes(1);
    saver.change('b');
    await vi.advanceTimersByTimeAsync(800);
    expect(save).toHaveBeenCalledTimes(1); // one save at a time
    release(0);
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(2);
    expect(save).toHaveBeenLastCalledWith('b', 2);
    release(0);
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.currentState).toBe('saved');
    expect(saver.hasUnsavedChanges).toBe(false);
  });

  it('stops on a conflict until reset', async () => {
    const save = vi.fn(async () => {
      throw new Conflict();
    });
    const { saver, states } = setup(save);
    saver.change('a');
    await vi.advanceTimersByTimeAsync(800);
    expect(states.at(-1)).toBe('conflict');
    saver.change('b');
    await vi.advanceTimersByTimeAsync(2000);
    expect(save).toHaveBeenCalledTimes(1);
    saver.reset(7);
    expect(saver.currentState).toBe('saved');
    expect(saver.currentVersion).toBe(7);
  });

  it('keeps the document after an error and saves it on the next change or retry', async () => {
    let fail = true;
    const save = vi.fn(async (_doc: string, version: number) => {
      if (fail) throw new Error('network');
      return version + 1;
    });
    const { saver, states } = setup(save);
    saver.change('a');
    await vi.advanceTimersByTimeAsync(800);
    expect(states.at(-1)).toBe('error');
    fail = false;
    saver.retry();
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenLastCalledWith('a', 1);
    expect(states.at(-1)).toBe('saved');
  });

  it('flushes at once', async () => {
    const save = vi.fn(async (_doc: string, version: number) => version + 1);
    const { saver } = setup(save);
    saver.change('a');
    await saver.flush();
    expect(save).toHaveBeenCalledWith('a', 1);
  });
});
