import { describe, expect, it } from 'vitest';
import { boardQuery, parseTags, sourceLine, workshopsOf } from './harvest-model.ts';
import type { HarvestItemView } from './harvest-types.ts';

const item = (over: Partial<HarvestItemView>): HarvestItemView => ({
  key: 's:c',
  sessionId: 's',
  sessionTitle: 'Session',
  contributionId: 'c',
  workshopId: null,
  workshopTitle: null,
  sequenceId: null,
  sequenceTitle: null,
  activityId: null,
  activityTitle: null,
  activityKind: null,
  column: null,
  place: null,
  author: 'Léa',
  text: 'x',
  hidden: false,
  at: 0,
  tags: [],
  clusterId: null,
  duplicateOf: null,
  verbatim: false,
  ...over,
});

describe('harvest page model', () => {
  it('builds the query with only the filters that are set', () => {
    expect(boardQuery({ q: '', workshopId: '', tag: '', clusterId: '' })).toBe('');
    expect(boardQuery({ q: ' écoute ', workshopId: '', tag: 'x y', clusterId: 'none' })).toBe(
      '?q=%C3%A9coute&tag=x+y&clusterId=none',
    );
  });

  it('parses tags: trimmed, split on commas, semicolons and lines, duplicates ignoring case dropped', () => {
    expect(parseTags('Temps, temps ;lundi\n\n , Écoute')).toEqual(['Temps', 'lundi', 'Écoute']);
    expect(parseTags('')).toEqual([]);
    expect(parseTags(Array.from({ length: 30 }, (_, i) => `t${i}`).join(','))).toHaveLength(20);
  });

  it('says where an item comes from, falling back to the session title', () => {
    expect(
      sourceLine(item({ workshopTitle: 'Jour 1', sequenceTitle: 'Constats', activityTitle: 'Notes' })),
    ).toBe('Jour 1 · Constats · Notes');
    expect(sourceLine(item({}))).toBe('Session');
  });

  it('lists each workshop once', () => {
    const items = [item({ workshopId: 'w1', workshopTitle: 'A' }), item({ workshopId: 'w1' }), item({})];
    expect(workshopsOf(items)).toEqual([{ id: 'w1', title: 'A' }]);
  });
});
