import { describe, expect, it } from 'vitest';
import { phoneCard } from './card-model.ts';
import { cafe, interviews, stateOf } from './test-plans.ts';

const keyOf = (card: ReturnType<typeof phoneCard>) => card?.heading.key.replace('groups.phone.', '');

describe('phoneCard: World Café', () => {
  it('shows nothing without a plan, and "you will be seated" outside it', () => {
    expect(phoneCard(undefined, 'ana')).toBeNull();
    expect(phoneCard({ ...stateOf(cafe), plan: null }, 'ana')).toBeNull();
    const card = phoneCard(stateOf(cafe, 1), 'zed');
    expect(keyOf(card)).toBe('notSeated');
    expect(card?.table).toBeNull();
  });

  it('announces the first table before the start', () => {
    const card = phoneCard(stateOf(cafe), 'eve');
    expect(keyOf(card)).toBe('firstTable');
    expect(card?.heading.params).toEqual({ table: 2 });
    expect(card?.mates).toEqual(['DEE', 'FAY']);
    expect(card?.lines.map((l) => l.key)).toEqual(['groups.phone.hostIs']);
    expect(keyOf(phoneCard(stateOf(cafe), 'gus'))).toBe('firstHost');
  });

  it('sends travellers to their table with the round, and hosts welcome newcomers', () => {
    const card = phoneCard(stateOf(cafe, 1), 'ben');
    expect(keyOf(card)).toBe('goRound');
    expect(card?.heading.params).toEqual({ round: 2, count: 3, table: 3 });
    expect(card?.lines).toEqual([{ key: 'groups.phone.hostIs', params: { name: 'GUS' } }]);
    expect(card?.mates).toEqual(['GUS', 'FAY']);
    const host = phoneCard(stateOf(cafe, 2), 'dee');
    expect(keyOf(host)).toBe('hostRound');
    expect(host?.hosting).toBe(true);
    expect(host?.lines.map((l) => l.key)).toEqual(['groups.phone.welcomeNewcomers']);
    expect(keyOf(phoneCard(stateOf(cafe, 0), 'dee'))).toBe('hostRound');
    expect(phoneCard(stateOf(cafe, 0), 'dee')?.lines[0]?.key).toBe('groups.phone.welcomeGuests');
  });

  it('says "stay" when a traveller keeps the same table, and no round count for one round', () => {
    const stay = { ...cafe, kind: 'tables' as const, hosts: [], rounds: [cafe.rounds[0]!, cafe.rounds[0]!] };
    expect(keyOf(phoneCard(stateOf(stay, 1), 'ben'))).toBe('stayRound');
    const single = { ...stay, rounds: [cafe.rounds[0]!] };
    const card = phoneCard(stateOf(single, 0), 'ben');
    expect(keyOf(card)).toBe('go');
    expect(card?.lines).toEqual([]);
  });
});

describe('phoneCard: interviews', () => {
  it('names the partner, both ways, and the witness of a trio', () => {
    expect(phoneCard(stateOf(interviews, 0), 'ana')?.heading).toEqual({
      key: 'groups.phone.youInterview',
      params: { name: 'BEN' },
    });
    expect(keyOf(phoneCard(stateOf(interviews, 0), 'ben'))).toBe('interviewsYou');
    const cy = phoneCard(stateOf(interviews, 0), 'cy');
    expect(cy?.heading.params).toEqual({ name: 'DEE' });
    expect(cy?.lines).toEqual([{ key: 'groups.phone.witnessIs', params: { name: 'EVE' } }]);
    const eve = phoneCard(stateOf(interviews, 0), 'eve');
    expect(eve?.heading).toEqual({
      key: 'groups.phone.youWitness',
      params: { asker: 'CY', answerer: 'DEE' },
    });
  });

  it('flips with the phase, and says get ready before the start', () => {
    expect(phoneCard(stateOf(interviews, 0, 1), 'ana')?.heading.key).toBe('groups.phone.interviewsYou');
    expect(phoneCard(stateOf(interviews, 0, 1), 'eve')?.heading).toEqual({
      key: 'groups.phone.interviewsYou',
      params: { name: 'DEE' },
    });
    expect(phoneCard(stateOf(interviews, -1), 'ana')?.lines[0]?.key).toBe('groups.phone.getReady');
  });
});
