import { describe, expect, it } from 'vitest';
import { checkWorkshop } from '../agenda/rules.ts';
import type { Workshop } from '../types.ts';
import { methodFromSequences } from './custom.ts';
import { createMethodLibrary, getMethod, METHOD_LIBRARY, sequencesFromMethod } from './library.ts';

let n = 0;
const idFactory = () => `id-${n++}`;

describe('organisation methods saved from a run of show', () => {
  const cafe = getMethod('world-cafe') as NonNullable<ReturnType<typeof getMethod>>;
  const sequences = sequencesFromMethod(cafe, { locale: 'fr', idFactory }).map((s) => ({
    ...s,
    questions: s.questions.length ? ['Qu’est-ce qui compte pour nous ?'] : [],
  }));
  const method = methodFromSequences({
    id: 'org-cafe',
    name: 'Notre café',
    summary: 'Version maison',
    sequences,
  });

  it('keeps every step, its timing, group form and questions, in both locales', () => {
    expect(method.steps).toHaveLength(sequences.length);
    expect(method.steps.map((s) => s.durationMinutes)).toEqual(sequences.map((s) => s.durationMinutes));
    expect(method.name).toEqual({ fr: 'Notre café', en: 'Notre café' });
    expect(method.steps[0]?.title.en).toBe(sequences[0]?.title);
  });

  it('can be inserted again and passes the RUN rules as saved', () => {
    const library = createMethodLibrary([...METHOD_LIBRARY.methods, method]);
    const again = sequencesFromMethod(method, { locale: 'fr', idFactory });
    const workshop: Workshop = {
      id: 'w',
      title: 'Atelier',
      locale: 'fr',
      objective: '',
      days: [{ date: '2027-01-01', start: '09:00', end: '18:00' }],
      place: '',
      remote: false,
      expectedParticipants: 20,
      facilitators: [],
      sequences: again,
    };
    const warnings = checkWorkshop(workshop, library).filter((w) => w.rule === 'RUN-5' || w.rule === 'RUN-4');
    expect(warnings).toEqual([]);
  });

  it('refuses an empty block', () => {
    expect(() => methodFromSequences({ id: 'x', name: 'x', summary: '', sequences: [] })).toThrow(RangeError);
  });
});
