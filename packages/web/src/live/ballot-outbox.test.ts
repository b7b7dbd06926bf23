import { describe, expect, it } from 'vitest';
import { BallotOutbox, MemoryBallotStore } from './ballot-outbox.ts';

function setup() {
  let n = 0;
  const store = new MemoryBallotStore();
  return { store, outbox: new BallotOutbox(store, () => `ballot-${++n}`) };
}

describe('BallotOutbox', () => {
  it('keeps the latest ballot per activity, pending until acknowledged', () => {
    const { store, outbox } = setup();
    outbox.cast('act', { choices: ['a'] });
    const second = outbox.cast('act', { choices: ['b'] });
    outbox.cast('other', { answer: 'consent' });
    expect(outbox.latest('act')).toEqual({
      id: 'ballot-2',
      activityId: 'act',
      ballot: { choices: ['b'] },
      state: 'pending',
    });
    expect(outbox.pending().map((i) => i.id)).toEqual(['ballot-2', 'ballot-3']);
    outbox.acknowledge(second.id);
    expect(outbox.latest('act')?.state).toBe('sent');
    expect(outbox.pending().map((i) => i.id)).toEqual(['ballot-3']);
    // Survives a reload.
    expect(new BallotOutbox(store).latest('act')?.state).toBe('sent');
  });

  it('shows a refusal with its message, keeps transient ones pending', () => {
    const { outbox } = setup();
    const a = outbox.cast('act', { dots: { a: 9 } });
    outbox.refuse(a.id, 'VALIDATION_FAILED', 'DOT-5: You have 5 dots; this ballot uses 9.');
    expect(outbox.latest('act')).toMatchObject({
      state: 'refused',
      message: 'DOT-5: You have 5 dots; this ballot uses 9.',
    });
    const b = outbox.cast('act', { dots: { a: 1 } });
    outbox.refuse(b.id, 'UNAVAILABLE', 'try again');
    expect(outbox.latest('act')?.state).toBe('pending');
    outbox.acknowledge('unknown');
    expect(outbox.pending()).toHaveLength(1);
  });

  it('notifies subscribers', () => {
    const { outbox } = setup();
    let calls = 0;
    const stop = outbox.subscribe(() => calls++);
    outbox.cast('act', {});
    stop();
    outbox.cast('act', {});
    expect(calls).toBe(1);
  });
});
