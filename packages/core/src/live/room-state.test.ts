import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEvent, EMPTY_ROOM, foldEvents, type LiveEvent } from './room-state.ts';

const eventsArb = fc
  .array(
    fc.oneof(
      fc.record({
        type: fc.constant('contribution.posted' as const),
        text: fc.string({ minLength: 1, maxLength: 20 }),
      }),
      fc.record({ type: fc.constant('message.set' as const), text: fc.string({ maxLength: 20 }) }),
    ),
    { maxLength: 60 },
  )
  .map((items) =>
    items.map((item, i): LiveEvent => {
      const seq = i + 1;
      return item.type === 'message.set'
        ? { seq, at: seq, type: 'message.set', data: { text: item.text } }
        : {
            seq,
            at: seq,
            type: 'contribution.posted',
            data: { id: `c${seq}`, participantId: 'p', nickname: 'n', text: item.text },
          };
    }),
  );

describe('room state (LOG-2, LOG-3 in the browser and the server)', () => {
  it('LOG-3: replaying events already applied changes nothing (idempotent by sequence)', () => {
    fc.assert(
      fc.property(eventsArb, fc.nat(), (events, cut) => {
        const once = foldEvents(events);
        const k = events.length === 0 ? 0 : cut % events.length;
        // A reconnecting client may see an overlap between what it had and what it is sent.
        const twice = foldEvents(events, foldEvents(events.slice(0, k)));
        expect(twice).toEqual(once);
        expect(foldEvents(events, once)).toEqual(once);
      }),
      { seed: 20261128 },
    );
  });

  it('LOG-2: a snapshot plus the events after it equals the full fold', () => {
    fc.assert(
      fc.property(eventsArb, fc.nat(), (events, cut) => {
        const k = events.length === 0 ? 0 : cut % events.length;
        const snapshot = foldEvents(events.slice(0, k));
        expect(foldEvents(events.slice(k), snapshot)).toEqual(foldEvents(events));
      }),
      { seed: 7 },
    );
  });

  it('keeps contributions in sequence order with their sequence and time', () => {
    const state = foldEvents([
      {
        seq: 1,
        at: 10,
        type: 'contribution.posted',
        data: { id: 'a', participantId: 'p1', nickname: 'Léa', text: 'Plus de temps' },
      },
      { seq: 2, at: 20, type: 'message.set', data: { text: 'Question 2' } },
      {
        seq: 3,
        at: 30,
        type: 'contribution.posted',
        data: { id: 'b', participantId: null, nickname: '', text: 'Moins de réunions' },
      },
    ]);
    expect(state.seq).toBe(3);
    expect(state.message).toBe('Question 2');
    expect(state.contributions.map((c) => [c.seq, c.text])).toEqual([
      [1, 'Plus de temps'],
      [3, 'Moins de réunions'],
    ]);
  });

  it('marks the room closed on session.closed', () => {
    expect(applyEvent(EMPTY_ROOM, { seq: 1, at: 1, type: 'session.closed', data: {} }).closed).toBe(true);
  });
});
