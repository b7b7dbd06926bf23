import { describe, expect, it } from 'vitest';
import { foldEvents, type LiveEvent } from '../live/room-state.ts';
import { filterHarvest, type HarvestMark, NO_MARK } from './filter.ts';
import { type HarvestSource, harvestItems } from './items.ts';

const source: HarvestSource = {
  sessionId: 's1',
  sessionTitle: 'Séminaire de direction',
  workshopId: 'w1',
  workshopTitle: 'Journée 1',
  sequenceTitles: { 'seq-findings': 'Constats et enjeux' },
};

let seq = 0;
const ev = (type: string, data: unknown): LiveEvent =>
  ({ seq: ++seq, at: 1_000 + seq, type, data }) as LiveEvent;

function room() {
  seq = 0;
  return foldEvents([
    ev('activity.opened', {
      activity: {
        id: 'findings',
        kind: 'contributions',
        title: 'Constats',
        sequenceId: 'seq-findings',
        columns: ['Constats', 'Enjeux'],
        private: false,
      },
    }),
    ev('activity.opened', {
      activity: {
        id: 'plan',
        kind: 'form',
        title: "Plan d'action",
        fields: [
          { key: 'action', label: 'Action' },
          { key: 'owner', label: 'Qui' },
        ],
      },
    }),
    ev('activity.opened', {
      activity: { id: 'secret', kind: 'contributions', title: 'Anonyme', anonymous: true },
    }),
    ev('contribution.posted', {
      id: 'c1',
      participantId: 'p1',
      nickname: 'Léa',
      text: "Manque d'écoute entre services",
      activityId: 'findings',
      column: 'Constats',
      place: { planId: 'cafe', title: 'World Café', round: 1, table: 2 },
    }),
    ev('contribution.posted', {
      id: 'c2',
      participantId: 'p2',
      nickname: 'Tom',
      text: 'Former les managers',
      activityId: 'plan',
      fields: { action: 'Former les managers', owner: 'DRH' },
    }),
    ev('contribution.posted', {
      id: 'c3',
      participantId: null,
      nickname: '',
      text: 'Trop de réunions',
      activityId: 'secret',
    }),
    ev('contribution.posted', { id: 'c4', participantId: 'p1', nickname: 'Léa', text: 'hors sujet' }),
    ev('contribution.moderated', { contributionId: 'c4', hidden: true }),
    ev('contribution.posted', { id: 'c5', participantId: 'p1', nickname: 'Léa', text: '06 12 34 56 78' }),
    ev('contribution.deleted', { contributionId: 'c5' }),
  ]);
}

describe('harvest items', () => {
  it('HARVEST-1, HARVEST-3: each contribution with its source; forms as labelled lines; deleted ones gone', () => {
    const items = harvestItems(source, room());
    expect(items.map((i) => i.key)).toEqual(['s1:c1', 's1:c2', 's1:c3', 's1:c4']);
    expect(items[0]).toMatchObject({
      workshopTitle: 'Journée 1',
      sequenceId: 'seq-findings',
      sequenceTitle: 'Constats et enjeux',
      activityTitle: 'Constats',
      activityKind: 'contributions',
      column: 'Constats',
      place: { planId: 'cafe', title: 'World Café', round: 1, table: 2 },
      author: 'Léa',
      at: 1_004,
    });
    expect(items[1]?.place).toBeNull();
    expect(items[1]?.text).toBe('Action: Former les managers\nQui: DRH');
    expect(items[2]).toMatchObject({ author: '', sequenceId: null, sequenceTitle: null });
    expect(items[3]?.hidden).toBe(true);
  });
});

describe('filtering the board', () => {
  const items = harvestItems(source, room());
  const keys = (filter: Parameters<typeof filterHarvest>[2], marks = new Map<string, HarvestMark>()) =>
    filterHarvest(items, marks, filter).map((i) => i.key);

  it('HARVEST-2: hidden items only when asked for', () => {
    expect(keys({})).toEqual(['s1:c1', 's1:c2', 's1:c3']);
    expect(keys({ includeHidden: true })).toContain('s1:c4');
  });

  it('HARVEST-4: search ignores accents and case and needs every word, in text, author, activity or column', () => {
    expect(keys({ q: 'ECOUTE' })).toEqual(['s1:c1']);
    expect(keys({ q: 'écoute services' })).toEqual(['s1:c1']);
    expect(keys({ q: 'écoute réunions' })).toEqual([]);
    expect(keys({ q: 'lea' })).toEqual(['s1:c1']);
    expect(keys({ q: 'drh' })).toEqual(['s1:c2']);
    expect(keys({ q: 'enjeux' })).toEqual([]);
    expect(keys({ q: 'constats' })).toEqual(['s1:c1']);
    expect(keys({ q: '  ' })).toEqual(['s1:c1', 's1:c2', 's1:c3']);
  });

  it('HARVEST-5: filters combine with AND; "none" finds items in no cluster; tags compare folded', () => {
    const marks = new Map<string, HarvestMark>([
      ['s1:c1', { ...NO_MARK, tags: ['Écoute'], clusterId: 'k1' }],
      ['s1:c3', { ...NO_MARK, tags: ['ecoute'] }],
    ]);
    expect(keys({ tag: 'ecoute' }, marks)).toEqual(['s1:c1', 's1:c3']);
    expect(keys({ tag: 'ecoute', clusterId: 'none' }, marks)).toEqual(['s1:c3']);
    expect(keys({ clusterId: 'k1' }, marks)).toEqual(['s1:c1']);
    expect(keys({ sequenceId: 'seq-findings', activityId: 'plan' }, marks)).toEqual([]);
    expect(keys({ workshopId: 'other' }, marks)).toEqual([]);
  });
});
