/** Hand-made plans for the groups models' tests. */
import type { GroupPlan, GroupsState } from '@cercle/core';

const names = Object.fromEntries(
  ['ana', 'ben', 'cy', 'dee', 'eve', 'fay', 'gus', 'hal', 'ivy'].map((id) => [id, id.toUpperCase()]),
);

/** 9 people, 3 tables of 3, hosts ana/dee/gus stay; 3 rounds. */
export const cafe: GroupPlan = {
  id: 'plan-1',
  kind: 'world-cafe',
  title: 'Café',
  rounds: [
    [
      ['ana', 'ben', 'cy'],
      ['dee', 'eve', 'fay'],
      ['gus', 'hal', 'ivy'],
    ],
    [
      ['ana', 'eve', 'ivy'],
      ['dee', 'hal', 'cy'],
      ['gus', 'ben', 'fay'],
    ],
    [
      ['ana', 'hal', 'fay'],
      ['dee', 'ben', 'ivy'],
      ['gus', 'eve', 'cy'],
    ],
  ],
  hosts: ['ana', 'dee', 'gus'],
  names,
  repeats: 0,
  lowerBound: 0,
  seed: 1,
  warnings: [],
};

/** 5 people: a pair and a trio. */
export const interviews: GroupPlan = {
  id: 'plan-2',
  kind: 'interviews',
  title: 'Interviews',
  rounds: [
    [
      ['ana', 'ben'],
      ['cy', 'dee', 'eve'],
    ],
  ],
  hosts: [],
  names,
  repeats: 0,
  lowerBound: 0,
  seed: 2,
  warnings: [],
};

export const stateOf = (plan: GroupPlan, round = -1, phase = 0): GroupsState => ({
  plan,
  round,
  phase,
  earlier: {},
  edits: 0,
});
