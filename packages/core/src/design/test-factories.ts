/** Factories with overrides for the design tests (not part of the public API). */
import { METHOD_LIBRARY, sequencesFromMethod } from './methods/library.ts';
import type { Sequence, Workshop } from './types.ts';

export function counterIds(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}

/** A plenary sequence; override anything. */
export function makeSequence(overrides: Partial<Sequence> = {}): Sequence {
  return {
    id: 's1',
    blockId: overrides.id ? `b-${overrides.id}` : 'b1',
    methodId: 'plenary',
    stepKey: 'plenary',
    day: 0,
    title: 'Plénière',
    durationMinutes: 30,
    group: { kind: 'plenary' },
    activity: 'qa',
    instructions: '',
    facilitatorNotes: '',
    questions: ['Quelles questions ?'],
    roles: [],
    materials: [],
    outputs: [],
    graphicRecording: false,
    ...overrides,
  };
}

export function makeWorkshop(overrides: Partial<Workshop> = {}): Workshop {
  return {
    id: 'w1',
    title: 'Atelier',
    locale: 'fr',
    objective: '',
    days: [{ date: '2026-03-12', start: '09:00', end: '12:30' }],
    place: 'Salle A',
    remote: false,
    expectedParticipants: 18,
    facilitators: ['Claire'],
    sequences: [],
    ...overrides,
  };
}

/** The sequences of a library method, ids from `ids`. */
export function fromMethod(methodId: string, ids: () => string, day = 0): Sequence[] {
  const method = METHOD_LIBRARY.get(methodId);
  if (!method) throw new Error(`unknown method ${methodId}`);
  return sequencesFromMethod(method, { locale: 'fr', idFactory: ids, day });
}
