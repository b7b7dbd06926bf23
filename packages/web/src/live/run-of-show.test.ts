import type { Mission, Sequence, Workshop } from '@cercle/core';
import { describe, expect, it } from 'vitest';
import { nextSequence, pickWorkshop } from './run-of-show.ts';

const workshop = (id: string, title: string) => ({ id, title, sequences: [] }) as unknown as Workshop;
const mission = (...workshops: Workshop[]) =>
  ({
    steps: [{ kind: 'interviews' }, ...workshops.map((w) => ({ kind: 'workshop', workshop: w }))],
  }) as unknown as Mission;

describe('pickWorkshop', () => {
  it('matches the session title, else takes the first workshop', () => {
    const m = mission(workshop('w1', 'Diagnostic'), workshop('w2', 'Vision 2030'));
    expect(pickWorkshop(m, ' vision 2030 ')?.id).toBe('w2');
    expect(pickWorkshop(m, 'Vision 2030 — jour 1')?.id).toBe('w2');
    expect(pickWorkshop(m, 'Autre')?.id).toBe('w1');
    expect(pickWorkshop(mission(), 'x')).toBeNull();
  });
});

describe('nextSequence', () => {
  const seqs = [{ id: 'a' }, { id: 'b' }] as Sequence[];
  it('goes to the first, then the following, then none', () => {
    expect(nextSequence(seqs, null)?.id).toBe('a');
    expect(nextSequence(seqs, 'a')?.id).toBe('b');
    expect(nextSequence(seqs, 'b')).toBeNull();
    expect(nextSequence(seqs, 'gone')?.id).toBe('a');
  });
});
